"""A trend word stated right after the two figures it judges: ``C，比上年 P 略有增加``.

The 决算说明 and the narratives often give both figures of a comparison and then only a word for it,
no amount: ``公务接待费支出 3.20 万元，比上年 5.60 万元有所增加``, ``本年 12.50 万元，上年 10.20 万元，
与上年持平``, ``预算 15.00 万元，决算 2.48 万元，与预算相比无增减``. The word fixes a direction (or none)
that the two figures decide by themselves; a word left from last year's sentence, or a figure changed
after the sentence was written, contradicts them. Three shapes are read, each inside one sentence
and in one kind of figure:

- the base is the comparison's own (``比上年 P``, ``与上年 P 相比``, ``比年初预算 B``), this year's
  figure (or the actual) being the level figure before it that :func:`_current` finds;
- last year's figure stands beside this year's (``C，上年 P，…``, ``2024年 C，2023年 P，…``);
- the budget and the actual stand side by side, each named (``预算 B，决算 A``, either order).

The word must follow the second figure at once (a comparison phrase and a comma between) and end its
clause (or open its reason: ``增加的主要原因是…``): a word followed by an amount or a rate is a
stated change, read by :mod:`perflint.extract.prior_changes` and A105. The vocabulary is data
(``consistency.yaml``: ``trend_words``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from perflint import data
from perflint.extract.prose import _PRIOR_LABEL, Mention, _same_kind, figure_mentions
from perflint.extract.prose_rates import _base_kind, _current, _earlier_year, _half_unit
from perflint.text.numbers import Quantity, normalise
from perflint.text.patterns import compile_pattern, lazy_compile
from perflint.text.sentences import sentences


@dataclass(frozen=True)
class TrendClaim:
    """``current`` and ``base``, and the word (offsets in the text) that says how the one stands
    to the other: ``sense`` +1 up, −1 down, 0 no change; ``about`` for "about the same"."""

    current: Quantity
    base: Quantity
    start: int
    end: int
    word: str
    sense: int
    about: bool
    budget: bool  # the base is the budget (the current the actual), not last year's figure

    @property
    def difference(self) -> Decimal:
        return self.current.base_value - self.base.base_value

    @property
    def slack(self) -> Decimal:
        return _half_unit(self.current) + _half_unit(self.base)

    def contradicted(self) -> bool:
        """Whether the two figures say otherwise than the word, beyond their rounding: a rise or a
        fall the other way (or none at all: the same figure twice), a change where none is said,
        or figures half as large again as each other said to be about the same."""
        diff = self.difference
        if self.about:
            low, high = sorted((self.current.base_value, self.base.base_value))
            return high - low > self.slack and (low <= 0 or high / low >= Decimal(str(_ratio())))
        if self.sense == 0:
            return abs(diff) > self.slack
        if diff == 0 and self.current.decimals == self.base.decimals:
            return True  # the same figure both years (at the digits shown), said to have moved
        return self.sense * diff < -self.slack


@cache
def _ratio() -> float:
    return float(data.load("consistency")["trend_words"]["about_ratio"])


@cache
def _word_re() -> re.Pattern[str]:
    """A trend word, in its group (``up``, ``down``, ``flat``, ``about``), ending its clause."""
    conf = data.load("consistency")["trend_words"]
    groups = "|".join(f"(?P<{key}>{'|'.join(conf[key])})" for key in ("about", "flat", "up", "down"))
    return compile_pattern(rf"(?:{groups})(?=\s*(?:[,，。；;）)]|$|的?(?:主要)?原因|主要是|是由于|是因为|系))")


_SCREEN = lazy_compile(r"增|减|升|降|持平|变化|不变|一致|相当|平稳|提高|回落|下滑")
# After the comparison's own base: ``(的)?(相比|相较)?，?(同比)?``
_AFTER_BASE = lazy_compile(r"\s*(?:的)?\s*(?:相比|相较|比较|对比)?\s*[,，]?\s*(?:同比)?\s*(?:均|都|则)?\s*")
# After last year's figure beside this year's: ``，(与上年相比|比上年|同比)?``
_AFTER_BESIDE = lazy_compile(r"\s*[,，;；]\s*(?:(?:与|比|较|同)(?:上年|去年|上一年度?|上年度|同期)(?:同期)?(?:相比|相较)?"
                             r"\s*[,，]?|同比)?\s*(?:均|都|则)?\s*")
# After the second of a budget and an actual: ``，与(年初)?预算(数)?相比`` / ``，比预算`` (the comparison
# named: a bare word after the pair may compare either with last year)
_AFTER_PAIR = lazy_compile(r"\s*[,，;；]\s*(?:与|比|较|同)(?:年初|全年|调整后的?)?预算(?:数)?(?:相比|相较)?\s*[,，]?\s*")
# Between this year's figure and last year's beside it: ``，上年`` (``上年支出``, ``上年决算数为``)
_BESIDE = lazy_compile(r"^[\s,，;；]*(?:上年|去年|上一年度?|上年度|同期)[^\d,，。；;:：其比较与]{0,8}$")
_BESIDE_YEAR = lazy_compile(r"^[\s,，;；]*(?:19|20)\d{2}年度?[^\d,，。；;:：其比较与]{0,8}$")
_BUDGET_NAME = lazy_compile(r"预算")
_ACTUAL_NAME = lazy_compile(r"决算|实际|支出|执行|使用|完成")
# The second figure of the pair is named by its stage alone (``，决算 A``, ``，实际支出 A``, ``，预算 B``):
# a label naming another item is another figure's
_PAIR_SECOND = {
    True: lazy_compile(r"^(?:年初|全年|调整后的?)?预算(?:数|额|金额)?(?:为|是)?$"),
    False: lazy_compile(r"^(?:全年|实际|年度)?(?:决算|支出|执行|使用)(?:决算)?(?:数|额|金额)?(?:为|是|达)?$"),
}
_PAIR_GAP = lazy_compile(r"^[\s,，;；]*[^\d,，。；;:：其比较与]{0,12}$")


def trend_claims(text: str) -> list[TrendClaim]:
    """Every trend word of ``text`` stated right after both figures it judges, and every
    ``决算数小于预算数`` after the budget and the actual it compares (:func:`_budget_directions`)."""
    return [*_trend_claims(text), *_budget_directions(text)]


@lru_cache(maxsize=1024)
def _trend_claims(text: str) -> tuple[TrendClaim, ...]:
    if not _SCREEN.search(text):
        return ()
    ms = figure_mentions(text)
    if len(ms) < 2:
        return ()
    norm = normalise(text)
    spans = sentences(norm)
    out: list[TrendClaim] = []
    for k in range(1, len(ms)):
        p = ms[k]
        if p.quantity.kind not in ("money", "count"):
            continue
        if p.bracketed:
            found = _bracketed_base(norm, ms, k)
        elif p.role not in ("base", "level"):
            continue
        elif p.role == "base":
            found = _after_base(norm, ms, spans, k)
        else:
            found = _after_level(norm, ms, k) or _base_after_word(norm, ms, k)
        if found is not None:
            out.append(found)
    return tuple(out)


def _word_after(norm: str, at: int) -> re.Match[str] | None:
    return _word_re().match(norm, at)


def _claim(cur: Mention, base: Mention, hit: re.Match[str], budget: bool) -> TrendClaim:
    group = hit.lastgroup or ""
    sense = {"up": 1, "down": -1}.get(group, 0)
    return TrendClaim(cur.quantity, base.quantity, hit.start(), hit.end(), hit.group(), sense, group == "about", budget)


def _after_base(norm: str, ms: list[Mention], spans, k: int) -> TrendClaim | None:
    """``C，比上年 P 略有增加`` / ``C，与上年 P 相比持平`` / ``决算 C，比年初预算 B 有所减少``."""
    p = ms[k]
    hit = _word_after(norm, _AFTER_BASE.match(norm, p.end).end())
    if hit is None:
        return None
    c = _current(norm, ms, spans, p, 0)
    if c is None or not _same_kind(c.quantity, p.quantity) or _PRIOR_LABEL.search(c.label):
        return None
    budget = _base_kind(p.label + norm[p.end:hit.start()]) == "budget"
    if budget and _BUDGET_NAME.search(c.label):
        return None  # ``预算 C，比上年预算 B …``: two budgets, one of them last year's
    return _claim(c, p, hit, budget)


def _after_level(norm: str, ms: list[Mention], k: int) -> TrendClaim | None:
    """``C，上年 P，与上年持平`` (last year's figure beside this year's) or ``预算 B，决算 A，与预算
    相比无增减`` (a budget and an actual side by side, in either order)."""
    p, c = ms[k], ms[k - 1]
    if c.sentence != p.sentence or c.bracketed or c.role != "level" or not _same_kind(c.quantity, p.quantity):
        return None
    between = norm[c.end:p.start]
    if (_BESIDE.match(between) or (_BESIDE_YEAR.match(between) and _earlier_year(p, [c, p]))) \
            and not _PRIOR_LABEL.search(c.label):
        gap = _AFTER_BESIDE.match(norm, p.end)
        hit = _word_after(norm, gap.end()) if gap is not None else None
        return _claim(c, p, hit, False) if hit is not None else None
    if not _PAIR_GAP.match(between) or "上年" in c.label + p.label or "同期" in c.label + p.label:
        return None
    names = [(_BUDGET_NAME.search(m.label) is not None, _ACTUAL_NAME.search(m.label) is not None) for m in (c, p)]
    if names == [(True, False), (False, True)]:
        budget, actual = c, p
    elif names == [(False, True), (True, False)]:
        actual, budget = c, p
    else:
        return None
    if not _PAIR_SECOND[p is budget].match(p.label):
        return None
    gap = _AFTER_PAIR.match(norm, p.end)
    hit = _word_after(norm, gap.end()) if gap is not None else None
    return _claim(actual, budget, hit, True) if hit is not None else None


# Last year's figure in brackets right after the comparison's words: ``C，较上年（P）有所增加``.
_BRACKET_BEFORE = lazy_compile(r"^\s*[,，]?\s*(?:与|比|较|同)(?:上年|去年|上一年度?|上年度|同期)(?:同期)?\s*[（(]\s*$")
_BRACKET_AFTER = lazy_compile(r"\s*[）)]\s*(?:相比|相较)?\s*[,，]?\s*(?:同比)?\s*(?:均|都|则)?\s*")
# The word first, then last year's figure in the next clause: ``C，与上年持平，上年为 P``.
_WORD_LEAD = lazy_compile(r"\s*[,，]\s*(?:与|比|较|同)(?:上年|去年|上一年度?|上年度|同期)(?:同期)?(?:相比|相较)?\s*[,，]?\s*")
_BASE_AFTER_WORD = lazy_compile(r"^\s*[,，;；]\s*(?:上年|去年|上一年度?|上年度)(?:同期)?(?:支出|决算|实际支出)?(?:数|金额)?(?:为|是)?\s*$")


def _pair_of(ms: list[Mention], k: int) -> tuple[Mention, Mention] | None:
    """This year's figure right before last year's ``ms[k]`` in its sentence, of the same kind."""
    p, c = ms[k], ms[k - 1]
    if c.sentence != p.sentence or c.bracketed or c.role != "level" or not _same_kind(c.quantity, p.quantity) \
            or _PRIOR_LABEL.search(c.label):
        return None
    return c, p


def _bracketed_base(norm: str, ms: list[Mention], k: int) -> TrendClaim | None:
    """``C，较上年（P）有所增加``: last year's figure in brackets after the comparison's words."""
    pair = _pair_of(ms, k)
    if pair is None:
        return None
    c, p = pair
    if not _BRACKET_BEFORE.match(norm[c.end:p.start]):
        return None
    gap = _BRACKET_AFTER.match(norm, p.end)
    hit = _word_after(norm, gap.end()) if gap is not None else None
    return _claim(c, p, hit, False) if hit is not None else None


def _base_after_word(norm: str, ms: list[Mention], k: int) -> TrendClaim | None:
    """``C，与上年持平，上年为 P``: the word right after this year's figure, last year's figure in
    the clause after it."""
    pair = _pair_of(ms, k)
    if pair is None:
        return None
    c, p = pair
    lead = _WORD_LEAD.match(norm, c.end)
    hit = _word_after(norm, lead.end()) if lead is not None else None
    if hit is None or hit.end() > p.start or not _BASE_AFTER_WORD.match(norm[hit.end():p.start]):
        return None
    return _claim(c, p, hit, False)


# The 决算说明 template's comparison of the actual with the budget, after both are stated:
# ``预算为 B 万元，支出决算为 A 万元，完成预算的 W%，决算数小于预算数`` (its reason often follows, or
# opens the next sentence: ``。决算数大于预算数的主要原因是…``). A template left with both words
# (``大于(小于)``, ``小于预算数(或与预算数持平)``) is B304's.
_DIRECTION = lazy_compile(r"决算(?:数)?(?:(?P<up>大于|高于|超过|多于)|(?P<down>小于|低于|少于)|(?P<flat>等于))(?:年初|全年|调整后的?)?预算(?:数)?"
                          r"|决算(?:数)?与(?:年初|全年|调整后的?)?预算(?:数)?(?P<flat2>持平|相等|一致)")
_LEFT_OPEN = lazy_compile(r"\s*[（(]\s*或")
_BUDGET_LABEL = lazy_compile(r"(?:年初|全年|调整后的?)?预算(?:数)?(?:为|是)?$")
_ACTUAL_LABEL = lazy_compile(r"决算(?:数)?(?:为|是)?$")
_OPENS = lazy_compile(r"^[\s\d.、，,（()）一二三四五六七八九十]*$")


@lru_cache(maxsize=1024)
def _budget_directions(text: str) -> tuple[TrendClaim, ...]:
    if "决算" not in text or "预算" not in text:
        return ()
    norm = normalise(text)
    hits = [h for h in _DIRECTION.finditer(norm) if not _LEFT_OPEN.match(norm, h.end())]
    if not hits:
        return ()
    ms = figure_mentions(text)
    spans = sentences(norm)
    out: list[TrendClaim] = []
    for hit in hits:
        k = next((i for i, (a, b) in enumerate(spans) if a <= hit.start() < b), None)
        if k is None:
            continue
        pair = _pair_in(ms, k, hit.start())
        if pair is None and k > 0 and _OPENS.match(norm[spans[k][0]:hit.start()]):
            pair = _pair_in(ms, k - 1, spans[k - 1][1])  # ``…支出决算为 A 万元。决算数小于预算数的原因``
        if pair is None:
            continue
        budget, actual = pair
        group = hit.lastgroup or ""
        sense = {"up": 1, "down": -1}.get(group, 0)
        out.append(TrendClaim(actual.quantity, budget.quantity, hit.start(), hit.end(), hit.group(), sense, False, True))
    return tuple(out)


def _pair_in(ms: list[Mention], sentence: int, before: int) -> tuple[Mention, Mention] | None:
    """The one budget and the one actual (money, each named by its stage alone) that ``sentence``
    states before ``before``; None when it states no such pair, or more than one of either."""
    mine = [m for m in ms if m.sentence == sentence and m.end <= before and not m.bracketed and m.quantity.is_money]
    budgets = [m for m in mine if _BUDGET_LABEL.search(m.label) and "决算" not in m.label and "上年" not in m.label]
    actuals = [m for m in mine if _ACTUAL_LABEL.search(m.label) and "上年" not in m.label]
    if len(budgets) != 1 or len(actuals) != 1 or not _same_kind(budgets[0].quantity, actuals[0].quantity):
        return None
    return budgets[0], actuals[0]
