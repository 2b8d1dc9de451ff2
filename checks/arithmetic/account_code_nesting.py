"""A102: an account code (类 / 款) that is not the sum of the codes under it, or a code whose
parent has no row."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Table

from ._table_sum import TABLE_SUM_MESSAGES, TableSumCheck


class AccountCodeNesting(TableSumCheck):
    """## What it does
    In a table with a 科目代码 column, adds each code's children — the 5-digit 款 under a
    3-digit 类, the 7-digit 项 under a 5-digit 款 (and 30101… under 301 in a 经济分类 table) —
    column by column, and compares the sum with the parent's figure. It also warns of a code
    whose parent has no row in a table that lists its 类: a 款 whose 类 is missing (`22202`
    among rows under `221`), a 项 whose 款 is missing while other 款 have rows. Rows above
    the table's first 类 (an excerpt, the second half of a table a page break split) are left
    alone.

    ## Why is this bad?
    Function and economic classification codes nest by definition: 210 卫生健康支出 is exactly
    the sum of its 款. A parent that differs from its children was typed or copied wrong, or a
    child row is missing. A code without its parent row was mistyped (its figures then belong
    to another 类), or the parent row was lost; either way no sum counts it where it belongs.

    ## Example
    ```text
    科目代码  科目名称          决算数
    208       社会保障和就业支出  96.20
    20805     行政事业单位养老支出  90.20
    2080505   机关事业单位基本养老保险缴费支出  60.10
    2080506   机关事业单位职业年金缴费支出  30.10
    ```
    208's only 款 is 20805, so 208 is 90.20, not 96.20.

    ## Use instead
    ```text
    科目代码  科目名称          决算数
    208       社会保障和就业支出  90.20
    20805     行政事业单位养老支出  90.20
    2080505   机关事业单位基本养老保险缴费支出  60.10
    2080506   机关事业单位职业年金缴费支出  30.10
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    在带“科目代码”列的表格中，把每个代码的下级——3 位“类”下的 5 位“款”、5 位“款”下的 7 位“项”（经济分类表中 301 下的 30101 等）——逐列相加，与上级代码的金额比较。在列有“类”的表中，还提示上级科目没有对应行的代码（警告）：类不在表中的款（如在 221 各行之间出现 22202），以及表中列有其他款、却缺少自己所属款的项。表中第一个“类”之前的行（节选、或被分页截断的表的后半部分）不检查。

    ## 为什么要改
    功能分类和经济分类科目按定义逐级汇总：“210 卫生健康支出”正好等于其下各款之和。上级金额与下级之和不符，说明数字录错、抄错，或漏了一行下级科目。没有上级科目行的代码，多是代码录错（其金额本属另一个类），或上级行被漏掉；无论哪种，都没有哪个汇总把它算在应属的位置。

    ## 示例
    {example}
    208 类下只有 20805 一款，应为 90.20，不是 96.20。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A102"
    name = "account-code-nesting"
    title = {"zh": "科目代码上下级金额不衔接", "en": "Account code is not the sum of its sub-codes"}
    kinds = ("code",)
    messages = {
        **TABLE_SUM_MESSAGES,
        "orphan": {
            "zh": "科目代码 {code}（{name}）的上级科目 {parent} 在本表中没有对应行：代码可能录错，或漏了上级科目行",
            "en": "account code {code} ({name}) has no row for its parent code {parent} in this table: the code may be "
                  "mistyped, or the parent row is missing",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        yield from super().run(doc, ctx)
        from perflint.extract.code_parents import orphan_codes  # a table with codes is rare among drafts
        from perflint.extract.table_grid import read_grid

        for _part, block in doc.blocks():
            if not isinstance(block, Table) or (grid := read_grid(block)) is None or "code" not in grid.roles \
                    and "code_level" not in grid.roles:
                continue
            for orphan in orphan_codes(grid):
                cell = grid.cells[orphan.row][orphan.col]
                yield self.diagnostic("orphan", cell.text.locate(), severity=Severity.warning,
                                      code=orphan.code, name=orphan.name, parent=orphan.parent)
