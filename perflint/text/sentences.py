"""The one sentence splitter: where a sentence, a statement and a clause of a draft end.

Chinese drafts end a sentence with 。！？ and very often a statement with ；or a line break
(a list item, a cell). Rules need one of two grains:

* a **sentence** (:func:`sentences`) — 。！？ outside brackets, the stop kept: an arithmetic
  relation (`预算 30 万元，执行 27 万元，执行率 90%`) never spans two of them, and a
  parenthetical `（其中：…。）` belongs to the sentence around it;
* a **statement** (:func:`statements`, :func:`statement_around`) — also cut at ；and line
  breaks, the stop dropped: the scope of a label, a year or a claim.

Half-width stops count the same as full-width ones (text pasted from PDFs and web pages).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from perflint.text.memo import MAX_CHARS, remember_short
from perflint.text.patterns import compile_pattern, lazy_compile

SENTENCE_END = "。！？!?"
STATEMENT_END = "。；;！!？?\n"
CLAUSE_END = STATEMENT_END + "，,：:"
OPEN_BRACKETS = "（(【["
CLOSE_BRACKETS = "）)】]"
# The characters each splitter looks at: the loops visit only them, not every character.
_SENTENCE_MARK = compile_pattern("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + SENTENCE_END) + "]")
_STATEMENT_MARK = compile_pattern("[" + re.escape(STATEMENT_END) + "]")


@remember_short(8192)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each sentence, its stop included; a stop inside brackets does not end it.

    A pure function of the text, remembered (a tuple of tuples: nobody may change it): half a
    dozen extractors split the same paragraph or cell in turn (its figures, its changes, its
    lists). A short text's answer is a dict lookup; the last few long ones are kept apart."""
    if len(text) > MAX_CHARS:
        return _long_sentences(text)
    return _split_sentences(text)


@remember_short(8192)
def statements(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each statement that is not blank, its stop excluded (remembered as
    :func:`sentences` is)."""
    if len(text) > MAX_CHARS:
        return _long_statements(text)
    return _split_statements(text)


def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    out, start, depth = [], 0, 0
    for m in _SENTENCE_MARK.finditer(text):  # brackets and stops only, found by the regex engine
        i, ch = m.start(), m.group()
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif ch in SENTENCE_END and depth == 0:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out)


def _split_statements(text: str) -> tuple[tuple[int, int], ...]:
    out, start = [], 0
    for m in _STATEMENT_MARK.finditer(text):
        i = m.start()
        if text[start:i].strip():
            out.append((start, i))
        start = i + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return tuple(out)


# The last few long texts (paragraphs): the extractors of one paragraph ask one after the other.
_long_sentences = lru_cache(maxsize=8)(_split_sentences)
_long_statements = lru_cache(maxsize=8)(_split_statements)


def statement_start(text: str, pos: int) -> int:
    """Where the statement holding ``pos`` begins.

    In a text of middling length, looked for in windows that double backwards from ``pos``
    (each searched in C); in a short or a long one, a bisection in the text's stops, listed
    once (:func:`_short_stops`, remembered; :func:`_stops`): a
    statement thousands of characters long (a paragraph without a full stop, asked about at
    each of its figures and dates) would otherwise cost its length at every question."""
    if pos <= 0:
        return pos
    if len(text) > LONG_TEXT or len(text) <= MAX_CHARS:
        # a short text's stops are remembered with it (the figures of a cell or a sentence ask
        # in turn, and so do the checks after them): a bisection, not a search backwards
        stops = _stops(text) if len(text) > LONG_TEXT else _short_stops(text)
        i = bisect_left(stops, min(pos, len(text)))
        return stops[i - 1] + 1 if i else 0
    end, width = pos, 64
    while end > 0:
        lo = max(0, end - width)
        window = text[lo:end]
        last = max(map(window.rfind, STATEMENT_END))  # map: no generator step per mark
        if last >= 0:
            return lo + last + 1
        end, width = lo, width * 2
    return 0


def statement_end(text: str, pos: int) -> int:
    """Where the statement holding ``pos`` ends: the next stop at or after ``pos`` (or the
    text's end); in a long text, a bisection in its stops as :func:`statement_start` does."""
    if len(text) > LONG_TEXT:
        stops = _stops(text)
        i = bisect_left(stops, max(0, pos))
        return stops[i] if i < len(stops) else max(pos, len(text))
    m = _STOP.search(text, max(0, pos))  # the first stop at or after pos, found in C
    return m.start() if m is not None else max(pos, len(text))


LONG_TEXT = 4096  # characters: past this, a text's stops are listed once and bisected


@lru_cache(maxsize=4)
def _stops(text: str) -> list[int]:
    """Where ``text``'s statement ends are, in order (the last few long texts asked about)."""
    return [m.start() for m in _STOP.finditer(text)]


_STOP = lazy_compile("[" + re.escape(STATEMENT_END) + "]")


@remember_short(8192)
def _short_stops(text: str) -> tuple[int, ...]:
    """Where a short text's statement ends are, in order (remembered: a tuple nobody changes)."""
    return tuple(m.start() for m in _STOP.finditer(text))


def statement_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The statement around ``text[start:end]``: from after the previous stop to the next one."""
    return statement_start(text, start), statement_end(text, end)


def inside_book_title(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside 《…》 (an open 《 before it and its 》 after it): the name of a
    document the text cites, not the text's own words."""
    opened = text.rfind("《", 0, pos)
    if opened < 0 or text.rfind("》", 0, pos) > opened:
        return False
    return text.find("》", pos) >= 0
