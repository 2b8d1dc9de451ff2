"""A103: the 决算 identities between rows of the 收支总表 and the 基本支出明细表."""

from __future__ import annotations

from ._table_sum import TableSumCheck


class FinalAccountsIdentity(TableSumCheck):
    """## What it does
    Checks the identities the 部门决算 forms are built on, by row label (the list lives in
    `perflint/data/arithmetic.yaml`):
    本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 收入总计;
    本年支出合计 + 结余分配 + 年末结转和结余 = 支出总计; 收入总计 = 支出总计;
    in the 财政拨款收入支出决算总表 本年收入合计 + 年初财政拨款结转和结余 = 总计;
    in the 基本支出决算明细表 人员经费合计 = 301 + 303 and 公用经费合计 = 302 + 307 + 310 + 399.

    ## Why is this bad?
    These identities hold by construction in the 决算 system; a draft that breaks one was
    retyped or edited by hand, and the published figures contradict each other.

    ## Example
    ```text
    本年收入合计        820.00
    年初结转和结余       35.10
    总计               865.10
    ```

    ## Use instead
    ```text
    总计               855.10
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    code = "A103"
    name = "final-accounts-identity"
    title = {"zh": "决算表勾稽关系不成立", "en": "A final-accounts identity does not hold"}
    kinds = ("identity", "balance")
