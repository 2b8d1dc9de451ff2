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
    收入支出决算总表（单位：万元）
    | 项目 | 决算数 |
    | 本年收入合计 | 820.00 |
    | 年初结转和结余 | 35.10 |
    | 总计 | 865.10 |
    ```
    820.00 + 35.10 = 855.10, not 865.10.

    ## Use instead
    ```text
    收入支出决算总表（单位：万元）
    | 项目 | 决算数 |
    | 本年收入合计 | 820.00 |
    | 年初结转和结余 | 35.10 |
    | 总计 | 855.10 |
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    按行名核对部门决算各表固有的勾稽关系（清单见 `perflint/data/arithmetic.yaml`）：本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 收入总计；本年支出合计 + 结余分配 + 年末结转和结余 = 支出总计；收入总计 = 支出总计；财政拨款收入支出决算总表中本年收入合计 + 年初财政拨款结转和结余 = 总计；基本支出决算明细表中人员经费合计 = 301 + 303，公用经费合计 = 302 + 307 + 310 + 399。

    ## 为什么要改
    这些等式在决算系统中必然成立；草稿里不成立，说明数字被重新录入或手工改过，公开的数据自相矛盾。

    ## 示例
    {example}
    820.00 + 35.10 = 855.10，不是 865.10。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A103"
    name = "final-accounts-identity"
    title = {"zh": "决算表勾稽关系不成立", "en": "A final-accounts identity does not hold"}
    kinds = ("identity", "balance")
