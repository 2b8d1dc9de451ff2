"""One list naming an amount twice in a row with two values.

``其中：一般公共服务支出 1402.08 万元，一般公共服务支出 760.16 万元，社会保障和就业支出 …``: the
first item was meant to be another line (here the total, copied over the first part's name).
Read on the mentions of :mod:`perflint.extract.prose`: two money figures of one sentence, one
right after the other, whose whole label is the same name and whose values differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from perflint import data
from perflint.extract.prose import mentions
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity

_SEPARATORS = ",，;；、"


@dataclass(frozen=True)
class TwiceListed:
    """``label first, label second`` with first ≠ second."""

    label: str
    first: Quantity
    second: Quantity


@cache
def _conf() -> tuple[tuple[str, ...], tuple[str, ...]]:
    conf = data.load("consistency")
    return tuple(conf["twice_listed_nouns"]), tuple(conf["twice_listed_masks"])


def twice_listed(text: str) -> list[TwiceListed]:
    """Every pair of neighbouring figures of ``text`` under one name with two values."""
    return list(_twice_listed(text))


@lru_cache(maxsize=1024)
def _twice_listed(text: str) -> tuple[TwiceListed, ...]:
    nouns, masks = _conf()
    out: list[TwiceListed] = []
    ms = mentions(text)
    for a, b in zip(ms, ms[1:], strict=False):
        if a.sentence != b.sentence or a.role != "level" or b.role != "level" or a.bracketed or b.bracketed:
            continue
        qa, qb = a.quantity, b.quantity
        if qa.kind != "money" or qb.kind != "money" or qa.base_value == qb.base_value:
            continue
        label = a.label
        if label != b.label or len(label) < 3 or not label.endswith(nouns) or any(m in label for m in masks):
            continue
        if any(ch.isdigit() for ch in label):
            continue  # a year or a number in the name: two periods or two items, not one name
        gap = compact(b.gap)
        if gap[:1] not in _SEPARATORS or gap[1:] != label:
            continue  # only the separator and the name between the two figures
        out.append(TwiceListed(label, qa, qb))
    return tuple(out)


# :func:`twice_listed` as the remembered tuple itself, for a reader that only reads it (no copy,
# no Python frame: C702 asks it of every prose text).
twice_listed_pairs = _twice_listed
