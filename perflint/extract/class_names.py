"""Classes of the 支出功能分类 named by a name the 政府收支分类科目 has retired (T813).

The 2019 科目 renamed three 类 (医疗卫生与计划生育支出 is 卫生健康支出 since); a report on a later
year that still writes the old name (in its 名词解释, its rows) copied them from an old report.
The names and the first year they are wrong in are data (``retired_classes`` of terms.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from perflint import data

# A name right after one of these is named as the old one (原医疗卫生与计划生育支出, 由…调整为),
# not used as the class's name.
_AS_THE_OLD_NAME = ("原", "由", "旧", "曾")


@dataclass(frozen=True)
class RetiredName:
    """``text[start:end]`` is the retired name ``old`` of the class now called ``new``."""

    start: int
    end: int
    old: str
    new: str


@cache
def retired_classes() -> tuple[tuple[str, str, int], ...]:
    """``(old, new, from)``: the retired names, their successors and the first fiscal year the
    old name is wrong in."""
    return tuple((e["old"], e["new"], int(e["from"])) for e in data.load("terms").get("retired_classes") or ())


def may_hold_retired(joined: str) -> bool:
    """Whether a text (a whole draft joined) holds any retired name: the screen before the
    texts are read one by one."""
    return any(old in joined for old, _new, _year in retired_classes())


def retired_class_names(text: str, fiscal_year: int) -> list[RetiredName]:
    """The retired class names ``text`` uses, for a report on ``fiscal_year``; a name given as
    the old one (原医疗卫生与计划生育支出) is not its use."""
    out: list[RetiredName] = []
    for old, new, first in retired_classes():
        if fiscal_year < first:
            continue
        p = text.find(old)
        while p >= 0:
            if not text[max(0, p - 1):p].endswith(_AS_THE_OLD_NAME):
                out.append(RetiredName(p, p + len(old), old, new))
            p = text.find(old, p + 1)
    return sorted(out, key=lambda r: r.start)
