"""C714: a cost indicator whose actual is more money than the form says was spent."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.selfeval import Indicator, SelfEvaluation
from perflint.model import Document
from perflint.text.numbers import Quantity

from ._forms import forms

_COST_WORDS = ("成本", "费用", "经费", "资金")


def _is_cost(ind: Indicator) -> bool:
    return ind.level1.startswith("成本") or "成本" in ind.level2 or any(w in ind.name for w in _COST_WORDS)


def _spent(form: SelfEvaluation) -> tuple[Quantity, object] | None:
    """The form's 全年执行数: the 年度资金总额 row's actual, in money."""
    for row in form.budget:
        if row.role in ("total", "") and row.actual is not None and row.actual.quantity is not None \
                and row.actual.quantity.is_money:
            return row.actual.quantity, row.actual
    return None


class CostAboveSpending(Check):
    """## What it does
    Compares the actual of a 自评表 cost indicator (成本指标, or an indicator named for a cost)
    written in money with the 全年执行数 of the same form.

    ## Why is this bad?
    The project cannot have cost more than the money it spent; an actual above the 全年执行数
    is usually the budget copied into the actual column, and it hides an under-spent budget.

    ## Example
    ```text
    某县公路局2023年度农村公路养护项目绩效自评表
    | 预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
    | 年度资金总额 | 150万 | 150万 | 125.25万 | 10 | 83.5% | 8.35 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 成本指标 | 养护成本 | ≤150万元 | 150万元 | 10 | 10 |
    ```
    The actual cost is 150 万元 while the form spent 125.25 万元.

    ## Use instead
    ```text
    某县公路局2023年度农村公路养护项目绩效自评表
    | 预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
    | 年度资金总额 | 150万 | 150万 | 125.25万 | 10 | 83.5% | 8.35 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 成本指标 | 养护成本 | ≤150万元 | 125.25万元 | 10 | 10 |
    ```
    Write the actual cost (at most 125.25 万元).
    """

    doc_zh = """## 它检查什么
    把自评表中以金额表示的成本指标（“成本指标”或以成本命名的指标）的实际完成值，与同一张表的“全年执行数”比较。

    ## 为什么要改
    项目的成本不可能超过它实际花掉的钱；实际值超过全年执行数，通常是把预算数抄进了实际完成栏，还掩盖了预算没有花完的事实。

    ## 示例
    {example}
    养护成本实际 150 万元，而全年只执行了 125.25 万元。

    ## 应改为
    {use_instead}
    写出实际成本（至多 125.25 万元）。
    """

    code = "C714"
    name = "cost-above-spending"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "成本指标实际值超过全年执行数", "en": "Cost indicator above the money spent"}
    messages = {
        "above": {
            "zh": "成本指标“{name}”实际完成值 {actual}，超过本表全年执行数 {spent}",
            "en": "cost indicator '{name}' reports {actual}, more than the form's full-year actual {spent}",
        },
        "spent": {"zh": "全年执行数", "en": "full-year actual"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            spent = _spent(form)
            if spent is None:
                continue
            spent_q, spent_fig = spent
            for ind in form.indicators:
                if not _is_cost(ind) or ind.actual is None or ind.actual.quantity is None:
                    continue
                q = ind.actual.quantity
                if not q.is_money or q.relation is not None:
                    continue
                slack = q.half_unit * q.scale + spent_q.half_unit * spent_q.scale
                if q.base_value > spent_q.base_value + slack:
                    yield self.diagnostic(
                        "above", ind.actual.cell.text.locate(), related=[(spent_fig.cell.text.locate(), "spent")],
                        name=ind.name or ind.level2 or "成本", actual=ind.actual.text, spent=spent_fig.text,
                    )
