"""Rows of a table pasted one cell per line that open with their 序号.

Many published tables number their rows in a first 序号 column: a 部门预算收支总表 (序号, then
收入 项目 / 预算数 and 支出 项目 / 预算数), a list of projects with their funds (序号, 资金使用单位,
项目名称, 金额). Pasted one cell per line, each row comes out as its ordinal, its names and its
figures, one a line, and the header above (序号 over 收入 | 支出 over 项目 | 预算数 …) in pieces
that no longer say the width. The ordinals say it themselves: 1, 2, 3 … standing exactly ``k``
cells apart make rows ``k`` cells wide.

Read only where that is certain: three rows or more, their ordinals counting 1, 2, 3 … exactly
``k`` cells apart for one ``k`` only, each other column holding one kind of cell in every row
(names or empty cells; figures or empty cells), the column after the ordinal a column of names,
two figures at least and not all of them counting on (the page numbers of a contents list),
and the rows not running on out of step (a figure where the next row's ordinal should stand). A last row the run cuts short (its last cell on a line of another shape)
is left as it is. Above the rows, a complete 栏次 row (栏次 1 2 … k−1) and a header of ``k`` names
opening with 序号 are the table's first rows; anything else above stays out of the table. Below
them, a 合计 / 总计 row of a table whose columns after the name are all figures is read when its
cells are certain: ``k`` of them (合计, an empty name, the figures), or ``k − 1`` (合计 written
once over the 序号 and name columns), with no figure after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from perflint import data
from perflint.text.patterns import compile_pattern

MIN_ROWS = 3
MIN_WIDTH = 3  # 序号, a name, a figure
_NUMBERS_LABEL = "栏次"
_TOTAL_LABELS = frozenset({"合计", "总计"})


class OrdinalCells(Protocol):
    """What the reader needs of each cell of a run (see :mod:`.cell_grid`): its kind, its key
    (the text without spaces and bracketed notes), whether it is a unit word and whether it
    carries a list marker (``二、``)."""

    kinds: Sequence[str]
    keys: Sequence[str]
    unit: Sequence[bool]
    marked: Sequence[bool]


@cache
def _ordinal_header():
    """The header words of a column that numbers rows (序号, 编号, 行次): the tables' data."""
    return compile_pattern(data.load("arithmetic")["tables"]["ordinal_headers"])


@dataclass(frozen=True)
class OrdinalTable:
    """Where a table of ordinal rows lies in its run of cells."""

    start: int  # its first cell: the header's, when one is read, else the first row's
    end: int  # the index after its last cell
    width: int
    # each row after the header as the index of the cell in each column (None for the cell a
    # 合计 written once over two columns gives back); None when every row is whole
    rows: tuple[tuple[int | None, ...], ...] | None
    headless: bool


def read_ordinal_rows(cells: OrdinalCells, p: int, kinds: tuple[str, str, str], max_width: int,
                      ) -> OrdinalTable | None:
    """The table whose first row opens with the ordinal ``1`` at ``p``; None when its rows are
    not certain.

    ``kinds`` are the name, figure and filler kinds of :mod:`.cell_grid`."""
    if cells.keys[p] != "1":
        return None  # asked of every cell of a run
    fits = [(k, end) for k in range(MIN_WIDTH, max_width + 1) if (end := _rows_end(cells, p, k, kinds)) is not None]
    if len(fits) != 1:
        return None
    width, end = fits[0]
    start = _header_start(cells, p, width, kinds[0])
    body = start if start == p else start + width
    total = _total_row(cells, p, end, width, kinds)
    if total is None:
        return OrdinalTable(start, end, width, None, start == p)
    rows = [tuple(range(i, i + width)) for i in range(body, end, width)]
    rows.append(total)
    last = max(c for c in total if c is not None)
    return OrdinalTable(start, last + 1, width, tuple(rows) if None in total else None, start == p)


def _total_row(cells: OrdinalCells, p: int, end: int, k: int, kinds: tuple[str, str, str],
               ) -> tuple[int | None, ...] | None:
    """The 合计 row after the ordinal rows ending at ``end``, as the index of its cell in each
    column; None when there is none or its cells are not certain."""
    name, figure, filler = kinds
    total = len(cells.kinds)
    if end >= total or cells.keys[end] not in _TOTAL_LABELS or cells.kinds[end] != name:
        return None
    if any(cells.kinds[j] not in (figure, filler) for i in range(p + 2, end, k) for j in range(i, i + k - 2)):
        return None  # names among the columns after the row's name: where a merged 合计 ends is not known
    n = 0  # the figures after 合计, up to the next name: more than the row holds and it is out of step
    while end + 1 + n < total and cells.kinds[end + 1 + n] in (figure, filler):
        n += 1
    if n == k - 1 and cells.kinds[end + 1] == filler:
        return tuple(range(end, end + k))  # 合计, its empty name cell, the figures
    if n == k - 2:
        return (end, None, *range(end + 1, end + k - 1))  # 合计 written once over 序号 and name
    return None


def _rows_end(cells: OrdinalCells, p: int, k: int, kinds: tuple[str, str, str]) -> int | None:
    """Where rows ``k`` wide opening with ordinals 1, 2, 3 … from ``p`` end, when they are certain."""
    name, figure, filler = kinds
    n, i, total = 1, p, len(cells.kinds)
    columns: list[set[str]] = [set() for _ in range(k)]
    while i + k <= total and cells.keys[i] == str(n):
        row = range(i + 1, i + k)
        if any(cells.kinds[j] not in kinds for j in row) or any(cells.unit[j] for j in row if cells.kinds[j] == name):
            return None  # a sentence, or a figure's unit broken off its sentence (共有车辆 / 5 / 辆)
        for j in row:
            columns[j - i].add(cells.kinds[j])
        i, n = i + k, n + 1
    if n - 1 < MIN_ROWS:
        return None
    if i < total and cells.kinds[i] in (figure, filler) and not (cells.keys[i] == str(n) and i + k > total):
        return None  # out of step: a figure where a row would open (the next ordinal only on a cut last row)
    used = [c - {filler} for c in columns[1:]]
    if any(len(c) > 1 for c in used) or used[0] != {name} or figure not in set().union(*used):
        return None  # a column of names and figures alike, or no name after the ordinal
    figures = sum(cells.kinds[j] == figure for j in range(p, i) if (j - p) % k)
    if figures < 2 or all(_counts(cells, p, i, k, c) for c in range(1, k) if figure in columns[c]):
        return None  # no amounts: figures that count on (page numbers of a contents list)
    return i


def _counts(cells: OrdinalCells, p: int, end: int, k: int, c: int) -> bool:
    """Whether column ``c`` of the rows holds whole numbers counting on by one (5, 6, 7: the
    pages of a contents list, or a second numbering), not amounts."""
    values = [cells.keys[j] for j in range(p + c, end, k) if cells.keys[j]]
    if not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _header_start(cells: OrdinalCells, p: int, k: int, name: str) -> int:
    """The first cell of the table: a complete 栏次 row just above the rows, and above it (or
    just above the rows) a header of ``k`` names opening with 序号, when they are there."""
    keys, q = cells.keys, p
    if q >= k and keys[q - k] == _NUMBERS_LABEL and all(keys[q - k + j] == str(j) for j in range(1, k)):
        q -= k
    if q >= k and _ordinal_header().fullmatch(keys[q - k]) and all(
            cells.kinds[j] == name and not cells.marked[j] for j in range(q - k, q)):
        q -= k
    return q
