"""A figure said, in its own sentence, not to have been budgeted at all.

``其中：公务用车运行费 8.1 万元，本年预算与上年持平，持平原因是该项经费本年未安排``: the reason was
written for the 购置费 (0 万元) and copied to the 运行费, which has 8.1 万元. Read on the mentions of
:mod:`perflint.extract.prose`: a claim that points back at a figure (该项 / 此项 / 本项 …
未安排, ``perflint/data/consistency.yaml``) after a money figure above zero in the same sentence,
in a sentence that speaks of a budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from perflint import data
from perflint.extract.prose import mentions
from perflint.text.numbers import Quantity, normalise
from perflint.text.patterns import compile_pattern
from perflint.text.sentences import sentences


@dataclass(frozen=True)
class UnbudgetedClaim:
    """``amount … 该项经费本年未安排``: the words at ``start``–``end`` deny the figure before them."""

    amount: Quantity
    start: int
    end: int
    words: str


@cache
def _patterns() -> tuple[list[re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    conf = data.load("consistency")
    return ([compile_pattern(p) for p in conf["unbudgeted_claims"]], compile_pattern(conf["unbudgeted_budget_word"]),
            compile_pattern(conf["unbudgeted_other_item"]))


def unbudgeted_claims(text: str) -> list[UnbudgetedClaim]:
    """Every claim of ``text`` that a figure was not budgeted, after that figure above zero."""
    if "安排" not in text:
        return []  # most texts: told before the cache, which keeps the texts that may hold one
    return list(_unbudgeted_claims(text))


@lru_cache(maxsize=1024)
def _unbudgeted_claims(text: str) -> tuple[UnbudgetedClaim, ...]:
    claims, budget_word, other_item = _patterns()
    norm = normalise(text)
    found = sorted((m for p in claims for m in p.finditer(norm)), key=lambda m: m.start())
    if not found:
        return ()
    spans = sentences(norm)
    ms = mentions(text)
    out: list[UnbudgetedClaim] = []
    taken = -1
    for m in found:
        if m.start() < taken:
            continue  # the two patterns may read one claim
        s_start, _s_end = next(((s, e) for s, e in spans if s <= m.start() < e), (0, len(norm)))
        before = [x for x in ms if s_start <= x.start and x.end <= m.start() and x.quantity.kind == "money"]
        if not before:
            continue
        last = before[-1]
        if last.role != "level" or last.bracketed or last.quantity.value <= 0:
            continue
        if other_item.search(norm, last.end, m.start()):
            continue  # ``T 万元，其中：购置费，该项经费本年未安排``: the claim is another item's
        if not budget_word.search(norm, s_start, m.start()):
            continue  # no budget in the sentence: the figure may be spending without one
        out.append(UnbudgetedClaim(last.quantity, m.start(), m.end(), m.group()))
        taken = m.end()
    return tuple(out)
