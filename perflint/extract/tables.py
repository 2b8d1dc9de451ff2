"""Sums a table states: totals, account-code nesting and the 决算 identities.

A table from a text draft is a list of rows of cells, often ragged: header rows split over two
lines, empty cells, a value shifted one column. This module reads a :class:`~perflint.model.Table`
as a :class:`Grid` (header rows, data rows, the role of each column: label, account code, row
number, figures) and lists the sums the grid states (:class:`SumRelation`: a total and its
parts). It lists a relation only when the grid leaves no doubt which cells are its parts: a
header that does not line up with the data, a hierarchy it cannot tell, a label that occurs
twice make the relation unknown rather than a guess.
"""

from __future__ import annotations

from perflint.extract.table_grid import Figure, Grid, SumRelation, read_grid
from perflint.extract.table_identities import code_nesting, identities, spread_identities
from perflint.extract.table_totals import column_totals, row_totals
from perflint.model import Table


def relations(table: Table) -> list[SumRelation]:
    """Every sum the table states that can be read without guessing."""
    grid = read_grid(table)
    if grid is None:
        return []
    out: list[SumRelation] = []
    out.extend(column_totals(grid))
    out.extend(row_totals(grid))
    out.extend(code_nesting(grid))
    out.extend(identities(grid))
    out.extend(spread_identities(grid))
    return out


__all__ = ["Figure", "Grid", "SumRelation", "read_grid", "relations"]
