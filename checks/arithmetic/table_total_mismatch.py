"""A101: a 合计 / 总计 / 小计 row or column that is not the sum of its parts."""

from __future__ import annotations

from ._table_sum import TableSumCheck


class TableTotalMismatch(TableSumCheck):
    """## What it does
    Adds up the parts of every 合计, 总计 and 小计 a table states — a total row under (or above)
    its items, a 本年收入合计 row under the enumerated 一、二、… rows, a 合计 column before
    the columns it sums (read from the header, nested groups included) — and compares the sum
    with the stated total. Rows marked 其中, hierarchies the table does not make plain and
    headers that do not line up with the data are left alone.

    ## Why is this bad?
    A published total that is not the sum of its items means one of the figures is wrong, and
    the reader cannot tell which. A last-digit difference (尾数差异) from rounding each figure
    separately is reported with severity `rounding`.

    ## Example
    ```text
    项目        金额
    办公费      12.40
    印刷费       3.15
    合计        16.55
    ```

    ## Use instead
    ```text
    合计        15.55
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    code = "A101"
    name = "table-total-mismatch"
    title = {"zh": "表格合计数与分项之和不符", "en": "Table total does not match the sum of its parts"}
    kinds = ("row", "column")
