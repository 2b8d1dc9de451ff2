"""The fiscal year a report speaks of, when its title does not say.

A title (``某单位2022年度部门决算``) names the fiscal year and settles it. Excerpts and web pages
often come without one: a table cut from a 自评表, a 决算说明 whose first page is missing, a page
that starts with a portal's breadcrumbs and a publication date. The year must then come from the
body, and only when the body is clear about it:

1. a label that states it (``评价年度：2022``, ``预算年度 2022``) or a form's own title line
   (``（2022年度）``, ``2022年度…自评表``);
2. otherwise the year the body speaks of: mentions that describe the period (not document
   numbers, policy titles, founding dates, publication dates …), ``2022年度`` counting double,
   and a comparison with a past year (``比2021年度决算数``) counting for the year after it; one
   year must clearly dominate;
3. otherwise the only year the body names (as a year, never as a day's date, which may be the
   date of writing), or the year before the filing or signature date (a report is filed after its
   year).

When none of these is clear the answer is None, and the year rules stay quiet rather than guess.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from perflint.extract.dates import comparison_with_year, find_dates
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
_MIN_WEIGHT = 3  # at least e.g. one 年度 and one plain mention
_DOMINANCE = 2.0  # the top year must weigh twice the runner-up


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


def _body_year(texts: list[str]) -> int | None:
    weights: Counter[int] = Counter()
    dated: set[int] = set()  # years written with a month (a day's date may be the writing date)
    signatures: set[int] = set()
    for text in texts:
        for m in find_dates(text):
            if m.year is None:
                continue
            if m.context == "signature":
                signatures.add(m.year)
            elif m.context == "comparison" and comparison_with_year(text, m):
                weights[m.year + 1] += 1  # ``比2020年度决算数少``: the report's year is the next one
            elif m.context in _PERIOD_CONTEXTS:
                weights[m.year] += 2 if m.fiscal else 1
                if m.month is not None:
                    dated.add(m.year)
    ranked = weights.most_common(2)
    if ranked and ranked[0][1] >= _MIN_WEIGHT:
        top, weight = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0
        if weight >= _DOMINANCE * runner:
            return top
        return None
    if len(weights) == 1 and not dated and not signatures:
        return next(iter(weights))  # the only year the text speaks of, never as a date
    if len(signatures) == 1 and not weights:
        return signatures.pop() - 1
    return None


def infer_fiscal_year(texts: Iterable[str]) -> int | None:
    """The fiscal year of a part without a title year, from its texts in order (None if unclear)."""
    items = [t for t in texts if t and t.strip()]
    for rule in (_labelled_year, _form_title_year, _body_year):
        year = rule(items)
        if year is not None:
            return year
    return None

