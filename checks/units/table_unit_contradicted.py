"""U410: a table declared in one unit (千元, 元, 万元) whose figures the prose quotes digit for digit in another."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

_SHOWN = 3  # figures named in the message


class TableUnitContradicted(Check):
    """## What it does
    Finds a table declared in a money unit (`单位：千元`, `单位：元`, `单位：万元`) of which three or
    more distinct figures, each of three significant digits or more (or two of five or more), stand
    in the report's prose with the same digits in another unit (`1,236.45` in the table,
    `收入合计 1,236.45 万元` in the text; a 万元 table's figures given in 千元), while no prose figure
    quotes the table in its declared unit. Reported once, on the table's unit line: U401 leaves
    that table's figures (a single figure quoted in another unit stays U401's).

    ## Why is this bad?
    A 千元 figure is ten times the 万元 figure of the same amount. Equal digits in both places mean
    the table was filled in the prose's unit under a wrong unit line (or the prose misstates
    every figure): every reader of the table is off by a factor of ten.

    ## Example
    ```text
    2023年度收入合计1,236.45万元，其中财政拨款收入1,186.45万元，其他收入50.00万元。
    收入决算表
    单位：千元
    | 项目 | 决算数 |
    | 本年收入合计 | 1,236.45 |
    | 财政拨款收入 | 1,186.45 |
    | 其他收入 | 50.00 |
    ```

    ## Use instead
    ```text
    2023年度收入合计1,236.45万元，其中财政拨款收入1,186.45万元，其他收入50.00万元。
    收入决算表
    单位：万元
    | 项目 | 决算数 |
    | 本年收入合计 | 1,236.45 |
    | 财政拨款收入 | 1,186.45 |
    | 其他收入 | 50.00 |
    ```
    """

    doc_zh = """## 它检查什么
    查找声明了金额单位（“单位：千元”“单位：元”“单位：万元”）的表格：其中三个以上不同的数字（每个至少三位有效数字；或两个、每个至少五位有效数字）在正文中以相同的数字、另一单位出现（表中“1,236.45”，正文“收入合计 1,236.45 万元”；万元表的数字正文以千元写出），而正文没有以表格声明的单位引用该表的数字。只在表格的单位行上报告一次：该表的各个数字 U401 不再逐一报告（单个数字单位写错仍由 U401 报告）。

    ## 为什么要改
    同一金额以千元计的数字是以万元计的十倍。两处数字相同，说明表格按正文的单位填列而单位行写错了（或正文每个数字都写错了单位）：读表的人会差十倍。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U410"
    name = "table-unit-contradicted"
    family = "units"
    severity = Severity.warning
    title = {"zh": "表格单位与正文引用不符", "en": "Table's declared unit contradicted by the text"}
    messages = {
        "contradicted": {
            "zh": "表格声明单位为{declared}，但其中 {count} 个数字（{figures}）与正文以{unit}写出的数字完全相同：表格实为{unit}，或单位行有误",
            "en": "the table declares {declared}, but {count} of its figures ({figures}) stand in the text with the same "
                  "digits in {unit}: the table is in {unit}, or its unit line is wrong",
        },
        "see": {"zh": "正文以{unit}引用", "en": "quoted in {unit} in the text"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.declared_units import misdeclared_tables

        for m in ctx.cached(doc, "units.misdeclared_tables", misdeclared_tables):
            shown = m.figures[:_SHOWN]
            yield self.diagnostic(
                "contradicted", m.where,
                related=[(source.locate(q.start, q.end), "see") for _cell, source, q in shown],
                declared=m.declared, unit=m.unit, count=len(m.figures),
                figures="、".join(cell.value.strip() for cell, _s, _q in shown) + ("…" if len(m.figures) > _SHOWN else ""))
