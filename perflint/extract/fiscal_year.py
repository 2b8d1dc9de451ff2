"""The fiscal year a report speaks of, when its title does not say.

A title (``某单位2022年度部门决算``) names the fiscal year and settles it. Excerpts and web pages
often come without one: a table cut from a 自评表, a 决算说明 whose first page is missing, a page
that starts with a portal's breadcrumbs and a publication date. The year must then come from the
body, and only when the body is clear about it:

1. a label that states it (``评价年度：2022``, ``预算年度 2022``) or a form's own title line
   (``（2022年度）``, ``2022年度…自评表``);
2. otherwise statements that, in these report kinds, only ever name the report's own year: a
   决算说明's totals (``2022年度收入总计``, ``2022年度一般公共预算财政拨款支出决算``), the year evaluated
   (``开展2022年度…绩效自评``) and the later year of a comparison with the year before it
   (``2022年…比2021年增加``); failing those, the year's end (``截至2022年12月31日``, ``截至2022年底``)
   where no later year is spoken of. They must agree with each other and not be outweighed by
   another year the body speaks of; when they disagree (a bundle of two years, a budget section
   beside the accounts) the year is left unknown, with no guess from the weaker rules below;
3. otherwise the year the body speaks of: mentions that describe the period (not document
   numbers, policy titles, founding dates, publication dates …), ``2022年度`` counting double,
   and a comparison with a past year (``比2021年度决算数``) counting for the year after it; one
   year must clearly dominate;
4. otherwise the only year the body names (as a year, never as a day's date, which may be the
   date of writing; named itself, not only implied by a comparison with the year before it; and
   no other year opening a sentence, ``2024年，…印发…``, which reads as a policy's date but may be
   the report's own), or the year before the filing or signature date (a report is filed after
   its year).

When none of these is clear the answer is None, and the year rules stay quiet rather than guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from perflint.extract.dates import comparison_with_year, find_dates, phrases
from perflint.text.dates import YEAR
from perflint.text.numbers import normalise
from perflint.text.patterns import lazy_compile

_YEAR = rf"({YEAR})"
# 评价年度：2022 / 预算年度:2022年 / 项目年度 2022 / 所属年度：2022年度
_LABELLED = lazy_compile(rf"(?:评价|预算|项目|所属|考核|报告|自评|绩效)年度\s*[:：]?\s*{_YEAR}(?!\d)")
# A form's own year line: （2022年度） alone, or a short title ending in a report or form word.
_FORM_YEAR = lazy_compile(rf"^\s*[（(]\s*{_YEAR}\s*年\s*度?\s*[)）]\s*[|｜]?\s*$")
_TITLE_LINE = lazy_compile(
    rf"^[^，,。；;]{{0,30}}?{_YEAR}\s*年\s*度?[^，,。；;]{{0,40}}"
    r"(?:自评表|自评报告|评价报告|绩效报告|部门决算|单位决算|决算说明|决算报告|决算公开|预算公开|部门预算|单位预算)"
    r"\s*[（(]?[^，,。；;]{0,10}[）)]?\s*[|｜]?\s*$"
)
# A form's title with its year in brackets after it: …项目支出绩效自评表（2022年度）.
_TITLE_THEN_YEAR = lazy_compile(
    rf"(?:自评表|自评报告|评价报告|绩效报告|决算表|决算说明|决算报告)\s*[（(]\s*{_YEAR}\s*年\s*度?\s*[)）]"
)
# Contexts in which a year describes the period the text covers.
_PERIOD_CONTEXTS = ("plain", "activity", "as_of", "deadline", "external", "preparation")
_UNKNOWN = -1  # rule 2 found statements that disagree
_MIN_WEIGHT = 3  # at least e.g. one 年度 and one plain mention
_DOMINANCE = 2.0  # the top year must weigh twice the runner-up
_LONE_SLIP_MAJORITY = 4  # statements of one year that outvote a single statement of another


def _labelled_year(texts: list[str]) -> int | None:
    for text in texts:
        m = _LABELLED.search(normalise(text).replace(" ", ""))
        if m:
            return int(m.group(1))
    return None


def _form_title_year(texts: list[str]) -> int | None:
    years = set()
    for text in texts:
        t = normalise(text)
        m = _FORM_YEAR.match(t) or _TITLE_THEN_YEAR.search(t) or (len(t) <= 80 and _TITLE_LINE.match(t))
        if m:
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


# Contexts of a mention that cannot name the report's year whatever follows it.
_NOT_OWN = frozenset({"document_number", "title", "period", "signature", "policy_start", "founding",
                      "comparison", "policy_issue", "basis", "plan", "external", "blank"})
_NOT_OWN_EVALUATED = _NOT_OWN - {"title", "policy_issue", "basis"}  # 《关于开展2022年度绩效自评的通知》
_EARLIER = ("上", "去", "前")  # 上年度 / 去年 before a year: glossed, a year back


def _stated_years(texts: list[str]) -> tuple[Counter[int], set[int]]:
    """The years the body's own statements name as the report's (see the module's rule 2), and
    apart from them the years of 截至…年底 stocks: weaker, as a budget states last year's stock and
    a stock dated a year early is a defect the year rules look for."""
    p = phrases()
    accounts = tuple(p["fiscal_year_accounts_after"])
    evaluation = p["fiscal_year_evaluation_words"]
    window = p["fiscal_year_evaluation_window"]
    ends = tuple(p["year_end_after"])
    as_of = tuple(p["as_of_before"])
    years: Counter[int] = Counter()
    year_ends: set[int] = set()
    for text in texts:
        if "年" not in text:
            continue
        mentions = [m for m in find_dates(text) if m.year is not None]
        if not mentions:
            continue
        norm = normalise(text)
        for m in mentions:
            after = norm[m.end:m.end + window].lstrip(" 　")
            before = norm[max(0, m.start - 2):m.start]
            if any(w in before for w in _EARLIER):
                continue
            if m.context == "as_of":
                # 截至2022年12月31日 / 截至2022年底; a bare 2021年末 may be last year's stock, stated
                # beside this year's (2021年末在职60人 in a 2022 report)
                if norm[max(0, m.start - 3):m.start].rstrip(" 　").endswith(as_of) and (
                        (m.month == 12 and m.day in (None, 31)) or (m.month is None and after.startswith(ends))):
                    year_ends.add(m.year)
                continue
            if m.month is not None:
                continue
            if m.context not in _NOT_OWN and after.removeprefix("度").lstrip(" 　").startswith(accounts):
                years[m.year] += 1
            elif m.context not in _NOT_OWN_EVALUATED and _evaluated(after, evaluation):
                years[m.year] += 1
            elif m.context == "comparison" and comparison_with_year(text, m) \
                    and _later_in_statement(mentions, m, norm, text):
                years[m.year + 1] += 1
    return years, year_ends


def _evaluated(after: str, words: list[str]) -> bool:
    """``2022年度市级预算绩效自评``: an evaluation word follows within the clause."""
    for w in words:
        i = after.find(w)
        if i >= 0 and not any(c in after[:i] for c in "，,。；;、"):
            return True
    return False


def _later_in_statement(mentions: list, compared, norm: str, text: str) -> bool:
    """``2022年…比2021年增加`` / ``与2021年相比，2022年…``: the year after the comparand stands as a
    period in the same sentence (not a plan: ``2024年预算比2023年`` is left to the weights). The
    later year of ``与2021年相比，2022年…`` reads as a comparison too (its sentence compares): it
    counts unless it is itself a comparand."""
    for m in mentions:
        if m.year != compared.year + 1 or m.month is not None:
            continue
        if m.context in _NOT_OWN and (m.context != "comparison" or comparison_with_year(text, m)):
            continue
        lo, hi = min(m.start, compared.start), max(m.end, compared.end)
        if not any(c in norm[lo:hi] for c in "。；;\n"):
            return True
    return False


def _period_weights(texts: list[str]) -> tuple[Counter[int], set[int], set[int]]:
    """The weight of each year the body speaks of as its period, the years written with a month,
    and the years of signature dates."""
    weights, dated, signatures, _named = _period_evidence(texts)
    return weights, dated, signatures


def _period_evidence(texts: list[str]) -> tuple[Counter[int], set[int], set[int], set[int]]:
    """:func:`_period_weights`, and the years the body names itself: as its period, or opening a
    sentence (``2024年，…印发…``, read as a policy's date, may be the report's year all the same).
    A comparison (``比2021年增加``) weighs for the year after it but names no year of its own."""
    weights: Counter[int] = Counter()
    dated: set[int] = set()  # years written with a month (a day's date may be the writing date)
    signatures: set[int] = set()
    named: set[int] = set()
    for text in texts:
        mentions = find_dates(text)
        norm = normalise(text) if mentions else ""
        for m in mentions:
            if m.year is None:
                continue
            if m.context == "signature":
                signatures.add(m.year)
            elif m.context == "comparison" and comparison_with_year(text, m):
                weights[m.year + 1] += 1  # ``比2020年度决算数少``: the report's year is the next one
            elif m.context in _PERIOD_CONTEXTS:
                weights[m.year] += 2 if m.fiscal else 1
                named.add(m.year)
                if m.month is not None:
                    dated.add(m.year)
            elif m.month is None and m.context not in _NEVER_OWN and _opens_sentence(norm, m):
                named.add(m.year)
    return weights, dated, signatures, named


# Contexts whose year is never the report's, wherever it stands (a document number, a title …).
_NEVER_OWN = frozenset({"document_number", "title", "period", "founding", "blank", "signature"})
_SENTENCE_ENDS = "。；;！？!?\n"


def _opens_sentence(norm: str, m) -> bool:
    """``2024年，我局印发…``: the year opens its sentence, a comma right after it (年度 too)."""
    after = norm[m.end:m.end + 2].lstrip(" 　").removeprefix("度")
    if not after.startswith(("，", ",")):
        return False
    before = norm[:m.start].rstrip(" 　")
    return not before or before[-1] in _SENTENCE_ENDS


def _statement_year(texts: list[str]) -> int | None:
    """Rule 2: one year stated as the report's, not outweighed by another the body speaks of.
    Stated years that disagree leave the year unknown: rule 3 is not asked then either. A 截至
    year end counts only without other statements and where no later year is spoken of (a 2024
    budget states the stock 截至2023年底 and speaks of 2024)."""
    years, year_ends = _stated_years(texts)
    if not years and not year_ends:
        return None
    weights, _, _ = _period_weights(texts)
    if not years:
        if len(year_ends) != 1:
            return _UNKNOWN
        year = year_ends.pop()
        if any(y > year for y in weights):
            return None  # perhaps a budget's baseline: the weights decide
    elif len(years) != 1:
        (year, uses), *others = years.most_common()
        if sum(n for _, n in others) != 1 or uses < _LONE_SLIP_MAJORITY:
            return _UNKNOWN  # a bundle of two years, a budget beside the accounts
        # one statement against many: a slip in that statement, which the year rules report
    else:
        (year,) = years
    if any(w > weights[year] for y, w in weights.items() if y != year):
        return _UNKNOWN
    return year


def _body_year(texts: list[str]) -> int | None:
    weights, dated, signatures, named = _period_evidence(texts)
    ranked = weights.most_common(2)
    if ranked and ranked[0][1] >= _MIN_WEIGHT:
        top, weight = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0
        if weight >= _DOMINANCE * runner:
            return top
        return None
    if len(weights) == 1 and not dated and not signatures and named == set(weights):
        # the only year the text speaks of, never as a date, and named itself: a lone comparison
        # (比2021年增加) names none, and another year opening a sentence (2024年，…印发) may be the
        # report's
        return next(iter(weights))
    if len(signatures) == 1 and not weights:
        return signatures.pop() - 1
    return None


def infer_fiscal_year(texts: Iterable[str]) -> int | None:
    """The fiscal year of a part without a title year, from its texts in order (None if unclear)."""
    items = [t for t in texts if t and t.strip()]
    for rule in (_labelled_year, _form_title_year, _statement_year, _body_year):
        year = rule(items)
        if year == _UNKNOWN:
            return None  # the body's statements disagree: no guess from weaker evidence
        if year is not None:
            return year
    return None

