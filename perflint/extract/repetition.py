"""Text written twice in a row: a doubled word (区政府政府, 原因原因是) or a doubled sentence.

A draft's author types or pastes a word twice, or pastes the same sentence twice, and nobody
reads the result aloud. Doubled words are found by :func:`perflint.extract.slips.repeated_words`
(one finder for every family: reduplication, place names, flattened table cells and header
words joined by the reader are left alone there); this module adds whole sentences and puts
the two together.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from perflint.extract.slips import repeated_words

_CJK = "\u4e00-\u9fff"
# A sentence (six or more characters, ending in a sentence mark) immediately written again.
_DOUBLED_SENTENCE = re.compile(r"([^。！？；!?;\n]{6,}?[。！？；!?;])\s*\1")


@dataclass(frozen=True)
class Doubling:
    """``text[start:end]`` is ``unit`` written twice."""

    start: int
    end: int
    unit: str
    kind: str  # "word" or "sentence"


def doubled_words(text: str, breaks: Collection[int] = ()) -> list[Doubling]:
    """Words of two or more characters written twice in a row in ``text``."""
    return [Doubling(r.start, r.end, r.unit, "word") for r in repeated_words(text, breaks)]


def doubled_sentences(text: str) -> list[Doubling]:
    """Sentences written twice back to back in ``text``."""
    out = []
    for m in _DOUBLED_SENTENCE.finditer(text):
        unit = m.group(1)
        if len(re.findall(rf"[{_CJK}]", unit)) < 6:
            continue
        out.append(Doubling(m.start(), m.end(), unit, "sentence"))
    return out


def doublings(text: str, breaks: Collection[int] = ()) -> list[Doubling]:
    """Every doubled sentence, and every doubled word outside them (``breaks``: offsets where a
    new source line begins; a run across one is two cells or lines joined by the reader)."""
    sentences = doubled_sentences(text)
    words = [w for w in doubled_words(text, breaks) if not any(s.start <= w.start < s.end for s in sentences)]
    return sorted(sentences + words, key=lambda d: d.start)
