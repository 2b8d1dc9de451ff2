"""The budget of a quantity the 决算 template always splits the same way, and of each part.

The 三公经费 passage of a 决算说明 gives the budget of the whole and of each item: stated
(``公务接待费预算为3.20万元``, the national template) or left for the reader to work out from
the item's spending and its difference from the budget (``公务接待费支出1.70万元`` …
``公务接待费支出决算数较预算数少0.80万元``: a budget of 2.50). The parts' budgets add up to the
whole's, as their spending does. A budget is known only when the passage gives it one way and
one value; the vocabulary is ``compositions`` in ``arithmetic.yaml`` (shared with
:mod:`perflint.extract.compositions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.text.numbers import DECIMAL
from perflint.text.patterns import compile_pattern, lazy_compile

_SCALES = {"万元": Decimal(10000), "元": Decimal(1), "亿元": Decimal(100000000)}
_MONEY = rf"(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{DECIMAL})\s*(亿元|万元|元)"
_QUOTE = r"[“”\"'‘’「」]?"


@dataclass(frozen=True)
class Money:
    """A money figure: ``texts[index][start:end]``, its value in 元 and its half last unit."""

    index: int
    start: int
    end: int
    text: str
    base: Decimal
    half: Decimal


@dataclass(frozen=True)
class Budget:
    """A quantity's budget: stated (``spent`` and ``difference`` None) or the spending plus or
    minus its difference from the budget."""

    name: str
    value: Decimal
    tolerance: Decimal
    stated: Money | None
    spent: Money | None = None
    difference: Money | None = None


@dataclass(frozen=True)
class BudgetComposition:
    """A budget stated as the sum of its parts' budgets."""

    whole: Budget
    parts: tuple[Budget, ...]


def _name(name: str) -> str:
    """A name as drafts write it: quotes anywhere (“三公”经费), either width of brackets."""
    out = _QUOTE
    for ch in name:
        out += {"(": "[(（]", ")": "[)）]"}.get(ch, re.escape(ch)) + _QUOTE
    return out


@cache
def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    n = _name(name)
    stated = compile_pattern(rf"{n}(?:财政拨款)?(?:支出)?(?:年度|全年)?(?:调整后)?预算(?:数)?(?:为|是)?\s*{_MONEY}")
    spent = compile_pattern(rf"{n}(?:财政拨款)?(?:支出)(?:决算)?(?:数)?(?:为|是)?\s*{_MONEY}")
    # 决算数较预算数少 X / 与预算数相比，…支出决算增加(减少) X (the template's alternative left in)
    verb = r"(增加|减少|多|少|超支|节约)(?:[(（](?:增加|减少)[)）])?了?\s*"
    diff = compile_pattern(
        rf"(?:{n}(?:财政拨款)?(?:支出)?决算数?(?:较|比)(?:年初)?预算数?|"
        rf"与(?:年初)?预算数?相比[，,]?\s*{n}(?:财政拨款)?(?:支出)?决算数?){verb}{_MONEY}"
    )
    return stated, spent, diff


def _money(index: int, m: re.Match[str], group: int) -> Money:
    num, unit = m.group(group).replace(",", ""), m.group(group + 1)
    decimals = len(num.split(".")[1]) if "." in num else 0
    scale = _SCALES[unit]
    # a nought is exact however it is written (0万元 is no figure rounded to the 万)
    half = Decimal(0) if Decimal(num) == 0 else Decimal(5) * Decimal(10) ** (-(decimals + 1)) * scale
    return Money(index, m.start(group), m.end(group + 1), m.group(0)[m.start(group) - m.start():], Decimal(num) * scale, half)


def _found(pattern: re.Pattern[str], texts: Sequence[str], group: int) -> list[tuple[Money, re.Match[str]]]:
    return [(_money(i, m, group), m) for i, text in enumerate(texts) for m in pattern.finditer(text)]


def budget_of(name: str, texts: Sequence[str]) -> Budget | None:
    """The budget of ``name`` in the passage, when it is given one way and one value."""
    stated_re, spent_re, diff_re = _patterns(name)
    stated = _found(stated_re, texts, 1)
    if stated:
        if len({money.base for money, _ in stated}) != 1:
            return None
        money = stated[0][0]
        return Budget(name, money.base, money.half, money)
    spent = _found(spent_re, texts, 1)
    diffs = _found(diff_re, texts, 2)
    if not spent or not diffs or len({m.base for m, _ in spent}) != 1 or len({m.base for m, _ in diffs}) != 1:
        return None
    (paid, _), (diff, match) = spent[0], diffs[0]
    if len({match.group(1) for _, match in diffs}) != 1:
        return None
    sign = Decimal(1) if match.group(1) in ("减少", "少", "节约") else Decimal(-1)  # spent less: budget above
    return Budget(name, paid.base + sign * diff.base, paid.half + diff.half, None, paid, diff)


@cache
def _specs() -> list[dict]:
    return data.load("arithmetic").get("compositions", [])


def budget_compositions(texts: Sequence[str]) -> list[BudgetComposition]:
    """Each whole of the ``compositions`` vocabulary whose budget and every part's budget the
    passage gives (a part under the first of its names that has one)."""
    joined = "".join(texts)
    if "预算" not in joined:
        return []
    plain = _plain(joined)
    out = []
    for spec in _specs():
        whole = next((b for name in spec["whole"] if name in plain and (b := budget_of(name, texts))), None)
        if whole is None:
            continue
        parts = [next((b for name in names if name in plain and (b := budget_of(name, texts))), None)
                 for names in spec["parts"]]
        if all(p is not None for p in parts):
            out.append(BudgetComposition(whole, tuple(parts)))
    return out


_QUOTES = lazy_compile(r"[“”\"'‘’「」]")


def _plain(text: str) -> str:
    """The text without quotes and with half-width brackets, as the vocabulary spells names."""
    return _QUOTES.sub("", text).replace("（", "(").replace("）", ")")
