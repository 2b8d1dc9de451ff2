"""Plain-text and Markdown drafts, as users really have them.

Real drafts arrive as text extracted from PDFs or Word: paragraphs broken at every PDF line
(sometimes with blank lines in between), tables as tab-separated rows, as one cell per line, as
space-separated figures, as Markdown pipes or HTML fragments. This importer assembles those
lines into the document model: headings, paragraphs, tables and table-of-contents entries,
split into parts (one per report in the file). It recognises shapes; it never judges content.
"""

from __future__ import annotations

import bisect
import re

from perflint.model import Block, Cell, Document, Heading, Paragraph, Row, SourceText, Table, TocEntry
from perflint.read import lines as L
from perflint.read.cell_grid import (
    MAX_CELL,
    NAME,
    OTHER,
    Grid,
    cell_kind,
    find_grids,
    numbers_its_rows,
    numbers_row_layout,
    row_breaks,
)
from perflint.read.forms import attach_forms
from perflint.read.parts import split_parts
from perflint.read.toc import mark_contents, spaced_page
from perflint.suppress import names_perflint, visible_lines
from perflint.text.dates import FULL_DATE, REPORT_TITLE, YEAR, title_shaped
from perflint.text.normalise import compact as _compact
from perflint.text.numbering import STYLE_RANK, chinese_to_int, int_to_chinese, marker_like, parse_marker
from perflint.text.numbers import declared_unit
from perflint.text.page_chrome import is_chrome_line, particulars_rows, title_after_crumbs, title_crumb
from perflint.text.patterns import compile_pattern, lazy_compile

_LINE_BREAK = lazy_compile(r"\r\n|\r|\n")  # as editors count lines
_SENTENCE_END = tuple("。！？；：;:!?")
_FULL_STOP = tuple("。！？!?")
_HALF_WIDTH_STOP = lazy_compile(r"[^\d.]\.$")  # ``…320户.`` ends a sentence; ``增长3.`` may be a broken 3.5
_MAX_HEADING_TITLE = 36
# A note under a table (注：…, 说明：…) pasted as its last row: the note's text in the first cell and
# the other cells left empty (``说明:1、“三公”经费包括… | ||||``).
_TABLE_NOTE = lazy_compile(r"^\s*(?:注|说明|备注|附注|填报说明|填表说明|资料来源|数据来源)\s*\d?\s*[:：]")
_TITLE_LIKE = lazy_compile(rf"{YEAR}\s*年度?.*(?:报告|决算|说明|情况|表)$")
_REPORT_TITLE = REPORT_TITLE
_ENDS_WITH_DATE = lazy_compile(rf"{FULL_DATE}\s*$")
_CLAUSE_MARK = compile_pattern("[，。；,;]")  # a title holds none of them (one search, not one per mark)
_MAX_BLANK_GAP = 4  # blank lines a paragraph may run across (page breaks leave several)
# lines between two cells of a table pasted one cell per line from a web page: a blank line after
# each cell and an empty line for each empty cell (``| 30 | | | 61 |`` leaves five between 30 and 61)
_MAX_CELL_GAP = 8
# An attachment's label before a table's name (附件：, 附表2：, 附件一:).
_ANNEX_LABEL = lazy_compile(r"^\s*(?:附件|附表)\s*[0-9一二三四五六七八九十]{0,3}\s*[：:]\s*")
_WRAP_WIDTH = 60  # a line longer than this was not wrapped by a page
_LABEL_MAX = 20  # an unpunctuated line this short stands alone (a label or a title line)
_LABEL_ROWS_MAX = 12  # one-cell lines in a row a tab or pipe table may hold (a merged cell's lines, a wrapped cell)
_FIGURE_CELL = lazy_compile(r"^-?[\d,]+(?:\.\d+)?$")
_HEADER_ROWS_MAX = 6  # the 部门 / 项目 / 科目编码 / 栏次 rows a continued table may repeat
_PAGE_LINES_MAX = 4  # the running title, the page number, 续表 and a unit line between a table's halves
_HEADER_PIECES_MAX = 16  # a header's cells repeated one a line after a page break (项目 … 栏次 1 2 3)
_HEADER_TEXT_MIN = 6  # characters of a repeated header's text: more than one short name
_HEADER_BLOCKS_BACK = 6  # blocks back from a loose table where its header's text may have been read
_CONTINUED = lazy_compile(r"续表|续上表|接上表|（续）|\(续\)")
# ``目录`` / ``目 录`` alone: the heading of a table of contents, never the tail of the line above
# (a title whose year is mistyped no longer reads as a title, and must not swallow it)
_CONTENTS_HEADING = lazy_compile(r"^\s*目\s*[录次]\s*$")
# the same heading after the report's name (某县林业局2022年度部门决算目录): a line of its own too
_TITLED_CONTENTS_HEADING = lazy_compile(r"^[^，。；,;：:]{2,30}(?:报告|决算|预算|说明|公开)\s*目\s*[录次]\s*$")
# The header row of a 自评表's indicator table typed with spaces for its cell borders (``一级指标 二级指标
# 三级指标 年度指标值 …``): a line that opens a table, never the tail of an unpunctuated line above it
# (a 总体目标 cell's last sentence, left without its stop, would read the header as its last clause).
_INDICATOR_HEADER_LINE = lazy_compile(r"^[\s\u3000]*(?:一级指标|绩效指标)[\s\u3000]+(?:二级指标|一级指标)[\s\u3000]+\S")
# A web page's breadcrumbs hold one of these arrows (text/page_chrome); a site's masthead line holds
# no sentence mark and no figure (a report's title has its year, a sentence its marks).
_ARROW_CHARS = lazy_compile(r"[>＞»›→]")
_MASTHEAD_NOT = lazy_compile(r"[，。；,;！？!?：:\d（）()《》“”]")
_LIST_START = lazy_compile(r"^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|备注|注[:：]|(?:目标|任务|指标)\s*\d+\s*[:：]|" + FULL_DATE + r"\s*$)")


def parse_text(text: str, path: str = "draft.txt", source_format: str = "text") -> Document:
    """Build a :class:`Document` from the text of a draft."""
    if text.startswith("\ufeff"):
        text = text[1:]
    # CRLF, LF and a lone CR (old Mac, some exports) alike; without a CR, the LFs alone (one split in C)
    raw_lines = text.split("\n") if "\r" not in text else _LINE_BREAK.split(text)
    # without perflint: comments (a text naming no perflint holds none: every line is seen)
    lines = L.read_lines(visible_lines(raw_lines) if names_perflint(text) else enumerate(raw_lines, 1))
    blocks = mark_contents(_Assembler(lines, path).run())
    doc = Document(path=path, source_format=source_format, lines=raw_lines)
    doc.parts = split_parts(blocks, path)
    attach_forms(doc)
    return doc


_TABLE_TITLE = lazy_compile(rf"{YEAR}\s*年.*表$")


_BOX_ONLY = lazy_compile(r"^[\s□☐■▢☑☒√✓✔×✗]+$")  # a choice's box, ticked or not
_NUMBERS_ROW = lazy_compile(r"^栏\s*次$")
_CODE_HEADER = lazy_compile(r"^(?:科目|功能分类科目|项目)?(?:代码|编码)$")
_NAME_HEADER = lazy_compile(r"^(?:科目|项目)?名称$")


def _header_of_pieces(pieces: SourceText, width: int) -> Row | None:
    """The header of an account-code table pasted one cell a line, from the header's pieces (one a
    source line, joined into a paragraph): the ``width`` names right before its 栏次 row, when
    they open with the code and name columns (科目代码 | 科目名称 | 小计 | 基本支出 | 项目支出). A
    group row above them (项目 | 本年支出) lost its empty cells and is not laid out; any other
    order of the names (the code and name columns under a row of figure columns' names) is no
    header read by count."""
    anchors = pieces.anchors
    ends = [a[0] for a in anchors[1:]] + [len(pieces.value)]
    names = [p for p in (L.strip_text(L.slice_text(pieces, a[0], end)) for a, end in zip(anchors, ends, strict=True))
             if p.value]
    at = next((k for k in range(len(names) - 1, -1, -1) if _NUMBERS_ROW.match(names[k].value)), None)
    if at is None or at < width:
        return None
    header = names[at - width:at]
    if not _CODE_HEADER.match(header[0].value) or not _NAME_HEADER.match(header[1].value) \
            or any(cell_kind(p.value) != NAME for p in header):
        return None
    return Row([Cell(p) for p in header], header[0].line)


def _is_numbers_row(row: Row) -> bool:
    """A 栏次 row (``栏次 | | 1 | 2 | 3``): a header's, repeated at a page's top as the rest is."""
    return bool(row.cells) and _NUMBERS_ROW.match(row.cells[0].value.strip()) is not None


def _holds_figure(row: Row) -> bool:
    return any(_FIGURE_CELL.match(c.value.strip()) for c in row.cells)


# A line that opens the next table after a table's rows: its title or number on a line of its own
# (支出决算表, 公开03表, 表3) or its unit (单位：万元) — a 部门决算's 公开 tables follow one
# another with nothing else between them. 续表 goes on with the table above.
# (a title after its number, spaced as a PDF's text sets it: 公开09表 国有资本经营预算财政拨款支出决算表)
_NUMBERED_TITLE = lazy_compile(r"^\S{0,6}\d{1,2}\s*表[\s:：]+\S{2,}表$")
_NEXT_TABLE = lazy_compile(r"^(?:\S{2,}表|\S{0,6}\d{1,2}\s*表[\s:：]+\S{2,}表|表\s*\S{1,4}|(?:金额)?单位[:：]\s*(?:万元|元|亿元))$")


_FIGURE_CELL = lazy_compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")
_UNIT_LINE = lazy_compile(r"^(?:金额)?单位\s*[:：]\s*(?:万元|元|亿元|千元)$")
_EMPTY_CELL_INDENT = 8  # leading spaces past the table's margin that stand for empty cells


_HEADER_GAP = lazy_compile(r"\s{2,}")  # between two header cells of a PDF's text (a name may hold one space)
_HEADER_CELLS_MAX = 12


def _header_row_cells(value: str) -> int:
    """How many cells a header row of a space-aligned table holds (two or more names, each of two
    characters at least, set apart by runs of spaces, or by single ones where no run sets them
    apart: a PDF's text without its layout), else 0. The rows under it must then have as many."""
    text = value.strip()
    if L.has_sentence_punct(text):
        return 0
    cells = _HEADER_GAP.split(text) if _HEADER_GAP.search(text) else text.split()
    if not 2 <= len(cells) <= _HEADER_CELLS_MAX:
        return 0
    for cell in cells:
        if len(cell) < 2 or cell_kind(cell) != NAME or parse_marker(cell) is not None:
            return 0
    return len(cells)


# A form's title on a row of its own (``部门预算项目支出绩效自评表(2023年度) | ||||``): its name ends
# in 表, or in 表 and the year the form is of.
_FORM_TITLE_ROW = lazy_compile(r"(?:自评表|评分表|自评情况表|目标表)(?:[（(]\s*\d{4}\s*年度?\s*[)）])?$")


def _filled(row: Row) -> int:
    return sum(1 for c in row.cells if not c.is_empty)


def _form_title_row(row: Row) -> bool:
    """A row whose one filled cell names a 自评表 (or 绩效目标表): in a delimited table after rows
    of a form, the next form of a batch published back to back begins there. Read as rows of
    one table, the forms share one 合计, one sum of weights and one list of indicators."""
    filled = [c.value.strip() for c in row.cells if not c.is_empty]
    return len(filled) == 1 and len(filled[0]) <= _LABEL_MAX * 2 and _CLAUSE_MARK.search(filled[0]) is None \
        and _CONTINUED.search(filled[0]) is None and _FORM_TITLE_ROW.search(_compact(filled[0])) is not None


def _opens_next_table(value: str) -> bool:
    return _NEXT_TABLE.match(value.strip()) is not None and _CONTINUED.search(value) is None


def _is_table_title(line: str) -> bool:
    """A table's title with its year (``2020年度…项目绩效自评表``) on a line of its own."""
    text = line.strip()
    # (``表$`` of the pattern: a line not ending in 表 is told without a search)
    return text.endswith("表") and len(text) <= _WRAP_WIDTH and _CLAUSE_MARK.search(text) is None \
        and _TABLE_TITLE.search(text) is not None


# The tail of a figure the page broke off (合计116 | 54.33万元，具体为…): digits, then a unit, a
# percent sign or a clause mark.
_FIGURE_TAIL = lazy_compile(r"^\.?\d[\d.,]*\s*(?:%|％|万元|亿元|元|[，。；,;、])")
_SENTENCE_HEAD_MIN = 30  # a line this long ending in a digit is text the page broke, not a label
_LONE_FIGURE = lazy_compile(r"^\s*[-+]?\d[\d,]*(?:\.\d+)?\s*[%％]?\s*$")  # a figure alone on its line: a cell
_FIGURE_HEAD = lazy_compile(r"^\s*[≥≤＞＜><=]?\s*[-+]?\d")


def _broken_figure(line: str, nxt: str) -> bool:
    """Whether a page broke a figure at the end of ``line``: a long line of text ending in a digit
    (``二、…说明  2021年本单位收入预算合计116``), and the next line going on with the figure's
    digits and its unit (``54.33万元，具体为…``), or with its unit alone (``…心电图机2`` | ``台、…``). A table's cell alone on its line (43.2, then 86%)
    is short and is no such line."""
    line = line.rstrip()
    return len(line) >= _SENTENCE_HEAD_MIN and line[-1:].isdigit() and (
        _FIGURE_TAIL.match(nxt) is not None or L.opens_with_a_unit(nxt))


_PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("〔", "〕"), ("【", "】"), ("[", "]"))


def _left_open(line: str) -> bool:
    """Whether ``line`` leaves a quotation mark or a bracket open (``包含“医保法治建设能力”、“医保``,
    ``海财债〔20``): a heading never does, a line the page broke inside a quotation does."""
    return any(line.count(a) > line.count(b) for a, b in _PAIRS if a in line)


def _closes_what_is_open(line: str, nxt: str) -> bool:
    """Whether ``nxt`` closes a bracket ``line`` left open before it opens one of its kind
    (``…中央资金776.84万元(一般公共预算:323.97万元;`` | ``彩票公益金:452.87万元);…``): the page
    broke the bracket's text, whatever mark stands at the line's end."""
    for a, b in _PAIRS:
        if a in line and line.count(a) > line.count(b):
            k = nxt.find(b)
            if k >= 0 and a not in nxt[:k]:
                return True
    return False


# A marker the page broke inside its bracket: ``…其他事项。(`` | ``二)机构设置``, ``…、(3`` | ``)农业…``
_MARKER_HEAD = lazy_compile(r"[（(]\s*[0-9一二三四五六七八九十]{0,3}$")
_MARKER_TAIL = lazy_compile(r"^[0-9一二三四五六七八九十]{0,3}\s*[)）]")
_MARKER_HEAD_ENDS = frozenset("（(0123456789一二三四五六七八九十")  # the last character of a _MARKER_HEAD match


def _broken_marker(line: str, nxt: str) -> bool:
    """Whether a page broke a bracketed marker between ``line`` and ``nxt``: the opening bracket
    (with the marker's first digits) ends the line and its number's rest and the closing bracket
    open the next one. ``二)机构设置`` is then the tail of a marker, not a marker of its own."""
    last = line[-1:]
    # (a marker's head ends the line: its bracket, digit or numeral, or white space after the
    # bracket, last; most lines end otherwise and are told without the search)
    if not last or not (last in _MARKER_HEAD_ENDS or last.isspace()):
        return False
    head = _MARKER_HEAD.search(line)
    if head is None:
        return False
    tail = _MARKER_TAIL.match(nxt)
    return tail is not None and any(ch.isalnum() for ch in head.group(0) + tail.group(0))


# What no title ends with: a list's comma, or the conjunction before a list's last item, which
# the page's width cut off from the rest of the sentence (``6、依法管理…危险物品、特种行业和`` |
# ``出入境工作;…``). Only after a list's comma: 评价目的, 政策普及 and 资产合并 end titles.
_DANGLING_END = lazy_compile(r"、$|、[^、]*[^、\s](?:和|与|及)$")


def _dangling(line: str) -> bool:
    """Whether ``line``'s title (after its marker: the 、 of 二、 is no list's) ends as no title does."""
    marker = parse_marker(line)
    return _DANGLING_END.search(line[marker[1]:] if marker else line) is not None


def _row_count(grid: Grid) -> int:
    """How many rows of figures a grid of one-cell lines holds."""
    return len(grid.rows) if grid.rows is not None else (grid.end - grid.first_row) // grid.width


def _shorter_than_its_wrap(line: str, nxt: str) -> bool:
    """Whether ``line`` cannot be a page-wrapped piece of a sentence going on in ``nxt``.

    A page wraps a paragraph at its width, so no later line of it is much longer than the
    first. A short unpunctuated line followed by a much longer one is a title of its own
    (``部门整体支出规模、使用方向等`` above its paragraph), not the head of a wrapped sentence.
    """
    return (len(line) <= _MAX_HEADING_TITLE and not _CLAUSE_MARK.search(line)
            and len(nxt) > max(_WRAP_WIDTH, 1.5 * len(line)))


_LIST_WORD = lazy_compile(r"^([二三四五六七八九十])是")  # 二是… : the second item of a list run in words
_ITEM_BEFORE = frozenset("。；;，,：: \u3000")  # what stands before an item run inline in a paragraph
_INDENT_SLACK = 4  # characters a paragraph's first line may fall short of the page's width (its indent)
_PAGE_WIDTH_MIN = 24  # a page's width in characters is at least this
_PAGE_WIDTH_LINES = 8  # broken lines of one length that make it the page's width


def page_width(lines: list[L.Line]) -> int | None:
    """The width at which a PDF's page broke the draft's paragraphs, in characters: the length
    most of its broken lines share (a text line going on in the next line without ending a
    sentence), when at least :data:`_PAGE_WIDTH_LINES` lines and a third of them share it. A
    draft typed in Word writes each paragraph on one line and has none."""
    counts: dict[int, int] = {}
    broken = 0
    for k in range(len(lines) - 1):
        line, nxt = lines[k], lines[k + 1]
        if line.kind != "text" or nxt.kind != "text" or line.md_level:
            continue
        value = line.raw.strip()
        if len(value) < _PAGE_WIDTH_MIN or value.endswith(_SENTENCE_END):
            continue
        broken += 1
        counts[len(value)] = counts.get(len(value), 0) + 1
    if not counts:
        return None
    width, most = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return width if most >= _PAGE_WIDTH_LINES and 3 * most >= broken else None


def _next_non_blank_lines(lines: list[L.Line]) -> list[int]:
    """For each line, the index of the first line from it that is neither blank nor a separator."""
    out = [0] * len(lines)
    nxt = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        if lines[k].kind not in ("blank", "separator"):
            nxt = k
        out[k] = nxt
    return out


_TITLE_PART_MIN = 6  # a line below breadcrumbs that opens their title: its first line, not a word


class _Assembler:
    def __init__(self, lines: list[L.Line], path: str) -> None:
        self.lines = lines
        self.path = path
        self.blocks: list[Block] = []
        self.pending_unit: str | None = None
        self._texts: list[SourceText | None] = [None] * len(lines)
        self._non_blank: list[int] | None = None  # see _next_non_blank
        self._breaks: list[int] | None = None  # the numbers of the lines a page break left (see _page_break_between)
        self._grids: dict[int, tuple[list[int], Grid]] | None = None  # see _cell_grids
        self._width: int | None | bool = False  # the page's width (see page_width), found on first use

    def _full_line(self, value: str) -> bool:
        """Whether ``value`` fills the page's width: the page broke it, its text goes on."""
        if self._width is False:
            self._width = page_width(self.lines)
        return self._width is not None and len(value.strip()) >= self._width  # type: ignore[operator]

    def _clause_after_an_open_line(self, value: str, nxt: str) -> bool:
        """Whether ``nxt``, a line opening with 、, goes on with the sentence of ``value`` where the
        page's width is unknown (a short draft, too few broken lines to learn it from): ``value`` is
        as long as the narrowest page's line and ends inside its sentence, and ``nxt`` holds a clause
        mark past its 、 (``、综合股和办公室等。``), as no title does."""
        if self._width is False:
            self._width = page_width(self.lines)
        return self._width is None and len(value.strip()) >= _PAGE_WIDTH_MIN \
            and _CLAUSE_MARK.search(nxt, nxt.index("、") + 1) is not None

    def _text_at(self, i: int) -> SourceText:
        """The text of line ``i`` (:func:`~perflint.read.lines.text_of`), made once: deciding
        where a paragraph or a table ends reads the lines after it, which are read again when
        their own turn comes (a text is never changed once made, so one serves every reader)."""
        st = self._texts[i]
        if st is None:
            st = self._texts[i] = L.text_of(self.lines[i], self.path)
        return st

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> list[Block]:
        i, n = 0, len(self.lines)
        lines = self.lines
        # the grids found first (:meth:`_cell_grids` reads the lines alone), so that every line and
        # row asks a dict, not a method, whether a grid starts there (see :meth:`_grid_at`)
        if self._grids is None:
            self._grids = self._cell_grids()
        grid_at = self._grids.get
        masthead = self._masthead()
        while i < n:
            line = lines[i]
            kind = line.kind
            if kind in ("blank", "separator") or i in masthead:
                i += 1
            elif (grid := grid_at(i)) is not None:
                i = self._cell_grid_table(*grid)
            elif kind in ("tsv", "pipe"):
                i = self._delimited_table(i, "\t" if kind == "tsv" else "|")
            elif kind == "cell":
                i = self._flattened_table(i)
            elif kind == "html_table":
                i = self._html_table(i)
            elif kind == "toc":
                self._toc(line)
                i += 1
            elif kind == "text" and (choice := self._choice_row(i)) is not None:
                i = self._choice_table(choice)
            elif (end := self._loose_region_end(i)) > i:
                i = self._loose_table(i, end)
            elif is_chrome_line(line.raw):
                i = self._title_after_crumbs(i)  # the web page's, not the report's (see page_chrome)
            else:
                i = self._text(i)
        return self.blocks

    _MASTHEAD_LINES = 6  # non-blank lines at the text's start where a page's breadcrumbs stand
    _MASTHEAD_MAX = 30  # characters (white space out) of a site's name or menu line

    def _masthead(self) -> frozenset[int]:
        """The lines above a web page's breadcrumbs at the text's start (``重庆市某区教育委员会`` /
        ``您当前的位置：首页 > …``): the site's name and menu over its pages, not the report's (the
        report's own title comes below the breadcrumbs). Only short lines with no sentence mark, no
        figure and nothing built like a report's title are the masthead's; none when the text has
        no breadcrumbs near its start."""
        lines = self.lines
        seen: list[int] = []
        crumbs = None
        for k, line in enumerate(lines):
            if line.kind in ("blank", "separator"):
                continue
            if len(seen) >= self._MASTHEAD_LINES:
                break
            raw = line.raw
            if _ARROW_CHARS.search(raw) and is_chrome_line(raw) and not title_after_crumbs(raw):
                crumbs = k
                break
            seen.append(k)
        if crumbs is None or not seen:
            return frozenset()
        out = []
        for k in reversed(seen):  # up from the breadcrumbs, while the lines are the site's
            value = _compact(lines[k].raw)
            if lines[k].kind != "text" or not value or len(value) > self._MASTHEAD_MAX \
                    or _MASTHEAD_NOT.search(value) or _REPORT_TITLE.search(value) or title_shaped(value):
                break
            out.append(k)
        return frozenset(out)

    def _title_after_crumbs(self, i: int) -> int:
        """A chrome line is left out, but a report's title the page ran onto its breadcrumbs
        (``首页 > 信息公开 > 预算绩效 某项目支出绩效自评表``) is kept as a line of its own, unless
        the page writes it again on the next line."""
        raw = self.lines[i].raw
        start = title_after_crumbs(raw)
        if start:
            title = L.clean_text(raw[start:].rstrip(), self.path, self.lines[i].number, start + 1)
            j = self._next_non_blank(i + 1)
            if j >= len(self.lines) or _compact(self.lines[j].raw) != _compact(title.value):
                self._heading_or_paragraph(title, None)
        elif (start := title_crumb(raw)) and not self._written_below(i, _compact(raw[start:])):
            # the last crumb is the report's title and the page writes it nowhere else
            self._heading_or_paragraph(L.clean_text(raw[start:].rstrip(), self.path, self.lines[i].number, start + 1), None)
        return i + 1

    _TITLE_LOOKAHEAD = 6  # lines below breadcrumbs where a page writes its title again (after 发布时间 …)

    def _written_below(self, i: int, title: str) -> bool:
        """Whether one of the next few non-blank lines holds ``title`` (compacted), or opens it
        (a title written below over two lines: ``某局2018年度整体支出`` / ``绩效评价报告``)."""
        j = i
        for _ in range(self._TITLE_LOOKAHEAD):
            j = self._next_non_blank(j + 1)
            if j >= len(self.lines):
                return False
            line = _compact(self.lines[j].raw)
            if title in line or len(line) >= _TITLE_PART_MIN and title.startswith(line):
                return True
        return False

    # -- tables ---------------------------------------------------------------------------
    def _next_non_blank(self, i: int) -> int:
        """The first line from ``i`` that is neither blank nor a table's separator (``len(lines)``
        when none is): looked up in an array made once, as paragraphs and tables ask it of
        nearly every line, several times over."""
        if self._non_blank is None:
            self._non_blank = _next_non_blank_lines(self.lines)
        return self._non_blank[i] if i < len(self._non_blank) else i

    def _delimited_table(self, i: int, sep: str) -> int:
        kinds = ("tsv",) if sep == "\t" else ("pipe",)
        rows: list[Row] = []
        barred: list[tuple[Row, int]] = []  # pipe rows opening with a bar, and that bar's column
        unbarred: list[int] = []  # the widths of the pipe rows of two cells or more opening with their text
        grid_at = self._grids.get  # (found by run() before any table: see _grid_at)
        while i < len(self.lines) and self.lines[i].kind in kinds:
            line = self.lines[i]
            row = Row(L.split_row(line, self.path, sep), line.number)
            if rows and _form_title_row(row) and any(_filled(r) > 1 for r in rows):
                break  # the next form's title row (自评表 published back to back): a table of its own
            rows.append(row)
            if sep == "|" and len(rows[-1].cells) > 1:
                body = line.raw.lstrip()
                if not body.startswith("|"):
                    unbarred.append(len(rows[-1].cells))
                elif any(not c.is_empty for c in rows[-1].cells):
                    barred.append((rows[-1], len(line.raw) - len(body) + 1))
            j = self._next_non_blank(i + 1)
            if grid_at(j) is not None:
                i = j
                break  # a table pasted one cell per line starts there (see _cell_grids)
            if len(rows[-1].cells) > 1 and self._cell_a_line_run(j):
                i = j
                break  # a page's header rows end where a form pasted one cell a line begins
            if j < len(self.lines) and self.lines[j].kind in kinds and j - i <= _MAX_BLANK_GAP:
                i = j
                continue
            labels, k = self._label_rows(j, kinds)
            if labels:
                for m in labels:  # label rows inside the table
                    rows.append(Row([Cell(self._text_at(m))], self.lines[m].number))
                i = k
                continue
            i += 1
            break
        if len(barred) > 1 and len(unbarred) > 1 and _bars_open_empty_cells(barred, unbarred):
            for row, column in barred:
                row.cells.insert(0, Cell(SourceText.at("", self.path, row.line, column)))
        notes = _trailing_notes(rows)
        self._add_table(rows)
        for note in notes:  # the table's notes are text under it, as they are when not pasted as rows
            self.blocks.append(Paragraph(text=note.cells[0].text))
        return i

    def _is_label_row(self, j: int) -> bool:
        """Whether line ``j`` may be a row of one cell inside a delimited table: a short line that is
        no heading and no table's title."""
        if j >= len(self.lines) or self.lines[j].kind != "text":
            return False
        value = self._text_at(j).value.strip()
        return (len(value) <= _LABEL_MAX and not self._is_heading_text(value)
                and not _TITLE_LIKE.search(value)  # the next table's title (…自评表)
                and not value.endswith("表")  # 支出决算表, 基本支出明细表: a title, not a row
                and not _CONTINUED.search(value))  # …决算表（续表）after a page break: the table goes on

    def _label_rows(self, j: int, kinds: tuple[str, ...]) -> tuple[list[int], int]:
        """The lines from ``j`` that are rows of one cell inside the delimited table, and the line
        where its delimited rows go on; none when no delimited row follows them. A row whose cells
        were merged into one has no delimiter, and a merged cell written over several lines
        (``预算执行情况`` / ``（万元）`` / ``（20分）``, a wrapped 年度资金总额) gives several such
        rows in a row: up to :data:`_LABEL_ROWS_MAX` of them."""
        labels: list[int] = []
        while self._is_label_row(j) and len(labels) < _LABEL_ROWS_MAX:
            if labels and L.is_key_value(self._text_at(j).value):
                # 部门：… then 单位：万元 between two tables: the next table's particulars, not rows
                # of this one (a lone such line is a row, as it always was)
                return [], j
            labels.append(j)
            k = self._next_non_blank(j + 1)
            if k < len(self.lines) and self.lines[k].kind in kinds:
                if len(labels) > 1 and L.is_key_value(self._text_at(labels[0]).value):
                    return [], k
                return (labels, k) if self._grid_at(k) is None else ([], k)
            j = k
        return [], j

    # -- a form's choice rows pasted one cell a line ----------------------------------------
    def _choice_row(self, i: int) -> tuple[list[int], int] | None:
        """The lines of a row of choices pasted one cell a line, starting at line ``i``, and the line
        after it: a short label, then at least two pairs of an option and its box (``项目类别`` /
        ``1、部门预算项目`` / ``□√`` / ``2、省专项`` / ``□``). Read as text, each option became a
        heading and the row, whose boxes say what was ticked, was lost."""
        label = self._text_at(i).value
        if len(label) > _LABEL_MAX or _BOX_ONLY.match(label) or L.has_sentence_punct(label):
            return None
        n = len(self.lines)
        cells = [i]
        j = self._next_non_blank(i + 1)
        while j < n and self.lines[j].kind == "text":
            k = self._next_non_blank(j + 1)
            if k >= n or self.lines[k].kind != "text" or not _BOX_ONLY.match(self._text_at(k).value):
                break
            option = self._text_at(j).value
            if len(option) > _LABEL_MAX or _BOX_ONLY.match(option) or L.has_sentence_punct(option):
                break
            cells += [j, k]
            j = self._next_non_blank(k + 1)
        return (cells, j) if len(cells) >= 5 else None

    def _choice_table(self, choice: tuple[list[int], int]) -> int:
        """The choice rows in a row (项目类别, 项目属性, 项目类型), one table."""
        rows: list[Row] = []
        while choice is not None:
            cells, i = choice
            rows.append(Row([Cell(self._text_at(m)) for m in cells], self.lines[cells[0]].number))
            choice = self._choice_row(i) if i < len(self.lines) and self.lines[i].kind == "text" else None
        self._add_table(rows)
        return i

    def _cell_a_line_run(self, j: int) -> bool:
        """Whether a table written one cell a line (``项目名称 |``, rows closed by ``||||``
        lines) starts at line ``j``: four one-cell lines and a closing line among the next
        lines of bars. A government page's own table (索引号 | … | 发文日期 | …) often stands
        right above such a form; read as one table, each of the form's lines became a row of
        its own and its rows were lost."""
        cells = closers = 0
        n = len(self.lines)
        while j < n and self.lines[j].kind == "pipe" and cells < 4:
            raw = self.lines[j].raw.strip()
            if not raw.strip("|"):
                closers += len(raw) > 1  # ``||||``; a lone ``|`` is an empty cell
            elif raw.count("|") == 1 and raw.endswith("|"):
                cells += 1
            else:
                return False
            j = self._next_non_blank(j + 1)
        return cells >= 4 and closers > 0

    def _flattened_table(self, i: int) -> int:
        """One cell per line, each starting with a tab; a blank line ends a row."""
        rows: list[Row] = []
        current: list[SourceText] = []
        current_line = 0

        def end_row() -> None:
            nonlocal current
            if current:
                rows.append(Row([Cell(c) for c in current], current_line))
                current = []

        n = len(self.lines)
        prev_kind = "blank"
        while i < n:
            line = self.lines[i]
            if line.kind == "cell":
                cell = L.clean_text(line.raw, self.path, line.number)
                if not current:
                    current_line = line.number
                current.append(cell)
            elif line.kind == "blank":
                if current and len(current) == 1 and self._is_heading_text(current[0].value):
                    self._flush_rows(rows)
                    rows = []
                    self._heading_or_paragraph(current[0], None)
                    current = []
                end_row()
            elif line.kind == "text" and self._continues_cell(line, prev_kind, rows, current):
                piece = self._text_at(i)
                target = current if current else rows[-1].cells
                if target is current:
                    current[-1] = L.concat([current[-1], piece])
                else:
                    last = target[-1]
                    target[-1] = Cell(L.concat([last.text, piece]))
            else:
                break
            prev_kind = line.kind
            i += 1
        end_row()
        self._flush_rows(rows)
        return i

    def _continues_cell(self, line: L.Line, prev_kind: str, rows: list[Row], current: list) -> bool:
        if not rows and not current:
            return False
        if prev_kind == "cell":
            return True  # a cell's own line break
        text = line.raw.strip()
        return (len(text) <= _LABEL_MAX and not L.has_sentence_punct(text)
                and parse_marker(text) is None)

    def _flush_rows(self, rows: list[Row]) -> None:
        if rows:
            self._add_table(rows)

    # -- one cell per line without tabs (see perflint.read.cell_grid) ---------------------
    def _grid_at(self, i: int) -> tuple[list[int], Grid] | None:
        """The lines, width and 栏次 cells of a table pasted one cell per line starting at line ``i``."""
        if self._grids is None:
            self._grids = self._cell_grids()
        return self._grids.get(i) if self._grids else None

    def _cell_grids(self) -> dict[int, tuple[list[int], Grid]]:
        """Every grid of the draft by the index of its first line, found once: runs of lines that
        each hold one cell (``公务接待费 |``, or bare short lines, blank lines between allowed),
        cut into rows where :func:`~perflint.read.cell_grid.find_grids` is sure of the width.
        Bare lines carry no mark of a table, so their grid needs three rows or a 行次 column."""
        grids: dict[int, tuple[list[int], Grid]] = {}
        i, n = 0, len(self.lines)
        lines = self.lines
        after_run: tuple[int, str | None] = (-1, None)  # the line that ended the last run, and its shape
        while i < n:
            if lines[i].kind not in ("text", "pipe"):
                i += 1
                continue  # (no shape of _one_cell_shape: told without the call)
            # (the line that ended a run was shaped when the run ended: not asked again)
            shape = after_run[1] if after_run[0] == i else self._one_cell_shape(i)
            if shape is None:
                i += 1
                continue
            run, values = [i], [self._one_cell(i).value]
            j = self._next_non_blank(i + 1)
            while j < n and j - run[-1] <= _MAX_CELL_GAP:
                following = self._one_cell_shape(j)
                if following != shape:
                    after_run = (j, following)
                    break
                run.append(j)
                values.append(self._one_cell(j).value)
                j = self._next_non_blank(j + 1)
            last = run[-1]
            if shape == "pipe" and (breaks := row_breaks(values)):
                # a lone bar after each row: the row breaks of a flattened web table, not cells
                run = [r for k, r in enumerate(run) if k not in breaks]
                values = [v for k, v in enumerate(values) if k not in breaks]
            for grid in find_grids(values) if len(run) >= 6 else ():
                if shape == "text" and _row_count(grid) < 3 and not grid.coded_header and not numbers_its_rows(values, grid) \
                        and not (_row_count(grid) == 2 and self._unit_line_above(run[grid.start])):
                    continue
                grids[run[grid.start]] = (run, grid)
            i = last + 1
        return grids

    def _unit_line_above(self, i: int) -> bool:
        """Whether the line before line ``i`` (blank lines aside) declares a table's unit alone
        (``单位：万元``): the mark of a table a grid of two rows needs (a 三公 table's 预算数 and
        决算数 rows under their header), as a third row or a 行次 column is otherwise."""
        k = i - 1
        while k >= 0 and self.lines[k].kind in ("blank", "separator"):
            k -= 1
        if k < 0 or self.lines[k].kind != "text":
            return False
        value = self.lines[k].raw.strip()
        return len(value) <= _LABEL_MAX and _UNIT_LINE.match(value) is not None

    def _one_cell_shape(self, i: int) -> str | None:
        """``pipe`` for a line holding one cell closed by its bar, ``text`` for a short bare line
        that may be a cell (no sentence, not a row of space-separated cells), else None."""
        line = self.lines[i]
        if line.kind == "pipe":
            return "pipe" if line.raw.count("|") == 1 and line.raw.rstrip().endswith("|") else None
        if line.kind != "text" or line.md_level:
            return None
        st = self._text_at(i)
        value = st.value
        if len(value) > MAX_CELL or cell_kind(value) == OTHER:
            return None  # a sentence, or too long for a cell
        if L.looks_like_loose_row(value) and len(L.loose_tokens(st)) > 1:
            return None  # cells side by side (公务接待费 71.53), not one cell (2023 年决算数)
        return "text"

    def _one_cell(self, i: int) -> SourceText:
        line = self.lines[i]
        return L.split_cells(line, self.path, "|")[0] if line.kind == "pipe" else self._text_at(i)

    def _cell_grid_table(self, run: list[int], grid: Grid) -> int:
        """Build the grid's table, each cell at its own line, and go on after its last line. A
        栏次 row that lost its empty cells gets them back before its numbers, which stand over
        the last columns of the table or of each half (the 行次 column has none); so do the
        rows of a 行次 table that lost empty cells, where their 行次 numbers put them. An
        account-code table is read from its rows alone, without a header."""
        width = grid.width
        numbers = self._numbers_pieces(run[0], width) if grid.headless else None
        pieces = self._header_pieces(run[0]) if grid.headless else None
        if pieces is not None and self.pending_unit is None:
            self.pending_unit = declared_unit(pieces.value)
        cells = [Cell(self._one_cell(k)) for k in run[grid.start:grid.end]]
        rows = [] if grid.headless else [Row(cells[:width], self.lines[run[grid.start]].number)]
        if pieces is not None and (header := _header_of_pieces(pieces, width)) is not None:
            rows.append(header)
        if numbers is not None:
            rows.append(Row(self._given_back(numbers, numbers_row_layout([c.value for c in numbers], width)), numbers[0].line))
        if grid.numbers_row:
            given = cells[width:width + grid.numbers_row]
            layout = numbers_row_layout([c.value for c in given], width, grid.halves)
            rows.append(Row(self._given_back(given, layout), given[0].line))
        first = grid.first_row - grid.start
        if grid.rows is None:
            rows += [Row(cells[r:r + width], cells[r].line) for r in range(first, len(cells), width)]
        else:
            for layout in grid.rows:
                row = self._given_back(cells, [None if c is None else c - grid.start for c in layout])
                rows.append(Row(row, min(c.line for c in row)))
        self._add_table(rows)
        return run[grid.end - 1] + 1

    def _numbers_pieces(self, run_start: int, width: int) -> list[Cell] | None:
        """The 栏次 row of an account-code table pasted one cell a line, read as paragraphs just
        above its rows (``栏次`` and its column numbers 1, 2, 3 …, one a line, the label first or,
        as some PDFs give it, last): taken out of the text and given back as the table's row,
        label first, as a tab-separated paste reads it. Paragraphs between the table's title and
        its rows, they put the title out of reach of what looks for it above the table."""
        start = self.lines[run_start].number
        k = len(self.blocks)
        while k > 0 and isinstance(block := self.blocks[k - 1], Paragraph) and block.line >= start \
                and (_LONE_FIGURE.match(block.text.value) or _NUMBERS_ROW.match(block.text.value.strip())):
            k -= 1
        found = self.blocks[k:]
        labels = [b for b in found if _NUMBERS_ROW.match(b.text.value.strip())]
        figures = [b.text.value.strip() for b in found if b not in labels]
        if len(labels) != 1 or not 0 < len(figures) < width or figures != [str(n) for n in range(1, len(figures) + 1)] \
                or found.index(labels[0]) not in (0, len(found) - 1):
            return None
        del self.blocks[k:]
        ordered = labels + [b for b in found if b is not labels[0]]
        return [Cell(b.text) for b in ordered]

    def _header_pieces(self, run_start: int) -> SourceText | None:
        """The paragraph just read from the one-cell lines above an account-code table (its header
        pasted in pieces, joined with the ``金额单位：万元`` line above them): it declares the
        table's unit, and its last row of names may be the table's header."""
        start = self.lines[run_start].number
        k = len(self.blocks) - 1
        while k > 0 and isinstance(self.blocks[k], Paragraph) and self.blocks[k].line >= start \
                and _LONE_FIGURE.match(self.blocks[k].text.value):
            k -= 1  # the 栏次 numbers (1, 2, 3), one a line: paragraphs of their own
        if k < 0 or not isinstance(self.blocks[k], Paragraph):
            return None
        block = self.blocks[k]
        if block.text.anchors[-1][1] < start:
            return None  # a paragraph ended before the one-cell lines began: not their header
        return block.text

    def _given_back(self, given: list[Cell], layout: list[int | None]) -> list[Cell]:
        """The cells of a row laid out in its columns, each empty cell given back standing just
        after the cell before it (or at the start of the first cell after it)."""
        row: list[Cell] = []
        for n, at in enumerate(layout):
            if at is not None:
                row.append(given[at])
                continue
            if row:
                before = row[-1]
                row.append(Cell(SourceText.at("", self.path, before.line, before.text.locate().end_column or 1)))
            else:
                after = given[next(a for a in layout[n:] if a is not None)]
                row.append(Cell(SourceText.at("", self.path, after.line, after.text.locate().column)))
        return row

    def _loose_region_end(self, i: int, header: int = 0) -> int:
        """End (exclusive) of a run of space-separated table rows starting at ``i``, else ``i``.
        ``header``: the cells of a header row right above ``i`` (see :meth:`_headed_region_end`)."""
        if self.lines[i].kind != "text":
            return i
        first = self._text_at(i).value
        loose = L.looks_like_loose_row(first)
        # a table's title on a line of its own (2020年度…绩效自评表, typed without the space a PDF
        # puts after the year) opens the region as 2020 年度…绩效自评表 does
        # (both titles end in 表, the end of the line without its white space: most lines are told
        # without the call and the pattern)
        titled = not loose and first.rstrip().endswith("表") \
            and (_is_table_title(first) or _NUMBERED_TITLE.match(first.strip()) is not None)
        if not titled and not loose and not header and (" " in first or "\u3000" in first):
            return self._headed_region_end(i, first)
        if not titled and (not loose or L.count_numeric(first) < (1 if header else 2) and not first.endswith("表")):
            return i
        j = end = i + 1 if titled else i
        rows_with_figures = 0
        widest = 0
        lone_tail = None  # where the one-cell lines after the last row start (a heading after the table)
        while j < len(self.lines):
            line = self.lines[j]
            if line.kind == "blank":
                j += 1
                continue
            if line.kind != "text":
                break
            value = self._text_at(j).value
            if L.looks_like_loose_row(value):
                figures = L.count_numeric(value)
                rows_with_figures += figures >= 2
                if figures >= 2 and header:
                    widest = max(widest, len(L.loose_tokens(self._text_at(j))))
                lone_tail = None
            elif len(value) > 60 or L.has_sentence_punct(value) or L.is_date_line(value):
                break
            elif len(value) > _LABEL_MAX and len(value.split()) < 2:
                break
            elif rows_with_figures and _opens_next_table(value):
                break
            elif titled and not rows_with_figures and value.rstrip().endswith("表") and _opens_next_table(value):
                return i  # another table's title before any row: the first line titles a part of tables
            elif rows_with_figures and lone_tail is None:
                lone_tail = j
            j += 1
            end = j
        if lone_tail is not None and parse_marker(self._text_at(lone_tail).value.strip()) is not None:
            end = lone_tail  # 二、绩效目标完成情况 after the last row: the next section's heading, not a row
        if header:  # a header's cells stand over the rows' (a 合计 row's empty 科目编码 aside)
            return end if rows_with_figures >= 1 and widest <= header <= widest + 1 else i
        return end if rows_with_figures >= 2 else i

    def _headed_region_end(self, i: int, value: str) -> int:
        """The end of a loose table opening at line ``i`` with its header row: names only, spaced
        apart as a PDF's text sets a table's columns (``科目编码   科目名称   本年支出合计   基本支出``),
        right above rows of figures that have as many cells (one fewer: a 合计 row under 科目编码
        and 科目名称 holds no code). Read as a paragraph, the header was lost to the table (no
        合计 column to add, no 一般公共预算 column to find) and ran into the 单位 line above it,
        whose unit the table then lost."""
        cells = _header_row_cells(value)
        if not cells:
            return i
        j = self._next_non_blank(i + 1)
        if j >= len(self.lines) or j - i > 2:
            return i
        end = self._loose_region_end(j, cells)
        return end if end > j else i

    def _loose_table(self, i: int, end: int) -> int:
        """A table of space-separated rows. Over a page break, PDF text repeats the table's header
        row (often after a ``（续表）`` line): the header already read (a row of this table, or
        the paragraph above it that the header row was joined into) is not read again as a row
        of the table, which would cut its account codes and 合计 from the rows after it."""
        rows: list[Row] = []
        paged = False  # a page break's debris since the last row holding a figure
        header = ""
        for k in range(i, end):
            line = self.lines[k]
            if line.kind == "blank":
                paged = paged or bool(line.raw.strip(" \t\u3000\r"))
                continue
            st = self._text_at(k)
            cells = L.loose_tokens(st)
            if L.count_numeric(st.value):
                paged = False
            elif paged and rows:
                header = header or self._header_read(rows)
                if _CONTINUED.search(st.value) or (
                        len(cells) > 1 and len(value := _compact(st.value)) >= 6 and value in header):
                    continue  # the header again (or 续表) at the next page's top
            rows.append(Row([Cell(c) for c in cells], line.number))
        self._add_table(self._left_cells_given_back(rows, i, end), kind="loose")
        return end

    def _left_cells_given_back(self, rows: list[Row], i: int, end: int) -> list[Row]:
        """A PDF's text leaves a row's empty leading cells as spaces: the 支出 half of a
        收支决算总表 under the last 收入 row (``            四、住房保障支出  45.00``), a 合计 row
        with no 科目编码. Such a row, indented well past the table's other rows holding figures and
        short of their cells, gets its empty cells back in front, so that its figures stand in
        their columns and not in the 收入 side's."""
        indents = {}
        for k in range(i, end):
            raw = self.lines[k].raw.replace("\u3000", "  ")
            indents[self.lines[k].number] = len(raw) - len(raw.lstrip(" "))
        figured = [r for r in rows if any(_FIGURE_CELL.match(c.value) for c in r.cells)]
        # a header row of names over them (:meth:`_headed_region_end`) sets the margin and width too:
        # under it, one row of figures is enough (a 合计 row under 科目编码 | 科目名称 | …)
        figured_ids = {id(r) for r in figured}
        basis = figured + rows[:1] if rows and id(rows[0]) not in figured_ids and len(rows[0].cells) > 1 else figured
        if len(basis) < 2:
            return rows
        margin = min(indents[r.line] for r in basis)
        widest = max(len(r.cells) for r in basis)
        full = [r for r in figured if len(r.cells) == widest]
        shape = _common_shape(full)
        out = []
        for row in rows:
            if (id(row) in figured_ids and len(row.cells) < widest
                    and (indents[row.line] - margin >= _EMPTY_CELL_INDENT or _right_side_only(row, shape, full))):
                first = row.cells[0].text
                blank = Cell(SourceText.at("", first.path, *first.position(0)))
                row = Row([blank] * (widest - len(row.cells)) + row.cells, row.line)
            out.append(row)
        return out

    def _header_read(self, rows: list[Row]) -> str:
        """The text of a loose table's header as read before a page break: its rows holding no
        figure before the first that does, and the paragraphs just above it back to the section's
        heading (a header row with no figure is joined to the unit line above it, and the first
        rows may be joined to it too, leaving the table in pieces), white space left out."""
        texts = []
        for block in self.blocks[-1:-_HEADER_BLOCKS_BACK - 1:-1]:
            if isinstance(block, Heading):
                break
            if isinstance(block, Paragraph):
                texts.append(block.text.value)
        for row in rows:
            value = " ".join(row.texts())
            if L.count_numeric(value):
                break
            texts.append(value)
        return _compact("".join(texts))

    def _html_table(self, i: int) -> int:
        start = i
        while i < len(self.lines) and "</table>" not in self.lines[i].raw.lower():
            i += 1
        end = min(i + 1, len(self.lines))
        rows: list[Row] = []
        cell_re = compile_pattern(r"<t[dh][^>]*>(.*?)</t[dh]>", re.S | re.I)
        for line in self.lines[start:end]:
            for tr in re.finditer(r"<tr[^>]*>(.*?)(?:</tr>|$)", line.raw, re.I):
                cells = []
                for m in cell_re.finditer(line.raw, tr.start(), tr.end()):
                    cells.append(Cell(L.clean_text(m.group(1), self.path, line.number, m.start(1) + 1)))
                if cells:
                    rows.append(Row(cells, line.number))
        self._add_table(rows)
        return end

    def _add_table(self, rows: list[Row], kind: str = "") -> None:
        # the web page's table of the document's particulars is left out (see page_chrome); a
        # table pasted right below it may have been read as more of its rows
        rows = self._without_repeated_header(rows[particulars_rows(rows):])
        if not rows:
            return
        first = rows[0].cells[0].text if rows[0].cells else SourceText.at("", self.path, rows[0].line)
        unit = self.pending_unit
        for row in rows[:4]:
            for cell in row.cells:
                unit = unit or declared_unit(cell.value)
        caption = self._caption()
        unit = unit or (declared_unit(caption) if caption else None)
        self.pending_unit = None
        if self._continue_table(rows):
            return
        self.blocks.append(Table(text=first, rows=rows, caption=caption, declared_unit=unit, kind=kind))

    def _continue_table(self, rows: list[Row]) -> bool:
        """A table that goes on over a page break: PDF text puts the page's running title, its
        number and often ``（续表）`` and the header rows again between its halves. Read as two
        tables, the 合计 of the first half misses the rows of the second and the account codes
        lose their children. The rows are added to the table above (without the header rows it
        repeats) when only such page lines stand between, and they say so: a ``续表``, or a page
        number with the header repeated. True when done."""
        k = len(self.blocks) - 1
        between: list[str] = []  # the paragraphs between the halves, nearest the rows first
        while k >= 0 and isinstance(self.blocks[k], Paragraph) and len(between) < _PAGE_LINES_MAX + _HEADER_PIECES_MAX:
            between.append(self.blocks[k].text.value.strip())
            k -= 1
        if k < 0 or not isinstance(self.blocks[k], Table):
            return False
        above = self.blocks[k]
        # The header read above the first half as a paragraph (its cells one a line, or spaced,
        # joined to the unit line): the same header again at the next page's top, one cell a
        # line (paragraphs) or as a row, is the header repeated.
        joined = self._joined_header(k)
        pieces, text = 0, ""
        for n, v in enumerate(between):
            text = _compact(v) + text
            if text not in joined:
                break
            if len(text) >= _HEADER_TEXT_MIN and not text.isdigit():
                pieces = n + 1
        between = between[pieces:]
        if len(between) > _PAGE_LINES_MAX or any(len(v) > _MAX_HEADING_TITLE or _CLAUSE_MARK.search(v) for v in between):
            return False
        header = [r.texts() for r in above.rows[:_HEADER_ROWS_MAX]]
        repeated = 0
        while repeated < min(len(rows), _HEADER_ROWS_MAX) and (rows[repeated].texts() in header or _is_numbers_row(rows[repeated]) or (
                len(rows[repeated].cells) > 1 and not any(_FIGURE_CELL.match(c.value.strip()) for c in rows[repeated].cells)
                and len(row_text := _compact("".join(rows[repeated].texts()))) >= _HEADER_TEXT_MIN
                and row_text in joined)):
            repeated += 1
        if not between and not pieces and not repeated:
            return False  # two tables with nothing between: only a header repeated says it is one
        said = any(_CONTINUED.search(v) for v in between)
        # without a header of its own, a table's first row after a page break is its last row's
        # sequel when it has as many cells and holds figures (a new table opens with its header)
        goes_on = repeated > 0 or pieces > 0 or (len(rows[0].cells) == len(above.rows[-1].cells) > 2
                                                 and any(_FIGURE_CELL.match(c.value.strip()) for c in rows[0].cells))
        paged = goes_on and self._page_break_between(above.rows[-1].line, rows[0].line) and \
            not any(v.endswith("表") or "项目名称" in v for v in between)
        if not (said or paged) or repeated == len(rows):
            return False
        above.rows.extend(rows[repeated:])
        return True

    def _without_repeated_header(self, rows: list[Row]) -> list[Row]:
        """``rows`` without the header a page break repeated inside them: the rows holding no
        figure right after a page number, when they are the table's first rows again, or their
        text was read above the table (a header joined to the unit line; its cells one a line
        give rows of one cell each), and a ``（续表）`` line among them. Kept as rows, they cut the
        account codes after them from the 合计 and from their parents."""
        if len(rows) < 3 or not self._page_breaks():
            return rows  # most tables: no page break anywhere in the draft, no header repeated
        kept: list[Row] = [rows[0]]
        header = [r.texts() for r in rows[:_HEADER_ROWS_MAX]]
        n = 1
        while n < len(rows):
            row = rows[n]
            if _holds_figure(row) or not self._page_break_between(rows[n - 1].line, row.line):
                kept.append(row)
                n += 1
                continue
            end = n  # the rows holding no figure from here
            while end < len(rows) and not _holds_figure(rows[end]):
                end += 1
            run = [r for r in rows[n:end] if not (len(r.cells) == 1 and _CONTINUED.search(r.cells[0].value))]
            value = _compact("".join(c.value for r in run for c in r.cells))
            if end < len(rows) and len(kept) > 1 and (
                    not run or all(r.texts() in header[:len(kept)] for r in run)
                    or (len(value) >= _HEADER_TEXT_MIN and value in self._joined_header(len(self.blocks)))):
                n = end  # the header again at the next page's top
                continue
            kept.extend(rows[n:end])
            n = end
        return kept

    def _joined_header(self, k: int) -> str:
        """The text of the paragraphs right above block ``k`` (a table), white space left out: a
        header whose cells came one a line or spaced apart is read there, joined to the unit line."""
        texts: list[str] = []
        for n in range(k - 1, max(k - 1 - _HEADER_BLOCKS_BACK, -1), -1):
            block = self.blocks[n]
            if not isinstance(block, Paragraph):
                break
            texts.append(block.text.value)
        return _compact("".join(reversed(texts)))

    def _page_break_between(self, first: int, last: int) -> bool:
        """Whether a page number stands on a line between source lines ``first`` and ``last``."""
        breaks = self._page_breaks()
        k = bisect.bisect_right(breaks, first)
        return k < len(breaks) and breaks[k] < last

    def _page_breaks(self) -> list[int]:
        """The numbers of the lines holding a page number, alone or on the running title's line
        (read as debris: :func:`lines.titled_pages`), found once. Such a line is always read as
        blank (a page number alone by :func:`lines.classify`, the other by the rules that make
        debris), and most blank lines hold nothing: only blank lines with text are asked."""
        if self._breaks is None:
            self._breaks = [ln.number for ln in self.lines
                            if ln.kind == "blank" and ln.raw.strip() and (L.is_page_number(ln.raw) or L.titled_page(ln.raw))]
        return self._breaks

    def _caption(self) -> str:
        """The title line just above the table (skipping 公开NN表, 部门：, 金额单位 lines)."""
        for block in reversed(self.blocks[-5:]):
            if isinstance(block, Table):
                break
            value = block.text.value.strip()
            if isinstance(block, Paragraph) and len(value) <= 40 and (value.endswith("表") or "情况" in value):
                return value
            if isinstance(block, Heading):
                return block.title or value
        return ""

    # -- text -----------------------------------------------------------------------------
    def _toc(self, line: L.Line) -> None:
        parts = L.toc_parts(line)
        st = L.text_of(line, self.path)
        title, page = parts if parts else (st.value, None)
        marker = parse_marker(title)
        self.blocks.append(TocEntry(text=st, title=title[marker[1]:].strip() if marker else title,
                                    page=page, numbering=marker[0] if marker else None,
                                    page_left_blank=parts is not None and L.toc_page_left_blank(line)))

    def _is_heading_text(self, value: str) -> bool:
        marker = parse_marker(value)
        if not marker:
            return False
        rest = value[marker[1]:].strip()
        body = rest.rstrip("。.：:")
        if rest.endswith(("。", ".")) and len(body) > 18:
            return False  # a numbered sentence (list item), not a heading
        return 0 < len(body) <= _MAX_HEADING_TITLE and not _CLAUSE_MARK.search(body)

    def _heading_or_paragraph(self, st: SourceText, md_level: int | None, heading: bool | None = None) -> None:
        """``heading``: :meth:`_is_heading_text` of ``st.value`` when the caller asked it already."""
        value = st.value
        if len(value) <= 20 and (unit := declared_unit(value)):  # a unit line, not a sentence naming one
            self.pending_unit = unit
        marker = parse_marker(value)
        if md_level:
            title = value[marker[1]:].strip() if marker else value
            self.blocks.append(Heading(text=st, numbering=marker[0] if marker else None, title=title, level=md_level - 1))
        elif marker and (self._is_heading_text(value) if heading is None else heading):
            numbering, offset = marker
            # ``第一部分：单位概况``: the colon after the marker is no part of the title (as in contents)
            self.blocks.append(Heading(text=st, numbering=numbering, title=value[offset:].strip().lstrip(":：").lstrip(),
                                       level=STYLE_RANK[numbering.style]))
        else:
            self.blocks.append(Paragraph(text=st, numbering=marker[0] if marker else None))

    def _bare_marker_title(self, i: int, st: SourceText) -> tuple[SourceText, int]:
        """``2.`` alone on its line, its title on the next (a PDF break after the marker): one line."""
        marker = parse_marker(st.value)
        if marker is None or st.value[marker[1]:].strip():
            return st, i
        j = self._next_non_blank(i + 1)
        if j >= len(self.lines) or j - i > 2 or self.lines[j].kind != "text" or self.lines[j].md_level:
            return st, i
        nxt = self._text_at(j)
        if parse_marker(nxt.value) or not nxt.value:
            return st, i
        return L.concat([st, nxt]), j

    def _text(self, i: int) -> int:
        line = self.lines[i]
        st, i = self._bare_marker_title(i, self._text_at(i))
        # (whether the line reads as a heading, asked once: the paragraph made of it alone asks it again)
        heading = False if line.md_level else self._is_heading_text(st.value)
        if line.md_level or (heading and not self._continued_by(i)):
            self._heading_or_paragraph(st, line.md_level or None, heading or None)
            return i + 1
        pieces = [st]
        i += 1
        grid_at = self._grids.get  # (found by run() before any paragraph: see _grid_at)
        # whether the last piece is known to be no web page's line: the line itself, as run()
        # asked it before coming here, or a line asked below before it was joined
        plain = st.value is line.raw
        while True:
            value = pieces[-1].value
            if not plain and is_chrome_line(value):
                break  # a web page's line (breadcrumbs, 发布时间 …, its buttons) is a line of its own
            plain = False
            j = self._next_non_blank(i)
            if j >= len(self.lines) or j - i > _MAX_BLANK_GAP or self.lines[j].kind != "text" or self.lines[j].md_level:
                break
            if grid_at(j) is not None:
                break  # a table pasted one cell per line starts there
            nxt = self._text_at(j)
            # (the lines' shapes asked first: most lines end otherwise, and the lines between them
            # need not be walked)
            if (_broken_marker(value, nxt.value) or (
                    not value.endswith(_FULL_STOP) and _closes_what_is_open(value, nxt.value)
                    and parse_marker(nxt.value) is None)) and (j == i or self._page_break_only(i, j)):
                # the page broke a bracket: the next line closes it, whatever clause mark ends this one
                pieces.append(nxt)
                i = j + 1
                continue
            if (value.endswith(_SENTENCE_END) and not self._broken_after_its_stop(i, j, value)) or _HALF_WIDTH_STOP.search(value) \
                    or (len(pieces) == 1 and self._stands_alone(value)) or _ENDS_WITH_DATE.search(value):
                break
            if _LONE_FIGURE.match(value) and _FIGURE_HEAD.match(nxt.value):
                break  # two table cells one a line (140, then 100%): joined they read as one figure (140100%)
            if (parse_marker(nxt.value) or _LIST_START.match(nxt.value)) and self._inline_item_goes_on(i, j, pieces, nxt.value):
                pieces.append(nxt)  # the page broke the line before the next item of a list run inline
                i = j + 1
                continue
            if parse_marker(nxt.value) or _LIST_START.match(nxt.value) or _CONTENTS_HEADING.match(nxt.value) \
                    or _TITLED_CONTENTS_HEADING.match(nxt.value) or self._loose_region_end(j) > j:
                break
            if nxt.value.lstrip().startswith("、") and not self._full_line(value) \
                    and not self._clause_after_an_open_line(value, nxt.value):
                # a line opening with 、 after one shorter than the page is wide: no wrap put it there
                # (a PDF's text layer may wrap before a 、 at the page's edge), a title that lost its numeral
                break
            if len(pieces) == 1 and (_shorter_than_its_wrap(value, nxt.value) or self._title_above_page_line(value, nxt.value)):
                break  # a title line of its own, then a paragraph the page did not wrap (or did)
            if len(pieces) == 1 and _two_entries(value, nxt.value):
                break
            if is_chrome_line(nxt.value):
                break
            if _INDICATOR_HEADER_LINE.match(nxt.value) and not _CLAUSE_MARK.search(nxt.value):
                break  # the header of a form's indicator table (一级指标 二级指标 …), not the sentence's tail
            if _REPORT_TITLE.search(nxt.value.replace(" ", "")) or title_shaped(nxt.value):
                # a report title starts a new part; never glue it to the line before (nor one
                # whose year lost a digit: it is still a title line, and a malformed one)
                break
            if L.is_key_value(nxt.value) and not self._full_line(value) and (any(L.is_key_value(p.value) for p in pieces)
                                              or _REPORT_TITLE.search(L.concat(pieces).value.replace(" ", ""))):
                break  # a cover-page field (名称：… 评价方式：…) ends at its line, as does a title
            pieces.append(nxt)
            plain = True  # (is_chrome_line(nxt.value) was asked above)
            i = j + 1
        self._heading_or_paragraph(L.concat(pieces) if len(pieces) > 1 else st, None, None if len(pieces) > 1 else heading)
        return i

    def _broken_after_its_stop(self, i: int, j: int, value: str) -> bool:
        """Whether the page broke a paragraph right after a sentence's end: the line as wide as the
        page (:meth:`_full_line`) and the next one right below it, not indented (a paragraph's own
        first line keeps its indent when the PDF's text does). A paragraph whose last line fills
        the page exactly is rare; a sentence ending at the page's edge in mid-paragraph is not.
        What opens a paragraph of its own (a marker, a title, a field) still ends it."""
        if j != i or not self._full_line(value):
            return False
        raw = self.lines[j].raw
        return raw[:1] not in (" ", "\t", "\u3000")

    def _inline_item_goes_on(self, i: int, j: int, pieces: list[SourceText], nxt: str) -> bool:
        """Whether ``nxt`` opens the next item of a list the paragraph runs inline (``…权利。7.维护…``
        after ``…。6.依法…``, ``二是…`` after ``一是…``) and the page broke the line before it: the
        line above fills the page's width and ``nxt`` stands right below it. Items a paragraph
        of its own each (``6.…`` alone on its lines) leave no such item inside the paragraph."""
        if j != i or not self._full_line(pieces[-1].value):
            return False
        found = parse_marker(nxt)
        if found is not None:
            numbering = found[0]
            if numbering.value < 2:
                return False
            before = marker_like(numbering.marker, numbering.style, numbering.value - 1)
        elif (word := _LIST_WORD.match(nxt)) is not None and (value := chinese_to_int(word.group(1))) is not None and value > 1:
            before = int_to_chinese(value - 1) + "是"
        else:
            return False
        text = "".join(p.value for p in pieces)
        at = text.find(before, 1)
        while at > 0:
            if text[at - 1] in _ITEM_BEFORE:
                return True
            at = text.find(before, at + 1)
        return False

    def _title_above_page_line(self, value: str, nxt: str) -> bool:
        """Whether ``value`` is a title of its own above a paragraph the page wrapped: a short
        unpunctuated line, clearly shorter than the page's width, above a line that fills it. The
        head of a wrapped paragraph fills the page too (less its indent)."""
        if len(value) > _MAX_HEADING_TITLE or _CLAUSE_MARK.search(value) or not self._full_line(nxt):
            return False
        return len(value.strip()) + _INDENT_SLACK < self._width  # type: ignore[operator]

    def _page_break_only(self, i: int, j: int) -> bool:
        """Whether lines ``i`` to ``j`` (exclusive) are a page break's debris and nothing else: its
        page number or running header (read as blank lines, :func:`lines.running_heads`), no empty
        line a writer put between two paragraphs."""
        lines = self.lines
        for k in range(i, j):
            line = lines[k]
            if line.kind != "blank" or not line.raw.strip(" \t\u3000\r"):
                return False
        return True

    def _continued_by(self, i: int) -> bool:
        """Whether the next line is the tail of a sentence broken after line ``i`` (``活动，在…``)."""
        j = self._next_non_blank(i + 1)
        if j >= len(self.lines) or j - i > _MAX_BLANK_GAP or self.lines[j].kind != "text":
            return False
        text = self._text_at(j).value
        line = self._text_at(i).value
        if _broken_figure(line, text) or (_left_open(line) and parse_marker(text) is None):
            return True
        if _broken_marker(line, text) or (_dangling(line) and parse_marker(text) is None):
            return True
        if j == i + 1 and parse_marker(text) is None and self._full_line(line):
            return True  # a marker line as wide as the page: a paragraph the page broke
        cut = next((k for k, ch in enumerate(text[:3]) if ch in "，。；"), None)
        # "活动，在…" continues a broken sentence; "无。" is a short answer of its own; "收入、支出…"
        # starts a sentence of its own (a list of words), not the tail of a heading.
        return cut is not None and len(text) > cut + 1 and parse_marker(text[:3]) is None

    @staticmethod
    def _stands_alone(value: str) -> bool:
        """A short unpunctuated line, a title or a table name (``《收入支出决算总表》`` too: the
        contents of final accounts list their tables in title marks) is a line of its own."""
        if L.is_date_line(value):
            return True
        if (label := _ANNEX_LABEL.match(value)) and value.rstrip("》〉 ").endswith("表"):
            value = value[label.end():]  # 附件：2023年度项目支出绩效自评表: the table's name, labelled
        if any(p in value for p in "，、。；：,;:"):
            return False
        return (len(value) <= _LABEL_MAX or value.rstrip("》〉 ").endswith("表") or bool(_TITLE_LIKE.search(value))
                or title_shaped(value))


def _trailing_notes(rows: list[Row]) -> list[Row]:
    """Take the notes pasted as the table's last rows off ``rows`` and return them: a row whose
    first cell opens with 注： or 说明： and whose other cells are empty is no row of figures (read as
    one, it stands among the items a 合计 above them adds up). Two rows of the table are kept."""
    notes: list[Row] = []
    while len(rows) > 2 and rows[-1].cells and _TABLE_NOTE.match(rows[-1].cells[0].value) \
            and all(c.is_empty for c in rows[-1].cells[1:]):
        notes.insert(0, rows.pop())
    return notes


def _two_entries(line: str, nxt: str) -> bool:
    """Whether ``line`` and ``nxt`` are two contents lines typed with their pages after a space
    (``…支出决算情况说明 7`` / ``…支出决算情况说明 8``), the page not going down: two entries,
    not a sentence the page wrapped."""
    first = spaced_page(line)
    if first is None:
        return False
    second = spaced_page(nxt)
    return second is not None and second >= first


def _shape(row: Row) -> str:
    """A row's cells as ``F`` (a figure) and ``L`` (anything else)."""
    return "".join("F" if _FIGURE_CELL.match(c.value.strip()) else "L" for c in row.cells)


def _common_shape(rows: list[Row]) -> str | None:
    """The shape (:func:`_shape`) all ``rows`` share (the table's widest rows), else None."""
    shapes = {_shape(r) for r in rows}
    return shapes.pop() if len(shapes) == 1 else None


def _right_side_only(row: Row, shape: str | None, full: list[Row] = ()) -> bool:
    """Whether a row short of cells can only be the right side of a two-sided table (收入 | 支出)
    whose left side is empty there, as a PDF's text pasted without its indent leaves it: its
    cells read as the widest rows' right side, starting at a label after a figure, and not as
    their left side (``四、卫生健康支出 78.40 78.40 0.00`` under rows ``一、一般公共预算财政拨款
    2,436.04 一、一般公共服务支出 1,042.30 1,042.30 0.00``: a label and one figure on the left).
    Cells that could stand on either side (a label and a figure, each side a label and a figure)
    go by their label's last words: ``三、卫生健康支出 32.40`` ends as the right side's labels of the
    ``full`` rows do (…支出) and as none of the left side's (…收入)."""
    if shape is None:
        return False
    mine = _shape(row)
    start = len(shape) - len(mine)
    if not (0 < start and shape[start] == "L" and shape[start - 1] == "F" and shape[start:] == mine):
        return False
    return not shape.startswith(mine) or _ends_as_right_side(row, full, start)


def _ends_as_right_side(row: Row, full: list[Row], start: int) -> bool:
    """Whether the label of ``row`` ends (its last two characters) as a label of the right side
    of the ``full`` rows (their cell ``start``) does and as none of their left side's."""
    label = row.cells[0].value.strip()
    if len(label) < 2 or not full:
        return False
    left = {r.cells[0].value.strip()[-2:] for r in full}
    right = {r.cells[start].value.strip()[-2:] for r in full}
    return label[-2:] in right and label[-2:] not in left


def _bars_open_empty_cells(barred: list[tuple[Row, int]], unbarred: list[int]) -> bool:
    """Whether the bar opening some rows of a pipe table is an empty first cell, not a border.

    A web table with merged cells turned to text by joining each row's cells with `` | `` writes
    a cell covered by a merge above it as an empty one: a row under a merged label
    (``预算执行情况`` over 总额 / 其中…) opens with the bar after that empty cell, while a row with a
    first cell of its own opens with its text. Read as a border, that bar shifts such rows one
    column left of their header. It is an empty cell when the rows opening without a bar share
    one width and at least two barred rows reach it with that cell given back, none already
    reaching it (a page that breaks each row after its label, ``年度资金总额 |`` then
    ``| 40.5 | 38.88 | …``, writes narrower rows of no common width). A table whose every row
    opens with a bar (Markdown) never comes here: its bar is its border.
    """
    width = max(set(unbarred), key=unbarred.count)
    if unbarred.count(width) * 2 <= len(unbarred):
        return False  # the rows without a bar share no width
    widths = [len(row.cells) for row, _ in barred]
    return widths.count(width - 1) > 1 and max(widths) < width
