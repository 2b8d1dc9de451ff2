"""A budget adjusted in the year, stated in prose: ``年初预算 B0，年中追加 A，全年预算数 B1``
(also 调增, 调减 / 核减, 调整后预算), where B1 should be B0 + A − R."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from perflint import data
from perflint.text.numbers import Quantity
from perflint.text.patterns import compile_pattern, lazy_compile

if TYPE_CHECKING:
    from perflint.extract.prose import Mention

# The words every adjustment is named with: a cheap test that lets most paragraphs skip the reading.
_CUES = ("追加", "调增", "调减", "核减", "调整增加", "调整减少")
_CUE = lazy_compile(r"追加|调[增减]|核减|调整(?:增加|减少)")  # any of _CUES, in one search


@dataclass(frozen=True)
class BudgetAdjustment:
    """``年初预算 B0，年中追加 A，全年预算数 B1``: the budget before and after, and each change
    (+1 for an addition, −1 for a reduction) in the order stated."""

    initial: Quantity
    changes: tuple[tuple[int, Quantity], ...]
    adjusted: Quantity


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {k: compile_pattern(v) for k, v in data.load("arithmetic")["budget_adjustment"].items()}


def _money(m: Mention) -> bool:
    return m.quantity.kind == "money" and m.role in ("level", "change") and not m.bracketed


def budget_adjustments(text: str) -> list[BudgetAdjustment]:
    """Each 年初 budget of ``text`` followed, within its sentence or the next two, by additions or
    reductions named as such and then the budget after them. Read only when every figure between
    the 年初 and the adjusted budget is a part of the 年初 one (its 其中) or one of the changes,
    and no other kind of money (上年结转, an adjustment of a part: 项目支出追加) is named between
    them: the adjusted budget is then the 年初 one with the changes, nothing else."""
    if "年初" not in text or not any(c in text for c in _CUES):  # one test in C first: most texts
        return []
    # the prose reader, loaded only for a paragraph that may hold an adjustment (cold start)
    from perflint.extract.prose import figure_mentions

    pat = _patterns()
    ms = [m for m in figure_mentions(text) if _money(m)]
    out: list[BudgetAdjustment] = []
    for i, first in enumerate(ms):
        if first.role != "level" or not pat["initial"].search(first.label):
            continue
        changes: list[tuple[int, Quantity]] = []
        after_change = False
        for m in ms[i + 1:]:
            if m.sentence - first.sentence > 2:
                break
            if pat["added"].search(m.label):
                changes.append((1, m.quantity))
                after_change = True
            elif pat["reduced"].search(m.label):
                changes.append((-1, m.quantity))
                after_change = True
            elif m.role == "level" and pat["adjusted"].search(m.label):
                if changes and m.quantity.scale == first.quantity.scale:
                    out.append(BudgetAdjustment(first.quantity, tuple(changes), m.quantity))
                break
            elif after_change or m.role != "level" or any(c in m.label for c in _CUES) \
                    or pat["other_money"].search(m.label):
                break  # another figure among the changes, or a part's own adjustment (项目支出追加)
    return [a for a in out if not _other_money_between(text, a)]


def _other_money_between(text: str, adj: BudgetAdjustment) -> bool:
    """Whether the words from the 年初 budget to the end of the adjusted one's sentence name
    another kind of money the adjusted budget may hold (含上年结转 30 万元)."""
    end = min((i for i in (text.find(c, adj.adjusted.end) for c in "。；;") if i >= 0), default=len(text))
    return _patterns()["other_money"].search(text, adj.initial.end, end) is not None


_INCREASE = ("调增", "追加", "调整增加", "增加")


@dataclass(frozen=True)
class AdjustmentDetail:
    """A net adjustment detailed by source (``年中调减 X 万元，具体情况为：财政拨款调增 a 万元，
    事业收入调减 b 万元``): the net change and each source's, signed (+1 added, −1 taken off)."""

    net: tuple[int, Quantity]
    parts: tuple[tuple[int, Quantity], ...]


def adjustment_details(text: str) -> list[AdjustmentDetail]:
    """Each adjustment of ``text`` named without a source (``年中调减``, ``追加``) and followed in
    its sentence, after words that announce its detail (``具体情况为：``, ``其中：``), by two changes
    or more each naming its source and its own verb (``财政拨款调增``): the signed parts make up
    the net change. The list ends at the first figure that is not such a change."""
    if _CUE.search(text) is None:
        return []
    from perflint.extract.prose import figure_mentions

    pat = _patterns()
    ms = [m for m in figure_mentions(text) if m.quantity.kind == "money" and not m.bracketed]
    out: list[AdjustmentDetail] = []
    for i, net in enumerate(ms):
        if net.role not in ("level", "change"):  # a net change that a 其中 details reads as a level
            continue
        sign = 1 if pat["added"].search(net.label) else -1 if pat["reduced"].search(net.label) else 0
        if not sign or i + 1 >= len(ms) or not pat["detail"].search(ms[i + 1].gap):
            continue
        parts: list[tuple[int, Quantity]] = []
        for m in ms[i + 1:]:
            hit = pat["part"].match(m.label)
            if (m.sentence != net.sentence or m.role != "change" or hit is None
                    or pat["added"].search(m.label) or pat["reduced"].search(m.label)
                    or m.quantity.scale != net.quantity.scale or (parts and pat["detail"].search(m.gap))):
                break
            parts.append((1 if hit.group("verb") in _INCREASE else -1, m.quantity))
        if len(parts) >= 2:
            out.append(AdjustmentDetail((sign, net.quantity), tuple(parts)))
    return out
