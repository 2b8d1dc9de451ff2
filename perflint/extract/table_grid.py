"""A table read as a grid: header rows, data rows and the role of each column.

A table from a text draft is a list of rows of cells, often ragged: header rows split over two
lines, empty cells, a value shifted one column. This module reads a :class:`~perflint.model.Table`
as a :class:`Grid` (header rows, data rows, the role of each column: label, account code, row
number, figures) and lists the sums the grid states (:class:`SumRelation`: a total and its
parts). It lists a relation only when the grid leaves no doubt which cells are its parts: a
header that does not line up with the data, a hierarchy it cannot tell, a label that occurs
twice make the relation unknown rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import zip_longest

from perflint import data
from perflint.frozen import quick_init
from perflint.model import Cell, SourceText, Table
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, parse_cell
from perflint.text.patterns import compile_pattern, lazy_compile

# An account code of the 政府收支分类: 类 201, 款 20101, 项 2010101.
ACCOUNT_CODE = lazy_compile(r"^\d{3}(?:\d{2}){0,2}$")


# What a row label may carry around its name: a leading 一、 / 1. / （一） and a trailing note in
# brackets (使用非财政拨款结余（含专用结余）): looked up by the name alone as well.
_LABEL_NOTE = lazy_compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])|[（(][^（()）]{1,12}[)）]$")


def label_name(text: str) -> str:
    """A row label without blanks and without the marker or bracketed note around its name."""
    return _LABEL_NOTE.sub("", compact(text))


@cache
def table_conf() -> dict:
    return data.load("arithmetic")["tables"]


@quick_init
@dataclass(frozen=True)
class Figure:
    """A figure cell: where it is and what it says."""

    cell: Cell
    quantity: Quantity
    row: int
    col: int


@dataclass(frozen=True)
class SumRelation:
    """``total`` should equal the sum of ``parts`` (an empty part cell counts as 0)."""

    kind: str  # row | column | code | identity | balance
    total: Figure
    parts: tuple[Figure, ...]
    label: str  # what the total is: 合计, 公用经费合计, 210 卫生健康支出, a column header
    name: dict | None = None  # the identity's name (zh/en) when kind is identity
    empty_parts: int = 0  # part cells left blank (read as 0)
    part_labels: tuple[str, ...] = ()  # the row labels of the parts, when the relation is by label


@dataclass
class Grid:
    """A table as a grid of cells with its data rows and the role of each column."""

    table: Table  # the table read (for a grid read below another, :func:`read_below`, the whole table)
    cells: list[list[Cell]]
    data_start: int
    data_end: int
    numbering_rows: set[int]
    roles: list[str]  # per column: label | code | ordinal | value
    segments: list[tuple[int, int]]  # [start, end) column ranges: label columns then value columns
    headers: list[list[str]] = field(default_factory=list)  # header rows (texts), aligned with width
    width: int = 0
    # the account code of each data row whose code is split over 类 | 款 | 项 cells, put together
    split_codes: dict[int, str] = field(default_factory=dict)
    # each cell's text without its surrounding blanks, row by row (what :meth:`text` answers)
    texts: list[list[str]] = field(default_factory=list, repr=False, compare=False)
    _row_labels: dict[tuple[int, int, int], str] = field(default_factory=dict, init=False, repr=False,
                                                         compare=False)
    _labels: dict[str, list[tuple[int, int]]] | None = field(default=None, init=False, repr=False, compare=False)
    _compact: dict[str, list[tuple[int, int]]] | None = field(default=None, init=False, repr=False, compare=False)
    _figure_reach: tuple[int, int] | None = field(default=None, init=False, repr=False, compare=False)

    def compact_cells(self) -> dict[str, list[tuple[int, int]]]:
        """Every filled cell of the grid (any row) by its text without blanks, in reading order:
        built once per grid, for the labels a form spreads over its cells."""
        if self._compact is None:
            self._compact = {}
            for r, row in enumerate(self.cells):
                for c, cell in enumerate(row):
                    key = compact(cell.value)
                    if key:
                        self._compact.setdefault(key, []).append((r, c))
        return self._compact

    def label_cells(self) -> dict[str, list[tuple[int, int]]]:
        """The label and code cells of the data rows by their text without blanks, in reading
        order: built once per grid, since identities look up a dozen labels in each table."""
        if self._labels is None:
            self._labels = {}
            for r in self.data_rows():
                for c in range(len(self.cells[r])):
                    if self.roles[c] in ("label", "code"):
                        key = compact(self.text(r, c))
                        self._labels.setdefault(key, []).append((r, c))
                        bare = _LABEL_NOTE.sub("", key)
                        if bare and bare != key:  # 使用非财政拨款结余（含专用结余）, 一、本年收入合计
                            self._labels.setdefault(bare, []).append((r, c))
        return self._labels

    def figure(self, r: int, c: int) -> Figure | None:
        if r >= len(self.cells) or c >= len(self.cells[r]):
            return None
        if self.unaligned(r):
            return None
        q = _figure_quantity(self.cells[r][c].value)
        return Figure(self.cells[r][c], q, r, c) if q else None

    def unaligned(self, r: int) -> bool:
        """Whether row ``r`` is short of cells at places nothing tells, so that no figure of it has
        a known column: a row of a table whose cells only spaces set apart (``kind`` loose) short
        of cells; a row of any other table short of two cells or more that stops before the last
        column the other rows fill with figures (a web table's merged cells or empty ones lost:
        ``项目支出 | 80.25`` under four columns may have lost its 预算数 as well as its last cells).
        A row short of one cell is taken to have lost it at its end (an editor strips a trailing
        blank), and so is a row that stops where a side of a two-sided table ends (收入 | 支出:
        ``五、其他收入 | 5 | 35.20`` with nothing on the 支出 side); a row short only of columns
        that hold no figure (a 备注) keeps its columns."""
        if r < self.data_start or len(self.cells[r]) >= self.width:
            return False
        if self.table.kind == "loose":
            return True
        # a row of a label alone (a heading row, 一、基本支出) is blank in every column, wherever
        # its cells were lost
        row = self.cells[r]
        reach, usual = self.figure_reach()
        if usual - len(row) < 2 or len(row) >= reach or any(end == len(row) for _, end in self.segments):
            return False  # (a two-sided table's row that fills its left side only: the right is blank)
        return any(_figure_quantity(cell.value) for cell in row)

    def figure_reach(self) -> tuple[int, int]:
        """One past the last column the data rows of the table's usual length (the most common
        one; a total row one cell longer is no measure) fill with a figure (0 for none), and
        that length."""
        if self._figure_reach is None:
            rows = [r for r in range(self.data_start, self.data_end) if r not in self.numbering_rows]
            lengths = [len(self.cells[r]) for r in rows]
            usual = max(set(lengths), key=lambda n: (lengths.count(n), n)) if lengths else 0
            reach = 0
            for r in rows:
                row = self.cells[r]
                if len(row) != usual:
                    continue
                for c in range(len(row) - 1, reach - 1, -1):
                    if _figure_quantity(row[c].value):
                        reach = c + 1
                        break
            self._figure_reach = (reach, usual)
        return self._figure_reach

    def text(self, r: int, c: int) -> str:
        if r >= len(self.texts):
            return ""
        row = self.texts[r]
        return row[c] if c < len(row) else ""

    def segment_of(self, c: int) -> tuple[int, int] | None:
        return next((s for s in self.segments if s[0] <= c < s[1]), None)

    def value_columns(self, seg: tuple[int, int]) -> list[int]:
        return [c for c in range(*seg) if self.roles[c] == "value"]

    def row_label(self, r: int, seg: tuple[int, int]) -> str:
        """The row's name in the segment: its label, code and non-number ordinal cells, without
        blanks. Remembered per grid: the row totals and the amounts the prose quotes ask it of
        every row of every segment."""
        key = (r, seg[0], seg[1])
        label = self._row_labels.get(key)
        if label is None:
            parts = []
            roles = self.roles
            row = self.texts[r] if r < len(self.texts) else []
            for c in range(seg[0], min(seg[1], len(row))):
                t = row[c]
                if t and (roles[c] in ("label", "code", "code_level") or roles[c] == "ordinal" and not _is_int(t)):
                    parts.append(t)
            label = self._row_labels[key] = compact(" ".join(parts))
        return label

    def code(self, r: int, seg: tuple[int, int]) -> str | None:
        for c in range(*seg):
            if self.roles[c] == "code_level":
                return self.split_codes.get(r)
            if self.roles[c] == "code" and ACCOUNT_CODE.match(self.text(r, c)):
                return self.text(r, c)
        return None

    def data_rows(self) -> list[int]:
        return [r for r in range(self.data_start, self.data_end) if r not in self.numbering_rows]


@remember_short(16384)
def _figure_quantity(text: str) -> Quantity | None:
    """The cell's figure when it is an amount or a plain number to add (not a rate, not a
    relation such as ``≥90``). Remembered: every reading of a grid (its first figure row, the
    end of its block, each column's role, the sums) asks it of the same cells again, about
    fifty thousand times over the benchmark's drafts; a hit is a dict lookup in C."""
    q = parse_cell(text)
    if q is None or q.relation or q.kind not in ("money", "plain"):
        return None
    return q


def _is_int(text: str) -> bool:
    """One to three decimal digits (what ``\\d{1,3}`` matches), without a regex: it runs on every cell."""
    t = text.strip()
    return 0 < len(t) <= 3 and t.isdecimal()


@cache
def _header_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ordinal (栏次, 序号), account-code and rate (执行率（%）) header patterns, compiled once."""
    conf = table_conf()
    return (compile_pattern(conf["ordinal_headers"]), compile_pattern(conf["code_headers"]),
            compile_pattern(conf["ratio_headers"]))


def _is_numbering_row(texts: list[str]) -> bool:
    """A 栏次 row: column numbers 1, 2, 3 … (and the word 栏次), nothing else.

    Asked of every row of every table: the first cell that is neither a small number nor an
    ordinal header (a row's label, mostly) answers it."""
    ordinal_headers = _header_res()[0]
    ints: list[int] = []
    words = False
    for t in texts:  # stripped texts: ``_is_int`` written out, asked of every row's first cell
        if not t:
            continue
        if len(t) <= 3 and t.isdecimal():
            ints.append(int(t))
        elif ordinal_headers.search(t):
            words = True
        else:
            return False
    if not ints:
        return words
    if len(ints) < 2:
        return False
    return all(b == a + 1 for a, b in zip(ints, ints[1:], strict=False))


_RECENT: dict[int, tuple[Table, int, Grid | None]] = {}
_RECENT_MAX = 32  # the tables of the document being checked, about


def read_grid(table: Table) -> Grid | None:
    """The table as a grid, or None when it holds no figures to add.

    The sums (:mod:`perflint.extract.tables`), the amounts the prose quotes (:mod:`table_amounts`)
    and the account tables read the same tables: the grid of the last tables read is kept (by
    the table's identity and row count; a grid is never changed once read), so a table is read
    once per run of the checks, not once per asker."""
    key = id(table)
    hit = _RECENT.get(key)
    if hit is not None and hit[0] is table and hit[1] == len(table.rows):
        return hit[2]
    grid = _read_grid(table)
    if len(_RECENT) >= _RECENT_MAX:
        # the oldest out (insertion order), not every one: clearing all dropped the grids of the
        # document being checked too, read again by the next asker (and freed tables by the dozen)
        del _RECENT[next(iter(_RECENT))]
    _RECENT[key] = (table, len(table.rows), grid)
    return grid


def read_below(grid: Grid) -> Grid | None:
    """The grid of the rows of ``grid`` from the end of its block of data on (a table stacked
    under another, :mod:`table_amounts`): read as :func:`read_grid` reads a table of those rows,
    from the cells, texts and 栏次 rows ``grid`` already holds (rows after its block are as the
    table has them). Its rows are counted from the cut; its ``table`` is the whole table they
    were cut from (no table of the rows below is made: nothing reads it)."""
    cut = grid.data_end
    return _grid_of(grid.table, grid.cells[cut:], grid.texts[cut:], {r - cut for r in grid.numbering_rows if r >= cut})


def _read_grid(table: Table) -> Grid | None:
    cells = [list(r.cells) for r in table.rows]
    texts = [[c.value.strip() for c in row] for row in cells]
    return _grid_of(table, cells, texts, {r for r, t in enumerate(texts) if _is_numbering_row(t)})


def _grid_of(table: Table, cells: list[list[Cell]], texts: list[list[str]], numbering: set[int]) -> Grid | None:
    fq = _figure_quantity
    # ``any(map(fq, row))``: whether the row holds a figure, asked in C (a figure is truthy)
    start = next((r for r, row in enumerate(texts) if r not in numbering and any(map(fq, row))), None)
    if start is None:
        return None
    end = _block_end(texts, start, numbering)
    width = max(len(cells[r]) for r in range(start, end))
    header_rows = [r for r in range(start) if r not in numbering]
    paired = _paired_totals(texts, start, end, width)
    roles = _column_roles(texts, header_rows, start, end, numbering | paired | _short_rows(table, cells, start, end, width), width)
    split = _split_code_columns(texts, header_rows, start, end, numbering, width, roles)
    if paired and _place_paired_totals(cells, texts, paired, roles, width):
        roles = _column_roles(texts, header_rows, start, end, numbering | _short_rows(table, cells, start, end, width), width)
    if _place_short_totals(cells, texts, range(start, end), roles, width):
        roles = _column_roles(texts, header_rows, start, end, numbering | _short_rows(table, cells, start, end, width), width)
        split = _split_code_columns(texts, header_rows, start, end, numbering, width, roles)
    start = next((r for r in range(start, end) if r not in numbering and any(
        roles[c] == "value" and fq(t) for c, t in enumerate(texts[r][:width]))), start)
    segments = _segments(roles)
    headers = [texts[r] for r in range(start) if r not in numbering]
    return Grid(table, cells, start, end, numbering, roles, segments, headers, width, split, texts)


def _short_rows(table: Table, cells: list[list[Cell]], start: int, end: int, width: int) -> set[int]:
    """A spaced table's rows short of cells (blank ones lost at places nothing tells): they tell
    nothing of the columns' roles. None for any other table."""
    if table.kind != "loose":
        return set()
    return {r for r in range(start, end) if len(cells[r]) < width}


@cache
def _total_label():
    return compile_pattern(table_conf()["total_labels"])


def _place_short_totals(cells: list[list[Cell]], texts: list[list[str]], rows: range, roles: list[str],
                        width: int) -> bool:
    """Put the figures of a 合计 row that lost its empty cells in the figure columns.

    A table of space-separated cells drops its empty cells, and a 合计 written once over the
    序号 and name columns leaves a row shorter than the others (``合计 4569`` under ``序号 资金使用单位
    项目名称 金额``): read as written, its figure stands in a column of names. When the row is its
    label and then as many figures as the table has figure columns, each figure's column is
    certain. ``cells`` and ``texts`` (the grid's own, not the table's) are laid out again; True
    when a row was."""
    values = [c for c in range(width) if roles[c] == "value"]
    if not values or values[0] == 0:
        return False  # no column for the label before the figures
    placed = False
    for r in rows:
        row = texts[r]
        if len(row) >= width or len(row) - 1 != len(values) or not _total_label().match(compact(row[0])) \
                or not all(_figure_quantity(t) for t in row[1:]):
            continue
        label = cells[r][0]
        blank = Cell(SourceText.at("", label.text.path, label.line, label.text.locate().end_column or 1))
        laid = [label, *[blank] * (width - 1)]
        for c, cell in zip(values, cells[r][1:], strict=True):
            laid[c] = cell
        cells[r] = laid
        texts[r] = [c.value.strip() for c in laid]
        placed = True
    return placed


_PAIRED_TOTAL = lazy_compile(r"(?:合\s*计|总\s*计)$")


def _paired_totals(texts: list[list[str]], start: int, end: int, width: int) -> set[int]:
    """The rows of a two-sided table (人员经费 | 公用经费, 收入 | 支出) closing each side with its
    total, as a PDF's text flattens them: ``人员经费合计 1,300.42 公用经费合计 334.00``, a total
    label and its figure a side, the label's merged cells lost. Their figures stand in the
    columns of codes and names of the other rows: read as written, a column of codes (302, 30201
    …) would pass for one of figures."""
    out = set()
    for r in range(start, end):
        row = [t for t in texts[r] if t]
        if 4 <= len(row) < width and len(row) % 2 == 0 and all(
                _PAIRED_TOTAL.search(compact(row[k])) and _figure_quantity(row[k + 1]) is not None
                and _figure_quantity(row[k]) is None for k in range(0, len(row), 2)):
            out.add(r)
    return out


def _place_paired_totals(cells: list[list[Cell]], texts: list[list[str]], rows: set[int], roles: list[str],
                         width: int) -> bool:
    """Lay each side's total of a :func:`_paired_totals` row in its side: the label in the side's
    first column, the figure in its figure column, when every side has one figure column."""
    segments = _segments(roles)
    figure_cols = [[c for c in range(a, b) if roles[c] == "value"] for a, b in segments]
    if len(segments) < 2 or any(len(f) != 1 for f in figure_cols):
        return False
    placed = False
    for r in rows:
        given = [c for c in cells[r] if c.value.strip()]
        if len(given) != 2 * len(segments):
            continue
        first = given[0]
        blank = Cell(SourceText.at("", first.text.path, first.line, first.text.locate().end_column or 1))
        laid = [blank] * width
        for (a, _b), (col,), k in zip(segments, figure_cols, range(0, len(given), 2), strict=True):
            laid[a], laid[col] = given[k], given[k + 1]
        cells[r] = laid
        texts[r] = [c.value.strip() for c in laid]
        placed = True
    return placed


def _block_end(texts: list[list[str]], start: int, numbering: set[int]) -> int:
    """Where the first block of data rows ends: at a row that starts a new header."""
    fq, code = _figure_quantity, ACCOUNT_CODE.match
    for r in range(start + 1, len(texts)):
        row = texts[r]
        if r in numbering or any(map(fq, row)):
            continue
        filled = [t for t in row if t]
        if not filled or any(map(code, filled)):
            continue
        if len(filled) >= 2 or len(row) == 1:
            return r
    return len(texts)


def _column_roles(texts, header_rows, start, end, numbering, width) -> list[str]:
    ordinal_headers, code_headers, ratio_headers = _header_res()
    fq = _figure_quantity
    # the header texts and the filled data cells of each column, the rows turned into columns in C
    # (a row short of a column has an empty text there, left out like an empty cell)
    heads = list(zip_longest(*[texts[r] for r in header_rows], fillvalue=""))
    cols = list(zip_longest(*[texts[r] for r in range(start, end) if r not in numbering], fillvalue=""))
    roles = []
    for c in range(width):
        head = "".join(heads[c]) if c < len(heads) else ""
        col = list(filter(None, cols[c])) if c < len(cols) else []
        figs = len(list(filter(fq, col)))  # the column's figures, counted in C
        if col and (code_headers.search(head) and all(ACCOUNT_CODE.match(t) or not fq(t) for t in col)
                    or _codes_by_value(col)):
            roles.append("code")
        elif ordinal_headers.search(head) or _counts_rows(col):
            roles.append("ordinal")
        elif figs and figs == len([t for t in col if t not in ("-", "—", "/", "－")]):
            # a rate column that writes its % once, in the header (执行率（%）): quotients, not added
            roles.append("rate" if head and ratio_headers.search(compact(head)) else "value")
        elif col and all((q := parse_cell(t)) is not None and q.kind == "percent" for t in col):
            roles.append("rate")
        else:
            roles.append("label")
    return roles


_CLASS_CODE = lazy_compile(r"^[23]\d{2}$")
_LEVEL_CODE = lazy_compile(r"^\d{2}$")


def _split_code_columns(texts, header_rows, start, end, numbering, width, roles) -> dict[int, str]:
    """An account code split over cells, one a level (``201 | 01 | 01 | 行政运行``): the 类
    column, then the 款 and 项 columns of two-digit codes, under a header reading 类 款 项 or,
    without it, with a code written with its leading zero (``01``: no figure is). The columns
    become ``code_level`` (no figures to add), and each data row's code is put together, a level
    left blank under a merged cell taking the code of the rows above (``| 01 |`` under ``201``).
    Returns the codes by row (empty when the table has no such columns)."""
    levels = data.load("arithmetic")["tables"]["code_level_headers"]
    rows = [r for r in range(start, end) if r not in numbering]
    class_code = _CLASS_CODE.match
    for c in range(width - 2):
        col = [texts[r][c] if c < len(texts[r]) else "" for r in rows]
        if not any(map(class_code, col)):
            continue  # no 类 code in the column (most columns): the test below fails whatever else
        col = ["" if _total_label().match(compact(t)) else t for t in col]  # 合计 over the code cells
        if not any(col) or not all(not t or _CLASS_CODE.match(t) for t in col):
            continue
        parts = []
        for k in (c + 1, c + 2):
            cells = [texts[r][k] if k < len(texts[r]) else "" for r in rows]
            if k >= width or not any(cells) or not all(not t or _LEVEL_CODE.match(t) for t in cells):
                break
            parts.append(cells)
        if not parts:
            continue
        named = all(any(k < len(texts[h]) and compact(texts[h][k]) == level for h in header_rows)
                    for k, level in zip(range(c, c + 1 + len(parts)), levels, strict=False))
        if not named and not any(t.startswith("0") for cells in parts for t in cells):
            continue
        codes = _put_together(rows, col, parts)
        if codes is None:
            continue
        roles[c:c + 1 + len(parts)] = ["code_level"] * (1 + len(parts))
        return codes
    return {}


def _put_together(rows: list[int], classes: list[str], parts: list[list[str]]) -> dict[int, str] | None:
    """Each row's code from its level cells, a blank level taking the one above (a merged cell);
    None when a level stands without the level above it anywhere."""
    codes: dict[int, str] = {}
    above: list[str | None] = [None] * (1 + len(parts))
    for i, r in enumerate(rows):
        cells = [classes[i], *(p[i] for p in parts)]
        deepest = max((k for k, t in enumerate(cells) if t), default=-1)
        if deepest < 0:
            continue
        for k, t in enumerate(cells):
            if t:
                above[k] = t
                above[k + 1:] = [None] * (len(above) - k - 1)
        levels = [cells[k] or above[k] for k in range(deepest + 1)]
        if any(t is None for t in levels):
            return None
        codes[r] = "".join(levels)  # type: ignore[arg-type]
    return codes


_CODE_RUN = 3  # account codes that make a code column without its header


def _codes_by_value(col: list[str]) -> bool:
    """An account-code column by its values (its 科目编码 header cut away or never written):
    codes (210, 21015, 2101501), some below a 类 — three or more, or two where one extends the
    other — with at most the 合计 / 总计 label and a cut header's remnant among them, and no
    figure."""
    code = ACCOUNT_CODE.match
    codes = list(filter(code, col))
    if len(codes) < 2:
        return False  # fewer than two codes make no column of them (most columns: none)
    others = [t for t in col if not code(t)]
    known = set(codes)
    nested = any(c[:k] in known for c in codes for k in (3, 5) if len(c) > k)  # 213 over 21302
    return ((len(codes) >= _CODE_RUN or len(codes) >= 2 and nested) and any(len(t) > 3 for t in codes)
            and len(others) <= 2 and not any(_figure_quantity(t) for t in others))


_CUT_ROWS_RUN = 5  # row numbers under a cut first row that make a 行次 column whatever is on top


def _counts_rows(col: list[str]) -> bool:
    """A 行次 column by its values: consecutive integers, three or more. The first may differ:
    the top row of an excerpt cut mid-row (``.00  0.00  0.00``) puts its figures anywhere, and
    the column's header, cut with it, cannot say what the column is."""
    if len(col) < 3 or not _is_int(col[0]) and not _is_int(col[1]):
        return False  # two cells that are no row numbers leave too few for a run (most columns)
    ints = [int(t) for t in col if _is_int(t)]
    if len(ints) < 3 or len(ints) < len(col) - 1 or (len(ints) == len(col) - 1 and _is_int(col[0])):
        return False
    if all(b == a + 1 for a, b in zip(ints, ints[1:], strict=False)):
        return True
    # the cut first row's figure in this column (``地区支出 49 0.00``, the other half's 行次) over a
    # long run of row numbers; a figure over a few counts may be their total (12 over 3, 4, 5)
    rest = ints[1:]
    return (len(ints) == len(col) and len(rest) >= _CUT_ROWS_RUN and ints[0] != sum(rest)
            and all(b == a + 1 for a, b in zip(rest, rest[1:], strict=False)))


def _segments(roles: list[str]) -> list[tuple[int, int]]:
    """Side-by-side layouts (收入 | 支出): a new segment starts at a label after values."""
    out, s = [], 0
    for c in range(1, len(roles)):
        if roles[c] in ("label", "code", "code_level") and roles[c - 1] == "value":
            out.append((s, c))
            s = c
    out.append((s, len(roles)))
    return out



def parts_of(grid: Grid, cells: list[tuple[int, int]]) -> tuple[list[Figure], int] | None:
    """The figures of ``cells``; a blank cell is 0, words make the sum unknown, and so does a
    row that lost cells at places nothing tells (:meth:`Grid.unaligned`)."""
    if any(grid.unaligned(r) for r, _ in cells):
        return None
    figs, empty = [], 0
    for r, c in cells:
        f = grid.figure(r, c)
        if f is not None:
            figs.append(f)
        elif c >= len(grid.cells[r]) and _ragged(grid, [r for r, _ in cells]):
            return None  # the row stops before the column while others reach it: not lined up
        elif grid.text(r, c) in ("", "-", "—", "－", "/"):
            empty += 1
        else:
            return None
    if not figs:
        return None
    return figs, empty


def _ragged(grid: Grid, rows: list[int]) -> bool:
    """Rows of a sum whose cell counts differ by more than a cell left off the end: a table
    pasted with spaces for borders, where a row short of cells has them shifted left, not
    blank at its end (``名称 = 100 % 5`` beside ``一级 二级 名称 = 100 % 15``)."""
    lengths = {len(grid.cells[r]) for r in rows}
    return max(lengths) - min(lengths) > 1


# Column totals -------------------------------------------------------------------------------
