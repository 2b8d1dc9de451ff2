"""Sums a table states: totals, account-code nesting and the 决算 identities.

:func:`relations` reads a table as a grid (:mod:`table_grid`) and lists the sums it states
without guessing: totals down columns and along rows (:mod:`table_totals`), account codes and
the 决算 identities (:mod:`table_identities`).
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
