"""Text written twice in a row: a doubled word (区政府政府, 原因原因是) or a doubled sentence.

A draft's author types or pastes a word twice, or pastes the same sentence twice, and nobody
reads the result aloud. What *looks* doubled but is not:

- a place name whose last character starts the next word: ``某城市城市建设档案馆`` is
  ``某城市`` + ``城市建设``; a two-character unit that ends in an administrative suffix
  (市 县 区 …) is skipped;
- cells of a flattened table: target and actual side by side (``显著提升显著提升10``) or
  two header cells (``年初预算数全年预算数全年执行数``): a run beside a figure, or crossed by a
  form term, is skipped;
- reduplicated words (常常, 看看, 一步一步): only runs of two or more different characters
  count, and not 一X一X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from perflint import data
from perflint.extract.terms import vocabulary

_CJK = "\u4e00-\u9fff"
# A run of 2-8 Chinese characters immediately written again.
_DOUBLED_WORD = re.compile(rf"([{_CJK}]{{2,8}})\1")
# A sentence (six or more characters, ending in a sentence mark) immediately written again.
_DOUBLED_SENTENCE = re.compile(r"([^。！？；!?;\n]{6,}?[。！？；!?;])\s*\1")
_FIGURE = re.compile(r"[0-9０-９%％]")


@dataclass(frozen=True)
class Doubling:
    """``text[start:end]`` is ``unit`` written twice."""

    start: int
    end: int
    unit: str
    kind: str  # "word" or "sentence"


def _place_suffixes() -> frozenset[str]:
    return frozenset(data.load("duplicates").get("place_suffixes") or "")


def _header_words() -> frozenset[str]:
    return frozenset(data.load("duplicates").get("header_words") or ())


def _crossed_by_term(text: str, start: int, middle: int) -> bool:
    """A form term spans the seam between the two copies: two header cells, not a doubling."""
    vocab = vocabulary()
    headers = _header_words()
    for i in range(start, middle):
        window = text[i:]
        if any(window.startswith(h) and i + len(h) > middle for h in headers):
            return True
        for length in vocab.lengths_by_first.get(text[i], ()):
            if i + length > middle and text[i:i + length] in vocab.known:
                return True
    return False


def _is_word(text: str) -> bool:
    return text in vocabulary().known or text in _header_words()


def _two_header_words(text: str, start: int, middle: int, end: int) -> bool:
    """The first copy ends a longer term and the second begins one (二级指标|指标内容)."""
    longest = 12
    ends_term = any(_is_word(text[k:middle]) for k in range(max(0, middle - longest), start))
    starts_term = any(_is_word(text[middle:k]) for k in range(end + 1, min(len(text), middle + longest) + 1))
    return ends_term and starts_term


def _beside_figure(text: str, start: int, end: int) -> bool:
    """A figure next to the run (spaces aside): cells of a table row flattened into text."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return bool(_FIGURE.match(before) or _FIGURE.match(after))


def doubled_words(text: str) -> list[Doubling]:
    """Words of two or more characters written twice in a row in ``text``."""
    out = []
    suffixes = _place_suffixes()
    for m in _DOUBLED_WORD.finditer(text):
        unit = m.group(1)
        start, end = m.start(), m.end()
        middle = start + len(unit)
        if len(set(unit)) < 2 or (len(unit) == 2 and (unit[-1] in suffixes or unit[0] == "一")):
            continue
        if _beside_figure(text, start, end) or _crossed_by_term(text, start, middle):
            continue
        if _two_header_words(text, start, middle, end):
            continue
        out.append(Doubling(start, end, unit, "word"))
    return out


def doubled_sentences(text: str) -> list[Doubling]:
    """Sentences written twice back to back in ``text``."""
    out = []
    for m in _DOUBLED_SENTENCE.finditer(text):
        unit = m.group(1)
        if len(re.findall(rf"[{_CJK}]", unit)) < 6:
            continue
        out.append(Doubling(m.start(), m.end(), unit, "sentence"))
    return out


def doublings(text: str) -> list[Doubling]:
    """Every doubled sentence, and every doubled word outside them."""
    sentences = doubled_sentences(text)
    words = [w for w in doubled_words(text) if not any(s.start <= w.start < s.end for s in sentences)]
    return sorted(sentences + words, key=lambda d: d.start)
