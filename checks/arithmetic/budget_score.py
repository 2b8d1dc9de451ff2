"""A122: a budget-execution score that is not weight × 执行率."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, percent_of, score_decimals, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document


class BudgetScoreMismatch(Check):
    """## What it does
    Checks the 预算执行 score of a 自评表: it must equal the weight printed in the header
    (10 or 20 分) × 执行率, and never exceed the weight (a rate above 100% earns the weight).
    A form without a rate is scored on 执行数 ÷ 预算数. A score above weight × 执行率 is an
    error; one below it is a warning (a province may round down to whole points or score in
    bands), and so is a weight or a score above 30 (the form's total misplaced in the row). A part row
    that repeats its own 分值 and 得分 (a 部门整体 form's `基本支出 | 985 | 915 | 10 | 10`, even when
    the page wrapped the row before them) is scored by the same rule; its score counts toward no
    total, so only one above weight × its own 执行率 is reported, as a warning.

    ## Why is this bad?
    财政部's scoring rule (得分 = 分值 × 执行率) is printed on the form itself; a budget score
    that ignores it inflates the total.

    ## Example
    ```text
    某县文化馆2023年度群众文艺培训项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 27 | 90% | 10 |
    ```
    10 × 90% = 9.

    ## Use instead
    ```text
    某县文化馆2023年度群众文艺培训项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 27 | 90% | 9 |
    ```
    """

    doc_zh = """## 它检查什么
    核对自评表的预算执行得分：应等于表头所印分值（10 分或 20 分）× 执行率，且不得超过分值（执行率超过 100% 时得满分）。表中没有执行率时，按执行数 ÷ 预算数计算。得分高于分值 × 执行率为 error；低于它为 warning（有的省份按整分向下取整或分档计分），分值或得分大于 30（把全表的总分值或总分读进了这一行）也是 warning。分项行自己也填了分值和得分的（部门整体自评表的“基本支出 | 985 | 915 | 10 | 10”，即使该行在分值前被分页折行），按同一规则计分；分项得分不计入总分，只有高于分值 × 本行执行率的才报告，为 warning。

    ## 为什么要改
    “得分 = 分值 × 执行率”是印在表上的计分规则；不按规则打的预算执行得分会抬高总分。

    ## 示例
    {example}
    10 × 90% = 9。

    ## 应改为
    {use_instead}
    """

    code = "A122"
    name = "budget-score-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "预算执行得分不等于分值×执行率", "en": "Budget score is not weight × execution rate"}
    messages = {
        "mismatch": {
            "zh": "预算执行得分 {stated} 与分值×执行率不符：{weight} × {rate}% = {computed}",
            "en": "budget-execution score {stated} ≠ weight × execution rate: {weight} × {rate}% = {computed}",
        },
        "rate": {"zh": "执行率", "en": "execution rate"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            # the form's own precision: a whole 10 on a form that scores 8.33 or totals 98.03 is
            # no rounding of 9.70 to whole points
            form_half = Decimal(5) * Decimal(10) ** (-(score_decimals(form) + 1))
            for row in form.budget:
                if row.own_score is not None:
                    yield from self._own_score(row, form_half)
                if row.weight is None or not (row.score and row.score.quantity):
                    continue
                rate = self._rate(row)
                if rate is None:
                    continue
                rate_value, rate_err = rate
                expected = min(row.weight, row.weight * rate_value / 100)
                stated = row.score.quantity
                rate_slack = row.weight * rate_err / 100
                if abs(stated.value - expected) <= rate_slack + min(stated.half_unit, form_half):
                    continue
                severity = _severity(row.weight, stated.value, expected)
                if abs(stated.value - expected) <= rate_slack + stated.half_unit:
                    severity = Severity.warning  # off only at the form's precision: a person judges
                yield self.diagnostic(
                    "mismatch", where(row.score), severity=severity, related=[(where(row.rate or row.actual), "rate")],
                    stated=row.score.text, weight=shown(row.weight, places=0) if row.weight == row.weight.to_integral() else str(row.weight),
                    rate=shown(rate_value, row.rate), computed=shown(expected, places=2),
                )

    def _own_score(self, row, form_half: Decimal) -> Iterator[Diagnostic]:
        """A part row (基本支出, 其中：财政拨款) that repeats its own 分值 and 得分: its score counts
        toward no total, so only one above weight × its own 执行率 is reported, as a warning."""
        assert row.own_weight is not None and row.own_score is not None
        weight, stated = row.own_weight.quantity, row.own_score.quantity
        rate = self._rate(row)
        if rate is None or weight is None or stated is None or not 0 < weight.value <= _BUDGET_WEIGHT_MAX:
            return
        rate_value, rate_err = rate
        expected = min(weight.value, weight.value * rate_value / 100)
        if stated.value - expected <= weight.value * rate_err / 100 + min(stated.half_unit, form_half):
            return
        yield self.diagnostic(
            "mismatch", where(row.own_score), severity=Severity.warning, related=[(where(row.rate or row.actual), "rate")],
            stated=row.own_score.text, weight=row.own_weight.text.strip(),
            rate=shown(rate_value, row.rate), computed=shown(expected, places=2),
        )

    @staticmethod
    def _rate(row) -> tuple[Decimal, Decimal] | None:
        if row.rate is not None and row.rate.quantity is not None and row.rate.quantity.is_percent:
            return row.rate.quantity.value, row.rate.quantity.half_unit
        if row.budget and row.actual:
            return percent_of(row.actual, row.budget)
        return None


# 预算执行 carries 10 or 20 分 on the national forms; a few provinces print 5, 15 or 30
_BUDGET_WEIGHT_MAX = Decimal(30)


def _severity(weight: Decimal, stated: Decimal, expected: Decimal) -> Severity | None:
    """An inflated score on a budget-execution weight is certainly wrong: no scoring rule gives more
    than weight × 执行率 (error). A score *below* it may follow a stricter provincial rule (whole
    points rounded down, bands such as 执行率 95%–100% scoring 9 of 10, deductions for 预算调整),
    and a weight above any budget-execution weight (100), or a score above one (99), is the form's
    total misplaced into the row, or a misread table: likely, not certain, so a warning."""
    if stated < expected or weight > _BUDGET_WEIGHT_MAX or stated > _BUDGET_WEIGHT_MAX:
        # a score above any budget weight (99 on a 10-point row) is no inflated score either: a
        # cell from elsewhere (the form's 总分) read into the row, or a row whose cells were lost
        return Severity.warning
    return None
