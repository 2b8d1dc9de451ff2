"""C708: a 决算's prose gives 收入总计 and 支出总计 two different values."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.claims import differ
from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.model import Document


class IncomeExpenseTotalsUnequal(Check):
    """## What it does
    Finds prose of a 决算 (final accounts) that states 收入总计 and 支出总计 with different values
    (`收入、支出总计分别为 4125.49 万元和 4143.91 万元`). Only final accounts are read; totals of
    different scopes (财政拨款收入总计 and 一般公共预算财政拨款支出总计) are not paired.
    Nor are totals whose sentence carries their very difference forward (`支出总计 B，收支相抵，结转下年
    支出 A − B`: a government's 财政决算, whose 支出总计 leaves out what goes to the next year).

    ## Why is this bad?
    In a 部门决算 the two totals are equal by construction: 收入总计 includes the 年初结转和结余
    carried in, 支出总计 the 年末结转和结余 carried out. Two different values mean the prose quotes
    the 本年收入合计 and 本年支出合计 under the name of the totals, or a figure is wrong.

    ## Example
    ```text
    青石镇人民政府2023年度部门决算说明
    一、收入支出决算总体情况说明
    本单位2023年度收入、支出总计分别为 812.40 万元和 830.15 万元。
    ```

    ## Use instead
    ```text
    青石镇人民政府2023年度部门决算说明
    一、收入支出决算总体情况说明
    本单位2023年度收入、支出总计均为 845.60 万元；本年收入合计 812.40 万元，本年支出合计 830.15 万元。
    ```
    """

    doc_zh = """## 它检查什么
    查找决算说明中把“收入总计”和“支出总计”写成不同数值的文字（“收入、支出总计分别为 4125.49 万元和 4143.91 万元”）。只检查决算；口径不同的总计（如“财政拨款收入总计”与“一般公共预算财政拨款支出总计”）不配对。句中接着写明两者之差结转下年的（“支出总计 B，收支相抵，结转下年支出 A − B”：政府财政决算的支出总计不含结转下年部分），也不报告。

    ## 为什么要改
    部门决算中两者必然相等：收入总计含转入的年初结转和结余，支出总计含转出的年末结转和结余。两个值不同，说明正文把本年收入合计、本年支出合计当成了总计，或有数字写错。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C708"
    name = "income-expense-totals-unequal"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "收入总计与支出总计不相等", "en": "收入总计 and 支出总计 differ"}
    messages = {
        "differ": {
            "zh": "收入总计 {income} 与支出总计 {expense} 不相等：决算的收入总计（含年初结转和结余）应等于支出总计（含年末结转和结余），是否把本年收入/支出合计写成了总计？",
            "en": "收入总计 {income} differs from 支出总计 {expense}: in final accounts they are equal (carry-overs included); are these the year's 合计 under the totals' name?",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            if part.kind != "final_accounts" and "决算" not in part.title:
                continue
            for _block, source in part_prose(doc, part):
                if "总计" not in source.value:
                    continue
                for claim in text_facts(source.value).income_expense_totals:
                    if differ(claim.income, claim.expense):
                        yield self.diagnostic("differ", source.locate(claim.income.start, claim.expense.end),
                                              income=claim.income.text, expense=claim.expense.text)
