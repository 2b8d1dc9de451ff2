"""Lists of tables that name each table's own number (``七、…决算表（公开08表）``, ``表 2：…``).

The 决算 templates number their tables once (公开01表 …); a contents or a run of headings lists
them in that order. A number below the one before it, in a list that neither restarts from 1 nor
repeats a number, is a table listed out of its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, Heading, Paragraph, SourceText, Table, TocEntry
from perflint.text.numbering import TABLE_NUMBER


@dataclass(frozen=True)
class ListedTable:
    """A table's number as a list names it: ``text[start:end]`` is the number's mention."""

    text: SourceText
    start: int
    end: int
    number: int
    written: str


@dataclass(frozen=True)
class MisplacedTable:
    """``table`` is listed right after ``previous``, whose number is higher."""

    table: ListedTable
    previous: ListedTable


def _listed(text: SourceText) -> list[ListedTable]:
    value = text.value
    if "表" not in value:
        return []
    out = []
    for m in TABLE_NUMBER.finditer(value):
        digits = next(g for g in m.groups() if g is not None)
        out.append(ListedTable(text, m.start(), m.end(), int(digits), m.group(0)))
    return out


_SENTENCE_MARKS = frozenset("。；;，,")


def _lists(block: object) -> bool:
    """A contents entry, a heading, or a paragraph that is a list line and not a sentence (a
    sentence may cite tables in any order: 详见附表5，附表3 为…)."""
    if isinstance(block, (Heading, TocEntry)):
        return True
    return isinstance(block, Paragraph) and not _SENTENCE_MARKS.intersection(block.text.value)


def _runs(doc: Document) -> list[list[ListedTable]]:
    """Consecutive texts naming table numbers (the tables themselves may stand between), each run
    cut where the numbers start again from 1."""
    runs: list[list[ListedTable]] = []
    for part in doc.parts:
        current: list[ListedTable] = []
        for block in part.blocks:
            if isinstance(block, Table):
                continue
            # 表 first (one search in C): the sentence test walks the whole text
            found = _listed(block.text) if "表" in block.text.value and _lists(block) else []
            if not found:
                if current:
                    runs.append(current)
                current = []
                continue
            for item in found:
                if item.number == 1 and current:
                    runs.append(current)
                    current = []
                current.append(item)
        if current:
            runs.append(current)
    return runs


def misplaced_tables(doc: Document) -> list[MisplacedTable]:
    """Tables listed after a higher number, in lists of three tables or more with no number twice."""
    out = []
    for run in _runs(doc):
        numbers = [t.number for t in run]
        if len(run) < 3 or len(set(numbers)) != len(numbers):
            continue
        out.extend(MisplacedTable(b, a) for a, b in zip(run, run[1:], strict=False) if b.number < a.number)
    return out
