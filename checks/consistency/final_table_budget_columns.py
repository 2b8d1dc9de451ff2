"""C741: a table titled as a 决算表 whose header names the budget's figure and no final figure."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._texts import text_index


class FinalTableBudgetColumns(Check):
    """## What it does
    Finds a table titled as one of the final accounts' tables (`…“三公”经费支出决算表`, `…决算明细表`)
    whose header names the budget's figure (`预算数`) and no column of what was spent or received
    (`决算数`, `支出`, `实际`, `执行`, `合计`…). The title is the table's caption or a line just above
    it, or its first row when that row holds the title alone; the header is every row above the
    first row of figures. A table that sets its budget beside its 决算数 (the 三公 table's
    `预算数 | 决算数`) is as it should be and stays quiet.

    ## Why is this bad?
    A 决算表 reports what was spent; a table of budget figures under its title is the budget
    table pasted in (or the 决算数 column lost), and its figures are read as final figures they
    are not.

    ## Example
    ```text
    示范县2023年度“三公”经费支出决算表
    单位：万元
    | 项目 | 预算数 |
    | 合计 | 26.00 |
    | 因公出国（境）费 | 0.00 |
    | 公务接待费 | 8.00 |
    | 公务用车购置及运行费 | 18.00 |
    ```

    ## Use instead
    ```text
    示范县2023年度“三公”经费支出决算表
    单位：万元
    | 项目 | 预算数 | 决算数 |
    | 合计 | 26.00 | 23.40 |
    | 因公出国（境）费 | 0.00 | 0.00 |
    | 公务接待费 | 8.00 | 6.10 |
    | 公务用车购置及运行费 | 18.00 | 17.30 |
    ```
    """

    doc_zh = """## 它检查什么
    查找标题为决算表（“……“三公”经费支出决算表”“……决算明细表”）、表头却只有预算数栏（“预算数”），没有任何反映实际支出或收入的栏目（“决算数”“支出”“实际”“执行”“合计”等）的表格。标题取表格的标题行或表格上方紧邻的一行，表格第一行只写标题的也算；表头为第一行数字之上的各行。把预算数与决算数并列的表格（“三公”经费表的“预算数 | 决算数”）合乎要求，不报告。

    ## 为什么要改
    决算表反映实际支出；决算表标题下却是预算数，说明贴进了预算表（或漏了决算数一栏），读者会把预算数当作决算数。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C741"
    name = "final-table-budget-columns"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "决算表只有预算数栏", "en": "Final accounts table with budget columns only"}
    messages = {
        "budget_only": {
            "zh": "“{title}”是决算表，表头却只有“{column}”栏，没有决算数：是套用了预算表，还是漏了决算数一栏？",
            "en": "“{title}” is a final accounts table, but its header has only “{column}” and no final figure: "
                  "a budget table pasted in, or the 决算数 column lost?",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.table_columns import budget_only_tables, budget_words, names_final_table

        index = text_index(doc)
        if not names_final_table(index.joined):
            return  # no 决算表 named: a project's report, a 自评表
        # the tables with a cell naming a budget column, found in C in the joined texts: most
        # drafts' are a 自评表's (预算数 beside 执行数), a few a 决算表's
        held = {id(index.texts[i].block): index.texts[i] for i in index.holding_any(*budget_words())
                if index.texts[i].where == "cell"}
        if not held:
            return
        for part in doc.parts:
            tables = [t for t in part.tables() if id(t) in held]
            for found in budget_only_tables(part, tables) if tables else ():
                yield self.diagnostic("budget_only", found.column.text.locate(), title=found.title,
                                      column=found.column.value.strip())
