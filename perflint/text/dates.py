"""The grammar of years and dates as drafts write them: the one place a year pattern lives.

``2022年`` ``2022 年度`` ``2022年6月30日`` ``2022.6.30`` ``2022-06`` ``二〇二二年十二月三十一日``, a span of
years (``2021—2025年``), the year of a document number (``〔2019〕10号``), an unfilled ``年 月 日``,
and years that lost or gained a digit (``〔202〕25号``, ``202年1月11日``). :func:`date_mentions`
finds them with the offsets of exactly what was written; what each one is doing in its
sentence is for :mod:`perflint.extract.dates` to decide.

Other modules build their patterns from :data:`YEAR` (a fragment) or use :data:`YEAR_NIAN`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from perflint import data
from perflint.text.numbers import normalise
from perflint.text.patterns import compile_pattern, lazy_compile
from perflint.text.sentences import sentences

YEAR = r"(?:19|20)\d{2}"
# 2022年 / 2022 年 (the year in group 1).
YEAR_NIAN = lazy_compile(rf"(?<!\d)({YEAR})\s*年")
# The title of a report of one fiscal year (``2023年度XX部门决算``), compacted.
REPORT_TITLE = lazy_compile(rf"{YEAR}年度?.{{0,40}}(?:自评报告|评价报告|绩效报告|部门决算|单位决算|决算说明)$")
# An unfilled date of a template: ``年  月  日``, ``年 月``, ``：年月日``.
UNFILLED_DATE = lazy_compile(r"年[\s\u3000_＿]+月(?:[\s\u3000_＿]+日)?|(?<=[:：])[\s\u3000_＿]*年月日")
# 2022年6月30日 written in full.
FULL_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_YEAR = YEAR
_CN_YEAR_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}

# 2022年 / 2022 年度 / 2022年6月 / 2022 年 4 月 15 日
_CN_DATE = lazy_compile(
    rf"(?<!\d)(?P<y>{_YEAR})\s*年(?P<fiscal>\s*度)?"
    r"(?:\s*(?P<m>\d{1,2})\s*月(?:\s*份)?(?:\s*(?P<d>\d{1,2})\s*[日号])?)?"
)
# 2022.6.30 / 2022-06-30 / 2022/6/30 (three parts) and 2022-06 / 2022/6 (two parts, no dot).
_NUM_DATE = lazy_compile(
    rf"(?<![\d.\-/])(?P<y>{_YEAR})(?P<sep>[.\-/])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d.])"
    rf"|(?<![\d.\-/])(?P<y2>{_YEAR})[\-/](?P<m2>\d{{1,2}})(?![\d.\-/%])"
)
# 二〇二二年十二月三十一日
_CN_NUM = "[一二三四五六七八九十]"
_CHINESE_DATE = lazy_compile(
    rf"(?P<y>[一二〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{{3}})\s*年(?P<fiscal>\s*度)?"
    rf"(?:\s*(?P<m>{_CN_NUM}{{1,2}})\s*月(?:\s*(?P<d>{_CN_NUM}{{1,3}})\s*日)?)?"
)
# An unfilled date: 年 月 日 with blanks where the figures go.
_BLANK = lazy_compile(r"(?<![\d一二三四五六七八九十〇零])年[ \t\u3000_＿]+月[ \t\u3000_＿]+日")


@dataclass(frozen=True)
class DateMention:
    """A year or date in a text, with the offsets of exactly what was written."""

    text: str
    start: int
    end: int
    year: int | None  # None for a blank 年 月 日
    month: int | None = None
    day: int | None = None
    fiscal: bool = False  # written 年度
    form: str = "cn"  # cn | numeric | chinese | bracket | period | blank
    context: str = "plain"

    @property
    def has_month(self) -> bool:
        return self.month is not None


@cache
def _period() -> re.Pattern[str]:
    """A span of years: 2021—2025年, 2021-2025, 2021年至2025年, 2021年度～2023年度."""
    joins = "|".join(re.escape(c) for c in sorted(_phrases()["period_connectors"], key=len, reverse=True))
    return compile_pattern(
        rf"(?<![\d.])(?P<a>{_YEAR})\s*(?:年\s*度?)?\s*(?:{joins})\s*(?P<b>{_YEAR})(?![\d.])(?:\s*年(?:\s*度)?)?"
    )


@cache
def _doc_number() -> re.Pattern[str]:
    """A year in a document number's brackets (〔2019〕10号, (2019)5号), built once from the data."""
    p = _phrases()
    opens, closes = p["doc_number_brackets"]["open"], p["doc_number_brackets"]["close"]
    popen, pclose = p["doc_number_paren_open"], p["doc_number_paren_close"]
    return compile_pattern(
        rf"(?P<o>[{re.escape(opens + popen)}])\s*(?P<y>{_YEAR})\s*(?P<c>[{re.escape(closes + pclose)}])(?P<n>\s*\d+\s*号)?"
    )


def _cn_int(text: str) -> int | None:
    """十二 -> 12, 三十一 -> 31, 五 -> 5."""
    digits = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if not text:
        return None
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = digits.get(head, 0) if head else 1
        units = digits.get(tail, 0) if tail else 0
        if (head and head not in digits) or (tail and tail not in digits):
            return None
        return tens * 10 + units
    if len(text) == 1 and text in digits:
        return digits[text]
    return None


def _valid(month: int | None, day: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def date_mentions(text: str) -> list[DateMention]:
    """Every date in ``text`` (not yet classified), left to right, without overlaps."""
    norm = normalise(text)
    # Four of the patterns below hold a year's digits (19.. or 20..: YEAR), the other two 年; each
    # opens with a look-behind or a group the regex engine cannot skip ahead by, so it would try a
    # match at every character. Two substring tests in C tell first (the matches are the same).
    has_year = "20" in norm or "19" in norm
    has_nian = "年" in norm
    if not has_year and not has_nian:
        return []  # most cells and labels
    p = _phrases()
    # The spans taken so far, by start (they never overlap, so their ends are in order too): a
    # span is free when the last one starting before its end ends at or before its start.
    starts: list[int] = []
    ends: list[int] = []
    found: list[DateMention] = []

    def free(start: int, end: int) -> bool:
        i = bisect_left(starts, end) - 1
        return i < 0 or ends[i] <= start

    def add(m: DateMention) -> None:
        i = bisect_left(starts, m.start)
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        found.append(m)

    for m in _period().finditer(norm) if has_year else ():
        a, b = int(m.group("a")), int(m.group("b"))
        if not a < b <= a + 30:
            continue  # 2022-06 is not a span; a span runs forwards
        end_a = m.start() + len(m.group("a"))
        add(DateMention(text[m.start():end_a], m.start(), end_a, a, form="period", context="period"))
        add(DateMention(text[m.start("b"):m.end()], m.start("b"), m.end(), b, form="period", context="period"))

    popen, pclose = p["doc_number_paren_open"], p["doc_number_paren_close"]
    for m in _doc_number().finditer(norm) if has_year else ():
        paren = m.group("o") in popen or m.group("c") in pclose
        if paren and not m.group("n"):
            continue  # (2019) alone is not a document number
        s, e = m.start("y"), m.end("y")
        if free(s, e):
            add(DateMention(text[s:e], s, e, int(m.group("y")), form="bracket", context="document_number"))

    # Each pattern below needs a character many texts lack (年; a separator of a numeric date) as
    # well (see above).
    for m in _CN_DATE.finditer(norm) if has_nian and has_year else ():
        month = int(m.group("m")) if m.group("m") else None
        day = int(m.group("d")) if m.group("d") else None
        end = m.end()
        if not _valid(month, day):
            # 2022年13月 is not a month: keep only the year.
            month = day = None
            end = m.end("fiscal") if m.group("fiscal") else norm.index("年", m.start()) + 1
        if free(m.start(), end):
            add(DateMention(text[m.start():end], m.start(), end, int(m.group("y")), month, day,
                            fiscal=bool(m.group("fiscal")), form="cn"))

    for m in _NUM_DATE.finditer(norm) if has_year and ("-" in norm or "/" in norm or "." in norm) else ():
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            y, mo, d = int(m.group("y2")), int(m.group("m2")), None
        if _valid(mo, d) and free(m.start(), m.end()):
            add(DateMention(text[m.start():m.end()], m.start(), m.end(), y, mo, d, form="numeric"))

    for m in _CHINESE_DATE.finditer(norm) if has_nian else ():
        digits = [_CN_YEAR_DIGITS.get(ch) for ch in m.group("y")]
        if any(dg is None for dg in digits):
            continue
        y = int("".join(str(dg) for dg in digits))
        if not 1900 <= y <= 2099:
            continue
        mo, d = _cn_int(m.group("m") or ""), _cn_int(m.group("d") or "")
        if m.group("m") and mo is None or m.group("d") and d is None or not _valid(mo, d):
            continue
        if free(m.start(), m.end()):
            add(DateMention(text[m.start():m.end()], m.start(), m.end(), y, mo, d,
                            fiscal=bool(m.group("fiscal")), form="chinese"))

    for m in _BLANK.finditer(norm) if has_nian else ():
        if free(m.start(), m.end()):
            add(DateMention(text[m.start():m.end()], m.start(), m.end(), None, form="blank", context="blank"))

    found.sort(key=lambda d: d.start)
    return found


@cache
def _connector() -> re.Pattern[str]:
    """Any of the connectors of a span of years, as written: the screen of
    :func:`reversed_periods`, asked of every text of a draft (one search in C instead of a test
    per connector)."""
    return compile_pattern("|".join(re.escape(c) for c in _phrases()["period_connectors"]))


@cache
def _phrases() -> dict[str, Any]:
    return data.load("years")


@dataclass(frozen=True)
class MalformedYear:
    """A year written with too few or too many digits where only a year can stand."""

    text: str  # the year as written (``202``)
    start: int
    end: int
    where: str  # document_number | date | title | year (five digits before 年 anywhere) | clause | glued
    #   | reversed (a span of years whose end comes before its start) | letter (2O23年) | split (202 3年)
    #   | list_number (a list item's number run into the year its text opens with: 22018年)
    #   | nian_lost (2024度部门决算: the 年 of 年度 lost)
    #   | nian_missing (2023底, 对2022转移支付资金: a year run into what it dates, its 年 lost)
    #   | year_month (20209月: a year and its month run together before 月, the 年 lost)
    #   | glued_period (20212025年: a span of years whose dash was lost)
    #   | glued_number (〔20217号: a document number whose 〕 was lost, its year run into its sequence)
    #   | bare_number (某政发20167号: a document number without its brackets)


# 〔202〕25号: the brackets of a document number hold a year; elsewhere a Chinese word must lead
# into the bracket (湘财发(202)5号), so that a list item (1)12号 stays out.
_BAD_DOC_YEAR = lazy_compile(
    r"(?:[〔﹝]|(?<=[\u4e00-\u9fff])[［\[【(（])\s*(?P<y>\d{1,3}|\d{5,6})\s*[〕﹞］\]】)）]\s*(?:第\s*)?\d+\s*号"
)
# 202年1月11日 / 202年度 / 20222年度: three digits starting like a year, or five (a digit typed
# twice), then a month or 年度. No other number stands there.
_BAD_DATE_YEAR = lazy_compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d(?:\d\d)?)\s*年\s*(?:度|(?:\d{1,2})\s*月)")
# 20221年 / 22017年: five digits starting like a year (or a 2 typed twice before one), then 年,
# anywhere — no count of years in a report has five digits, so a year's digit was typed twice (a
# count of years, 200年以来, has at most three).
_FIVE_DIGIT_YEAR = lazy_compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d{3}|2(?:19|20)\d\d)\s*年")
# 12018年… / 22018年…: a text that opens with a list item's number run into the year its item
# opens with (the marker's 、 or . lost): the number (n), then a four-digit year and 年. Read as a
# list number only where the items around it are numbered in sequence (extract.list_years).
_LIST_NUMBER_YEAR = lazy_compile(r"^\s*(?P<n>[1-9]\d?)(?P<y>(?:19|20)\d\d)\s*年")


def list_number_glued_to_year(text: str) -> tuple[int, MalformedYear] | None:
    """The list number and the year run together at the start of ``text`` (``22018年市里印发…``:
    item 2, 2018年), as a finding whose ``where`` is ``list_number``; None when the text does not
    open with such digits."""
    if not text[:3].lstrip()[:1].isdigit():
        return None
    m = _LIST_NUMBER_YEAR.match(text)
    if m is None:
        return None
    return int(m.group("n")), MalformedYear(text[m.start("n"):m.end("y")], m.start("n"), m.end("y"), "list_number")


# 202年全县… / 关于201年市级部门…: three digits starting like a year, then 年, where a clause
# opens (after a clause mark, or 将 关于 截至 …) and a word of the text goes on — there a number
# before 年 dates what follows. A count of years says what it counts (200年来, 200年一遇, 120周年).
# The clause's subject may stand before the year: a unit or a place (某区201年一般公共预算…,
# 某中心202年完成了…) — but not a founding (建县200年, 设区, 建校), which a count of years follows.
_CLAUSE_YEAR = lazy_compile(
    r"(?:^|(?<=[，,。；;：:、\s(（])|(?<=将|于|在|自|从|至|对|是|为)|(?<=关于|截至|截止|本着)"
    r"|(?<=[^建设置撤并成][省市县区镇乡局委办院])|(?<=[^建设置撤并成]中心))"
    r"(?P<y>(?:19|20)\d)\s*年(?=[\u4e00-\u9fff])"
    r"(?!\s*(?:周年|以来|来|历史|之|间|前|后|内|里|一遇|次|代|期|级|制|半|多|左右|以上|以下|上下))"
)
# In a report's title the first number before 年 is the report's year (某局202年部门决算,
# 20211年绩效自评报告), unless it counts years (建校200周年, 200年以来).
_TITLE_YEAR = lazy_compile(r"(?<![\d.\-/])(?P<y>\d+)\s*年(?P<after>\s*(?:周年|以来|来|历史|之|间|前|后|内|里))?")
_TITLE_END = lazy_compile(r"[，,。；;！？：:]")


def malformed_years(text: str) -> list[MalformedYear]:
    """Document numbers and dates whose year has lost (or gained) a digit: ``〔202〕25号``,
    ``202年1月11日``. Only places where nothing but a four-digit year can stand count."""
    if "号" not in text and "年" not in text:
        return []  # each pattern needs one of them (most cells have neither)
    norm = normalise(text)
    out = [MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "document_number")
           for m in (_BAD_DOC_YEAR.finditer(norm) if "号" in norm else ())]
    if _LETTER_SCREEN.search(norm) is not None:
        out.extend(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "letter")
                   for m in _LETTER_YEAR.finditer(norm) if _letter_year_value(m.group("y")))
    if "年" not in norm:
        # the three patterns below need 年 (and open with look-behinds: see date_mentions)
        return sorted(out, key=lambda f: f.start)
    for m in _BAD_DATE_YEAR.finditer(norm):
        if len(m.group("y")) == 4:
            continue  # 2022年度: the pattern's five-digit branch backed off to four
        month = _MONTH.search(m.group(0))
        if month and not 1 <= int(month.group(1)) <= 12:
            continue
        out.append(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "date"))
    seen = {f.start for f in out}
    out.extend(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "year")
               for m in _FIVE_DIGIT_YEAR.finditer(norm) if m.start("y") not in seen)
    seen = {f.start for f in out}
    out.extend(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "clause")
               for m in _CLAUSE_YEAR.finditer(norm) if m.start("y") not in seen)
    return sorted(out, key=lambda f: f.start)


# 2O23年 / 2o23年度 / 〔2O22〕: a year typed with the letter O (or 〇) for a zero among its digits.
# Only four characters that read as a year once the letters are zeros, with a digit on each side
# of the letter run, before 年 or a document number's closing bracket.
_LETTER_SCREEN = lazy_compile("[Oo〇Ｏ]")
_LETTER_YEAR = lazy_compile(r"(?<![A-Za-z\dＯ〇])(?P<y>[12][\dOo〇Ｏ]{2}\d)(?=\s*(?:年|[〕﹞]\s*\d+\s*号))")


def _letter_year_value(written: str) -> bool:
    if written.isdigit():
        return False
    value = int("".join("0" if ch in "Oo〇Ｏ" else ch for ch in written))
    return 1900 <= value <= 2099


# 20181128日 / 公开时间:2023921 / 填报日期:202511: a date whose 年 and 月 were lost (typed without
# them, or a Word date field pasted as digits). Before 日 a run of six to eight digits starting like
# a year; after a 日期/时间 label a run of six or seven (a month or day without its leading zero:
# an ISO 20230921 there is a format, not a slip).
_SIX_DIGITS = lazy_compile(r"\d{6}")  # \d: full-width digits too, as normalise reads them
_FIVE_DIGITS = lazy_compile(r"\d{5}")
# A list number may run into such a date when its 、 was lost too (``220211231日前完成``: item 2,
# 2021年12月31日; a reader joins it to the line before when that has no full stop): one digit before
# a full eight-digit date (nine digits before 日 are never right).
_GLUED_DAY = lazy_compile(r"(?<![\d.\-/])(?:[1-9](?=(?:19|20)\d{6}\s*日))?(?P<y>(?:19|20)\d{4,6})\s*日")
_GLUED_LABELLED = lazy_compile(r"(?:日期|时间)\s*[:：]\s*(?P<y>(?:19|20)\d{4,5})(?![\d.\-/年])")
# 2021年1231日 / 2021年年930日: a year with its 年, then a month and day run together before 日 (the
# 月 lost; a doubled 年 too). Three or four digits right after 年 that split into a month and day.
_MONTH_LOST = lazy_compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d{2}\s*年(?:\s*年)?\s*(?P<md>\d{3,4}))\s*日")
# 20237-8月: a year and the first month of a span of months run together (2023年7-8月).
_GLUED_MONTH_SPAN = lazy_compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d{3,4})(?=\s*[-—–~～至]\s*\d{1,2}\s*月)")


def _splits_into_a_date(rest: str) -> bool:
    """Whether the digits after a year read as a month and a day (``1128``, ``921``), or as a
    month alone (``11`` of ``填报日期:202511``)."""
    if len(rest) == 2 and _valid(int(rest), None) and rest[0] != "0":
        return True
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if 1 <= len(day) <= 2 and _valid(int(month), int(day)):
            return True
    return False


# 20209月投入使用: a year and its month run together before 月 (2020年9月, its 年 lost). Five or six
# digits that split into a year and a month 1-12, after no digit, point or separator of a number
# (3.20209月 is a figure); not before 均 (月均: a monthly figure's 月).
_GLUED_MONTH = lazy_compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d{2}(?:1[0-2]|[1-9]))\s*月(?!均)")


def glued_dates(text: str) -> list[MalformedYear]:
    """Dates written as one run of digits, their 年 and 月 lost (``于20181128日成立``,
    ``公开时间:2023921``); ``where`` is ``glued``. Only runs that split into a valid month and day.
    A month and day run together after a year with its 年 (``2021年1231日``) have lost the 月 alone:
    ``where`` is ``month_lost``; a year and its month before 月 (``20209月``) have lost the 年 alone:
    ``where`` is ``year_month``."""
    # rare: asked of the raw text, only when it has both marks the pattern needs
    month_lost = "日" in text and "年" in text and _MONTH_LOST.search(text) is not None
    if month_lost or "月" in text and _FIVE_DIGITS.search(text) is not None:
        pass  # 20237-8月: five digits and a span of months after them, looked for below
    elif ("日" not in text and "期" not in text and "间" not in text) or _SIX_DIGITS.search(text) is None:
        return []  # every other such date is a run of six digits or more, asked before the text is normalised
    norm = normalise(text)
    out = []
    if month_lost:
        for m in _MONTH_LOST.finditer(norm):
            md = m.group("md")
            if int(md[:-2]) and _valid(int(md[:-2]), int(md[-2:])):  # 1231: 12月31日; 930: 9月30日
                out.append(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "month_lost"))
    for pattern in (_GLUED_DAY, _GLUED_LABELLED):
        for m in pattern.finditer(norm):
            digits = m.group("y")
            if _splits_into_a_date(digits[4:]):
                out.append(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "glued"))
    for m in _GLUED_MONTH_SPAN.finditer(norm):
        rest = m.group("y")[4:]
        if rest[0] != "0" and _valid(int(rest), None):
            out.append(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "glued"))
    if "月" in norm:
        seen = {f.start for f in out}
        out.extend(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "year_month")
                   for m in _GLUED_MONTH.finditer(norm) if m.start("y") not in seen)
    return sorted(out, key=lambda f: f.start)


def reversed_periods(text: str) -> list[MalformedYear]:
    """Spans of years written backwards (``规划(2018—2010)``, ``2023-2021年``): the end year comes
    before the start, so one of the two was mistyped (2010 for 2020). ``where`` is ``reversed``.
    A span run into other figures (``0551-2019-2018``, ``2019-2018/…``) is a code, left alone."""
    if _connector().search(text) is None:
        return []
    norm = normalise(text)
    out = []
    for m in _period().finditer(norm):
        a, b = int(m.group("a")), int(m.group("b"))
        if b >= a:
            continue
        before = norm[m.start() - 1:m.start()]
        after = norm[m.end():m.end() + 1]
        if before and before in _CODE_JOINS or after and (after.isdigit() or after in _CODE_JOINS):
            continue
        out.append(MalformedYear(text[m.start():m.end()], m.start(), m.end(), "reversed"))
    return out


@cache
def _date_range() -> re.Pattern[str]:
    """A span of dates whose start carries its year: 2023年9月至2023年3月, 2023年9月1日—3月31日."""
    joins = "|".join(re.escape(c) for c in sorted(_phrases()["period_connectors"], key=len, reverse=True))
    return compile_pattern(
        rf"(?<![\d.])(?P<y1>{_YEAR})\s*年\s*(?P<m1>\d{{1,2}})\s*月(?:\s*(?P<d1>\d{{1,2}})\s*[日号])?\s*(?:{joins})\s*"
        rf"(?:(?P<y2>{_YEAR})\s*年\s*)?(?P<m2>\d{{1,2}})\s*月(?:\s*(?P<d2>\d{{1,2}})\s*[日号])?"
    )


@cache
def _cross_year() -> re.Pattern[str]:
    return compile_pattern("|".join(re.escape(w) for w in _phrases()["cross_year_words"]))


def reversed_date_ranges(text: str) -> list[MalformedYear]:
    """Spans of dates written backwards (``2023年9月至2023年3月``; ``2023年9月—3月``, the end in the
    start's year): the end comes before the start, so a month or a year was mistyped. An end
    without its year is read in the start's year only when its sentence names no season or
    period that runs into the next year (供暖, 冬季, 学年, 次年 …: ``cross_year_words``).
    ``where`` is ``reversed_dates``."""
    if "月" not in text or _connector().search(text) is None:
        return []
    norm = normalise(text)
    out = []
    for m in _date_range().finditer(norm):
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        d1 = int(m.group("d1")) if m.group("d1") else None
        d2 = int(m.group("d2")) if m.group("d2") else None
        if not (_valid(m1, d1) and _valid(m2, d2)):
            continue
        y1 = int(m.group("y1"))
        y2 = int(m.group("y2")) if m.group("y2") else None
        start = (y1, m1, d1 if d1 is not None and d2 is not None else 0)
        end = (y2 if y2 is not None else y1, m2, d2 if d1 is not None and d2 is not None else 0)
        if end >= start:
            continue
        if y2 is None:
            s, e = next(((a, b) for a, b in sentences(norm) if a <= m.start() < b), (0, len(norm)))
            if _cross_year().search(norm, s, e):
                continue  # a season that runs into the next year (供暖期2023年11月至3月)
        out.append(MalformedYear(text[m.start():m.end()], m.start(), m.end(), "reversed_dates"))
    return out


@cache
def _yearless_range() -> re.Pattern[str]:
    """A span of dates whose start has no year of its own (or whose end has no month): 5月20日至
    5月10日, 5月20日至10日, 5月20-10日, and 今年11月至3月 (a year named by a word)."""
    joins = "|".join(re.escape(c) for c in sorted(_phrases()["period_connectors"], key=len, reverse=True))
    anchors = "|".join(re.escape(w) for w in sorted(_phrases()["one_year_words"], key=len, reverse=True))
    return compile_pattern(
        rf"(?<![\d.])(?:(?P<anchor>{anchors})\s*)?(?P<m1>\d{{1,2}})\s*月(?:\s*(?P<d1>\d{{1,2}})\s*(?P<u1>[日号])?)?"
        rf"\s*(?:{joins})\s*(?:(?P<m2>\d{{1,2}})\s*月)?(?:\s*(?P<d2>\d{{1,2}})\s*[日号])?"
    )


def reversed_yearless_ranges(text: str) -> list[MalformedYear]:
    """Spans of dates written backwards where no year says which: days of one month (``5月20日至
    5月10日``, ``5月20日至10日``, ``8月15-3日``), which no span into the next year is written as
    (that runs ``至次年5月19日``), and months after a word that names one year (``今年11月至3月``,
    ``本年度9月—3月``) unless the sentence names a season or period that runs into the next year.
    A bare span of months (``11月至3月``, ``10月1日至9月30日``) may run across a year end (a winter,
    a school year, a twelve-month cycle) and is left alone. ``where`` is ``reversed_dates``."""
    if "月" not in text or _connector().search(text) is None:
        return []
    norm = normalise(text)
    out = []
    for m in _yearless_range().finditer(norm):
        m1, d1 = int(m.group("m1")), int(m.group("d1")) if m.group("d1") else None
        m2, d2 = int(m.group("m2")) if m.group("m2") else None, int(m.group("d2")) if m.group("d2") else None
        if d1 is not None and m.group("u1") is None and (d2 is None or m2 is not None):
            continue  # 5月20-10日 only: a bare day before the joiner needs its 日 after the end's
        if not (_valid(m1, d1) and _valid(m2, d2)):
            continue
        after_year = norm[:m.start()].rstrip().endswith("年")
        if d1 is not None and d2 is not None and (m2 is None or m2 == m1):
            if d2 >= d1 or (after_year and m2 is not None):
                continue  # (a year before and the end's month written: reversed_date_ranges reads it)
        elif m.group("anchor") and m2 is not None and not after_year:
            days = d1 is not None and d2 is not None
            if (m2, d2 if days else 0) >= (m1, d1 if days else 0):
                continue
            s, e = next(((a, b) for a, b in sentences(norm) if a <= m.start() < b), (0, len(norm)))
            if _cross_year().search(norm, s, e):
                continue  # a season that runs into the next year (今年11月至3月的供暖期)
        else:
            continue
        start = m.start("m1") if m.group("anchor") else m.start()
        out.append(MalformedYear(text[start:m.end()], start, m.end(), "reversed_dates"))
    return out


# 2024度部门决算 / 2024度，我镇……: a year whose 年 of 年度 was lost. 度 after four digits is also a
# unit (用电2024度, 2024度电: kilowatt-hours), so only where a 年度 stands for certain: before a word a
# report's year heads (部门决算, 预算, 收入, 绩效 …), or opening a paragraph or sentence right before
# its comma (a figure of electricity follows what it measures, never opens the sentence).
_NIAN_LOST = lazy_compile(
    r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)\s*度"
    r"(?=\s*(?:部门|单位|决算|预算|收入|支出|收支|绩效|财政|一般公共|政府性|“三公”|\"三公\"|三公|项目支出|整体支出|工作总结|工作计划))"
    r"|(?:^|(?<=[。；;！？!?]))\s*(?P<o>(?:19|20)\d\d)\s*度(?=\s*[，,]\s*[\u4e00-\u9fff])"
    # 对照2021度本专科生奖助学金项目: after 对照/按照/根据/依据 a year before 度 and the words it heads
    # (a figure of electricity is 度电, or a bound, 2000度以内)
    r"|(?<=对照|按照|根据|依据)(?P<p>(?:19|20)\d\d)\s*度(?=[\u4e00-\u9fff])(?![电以左右内上下的])"
)


def lost_nian_years(text: str) -> list[MalformedYear]:
    """Years written before 度 without the 年 of 年度 (``2024度部门决算``, ``2024度，我镇……``);
    ``where`` is ``nian_lost``. A kilowatt-hour figure (``2024度电``, ``用电2024度，``) stays out."""
    if "度" not in text:
        return []
    norm = normalise(text)
    out = []
    for m in _NIAN_LOST.finditer(norm):
        g = "y" if m.group("y") is not None else "o" if m.group("o") is not None else "p"
        start, end = m.start(g), m.end(g) + 1  # the year and its 度
        out.append(MalformedYear(text[start:end], start, end, "nian_lost"))
    return out


# 第三部分度部门决算情况说明 / 某局度单位决算 / 二、度单位预算执行情况: the year of 年度 lost with its
# 年, the 度 left right after a part's heading (部分), an outline mark, a unit's or place's name or
# at a text's start, before the accounts it heads. A 度 that ends a word of its own (季度, 调度,
# 制度, 进度) never stands after these.
_DU_ACCOUNTS = lazy_compile(r"度(?=(?:部门|单位)?(?:决算|预算)|(?:部门|单位)整体)")
_BEFORE_LOST_YEAR = frozenset("局委院会府站所馆校室处队办厅社团联协园场台镇乡县市区州省司庭、）)")


def years_lost_before_du(text: str) -> list[MalformedYear]:
    """A 年度 whose year and 年 were both lost (``第二部分度部门决算情况说明``); ``where`` is
    ``year_lost``, the span the 度 and the words it heads."""
    if not any(word in text for word in ("度部门", "度单位", "度决算", "度预算")):
        return []
    out = []
    for m in _DU_ACCOUNTS.finditer(text):
        at = m.start()
        before = text[max(0, at - 8):at].rstrip(" \t\u3000:：")  # (a window: no copy of the text before)
        if before.endswith("部分") or before[-1:] in _BEFORE_LOST_YEAR or (not before and at < 8) \
                or before.endswith("\n"):
            words = _DU_HEAD.match(text, at + 1)
            end = words.end() if words else at + 1
            out.append(MalformedYear(text[at:end], at, end, "year_lost"))
    return out


_DU_HEAD = lazy_compile(r"(?:部门|单位)?(?:决算|预算|整体)")


# 2023底 / 对2022转移支付资金 / 某中心2021部门决算 / 2022某县…决算公开: a year run straight into
# what it dates, its 年 lost. Digits glued to words are also a flattened form's figures
# (拨款2020其他资金, 合格2020指标), so only where a year stands for certain: before 底/末/初 (年底),
# before a word a report's year heads after a preposition, the name of a unit or place (对, 在, 于 …;
# 某局, 某中心, 某县) or a list's marker (（四）2019部门整体…), before the quoted project it dates after
# the unit's own name (我院2020“综合事务”项目), or opening a line that is a report's title.
# A PDF's text puts a space between Chinese and digits (对 2022 转移支付资金, 某中心 2021 部门决算):
# one space on either side of the year is read as none (a column's name after it, 决算数, is no
# word a year dates).
_NIAN_MISSING = lazy_compile(
    r"(?<![\d.\-/〔［\[【(（])(?P<y>(?:19|20)\d\d)(?=[ \u3000]?(?:[底末]|初(?![步始审次稿心中级])))"
    r"|(?:(?<=[对在于至从自将为是的与及和局委院会府心站所馆校室处队县市区镇乡省州位)）、])"
    r"|(?<=[对在于至从自将为是的与及和局委院会府心站所馆校室处队县市区镇乡省州位][ \u3000]))(?P<w>(?:19|20)\d\d)"
    r"(?=[ \u3000]?(?:部门|单位|本级|整体|决算|预算|预决算|转移支付|财政|专项|衔接|资金|工作)"
    r"(?!数)(?![\d\s]*(?:指标|分值|得分)))"
    # …or before the quoted name of the project it dates, right after the unit's own name (我院2020“综合事务”项目)
    r"|(?<=[局委院会府心站所馆校室处队位])(?P<q>(?:19|20)\d\d)(?=“)"
)
# 2022某县卫生健康局本级决算公开: a line that opens with a year run straight into a report's title,
# its 年 lost (a title or heading drops no 年 by style: the same drafts write 2022年 in the page's
# own title, and the labelled DEV drafts mark it). An edition or a counter after the digits
# (2022版, 2022届, 2022号) is no report's year, and the title ends in the report's name.
_BARE_TITLE = lazy_compile(
    r"[ \t\u3000]*(?P<t>(?:19|20)\d\d)(?![ \u3000]?[年度月日号届级版期])[ \u3000]?[\u4e00-\u9fff][^，,。；;！？!?：:年\n]{1,40}?"
    r"(?:部门决算|单位决算|本级决算|决算公开|预算公开|决算说明|自评报告|评价报告|绩效报告|预算说明)"
)
# (a year before 年, 度, 月, 届 … — nearly every year a text holds — is no candidate)
_NIAN_MISSING_SCREEN = lazy_compile(r"(?:19|20)\d\d(?![ \u3000]?[年度月日号届级版])[ \u3000]?[\u4e00-\u9fff“]")


def years_missing_nian(text: str) -> list[MalformedYear]:
    """Years run straight into what they date, their 年 lost (``2023底``, ``对2022转移支付资金``,
    ``本中心2021部门决算收入…。``, a title or heading ``某中心2021部门决算公开``, ``（四）2019部门整体支出
    绩效自评报告``, or a title that opens with its year, ``2022某县卫生健康局本级决算公开``);
    ``where`` is ``nian_missing``."""
    if _NIAN_MISSING_SCREEN.search(text) is None:
        return []  # (few texts hold a year run into a word at all)
    norm = normalise(text)
    out = []
    seen = set()
    for m in _NIAN_MISSING.finditer(norm):
        g = "y" if m.group("y") is not None else "w" if m.group("w") is not None else "q"
        seen.add(m.start(g))
        out.append(MalformedYear(text[m.start(g):m.end(g)], m.start(g), m.end(g), "nian_missing"))
    start = 0
    while start < len(norm):  # each line that opens with a digit: a title that opens with its year
        end = norm.find("\n", start)
        end = len(norm) if end < 0 else end
        if norm[start:start + 4].lstrip()[:1].isdigit() and (m := _BARE_TITLE.match(norm, start, end)) \
                and m.start("t") not in seen:
            out.append(MalformedYear(text[m.start("t"):m.end("t")], m.start("t"), m.end("t"), "nian_missing"))
        start = end + 1
    return sorted(out, key=lambda f: f.start)

# (20212025年): two four-digit years run together before 年, the dash of a span lost
# (eight digits before 年 are no year and no date: a date's run ends in 日). The second year comes
# after the first, within a plan's reach.
_GLUED_PERIOD = lazy_compile(r"(?<![\d.\-/])(?P<y>(?P<a>(?:19|20)\d\d)(?P<b>(?:19|20)\d\d))(?=\s*年)")
_PERIOD_REACH = 30
# 〔20217号: a document number whose closing bracket was lost, its year run into its sequence: the
# bracket opens, four digits of a year, one to four more, 号, and no closing bracket between.
_GLUED_DOC_NUMBER = lazy_compile(r"[〔﹝]\s*(?P<y>(?:19|20)\d\d\d{1,4})\s*号")
# 某政发20167号: a document number written with no brackets at all, its year run into its sequence
# right after the issuer's 发 or 函 (a number of its own, 第1号 or 编号2016号, has no issuer before it).
_BARE_DOC_NUMBER = lazy_compile(r"(?<=[\u4e00-\u9fff][发函])(?P<y>(?:19|20)\d\d\d{1,4})号")


def glued_periods(text: str) -> list[MalformedYear]:
    """Spans of years whose dash was lost (``规划(20212025年)``; ``where`` is ``glued_period``) and
    document numbers whose closing bracket was lost (``〔20217号``; ``where`` is ``glued_number``) or
    that were written without brackets (``某政发20167号``; ``where`` is ``bare_number``)."""
    if "〔" not in text and "﹝" not in text and _EIGHT_DIGITS.search(text) is None and "号" not in text:
        return []
    norm = normalise(text)
    out = []
    for m in _GLUED_PERIOD.finditer(norm):
        if 0 < int(m.group("b")) - int(m.group("a")) <= _PERIOD_REACH:
            out.append(MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "glued_period"))
    for m in _GLUED_DOC_NUMBER.finditer(norm):
        out.append(MalformedYear(text[m.start():m.end()], m.start(), m.end(), "glued_number"))
    for m in _BARE_DOC_NUMBER.finditer(norm):
        out.append(MalformedYear(text[m.start():m.end()], m.start(), m.end(), "bare_number"))
    return sorted(out, key=lambda f: f.start)


_EIGHT_DIGITS = lazy_compile(r"\d{8}")

# 与2019498.83万元相比 / 较20155.88万元: last year's figure written after its year with the 年 between
# them lost (2019年498.83万元), the year and the figure run into one number. Only after a word of
# comparison (与…相比, 较, 比), and only where the text names the year after it with 年 (2020年度…)
# and the figure read without the year takes part in the text's own arithmetic (424.71 − 498.83 =
# −74.12, the change it states): a real figure of that size is never taken for a year.
_YEAR_FIGURE = lazy_compile(
    r"(?:与|较|比)\s*(?P<n>(?P<y>(?:19|20)\d\d)(?P<f>(?:0|[1-9]\d{0,5})(?:\.\d{1,4})?))(?![\d.])\s*(?P<u>[万亿]?元)"
)
_YEAR_FIGURE_SCREEN = lazy_compile(r"[与较比]\s*[12１２][09０９]")
_TEXT_FIGURE = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*([万亿]?元)")


def years_run_into_figures(text: str) -> list[MalformedYear]:
    """Figures of the year before the text's own, run into that year with the 年 lost
    (``与2019498.83万元相比`` in a text about 2020年度: 2019年 and 498.83万元); ``where`` is
    ``year_figure``. Read only where the figure without the year makes a difference the text states
    (one of its figures minus it gives another, in the same unit)."""
    if "元" not in text or _YEAR_FIGURE_SCREEN.search(text) is None:
        return []  # (few texts compare with a figure that opens like a year)
    norm = normalise(text)
    found = list(_YEAR_FIGURE.finditer(norm))
    if not found:
        return []
    years = {int(m.group(1)) for m in YEAR_NIAN.finditer(norm)}
    out = []
    for m in found:
        if int(m.group("y")) + 1 not in years:
            continue
        rest, unit = Decimal(m.group("f")), m.group("u")
        figures = [Decimal(f.group(1)) for f in _TEXT_FIGURE.finditer(norm)
                   if f.group(2) == unit and not m.start("n") <= f.start(1) < m.end("n")]
        places = max(-rest.as_tuple().exponent, 0)
        tolerance = Decimal(1).scaleb(-places) if places else Decimal(0)
        if any(abs(abs(a - rest) - b) <= tolerance for a in figures for b in figures if a != b and b > 0):
            out.append(MalformedYear(text[m.start("n"):m.end("n")], m.start("n"), m.end("n"), "year_figure"))
    return out


def misread_years(text: str) -> list[MalformedYear]:
    """:func:`glued_dates`, then :func:`reversed_periods`, :func:`reversed_date_ranges` and
    :func:`reversed_yearless_ranges`, then :func:`split_years`: the years readable once split,
    joined or one of them retyped (Y506 reports them as warnings; asked of every text through
    :class:`perflint.extract.wording.TextFacts`, so once per distinct text)."""
    return [*glued_dates(text), *reversed_periods(text), *reversed_date_ranges(text),
            *reversed_yearless_ranges(text), *split_years(text), *lost_nian_years(text), *years_missing_nian(text),
            *glued_periods(text), *years_run_into_figures(text)]


# 202 3年 / 20 23年度: a year's four digits broken by one space, right before 年. The text before it
# is no digit and no space (a text spaced letter by letter, 2 0 2 3 年, is a PDF's layout, not a
# slip), and 年 follows the last digit at once.
_SPLIT_YEAR = lazy_compile(r"(?<![\d\s.,，．])(?P<y>(?:[1１][9９]|[2２][0０])\d?[ \u3000]\d{1,2})(?=年)")


def split_years(text: str) -> list[MalformedYear]:
    """Years whose digits a space splits (``202 3年度``); ``where`` is ``split``."""
    if "年" not in text or (" " not in text and "\u3000" not in text):
        return []
    # read as written: \d takes full-width digits too, and the offsets are the text's own
    return [MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "split")
            for m in _SPLIT_YEAR.finditer(text) if len(m.group("y").replace("\u3000", " ").replace(" ", "")) == 4]


# Characters that join a span of years into a longer code (a telephone number, a serial).
_CODE_JOINS = frozenset("-－/.—–~～")


# A report's title on a line of its own whatever digits its year has (``某局202年部门决算``):
# the shape of REPORT_TITLE with three to five digits before 年 and no sentence in it. Such a line
# is the title even where a mistyped year kept it from opening a part of its own (a second title
# under a web page's, a title below a cover).
_TITLE_SHAPED = lazy_compile(
    r"^[^，,。；;！？：:]{0,40}?(?<!\d)\d{3,5}\s*年度?[^，,。；;！？]{0,40}"
    r"(?:自评报告|评价报告|绩效报告|部门决算|单位决算|决算说明)$"
)
_MONTH = lazy_compile(r"(\d{1,2})\s*月")


def title_shaped(text: str) -> bool:
    """Whether ``text`` (a whole line) is built like a report's title, its year well written or not."""
    return "年" in text and bool(_TITLE_SHAPED.search(text.strip()))


def malformed_title_years(text: str) -> list[MalformedYear]:
    """The report's year written with three or five digits in a text that starts with the
    report's title (``某局202年部门决算``): there the first number before 年, ahead of any
    sentence punctuation (a flattened draft's first line runs on past its title), can only be
    the year. ``where`` is ``title``."""
    if "年" not in text:
        return []
    norm = normalise(text)
    end = _TITLE_END.search(norm)
    m = _TITLE_YEAR.search(norm, 0, end.start() if end else len(norm))
    if m is None or m.group("after") or len(m.group("y")) not in (3, 5) or not m.group("y").startswith(("19", "20")):
        return []
    return [MalformedYear(text[m.start("y"):m.end("y")], m.start("y"), m.end("y"), "title")]


# A year and a figure run together hold a few more digits than the figure: past thirty the
# number is a corrupt cell, and Python refuses to write one of over 4,300 digits as a string.
_RUN_INTO_FIGURE_LIMIT = Decimal(10) ** 30


def year_run_into_figure(value: Decimal, written: str) -> tuple[int, Decimal] | None:
    """The year and the figure a number's digits hold run together, 年 lost between them
    (``20155.88`` of ``较20155.88万元``: 2015 and 5.88), when its whole part has five digits or more
    and opens like a year; None otherwise, and for a figure written with separators (``2,015.88``).
    Whether the figure is really so is for its sentence's arithmetic to say."""
    if "," in written or "，" in written or value <= 0 or value >= _RUN_INTO_FIGURE_LIMIT:
        return None
    whole = str(int(value))
    if len(whole) < 5 or whole[:2] not in ("19", "20"):
        return None
    year = int(whole[:4])
    return year, value - Decimal(year) * Decimal(10) ** (len(whole) - 4)
