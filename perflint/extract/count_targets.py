"""A head count set against its target in the other unit in one sentence (``全年培训农民800人，
完成年度目标1000人次的80%``, ``年度目标1000人次，实际培训800人``): 人 counts persons, 人次
visits, and a result in the one cannot complete a target in the other.

The two figures are tied by the sentence itself: the actual comes first and ``目标`` stands
between them with a word of completion (完成, 达到 …) or a share right after the target that is
the one over the other (800 ÷ 1000 = 80%); or the target comes first, right after ``目标``, and
the actual follows with 实际 or a word of completion. Figures under 10 meet their like by chance
and are not read.

Imported by the rule that needs it when it runs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from perflint.extract.figure_units import person_counts
from perflint.text.numbers import Quantity
from perflint.text.patterns import lazy_compile

_TARGET = "目标"
_COMPLETES = lazy_compile(r"完成|达到|实现|超过|超额|占")
_ACTUAL = lazy_compile(r"实际|完成|达到|实现|累计")
_SHARE = lazy_compile(r"^\s*的?\s*(\d+(?:\.\d+)?)\s*[%％]")
_STOP = lazy_compile(r"[。；;！？]|其中")
_GAP_AFTER = 16  # characters between an actual and the target it is set against
_GAP_BEFORE = 20  # characters between a target and the actual that follows it
_TARGET_LEAD = 8  # characters before a target in which 目标 names it
_MIN = Decimal(10)


@dataclass(frozen=True)
class CountTargetMix:
    """An actual head count and its target in the other of 人 / 人次."""

    actual: Quantity
    target: Quantity


def count_target_mixes(text: str) -> list[CountTargetMix]:
    if _TARGET not in text or "人次" not in text:
        return []
    counts = [q for q in person_counts(text) if q.base_value >= _MIN]
    out = []
    for first, second in pairwise(counts):
        if first.unit == second.unit:
            continue
        gap = text[first.end:second.start]
        if _STOP.search(gap):
            continue
        if len(gap) <= _GAP_AFTER and _TARGET in gap and _actual_then_target(first, second, gap, text):
            out.append(CountTargetMix(first, second))
        elif len(gap) <= _GAP_BEFORE and _TARGET in text[max(0, first.start - _TARGET_LEAD):first.start] \
                and _TARGET not in gap and _ACTUAL.search(gap):
            out.append(CountTargetMix(second, first))
    return out


def _actual_then_target(actual: Quantity, target: Quantity, gap: str, text: str) -> bool:
    """Whether the target after ``actual`` is set against it: a share right after the target
    that is actual ÷ target, or else a word of completion before the target."""
    share = _SHARE.match(text[target.end:])
    if share is not None:
        stated = Decimal(share.group(1))
        decimals = len(share.group(1).partition(".")[2])
        computed = actual.base_value / target.base_value * 100
        return abs(stated - computed) <= Decimal(5) / Decimal(10) ** (decimals + 1)
    return _COMPLETES.search(gap) is not None
