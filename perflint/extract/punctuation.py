"""Paired punctuation as drafts get it wrong: a quotation closed with an opening mark.

Word's smart quotes turn a straight ``"`` typed at the end of a phrase into ``“`` when the
previous character is a CJK character, so ``“三个到位“`` is common in real drafts.
"""

from __future__ import annotations

from dataclasses import dataclass

_PAIRS = {"“": "”", "‘": "’"}


@dataclass(frozen=True)
class QuoteSlip:
    start: int  # offset of the wrong closing mark
    opening: int  # offset of the mark it should close
    wrong: str
    right: str


def unbalanced_quotes(text: str) -> list[QuoteSlip]:
    """Opening marks that stand where the quotation they follow should close.

    Only a second opening mark of the same kind met while a quotation is still open, with no
    closing mark anywhere after it before the next opening one, counts: nested quotations use the
    other pair (“…‘…’…”), so the same mark twice in a row is a slip, not nesting.
    """
    slips: list[QuoteSlip] = []
    for opening, closing in _PAIRS.items():
        open_at: int | None = None
        for i, ch in enumerate(text):
            if ch == opening:
                if open_at is None:
                    open_at = i
                    continue
                nxt_close = text.find(closing, i + 1)
                nxt_open = text.find(opening, i + 1)
                if nxt_close == -1 or (nxt_open != -1 and nxt_open < nxt_close):
                    slips.append(QuoteSlip(i, open_at, opening, closing))
                    open_at = None
                else:
                    open_at = i  # the earlier mark was the stray one; let the pair close normally
            elif ch == closing:
                open_at = None
    return slips


# Bracket pairs by kind. Half- and full-width parentheses are one kind (drafts mix them, and
# the text importer does not normalise them); so are the square brackets a document number
# is written with (〔2023〕, [2023], 【2023】, ［2023］): mixing those is style, not imbalance.
_OPENERS = {"(": "paren", "（": "paren", "〔": "square", "[": "square", "【": "square", "［": "square",
            "《": "book", "〈": "angle"}
_CLOSERS = {")": "paren", "）": "paren", "〕": "square", "]": "square", "】": "square", "］": "square",
            "》": "book", "〉": "angle"}
# What may stand before a list marker's lone closing bracket (1) 一) a)): the text's start,
# whitespace or a punctuation mark that ends a phrase.
_MARKER_LEAD = set(" \t\n\u3000。；;，,：:、！!？?”\"")
_ORDINAL = set("0123456789０１２３４５６７８９一二三四五六七八九十abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
_MAX_ORDINAL = 3


@dataclass(frozen=True)
class BracketSlip:
    """A bracket without its partner: ``kind`` is ``unclosed`` (an opening mark never closed)
    or ``stray`` (a closing mark with nothing open of its kind)."""

    start: int
    mark: str
    kind: str


def unbalanced_brackets(text: str) -> list[BracketSlip]:
    """Opening brackets never closed and closing brackets with nothing to close, in one text.

    A closing mark that meets an open bracket of another kind closes its own kind further down
    the stack, and the brackets it skips are the unclosed ones ((某发〔2019 10号) leaves 〔
    open); a closing mark whose kind is not open at all is stray (某财〔2021〕5号) with no “(”).
    A list marker's lone closing bracket (1) 2) a)) is not stray.
    """
    slips: list[BracketSlip] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        kind = _OPENERS.get(ch)
        if kind:
            stack.append((kind, i))
            continue
        kind = _CLOSERS.get(ch)
        if not kind:
            continue
        depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == kind), None)
        if depth is None:
            if not _list_marker(text, i):
                slips.append(BracketSlip(i, ch, "stray"))
            continue
        slips.extend(BracketSlip(p, text[p], "unclosed") for _k, p in stack[depth + 1:])
        del stack[depth:]
    # Left open at the end: only when nothing of its kind closes after it. (A（B）C has one
    # closing mark for two openings and no way to tell which one lacks its partner: a template
    # sentence many units copy reads so.)
    slips.extend(BracketSlip(p, text[p], "unclosed") for k, p in stack
                 if not any(_CLOSERS.get(ch) == k for ch in text[p + 1:]))
    return sorted(slips, key=lambda s: s.start)


def bracket_family(mark: str) -> str:
    """The kind a bracket belongs to (``paren``, ``square``, ``book``, ``angle``), or ``""``."""
    return _OPENERS.get(mark) or _CLOSERS.get(mark) or ""


def _list_marker(text: str, close: int) -> bool:
    """Whether the closing bracket at ``close`` ends a list marker such as ``1)`` or ``二)``."""
    j = close
    while j > 0 and close - j < _MAX_ORDINAL and text[j - 1] in _ORDINAL:
        j -= 1
    return j < close and (j == 0 or text[j - 1] in _MARKER_LEAD)
