"""A word the draft writes the same way several times, written once with one character confused.

No vocabulary knows every word a report uses (规范性文件, 法律援助, a unit's full name such as
某县机构编制委员会), but the draft knows its own: a string of four to six Chinese characters it
writes at least twice is its own spelling. Where the same string appears once more with one
inner character replaced by a character the vocabulary knows to be confused with it (a
homophone an input method offers, a look-alike of a scan: ``规泛性文件`` beside two
``规范性文件``), the odd one is a slip.

Kept narrow, since words differing in one character are everywhere in these forms:

* only a character the vocabulary lists as confused with the usual one (数量指标 / 质量指标,
  审计局 / 统计局 differ by characters no one types for each other);
* never a character that tells names or figures apart (县 / 市, 收 / 支, 初 / 末, 一 / 二 …:
  ``slips.name_contrasts``) nor a function character (和 / 及);
* never at a string's first or last character, where a word boundary may fall (结余 / 节余 as a
  whole word is a variant, not a slip, and the string's edge cannot tell);
* the odd string appears exactly once and the usual one at least twice, and the odd one is no
  known word of the vocabulary. Written once each way (对象自付费用 in the text, 对象自负费用 in
  the form), which is the draft's spelling cannot be told, and the two may both be words.

A character typed twice inside a string the draft writes at least twice (事业单单位 beside
事业单位 ×2) is read the same way. The titles of cited documents (《…》) are left out: a law's
title keeps the wording of its day (《…法制宣传教育条例》 beside the text's 法治宣传教育).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress
from operator import itemgetter

from perflint.extract.name_variants import _contrasts
from perflint.extract.terms import vocabulary
from perflint.text.memo import remember_short
from perflint.text.patterns import lazy_compile

LENGTHS = (4, 5, 6)  # characters in a compared string
MIN_USES = 2  # times the usual spelling is written
_CJK_RUN = lazy_compile(r"[\u4e00-\u9fff]{4,}")
_DOUBLED = lazy_compile(r"([\u4e00-\u9fff])\1")
_BOOK_TITLE = lazy_compile(r"《[^《》]*》")
_SEPARATOR = "\n"  # between the runs of Chinese characters, which never hold it
_REMEMBERED_RUN = 48  # characters: a run's strings take some fifty times its size


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


@dataclass(frozen=True)
class OwnSpellingSlip:
    """``values[index][start:end]`` is ``written``, the draft's ``usual`` string with the
    character at ``start + offset`` confused, or typed twice (``written`` is one longer)."""

    index: int
    start: int
    end: int
    written: str
    usual: str
    offset: int


@remember_short(maxsize=4096, max_chars=_REMEMBERED_RUN)
def _strings(run: str) -> tuple[str, ...]:
    """Every string of ``run`` of the shortest compared length."""
    n = LENGTHS[0]
    return tuple(map(run.__getitem__, map(slice, range(len(run) - n + 1), range(n, len(run) + 1))))


class _Counter:
    """How many times a draft writes a string of a compared length (0 for any other length):
    the shortest from their count, a longer one by searching the draft's runs once asked."""

    def __init__(self, shortest: Counter[str], joined: str) -> None:
        self.shortest = shortest
        self.joined = joined  # the runs, joined by a separator no run holds
        self.longer: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        if len(text) == LENGTHS[0]:
            return self.shortest.get(text, 0)
        if len(text) not in LENGTHS:
            return 0
        uses = self.longer.get(text)
        if uses is None:
            uses, k = 0, self.joined.find(text)
            while k >= 0:
                uses += 1
                k = self.joined.find(text, k + 1)
            self.longer[text] = uses
        return uses


@cache
def _alternatives() -> dict[str, tuple[str, ...]]:
    """Each character that may be confused, with the characters it is confused with; neither
    one that tells names apart nor a function character (``slips.name_contrasts``). Kept in the
    data cache (building it is 5 M instructions, a short draft's whole check); read once per
    process."""
    from perflint import data

    return data.derived("terms", _build_alternatives, __file__)


def _build_alternatives(raw: dict) -> dict[str, tuple[str, ...]]:
    slips = raw.get("slips") or {}
    contrasts = frozenset([*(slips.get("name_contrasts") or []), *(raw.get("function_characters") or [])])
    confusable: dict[str, set[str]] = {}
    for group in raw.get("confusables") or []:
        for ch in group:
            confusable.setdefault(ch, set()).update(c for c in group if c != ch)
    return {ch: tuple(sorted(p for p in partners if p not in contrasts))
            for ch, partners in confusable.items() if ch not in contrasts}


def own_spelling_slips(values: Sequence[str]) -> list[OwnSpellingSlip]:
    """Every place of ``values`` (a draft's texts) where a string the draft writes elsewhere is
    written with one inner character confused (module docstring)."""
    # a cited document's title keeps its own wording (《…法制宣传教育条例》 beside the text's
    # 法治宣传教育): blanked out, same length, so the offsets hold
    runs = [(i, m.start(), m.group(0)) for i, v in enumerate(values)
            for m in _CJK_RUN.finditer(_BOOK_TITLE.sub(_blank, v) if "《" in v else v)]
    if not runs:
        return []
    vocab = vocabulary()
    contrasts = _contrasts()
    # the shortest strings counted in C (a run's remembered, so a run the reports of a folder
    # repeat, a form's cells, a unit's stock sentences, is cut once); a longer one counted when
    # asked, which is seldom: every pair of a longer string written once and its usual spelling
    # holds a pair of the shortest length at the confused character (the longer usual string's
    # windows are written as often as it is, the odd one's are written)
    shortest = Counter(chain.from_iterable(map(_strings, map(itemgetter(2), runs))))
    count = _Counter(shortest, _SEPARATOR.join(map(itemgetter(2), runs)))
    found: dict[tuple[int, int], OwnSpellingSlip] = {}
    alternatives = _alternatives()
    known = vocab.known
    present = set().union(*map(itemgetter(2), runs))  # a character the draft never writes is no u's

    def consider(u: str, j: int, index: int, at: int) -> None:
        """``u`` (at ``at`` of text ``index``) a slip for the one string of its shape with a
        character confused with ``u[j]``, if u is written once and that one at least twice."""
        if count(u) != 1 or u in known:
            return
        left, right = u[:j], u[j + 1:]
        # the strings of u's shape written with a character confused with u's: one alone, or no
        # single one is the draft's spelling
        others = [q for q in alternatives.get(u[j], ()) if count(left + q + right)]
        if len(others) != 1 or count(g := left + others[0] + right) < MIN_USES:
            return
        best = found.get((index, at + j))
        # the longest string, and of two as long the first
        if best is None or (len(u), -at) > (len(best.written), -best.start):
            found[(index, at + j)] = OwnSpellingSlip(index, at, at + len(u), u, g, j)

    n4 = LENGTHS[0]
    for g4 in compress(shortest, map(MIN_USES.__le__, shortest.values())):
        for j in range(1, n4 - 1):
            alts = alternatives.get(g4[j])
            if alts is None:
                continue
            left, right = g4[:j], g4[j + 1:]
            for alt in alts:
                if alt not in present or (u4 := left + alt + right) not in shortest:
                    continue
                # u4 is written: it and every longer string around each of its places that keeps
                # the confused character inside
                for index, start, run in runs:
                    k = run.find(u4)
                    while k >= 0:
                        pos = k + j
                        for n in LENGTHS:
                            for s in range(max(0, pos - n + 2), min(pos - 1, len(run) - n) + 1):
                                consider(run[s:s + n], pos - s, index, start + s)
                        k = run.find(u4, k + 1)
    # a character typed twice inside a string the draft writes at least twice (事业单单位 beside
    # 事业单位 ×2): the string less one of the pair is the draft's spelling
    for index, start, run in runs:
        for m in _DOUBLED.finditer(run):
            j0 = m.start()
            for n in LENGTHS:
                for j in range(1, n - 1):  # the doubled character's place in the usual string
                    k = j0 - j
                    if k < 0 or k + n + 1 > len(run):
                        continue
                    u = run[k:k + n + 1]
                    g = u[:j] + u[j + 1:]
                    if count(g) < MIN_USES or u[j] in contrasts or count(u) != 1 or u in vocab.known:
                        continue
                    at = start + j0
                    best = found.get((index, at))
                    if best is None or len(u) > len(best.written):
                        found[(index, at)] = OwnSpellingSlip(index, start + k, start + k + n + 1, u, g, j)
    return sorted(found.values(), key=lambda s: (s.index, s.start))
