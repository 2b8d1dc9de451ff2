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

    ## Use instead
    ```text
    208       社会保障和就业支出  90.20
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    code = "A102"
    name = "account-code-nesting"
    title = {"zh": "科目代码上下级金额不衔接", "en": "Account code is not the sum of its sub-codes"}
    kinds = ("code",)
