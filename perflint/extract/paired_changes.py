"""Two changes and their two rates stated side by side, each of its own figure.

``2023年度收、支总计各是 A,B 万元。与2022年相比，收、支总计各减少 a,b 万元，各下降 x%、y%``, or
``收入 A、支出总计 B 万元。……收入减少 a、支出总计减少 b 万元，分别下降 x%、y%``: the template of a
决算说明's 收入支出决算总体情况 states the two totals, their two changes and their two rates as pairs,
in the same order. Each rate is read as a :class:`~perflint.extract.prose_rates.ChangeStatement` of
its own figure, change and rate (``inferred``: the figures are paired by their order only).

Only a pair the sentence lays out so: the rates after 分别 or 各 and a word of direction (or after
a bare word of direction where 各 or 分别 shares out the changes: ``收入、支出总计各增加 a、b 万元，增长
x%、y%``), two
figures of money (a bare figure takes the unit written once after its pair) between the
comparison (相比, 较上年 …) and the rates, with one direction for both, and two before the
comparison in the sentence or in the one before it. Anything else (three figures, a change up and
one down) is no pair and is left unread.
"""

from __future__ import annotations

from dataclasses import replace

from perflint.extract.prose_rates import ChangeStatement
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import sentences

# 分别下降 18%、21.6% / 各增长 23.51%和38.28%: the pair of rates, after the word that shares them out
_RATES = lazy_compile(
    r"(?:分别|各)\s*(?:为|是)?\s*(?P<verb>下降|降低|减少|减幅|增长|增加|上升|提高|增幅)了?\s*(?:为|了)?\s*"
    r"(?P<a>\d+(?:\.\d+)?\s*[%％])\s*(?:[、,，和及与]|以及)\s*(?P<b>\d+(?:\.\d+)?\s*[%％])"
    r"(?!\s*(?:[、,，和及与]|以及)\s*\d)"  # a third rate: no pair
)
# 各增加 a、b 万元，增长 x%、y%: the changes shared out by 各/分别, and the pair of rates after a bare verb
_RATES_AFTER_SHARED = lazy_compile(
    r"(?P<verb>下降|降低|减少|减幅|增长|增加|上升|提高|增幅)了?\s*(?:为|了)?\s*"
    r"(?P<a>\d+(?:\.\d+)?\s*[%％])\s*(?:[、,，和及与]|以及)\s*(?P<b>\d+(?:\.\d+)?\s*[%％])"
    r"(?!\s*(?:[、,，和及与]|以及)\s*\d)"
)
_SHARED_CHANGES = lazy_compile(r"(?:分别|各)\s*(?:比上年|较上年)?\s*(?:下降|降低|减少|增长|增加|上升|提高)")
# where the changes start: the comparison with last year's figures
_COMPARED = lazy_compile(r"相比|相较|比较|较上年|比上年|较\s*(?:19|20)\d\d\s*年度?|比\s*(?:19|20)\d\d\s*年度?|同比")
_DOWN = ("减少", "下降", "降低", "减")
_UP = ("增加", "增长", "上升", "提高", "增")


def _moved(q: Quantity, by: int) -> Quantity:
    """``q`` read at ``by`` characters further into the text."""
    return replace(q, start=q.start + by, end=q.end + by, number_end=q.number_end + by)


def _direction(words: str) -> int:
    """+1 or -1 when the words between the comparison and the rates move one way only, else 0."""
    down = any(w in words for w in _DOWN)
    up = any(w in words for w in _UP)
    return -1 if down and not up else 1 if up and not down else 0


def _money_pair(qs: list[Quantity]) -> list[Quantity] | None:
    """The two figures of money of ``qs`` (a bare figure before one of money takes its unit, as
    ``收入 476.17、支出总计 460.06万元`` writes it once), or None when ``qs`` is no such pair."""
    figures = [q for q in qs if q.kind in ("money", "plain")]
    if len(figures) != 2 or any(q.kind not in ("money", "plain") for q in qs):
        return None
    first, second = figures
    if second.kind != "money":
        return None
    if first.kind == "plain":
        first = replace(first, unit=second.unit, scale=second.scale, kind="money")
    return [first, second]


def paired_changes(text: str) -> list[ChangeStatement]:
    """The rates of ``text`` stated as a pair of changes, each of its own figure (see the module)."""
    if "%" not in text and "％" not in text:
        return []
    if "分别" not in text and "各" not in text:
        return []
    out: list[ChangeStatement] = []
    spans = sentences(text)
    for n, (s, e) in enumerate(spans):
        sent = text[s:e]
        m = _RATES.search(sent)
        shared = m is None  # the rates after a bare verb: the changes must be shared out themselves
        if shared:
            sm = _SHARED_CHANGES.search(sent)  # (most sentences share nothing out: the rates not sought)
            m = _RATES_AFTER_SHARED.search(sent, sm.end()) if sm is not None else None
            if m is None:
                continue
        compared = None
        for c in _COMPARED.finditer(sent, 0, m.start()):
            compared = c  # the last comparison before the rates
        if compared is None:
            continue
        change_words = sent[compared.end():m.start()]
        if shared and _SHARED_CHANGES.search(change_words) is None:
            continue
        direction = _direction(change_words + m.group("verb"))
        if direction == 0:
            continue
        changes = _money_pair(list(find_quantities(change_words)))
        if changes is None:
            continue
        before = sent[:compared.start()]
        offset = s
        levels = _money_pair(list(find_quantities(before)))
        if levels is None and not find_quantities(before) and n > 0:
            ps, pe = spans[n - 1]
            levels, offset = _money_pair(list(find_quantities(text[ps:pe]))), ps
        if levels is None:
            continue
        rates = [q for q in find_quantities(m.group(0)) if q.kind == "percent"]
        if len(rates) != 2:
            continue
        at_changes, at_rates = s + compared.end(), s + m.start()
        for level, change, rate in zip(levels, changes, rates, strict=True):
            out.append(ChangeStatement(rate=_moved(rate, at_rates), direction=direction,
                                       current=_moved(level, offset), change=_moved(change, at_changes),
                                       base=None, base_kind="prior", inferred=True))
    return out
