"""Facts grouped by the part (附件, report) they belong to, in one pass.

A bundle of reports has many parts, and a rule that looks at each part's facts must not filter
the whole document's facts once per part: that costs parts × facts, which grows with the square
of a bundle's size (issue 10). :func:`by_part` groups once; a part with no fact gets ``[]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from perflint.model import Part

T = TypeVar("T")


class PartIndex(dict):
    """``index[part]`` → the items of that part in their order (``[]`` for a part without any)."""

    def __getitem__(self, part: Part) -> list:
        return self.get(id(part), [])


def by_part(items: Iterable[T], part_of: Callable[[T], Part] = lambda item: item.part) -> PartIndex:
    index = PartIndex()
    for item in items:
        index.setdefault(id(part_of(item)), []).append(item)
    return index
