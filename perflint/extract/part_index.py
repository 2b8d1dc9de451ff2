"""Facts grouped by the part (附件, report) they belong to, in one pass.

A bundle of reports has many parts, and a rule that looks at each part's facts must not filter
the whole document's facts once per part: that costs parts × facts, which grows with the square
of a bundle's size (issue 10). :func:`by_part` groups once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import count
from typing import Any


def by_part(items: Iterable[Any]) -> dict[int, list[Any]]:
    """Items that have a ``part`` (facts, forms) grouped by ``id(part)``, in their order."""
    out: dict[int, list[Any]] = {}
    for item in items:
        out.setdefault(id(item.part), []).append(item)
    return out


def positions(items: Sequence[Any]) -> dict[int, int]:
    """``id(item)`` -> its index in ``items`` (the last, for an item listed twice): the place of
    each block of a part, asked per passage; the dictionary is made in C (a comprehension stepped
    through every block of every part)."""
    return dict(zip(map(id, items), count()))
