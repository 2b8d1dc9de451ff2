"""Source lines as the importer sees them: inline markup removed, kind decided.

Drafts pasted from PDFs and Word carry Markdown emphasis, HTML fragments (``<p>``, check-box
``<input>`` tags) and tables in several flattened shapes. This module turns each physical line
into :class:`SourceText` pieces that still point at their original columns, and says which shape
a line has, so :mod:`perflint.read.text` can assemble blocks without caring about markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.model import Cell, SourceText
from perflint.text.dates import YEAR
from perflint.text.memo import remember_short
from perflint.text.patterns import compile_pattern, lazy_compile

# Inline markup: tags dropped, check boxes kept as symbols, emphasis markers dropped. A run of
# four stars or more is no emphasis: it is kept (the template's ``********支出`` slot left unfilled).
_MARKUP = lazy_compile(
    r"<input[^>]*checked[^>]*>|<input[^>]*>|</?(?:p|br|span|div|b|i|strong|em|u|sup|sub|font)\b[^>]*>"
    r"|\*{4,}|\*\*|\$\\geq\s*|\$\\leq\s*|\\geq|\\leq|\$"
)
_MARKUP_START = compile_pattern(r"[<*$\\]")  # a character every _MARKUP match starts with
_TABLE_SEPARATOR = lazy_compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:[|\t]\s*:?-{3,}:?\s*)*\|?\s*$")
_PAGE_NUMBER = lazy_compile(r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$")
# A contents line: dot leaders then a page or a page range (``……14-15``, ``......(2)``), leaders
# alone (the page lost; five ellipses are leaders, two end a sentence), leaders to the template's
# empty brackets (``......()``, the page never filled in: see :func:`toc_page_left_blank`), or a Word TOC pasted with its field code (``一、主要职责 PAGEREF _Toc1234 \\h 3``).
# Leaders are dots, middle dots or ellipses, or what a symbol font's leader becomes in text
# (``¨``, ``⋯``); a page number may come out with its digits spaced apart (``1   0``). Two or
# three ellipses (``……4``, the Chinese leader typed by hand) lead only to a page number.
_TOC = lazy_compile(
    r"^(?P<title>.*?\S)\s*(?:(?:[.．·…⋯¨]{4,}|[…⋯]{2,3})\s*(?P<open>[(（]\s*)?(?P<page>\d(?:[ \u3000]{0,4}\d){0,2})"
    r"(?(open)\s*[)）])(?:\s*[-—–~～]\s*\d{1,3})?"
    r"|[.．·…⋯¨]{4,}\s*(?P<slot>[(（]\s*[)）])|[.．·…⋯¨]{8,}|[…⋯]{5,}"
    r"|[.．·…⋯¨]*\s*PAGEREF\s*_?Toc\d+\s*\\?h\s*(?P<field_page>\d{1,3})(?:\s*[-—–~～]\s*\d{1,3})?)\s*$"
)
# Every _TOC match holds four leaders in a row, two ellipses or a Word field code: most lines hold neither
# (a figure's decimal point is one leader) and skip the pattern (its lazy title tries every position).
# (Written to open with one class of characters, so that a search skips from one of them to the
# next; as three alternatives it tried each at every character of every line.)
_TOC_SCREEN = lazy_compile(r"[.．·…⋯¨P](?:(?<=[.．·…⋯¨])[.．·…⋯¨]{3}|(?<=[…⋯])[…⋯]|(?<=P)AGEREF)")
_BULLET = lazy_compile(r"^(\s*)[-*+]\s+(?=\S)")
_MD_HEADING = lazy_compile(r"^(#{1,6})\s+")
_DATE_LINE = lazy_compile(rf"^\s*{YEAR}\s*年\s*\d{{1,2}}\s*月(\s*\d{{1,2}}\s*日)?\s*$")
SENTENCE_PUNCT = "，。；！？,;"
_SENTENCE_PUNCT = lazy_compile(f"[{SENTENCE_PUNCT}]")


def has_sentence_punct(text: str) -> bool:
    """Whether ``text`` holds a mark of :data:`SENTENCE_PUNCT` (one scan, not one per mark)."""
    return _SENTENCE_PUNCT.search(text) is not None
_KEY_VALUE = lazy_compile(r"^[\u4e00-\u9fff（）()\s]{2,14}[:：]")
# Two or more cell bars with space around them inside a line (``a | b | c``), the cell between
# them possibly empty (``2、公务接待费 | | 150000``: a row whose middle column is blank).
_INNER_BARS = lazy_compile(r"\S\s+\|\s+(?:\S.*\s)?\|\s+\S")
_CELL_END = lazy_compile(r"\s\|$|^\|$")  # ``二、外交支出 |``: a cell closed by its bar
_NUMERIC_TOKEN = lazy_compile(r"^[≥≤≧≦><=＞＜]?[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|万元|元|亿元|人次|人|分|个|家|次)?$")


def _replacement(token: str) -> str:
    if token.startswith("<input"):
        return "☑" if "checked" in token else "☐"
    if "geq" in token:
        return "≥"
    if "leq" in token:
        return "≤"
    if token.startswith("****"):
        return token  # a run of stars standing for a value, not emphasis
    return ""


def clean(raw: str, path: str, line_no: int, start_col: int = 1) -> SourceText:
    """``raw`` without inline markup, each kept run anchored at its source column."""
    if not _MARKUP_START.search(raw):  # most lines hold no markup: one anchor, nothing to cut
        return SourceText.at(raw, path, line_no, start_col)
    value_parts: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    offset = 0
    pos = 0

    def keep(text: str, col: int) -> None:
        nonlocal offset
        if text:
            anchors.append((offset, line_no, col))
            value_parts.append(text)
            offset += len(text)

    for m in _MARKUP.finditer(raw):
        keep(raw[pos:m.start()], start_col + pos)
        keep(_replacement(m.group(0)), start_col + m.start())
        pos = m.end()
    keep(raw[pos:], start_col + pos)
    if not anchors:
        anchors.append((0, line_no, start_col))
    return SourceText("".join(value_parts), path, anchors)


_TRIMMED = " \t\u3000\r"  # the white space strip_text trims


def clean_text(raw: str, path: str, line_no: int, start_col: int = 1) -> SourceText:
    """``strip_text(clean(raw, …))``: a cell or a line without markup and surrounding white space.

    Most pieces hold no markup: their trimmed text is made at once, at the column of its first
    character, instead of a text of the whole piece first and a slice of it then (one text per
    cell and line of every draft)."""
    if _MARKUP_START.search(raw):
        return strip_text(clean(raw, path, line_no, start_col))
    return _trimmed(raw, path, line_no, start_col)


def _trimmed(raw: str, path: str, line_no: int, start_col: int) -> SourceText:
    """``raw``, which holds no markup, without surrounding white space (see :func:`clean_text`)."""
    value = raw.strip(_TRIMMED)
    if len(value) == len(raw):
        return SourceText.at(raw, path, line_no, start_col)
    left = len(raw) - len(raw.lstrip(_TRIMMED)) if value else len(raw)
    return SourceText.at(value, path, line_no, start_col + left)


def strip_text(st: SourceText) -> SourceText:
    """Trim surrounding white space (full-width too) and keep offsets right.

    A one-line text with nothing to trim is returned as it is (the callers pass the fresh text
    :func:`clean` made, and slicing it whole would only copy it)."""
    value = st.value
    left = len(value) - len(value.lstrip(" \t\u3000\r"))
    right = len(value.rstrip(" \t\u3000\r"))
    if left == 0 and right == len(value) and st.single_anchor is not None:
        return st
    return slice_text(st, left, max(left, right))


def slice_text(st: SourceText, start: int, end: int) -> SourceText:
    single = st.single_anchor
    if single is not None:
        # One source line (most cells and lines): the slice starts ``start`` columns further on.
        line, col = single
        return SourceText.at(st.value[start:end], st.path, line, col + start)
    anchors = []
    for i, (off, line, col) in enumerate(st.anchors):
        nxt = st.anchors[i + 1][0] if i + 1 < len(st.anchors) else len(st.value) + 1
        if nxt <= start or off >= end:
            continue
        if off < start:
            anchors.append((0, line, col + (start - off)))
        else:
            anchors.append((off - start, line, col))
    if not anchors:
        line, col = st.position(start)
        anchors = [(0, line, col)]
    return SourceText(st.value[start:end], st.path, anchors)


def concat(pieces: list[SourceText], sep: str = "") -> SourceText:
    value_parts: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    offset = 0
    for i, piece in enumerate(pieces):
        if i and sep:
            value_parts.append(sep)
            offset += len(sep)
        for off, line, col in piece.anchors:
            anchors.append((offset + off, line, col))
        value_parts.append(piece.value)
        offset += len(piece.value)
    path = pieces[0].path if pieces else ""
    return SourceText("".join(value_parts), path, anchors)


@dataclass(slots=True)  # one per line of the draft while it is read
class Line:
    """One physical line: its number, raw text and shape."""

    number: int
    raw: str
    kind: str  # blank | tsv | cell | pipe | separator | toc | html_table | text
    md_level: int = 0  # Markdown heading depth for "# …" lines

    @property
    def is_blank(self) -> bool:
        return self.kind == "blank"


# What every shape but plain text needs: a page number or a separator its dash, 第 or slash; an
# HTML table its ``<``; a table row its tab or bar; a contents line four leaders, two ellipses or a Word field
# code; a Markdown heading its ``#``. A line holding none of them is text (most lines are).
# (``[-—–第/<\t|#]|[.．·…⋯¨]{4}|[…⋯]{2}|PAGEREF``, written to open with one class of characters
# as :data:`_TOC_SCREEN` is)
_SHAPED = compile_pattern(r"[-—–第/<\t|#.．·…⋯¨P](?:(?<=[-—–第/<\t|#])|(?<=[.．·…⋯¨])[.．·…⋯¨]{3}|(?<=[…⋯])[…⋯]|(?<=P)AGEREF)")


def classify(number: int, raw: str) -> Line:
    body = raw.rstrip("\r\n")
    if not body.strip(" \t\u3000\r"):
        # A line holding only a tab is an empty cell of a table flattened one cell per line.
        return Line(number, body, "cell" if body.startswith("\t") and body.strip(" \r") else "blank")
    if _SHAPED.search(body) is None:
        return Line(number, body, "text")  # none of the shapes below can match (see _SHAPED)
    return _shaped(number, body)


def read_lines(numbered: Iterable[tuple[int, str]]) -> list[Line]:
    """``running_heads(contents_lines([classify(n, raw) for n, raw in numbered]))``, the lines
    classified in one pass that also notes the few lines the later steps ask about (a page
    number, a line that may carry one), so that they need not walk every line again."""
    lines: list[Line] = []
    pages: list[int] = []  # lines that may be a page number (running_heads asks them again)
    titled: list[int] = []  # text lines that may carry a page number (see titled_pages)
    toc = False
    shaped = _SHAPED.search
    for k, (number, raw) in enumerate(numbered):
        body = raw.rstrip("\r\n")
        if not body.strip(" \t\u3000\r"):
            lines.append(Line(number, body, "cell" if body.startswith("\t") and body.strip(" \r") else "blank"))
            continue  # no text on it: neither a page number nor a line carrying one
        if shaped(body) is None:
            lines.append(Line(number, body, "text"))
            # Without a mark of _SHAPED a line holds no dash and no 第: no printed page mark, only
            # a bare number at its end (after the title and spaces), or the bare number alone.
            last = body[-1]
            if last.isdigit() or last.isspace():
                titled.append(k)
                if len(body) <= 8:
                    pages.append(k)
            continue
        line = _shaped(number, body)
        lines.append(line)
        if line.kind == "text":
            titled.append(k)
            if len(body) <= 8:
                pages.append(k)
        elif line.kind == "blank":
            pages.append(k)
        elif line.kind == "toc":
            toc = True
    if toc:
        lines = contents_lines(lines)  # (which returns at once without a contents line)
    return running_heads(lines, pages, titled)


def is_page_number(body: str) -> bool:
    """A page number left by a page break (``—5—``, ``第 3 页 共 20 页``)."""
    return _PAGE_NUMBER.match(body) is not None


def _shaped(number: int, body: str) -> Line:
    """The shape of a line that holds one of the marks a shape needs (see :data:`_SHAPED`)."""
    if _PAGE_NUMBER.match(body):
        return Line(number, body, "blank")  # page-break debris: a paragraph may run across it
    if _TABLE_SEPARATOR.match(body):
        return Line(number, body, "separator")
    if "<" in body and "<table" in body.lower():  # (no lower-case copy of a line without a tag)
        return Line(number, body, "html_table")
    inner = body.lstrip("\t").rstrip(" ")
    if "\t" in inner:
        if _TOC_SCREEN.search(body) and _TOC.match(body.replace("\t", " ")):
            return Line(number, body, "toc")
        return Line(number, body, "tsv")
    if body.startswith("\t"):
        return Line(number, body, "cell")
    stripped = body.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return Line(number, body, "pipe")
    if stripped.endswith("|") and (stripped.count("|") >= 2 or _CELL_END.search(stripped)):
        # a pipe row without its leading bar (``项目 | 预算数 | ||``), or one cell a line (``二、外交支出 |``)
        return Line(number, body, "pipe")
    if _INNER_BARS.search(stripped):
        # a pipe row with neither outer bar (``项目 | 预算数 | 执行数``), as Markdown allows
        return Line(number, body, "pipe")
    if _TOC_SCREEN.search(stripped) and _TOC.match(stripped):
        return Line(number, body, "toc")
    m = _MD_HEADING.match(body)
    if m:
        return Line(number, body, "text", md_level=len(m.group(1)))
    return Line(number, body, "text")


def text_of(line: Line, path: str) -> SourceText:
    """The line's text without Markdown heading hashes, bullets or inline markup."""
    raw = line.raw
    if not line.md_level and (not raw or (raw[0] not in "-*+" and not raw[0].isspace())):
        return clean_text(raw, path, line.number, 1)  # most lines: no bullet can open them (see _BULLET)
    start = 0
    m = _MD_HEADING.match(raw) if line.md_level else _BULLET.match(raw)
    if m:
        start = m.end()
    return clean_text(raw[start:], path, line.number, start + 1)


def split_cells(line: Line, path: str, sep: str) -> list[SourceText]:
    """Cells of a tab-separated or pipe row, each anchored at its own column."""
    return _split_cells(line, path, sep, False)


def split_row(line: Line, path: str, sep: str) -> list[Cell]:
    """:func:`split_cells` as the row's cells: ``[Cell(t) for t in split_cells(…)]``, each cell
    and its text made in place (every cell of every delimited table comes this way: two Python
    calls a cell fewer)."""
    return _split_cells(line, path, sep, True)


_new_object = object.__new__


def _split_cells(line: Line, path: str, sep: str, as_cells: bool) -> list:
    raw = line.raw
    if sep == "|":
        body = raw.strip()
        lead = raw.find(body)
        body_start = lead + (1 if body.startswith("|") else 0)
        end = lead + len(body) - (1 if body.endswith("|") else 0)
    else:
        body_start, end = 0, len(raw)
    number = line.number
    cells = []
    pos = body_start
    if _MARKUP_START.search(raw, body_start, end):
        for piece in raw[body_start:end].split(sep):
            cells.append(clean_text(piece, path, number, pos + 1))
            pos += len(piece) + 1
        return [Cell(c) for c in cells] if as_cells else cells
    # a row without markup (most rows) has none in any of its cells: each is only trimmed, as
    # :func:`_trimmed` does, and made as SourceText.at (and Cell) make it (written out here:
    # every cell of every table comes this way)
    new = _new_object
    for piece in raw[body_start:end].split(sep):
        value = piece.strip(_TRIMMED)
        st = new(SourceText)
        st.path = path
        st.anchor_list = None
        st._line = number
        if value is piece:  # nothing trimmed (an equal copy would take the branch below: the same column)
            st._column = pos + 1
            st.value = value
        else:
            st.value = value
            st._column = pos + 1 + (len(piece) - len(piece.lstrip(_TRIMMED)) if value else len(piece))
        if as_cells:
            cell = new(Cell)
            cell.text = st
            cell.value = value
            cell.is_empty = not value.strip()
            cells.append(cell)
        else:
            cells.append(st)
        pos += len(piece) + 1
    return cells


# A contents line whose leaders were lost or cut short, leaving its page number after a run of
# spaces or one to three dots (``六、基本支出决算情况说明      7``, ``八、…情况说明. 8``). Only
# believed between two contents lines: alone it could be a heading ending in a figure.
_TOC_LOST_LEADERS = lazy_compile(
    r"^(?P<title>\S.{1,58}?[^\d\s.．])(?:[ \u3000]{2,}|\s*[.．·…]{1,3}\s*)(?P<page>\d{1,3})$")


def contents_lines(lines: list[Line]) -> list[Line]:
    """``lines`` with the text lines inside a run of contents lines that end in a page number
    after lost leaders (see :data:`_TOC_LOST_LEADERS`) read as contents lines too."""
    kinds = [ln.kind for ln in lines]
    if "toc" not in kinds:
        return lines  # most drafts: no contents line to stand between
    i = 0
    while i < len(lines):
        if kinds[i] != "text" or not _TOC_LOST_LEADERS.match(lines[i].raw.strip()):
            i += 1
            continue
        j = i  # the run of such lines (blank lines inside it) starting at i
        while j + 1 < len(lines) and (kinds[j + 1] == "blank" or (
                kinds[j + 1] == "text" and _TOC_LOST_LEADERS.match(lines[j + 1].raw.strip()))):
            j += 1
        before = next((kinds[k] for k in range(i - 1, -1, -1) if kinds[k] != "blank"), None)
        after = next((kinds[k] for k in range(j + 1, len(lines)) if kinds[k] != "blank"), None)
        if before == "toc" and after == "toc":
            for k in range(i, j + 1):
                if kinds[k] == "text":
                    lines[k] = Line(lines[k].number, lines[k].raw, "toc")
        i = j + 1
    return lines


# a list marker opening a line: 一、 （一） (一) 1、 1. 1． （1） ①
_LIST_MARKER = lazy_compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|[①-⑳])")
_RUNNING_HEAD_MAX = 40  # characters, white space left out: a page's running title is one short line
_RUNNING_HEAD_GAP = 2  # lines between it and the page number (blank lines, at most)
_BARE_PAGE = lazy_compile(r"^\s*\d{1,3}\s*$")  # ``7``: a page number, or a table's cell
# The report's title as a running header (``…2023年度部门决算``, ``…绩效自评报告``): only next to one
# is a bare number taken for the page's.
_RUNNING_TITLE = lazy_compile(rf"{YEAR}\s*年.{{0,30}}(?:决算|预算|报告|说明|评价表|自评表)")


# A page number and the running title on one line (``— 3 — 某县…自评报告``, ``某县…决算说明    3``,
# ``第 3 页 共 12 页  某县…``): the title beside a page number in one of its printed shapes, before
# or after it, or a bare number after the title and a run of spaces.
_PAGE_MARK = r"(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)"
_TITLED_PAGE = lazy_compile(
    rf"^\s*(?:(?P<mark_before>{_PAGE_MARK})\s*(?P<title_after>\S.*?)"
    rf"|(?P<title_before>\S.*?\S)\s*(?P<mark_after>{_PAGE_MARK})"
    r"|(?P<title_spaced>\S.*?[^\d\s])[ \u3000\t]{2,}(?P<bare>\d{1,3}))\s*$")
_TITLED_PAGE_ENDS = ("—", "-", "–", "页")  # a _TITLED_PAGE line ends in one of them or in a digit


def titled_page(body: str) -> bool:
    """Whether ``body`` is shaped as a page number on a running title's line (see :data:`_TITLED_PAGE`)."""
    return _TITLED_PAGE.match(body.strip()) is not None


def titled_pages(lines: list[Line], candidates: list[int] | None = None) -> list[Line]:
    """``lines`` with a page number printed on the running title's line read as page debris.

    A PDF's page may carry its number on the line of the running title (``某县教育局2024年度部门
    决算说明    3``, ``— 3 — 某县…自评报告``). Read as text, that line broke a sentence and the
    figure after it (``项目支出`` | title ``3`` | ``460.00万元`` read as 3460.00万元), or was
    taken for a report's title, splitting the report at each page. Such a line is page debris
    when the same title (short, no sentence mark) stands on two such lines or more; with a bare
    number only when the title names the report (year and kind) and the numbers go up. A line
    read as debris is a blank line with text on it, like a page number alone
    (:func:`classify`). ``candidates``: the lines that may be such a line, in order (every
    line by default; see :func:`read_lines`).
    """
    seen: dict[str, list[tuple[int, int | None]]] = {}  # title: (its line, the bare page number)
    for k in range(len(lines)) if candidates is None else candidates:
        ln = lines[k]
        if ln.kind != "text":
            continue
        body = ln.raw.strip()
        if not body or not (body[0] in "—-–第" or body.endswith(_TITLED_PAGE_ENDS) or (
                body[-1].isdigit() and body.rstrip("0123456789").endswith((" ", "\u3000", "\t")))):
            continue  # most lines: neither starts nor ends the way a page number does
        m = _TITLED_PAGE.match(body)
        if m is None:
            continue
        title = m.group("title_after") or m.group("title_before") or m.group("title_spaced")
        value = re.sub(r"\s+", "", title)
        if not (0 < len(value) <= _RUNNING_HEAD_MAX) or has_sentence_punct(value) or value.isdigit():
            continue
        bare = m.group("bare")
        if bare is not None and not _RUNNING_TITLE.search(value):
            continue
        seen.setdefault(value + ("#" if bare is not None else ""), []).append((k, int(bare) if bare else None))
    for found in seen.values():
        numbers = [n for _k, n in found if n is not None]
        if len(found) < 2 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
            continue
        for k, _n in found:
            lines[k] = Line(lines[k].number, lines[k].raw, "blank")
    return lines


def running_heads(lines: list[Line], pages: list[int] | None = None, titled: list[int] | None = None) -> list[Line]:
    """``lines`` with a page's running header read as page-break debris, like the page number.

    Text taken from a PDF keeps, at each page break, the page number and the running title
    printed at the head (or foot) of every page (``某县某镇人民政府2023年度部门决算``). Read as a
    line of the report, the title split the report into parts at each page (the first found in
    an excerpt with no title of its own, whose outline then started at the next page) and broke
    a sentence, a bracket or a quote the page had broken. A running header is a short text line
    with no sentence mark that stands next to a page number, and does so at two page breaks or
    more with the same words, or at one when the text's first line is the report's title in the
    same words (printed at the top of the first page too); the report's own title at the top of
    its first page stays. A page
    number printed bare (``7``) counts when the line next to it names the report (year and
    kind), the same at each break, and the numbers go up from one break to the next: the number
    is then page debris too.
    """
    # a page number is read as a blank line with text on it (:func:`classify`); a bare one is a
    # short line of digits (asked without a pattern: every line of every draft is asked)
    # (``pages`` and ``titled``: the lines that may be either, in order, from :func:`read_lines`)
    pages = [k for k in (range(len(lines)) if pages is None else pages)
             if (ln := lines[k]).kind == "blank" and ln.raw.strip(" \t\u3000\r") or (
                 ln.kind == "text" and len(ln.raw) <= 8 and len(ln.raw.strip()) <= 3 and ln.raw.strip().isdigit()
                 and ln.raw.strip().isascii())]
    lines = titled_pages(lines, titled)
    if not pages:
        return lines  # most drafts: no page break
    # A header of two lines (the unit, then ``2023年度部门决算``): the second stands next to the
    # first, which is page debris once found. Two rounds find both.
    for _round in range(2):
        if not _mark_running_heads(lines, pages):
            break
    _mark_heads_inside_sentences(lines, pages)
    return lines


_SENTENCE_END = "。！？!?；;：:"
_CLOSERS = "”’」』）)】"
_RUNS_ON_ENDS = "、，,“‘（(《【"  # a line ending in one of them goes on: no title


def _mark_heads_inside_sentences(lines: list[Line], pages: list[int]) -> None:
    """A running header beside a page number, met at a page break that falls inside a sentence.

    A short title line next to a printed page number (``— 3 —``, ``第 3 页 共 9 页``), above it
    (the page's foot) or below it (the next page's head), between a line of prose that stops
    mid-sentence and the line that goes on with it, is the page's header however few breaks it
    stands at (a draft of two pages has one): a heading of the report never stands inside a
    sentence. It is page debris (a blank line with text on it), so the sentence joins up again
    and the header opens no part of its own. Lines already read as debris are left to the rules
    above (a break they read is no broken sentence to mend)."""
    for k in pages:
        if lines[k].kind != "blank":
            continue  # a bare number: a table's cell as often as a page's
        above, below = _next_line(lines, k, -1), _next_line(lines, k, 1)
        if above is not None and _header_shaped(lines[above]):  # title, page number: the page's foot
            head, before, after = above, _next_line(lines, above, -1), below
        elif below is not None and _header_shaped(lines[below]):  # page number, title: the next page's head
            head, before, after = below, above, _next_line(lines, below, 1)
        else:
            continue
        if before is None or after is None or lines[before].kind != "text" or lines[after].kind != "text":
            continue
        if _runs_on(lines[before].raw) and not _LIST_MARKER.match(lines[after].raw.strip()):
            lines[head] = Line(lines[head].number, lines[head].raw, "blank")


def _next_line(lines: list[Line], k: int, step: int) -> int | None:
    """The next line from ``k`` in direction ``step`` past empty lines (a few at most); None
    past the text's ends, or at page debris (a page number, or a line already read as such)."""
    j = k + step
    for _ in range(_RUNNING_HEAD_GAP + 1):
        if not 0 <= j < len(lines):
            return None
        ln = lines[j]
        if not ln.is_blank:
            return j
        if ln.raw.strip(" \t\u3000\r"):
            return None
        j += step
    return None


def _header_shaped(line: Line) -> bool:
    """A line that may be a running header: short text, no sentence mark, no list marker, not a
    bare number, not ending as a line that goes on does (``…（含村道硬化、``)."""
    if line.kind != "text":
        return False
    value = re.sub(r"\s+", "", line.raw)
    return 0 < len(value) <= _RUNNING_HEAD_MAX and not has_sentence_punct(value) \
        and not _LIST_MARKER.match(value) and not value.isdigit() and value[-1] not in _RUNS_ON_ENDS


def _runs_on(raw: str) -> bool:
    """Whether a line of prose stops inside a sentence: it holds a sentence mark (prose, not a
    title) and does not end one."""
    body = raw.strip().rstrip(_CLOSERS)
    return bool(body) and has_sentence_punct(body) and body[-1] not in _SENTENCE_END


def _mark_running_heads(lines: list[Line], pages: list[int]) -> bool:
    """One round of :func:`running_heads`: whether it read a line more as page debris."""
    marked = False
    first = next((k for k, ln in enumerate(lines) if not ln.is_blank), -1)
    first_value = _SPACES.sub("", lines[first].raw) if first >= 0 else ""
    seen: dict[str, list[tuple[int, int]]] = {}  # header text: (its line, the page number's line)
    # the page breaks: the printed page numbers (``- 3 -``, ``第 3 页``) where the text has them;
    # bare numbers only where it has none (a form pasted one cell a line is full of bare numbers
    # that are its cells, not pages: counted as breaks, they made a header at every page too rare)
    printed = sum(1 for k in pages if lines[k].kind == "blank")
    breaks = printed or len(pages)
    for k in pages:
        for step in (-1, 1):
            j, gap = k + step, 0
            while 0 <= j < len(lines) and lines[j].kind == "blank" and not _PAGE_NUMBER.match(lines[j].raw) \
                    and gap < _RUNNING_HEAD_GAP:
                j, gap = j + step, gap + 1
            if not (0 <= j < len(lines)) or lines[j].kind != "text" or _BARE_PAGE.match(lines[j].raw):
                continue
            value = re.sub(r"\s+", "", lines[j].raw)
            if 0 < len(value) <= _RUNNING_HEAD_MAX and not has_sentence_punct(value) \
                    and all(j != h for h, _k in seen.get(value, ())):
                seen.setdefault(value, []).append((j, k))
    for value, found in seen.items():
        bare = [k for _j, k in found if lines[k].kind == "text"]
        if bare:
            numbers = [int(lines[k].raw) for k in bare]
            if not _RUNNING_TITLE.search(value) or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
                found = [(j, k) for j, k in found if lines[k].kind == "blank"]  # the bare numbers' neighbours are text
        # the title printed on the first page too (the text's first line) is seen twice with one break
        again = len(found) == 1 and found[0][0] != first and value == first_value and _RUNNING_TITLE.search(value)
        # a running title stands at a good share of the breaks (every page, or every other one);
        # a template's heading or form cell of a long bundle stands beside two of them by chance,
        # and a line opening with a list marker (一、自评结论) is the outline's, never a page's title
        if (len(found) >= max(2, -(-breaks // 3)) or again) and not _LIST_MARKER.match(value):
            marked = True
            for j, k in found:
                if j == first:
                    continue  # the text's first line names it (a title, or the first page's header): kept
                lines[j] = Line(lines[j].number, lines[j].raw, "blank")
                if lines[k].kind == "text":
                    lines[k] = Line(lines[k].number, lines[k].raw, "blank")
    return marked


def toc_parts(line: Line) -> tuple[str, int | None] | None:
    m = _TOC.match(line.raw.replace("\t", " ").strip())
    if not m:
        m = _TOC_LOST_LEADERS.match(line.raw.strip())
        return (m.group("title").strip(), int(m.group("page"))) if m else None
    page = m.group("page") or m.group("field_page")
    return m.group("title").strip(), int("".join(page.split())) if page else None


def toc_page_left_blank(line: Line) -> bool:
    """A contents line whose page is the template's empty brackets (``一、部门概况......()``)."""
    m = _TOC.match(line.raw.replace("\t", " ").strip())
    return m is not None and m.group("slot") is not None


def is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.match(text))


@cache
def _unit_after_number() -> re.Pattern[str]:
    """A token that is a unit word written after a figure (``亩`` ``公里`` ``人次`` ``年`` ``日前``).

    The common units may start a longer token (``2021 年度``); any other unit must be the whole
    token, bar a bound word: ``项`` alone is a unit, ``项目支出总额`` is the next cell.
    """
    return compile_pattern(rf"^(?:年|月|日|分|万元|元|人次|人|个|家|次|%)|{_WHOLE_UNIT.format(units=_unit_alternation())}")


_WHOLE_UNIT = "^(?:{units})(?:前|后|内|以上|以下|左右|[)）])?$"


@cache
@cache
def _unit_then_mark() -> re.Pattern[str]:
    return compile_pattern(rf"^(?:{_unit_alternation()})[、，,；;。]")


def opens_with_a_unit(text: str) -> bool:
    """Whether ``text`` opens with a unit word and a clause mark (``台、显微镜1台``): the tail of a
    figure the line before ends with (``…心电图机2`` broken by the page)."""
    return _unit_then_mark().match(text) is not None


def _unit_alternation() -> str:
    """The unit words of the data, longest first, as a pattern's alternation."""
    table = data.load("units")
    words = [*table["money"], *table["percent"], *table["counts"], *table.get("measure_words", [])]
    words.sort(key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


_BARE_FIGURE = lazy_compile(r"[≥≤≧≦><=＞＜]?\s*\d[\d.,]*")
_RELATION_ONLY = lazy_compile(r"[≥≤≧≦><=＞＜]")
# A 款 or 项 account code (20101, 2010101 of the 功能 class; 30101 of the 经济 class): the name after
# it is its own cell even when it opens with a unit word (20101 人大事务, 20110 人力资源事务).
_SUB_ACCOUNT_CODE = lazy_compile(r"[23]\d{4}(?:\d{2})?")


def _unit_of(prev: str, tok: str) -> bool:
    """Whether ``tok`` is the unit word of the bare figure ``prev`` (``12000 亩``, ``2021 年度``)."""
    if not _BARE_FIGURE.fullmatch(prev) or not _unit_after_number().match(tok):
        return False
    if _SUB_ACCOUNT_CODE.fullmatch(prev):
        return _whole_unit().fullmatch(tok) is not None  # 20101 人 is a count; 20101 人大事务 a code and its name
    if tok[0] in "年月日" and len(tok) > 1 and _whole_unit().fullmatch(tok) is None:
        # 2021 年度, 3 年内, 6 月底: a year, month or day count; 30.00 年末结转和结余 is a
        # figure and the next row label of a two-sided 收入支出决算总表
        return _CALENDAR_FIGURE.fullmatch(prev.strip("≥≤≧≦><=＞＜ ")) is not None
    return True


_CALENDAR_FIGURE = lazy_compile(r"(?:19|20)\d\d|\d{1,2}")  # what stands before 年…/月…/日… in a date or count


@cache
def _whole_unit() -> re.Pattern[str]:
    """A token that is a unit word and nothing more (``人次``, ``亩以上``)."""
    return compile_pattern(_WHOLE_UNIT.format(units=_unit_alternation()))
_DATE_JOINS = (
    (lazy_compile(r"\d\s*年$"), lazy_compile(r"^\d{1,2}\s*月")),
    (lazy_compile(r"\d\s*月$"), lazy_compile(r"^\d{1,2}\s*日")),
)


# A numbered indicator label (指标1, 指标2：…) that a PDF's text wrote with spaces between Chinese
# and digits: 指标 1 工程完工率 is one cell, as 指标1工程完工率 is.
_LABEL_NUMBER = lazy_compile(r"\d{1,2}(?:[:：]|(?=[\u4e00-\u9fff])|$)")
_SPACED_LABEL = lazy_compile(r"指标[ \u3000]+\d{1,2}[:：]?")


def joins_spaced_label(prev: str, nxt: str) -> bool:
    """Whether the space between the pieces ``prev`` and ``nxt`` is inside a spaced 指标 N label:
    between 指标 and its number, or between that spaced number and the name after it. A weight
    after a category (数量指标 20) and a year after 指标 (指标 2023 年) are pieces of their own."""
    if prev == "指标":
        return _LABEL_NUMBER.match(nxt) is not None
    return "\u4e00" <= nxt[:1] <= "\u9fff" and _SPACED_LABEL.fullmatch(prev) is not None


def loose_tokens(st: SourceText) -> list[SourceText]:
    """Split a PDF line whose table cells are separated by spaces into cells.

    ``（20 分）`` stays one cell (an open bracket waits for its close), a figure keeps a unit
    word written after a space (``2021 年`` ``6 分`` ``12000 亩``), a date stays whole
    (``2022 年 11 月 30 日前``), a lone ``≥`` joins the figure after it, a spaced indicator
    label its number and name (``指标 1 工程完工率``), and words ending on 为/于/达/至 the figure
    or date that completes them (``完成时间为 2022 年 12 月 30 日``).
    """
    tokens: list[SourceText] = []
    for m in _NON_SPACE.finditer(st.value.replace("\u3000", " ")):
        tokens.append(slice_text(st, m.start(), m.end()))
    merged: list[SourceText] = []
    for tok in tokens:
        if merged:
            prev = merged[-1].value
            unbalanced = prev.count("（") + prev.count("(") > prev.count("）") + prev.count(")")
            if unbalanced or _unit_of(prev, tok.value) or _RELATION_ONLY.fullmatch(prev) \
                    or joins_spaced_label(prev, tok.value):
                merged[-1] = concat([merged[-1], tok], sep=" ")
                continue
        merged.append(tok)
    dated: list[SourceText] = []
    for tok in merged:
        if dated and (any(end.search(dated[-1].value) and start.match(tok.value) for end, start in _DATE_JOINS)
                      or _awaits_figure(dated[-1].value, tok.value)):
            dated[-1] = concat([dated[-1], tok], sep=" ")
            continue
        dated.append(tok)
    return dated


# A cell's words that end on a verb or preposition awaiting a figure (完成时间为 / 于 / 达 / 至),
# spaced by a PDF's text from the figure that completes them (完成时间为 2022 年 12 月 30 日): one cell,
# as 完成时间为2022年12月30日 is. No cell of a table ends on such a word.
_AWAITING = lazy_compile(r"[\u4e00-\u9fff][为于达至]$")
_FIGURE_START = lazy_compile(r"^\d")


def _awaits_figure(prev: str, token: str) -> bool:
    return _AWAITING.search(prev) is not None and _FIGURE_START.match(token) is not None


# A year or a date as a PDF's text spaces it (``2024 年度``, ``2025 年 10 月 30 日``): its year,
# month and day are no figure cells, as in ``2024年度`` and ``2025年10月30日`` (a web page's
# ``发布时间:2025 年 10 月 30 日 文章来源:…``, a contents line ``第二部分 2024 年度…公开表 2``).
_SPACED_DATE = lazy_compile(rf"(?<!\d){YEAR}\s+年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?"
                            rf"|(?<!\d){YEAR}年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?")


def _cells_of(text: str) -> list[str]:
    """The space-separated pieces of ``text``, a spaced year or date one piece with what follows."""
    if "年" in text and _SPACED_DATE.search(text):
        text = _SPACED_DATE.sub(lambda m: "".join(m.group(0).split()), text)
    return text.split()


@remember_short(4096)  # asked of every short line (a cell a line, a loose row): a pure function of it
def looks_like_loose_row(text: str) -> bool:
    """A PDF table row: no sentence punctuation, short (the spaces a PDF's text puts inside a
    date aside), and at least one bare figure cell."""
    if has_sentence_punct(text) and has_sentence_punct(_THOUSANDS_COMMA.sub("", text)) or is_date_line(text):
        return False  # (a figure's thousands separator, 2,436.04, is no sentence's comma)
    tokens = _cells_of(text)
    if len(tokens) < 2:
        return False
    figures = sum(1 for i, t in enumerate(tokens) if _NUMERIC_TOKEN.match(t) and not _numbers_a_label(tokens, i))
    if len(text) > 60 and sum(map(len, tokens)) + len(tokens) - 1 > 60 and not _wide_figures_row(tokens, figures):
        return False
    return figures > 0


_THOUSANDS_COMMA = lazy_compile(r"(?<=\d),(?=\d{3}(?!\d))")  # 1,042.30 as a PDF's table spaces it
_NON_SPACE = lazy_compile(r"\S+")
_SPACES = lazy_compile(r"\s+")
_WIDE_ROW_FIGURES = 4  # bare figures that make a long unpunctuated line a wide table's row


def _wide_figures_row(tokens: list[str], figures: int) -> bool:
    """A wide table's row as a PDF's text spaces it (科目编码, 科目名称 and seven figure columns of
    a 收入决算表): longer than a short row, but nothing besides one or two labels and its
    figures, so no sentence spaced out."""
    return figures >= _WIDE_ROW_FIGURES and len(tokens) - figures <= 2


def count_numeric(text: str) -> int:
    tokens = _cells_of(text)
    return sum(1 for i, t in enumerate(tokens) if _NUMERIC_TOKEN.match(t) and not _numbers_a_label(tokens, i))


# Words a number after them numbers rather than measures (附件 2, 附表 3, 指标 1 as a PDF's text
# spaces 附件2): that number is no figure cell.
_NUMBERED_LABELS = frozenset({"附件", "附表", "指标"})


def _numbers_a_label(tokens: list[str], i: int) -> bool:
    return i > 0 and tokens[i - 1] in _NUMBERED_LABELS and tokens[i].isdigit() and len(tokens[i]) <= 2


def is_key_value(text: str) -> bool:
    """``报告日期：2023年6月`` — a form field on a line of its own."""
    return bool(_KEY_VALUE.match(text))
