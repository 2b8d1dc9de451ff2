"""Facts the arithmetic checks share, extracted once per document."""

from __future__ import annotations

from dataclasses import dataclass

from perflint.check import Context
from perflint.extract import prose, tables
from perflint.facts import facts_of
from perflint.model import Document, Paragraph, Part, Table
from perflint.text.numbers import Quantity


@dataclass(frozen=True)
class TableFact:
    """A sum relation (a 合计 and its parts) of one table of a part."""

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
    """Every paragraph with its part, listed once per document (four rules walk them)."""
    return facts_of(doc).cached("arithmetic.paragraphs", _paragraphs)


def _paragraphs(doc: Document) -> list[tuple[Part, Paragraph]]:
    return [(part, block) for part, block in doc.blocks() if isinstance(block, Paragraph)]


def paragraph_runs(doc: Document) -> list[list[Paragraph]]:
    """Paragraphs that follow each other with no heading or table between them (listed once
    per document: three rules walk them)."""
    return facts_of(doc).cached("arithmetic.paragraph_runs", _paragraph_runs)


def section_runs(doc: Document) -> list[list[list[Paragraph]]]:
    """The runs of paragraphs (:func:`paragraph_runs`) grouped by the top heading above them,
    where a section holds two runs or more (its sub-headings part them)."""
    groups: list[list[list[Paragraph]]] = []
    key = None
    for run in paragraph_runs(doc):
        top = run[0].section[:1]
        if groups and top and top == key:
            groups[-1].append(run)
        else:
            groups.append([run])
        key = top
    return [g for g in groups if len(g) > 1]


def run_breakdowns(doc: Document) -> list[tuple[list[Paragraph], list[prose.ParagraphBreakdown]]]:
    """Each run of paragraphs (:func:`paragraph_runs`) with the breakdowns spread over it (a
    paragraph ending ``…T 万元，其中：``, one part opening each paragraph after it): read once per
    document for A104 and U401 (a part in 元 among 万元)."""
    return facts_of(doc).cached("arithmetic.run_breakdowns", lambda d: [
        (run, prose.paragraph_breakdowns([p.text.value for p in run])) for run in paragraph_runs(d)])


def _paragraph_runs(doc: Document) -> list[list[Paragraph]]:
    return doc.runs_of(Paragraph)


@dataclass(frozen=True)
class BreakdownFact:
    """A prose breakdown with its total: stated beside it, or looked up by name (``inferred``)."""

    part: Part
    paragraph: Paragraph
    breakdown: prose.Breakdown
    total: Quantity | None
    total_paragraph: Paragraph | None
    inferred: bool


LOOKBACK = 8  # paragraphs searched back for a whole named without its figure


def breakdown_facts(doc: Document, ctx: Context) -> list[BreakdownFact]:
    def build(d: Document) -> list[BreakdownFact]:
        out = []
        for part in d.parts:
            paras = [b for b in part.blocks if isinstance(b, Paragraph)]
            for k, para in enumerate(paras):
                for bd in prose.breakdowns(para.text.value):
                    if bd.total is not None:
                        out.append(BreakdownFact(part, para, bd, bd.total, para, False))
                        continue
                    # a sentence's subject (基本支出主要用于…，其中 a、b) is looked up just before it
                    back = 1 if bd.by_subject else LOOKBACK
                    earlier = paras[max(0, k - back):k + 1]
                    texts = [p.text.value for p in earlier]
                    texts[-1] = texts[-1][:bd.parts[0].start]
                    found = prose.find_named(texts, bd.total_name)
                    if found is None:
                        out.append(BreakdownFact(part, para, bd, None, None, False))
                    else:
                        out.append(BreakdownFact(part, para, bd, found[1], earlier[found[0]], True))
        return out

    return ctx.cached(doc, "arithmetic.breakdowns", build)


__all__ = ["BreakdownFact", "TableFact", "breakdown_facts", "table_relations", "paragraphs", "paragraph_runs", "prose",
           "run_breakdowns"]
