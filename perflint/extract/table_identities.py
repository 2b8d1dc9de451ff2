"""Sums a 决算 grid states by account code (2010101 under 20101 under 201) and by its
identities (收入总计 = 支出总计 …, the 年初结转 + 收入 = 支出 + 年末结转 spread)."""

from __future__ import annotations

import re
from decimal import Decimal

from perflint import data
from perflint.extract.table_grid import ACCOUNT_CODE, Figure, Grid, SumRelation, label_name, parts_of
from perflint.text.normalise import compact


def _code_map(grid: Grid) -> dict[str, tuple[int, tuple[int, int]]]:
    """code -> (row, segment) for codes that occur once in the table."""
    seen: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    if "code" not in grid.roles and "code_level" not in grid.roles:
        return {}  # no column of codes: no row has one (most tables)
    for r in grid.data_rows():
        for seg in grid.segments:
            code = grid.code(r, seg)
            if code:
                seen.setdefault(code, []).append((r, seg))
    return {code: places[0] for code, places in seen.items() if len(places) == 1}


def _code_column(grid: Grid, place: tuple[int, tuple[int, int]]) -> int:
    r, seg = place
    return next(c for c in range(*seg) if grid.roles[c] == "code_level"
                or grid.roles[c] == "code" and ACCOUNT_CODE.match(grid.text(r, c)))


def _code_name(grid: Grid, r: int, seg) -> str:
    """``210 卫生健康支出``: the row's code (put together when split over 类 | 款 | 项) and name."""
    names = [grid.text(r, c) for c in range(*seg) if grid.roles[c] == "label" and grid.text(r, c)]
    code = grid.code(r, seg)
    return " ".join([code, *names] if code else names)


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
            got = parts_of(grid, [(codes[c][0], cvals[i][k]) for i, c in enumerate(children)])
            if total is None or got is None:
                continue
            out.append(SumRelation("code", total, tuple(got[0]), _code_name(grid, r, seg), empty_parts=got[1]))
    return out


# Identities ----------------------------------------------------------------------------------


def _label_cells(grid: Grid, label: str) -> list[tuple[int, int]]:
    """The label cells of the data rows that read ``label`` (blanks aside)."""
    return list(grid.label_cells().get(compact(label), ()))


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
    # a label cell reads a label (blanks, a marker and a bracketed note aside) only where the
    # table's text, blanks aside, holds it: the labels no cell can read are not looked up
    written = compact("".join(["".join(row) for row in grid.texts]))
    for ident in spec.get("identities", []):
        if compact(ident["total"]) not in written:
            continue  # no total, no identity
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
        below = bool(ident.get("parts_below"))
        for tr, tc in totals:
            found = []
            for label in ident["parts"]:
                cands = [(r, c) for r, c in _label_cells(grid, label) if c == tc and (not below or r > tr)]
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
                compact(grid.text(r, c)) == compact(label) or label_name(grid.text(r, c)) == compact(label)
                for r, c in found))
            out.append(SumRelation("identity", total, tuple(parts), ident["total"], ident["name"], 0, labels))
    for label in spec.get("balanced_rows", []):
        if compact(label) not in written:
            continue
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
    cells = grid.compact_cells()
    found = list(cells.get(want, ()))
    for k in range(1, len(want)):  # a cell holding the label's start, its rest in the row below
        text = want[:k]
        for r, c in cells.get(text, ()):
            if r + 1 < len(grid.cells):
                rest = [x.value for x in grid.cells[r + 1] if x.value.strip()]
                if len(rest) == 1 and text + compact(rest[0]) == want:
                    found.append((r, c))
    return sorted(found)  # in reading order, as the cells are


def spread_identities(grid: Grid) -> list[SumRelation]:
    """Identities between label/figure pairs spread over a form (any rows, any columns)."""
    out: list[SumRelation] = []
    joined = "".join(["".join(row) for row in grid.texts])
    for ident in data.load("arithmetic").get("spread_identities", []):
        want = compact(ident["total"])
        if want[0] not in joined or want[-1] not in joined:
            continue  # the total's label is in no cell, whole or split over two rows (most tables)
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
