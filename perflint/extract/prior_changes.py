"""A change stated beside both of its figures: ``C，比上年 P 增加 X`` (X should be C − P).

The 决算说明 template words a comparison with last year as ``本年 C 万元，比上年增加 X 万元``;
many units also give last year's figure (``与上年 P 万元相比减少 X 万元``, ``上年 P 万元，增加 X
万元``). With all three figures in one sentence the change is fixed by the other two: X = |C − P|,
in the direction the verb says. Read on the mentions of :mod:`perflint.extract.prose`. A
comparison with a budget figure stated inside it (``决算 C，比年初预算 B 减少 X``) is read the
same way; its rate (比预算下降 Y%) is A107's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from perflint.extract.prose import _PRIOR_LABEL, Mention, _same_kind, figure_mentions
from perflint.extract.prose_lists import _subject
from perflint.extract.prose_rates import _base_kind, _current, _earlier_year, _half_unit
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, as_money, normalise, read_as
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import sentences


@dataclass(frozen=True)
class PriorChange:
    """This year's figure, last year's, and the change the sentence states between them.

    ``stated_base`` is True when last year's figure is the comparison's own (``比上年 P 增加 X``,
    ``与上年 P 相比减少 X``), False when it stands beside this year's (``C，上年 P，增加 X``)."""

    current: Quantity
    prior: Quantity
    change: Quantity
    direction: int  # +1 增加, -1 减少
    stated_base: bool
    # the base is a budget (``决算 C，比年初预算 B 减少 X``), not last year's figure
    budget: bool = False
    # the sentence says where the figure moved from and to (``由 P 下降到 C``), naming no years
    # of its own: a message speaks of the start and the end, not of this year and last
    moved: bool = False
    # the base is the actual figure's target (``目标 T，实际 C，超过目标 X``:
    # :mod:`perflint.extract.target_excesses`)
    target: bool = False

    @property
    def difference(self) -> Decimal:
        """C − P in the base unit."""
        return self.current.base_value - self.prior.base_value

    @property
    def exact(self) -> bool:
        """Whole counts against a target (38 个, 36 个, 2 个): none of them rounded."""
        return self.target and all(q.kind == "count" and q.decimals == 0 and q.scale == 1
                                   for q in (self.current, self.prior, self.change))

    @property
    def slack(self) -> Decimal:
        """What rounding at the last digit each figure shows can account for."""
        if self.exact:
            return Decimal(0)
        return sum((_half_unit(q) for q in (self.current, self.prior, self.change)), Decimal(0))

    @property
    def agrees(self) -> bool:
        return abs(self.difference - self.direction * self.change.base_value) <= self.slack


# Between the base P and the change X: the verb alone (增加 / 相比减少 / 相比，增加)
_AFTER_BASE = lazy_compile(r"^\s*(?:的)?(?:\s*(?:相比|比较|对比))?[\s,，]*(?:同比)?\s*(?:增加|减少|增长|下降|降低|上升|"
                           r"提高|增|减|多|少)(?:了|为|达)?\s*$")
# Between C and P when P stands beside it: ``，上年`` (``上年支出``, ``上年决算数为``) and nothing else
_BESIDE = lazy_compile(r"^[\s,，;；]*(?:上年|去年|上一年度?|上年度|同期)[^\d,，。；;:：其比较与]{0,8}$")
# Between P and X when P stands beside C: ``，增加`` or ``，比上年减少``
_AFTER_BESIDE = lazy_compile(r"^[\s,，;；]*(?:(?:比|较)(?:上年|去年|上一年度?|上年度|同期)(?:相比)?|同比|对比|相比)?\s*"
                             r"(?:增加|减少|增长|下降|降低|上升|提高|增|减|多|少)(?:了|为|达)?\s*$")

# Between X and P when P follows the change in brackets: ``（上年`` (``（上年总收入``, ``（2021年为``)
# Between C and P when each is labelled by its year (``2024年预算 C，2023年 P，对比减少 X``): the
# earlier year and nothing else; :func:`perflint.extract.prose_rates._earlier_year` checks the years
_BESIDE_YEAR = lazy_compile(r"^[\s,，;；]*(?:19|20)\d{2}年度?[^\d,，。；;:：其比较与]{0,8}$")

_BRACKETED_PRIOR = lazy_compile(r"^\s*[（(]\s*(?:上年|去年|上一年度?|上年度|同期)[^\d,，。；;:：()（）]{0,10}$")

_CHANGE_WORD = lazy_compile(r"[增减多少升降高]")


def prior_changes(text: str) -> list[PriorChange]:
    """Every change of ``text`` stated beside this year's and last year's figure."""
    return list(_prior_changes(text))


@lru_cache(maxsize=1024)
def _prior_changes(text: str) -> tuple[PriorChange, ...]:
    if not _CHANGE_WORD.search(text):
        return ()  # no change stated (most texts)
    ms = figure_mentions(text)
    if len(ms) < 3:
        return ()
    norm = normalise(text)
    spans = sentences(norm)
    out: list[PriorChange] = []
    for k in range(1, len(ms)):
        x = ms[k]
        if k >= 2 and x.role in ("change", "points") and not x.bracketed \
                and (found := _from_to(norm, ms, k, x)) is not None:
            out.append(found)
            continue
        if x.role != "change" or x.bracketed or x.quantity.kind not in ("money", "count"):
            continue
        if k + 1 < len(ms) and ms[k + 1].bracketed:
            found = _after(norm, ms, k, x)
            if found is not None:
                out.append(found)
                continue
        p = ms[k - 1]
        if p.sentence != x.sentence or p.bracketed:
            continue
        unitless = p.quantity.kind == "plain" and bool(_PRIOR_LABEL.search(p.label))
        if unitless:
            p = _in_unit_of(p, x)  # ``比上年 12.50 减少 9.30 万元``: last year's figure without its unit
            if p is None:
                continue
        if not _same_kind(p.quantity, x.quantity):
            continue
        if p.role == "base":
            found = _stated_base(norm, ms, spans, p, x)
        elif k >= 2 and ms[k - 2].sentence == x.sentence:
            found = _beside(norm, ms, k, p, x)
        else:
            found = _opening_prior(norm, ms, p, x)
        if found is not None:
            # a figure read in the change's unit is a reading (its unit may be another): a warning
            out.append(replace(found, stated_base=False) if unitless else found)
    return tuple(out)


def _in_unit_of(p: Mention, x: Mention) -> Mention | None:
    """A plain figure ``p`` read in the unit of the change ``x`` after it (None when it cannot be)."""
    if p.quantity.is_bare_magnitude or x.quantity.kind != "money":
        return None
    q = read_as(p.quantity, x.quantity)
    return replace(p, quantity=q) if q is not None else None


_PRIOR_OPENING = lazy_compile(r"^(?:上年|去年|上一年度?|上年度)(?:同期)?(?:决算数?|支出数?|数)?(?:为|是)?$")


def _opening_prior(norm: str, ms: list[Mention], p: Mention, x: Mention) -> PriorChange | None:
    """``本年 C。上年为 P，减少 X``: a sentence that opens with last year's figure and goes on with
    the change, this year's figure being the one the sentence before states (a reading: a warning)."""
    if p.role != "level" or x.sentence == 0 or compact(p.gap) != p.label or not _PRIOR_OPENING.match(p.label) \
            or not _AFTER_BESIDE.match(norm[p.end:x.start]):
        return None
    c = _subject(ms, x.sentence - 1, x.quantity)
    if c is None or not _same_kind(c.quantity, p.quantity) or _PRIOR_LABEL.search(c.label):
        return None
    return PriorChange(c.quantity, p.quantity, x.quantity, x.direction, False)


def _stated_base(norm: str, ms: list[Mention], spans, p: Mention, x: Mention) -> PriorChange | None:
    """``C，比上年 P 增加 X`` / ``C，与上年 P 相比减少 X`` / ``决算 C，比年初预算 B 减少 X``."""
    if not _AFTER_BASE.match(norm[p.end:x.start]):
        return None
    budget = _base_kind(p.label + norm[p.end:x.start]) == "budget"
    c = _current(norm, ms, spans, p, 0)
    if c is None or not _same_kind(c.quantity, p.quantity) or _PRIOR_LABEL.search(c.label):
        return None
    if budget and _BUDGET_LABEL.search(c.label):
        return None  # ``预算 C，比上年预算 B …``: two budgets, one of them last year's
    return PriorChange(c.quantity, p.quantity, x.quantity, x.direction, True, budget)


_BUDGET_LABEL = lazy_compile(r"预算")


# ``由上年的 P 下降到 C，下降 X``: the figure the change starts from after 由 (last year's, a year's
# or a bare one), the figure it moved to after 增加到 / 下降至, then the change between them
_FROM = lazy_compile(r"由\s*(?:(?:上年|去年|上一年度?|上年度|(?:19|20)\d{2}\s*年度?)(?:末|底|同期)?\s*(?:的)?)?\s*$")
_TO = lazy_compile(r"^\s*(?:增加|减少|增长|下降|降低|上升|提高|减|增)(?:到|至)\s*$")
_FALL = lazy_compile(r"减|降|少")


def _from_to(norm: str, ms: list[Mention], k: int, x: Mention) -> PriorChange | None:
    """``由 P 增加到 C，增加 X``: X is C − P whatever year P is of, the sentence naming both; two
    rates and their change in points (``由6.2%下降到5.1%，下降1.1个百分点``) alike."""
    p, c = ms[k - 2], ms[k - 1]
    if p.sentence != x.sentence or c.sentence != x.sentence or p.bracketed or c.bracketed:
        return None
    direction = x.direction
    if x.role == "points":  # a change in points carries no direction of its own: its verb's
        if not p.role == c.role == "percent":
            return None
        direction = -1 if _FALL.search(norm, c.end, x.start) else 1
    elif x.quantity.kind not in ("money", "count") \
            or not (_same_kind(p.quantity, c.quantity) and _same_kind(c.quantity, x.quantity)):
        return None
    if not _TO.match(norm[p.end:c.start]) or not _AFTER_BESIDE.match(norm[c.end:x.start]) \
            or not _FROM.search(norm, max(0, p.start - 16), p.start):
        return None
    return PriorChange(c.quantity, p.quantity, x.quantity, direction, True, moved=True)


def _after(norm: str, ms: list[Mention], k: int, x: Mention) -> PriorChange | None:
    """``C，较上年增加 X（上年 P）``: last year's figure given in brackets right after the change."""
    c, p = ms[k - 1], ms[k + 1]
    if c.role != "level" or c.bracketed or c.sentence != x.sentence or p.sentence != x.sentence:
        return None
    if not _same_kind(c.quantity, p.quantity) or not _same_kind(p.quantity, x.quantity) or _PRIOR_LABEL.search(c.label):
        return None
    if not _AFTER_BESIDE.match(norm[c.end:x.start]) or not _BRACKETED_PRIOR.match(norm[x.end:p.start]):
        return None
    return PriorChange(c.quantity, p.quantity, x.quantity, x.direction, True)


def _beside(norm: str, ms: list[Mention], k: int, p: Mention, x: Mention) -> PriorChange | None:
    """``C，上年 P，增加 X``: last year's figure stated right after this year's, then the change."""
    c = ms[k - 2]
    if p.role != "level" or c.role != "level" or c.bracketed or c.sentence != x.sentence:
        return None
    if not _same_kind(c.quantity, p.quantity) or _PRIOR_LABEL.search(c.label):
        return None
    between = norm[c.end:p.start]
    if not (_BESIDE.match(between) or (_BESIDE_YEAR.match(between) and _earlier_year(p, [c, p]))) \
            or not _AFTER_BESIDE.match(norm[p.end:x.start]):
        return None
    return PriorChange(c.quantity, p.quantity, x.quantity, x.direction, False)


# A sentence opening with a year and a quantity's name before its figure:
# ``鄂城区2022年的“三公”经费决算数合计为`` (a place may come first).
_YEAR_LEVEL = lazy_compile(r"^[^\d，,。；;：:]{0,12}?(?P<year>(?:19|20)\d{2})年度?(?:的)?(?P<name>[^\d，,。；;：:]{2,20}?)"
                           r"(?:合计|共计|总计|总额)?(?:为|是|共)?$")
# A sentence opening with the year, the same name and a change on last year:
# ``2022年“三公”经费决算数相较于上年增加``.
_YEAR_CHANGE = lazy_compile(r"^[^\d，,。；;：:]{0,12}?(?P<year>(?:19|20)\d{2})年度?(?:的)?(?P<name>[^\d，,。；;：:]{2,20}?)"
                            r"(?:相较于|相较|较|比|与)(?:上年|上一年)度?(?:相比)?[，,]?(?:增加|减少|增长|下降)了?$")
_YEAR = lazy_compile(r"((?:19|20)\d{2})年")
_QUOTE_MARKS = lazy_compile(r"[“”\"'‘’「」\s]")


def year_changes(texts: list[str]) -> list[tuple[PriorChange, tuple[int, int, int]]]:
    """``Y 年的 Q 合计为 C。Y−1 年的 Q 合计为 P。Y 年 Q 较上年增加 X``: changes of a named quantity
    on last year whose two figures stand in sentences of their own, each opened by its year (one
    figure for each year and name in the passage), with the indices of the texts holding the
    current figure, the prior one and the change (a tuple: no class to build at import)."""
    if not any("上年" in t or "上一年" in t for t in texts):
        return []
    years = {int(y) for t in texts for y in _YEAR.findall(t)}
    if not any(y - 1 in years for y in years):
        return []  # no two consecutive years named (most passages): no pair of figures to read
    levels: dict[tuple[str, int], list[tuple[int, Mention]]] = {}
    changes: list[tuple[int, Mention, str, int]] = []
    for i, text in enumerate(texts):
        norm = normalise(text)
        spans = sentences(norm)
        seen: set[int] = set()
        for m in figure_mentions(text):
            if m.sentence in seen:
                continue
            seen.add(m.sentence)  # the first figure of each sentence only
            if m.bracketed:
                continue
            if m.quantity.kind != "money":
                m = _short_wan(norm, m)  # ``合计为1000.86万,其中:…0万元``: 万 for 万元
                if m is None:
                    continue
            lead = _QUOTE_MARKS.sub("", norm[spans[m.sentence][0]:m.start])
            if m.role == "level" and (hit := _YEAR_LEVEL.match(lead)):
                levels.setdefault((hit.group("name"), int(hit.group("year"))), []).append((i, m))
            elif m.role == "change" and m.direction and (hit := _YEAR_CHANGE.match(lead)):
                changes.append((i, m, hit.group("name"), int(hit.group("year"))))
    out = []
    for i, x, name, year in changes:
        now, before = levels.get((name, year), []), levels.get((name, year - 1), [])
        if len(now) != 1 or len(before) != 1:
            continue
        (ci, c), (pi, p) = now[0], before[0]
        if not _same_kind(c.quantity, x.quantity) or not _same_kind(p.quantity, x.quantity):
            continue
        out.append((PriorChange(c.quantity, p.quantity, x.quantity, x.direction, False), (ci, pi, i)))
    return out


_WAN = Decimal(10000)


def _short_wan(norm: str, m: Mention) -> Mention | None:
    """A plain figure written with 万 alone (``1000.86万，其中：…万元``) read as 万元, when the
    sentence's other figures are in 万元: ``m`` as money, else None."""
    q = m.quantity
    if q.scale != _WAN or "万元" not in norm[q.end:q.end + 80]:
        return None
    money = as_money(q)  # a bare magnitude (the number grammar reads the 万 as its scale)
    return replace(m, quantity=money) if money is not None else None
