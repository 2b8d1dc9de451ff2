"""Figures cut short: one that lost its leading digits (``支出总计,867.48万元`` where the draft writes
``1,867.48``), and an amount whose 万元 lost its 元 (``公务用车购置费0万`` in a draft of 万元).

Typed over or cut by a PDF's line break, a figure with thousands separators may keep only what
follows its first separator. What is left opens with that separator, right after a word, and the
draft itself writes the whole figure elsewhere with the same groups and the same decimals. With
two decimals or more and a group of three digits, the same tail by chance is all but impossible.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains

from perflint import data
from perflint.text.memo import remember_short
from perflint.text.numbers import find_quantities
from perflint.text.patterns import lazy_compile

# A separator after a word (no digit, point or separator before it) and the groups after it.
_TAIL = lazy_compile(r"(?<=[\u4e00-\u9fff：:])[,，](\d{3}(?:,\d{3})*\.\d{2,})(?![\d,])")
_WHOLE = lazy_compile(r"(?<![\d.,])(\d{1,3}),(\d{3}(?:,\d{3})*\.\d{2,})(?![\d,])")


@dataclass(frozen=True)
class HeadlessFigure:
    """``texts[index][start:end]`` is ``written`` (from its separator); the draft writes ``whole``
    elsewhere."""

    index: int
    start: int
    end: int
    written: str
    whole: str


def headless_figures(texts: list[str]) -> list[HeadlessFigure]:
    """Figures that open with a thousands separator after a word, whose groups and decimals the
    draft writes elsewhere with leading digits (``,867.48`` beside ``1,867.48``)."""
    wholes: dict[str, set[str]] = {}
    for t in texts:
        if "," in t:
            for m in _WHOLE.finditer(t):
                wholes.setdefault(m.group(2), set()).add(m.group(0))
    if not wholes:
        return []  # no figure with a thousands separator: none to have lost its head
    tails = [(i, m) for i, t in enumerate(texts) if "," in t or "，" in t for m in _TAIL.finditer(t)]
    out: list[HeadlessFigure] = []
    for i, m in tails:
        if (found := wholes.get(m.group(1))) and len(found) == 1:
            out.append(HeadlessFigure(i, m.start(), m.end(), m.group(0), next(iter(found))))
    return out


def yuanless_amounts(texts: list[str]) -> list[HeadlessFigure]:
    """Amounts written ``N万`` and left there (at a mark or the end of the text) right after a word
    of money (购置费0万, 资金50万。) in a draft that writes ``万元`` after figures at least as often:
    the 元 was lost. ``written`` is the figure with its 万, ``whole`` the same with 万元."""
    slips = data.load("terms").get("slips") or {}
    nouns = tuple(slips.get("money_nouns") or ())
    # (the texts are screened in C, with no Python step for each text, and a short text's searches
    # are remembered: the same cells and sentences recur through a draft and a folder)
    yuan = sum(map(_figures_in_wan_yuan, compress(texts, map(contains, texts, repeat("万元")))))
    if not yuan:
        return []
    out: list[HeadlessFigure] = []
    bare = 0
    wan = list(compress(range(len(texts)), map(contains, texts, repeat("万"))))
    for i in compress(wan, map(_has_bare_wan, map(texts.__getitem__, wan))):
        t = texts[i]
        for q in find_quantities(t):
            if not q.is_bare_magnitude or q.approximate or not t.endswith("万", q.start, q.end):
                continue  # the number grammar reads 38万人 as a count, 5万余 as approximate, 0 万 with its space
            after = t[q.end:q.end + 1]
            if after.isspace() and t[q.end:].lstrip(" \u3000")[:1].isdigit():
                continue  # 854 万 854 万: a spaced figure runs on into the next (as 854万854万 does)
            if after and not _MARK.match(after):
                continue  # 50万像素: the figure goes on in a word
            bare += 1
            if not t[:q.start].rstrip().endswith(nouns):
                continue
            written = t[q.start:q.end]
            out.append(HeadlessFigure(i, q.start, q.end, written, written + "元"))
    return out if bare <= yuan else []  # 万 alone as often as 万元: the draft's own habit, not a slip


@remember_short(8192)
def _figures_in_wan_yuan(text: str) -> int:
    """How many figures in ``text`` are followed by 万元."""
    return len(_WAN_YUAN.findall(text))


@remember_short(8192)
def _has_bare_wan(text: str) -> bool:
    """Whether ``text`` writes a figure with 万 and no 元, at a mark, a space or its end."""
    return _BARE_WAN.search(text) is not None


_WAN_YUAN = lazy_compile(r"\d\s*万元")
_BARE_WAN = lazy_compile(r"\d\s*万(?:[，,。；;、）)\s]|$)")
_MARK = lazy_compile(r"[，,。；;、）)\s]")

__all__ = ["HeadlessFigure", "headless_figures", "yuanless_amounts"]
