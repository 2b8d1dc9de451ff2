"""Shares of a stated total written ``P%为Y`` (``总保费 1293.45 万元，中央财政补贴 47.5%为 614.39 万元``),
and a share among them written in 元 whose digits are the total's share in 万元 (U401)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from perflint.text.numbers import Quantity, fmt
from perflint.text.numbers import quantities as figures_of
from perflint.text.patterns import lazy_compile

_SENTENCE = lazy_compile(r"[^。；;\n]+")
# what stands between a share's percentage and its amount: ``47.5%为614.39万元``, ``30%计 9 万元``
_JOIN = lazy_compile(r"^\s*(?:为|计|即|是|共计|合计|共)\s*$")
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class ShareScaleSlip:
    """``figure`` (in 元) is ``percent`` of ``base`` (in 万元 or 亿元) once read in the base's unit."""

    figure: Quantity
    base: Quantity
    percent: Quantity
    fixed: str  # the figure with the base's unit (``420.37万元``)


def _fits(base: Quantity, percent: Quantity, share: Quantity, scale: Decimal) -> bool:
    """Whether ``share`` (read at ``scale`` base units per unit) is ``percent`` of ``base``
    within the display rounding of the three figures."""
    expected = base.value * base.scale * percent.value / _HUNDRED / scale
    slack = share.half_unit + base.half_unit * percent.value / _HUNDRED + base.value * percent.half_unit / _HUNDRED
    return abs(share.value - expected) <= slack


def share_scale_slips(text: str) -> list[ShareScaleSlip]:
    """Shares of one sentence's total (``P%为Y``) of which one is written in 元 and is the total's
    share in 万元 (``省级财政补贴 32.5%为 420.37 元`` after ``总保费 1293.45 万元``).

    The base is the last money figure before the sentence's first share, in 万元 or 亿元; at least
    one other share in that unit must be its share too, so the base is the shares' total and not
    a figure of some other clause.
    """
    if "%" not in text and "％" not in text:
        return []
    out: list[ShareScaleSlip] = []
    for sentence in _SENTENCE.finditer(text):
        figures = figures_of(sentence.group(0))
        shares = [(p, a) for p, a in zip(figures, figures[1:], strict=False)
                  if p.kind == "percent" and a.kind == "money" and a.relation is None
                  and _JOIN.match(sentence.group(0)[p.end:a.start])]
        if len(shares) < 2:
            continue
        first = shares[0][0].start
        bases = [q for q in figures if q.kind == "money" and q.end <= first and q.relation is None]
        if not bases or bases[-1].unit not in ("万元", "亿元"):
            continue
        base = bases[-1]
        if not any(a.unit == base.unit and _fits(base, p, a, a.scale) for p, a in shares):
            continue  # no share of it in its own unit: it is not the shares' total
        for p, a in shares:
            if a.unit == "元" and not _fits(base, p, a, a.scale) and _fits(base, p, a, base.scale):
                out.append(ShareScaleSlip(_moved(a, sentence.start()), _moved(base, sentence.start()),
                                          _moved(p, sentence.start()), f"{fmt(a.value, a.decimals)}{base.unit}"))
    return out


def _moved(q: Quantity, shift: int) -> Quantity:
    """``q`` found in a sentence, placed in the whole text."""
    return replace(q, start=q.start + shift, end=q.end + shift, number_end=q.number_end + shift)
