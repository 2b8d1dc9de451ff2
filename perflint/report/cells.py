"""Terminal cell widths of report text, as :mod:`rich.cells` measures them, without importing it
for the text a report nearly always holds.

The text report measures each finding's line and span (``window``) and the plain screen its
table columns and rules. :mod:`rich.cells` answers by loading its Unicode width table, about
7 M instructions of a one-draft cold start (0.9 %) for lines that are ASCII, CJK ideographs and
CJK punctuation. Those characters have the same width in every Unicode version rich has a table
for (tested: ``tests/report/test_cells.py``), so :func:`cell_len` and :func:`set_cell_size`
count them here and ask :mod:`rich.cells` about any other text, whatever its width table, its
``UNICODE_VERSION`` and its joiners say.
"""

from __future__ import annotations

# One cell: printable ASCII, the Western punctuation Chinese text uses (· × — ‘ ’ “ ” …) and
# the rule line ─.
NARROW = frozenset([*map(chr, range(0x20, 0x7F)), "\u00b7", "\u00d7", "\u2014", "\u2018", "\u2019", "\u201c",
                    "\u201d", "\u2026", "\u2500"])
# Two cells, by code point ranges (inclusive): the ideographic space and 、。〃, the CJK brackets
# 〈〉《》「」『』【】, the CJK Unified Ideographs of Unicode 1.1, the full-width forms ！ to ～.
WIDE_RANGES = ((0x3000, 0x3003), (0x3008, 0x3011), (0x4E00, 0x9FA5), (0xFF01, 0xFF5E))


def _simple_len(text: str) -> int | None:
    """The cells of ``text`` when every character is in :data:`NARROW` or :data:`WIDE_RANGES`."""
    if NARROW.issuperset(text):
        return len(text)
    wide = 0
    narrow = NARROW
    for ch in text:
        if ch in narrow:
            continue
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FA5 or 0xFF01 <= o <= 0xFF5E or 0x3000 <= o <= 0x3003 or 0x3008 <= o <= 0x3011:
            wide += 1
        else:
            return None
    return len(text) + wide


def cell_len(text: str) -> int:
    """``rich.cells.cell_len(text)``."""
    size = _simple_len(text)
    if size is None:
        from rich.cells import cell_len as rich_cell_len

        return rich_cell_len(text)
    return size


def set_cell_size(text: str, total: int) -> str:
    """``rich.cells.set_cell_size(text, total)``: cropped or padded with spaces to ``total`` cells."""
    if NARROW.issuperset(text):  # rich's own path for text of one-cell characters
        size = len(text)
        if size < total:
            return text + " " * (total - size)
        return text[:total]
    size = _simple_len(text)
    if size is not None:
        if total <= 0:
            return ""
        if size == total:
            return text
        if size < total:
            return text + " " * (total - size)
    from rich.cells import set_cell_size as rich_set_cell_size  # a crop through wide characters

    return rich_set_cell_size(text, total)
