"""A report's own name written with one character changed: the title as the draft's dictionary.

A report's title names its project (``2023年青禾县山羊良种繁育经费的绩效自评报告``); the body
repeats that name. Where the body writes a long stretch of the title with one Chinese character
changed (青禾县 in the title, 青荷县 in the body), one of the two is misspelt: no vocabulary can
know a place or a breed, but the draft knows its own name. A character that tells two names
apart (县级 / 市级, 年初 / 年末, 第一 / 第二: ``slips.name_contrasts`` in ``terms.yaml``) makes
another name, not a misspelt one, and a function character (和 / 及) the same words joined
another way: both are left alone.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from perflint import data
from perflint.read.parts import is_report_title
from perflint.text.normalise import compact, compacted

LEFT_MIN = 2  # characters matching the title before the changed one
RIGHT_MIN = 3  # and after it
CJK_MIN = 8  # Chinese characters in the whole stretch, the changed one included
# A title longer than this is a flattened page read as one line (a form, a paragraph), not a
# name: its indicators (开工率 / 完工率) and headings differ by one character by design.
TITLE_MAX = 50
_ANCHOR = 3  # characters after the changed one looked up to find candidates


@dataclass(frozen=True)
class NameVariant:
    """``texts[index][start:end]`` is ``expected`` (a stretch of a title) with one character changed;
    ``written`` is that stretch without white space, ``offset`` its changed character's."""

    index: int
    start: int
    end: int
    written: str
    expected: str
    offset: int  # of the changed character in ``written``


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@cache
def _contrasts() -> frozenset[str]:
    """The characters never taken for a misspelling: those that tell names apart, and the
    function characters (和 / 及 / 与 join the same words either way)."""
    terms = data.load("terms")
    return frozenset([*((terms.get("slips") or {}).get("name_contrasts") or []),
                      *(terms.get("function_characters") or [])])


def name_variants(titles: Sequence[str], texts: Sequence[str]) -> list[NameVariant]:
    """Every stretch of ``texts`` that is a stretch of one of ``titles`` with one Chinese
    character changed (see the module docstring), once per place in the text."""
    # only a report's title names things: an excerpt's first line (a note, a sentence cut at its
    # start) stands as its part's title too, and its wording is no dictionary
    refs = [t for t in dict.fromkeys(compact(title) for title in titles if is_report_title(title))
            if len(t) <= TITLE_MAX and sum(map(_is_cjk, t)) >= CJK_MIN]
    if not refs:
        return []
    out: list[NameVariant] = []
    seen: set[tuple[int, int]] = set()
    held = _screened(refs, texts)
    for index in sorted(held):
        text = texts[index]
        # a PDF's text spaces Chinese and digits (``农业农村局 2019 年暇县``): the stretch is read
        # without its white space, as the title is, and located in the text as written
        spaced = compacted(text)
        # the anchors the screen found in the text, when it searched the text as compacted here
        # (nothing to compact); else every anchor is tried
        only = held[index] if len(spaced.text) == len(text) else None
        for ref in refs:
            for variant in _in_text(ref, spaced.text, index, only):
                key = (index, variant.start + variant.offset)
                if key not in seen:
                    seen.add(key)
                    start, end = spaced.source_span(variant.start, variant.end)
                    out.append(NameVariant(index, start, end, variant.written, variant.expected, variant.offset))
    return out


def _screened(refs: list[str], texts: Sequence[str]) -> dict[int, set[str]]:
    """The texts (by index) holding one of the anchors every reference is looked up by, as
    written or, for a text with a space, compacted, each with the anchors it holds so: most texts
    hold none and are passed over.

    The anchors are searched for in all the texts joined, with ``str.find`` (an anchor is three
    characters of a compacted title: no white space, so none spans two texts), rather than by a
    pattern of them compiled for each title and searched text by text."""
    anchors = sorted({ref[p + 1:p + 1 + _ANCHOR] for ref in refs for p in range(LEFT_MIN, len(ref) - RIGHT_MIN)})
    joined = "\n".join(texts)
    held = _holding(anchors, joined, _starts(texts))
    # (the texts with a space picked out in C: most have none)
    spaced = [i for i in itertools.compress(range(len(texts)), map(operator.contains, texts, itertools.repeat(" ")))
              if i not in held]
    if spaced:
        compacts = [compact(texts[i]) for i in spaced]
        again = _holding(anchors, "\n".join(compacts), _starts(compacts))
        held.update((spaced[k], found) for k, found in again.items())
    return held


def _starts(texts: Sequence[str]) -> list[int]:
    """Where each of ``texts`` starts once they are joined by one character: the lengths before
    it, and one separator per text before it (summed in C: a part has hundreds of texts)."""
    return list(map(operator.add, itertools.accumulate(map(len, texts[:-1]), initial=0), itertools.count()))


def _holding(anchors: list[str], joined: str, starts: list[int]) -> dict[int, set[str]]:
    """The texts (by index) of ``joined`` (texts joined by one character, starting at ``starts``)
    holding one of ``anchors``, each with the anchors it holds (an anchor has no white space: none
    spans two texts)."""
    held: dict[int, set[str]] = {}
    for anchor in anchors:
        at = joined.find(anchor)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            found = held.get(index)
            if found is None:
                held[index] = {anchor}
            else:
                found.add(anchor)
            # the rest of that text holds it or not: go on from the next text
            at = joined.find(anchor, starts[index + 1]) if index + 1 < len(starts) else -1
    return held


@lru_cache(maxsize=256)
def _places(ref: str) -> tuple[tuple[int, str], ...]:
    """The places ``p`` of ``ref`` whose character may be changed (a Chinese character that is no
    contrast), each with the anchor after it: the same for every text the title is looked up in."""
    contrasts = _contrasts()
    return tuple((p, ref[p + 1:p + 1 + _ANCHOR]) for p in range(LEFT_MIN, len(ref) - RIGHT_MIN)
                 if _is_cjk(ref[p]) and ref[p] not in contrasts)


def _in_text(ref: str, text: str, index: int, only: set[str] | None = None) -> list[NameVariant]:
    """The variants of ``ref`` in ``text``; ``only``: the anchors ``text`` holds, when known (an
    anchor it does not hold finds nothing)."""
    found = []
    for p, anchor in _places(ref):
        if only is not None and anchor not in only:
            continue
        at = text.find(anchor)
        while at >= 0:
            q = at - 1
            if q >= LEFT_MIN and (variant := _around(ref, p, text, q, index)) is not None:
                found.append(variant)
            at = text.find(anchor, at + 1)
    return found


def _around(ref: str, p: int, text: str, q: int, index: int) -> NameVariant | None:
    """The stretch around ``text[q]`` standing for ``ref[p]``, when it is long enough."""
    wrong = text[q]
    if wrong == ref[p] or not _is_cjk(wrong) or wrong in _contrasts():
        return None
    left = 0
    while left < p and left < q and ref[p - 1 - left] == text[q - 1 - left]:
        left += 1
    right = 0
    while p + 1 + right < len(ref) and q + 1 + right < len(text) and ref[p + 1 + right] == text[q + 1 + right]:
        right += 1
    if left < LEFT_MIN or right < RIGHT_MIN:
        return None
    start, end = q - left, q + right + 1
    written = text[start:end]
    if sum(map(_is_cjk, written)) < CJK_MIN:
        return None
    return NameVariant(index, start, end, written, ref[p - left:p + right + 1], left)
