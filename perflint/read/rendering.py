"""Office files are read through a text rendering that keeps each line's place in the file.

A Word or Excel draft is rendered to lines of text — paragraphs one per line, table rows as
tab-separated cells — and that rendering goes through the same text importer as every pasted
draft, so headings, parts, tables of contents and 自评表 are recognised one way for all inputs.
Line N of the rendering is what a diagnostic's ``line`` N means (``perflint show`` prints it);
each line (and each cell of a row) also remembers where it sits in the original file
(``段落 12``, ``表3 第4行 第2列``, ``自评表!F12``), so a user can find it there.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from perflint.model import Document, Heading
from perflint.read.text import parse_text

# A picture in the body of a Word or PDF draft (a chart, a photo) is rendered as this line: the
# content of its heading or of the 如下： above it, though it has no text (an empty line would
# leave the heading with nothing under it).
PICTURE = "[图片]"


@dataclass
class NativeMap:
    """For each rendered line, ``(start column, native location)`` pairs in column order."""

    lines: list[list[tuple[int, str]]] = field(default_factory=list)
    # (line, heading text) of the headings perflint recognised, in line order: a Word user finds a
    # paragraph by the heading it sits under (段落 12 counts every empty paragraph too).
    headings: list[tuple[int, str]] = field(default_factory=list)

    def lookup(self, line: int, column: int = 1) -> str | None:
        if not 1 <= line <= len(self.lines) or not self.lines[line - 1]:
            return None
        spans = self.lines[line - 1]
        i = max(0, bisect.bisect_right([s for s, _ in spans], column) - 1)
        where = spans[i][1]
        h = bisect.bisect_right([n for n, _ in self.headings], line) - 1
        if h >= 0 and self.headings[h][0] != line:
            where += f"，“{self.headings[h][1]}”下"
        return where


@dataclass
class Rendering:
    """Text lines being built, each with the native location of its pieces."""

    lines: list[str] = field(default_factory=list)
    native: NativeMap = field(default_factory=NativeMap)
    # Reviewers' comments (Word 批注, Excel cell notes): (first line, last line, text). The
    # importer only carries them; perflint.suppress reads ``perflint: ignore[CODE]`` in them.
    comments: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def line_count(self) -> int:
        return len(self.lines)

    def add_comment(self, first: int, last: int, text: str) -> None:
        if 1 <= first <= last and text.strip():
            self.comments.append((first, last, text))

    def add_line(self, text: str, where: str) -> None:
        self.lines.append(_one_line(text))
        self.native.lines.append([(1, where)])

    def add_row(self, cells: list[str], places: list[str], keep: int = 0) -> None:
        """A table row: cells joined by tabs, each cell's column mapped to its place; blank cells
        at its end are dropped, but for the first ``keep`` (a merged range's blanks)."""
        while len(cells) > keep and not cells[-1].strip():
            cells, places = cells[:-1], places[:-1]
        if not cells:
            return self.blank()
        spans, column, parts = [], 1, []
        for text, where in zip(cells, places, strict=True):
            text = _one_line(text).replace("\t", " ")
            spans.append((column, where))
            parts.append(text)
            column += len(text) + 1
        self.lines.append("\t".join(parts))
        self.native.lines.append(spans)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.native.lines.append([])

    def document(self, path: str, source_format: str, *, heading_context: bool = False) -> Document:
        from perflint.read.scripts import parse_in_script  # (a Traditional rendering is read as Simplified)

        doc = parse_in_script("\n".join(self.lines), lambda text: parse_text(text, path, source_format=source_format))
        if heading_context:
            self.native.headings = [(b.text.line, _short(b.text.value.lstrip("# ")))
                                    for _part, b in doc.blocks() if isinstance(b, Heading)]
        doc.metadata["native"] = self.native
        if self.comments:
            doc.metadata["comments"] = list(self.comments)
        return doc


def _short(title: str, limit: int = 20) -> str:
    return title if len(title) <= limit else title[:limit - 1] + "…"


def _one_line(text: str) -> str:
    return " ".join(text.replace("\r", "\n").split("\n")).strip()


def native_location(doc: Document, line: int, column: int = 1) -> str | None:
    """The place in the original file of rendered ``line``/``column`` (None for text drafts)."""
    native = doc.metadata.get("native")
    return native.lookup(line, column) if isinstance(native, NativeMap) else None
