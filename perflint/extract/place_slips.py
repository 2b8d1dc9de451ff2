"""Slips in place names: a county-level or higher name one character off a real one (湾址区 for 湾沚区).

``perflint/data/places.txt`` (built by ``scripts/build_places.py`` from the national list of
divisions and its changes since 1980) holds every name of a province, prefecture or county, current
and former (繁昌县 became 繁昌区 in 2020: both are real), the short forms drafts use for autonomous
divisions (长阳县 for 长阳土家族自治县), which characters share a syllable, and which look alike.

A name is read only where the draft names a place, never from an ordinary word that ends in a
suffix character (园区, 城市, 开发区: the ``ordinary_endings`` of ``terms.yaml``):

- right before the name of one of its bodies (湾址区财政局, 某某县人民政府: the ``offices``), or
- at the end of a phrase (before punctuation, a figure or the end of the text) directly after a real
  province or prefecture (安徽省芜湖市湾址区2023年度…), or where the name is the whole phrase
  (a title's 湾址区2023年度…, a list's 、湾址区、, a bracket's (湾址区)).

The name's first character is not known (根据湾址区财政局…): every start of two to seven characters
before the suffix is tried. Nothing is reported where one of them is a real name. Otherwise each is
compared with the real names of its length that differ in one character before the suffix, the
written character and the real one sharing a syllable or looking alike; a finding needs exactly one
such name over all the starts (or exactly one of them whose province or prefecture the draft names), and the draft must name a real place of the same province or
prefecture where it names places, or that place or its province or prefecture anywhere (a real draft does; one whose names are all made up
for an example, 洪州市青溪县, does not), unless the name is a province or prefecture in force
written with a character of the same sound (跪林市 for 桂林市) or the name is long (白沙励族自治县). Precision first: the
stored real pages give no false finding.

The gazetteer is read only when the screen (one search of the joined texts) finds a place before an
office or after a real name, which nearly every report does: it is kept parsed in the data cache.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.text.patterns import compile_pattern, lazy_compile

SUFFIXES = ("自治县", "自治旗", "自治州", "自治区", "省", "市", "州", "盟", "县", "区", "旗")
UPPER_SUFFIXES = ("自治区", "自治州", "省", "市", "州", "盟")  # a province or prefecture before a county
MIN_BASE = 2  # characters before the suffix: a name of one (沙县, 泾县) has too many neighbours
MAX_BASE = 7
LONG_NAME = 5  # a name this long one character off (白沙励族自治县) is no made-up name: no corroboration asked
_FILE = "places.txt"
_SECTIONS = ("current", "former", "short", "upper", "sounds", "shapes")


@dataclass(frozen=True)
class PlaceSlip:
    """``joined[start:end]`` (a place name as written) should read ``right``."""

    start: int
    end: int
    written: str
    right: str


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class Gazetteer:
    """The real names and the characters confused with each character.

    Kept as a few strings, not a set of names: a run that passes the screen (nearly every report)
    unpickles it, and a set or dict of the ~4,800 names and ~7,000 readings cost a one-draft cold
    start about 35 M instructions; a thousand strings cost a few. ``buckets``: by a name's first
    character, ``|name:stems|name:stems|…`` (the stems of its province and prefecture, separated by
    spaces); ``sounds``: the characters of each syllable, a syllable a string; ``shapes``:
    ``\nC:look-alikes`` for each character with look-alikes."""

    def __init__(self, raw: str) -> None:
        sections: dict[str, list[str]] = {name: [] for name in _SECTIONS}
        current: list[str] | None = None
        for line in raw.splitlines():
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                current = sections[line.strip("[]")]
            elif current is not None:
                current.append(line)
        buckets: dict[str, list[str]] = {}
        for line in sections["current"] + sections["former"] + sections["short"]:
            name, stems = line.split("\t")
            buckets.setdefault(name[0], []).append(f"{name}:{stems}")
        self.buckets = {first: "|" + "|".join(entries) + "|" for first, entries in buckets.items()}
        self.upper = "|" + "|".join(sections["upper"]) + "|"
        self.sounds = tuple(line.split("\t")[1] for line in sections["sounds"])
        self.shapes = "\n" + "\n".join(line.replace("\t", ":") for line in sections["shapes"]) + "\n"

    def __contains__(self, name: str) -> bool:
        return f"|{name}:" in self.buckets.get(name[:1], "")

    def stems(self, name: str) -> list[str]:
        """The stems of ``name``'s province and prefecture (安徽 芜湖), as the draft may write them."""
        bucket = self.buckets.get(name[:1], "")
        at = bucket.find(f"|{name}:")
        if at < 0:
            return []
        at += len(name) + 2
        return bucket[at:bucket.index("|", at)].split()

    def regions(self, name: str) -> list[str]:
        """The stems of ``name`` itself and of its province and prefecture (芜湖市 → 芜湖 安徽)."""
        own = next((name[:-len(suffix)] for suffix in SUFFIXES if name.endswith(suffix)), name)
        return [own, *self.stems(name)] if len(own) >= 2 else self.stems(name)

    def confused(self, ch: str) -> str:
        """The characters an input method offers for ``ch``'s syllable, and those that look like it
        (remembered per character: a draft asks for the same few characters again and again)."""
        known = _CONFUSED.get(ch)
        if known is not None:
            return known
        found = "".join(chars for chars in self.sounds if ch in chars)
        at = self.shapes.find(f"\n{ch}:")
        if at >= 0:
            found += self.shapes[at + 3:self.shapes.index("\n", at + 3)]
        _CONFUSED[ch] = found
        return found

    def corroborated(self, right: str, written: str, joined: str) -> bool:
        """Whether the draft names ``right`` itself (its title may spell it right), or its
        province or prefecture: a name made up for an example has neither. A province or
        prefecture in force written with a character of the same sound (跪林市 for 桂林市) needs
        no more: a made-up name is not that close to a well-known one."""
        if right in joined or any(stem in joined for stem in self.stems(right)) or len(right) >= LONG_NAME:
            return True
        if f"|{right}|" not in self.upper:
            return False
        a, b = next((x, y) for x, y in zip(written, right, strict=True) if x != y)
        return any(a in chars and b in chars for chars in self.sounds)

    def near(self, written: str, suffix: int) -> frozenset[str]:
        """Real names one confusable character away from ``written`` (its last ``suffix``
        characters, the division's suffix, kept as written); remembered per string, as a
        draft writes its places many times."""
        known = _NEAR.get((written, suffix))
        if known is not None:
            return known
        found: set[str] = set()
        for i in range(len(written) - suffix):
            ch = written[i]
            head, tail = written[:i], written[i + 1:]
            for other in self.confused(ch):
                if other != ch and head + other + tail in self:
                    found.add(head + other + tail)
        if len(_NEAR) >= _NEAR_BOUND:
            _NEAR.clear()
        _NEAR[(written, suffix)] = result = frozenset(found)
        return result


# Per-process memories of the gazetteer's answers (not pickled with it): the characters confused
# with a character (a few thousand at most) and the real names near a written string (bounded).
_CONFUSED: dict[str, str] = {}
_NEAR: dict[tuple[str, int], frozenset[str]] = {}
_NEAR_BOUND = 20_000


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, parsed once a process (and kept parsed in the data cache)."""
    try:
        stamp = data._data_stamp(_FILE) + b"\0" + data.file_stamp(__file__)
    except OSError:
        stamp = None
    path = data._entry_path("places.gazetteer", stamp) if stamp is not None else None
    if path is not None:
        try:
            with open(path, "rb") as fh:
                return data.pickle_load(fh)
        except Exception:  # missing, unreadable or truncated: parse and try to store it
            pass
    value = Gazetteer(data._data_file(_FILE).decode("utf-8"))
    if path is not None:
        data.store(path, value)
    return value


@cache
def _lists() -> tuple[frozenset[str], object]:
    config = data.load("terms")["place_names"]
    offices = "|".join(sorted(config["offices"], key=len, reverse=True))
    suffixes = "|".join(SUFFIXES)
    # a suffix after two Chinese characters, followed by an office or by no Chinese character
    screen = compile_pattern(f"(?<=[\u4e00-\u9fff]{{2}})(?:{suffixes})(?:(?={offices})|(?![\u4e00-\u9fff]))")
    return frozenset(config["ordinary_endings"]), screen


def place_slips(joined: str) -> Iterator[PlaceSlip]:
    """The place names of ``joined`` (a draft's texts joined by ``"\n"``) written one character
    off a real one (see the module)."""
    ordinary, screen = _lists()
    matches = list(screen.finditer(joined))  # type: ignore[attr-defined]
    if not matches:
        return
    places = gazetteer()
    regions: set[str] = set()  # the provinces and prefectures of the real places the draft names
    slips: list[PlaceSlip] = []
    for m in matches:
        at, end = m.start(), m.end()
        before_office = end < len(joined) and _is_cjk(joined[end])
        left = at
        while left > max(0, at - MAX_BASE) and _is_cjk(joined[left - 1]):
            left -= 1
        if joined[at - 1:end] in places:  # 南县 (纳入南县财政局)
            regions.update(places.regions(joined[at - 1:end]))
            continue
        if at - left < MIN_BASE:
            continue
        tail3 = joined[at - 2:end]
        if joined[at - 1:end] in ordinary or tail3 in ordinary or joined[at - 1:end][-2:] in ordinary:
            continue
        suffix = end - at
        real = False
        found: dict[str, int] = {}
        for start in range(at - MIN_BASE, left - 1, -1):
            written = joined[start:end]
            if written in places:
                real = True
                regions.update(places.regions(written))
                break
            whole = start == left and (left == 0 or not _is_cjk(joined[left - 1]))  # (湾址区) 、湾址区2023
            if not before_office and not whole and not _after_upper(joined, start, places):
                continue
            for right in places.near(written, suffix):
                found.setdefault(right, start)
        if len(found) > 1:  # 临澄县: 临城县, 临潭县 or 临潼县 — the one whose province or prefecture the draft names
            found = {right: start for right, start in found.items()
                     if any(stem in joined for stem in places.stems(right))}
        if real or len(found) != 1:
            continue
        right, start = next(iter(found.items()))
        slips.append(PlaceSlip(start, end, joined[start:end], right))
    for slip in slips:
        if not regions.isdisjoint(places.stems(slip.right)) or \
                places.corroborated(slip.right, slip.written, joined):
            yield slip


def _after_upper(joined: str, start: int, places: Gazetteer) -> bool:
    """Whether a real province or prefecture ends right before ``start`` (安徽省芜湖市|湾址区)."""
    for suffix in UPPER_SUFFIXES:
        if joined.endswith(suffix, 0, start):
            for size in range(len(suffix) + 1, len(suffix) + 9):
                if start - size < 0:
                    break
                if joined[start - size:start] in places:
                    return True
    return False


# A unit's full name that lost its place's level, told by its own short name (江西残疾人联合会
# （以下简称“省残联”） for 江西省残疾人联合会): the run of Chinese characters before the bracket, a
# short name opening with a level character
LEVELS = "省市县区州旗盟"
_SHORT_NAME = lazy_compile(r"[（(]\s*(?:以下简称|以下称|下称|简称)[：:为]?\s*[“\"「‘']?([省市县区州旗盟])([\u4e00-\u9fff]{1,8})")
_NAME_BEFORE = lazy_compile(r"[\u4e00-\u9fff]{4,40}\Z")  # the full name: the run before the bracket


@dataclass(frozen=True)
class DroppedLevel:
    """``joined[start:end]`` (a unit's full name as written) lost ``level`` after its place: it
    should read ``right``, as its short name ``short`` says."""

    start: int
    end: int
    written: str
    right: str
    short: str
    level: str


def dropped_levels(joined: str) -> list[DroppedLevel]:
    """Every unit's full name that lost its place's level where its own short name keeps it
    (江西残疾人联合会（以下简称“省残联”）).

    The full name is the run of Chinese characters before the bracket; its place is a real name
    less its level (江西 of 江西省) that opens the run or follows a level character or its province's
    or prefecture's stem. Nothing is reported where the run holds the level character at all (某市某区
    财政局 is 区财政局 rightly; the gazetteer is asked only past this test), where the
    short name opens with a word rather than a level (市场中心: ``level_words``), where the short
    name's body is not the full name's (its first character after the level is not in the body), or
    where two places could be meant."""
    if "简称" not in joined and "下称" not in joined:  # no short name given: searches in C
        return []
    found: list[DroppedLevel] = []
    level_words = None
    places = None
    for m in _SHORT_NAME.finditer(joined):
        level, rest = m.groups()
        before = _NAME_BEFORE.search(joined, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        name = before.group(0)
        if level in name or rest[0] not in name:
            continue  # the level written (or a place of another level named), or another body: no gazetteer asked
        if level_words is None:
            level_words = frozenset(data.load("terms")["place_names"].get("level_words") or ())
        if level + rest[0] in level_words:
            continue
        if places is None:
            places = gazetteer()
        candidates: list[tuple[int, int]] = []
        for k in range(len(name) - MIN_BASE):
            for n in range(MIN_BASE, MAX_BASE + 1):
                end = k + n
                if end + 2 > len(name):  # a body of two characters at least after the place
                    break
                stem = name[k:end]
                if stem + level not in places:
                    continue
                nxt = name[end]
                if nxt in LEVELS or nxt == "自" or rest[0] not in name[end:]:
                    continue
                if k == 0 or name[k - 1] in LEVELS or any(name[:k].endswith(s) for s in places.stems(stem + level)):
                    candidates.append((k, end))
        if len(candidates) != 1:
            continue
        [(k, end)] = candidates
        start = before.start() + k
        found.append(DroppedLevel(start, before.end(), name[k:], name[k:end] + level + name[end:], level + rest, level))
    return found


# An autonomous division's name with its level typed after its stem as well (寻甸县回族彝族自治县
# for 寻甸回族彝族自治县: the short form 寻甸县 run into the full name). The level after the stem is
# the one the name ends with (县 … 自治县, 州 … 自治州, 旗 … 自治旗): a prefecture before its
# county (红河州屏边苗族自治县) has another.
_AUTONOMOUS = lazy_compile(r"自治([县州旗])")
_BEFORE_AUTONOMOUS = 14  # characters of a name before 自治: a stem and up to three peoples (回族彝族)


@dataclass(frozen=True)
class LevelTwice:
    """``joined[start:end]`` (an autonomous division's name as written) has its ``level`` typed
    after its stem too: it should read ``right``."""

    start: int
    end: int
    written: str
    right: str
    level: str


def levels_typed_twice(joined: str) -> list[LevelTwice]:
    """Every autonomous division's name written with its level after the stem as well, where the
    name less that character is a real one and no name as written is (寻甸县回族彝族自治县).
    The name's first character is not known: every start of two to seven characters before the
    level is tried, and exactly one must give a real name."""
    if "自治" not in joined:  # searches in C
        return []
    found: list[LevelTwice] = []
    places = None
    for m in _AUTONOMOUS.finditer(joined):
        level, end = m.group(1), m.end()
        left = m.start()
        while left > max(0, m.start() - _BEFORE_AUTONOMOUS) and _is_cjk(joined[left - 1]):
            left -= 1
        # the level written before 自治 (one search in C: most names have none)
        at = joined.rfind(level, left + MIN_BASE, m.start())
        if at < 0:
            continue
        if places is None:
            places = gazetteer()
        if any(joined[start:end] in places for start in range(left, m.start() - 1)):
            continue  # a real name as written (黔南布依族苗族自治州 after 州)
        rights: set[tuple[int, str]] = set()
        while at >= left + MIN_BASE:
            for start in range(at - MIN_BASE, max(left, at - MAX_BASE) - 1, -1):
                right = joined[start:at] + joined[at + 1:end]
                if right in places:
                    rights.add((start, right))
            at = joined.rfind(level, left + MIN_BASE, at)
        if len(rights) == 1:
            [(start, right)] = rights
            found.append(LevelTwice(start, end, joined[start:end], right, level))
    return found
