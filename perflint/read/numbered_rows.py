"""Rows of a 行次 table pasted one cell per line that lost their empty cells.

A 决算 table such as the 收入支出决算总表 is built of halves of three columns — 项目, 行次, 金额 —
once or twice side by side, and every row of each half carries its 行次: the left half counts
1, 2, 3 …, the right half counts on from its own first number (29, 30 … or 32, 33 …). Text
copied out of a PDF or a web page drops the empty cells: a row whose 金额 is empty, whose
income side has no item (`` | 9 | | 九、卫生健康支出 | 40 | 1,133.18``), or whose items are
all empty (``30`` then ``61``) comes out shorter than the header, so no one row width fits.

The 行次 numbers say where each cell belongs, though: each half of a row opens with its name (or
none) and its 行次, and what stands after the number, before the next name or number, is its
金额. This module reads rows that way and gives the lost cells back. It reads only what is
certain: a header of 项目 行次 金额 (twice, the halves alike, for two halves), a first row
complete and numbered 1 on the left, every half of every row carrying the number its column
counts to, and no 金额 that could be the next 行次 (an integer equal to a number still to come);
anything else and the table is not read this way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

HALF = 3  # 项目, 行次, 金额
ROW_NUMBER = "行次"


class NumberedCells(Protocol):
    """What the reader needs of each cell of a run: its kind (see :mod:`.cell_grid`), its header
    key (the text without spaces and bracketed notes) and whether it is a unit word."""

    kinds: Sequence[str]
    keys: Sequence[str]
    unit: Sequence[bool]


class _OutOfStep(Exception):
    """A cell that could belong to two places: the table is not read."""


def header_width(cells: NumberedCells, p: int, name: str) -> int:
    """The width of a 行次 header at ``p`` (3, or 6 for two alike halves), else 0."""
    keys, kinds = cells.keys, cells.kinds
    if p + HALF > len(keys) or keys[p + 1] != ROW_NUMBER or any(kinds[p + j] != name for j in range(HALF)):
        return 0
    second = p + HALF
    if second + HALF <= len(keys) and keys[second + 1] == ROW_NUMBER and all(kinds[second + j] == name for j in range(HALF)):
        return 2 * HALF if keys[second:second + HALF] == keys[p:p + HALF] else 0
    return HALF


def read_numbered_rows(cells: NumberedCells, body: int, halves: int, kinds: tuple[str, str, str],
                       ) -> tuple[list[tuple[int | None, ...]], int] | None:
    """The rows from ``body`` on, each as the index of the cell in each column (None for a
    cell given back), and the index after the last; None when the rows are not certain.

    ``kinds`` are the name, figure and filler kinds of :mod:`.cell_grid`."""
    name, figure, filler = kinds
    first = _complete_row(cells, body, halves, kinds)
    if first is None:
        return None
    rows: list[tuple[int | None, ...]] = [first]
    expected = [int(cells.keys[first[h * HALF + 1]]) + 1 for h in range(halves)]
    i = body + halves * HALF
    try:
        while (read := _row(cells, i, expected, kinds)) is not None:
            row, i = read
            rows.append(row)
            expected = [e + 1 for e in expected]
    except _OutOfStep:
        return None
    if i < len(cells.kinds) and cells.kinds[i] in (figure, filler):
        return None  # a figure where a row would open: the rows ran out of step
    return rows, i


def _complete_row(cells: NumberedCells, at: int, halves: int, kinds: tuple[str, str, str]) -> tuple[int, ...] | None:
    """The first row, which must be whole: each half a name, its 行次 (1 on the left, counting
    on to the right) and a figure."""
    name, figure, filler = kinds
    if at + halves * HALF > len(cells.kinds):
        return None
    numbers = []
    for h in range(halves):
        c = at + h * HALF
        if cells.kinds[c] != name or cells.unit[c] or not cells.keys[c + 1].isdigit() \
                or cells.kinds[c + 2] not in (figure, filler):
            return None
        numbers.append(int(cells.keys[c + 1]))
    if numbers[0] != 1 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return None
    return tuple(range(at, at + halves * HALF))


def _row(cells: NumberedCells, i: int, expected: list[int], kinds: tuple[str, str, str],
         ) -> tuple[tuple[int | None, ...], int] | None:
    """One row from ``i`` whose halves carry the numbers ``expected``, and where it ends; None
    where no such row opens (the table ends). A row whose left half is read but not its right
    half is out of step."""
    row: list[int | None] = []
    for h, number in enumerate(expected):
        half = _half(cells, i, number, kinds[0])
        if half is None:
            if h == 0:
                return None
            raise _OutOfStep
        label, i = half
        number_at = i - 1
        amount = None
        if i < len(cells.kinds) and cells.kinds[i] in kinds[1:] and not _next_number(cells, i, expected, h, kinds[0]):
            amount, i = i, i + 1
        row += [label, number_at, amount]
    return tuple(row), i


def _half(cells: NumberedCells, i: int, number: int, name: str) -> tuple[int | None, int] | None:
    """The name (or None) of a half opening at ``i`` whose 行次 is ``number``, and the index of
    the cell after its 行次; None when no such half opens there."""
    keys = cells.keys
    if i < len(keys) and keys[i] == str(number):
        return None, i + 1
    if i + 1 < len(keys) and cells.kinds[i] == name and not cells.unit[i] and keys[i + 1] == str(number):
        return i, i + 2
    return None


def _next_number(cells: NumberedCells, i: int, expected: list[int], h: int, name: str) -> bool:
    """Whether the figure at ``i``, after the 行次 of half ``h``, is the next 行次 (this half's
    金额 lost: ``30`` then ``61``, or a row's last 金额 lost before the next row's ``9``) rather
    than a 金额. It is when it is the number that comes next and, read as a 金额, would leave no
    half after it carrying that number. Otherwise a 金额 that could be a 行次 still to come is not
    certain: the table is not read."""
    key = cells.keys[i]
    after = expected[h + 1] if h + 1 < len(expected) else expected[0] + 1
    if key == str(after):
        if _half(cells, i + 1, after, name) is not None:
            raise _OutOfStep  # 61 then 61, or 61 then a name and 61: either may be the 金额
        return True
    if key in {str(e) for e in expected[h + 1:]} | {str(e + 1) for e in expected}:
        raise _OutOfStep  # a 金额 or a 行次 further on: not certain
    return False
