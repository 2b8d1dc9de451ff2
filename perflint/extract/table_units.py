"""The unit a table declares (in its caption or header cells) and the figure cells that
need one."""

from __future__ import annotations

from perflint.extract.quantities import vocab
from perflint.model import Table
from perflint.text.normalise import compact
from perflint.text.numbers import declared_unit, parse_cell
from perflint.text.patterns import lazy_compile


def table_unit(table: Table) -> str | None:
    """The money unit a table declares: its caption or 金额单位 line, a header cell, a note."""
    if table.declared_unit:
        return table.declared_unit
    for text in (table.caption, *table.notes):
        if text and (unit := declared_unit(text)):
            return unit
    for row in table.rows:
        for cell in row.cells:
            if unit := declared_unit(cell.value):
                return unit
    return None


def money_header(table: Table) -> object | None:
    """The first header cell naming a money column (`预算数`, `财政资金总额`) with a bare figure
    below it, else None."""
    columns = tuple(vocab()["money_columns"])
    for r, row in enumerate(table.rows[:3]):
        for j, cell in enumerate(row.cells):
            text = compact(cell.value)
            if not (2 <= len(text) <= 12 and text.endswith(columns) and not _DIGIT_RE.search(text)):
                continue
            below = [later.cells[j] for later in table.rows[r + 1:] if j < len(later.cells)]
            if any((q := parse_cell(c.value)) is not None and q.unit is None for c in below):
                return cell
    return None


_DIGIT_RE = lazy_compile(r"\d")


def bare_figure_cells(table: Table) -> list[object]:
    """Cells holding only a figure without a unit."""
    out = []
    for row in table.rows:
        for cell in row.cells:
            q = parse_cell(cell.value)
            if q is not None and q.unit is None:
                out.append(cell)
    return out
