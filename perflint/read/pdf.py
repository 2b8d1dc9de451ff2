"""Published PDF drafts: each page's text lines in reading order, and the tables pdfplumber finds.

Lines outside tables are rendered as text (``第3页 第12行``), tables as tab-separated rows
(``第3页 表1 第2行``), in the order they stand on the page. Running headers and footers — the
same line at the top or bottom of most pages — and page numbers at a page's edge are debris and
dropped. A table that ends its page and goes on at the top of the next (same columns; its header
printed again or not) is one table, so its 合计 row is checked against all its rows. A PDF with no text layer is a scan: it is refused with
a message that OCR is needed first, never linted as an empty draft.
"""

from __future__ import annotations

import io
import logging
from collections import Counter

from perflint.catalogue import msg
from perflint.model import Document
from perflint.read.errors import InputError
from perflint.read.rendering import Rendering
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
    if not any(items for items, _ in pages):
        raise InputError(path, msg("input.pdf_no_text"))
    debris = _running_lines(pages)
    out = Rendering()
    open_table: list[str] | None = None  # header of a table that ended its page: it may go on
    for number, (items, _height) in enumerate(pages, start=1):
        kept = [(kind, payload) for kind, payload, edge in _numbered(items)
                if not (kind == "line" and edge and (_shape(payload[1]) in debris or _PAGE_NUMBER.match(payload[1])))]
        continues = bool(kept) and open_table is not None and kept[0][0] == "table" \
            and bool(kept[0][1][1]) and len(kept[0][1][1][0]) == len(open_table)
        if not continues:
            out.blank()
        previous_header, open_table = open_table or [], None
        for i, (kind, payload) in enumerate(kept):
            if kind == "line":
                line_no, text = payload
                out.add_line(text, f"第{number}页 第{line_no}行")
                continue
            table_no, rows = payload
            first_row = 1
            if i == 0 and continues:
                if [c or "" for c in rows[0]] == previous_header:
                    rows, first_row = rows[1:], 2  # the header printed again at the top of the page
            else:
                out.blank()
                previous_header = [c or "" for c in rows[0]] if rows else []
            for r, cells in enumerate(rows, start=first_row):
                out.add_row([c or "" for c in cells], [f"第{number}页 表{table_no} 第{r}行"] * len(cells))
            if i == len(kept) - 1 and rows:
                open_table = previous_header
            else:
                out.blank()
        if open_table is None:
            out.blank()
    return out.document(path, "pdf")


def _numbered(items: list[tuple[str, object, bool]]) -> list[tuple[str, object, bool]]:
    """Text lines numbered as they stand on the page (``第3页 第12行`` counts dropped lines too)."""
    out, line_no = [], 0
    for kind, payload, edge in items:
        if kind == "line":
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
    for line in page.extract_text_lines(keep_blank_chars=False, y_tolerance=_Y_TOLERANCE):
        middle_x = (line["x0"] + line["x1"]) / 2
        middle_y = (line["top"] + line["bottom"]) / 2
        if any(x0 <= middle_x <= x1 and top <= middle_y <= bottom for x0, top, x1, bottom in boxes):
            continue
        at_edge = line["top"] < height * _EDGE or line["bottom"] > height * (1 - _EDGE)
        placed.append((line["top"], ("line", line["text"], at_edge)))
    for i, table in enumerate(tables, start=1):
        placed.append((table.bbox[1], ("table", (i, table.extract()), False)))
    placed.sort(key=lambda p: p[0])
    return [item for _top, item in placed], height


def _shape(text: str) -> str:
    """A line with its figures blanked: 第3页 and 第4页 running footers have one shape."""
    return _DIGITS.sub("#", "".join(text.split()))


def _running_lines(pages: list[tuple[list[tuple[str, object, bool]], float]]) -> set[str]:
    """Shapes of edge lines repeated on at least half of the pages (two or more)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for items, _h in pages:
        counts.update({_shape(p) for kind, p, edge in items if kind == "line" and edge})
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) // 2)}
