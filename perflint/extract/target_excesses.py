"""An actual figure's stated excess over its target: ``年度目标36个，实际建成38个，超过年度目标2个``.

A results section often gives an indicator's target, then its actual, then how far the actual
went past (or fell short of) the target: ``计划培训1200人次，实际培训1350人次，比计划多150人次``.
With the three figures in one paragraph the difference is fixed by the other two, as a change on
last year is (:mod:`perflint.extract.prior_changes`): the stated excess is actual − target. Read
only when the figure right before the excess is the actual one (not named as a target) and the
nearest earlier figure of the same unit is named as the target; the vocabulary lives in
``arithmetic.yaml`` (``target_excess``). A rate's excess is in 百分点 (``目标90%，实际95%，超过目标
5个百分点``): the two rates' difference, read the same way.

Imported by the rule that needs it when it runs.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from perflint import data
from perflint.extract.prior_changes import PriorChange
from perflint.extract.prose import Mention, figure_mentions
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern

_KINDS = ("count", "money", "measure")


@cache
def _conf() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    conf = data.load("arithmetic")["target_excess"]
    return compile_pattern(conf["target_label"]), compile_pattern(conf["above"]), compile_pattern(conf["below"])


def target_excesses(text: str) -> list[PriorChange]:
    """Every ``target … actual …, 超过目标 X`` of ``text``, as a change from the target
    (``prior``) to the actual (``current``); ``stated_base`` when all three share a sentence."""
    return list(_target_excesses(text))


@lru_cache(maxsize=1024)
def _target_excesses(text: str) -> tuple[PriorChange, ...]:
    target_re, above_re, below_re = _conf()
    if target_re.search(text) is None:
        return ()  # no target named (most texts)
    ms = figure_mentions(text)
    out: list[PriorChange] = []
    for k in range(2, len(ms)):
        x, c = ms[k], ms[k - 1]
        points = x.role == "points"  # 超过目标3个百分点: a rate's excess, in points
        if x.bracketed or not (points or x.role in ("level", "change") and x.quantity.kind in _KINDS):
            continue
        gap = compact(x.gap)
        direction = 1 if above_re.match(gap) else -1 if below_re.match(gap) else 0
        if direction == 0 or c.sentence != x.sentence:
            continue
        level = "percent" if points else "level"
        if c.role != level or c.bracketed or not _alike(c, x) or target_re.search(c.label):
            continue
        t = _target_before(ms, k - 1, target_re, (above_re, below_re), level)
        if t is None:
            continue
        out.append(PriorChange(c.quantity, t.quantity, x.quantity, direction, t.sentence == x.sentence,
                               target=True))
    return tuple(out)


def _alike(a: Mention, b: Mention) -> bool:
    """Same kind, and the same unit unless money (converted)."""
    qa, qb = a.quantity, b.quantity
    return qa.kind == qb.kind and (qa.kind == "money" or qa.unit == qb.unit)


def _target_before(ms: list[Mention], c: int, target_re: re.Pattern[str],
                   excess_res: tuple[re.Pattern[str], ...], level: str = "level") -> Mention | None:
    """The nearest figure before ``ms[c]`` in its unit, when it is a ``level`` (a rate, for an
    excess in points) named as the target (a figure of that unit in between, one named otherwise,
    or another indicator's stated excess, leaves the target unknown)."""
    for j in range(c - 1, -1, -1):
        m = ms[j]
        if not _alike(m, ms[c]):
            continue
        if m.role != level or m.bracketed or not target_re.search(m.label) \
                or any(r.match(compact(m.gap)) for r in excess_res):
            return None
        if ms[c].sentence - m.sentence > 1:
            return None  # the target of another sentence than the one before
        return m
    return None
