"""One fund's spending stated at two rates in one paragraph.

A narrative states a fund and its execution in one breath (``专项资金共计 2000.00 万元，执行率
100%``) and, a few sentences on, what was actually paid out and its rate (``已拨付 800.00 万元，
实际支出率 40.00%``). When the second rate is exactly the paid amount over the fund (800 ÷ 2000 =
40%), both rates are of that one fund, and they cannot both hold: one of them is the template's (or
last year's). Read only so:

- the first rate follows the fund's amount at once (``T 万元，执行率 R1``: nothing but the rate's
  words between);
- the second is a rate of the same kind (executing, spending, paying: ``fund_rate_label`` in
  ``consistency.yaml``; never an arrival rate, 到位率, since money arrived need not be spent), in a
  later sentence of the paragraph, shown to one decimal at least, with an amount A below T before it
  in its sentence such that A ÷ T gives it at its last digit (rounded or cut);
- A ÷ T is a whole point or more away from R1.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from perflint import data
from perflint.extract.prose import Mention, figure_mentions
from perflint.text.numbers import Quantity, normalise
from perflint.text.patterns import compile_pattern, lazy_compile


@dataclass(frozen=True)
class FundRates:
    """The fund ``total`` said to be ``stated`` spent, and ``part`` of it whose share ``computed``
    (part ÷ total) a later sentence states as another rate of the same fund."""

    total: Quantity
    stated: Quantity
    part: Quantity
    computed: Quantity
    word: str = "执行率"  # the stated rate's name as the draft writes it (执行率, 拨付率, 支付进度 …)

    @property
    def share(self) -> Decimal:
        return self.part.base_value / self.total.base_value * 100


@cache
def _rate_label():
    return compile_pattern(data.load("consistency")["fund_rate_label"])


_SCREEN = lazy_compile(r"(?:执行|支出|支付|拨付|使用)(?:率|进度|比例)")
def _rate_word(label: str) -> str:
    """The rate's own name at the end of its label (``资金拨付率为`` → ``拨付率``)."""
    found = _SCREEN.findall(label)
    return found[-1] if found else "执行率"


_RIGHT_AFTER = lazy_compile(r"^\s*[,，]?\s*$")
_POINT = Decimal(1)


def fund_rates(text: str) -> list[FundRates]:
    """Every fund of ``text`` stated at a rate and, later, at another rate its own figures give."""
    return list(_fund_rates(text))


@lru_cache(maxsize=1024)
def _fund_rates(text: str) -> tuple[FundRates, ...]:
    if len(_SCREEN.findall(text)) < 2:
        return ()
    ms = figure_mentions(text)
    norm = normalise(text)
    label = _rate_label()
    rates = [k for k, m in enumerate(ms) if m.role == "percent" and not m.bracketed and label.search(m.label)]
    if len(rates) < 2:
        return ()
    out: list[FundRates] = []
    for k in rates:
        first = ms[k]
        total = ms[k - 1] if k else None
        if total is None or total.sentence != first.sentence or not total.quantity.is_money or total.bracketed \
                or total.quantity.base_value <= 0 or total.quantity.approximate \
                or not _RIGHT_AFTER.match(norm[total.end:first.start - len(first.label)]):
            continue
        for j in rates:
            if ms[j].sentence <= first.sentence:
                continue
            found = _computed(ms, j, total, first)
            if found is not None:
                out.append(found)
                break
    return tuple(out)


def _computed(ms: list[Mention], j: int, total: Mention, first: Mention) -> FundRates | None:
    """The rate ``ms[j]`` as part ÷ ``total`` for an amount before it in its sentence, when that
    share is a whole point or more away from ``first``."""
    rate = ms[j].quantity
    if rate.decimals < 1:
        return None  # a whole-number rate matches too many quotients by chance
    unit = Decimal(10) ** (-rate.decimals)
    t = total.quantity
    for m in reversed(ms[:j]):
        if m.sentence != ms[j].sentence:
            break
        q = m.quantity
        if not q.is_money or m.bracketed or q.approximate or not 0 < q.base_value < t.base_value:
            continue
        share = q.base_value / t.base_value * 100
        if abs(share - rate.value) < unit and abs(share - first.quantity.value) >= _POINT:
            return FundRates(t, first.quantity, q, rate, _rate_word(first.label))
    return None


# -- a fund named with its amount elsewhere in the part ------------------------------------------
# ``（1）某村文化广场项目资金拨付率100%。…已拨付工程款86.4万元，及时率72.00%`` where the overview
# named ``某村文化广场项目资金120万元``: the rate is stated for the fund by its name, not right after
# its amount. The name before the rate's words (six characters or more) must end the label of a
# money amount of the part (the fund's amount), and the later rate (any rate shown to a decimal,
# its words aside: the paid amount over the fund gives it at its last digit) must stand in a later
# sentence before the paragraph's next rate of that kind (the next item's).
_NAME_MIN = 6
_DECIMAL_RATE = lazy_compile(r"\d[.．]\d+\s*[%％]")


@dataclass(frozen=True)
class NamedFundRate:
    """A rate ``stated`` for the fund named ``name`` at ``first`` in a paragraph, and the later
    rate ``computed`` with the amount ``part`` before it; the fund's amount is to be found."""

    name: str
    stated: Quantity
    part: Quantity
    computed: Quantity
    word: str = "执行率"


def named_fund_rate_candidates(text: str) -> list[NamedFundRate]:
    """The paragraph's rates of a fund stated by its name (no amount right before them) with a
    later rate shown to a decimal after an amount in its sentence; the fund's amount not sought."""
    if ("%" not in text and "％" not in text) or _SCREEN.search(text) is None \
            or _DECIMAL_RATE.search(text) is None:
        return []  # no rate of paying, or no rate shown to a decimal (most paragraphs; a rate
        # shown to a decimal ends in % or ％: those two found in C before the patterns)
    ms = figure_mentions(text)
    norm = normalise(text)
    label = _rate_label()
    out: list[NamedFundRate] = []
    rates = [k for k, m in enumerate(ms) if m.role == "percent" and not m.bracketed and label.search(m.label)]
    for n, k in enumerate(rates):
        first = ms[k]
        before = ms[k - 1] if k else None
        if before is not None and before.sentence == first.sentence and before.quantity.is_money \
                and _RIGHT_AFTER.match(norm[before.end:first.start - len(first.label)]):
            continue  # the amount right before: fund_rates reads it
        name = first.label[:label.search(first.label).start()]
        name = name[max(name.rfind(")"), name.rfind("）"), name.rfind(":"), name.rfind("："), -1) + 1:]
        if len(name) < _NAME_MIN:
            continue
        stop = rates[n + 1] if n + 1 < len(rates) else len(ms)
        for j in range(k + 1, stop):
            rate = ms[j]
            if rate.role != "percent" or rate.bracketed or rate.sentence <= first.sentence or rate.quantity.decimals < 1:
                continue
            for m in reversed(ms[k + 1:j]):
                if m.sentence != rate.sentence:
                    break
                q = m.quantity
                if q.is_money and not m.bracketed and not q.approximate and q.base_value > 0:
                    out.append(NamedFundRate(name, first.quantity, q, rate.quantity, _rate_word(first.label)))
                    break
    return out


def named_fund_rate(found: NamedFundRate, fund: Quantity) -> FundRates | None:
    """``found`` as a fund stated at two rates, ``fund`` the amount its name was given with: when
    the paid amount over it gives the later rate at its last digit, a point or more from the first."""
    t = fund.base_value
    if not fund.is_money or fund.approximate or not 0 < found.part.base_value < t:
        return None
    share = found.part.base_value / t * 100
    unit = Decimal(10) ** (-found.computed.decimals)
    if abs(share - found.computed.value) < unit and abs(share - found.stated.value) >= _POINT:
        return FundRates(fund, found.stated, found.part, found.computed, found.word)
    return None
