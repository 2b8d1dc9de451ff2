"""Excel (.xlsx) drafts: each sheet's rows as a table, figures as the sheet displays them.

openpyxl reads the workbook with the values Excel cached for formulas (a total that is a
formula is checked by what the reader sees). A cell is rendered as displayed: its number format
decides the decimals shown (rounded half away from zero, as Excel rounds), the percent sign
(0.955 in a ``0.0%`` cell is ``95.5%``) and the text it adds (``0.00"万元"``) — the displayed
precision is what rounding tolerances are judged by. Merged ranges keep their value
in the top-left cell and are blank elsewhere, as they look. Sheets are separated by a blank line
and each cell remembers its address (``自评表!F12``).
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import warnings
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from perflint.catalogue import msg
from perflint.model import Document
from perflint.read.errors import InputError
from perflint.read.rendering import Rendering
from perflint.text.patterns import lazy_compile

_DECIMALS = lazy_compile(r"0\.(0+)")


def read_xlsx(raw: bytes, path: str) -> Document:
    try:
        import openpyxl  # imported only when an Excel file is read
        from openpyxl.utils import get_column_letter
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise InputError(path, msg("input.needs_package", kind="Excel", package="openpyxl")) from None
    try:
        with warnings.catch_warnings():  # openpyxl warns about parts it skips; the draft is still read
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(raw), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise InputError(path, msg("input.xlsx_open", error=type(exc).__name__, detail=str(exc))) from None
    out = Rendering()
    try:
        for sheet in book.worksheets:
            out.blank()
            merged_to = _merged_extents(sheet)
            for number, row in _rows(sheet):
                cells = [display(c.value, c.number_format) if c is not None else "" for c in row]
                # a merged range's blanks are cells of its table row (a group name spans its
                # columns, a cell merged down stands under its name): the row keeps them to the
                # range's end; a title merged across the sheet alone on its row is no table row
                reach = merged_to.get(number, 0) - sheet.min_column + 1
                if sum(1 for t in cells if t.strip()) < 2:
                    reach = 0
                if reach > len(cells):
                    row = row + [None] * (reach - len(cells))
                    cells = cells + [""] * (reach - len(cells))
                places = [f"{sheet.title}!{get_column_letter(col)}{number}" for col in range(sheet.min_column,
                                                                                             sheet.min_column + len(row))]
                if any(t.strip() for t in cells):
                    out.add_row(cells, places, keep=reach)
                    for c in row:
                        if c is not None and getattr(c, "comment", None) is not None:
                            out.add_comment(out.line_count, out.line_count, c.comment.text or "")
                else:
                    out.blank()
    except Exception as exc:  # a damaged sheet (a bad number format, a broken cell)
        raise InputError(path, msg("input.damaged", kind="Excel", error=type(exc).__name__)) from None
    return out.document(path, "xlsx")


def _merged_extents(sheet) -> dict[int, int]:
    """The last column a merged range reaches in each row it covers."""
    out: dict[int, int] = {}
    for rng in getattr(getattr(sheet, "merged_cells", None), "ranges", ()):
        for r in range(rng.min_row, rng.max_row + 1):
            if rng.max_col > out.get(r, 0):
                out[r] = rng.max_col
    return out


def _rows(sheet) -> Iterator[tuple[int, list]]:
    """``(row number, cells from the sheet's first column)`` for the rows the sheet holds.

    Only the cells the file contains are visited, never the empty grid between them: one
    formatted cell in row 1,048,576 must not make the reader walk a million empty rows. A run
    of missing rows is one empty row (a blank line, as empty rows are rendered).
    """
    held = getattr(sheet, "_cells", None)
    if held is None:  # pragma: no cover - another worksheet kind
        yield from ((row[0].row, list(row)) for row in sheet.iter_rows() if row)
        return
    by_row: dict[int, dict[int, object]] = {}
    for (r, c), cell in list(held.items()):
        by_row.setdefault(r, {})[c] = cell
    first_column, previous = sheet.min_column, None
    for r in sorted(by_row):
        if previous is not None and r > previous + 1:
            yield r - 1, []
        row = by_row[r]
        yield r, [row.get(c) for c in range(first_column, max(row) + 1)]
        previous = r


def display(value: object, number_format: str | None) -> str:
    """``value`` as Excel shows it with ``number_format``: decimals (rounded half away from zero,
    as Excel rounds), thousands separators, percent, and the format's own text (``0.00"万元"``
    shows ``12.50万元``; a quoted ``"%"`` is text, not a percent that scales by 100)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (_dt.datetime, _dt.date)):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, (int, float, Decimal)):
        prefix, fmt, suffix, percent = _number_section(number_format or "General")
        number = Decimal(str(value)) * (100 if percent else 1)
        m = _DECIMALS.search(fmt)
        if m:
            text = f"{number.quantize(Decimal(1).scaleb(-len(m.group(1))), ROUND_HALF_UP):f}"
        elif fmt != "General" and re.search(r"(^|[^.\d])0(?![.\d])", fmt):
            text = f"{number.quantize(Decimal(1), ROUND_HALF_UP):f}"
        else:
            text = format(number.normalize(), "f") if number == number.to_integral_value() else str(number.normalize())
        if "," in fmt.split(".")[0] and "#,##" in fmt:
            whole, _, frac = text.partition(".")
            sign = "-" if whole.startswith("-") else ""
            whole = f"{int(whole.lstrip('-')):,}"
            text = sign + whole + ("." + frac if frac else "")
        return prefix + text + ("%" if percent else "") + suffix
    return str(value)


_PLACEHOLDERS = "0#?.,%"
# A currency sign (会计专用 ``_ ¥* #,##0.00_ ``) is not shown: the table's header names the unit,
# and ``¥1,208.75`` is no figure to perflint's number grammar.
_CURRENCY = str.maketrans("", "", "¥￥$€£")


@lru_cache(maxsize=256)
def _number_section(number_format: str) -> tuple[str, str, str, bool]:
    """``(text before, the digits' pattern, text after, percent)`` of a format's first section.

    Quoted text (``"万元"``), an escaped character (``\\%``) and Chinese characters are shown as
    they are; ``[Red]``/``[$-804]`` codes, ``_x`` padding, ``*x`` fills, currency signs and other
    unquoted characters are not. Only an unquoted ``%`` makes a percent. The first section
    serves every sign: a negative figure keeps its minus sign (a ``(1.00)`` section would read as
    a bracket, not a figure).
    """
    if number_format == "General":
        return "", "General", "", False
    pieces: list[tuple[bool, str]] = []  # (is placeholder, text)
    i, n = 0, len(number_format)
    while i < n:
        ch = number_format[i]
        if ch == ";" or (ch in "Ee" and number_format[i + 1:i + 2] in ("+", "-")):
            break  # the next section; a scientific exponent (shown as its mantissa)
        if ch == '"':
            end = number_format.find('"', i + 1)
            end = n if end < 0 else end
            pieces.append((False, number_format[i + 1:end]))
            i = end + 1
            continue
        if ch == "\\" and i + 1 < n:
            pieces.append((False, number_format[i + 1]))
            i += 2
            continue
        if ch == "[":
            end = number_format.find("]", i + 1)
            i = n if end < 0 else end + 1
            continue
        if ch in "_*":
            i += 2
            continue
        if number_format.startswith("General", i):
            pieces.append((True, "General"))
            i += len("General")
            continue
        if ch in _PLACEHOLDERS:
            pieces.append((True, ch))
        elif ord(ch) > 0x2E7F:  # a unit written unquoted (0.00万元): text; Latin letters are codes
            pieces.append((False, ch))
        i += 1
    marks = [k for k, (is_mark, _t) in enumerate(pieces) if is_mark]
    if not marks:  # text (@), a date or time pattern: the value as it is
        return "", "General", "", False
    first, last = marks[0], marks[-1]
    core = "".join(t for is_mark, t in pieces[first:last + 1] if is_mark)
    percent = "%" in core
    core = core.replace("%", "")
    prefix = "".join(t for _m, t in pieces[:first]).translate(_CURRENCY).strip()
    suffix = "".join(t for _m, t in pieces[last + 1:]).translate(_CURRENCY).strip()
    return prefix, core or "General", suffix, percent
