"""An indicator whose 年度指标值 and 实际完成值 are money figures written in units 10⁴ apart
(万元 and 元) with numbers of one size (``≤1.50万元/场`` against ``1.45元/场``): one of the two
units is a slip, since a conversion between them would change the number by 10⁴ too. Also a
cost indicator whose amount in 元 has the digits of the form's budget in 万元, and an indicator
whose actual is about 10⁴ times its target in one money unit (filled in 元 under 万元)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from perflint.model import Figure, Indicator, SelfEvaluation
from perflint.text.numbers import Quantity, money_per_unit
from perflint.text.patterns import lazy_compile

_TEN_THOUSAND = Decimal(10000)
# The two numbers, as written, within this factor of each other: of one size.
_SAME_SIZE = Decimal(10)


@dataclass(frozen=True)
class IndicatorScaleSlip:
    """An indicator whose target and actual figures are written in units 10⁴ apart."""

    indicator: Indicator
    target: Quantity
    actual: Quantity


def indicator_scale_slips(forms: list[SelfEvaluation]) -> list[IndicatorScaleSlip]:
    out = []
    for se in forms:
        for ind in se.indicators:
            if ind.target is None or ind.actual is None:
                continue
            target = money_per_unit(ind.target.cell.value)
            if target is None:
                continue  # no money target (most indicators: a rate, a count): the actual need not be read
            actual = money_per_unit(ind.actual.cell.value)
            if actual is None or target[1] != actual[1]:
                continue  # not money, or per different things (元/户 against 元/人)
            t, a = target[0], actual[0]
            if max(t.scale, a.scale) != min(t.scale, a.scale) * _TEN_THOUSAND or not t.value or not a.value:
                continue
            if 1 / _SAME_SIZE <= a.value / t.value <= _SAME_SIZE:
                out.append(IndicatorScaleSlip(ind, t, a))
    return out


# A cost indicator's own figure (not a standard per head, per item or per unit): the only
# indicators whose amount can be the project's whole budget.
_COST = lazy_compile(r"成本")
_PER_THING = lazy_compile(r"标准|单价|均价|人均|户均|生均|亩均|每|单位|平均|/")
# A budget of this many 万元 (10 亿元) or more in a project's form is rather the block filled in 元:
# a cost in 元 of its digits is then right, and the block is the slip.
_BLOCK_IN_YUAN = Decimal(100000)
# An actual this many times its target, within a factor of two, in one money unit: 10⁴ apart.
_NEAR = Decimal(2)


@dataclass(frozen=True)
class IndicatorBudgetSlip:
    """A cost indicator's figure in 元 with the digits of the form's budget total in 万元
    (``项目总成本 ≤ 50 元`` in a form whose 年度预算数(万元) is 50.00): 万 left out."""

    indicator: Indicator
    figure: Figure  # the target or actual cell
    quantity: Quantity
    budget: Figure  # the budget block's cell with the same digits
    is_target: bool


@dataclass(frozen=True)
class IndicatorTenThousandfold:
    """An indicator whose actual is about 10⁴ times its target in one money unit (``≤ 50 | 万元 |
    480000``): the larger figure was filled in 元 under a 万元 column."""

    indicator: Indicator
    larger: Figure
    smaller: Figure
    ratio: Decimal


def _cost_indicator(ind: Indicator) -> bool:
    return bool(_COST.search(ind.level2) or _COST.search(ind.name)) and not _PER_THING.search(ind.name)


def indicator_budget_slips(forms: list[SelfEvaluation], form_unit: Callable[[SelfEvaluation], str | None]
                           ) -> list[IndicatorBudgetSlip]:
    """Cost indicators whose target or actual in 元 has the digits of the budget block's total
    (its 年初 or 全年 budget, or what was spent), the block being in 万元 (``form_unit``)."""
    out = []
    for se in forms:
        totals = [f for row in se.budget[:1] for f in (row.initial, row.budget, row.actual)
                  if f is not None and f.quantity is not None and f.quantity.value > 0
                  and f.quantity.unit in (None, "万元")]
        if not totals or not any(_cost_indicator(i) for i in se.indicators) or form_unit(se) != "万元":
            continue
        for ind in se.indicators:
            if not _cost_indicator(ind):
                continue
            for fig, is_target in ((ind.target, True), (ind.actual, False)):
                q = fig.quantity if fig is not None else None
                if q is None or not q.is_money or q.scale != 1 or q.value <= 0:
                    continue
                per = money_per_unit(fig.cell.value)
                if per is not None and per[1]:
                    continue  # 元/人: a standard per head
                same = next((t for t in totals if t.quantity is not None and t.quantity.value == q.value), None)
                if same is not None and q.value < _BLOCK_IN_YUAN:
                    out.append(IndicatorBudgetSlip(ind, fig, q, same, is_target))
                    break  # one finding per indicator
    return out


def indicator_tenthousandfold(forms: list[SelfEvaluation]) -> list[IndicatorTenThousandfold]:
    """Indicators whose target and actual are money of one unit (the actual's own or the row's
    度量单位) with the one about 10⁴ times the other: a cost of 48 亿 against 50 万 is no result,
    it is 480000 元 written under 万元."""
    out = []
    for se in forms:
        for ind in se.indicators:
            t = ind.target.quantity if ind.target is not None else None
            a = ind.actual.quantity if ind.actual is not None else None
            if t is None or a is None or not (t.is_money and a.is_money) or t.scale != a.scale \
                    or t.value <= 0 or a.value <= 0:
                continue
            big, small = (ind.actual, ind.target) if a.value > t.value else (ind.target, ind.actual)
            assert big is not None and small is not None and big.quantity and small.quantity
            ratio = big.quantity.value / small.quantity.value
            if _TEN_THOUSAND / _NEAR <= ratio <= _TEN_THOUSAND * _NEAR:
                out.append(IndicatorTenThousandfold(ind, big, small, ratio))
    return out
