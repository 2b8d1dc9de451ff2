"""Statements of a project's budget, spending and self-score in the narrative
(``预算数 30 万元，执行数 27 万元``, ``自评得分 92 分``), compared with its 自评表."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.extract.quantities import strip_end
from perflint.model import Block
from perflint.text.numbers import DECIMAL, Quantity, normalise, quantities
from perflint.text.patterns import compile_pattern, lazy_compile
from perflint.text.sentences import statements


@cache
def _score_re() -> re.Pattern[str]:
    """The narrative's score: a label of the data (``self_score_label``) and its figure."""
    return compile_pattern(
        rf"(?P<label>{data.load('consistency')['self_score_label']})\s*(?:为|是|：|:|共计|合计)?\s*"
        rf"(?P<num>{DECIMAL})\s*(?P<unit>分)?(?!\s*(?:以上|以下|及以上|以内|\d|\.))"
    )


_COMPARED = lazy_compile(r"上年|去年|上一年|前年|同期|相比|(?:较|比)\s*(?:\d{4}|上|往)")


def self_scores(text: str) -> list[Quantity]:
    """`自评得分 98 分`, `自评分为 92.5`: the score a narrative claims for its form."""
    norm = normalise(text)
    out = []
    for m in _score_re().finditer(norm):
        clause = norm[max(0, m.start() - 16):m.start()]
        clause = clause[max(clause.rfind(c) for c in "，,；;。：:") + 1:]
        if _COMPARED.search(clause + m.group("label")):
            continue  # 较 2022 年度自评得分 92 分: last year's score, quoted for comparison
        if not m.group("unit"):
            rest = norm[m.end():m.end() + 1]
            if rest and rest not in "。，,；;）)\n ":
                continue
        start, end = m.start("num"), m.end("unit") if m.group("unit") else m.end("num")
        num = m.group("num")
        out.append(Quantity(value=Decimal(num), text=text[start:end], start=start, end=end, unit="分",
                            kind="count", decimals=len(num.split(".")[1]) if "." in num else 0, number_end=m.end("num")))
    return out


_CLAUSE_YEAR = lazy_compile(r"((?:19|20)\d{2})\s*年度?[^，,；;。：:\d]{0,14}$")


def score_year(text: str, score: Quantity) -> int | None:
    """The year the clause of a :func:`self_scores` score names before its label (``本项目2022年度
    自评得分95分``), None when it names none: a score of another year than the report's is last
    year's, quoted beside this year's, not a claim about this form."""
    norm = normalise(text)
    before = norm[max(0, score.start - 24):score.start]
    before = before[max(before.rfind(c) for c in "，,；;。：:") + 1:]
    m = _CLAUSE_YEAR.search(before.rstrip("为是：: "))
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class BudgetStatement:
    """`预算数为 40 万元，执行数为 40 万元` in a narrative."""

    budget: Quantity | None
    actual: Quantity | None
    # what the sentence says the budget is of, when it names something of its own
    # (``城乡居民地方配套资金`` in ``2020年城乡居民地方配套资金预算数为 4292 万元``), else ""
    subject: str = ""
    # the 执行率 the same sentence states beside them (``全年执行 228 万元，预算执行率 95%``)
    rate: Quantity | None = None
    # the 年初 budget, when the sentence names it beside the adjusted one or alone as 年初
    initial: Quantity | None = None
    # the actual read from a bare 执行 after the budget's clause (全年预算 50 万元，执行 48 万元):
    # most likely the year's spending, but the sentence does not say so in so many words
    bare_actual: bool = False


_BUDGET_LABEL = lazy_compile(r"(?:全年|年初|调整后|项目|全年调整后)?预算(?:数|金额|资金)$|(?:全年|年初|调整后)预算$")
# A verb of spending before a budget label makes the figure the money spent out of the budget
# (``共完成预算资金 47.95 万元``, ``使用预算资金``), not the budget itself.
_SPENT_VERBS = ("完成", "使用", "支出", "支付", "花费", "执行")
# ``项目支出全年预算 86.80 万元``: 支出 ending an expense line's name is a noun, the budget is that line's.
_EXPENSE_LINES = ("基本支出", "项目支出", "人员支出", "公用支出", "经营支出")
_BARE_ACTUAL = r"预算[^，,；;。]{0,16}[，,]\s*执行$"
# ``全年执行 228 万元``, ``累计支出…``, ``实际执行…``: a period word before a bare 执行 / 支出 makes it
# the amount spent (a bare ``支出`` after a noun, ``基本支出``, is an expense line, not the project's spending).
_ACTUAL_LABEL = lazy_compile(
    r"(?:实际)?执行(?:数|金额)(?:到位)?$|实际支出(?:数)?$|(?:全年|累计)(?:实际)?(?:执行|支出)$|实际执行$|"
    # a bare 执行 opening the clause after the budget's (全年预算 86.80 万元，执行 82.10 万元)
    rf"{_BARE_ACTUAL}")


# What every match of each label ends with (its last words before ``$``): a ``before`` that ends
# with none of them is not searched.
_BUDGET_ENDS = ("预算", "预算数", "预算金额", "预算资金")
_ACTUAL_ENDS = ("执行", "执行数", "执行金额", "到位", "支出", "支出数")
# A figure after one of these in its sentence is a part's (其中 / 包括 / 含).
_PART_WORDS = lazy_compile(r"其中|包括|含")


def mentions_budget(text: str) -> bool:
    """Whether ``text`` holds a word every budget or actual label ends with (预算, 执行, 支出):
    a cheap test that lets most sentences skip the figure and label search."""
    return "预算" in text or "执行" in text or "支出" in text


def statement_figures(text: str, start: int, end: int) -> tuple[Quantity, ...]:
    """``quantities(text[start:end])`` for a statement ``(start, end)`` of :func:`statements`,
    from the figures of the whole text (read once, by every reader of the paragraph) moved to
    the statement's offsets. A statement ends at a stop (。；！？), which no figure, unit or
    relation word holds: the figures it holds read alone are the whole text's figures that start
    in it. Not at a line break: a blank, over which a relation word before it reaches the figure
    after it (``不低于\n90%``) — a text holding one is read statement by statement."""
    if "\n" in text:
        return quantities(text[start:end])
    moved = []
    for q in quantities(text):
        if start <= q.start < end:
            moved.append(q if not start else Quantity(**{
                **q.__dict__, "start": q.start - start, "end": q.end - start, "number_end": q.number_end - start}))
    return tuple(moved)


def budget_statements(text: str, figures: tuple[Quantity, ...] | None = None) -> list[BudgetStatement]:
    """Budget and actual amounts a sentence states for a project.

    A sentence naming two budgets (`年初预算数 50 万元，调整后预算数 60 万元`) gives the adjusted
    or full-year one, the one the form uses; two of the same standing give none. ``figures``:
    ``quantities(text)``, when the caller has them (:func:`statement_figures`).
    """
    if not mentions_budget(text):
        return []
    norm = normalise(text)
    connectors = ["为", "是", "：", ":", "共", "合计", "达"]
    out: list[BudgetStatement] = []
    found = quantities(text) if figures is None else figures  # only read: no copy
    money = [q for q in found if q.is_money and q.relation is None]
    if not money:
        return out
    for s, e in statements(norm):
        budgets: list[tuple[str, Quantity]] = []
        actuals: list[tuple[str, Quantity]] = []
        for q in money:
            if not (s <= q.start < e):
                continue
            before = strip_end(norm[max(s, q.start - 20):q.start], connectors)
            # each label searched once, and only where ``before`` ends as one of its matches must
            # (``$`` also matches before a last line break)
            tail = before[:-1] if before.endswith("\n") else before
            budget_m = _BUDGET_LABEL.search(before) if tail.endswith(_BUDGET_ENDS) else None
            actual_m = None if budget_m else _ACTUAL_LABEL.search(before) if tail.endswith(_ACTUAL_ENDS) else None
            m = budget_m or actual_m
            if m and before[:m.start()].endswith(("比", "较", "与", "超", "占", "低于", "高于", "超过", "少于")):
                continue  # a comparison with the budget (`比年初预算数 9.25 万元`)
            if _PART_WORDS.search(norm, s, q.start):
                continue  # the budget of a part (`其中中央资金预算数 60 万元`)
            if m := budget_m:
                if before[:m.start()].endswith(_SPENT_VERBS) and not before[:m.start()].endswith(_EXPENSE_LINES):
                    actuals.append((m.group(0), q))  # 完成预算资金 X 万元: the money spent
                else:
                    budgets.append((m.group(0), q))
            elif m := actual_m:
                actuals.append((m.group(0), q))
        budget, actual = _one(budgets, ("调整后", "全年")), _one(actuals, ())
        if budget is not None or actual is not None:
            first = min((q for q in (budget, actual) if q is not None), key=lambda q: q.start)
            initials = [q for label, q in budgets if label.startswith("年初")]
            initial = initials[0] if len(initials) == 1 else None
            bare = any(q is actual and label.endswith(("，执行", ",执行")) for label, q in actuals)
            out.append(BudgetStatement(budget, actual, _subject(norm[s:first.start]), _rate(found, norm, s, e), initial,
                                       bare))
    return out


_RATE_LABEL = lazy_compile(r"(?:预算|资金|项目)?执行率(?:为|是|达到?|：|:)?$")


def _rate(quantities: list[Quantity], norm: str, s: int, e: int) -> Quantity | None:
    """The one 执行率 stated in ``norm[s:e]`` right after its label, none when a part's
    (``其中财政资金执行率…``) or when two are stated."""
    if "执行率" not in norm[s:e]:
        return None
    found = [q for q in quantities if s <= q.start < e and q.is_percent and q.relation is None
             and _RATE_LABEL.search(norm[max(s, q.start - 8):q.start].rstrip())
             and "其中" not in norm[s:q.start]]
    return found[0] if len(found) == 1 else None


_CLAUSE_END = "，,；;。：:"
_LABEL_START = lazy_compile(r"(?:全年|年初|调整后|项目)*(?:预算|执行|实际支出)")
# Words that name no budget of their own: the project itself, a year, the form's own row names.
_GENERIC_SUBJECT = lazy_compile(
    r"\d{4}\s*年度?|本年度?|当年|全年|年初|年度|调整后|本|该|此|其|我|项目|实际|总额|总|共|合计|的|"
    r"年度资金|财政资金|专项资金|资金|经费|财政|专项"
)


# A subject names a budget when it is a fund's or a project's name (it ends with one of these),
# not a verb of the sentence (``本项目共完成预算资金…``).
_FUND_NOUN = lazy_compile(r"(?:资金|经费|基金|专项|项目|补助|补贴|拨款)$")


def _subject(before: str) -> str:
    """The name of a fund the clause before a statement's first figure gives, label left out:
    ``2020 年城乡居民地方配套资金预算数为`` → ``2020年城乡居民地方配套资金``; ``""`` when it names
    nothing of its own (``项目全年预算数为``, ``本项目共完成预算资金``)."""
    cut = max(before.rfind(c) for c in _CLAUSE_END) + 1
    clause = before[cut:]
    m = _LABEL_START.search(clause)
    words = "".join((clause[:m.start()] if m else clause).split())
    if not _FUND_NOUN.search(words):
        return ""
    return words if len(_GENERIC_SUBJECT.sub("", words)) >= 2 else ""


def _one(found: list[tuple[str, Quantity]], preferred: tuple[str, ...]) -> Quantity | None:
    if len(found) == 1:
        return found[0][1]
    best = [q for label, q in found if label.startswith(preferred)] if preferred else []
    return best[0] if len(best) == 1 else None


def one_statement(paragraphs: Iterable[Block], other_period: Callable[[str], bool]) -> tuple[Block, int, BudgetStatement] | None:
    """The one statement of a year's budget and spending that ``paragraphs`` make: (its block,
    the offset of its sentence, the statement), when every statement of either figure agrees and
    none names a fund of its own (another fund's budget), a 年初 budget alone, or a sentence of
    ``other_period``; None when the prose states none, or two. Shared by the rules that read the
    narrative's budget against a 自评表 (C7xx) and against a denial of problems (B315)."""
    found = []
    for block in paragraphs:
        text = block.text.value
        if not mentions_budget(text):
            continue
        for s, e in statements(text):
            sentence = text[s:e]
            if not mentions_budget(sentence) or other_period(sentence):
                continue
            for st in budget_statements(sentence, statement_figures(text, s, e)):
                if st.subject or (st.budget is not None and st.budget is st.initial):
                    return None  # another fund's budget, or the 年初 one: not the year's own
                found.append((block, s, st))
    budgets = {st.budget.base_value for _, _, st in found if st.budget is not None}
    actuals = {st.actual.base_value for _, _, st in found if st.actual is not None}
    both = [(b, s, st) for b, s, st in found if st.budget is not None and st.actual is not None]
    if len(budgets) != 1 or len(actuals) != 1 or not both:
        return None
    return both[0]

