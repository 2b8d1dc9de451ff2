"""Vehicles bought against the money spent on buying them, in one paragraph of a 决算说明's 三公
section: ``公务用车购置费 0 万元 … 购置公务用车 7 辆`` (the count of vehicles held typed where the
count bought belongs, or a purchase left out of the 购置费), or the reverse, ``购置费 25 万元 …
购置公务用车 0 辆``.

Both figures are the paragraph's own and of the same year: a cost labelled as a budget (预算) or
as last year's (上年, 去年) is another quantity, and is not read. The labels' words live in
``consistency.yaml`` (``vehicle_purchases``). Imported by C735 when it runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.prose import Mention, figure_mentions
from perflint.text.patterns import compile_pattern


@dataclass(frozen=True)
class VehiclePurchase:
    """A paragraph's count of vehicles bought and its purchase cost, one of them zero."""

    count: Mention
    cost: Mention


@cache
def _conf() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    conf = data.load("consistency")["vehicle_purchases"]
    return compile_pattern(conf["count_label"]), compile_pattern(conf["cost_label"]), compile_pattern(conf["other_scope"])


def _words_before(text: str, start: int) -> str:
    """The words right before a count, spaces left out (a label stops at a bracket: 购置（更新）公务用车)."""
    return "".join(text[max(0, start - 24):start].split())


def vehicle_purchases(text: str) -> list[VehiclePurchase]:
    """The contradicting pairs of ``text``: a count of vehicles bought above zero with a purchase
    cost of zero, or a cost above zero with no vehicle bought. Only a paragraph with exactly one
    such count and one such cost is read: two of either may belong to two scopes (财政拨款 and
    other funds, this year and last)."""
    if "购置" not in text or "辆" not in text:
        return []  # (nearly every paragraph)
    count_re, cost_re, other_re = _conf()
    counts, costs = [], []
    for m in figure_mentions(text):
        q = m.quantity
        if m.role != "level" or m.bracketed or other_re.search(m.label):
            continue
        if q.kind == "count" and q.unit == "辆" and count_re.search(_words_before(text, q.start)):
            counts.append(m)
        elif q.kind == "money" and cost_re.search(m.label):
            costs.append(m)
    if len(counts) != 1 or len(costs) != 1:
        return []
    count, cost = counts[0], costs[0]
    bought, spent = count.quantity.value > 0, cost.quantity.value > 0
    return [VehiclePurchase(count, cost)] if bought != spent else []
