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

from perflint.text.patterns import compile_pattern

SENTENCE_END = "。！？!?"
STATEMENT_END = "。；;！!？?\n"
CLAUSE_END = STATEMENT_END + "，,：:"
OPEN_BRACKETS = "（(【["
CLOSE_BRACKETS = "）)】]"
# The characters each splitter looks at: the loops visit only them, not every character.
_SENTENCE_MARK = compile_pattern("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + SENTENCE_END) + "]")
_STATEMENT_MARK = compile_pattern("[" + re.escape(STATEMENT_END) + "]")


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, its stop included; a stop inside brackets does not end it."""
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
    return out


def statements(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each statement that is not blank, its stop excluded."""
    out, start = [], 0
    for m in _STATEMENT_MARK.finditer(text):
        i = m.start()
        if text[start:i].strip():
            out.append((start, i))
        start = i + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def statement_start(text: str, pos: int) -> int:
    """Where the statement holding ``pos`` begins."""
    while pos > 0 and text[pos - 1] not in STATEMENT_END:
        pos -= 1
    return pos


def statement_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The statement around ``text[start:end]``: from after the previous stop to the next one."""
    e = end
    while e < len(text) and text[e] not in STATEMENT_END:
        e += 1
    return statement_start(text, start), e
