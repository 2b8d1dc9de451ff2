"""The official vehicles a 决算说明 says the department holds, stated twice: in the 三公 section as
the vehicles run on 财政拨款 (``开支财政拨款的公务用车保有量 3 辆``, ``年末保有公务用车 3 辆``) and in
the 国有资产占用情况 as all the vehicles it holds (``截至12月31日，部门共有车辆 5 辆，其中…``).

The first is a part of the second: it cannot be larger, and where the department's income is
wholly 财政拨款 (``财政拨款收入 1101.35 万元，占本年收入 100%``) every vehicle it holds is run on
财政拨款, so the two are one count. A count labelled as a budget or as last year's is another
quantity, and is not read. The labels' words live in ``consistency.yaml`` (``vehicle_holdings``).
Imported by C738 when it runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise

from perflint import data
from perflint.extract.prose import Mention, figure_mentions
from perflint.model import SourceText
from perflint.text.patterns import compile_pattern


@dataclass(frozen=True)
class VehicleCount:
    """A count of vehicles (辆) and the text that states it."""

    mention: Mention
    source: SourceText


@dataclass(frozen=True)
class VehicleHoldings:
    """A part's counts of vehicles held on 财政拨款 (``held``, the 三公 section's) and of all the
    vehicles it holds (``fleet``, the 国有资产's), and the line that states its income is wholly
    财政拨款 (None when no text says so)."""

    held: tuple[VehicleCount, ...]
    fleet: tuple[VehicleCount, ...]
    funded_line: int | None


@cache
def _conf() -> dict[str, re.Pattern[str]]:
    conf = data.load("consistency")["vehicle_holdings"]
    return {key: compile_pattern(value) for key, value in conf.items()}


def _words_before(text: str, start: int) -> str:
    """The words right before a count, spaces left out (``保有量0为`` keeps the figure typed twice)."""
    return "".join(text[max(0, start - 24):start].split())


def _wholly_funded_at(text: str, mentions: list[Mention], conf: dict[str, re.Pattern[str]]) -> int | None:
    """Where ``text`` says the income is wholly 财政拨款: ``财政拨款收入 X 万元，占本年收入 100%`` or
    ``收入全部为财政拨款`` (the offset, or None)."""
    said = conf["wholly_funded"].search(text)
    if said:
        return said.start()
    for before, after in pairwise(mentions):
        if (before.quantity.kind == "money" and conf["funded_label"].search(before.label)
                and after.role == "percent" and after.quantity.value == Decimal(100)
                and after.sentence == before.sentence and conf["funded_share"].search(after.label)):
            return before.start
    return None


def vehicle_holdings(texts: Iterable[SourceText]) -> VehicleHoldings:
    """The counts of vehicles held that ``texts`` (a part's prose) state, and whether they say its
    income is wholly 财政拨款."""
    conf = _conf()
    held: list[VehicleCount] = []
    fleet: list[VehicleCount] = []
    funded_line: int | None = None
    for source in texts:
        text = source.value
        has_count = "辆" in text and ("保有" in text or "车辆" in text or "实有" in text)
        has_income = funded_line is None and "财政拨款" in text
        if not has_count and not has_income:
            continue  # (nearly every text)
        mentions = figure_mentions(text)
        if has_income:
            at = _wholly_funded_at(text, mentions, conf)
            if at is not None:
                funded_line = source.position(at)[0]
        if not has_count:
            continue
        for m in mentions:
            q = m.quantity
            if q.kind != "count" or q.unit != "辆" or m.role != "level" or m.bracketed:
                continue
            if conf["other_scope"].search(m.label):
                continue
            words = _words_before(text, q.start)
            if conf["held_label"].search(words):
                held.append(VehicleCount(m, source))
            elif conf["fleet_label"].search(words):
                fleet.append(VehicleCount(m, source))
    return VehicleHoldings(tuple(held), tuple(fleet), funded_line)
