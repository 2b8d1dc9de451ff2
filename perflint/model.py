"""The document model every importer produces and every check reads.

A draft becomes ``Document -> Part -> Block`` where a block is a :class:`Heading`, a
:class:`Paragraph` or a :class:`Table` (``Row -> Cell``). Every piece of text is a
:class:`SourceText`: the text as the user wrote it plus the source position of each of its
pieces, so a check can point at any character of a paragraph joined from several PDF lines or
of a YAML scalar and still name the exact file line and column.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain, filterfalse, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from perflint.text.numbers import Quantity

_B = TypeVar("_B", bound="Block")


@dataclass(frozen=True, slots=True)
class Location:
    """A 1-based position (and optional end) in an input file."""

    path: str
    line: int
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    native: str | None = None  # the place in an office file: 段落 12, 表3 第4行 第2列, 自评表!F12

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


def _offset_of(anchor: tuple[int, int, int]) -> int:
    return anchor[0]


_new_object = object.__new__


class SourceText:
    """Text with a map from character offsets back to source lines and columns.

    ``anchors`` holds ``(offset, line, column)`` triples sorted by offset: the character at
    ``offset`` sits at ``line:column`` and following characters advance the column until the
    next anchor. Importers add one anchor per source line that contributes text.

    Most texts (a cell, a line) come from one place of one line: those keep their line and
    column alone instead of a list holding a triple. A draft has one text per cell and line,
    and the list and triple were two of every text's four objects (about a quarter of the
    document model's memory); ``anchors`` still reads as the list. ``anchor_list`` is what is
    stored: the list, or None for a text from one place (a plain attribute, so readers that cut
    every cell ask it without the call :attr:`single_anchor` costs). Read it; set ``anchors``.
    """

    __slots__ = ("value", "path", "_line", "_column", "anchor_list")

    def __init__(self, value: str, path: str, anchors: list[tuple[int, int, int]] | None = None) -> None:
        self.value = value
        self.path = path
        if anchors is not None and len(anchors) == 1 and anchors[0][0] == 0:  # the setter, inlined
            self.anchor_list = None
            _, self._line, self._column = anchors[0]
        else:
            self.anchor_list = [] if anchors is None else anchors
            self._line = self._column = 0

    @property
    def anchors(self) -> list[tuple[int, int, int]]:
        if self.anchor_list is None:
            return [(0, self._line, self._column)]
        return self.anchor_list

    @anchors.setter
    def anchors(self, anchors: list[tuple[int, int, int]]) -> None:
        if len(anchors) == 1 and anchors[0][0] == 0:
            self.anchor_list = None
            self._line, self._column = anchors[0][1], anchors[0][2]
        else:
            self.anchor_list = anchors
            self._line = self._column = 0

    @property
    def single_anchor(self) -> tuple[int, int] | None:
        """``(line, column)`` when the whole text comes from one place of one line, else None."""
        return None if self.anchor_list is not None else (self._line, self._column)

    @classmethod
    def at(cls, value: str, path: str, line: int, column: int = 1) -> SourceText:
        """The text of one place of one line, made without the anchor list :meth:`__init__`
        would take apart again (importers make one per line, cell and token)."""
        st = _new_object(cls)
        st.value = value
        st.path = path
        st.anchor_list = None
        st._line = line
        st._column = column
        return st

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column of the character at ``offset`` (clamped to the text)."""
        anchors = self.anchor_list
        if anchors is None:
            return self._line, self._column + max(0, offset)
        if not anchors:
            return (1, 1)
        # bisect on the offsets in place: copying them out made every lookup linear in the
        # anchors, quadratic over a long flattened table
        i = max(0, bisect.bisect_right(anchors, offset, key=_offset_of) - 1)
        start, line, column = anchors[i]
        return line, column + max(0, offset - start)

    def locate(self, start: int = 0, end: int | None = None) -> Location:
        """The location of ``value[start:end]`` (the whole text by default)."""
        if end is None:
            end = len(self.value)
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end - 1))
        return Location(self.path, line, column, end_line, end_column + 1)

    @property
    def line(self) -> int:
        return self._line if self.anchor_list is None else self.position(0)[0]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.value, self.path, self.anchors) == (other.value, other.path, other.anchors)  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value (as the dataclass was)

    def __repr__(self) -> str:
        return f"SourceText(value={self.value!r}, path={self.path!r}, anchors={self.anchors!r})"

    def __str__(self) -> str:
        return self.value


@dataclass(slots=True)
class Numbering:
    """A heading or list marker such as ``一、`` ``（三）`` ``2.`` ``（4）`` ``第一部分``.

    ``style`` names the marker family (see :mod:`perflint.text.numbering`); ``value`` is the
    ordinal it stands for (``（三）`` -> 3).
    """

    style: str
    value: int
    marker: str


@dataclass(slots=True)
class Block:
    """Anything that sits in a part's flow. ``section`` is the path of headings above it."""

    text: SourceText
    section: tuple[str, ...] = ()

    @property
    def line(self) -> int:
        return self.text.line

    @property
    def location(self) -> Location:
        return self.text.locate()


@dataclass(slots=True)
class Heading(Block):
    """A heading line: its numbering (一、 （二） 3.), its title without the marker, its level."""

    numbering: Numbering | None = None
    title: str = ""
    level: int = 1


@dataclass(slots=True)
class Paragraph(Block):
    """A paragraph of prose, with the list marker it opens with, if any."""

    numbering: Numbering | None = None


@dataclass(slots=True)
class TocEntry(Block):
    """A table-of-contents line (``一、部门主要职责.....2``): title without leaders and page."""

    title: str = ""
    page: int | None = None
    numbering: Numbering | None = None
    # the page written as the template's empty brackets (``......()``): never filled in
    page_left_blank: bool = False


@dataclass(slots=True, init=False)
class Cell:
    """One table cell: its text with source places, and that text's value kept beside it."""

    text: SourceText
    # ``text.value`` and whether it is blank, kept beside it: checks and readers read a cell's
    # value ~300,000 times a MB and ask ~80,000 times whether it is empty, and a property cost a
    # Python call each time. A cell's text is never replaced.
    value: str = field(init=False, repr=False, compare=False)
    is_empty: bool = field(init=False, repr=False, compare=False)

    def __init__(self, text: SourceText) -> None:
        self.text = text
        self.value = value = text.value
        self.is_empty = not value.strip()

    @property
    def line(self) -> int:
        return self.text.line


_IS_EMPTY = attrgetter("is_empty")


@dataclass(slots=True)
class Row:
    """One table row: its cells in order and the source line it starts on."""

    cells: list[Cell]
    line: int

    def texts(self) -> list[str]:
        return [c.value.strip() for c in self.cells]

    @property
    def non_empty(self) -> list[Cell]:
        return list(filterfalse(_IS_EMPTY, self.cells))  # (in C: asked of every row by many checks)


@dataclass(slots=True)
class Table(Block):
    """A table: rows of cells, a caption (its title line) and the unit it declares.

    ``kind`` is a semantic tag an importer may set when it knows it (the YAML importer does for
    自评表 parts: ``budget_execution``, ``goal`` and ``indicators``); text importers leave it empty and the
    extractors recognise tables by their header cells, but for ``loose``: a table whose cells only
    spaces set apart, where a row short of cells lost blank ones at places nothing tells.
    """

    rows: list[Row] = field(default_factory=list)
    caption: str = ""
    declared_unit: str | None = None
    kind: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class Part:
    """One report inside a file (a file often holds a 决算说明 and several 自评报告)."""

    title: str
    line: int
    blocks: list[Block] = field(default_factory=list)
    fiscal_year: int | None = None
    organisation: str | None = None
    kind: str = ""
    report_date: str | None = None
    # The 自评表 of this part, read by the importer (None: not read yet, e.g. a model built by hand).
    forms: list[SelfEvaluation] | None = None

    # Each picks its blocks in C (``filter`` with the class's own isinstance test, the one
    # ``isinstance`` makes): a generator stepped in Python through every block of the part, asked
    # by a dozen checks of every part, cost several times as much.
    def headings(self) -> Iterator[Heading]:
        return filter(Heading.__instancecheck__, self.blocks)

    def paragraphs(self) -> Iterator[Paragraph]:
        return filter(Paragraph.__instancecheck__, self.blocks)

    def tables(self) -> Iterator[Table]:
        return filter(Table.__instancecheck__, self.blocks)

    def toc(self) -> Iterator[TocEntry]:
        return filter(TocEntry.__instancecheck__, self.blocks)


@dataclass
class Document:
    """One input read into the model: its source lines, its parts (附件) and what readers noted."""

    path: str
    source_format: str
    lines: list[str]
    parts: list[Part] = field(default_factory=list)
    metadata: dict[str, object] = field(default_factory=dict)
    # The document's extracted facts (a perflint.facts.Facts), made on first use: they live and
    # die with the document, so no fact of one draft can reach another.
    facts: object | None = field(default=None, repr=False, compare=False)

    def blocks(self) -> Iterator[tuple[Part, Block]]:
        # (the pairs made in C: a generator was stepped in Python through every block, and some
        # checks walk every block of the document)
        return chain.from_iterable(zip(repeat(part), part.blocks) for part in self.parts)

    def texts(self) -> Iterator[SourceText]:
        """Every text the author wrote, in order: headings, paragraphs, contents entries and each
        non-empty table cell (what a check of wording reads, wherever the layout put it)."""
        for part in self.parts:  # text_places without its tuples
            for block in part.blocks:
                if isinstance(block, Table):
                    for row in block.rows:
                        for cell in row.cells:
                            if not cell.is_empty:
                                yield cell.text
                else:
                    yield block.text

    def text_places(self) -> Iterator[tuple[Part, Block, SourceText, bool]]:
        """:meth:`texts` with the part and block of each, and whether it is a table cell."""
        # Written out (no Cell.is_empty, no blocks()): every wording fact walks this, cell by cell.
        for part in self.parts:
            for block in part.blocks:
                if isinstance(block, Table):
                    for row in block.rows:
                        for cell in row.cells:
                            if not cell.is_empty:
                                yield part, block, cell.text, True
                else:
                    yield part, block, block.text, False

    def runs_of(self, kind: type[_B]) -> list[list[_B]]:
        """Each part's runs of consecutive blocks of one kind (contents entries in a row, paragraphs
        between two headings or tables): several readers take a run, not a block, as their unit."""
        runs: list[list[_B]] = []
        for part in self.parts:
            run: list[_B] = []
            for block in part.blocks:
                if isinstance(block, kind):
                    run.append(block)
                elif run:
                    runs.append(run)
                    run = []
            if run:
                runs.append(run)
        return runs

    def source_line(self, line: int) -> str:
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1]
        return ""

    def unlink(self) -> None:
        """Break the model's only reference cycle (a part's forms point back at the part) when
        a run is done with the document: it is then freed as soon as it is dropped, instead of
        waiting for a full collection to walk all of it (a few % of a long draft's CPU). The
        forms are read again if the document is checked again."""
        self.facts = None
        for part in self.parts:
            part.forms = None


# -- the 自评表 ---------------------------------------------------------------------------------
# The paper form is the same everywhere (财政部's template): a 预算执行情况 block (预算数 A, 执行数 B,
# 执行率 B/A, 得分 = weight × 执行率), an indicator block (一级/二级/三级指标, 年初目标值, 实际完成值,
# [分值], 得分, [偏差原因]), a 总分 row, 偏差大或目标未完成原因分析 and 改进措施及结果应用方案. The
# importers build these nodes (:mod:`perflint.read.forms` recognises forms in text tables, the YAML
# importer builds them from its fields); every field is a cell with its source location.


@dataclass(slots=True, init=False)
class Figure:
    """A cell read as a figure (``quantity`` None when the cell holds words such as 成效明显)."""

    cell: Cell
    quantity: Quantity | None
    # The cell's value stripped, kept (the checks of forms read it ~30,000 times a MB; a
    # property stripped it again each time). A figure's cell is never replaced.
    text: str = field(init=False, repr=False, compare=False)
    # cut out of a run of cells written with nothing between them (``…达成目标55…``): where the
    # run was cut is the importer's guess, so what a check finds on it is likely, not certain
    glued: bool = field(init=False, repr=False, compare=False)

    def __init__(self, cell: Cell, quantity: Quantity | None, glued: bool = False) -> None:
        self.cell = cell
        self.quantity = quantity
        self.text = cell.value.strip()
        self.glued = glued

    @property
    def value(self) -> Decimal | None:
        return self.quantity.value if self.quantity else None


@dataclass(slots=True)
class BudgetExecution:
    """A 自评表 budget row: 预算数, 执行数, 执行率 and 得分 as the form gives them."""

    row: Row
    item: str
    budget: Figure | None
    actual: Figure | None
    rate: Figure | None
    score: Figure | None
    weight: Decimal | None  # from the header (20分 / 10分), None when not shown
    initial: Figure | None = None  # 年初预算数, when the form shows it beside 全年预算数
    role: str = ""  # total (年度资金总额) | part (其中 rows) | "" (not known)
    weight_figure: Figure | None = None  # the 分值 cell, when the weight is a cell of the row
    # a part row's own 分值 and 得分 cells, when the draft filled them row by row (a 部门整体 form's
    # 基本支出 | 985 | 915 | 10 | 10): no part of the form's total, but scored by the form's rule
    own_weight: Figure | None = None
    own_score: Figure | None = None
    # the 执行率 cell left blank: the row gives one figure fewer than its header's columns, none a
    # percentage, and no reading of them puts the 执行率 (执行数 / 预算数) among them
    rate_blank: bool = False


@dataclass(slots=True)
class Indicator:
    """A 自评表 indicator row: its levels, name, target, result, weight, score and 偏差原因."""

    row: Row
    level1: str
    level2: str
    name: str
    name_cell: Cell | None
    target: Figure | None
    actual: Figure | None
    score: Figure | None
    weight: Decimal | None = None  # a 分值 column, when the form shows one
    rate: Figure | None = None  # a 完成率 column, when the form shows one
    deviation: Figure | None = None  # a per-row 偏差原因 column, when the form shows one


@dataclass(slots=True)
class AnnualGoal:
    """A 自评表's 年度总体目标 block: the label cell, then the 预期目标 (年初设定目标) and the
    实际完成情况 cells, each None when the form leaves it out or the layout does not tell the
    two apart. ``words`` is False when every cell of the block holds figures only (``43.2 |
    37.24``): the form asks for the goal in words."""

    label: Cell
    expected: Cell | None
    actual: Cell | None
    words: bool = True


@dataclass
class SelfEvaluation:
    """One 自评表 found in a part."""

    part: Part
    table: Table
    title: str
    budget: list[BudgetExecution] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    total: Figure | None = None  # the 总分 row at the bottom
    weight_total: Figure | None = None  # the 总分 row's 分值 total, when it gives one before the score
    # the 总分 / 合计 row's 得分 cell, present in the row and empty beside the row's filled 分值
    # total (``合计 | … | 100 | |`` under a header with 分值 and 得分 columns): the total left blank
    blank_total: Cell | None = None
    blank_total_weight: Figure | None = None
    blank_total_label: str = ""
    header_total: Figure | None = None  # 总分：N written above the table (None if absent; empty cell if blank)
    header_total_cell: Cell | None = None
    deviation: list[Cell] = field(default_factory=list)  # 偏差大或目标未完成原因分析 text cells
    deviation_label: Cell | None = None
    improvement: list[Cell] = field(default_factory=list)
    improvement_label: Cell | None = None
    level1_weights: dict[str, Decimal] = field(default_factory=dict)
    # 部门整体 forms: 按收入性质分 / 按支出性质分 under the budget block, each a stated total
    # (None when not written) and its 其中 parts (一般公共预算…, 基本支出 / 项目支出)
    by_income: tuple[Figure | None, list[tuple[str, Figure]]] | None = None
    by_spending: tuple[Figure | None, list[tuple[str, Figure]]] | None = None
    goal: AnnualGoal | None = None  # the 年度总体目标 block, when the form has one and it was read
    # the money unit its budget block declares (项目资金（万元）), where a form read from the token
    # stream writes it (a form read as a table declares it in its table: extract.table_units)
    unit: str | None = None
    unit_text: SourceText | None = None
