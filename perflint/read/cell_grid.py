"""Tables pasted one cell per line: finding their row width from what the cells look like.

Text copied out of a PDF or a web page often loses a table's row breaks: every cell stands on a
line of its own (``公务接待费 |``, or a bare ``71.53`` with blank lines between), and nothing but
the cells themselves says where a row ends. The forms' tables are built the same way, though: a
header of k names (项目 / 行次 / 金额), then rows that each open with an item's name and go on
with k−1 cells of figures (``71.53``, ``-``, ``0%``, ``1,857.23``), the same kind of cell in the
same column of every row. This module reads that shape from the cells' kinds alone and says
where such a grid starts, ends and how wide it is.

It is conservative on purpose — a wrong grid makes wrong totals, which is worse than none: the
header must be names only, every row must open with a name, every row must match the first
row's column kinds, the grid must not stop where a figure follows (rows out of step), and
exactly one width may fit. A width whose rows repeat a shorter pattern
(name, figure, name, figure) fits only when its header repeats too (项目 行次 金额 项目 行次 金额);
otherwise a title line above a two-column table would be read as a four-column header. A
header cell carrying a list marker (``二、项目实施情况``) is a heading, and a row whose name is a
unit word (``辆``, ``户``) is a figure's unit broken off a sentence (``共有车辆 / 5 / 辆``): neither
is a table.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.read.lines import has_sentence_punct
from perflint.text.memo import remember_short
from perflint.text.numbering import parse_marker
from perflint.text.patterns import lazy_compile

MAX_WIDTH = 8  # the widest 决算 table pasted this way (项目 行次 金额 ×2, 三公 tables of 6–7 columns)
MAX_CELL = 30  # a name cell longer than this is a sentence, not a cell
MAX_CODE_FIGURES = 12  # the widest account-code table (收入决算表: 7 figure columns), rows set by their codes
_FIGURE = lazy_compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
_FILLER = frozenset({"", "-", "--", "—", "——", "－", "/", "无", "…", "……"})
_BRACKETED = lazy_compile(r"[(（][^)）]*[)）]?|\s")

FIGURE, FILLER, NAME, OTHER = "figure", "filler", "name", "other"


@remember_short(4096)  # asked of every short line of a draft, and a form's labels recur across drafts
def cell_kind(value: str) -> str:
    """What a cell holds: a ``figure``, a ``filler`` standing for none (``-``, ``无``, empty), a
    short ``name`` or ``other`` (a sentence, too long for a cell)."""
    text = _nfkc(value).strip()
    if text in _FILLER:
        return FILLER
    if _FIGURE.match(text):
        return FIGURE
    if len(text) > MAX_CELL or has_sentence_punct(text):
        return OTHER
    return NAME


# Full-width characters a cell commonly holds, each replaced by its compatibility decomposition
# (one ASCII character): replacing a character by its decomposition leaves the text's NFKC form
# as it was, and what is left is then most often NFKC already, which ``is_normalized`` tells
# at a glance. ``normalize`` composes what it decomposed, at ~40 times the cost of that check.
_FULL_WIDTH = (("（", "("), ("）", ")"), ("：", ":"), ("％", "%"), ("，", ","), ("；", ";"), ("\u3000", " "))


def _nfkc(value: str) -> str:
    """``unicodedata.normalize("NFKC", value)``."""
    if value.isascii():
        return value  # ASCII is NFKC
    text = value
    for wide, narrow in _FULL_WIDTH:
        if wide in text:
            text = text.replace(wide, narrow)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", value)


@dataclass(frozen=True, slots=True)
class Grid:
    """Cells ``start`` to ``end`` (exclusive) of a run form a table ``width`` cells wide."""

    start: int
    end: int
    width: int
    numbers_row: int = 0  # cells of a 栏次 row under the header (栏次 1 2: its empty cells lost)
    # the rows of a 行次 table whose rows lost empty cells: each the index of the cell in each
    # column, None for a cell given back (see :mod:`.numbered_rows`); None when every row is whole
    rows: tuple[tuple[int | None, ...], ...] | None = None
    headless: bool = False  # an account-code table read from its rows alone (see :mod:`.code_rows`)
    coded_header: bool = False  # an account-code table under its header of 科目编码 | 科目名称 | …
    halves: tuple[int, ...] = ()  # the widths of a 行次 table's halves side by side, when known

    @property
    def first_row(self) -> int:
        """The index of the first cell of the first row of figures."""
        return self.start + (0 if self.headless else self.width) + self.numbers_row


def find_grids(values: list[str], min_rows: int = 2) -> list[Grid]:
    """The grids among a run of one-cell lines, in order; cells outside them stay as they are.

    A grid is a header of ``width`` names followed by at least ``min_rows`` rows of the same
    column kinds. At each start only one width may fit (else the cell is passed over)."""
    cells = _Cells(values)
    grids: list[Grid] = []
    if cells.kinds.count(FIGURE) < 2:
        return grids  # most runs of short lines (headings, a list) hold no figures at all
    coded = _code_grids(cells)
    coded.update(_ordinal_grids(cells, coded))
    p = 0
    while p < len(values):
        if (headed := _headed_code_grid(cells, p)) is not None:
            grids.append(headed)
            p = headed.end
            continue
        if p in coded:
            grids.append(coded[p])
            p = coded[p].end
            continue
        if cells.kinds[p] != NAME or cells.marked[p]:
            p += 1  # a header opens with a name (what _rows_fitting asks first, for every width)
            continue
        fits = [(k, rows, lead) for k in range(2, MAX_WIDTH + 1)
                if (rows := _rows_fitting(cells, p, k, lead := _numbers_row(cells, p, k))) >= min_rows]
        grid = None
        if len(fits) == 1:
            width, rows, lead = fits[0]
            grid = Grid(p, p + width * (rows + 1) + lead, width, lead)
            grid = _with_half_rows(cells, grid) or grid
        numbered = _numbered_grid(cells, p, min_rows)
        if numbered is not None and (grid is None or numbered.end > grid.end):
            grid = numbered  # rows that lost empty cells, put in place by their 行次
        if grid is not None and (any(p < c < grid.end for c in coded) or _codes_out_of_step(cells, grid)):
            grid = None  # rows of account codes read out of step (合计 | 1,286.40 | … | 208): not a grid
        if grid is not None:
            grids.append(grid)
            p = grid.end
        else:
            p += 1
    return grids


def row_breaks(values: list[str]) -> set[int]:
    """The empty cells of a run that are row breaks, not cells: a web table flattened one cell
    a line with a lone ``|`` line after each row (``项目 | 预算数 | 决算数 | (bar) | 基本支出 |
    120.00 | 120.50 | (bar) …``). Only where the empty cells cut the run into stretches of one
    size (two cells or more, three stretches at least, the last one's bar may be missing), with
    no empty cell inside a stretch and each stretch opening on a name: then each stretch is a
    row. Else none (empty cells at other places are blank cells of the form: a 完成值 left
    blank is a cell, and a bar after a row's every cell is then not told from it)."""
    empty = [k for k, v in enumerate(values) if not v.strip()]
    if len(empty) < 2:
        return set()
    bounds = [-1, *empty] if empty[-1] == len(values) - 1 else [-1, *empty, len(values)]
    sizes = {b - a - 1 for a, b in zip(bounds, bounds[1:], strict=False)}
    if len(sizes) != 1 or sizes.pop() < 2 or len(bounds) - 1 < 3:
        return set()
    if any(cell_kind(values[a + 1]) != NAME for a in bounds[:-1]):
        return set()
    return set(empty)


def _with_half_rows(cells: _Cells, grid: Grid) -> Grid | None:
    """The grid going on past a row that holds one half only, when its rows are two halves side by
    side of different widths (a 财政拨款收入支出决算总表: 收入项目 | 决算数, then 支出项目 and four
    figure columns): a 支出 row under the last 收入 row lost the 收入 half's empty cells, and stopped
    the grid there. A half is told by its width (a name and as many figures as that half has, then
    the next row's name); halves of one width by their names (:func:`_with_sided_rows`). None when
    no such row follows the grid's rows."""
    kinds, k = cells.kinds, grid.width
    body = grid.first_row
    pattern = [NAME if kinds[i] == NAME else FIGURE for i in range(body, body + k)]
    starts = [j for j in range(k) if pattern[j] == NAME]
    if len(starts) != 2 or starts[0] != 0:
        return None
    if 2 * starts[1] == k:
        return _with_sided_rows(cells, grid, pattern[:starts[1]])
    if grid.end >= len(kinds) or kinds[grid.end] != NAME:
        return None
    halves = ((0, starts[1]), (starts[1], k - starts[1]))
    rows: list[tuple[int | None, ...]] = []
    i, halved = body, 0
    while i < len(kinds):
        if i + k <= len(kinds) and all(_fits(kinds[i + j], pattern[j]) for j in range(k)):
            rows.append(tuple(range(i, i + k)))
            i += k
            continue
        for off, size in halves:
            if i + size <= len(kinds) and all(_fits(kinds[i + j], pattern[off + j]) for j in range(size)) \
                    and (i + size == len(kinds) or kinds[i + size] == NAME):
                row: list[int | None] = [None] * k
                row[off:off + size] = range(i, i + size)
                rows.append(tuple(row))
                i += size
                halved += 1
                break
        else:
            break
    if not halved or i < len(kinds) and kinds[i] in (FIGURE, FILLER):
        return None  # no half row, or rows running on out of step
    if any(cells.unit[c] for row in rows for c, want in zip(row, pattern, strict=True) if c is not None and want == NAME):
        return None  # a figure's unit broken off its sentence (共有车辆 / 5 / 辆), not a row name
    return Grid(grid.start, i, k, grid.numbers_row, tuple(rows))


# The words that tell the halves of a 收支 table apart: each 收入 row's name holds the first, each
# 支出 row's the second (本年收入合计, 二、卫生健康支出); 结余分配, 总计 hold neither and tell nothing.
_SIDE_WORDS = ("收入", "支出")
_SIDED_ROWS_MIN = 2  # whole rows, 收入 on the left and 支出 on the right, that say the table is so sided


def _side(key: str) -> int | None:
    """0 for the name of a 收入 row, 1 for a 支出 row's, None for a name that says neither."""
    left, right = _SIDE_WORDS[0] in key, _SIDE_WORDS[1] in key
    return 0 if left and not right else 1 if right and not left else None


def _with_sided_rows(cells: _Cells, grid: Grid, half_pattern: list[str]) -> Grid | None:
    """The rows of a 收入支出决算总表 (项目 | 决算数 | 项目 | 决算数) pasted one cell a line, where a
    row holding one half only (五、事业收入 15.00 with no 支出 beside it, or a 支出 row under the
    last 收入 row) lost the other half's empty cells: read as whole rows, a 收入 item stood in the
    支出 column and every row after it was out of step. Once whole rows show 收入 on the left and
    支出 on the right, a row whose right name is a 收入 item's holds the left half only, and a row
    opening with a 支出 item's name the right half only. None when no such row is found, or the
    rows so read do not end where the grid does."""
    kinds, keys, k = cells.kinds, cells.keys, grid.width
    half = len(half_pattern)
    rows: list[tuple[int | None, ...]] = []
    i, sided, halved, contradicted = grid.first_row, 0, 0, False

    def fits(at: int, n: int) -> bool:
        return at + n <= grid.end and all(_fits(kinds[at + j], half_pattern[j % half]) for j in range(n))

    while i < grid.end:
        established = sided >= _SIDED_ROWS_MIN and not contradicted
        whole = fits(i, k)
        left, right = _side(keys[i]), _side(keys[i + half]) if whole else None
        if whole and not (established and (left == 1 or right == 0)):
            rows.append(tuple(range(i, i + k)))
            sided += left == 0 and right == 1
            contradicted = contradicted or left == 1 or right == 0
            i += k
            continue
        if not (established and fits(i, half) and (i + half == grid.end or kinds[i + half] == NAME)):
            return None
        row = list(range(i, i + half))
        rows.append(tuple([*row, *[None] * half] if left != 1 else [*[None] * half, *row]))
        halved += 1
        i += half
    return Grid(grid.start, grid.end, k, grid.numbers_row, tuple(rows)) if halved else None


def _code_grids(cells: _Cells) -> dict[int, Grid]:
    """The account-code tables of a run by their first cell (:mod:`.code_rows`), read without
    their header. Found before any other grid: their header, pasted in pieces, may look like a
    header of names whose rows would then be read out of step."""
    from perflint.read.code_rows import read_code_rows  # only texts with cell runs need it (start-up)

    grids: dict[int, Grid] = {}
    p = 0
    while p < len(cells.kinds):
        read = read_code_rows(cells, p, (NAME, FIGURE, FILLER), MAX_CODE_FIGURES)
        if read is None:
            p += 1
            continue
        rows, end, width = read
        grids[p] = Grid(p, end, width, rows=tuple(rows), headless=True)
        p = end
    return grids


def _headed_code_grid(cells: _Cells, p: int) -> Grid | None:
    """The account-code table whose header of 科目编码 | 科目名称 | … opens at ``p``
    (:func:`~perflint.read.code_rows.read_headed_code_rows`), read with its header."""
    if cells.kinds[p] != NAME or not cells.keys[p].endswith(("编码", "代码")):
        return None  # asked of every cell of a run: most are no code column's name
    from perflint.read.code_rows import read_headed_code_rows

    read = read_headed_code_rows(cells, p, (NAME, FIGURE, FILLER), MAX_CODE_FIGURES)
    if read is None:
        return None
    rows, end, width = read
    return Grid(p, end, width, rows=tuple(rows[1:]), coded_header=True)


def _ordinal_grids(cells: _Cells, coded: dict[int, Grid]) -> dict[int, Grid]:
    """The tables of a run whose rows open with their 序号 (:mod:`.ordinal_rows`), by their
    first cell, outside the account-code tables. Found before grids under a header of names:
    a row opening with a figure fits none of those."""
    from perflint.read.ordinal_rows import read_ordinal_rows  # only texts with cell runs need it (start-up)

    taken = [(g.start, g.end) for g in coded.values()]
    grids: dict[int, Grid] = {}
    p = 0
    while p < len(cells.kinds):
        read = read_ordinal_rows(cells, p, (NAME, FIGURE, FILLER), MAX_WIDTH) if cells.keys[p] == "1" else None
        if read is None or any(a < read.end and read.start < b for a, b in taken):
            p += 1
            continue
        grids[read.start] = Grid(read.start, read.end, read.width, rows=read.rows, headless=read.headless)
        taken.append((read.start, read.end))
        p = read.end
    return grids


def _codes_out_of_step(cells: _Cells, grid: Grid) -> bool:
    """Whether two or more rows of a grid end on an account code whose name opens the next row:
    the rows of a code table (whose codes :func:`_code_grids` could not read, a row short of its
    figures) taken one cell out of step under a header of names."""
    if grid.rows is not None:
        return False
    from perflint.read.code_rows import codes_ending_rows

    ends = range(grid.first_row + grid.width - 1, grid.end, grid.width)
    return codes_ending_rows(cells, ends, NAME) >= 2


def _numbered_grid(cells: _Cells, p: int, min_rows: int) -> Grid | None:
    """A 行次 table under a header at ``p`` whose rows the 行次 numbers put in place
    (:mod:`.numbered_rows`), with the lost cells given back; None if not certain."""
    from perflint.read.numbered_rows import header_halves, read_numbered_rows  # only for cell runs (start-up)

    sizes = header_halves(cells, p, NAME)
    if not sizes:
        return None
    width = sum(sizes)
    lead = _numbers_row(cells, p, width, sizes)
    read = read_numbered_rows(cells, p + width + lead, sizes, (NAME, FIGURE, FILLER))
    if read is None or len(read[0]) < min_rows:
        return None
    rows, end = read
    amounts = [c for row in rows for h, size in enumerate(sizes)
               for c in row[sum(sizes[:h]) + 2:sum(sizes[:h]) + size] if c is not None]
    if sum(cells.kinds[c] == FIGURE for c in amounts) < 2:
        return None  # 行次 numbers without amounts: a numbered list, not a table of figures
    whole = all(None not in row for row in rows)
    return Grid(p, end, width, lead, None if whole else tuple(rows), halves=sizes)


class _Cells:
    """What :func:`find_grids` asks of each cell of a run, worked out once."""

    def __init__(self, values: list[str]) -> None:
        self.kinds = [cell_kind(v) for v in values]
        self.keys = [_header_key(v) for v in values]
        self.marked = [parse_marker(v.strip()) is not None for v in values]
        units = _unit_words()
        self.unit = [k in units for k in self.keys]


def _numbers_row(cells: _Cells, p: int, k: int, halves: tuple[int, ...] = ()) -> int:
    """The cells of a 栏次 row under the header at ``p`` that lost its empty cells, else 0.

    Alone (``栏次`` then 1, 2 … fewer than the k−1 columns after the names), or once under each
    half of a header that repeats (项目 行次 金额 ×2: ``栏次 1 栏次 2``, the numbers counting on
    across the halves, each half short of cells) or of a header whose ``halves`` are known.
    Complete, it is read as a row like any other."""
    keys, i = cells.keys, p + k
    segments = _numbers_segments(keys[i:i + k])
    if not segments:
        return 0
    if len(segments) > 1 and halves:
        sizes = halves
    else:
        if k % len(segments):
            return 0
        sizes = (k // len(segments),) * len(segments)
        size = sizes[0]
        if len(segments) > 1 and any(keys[p + j] != keys[p + j + size] for j in range(k - size)):
            return 0  # a 栏次 label in each half needs a header whose halves are the same
    if len(sizes) != len(segments) or any(n >= size for n, size in zip(segments, sizes, strict=True)):
        return 0  # as many cells as a row of the grid: a complete row, read as one
    return sum(segments)


def _numbers_segments(keys: list[str]) -> list[int]:
    """The cell counts of the pieces of a 栏次 row opening ``keys``: each piece a 栏次 label and
    the column numbers after it, counting 1, 2 … on across the pieces (``栏次 1 栏次 2`` → [2, 2]).
    Empty when ``keys`` opens with no such row."""
    segments: list[int] = []
    j, number = 0, 1
    while j < len(keys) and keys[j] == "栏次":
        start = j
        j += 1
        while j < len(keys) and keys[j] == str(number):
            j, number = j + 1, number + 1
        if j - start < 2:
            return []  # a label without a number
        segments.append(j - start)
    return segments


def numbers_row_layout(values: list[str], width: int, halves: tuple[int, ...] = ()) -> list[int | None]:
    """Where each cell of a 栏次 row that lost its empty cells stands in a row ``width`` wide
    (of ``halves`` that wide, when known): for each column, the index of the row's cell there,
    or None for an empty cell given back. Each label opens its half and the numbers stand over
    the half's last columns (the 行次 column, between, has none)."""
    segments = _numbers_segments([_header_key(v) for v in values])
    sizes = halves if len(segments) > 1 and halves else (width // len(segments),) * len(segments)
    layout: list[int | None] = []
    at = 0
    for n, size in zip(segments, sizes, strict=True):
        layout += [at, *[None] * (size - n), *range(at + 1, at + n)]
        at += n
    return layout


def _rows_fitting(cells: _Cells, p: int, k: int, lead: int = 0) -> int:
    """How many rows of ``k`` cells after a header at ``p`` (and ``lead`` cells of a 栏次 row)
    share the first row's column kinds."""
    kinds, keys = cells.kinds, cells.keys
    if any(kinds[i] != NAME or cells.marked[i] for i in range(p, min(p + k, len(kinds)))):
        return 0
    body = p + k + lead
    if body + k > len(kinds):
        return 0
    pattern = [NAME if kinds[i] == NAME else FIGURE for i in range(body, body + k)]
    if pattern[0] != NAME or FIGURE not in pattern or OTHER in kinds[body:body + k]:
        return 0
    period = _period(pattern)
    if period < k and any(keys[p + j] != keys[p + j + period] for j in range(k - period)):
        return 0  # rows of a narrower table under a header that does not repeat (see module doc)
    rows, figures = 0, 0
    start = body
    while start + k <= len(kinds) and all(_fits(kinds[start + j], pattern[j]) for j in range(k)):
        if any(cells.unit[start + j] for j in range(k) if pattern[j] == NAME):
            return 0  # a figure's unit broken off its sentence (共有车辆 / 5 / 辆), not a row name
        figures += sum(kinds[start + j] == FIGURE for j in range(k))
        rows += 1
        start += k
    if start < len(kinds) and kinds[start] in (FIGURE, FILLER):
        return 0  # the rows run on out of step (a figure where a name would open the next row)
    return rows if figures >= 2 else 0


def _fits(kind: str, wanted: str) -> bool:
    return kind == NAME if wanted == NAME else kind in (FIGURE, FILLER)


def _period(pattern: list[str]) -> int:
    """The shortest period the pattern repeats with (its length when it does not repeat)."""
    k = len(pattern)
    for d in range(1, k):
        if k % d == 0 and pattern == pattern[:d] * (k // d):
            return d
    return k


@cache
def _unit_words() -> frozenset[str]:
    """Unit words that stand after a figure (辆, 户, 万元, 亩次): never the name of a row."""
    table = data.load("units")
    words = [*table["money"], *table["percent"], *table["counts"], *table.get("measure_words", []),
             *table.get("form_unit_cells", [])]
    return frozenset(words)


def _header_key(value: str) -> str:
    """A header cell without spaces and bracketed notes: 项目(按功能分类) repeats 项目."""
    return _BRACKETED.sub("", _nfkc(value))


def numbers_its_rows(values: list[str], grid: Grid) -> bool:
    """Whether a column of the grid numbers its rows 1, 2, 3… (a 行次 column): a sign, beside
    the header, that a run of bare lines is a table and not a list of figures in prose."""
    if grid.rows is not None:
        return True  # put in place by its 行次 column
    rows = range(grid.first_row, grid.end, grid.width)
    for col in range(1, grid.width):
        numbers = [_nfkc(values[r + col]).strip() for r in rows]
        if all(n.isdigit() for n in numbers):
            ints = [int(n) for n in numbers]
            if all(b == a + 1 for a, b in zip(ints, ints[1:], strict=False)):
                return True
    return False
