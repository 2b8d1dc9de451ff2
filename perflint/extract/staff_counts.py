"""A unit's staff counts (编制数, 实有人数), as its narrative states them and as a table gives them.

A 部门整体支出绩效自评报告 states the unit's 编制 and its staff in the narrative (``核定事业编制40名，
年末实有在职人员36人``) and again in a table: the 自评表's 人员情况 row (``编制数 | 40 | 实有人数 |
36``) or a 人员情况 table (labels over their counts). Both are read here, the kinds apart; the
vocabulary is ``staff_counts`` in ``consistency.yaml``. Whether they disagree is the check's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.model import Cell, Paragraph, Part, SourceText, Table
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern, lazy_compile

KINDS = ("establishment", "actual")
_COUNT_CELL = lazy_compile(r"^(\d{1,5})(?:人|名)?$")
_FIGURE = lazy_compile(r"^[-+]?[\d,.]+%?")
_LABEL_UNIT = lazy_compile(r"[（(](?:人|名)[）)]$")
_SENTENCE_ENDS = "。；;！？!?\n"
_MOMENT_REACH = 8  # characters before a statement searched for 年初 / 上年


@dataclass(frozen=True)
class StaffCount:
    """A staff count of ``kind`` (establishment or actual): ``value`` at ``text[start:end]``.
    ``subset`` marks a statement after 其中 / 含 in its sentence (a part of the staff, not the whole)."""

    kind: str
    value: int
    text: SourceText
    start: int
    end: int
    label: str
    subset: bool = False


@cache
def _conf() -> dict:
    return data.load("consistency")["staff_counts"]


@cache
def _labels() -> dict[str, str]:
    return {label: kind for kind in KINDS for label in _conf()["labels"][kind]}


@cache
def _prose_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, compile_pattern(_conf()["prose"][kind])) for kind in KINDS)


@cache
def _other_moment() -> re.Pattern[str]:
    return compile_pattern(_conf()["other_moment"])


def _label_kind(cell_text: str) -> str | None:
    if "编" not in cell_text and "人" not in cell_text:
        return None  # every label names 编制 or 人 (most cells neither)
    return _labels().get(_LABEL_UNIT.sub("", compact(cell_text)))


def _count(cell_text: str) -> int | None:
    m = _COUNT_CELL.match(compact(cell_text))
    return int(m.group(1)) if m else None


def stated_counts(texts: list[SourceText]) -> list[StaffCount]:
    """The staff counts the prose ``texts`` state, each kind by its pattern; a statement dated to
    another moment (年初实有30人, 上年末在职28人) is left out."""
    out: list[StaffCount] = []
    for text in texts:
        value = text.value
        if "编制" not in value and "实有" not in value and "在职" not in value and "在编" not in value:
            continue
        for kind, pattern in _prose_patterns():
            for m in pattern.finditer(value):
                before = value[max(0, m.start() - _MOMENT_REACH):m.start()]
                if _other_moment().search(before):
                    continue
                # after 其中 / 含 in its sentence: one of a list of parts (其中行政编制10人，事业编制36人)
                opening = max(value.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS)
                subset = any(w in value[opening + 1:m.start()] for w in _conf()["subset_words"])
                out.append(StaffCount(kind, int(m.group("n")), text, m.start("n"), m.end("n"), m.group(0), subset))
    return out


def table_counts(part: Part) -> list[StaffCount]:
    """The staff counts the part's tables give: a label cell with its count in the next cell of
    its row, or in the same column of the next row (a count below it that the row after does not
    repeat); a form read one cell a line gives the label and its count as two paragraphs."""
    out: list[StaffCount] = []
    blocks = part.blocks
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            out.extend(_in_table(block))
        elif isinstance(block, Paragraph) and i + 1 < len(blocks) and isinstance(blocks[i + 1], Paragraph):
            kind = _label_kind(block.text.value) if len(block.text.value) <= 12 else None
            if kind is not None:
                nxt = blocks[i + 1].text
                value = _count(nxt.value)
                after = blocks[i + 2] if i + 2 < len(blocks) else None
                if value is not None and not (isinstance(after, Paragraph) and _FIGURE.match(compact(after.text.value))):
                    out.append(StaffCount(kind, value, nxt, 0, len(nxt.value), compact(block.text.value)))
    return out


def _in_table(table: Table) -> Iterator[StaffCount]:
    rows = table.rows
    for r, row in enumerate(rows):
        joined = "".join([c.value for c in row.cells])
        if "编" not in joined and "人" not in joined:
            continue  # no label in the row (see _label_kind): most rows of most tables
        cells = [c for c in row.cells if not c.is_empty]
        for k, cell in enumerate(cells):
            if len(cell.value) > 12:
                continue
            kind = _label_kind(cell.value)
            if kind is None:
                continue
            if k + 1 < len(cells) and (value := _count(cells[k + 1].value)) is not None:
                # one count beside its label (``编制数 | 40 | 实有人数 | 36``), not a row of figures
                # (``在职人员 | 120 | 130``: amounts by column)
                if k + 2 >= len(cells) or not _FIGURE.match(compact(cells[k + 2].value)):
                    yield _from_cell(kind, value, cells[k + 1], cell)
                continue
            below = _below(rows, r, row.cells.index(cell))
            if below is not None:
                yield _from_cell(kind, below[0], below[1], cell)


def _below(rows, r: int, column: int) -> tuple[int, Cell] | None:
    """The count under column ``column`` in the row after ``r``, when the row after that holds
    none there (one count per label: a table listing several units is not read)."""
    if r + 1 >= len(rows) or column >= len(rows[r + 1].cells):
        return None
    cell = rows[r + 1].cells[column]
    value = _count(cell.value)
    if value is None:
        return None
    if r + 2 < len(rows) and column < len(rows[r + 2].cells) and _count(rows[r + 2].cells[column].value) is not None:
        return None
    return value, cell


def _from_cell(kind: str, value: int, cell: Cell, label: Cell) -> StaffCount:
    return StaffCount(kind, value, cell.text, 0, len(cell.value), compact(label.value))
