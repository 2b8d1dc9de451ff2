"""公开 tables noted as empty that hold a figure above zero.

A unit with nothing to show in a 公开 table (no 政府性基金 or 国有资本经营预算 money, no 三公 spending)
publishes it empty with a note under it: ``注：本单位无政府性基金预算财政拨款收入…，故本表为空表``,
``本表无数据``. A figure above zero in that table says either the note (last year's, kept) or the
figure is wrong. The note's table is the one right above it, with at most a few short paragraphs
between them (a unit line, ``注：``); a table's title, a heading or a longer run of text between
them, and the note speaks of no table read here. What a note says is a pattern of
``perflint/data/consistency.yaml`` (``empty_table_note``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.table_grid import Figure, read_grid
from perflint.model import Heading, Paragraph, Part, Table
from perflint.text.patterns import compile_pattern, lazy_compile

_BETWEEN_MAX = 3  # paragraphs between a table and its note (a unit line, 注：, a page's debris)
_TITLE = lazy_compile(r"表[)）]?$|公开\s*\d{1,2}\s*表")  # a table's title or number: the next table's


@dataclass(frozen=True)
class EmptyTableFigure:
    """A figure above zero (``figure``) in ``table``, which the note ``note`` (at ``start``–``end``
    of its text) says is empty; ``count`` such figures in all."""

    note: Paragraph
    start: int
    end: int
    table: Table
    figure: Figure
    count: int


@cache
def _note() -> re.Pattern[str]:
    return compile_pattern(data.load("consistency")["empty_table_note"])


def empty_table_figures(part: Part) -> list[EmptyTableFigure]:
    """Each table of ``part`` noted as empty that holds a figure above zero."""
    out: list[EmptyTableFigure] = []
    blocks = part.blocks
    for k, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or "空" not in block.text.value and "无" not in block.text.value:
            continue  # most paragraphs: no note of an empty table
        m = _note().search(block.text.value)
        if m is None:
            continue
        table = _table_above(blocks, k)
        if table is None or (grid := read_grid(table)) is None:
            continue
        figures = [f for r in grid.data_rows() for seg in grid.segments for c in grid.value_columns(seg)
                   if (f := grid.figure(r, c)) is not None and f.quantity.value != 0]
        if figures:
            out.append(EmptyTableFigure(block, m.start(), m.end(), table, figures[0], len(figures)))
    return out


def _table_above(blocks: list, k: int) -> Table | None:
    """The table right above the note at ``k``: no title, heading or more than a few paragraphs
    between them."""
    for n in range(k - 1, max(k - 2 - _BETWEEN_MAX, -1), -1):
        block = blocks[n]
        if isinstance(block, Table):
            return block
        if isinstance(block, Heading) or not isinstance(block, Paragraph) or _TITLE.search(block.text.value.strip()):
            return None
    return None


__all__ = ["EmptyTableFigure", "empty_table_figures"]
