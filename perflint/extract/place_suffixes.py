"""A place written once as a 县 and elsewhere as a 区 (繁昌县 beside 繁昌区 ×3); a report's own
town, named a 镇 in its title, written a 乡 in its body (or the other way round).

Counties became districts (撤县设区) and drafts copied from older text keep the old name in one
place. One report speaks of the place as it is; the name it uses most is the current one. Only a
two-character name with 县 / 区, standing on its own (after a mark, a space, a figure or a
province's or city's suffix), is read; a name after 原 / 撤 / 旧 (the former county), a name in
a statement that tells how units were restructured (撤销甲县法院和乙县法院，设立乙区法院), or a
draft that speaks of the change itself, is left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.claims import tells_restructuring
from perflint.text.patterns import compile_pattern, lazy_compile

_CJK = "\u4e00-\u9fff"
# A name stands on its own after a mark, a figure, a larger place's suffix or a word that
# governs a noun (其中南湖县…, 在南湖县…): never after a character that may be its own first one.
_PLACE = lazy_compile(rf"(?:(?<![{_CJK}])|(?<=[省市州])|(?<=其中)|(?<=[在由对向与和及至从经]))"
                      rf"(?P<name>[{_CJK}]{{2}}[县区])(?=[{_CJK}\d])")
_FORMER = ("原", "撤", "旧", "老")
_CHANGE = lazy_compile(r"撤县设区|撤县建区|县改区")


@dataclass(frozen=True)
class PlaceSuffixSlip:
    """``texts[index][start:end]`` names the place ``written``, which the draft otherwise writes
    ``usual`` (``count`` times, the first at ``usual_at``: (index, start, end))."""

    index: int
    start: int
    end: int
    written: str
    usual: str
    count: int
    usual_at: tuple[int, int, int]


def place_suffix_slips(texts: list[str]) -> list[PlaceSuffixSlip]:
    """The lone 县 (or 区) spelling of a place the draft names with the other suffix at least twice."""
    joined = "\n".join(texts)
    # one search in C (the pattern holds no line break), and only when the draft holds 县改区 or
    # 撤县: every match holds one (a substring test is a pass of a few instructions a character,
    # the pattern's class of first characters about fifty; the whole draft is searched)
    if ("撤县" in joined or "县改区" in joined) and _CHANGE.search(joined):
        return []
    seen: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for index, text in enumerate(texts):
        if "县" not in text and "区" not in text:
            continue
        # (a statement telling a restructuring holds one of these: most texts hold none)
        history = "撤" in text or "并" in text or "组建" in text or "合署" in text or "名" in text \
            or "重组" in text or "转隶" in text
        for m in _PLACE.finditer(text):
            if text[max(0, m.start() - 1):m.start()] in _FORMER:
                continue
            if history and tells_restructuring(text, m.start(), m.end()):
                continue  # 撤销甲县法院和乙县法院，设立乙区法院: the county's court before the change
            seen[m.group("name")].append((index, m.start("name"), m.end("name")))
    out: list[PlaceSuffixSlip] = []
    for name, places in seen.items():
        if not name.endswith("县"):
            continue
        other = name[:2] + "区"
        lone, usual = (places, seen.get(other, [])) if len(places) < len(seen.get(other, [])) else \
            (seen.get(other, []), places)
        if len(lone) != 1 or len(usual) < 2:
            continue
        index, start, end = lone[0]
        written = texts[index][start:end]
        out.append(PlaceSuffixSlip(index, start, end, written, texts[usual[0][0]][usual[0][1]:usual[0][2]],
                                   len(usual), usual[0]))
    return sorted(out, key=lambda s: (s.index, s.start))


_TOWN_LEVELS = {"镇": "乡", "乡": "镇"}
_TOWN_CHANGE = lazy_compile(r"撤乡设镇|撤乡建镇|乡改镇|撤镇设乡")


@dataclass(frozen=True)
class TownLevelSlip:
    """``texts[index][start:end]`` names the report's own town ``usual`` (as its title writes it)
    at the other level: ``written``."""

    index: int
    start: int
    end: int
    written: str
    usual: str


def town_level_slips(towns: set[str], texts: list[str]) -> list[TownLevelSlip]:
    """Each mention of a town of ``towns`` (the report titles' own, 石桥镇) as a 乡 for a 镇 or a
    镇 for a 乡 (石桥乡), standing on its own (not the end of a longer name: 大石桥乡 is another
    place) and not after 原/撤; a draft that speaks of the change itself is left alone."""
    wanted = {}
    for town in towns:
        if len(town) >= 3 and town[-1] in _TOWN_LEVELS:
            wanted[town[:-1] + _TOWN_LEVELS[town[-1]]] = town
    if not wanted:
        return []
    whole = "\n".join(texts)  # one search in C; the texts are walked only for a name it holds
    present = {w: u for w, u in wanted.items() if w in whole}
    if not present or _TOWN_CHANGE.search(whole):
        return []
    out: list[TownLevelSlip] = []
    for index, text in enumerate(texts):
        for written, usual in present.items():
            at = text.find(written)
            while at >= 0:
                before = text[at - 1:at] if at else ""
                if not ("\u4e00" <= before <= "\u9fff") or before in "县区市州省":
                    out.append(TownLevelSlip(index, at, at + len(written), written, usual))
                at = text.find(written, at + 1)
    return sorted(out, key=lambda s: (s.index, s.start))


@dataclass(frozen=True)
class StaleCountyWord:
    """``texts[index][start:end]`` is ``word`` (全县), in the report of ``district``'s unit; the
    draft writes it ``count`` times."""

    index: int
    start: int
    end: int
    word: str
    district: str
    count: int


@cache
def _stale_county() -> tuple[tuple[str, ...], re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    conf = data.load("consistency")["stale_county"]
    kinds = "|".join(map(re.escape, sorted(conf["unit_kinds"], key=len, reverse=True)))
    own = compile_pattern(rf"(?P<name>[{_CJK}]{{2}}区)(?=[{_CJK}]{{0,10}}?(?:{kinds}))")
    return (tuple(conf["words"]), own, tuple(conf["not_districts"]), tuple(conf["level_words"]))


def stale_county_words(texts: list[str], joined: str | None = None) -> StaleCountyWord | None:
    """The first 全县 / 本县 of a district's report (its own unit named after a 区, 青川区水利局),
    where the draft names no county at all: the text kept from before the county became a district.
    None for a draft that names a county (its 全县 may be that county's) or no district unit.
    (``joined``: the texts joined by line breaks, when the caller holds them so.)"""
    words, own, not_districts, level_words = _stale_county()
    if joined is None:
        joined = "\n".join(texts)
    if not any(w in joined for w in words):
        return None  # nearly every draft of a district: a substring test in C
    if joined.count("县") > sum(joined.count(w) for w in (*words, *level_words)):
        return None  # a county drafts names its own: told by counting, in C
    rest = joined
    for w in (*words, *level_words):
        rest = rest.replace(w, "")
    if "县" in rest:
        return None  # a county named (or a word with 县 we do not know): 全县 may be its
    district = next((m.group("name") for m in own.finditer(joined)
                     if not joined[max(0, m.start() - 3):m.end()].endswith(not_districts)), None)
    if district is None:
        return None
    count = sum(joined.count(w) for w in words)
    for index, text in enumerate(texts):
        hits = [(text.find(w), w) for w in words if w in text]
        if hits:
            start, word = min(hits)
            return StaleCountyWord(index, start, start + len(word), word, district, count)
    return None
