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
from itertools import chain
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
    """Every string of ``run`` of each compared length, the shorter first."""
    size = len(run)
    return tuple(chain.from_iterable(
        map(run.__getitem__, map(slice, range(size - n + 1), range(n, size + 1))) for n in LENGTHS))


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


def _place(runs: Sequence[tuple[int, int, str]], written: str) -> tuple[int, int]:
    """Where ``written``, a string the draft writes once, stands: its text and offset."""
    for index, start, run in runs:
        k = run.find(written)
        if k >= 0:
            return index, start + k
    raise ValueError(written)


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
    # every string of each length, counted in C; a run's strings are remembered, so a run the
    # reports of a folder repeat (a form's cells, a unit's stock sentences) is cut once
    counts: Counter[str] = Counter(chain.from_iterable(map(_strings, map(itemgetter(2), runs))))
    found: dict[tuple[int, int], OwnSpellingSlip] = {}
    # from each usual spelling (written at least twice) to the strings one inner, confusable
    # character away that are written exactly once
    alternatives = _alternatives()
    known = vocab.known
    present = set().union(*map(itemgetter(2), runs))  # a character the draft never writes is no u's
    for g, uses in counts.items():
        if uses < MIN_USES:
            continue
        for j in range(1, len(g) - 1):
            alts = alternatives.get(g[j])
            if alts is None:
                continue
            left, right = g[:j], g[j + 1:]
            for alt in alts:
                if alt not in present:
                    continue
                u = left + alt + right
                if counts.get(u) != 1 or u in known:
                    continue
                # the strings of u's shape written with a character confused with u's: g alone,
                # or no single one is the draft's spelling
                if sum(1 for q in alternatives[alt] if left + q + right in counts) != 1:
                    continue
                index, at = _place(runs, u)
                best = found.get((index, at + j))
                if best is None or len(u) > len(best.written):
                    found[(index, at + j)] = OwnSpellingSlip(index, at, at + len(u), u, g, j)
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
                    if counts[g] < MIN_USES or u[j] in contrasts or counts[u] != 1 or u in vocab.known:
                        continue
                    at = start + j0
                    best = found.get((index, at))
                    if best is None or len(u) > len(best.written):
                        found[(index, at)] = OwnSpellingSlip(index, start + k, start + k + n + 1, u, g, j)
    return sorted(found.values(), key=lambda s: (s.index, s.start))
