"""Facts grouped by the part (附件, report) they belong to, in one pass.

A bundle of reports has many parts, and a rule that looks at each part's facts must not filter
the whole document's facts once per part: that costs parts × facts, which grows with the square
of a bundle's size (issue 10). :func:`by_part` groups once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def by_part(items: Iterable[Any]) -> dict[int, list[Any]]:
    """Items that have a ``part`` (facts, forms) grouped by ``id(part)``, in their order."""
    out: dict[int, list[Any]] = {}
    for item in items:
        out.setdefault(id(item.part), []).append(item)
    return out
