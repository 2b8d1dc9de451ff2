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

from collections import defaultdict
from dataclasses import dataclass

from perflint.extract.claims import tells_restructuring
from perflint.text.patterns import find_all, lazy_compile

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


# A district of two characters read from a unit's name (九江市柴桑区工商业联合会 → 柴桑区): after a mark
# or the name's start, after its city's or prefecture's suffix, or after a part's number in the
# heading that names the unit (第一部分渌口区水利局单位概况), and before the unit's body.
_DISTRICT = lazy_compile(rf"(?:(?<![{_CJK}])|(?<=[市州盟])|(?<=部分))(?P<name>[{_CJK}]{{2}}区)(?=[{_CJK}])")


def own_district(names: list[str]) -> str | None:
    """The district a report's unit belongs to, read from its names (its organisation, its
    title): the last district of two characters a name writes, where the name writes no 县 (a
    county's unit, 某县某工业区) and the 区 is no zone (开发区, 新区, 园区 …)."""
    from perflint.extract.claims import phrases

    zones = tuple(phrases()["district_zone_endings"])
    for name in names:
        if "区" not in name or "县" in name:
            continue
        found = [m.group("name") for m in _DISTRICT.finditer(name)]
        found = [d for d in found if not d.endswith(zones)]
        if found:
            return found[-1]
    return None


# A county named in a text (对口帮扶青川县): two characters and 县, not a word of level (县级, 县域 …);
# the characters before 县 that make a word, a list or a verb's object, not a name (在全县, 对本县, 县委和县政府,
# 各区县, 是县委…)
_COUNTY_NAMED = lazy_compile(rf"[{_CJK}]{{2}}县(?![级域城直乡])")
_NOT_A_NAME = "全本该各此我每和及与或区市州省乡镇是为在对向由经从至到按于受的了将把被"


@dataclass(frozen=True)
class CountyWord:
    """``texts[index][start:end]`` is ``word``: a county's name for itself (全县, 县委、县政府)."""

    index: int
    start: int
    end: int
    word: str


def county_words(texts: list[str], candidates: list[int]) -> list[CountyWord]:
    """In the texts at ``candidates`` (those holding a county's word for itself), the first such
    word (全县, 本县, 县委、县政府), for a district's report: not after 原/撤/旧, not hedged for both
    levels (全县（区）, 全县市区), not inside a title in 《》. One stale text is one finding: at most one
    word is returned. A draft that names a county anywhere (对口帮扶青川县…: its 全县 may be that
    county's) or speaks of 撤县设区 is left alone."""
    from perflint.extract.claims import phrases
    from perflint.text.sentences import inside_book_title

    if not candidates:
        return []
    joined = "\n".join(texts[i] for i in candidates)
    whole = "\n".join(texts)
    if ("撤县" in whole or "县改区" in whole) and _CHANGE.search(whole):
        return []
    conf = phrases()
    words = sorted(conf["county_self_words"], key=len, reverse=True)
    hedges = tuple(conf["county_word_hedges"])
    out: list[CountyWord] = []
    if not any(w in joined for w in words):
        return out
    if any(m.group()[1] not in _NOT_A_NAME and whole[max(0, m.start() - 1):m.start()] not in _FORMER
           for m in _COUNTY_NAMED.finditer(whole)):
        return out  # a county the draft names: its 全县 may be that county's
    for index in candidates:
        text = texts[index]
        hits = sorted((at, w) for w in words for at in find_all(text, w))
        for at, word in hits:
            end = at + len(word)
            if text[max(0, at - 1):at] in _FORMER or text[end:].startswith(hedges) \
                    or ("《" in text and inside_book_title(text, at)):
                continue
            return [CountyWord(index, at, end, word)]
    return out




def town_words(texts: list[str], candidates: list[int], other: str) -> list[CountyWord]:
    """In the texts at ``candidates``, the first word by which a town of level ``other`` speaks
    of itself (本乡, 全乡 for ``other`` = 乡), for a report of a town of the other level: not
    after 原/撤/旧, not naming both levels (本乡镇) or another word (本乡本土), not inside a title in
    《》. A draft that names a town of level ``other`` anywhere (与白马乡联合: its 全乡 may be that
    one's) or speaks of 撤乡设镇 is left alone. At most one word: one template is one finding."""
    from perflint.extract.claims import own_towns, phrases
    from perflint.text.sentences import inside_book_title

    conf = phrases()
    words = conf["town_self_words"].get(other) or []
    if not candidates or not words:
        return []
    whole = "\n".join(texts)
    if _TOWN_CHANGE.search(whole) or any(t.endswith(other) for t in own_towns(whole)):
        return []
    hedges = tuple(conf["town_word_hedges"])
    for index in candidates:
        text = texts[index]
        for at, word in sorted((at, w) for w in words for at in find_all(text, w)):
            end = at + len(word)
            if text[max(0, at - 1):at] in _FORMER or text[end:].startswith(hedges) \
                    or ("《" in text and inside_book_title(text, at)):
                continue
            return [CountyWord(index, at, end, word)]
    return []
