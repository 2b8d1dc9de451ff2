"""Totals a grid states down its columns (under a header tree) and along its rows (a 合计
row over its parts, a subtotal over a run of rows, an enumerated 一、二、 list)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.extract.table_grid import Grid, SumRelation, parts_of, table_conf
from perflint.text.normalise import compact
from perflint.text.numbers import declared_unit
from perflint.text.patterns import compile_pattern, lazy_compile

_CN_NUMERAL = "一二三四五六七八九十"
_ENUMERATED = lazy_compile(r"^(?P<n>[一二三四五六七八九十]{1,3})[、.．]")
_TOTAL_END = lazy_compile(r"(?:合计|小计|总计)$")
_PAREN_CN = lazy_compile(r"^[（(][一二三四五六七八九十]+[）)]")
_ARABIC = lazy_compile(r"^\d+[、.．]")


@dataclass
class _Node:
    """A row label of a table's hierarchy (a 合计 and its parts) and the rows it spans."""

    row: int
    start: int
    end: int
    label: str
    children: list[_Node] = field(default_factory=list)


_LABELLED = lazy_compile(r"^[^：:]{1,8}[：:]")


def _unit_line(row: list[str], width: int) -> bool:
    """The 编制单位：… | 金额单位：万元 line above a header: a row that declares the money unit and
    is shorter than the grid, or as wide as it (its blanks kept, as a workbook's merged cells or a
    tab-aligned paste keep them) with every cell it fills written ``label：value``, as no column
    name is (a header cell declares its unit in brackets, ``预算数（万元）``)."""
    if not any(t and declared_unit(t) for t in row):
        return False
    return len(row) < width or all(_LABELLED.match(t) for t in row if t)


def _header_tree(grid: Grid) -> list[_Node] | None:
    rows = grid.headers
    while rows and _unit_line(rows[0], grid.width):
        rows = rows[1:]  # the unit line above the header (编制单位：… | 金额单位：万元) names no column
    if not rows or any(len(r) != grid.width for r in rows) and not _trimmed_merges(rows, grid):
        return None
    rows = [list(r) + [""] * (grid.width - len(r)) for r in rows]
    rows = _blanks_put_back(grid, rows)

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

    tree = build(0, 0, grid.width)
    return _named_subtotals_grouped(tree) if len(rows) == 1 else tree


def _trimmed_merges(rows: list[list[str]], grid: Grid) -> bool:
    """Whether a header's short rows lost only blanks at their end: a Word table's merged cells
    (``预算数`` and ``决算数`` each over six columns, ``公务接待费`` down two rows) read as blanks
    after their text, the row's last blanks dropped. The first row is the grid's width wide
    then or names the last column's group (its last cell opens a merge), and every row has a
    cell a data row fills."""
    if any(len(r) > grid.width or not any(r) for r in rows):
        return False
    return len(rows) >= 2 and all(t for t in rows[0][-1:])


_NAMED_SUBTOTAL = lazy_compile(r"^(?P<name>.{3,}?)(?:小计|合计)$")
_SHARED_HEAD = 3  # characters a part's header shares with its named subtotal's (公务用车…)


def _named_subtotals_grouped(tree: list[_Node]) -> list[_Node]:
    """A one-row header that writes a group's subtotal as its own column, named, before the
    group's parts (the 三公 table's ``合计 | 因公出国（境）费 | 公务用车购置及运行维护费小计 |
    公务用车购置费 | 公务用车运行维护费 | 公务接待费``): the named 小计 and the columns after it
    that begin as its name does become one group, as a two-row header would have written it, so
    the 合计 adds the group's 小计 and the 小计 its parts."""
    out: list[_Node] = []
    i = 0
    while i < len(tree):
        node = tree[i]
        m = _NAMED_SUBTOTAL.match(node.label) if not node.children and node.end - node.start == 1 else None
        if m:
            head = m.group("name")[:_SHARED_HEAD]
            j = i + 1
            while j < len(tree) and not tree[j].children and tree[j].label.startswith(head) \
                    and not _TOTAL_END.search(tree[j].label):
                j += 1
            if j - i >= 3:  # the subtotal and at least two parts
                group = _Node(node.row, node.start, tree[j - 1].end, m.group("name"), tree[i:j])
                out.append(group)
                i = j
                continue
        out.append(node)
        i += 1
    return out


def _blanks_put_back(grid: Grid, rows: list[list[str]]) -> list[list[str]]:
    """A two-row header whose merged cells' blanks were all put at the end of each line.

    Exported so (``项目 | 预算数 | 决算数 | ||||`` over ``合计 | 一般公共预算 | 政府性基金 | 合计 |
    一般公共预算 | 政府性基金 |  |``), the second line lost the cell under 项目 and the first the
    blanks after each group name. The second line names every figure column only when moved past
    the name columns: it is, when it holds exactly one name a figure column, written from the
    first column on. The group names of the first line then take one repeat each of the second
    line's names, when that line repeats one run of names as many times as there are groups.
    Anything else and the header stays as written (:func:`_lines_up` then decides)."""
    if len(rows) != 2:
        return rows
    values = [c for c in range(grid.width) if grid.roles[c] == "value"]
    lead = len(grid.roles) - len(values)
    if not values or lead < 1 or values != list(range(lead, grid.width)):
        return rows  # name columns first, then figure columns only
    top, sub = rows
    named = [c for c, t in enumerate(sub) if t]
    if named != list(range(len(values))) or not top[0]:
        return rows
    sub = [""] * lead + sub[:len(values)]
    groups = [c for c in range(lead, grid.width) if top[c]]
    size = len(values) // len(groups) if groups else 0
    if groups != list(range(lead, lead + len(groups))) or size < 2 or size * len(groups) != len(values) \
            or sub[lead:] != sub[lead:lead + size] * len(groups):
        return [top, sub]
    spread = top[:lead] + [""] * len(values)
    for i, c in enumerate(groups):
        spread[lead + i * size] = top[c]
    return [spread, sub]


def _total_column(node: _Node) -> int | None:
    """The column that stands for ``node``: itself if it is one column, else its 小计/合计 child."""
    if not node.children:
        return node.start if node.end - node.start == 1 else None
    for child in node.children:
        if not child.children and child.end - child.start == 1 and _TOTAL_END.search(child.label):
            return child.start
    if len(node.children) == 1:
        return _total_column(node.children[0])
    return None


def _part_columns(parts: list[_Node], selection: re.Pattern[str]) -> list[int] | None:
    """The columns whose figures add up to a total column beside ``parts``: each part's own
    column or its 小计, or, for a group of a two-row header with no subtotal column (基本支出
    over 人员经费 | 公用经费), the group's columns, each one column with no level under it.
    None when a part stands for no column it can be told by, or a group's column is a
    selection of it (其中…) or a measure or period of it (预算数 | 决算数, 本年 | 上年), not a
    part of it."""
    cols: list[int] = []
    for node in parts:
        col = _total_column(node)
        if col is not None:
            cols.append(col)
            continue
        leaves = node.children
        measure = _conf_pattern("measure_headers")
        if len(leaves) < 2 or any(n.children or n.end - n.start != 1 or _TOTAL_END.search(n.label)
                                  or selection.search(n.label) or measure.search(n.label) for n in leaves):
            return None  # (预算数 | 决算数 under a group: one thing measured twice, not its parts)
        if leaves[0].start != node.start or leaves[-1].end != node.end \
                or any(a.end != b.start for a, b in zip(leaves, leaves[1:], strict=False)):
            return None  # the group's columns not all named under it
        cols.extend(n.start for n in leaves)
    return cols


@cache
def _conf_pattern(key: str) -> re.Pattern[str]:
    """A pattern of the tables' data, compiled once (the totals readers ask for it per table)."""
    return compile_pattern(table_conf()[key])


def _lines_up(grid: Grid, tree: list[_Node]) -> bool:
    """Whether every figure column falls under a name of the header.

    A header whose merged cells lost their blanks, or whose blanks were all put at the end
    (``项目 | 预算数 | 决算数 | ||||`` over ``合计 | 一般公共预算 | … |  |``: the second line has
    no cell under 项目), stands one column out of step with the figures; it shows by a figure
    column that no header cell names. Read as it is written, it would add the wrong columns."""
    covered: set[int] = set()
    stack = list(tree)
    while stack:
        node = stack.pop()
        covered.update(range(node.start, node.end))
        stack.extend(node.children)
    return all(c in covered for c in range(grid.width) if grid.roles[c] == "value")


def column_totals(grid: Grid) -> list[SumRelation]:
    if not any("计" in text for row in grid.headers for text in row):
        # a total column is a leaf of the header tree whose label (a header cell, compacted)
        # ends in 合计, 小计 or 总计 (_TOTAL_END): a header without 计 has none, and its tree is
        # not built (most tables: a 自评表's, a list of projects)
        return []
    tree = _header_tree(grid)
    if tree is None or not _lines_up(grid, tree):
        return []
    out: list[SumRelation] = []
    selection = _conf_pattern("selection_headers")

    def walk(siblings: list[_Node]) -> None:
        valued = [n for n in siblings if any(grid.roles[c] == "value" for c in range(n.start, n.end))]
        totals = [n for n in valued if not n.children and n.end - n.start == 1
                  and _TOTAL_END.search(n.label)]
        if len(totals) == 1 and len(valued) >= 3 and not any(selection.search(n.label) for n in siblings):
            t = totals[0]
            i = valued.index(t)
            others = valued[i + 1:] if i == 0 else valued[:i] if i == len(valued) - 1 else None
            cols = _part_columns(others, selection) if others else None
            if cols and all(grid.roles[c] == "value" for c in cols):
                for r in grid.data_rows():
                    total = grid.figure(r, t.start)
                    got = parts_of(grid, [(r, c) for c in cols])
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
    total_re = _conf_pattern("total_labels")
    enum_re = _conf_pattern("enumerated_total_labels")
    rows = grid.data_rows()
    for seg in grid.segments:
        values = grid.value_columns(seg)
        if not values:
            continue
        labels = {r: grid.row_label(r, seg) for r in rows}
        roles = grid.roles[seg[0]:seg[1]]
        coded = ("code" in roles or "code_level" in roles) and any(grid.code(r, seg) for r in rows)
        for r in rows:
            label = labels[r]
            if total_re.match(label):
                parts = _code_parts(grid, seg, rows, r) if coded else _run_parts(grid, seg, rows, labels, r)
                if parts and _both_sides(labels[p] for p in parts):
                    continue  # 年初结转和结余 + 年末结转和结余: a two-sided table read as one side
            elif enum_re.match(label):
                parts = _enumerated_parts(grid, seg, rows, labels, r)
            else:
                continue
            if not parts:
                continue
            out.extend(_relations(grid, values, r, parts, label))
        if not coded:
            for whole, parts in _composed_rows(labels, rows):
                out.extend(_relations(grid, values, whole, parts, labels[whole]))
    return out


def _relations(grid: Grid, values: list[int], r: int, parts: list[int], label: str) -> list[SumRelation]:
    out = []
    for c in values:
        total = grid.figure(r, c)
        got = parts_of(grid, [(p, c) for p in parts])
        if total is None or got is None:
            continue
        out.append(SumRelation("row", total, tuple(got[0]), label, empty_parts=got[1]))
    return out


# Rows the 决算 template always splits the same way ----------------------------------------------

_LABEL_NOISE = lazy_compile(r"[“”\"'‘’「」\s]|^(?:其中|含|包括)[:：]?|^(?:[一二三四五六七八九十]+|\d+)[、.．]|^[（(][一二三四五六七八九十\d]+[）)]")
_LABEL_TAIL = lazy_compile(r"(?:支出)?(?:决算|预算)?(?:数)?$")


@cache
def _compositions() -> tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...]:
    """The ``compositions`` of ``arithmetic.yaml`` (三公经费, 公务用车购置及运行费, 基本支出): each
    whole's names and its parts' names, as a row label reads them."""
    def names(group: list[str]) -> frozenset[str]:
        return frozenset(_row_name(n) for n in group)
    return tuple((names(c["whole"]), tuple(names(p) for p in c["parts"]))
                 for c in data.load("arithmetic").get("compositions", []))


@cache
def _whole_screen() -> re.Pattern[str]:
    """The first two characters of any whole's name (三公, 公务, 基本), one search: a row label that
    holds none names no whole, whatever its quotes or numbering."""
    stems = {n[:2] for c in data.load("arithmetic").get("compositions", []) for n in c["whole"]}
    return compile_pattern("|".join(sorted(map(re.escape, stems), key=len, reverse=True)))


def _row_name(label: str) -> str:
    """A row label as a composition's name: no quotes, blanks, 其中 or numbering, full-width
    brackets as ASCII, without a trailing 支出/决算数."""
    name = _LABEL_NOISE.sub("", label.replace("（", "(").replace("）", ")"))
    if name[:1] == "(":  # 其中:(1)公务用车运行维护费: the marker was behind the 其中 just taken off
        name = _LABEL_NOISE.sub("", name)
    return _LABEL_TAIL.sub("", name) or name


def _composed_rows(labels: dict[int, str], rows: list[int]) -> list[tuple[int, list[int]]]:
    """A row naming a whole the 决算 template splits (公务用车购置及运行费, 基本支出) followed
    right away by one row for each of its parts (其中：公务用车购置费 / 公务用车运行费): the whole
    and its part rows. Only a run that names every part, each once, is one."""
    if len(rows) < 3:
        return []
    screen = _whole_screen()
    if not any(screen.search(labels[r]) for r in rows):
        return []  # no row names a whole (most tables): nothing to clean and match
    found = []
    names = [_row_name(labels[r]) for r in rows]
    for i, name in enumerate(names):
        for whole, parts in _compositions():
            if name not in whole:
                continue
            picked, seen = [], set()
            for j in range(i + 1, len(rows)):
                k = next((n for n, group in enumerate(parts) if names[j] in group), None)
                if k is None or k in seen:
                    break
                seen.add(k)
                picked.append(rows[j])
            if len(seen) == len(parts):
                found.append((rows[i], picked))
            break
    return found


def _code_parts(grid: Grid, seg, rows: list[int], r: int) -> list[int] | None:
    coded = [(p, grid.code(p, seg)) for p in rows if grid.code(p, seg)]
    if not coded:
        return None
    shortest = min(len(code) for _, code in coded)
    top = [p for p, code in coded if len(code) == shortest]
    tops = {code for _, code in coded if len(code) == shortest}
    if any(code[:shortest] not in tops for _, code in coded):
        return None  # a code whose 类 row is not in the table (above an excerpt's cut): parts are missing
    if r < top[0] or r > top[-1]:
        return top
    return None


def _is_blank_row(grid: Grid, r: int, seg) -> bool:
    return not any(grid.text(r, c) for c in range(*seg) if grid.roles[c] != "ordinal")


@cache
def _identity_sides() -> tuple[frozenset[str], ...]:
    """The terms of each 决算 identity whose total another identity shares with no term in
    common (收入总计's 年初结转和结余 …, 支出总计's 年末结转和结余 …): the two sides of one table."""
    idents = [(i["total"], frozenset(_row_name(p) for p in i["parts"]))
              for i in data.load("arithmetic")["identities"] if "parts" in i]
    return tuple(terms for total, terms in idents
                 if any(t == total and not (terms & other) for t, other in idents if other is not terms))


def _both_sides(labels) -> bool:
    """Whether row labels hold terms of two identities that are opposite sides of one table: no
    total adds an income term to an expenditure one; the rows were read across both sides."""
    names = {_row_name(label) for label in labels}
    hit = [terms for terms in _identity_sides() if names & terms]
    return any(not (a & b) for k, a in enumerate(hit) for b in hit[k + 1:])


def _run_parts(grid: Grid, seg, rows: list[int], labels: dict[int, str], r: int) -> list[int] | None:
    """The rows a plain 合计 row adds: the run next to it, if that run is flat."""
    total_re = _conf_pattern("total_labels")
    child = _conf_pattern("child_prefix")
    i = rows.index(r)
    first = all(_is_blank_row(grid, p, seg) for p in rows[:i])
    run = rows[i + 1:] if first else list(reversed(rows[:i]))
    if not first:
        subtotals = _subtotal_parts(grid, seg, run, labels)
        if subtotals is not None:
            return subtotals
    group = _group_column(grid, seg, r) if not first and labels[r] == "小计" else None
    picked = []
    for p in run:
        if _is_blank_row(grid, p, seg):
            continue
        if total_re.match(labels[p]) or _TOTAL_END.search(labels[p]):
            if first:
                break
            return None  # the rows above end at a subtotal: its hierarchy is not ours to guess
        picked.append(p)
        if group is not None and grid.text(p, group):
            break  # the row that opens the subtotal's group (its merged group cell): the run's start
    if first:
        # a part row under the whole it details (公务用车购置及运行费 / 其中：公务用车购置费 /
        # 公务用车运行费) is no part of the 合计 above them
        details = {p for _, parts in _composed_rows(labels, picked) for p in parts}
        picked = [p for p in picked if p not in details]
    if len(picked) < 2 or any(child.match(labels[p]) or not labels[p] for p in picked):
        return None
    if any(labels[a] == labels[b] for a, b in zip(picked, picked[1:], strict=False)):
        return None  # a merged cell written again on each of its rows (投入 | 20 four times): one part, not four
    styles = {_style(labels[p]) for p in picked}
    if len(styles) != 1 or _implicitly_nested(grid, seg, sorted(picked)):
        return None
    return sorted(picked)


def _group_column(grid: Grid, seg, r: int) -> int | None:
    """The first label column of a table that names its rows over two label columns or more
    (``过程（30分） | 预算执行 | 预算完成率``), where the 小计 row at ``r`` leaves it blank: a group
    cell merged over its rows (blank under the group's first row), whose 小计 adds the group's rows
    only, not every row from the table's start. None where the table has one label column, or the
    小计 names its group in that column itself. (Asked of a bare 小计 only: a 合计 adds the table.)"""
    columns = [c for c in range(*seg) if grid.roles[c] == "label"]
    if len(columns) < 2 or grid.text(r, columns[0]):
        return None
    return columns[0]


def _implicitly_nested(grid: Grid, seg, rows: list[int]) -> bool:
    """Rows that detail the row above them without saying so (基本支出 / 人员经费 / 公用经费)."""
    for c in grid.value_columns(seg):
        values = [f.quantity if (f := grid.figure(r, c)) else None for r in rows]
        # each figure's base value and rounding interval, worked out once: the loop below adds
        # them up from every head row (a step per pair of rows)
        bases = [q.base_value if q is not None else None for q in values]
        halves = [q.half_unit * q.scale if q is not None else None for q in values]
        n = len(values)
        for i, head in enumerate(values):
            if head is None or head.value == 0:
                continue
            acc, tol, whole = Decimal(0), halves[i], bases[i]
            following = values[i + 1] if i + 1 < n else None
            for j in range(i + 1, n):
                q = values[j]
                if q is None:
                    break
                acc += bases[j]
                tol += halves[j]
                if abs(acc - whole) <= tol and q is not following:
                    return True
                if acc > whole + tol:
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
    if _PAREN_CN.match(label):
        return "paren_cn"
    if _ARABIC.match(label):
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
