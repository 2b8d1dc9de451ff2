"""U407: a money table that declares no unit while the report's other tables do."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.table_units import bare_figure_cells, money_header, table_unit
from perflint.model import Document, Part, Table
from perflint.text.numbers import declared_unit


class TableWithoutUnit(Check):
    """## What it does
    Finds a table with a money column (预算数, 决算数, 财政资金总额, 公务接待费 …) and figures
    without units that declares no unit — no `金额单位：万元` line, no `（万元）` in its caption or
    header — in a report whose other tables declare one.

    ## Why is this bad?
    Figures in tables carry no unit; the table declares it once. When one table of a report
    leaves it out, its figures are 元 or 万元 only by guess — a factor of 10⁴ — and a published
    table without a unit does not meet the disclosure format.

    ## Example
    ```text
    “三公”经费支出决算表
    合计  公务接待费
    0.36  0.36
    ```

    ## Use instead
    ```text
    “三公”经费支出决算表
    金额单位：万元
    合计  公务接待费
    0.36  0.36
    ```
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
        for part in doc.parts:
            tables = list(part.tables())
            declared = [(t, u) for t in tables if (u := table_unit(t) or _unit_beside(part, t))]
            if not declared:
                continue
            ref, unit = declared[0]
            declared_headers = {_header(t) for t, _ in declared}
            for table in tables:
                if any(t is table for t, _ in declared) or _header(table) in declared_headers:
                    continue  # declared, or the continuation of a declared table on the next page
                column = money_header(table)
                if column is None or len(bare_figure_cells(table)) < 2:
                    continue
                name = table.caption or column.value.strip()
                yield self.diagnostic(
                    "missing", column.text.locate(), related=[(ref.location, "see")],
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
        if unit := declared_unit(block.text.value):
            return unit
    return None
