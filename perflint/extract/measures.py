"""Figures of area and length (亩, 平方米, 公顷; 公里, 米) and the breakdowns that hold them: a part
written in another unit of its total's dimension whose digits make the total only in the total's
unit (`共计 356 亩，其中：218 亩、138 平方米`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from perflint import data
from perflint.text.numbers import normalise
from perflint.text.patterns import compile_pattern


@dataclass(frozen=True)
class Measure:
    """``138 平方米``: its value in the unit written, the unit, its dimension and where it stands."""

    value: Decimal
    unit: str
    dimension: str
    size: Decimal  # base units (平方米, 米) per unit written
    text: str
    start: int
    end: int

    @property
    def base_value(self) -> Decimal:
        return self.value * self.size


@dataclass(frozen=True)
class MeasureSlip:
    """A total and its 其中 parts that add up to it digit for digit while some are in another unit."""

    total: Measure
    parts: tuple[Measure, ...]

    @property
    def odd(self) -> tuple[Measure, ...]:
        return tuple(p for p in self.parts if p.unit != self.total.unit)


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, Decimal]]]:
    units: dict[str, tuple[str, Decimal]] = {}
    for dimension, sizes in data.load("units")["measures"].items():
        for unit, size in sizes.items():
            units[unit] = (dimension, Decimal(str(size)))
    names = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    # not a unit cost (元/亩), a rate per unit (公里/小时) or a part of a longer unit (米粉)
    pattern = compile_pattern(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*({names})(?![/／\u4e00-\u9fff]?[/／])")
    return pattern, units


def measures(text: str) -> list[Measure]:
    """The figures of area and length in ``text`` (offsets in the text's normalised form, which
    keeps the text's length)."""
    if not any(ch in text for ch in "亩米顷") and "公里" not in text:  # (公里 holds none of them)
        return []
    pattern, units = _table()
    norm = normalise(text)
    out = []
    for m in pattern.finditer(norm):
        if norm[m.start() - 1:m.start()] in ("/", "／") or norm[m.end():m.end() + 1] in ("/", "／"):
            continue
        dimension, size = units[m.group(2)]
        out.append(Measure(Decimal(m.group(1)), m.group(2), dimension, size, m.group(0), m.start(), m.end()))
    return out


def measure_slips(text: str) -> list[MeasureSlip]:
    """Totals of area or length whose 其中 parts add up to them only when every part is read in
    the total's unit, one of them being written in another unit of the same dimension."""
    if "其中" not in text:
        return []
    found = measures(text)
    if len(found) < 3:
        return []
    norm = normalise(text)
    out = []
    for i, total in enumerate(found):
        where = norm[total.end:total.end + 60].find("其中")
        if where < 0:
            continue
        rest = [q for q in found[i + 1:] if q.start >= total.end + where and q.dimension == total.dimension]
        running = Decimal(0)
        for j, q in enumerate(rest):
            running += q.value
            if running == total.value and j >= 1:
                parts = tuple(rest[: j + 1])
                converted = sum(p.base_value for p in parts)
                odd = [p for p in parts if p.unit != total.unit]
                if odd and abs(converted - total.base_value) > total.base_value / 100:
                    out.append(MeasureSlip(total, parts))
                break
            if running > total.value:
                break
    return out


@dataclass(frozen=True)
class AreaInLength:
    """``总建筑面积为 68540.39m``: an area whose figure carries a unit of length."""

    figure: str
    unit: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _area_in_length() -> re.Pattern[str]:
    conf = data.load("units")["area_in_length"]
    names = "|".join(re.escape(w) for w in conf["names"])
    between = "|".join(re.escape(w) for w in sorted(conf["between"], key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(conf["units"], key=len, reverse=True))
    return compile_pattern(rf"(?:{names})(?:{between}|[:：\s])*(?<![\d.])(\d+(?:\.\d+)?万?)\s*({units})"
                           r"(?![A-Za-z0-9²³\u00b2\u00b3\u2070-\u209f]|\s*[²³]|[/／])")


def areas_in_length_units(text: str) -> list[AreaInLength]:
    """Areas (``…面积 N``) written with a unit of length (``m``, ``hm``, ``米``): the figure right
    after the area's name, in the text's normalised form (which keeps its length)."""
    if "积" not in text:
        return []
    norm = normalise(text)
    out = []
    for m in _area_in_length().finditer(norm):
        if norm[m.end(2):m.end(2) + 1] in ("平", "方"):  # (米 of 米平方: not a unit of length)
            continue
        out.append(AreaInLength(m.group(1) + m.group(2), m.group(2), m.start(1), m.end(2)))
    return out

