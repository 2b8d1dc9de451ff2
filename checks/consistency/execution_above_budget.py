"""C719: a 自评表 budget row that spent more than its full-year (adjusted) budget."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.selfeval import BudgetExecution
from perflint.model import Document

from ._forms import forms


def _above(row: BudgetExecution) -> bool:
    """Whether the row's 全年执行数 exceeds its 全年预算数 beyond the rounding of either.

    Read only on a form that shows the 年初预算数 beside the 全年预算数: there the budget column
    is the adjusted one, which by the form's rules takes in every source of the year's money
    (a form showing only 年初预算数 may well spend more after an adjustment)."""
    if row.initial is None or row.budget is None or row.actual is None \
            or row.initial.cell.text.locate() == row.budget.cell.text.locate():
        return False  # one budget column (the 年初预算数 read as the budget too): no adjusted budget shown
    b, a = row.budget.quantity, row.actual.quantity
    if b is None or a is None or b.value <= 0 or b.relation is not None or a.relation is not None:
        return False
    if b.unit != a.unit and b.unit is not None and a.unit is not None:
        return False
    slack = b.half_unit * b.scale + a.half_unit * a.scale
    return a.base_value > b.base_value + slack


def _filled_in_yuan(form, row: BudgetExecution) -> bool:
    """A figure filled in 元 under the form's 万元 (the row shows it): a unit slip, U401's, not
    money spent beyond the budget."""
    from perflint.extract.budget_scales import budget_scale_slip

    return budget_scale_slip(form, row) is not None


class ExecutionAboveBudget(Check):
    """## What it does
    Finds a 预算执行情况 row of a 自评表 whose 全年执行数 is larger than its 全年预算数 (an
    执行率 above 100%), on a form that shows the 年初预算数 beside the 全年预算数. Only the first
    such row of a form is reported (its 其中 rows repeat it). A figure filled in 元 under the
    form's 万元, shown 10⁴ too large by its row, is left to U401.

    ## Why is this bad?
    The 全年预算数 is the budget after every adjustment and takes in all the year's sources
    (当年拨款, 上年结转, 其他资金), so a project cannot spend more than it. An execution above it
    means an adjustment or a source left out of the budget column, or the actual copied from
    another row, and the budget-execution score computed from it is not the form's.

    ## Example
    ```text
    某县茶产业服务中心2023年度部门整体支出绩效自评表
    | 预算资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
    | 年度资金总额 | 210.40 | 210.40 | 218.75 | 10 | 103.97% | 10 |
    ```

    ## Use instead
    ```text
    某县茶产业服务中心2023年度部门整体支出绩效自评表
    | 预算资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
    | 年度资金总额 | 210.40 | 218.75 | 218.75 | 10 | 100% | 10 |
    ```
    The 全年预算数 includes the 8.35 万元 added during the year.
    """

    doc_zh = """## 它检查什么
    在同时列出“年初预算数”和“全年预算数”的自评表中，查找“预算执行情况”一行全年执行数大于全年预算数（执行率超过 100%）的情况。每张表只报告第一行（其下的“其中”行是它的重复）。在万元表中以元填列、由本行可见大了 10⁴ 倍的数字交由 U401 报告。

    ## 为什么要改
    全年预算数是经过各次调整后的预算，包含当年的全部资金来源（当年拨款、上年结转、其他资金），项目不可能花得比它多。执行数超过它，说明预算调整或某项资金来源没有填进预算数栏，或执行数抄自别的行；据此算出的预算执行得分也不是表格规定的得分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    全年预算数应包含年中追加的 8.35 万元。
    """

    code = "C719"
    name = "execution-above-budget"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "全年执行数超过全年预算数", "en": "Full-year actual above the full-year budget"}
    messages = {
        "above": {
            "zh": "“{item}”全年执行数 {actual} 超过全年预算数 {budget}：调整后的全年预算数应包含全部资金来源，执行数不应超过它",
            "en": "'{item}' spent {actual}, more than its full-year budget {budget}: the adjusted budget "
                  "takes in every source of the year's money, so the actual cannot exceed it",
        },
        "budget": {"zh": "全年预算数", "en": "full-year budget"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            row = next((r for r in form.budget if _above(r) and not _filled_in_yuan(form, r)), None)
            if row is None:
                continue
            assert row.actual is not None and row.budget is not None
            yield self.diagnostic(
                "above", row.actual.cell.text.locate(), related=[(row.budget.cell.text.locate(), "budget")],
                item=row.item.rstrip("：:") or "年度资金总额", actual=row.actual.text, budget=row.budget.text,
            )
