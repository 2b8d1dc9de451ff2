"""A report's funds block: each column's total beside the sources listed under it.

Several provinces' 财政支出项目绩效评价自评报告 open with a 项目基本概况 grid whose funds rows give
``计划安排资金（万元） | 170 | 实际到位资金（万元） | 170 | 实际支出（万元） | 179.6 | 结余（万元） | 0``
and, under each of the four, the same ``其中：中央财政 | 省财政 | 市财政 | 县（区）财政 | 其它``
rows, each source label repeated once per column with its figure beside it. Pasted one cell a
line (or read as a grid) the blank cells vanish, but each source still names itself once per
column, so the figure after its k-th mention is the k-th column's.

A block is read only when it is whole: two column totals at least, each source named exactly
once per column. The sources listed are the form's full list, so a column's sources with
figures sum to its total.

Imported by the rule that needs it when it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from perflint.model import Document, Heading, Paragraph, SourceText, Table
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, parse_cell
from perflint.text.patterns import lazy_compile

_HEAD = lazy_compile(r"^(?P<label>计划安排资金|计划投资额?|预算安排资金|实际到位资金|到位资金|实际支出(?:资金)?|"
                     r"实际使用(?:情况|资金)?|结余(?:资金)?)(?:[（(]万?元[)）])?$")
_UNIT = lazy_compile(r"^[（(]万?元[)）]$")
# the sources: by level of government (中央财政, 省财政预算, 市县财政预算, 县（区）财政), and the rest
# (其它, 自筹, 社会资金, 地方债券资金)
_SOURCE = lazy_compile(r"^(?:其中[:：])?(?P<name>(?:中央|省级?|[市州]级?|[县区]级?|市县|县[（(]区[)）]|乡镇)财政(?:预算|资金)?|"
                       r"中央(?:补助)?资金|其[它他](?:资金)?|(?:单位)?自筹(?:资金)?|社会资金|地方(?:政府)?债券资金)$")
_FIRST_SOURCE = lazy_compile(r"^其中[:：]")


@dataclass(frozen=True)
class FundCell:
    text: SourceText
    value: str  # compacted
    quantity: Quantity | None


@dataclass(frozen=True)
class FundColumn:
    """One column of the block: its label, its total and the sources' figures under it."""

    label: str
    total: FundCell
    parts: list[tuple[str, FundCell]]


def fund_columns(doc: Document) -> list[FundColumn]:
    """Every column of every whole funds block in ``doc`` that has a total and a source figure."""
    out: list[FundColumn] = []
    # the parts with a heading, paragraph or cell holding 到位资金, found in the document's texts
    # joined once (:mod:`perflint.extract.text_index`), not by a walk over every cell of every table
    from perflint.extract.text_index import text_index

    index = text_index(doc)
    screened = {id(t.part) for t in map(index.texts.__getitem__, index.holding(_LABEL)) if t.where in _SCREENED}
    if not screened:
        return out
    for part in doc.parts:
        if id(part) not in screened:
            continue  # most parts: no funds block, no cell compacted
        cells = list(_cells(part.blocks))
        i = 0
        while i < len(cells):
            if _HEAD.match(cells[i].value):
                read, i = _block(cells, i)
                out.extend(read)
            else:
                i += 1
    return out


_LABEL = "到位资金"  # a funds block's label that every block has
_SCREENED = frozenset(("cell", "heading", "paragraph"))  # Text.where of the texts a block can be read from


def _cells(blocks) -> Iterator[FundCell]:
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    if not cell.is_empty:
                        yield _cell(cell.text)
        elif isinstance(block, (Paragraph, Heading)):
            glued = _glued_cells(block.text) if len(block.text.value) > 24 and "到位资金" in block.text.value else None
            if glued is None:
                yield _cell(block.text)
            else:
                yield from glued


# A block extracted from a PDF or a web page with its cells run together on one line
# (``计划投资额(万元)110.00实际到位资金(万元)84.74…其中:中央财政其中:中央财政…``): cut into the cells
# it is made of, labels and figures, from the first total's label on.
_GLUED_CELL = lazy_compile(
    rf"{_HEAD.pattern[1:-1]}|{_SOURCE.pattern[1:-1]}|[（(]万?元[)）]|\d+(?:,\d{{3}})*(?:\.\d+)?")


def _glued_cells(text: SourceText) -> list[FundCell] | None:
    """The cells of a funds block run together in ``text``, up to the first text that is none
    of its labels or figures; None when the line holds no such block."""
    from perflint.read.forms.cells import sub_text

    value = text.value
    start = value.find("计划")
    if start < 0:
        return None
    out: list[FundCell] = []
    k = start
    while k < len(value):
        m = _GLUED_CELL.match(value, k)
        if m is None or m.end() == k:
            break
        out.append(_cell(sub_text(text, m.start(), m.end())))
        k = m.end()
        while k < len(value) and value[k] in " \t":
            k += 1
    return out if len(out) >= 8 else None


def _cell(text: SourceText) -> FundCell:
    value = compact(text.value)
    return FundCell(text, value, parse_cell(value) if len(value) <= 16 else None)


def _block(cells: list[FundCell], i: int) -> tuple[list[FundColumn], int]:
    """The columns of the block whose first total label is at ``i``, and the index after it."""
    heads: list[tuple[str, FundCell | None]] = []
    while i < len(cells) and (m := _HEAD.match(cells[i].value)):
        i += 1
        if i < len(cells) and _UNIT.match(cells[i].value):
            i += 1
        total = None
        if i < len(cells) and _money(cells[i]):
            total = cells[i]
            i += 1
        heads.append((m.group("label"), total))
    if len(heads) < 2 or i >= len(cells) or not _FIRST_SOURCE.match(cells[i].value):
        return [], i
    mentions: dict[str, list[FundCell | None]] = {}
    while i < len(cells) and (m := _SOURCE.match(cells[i].value)):
        figure = cells[i + 1] if i + 1 < len(cells) and _money(cells[i + 1]) else None
        mentions.setdefault(m.group("name"), []).append(figure)
        i += 2 if figure is not None else 1
    if len(mentions) < 2 or any(len(found) != len(heads) for found in mentions.values()):
        return [], i
    out = []
    for k, (label, total) in enumerate(heads):
        parts = [(name, found[k]) for name, found in mentions.items() if found[k] is not None]
        if total is not None and parts:
            out.append(FundColumn(label, total, parts))  # type: ignore[arg-type]
    return out, i


def _money(cell: FundCell) -> bool:
    q = cell.quantity
    return q is not None and not q.is_percent and q.relation is None and (q.unit is None or q.kind == "money")
