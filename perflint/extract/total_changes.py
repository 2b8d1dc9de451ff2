"""Changes on last year of the totals of a 决算说明 that contain one another.

``收、支总计 1133.18 万元，各减少 45.27 万元``; ``支出合计 1133.18 万元，支出合计减少 13.44 万元``;
``一般公共预算财政拨款支出 1133.18 万元 … 一般公共预算财政拨款支出减少 45.27 万元``. Each total is
named exactly (``perflint/data/arithmetic.yaml``, ``nested_totals``), with this year's figure
stated before its change in the same paragraph. Last year's figure follows: C − X after 增加,
C + X after 减少. A part cannot have been above its whole last year, so two such statements
check each other. Read on the mentions of :mod:`perflint.extract.prose`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from perflint import data
from perflint.extract.prose import Mention, figure_mentions
from perflint.extract.prose_rates import _half_unit
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity
from perflint.text.patterns import compile_pattern, lazy_compile

_CUTS = ",，;；:：。"


@dataclass(frozen=True)
class TotalChange:
    """A named total's figure this year and its stated change on last year."""

    name: str
    level: str
    sides: tuple[str, ...]  # ("in",), ("out",) or both
    current: Quantity
    change: Quantity
    direction: int  # +1 增加, -1 减少

    @property
    def prior(self) -> Decimal:
        """Last year's figure the two imply, in the base unit."""
        return self.current.base_value - self.direction * self.change.base_value

    @property
    def slack(self) -> Decimal:
        return _half_unit(self.current) + _half_unit(self.change)


@dataclass(frozen=True)
class _Conf:
    """The phrase lists and patterns the total-change reader needs, built once."""

    levels: dict[str, tuple[str, tuple[str, ...]]]
    wholes: dict[str, frozenset[str]]
    lead: re.Pattern[str]
    tail: re.Pattern[str]
    verb_tail: re.Pattern[str]
    bare: re.Pattern[str]
    other_period: re.Pattern[str]
    budget: re.Pattern[str]


@cache
def _conf() -> _Conf:
    conf = data.load("arithmetic")["nested_totals"]
    levels = {name: (lv, ("in", "out") if side == "both" else (side,)) for name, (lv, side) in conf["levels"].items()}
    return _Conf(levels, {k: frozenset(v) for k, v in conf["wholes"].items()}, compile_pattern(conf["lead"]),
                 compile_pattern(conf["tail"]), compile_pattern(conf["verb_tail"]),
                 compile_pattern(conf["bare_comparison"]), compile_pattern(conf["other_period"]),
                 compile_pattern(conf["budget"]))


def containing(level: str) -> frozenset[str]:
    """The levels whose totals contain a total of ``level``."""
    return _conf().wholes.get(level, frozenset())


# Everything up to the last cut: ``.*`` runs to the end and the engine steps back to the last cut.
_TO_LAST_CUT = lazy_compile("(?s).*[" + re.escape(_CUTS) + "]")


def _clause(gap: str) -> str:
    g = compact(gap)
    m = _TO_LAST_CUT.match(g)
    return g[m.end():] if m is not None else g


def _name(m: Mention, conf: _Conf) -> str:
    """The total a level figure or a change names right before it ('' when none)."""
    return _gap_name(m.gap, m.role == "change")


@lru_cache(maxsize=4096)  # the gaps of a report repeat (``比上年增加``, ``本年支出``)
def _gap_name(gap: str, change: bool) -> str:
    conf = _conf()
    words = _clause(gap)
    words = conf.verb_tail.sub("", words) if change else conf.tail.sub("", words)
    return conf.lead.sub("", words)


def total_changes(text: str) -> list[TotalChange]:
    """Every change of a named total stated after this year's figure of it in ``text``."""
    return list(_total_changes(text))


@lru_cache(maxsize=1024)
def _total_changes(text: str) -> tuple[TotalChange, ...]:
    conf = _conf()
    out: list[TotalChange] = []
    ms = figure_mentions(text)
    latest: dict[str, Mention] = {}  # each name's latest figure of this year
    for i, m in enumerate(ms):
        if m.quantity.kind != "money" or m.bracketed or m.role not in ("level", "change"):
            continue
        gap = compact(m.gap)
        if conf.budget.search(gap) or (m.role == "level" and conf.other_period.search(gap)):
            continue  # a budget, a change on the budget, or last year's figure
        name = _name(m, conf)
        if m.role == "level":
            if name in conf.levels:
                latest[name] = m
            continue
        cur = latest.get(name)
        if cur is None and conf.bare.match(name) and i and ms[i - 1].sentence == m.sentence:
            prev = ms[i - 1]  # ``C，比上年减少 X``: the change of the figure right before it
            before = _name(prev, conf) if prev.role == "level" else ""
            if latest.get(before) is prev:
                name, cur = before, prev
        if cur is None or name not in conf.levels:
            continue
        level, sides = conf.levels[name]
        out.append(TotalChange(name, level, sides, cur.quantity, m.quantity, m.direction))
    return tuple(out)
