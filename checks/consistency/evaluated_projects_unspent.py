"""C725: a 决算说明 that evaluated project spending its own tables say was never spent."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Heading, Paragraph


class EvaluatedProjectsUnspent(Check):
    """## What it does
    Reads the 预算绩效情况说明 of a 部门决算 (`本部门组织对一般公共预算项目支出全面开展绩效自评，
    共涉及项目 8 个，资金 331 万元…`) and the same part's expenditure tables by account code (the
    all-funds 支出决算表, or the 一般公共预算财政拨款支出决算表 when the sentence names that fund).
    When every row of such a table shows 0 in its 项目支出 column while the table spends money,
    the evaluated amount has no project spending to be part of. Sentences on 政府性基金 or
    国有资本经营 projects are left alone, and so is a part without such a table.

    ## Why is this bad?
    Either the projects' money was booked as 基本支出 in the 公开 tables (and the tables misstate
    what the department spent on projects), or the paragraph was copied from another year or
    unit; a reader cannot tell which, and both the 项目支出 figures and the claim of a full
    evaluation depend on it.

    ## Example
    ```text
    某县档案馆2023年度部门决算
    三、支出决算表
    单位：万元
    | 科目代码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
    | 201 | 一般公共服务支出 | 520.60 | 520.60 | 0.00 |
    | 20126 | 档案事务 | 520.60 | 520.60 | 0.00 |
    十、预算绩效情况说明
    本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目 3 个，资金 85 万元，占一般公共预算项目支出总额的100%。
    ```

    ## Use instead
    ```text
    某县档案馆2023年度部门决算
    三、支出决算表
    单位：万元
    | 科目代码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
    | 201 | 一般公共服务支出 | 520.60 | 435.60 | 85.00 |
    | 20126 | 档案事务 | 520.60 | 435.60 | 85.00 |
    十、预算绩效情况说明
    本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目 3 个，资金 85 万元，占一般公共预算项目支出总额的100%。
    ```
    Book the projects as 项目支出 (or say which projects were evaluated and whose money they were).
    """

    doc_zh = """## 它检查什么
    读取部门决算的预算绩效情况说明（“本部门组织对一般公共预算项目支出全面开展绩效自评，共涉及项目 8 个，资金 331 万元……”）和同一部分按科目编码的支出表（全部资金的支出决算表；句中写明一般公共预算的，也看一般公共预算财政拨款支出决算表）。表中各行的项目支出栏都是 0、而表有支出时，所评价的金额就不可能是项目支出的一部分。讲政府性基金或国有资本经营项目的句子、没有这类表的部分不报告。

    ## 为什么要改
    要么项目资金在公开表中记成了基本支出（表格错报了部门的项目支出），要么这段话是从其他年度或其他单位套用的；读者无法判断是哪一种，而项目支出数字和“全面开展绩效自评”的说法都取决于此。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    把项目记为项目支出（或说明评价的是哪些项目、用的是什么资金）。
    """

    code = "C725"
    name = "evaluated-projects-unspent"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "评价的项目支出在决算表中为 0", "en": "Evaluated project spending the tables show as 0"}
    messages = {
        "unspent": {
            "zh": "正文称对项目支出开展绩效自评、涉及资金 {amount}，但{table}各行的项目支出均为 0（第 {line} 行）：项目资金记成了基本支出，还是这段话套用了他处？",
            "en": "the text evaluates project spending of {amount}, but every row of {table_en} shows 0 项目支出 (line {line}): "
                  "projects booked as 基本支出, or a paragraph copied from elsewhere?",
        },
        "table": {"zh": "项目支出为 0 的支出表", "en": "the table with no 项目支出"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            if part.kind != "final_accounts":
                continue
            # imported here: only a 决算 part with the evaluation sentence needs the table reader
            from perflint.extract.evaluated_projects import evaluated_project_funds, no_project_spending

            tables = None
            for block in part.blocks:
                if not isinstance(block, (Paragraph, Heading)):
                    continue
                funds = evaluated_project_funds(block.text.value)
                if funds is None:
                    continue
                if tables is None:
                    from perflint.extract.account_rows import account_tables

                    tables = account_tables(part)
                at = no_project_spending(tables, funds.general)
                if at is None:
                    break  # one such sentence a part: its tables show project spending, or none to compare
                q = funds.quantity
                yield self.diagnostic(
                    "unspent", block.text.locate(q.start, q.end), related=[(at.table.location, "table")],
                    amount=q.text.strip(), line=at.table.line,
                    table="一般公共预算财政拨款支出决算表" if at.scope == "general" else "支出决算表",
                    table_en="the 一般公共预算财政拨款支出决算表" if at.scope == "general" else "the 支出决算表",
                )
                break
