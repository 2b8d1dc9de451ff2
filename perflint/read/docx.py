"""Word (.docx) drafts: body paragraphs and tables in document order, as perflint sees them.

python-docx gives the XML; this module renders it (see :mod:`perflint.read.rendering`):

- paragraph text as accepted — inserted runs kept, deleted runs dropped (tracked changes);
  text boxes, headers, footers and footnotes are not part of the body flow and are skipped;
- automatic list numbering computed the way Word shows it (``一、`` ``（二）`` ``3.``), since
  the numbering is not in the text and perflint's numbering checks need it;
- paragraphs in heading styles (Heading 1 / 标题 1 …) rendered as headings;
- a paragraph holding only a picture, chart or embedded object rendered as ``[图片]``: it is
  content (a chart under 如下：), where an empty line would leave its heading empty;
- tables with merged cells resolved: a cell spanning columns or continuing a vertical merge
  is given to its first grid position and left blank elsewhere, as a merged cell looks; a row
  that starts further right (``w:gridBefore``) keeps its cells under their columns;
- content controls (``w:sdt``, the 填写 fields of form templates) and custom XML wrappers are
  read through: the paragraphs, tables, rows and cells inside them are the document's own, and
  a table nested in a cell gives its text to the cell.
"""

from __future__ import annotations

import io
import re

from perflint.catalogue import msg
from perflint.model import Document
from perflint.read.errors import InputError
from perflint.read.rendering import PICTURE, Rendering
from perflint.text.patterns import lazy_compile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = lazy_compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_CN_DIGITS = "零一二三四五六七八九"
_MAX_COLUMNS = 64  # Word tables have at most 63 columns; a larger span is damage
_PICTURE_TAGS = (W + "drawing", W + "pict", W + "object")


def read_docx(raw: bytes, path: str) -> Document:
    try:
        import docx  # imported only when a Word file is read
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(path, msg("input.needs_package", kind="Word", package="python-docx")) from None
    try:
        word = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(path, msg("input.docx_open", detail=str(exc))) from None
    except Exception as exc:  # malformed XML inside a valid ZIP
        raise InputError(path, msg("input.damaged", kind="Word", error=type(exc).__name__)) from None
    try:
        rendering = _render(word)
    except Exception as exc:  # malformed parts the package opened without complaint
        raise InputError(path, msg("input.damaged", kind="Word", error=type(exc).__name__)) from None
    # outside the guard: a fault of perflint's own reading is an internal error, not a damaged file
    return rendering.document(path, "docx", heading_context=True)


def _render(word) -> Rendering:
    numbering = _Numbering(word)
    styles = {s.style_id: s.name or "" for s in word.styles} if word.styles is not None else {}
    out = Rendering()
    comment_lines: dict[str, list[int]] = {}
    paragraph_no = table_no = 0
    for child in _content(word.element.body):
        if child.tag == W + "p":
            paragraph_no += 1
            text = numbering.label(child) + paragraph_text(child)
            if not text.strip() and _holds_picture(child):
                text = PICTURE  # a chart or photo: the content a heading or a 如下： stands over
            level = _heading_level(child, styles)
            if level and text.strip():
                text = "#" * level + " " + text
            out.add_line(text, f"段落 {paragraph_no}")
            _note_comments(child, out.line_count, comment_lines)
        elif child.tag == W + "tbl":
            table_no += 1
            out.blank()
            for r, (tr, cells) in enumerate(zip(_content(child, W + "tr"), table_grid(child), strict=False), start=1):
                before = out.line_count
                out.add_row(cells, [f"表{table_no} 第{r}行 第{c}列" for c in range(1, len(cells) + 1)])
                if out.line_count > before and out.lines[-1]:
                    _note_comments(tr, out.line_count, comment_lines)
            out.blank()
    texts = _comment_texts(word)
    for cid, lines in comment_lines.items():
        if cid in texts:
            out.add_comment(min(lines), max(lines), texts[cid])
    return out


_COMMENT_TAGS = (W + "commentRangeStart", W + "commentRangeEnd", W + "commentReference")


def _holds_picture(p) -> bool:
    """Whether the paragraph places a picture, chart or embedded object (DrawingML, VML or OLE)."""
    return any(True for tag in _PICTURE_TAGS for _ in p.iter(tag))


def _note_comments(el, line: int, seen: dict[str, list[int]]) -> None:
    """Remember that the comments anchored in ``el`` touch rendered ``line``."""
    for tag in _COMMENT_TAGS:
        for mark in el.iter(tag):
            cid = mark.get(W + "id")
            if cid is not None:
                seen.setdefault(cid, []).append(line)


def _comment_texts(word) -> dict[str, str]:
    """Comment id → its text (a document without comments, or an odd comments part: none)."""
    try:
        return {str(c.comment_id): c.text or "" for c in word.comments}
    except Exception:  # noqa: BLE001 - comments are optional; never fail reading for them
        return {}


def paragraph_text(p) -> str:
    """The paragraph's text as accepted: w:t outside deletions and text boxes, breaks as spaces."""
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == W + "t" and not _inside(el, p, (W + "del", W + "txbxContent")):
            parts.append(el.text or "")
        elif tag in (W + "tab", W + "br", W + "cr") and not _inside(el, p, (W + "del", W + "txbxContent")):
            parts.append(" ")
    return "".join(parts)


def _inside(el, stop, tags: tuple[str, ...]) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags or parent.tag.endswith("}txbxContent"):
            return True
        parent = parent.getparent()
    return False


def _heading_level(p, styles: dict[str, str]) -> int:
    ppr = p.find(W + "pPr")
    style = ppr.find(W + "pStyle") if ppr is not None else None
    if style is None:
        return 0
    name = styles.get(style.get(W + "val"), style.get(W + "val") or "")
    m = _HEADING_STYLE.match(name.strip())
    return min(int(m.group(1)), 6) if m else 0


def table_grid(tbl) -> list[list[str]]:
    """Rows of cell texts with merged cells resolved to their first grid position."""
    rows: list[list[str]] = []
    for tr in _content(tbl, W + "tr"):
        # a row Word starts further right (w:gridBefore: grid columns before its first cell,
        # as rows of pasted or converted forms are) keeps its cells under their columns
        row: list[str] = [""] * _grid_before(tr)
        for tc in _content(tr, W + "tc"):
            tcpr = tc.find(W + "tcPr")
            span, continued = 1, False
            if tcpr is not None:
                gs = tcpr.find(W + "gridSpan")
                if gs is not None and (gs.get(W + "val") or "").isdigit():
                    span = min(max(1, int(gs.get(W + "val"))), _MAX_COLUMNS)
                vm = tcpr.find(W + "vMerge")
                continued = vm is not None and vm.get(W + "val") in (None, "continue")
            text = "" if continued else _cell_text(tc)
            row.append(text)
            row.extend([""] * (span - 1))
        rows.append(row)
    return rows


def _grid_before(tr) -> int:
    trpr = tr.find(W + "trPr")
    before = trpr.find(W + "gridBefore") if trpr is not None else None
    value = before.get(W + "val") or "" if before is not None else ""
    return min(int(value), _MAX_COLUMNS) if value.isdigit() else 0


# Elements that only wrap content: a content control's box (its properties are no text) and
# custom XML markup. What they hold stands where they stand.
_WRAPPERS = (W + "sdt", W + "sdtContent", W + "customXml")
_BLOCKS = (W + "p", W + "tbl")


def _content(parent, *tags: str):
    """``parent``'s children with ``tags`` (paragraphs and tables by default), in order, read
    through content controls and custom XML wrappers at any depth."""
    wanted = tags or _BLOCKS
    for child in parent.iterchildren():
        if child.tag in wanted:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _content(child, *wanted)


def _cell_text(tc) -> str:
    """A cell's paragraphs as one text; a table nested in the cell gives its cells' text."""
    parts: list[str] = []
    for block in _content(tc):
        if block.tag == W + "p":
            parts.append(paragraph_text(block))
        else:
            parts.extend(" ".join(t for t in row if t) for row in table_grid(block))
    return " ".join(parts).strip()


class _Numbering:
    """Word's automatic list numbers, computed per list and level as Word displays them."""

    def __init__(self, word) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            part = word.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iterchildren(W + "abstractNum"):
            lv = {}
            for lvl in an.iterchildren(W + "lvl"):
                raw_level = lvl.get(W + "ilvl") or "0"
                if not raw_level.isdigit():
                    continue  # a damaged level definition: its paragraphs get no number
                ilvl = int(raw_level)
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                lv[ilvl] = (fmt.get(W + "val") if fmt is not None else "decimal",
                            text.get(W + "val") if text is not None else "",
                            int(start.get(W + "val")) if start is not None and (start.get(W + "val") or "").isdigit() else 1)
            abstract[an.get(W + "abstractNumId")] = lv
        for num in root.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})

    def label(self, p) -> str:
        ppr = p.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is None:
            return ""
        num_id = numpr.find(W + "numId")
        ilvl_el = numpr.find(W + "ilvl")
        nid = num_id.get(W + "val") if num_id is not None else None
        ilvl = int(ilvl_el.get(W + "val")) if ilvl_el is not None and (ilvl_el.get(W + "val") or "").isdigit() else 0
        levels = self.levels.get(nid or "")
        if not levels or ilvl not in levels or ilvl > 8:
            return ""
        counts = self.counters.setdefault(nid, [0] * 9)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else levels[ilvl][2]
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        fmt, text, _start = levels[ilvl]
        if fmt == "bullet" or fmt == "none":
            return ""

        def number(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            lf = levels.get(k, ("decimal", "", 1))[0]
            return _format(counts[k] or levels.get(k, ("", "", 1))[2], lf)

        return re.sub(r"%(\d)", number, text)


def _format(n: int, fmt: str) -> str:
    if fmt.startswith("chinese") or fmt in ("ideographTraditional", "taiwaneseCounting", "japaneseCounting"):
        return chinese_number(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (list numbers stay below 100)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
