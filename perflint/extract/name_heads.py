"""A unit's name that lost its first character: ``闻县前山镇人民政府`` where the draft writes
``徐闻县前山镇人民政府``; or its last one before what the sentence says of it:
``岳阳县医疗保障属县财政全额拨款的行政单位`` where the draft writes ``岳阳县医疗保障局``.

A county's or district's name is two characters and its suffix (徐闻 + 县); typed at the start of
a sentence, or pasted from a page whose first character went elsewhere, it may lose the first one.
No vocabulary knows the place, but the draft does: the same name written out, standing on its own
(after a mark, a space or a figure), with one more character in front. The character in front
must be able to begin a place's name: not a suffix (省/市…, which make 某市 + 某县 two names) nor
a word that precedes names in running text (年/于/对…, listed in terms.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.slips import joined_texts
from perflint.text.patterns import compile_pattern, lazy_compile

_CJK = "\u4e00-\u9fff"


@dataclass(frozen=True)
class HeadlessName:
    """``texts[index][start:end]`` is ``written``, the name ``whole`` less its first character."""

    index: int
    start: int
    end: int
    written: str
    whole: str


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], str]:
    slips = data.load("terms").get("slips") or {}
    place = frozenset(slips.get("place_suffixes") or ())
    before = frozenset(slips.get("name_lead_words") or ())
    endings = "|".join(sorted(slips.get("unit_name_endings") or (), key=len, reverse=True))
    return place, before, endings


@cache
def _predicates() -> tuple[tuple[str, ...], object]:
    """The predicate words, and one pattern finding any of them (a text without one is skipped)."""
    slips = data.load("terms").get("slips") or {}
    words = tuple(slips.get("unit_name_predicates") or ())
    return words, compile_pattern("|".join(sorted(words, key=len, reverse=True)) or "(?!)")


@cache
def _full_name():
    """A unit's name written out: a boundary, two characters of a place, a county-level suffix,
    the body's name and its kind; the groups are the place's first character, the rest of the
    place with its suffix, and the body. The match starts at the suffix (the lead and the place's
    second character are read behind it), so the engine skips in C to each 县/区/市/旗 instead of
    trying the boundary at every character; ``"".join(m.groups())`` is the name. (A name never
    starts inside the one before: that would be no boundary.)"""
    _place, _before, endings = _lists()
    return compile_pattern(rf"[县区市旗](?<=(?<![{_CJK}])([{_CJK}])([{_CJK}][县区市旗]))([{_CJK}]{{2,12}}?(?:{endings}))")


# The full names of the last joined texts read (the texts, their names' groups): C711 and T808
# ask four finders of this module in a row over the same texts, and each read them all.
_FULL_NAMES: list[tuple[object, list[tuple[str, str, str]]]] = []


def _full_names(shared) -> list[tuple[str, str, str]]:
    """The groups (lead, rest of the place with its level, body) of every full name in
    ``shared.joined``, searched once for the joined texts however many finders ask."""
    if _FULL_NAMES and _FULL_NAMES[0][0] is shared:
        return _FULL_NAMES[0][1]
    found = [m.groups() for m in _full_name().finditer(shared.joined)]
    _FULL_NAMES[:] = [(shared, found)]
    return found


def headless_names(texts: list[str]) -> list[HeadlessName]:
    """Names written without their first character, at a boundary, in a draft that writes them
    whole elsewhere (``闻县前山镇人民政府`` beside ``徐闻县前山镇人民政府``)."""
    place, before, _ = _lists()
    wholes: dict[str, set[str]] = {}
    # One search of the joined texts (a name is Chinese characters: none spans two texts, and the
    # "\n" before a text stands where its start stood), not one per text.
    shared = joined_texts(texts)
    joined = shared.joined
    for lead, rest, body in _full_names(shared):
        if lead in place or lead in before:
            continue
        wholes.setdefault(rest + body, set()).add(lead)
    out: list[HeadlessName] = []
    if not wholes:
        return out
    for short, leads in wholes.items():
        lead = sorted(leads)[0]
        at = joined.find(short)
        while at != -1:
            # (the character before a text's start is the "\n" joining it: no lead, not Chinese)
            prev = joined[at - 1] if at else ""
            if prev not in leads and not ("\u4e00" <= prev <= "\u9fff"):
                index, start = shared.place(at)
                out.append(HeadlessName(index, start, start + len(short), short, lead + short))
            at = joined.find(short, at + 1)
    return sorted(out, key=lambda h: (h.index, h.start))


# The first character of a body's name that stands for a level of government or a party's
# committee (县委组织部 beside 县组织部, 县直机关工委 beside 县机关工委; 县县…, a doubled suffix): a
# name without it is another way of writing the unit, or D208's doubled character, not a slip.
_LEVEL_FIRST = frozenset("县区市旗省州乡镇村委直级属本全")
_MIN_REST = 4  # 县人民医院 beside 县民医院 (3): short names read as other words too


def names_missing_second_part(texts: list[str]) -> list[HeadlessName]:
    """A unit's name written out (``长林县青龙湾卫生院``: two characters of a place, its county-level
    suffix, the body) and written elsewhere without the body's first character (``长林县龙湾卫生院``),
    at a boundary: the same unit named two ways, one of them wrong. Once per short name, at its
    first place; a body's remainder of four characters or more, not a level's or committee's
    first character (县委政法委员会 beside 县政法委员会)."""
    shared = joined_texts(texts)
    joined = shared.joined
    shorts: dict[str, str] = {}
    for lead, rest, body in _full_names(shared):
        if len(body) - 1 < _MIN_REST or body[0] in _LEVEL_FIRST:
            continue
        place = lead + rest
        shorts.setdefault(place + body[1:], place + body)
    out: list[HeadlessName] = []
    for short, whole in shorts.items():
        at = joined.find(short)
        while at != -1:
            prev = joined[at - 1] if at else ""
            if not ("\u4e00" <= prev <= "\u9fff"):
                index, start = shared.place(at)
                out.append(HeadlessName(index, start, start + len(short), short, whole))
                break
            at = joined.find(short, at + 1)
    return sorted(out, key=lambda h: (h.index, h.start))


def names_missing_level(texts: list[str]) -> list[HeadlessName]:
    """A unit's name written out with its place's level (``个旧市财政局``, ``武汉市中级人民法院``:
    two characters of a place, 县/区/市/旗, the body) and written elsewhere without the level
    (``个旧财政局``), where a name stands (after a mark, a space, a figure or a word that leads to a
    name, 由/向/包括…): the same unit named two ways, the short one not its name. Once per short
    name, at its first place; a body of three characters or more, not one that starts with a
    level's or committee's character (县委…, 县直…)."""
    place_chars, before, _ = _lists()
    shared = joined_texts(texts)
    joined = shared.joined
    shorts: dict[str, str] = {}
    for lead, rest, body in _full_names(shared):
        if len(body) < _MIN_BODY or body[0] in _LEVEL_FIRST or lead in place_chars or lead in before:
            continue
        shorts.setdefault(lead + rest[0] + body, lead + rest + body)
    out: list[HeadlessName] = []
    for short, whole in shorts.items():
        at = joined.find(short)
        while at != -1:
            prev = joined[at - 1] if at else ""
            if not ("\u4e00" <= prev <= "\u9fff") or prev in before or joined[max(0, at - 2):at] in _LEAD_PAIRS:
                index, start = shared.place(at)
                out.append(HeadlessName(index, start, start + len(short), short, whole))
                break
            at = joined.find(short, at + 1)
    return sorted(out, key=lambda h: (h.index, h.start))


_MIN_BODY = 3  # 个旧财政局 beside 个旧市财政局: the body is whole, only the level is lost


# Two-character words that lead to a unit's name in running text (包括某某局本级, 其中某某局).
_LEAD_PAIRS = frozenset(("包括", "其中", "会同", "配合", "联合", "协调", "通过"))


# A party unit named with its place's committee (中共青岭市委老干部局): 中共, the place with its
# level, 委, and a body that is no committee of its own (局, 部, 办公室, 研究室, 党校, 中心; 老干部局
# is one body, not 老干部 and a 局).
_PARTY_NAME = lazy_compile(
    r"中共([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|自治州|州|盟|县|旗|区))委(?!员)"
    r"([\u4e00-\u9fff]{2,10}?(?:局|部|办公室|研究室|党校|中心))(?![局部])")


def names_missing_committee(texts: list[str]) -> list[HeadlessName]:
    """A party unit written with its place's committee (``中共青岭市委老干部局``) and written
    elsewhere without the ``委`` (``中共青岭市老干部局``: 中共 heads a committee, never a place):
    the same unit named two ways, one of them wrong. Once per short name, at its first place."""
    shared = joined_texts(texts)
    joined = shared.joined
    if "中共" not in joined:
        return []  # no party unit named: most drafts
    wholes = {m.group(1) + m.group(2): m.group(0) for m in _PARTY_NAME.finditer(joined)}
    out: list[HeadlessName] = []
    for rest, whole in wholes.items():
        short = "中共" + rest
        at = joined.find(short)
        if at != -1:
            index, start = shared.place(at)
            out.append(HeadlessName(index, start, start + len(short), short, whole))
    return sorted(out, key=lambda h: (h.index, h.start))


def tailless_names(texts: list[str]) -> list[HeadlessName]:
    """Names written without their last character right before a word that states what the unit
    is or has (``岳阳县医疗保障属…单位``, ``…中心现有…``), in a draft that writes them whole
    elsewhere (``岳阳县医疗保障局``). The name's place and body must be there in full, so a shorter
    word of the body (医疗保障 in 全县医疗保障工作) is never one."""
    predicates, any_predicate = _predicates()
    shared = joined_texts(texts)
    joined = shared.joined
    # the texts holding a predicate, from one search of the joined texts (a predicate is a word
    # of Chinese characters: none spans two texts)
    said = list(dict.fromkeys(shared.place(m.start())[0] for m in any_predicate.finditer(joined)))
    if not said:
        return []  # nothing said of a unit right after a name: no name to have lost its tail there
    wholes: set[str] = set()
    wholes.update(map("".join, _full_names(shared)))
    out: list[HeadlessName] = []
    if not wholes:
        return out
    for index in said:
        text = texts[index]
        for whole in wholes:
            short = whole[:-1]
            at = text.find(short)
            while at != -1:
                end = at + len(short)
                if text.startswith(predicates, end):
                    out.append(HeadlessName(index, at, end, short, whole))
                at = text.find(short, at + 1)
    return sorted(out, key=lambda h: (h.index, h.start))


# The unit issuing a cited document, named in its title right before 关于 (《某县财政局关于…的通知》):
# a place's name with its level, then the body
_ISSUER = lazy_compile(r"《([\u4e00-\u9fff]{1,6}[省市县区州旗][\u4e00-\u9fff]{2,10}?)关于")


def cut_issuers(texts: list[str]) -> list[HeadlessName]:
    """Issuers of cited documents written without their last character before the title's 关于
    (``《徐闻县财政关于开展…的通知》``) in a draft that writes the unit whole elsewhere
    (``徐闻县财政局``: the name goes on there with one character that closes a unit's name)."""
    shared = joined_texts(texts)
    joined = shared.joined
    if "关于" not in joined or "《" not in joined:  # searches in C
        return []
    _place, _before, endings = _lists()
    kinds = tuple(endings.split("|"))
    out: list[HeadlessName] = []
    for m in _ISSUER.finditer(joined):
        short = m.group(1)
        if short.endswith(kinds):
            continue  # the name is whole (某县财政局, 某县人民政府)
        at = joined.find(short)
        while at != -1:
            nxt = joined[at + len(short):at + len(short) + 1]
            if "\u4e00" <= nxt <= "\u9fff" and (short + nxt).endswith(kinds):
                index, start = shared.place(m.start(1))
                out.append(HeadlessName(index, start, start + len(short), short, short + nxt))
                break
            at = joined.find(short, at + 1)
    return out
