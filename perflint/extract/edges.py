"""The edges of the text: where an excerpt may have been cut.

Reviewers lint extracts as well as whole reports, and pasted pages stop where the copy stopped:
the last line may end mid-word (``…支出决算情``) or mid-list (``称“28个展区”`` and five of them).
What reaches the text's last character is not evidence of a slip, only of the cut; rules that
read a word or a list as complete ask here first.
"""

from __future__ import annotations

from perflint.diagnostics import Diagnostic
from perflint.facts import facts_of
from perflint.model import Block, Document, Heading, Location, Paragraph, Part, SourceText, Table, TocEntry
from perflint.read.lines import has_sentence_punct, is_page_number
from perflint.read.parts import is_report_title
from perflint.text.dates import REPORT_TITLE
from perflint.text.normalise import compact
from perflint.text.numbering import parse_marker
from perflint.text.page_chrome import is_page_line
from perflint.text.patterns import lazy_compile

# Marks that close a sentence (a half-width full stop is left to each caller: 3.5 holds one).
_SENTENCE_ENDS = ("。", "；", "！", "？", ";", "!", "?")
_TRAILING = " \t\u3000\r\n)）”’\"'|｜"  # what a cut may leave after the last word (a cell's bar too)
_FIGURE = lazy_compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")  # a cell holding one figure


def is_excerpt(part: Part) -> bool:
    """Whether ``part`` opens with no report's title: an excerpt, or a file's first stretch of
    text before its first title. What is above its first line is not in the text."""
    return not is_report_title(part.title)


def titled_by_a_sentence(part: Part) -> bool:
    """Whether ``part`` is an excerpt named by its first line, and that line is prose (a clause
    mark in it: ``…发展环境。抓好镇域经济发展…``): the title names no unit the report is of."""
    return is_excerpt(part) and has_sentence_punct(part.title)


def opens_on_a_cut_title(doc: Document, part: Part) -> bool:
    """Whether ``part`` is the text's first and its report title, the text's first line, has one
    character before its year (``园2017年度部门决算说明``): no unit's name, what a copy that began
    inside ``某某幼儿园2017年度…`` (or at a page's running title) left. What the title stood over
    may be above the cut, as in an excerpt."""
    if not doc.parts or doc.parts[0] is not part or not is_report_title(part.title):
        return False
    if _ONE_BEFORE_YEAR.match(part.title) is None:
        return False
    number = first_line(doc)
    return bool(number) and compact(doc.lines[number - 1]).startswith(part.title[:6])


_ONE_BEFORE_YEAR = lazy_compile(r"[\u4e00-\u9fff](?:19|20)\d{2}年")


def title_block(part: Part) -> int:
    """The index of the block where the part's report title begins when blocks stand above it
    (a cover, or contents whose 目录 line was cut off); 0 when the title opens the part, is not
    a report's title, or is not found as one block, or two, written whole."""
    if not is_report_title(part.title):
        return 0
    texts = [compact(b.text.value) if not isinstance(b, Table) else "" for b in part.blocks[:_TITLE_WITHIN]]
    for index, text in enumerate(texts):
        if text and (text == part.title or (index + 1 < len(texts) and text + texts[index + 1] == part.title)):
            return index
    return 0


_TITLE_WITHIN = 80  # blocks above a title: a cover and a contents page


def last_line(doc: Document) -> int:
    """The 1-based number of the document's last source line with any text on it (0: none):
    a table's bars and the web page's footer left out (:func:`_has_text`). Found once per
    document: rules ask it of each finding, and a line is read whole each time."""
    return facts_of(doc).cached("edges.last_line", _last_line)


def _last_line(doc: Document) -> int:
    for number in range(len(doc.lines), 0, -1):
        if _has_text(doc.lines[number - 1]):
            return number
    return 0


_RULE_CHARS = " \t\u3000|｜-—–+=─━│┃"


def _has_text(line: str) -> bool:
    """A line with something of the report on it: not blank, not only a table's bars or rules
    (``|`` between cells written one a line, ``|---|``), not the web page's, not a page number
    (``- 2 -``: a PDF's page ends below the excerpt's last words, or starts above its first)."""
    return bool(line.strip(_RULE_CHARS)) and not is_page_line(line) and not is_page_number(line.strip())


def runs_to_the_end(doc: Document, where: Location) -> bool:
    """Whether ``where`` ends where the text ends: on its last line with text, nothing but
    spaces (or a closing bracket or quote the cut left) after it."""
    end_line = where.end_line or where.line
    if not doc.lines or end_line != last_line(doc):
        return False
    end_column = where.end_column if where.end_column is not None else len(doc.lines[end_line - 1]) + 1
    return not doc.lines[end_line - 1][end_column - 1:].strip(_TRAILING)


def stops_mid_sentence(doc: Document, where: Location) -> bool:
    """Whether ``where`` runs to the text's end without closing its sentence: a list the copy
    stopped in ends on an item, while ``…：办公室、财务股、业务股。`` is a whole sentence that
    the cut happened to follow."""
    if not runs_to_the_end(doc, where):
        return False
    line = doc.lines[(where.end_line or where.line) - 1]
    end_column = where.end_column if where.end_column is not None else len(line) + 1
    text = line[:end_column - 1].rstrip(_TRAILING)
    return not text.endswith((*_SENTENCE_ENDS, "."))


def prose_stops_mid_sentence(doc: Document, block: Block) -> bool:
    """Whether ``block`` is prose (it has a clause mark) that the text stops inside
    (:func:`stops_mid_sentence`): a copy cut in a sentence, not a date or a label ending it."""
    return has_sentence_punct(block.text.value) and stops_mid_sentence(doc, block.text.locate())


def in_cut_sentence(doc: Document, where: Location) -> bool:
    """Whether the sentence holding ``where`` is the one the text stops in: ``where`` is on the
    last line with text and no sentence closes between it and the text's end (``…经费 9 万元，科``,
    ``下属二级预算单位 0``). What the sentence went on to say is not in the text."""
    end_line = where.end_line or where.line
    if not doc.lines or end_line != last_line(doc):
        return False
    line = doc.lines[end_line - 1]
    end_column = where.end_column if where.end_column is not None else len(line) + 1
    rest = line[end_column - 1:].rstrip(" \t\u3000\r\n")
    return not any(mark in rest for mark in _SENTENCE_ENDS) and not rest.endswith(".")


_SENTENCE_CLOSE = lazy_compile("[" + "".join(_SENTENCE_ENDS) + "]")

_OPENERS = "（("
_CLOSERS = "）)"


def in_open_bracket_at_the_cut(doc: Document, text: SourceText, start: int) -> bool:
    """Whether offset ``start`` of ``text`` stands inside a bracket that opens before it and
    never closes, and the text's end is where the document stops (``（其中：a；b；c；承``): the
    semicolons in the bracket part its items, not sentences, and the bracket's list goes on
    past the cut, as :func:`in_cut_sentence` says of a plain sentence."""
    value = text.value
    depth = 0
    for ch in value[start:]:  # the enclosing bracket, closed after start: no cut inside it
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            if depth == 0:
                return False
            depth -= 1
    unclosed = 0
    for ch in value[:start]:
        if ch in _OPENERS:
            unclosed += 1
        elif ch in _CLOSERS and unclosed:
            unclosed -= 1
    return unclosed > 0 and runs_to_the_end(doc, text.locate(start, len(value.rstrip())))


def sentence_runs_into_the_cut(doc: Document, text: SourceText, start: int) -> bool:
    """Whether the sentence of ``text`` going on from offset ``start`` is the one the text stops
    in, over however many lines the page broke it into: no sentence closes after ``start`` in
    ``text`` before the text's end (:func:`in_cut_sentence` of the rest of the sentence)."""
    close = _SENTENCE_CLOSE.search(text.value, start)
    return in_cut_sentence(doc, text.locate(start, close.start() if close else len(text.value)))


_CUT_CLAUSE = 200  # characters: how far into its first line an excerpt's cut sentence may run (a list of
# vehicles or staff by category runs long before its full stop)


def first_line(doc: Document) -> int:
    """The 1-based number of the document's first source line with any text on it (0: none):
    a table's bars and the web page's lines above the report left out (:func:`_has_text`).
    Found once per document: a draft on one long line with thousands of findings read that line
    whole for each of them (30 s for 24 KB)."""
    return facts_of(doc).cached("edges.first_line", _first_line)


def _first_line(doc: Document) -> int:
    for number, line in enumerate(doc.lines, 1):
        if _has_text(line):
            return number
    return 0


def opens_at_the_cut(doc: Document, where: Location) -> bool:
    """Whether ``where`` lies on the text's first line with text, and that line is no report's
    title, and ``where`` is in that line's first sentence: an excerpt copied from inside a report
    starts mid-sentence (``…40人)，环卫处…``), and a bracket closed there was opened above the cut."""
    number = first_line(doc)
    if not number or where.line < number:
        return False
    line = doc.lines[number - 1]
    if where.line == number:
        before = line[:max(0, where.column - 1)]
    elif (wrapped := _before_in_first_text(doc, number, where)) is not None:
        before = wrapped  # the first sentence goes on over the lines a PDF's page wrapped it into
    else:
        return False
    # a full stop right before ``where`` ends the sentence a closing bracket there encloses
    before = before.rstrip().removesuffix("。")
    if any(mark in before for mark in _SENTENCE_ENDS) or len(before.strip()) > _CUT_CLAUSE:
        return False  # past the first sentence: the cut is behind it (a draft glued onto one line)
    return not REPORT_TITLE.search("".join(line.split())) and not _titled_statement(line, before)


_WRAPPED_LINE_MIN = 24  # characters: the narrowest page's line a paragraph is wrapped at


def _before_in_first_text(doc: Document, number: int, where: Location) -> str | None:
    """The text before ``where`` when it lies in the text's first paragraph and that paragraph
    opens on line ``number`` and runs on to ``where``'s line as a page wraps a paragraph: each
    line right below the one before, which is a full line of text (not short lines the reader
    joined across blank lines, such as a form's title and cells). Else None."""
    first = facts_of(doc).cached("edges.first_text", _first_text)
    if first is None:
        return None
    anchors = first.anchors
    if not anchors or anchors[0][1] != number:
        return None
    at, at_line = None, number
    for offset, line, column in anchors:
        if (line, column) > (where.line, where.column):
            break
        if line != at_line and (line != at_line + 1 or len(doc.lines[at_line - 1].strip()) < _WRAPPED_LINE_MIN):
            return None  # a blank line or a short line above: not one paragraph wrapped by a page
        at, at_line = (offset + where.column - column if line == where.line else None), line
    return None if at is None else first.value[:at]


def _first_text(doc: Document) -> SourceText | None:
    """The text of the document's first paragraph or heading (None when a table comes first)."""
    for _part, block in doc.blocks():
        if isinstance(block, Table):
            return None
        if isinstance(block, (Paragraph, Heading)) and block.text.value.strip():
            return block.text
    return None


# A title line the report's own year opens before ``where`` (某镇2015年三公”经费支出说明): a title
# is whole, so a bracket or quotation mark after its year was not opened above a cut.
_TITLE_AFTER_YEAR = lazy_compile(r"\d{4}\s*年度?[^，,。；;：:]{0,40}(?:说明|报告|决算|公开|自评表|评价表)$")
_YEAR_IN = lazy_compile(r"\d{4}\s*年")


def _titled_statement(line: str, before: str) -> bool:
    """Whether ``line`` is a title (a year, then words ending as a report's or statement's title,
    no clause mark) and ``before`` already holds its year."""
    return bool(_TITLE_AFTER_YEAR.search(compact(line)) and _YEAR_IN.search(before))



def opens_the_text(doc: Document, where: Location) -> bool:
    """Whether ``where`` starts at the text's first character (leading spaces aside) on a line
    that is no report's title: an excerpt copied from inside a report may begin inside a word
    (``效指标`` of ``绩效指标``), so what the word lacks at its start the cut may have taken."""
    number = first_line(doc)
    if not number or where.line != number:
        return False
    line = doc.lines[number - 1]
    return not line[:max(0, where.column - 1)].strip() and not REPORT_TITLE.search("".join(line.split()))


def starts_the_text(doc: Document, where: Location) -> bool:
    """Whether ``where`` starts at the text's first character (leading spaces aside), a report's
    title line too: what a copy that began inside a line leaves there is the line's tail
    (``口市某区水务局2022年…`` of ``海口市…``, ``二部分 …`` of ``第二部分 …``, ``、部门职能`` of
    ``一、部门职能``). A slip of a word's or a marker's head is read there as the cut's: a whole
    report's own title seldom loses its first character, and an excerpt's first line often does."""
    number = first_line(doc)
    if not number or where.line != number:
        return False
    return not doc.lines[number - 1][:max(0, where.column - 1)].strip()


_YEAR_FIRST = lazy_compile(r"\d+\s*年")


def cut_figure(doc: Document, where: Location) -> bool:
    """Whether ``where`` is a figure the excerpt may have cut: the first thing on the text's
    first line (no report's title), where ``13980 元`` becomes ``980 元`` when the copy starts
    inside it. (A copy that stops inside a figure keeps its first digits and loses its unit,
    and a figure without a unit is no operand of the rules that compute.)"""
    if not doc.lines or where.line != first_line(doc):
        return False
    line = doc.lines[where.line - 1]
    start = where.column - 1
    if not 0 <= start < len(line) or not line[start].isdigit() or line[:start].strip():
        return False
    if _YEAR_FIRST.match(line, start):
        return False  # a year (``2023年度…``, or a malformed ``20233年度`` a title opens with) is no figure
    return not REPORT_TITLE.search("".join(line.split()))


def last_figure(doc: Document, where: Location) -> bool:
    """Whether ``where`` is a figure that ends the text (``86`` of ``860人次`` when the copy
    stopped inside it). A whole report may end on a table's last figure too, so this is a doubt,
    not a cut: a finding on it is likely, never certain."""
    if not doc.lines or not 0 < where.line <= len(doc.lines):
        return False
    line = doc.lines[where.line - 1]
    start = where.column - 1
    if not 0 <= start < len(line) or not line[start].isdigit() or _YEAR_FIRST.match(line, start):
        return False  # a date (``2022 年 5 月 10 日`` signing a report) is no figure a cut shortened
    return runs_to_the_end(doc, where)


def rests_on_a_last_figure(doc: Document, diag: Diagnostic) -> bool:
    """Whether a finding stands on the figure that ends the text (:func:`last_figure`)."""
    return last_figure(doc, diag.location) or any(last_figure(doc, r.location) for r in diag.related)


def in_opening_sentence(doc: Document, where: Location) -> bool:
    """Whether ``where`` lies in the prose sentence an excerpt opens inside
    (:func:`opens_at_the_cut`) after a comma: its subject may be above the cut
    (``…算29.6万元的92.8%，比上年增加6.32万元，增长29.9%`` lost the figure the rates are of), or
    after a figure no draft opens with (``022年…``: the copy began inside ``2022年``). A form
    or table flattened onto the first line opens at its own label, with no comma before its cells."""
    if where.line != first_line(doc):
        return _in_wrapped_opening_sentence(doc, where)
    if not opens_at_the_cut(doc, where):
        return False
    before = doc.lines[where.line - 1][:max(0, where.column - 1)]
    return "，" in before or "," in before or _FIGURE_FRAGMENT.match(before) is not None


# A figure no draft opens with, what a cut inside a figure leaves: ``022年`` of ``2022年``, ``.37``.
_FIGURE_FRAGMENT = lazy_compile(r"\s*(?:0\d|[.．]\d)")

_WRAPPED_LINES = 3  # lines after the first a page's width may carry the opening sentence over
_WRAPPED_WIDTH = 20  # characters: a shorter first line is a heading or a label, not a wrapped one


def _in_wrapped_opening_sentence(doc: Document, where: Location) -> bool:
    """Whether ``where``, a few lines below the text's first, is still in the sentence the
    excerpt opens inside, which a PDF's page width broke over lines (``…基本支出预算 488180.64
    元，项目支出预算 36849227 元，同比增加`` | ``27125219.46 元，增长 265.6%``: the 同比 was of the
    total above the cut): no blank line, no sentence end and no marker or title before it."""
    number = first_line(doc)
    if not number or not 0 < where.line - number <= _WRAPPED_LINES:
        return False
    lines = doc.lines[number - 1:where.line]
    first = lines[0].strip()
    if len(compact(first)) < _WRAPPED_WIDTH or parse_marker(first) or REPORT_TITLE.search(compact(first)):
        return False
    if any(not line.strip() for line in lines):
        return False  # a blank line ended the paragraph
    before = "".join(line.strip() for line in lines[:-1]) + lines[-1][:max(0, where.column - 1)]
    if any(mark in before for mark in _SENTENCE_ENDS) or len(before) > _CUT_CLAUSE:
        return False
    return "，" in before or "," in before


def computes_in_opening_sentence(doc: Document, diag: Diagnostic) -> bool:
    """Whether a computed finding (arithmetic, consistency) stands in the sentence an excerpt
    opens inside (:func:`in_opening_sentence`), at its own place or at one of its operands (a
    total that sentence gives, ``其中`` after it): what it computed from may be partial."""
    return diag.family in ("arithmetic", "consistency") and (
        in_opening_sentence(doc, diag.location) or any(in_opening_sentence(doc, r.location) for r in diag.related))


def rests_on_a_cut_figure(doc: Document, diag: Diagnostic) -> bool:
    """Whether a finding stands on a figure the excerpt may have cut (:func:`cut_figure`), at
    its own place or at one of its operands: its sum or rate was computed from digits the
    copy lost, and says nothing about the draft."""
    return cut_figure(doc, diag.location) or any(cut_figure(doc, r.location) for r in diag.related)


_CELL_CHARS = 30  # a line this short with no sentence mark may be a table's cell


def table_ends_text(doc: Document, table: Table) -> bool:
    """Whether no prose follows ``table`` up to the text's end: tables only, or lines that read
    as its cells (``公务用车购置及运行费``, ``18.00``: a row the reader could not fit), or nothing.

    Walked from the text's end back to the table: the first prose block met settles it, so a
    table early in a long draft costs a few steps, not a walk of every block after it (the sum
    checks ask this for each short total)."""
    for part in reversed(doc.parts):
        for block in reversed(part.blocks):
            if block is table:
                return True
            if isinstance(block, (Heading, TocEntry)):
                return False
            if isinstance(block, Paragraph):
                value = block.text.value.strip()
                if len(value) > _CELL_CHARS or has_sentence_punct(value):
                    return False
    return False


def text_ends_after(doc: Document, line: int) -> bool:
    """Whether no prose starts after source line ``line`` up to the text's end: what follows is
    tables or lines that read as cells (``绩 效 指 标 | 效益``), or nothing. For a form read from
    a stream of cells, which has no table block of its own to look past (``table_ends_text``)."""
    for part in reversed(doc.parts):
        for block in reversed(part.blocks):
            if isinstance(block, Table):
                if block.text.locate().line <= line:
                    return True
                continue
            if block.text.locate().line <= line:
                return True
            if isinstance(block, (Heading, TocEntry)):
                return False
            value = block.text.value.strip()
            if len(value) > _CELL_CHARS or has_sentence_punct(value):
                return False
    return True


def table_cut_below(doc: Document, table: Table) -> bool:
    """Whether the excerpt stops inside ``table``: no prose follows the table up to the text's
    end, and the last line of the text holds no figure (a row's name whose figures the copy
    lost: ``公务用车购置及运行费 |``). A report that ends on a whole table ends on a row of figures."""
    number = last_line(doc)
    return table_ends_text(doc, table) and number > 0 and not any(ch.isdigit() for ch in doc.lines[number - 1])


def only_cells_above(doc: Document, line: int) -> bool:
    """Whether every line with text above ``line`` (1-based) reads as a table's cell (short, no
    sentence): the text opens inside a table or form whose head is above the cut
    (``资金总额`` / ``140 140 100% 20`` over a form's indicator header)."""
    return all(len(text.strip()) <= _CELL_CHARS and not has_sentence_punct(text)
               for text in doc.lines[:max(0, line - 1)] if text.strip())


def table_opens_mid_row(doc: Document, table: Table) -> bool:
    """Whether the text opens inside a row of ``table``: its first row has lost its name and
    starts with what is left of a figure (``.37 | 1.37 | 0.00 |``). The rows above are cut."""
    if not table_opens_text(doc, table):
        return False
    first = next((c.text.value.strip() for c in table.rows[0].cells if c.text.value.strip()), "")
    return first[:1].isdigit() or first[:1] in ".,"


def table_opens_text(doc: Document, table: Table) -> bool:
    """Whether the text's first line is a row of ``table``: its title, header and first rows may
    be above the cut (a report opens on its title, not inside a table). Lines above it with no
    word on them (``\t19.40``, ``.40``: what the cut left of the row above, read apart) do not
    count: the copy began inside that row."""
    if not table.rows:
        return False
    first, row = first_line(doc), table.rows[0].line
    return row == first or (first < row <= first + _CUT_ROW_LINES
                            and all(not any(ch.isalpha() for ch in text) for text in doc.lines[first - 1:row - 1]))


_CUT_ROW_LINES = 2  # lines with text above a table's first row that may be what the cut left of a row


_BACK_BLOCKS = 4  # blocks between a table and the one it goes on from (a broken row's pieces)


def table_goes_on_from_above(doc: Document, table: Table) -> bool:
    """Whether ``table`` may be the rest of a table above it: it opens on a row of figures (no
    header of its own), and above it, past a few pieces of text with no sentence in them (a row
    a page broke, as a PDF's text gives it), stands a table as wide. Its total may then add rows
    of that table too."""
    if not table.rows or not any(_FIGURE.match(c.text.value.strip()) for c in table.rows[0].cells):
        return False
    width = max(len(r.cells) for r in table.rows)
    for part in doc.parts:
        blocks = part.blocks
        at = next((k for k, b in enumerate(blocks) if b is table), None)
        if at is None:
            continue
        for block in reversed(blocks[max(0, at - _BACK_BLOCKS):at]):
            if isinstance(block, Table):
                if block.rows and max(len(r.cells) for r in block.rows) == width:
                    return True
                if any(len(r.cells) >= width for r in block.rows):
                    return False
            elif isinstance(block, Heading) or has_sentence_punct(block.text.value):
                return False
        return False
    return False


def stops_in_rows(doc: Document, line: int) -> bool:
    """Whether the text stops among rows ending at ``line`` (1-based): after it come only row
    labels whose figures are gone (``纳入专户管理的非税收入拨款:``) and blank lines, as in an
    excerpt cut inside a form's block of rows; the rows after them are past the cut."""
    return all(not text.strip() or text.rstrip().endswith((":", "：")) or _lone_label(text) for text in doc.lines[line:])


def _lone_label(text: str) -> bool:
    """One short cell of words, no figure (``其他资`` where the copy stopped inside 其他资金)."""
    value = text.strip()
    return (len(value) <= _CELL_CHARS and not any(ch.isdigit() for ch in value)
            and not any(sep in value for sep in ("\t", "|", "｜", "  ")))


# A row of cells: bars or tabs between them (``| 48.6 | 46.20 | 10 |``, ``30101\t基本工资\t422.62``).
_CELL_BAR = lazy_compile(r"[|｜\t]")
_ROW_LOOK = 6  # row lines looked at beside a cut row for the width of its table


def _row_cells(line: str) -> list[str]:
    """The cells of a row line, its leading empty cells kept (they hold a column's place) and
    its trailing ones dropped (a closing bar, cells left blank at the row's end)."""
    cells = [c.strip() for c in _CELL_BAR.split(line)]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _figure_row(line: str) -> bool:
    """A row line with two figures or more in its cells (not a label written with a bar)."""
    return _CELL_BAR.search(line) is not None and sum(1 for c in _row_cells(line) if _FIGURE.match(c)) >= 2


def cut_row_lines(doc: Document) -> frozenset[int]:
    """The lines (1-based) of the rows an excerpt's cut may have broken, read as cells of the
    wrong columns: the text's last line when it is a row with fewer cells than the row of figures
    above it (``| 48.6 | 46.20 | 10 | 95.0`` under ``| 48.6 | 46.20 | 10 | 95.06% | 9.5 |``: the
    copy stopped inside it), and the rows of a table the text opens inside (its first line a row
    with fewer cells than the rows of figures below it: ``预算数 | 全年执行数 | 分值 | …`` over
    ``| 48.6 | 46.20 | 10 | …``, whose ``| 年初预算数 | 全年`` the cut took, so every column below
    is read one place off; or its first line the lone last figure of a row, right over a row of
    figures). Found once per document."""
    return facts_of(doc).cached("edges.cut_rows", _cut_row_lines)


def _cut_row_lines(doc: Document) -> frozenset[int]:
    found: set[int] = set()
    lines = doc.lines
    last = last_line(doc)
    if last and _CELL_BAR.search(lines[last - 1]):
        above = next((lines[n] for n in range(last - 2, max(-1, last - 2 - _ROW_LOOK), -1) if _figure_row(lines[n])), None)
        if above is not None and len(_row_cells(lines[last - 1])) < len(_row_cells(above)):
            found.add(last)
    first = first_line(doc)
    if first and _opens_inside_a_row(doc, first):
        found.add(first)
        for number in range(first + 1, len(lines) + 1):
            line = lines[number - 1]
            if line.strip() and not _CELL_BAR.search(line):
                break  # the table's rows end at the first line of text with no cells
            found.add(number)
    return frozenset(found)


def _opens_inside_a_row(doc: Document, first: int) -> bool:
    """Whether the text's first line is a row (two cells or more with words or figures, no
    report's title) narrower than the rows of figures right below it."""
    line = doc.lines[first - 1]
    below = [doc.lines[n] for n in range(first, min(len(doc.lines), first + _ROW_LOOK)) if _figure_row(doc.lines[n])]
    if _CELL_BAR.search(line) is None:
        # the last cell of a row whose others the cut took (``0.00`` over ``30103\t奖金\t0.00…``)
        return _FIGURE.match(line.strip()) is not None and first < len(doc.lines) and _figure_row(doc.lines[first])
    cells = _row_cells(line)
    if sum(1 for c in cells if c) < 2 or REPORT_TITLE.search(compact(line)):
        return False
    return bool(below) and len(cells) < max(len(_row_cells(b)) for b in below)


def rests_on_the_figure_a_row_stops_at(doc: Document, diag: Diagnostic) -> bool:
    """Whether a finding stands on the figure that ends the text (:func:`rests_on_a_last_figure`)
    and the text's last line is a row the copy stopped inside (:func:`cut_row_lines`: fewer
    cells than the row of figures above it): ``… | 10 | 1`` is a ``10`` cut, and the cells after
    it (a 偏差 reason) are not in the text. Such a finding says nothing of the draft, whatever
    its family. A row closed by its bar as the rows above it are (``| 总分 | 100 |``) was copied
    whole, however few its cells: a whole form's last row keeps its findings."""
    if not rests_on_a_last_figure(doc, diag):
        return False
    number = last_line(doc)
    if number not in cut_row_lines(doc):
        return False
    closed = tuple("|｜")
    above = next((line for line in reversed(doc.lines[:number - 1]) if _figure_row(line)), "")
    return above.rstrip().endswith(closed) and not doc.lines[number - 1].rstrip().endswith(closed)


def rests_on_a_cut_row(doc: Document, diag: Diagnostic) -> bool:
    """Whether a computed finding (arithmetic, consistency) stands on a row an excerpt's cut
    broke (:func:`cut_row_lines`), at its own place or at one of its operands: which cell is
    which column is a guess there."""
    if diag.family not in ("arithmetic", "consistency"):
        return False
    rows = cut_row_lines(doc)
    return bool(rows) and (diag.location.line in rows or any(r.location.line in rows for r in diag.related))
