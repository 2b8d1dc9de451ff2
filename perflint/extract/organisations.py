"""The administrative level of a unit, read from its name (省, 市/州, 县/区), and a local Party
committee written as the Central Committee's (中共中央某县委)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern, lazy_compile

_ADMIN = lazy_compile(r"(?:[\u4e00-\u9fff]{1,7}?(?:自治区|省|自治州|市|州|盟|县|区|旗))+")


def admin_level(organisation: str) -> tuple[str, str] | None:
    """(level, place) of a unit from its name: 曾都区医疗保障局 -> ("county", "曾都区")."""
    m = _ADMIN.match(compact(organisation))
    if not m:
        return None
    place = m.group(0)
    if place.endswith(("县", "区", "旗")):
        return "county", place
    if place.endswith(("市", "州", "盟", "自治州")):
        return "city", place
    return "province", place


@dataclass(frozen=True)
class CentralForLocal:
    """``中共中央某县委``: a place's Party committee named as the Central Committee's body."""

    start: int
    end: int
    place: str  # 某县
    organ: str  # 委, 委员会, 纪委 …

    @property
    def corrected(self) -> str:
        return f"中共{self.place}{self.organ}"


@cache
def _central_for_local_re() -> re.Pattern[str]:
    conf = data.load("consistency")["central_for_local"]
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    char = rf"(?:(?!{alt(conf['not_in_place_words'])})[^\W\d_{''.join(conf['not_in_place'])}])"
    return compile_pattern(rf"中共中央(?P<place>{char}{{1,12}}?(?:{alt(conf['levels'])}))"
                           rf"(?P<organ>{alt(conf['organs'])})(?!员)")


def central_for_local(text: str) -> list[CentralForLocal]:
    """Every local Party committee in ``text`` written with 中共中央 before its place's name
    (``中共中央某县委``); the vocabulary lives in ``consistency.yaml`` (``central_for_local``)."""
    if "中共中央" not in text:
        return []
    return [CentralForLocal(m.start(), m.end(), m.group("place"), m.group("organ"))
            for m in _central_for_local_re().finditer(text)]
