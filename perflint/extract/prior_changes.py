"""A change stated beside both of its figures: ``C，比上年 P 增加 X`` (X should be C − P).

The 决算说明 template words a comparison with last year as ``本年 C 万元，比上年增加 X 万元``;
many units also give last year's figure (``与上年 P 万元相比减少 X 万元``, ``上年 P 万元，增加 X
万元``). With all three figures in one sentence the change is fixed by the other two: X = |C − P|,
in the direction the verb says. Read on the mentions of :mod:`perflint.extract.prose`; the
comparison with a budget (比预算) is A107's, not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from perflint.extract.prose import _PRIOR_LABEL, Mention, _same_kind, mentions
from perflint.extract.prose_rates import _base_kind, _current, _half_unit
from perflint.text.numbers import Quantity, normalise
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

    @property
    def difference(self) -> Decimal:
        """C − P in the base unit."""
        return self.current.base_value - self.prior.base_value

    @property
    def slack(self) -> Decimal:
        """What rounding at the last digit each figure shows can account for."""
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
_AFTER_BESIDE = lazy_compile(r"^[\s,，;；]*(?:(?:比|较)(?:上年|去年|上一年度?|上年度|同期)(?:相比)?|同比)?\s*"
                             r"(?:增加|减少|增长|下降|降低|上升|提高|增|减|多|少)(?:了|为|达)?\s*$")

# Between X and P when P follows the change in brackets: ``（上年`` (``（上年总收入``, ``（2021年为``)
_BRACKETED_PRIOR = lazy_compile(r"^\s*[（(]\s*(?:上年|去年|上一年度?|上年度|同期)[^\d,，。；;:：()（）]{0,10}$")

_CHANGE_WORD = re.compile(r"[增减多少升降高]")


def prior_changes(text: str) -> list[PriorChange]:
    """Every change of ``text`` stated beside this year's and last year's figure."""
    return list(_prior_changes(text))


@lru_cache(maxsize=1024)
def _prior_changes(text: str) -> tuple[PriorChange, ...]:
    if not _CHANGE_WORD.search(text):
        return ()  # no change stated (most texts)
    ms = mentions(text)
    if len(ms) < 3:
        return ()
    norm = normalise(text)
    spans = sentences(norm)
    out: list[PriorChange] = []
    for k in range(1, len(ms)):
        x = ms[k]
        if x.role != "change" or x.bracketed or x.quantity.kind not in ("money", "count"):
            continue
        if k + 1 < len(ms) and ms[k + 1].bracketed:
            found = _after(norm, ms, k, x)
            if found is not None:
                out.append(found)
                continue
        if k < 2:
            continue
        p = ms[k - 1]
        if p.sentence != x.sentence or p.bracketed or not _same_kind(p.quantity, x.quantity):
            continue
        found = _stated_base(norm, ms, spans, p, x) if p.role == "base" else _beside(norm, ms, k, p, x)
        if found is not None:
            out.append(found)
    return tuple(out)


def _stated_base(norm: str, ms: list[Mention], spans, p: Mention, x: Mention) -> PriorChange | None:
    """``C，比上年 P 增加 X`` / ``C，与上年 P 相比减少 X``."""
    if not _AFTER_BASE.match(norm[p.end:x.start]) or _base_kind(p.label + norm[p.end:x.start]) != "prior":
        return None
    c = _current(norm, ms, spans, p, 0)
    if c is None or not _same_kind(c.quantity, p.quantity) or _PRIOR_LABEL.search(c.label):
        return None
    return PriorChange(c.quantity, p.quantity, x.quantity, x.direction, True)


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
    if not _BESIDE.match(norm[c.end:p.start]) or not _AFTER_BESIDE.match(norm[p.end:x.start]):
        return None
    return PriorChange(c.quantity, p.quantity, x.quantity, x.direction, False)

