"""C718: the prose gives a table row's amount a figure the row does not hold."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document
from perflint.text.numbers import quantize


class RowFigureMisquoted(Check):
    """## What it does
    Pairs a money figure of the prose with the row of its part's money table that has its name
    (`公务接待费支出决算 1.53 万元` with the `公务接待费` row of the 三公 table; the row's name with
    支出 / 决算 after it counts as the same name, a longer name such as
    `一般公共预算财政拨款基本支出` does not, nor spending from a source of income (`一般公共预算财政拨款支出`)
    the source's income row, nor a budget, which a table of spending does not
    show, except in a 预算 whose tables are budgets) and finds a figure that none of the row's cells holds,
    after converting 元 and 万元 and allowing for rounding at the last digit shown. Only a
    sentence whose other figure is a figure of the same table is read: that sentence quotes the
    table, and the table was read right (a sentence of one figure is read where a sentence beside
    it in the paragraph has such a figure: `…费支出 2.84 万元。具体而言：…运行维护费 2.64 万元`). Last year's figures, another year's and the parts after
    a 其中 are left alone — except a part whose whole, the figure right before the 其中, is a
    figure of a table that has a row of the part's exact name (`本年收入合计286.40万元，其中：财政拨款
    收入272.40万元` against the 总表's 财政拨款收入 row). A paragraph of one fund's spending
    (`一般公共预算财政拨款支出…主要用于：城乡社区支出…`) is not read against the rows of the all-funds
    tables (收入支出决算总表, 收入决算表, 支出决算表), which hold every fund's figure under the same names.
    A name the prose ends with 合计 or 总计 (`本年支出合计 X 万元`) is the total row of that name (the
    总表's 本年支出合计), though 合计 elsewhere only joins a name to its figure (`支出共计 X`).
    Two names stand for a row of another name: the 三公 total (`“三公”经费财政拨款支出决算为28.64万元`,
    only measure words between the name and the figure) is the 合计 row of a table titled 三公 (not
    one that also lists 会议费, 培训费 or 机关运行经费), and `财政拨款收入` is the
    `一般公共预算财政拨款收入` row of a 总表 whose other funds' income rows are absent or zero.

    It also reads a row's change against its budget: where the sentence quotes the row's 决算数
    and goes on `与2023年度预算相比无变化` (or `持平`, `增加 X 万元`, `减少 X 万元`), the row's
    columns headed 预算数 and 决算数 must give that change (a 三公 table laid out across, one
    column an item, has no such row and is not read). Likewise a completion rate after the row's
    决算数 (`“三公”经费支出决算为28.64万元，完成预算的95.80%`): the row that holds the figure as its
    决算数 (by the sentence's name, or else the one row with that 决算数: the 三公 table's 合计) must
    give the rate as 决算数 ÷ 预算数, the figures' rounding allowed. A sentence that states the
    row's 预算数 and 决算数 itself (`预算为32.00万元，支出决算为28.64万元，完成预算的10.50%`) is wrong by
    its own figures: that one slip is A107's finding, not reported again here.

    A numbered item of one figure (`3.公务接待费支出4.28万元…`) is read where the paragraph right
    before it has a figure of the same table (`2.公务用车购置及运行费支出24.36万元…`: the items of a
    三公 passage).

    ## Why is this bad?
    The 情况说明 restates the 公开 tables. A figure that the table's row does not hold, in a
    sentence that quotes the table's other rows correctly, is wrong in one of the two places — a
    leftover from an earlier draft or a slip of a digit — and the reader cannot tell which.

    ## Example
    ```text
    某县档案馆2023年度部门决算
    九、财政拨款“三公”经费支出决算表
    单位：万元
    | 项目 | 预算数 | 决算数 |
    | 公务接待费 | 0.60 | 0.53 |
    | 公务用车购置及运行维护费 | 1.20 | 1.18 |
    十、“三公”经费支出决算情况说明
    公务接待费支出决算1.35万元，公务用车购置及运行维护费支出决算1.18万元。
    ```
    The table's 公务接待费 row holds 0.60 and 0.53, not 1.35.

    ## Use instead
    ```text
    某县档案馆2023年度部门决算
    九、财政拨款“三公”经费支出决算表
    单位：万元
    | 项目 | 预算数 | 决算数 |
    | 公务接待费 | 0.60 | 0.53 |
    | 公务用车购置及运行维护费 | 1.20 | 1.18 |
    十、“三公”经费支出决算情况说明
    公务接待费支出决算0.53万元，公务用车购置及运行维护费支出决算1.18万元。
    ```
    Quote the row's own figure (or correct the table).
    """

    doc_zh = """## 它检查什么
    把正文中的金额与本部分金额表中同名的一行配对（“公务接待费支出决算 1.53 万元”对应三公经费表的“公务接待费”行；行名后接“支出”“决算”等词仍算同名，“一般公共预算财政拨款基本支出”这样更长的名称不算，某项收入来源的支出（“一般公共预算财政拨款支出”）也不算该来源的收入行，预算数也不算——只列支出的表里没有预算数，预算文件除外，其表格就是预算），查找该行各栏都没有的数字；元与万元换算后比较，并容许末位的四舍五入。只读取另有一个数字正是同一张表中数字的句子：这样的句子是在引用这张表，表也读对了（句中只有一个数字的，段落中紧挨着它的句子有这样的数字也算：“……费支出 2.84 万元。具体而言：……运行维护费 2.64 万元”）。上年数、其他年度的数以及“其中”之后的分项都不报告；但“其中”之前的总数正是某张表中的数字、分项名称又与这张表的某一行完全相同的（“本年收入合计286.40万元，其中：财政拨款收入272.40万元”对应总表的“财政拨款收入”行），分项照样比较。讲某一类资金支出的段落（“一般公共预算财政拨款支出……主要用于：城乡社区支出……”）不与全口径表（收入支出决算总表、收入决算表、支出决算表）中同名的行比较，那些行含各类资金。正文以“合计”“总计”结尾的名称（“本年支出合计 X 万元”）对应同名的合计行（总表的“本年支出合计”），尽管别处“合计”只是连接名称与数字的词（“支出共计 X”）。两种名称对应另一名称的行：“三公”经费总数（“‘三公’经费财政拨款支出决算为28.64万元”，名称与数字之间只有“支出决算为”一类的词）对应标题含“三公”的表（不含同时列会议费、培训费、机关运行经费的表）的“合计”行；“财政拨款收入”对应总表中“一般公共预算财政拨款收入”一行，前提是其他资金（政府性基金、国有资本经营预算）的收入行没有或为零。

    同样读取某行与预算相比的增减：句中引用该行的决算数，接着写“与2023年度预算相比无变化”（或“持平”“增加 X 万元”“减少 X 万元”）的，该行表头为预算数和决算数的两栏必须给出同样的增减（按项目横排的三公经费表没有这样的行，不读取）。同样读取决算数之后的完成率（“‘三公’经费支出决算为28.64万元，完成预算的95.80%”）：以该数为决算数的行（按句中名称查找，找不到时取决算数正是该数的唯一一行，如三公经费表的“合计”行）必须给出“决算数 ÷ 预算数”等于该完成率，容许末位的四舍五入。句中自己写明了该行预算数和决算数的（“预算为32.00万元，支出决算为28.64万元，完成预算的10.50%”），按句中数字即可算出错误：这一处笔误由 A107 报告，这里不再重复报告。

    只有一个数字的编号分项（“3.公务接待费支出4.28万元……”），其前一段含有同一张表中数字的，也读取（三公经费说明的分项：“2.公务用车购置及运行费支出24.36万元……”）。

    ## 为什么要改
    情况说明是对公开表的复述。在正确引用了表中其他行的句子里，某一行的数字却是表中该行没有的，两处必有一处错（早先稿件的遗留或数字笔误），读者无从判断哪个对。

    ## 示例
    {example}
    表中公务接待费一行为 0.60 和 0.53，没有 1.35。

    ## 应改为
    {use_instead}
    引用该行自己的数字（或改正表格）。
    """

    code = "C718"
    name = "row-figure-misquoted"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "正文中表内某行的数字与表不符", "en": "A table row's figure misquoted in the prose"}
    messages = {
        "misquoted": {
            "zh": "正文写“{name}”{said}，而表中“{row}”一行为 {values}（第 {line} 行）",
            "en": "the text gives '{name}' as {said}, but the table's row '{row}' holds {values} (line {line})",
        },
        "change": {
            "zh": "正文称“{name}”与预算相比“{claim}”，而表中“{row}”一行预算数 {budget}、决算数 {actual}（第 {line} 行）",
            "en": "the text says '{name}' is '{claim}' against the budget, but the table's row '{row}' holds "
                  "budget {budget} and actual {actual} (line {line})",
        },
        "completion": {
            "zh": "正文写 {said}，“{claim}”，而表中“{row}”一行预算数 {budget}、决算数 {actual}（第 {line} 行），"
                  "决算数÷预算数 = {computed}%",
            "en": "the text gives {said} as '{claim}', but the table's row '{row}' holds budget {budget} and actual "
                  "{actual} (line {line}): actual ÷ budget = {computed}%",
        },
        "see": {"zh": "表中该行", "en": "the table's row"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # imported here: the table reader is needed only where a part has money tables and prose
        from perflint.extract.table_amounts import (
            prose_budget_change_misquotes,
            prose_budget_completion_misquotes,
            prose_row_misquotes,
        )

        for found in prose_row_misquotes(doc, ctx.fiscal_year_of):
            first = found.cells[0]
            row = [t for t in found.cells if t.table is first.table and t.row == first.row]
            where = first.cell.text.locate()
            q = found.quantity
            yield self.diagnostic(
                "misquoted", found.source.locate(q.start, q.end), related=[(where, "see")],
                name=found.words or found.name, said=q.text.strip(), row=first.label,
                values="、".join(t.cell.text.value.strip() for t in row) + f" {first.unit}", line=where.line,
            )
        for c in prose_budget_change_misquotes(doc):
            where = c.actual.cell.text.locate()
            yield self.diagnostic(
                "change", c.source.locate(c.start, c.end), related=[(where, "see")], name=c.name, claim=c.claim,
                row=c.actual.label, budget=f"{c.budget.cell.text.value.strip()} {c.budget.unit}",
                actual=f"{c.actual.cell.text.value.strip()} {c.actual.unit}", line=where.line,
            )
        for c in prose_budget_completion_misquotes(doc):
            where = c.actual.cell.text.locate()
            yield self.diagnostic(
                "completion", c.source.locate(c.start, c.end), related=[(where, "see")], said=c.said,
                claim=c.source.value[c.start:c.end].strip(), row=c.actual.label,
                budget=f"{c.budget.cell.text.value.strip()} {c.budget.unit}",
                actual=f"{c.actual.cell.text.value.strip()} {c.actual.unit}",
                computed=format(quantize(c.computed, max(len(str(c.rate).partition(".")[2]), 0)), "f"),
                line=where.line,
            )
