"""Percentages compared in one sentence: the change between two rates stated in % where it is a
difference in 百分点 (`由 92% 提高到 96%，提高 4%`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from perflint import data
from perflint.text.numbers import Quantity, find_quantities, normalise, quantize
from perflint.text.sentences import statements


@dataclass(frozen=True)
class PointChange:
    """Two rates of one sentence and the change stated after them in %, equal to their difference."""

    first: Quantity
    second: Quantity
    change: Quantity


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    units = data.load("units")
    change = tuple(sorted(units["point_change_words"], key=len, reverse=True))
    return change, tuple(units["point_comparisons"])


def _plain_percent(q: Quantity) -> bool:
    return q.kind == "percent" and "百分点" not in q.text and q.relation is None and q.value > 0


def points_as_percent(text: str) -> list[PointChange]:
    """A change in % right after two percentages of its sentence, equal to their difference and
    not to the relative change: the difference of two rates is in 百分点. Needs a word that
    compares (由, 较, 比上年 …) between the first rate and the change."""
    if "%" not in text and "％" not in text:
        return []
    found = [q for q in find_quantities(text) if _plain_percent(q)]
    if len(found) < 3:
        return []
    norm = normalise(text)
    change_words, comparisons = _words()
    out = []
    for start, end in statements(norm):
        inside = [q for q in found if start <= q.start < end]
        for k in range(2, len(inside)):
            change = inside[k]
            before = norm[max(start, change.start - 8):change.start].rstrip()
            if not before.endswith(change_words):
                continue
            first, second = inside[k - 2], inside[k - 1]
            between = norm[max(start, first.start - 8):second.start].replace("占比", "")
            if "其中" in between or not any(w in between for w in comparisons):
                continue
            if _is_point_difference(first, second, change):
                out.append(PointChange(first, second, change))
    return out


def _is_point_difference(first: Quantity, second: Quantity, change: Quantity) -> bool:
    difference = abs(first.value - second.value)
    if difference == 0 or quantize(difference, change.decimals) != change.value:
        return False
    if change.decimals < max(first.decimals, second.decimals) and difference != change.value:
        return False
    # Either rate may be the earlier one (由 A 提高到 B; B，较上年的 A 提高): a change that reads
    # as relative to either is no slip.
    return all(abs(difference / base * 100 - change.value) > change.half_unit for base in (first.value, second.value))
