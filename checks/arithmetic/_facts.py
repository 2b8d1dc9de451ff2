"""Facts the arithmetic checks share, extracted once per document."""

from __future__ import annotations

from dataclasses import dataclass

from perflint.check import Context
from perflint.extract import prose, tables
from perflint.model import Document, Paragraph, Part, Table


@dataclass(frozen=True)
class TableFact:
    part: Part
    table: Table
    relation: tables.SumRelation


def table_relations(doc: Document, ctx: Context) -> list[TableFact]:
    def build(d: Document) -> list[TableFact]:
        out = []
        for part, block in d.blocks():
            if isinstance(block, Table):
                out.extend(TableFact(part, block, rel) for rel in tables.relations(block))
        return out

    return ctx.cached(doc, "arithmetic.table_relations", build)


def paragraphs(doc: Document) -> list[tuple[Part, Paragraph]]:
    return [(part, block) for part, block in doc.blocks() if isinstance(block, Paragraph)]


def paragraph_runs(doc: Document) -> list[list[Paragraph]]:
    """Paragraphs that follow each other with no heading or table between them."""
    runs: list[list[Paragraph]] = []
    for part in doc.parts:
        current: list[Paragraph] = []
        for block in part.blocks:
            if isinstance(block, Paragraph):
                current.append(block)
            else:
                if current:
                    runs.append(current)
                current = []
        if current:
            runs.append(current)
    return runs


__all__ = ["TableFact", "table_relations", "paragraphs", "paragraph_runs", "prose"]
