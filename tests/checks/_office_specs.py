"""Word and Excel drafts built from text specs we wrote (``tests/fixtures/probe15_sweep/*.docx.txt``,
``*.xlsx.txt``), so that a sweep can plant a defect in the spec as in any text draft and lint the
file a user would have.

A ``.docx.txt`` spec: each line a paragraph; a run of tab-separated lines a real table. A
``.xlsx.txt`` spec: ``=== NAME`` starts a sheet, each other line a row. In both, a cell ``^``
is merged with the cell above and ``<`` with the cell on its left (the first cell's text kept);
in a workbook, plain figures are numbers (two decimals shown where written so) and ``#96.00%`` a
number shown as a percentage, as finance offices keep them.
"""

from __future__ import annotations

import re
from pathlib import Path

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _grid(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def merges(rows: list[list[str]]) -> list[tuple[int, int, int, int]]:
    """The merged rectangles (first row, first column, last row, last column) the markers draw."""
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            above, left = owner.get((r - 1, c)), owner.get((r, c - 1))
            owner[(r, c)] = above if value == "^" and above else left if value == "<" and left else (r, c)
    boxes: dict[tuple[int, int], list[int]] = {}
    for (r, c), o in owner.items():
        box = boxes.setdefault(o, [r, c, r, c])
        box[2], box[3] = max(box[2], r), max(box[3], c)
    return [(b[0], b[1], b[2], b[3]) for b in boxes.values() if (b[0], b[1]) != (b[2], b[3])]


def word_table(doc, grid: list[list[str]]) -> None:
    """A real Word table of ``grid`` added to ``doc``, its ``^`` / ``<`` cells merged."""
    table = doc.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value not in ("^", "<"):
                table.cell(r, c).text = value
    for r0, c0, r1, c1 in merges(grid):
        kept = grid[r0][c0]
        table.cell(r0, c0).merge(table.cell(r1, c1))
        table.cell(r0, c0).text = kept


def word(spec: str, path: Path) -> Path:
    from docx import Document as WordDocument

    doc = WordDocument()
    rows: list[list[str]] = []
    for line in [*spec.splitlines(), ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            word_table(doc, _grid(rows))
            rows = []
        if line.strip():
            doc.add_paragraph(line)
    doc.save(path)
    return path


def workbook(spec: str, path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    sheets: list[tuple[str, list[list[str]]]] = []
    for line in spec.splitlines():
        if line.startswith("=== "):
            sheets.append((line[4:].strip(), []))
        else:
            sheets[-1][1].append(line.split("\t"))
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        grid = _grid(rows)
        for r, row in enumerate(grid, 1):
            for c, value in enumerate(row, 1):
                if value in ("^", "<", ""):
                    continue
                if value.startswith("#") and value.endswith("%"):
                    cell = sheet.cell(r, c, round(float(value[1:-1]) / 100, 6))
                    cell.number_format = "0.00%" if "." in value else "0%"
                elif _NUMBER.fullmatch(value):
                    cell = sheet.cell(r, c, float(value) if "." in value else int(value))
                    if "." in value:
                        cell.number_format = "0.00"
                else:
                    sheet.cell(r, c, value)
        for r0, c0, r1, c1 in merges(grid):
            sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    book.save(path)
    return path


def build(spec: str, name: str, folder: Path) -> Path:
    """The file a spec named ``name`` stands for, written in ``folder`` (a text draft as it is)."""
    if name.endswith(".docx.txt"):
        return word(spec, folder / name[:-4])
    if name.endswith(".xlsx.txt"):
        return workbook(spec, folder / name[:-4])
    path = folder / name
    path.write_text(spec, encoding="utf-8")
    return path
