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

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.model import Cell, Table
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, parse_cell

_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_CN_NUMERAL = "一二三四五六七八九十"
_ENUMERATED = re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})[、.．]")


@cache
def _conf() -> dict:
    return data.load("arithmetic")["tables"]


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
    table: Table
    cells: list[list[Cell]]
    data_start: int
    data_end: int
    numbering_rows: set[int]
    roles: list[str]  # per column: label | code | ordinal | value
    segments: list[tuple[int, int]]  # [start, end) column ranges: label columns then value columns
    headers: list[list[str]] = field(default_factory=list)  # header rows (texts), aligned with width
    width: int = 0

    def figure(self, r: int, c: int) -> Figure | None:
        if r >= len(self.cells) or c >= len(self.cells[r]):
            return None
        q = _figure_quantity(self.cells[r][c].value)
        return Figure(self.cells[r][c], q, r, c) if q else None

    def text(self, r: int, c: int) -> str:
        if r >= len(self.cells) or c >= len(self.cells[r]):
            return ""
        return self.cells[r][c].value.strip()

    def segment_of(self, c: int) -> tuple[int, int] | None:
        return next((s for s in self.segments if s[0] <= c < s[1]), None)

    def value_columns(self, seg: tuple[int, int]) -> list[int]:
        return [c for c in range(*seg) if self.roles[c] == "value"]

    def row_label(self, r: int, seg: tuple[int, int]) -> str:
        parts = [self.text(r, c) for c in range(*seg) if self.text(r, c) and (
            self.roles[c] in ("label", "code") or self.roles[c] == "ordinal" and not _is_int(self.text(r, c)))]
        return compact(" ".join(parts))

    def code(self, r: int, seg: tuple[int, int]) -> str | None:
        for c in range(*seg):
            if self.roles[c] == "code" and _CODE.match(self.text(r, c)):
                return self.text(r, c)
        return None

    def data_rows(self) -> list[int]:
        return [r for r in range(self.data_start, self.data_end) if r not in self.numbering_rows]


def _figure_quantity(text: str) -> Quantity | None:
    q = parse_cell(text)
    if q is None or q.relation or q.kind not in ("money", "plain"):
        return None
    return q


def _is_int(text: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}", text.strip()))


def _is_numbering_row(texts: list[str]) -> bool:
    """A 栏次 row: column numbers 1, 2, 3 … (and the word 栏次), nothing else."""
    filled = [t for t in texts if t]
    ints = [int(t) for t in filled if _is_int(t)]
    words = [t for t in filled if not _is_int(t)]
    if any(not re.search(_conf()["ordinal_headers"], w) for w in words):
        return False
    if not ints:
        return bool(words)
    if len(ints) < 2:
        return False
    return all(b == a + 1 for a, b in zip(ints, ints[1:], strict=False))


def read_grid(table: Table) -> Grid | None:
    """The table as a grid, or None when it holds no figures to add."""
    cells = [list(r.cells) for r in table.rows]
    texts = [[c.value.strip() for c in row] for row in cells]
    numbering = {r for r, t in enumerate(texts) if _is_numbering_row(t)}
    start = next((r for r, row in enumerate(texts) if r not in numbering
                  and any(_figure_quantity(t) for t in row)), None)
    if start is None:
        return None
    end = _block_end(texts, start, numbering)
    width = max(len(cells[r]) for r in range(start, end))
    header_rows = [r for r in range(start) if r not in numbering]
    roles = _column_roles(texts, header_rows, start, end, numbering, width)
    start = next((r for r in range(start, end) if r not in numbering and any(
        roles[c] == "value" and _figure_quantity(t) for c, t in enumerate(texts[r][:width]))), start)
    segments = _segments(roles)
    headers = [texts[r] for r in range(start) if r not in numbering]
    return Grid(table, cells, start, end, numbering, roles, segments, headers, width)


def _block_end(texts: list[list[str]], start: int, numbering: set[int]) -> int:
    """Where the first block of data rows ends: at a row that starts a new header."""
    for r in range(start + 1, len(texts)):
        row = texts[r]
        filled = [t for t in row if t]
        if r in numbering or any(_figure_quantity(t) for t in row) or not filled:
            continue
        if any(_CODE.match(t) for t in filled):
            continue
        if len(filled) >= 2 or len(row) == 1:
            return r
    return len(texts)


def _column_roles(texts, header_rows, start, end, numbering, width) -> list[str]:
    roles = []
    for c in range(width):
        head = "".join(texts[r][c] for r in header_rows if c < len(texts[r]))
        col = [texts[r][c] for r in range(start, end) if r not in numbering and c < len(texts[r]) and texts[r][c]]
        figs = [t for t in col if _figure_quantity(t)]
        ints = [int(t) for t in col if _is_int(t)]
        if col and (re.search(_conf()["code_headers"], head) and all(_CODE.match(t) or not _figure_quantity(t) for t in col)
                    or (all(_CODE.match(t) for t in col) and any(len(t) > 3 for t in col))):
            roles.append("code")
        elif re.search(_conf()["ordinal_headers"], head) or (
                len(ints) >= 3 and len(ints) == len(col) and all(b == a + 1 for a, b in zip(ints, ints[1:], strict=False))):
            roles.append("ordinal")
        elif figs and len(figs) == len([t for t in col if t not in ("-", "—", "/", "－")]):
            roles.append("value")
        elif col and all((q := parse_cell(t)) is not None and q.kind == "percent" for t in col):
            roles.append("rate")
        else:
            roles.append("label")
    return roles


def _segments(roles: list[str]) -> list[tuple[int, int]]:
    """Side-by-side layouts (收入 | 支出): a new segment starts at a label after values."""
    out, s = [], 0
    for c in range(1, len(roles)):
        if roles[c] in ("label", "code") and roles[c - 1] == "value":
            out.append((s, c))
            s = c
    out.append((s, len(roles)))
    return out


# --- relations ----------------------------------------------------------------------------


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


def _parts(grid: Grid, cells: list[tuple[int, int]]) -> tuple[list[Figure], int] | None:
    """The figures of ``cells``; a blank cell is 0, words make the sum unknown."""
    figs, empty = [], 0
    for r, c in cells:
        f = grid.figure(r, c)
        if f is not None:
            figs.append(f)
        elif grid.text(r, c) in ("", "-", "—", "－", "/"):
            empty += 1
        else:
            return None
    if not figs:
        return None
    return figs, empty


# Column totals -------------------------------------------------------------------------------


@dataclass
class _Node:
    row: int
    start: int
    end: int
    label: str
    children: list[_Node] = field(default_factory=list)


def _header_tree(grid: Grid) -> list[_Node] | None:
    rows = grid.headers
    if not rows or any(len(r) != grid.width for r in rows):
        return None

    def build(h: int, start: int, end: int) -> list[_Node]:
        if h >= len(rows):
            return []
        nodes: list[_Node] = []
        c = start
        while c < end:
            if not rows[h][c]:
                c += 1
                continue
            e = c + 1
            while e < end and not rows[h][e] and any(rows[k][e] for k in range(h + 1, len(rows))):
                e += 1
            nodes.append(_Node(h, c, e, compact(rows[h][c])))
            c = e
        # columns with nothing in this row take their nodes from the rows below
        covered = {i for n in nodes for i in range(n.start, n.end)}
        for n in nodes:
            n.children = build(h + 1, n.start, n.end)
        gaps = [i for i in range(start, end) if i not in covered]
        for i in gaps:
            nodes.extend(build(h + 1, i, i + 1))
        return sorted(nodes, key=lambda n: n.start)

    return build(0, 0, grid.width)


def _total_column(node: _Node) -> int | None:
    """The column that stands for ``node``: itself if it is one column, else its 小计/合计 child."""
    if not node.children:
        return node.start if node.end - node.start == 1 else None
    for child in node.children:
        if not child.children and child.end - child.start == 1 and re.search(r"(?:合计|小计|总计)$", child.label):
            return child.start
    if len(node.children) == 1:
        return _total_column(node.children[0])
    return None


def column_totals(grid: Grid) -> list[SumRelation]:
    tree = _header_tree(grid)
    if tree is None:
        return []
    out: list[SumRelation] = []
    selection = re.compile(_conf()["selection_headers"])

    def walk(siblings: list[_Node]) -> None:
        valued = [n for n in siblings if any(grid.roles[c] == "value" for c in range(n.start, n.end))]
        totals = [n for n in valued if not n.children and n.end - n.start == 1
                  and re.search(r"(?:合计|小计|总计)$", n.label)]
        if len(totals) == 1 and len(valued) >= 3 and not any(selection.search(n.label) for n in siblings):
            t = totals[0]
            i = valued.index(t)
            others = valued[i + 1:] if i == 0 else valued[:i] if i == len(valued) - 1 else None
            cols = [_total_column(n) for n in others] if others else None
            if cols and None not in cols and all(grid.roles[c] == "value" for c in cols):
                for r in grid.data_rows():
                    total = grid.figure(r, t.start)
                    got = _parts(grid, [(r, c) for c in cols])
                    if total is None or got is None:
                        continue
                    label = "/".join(n.label for n in _path(tree, t.start))
                    out.append(SumRelation("column", total, tuple(got[0]), label, empty_parts=got[1]))
        for n in siblings:
            if n.children:
                walk(n.children)

    walk(tree)
    return out


def _path(tree: list[_Node], col: int) -> list[_Node]:
    out, level = [], tree
    while level:
        node = next((n for n in level if n.start <= col < n.end), None)
        if node is None:
            break
        out.append(node)
        level = node.children
    return out


# Row totals ----------------------------------------------------------------------------------


def _enum_value(label: str) -> int | None:
    m = _ENUMERATED.match(label)
    if not m:
        return None
    s = m.group("n")
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_NUMERAL.index(s[1]) + 1
    if s.endswith("十"):
        return (_CN_NUMERAL.index(s[0]) + 1) * 10
    if "十" in s:
        a, b = s.split("十")
        return (_CN_NUMERAL.index(a) + 1) * 10 + _CN_NUMERAL.index(b) + 1
    return _CN_NUMERAL.index(s) + 1 if len(s) == 1 else None


def row_totals(grid: Grid) -> list[SumRelation]:
    out: list[SumRelation] = []
    total_re = re.compile(_conf()["total_labels"])
    enum_re = re.compile(_conf()["enumerated_total_labels"])
    rows = grid.data_rows()
    for seg in grid.segments:
        values = grid.value_columns(seg)
        if not values:
            continue
        labels = {r: grid.row_label(r, seg) for r in rows}
        coded = any(grid.code(r, seg) for r in rows)
        for r in rows:
            label = labels[r]
            if total_re.match(label):
                parts = _code_parts(grid, seg, rows, r) if coded else _run_parts(grid, seg, rows, labels, r)
            elif enum_re.match(label):
                parts = _enumerated_parts(grid, seg, rows, labels, r)
            else:
                continue
            if not parts:
                continue
            for c in values:
                total = grid.figure(r, c)
                got = _parts(grid, [(p, c) for p in parts])
                if total is None or got is None:
                    continue
                out.append(SumRelation("row", total, tuple(got[0]), label, empty_parts=got[1]))
    return out


def _code_parts(grid: Grid, seg, rows: list[int], r: int) -> list[int] | None:
    coded = [(p, grid.code(p, seg)) for p in rows if grid.code(p, seg)]
    if not coded:
        return None
    shortest = min(len(code) for _, code in coded)
    top = [p for p, code in coded if len(code) == shortest]
    if r < top[0] or r > top[-1]:
        return top
    return None


def _is_blank_row(grid: Grid, r: int, seg) -> bool:
    return not any(grid.text(r, c) for c in range(*seg) if grid.roles[c] != "ordinal")


def _run_parts(grid: Grid, seg, rows: list[int], labels: dict[int, str], r: int) -> list[int] | None:
    """The rows a plain 合计 row adds: the run next to it, if that run is flat."""
    total_re = re.compile(_conf()["total_labels"])
    child = re.compile(_conf()["child_prefix"])
    i = rows.index(r)
    first = all(_is_blank_row(grid, p, seg) for p in rows[:i])
    run = rows[i + 1:] if first else list(reversed(rows[:i]))
    if not first:
        subtotals = _subtotal_parts(grid, seg, run, labels)
        if subtotals is not None:
            return subtotals
    picked = []
    for p in run:
        if _is_blank_row(grid, p, seg):
            continue
        if total_re.match(labels[p]) or re.search(r"(?:合计|小计|总计)$", labels[p]):
            if first:
                break
            return None  # the rows above end at a subtotal: its hierarchy is not ours to guess
        picked.append(p)
    if len(picked) < 2 or any(child.match(labels[p]) or not labels[p] for p in picked):
        return None
    styles = {_style(labels[p]) for p in picked}
    if len(styles) != 1 or _implicitly_nested(grid, seg, sorted(picked)):
        return None
    return sorted(picked)


def _implicitly_nested(grid: Grid, seg, rows: list[int]) -> bool:
    """Rows that detail the row above them without saying so (基本支出 / 人员经费 / 公用经费)."""
    for c in grid.value_columns(seg):
        values = [f.quantity if (f := grid.figure(r, c)) else None for r in rows]
        for i, head in enumerate(values):
            if head is None or head.value == 0:
                continue
            acc, tol = Decimal(0), head.half_unit * head.scale
            for q in values[i + 1:]:
                if q is None:
                    break
                acc += q.base_value
                tol += q.half_unit * q.scale
                if abs(acc - head.base_value) <= tol and q is not values[i + 1]:
                    return True
                if acc > head.base_value + tol:
                    break
    return False


def _subtotal_parts(grid: Grid, seg, above: list[int], labels: dict[int, str]) -> list[int] | None:
    """A 合计 right under a 小计 adds the 小计 rows of its block."""
    filled = [p for p in above if not _is_blank_row(grid, p, seg)]
    if not filled or labels[filled[0]] != "小计":
        return None
    picked = []
    for p in filled:
        if labels[p] in ("合计", "总计"):
            break
        if labels[p] == "小计":
            picked.append(p)
    return sorted(picked) if len(picked) >= 2 else None


def _style(label: str) -> str:
    if _ENUMERATED.match(label):
        return "cn"
    if re.match(r"^[（(][一二三四五六七八九十]+[）)]", label):
        return "paren_cn"
    if re.match(r"^\d+[、.．]", label):
        return "arabic"
    return "plain"


def _enumerated_parts(grid: Grid, seg, rows: list[int], labels: dict[int, str], r: int) -> list[int] | None:
    """本年收入合计: the rows 一、二、… right above it."""
    i = rows.index(r)
    picked = []
    for p in reversed(rows[:i]):
        if _is_blank_row(grid, p, seg) or (not labels[p] and not any(grid.figure(p, c) for c in grid.value_columns(seg))):
            continue
        n = _enum_value(labels[p])
        if n is None:
            break
        picked.append((p, n))
    picked.reverse()
    if len(picked) < 2 or [n for _, n in picked] != list(range(1, len(picked) + 1)):
        return None
    return [p for p, _ in picked]


# Account codes -------------------------------------------------------------------------------


def _code_map(grid: Grid) -> dict[str, tuple[int, tuple[int, int]]]:
    """code -> (row, segment) for codes that occur once in the table."""
    seen: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    for r in grid.data_rows():
        for seg in grid.segments:
            code = grid.code(r, seg)
            if code:
                seen.setdefault(code, []).append((r, seg))
    return {code: places[0] for code, places in seen.items() if len(places) == 1}


def _code_column(grid: Grid, place: tuple[int, tuple[int, int]]) -> int:
    r, seg = place
    return next(c for c in range(*seg) if grid.roles[c] == "code" and _CODE.match(grid.text(r, c)))


def _code_name(grid: Grid, r: int, seg) -> str:
    return " ".join(grid.text(r, c) for c in range(*seg) if grid.roles[c] in ("code", "label") and grid.text(r, c))


def code_nesting(grid: Grid) -> list[SumRelation]:
    codes = _code_map(grid)
    out: list[SumRelation] = []
    for code, (r, seg) in codes.items():
        children = sorted(c for c in codes if len(c) == len(code) + 2 and c.startswith(code))
        if not children:
            continue
        pvals = grid.value_columns(seg)
        cvals = [grid.value_columns(codes[c][1]) for c in children]
        if any(len(v) != len(pvals) for v in cvals):
            continue
        for k, col in enumerate(pvals):
            total = grid.figure(r, col)
            got = _parts(grid, [(codes[c][0], cvals[i][k]) for i, c in enumerate(children)])
            if total is None or got is None:
                continue
            out.append(SumRelation("code", total, tuple(got[0]), _code_name(grid, r, seg), empty_parts=got[1]))
    return out


# Identities ----------------------------------------------------------------------------------


def _label_cells(grid: Grid, label: str) -> list[tuple[int, int]]:
    want = compact(label)
    return [(r, c) for r in grid.data_rows() for c in range(len(grid.cells[r]))
            if grid.roles[c] in ("label", "code") and compact(grid.text(r, c)) == want]


def _value_right_of(grid: Grid, r: int, c: int) -> Figure | None:
    """The figure a label cell introduces: its segment's first value cell, or the next filled cell."""
    seg = grid.segment_of(c)
    if seg is None:
        return None
    for v in grid.value_columns(seg):
        f = grid.figure(r, v)
        if f is not None:
            return f
        if grid.text(r, v):
            return None
    for x in range(c + 1, len(grid.cells[r])):
        if x < len(grid.roles) and grid.roles[x] == "ordinal":
            continue
        if grid.text(r, x):
            return grid.figure(r, x)
    return None


def identities(grid: Grid) -> list[SumRelation]:
    spec = data.load("arithmetic")
    out: list[SumRelation] = []
    codes = _code_map(grid)
    for ident in spec.get("identities", []):
        totals = _label_cells(grid, ident["total"])
        if "codes" in ident:
            if len(totals) != 1:
                continue
            total = _value_right_of(grid, *totals[0])
            present = [c for c in ident["codes"] if c in codes]
            if total is None or len(present) < 2:
                continue
            figs = [_value_right_of(grid, codes[c][0], _code_column(grid, codes[c])) for c in present]
            if any(f is None for f in figs):
                continue
            out.append(SumRelation("identity", total, tuple(figs), ident["total"], ident["name"], 0, tuple(present)))
            continue
        optional = set(ident.get("optional", []))
        for tr, tc in totals:
            found = []
            for label in ident["parts"]:
                cands = [(r, c) for r, c in _label_cells(grid, label) if c == tc]
                if len(cands) > 1 or (not cands and label not in optional):
                    found = None
                    break
                if cands:
                    found.append(cands[0])
            if not found or any(r == tr for r, _ in found):
                continue
            total = _value_right_of(grid, tr, tc)
            parts = [_value_right_of(grid, r, c) for r, c in found]
            if total is None or any(p is None for p in parts):
                continue
            labels = tuple(label for label in ident["parts"] if label not in optional or any(
                compact(grid.text(r, c)) == compact(label) for r, c in found))
            out.append(SumRelation("identity", total, tuple(parts), ident["total"], ident["name"], 0, labels))
    for label in spec.get("balanced_rows", []):
        cells = _label_cells(grid, label)
        by_row: dict[int, list[int]] = {}
        for r, c in cells:
            by_row.setdefault(r, []).append(c)
        for r, cols in by_row.items():
            if len(cols) != 2 or len(cells) != 2:
                continue
            a, b = (_value_right_of(grid, r, c) for c in sorted(cols))
            if a is not None and b is not None:
                out.append(SumRelation("balance", b, (a,), label))
    return out


def _row_figures(grid: Grid, r: int, after: int = -1) -> list[Figure]:
    return [f for c in range(after + 1, len(grid.cells[r])) if (f := grid.figure(r, c)) is not None]


def _find_label(grid: Grid, label: str) -> list[tuple[int, int]]:
    """Cells holding ``label``, also when the form split it over two rows (部门整体支出 / 总额)."""
    want = compact(label)
    found = []
    for r, row in enumerate(grid.cells):
        for c, cell in enumerate(row):
            text = compact(cell.value)
            if not text:
                continue
            if text == want:
                found.append((r, c))
            elif want.startswith(text) and r + 1 < len(grid.cells):
                rest = [x.value for x in grid.cells[r + 1] if x.value.strip()]
                if len(rest) == 1 and text + compact(rest[0]) == want:
                    found.append((r, c))
    return found


def spread_identities(grid: Grid) -> list[SumRelation]:
    """Identities between label/figure pairs spread over a form (any rows, any columns)."""
    out: list[SumRelation] = []
    for ident in data.load("arithmetic").get("spread_identities", []):
        totals = _find_label(grid, ident["total"])
        if len(totals) != 1:
            continue
        tr, tc = totals[0]
        candidates = _row_figures(grid, tr, tc)
        r = tr
        while not candidates and r + 1 < len(grid.cells) and r - tr < 3:
            r += 1
            candidates = _row_figures(grid, r)
        candidates = candidates[: ident.get("any_of", 1)]
        parts: list[Figure] = []
        labels: list[str] = []
        blanks = 0
        for label in ident["parts"]:
            cells = _find_label(grid, label)
            if len(cells) != 1:
                parts = []
                break
            pr, pc = cells[0]
            nxt = next((x for x in range(pc + 1, len(grid.cells[pr])) if grid.text(pr, x)), None)
            fig = grid.figure(pr, nxt) if nxt is not None else None
            if fig is not None:
                parts.append(fig)
                labels.append(label)
            elif nxt is None or not re.search(r"\d", grid.text(pr, nxt)):
                blanks += 1
            else:
                parts = []
                break
        if not parts or not candidates:
            continue
        total_sum = sum((p.quantity.base_value for p in parts), Decimal(0))
        best = min(candidates, key=lambda f: abs(f.quantity.base_value - total_sum))
        out.append(SumRelation("identity", best, tuple(parts), ident["total"], ident["name"], blanks, tuple(labels)))
    return out
