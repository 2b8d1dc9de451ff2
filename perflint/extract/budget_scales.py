"""A 自评表 budget-block figure filled in 元 under the block's 万元 (``项目资金（万元）| 80 | 80 |
780000 | 97.5%``): the figure is 10⁴ times what its row says it is. The row itself is the
evidence: read in 万元 the figure equals another figure of the block (all spent: ``80 | 800000 |
100%``), or makes the row's own 执行率 hold (78 ÷ 80 = 97.5%). A large figure the row gives no
such reason to read in 元 is left to the rate and overspending rules.

Shared by U401 (which reports it) and A121 / C719 (which leave such a row to it): one defect,
one diagnostic of the units family."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from perflint.extract.table_units import table_unit
from perflint.model import BudgetExecution, Figure, SelfEvaluation

_TEN_THOUSAND = Decimal(10000)


@dataclass(frozen=True)
class BudgetScaleSlip:
    """A budget-block figure 10⁴ times too large for the block's 万元."""

    form: SelfEvaluation
    row: BudgetExecution
    figure: Figure  # the cell filled in 元
    fixed: Decimal  # its value read in 万元
    evidence: Figure  # the figure it equals once read so, or the rate that then holds


def form_unit(se: SelfEvaluation) -> str | None:
    """The money unit the form's budget block declares (its own, else its table's)."""
    return se.unit or table_unit(se.table)


def budget_scale_slip(se: SelfEvaluation, row: BudgetExecution) -> BudgetScaleSlip | None:
    """The figure of ``row`` filled in 元 under the form's 万元, when the row shows it."""
    figures = [f for f in (row.initial, row.budget, row.actual) if _amount(f)]
    if len(figures) < 2 or form_unit(se) != "万元":
        return None
    block = [f for r in se.budget for f in (r.initial, r.budget, r.actual) if _amount(f)]
    for fig in figures:
        q = fig.quantity
        assert q is not None
        if q.unit is not None or q.value < _TEN_THOUSAND:
            continue  # a unit written in the cell, or too small to be 元 of a 万元 figure
        fixed = q.value / _TEN_THOUSAND
        slack = q.half_unit / _TEN_THOUSAND
        same = next((o for o in block if o is not fig and _equal(o, fixed, slack)), None)
        if same is not None:
            return BudgetScaleSlip(se, row, fig, fixed, same)
        if row.rate is not None and _rate_holds(row, fig, fixed):
            return BudgetScaleSlip(se, row, fig, fixed, row.rate)
    return None


def _amount(fig: Figure | None) -> bool:
    q = fig.quantity if fig is not None else None
    return q is not None and q.value > 0 and q.relation is None and not q.is_percent


def _equal(other: Figure, value: Decimal, slack: Decimal) -> bool:
    q = other.quantity
    assert q is not None
    return q.unit in (None, "万元") and q.value < _TEN_THOUSAND and abs(q.value - value) <= q.half_unit + slack


def _rate_holds(row: BudgetExecution, fig: Figure, fixed: Decimal) -> bool:
    """Whether the row's stated 执行率 is 执行数 ÷ 预算数 once ``fig`` is read as ``fixed``."""
    rate = row.rate.quantity if row.rate is not None else None
    if rate is None or not rate.is_percent or rate.value <= 0:
        return False
    if fig is row.actual and row.budget is not None and row.budget.quantity is not None:
        actual, budget, other = fixed, row.budget.quantity.value, row.budget.quantity
    elif fig is row.budget and row.actual is not None and row.actual.quantity is not None:
        actual, budget, other = row.actual.quantity.value, fixed, row.actual.quantity
    else:
        return False
    if budget <= 0 or actual <= 0:
        return False
    computed = actual / budget * 100
    err = computed * (other.half_unit / other.value + fig.quantity.half_unit / _TEN_THOUSAND / fixed)
    return abs(rate.value - computed) <= err + rate.half_unit
