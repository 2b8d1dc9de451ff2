"""A figure compared in words with its target right after it (``优良中等路率为78.6%，高于80%的目标值``).

A results section states an indicator's actual and says how it stands against the target:
``满意度达96%，超过年度目标值90%``, ``每公里成本0.42万元，低于0.45万元的标准``. The verb (高于,
低于, 达到 …) and the two figures, in one unit, must agree: 78.6% is not 高于 80%. Only two
figures next to each other in one sentence are read, the second named as the target (目标值,
计划, 指标值, 标准) right before or right after it, so that a comparison with last year or with
another figure (``高于全省平均水平``) is not taken for one with the target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.prose import Mention, figure_mentions
from perflint.text.numbers import Quantity, normalise
from perflint.text.patterns import compile_pattern, lazy_compile


@dataclass(frozen=True)
class TargetComparison:
    """``actual``, compared with ``target`` by a verb of ``sense`` (+1 above, −1 below, 0 reached)."""

    actual: Quantity
    target: Quantity
    verb: str
    sense: int
    named: str = ""  # what the target is called (年初目标, 计划, 标准 …)

    def contradicted(self) -> bool:
        """Whether the two figures say the opposite of the verb, beyond either's rounding."""
        a, t = self.actual.base_value, self.target.base_value
        slack = max(self.actual.half_unit * self.actual.scale, self.target.half_unit * self.target.scale)
        if self.sense > 0:
            return a < t - slack
        if self.sense < 0:
            return a > t + slack
        return a < t - slack


@cache
def _screen() -> re.Pattern[str]:
    """Any comparing verb (one pass over a text, not one per word)."""
    conf = data.load("consistency")["target_comparisons"]
    words = [*conf["above"], *conf["below"], *conf["reached"]]
    return compile_pattern("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int]]:
    conf = data.load("consistency")["target_comparisons"]
    sense = {**{w: 0 for w in conf["reached"]}, **{w: 1 for w in conf["above"]}, **{w: -1 for w in conf["below"]}}
    verbs = "|".join(re.escape(w) for w in sorted(sense, key=len, reverse=True))
    targets = "|".join(re.escape(w) for w in sorted(conf["targets"], key=len, reverse=True))
    # the words between the two figures: the verb, then perhaps the target's name and a bracket
    gap = compile_pattern(rf"^[,，、]?\s*(?:均|都|已|已经)?\s*(?P<verb>{verbs})\s*了?\s*(?P<named>(?:{targets}))?\s*(?:的|为)?\s*[（(]?\s*$")
    verb_first = compile_pattern(rf"^(?P<verb>{verbs})")
    after = compile_pattern(rf"^\s*[)）]?\s*(?:的|之)?\s*(?P<named>{targets})")
    return gap, verb_first, after, sense


_KINDS = ("percent", "count", "money", "measure")


def target_comparisons(text: str) -> list[TargetComparison]:
    """The comparisons of a figure with its target the text states (each read as written)."""
    if _screen().search(text) is None:
        return []
    gap_re, verb_first, after_re, sense = _words()
    out: list[TargetComparison] = []
    ms = figure_mentions(text)
    norm: str | None = None
    for a, b in zip(ms, ms[1:], strict=False):
        if a.sentence != b.sentence or a.bracketed or a.role not in ("level", "percent"):
            continue
        if not _comparable(a, b):
            continue
        verb, named = _verb(a, b, gap_re, verb_first)
        if verb is None:
            continue
        if not named:
            norm = norm if norm is not None else normalise(text)
            after = after_re.match(norm[b.end:b.end + 12])
            if not after:
                continue
            named = after.group("named")
        out.append(TargetComparison(a.quantity, b.quantity, verb, sense[verb], named))
    return out


def _comparable(a: Mention, b: Mention) -> bool:
    qa, qb = a.quantity, b.quantity
    return (qa.kind == qb.kind and qa.kind in _KINDS and qa.unit == qb.unit and qa.relation is None
            and b.role in ("level", "percent"))


def _verb(a: Mention, b: Mention, gap_re: re.Pattern[str], verb_first: re.Pattern[str]) -> tuple[str | None, str]:
    """The comparing verb (in the words between the figures, or opening the target's own text
    as in ``高于80%``) and the target's name where it stands before it ("" where it does not)."""
    m = gap_re.match(b.gap)
    if m:
        if b.quantity.relation is not None:
            return None, ""  # (≥90%: a bound, not the target's value)
        return m.group("verb"), m.group("named") or ""
    if _GAP_ONLY.fullmatch(b.gap) and (v := verb_first.match(b.quantity.text.strip())):
        return v.group("verb"), ""
    return None, ""


def form_target_comparisons(text: str) -> list[TargetComparison]:
    """The comparisons whose target is named as the form's own (年初目标, 计划, 指标值), not a
    standard or an expectation (标准, 预期): those give the 自评表's target. A target set beside
    the figure without a verb (``改造户厕1850户，年初目标1800户``) is one too (``verb`` empty)."""
    words = data.load("consistency")["target_comparisons"]["form_targets"]
    out = [c for c in target_comparisons(text) if any(w in c.named for w in words)]
    return out + _beside(text, out)


def _beside(text: str, compared: list[TargetComparison]) -> list[TargetComparison]:
    """``1850户，年初目标1800户``: the target named in the clause right after the figure."""
    ms = figure_mentions(text)
    taken = {c.actual.start for c in compared}
    out = []
    for a, b in zip(ms, ms[1:], strict=False):
        if a.sentence != b.sentence or a.bracketed or a.start in taken or a.role not in ("level", "percent"):
            continue
        if not _comparable(a, b) or b.quantity.relation is not None:
            continue
        m = _BESIDE.match(b.gap)
        if m:
            out.append(TargetComparison(a.quantity, b.quantity, "", 0, m.group("named")))
    return out


_BESIDE = lazy_compile(r"^[,，]\s*(?P<named>(?:年初|年度|全年)(?:目标|计划)(?:值|数)?)\s*(?:为|是)?\s*$")
_GAP_ONLY = lazy_compile(r"[,，、]?\s*")
