"""Standard terms inside the titles of cited documents (《…》), typed with a piece of them again.

A slip of the hand that runs ahead: ``《预算管理绩效管理工作考核办法》`` for 预算绩效管理 — the
term's last two characters typed once too early, then the term went on. The title less that
piece holds a standard term of the vocabulary across the place it was cut from, the other copy of
the piece inside the term, and the title as written does not hold the term: two words of a title
that share a character pair (《城市管理专项资金管理办法》) give no term across either cut.

Read in the titles of cited documents only: a title is written once, copied from the document it
names, and its words are the vocabulary's; a word typed twice side by side (``食品食品``) is D208's,
and a heading's whole title garbled so is T801's outline reading (``part_heads``).
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.patterns import lazy_compile

_TITLE = lazy_compile(r"《([^《》\n]{4,80})》")
# a pair of Chinese characters written again one to six characters on (each place: overlapping)
_PAIR_AGAIN = lazy_compile(r"(?=(([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,6}?\2))")
MIN_TERM = 5  # characters of a standard term: shorter ones are read across too many cuts
MAX_TERM = 16


@dataclass(frozen=True)
class RetypedPiece:
    """``text[start:end]`` is ``written``, the standard ``term`` with a two-character piece of it
    typed once more inside it."""

    start: int
    end: int
    written: str
    term: str


def retyped_pieces(text: str) -> list[RetypedPiece]:
    """Every standard term of ``text``'s cited titles typed with a piece of it again (see the
    module)."""
    if "《" not in text:  # searches in C
        return []
    known = None
    found: list[RetypedPiece] = []
    spans: set[tuple[int, int]] = set()
    for t in _TITLE.finditer(text):
        title, at = t.group(1), t.start(1)
        for m in _PAIR_AGAIN.finditer(title):
            if known is None:
                from perflint.extract.terms import vocabulary

                known = vocabulary().known
            p, q = m.start(), m.start() + len(m.group(1)) - 2  # the two copies of the pair
            best: tuple[int, int, str] | None = None
            for cut, kept in ((p, q - 2), (q, p)):
                rest = title[:cut] + title[cut + 2:]
                # a term across the cut (a character of it on each side) holding the other copy
                for a in range(max(0, min(cut - 1, kept)), max(-1, cut - MAX_TERM), -1):
                    if a > kept:
                        continue
                    for b in range(max(cut + 1, kept + 2, a + MIN_TERM), min(len(rest), a + MAX_TERM) + 1):
                        term = rest[a:b]
                        if term in known and term not in title and (best is None or len(term) > len(best[2])):
                            best = (a, b + 2, term)
            if best is not None and (at + best[0], at + best[1]) not in spans:
                a, b, term = best
                spans.add((at + a, at + b))
                found.append(RetypedPiece(at + a, at + b, title[a:b], term))
    return found
