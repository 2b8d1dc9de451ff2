"""Rows of a 行次 table pasted one cell per line that lost their empty cells.

A 决算 table such as the 收入支出决算总表 is built of halves — 项目, 行次 and its amounts (金额,
or 合计 and its sources) — once or twice side by side, and every row of each half carries its
行次: the left half counts
1, 2, 3 …, the right half counts on from its own first number (29, 30 … or 32, 33 …). Text
copied out of a PDF or a web page drops the empty cells: a row whose 金额 is empty, whose
income side has no item (`` | 9 | | 九、卫生健康支出 | 40 | 1,133.18``), or whose items are
all empty (``30`` then ``61``) comes out shorter than the header, so no one row width fits.

The 行次 numbers say where each cell belongs, though: each half of a row opens with its name (or
none) and its 行次, and what stands after the number, before the next name or number, is its
金额. This module reads rows that way and gives the lost cells back. It reads only what is
certain: a header of 项目 行次 and amount columns (twice, each half opening with the same name,
for two halves), a first row complete and numbered 1 on the left, every half of every row
carrying the number its column counts to and all its amounts or none, and no 金额 that could be
the next 行次 (an integer equal to a number still to come); anything else and the table is not
read this way.
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


def header_halves(cells: NumberedCells, p: int, name: str) -> tuple[int, ...]:
    """The widths of the halves of a 行次 header at ``p`` — each 项目, 行次 and one or more amount
    columns, one half or two side by side opening with the same name (项目 行次 金额 | 项目 行次
    合计 一般公共预算财政拨款 …) — else ``()``. The header ends at a 栏次 row or at the first row,
    a name before the 行次 1."""
    keys, kinds, n = cells.keys, cells.kinds, len(cells.keys)
    if p + 2 >= n or kinds[p] != name or keys[p + 1] != ROW_NUMBER:
        return ()
    starts, i = [p], p + 2
    while i < n and kinds[i] == name and keys[i] != "栏次" and not (i + 1 < n and keys[i + 1] == "1"):
        if i + 1 < n and keys[i + 1] == ROW_NUMBER:
            starts.append(i)
        i += 1
    sizes = tuple(b - a for a, b in zip(starts, [*starts[1:], i], strict=True))
    if len(sizes) > 2 or min(sizes) < HALF or any(keys[s] != keys[p] for s in starts):
        return ()
    if len(sizes) == 2 and sizes[0] == sizes[1] and keys[p:p + sizes[0]] != keys[starts[1]:i]:
        return ()  # two halves of one width read alike (项目 行次 金额 ×2)
    return sizes


def read_numbered_rows(cells: NumberedCells, body: int, sizes: tuple[int, ...], kinds: tuple[str, str, str],
                       ) -> tuple[list[tuple[int | None, ...]], int] | None:
    """The rows from ``body`` on under halves ``sizes`` wide, each as the index of the cell in
    each column (None for a cell given back), and the index after the last; None when the rows
    are not certain.

    ``kinds`` are the name, figure and filler kinds of :mod:`.cell_grid`."""
    figure, filler = kinds[1:]
    first = _complete_row(cells, body, sizes, kinds)
    if first is None:
        return None
    rows: list[tuple[int | None, ...]] = [first]
    offsets = [sum(sizes[:h]) for h in range(len(sizes))]
    expected = [int(cells.keys[first[o + 1]]) + 1 for o in offsets]
    i = body + sum(sizes)
    try:
        while (read := _row(cells, i, expected, sizes, kinds)) is not None:
            row, i = read
            rows.append(row)
            expected = [e + 1 for e in expected]
    except _OutOfStep:
        return None
    if i < len(cells.kinds) and cells.kinds[i] in (figure, filler):
        return None  # a figure where a row would open: the rows ran out of step
    return rows, i


def _complete_row(cells: NumberedCells, at: int, sizes: tuple[int, ...], kinds: tuple[str, str, str],
                  ) -> tuple[int, ...] | None:
    """The first row, which must be whole: each half a name, its 行次 (1 on the left, counting
    on to the right) and its figures."""
    name, figure, filler = kinds
    if at + sum(sizes) > len(cells.kinds):
        return None
    numbers, c = [], at
    for size in sizes:
        if cells.kinds[c] != name or cells.unit[c] or not cells.keys[c + 1].isdigit() \
                or any(cells.kinds[c + j] not in (figure, filler) for j in range(2, size)):
            return None
        numbers.append(int(cells.keys[c + 1]))
        c += size
    if numbers[0] != 1 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return None
    return tuple(range(at, c))


def _row(cells: NumberedCells, i: int, expected: list[int], sizes: tuple[int, ...], kinds: tuple[str, str, str],
         ) -> tuple[tuple[int | None, ...], int] | None:
    """One row from ``i`` whose halves carry the numbers ``expected``, and where it ends; None
    where no such row opens (the table ends). A row whose left half is read but not its right
    half is out of step, and so is a half holding some of its figures but not all (which of its
    columns lost a cell is not known)."""
    row: list[int | None] = []
    for h, number in enumerate(expected):
        half = _half(cells, i, number, kinds[0])
        if half is None:
            if h == 0:
                return None
            raise _OutOfStep
        label, i = half
        number_at = i - 1
        amounts: list[int] = []
        while len(amounts) < sizes[h] - 2 and i < len(cells.kinds) and cells.kinds[i] in kinds[1:] \
                and not _next_number(cells, i, expected, h, kinds[0]):
            amounts.append(i)
            i += 1
        if amounts and len(amounts) < sizes[h] - 2:
            raise _OutOfStep
        row += [label, number_at, *(amounts or [None] * (sizes[h] - 2))]
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
