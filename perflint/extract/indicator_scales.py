"""An indicator whose 年度指标值 and 实际完成值 are money figures written in units 10⁴ apart
(万元 and 元) with numbers of one size (``≤1.50万元/场`` against ``1.45元/场``): one of the two
units is a slip, since a conversion between them would change the number by 10⁴ too."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from perflint.model import Indicator, SelfEvaluation
from perflint.text.numbers import Quantity, money_per_unit

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
