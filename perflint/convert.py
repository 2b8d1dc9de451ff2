"""``perflint convert``: any draft perflint reads, written as a perflint YAML draft.

A Word, Excel, PDF or pasted-text draft becomes structured data a unit can keep and edit: each
report of a bundle a part with its title and fiscal year, its headings nested as sections, and
the paragraphs and tables under each heading in the order they stand (``content``). Figures are
written exactly as the draft shows them (``0.00`` stays ``0.00``), so linting the converted draft
finds what linting the original finds.

The converter writes what the reader understood; it does not judge or repair anything.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from perflint.model import Block, Document, Heading, Part, Table, TocEntry
from perflint.read.yaml_draft import FORMAT_VERSION


def to_yaml(doc: Document, source_name: str) -> str:
    """The YAML draft text of ``doc`` (read from ``source_name``)."""
    top = CommentedMap()
    top["perflint"] = FORMAT_VERSION
    parts = [_part(part, source_name) for part in doc.parts if part.blocks or part.title]
    if len(parts) == 1:
        top.update(parts[0])
    else:
        top["title"] = doc.metadata.get("title") or source_name
        top["parts"] = CommentedSeq(parts)
    top.yaml_set_start_comment(f"converted by perflint from {source_name}")
    out = io.StringIO()
    yaml = YAML()
    yaml.width = 4096  # one paragraph, one line: a wrapped scalar would move the figures' columns
    yaml.allow_unicode = True
    yaml.dump(top, out)
    return out.getvalue()


def _part(part: Part, source_name: str) -> CommentedMap:
    out = CommentedMap()
    out["title"] = part.title or source_name
    if part.fiscal_year:
        out["fiscal_year"] = part.fiscal_year
    if part.kind:
        out["kind"] = part.kind
    root = _Section(None, 0)
    stack = [root]
    for block in part.blocks:
        if isinstance(block, Heading) and block.level > 0:
            while len(stack) > 1 and stack[-1].level >= block.level:
                stack.pop()
            section = _Section(_heading_text(block), block.level)
            stack[-1].children.append(section)
            stack.append(section)
        else:
            stack[-1].content.append(_item(block))
    if root.content:
        out["content"] = CommentedSeq(root.content)
    if root.children:
        out["sections"] = CommentedSeq([child.to_yaml() for child in root.children])
    return out


class _Section:
    def __init__(self, heading: str | None, level: int) -> None:
        self.heading = heading
        self.level = level
        self.content: list = []
        self.children: list[_Section] = []

    def to_yaml(self) -> CommentedMap:
        out = CommentedMap()
        out["heading"] = self.heading
        if self.content:
            out["content"] = CommentedSeq(self.content)
        if self.children:
            out["sections"] = CommentedSeq([child.to_yaml() for child in self.children])
        return out


def _heading_text(block: Heading) -> str:
    text = block.text.value.strip()
    return text.lstrip("#").strip() if text.startswith("#") else text


def _item(block: Block) -> str | CommentedMap:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Heading):  # a title line (level 0) reads as text under its part
        return _heading_text(block)
    if isinstance(block, TocEntry):
        return block.text.value.strip()
    return block.text.value


def _table(table: Table) -> CommentedMap:
    out = CommentedMap()
    if table.caption:
        out["caption"] = table.caption
    if table.declared_unit:
        out["unit"] = table.declared_unit
    rows = [row.texts() for row in table.rows]
    if rows:
        out["header"] = _flow(rows[0])
    if len(rows) > 1:
        out["rows"] = CommentedSeq([_flow(r) for r in rows[1:]])
    if table.notes:
        out["notes"] = CommentedSeq(table.notes)
    return out


def _flow(cells: list[str]) -> CommentedSeq:
    seq = CommentedSeq(cells)
    seq.fa.set_flow_style()  # one row, one line, as the table is printed
    return seq
