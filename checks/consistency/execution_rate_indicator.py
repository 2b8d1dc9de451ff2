"""C734: an indicator 预算执行率 whose actual is not the form's own 执行数 ÷ 预算数."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import BudgetExecution, Document, Indicator, SelfEvaluation
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, fmt
from perflint.text.patterns import compile_pattern

from ._forms import forms


@cache
def _rate_name() -> re.Pattern[str]:
    return compile_pattern(data.load("consistency")["execution_rate_indicator"])


def _total_row(form: SelfEvaluation) -> BudgetExecution | None:
    """The form's 年度资金总额 row with a 预算数 and an 执行数 read as figures (the total row, or
    the one row a form without 其中 rows has)."""
    rows = [r for r in form.budget if r.role == "total"] or [r for r in form.budget if r.role == ""][:1]
    for row in rows:
        if row.budget is not None and row.actual is not None \
                and row.budget.quantity is not None and row.actual.quantity is not None:
            return row
    return None


def _bounds(actual: Quantity, budget: Quantity) -> tuple[Decimal, Decimal] | None:
    """The execution rate (in %) the two figures allow, each read as ± half a unit of its last
    digit (a figure shown to d decimals stands for an interval)."""
    a, b = actual.base_value, budget.base_value
    ha, hb = actual.half_unit * actual.scale, budget.half_unit * budget.scale
    if b - hb <= 0:
        return None
    return (a - ha) / (b + hb) * 100, (a + ha) / (b - hb) * 100


def _stated(ind: Indicator) -> Quantity | None:
    """The indicator's actual as a plain percentage (``99%``, ``100.00%``), not a bound."""
    if ind.actual is None or ind.actual.quantity is None:
        return None
    q = ind.actual.quantity
    return q if q.kind == "percent" and q.relation is None else None


class ExecutionRateIndicator(Check):
    """## What it does
    Compares the actual of a 自评表 indicator that restates the form's budget execution (its
    三级指标 named `预算执行率`, `资金执行率`, `预算资金执行率`, `资金支出率`) with the rate the
    same form's 年度资金总额 row gives: 执行数 ÷ 全年预算数, each figure read as ± half a unit of its
    last digit. An indicator written as a bound (`≥90%`) is B308's; a form whose own 执行率 cell
    disagrees with its figures is A121's, and an indicator that repeats that cell is left to it.

    ## Why is this bad?
    The execution rate is measured once, in the form's budget block; an indicator that reports
    another figure (the target copied, or last year's) overstates the spending, and usually
    takes full marks for a target the money did not reach.

    ## Example
    ```text
    某县园林局2023年度城区绿地养护项目支出绩效自评表
    | 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
    | 年度资金总额 | 3000 | 3000 | 2820 | 10 | 94% | 9.4 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 养护面积 | ≥750万平方米 | 760万平方米 | 40 | 40 |
    | 产出指标 | 质量指标 | 预算执行率 | ≥95% | 99% | 10 | 10 |
    | 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 92% | 40 | 40 |
    | 总分 | | | | | 100 | 99.4 |
    ```
    2820 ÷ 3000 = 94%, not 99%.

    ## Use instead
    ```text
    某县园林局2023年度城区绿地养护项目支出绩效自评表
    | 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
    | 年度资金总额 | 3000 | 3000 | 2820 | 10 | 94% | 9.4 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 养护面积 | ≥750万平方米 | 760万平方米 | 40 | 40 |
    | 产出指标 | 质量指标 | 预算执行率 | ≥95% | 94% | 10 | 9.89 |
    | 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 92% | 40 | 40 |
    | 总分 | | | | | 100 | 99.29 |
    ```
    """

    doc_zh = """## 它检查什么
    把自评表中复述本表预算执行情况的指标（三级指标名为“预算执行率”“资金执行率”“预算资金执行率”“资金支出率”）的实际完成值，与同一张表“年度资金总额”一行给出的执行率（执行数 ÷ 全年预算数，每个数按末位正负半个单位计）比较。写成界限（“≥90%”）的属于 B308；表中“执行率”一栏本身与数字不符的属于 A121，指标照抄该栏的也交由 A121 报告。

    ## 为什么要改
    执行率只在预算执行情况一栏测算一次；指标另报一个数（照抄目标值或上年数），就夸大了支出进度，往往还为资金并未达到的目标记了满分。

    ## 示例
    {example}
    2820 ÷ 3000 = 94%，不是 99%。

    ## 应改为
    {use_instead}
    """

    code = "C734"
    name = "execution-rate-indicator"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "预算执行率指标与本表执行率不符", "en": "Execution-rate indicator differs from the form's rate"}
    messages = {
        "differs": {
            "zh": "指标“{name}”实际完成值 {stated}，而本表执行数 ÷ 预算数 = {actual} ÷ {budget} = {rate}%",
            "en": "indicator '{name}' reports {stated}, while the form's actual ÷ budget = {actual} ÷ {budget} = {rate}%",
        },
        "row": {"zh": "预算执行情况", "en": "budget execution"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            candidates = [ind for ind in form.indicators if _rate_name().match(compact(ind.name or ""))]
            if not candidates:
                continue
            row = _total_row(form)
            if row is None:
                continue
            actual, budget = row.actual.quantity, row.budget.quantity  # type: ignore[union-attr]
            bounds = _bounds(actual, budget)  # type: ignore[arg-type]
            if bounds is None:
                continue
            lo, hi = bounds
            cell_rate = row.rate.quantity if row.rate is not None else None
            for ind in candidates:
                q = _stated(ind)
                if q is None:
                    continue
                if cell_rate is not None and cell_rate.kind == "percent" and cell_rate.value == q.value:
                    continue  # the form's own 执行率 cell, repeated: A121 judges that cell
                if q.value + q.half_unit >= lo and q.value - q.half_unit <= hi:
                    continue
                rate = actual.base_value / budget.base_value * 100  # type: ignore[union-attr]
                yield self.diagnostic(
                    "differs", ind.actual.cell.text.locate(),  # type: ignore[union-attr]
                    related=[(row.row.cells[0].text.locate(), "row")],
                    name=ind.name, stated=ind.actual.text, actual=row.actual.text,  # type: ignore[union-attr]
                    budget=row.budget.text, rate=fmt(rate, 2))  # type: ignore[union-attr]
