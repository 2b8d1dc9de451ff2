"""An indicator's target against its actual: which way it points (reverse indicators such as
投诉率), whether it was met, the completion ratio, and actuals written as an inequality or in
words where a figure was promised.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from perflint.extract.boilerplate_phrases import PUNCT_EDGES, phrases
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import any_of, compile_pattern, lazy_compile

_MORE_OR_LESS = lazy_compile(r"^(?:及|或)?(?:以上|以下)$")


def inequality_actual(text: str, quantity: Quantity | None) -> str | None:
    """The inequality an *actual* value is written as (``≥98%``, ``95%以上``), else None."""
    if quantity is not None and quantity.relation in ("≥", "≤", ">", "<"):
        return quantity.relation
    found = find_quantities(text)
    if len(found) != 1:
        return None
    q = found[0]
    if q.relation in ("≥", "≤", ">", "<"):
        return q.relation
    tail = compact(text[q.end:])
    if _MORE_OR_LESS.match(tail):
        return "≥" if "以上" in tail else "≤"
    return None


# A 自评表 printed as one run of text, its cells glued with nothing between them: after the header's
# 指标值 | 完成值 (adjacent columns) a row's target and actual stand side by side, and an actual that
# copies its target repeats the inequality at once (满意度≥85%≥85%10%10). Two targets side by side
# (中期指标值 | 年度指标值) have no 完成值 in the header. The unit ends each (the next cell, a weight,
# follows at once: ≥85%≥85%10%).
_VALUE_THEN_ACTUAL = lazy_compile(r"指标值\s*(?:全年)?(?:实际)?完成值")
_GLUED_TWICE = lazy_compile(
    r"(?P<t>[≥≤><≧≦＞＜]=?\s*\d+(?:\.\d+)?\s*(?:%|％|人次|万元|个|次|人|项|家|户|天|元|倍|场|期))"
    r"(?P=t)"
)
_NAME_BEFORE = 24  # characters read back for the indicator's name (the level's name before it cut off)


def glued_inequality_actuals(text: str) -> list[tuple[int, int, str]]:
    """In a form printed as one run of glued cells, the actuals that repeat their target's
    inequality right after it: (start, end, the name before the target)."""
    header = _VALUE_THEN_ACTUAL.search(text)
    if header is None:
        return []
    out = []
    for m in _GLUED_TWICE.finditer(text, header.end()):
        start = m.start("t") + len(m.group("t"))
        k = m.start()
        while k > 0 and m.start() - k < _NAME_BEFORE and "\u4e00" <= text[k - 1] <= "\u9fff":
            k -= 1
        name = text[k:m.start()]
        # the name starts after the cell before it when that is a level's name (满意度指标)
        name = name[name.rfind("指标") + 2:] if "指标" in name[:-2] else name
        name = name[-16:]
        out.append((start, m.end(), name))
    return out


@cache
def _measure_words() -> tuple[str, ...]:
    return tuple(phrases()["measure_words"])


def has_measure(text: str) -> bool:
    """Whether an improvement answer names an action (加强, 完善, 建立 …)."""
    c = compact(text)
    return any_of(_measure_words()).search(c) is not None


def only_figures(text: str) -> bool:
    """An improvement answer that holds figures or budget arithmetic and no action at all."""
    if has_measure(text):
        return False
    found = [q for q in find_quantities(text) if q.unit is not None]
    return len(found) >= 1 and len(compact(text)) >= 6


@cache
def _reverse_words() -> tuple[str, ...]:
    return tuple(phrases()["reverse_indicator_words"])


def is_reverse_indicator(name: str, level2: str = "") -> bool:
    """Less is better (成本, 投诉率, 办理时限 …): a figure below the target is no miss."""
    text = compact(name + level2)
    return any(w in text for w in _reverse_words())


def _comparable(target: Quantity, actual: Quantity, name: str) -> bool:
    kinds = {target.kind, actual.kind}
    if target.kind == actual.kind:
        if target.kind == "count":
            return target.unit == actual.unit
        return True
    if kinds == {"plain", "count"}:
        return True
    if kinds == {"plain", "percent"}:
        plain = target if target.kind == "plain" else actual
        return plain.value <= 100 and "率" in name
    return False


def _value(q: Quantity) -> Decimal:
    return q.base_value if q.kind in ("money", "count") else q.value


def compare_target(target: Quantity, actual: Quantity, name: str = "", level2: str = "") -> str | None:
    """``missed`` (the actual fails the target), ``unproven`` (an inequality actual that may
    fail it: ``>95%`` against ``≥95%``) or None (met, or the two are not comparable)."""
    if not _comparable(target, actual, name):
        return None
    t, a = _value(target), _value(actual)
    rel = target.relation
    if rel in (None, "="):
        rel = "≤" if is_reverse_indicator(name, level2) else "≥"
    arel = actual.relation if actual.relation in ("≥", ">", "≤", "<") else None
    # the actual as an interval [lo, hi]; an open end approaches its value without reaching it
    lo: Decimal | None = a
    hi: Decimal | None = a
    lo_open = hi_open = False
    if arel in ("≥", ">"):
        hi, lo_open = None, arel == ">"
    elif arel in ("≤", "<"):
        lo, hi_open = None, arel == "<"
    if rel in ("≥", ">"):
        if lo is None:
            return "missed" if hi is not None and (hi < t or (hi == t and (rel == ">" or hi_open))) else "unproven"
        if lo > t or (lo == t and (rel == "≥" or lo_open)):
            return None
        return "unproven" if hi is None else "missed"
    if hi is None:
        return "missed" if lo is not None and (lo > t or (lo == t and (rel == "<" or lo_open))) else "unproven"
    if hi < t or (hi == t and (rel == "≤" or hi_open)):
        return None
    return "unproven" if lo is None else "missed"


def same_dated_target(target: str, actual: str) -> bool:
    """Whether a 时效 indicator's actual repeats its target word for word and that target names a
    date (``2023年11月30日前`` under both 年度指标值 and 实际完成值): the deadline was met as set."""
    t, a = compact(target).strip(PUNCT_EDGES), compact(actual).strip(PUNCT_EDGES)
    if not t or t != a:
        return False
    from perflint.text.dates import date_mentions

    return any(m.year is not None and m.month is not None for m in date_mentions(t))


# what follows a deadline's date: 前 / 之前 / 以前, after 底 or 末 (``11月底前``)
_BEFORE = lazy_compile(r"^(?:底|末)?(?:之|以)?前")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _one_dated(text: str):
    """The one date with a year and a month that ``text`` names, with what follows it; None when
    it names none or several (a span ``2023年12月至2024年1月`` has no one end)."""
    from perflint.text.dates import date_mentions

    norm = compact(text).strip(PUNCT_EDGES)
    found = date_mentions(norm)
    if len(found) != 1 or found[0].year is None or found[0].month is None:
        return None
    return found[0], norm[found[0].end:]


def missed_deadline(target: str, actual: str) -> bool:
    """Whether a 时效 indicator set as a deadline (``2023年11月30日前``, ``2023年11月底前``) was
    done after it (``2024年1月15日``; a month alone is read at its first day, a deadline month's
    end at its last). An actual that is itself ``…前``, or either side naming no single date, is
    not judged."""
    t, a = _one_dated(target), _one_dated(actual)
    if t is None or a is None or not _BEFORE.match(t[1]) or "前" in a[1]:
        return False
    (td, _), (ad, _) = t, a
    latest = (td.year, td.month, td.day or _MONTH_DAYS[td.month - 1])
    earliest = (ad.year, ad.month, ad.day or 1)
    return earliest > latest


def completion_ratio(target: Quantity, actual: Quantity, name: str = "", level2: str = "") -> Decimal | None:
    """The share of its target an actual reached as the form's scoring rule computes it: B/A for
    a positive target (``≥A``), A/B for a reverse one (``≤A``, a cost); 1 when the target is met.
    None when the two are not comparable, the actual is an inequality or a value is zero."""
    if not _comparable(target, actual, name) or actual.relation is not None:
        return None
    t, a = _value(target), _value(actual)
    if t <= 0 or a < 0:
        return None
    rel = target.relation
    if rel in (None, "=") and a != t and is_reverse_indicator(name, level2):
        return None  # the direction is only guessed from the name (高血压控制数 is not a cost)
    if compare_target(target, actual, name, level2) is None:
        return Decimal(1)
    if rel in ("≤", "<"):
        return t / a if a > 0 else None
    return a / t


def either_way_share(target: Quantity, actual: Quantity, name: str = "", level2: str = "") -> Decimal | None:
    """The share a missed target earns when the form leaves its direction to the name alone.

    ``高血压随访控制数 3807人 / 3220人`` may be positive (3220 of 3807 reached) or reverse (a
    控制 figure kept under its cap): completion_ratio will not choose. Read either way, the
    score is full points (the target met) or at most weight × smaller ÷ larger (missed); this
    returns that share, or None when the direction is not in doubt or the figures do not compare."""
    if target.relation not in (None, "=") or actual.relation is not None:
        return None
    if not _comparable(target, actual, name) or not is_reverse_indicator(name, level2):
        return None
    t, a = _value(target), _value(actual)
    if t <= 0 or a <= 0 or a == t:
        return None
    return min(a, t) / max(a, t)


def unfinished(text: str) -> bool:
    """An actual that only says the work is still under way or not done (``建设中``, ``正在实施``,
    ``尚未完工``): whatever the target, it was not reached."""
    core = compact(text).strip(PUNCT_EDGES)
    return bool(core) and compile_pattern(phrases()["unfinished_actual"]).match(core) is not None


@cache
def _completion_words() -> frozenset[str]:
    return frozenset(phrases()["completion_words"])


def completion_only(text: str) -> bool:
    """An answer that is only a completion word (``完成``, ``已达标``) and names no value."""
    core = compact(text).strip(PUNCT_EDGES)
    return core in _completion_words()


def quantified(text: str) -> Quantity | None:
    """The measurable figure a target states (``参保率100%``, ``≥3次``), else None."""
    for q in find_quantities(text):
        if q.kind in ("percent", "count", "money") or q.relation is not None:
            return q
    return None
