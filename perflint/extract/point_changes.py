"""Percentages read together in one statement: the change between two rates stated in % where
it is a difference in 百分点 (`由 82% 提高到 96%，提高 14%`), and shares of one whole whose sum
passes 100%."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from perflint import data
from perflint.text.numbers import Quantity, normalise, quantities, quantize
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
    found = [q for q in quantities(text) if _plain_percent(q)]
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


@dataclass(frozen=True)
class ShareOverflow:
    """Shares of one whole listed in one statement whose sum passes 100% beyond rounding."""

    shares: tuple[Quantity, ...]
    names: tuple[str, ...]
    total: Decimal


_CLAUSE_MARKS = "，,：:、"


@lru_cache(maxsize=1)
def _share_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    units = data.load("units")
    return tuple(units["share_part_heads"]), tuple(units["share_plan_words"])


def _share(norm: str, start: int, q: Quantity) -> tuple[str, str] | None:
    """``人员类支出占比 47.6%`` → (part name, whole named after 占, or "")."""
    clause = max(norm.rfind(m, start, q.start) for m in _CLAUSE_MARKS) + 1
    clause = max(clause, start)
    words = norm[clause:q.start].replace(" ", "")
    at = words.rfind("占")
    if at <= 0:
        return None
    name, after = words[:at], words[at + 1:]
    for tail in ("比重为", "比例为", "比重", "比例", "比为", "比达", "比"):
        if after.endswith(tail):
            after = after[: -len(tail)]
            break
    for filler in ("为", "达"):
        after = after.removesuffix(filler)
    if after and not after.endswith("的"):
        return None
    return name, after.removesuffix("的")


def share_overflows(text: str) -> list[ShareOverflow]:
    """Percentages stated as shares (``占``, ``占比``, ``占 X 的``) of one whole in one statement,
    each after the name of a money part (…支出, …收入, …经费), whose sum passes 100% by more
    than their rounding: shares of one whole cannot. Parts after 其中 (a second level) and
    wholes that are plans (占年度计划的) end the list."""
    if "占" not in text or ("%" not in text and "％" not in text):
        return []
    found = [q for q in quantities(text) if _plain_percent(q)]
    if len(found) < 2:
        return []
    norm = normalise(text)
    heads, plan_words = _share_words()
    out = []
    for start, end in statements(norm):
        shares: list[tuple[Quantity, str]] = []
        whole: str | None = None
        for q in (q for q in found if start <= q.start < end):
            share = _share(norm, start, q)
            if share is None:
                continue
            name, of = share
            if not name.endswith(heads) or any(w in of for w in plan_words):
                continue
            if shares and ("其中" in norm[shares[-1][0].end:q.start] or of != whole):
                break
            whole = of
            shares.append((q, name))
        if len(shares) < 2:
            continue
        total = sum((q.value for q, _ in shares), Decimal(0))
        if total - 100 > sum((q.half_unit for q, _ in shares), Decimal(0)):
            out.append(ShareOverflow(tuple(q for q, _ in shares), tuple(n for _, n in shares), total))
    return out
