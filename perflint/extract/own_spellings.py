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
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, chain, compress
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


def _without_titles(text: str) -> str:
    """``text`` with the titles of cited documents blanked out: a title keeps its own wording
    (《…法制宣传教育条例》 beside the text's 法治宣传教育); same length, so the offsets hold."""
    return _BOOK_TITLE.sub(_blank, text)


def _placed_runs(values: Sequence[str]) -> list[tuple[int, int, str]]:
    """Each run of Chinese characters of ``values`` (titles blanked) with its text's index and
    its start in the text."""
    return [(i, m.start(), m.group(0)) for i, v in enumerate(values)
            for m in _CJK_RUN.finditer(_without_titles(v) if "《" in v else v)]


@remember_short(max_chars=4)
def _confusions(g4: str) -> tuple[tuple[int, str], ...]:
    """``(j, u4)`` for each inner place ``j`` of ``g4`` (a string of the shortest compared length)
    and each character confused with ``g4[j]``, ``u4`` being ``g4`` with it there; in the order of
    ``j``, then of the alternative characters. Remembered: a folder's reports share most of their
    strings, and a draft's are then looked up in C (``own_spelling_slips``) instead of built and
    looked up one by one in Python, which cost T809 a third of its time."""
    alternatives = _alternatives()
    return tuple((j, g4[:j] + alt + g4[j + 1:]) for j in range(1, LENGTHS[0] - 1)
                 for alt in alternatives.get(g4[j], ()))


def _doubling_runs(values: Sequence[str], joined: str, runs: list[str]) -> list[tuple[int, int, str]]:
    """The runs (:func:`_placed_runs`' items, in their order) that hold a character written twice
    in a row; ``joined`` is ``values`` (titles blanked) joined by the separator, ``runs`` its runs.
    Found in ``joined``, so only the few runs that hold one are placed in their texts: the
    pairs by one search of ``joined`` in C (a pair is inside one run, or in a stretch of Chinese
    characters too short to be one), not one search a run."""
    first = _DOUBLED.search(joined)
    if first is None:
        return []
    found = list(_CJK_RUN.finditer(joined))
    run_starts = [m.start() for m in found]
    ordinals: list[int] = []
    for d in _DOUBLED.finditer(joined, first.start()):
        o = bisect_right(run_starts, d.start()) - 1
        # (a run's first pair is matched, or the pair before it that takes its first character)
        if o >= 0 and d.end() <= found[o].end() and (not ordinals or ordinals[-1] != o):
            ordinals.append(o)
    if not ordinals:
        return []
    starts = list(accumulate(map(len, values), lambda at, n: at + n + len(_SEPARATOR), initial=0))
    placed = []
    for o in ordinals:
        m = found[o]
        index = bisect_right(starts, m.start()) - 1
        placed.append((index, m.start() - starts[index], m.group(0)))
    return placed


def own_spelling_slips(values: Sequence[str]) -> list[OwnSpellingSlip]:
    """Every place of ``values`` (a draft's texts) where a string the draft writes elsewhere is
    written with one inner character confused (module docstring)."""
    # the runs of Chinese characters found in the texts joined by a separator no run holds (one
    # search in C); where each run is, asked only when a slip is possible (_placed_runs)
    joined_values = _SEPARATOR.join(values)
    if "《" in joined_values:  # a title may not be cut at a text's end: blanked text by text
        joined_values = _SEPARATOR.join([_without_titles(v) if "《" in v else v for v in values])
    strings = _CJK_RUN.findall(joined_values)
    if not strings:
        return []
    placed: list[tuple[int, int, str]] = []

    def runs_placed() -> list[tuple[int, int, str]]:
        if not placed:
            placed.extend(_placed_runs(values))
        return placed

    vocab = vocabulary()
    contrasts = _contrasts()
    # the shortest strings counted in C (a run's remembered, so a run the reports of a folder
    # repeat, a form's cells, a unit's stock sentences, is cut once); a longer one counted when
    # asked, which is seldom: every pair of a longer string written once and its usual spelling
    # holds a pair of the shortest length at the confused character (the longer usual string's
    # windows are written as often as it is, the odd one's are written)
    shortest = Counter(chain.from_iterable(map(_strings, strings)))
    joined = _SEPARATOR.join(strings)
    count = _Counter(shortest, joined)
    found: dict[tuple[int, int], OwnSpellingSlip] = {}
    alternatives = _alternatives()
    known = vocab.known

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
    # each string written twice with one inner character confused, where that string is written
    # (then written with a character the draft writes: no test of the character alone)
    confusions = list(chain.from_iterable(map(_confusions, compress(shortest, map(MIN_USES.__le__, shortest.values())))))
    for j, u4 in compress(confusions, map(shortest.__contains__, map(itemgetter(1), confusions))):
        # u4 is written: it and every longer string around each of its places that keeps the
        # confused character inside
        for index, start, run in runs_placed():
            k = run.find(u4)
            while k >= 0:
                pos = k + j
                for n in LENGTHS:
                    for s in range(max(0, pos - n + 2), min(pos - 1, len(run) - n) + 1):
                        consider(run[s:s + n], pos - s, index, start + s)
                k = run.find(u4, k + 1)
    # a character typed twice inside a string the draft writes at least twice (事业单单位 beside
    # 事业单位 ×2): the string less one of the pair is the draft's spelling
    # (u, one longer than g, is counted only at a compared length: g is at most one shorter than
    # the longest; the doubled character is u[j]: a contrast rules the pair out at every length;
    # g written twice has its first shortest string written twice, a dictionary lookup before a
    # search of the runs)
    for index, start, run in _doubling_runs(values, joined_values, strings):
        for m in _DOUBLED.finditer(run):
            j0 = m.start()
            if run[j0] in contrasts:
                continue
            for n in LENGTHS[:-1]:
                for j in range(1, n - 1):  # the doubled character's place in the usual string
                    k = j0 - j
                    if k < 0 or k + n + 1 > len(run):
                        continue
                    u = run[k:k + n + 1]
                    g = u[:j] + u[j + 1:]
                    if shortest.get(g[:n4], 0) < MIN_USES or count(g) < MIN_USES or count(u) != 1 or u in known:
                        continue
                    at = start + j0
                    best = found.get((index, at))
                    if best is None or len(u) > len(best.written):
                        found[(index, at)] = OwnSpellingSlip(index, start + k, start + k + n + 1, u, g, j)
    return sorted(found.values(), key=lambda s: (s.index, s.start))
