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
