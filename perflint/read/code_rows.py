"""Rows of an account-code table pasted one cell per line: each row opens with its code.

The 决算 tables by 功能分类科目 (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表 …) list
their rows by account code: a 3-digit 类 (``210``), its 5-digit 款 (``21015``) and their 7-digit
项 (``2101501``), each code followed by its name and the row's figures. Pasted one cell per line,
their header (项目 over 科目代码 / 科目名称, a 栏次 row of column numbers) comes out in pieces that
no longer say the width; the rows say it themselves, though. A code nests in the code above it
(``21015`` under ``210``) and is followed by a name, which no figure of the table is; the figures
of a row run up to the next code. When every row holds the same number of figures the width is
certain, and the rows (and a 合计 row above them holding as many figures) are read as a table
without a header. An excerpt may open below a 类 (at ``2010102``, its 类 and 款 above the cut):
when no code stands before it, the codes whose parent is above the cut must share the first
code's parent, and one code at least must nest in another read (``2010301`` under ``20103``),
since amounts never do. Anything
less certain — a row short of figures (a lost empty cell: which column?), a code that does not
nest before the width is certain — and the rows are not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from perflint.text.patterns import lazy_compile

_CODE = lazy_compile(r"^[23]\d{2}(?:\d{2}){0,2}$")  # 类 / 款 / 项 of the 功能 (2xx) and 经济 (3xx) classes
_TOTAL_LABELS = frozenset({"合计", "总计"})
MIN_CODE_ROWS = 2


class CodeCells(Protocol):
    """What the reader needs of each cell of a run: its kind and its key (see :mod:`.cell_grid`)."""

    kinds: Sequence[str]
    keys: Sequence[str]
    unit: Sequence[bool]


def read_code_rows(cells: CodeCells, p: int, kinds: tuple[str, str, str], max_figures: int,
                   ) -> tuple[list[tuple[int | None, ...]], int, int] | None:
    """The rows of an account-code table opening at ``p`` (its 合计 row or its first 类 code):
    each the index of the cell in each column (None for the empty code cell of the 合计 row), the
    index after the last row and the width; None when the rows are not certain."""
    name, figure, filler = kinds
    total = p if cells.keys[p] in _TOTAL_LABELS and cells.kinds[p] == name else None
    if total is None and not _is_code_row(cells, p, name):
        return None  # most cells open no such table: asked of every cell of a run
    i = p + 1 if total is not None else p
    total_figures = _figures_from(cells, i, kinds)
    if total is not None:
        i += total_figures
    rows: list[tuple[int | None, ...]] = []
    parents: dict[int, str] = {}
    width = 0
    if not _is_code_row(cells, i, name):
        return None  # a 合计 over no code rows
    top = cells.keys[i]  # the first code: a 类, or the code the text opens at
    nested = False
    if len(top) != 3 and (total is not None or any(_is_code_row(cells, j, name) for j in range(p))):
        return None  # a 合计 stands over the 类 rows, and only the text's first code may be no 类
    while _is_code_row(cells, i, name):
        code = cells.keys[i]
        n = _figures_from(cells, i + 2, kinds)
        if not _nests(code, parents, top) and not (
                len(top) == 3 and len(rows) >= MIN_CODE_ROWS and n == width - 2 and _stray(code, parents)):
            return None
        nested = nested or parents.get(len(code) - 2, "\0") == code[:-2]
        if n == 0 or width and n != width - 2:
            return None  # a row short of figures, or one running on: where its cells go is not known
        width = n + 2
        rows.append(tuple(range(i, i + width)))
        i += width
    if len(rows) < MIN_CODE_ROWS or width - 2 > max_figures or len(top) != 3 and not nested:
        return None
    if total is not None:
        if total_figures != width - 2:
            return None
        # the 合计 spans the code and name columns: read as a name, the code column stays codes only
        rows.insert(0, (None, total, *range(total + 1, total + 1 + total_figures)))
    return rows, i, width


# A code table's header opening with its code and name columns (科目编码 | 科目名称 | …), as the
# header cells' keys (:func:`~perflint.read.cell_grid._header_key`) write them.
_CODE_HEADER = lazy_compile(r"^(?:科目|功能分类科目|经济分类科目|项目)?(?:代码|编码)$")
_NAME_HEADER = lazy_compile(r"^(?:科目|项目)?名称$")
_NUMBERS_LABELS = frozenset({"栏次", "行次"})


def read_headed_code_rows(cells: CodeCells, p: int, kinds: tuple[str, str, str], max_figures: int,
                          ) -> tuple[list[tuple[int | None, ...]], int, int] | None:
    """The header and rows of an account-code table pasted one cell a line with its header in one
    row: 科目编码 | 科目名称 | k names of figure columns, then rows of a code, a name and k figures,
    or of a label alone and k figures (合计, 人员经费合计, 公用经费合计: the code cell empty). The
    header says the width, so one row is a table (公开08表's 合计 row under a note that the table
    is empty). Each row as :func:`read_code_rows` gives it (the header row first), the index
    after the last row and the width; None when the header is not such a header, or a row does
    not fit (a figure short, or more: where its cells go is not known)."""
    name, figure, filler = kinds
    keys = cells.keys
    if not (_CODE_HEADER.match(keys[p]) and p + 1 < len(keys) and _NAME_HEADER.match(keys[p + 1])):
        return None
    i = p + 2
    while i + 1 < len(keys) and cells.kinds[i] == name and cells.kinds[i + 1] == name and not _is_code_row(cells, i, name):
        i += 1  # a figure column's name: the last one is followed by the first row's label or code
    figures = i - p - 2
    if figures == 0 and _is_code_row(cells, i, name):
        return None
    if not 1 <= figures <= max_figures or cells.kinds[i] != name or keys[i] in _NUMBERS_LABELS:
        return None  # (a 栏次 row under the header: the header pieces are read as before, see text.py)
    width = figures + 2
    rows: list[tuple[int | None, ...]] = [tuple(range(p, p + width))]
    while i < len(keys):
        if _is_code_row(cells, i, name) and _figures_from(cells, i + 2, kinds) == figures:
            rows.append(tuple(range(i, i + width)))
            i += width
        elif cells.kinds[i] == name and not cells.unit[i] and not _CODE.match(keys[i]) \
                and _figures_from(cells, i + 1, kinds) == figures:
            rows.append((None, *range(i, i + width - 1)))
            i += width - 1
        else:
            break
    if len(rows) < 2 or i < len(keys) and (cells.kinds[i] in (figure, filler) or _is_code_row(cells, i, name)):
        return None  # no row, or rows out of step (a figure, or a code row short of figures, where a row would start)
    if not any(cells.kinds[c] == figure for row in rows[1:] for c in row if c is not None):
        return None
    return rows, i, width


def _is_code_row(cells: CodeCells, i: int, name: str) -> bool:
    """Whether an account code followed by a name stands at ``i`` (an amount never is)."""
    return (i + 1 < len(cells.keys) and _CODE.match(cells.keys[i]) is not None
            and cells.kinds[i + 1] == name and not cells.unit[i + 1])


def _figures_from(cells: CodeCells, i: int, kinds: tuple[str, str, str]) -> int:
    """How many figures (or fillers) stand from ``i`` on, up to the next code row."""
    n = 0
    while i + n < len(cells.kinds) and cells.kinds[i + n] in kinds[1:] and not _is_code_row(cells, i + n, kinds[0]):
        n += 1
    return n


def _nests(code: str, parents: dict[int, str], top: str) -> bool:
    """Whether ``code`` nests in the codes above it (a 款 under its 类, a 项 under its 款). A code
    whose parent level has no code yet stands under the first code's parent, above the text's
    start (``2010102`` after ``2010101``, ``20103`` after either). ``parents`` holds the last code
    of each length, updated."""
    if len(code) > 3:
        parent = parents.get(len(code) - 2)
        if parent is None and (len(code) > len(top) or code[:len(code) - 2] != top[:len(code) - 2]):
            return False
        if parent is not None and not code.startswith(parent):
            return False
    parents[len(code)] = code
    for longer in (5, 7):
        if longer > len(code):
            parents.pop(longer, None)
    return True


def _stray(code: str, parents: dict[int, str]) -> bool:
    """A code that does not nest, taken as a row all the same (``22202`` typed among the rows
    under ``221``): in a table that opens at its 类 and whose width is certain, a code, a name
    and as many figures as every row are a row, and a mistyped code is what A102 tells (an
    excerpt opening below its 类 still needs its codes to nest). ``parents`` takes
    the code as its level's last."""
    parents[len(code)] = code
    for longer in (5, 7):
        if longer > len(code):
            parents.pop(longer, None)
    return True


def codes_ending_rows(cells: CodeCells, ends: range, name: str) -> int:
    """How many of the row ends ``ends`` (the index of each row's last cell) hold an account
    code followed by a name: the rows of a code table read one cell out of step (合计 | 1,133.18
    | … | 210, then 卫生健康支出 | … | 21015)."""
    return sum(_is_code_row(cells, e, name) for e in ends)
