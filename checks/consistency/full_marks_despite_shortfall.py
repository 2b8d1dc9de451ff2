"""C722: an indicator given full marks whose shortfall the report itself states."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Indicator, SourceText
from perflint.text.normalise import compact

if TYPE_CHECKING:  # imported when the rule runs (cold start)
    from perflint.checks.boilerplate._facts import FormFacts

    from perflint.extract.stated_shortfalls import IndicatorShortfall

FULL_MARKS = Decimal(100)
_QUOTE = 30  # characters of the problem clause quoted


class FullMarksDespiteShortfall(Check):
    """## What it does
    Finds a 自评表 indicator scored at its full weight (or, on a form without a weight column,
    in a form that gives every point: 总分 100) while the same project's problems
    (`存在的问题`, `发现的问题及原因`, the form's `偏差原因分析`) say that this indicator's subject
    fell short (`统计查询功能滞后` against `数据统计工作 100% 100% 10`). A problem clause is tied to
    the one indicator whose name shares the most subject words with it (not the words every form
    uses, nor the project's own name); a clause that fits two indicators equally is left alone.
    Only actuals that are judgements count: words (`成效明显`) and rates given as the target met
    (`100%`, or `90%` under `≥90%`); a count, an amount or a rate measured past its target
    (`92.3%` under `≥90%`) is a fact a problem in the same work does not undo.

    ## Why is this bad?
    The report contradicts itself: one page says the work on this subject lagged, the form says
    it met its target in full. Either the actual value and the score are too high, or the problem
    is not what the text says; the finance bureau reads both and trusts neither.

    ## Example
    ```text
    某县档案馆2023年度档案数字化经费绩效自评报告
    存在的问题：档案检索功能滞后，部分字段无法查询。
    2023年度档案数字化经费项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 档案数字化页数 | ≥20万页 | 21万页 | 40 | 40 |
    | 产出指标 | 质量指标 | 档案检索服务 | 100% | 100% | 20 | 20 |
    ```

    ## Use instead
    ```text
    某县档案馆2023年度档案数字化经费绩效自评报告
    存在的问题：档案检索功能滞后，部分字段无法查询。
    2023年度档案数字化经费项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 档案数字化页数 | ≥20万页 | 21万页 | 40 | 40 |
    | 产出指标 | 质量指标 | 档案检索服务 | 100% | 90% | 20 | 18 |
    ```
    Give the indicator the actual value and score the problem leaves, and explain the deduction;
    or say why the problem did not touch this indicator.
    """

    doc_zh = """## 它检查什么
    查找自评表中得了满分（得分等于分值；表中没有分值列时，总分 100、处处满分）的三级指标，而同一项目的问题（“存在的问题”“发现的问题及原因”、表中的“偏差原因分析”）却说该指标所评的事项没有做到位（“统计查询功能滞后”对“数据统计工作 100% 100% 10”）。一条问题只归给与它共有主题词最多的那一个指标（各表通用的词、项目自身名称中的词不算）；同样贴近两个指标的问题不归给任何指标。只看属于判断的实际值：文字（“成效明显”）和写成“已达标”的比率（“100%”，或目标“≥90%”下的“90%”）；数量、金额以及超过目标的实测比率（目标“≥90%”下的“92.3%”）是事实，同一工作中的问题并不否定它。

    ## 为什么要改
    报告自相矛盾：正文说这件事做得滞后、不足，自评表却说它完全达到目标、得满分。要么实际值和得分填高了，要么问题写的不是实情；财政部门读到两处，哪一处都不会相信。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    按问题造成的差距填写该指标的实际值和得分，并说明扣分原因；或说明该问题为何不影响这一指标。
    """

    code = "C722"
    name = "full-marks-despite-stated-shortfall"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "满分指标却被自述为不足", "en": "Full marks on an indicator the report says fell short"}
    messages = {
        "full": {
            "zh": "三级指标“{indicator}”得满分（{score}），但报告所列问题称“{problem}”（第 {line} 行）："
                  "“{term}”正是该指标所评",
            "en": "indicator '{indicator}' scores full marks ({score}), but the report's problems say "
                  "'{problem}' (line {line}): '{term}' is what the indicator measures",
        },
        "see": {"zh": "所列问题", "en": "the stated problem"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        every = _forms(doc, ctx)
        # The screen: a form with a problem statement and an indicator at full marks on a judged
        # actual; only then is the linking module imported (cold start: most drafts stop here).
        todo = [(f, full) for f in every if f.problems or f.se.deviation
                if (full := _full_marks_of(f))]
        if not todo:
            return
        from perflint.extract.form_links import project_names
        from perflint.extract.stated_shortfalls import domain_pairs, link_shortfalls

        domain = domain_pairs([[ind.name for ind in f.se.indicators] for f in every])
        for facts, full in todo:
            sources = _problem_texts(facts)
            if not sources:
                continue
            names = [ind.name for ind in facts.se.indicators]
            links = link_shortfalls(names, [s.value[at:] for s, at in sources],
                                    project_names(facts.se), domain)
            done: set[int] = set()
            for t, link in links:
                if link.index in done or link.index not in full:
                    continue
                done.add(link.index)
                yield self._report(facts.se.indicators[link.index], sources[t], link)

    def _report(self, ind: Indicator, source: tuple[SourceText, int], link: IndicatorShortfall) -> Diagnostic:
        text, at = source
        where = text.locate(at + link.clause.start)
        quote = compact(link.clause.text)
        if len(quote) > _QUOTE:
            quote = quote[:_QUOTE] + "…"
        score = ind.score
        return self.diagnostic(
            "full", score.cell.text.locate(), related=[(where, "see")],
            indicator=compact(ind.name), score=compact(score.text), problem=quote,
            line=where.line, term=link.term)


def _forms(doc: Document, ctx: Context) -> list[FormFacts]:
    """Each 自评表 with the problems of its project, as the boilerplate family links them (one
    reading, cached per document: B301/B302 read the same)."""
    from perflint.checks.boilerplate._facts import form_facts

    return form_facts(doc, ctx)


def _problem_texts(facts: FormFacts) -> list[tuple[SourceText, int]]:
    """The texts that state the project's problems: each statement (from where it starts) and
    each cell of the form's 偏差原因分析 answer."""
    out = [(p.text, p.start) for p in facts.problems]
    if facts.se.deviation:
        out.extend((cell.text, 0) for cell in facts.deviation_answer)
    return out


def _judged(ind: Indicator) -> bool:
    """Whether the actual value is a judgement a stated problem can contradict: words (成效明显,
    达到预期) or a rate given as the target met (100%, or 90% under ≥90%). A count, an amount or a
    rate measured past its target (21万页 against ≥20万页, 92.3% against ≥90%) is a fact; a problem
    in the same work (扫描速度较慢, 检测能力不足) does not undo it."""
    fig = ind.actual
    if fig is None or not fig.text:
        return False
    q = fig.quantity
    if q is None:
        return not any(ch.isdigit() for ch in fig.text)  # 成效明显, not a count of a unit unread (21万页)
    if not (q.kind == "percent" or q.unit == "%"):
        return False
    # 100%, or the target's own figure written back (90% under ≥90%), is how a form says "met"
    # without measuring; a rate measured past its target (92.3% under ≥90%) is a fact like a count
    target = ind.target.quantity if ind.target is not None else None
    if q.value == FULL_MARKS or target is None or target.value is None:
        return True
    return q.value >= target.value if target.relation in ("≤", "<") else q.value <= target.value


def _full_marks_of(facts: FormFacts) -> set[int]:
    """The positions of the form's indicators at full marks (:func:`_full_marks`)."""
    missed = {id(m.indicator) for m in facts.misses}  # once per form, not once per indicator
    return {i for i, ind in enumerate(facts.se.indicators) if id(ind) not in missed and _full_marks(ind, facts)}


def _full_marks(ind: Indicator, facts: FormFacts) -> bool:
    """Whether the indicator, its target not missed (:func:`_full_marks_of` tells), got every
    point it could: its score equals its weight; on a form without weights, the form gives every
    point (总分 100, no score below its weight)."""
    if not _judged(ind):
        return False
    fig = ind.score
    if fig is None or fig.quantity is None or fig.quantity.relation is not None or fig.value is None:
        return False
    if fig.value <= 0:
        return False
    if ind.weight is not None:
        return fig.value == ind.weight
    se = facts.se
    totals = [f.value for f in (se.total, se.header_total) if f is not None and f.value is not None]
    return bool(totals) and all(v == FULL_MARKS for v in totals) and not facts.lost
