"""Whether perflint reads a table the same way whatever layout it was pasted in (on demand).

    python benchmarks/relayout.py ../shared/corpus/drafts                 # every layout
    python benchmarks/relayout.py DIR --layouts tabs,cells --show 30

Real drafts arrive with their tables in many layouts: cells separated by tabs (Word and Excel
copied as text), by pipes (Markdown, some exports), or one cell per line (text copied from a PDF
or a web page). Each seed text (``.txt`` / ``.md`` of the folders given, plus ``examples/``) is
read once; every table perflint's reader found whose rows stand on lines of their own (no other
text on them) is written again in another layout, the rest of the text unchanged, and the text
is linted again. A finding on a table is keyed by the table and the row it falls on, so the two
runs compare whatever lines the rows moved to; a finding elsewhere by its (shifted) line.

Printed per layout: texts and tables relaid, findings *lost* (found in the text's own layout,
not in the other: the reader misses that layout) and *gained* (found only in the other layout:
a reading that may be false), by code. ``--show N`` lists them (file, place, code). Stdlib and
perflint only. Never copy a real draft's text from its output into the project.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from perflint.check import Context
from perflint.engine import discover, instantiate, run_checks
from perflint.model import Document, Table
from perflint.read.text import parse_text

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ("tabs", "pipes", "cells")
_SEPARATORS = set(" \t|\u3000")


@dataclass
class Span:
    """A table's rows by source line: row i stands on lines ``rows[i]`` (first, last)."""

    rows: list[tuple[int, int]]
    cells: list[list[str]]
    layout: str  # the layout it was written in

    @property
    def first(self) -> int:
        return self.rows[0][0]

    @property
    def last(self) -> int:
        return self.rows[-1][1]


def _cell_lines(cell) -> set[int]:
    text = cell.text
    anchors = text.anchors
    return {line for _, line, _ in anchors} if anchors else set()


def table_spans(doc: Document, lines: list[str]) -> list[Span]:
    """The tables whose rows stand on lines of their own, each line holding only its cells."""
    out: list[Span] = []
    taken: set[int] = set()
    for _, block in doc.blocks():
        if not isinstance(block, Table) or len(block.rows) < 2:
            continue
        rows: list[tuple[int, int]] = []
        cells: list[list[str]] = []
        ok = True
        for row in block.rows:
            used = set().union(*(_cell_lines(c) for c in row.cells if not c.is_empty)) if row.cells else set()
            if not used:
                ok = False
                break
            rows.append((min(used), max(used)))
            cells.append([" ".join(c.value.split()) for c in row.cells])
        if not ok or any(b[0] <= a[1] for a, b in zip(rows, rows[1:], strict=False)):
            continue  # rows sharing a line (a flattened table) or out of order
        span = set(range(rows[0][0], rows[-1][1] + 1))
        if span & taken:
            continue
        # every line of the span holds nothing but the table's cells and separators
        text_of = Counter()
        for row in block.rows:
            for c in row.cells:
                for piece in c.value.split():
                    text_of[piece] += 1
        rest = "".join(lines[n - 1] for n in sorted(span))
        for piece, k in text_of.items():
            rest = rest.replace(piece, "", k)
        if any(ch not in _SEPARATORS for ch in rest):
            continue
        src = [lines[n - 1] for n in sorted(span)]
        if any("\t" in s for s in src):
            layout = "tabs"
        elif any("|" in s for s in src):
            layout = "pipes"
        elif all(a == b for a, b in rows):
            layout = "spaces"
        else:
            layout = "cells"
        taken |= span
        out.append(Span(rows, cells, layout))
    return out


def render(cells: list[str], layout: str) -> list[str]:
    if layout == "tabs":
        return ["\t".join(cells)]
    if layout == "pipes":
        return ["| " + " | ".join(cells) + " |"]
    return [c if c else " " for c in cells]  # cells: one per line, an empty cell a blank


def relay(lines: list[str], spans: list[Span], layout: str) -> tuple[list[str], dict[int, str], dict[int, str]]:
    """The text with each span in ``layout``, and the place key of each line of the old text and
    of the new (``T<table>R<row>`` inside a relaid table, ``L<old line>`` elsewhere)."""
    out: list[str] = []
    old_key: dict[int, str] = {}
    new_key: dict[int, str] = {}
    starts = {s.first: (k, s) for k, s in enumerate(spans)}
    n = 1
    while n <= len(lines):
        if n in starts:
            k, span = starts[n]
            for m in range(span.first, span.last + 1):
                old_key[m] = f"T{k}"
            for i, (a, b) in enumerate(span.rows):
                for m in range(a, b + 1):
                    old_key[m] = f"T{k}R{i}"
                for piece in render(span.cells[i], layout):
                    out.append(piece)
                    new_key[len(out)] = f"T{k}R{i}"
            n = span.last + 1
            continue
        out.append(lines[n - 1])
        old_key[n] = new_key[len(out)] = f"L{n}"
        n += 1
    return out, old_key, new_key


def keys_of(findings: list[tuple[str, int]], place_of) -> Counter:
    return Counter((code, place_of(line)) for code, line in findings)


def lint(text: str, path: str, checks) -> list[tuple[str, int]]:
    doc = parse_text(text, path, source_format="markdown" if path.endswith(".md") else "text")
    return [(d.code, d.location.line) for d in run_checks(doc, checks, Context()).diagnostics]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    layouts = [x for x in args.layouts.split(",") if x]
    checks = instantiate(discover())
    files: list[Path] = []
    for folder in [*args.folders, ROOT / "examples"]:
        files += sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".md") and p.is_file())
    stats = {x: Counter() for x in layouts}
    lost = {x: Counter() for x in layouts}
    gained = {x: Counter() for x in layouts}
    notes: list[str] = []
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        lines = text.split("\n")
        path = file.name
        doc = parse_text(text, path, source_format="markdown" if path.endswith(".md") else "text")
        spans = table_spans(doc, lines)
        if not spans:
            continue
        before = lint(text, path, checks)
        for layout in layouts:
            own = [s for s in spans if s.layout != layout]
            if not own:
                continue
            new_lines, old_key, new_key = relay(lines, own, layout)
            old = keys_of(before, lambda line, keys=old_key: keys.get(line, f"L{line}"))
            new = keys_of(lint("\n".join(new_lines), path, checks), lambda line, keys=new_key: keys.get(line, f"?{line}"))
            s = stats[layout]
            s["texts"] += 1
            s["tables"] += len(own)
            for (code, place), k in (old - new).items():
                lost[layout][code] += k
                notes.append(f"{layout:6} lost   {path}:{place} {code}")
            for (code, place), k in (new - old).items():
                gained[layout][code] += k
                notes.append(f"{layout:6} gained {path}:{place} {code}")
    for layout in layouts:
        s = stats[layout]
        print(f"{layout:6} texts {s['texts']:4} tables {s['tables']:5}  lost {sum(lost[layout].values()):4} "
              f"{dict(lost[layout].most_common(8))}  gained {sum(gained[layout].values()):4} "
              f"{dict(gained[layout].most_common(8))}")
    for note in notes[:args.show]:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
