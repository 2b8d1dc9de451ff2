"""Years and dates as drafts write them, and what each one is doing in its sentence.

A report is about one fiscal year, but a draft is full of other years that are perfectly
right: document numbers (〔2019〕10号), policy titles (《…2021—2025年规划》), the day a policy took
effect (从2012年1月起), the founding of an institution, a comparison with last year, a signature
in the next year. Checks about years must tell those apart from an activity of the report that
carries the wrong year, so every date found here comes with a ``context`` read from the words
around it (phrase lists in ``perflint/data/years.yaml``):

``document_number`` ``title`` ``period`` ``signature`` ``standalone`` (the whole text is the
date) ``as_of`` ``policy_start`` ``founding`` ``comparison`` ``policy_issue`` ``basis``
``deadline`` ``plan`` ``preparation`` (立项, 招标…) ``external`` (done by a higher
authority) ``activity`` ``plain`` ``blank`` (an unfilled ``年 月 日``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

from perflint import data
from perflint.text.dates import DateMention, date_mentions
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbers import normalise
from perflint.text.patterns import any_of, compile_pattern, lazy_compile
from perflint.text.sentences import CLAUSE_END, inside_book_title, statement_around


@cache
def phrases() -> dict[str, Any]:
    return data.load("years")


def closes_notice(text: str) -> bool:
    """Whether ``text`` is the closing line of a notice or letter (``特此通知。``): what follows
    it, a date included, is that document's or another's, not the report's."""
    if "特此" not in text:
        return False
    return compact(text).rstrip("。.!！") in phrases()["notice_closings"]


def _ends_with(before: str, words: list[str]) -> bool:
    return before.rstrip().endswith(tuple(words))  # one C call for the words, as any() of them


def _ends_with_at(text: str, pos: int, words: list[str]) -> bool:
    """``_ends_with(text[:pos], words)`` without copying the text before ``pos``."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text.endswith(tuple(words), 0, pos)


def _starts_with(after: str, words: list[str]) -> bool:
    return after.lstrip().startswith(tuple(words))


def _inside_title(text: str, pos: int, marks: _Marks | None = None) -> bool:
    """Whether ``pos`` sits inside 《…》 (an open 《 before it and its 》 after it)."""
    if marks is not None:
        opened, closed = marks.last_before(marks.opens, pos), marks.last_before(marks.closes, pos)
        if opened < 0 or closed > opened:
            return False
        return bool(marks.closes) and marks.closes[-1] >= pos
    return inside_book_title(text, pos)


def _positions(text: str, ch: str) -> list[int]:
    """Offsets of ``ch`` in ``text`` (``str.find`` jumps; most texts hold no title marks)."""
    out = []
    i = text.find(ch)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1)
    return out


class _Marks:
    """A text normalised once, with the offsets of its 《 and 》: what :func:`classify` needs of
    the whole text, so that classifying every date of a long text stays linear."""

    def __init__(self, text: str) -> None:
        self.norm = normalise(text)
        self.opens = _positions(self.norm, "《")
        self.closes = _positions(self.norm, "》")

    @staticmethod
    def last_before(positions: list[int], pos: int) -> int:
        i = bisect.bisect_left(positions, pos)
        return positions[i - 1] if i else -1


_ONLY_BLANK = lazy_compile("[ \t\u3000\r\n。.]*")


# How far a date's statement is read on each side of it. A statement has a few hundred
# characters; one without a full stop for thousands (a paragraph repeated, a PDF that lost its
# punctuation) made every date read and search all of it, the square of its length in all.
CONTEXT_CHARS = 1000


def _statement(norm: str, start: int, end: int) -> tuple[int, int]:
    """The statement around ``norm[start:end]``, at most :data:`CONTEXT_CHARS` each side."""
    s, e = statement_around(norm, start, end)
    return max(s, start - CONTEXT_CHARS), min(e, end + CONTEXT_CHARS)


def _clause_start(text: str, pos: int) -> int:
    s = pos
    while s > 0 and text[s - 1] not in CLAUSE_END:
        s -= 1
    return s


def is_standalone(text: str, mention: DateMention) -> bool:
    """The whole text is this one date (a signature line, a date cell)."""
    return bool(_ONLY_BLANK.fullmatch(text, 0, mention.start) and _ONLY_BLANK.fullmatch(text, mention.end))


@cache
def _doc_number_after() -> tuple[re.Pattern[str], ...]:
    """What follows a date that dates a document's number (``\\s*`` then each wording), compiled
    once rather than for every date classified."""
    return tuple(compile_pattern(rf"\s*{pat}") for pat in phrases()["doc_number_after"])


def classify(text: str, mention: DateMention, marks: _Marks | None = None) -> str:
    """What the date is doing in its sentence (see the module docstring for the names).

    ``marks`` is ``text`` prepared once by :func:`find_dates` for all its dates.
    """
    if mention.context in ("period", "document_number", "blank"):
        return mention.context
    p = phrases()
    norm = marks.norm if marks is not None else normalise(text)
    s, e = _statement(norm, mention.start, mention.end)
    before, after = norm[s:mention.start], norm[mention.end:e]
    sentence = norm[s:e]

    if any(pattern.match(after) for pattern in _doc_number_after()):
        return "document_number"
    if _inside_title(norm, mention.start, marks) or _starts_with(after, p["title_after"]):
        return "title"
    if is_standalone(norm, mention):
        return "standalone"
    if _ends_with_at(norm, mention.start, [w + sep for w in p["signature_labels"] for sep in ("：", ":", "")]):
        return "signature"
    if mention.month is not None and _ONLY_BLANK.fullmatch(norm, mention.end) and _signed_line_before(norm, mention.start):
        return "signature"  # 负责人签字：张某<tab>2023年12月20日: the signer's line dates the report
    if (mention.month is not None and _ONLY_BLANK.fullmatch(norm, mention.end)
            and _signer_before(norm, mention.start)):
        return "signature"  # 某县农业农村局 2024年4月20日: the unit signs and dates (某馆2021年度 is a title)
    if _ends_with(before, p["as_of_before"]):
        return "as_of"
    if _starts_with(after, p["policy_start_after"]):
        return "policy_start"
    window = after[: p["policy_start_window"]]
    if _ends_with(before, p["policy_start_open"]) and any(w in window for w in p["policy_start_close"]):
        return "policy_start"
    if _ends_with(before, p["founding_before"]) or _starts_with(after, p["founding_after"]):
        return "founding"
    if any(w in sentence for w in p["founding_sentence"]) or ("批准" in sentence and "规定" in sentence):
        return "founding"
    if _ends_with(before, p["comparison_before"]) or _starts_with(after, p["comparison_after"]):
        return "comparison"
    if _starts_with(after, p["deadline_after"]):
        return "deadline"
    if _starts_with(after, p["year_end_after"]) and mention.month is None:
        return "as_of"  # 2021年末在职60人: a stock at the end of that year
    if _ends_with(before, p["plan_before"]):
        return "plan"
    clause_before = norm[_clause_start(norm, mention.start):mention.start]
    if any(w in clause_before for w in p["basis_before"]):
        return "basis"
    tail = after[: p["activity_window"]]
    verbs = [(tail.find(v), v) for v in p["activity_verbs"] + p["policy_issue_verbs"] if v in tail]
    if verbs:
        at, first = min(verbs)
        if first in p["policy_issue_verbs"]:
            return "policy_issue"
        if any(w in tail for w in p["preparation_words"]):
            return "preparation"
        actor = clause_before + tail[:at]
        if any(w in actor for w in p["external_actors"]):
            return "external"
        if any(w in sentence for w in p["comparison_sentence"]):
            return "comparison"
        return "activity"
    return "plain"


_MEMO_MAX_CHARS = 400  # short texts (cells, sentences, headings) recur across a report and are read by several checks


def find_dates(text: str) -> list[DateMention]:
    """Every year and date in ``text`` with its context.

    A pure function of the text: the dates of a short text, and of the last few long ones, are
    found once and remembered (a fresh list each call)."""
    if len(text) <= _MEMO_MAX_CHARS:
        return list(_find_short(text))
    return list(_find_long(text))


def dates_of(text: str) -> tuple[DateMention, ...]:
    """:func:`find_dates` as the remembered tuple itself, for a reader that only reads it: no copy
    (the years' facts ask it of every cell)."""
    if len(text) <= _MEMO_MAX_CHARS:
        return _find_short(text)
    return _find_long(text)


@remember_short(16384, _MEMO_MAX_CHARS)
def _find_short(text: str) -> tuple[DateMention, ...]:
    return tuple(_classified(text))


@lru_cache(maxsize=8)
def _find_long(text: str) -> tuple[DateMention, ...]:
    """The last few long texts (paragraphs, a flattened report): the years' facts and the dated
    events read the same ones in turn."""
    return tuple(_classified(text))


def _classified(text: str) -> Iterator[DateMention]:
    mentions = date_mentions(text)
    if not mentions:
        return  # no date: nothing to classify, no marks to collect
    marks = _Marks(text)
    for m in mentions:
        yield replace(m, context=classify(text, m, marks))


def _signer_before(norm: str, pos: int) -> bool:
    """``signer_line(norm[:pos])``, looking at no more than a signer line can hold (40 characters)."""
    end = pos
    while end > 0 and norm[end - 1].isspace():
        end -= 1
    cut = max(0, end - 40)
    if any(not norm[i].isspace() for i in range(cut)):  # stops at the first character of most texts
        return False
    return signer_line(norm[cut:pos])


_SIGNER_LINE_MAX = 40  # characters of a signer's label and name before the date


@cache
def _signed_label() -> re.Pattern[str]:
    """A signer's label with its name, and maybe a 日期 label, filling a text (``负责人签字：张某``,
    ``单位负责人（签字）：张某  日期：``): a signing word, a colon, at most a short name."""
    words = "|".join(map(re.escape, phrases()["signing_words"]))
    return compile_pattern(rf"[^\s，。；;,:：]{{0,12}}?[（(]?(?:{words})[)）]?\s*[:：]\s*[\u4e00-\u9fff·×Xx*＊]{{0,8}}"
                           rf"(?:\s*(?:日期|时间)\s*[:：]?)?\s*")


def signed_label(text: str) -> bool:
    """Whether ``text`` is a signer's label and name only (a cell before the date cell, or the
    start of the date's line): :func:`_signed_label`."""
    return len(text) <= _SIGNER_LINE_MAX and _signed_label().fullmatch(text.strip()) is not None


def _signed_line_before(norm: str, pos: int) -> bool:
    """The date's line, up to the date, is a signer's label and name."""
    start = norm.rfind("\n", 0, pos) + 1
    return pos - start <= _SIGNER_LINE_MAX and signed_label(norm[start:pos])


def is_excluded(context: str) -> bool:
    """A context in which a date is not an activity of the report (policy, founding, …)."""
    return context in phrases()["excluded"]


def comparison_with_year(text: str, mention: DateMention, budgets: bool = False) -> bool:
    """``与2022年相比`` / ``比2022年`` / ``较2022年度``: the year itself is the comparand.

    A comparison with that year's budget or plan (``与2022年预算相比``, ``比2022年初``) is not,
    unless ``budgets``: a budget compares its figures with the budget of the year before
    (``比2022年预算增加``), and that year is the comparand.
    """
    if mention.context != "comparison":
        return False
    p = phrases()
    norm = normalise(text)
    s, e = _statement(norm, mention.start, mention.end)
    after = norm[mention.end:e]
    # the year must be the comparand (与/比/较 2022年, 2022年同期), not the subject of a
    # sentence that compares it with 上年 (2023年公务接待 12 批次，较上年减少)
    before = norm[s:mention.start]
    compared = _ends_with(before, p["comparison_before"]) and not _ends_with(before, p["comparison_lead_ins"])
    if not (compared or _starts_with(after.lstrip().removeprefix("度"), p["comparison_after"])):
        return False
    if _ends_with(norm[s:mention.start], p["comparison_open_and"]):
        closer = after[: p["comparison_close_window"]]
        if not any(w in closer for w in p["comparison_close"]):
            return False
    cut = len(after)
    for stop in "，,：:（(":
        i = after.find(stop)
        if i >= 0:
            cut = min(cut, i)
    window = after[:min(cut, 12)]
    return budgets or not any(w in window for w in p["comparison_budget_words"])


@lru_cache(maxsize=4096)
def is_forward_label(text: str) -> bool:
    """A heading, row label or lead-in of forward-looking text (下一步, 改进措施, 工作计划…).

    Remembered: every block of a section asks it of the same section titles."""
    p = phrases()
    return any(w in text for w in p["forward_labels"]) and not any(w in text for w in p["forward_negations"])


def starts_forward(text: str) -> bool:
    """A paragraph that opens with a forward label (``下一步，我局将…``, ``改进措施：…``)."""
    p = phrases()
    head = _strip_marker(text)[: p["forward_lead_in"] + 4]
    return any(0 <= head.find(w) <= p["forward_lead_in"] for w in p["forward_labels"]) and is_forward_label(head)


def is_stop_label(text: str) -> bool:
    """A label that ends a run of forward-looking text (备注, 偏差原因分析, 填报日期…)."""
    return _strip_marker(text).startswith(_stop_labels())


@cache
def _stop_labels() -> tuple[str, ...]:
    """The stop labels as one tuple: ``startswith`` tries them all in one call (asked per row)."""
    return tuple(phrases()["forward_stop_labels"])


@cache
def _marker_re() -> re.Pattern[str]:
    return compile_pattern(r"^[\s\d一二三四五六七八九十、.．（）()：:①②③④⑤⑥⑦⑧⑨⑩]*")


@remember_short(4096)
def _strip_marker(text: str) -> str:
    """The text without a leading list marker (remembered: asked of the same row labels by every
    date check)."""
    return _marker_re().sub("", text.strip())


def looks_back(sentence: str) -> bool:
    """A sentence about a problem, a lesson or a baseline, even inside an improvement plan, or
    about closing the year (清算, 决算, 审计), which is rightly done in the next one."""
    p = phrases()
    return any_of((*p["backward_words"], *p["closing_words"])).search(sentence) is not None


def marks_past(sentence: str) -> bool:
    """A sentence that says on purpose that it speaks of earlier times (此前, 上年…)."""
    return any(w in sentence for w in phrases()["past_markers"])


def interim_report(text: str) -> bool:
    """A title of a form legitimately dated inside its year (监控, 申报表, 部门预算…)."""
    return any_of(tuple(phrases()["interim_report_words"])).search(text) is not None


_YEAR_BUDGET = lazy_compile(r"(?:19|20)\d\d\s*年度?\s*预算")


def budget_title(text: str) -> bool:
    """A title whose year names a budget (``2017年预算…情况说明``, ``2024年度预算…``): a budget is
    drawn up before or during its year, never filed after it; a title that also speaks of final
    accounts, an evaluation or the budget's execution or use (决算, 自评, 执行, 使用) is a report on the
    year."""
    return _YEAR_BUDGET.search(text) is not None and not any_of(
        tuple(phrases()["not_budget_words"])).search(text)


def signer_line(text: str) -> bool:
    """A short line naming the unit that signs (``××区医疗保障局``, ``（盖章）``)."""
    t = text.strip()
    if not t or len(t) > 40 or any(ch in t for ch in "。，,；;：:"):
        return False
    return any(t.endswith(s) for s in phrases()["signer_suffixes"])


def title_year(text: str) -> int | None:
    """The fiscal year a report title names (``XX单位2022年度…自评报告``): its first year written
    as a year (``2022年度``, ``2022年``), not a publication date (``2022-09-09``, ``2022年9月9日``),
    a document number or a span of years."""
    # a short title's dates as remembered (the heading's own, mostly); a long one's lazily: a
    # flattened draft's "title" may be the whole report
    for m in (_find_short(text) if len(text) <= _MEMO_MAX_CHARS else _classified(text)):
        if m.year is None or m.month is not None or m.form not in ("cn", "chinese"):
            continue
        if m.context in ("document_number", "period", "comparison", "policy_start", "founding"):
            continue
        return m.year
    return None


def is_stock_sentence(sentence: str) -> bool:
    """A sentence that states a stock at a date without comparing it with another one."""
    p = phrases()
    return not any(w in sentence for w in p["comparison_sentence"] + p["stock_not_current"])


def opens_target(before: str) -> bool:
    """Whether the text right before a date is the label of an annual target (``项目年度目标 |``)."""
    return bool(_TARGET_LABEL.search(before[-80:])) and not any(ch in before[-80:] for ch in "。；;")


_TARGET_LABEL = lazy_compile(r"(?:年度|总体|绩效|预期)目标\s*[|｜:：]")


def cited_title(text: str, mention: DateMention) -> str | None:
    """The 《…》 title a document number belongs to (``《…管理办法》（财行〔2019〕258号）``)."""
    norm = normalise(text)
    close = norm.rfind("》", 0, mention.start)
    if close < 0 or mention.start - close > 12 or any(ch in norm[close:mention.start] for ch in "。；;，,"):
        return None
    opened = norm.rfind("《", 0, close)
    return norm[opened + 1:close] if opened >= 0 else None


def is_standing_rule(title: str) -> bool:
    """A rule that governs spending (…管理办法, …标准), not a notice about the report itself."""
    p = phrases()
    return title.endswith(tuple(p["standing_rule_endings"])) and not any(w in title for w in p["report_notice_words"])


_FIRST_YEAR = lazy_compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


def funded_year(title: str) -> int | None:
    """The year whose funds a notice allocates (``关于下达2023年…资金的通知`` → 2023): its title
    allocates (下达, 拨付…) funds (资金, 预算…) and names one year; None for the settlement or
    reward of a year's funds (清算, 奖补…), issued after it."""
    p = phrases()
    if not any(w in title for w in p["funding_notice_verbs"]) or not any(w in title for w in p["funding_notice_objects"]):
        return None
    if any(w in title for w in p["funding_after_year_words"]):
        return None
    years = {int(y) for y in _FIRST_YEAR.findall(normalise(title))}
    return years.pop() if len(years) == 1 else None


_CLAUSE_BREAKS = "，,。；;！？!?\n"


def said_done_by(text: str, mention: DateMention) -> bool:
    """Whether ``text`` says the report's own work was finished on or by the date ``mention``
    (``于2023年11月25日前全部完工``, ``在2023年12月20日前全部兑付到位``, ``于2023年6月建成``): after
    the date and its 前, only done-adverbs (已, 全部…) and a done-verb (完工, 兑付到位…), or two
    joined by 并 (完工并通过验收), up to the end of the clause; and no plan or delay before it in the clause (推迟至, 计划, 确保…)."""
    p = phrases()
    rest = compact(text[mention.end:mention.end + 24])
    for word in sorted(p["deadline_after"], key=len, reverse=True):
        if rest.startswith(word):
            rest = rest[len(word):]
            break
    changed = True
    while changed:
        changed = False
        for word in p["done_adverbs"]:
            if rest.startswith(word):
                rest, changed = rest[len(word):], True
    verb = next((v for v in sorted(p["done_verbs"], key=len, reverse=True) if rest.startswith(v)), None)
    if verb is None:
        return False
    after = rest[len(verb):]
    if after.startswith("并"):  # 前完工并通过验收, 建成并投入使用: a second done-verb joined on
        joined = next((v for v in p["done_verbs"] if after[1:].startswith(v)), None)
        after = after[1 + len(joined):] if joined else after
    if after and after[0] not in _CLAUSE_BREAKS:
        return False  # 前完工的项目: a clause about other work
    start = max(text.rfind(ch, 0, mention.start) for ch in _CLAUSE_BREAKS) + 1
    before = compact(text[start:mention.start])
    return not any(w in before for w in (*p["plan_before"], *p["not_done_before"]))


# A form's year field: ``自评年度 | 2023``, ``评价年度：2023年度`` — the year the form evaluates, a bare
# year (no 年, so no date mention) or a year with 年/年度 standing alone as the field's value.
# 上年度/下年度 fields name another year on purpose; 填报年度 is the year the form is filled in.
_YEAR_FIELD_LABEL = lazy_compile(r"^(?:自评|评价|绩效|所属|项目|预算)年度$")
_YEAR_FIELD_VALUE = lazy_compile(r"^((?:19|20)\d\d)\s*(?:年度?)?$")
_YEAR_FIELD_IN_LINE = lazy_compile(
    r"(?:^|[|｜\t]|\s{2})\s*(?:自评|评价|绩效|所属|项目|预算)年度\s*(?:[|｜:：\t]|\s{2})[\s|｜]*"
    r"((?:19|20)\d\d)\s*(?:年度?)?\s*(?=$|[|｜\t]|\s{2})")


def year_field(label: str, value: str) -> int | None:
    """The year a form's year field holds (``自评年度`` | ``2023``), given its label and value cells."""
    if not _YEAR_FIELD_LABEL.match(label.strip().rstrip("：:").strip()):
        return None
    m = _YEAR_FIELD_VALUE.match(value.strip())
    return int(m.group(1)) if m else None


def year_fields_in_line(text: str) -> list[tuple[int, int, int]]:
    """The year fields of a form row flattened into one line: (year, start, end) of each year."""
    if "年度" not in text:
        return []
    return [(int(m.group(1)), m.start(1), m.end(1)) for m in _YEAR_FIELD_IN_LINE.finditer(text)]


# The sentence that presents the document itself: 现将 + the unit + the year + 年度 + the report's
# accounts or evaluation + 公开如下 (现将某县文化馆2023年度部门决算情况公开如下). Its year is the report's
# own, unlike a notice's title cited before it (《关于2022年度部门决算公开的通知》).
_ANNOUNCING_LEAD = lazy_compile(r"现将[^，,。；;：:《》〈〉“”\"]{0,30}$")
_ANNOUNCED = lazy_compile(r"\s*(?:年度?)?[^，,。；;《》〈〉]{0,24}?(?:决算|绩效自评|绩效评价|自评)"
                          r"[^，,。；;《》〈〉]{0,20}?(?:如下|予以公开)")


def announces_the_report(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is the one of a 现将…年度部门决算…公开如下 sentence
    (read only where the text holds 现将: one search in C)."""
    if "现将" not in text:
        return False
    return _ANNOUNCING_LEAD.search(text, max(0, start - 32), start) is not None \
        and _ANNOUNCED.match(text, end) is not None
