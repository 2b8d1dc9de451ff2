"""Readings in pinyin that a mirror site prints after the hard characters of a page.

Some sites that republish government pages annotate characters with their pinyin in brackets
(``預(yù)算``, ``決(jué)算``, ``經(jīng)費``): the words are broken wherever a reading stands, and a
rule that reads a word or a phrase (完成预算, 决算数大于预算数) misses it. A draft that holds such
readings is read without them; its findings point at its own columns (:func:`source_column`).
"""

from __future__ import annotations

from bisect import bisect_right

from perflint.text.patterns import lazy_compile

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A syllable with a tone mark, in ASCII brackets right after a Han character: what the mirror
# prints. A bracket of plain letters (``(a)``, ``(nf)``) or of words is no reading.
# (The bracket is searched for first, a literal the engine finds fast; the Han character before
# it is asked of each of the few matches.)
_READING = lazy_compile(rf"\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)")
_MIN_READINGS = 3  # a page the mirror annotated holds many; one such bracket may be a draft's own
# A reading whose character and opening bracket the mirror garbled into ``?`` (``遵守?zé)o菌``): the
# syllable and its closing bracket are left; read out only of a page that holds readings.
_BROKEN_READING = lazy_compile(rf"(?<=[?？])(?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)")


def strip_readings(text: str) -> tuple[str, dict[int, tuple[list[int], list[int]]]] | None:
    """``text`` without its readings, and for each 1-based line that held one the columns the
    readings were taken out before (0-based, in the text without them) and how many characters
    had been taken out up to each; None when the text holds fewer than a few readings."""
    if "(" not in text:
        return None
    found = [m for m in _READING.finditer(text) if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff"]
    if len(found) < _MIN_READINGS:
        return None
    if "?" in text or "？" in text:
        found = sorted([*found, *_BROKEN_READING.finditer(text)], key=lambda m: m.start())
    pieces: list[str] = []
    drops: dict[int, tuple[list[int], list[int]]] = {}
    at = line = 0
    line_start = removed_in_line = 0  # where the line starts in the original text; taken out of it so far
    scanned = 0
    for m in found:
        newlines = text.count("\n", scanned, m.start())
        if newlines:
            line += newlines
            line_start = text.rfind("\n", 0, m.start()) + 1
            removed_in_line = 0
        scanned = m.start()
        pieces.append(text[at:m.start()])
        at = m.end()
        removed_in_line += m.end() - m.start()
        columns, removed = drops.setdefault(line + 1, ([], []))
        columns.append(m.start() - line_start - (removed_in_line - (m.end() - m.start())))
        removed.append(removed_in_line)
    pieces.append(text[at:])
    return "".join(pieces), drops


def source_column(drops: tuple[list[int], list[int]] | None, column: int) -> int:
    """The 1-based column in the draft's own line of the character at 1-based ``column`` of the
    line read without its readings (``drops``: :func:`strip_readings`'s entry for the line)."""
    if not drops:
        return column
    columns, removed = drops
    k = bisect_right(columns, column - 1)  # readings taken out before that character
    return column + (removed[k - 1] if k else 0)


def source_end_column(drops: tuple[list[int], list[int]] | None, end_column: int) -> int:
    """The exclusive end column in the draft's own line of a span ending before ``end_column``
    of the line read without its readings: right after its last character (a reading after
    that character is left out of the span)."""
    if not drops or end_column <= 1:
        return end_column
    return source_column(drops, end_column - 1) + 1
