"""U407: a money table that declares no unit while the report's other tables do."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import first_line
from perflint.extract.selfeval import self_evaluations
from perflint.extract.table_units import bare_figure_cells, money_header, table_unit
from perflint.model import Document, Part, Table
from perflint.text.numbers import declared_unit


class TableWithoutUnit(Check):
    """## What it does
    Finds a table with a money column (预算数, 决算数, 财政资金总额, 公务接待费 …) and figures
    without units that declares no unit — no `金额单位：万元` line, no `（万元）` in its caption or
    header — in a report whose other tables declare one (a 自评表 written one cell a line
    declares its unit in its 项目资金（万元） cell). A table continued on the next page is not a
    table without a unit.

    ## Why is this bad?
    Figures in tables carry no unit; the table declares it once. When one table of a report
    leaves it out, its figures are 元 or 万元 only by guess — a factor of 10⁴ — and a published
    table without a unit does not meet the disclosure format.

    ## Example
    ```text
    某县公路局2023年度部门决算说明
    一、支出决算表
    金额单位：万元
    | 项目 | 预算数 | 决算数 |
    | 基本支出 | 120.50 | 120.50 |
    | 项目支出 | 35.20 | 35.20 |

    二、项目资金明细
    本项目资金按支出项目列示如下。
    | 支出项目 | 预算数 | 决算数 |
    | 路面修补 | 52.30 | 52.30 |
    | 桥涵维护 | 18.20 | 18.20 |
    ```

    ## Use instead
    ```text
    某县公路局2023年度部门决算说明
    一、支出决算表
    金额单位：万元
    | 项目 | 预算数 | 决算数 |
    | 基本支出 | 120.50 | 120.50 |
    | 项目支出 | 35.20 | 35.20 |

    二、项目资金明细
    本项目资金按支出项目列示如下。
    金额单位：万元
    | 支出项目 | 预算数 | 决算数 |
    | 路面修补 | 52.30 | 52.30 |
    | 桥涵维护 | 18.20 | 18.20 |
    ```
    """

    doc_zh = """## 它检查什么
    查找含金额栏（预算数、决算数、财政资金总额、公务接待费……）且数字不带单位、却没有声明单位的表格——没有“金额单位：万元”一行，表题或表头中也没有“（万元）”——而报告中其他表格都声明了单位（逐格一行写成的自评表在“项目资金（万元）”一格中声明单位，也算在内）。跨页续表不报告。

    ## 为什么要改
    表格中的数字不带单位，由表格统一声明。报告中有一张表漏了，它的数字是元还是万元只能靠猜——相差 10⁴ 倍；公开的表格不注明单位，也不符合公开格式要求。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U407"
    name = "table-without-unit"
    family = "units"
    severity = Severity.warning
    title = {"zh": "金额表格未注明单位", "en": "Money table without a declared unit"}
    messages = {
        "missing": {
            "zh": "表格“{name}”含金额栏“{column}”，但未注明金额单位；本报告其他表格注明为“{unit}”（如第 {line} 行）",
            "en": "table “{name}” has a money column “{column}” but declares no unit; the report's other tables declare {unit} (e.g. line {line})",
        },
        "see": {"zh": "注明单位的表格", "en": "a table that declares its unit"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        top = first_line(doc)
        for part in doc.parts:
            tables = list(part.tables())
            if not tables:
                continue
            declared = [(t, u) for t in tables if (u := table_unit(t) or _unit_beside(part, t))]
            if declared:
                ref, unit = declared[0][0].location, declared[0][1]
            else:  # a 自评表 read from the token stream (one cell a line) declares its unit too
                stream = next(((se.unit_text, se.unit) for se in ctx.cached(doc, "selfeval", self_evaluations)
                               if se.part is part and se.unit_text is not None and se.unit), None)
                if stream is None:
                    continue
                ref, unit = stream[0].locate(), stream[1]
            declared_headers = {_header(t) for t, _ in declared}
            for table in tables:
                if any(t is table for t, _ in declared) or _header(table) in declared_headers:
                    continue  # declared, or the continuation of a declared table on the next page
                if table.line == top:
                    continue  # the text opens in the table: its title and unit line are above the cut
                column = money_header(table)
                if column is None or len(bare_figure_cells(table)) < 2:
                    continue
                name = table.caption or column.value.strip()
                yield self.diagnostic(
                    "missing", column.text.locate(), related=[(ref, "see")],
                    name=name.strip(), column=column.value.strip(), unit=unit, line=ref.line,
                )


def _header(table: Table) -> tuple[str, ...]:
    first = table.rows[0].texts() if table.rows else []
    return tuple(t for t in first if t)


def _unit_beside(part: Part, table: Table) -> str | None:
    """A `单位：万元` paragraph right before the table (when the importer left it outside)."""
    blocks = part.blocks
    i = next((k for k, b in enumerate(blocks) if b is table), None)
    if i is None:
        return None
    for block in blocks[max(0, i - 2):i]:
        if isinstance(block, Table):
            if _title_rows(block) and (unit := next(filter(None, (declared_unit(t) for row in block.rows for t in row.texts())), None)):
                return unit  # the title rows of a table one cell a line, read as a block of their own
            continue
        if unit := declared_unit(block.text.value):
            return unit
    return None


def _title_rows(table: Table) -> bool:
    """Whether ``table`` is only rows of one cell at most (表名, 公开01表, 部门, 金额单位): a table's
    title lines that a reader of one cell a line took apart from its grid."""
    return all(sum(1 for t in row.texts() if t.strip()) <= 1 for row in table.rows)
