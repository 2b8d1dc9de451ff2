"""C733: the projects a summary lists as carrying targets do not hold its budget's 项目支出."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.model import Document
from perflint.text.numbers import fmt


class ListedProjectsAgainstBudget(Check):
    """## What it does
    Reads, in one self-evaluation report, the statement that splits the year's budget into
    基本支出 and 项目支出 (`部门预算总金额 803.74 万元，其中：基本支出 757.49 万元，项目支出 46.25 万元`)
    and the statement that counts the projects carrying performance targets and gives their
    money (`本单位共有 2 个项目批复了绩效目标，项目金额 46.00 万元`). When the report states each
    once and the two amounts differ by more than rounding, the difference is reported. A
    statement of spending, of a change or of another year, and projects of another fund or of a
    higher level's transfer, are not read; a 部门决算 (whose project figures are spending) is left
    alone.

    ## Why is this bad?
    Once performance management covers all spending, every project of the budget carries
    targets: the listed projects' money is the budget's 项目支出 written a second time. A
    difference means a project (or part of one) is missing from the list, or one of the figures
    is wrong; the report should say which.

    ## Example
    ```text
    某县水利服务中心2023年整体和项目支出绩效自评总结报告
    部门预算总金额 520.30 万元，其中：基本支出 480.10 万元，项目支出 40.20 万元。
    本单位共有 1 个项目批复了绩效目标，项目金额 40.00 万元。
    ```

    ## Use instead
    ```text
    某县水利服务中心2023年整体和项目支出绩效自评总结报告
    部门预算总金额 520.30 万元，其中：基本支出 480.10 万元，项目支出 40.20 万元。
    本单位共有 1 个项目批复了绩效目标，项目金额 40.20 万元。
    ```
    """

    doc_zh = """## 它检查什么
    在同一份自评报告中，读取把年度预算分为基本支出和项目支出的句子（“部门预算总金额 803.74 万元，其中：基本支出 757.49 万元，项目支出 46.25 万元”）和列出批复了绩效目标的项目及其金额的句子（“本单位共有 2 个项目批复了绩效目标，项目金额 46.00 万元”）。两句各只出现一次、两个金额相差超过尾数误差时报告。讲支出、增减或其他年度的句子，其他资金或上级转移支付的项目，不读取；部门决算（其项目数字是支出数）不检查。

    ## 为什么要改
    预算绩效管理全覆盖后，预算中的每个项目都有绩效目标：所列项目的金额就是预算中的项目支出再写一遍。两者不一致，说明清单漏了项目（或项目的一部分），或其中一个数字有误，报告应说明是哪一种。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C733"
    name = "listed-projects-against-budget"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "所列项目金额与预算中的项目支出不一致", "en": "Listed projects' money differs from the budget's 项目支出"}
    messages = {
        "mismatch": {
            "zh": "所列批复绩效目标的项目金额 {listed}，而预算中的项目支出为 {budget}（第 {line} 行），相差 {diff}，文中未说明",
            "en": "the projects listed with targets hold {listed}, but the budget's 项目支出 is {budget} (line {line}): "
                  "{diff} apart, with no reason given",
        },
        "budget": {"zh": "预算中的项目支出", "en": "the budget's 项目支出"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            if part.kind == "final_accounts":
                continue
            prose = part_prose(doc, part)
            if not any("项目支出" in source.value for _b, source in prose):
                continue
            # imported here: only a part that names 项目支出 needs the reader
            from perflint.extract.listed_projects import budgeted_project_spending, listed_project_funds
            budgets, listed = [], []
            for _block, source in prose:
                budgets += [(source, q) for q in budgeted_project_spending(source.value)]
                listed += [(source, q) for q in listed_project_funds(source.value)]
            if len({q.base_value for _s, q in budgets}) != 1 or len({q.base_value for _s, q in listed}) != 1:
                continue  # stated twice with two values (or not at all): no one figure to compare
            (bsrc, budget), (lsrc, funds) = budgets[0], listed[0]
            slack = budget.half_unit * budget.scale + funds.half_unit * funds.scale
            diff = abs(budget.base_value - funds.base_value)
            if diff <= slack:
                continue
            where = bsrc.locate(budget.start, budget.end)
            scale, unit = (budget.scale, budget.unit) if budget.unit else (1, "元")
            yield self.diagnostic(
                "mismatch", lsrc.locate(funds.start, funds.end), related=[(where, "budget")],
                listed=funds.text.strip(), budget=budget.text.strip(), line=where.line,
                diff=f"{fmt(diff / scale, max(budget.decimals, funds.decimals))} {unit}",
            )
