"""Shared pieces of the 自评表 scoring rules: the cached forms and rate tolerances."""

from __future__ import annotations

from decimal import Decimal

from perflint.check import Context
from perflint.extract.selfeval import Figure, SelfEvaluation, self_evaluations
from perflint.model import Document, Location
from perflint.text.numbers import quantize


def forms(doc: Document, ctx: Context) -> list[SelfEvaluation]:
    return ctx.cached(doc, "selfeval", self_evaluations)


def where(fig: Figure) -> Location:
    return fig.cell.text.locate()


def percent_of(numerator: Figure, denominator: Figure) -> tuple[Decimal, Decimal] | None:
    """``numerator / denominator`` in percent and the tolerance its display rounding allows."""
    a, b = numerator.quantity, denominator.quantity
    if a is None or b is None or b.value == 0 or a.unit != b.unit and not (a.unit is None or b.unit is None):
        return None
    ratio = a.value / b.value * 100
    # Relative error of a quotient: ea/a + eb/b, in percent. Whole counts (4 次, 6 次) are exact.
    err = (half(a) / abs(a.value) if a.value else Decimal(0)) + half(b) / abs(b.value)
    return ratio, ratio * err


def percent_range(numerator: Figure, denominator: Figure) -> tuple[Decimal, Decimal] | None:
    """The exact range of ``numerator / denominator`` in percent over both figures' rounding
    intervals (the input :func:`~perflint.text.numbers.rate_reach` judges a stated rate by)."""
    a, b = numerator.quantity, denominator.quantity
    if a is None or b is None:
        return None
    ha, hb = half(a), half(b)
    if b.value - hb <= 0 or a.value - ha < 0:
        return None
    return (a.value - ha) / (b.value + hb) * 100, (a.value + ha) / (b.value - hb) * 100


def score_decimals(form: SelfEvaluation) -> int:
    """The precision the form scores to: the most decimals any of its scores shows (indicator
    rows, budget rows, 总分). A form whose total or any row shows 9.80 or 98.69 scores to
    hundredths, so a whole score in it is no whole-point rounding."""
    figs = [i.score for i in form.indicators] + [b.score for b in form.budget] + [form.total]
    return max((f.quantity.decimals for f in figs if f is not None and f.quantity is not None), default=0)


def half(q) -> Decimal:
    """Rounding interval of a figure; whole counts and whole scores are exact."""
    return Decimal(0) if q.decimals == 0 and q.kind in ("plain", "count") else q.half_unit


def shown(value: Decimal, like: Figure | None = None, places: int = 2) -> str:
    decimals = like.quantity.decimals if like is not None and like.quantity is not None else places
    return format(quantize(value, max(decimals, 0)), "f")
