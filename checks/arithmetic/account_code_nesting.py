"""A102: an account code (类 / 款) that is not the sum of the codes under it."""

from __future__ import annotations

from ._table_sum import TableSumCheck


class AccountCodeNesting(TableSumCheck):
    """## What it does
    In a table with a 科目代码 column, adds each code's children — the 5-digit 款 under a
    3-digit 类, the 7-digit 项 under a 5-digit 款 (and 30101… under 301 in a 经济分类 table) —
    column by column, and compares the sum with the parent's figure.

    ## Why is this bad?
    Function and economic classification codes nest by definition: 210 卫生健康支出 is exactly
    the sum of its 款. A parent that differs from its children was typed or copied wrong, or a
    child row is missing.

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
    在带“科目代码”列的表格中，把每个代码的下级——3 位“类”下的 5 位“款”、5 位“款”下的 7 位“项”（经济分类表中 301 下的 30101 等）——逐列相加，与上级代码的金额比较。

    ## 为什么要改
    功能分类和经济分类科目按定义逐级汇总：“210 卫生健康支出”正好等于其下各款之和。上级金额与下级之和不符，说明数字录错、抄错，或漏了一行下级科目。

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
