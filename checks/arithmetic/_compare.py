"""How far a stated figure may be from a computed one, and how to show the computation.

Every figure stands for the interval its display rounds (``253.83`` is 253.825–253.835; a
zero is exact). A stated total is *consistent* when it equals the sum of its parts; a
difference the display rounding can explain, or one of a single unit of the total's last
digit, is a 尾数差异 (:attr:`Severity.rounding`); anything larger is an error. Rounding half up
(四舍五入) takes each figure from a half-open interval, so a difference of exactly the sum of the
half units is out of its reach: ``8.4`` against parts ``2.1 + 3.2 + 3.3 = 8.6`` is a wrong
figure. A stated rate is compared with the interval of ratios its operands allow (XBRL
calculation 1.1); a whole rate on a step of five (``95%``) that the computed one rounds to at
that step is a coarse figure, a warning rather than an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from itertools import product
from typing import TYPE_CHECKING

from perflint.diagnostics import Severity
from perflint.text.numbers import Quantity, fmt, rate_reach

if TYPE_CHECKING:
    from perflint.extract.prior_changes import PriorChange

MAX_SHOWN = 8  # parts shown in a message before the list is shortened


@dataclass(frozen=True)
class Outcome:
    """A stated figure against the one computed: how wrong it is at the stated precision."""

    severity: Severity
    computed: Decimal  # in the unit of the stated figure
    difference: Decimal


def half(q: Quantity) -> Decimal:
    """Half a unit of the last displayed digit, in base units; a zero is exact."""
    return Decimal(0) if q.value == 0 else q.half_unit * q.scale


def unit_of(q: Quantity) -> Decimal:
    return Decimal(10) ** (-q.decimals) * q.scale


def check_sum(total: Quantity, parts: Sequence[Quantity], *, at_most: bool = False) -> Outcome | None:
    """``total`` against the sum of ``parts``; ``at_most`` when the parts may fall short."""
    s = sum((p.base_value for p in parts), Decimal(0))
    t = total.base_value
    if s == t or (at_most and s < t):
        return None
    diff = abs(s - t)
    tolerance = sum((half(p) for p in parts), Decimal(0)) + half(total)
    # Within reach of the figures' rounding (strictly: the intervals are half-open), or one unit
    # of the total's last digit (a total rounded or cut on its own): a 尾数差异; beyond, an error.
    rounding = diff < tolerance or diff <= unit_of(total)
    severity = Severity.rounding if rounding else Severity.error
    return Outcome(severity, s / total.scale, diff / total.scale)


def as_listed(parts: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """Parts at the precision their list shows: in `30万元；30万元；29.99万元` the 30s drop
    the trailing zeros of 30.00, so each figure takes the most decimals shown by a sibling in
    the same unit."""
    best: dict[tuple[str | None, Decimal], int] = {}
    for p in parts:
        key = (p.unit, p.scale)
        best[key] = max(best.get(key, 0), p.decimals)
    return tuple(p if p.decimals >= best[(p.unit, p.scale)] else replace(p, decimals=best[(p.unit, p.scale)])
                 for p in parts)


def ratio_interval(fn: Callable[..., Decimal], operands: Sequence[Quantity]) -> tuple[Decimal, Decimal] | None:
    """The range of ``fn`` over the rounding intervals of ``operands`` (base units), or None."""
    ranges = [(q.base_value - half(q), q.base_value + half(q)) for q in operands]
    values = []
    for corner in product(*ranges):
        try:
            values.append(fn(*corner))
        except (ZeroDivisionError, InvalidOperation):
            return None
    return min(values), max(values)


def check_interval(stated: Quantity, low: Decimal, high: Decimal, value: Decimal | None = None) -> Severity | None:
    """A stated figure (its ``value`` if given, else its base value) against the interval
    ``[low, high]`` the operands allow: quiet when the two intervals meet. A rate (``value``
    given) one no rounding of the inputs can reach is an error (see
    :func:`~perflint.text.numbers.rate_reach`); a figure, within a unit of its last digit
    beyond its rounding interval, a 尾数差异."""
    if value is not None:
        reach = rate_reach(value, stated.decimals, low, high)
        severity = None if reach is None else Severity.rounding if reach == "rounding" else Severity.error
    else:
        v, h = stated.base_value, half(stated)
        gap = max(low - (v + h), (v - h) - high)
        severity = None if gap <= 0 else Severity.rounding if gap <= unit_of(stated) else Severity.error
    if stated.hedged:
        # ``约2.8%``, ``2.8%左右``: the writer says it is approximate; a slip of rounding is none,
        # and a figure beyond every rounding is worth a look but not certainly wrong
        return None if severity is Severity.rounding else Severity.warning if severity else None
    if severity is Severity.error and value is not None and _on_a_coarse_step(value, stated.decimals, low, high):
        # ``支付率95%`` where the figures give 96.35%: a whole rate on a step of five that the
        # computed rate rounds to at that step is a coarse figure, likely not certainly wrong
        return Severity.warning
    return severity


_STEP = Decimal(5)


def _on_a_coarse_step(value: Decimal, decimals: int, low: Decimal, high: Decimal) -> bool:
    """Whether a whole percent strictly between 0 and 100 on a step of five (95, 30) is what the
    computed rate (the middle of ``[low, high]``: whole figures widen the interval) rounds to at
    that step."""
    if decimals != 0 or not 0 < value < 100 or value % _STEP:
        return False
    middle = (low + high) / 2
    return value - _STEP / 2 <= middle < value + _STEP / 2


def number(q: Quantity) -> str:
    """A figure as the draft shows it, without its unit."""
    text = q.text.strip()
    if q.unit and text.endswith(q.unit):
        text = text[: -len(q.unit)].strip()
    return text.replace(" ", "") or fmt(q.value)


def shown(q: Quantity, with_unit: bool) -> str:
    return q.text.replace(" ", "") if with_unit else number(q)


def mixed_units(qs: Iterable[Quantity]) -> bool:
    return len({(q.unit, q.scale) for q in qs if q.value != 0}) > 1


def numbers(*qs: Quantity) -> list[str]:
    """Figures of one expression as the draft shows them: without their unit when they share
    one, with it when they do not (``1.2亿元`` beside ``4000万元``: the bare digits would read
    ``4000 ÷ (1.2 + 4000)``, though the computation is in one scale)."""
    with_unit = mixed_units(qs)
    return [shown(q, with_unit) for q in qs]


def sum_expression(parts: Sequence[Quantity], with_unit: bool = False, lang: str = "zh") -> str:
    items = [shown(p, with_unit) for p in parts]
    if len(items) > MAX_SHOWN:
        items = items[:3] + ["…"] + items[-2:]
        count = f"（共 {len(parts)} 项）" if lang == "zh" else f" ({len(parts)} items)"
        return " + ".join(items) + count
    return " + ".join(items)


def decimals_of(qs: Iterable[Quantity]) -> int:
    return max((q.decimals for q in qs), default=0)


def percent(value: Decimal, decimals: int) -> str:
    return fmt(value, max(decimals, 2))


def lines_of(lines: Iterable[int]) -> str:
    """``275``, ``275、278`` or ``275–304`` for the message text."""
    ls = sorted(set(lines))
    if not ls:
        return ""
    if len(ls) <= 3:
        return "、".join(str(n) for n in ls)
    return f"{ls[0]}–{ls[-1]}"


_TEN_THOUSAND = Decimal(10000)


def change_scale_slip(current: Quantity, change: Quantity, rate: Quantity, decrease: bool) -> Quantity | None:
    """The figure in 元 of a change stated beside a level in 万元 (``支出 520.40 万元，较上年减少
    30.10 元，下降 5.5%``), or the reverse, when the rate is wrong as written and right once both
    figures are read in one unit: a unit slip, not a rate computed wrongly (U401 reports it; A105
    leaves it)."""
    if current.kind != "money" or change.kind != "money" or {current.unit, change.unit} != {"元", "万元"}:
        return None
    if rate.kind != "percent" or rate.value <= 0:
        return None
    hundred = Decimal(100)

    def holds(c: Quantity, x: Quantity) -> bool | None:
        if decrease:
            rng = ratio_interval(lambda a, d: d / (a + d) * hundred, [c, x])
        elif c.base_value > x.base_value:
            rng = ratio_interval(lambda a, d: d / (a - d) * hundred, [c, x])
        else:
            return None
        return None if rng is None else check_interval(rate, rng[0], rng[1], value=rate.value) is None

    if holds(current, change):
        return None  # right as written (an increase larger than its level cannot be: wrong too)
    yuan = current if current.unit == "元" else change
    lifted = replace(yuan, scale=yuan.scale * _TEN_THOUSAND)
    if not holds(*((lifted, change) if yuan is current else (current, lifted))):
        return None
    return yuan


def prior_change_scale_slip(pc: PriorChange) -> Quantity | None:
    """The one figure in 元 of a change whose other two figures are in 万元 (``基本支出 252.50 元，
    较上年 231.50 万元增加 21.00 万元``), or the one in 万元 among two in 元, when C − P = ±X is wrong
    as written and holds once the odd figure is read in the others' unit: a unit slip, not a change
    computed wrongly (U401 reports it; A110 leaves it)."""
    figures = (pc.current, pc.prior, pc.change)
    if any(q.kind != "money" for q in figures) or {q.unit for q in figures} != {"元", "万元"}:
        return None
    odd = [q for q in figures if sum(1 for r in figures if r.unit == q.unit) == 1]
    if len(odd) != 1 or pc.agrees:
        return None
    slip = odd[0]
    factor = _TEN_THOUSAND if slip.unit == "元" else 1 / _TEN_THOUSAND
    lifted = replace(slip, scale=slip.scale * factor)
    read = replace(pc, **{name: lifted for name in ("current", "prior", "change") if getattr(pc, name) is slip})
    return slip if read.agrees else None


def completion_scale_slip(budget: Quantity, actual: Quantity, rate: Quantity) -> Quantity | None:
    """The figure in 元 of a completion stated against one in 万元 (``全年预算 900.00 万元 …
    实际支出 873.00 元，执行率 97.00%``) when the rate is wrong as written and right once both
    figures are read in one unit: the 元 was meant as 万元 (or the reverse), a unit slip, not a
    rate computed wrongly (U401 reports it; A107 leaves it)."""
    if budget.kind != "money" or actual.kind != "money" or {budget.unit, actual.unit} != {"元", "万元"}:
        return None
    if budget.base_value <= 0 or rate.kind != "percent":
        return None
    hundred = Decimal(100)
    rng = ratio_interval(lambda a, b: a / b * hundred, [actual, budget])
    if rng is None or check_interval(rate, rng[0], rng[1], value=rate.value) is None:
        return None  # right as written
    yuan = budget if budget.unit == "元" else actual
    lifted = replace(yuan, scale=yuan.scale * _TEN_THOUSAND)
    pair = [actual, lifted] if yuan is budget else [lifted, budget]
    rng = ratio_interval(lambda a, b: a / b * hundred, pair)
    if rng is None or check_interval(rate, rng[0], rng[1], value=rate.value) not in (None, Severity.rounding):
        return None  # (a last digit off once the units agree is still the unit's slip: 10⁴ off as written)
    return yuan

