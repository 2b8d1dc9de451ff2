"""A125: weights of a 自评表 that do not add up to 100."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import table_ends_text, text_ends_after
from perflint.extract.selfeval import groups_trusted
from perflint.model import Document


class WeightsNotHundred(Check):
    """## What it does
    Adds the budget-execution weight and the weights of the indicator groups (产出指标（50分）,
    效益指标（30分）, 满意度指标（10分）…) when the form shows all of them, and checks that they
    make 100. A form with a weight per indicator and no group weights is reported when the
    budget weight and the indicator weights make more than 100 (a reading may miss a row,
    never add one, so a sum above 100 is certain), or less than 100 where the 总分 row states
    the 分值 column's total before the score (`总分 | 90 | 89.9`) and the weights read add up to
    it: the form itself says no row is missing. A 总分 row whose 分值 total is not 100 and not
    the sum of the weights (`合计 | 110 | 96.4` over weights that make 100) is reported there: an
    error when the weights make more than it or make 100, else a warning (a row may be missed).
    A group whose label states its weight (`产出指标（50分）`, or the evaluation frameworks'
    `投入（20分）`, `过程（30分）` …) is checked against the weights of its indicators when each
    shows one. A form with no budget-execution block (the 部门整体 评分表, whose 预算完成率 is an
    indicator of 过程) is reported when its group weights, or else its indicators' weights,
    make more than 100.

    ## Why is this bad?
    The 自评表 is scored out of 100; weights that make 90 or 110 make every total meaningless.

    ## Example
    ```text
    某县农技站2023年度农技推广项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 30 | 100% | 10 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值（A） | 实际完成值（B） | 得分 |
    | 产出指标（50分） | 数量指标 | 培训期数 | ≥10期 | 12期 | 25 |
    |  | 质量指标 | 培训合格率 | ≥90% | 92% | 25 |
    | 效益指标（30分） | 社会效益指标 | 受训农户增收户数 | ≥100户 | 120户 | 30 |
    | 总分 | 90 |
    ```
    10 + 50 + 30 = 90.

    ## Use instead
    ```text
    某县农技站2023年度农技推广项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 30 | 100% | 10 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值（A） | 实际完成值（B） | 得分 |
    | 产出指标（60分） | 数量指标 | 培训期数 | ≥10期 | 12期 | 30 |
    |  | 质量指标 | 培训合格率 | ≥90% | 92% | 30 |
    | 效益指标（30分） | 社会效益指标 | 受训农户增收户数 | ≥100户 | 120户 | 30 |
    | 总分 | 100 |
    ```
    """

    doc_zh = """## 它检查什么
    自评表同时列出预算执行分值和各一级指标分值（产出指标（50分）、效益指标（30分）、满意度指标（10分）……）时，把它们相加，核对是否等于 100。只有每个指标的分值、没有一级指标分值的表，预算执行分值与各指标分值之和超过 100 时报告（读表可能漏行，不会多行，所以超过是确定的）；总分行在得分前写出分值合计（“总分 | 90 | 89.9”）、且读到的分值加起来正等于它时，少于 100 也报告：表格自己说明没有漏行。总分行的分值合计既不是 100、也不等于各项分值之和（“合计 | 110 | 96.4”而各项分值之和为 100）时，在该格报告：各项分值之和大于它或等于 100 时为 error，否则为 warning（可能漏读了一行）。一级指标标签写明分值的（“产出指标（50分）”，或评价框架的“投入（20分）”“过程（30分）”……），在其下每个指标都有分值时，核对这些分值之和是否等于该项分值。没有预算执行部分的表（部门整体评分表，预算完成率是“过程”下的一个指标），一级指标分值之和（没有一级指标分值时为各指标分值之和）超过 100 时报告。

    ## 为什么要改
    自评表满分 100；分值加起来是 90 或 110，所有得分就都失去了意义。

    ## 示例
    {example}
    10 + 50 + 30 = 90。

    ## 应改为
    {use_instead}
    """

    code = "A125"
    name = "weights-not-100"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "权重之和不等于100", "en": "Weights do not add up to 100"}
    messages = {
        "mismatch": {"zh": "权重之和 {terms} = {total}，不等于 100", "en": "weights add up to {terms} = {total}, not 100"},
        "stated_total": {
            "zh": "总分行的分值合计为 {stated}，不等于 100，而各项分值之和 {terms} = {total}",
            "en": "the 总分 row states a weight total of {stated}, not 100, while the weights add up to {terms} = {total}",
        },
        "first": {"zh": "第一项分值", "en": "first weight"},
        "group": {
            "zh": "“{group}”各项分值之和 {terms} = {total}，不等于该项分值 {weight}",
            "en": "the weights under \"{group}\" add up to {terms} = {total}, not its weight {weight}",
        },
        "last": {"zh": "该项最后一个指标", "en": "the group's last indicator"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            yield from self._groups(doc, form)
            if not form.budget:
                yield from self._without_budget(form)
                continue
            weights = [b.weight for b in form.budget[:1] if b.weight is not None]
            groups = {i.level1 for i in form.indicators if i.level1}
            if weights and (not form.level1_weights or groups - set(form.level1_weights)):
                yield from self._per_indicator(form, weights[0])
                continue
            if not weights or not form.level1_weights or groups - set(form.level1_weights):
                continue
            weights += list(form.level1_weights.values())
            total = sum(weights, Decimal(0))
            if total < 100 and form.total is None and _ends_text(doc, form):
                continue  # the text stops inside the form, before its 总分 row: groups are past the cut
            if total != 100:
                yield self.diagnostic(
                    "mismatch", where(form.budget[0].score or form.budget[0].budget),
                    terms=" + ".join(shown(w, places=0) for w in weights), total=shown(total, places=0),
                )

    def _per_indicator(self, form, budget_weight: Decimal) -> Iterator[Diagnostic]:
        """Forms with a 分值 per indicator and no group weights: the budget weight and the
        indicator weights must make 100. A reading may miss a row, never add one, so a sum
        above 100 is certain, and a sum under 100 only where the 总分 row states the 分值
        column's total and the weights read add up to it (no row was missed)."""
        indicator_weights = [i.weight for i in form.indicators if i.weight is not None]
        if len(indicator_weights) < 2 or len(indicator_weights) != len(form.indicators):
            return
        total = budget_weight + sum(indicator_weights, Decimal(0))
        stated = form.weight_total.value if form.weight_total is not None else None
        terms = " + ".join(shown(w, places=0) for w in [budget_weight, *indicator_weights])
        head = form.budget[0]
        first = head.weight_figure or head.score or head.budget
        if stated is not None and stated != 100 and stated != total:
            # the 总分 row's 分值 total is not 100 and not its rows' sum: certain when the rows
            # make more than it (a reading never adds a row) or make 100 (then a row the reading
            # missed would make the form's weights other than 100 all the same)
            yield self.diagnostic(
                "stated_total", where(form.weight_total), related=[(where(first), "first")] if first else [],
                severity=Severity.error if total > stated or total == 100 else None,
                stated=shown(stated, places=0), terms=terms, total=shown(total, places=0),
            )
            return
        if total == 100 or total < 100 and stated != total:
            return
        if first is None:
            return
        yield self.diagnostic("mismatch", where(first), terms=terms, total=shown(total, places=0))


    def _groups(self, doc: Document, form) -> Iterator[Diagnostic]:
        """Each group whose label states its weight (``产出指标（50分）``, ``投入（20分）``) against
        the weights of its indicators, when every one of them shows its 分值. A sum above the
        group's weight is certain (a reading never adds a row); one below it, only where the
        form reaches its 总分 row or the text goes on past it (an excerpt may stop inside the
        group). Only where every group the rows were read under states its weight: a row under a
        group without one (``成本指标`` read as a group where the older template makes it a 二级指标
        of 产出指标) says the reading of the groups is not certain."""
        if not form.level1_weights or {i.level1 for i in form.indicators} - set(form.level1_weights) \
                or not groups_trusted(form):
            return
        for group, weight in form.level1_weights.items():
            rows = [i for i in form.indicators if i.level1 == group]
            if len(rows) < 2 or any(i.weight is None or i.score is None for i in rows):
                continue
            total = sum((i.weight for i in rows), Decimal(0))
            if total == weight or total < weight and form.total is None and _ends_text(doc, form):
                continue
            yield self.diagnostic(
                "group", where(rows[0].score), related=[(where(rows[-1].score), "last")],
                group=group, weight=shown(weight, places=0),
                terms=" + ".join(shown(i.weight, places=0) for i in rows), total=shown(total, places=0),
            )

    def _without_budget(self, form) -> Iterator[Diagnostic]:
        """A form with no budget-execution block (the 部门整体 评分表, whose 预算执行 is an
        indicator of 过程): its group weights, or else its indicators' weights, make 100.
        Only a sum above 100 is reported: a budget block the reading missed would make a sum
        under 100 right."""
        groups = {i.level1 for i in form.indicators if i.level1}
        if form.level1_weights and not groups - set(form.level1_weights):
            weights = list(form.level1_weights.values())
            first = next((i.score for i in form.indicators if i.score is not None), None)
        else:
            weights = [i.weight for i in form.indicators]
            if len(weights) < 2 or None in weights:
                return
            first = form.weight_total or next((i.score for i in form.indicators if i.score is not None), None)
        total = sum(weights, Decimal(0))
        if total > 100 and first is not None:
            yield self.diagnostic("mismatch", where(first), terms=" + ".join(shown(w, places=0) for w in weights),
                                  total=shown(total, places=0))


def _ends_text(doc: Document, form) -> bool:
    """Whether the text ends inside ``form``: past its table, or, for a form read from a stream
    of cells (no table of its own), past the last line its rows were read from."""
    if form.table.kind != "stream":
        return table_ends_text(doc, form.table)
    lines = [c.text.locate().line for i in form.indicators for c in i.row.cells]
    lines += [c.text.locate().line for b in form.budget for c in b.row.cells]
    return bool(lines) and text_ends_after(doc, max(lines))
