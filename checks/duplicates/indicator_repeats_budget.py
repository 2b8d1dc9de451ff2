"""D207: an unnamed indicator row that repeats the form's budget figures."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.selfeval import Figure
from perflint.model import Document

from ._indicators import forms


def _amount(fig: Figure | None):
    q = fig.quantity if fig is not None else None
    if q is None or q.kind == "percent" or q.value == 0:
        return None
    return q.value


class IndicatorRepeatsBudget(Check):
    """## What it does
    Finds an indicator row of a 自评表 with no 三级指标 name whose target and actual are the
    form's own 预算数 and 执行数 (`数量指标  27  27` under a budget row `27  27  100%`).

    ## Why is this bad?
    The budget is scored in its own block. An output slot filled with the same money has no
    indicator at all: nothing the project produced is measured there, yet the slot is scored.

    ## Example
    ```text
    某县司法局2023年度普法宣传项目绩效自评表
    | 预算执行情况（万元）（20分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 35 | 35 | 100% | 20 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |
    | 产出指标（80分） | 数量指标 |  | 35 | 35 | 80 |
    ```

    ## Use instead
    ```text
    某县司法局2023年度普法宣传项目绩效自评表
    | 预算执行情况（万元）（20分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 35 | 35 | 100% | 20 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |
    | 产出指标（80分） | 数量指标 | 普法讲座场次 | ≥40场 | 46场 | 80 |
    ```
    Name an output of the project (培训人次, 检查次数 …) with its target and result.
    """

    doc_zh = """## 它检查什么
    查找自评表中没有三级指标名称、其目标值和实际值恰是本表预算数和执行数的指标行（预算行为“35  35  100%”之下的“数量指标  35  35”）。

    ## 为什么要改
    预算在自己的栏目里计分。用同一笔钱填充产出栏，等于那一栏没有指标：项目产出了什么没有衡量，却照样计分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    写出项目的一项产出（培训人次、检查次数……）及其目标和结果。
    """

    code = "D207"
    name = "indicator-repeats-budget"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "无名称的指标行重复预算执行数", "en": "Unnamed indicator row repeats the budget figures"}
    messages = {
        "repeats": {
            "zh": "“{slot}”行没有三级指标名称，其目标值 {target} 和实际值 {actual} 只是重复了预算数和执行数",
            "en": "the “{slot}” row has no indicator name; its target {target} and actual {actual} just repeat "
                  "the budget and the amount spent",
        },
        "budget": {"zh": "预算执行情况", "en": "budget execution"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for se in forms(doc, ctx):
            budgets = [(b, _amount(b.budget), _amount(b.actual)) for b in se.budget]
            budgets = [x for x in budgets if x[1] is not None and x[2] is not None]
            for ind in se.indicators:
                if (ind.name or "").strip():
                    continue
                target, actual = _amount(ind.target), _amount(ind.actual)
                if target is None or actual is None:
                    continue
                for b, budget, spent in budgets:
                    if (target, actual) == (budget, spent):
                        cell = ind.target.cell
                        related = [(b.budget.cell.text.locate(), "budget")]
                        yield self.diagnostic("repeats", cell.text.locate(), related=related,
                                              slot=ind.level2 or ind.level1 or "指标",
                                              target=ind.target.text, actual=ind.actual.text)
                        break
