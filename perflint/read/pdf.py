"""Published PDF drafts: each page's text lines in reading order, and the tables pdfplumber finds.

Lines outside tables are rendered as text (``第3页 第12行``), tables as tab-separated rows
(``第3页 表1 第2行``), in the order they stand on the page. A cell's lines its column wrapped
are one text (``全年预`` + ``算数``), those a paragraph ended keep a space. Running headers and footers — the
same line at the top or bottom of most pages — and page numbers at a page's edge are debris and
dropped; so is, on any page, a line in the margin band set off from the body that is set smaller
than it, ruled off from it or repeating a body line (a one-page draft's header). A table that ends its page and goes on at the top of the next (same columns; its header
printed again or not) is one table, so its 合计 row is checked against all its rows, on one
column grid where pdfplumber read its pages with different ones; a row
the page broke (Word lets rows break across pages) is one row. A PDF with no text layer is a scan: it is refused with
a message that OCR is needed first, never linted as an empty draft. A picture in the body (a
chart or photo, no text over it, a fifth of the page wide or more) is a line ``[图片]`` where it
stands, as in a Word draft: the content of its heading.
"""

from __future__ import annotations

import io
import logging
from collections import Counter

from perflint.catalogue import msg
from perflint.model import Document
from perflint.read.errors import InputError
from perflint.read.rendering import PICTURE, Rendering
from perflint.text.patterns import lazy_compile

_EDGE = 0.08  # top and bottom share of a page where running headers and footers sit
# How far apart (points) the tops of two glyphs may sit and still be one line. Figures set in a
# Latin font (Times New Roman beside 宋体, a font with no bounding box of its own) are placed up
# to ~4 points off the Chinese glyphs of their line at a title's size; pdfplumber's 3 made a
# title's ``2023`` a line of its own, read as a page number and dropped. Lines of body text stand
# 12 points apart or more, so 5 never joins two of them.
_Y_TOLERANCE = 5
_DIGITS = lazy_compile(r"\d+")
# A page number alone at the page's edge: 3, - 3 -, —3—, 第3页, 第 3 页 共 12 页, 3/12, Page 3.
_PAGE_NUMBER = lazy_compile(r"^\s*(?:[-—–·]\s*\d{1,4}\s*[-—–·]|\d{1,4}(?:\s*/\s*\d{1,4})?|"
                          r"第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|[Pp]age\s*\d{1,4})\s*$")


def read_pdf(raw: bytes, path: str) -> Document:
    try:
        import pdfplumber  # imported only when a PDF is read
    except ImportError:  # pragma: no cover - pdfplumber is a dependency
        raise InputError(path, msg("input.needs_package", kind="PDF", package="pdfplumber")) from None
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on odd fonts are not the user's business
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            pages = [_page_items(page) for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many kinds for damaged files
        causes = " ".join(type(e).__name__ for e in (exc, *exc.args) if isinstance(e, BaseException))
        if "password" in causes.lower() or "encrypt" in causes.lower():
            raise InputError(path, msg("input.pdf_encrypted")) from None
        raise InputError(path, msg("input.pdf_open", error=type(exc).__name__, detail=str(exc))) from None
    if not any(kind != "picture" for items, _ in pages for kind, _payload, _edge in items):
        raise InputError(path, msg("input.pdf_no_text"))  # (a scan: pictures and no text)
    debris = _running_lines(pages)
    kept_pages = [[(kind, payload) for kind, payload, edge in _numbered(items)
                   if kind != "furniture" and not (kind == "line" and edge and (
                       _shape(payload[1]) in debris or _PAGE_NUMBER.match(payload[1])))]
                  for items, _height in pages]
    _align_grids(kept_pages)
    out = Rendering()
    open_table: list[str] | None = None  # header of a table that ended its page: it may go on
    # The last row of a table that ended its page, held back: Word and LibreOffice let a row
    # break across pages, and the first row of the next page may be its rest.
    held: list | None = None  # [cells, places, columns whose text reached the cell's edge]

    def release() -> None:
        nonlocal held
        if held is not None:
            out.add_row(held[0], held[1])
            held = None

    for number, kept in enumerate(kept_pages, start=1):
        continues = bool(kept) and open_table is not None and kept[0][0] == "table" \
            and bool(kept[0][1][1]) and len(kept[0][1][1][0]) == len(open_table)
        if not continues:
            release()
            out.blank()
        previous_header, open_table = open_table or [], None
        for i, (kind, payload) in enumerate(kept):
            if kind == "line":
                release()
                line_no, text = payload
                out.add_line(text, f"第{number}页 第{line_no}行")
                continue
            if kind == "picture":
                release()
                out.add_line(PICTURE, f"第{number}页 图片")
                continue
            table_no, rows, edge_reached, _spans = payload
            first_row = 1
            if i == 0 and continues:
                if [c or "" for c in rows[0]] == previous_header:
                    rows, first_row = rows[1:], 2  # the header printed again at the top of the page
            else:
                release()
                out.blank()
                previous_header = [c or "" for c in rows[0]] if rows else []
            last_on_page = i == len(kept) - 1
            for r, cells in enumerate(rows, start=first_row):
                texts = [c or "" for c in cells]
                if r == first_row and held is not None and _row_goes_on(held[0], held[2], texts):
                    held[0] = [_run_on(a, b) for a, b in zip(held[0], texts, strict=True)]
                    continue
                release()
                places = [f"第{number}页 表{table_no} 第{r}行"] * len(cells)
                if last_on_page and r == first_row + len(rows) - 1:
                    held = [texts, places, edge_reached]
                else:
                    out.add_row(texts, places)
            if last_on_page and rows:
                open_table = previous_header
            else:
                release()
                out.blank()
        if open_table is None:
            release()
            out.blank()
    release()
    return out.document(path, "pdf")


_GRID_TOLERANCE = 2.0  # points two pages' renderings of one column edge may differ by


def _align_grids(pages: list[list[tuple[str, object]]]) -> None:
    """Give a table that goes on over pages one column grid on every page.

    pdfplumber makes a table's columns from the rulings of its page: a page whose rows merge the
    right-hand cells of a 27-column form is read with 8 columns, the next with 27, and the table
    would not read as going on, nor a row the page cut as one row. A table that ends its page
    and one that opens the next, spanning the same width with every column edge of one standing
    at an edge of the other, are one table: all its pages are set on the finer grid (a merged
    cell's text in its first column, the columns it covers empty, as a page showing them reads).
    Tables whose edges do not line up are left as pdfplumber read them.
    """
    chain: list[tuple[int, int]] = []  # (page, item) of each page's part of one table
    for k, kept in enumerate(pages):
        tables = [i for i, (kind, _p) in enumerate(kept) if kind == "table"]
        if chain and tables and tables[0] == 0 and _same_table(_spans_edges(pages, chain[-1]), _spans_edges(pages, (k, 0))):
            chain.append((k, 0))
            tables = tables[1:]
        for i in tables:
            _regrid(pages, chain)
            chain = [(k, i)]
        if not kept or kept[-1][0] != "table":  # the page ends with text: no table goes on
            _regrid(pages, chain)
            chain = []
    _regrid(pages, chain)


def _spans_edges(pages: list[list[tuple[str, object]]], where: tuple[int, int]) -> list[float]:
    return _edges(pages[where[0]][where[1]][1][3])


def _edges(spans: list[list[tuple[float, float] | None]]) -> list[float]:
    """The x-positions of a table's column edges, those closer than the tolerance taken as one."""
    out: list[float] = []
    for x in sorted(x for row in spans for span in row if span for x in span):
        if not out or x - out[-1] > _GRID_TOLERANCE:
            out.append(x)
    return out


def _same_table(before: list[float], after: list[float]) -> bool:
    """Whether two pages' tables span the same width with one's column edges among the other's."""
    def near(x: float, edges: list[float]) -> bool:
        return any(abs(x - e) <= _GRID_TOLERANCE for e in edges)

    return len(before) > 1 and len(after) > 1 and abs(before[0] - after[0]) <= _GRID_TOLERANCE \
        and abs(before[-1] - after[-1]) <= _GRID_TOLERANCE \
        and (all(near(x, after) for x in before) or all(near(x, before) for x in after))


def _regrid(pages: list[list[tuple[str, object]]], chain: list[tuple[int, int]]) -> None:
    """Set the tables of ``chain`` (one table's parts on successive pages) on their finest grid."""
    if len(chain) < 2:
        return
    grids = [_spans_edges(pages, where) for where in chain]
    grid = _edges([[(x, x) for x in edges] for edges in grids])
    if all(len(edges) == len(grid) for edges in grids):
        return  # every page shows every column: nothing to align
    for k, i in chain:
        table_no, rows, reached, spans = pages[k][i][1]
        new_rows, new_spans = [], []
        column: dict[int, int] = {}
        for cells, row_spans in zip(rows, spans, strict=True):
            texts: list[str | None] = [None] * (len(grid) - 1)
            placed: list[tuple[float, float] | None] = [None] * (len(grid) - 1)
            column = {}
            for c, (text, span) in enumerate(zip(cells, row_spans, strict=True)):
                if span is None:
                    continue
                at = min(range(len(grid) - 1), key=lambda g: abs(grid[g] - span[0]))
                texts[at], placed[at], column[c] = text, span, at
            new_rows.append(texts)
            new_spans.append(placed)
        # the columns of the last row whose text reached its cell's edge, on the new grid
        pages[k][i] = ("table", (table_no, new_rows, {column[c] for c in reached if c in column}, new_spans))


def _row_goes_on(above: list[str], edge_reached: set[int], row: list[str]) -> bool:
    """Whether ``row``, first on its page, is the rest of ``above``, the row that ended the page.

    A row broken across pages goes on only in the cells whose text the page cut: each filled
    cell stands under a cell whose last line reached its edge, and a cell whose text ended on
    the page before is empty (a new row fills its label; a row's rest does not).
    """
    filled = {k for k, text in enumerate(row) if text.strip()}
    return bool(filled) and len(row) == len(above) and filled <= edge_reached \
        and any(above[k].strip() and not row[k].strip() for k in range(len(row)))


def _run_on(before: str, after: str) -> str:
    """A cell's text the page broke, joined as :func:`_cell_text` joins a wrapped line."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return before + after
    return before + ("" if _runs_on(before[-1], after[0], True, False) else " ") + after


def _numbered(items: list[tuple[str, object, bool]]) -> list[tuple[str, object, bool]]:
    """Text lines numbered as they stand on the page (``第3页 第12行`` counts dropped lines too)."""
    out, line_no = [], 0
    for kind, payload, edge in items:
        if kind in ("line", "furniture"):
            line_no += 1
            payload = (line_no, payload)
        out.append((kind, payload, edge))
    return out


def _page_items(page) -> tuple[list[tuple[str, object, bool]], float]:
    """``(kind, payload, at_edge)`` in reading order: text lines outside tables, and tables."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    placed: list[tuple[float, tuple[str, object, bool]]] = []
    height = float(page.height or 1)
    lines = [line for line in page.extract_text_lines(keep_blank_chars=False, y_tolerance=_Y_TOLERANCE)
             if not any(x0 <= (line["x0"] + line["x1"]) / 2 <= x1 and top <= (line["top"] + line["bottom"]) / 2 <= bottom
                        for x0, top, x1, bottom in boxes)]
    furniture = _page_furniture(page, lines, boxes, height)
    for k, line in enumerate(lines):
        at_edge = line["top"] < height * _EDGE or line["bottom"] > height * (1 - _EDGE)
        placed.append((line["top"], ("furniture" if k in furniture else "line", line["text"], at_edge)))
    for i, table in enumerate(tables, start=1):
        placed.append((table.bbox[1], ("table", (i, *_table_rows(page, table)), False)))
    for top in _figures(page, lines, boxes):
        placed.append((top, ("picture", None, False)))
    placed.sort(key=lambda p: p[0])
    return [item for _top, item in placed], height


def _figures(page, lines: list[dict], boxes: list[tuple]) -> list[float]:
    """The tops of the pictures printed in the body (a chart or photo): at least a fifth of the
    page wide and three lines high, with no text line over them and outside tables. A seal or a
    logo is smaller; a page's background, a watermark or a scanned page has text over it."""
    width = float(page.width or 1)
    out = []
    for image in page.images:
        x0, top, x1, bottom = (float(image[k]) for k in ("x0", "top", "x1", "bottom"))
        if x1 - x0 < width * _FIGURE_WIDTH or bottom - top < _FIGURE_HEIGHT:
            continue
        if any(x0 <= (line["x0"] + line["x1"]) / 2 <= x1 and top <= (line["top"] + line["bottom"]) / 2 <= bottom
               for line in lines):
            continue
        if any(b[0] <= (x0 + x1) / 2 <= b[2] and b[1] <= (top + bottom) / 2 <= b[3] for b in boxes):
            continue
        out.append(top)
    return out


_FIGURE_WIDTH, _FIGURE_HEIGHT = 0.2, 36.0  # a body picture's least share of the page's width; points
_FURNITURE_CHARS = 40  # a running header or footer is short: a unit's or a report's name, a page number
_SENTENCE_END = lazy_compile(r"[。；;]|^注")


def _page_furniture(page, lines: list[dict], boxes: list[tuple], height: float) -> set[int]:
    """Lines of one page certain to be its running header or footer, told by where they stand.

    Repeats over pages find most (:func:`_running_lines`); a one-page draft, or a header its
    first page alone lacks, has none. A line in the top or bottom margin band, set off from the
    body by more than a line's height, is a header or footer when it is set smaller than the
    body text, or, no larger than the body, ruled off from it (Word's 页眉 style draws a line
    under it) or printing again a line of the body (a header repeating the report's title). A
    title standing in the band (narrow margins) is larger than the body, and is kept.
    """
    if not lines:
        return set()
    sizes: Counter[float] = Counter(round(c["size"] * 2) / 2 for c in page.chars)
    body = sizes.most_common(1)[0][0]
    rules = [e for e in page.edges if e["orientation"] == "h" and e["x1"] - e["x0"] > float(page.width or 1) / 3]
    tops = sorted([(line["top"], line["bottom"]) for line in lines] + [(b[1], b[3]) for b in boxes])
    band = [line["bottom"] < height * _EDGE or line["top"] > height * (1 - _EDGE) for line in lines]
    body_texts = {"".join(line["text"].split()) for line, edge in zip(lines, band, strict=True) if not edge}
    out: set[int] = set()
    for k, line in enumerate(lines):
        top, bottom = line["top"], line["bottom"]
        text = "".join(line["text"].split())
        if len(text) > _FURNITURE_CHARS or _SENTENCE_END.search(text):
            continue  # a footnote or a sentence of the body, no header or footer
        if bottom < height * _EDGE:  # a header: the gap is to what stands below it
            below = [t for t, _b in tops if t > bottom]
            gap_from, gap_to = bottom, min(below, default=height)
        elif top > height * (1 - _EDGE):  # a footer: the gap is to what stands above it
            above = [b for _t, b in tops if b < top]
            gap_from, gap_to = max(above, default=0.0), top
        else:
            continue
        if gap_to - gap_from <= bottom - top:
            continue
        size = max(c["size"] for c in line["chars"])
        ruled = any(gap_from + 1 < e["top"] < gap_to - 1 for e in rules)
        repeated = text in body_texts
        if size < body - 0.5 or (size <= body + 0.5 and (ruled or repeated)):
            out.add(k)
    return out


def _table_rows(page, table) -> tuple[list[list[str | None]], set[int], list[list[tuple[float, float] | None]]]:
    """The table's cell texts, a cell's lines joined as its text runs on (see :func:`_cell_text`).

    pdfplumber's own ``extract`` gives a cell's lines joined by newlines, which the rendering
    turned into spaces: a narrow column's wrapped ``全年预`` / ``算数`` read ``全年预 算数`` and a
    wrapped ``1,208.`` / ``75`` two figures. The chars are sorted into rows and cells once here.
    Also returned: the columns of the last row whose text reaches its cell's edge (the page may
    have cut it there), and each cell's left and right x (None for a cell a merged one covers).
    """
    from pdfplumber.utils import extract_text

    out: list[list[str | None]] = []
    chars = page.chars
    reached: set[int] = set()
    spans: list[list[tuple[float, float] | None]] = []
    for row in table.rows:
        reached = set()
        x0, top, x1, bottom = row.bbox
        row_chars = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom]
        texts: list[str | None] = []
        spans.append([(cell[0], cell[2]) if cell else None for cell in row.cells])
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            mine = [c for c in row_chars
                    if cx0 <= (c["x0"] + c["x1"]) / 2 < cx1 and ctop <= (c["top"] + c["bottom"]) / 2 < cbottom]
            texts.append(_cell_text(extract_text(mine), mine, cx1) if mine else "")
            if mine:
                _x0, x1, size = _line_edges(mine)[-1]
                if cx1 - x1 < 1.5 * size + _CELL_PADDING:
                    reached.add(len(texts) - 1)
        out.append(texts)
    return out, reached, spans


_CELL_PADDING = 6.0  # points between a cell's border and its text in Word/WPS/LibreOffice tables


def _cell_text(text: str, chars: list[dict], right: float) -> str:
    """A cell's lines as one text: a line its cell's width broke goes on without a space between
    Chinese characters or the digits of a figure (``全年预`` + ``算数``, ``387,664.`` + ``62``), with
    one between Latin words; a line ending short of the cell's edge ended a paragraph (a space)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    edges = _line_edges(chars)
    if len(edges) != len(lines):  # lines not told apart as extract_text did: keep its breaks as spaces
        return " ".join(lines)
    widest = max(x1 - x0 for x0, x1, _size in edges)
    out = lines[0]
    for k in range(1, len(lines)):
        before, after = out.rstrip(), lines[k].lstrip()
        x0, x1, size = edges[k - 1]
        # the cell's edge stopped the line; or, where merged cells make pdfplumber's cell wider
        # than its column, the line is as wide as the cell's widest but for the next glyph
        at_edge = right - x1 < 1.5 * size + _CELL_PADDING
        full = x1 - x0 + edges[k][2] > widest
        if before and after and _runs_on(before[-1], after[0], at_edge, full):
            out = before + after
        else:
            out = before + " " + after
    return out


def _runs_on(last: str, first: str, at_edge: bool, full: bool) -> bool:
    """Whether a line the cell wrapped joins the next with nothing between: Chinese text does (at
    the cell's edge or as wide as its widest line), a figure only when the edge broke it (``100``
    over ``95`` in a wide cell are two figures)."""
    if ord(last) > 0x2E7F or ord(first) > 0x2E7F:
        return at_edge or full
    figure = "0123456789.,%"
    return at_edge and last in figure and first in figure


def _line_edges(chars: list[dict]) -> list[tuple[float, float, float]]:
    """``(left edge, right edge, glyph size)`` of each line of a cell's chars, top to bottom."""
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: c["top"]):
        if lines and c["top"] - lines[-1][0]["top"] <= 3:  # pdfplumber's y tolerance for lines
            lines[-1].append(c)
        else:
            lines.append([c])
    return [(min(c["x0"] for c in line), max(c["x1"] for c in line), max(c["x1"] - c["x0"] for c in line))
            for line in lines]


def _shape(text: str) -> str:
    """A line with its figures blanked: 第3页 and 第4页 running footers have one shape."""
    return _DIGITS.sub("#", "".join(text.split()))


def _running_lines(pages: list[tuple[list[tuple[str, object, bool]], float]]) -> set[str]:
    """Shapes of edge lines repeated on at least half of the pages (two or more)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for items, _h in pages:
        counts.update({_shape(p) for kind, p, edge in items if kind in ("line", "furniture") and edge})
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) // 2)}
