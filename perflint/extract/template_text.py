"""Text of the blank form left where the answer belongs: choices never made (增加(减少)),
placeholders (××, 指标2), blank dates (年 月 日), empty slots, instructions and stock claims,
and unticked choice boxes. Patterns are data (``perflint/data/boilerplate.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.boilerplate_phrases import phrases, spaced
from perflint.model import Cell, Heading, Paragraph, Part, Row, SourceText, Table
from perflint.read.forms.cells import _SEPARATORS, Token, _merge, _opens_a_tail, _raw, part_text, tokens
from perflint.text.dates import UNFILLED_DATE
from perflint.text.normalise import compact
from perflint.text.numbers import parse_cell
from perflint.text.patterns import class_chars, compile_pattern, kept_chars, lazy_compile, screen_chars
from perflint.text.sentences import inside_book_title


@dataclass(frozen=True)
class PhraseMatch:
    """A span of a text that matched one of the boilerplate phrase lists."""

    kind: str
    start: int
    end: int
    text: str


def union(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One expression that matches wherever any of ``patterns`` matches, to screen a text once
    before running each of them (most texts hold none: one search instead of one per pattern).
    None when the patterns cannot be joined safely (a back-reference would change its group)."""
    if any(_BACKREFERENCE.search(p.pattern) for p in patterns):
        return None
    try:  # names of groups dropped: two patterns may name their reported part alike (note)
        return compile_pattern("|".join(f"(?:{_NAMED_GROUP.sub('(?:', p.pattern)})" for p in patterns))
    except re.error:  # e.g. a global flag inside one of them
        return None


_BACKREFERENCE = compile_pattern(r"\\[1-9]|\(\?P=")
_NAMED_GROUP = compile_pattern(r"\(\?P<\w+>")


_Gate = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]


def _none_can_match(gate: _Gate, text: str) -> bool:
    """Whether no pattern behind ``gate`` (:func:`_gate` of their union) can match ``text``."""
    screen, chars, starts = gate
    if screen is None:
        return False
    if chars is not None and chars.search(text) is None:
        return True  # none of the characters every match holds (most texts): one class scan
    return starts.search(text) is None  # type: ignore[union-attr]


def _gate(screen: re.Pattern[str] | None) -> _Gate:
    """``screen`` (a :func:`union`), the class of the characters every match of it holds, and
    ``screen`` tried only where a match of it can begin (:func:`_started`)."""
    if screen is None:
        return None, None, None
    return screen, screen_chars(screen.pattern, screen.flags), _LazyStarted(screen)  # type: ignore[return-value]


# Texts searched with the union itself before it is wrapped to start only where a match can begin:
# wrapping parses the union and compiles it again (about 30 M instructions, a tenth of a cold
# `perflint check` of one draft), which pays only once a run has many texts to search.
_PLAIN_SEARCHES = 400


class _LazyStarted:
    """:func:`_started` of ``screen``, built after :data:`_PLAIN_SEARCHES` searches with ``screen``
    itself (both find something in exactly the same texts, from any offset)."""

    __slots__ = ("screen", "started", "left")

    def __init__(self, screen: re.Pattern[str]) -> None:
        self.screen = screen
        self.started: re.Pattern[str] | _Started | None = None
        self.left = _PLAIN_SEARCHES

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        started = self.started
        if started is None:
            if self.left > 0:
                self.left -= 1
                return self.screen.search(text, pos)
            started = self.wrapped()
        return started.search(text, pos)

    def wrapped(self) -> re.Pattern[str] | _Started:
        """The union tried only where a match can begin, built now if it was not yet."""
        if self.started is None:
            self.started = _started(self.screen)
        return self.started


class _Started:
    """``search`` of a union tried only at the text's first offset and where one of the
    characters a match of it can begin with stands (:func:`_started`).

    The union once more at the first offset (``match``), then one pattern that opens with the
    class of those characters, so that the engine skips from one of them to the next in its
    scan loop, in C, and tries the union only there, in a lookahead: the class is read back
    by a one-character lookbehind around it (``[…](?<=(?=union)[…])``). The match returned
    is not the union's (one character where one of its matches begins): only whether there
    is one is asked (:func:`_none_can_match`). Written ``(?:^|(?=[…]))(?:union)`` before: a
    pattern that opens with an alternation gives the engine nothing to skip to, so every
    offset was tried, 1.5 to 2.6 times the instructions over the benchmark's texts."""

    __slots__ = ("at_first", "pattern", "later")

    def __init__(self, screen: re.Pattern[str], cls: str | None) -> None:
        self.at_first = screen.match
        self.pattern = screen.pattern  # what it stands for (a test, a reader)
        self.later = None if cls is None else compile_pattern(
            cls + r"(?<=(?=(?:" + screen.pattern + "))" + cls + ")", screen.flags).search

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        # ``^`` holds at the text's start only, not at ``pos`` (as in re); a lookbehind of the
        # union still sees the characters before ``pos``, as the union's own search does
        found = self.at_first(text) if pos == 0 else None
        if found is None and self.later is not None:
            found = self.later(text, pos)
        return found


def _started(screen: re.Pattern[str]) -> re.Pattern[str] | _Started:
    """``screen`` tried only at the text's first offset and where one of the characters a match
    of it can begin with stands (:func:`first_chars`): where it finds something, ``screen``
    does, and the other way round. A union of patterns of which some open with a lookbehind or
    an anchor is otherwise tried branch by branch at every offset of the text (the regular
    expression engine finds no first characters to skip to); ``screen`` itself when they are
    not known."""
    firsts = first_chars(screen)
    if firsts is None:
        return screen
    cls = "[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "]"
    try:  # every match opens at the text's start when no character is listed
        return _Started(screen, cls if firsts else None)
    except re.error:  # pragma: no cover - the union compiled, so its wrapping does
        return screen


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with, at any offset of a text but its
    first (None: not known — a match may be empty, may begin with a class too wide to list or a
    case-insensitive letter). A way through the pattern that passes an anchor to the text's
    start (``^``, ``\\A``) before it takes a character begins at the text's first offset only,
    and adds nothing: that offset is always tried. Lookarounds and other anchors take no
    character, so the characters after them are the first ones.

    Kept across runs (:func:`perflint.text.patterns.kept_chars`): the unions are the data's
    wordings, parsed in Python (about 0.4 % of a benchmark run's instructions, every run)."""
    return kept_chars("firsts", pattern.pattern, int(pattern.flags), _first_chars)


def _first_chars(source: str, flags: int) -> frozenset[str] | None:
    """:func:`first_chars` of the pattern ``source`` with ``flags``, found from ``re``'s parse."""
    try:
        from re import _parser
    except ImportError:  # pragma: no cover - another implementation
        return None
    try:
        parsed = _parser.parse(source, flags)
    except Exception:  # an interpreter whose parser differs: not known
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    found = _firsts(list(parsed), _parser)
    if found is None or found[1]:
        return None  # not known, or a match may be empty
    return frozenset(found[0])


_MAX_FIRSTS = 256  # characters of a class listed as a match's first (not a CJK range, \w)


def _firsts(items: list, c) -> tuple[set[str], bool] | None:
    """The first characters of a sequence of parsed items, and whether it may take none."""
    out: set[str] = set()
    for op, av in items:
        found = _firsts_of(op, av, c)
        if found is None:
            return None
        chars, empty = found
        out |= chars
        if not empty:
            return out, False
    return out, True


def _firsts_of(op, av, c) -> tuple[set[str], bool] | None:
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = class_chars(av, _MAX_FIRSTS)
        return None if chars is None else (chars, False)
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return None if add_flags & (re.IGNORECASE | re.MULTILINE) else _firsts(list(items), c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _high, items = av
        found = _firsts(list(items), c)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _firsts(list(av), c)
    if op is c.BRANCH:
        _, branches = av
        out: set[str] = set()
        empty = False
        for branch in branches:
            found = _firsts(list(branch), c)
            if found is None:
                return None
            out |= found[0]
            empty = empty or found[1]
        return out, empty
    if op is c.AT:
        if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return set(), False  # this way begins at the text's first offset only
        return set(), True  # another anchor (\b, $) takes no character
    if op in (c.ASSERT, c.ASSERT_NOT):
        return set(), True  # a lookaround takes no character
    return None  # any character, a negated literal, a back-reference…: not known


@cache
def _alternative_patterns() -> list[re.Pattern[str]]:
    out = []
    for a, b in phrases()["template_alternatives"]:
        out.append(compile_pattern(spaced(a) + r"[\s\u3000]*[（(][\s\u3000]*" + spaced(b) + r"[\s\u3000]*[)）]"))
    out.extend(compile_pattern(p) for p in phrases().get("template_or_alternatives") or [])  # A(或B)
    return out


_KEPT_CHOICE_LEADS = ("上年", "去年", "同期", "预算", "部门")
# 增加(减少)0万元, 增长（下降）0%: a change choice over a change of 0, which neither word makes wrong
_CHANGE_CHOICE = lazy_compile(r"^(?:增加|减少|增长|下降|上升|降低)[\s\u3000]*[（(][\s\u3000]*(?:增加|减少|增长|下降|上升|降低)")
_ZERO_FIGURE = lazy_compile(r"^[\s\u3000]*[（(]?[\s\u3000]*0(?:\.0+)?(?![\d.])")


def template_alternatives(text: str) -> list[PhraseMatch]:
    """``增加(减少)``, ``增长（下降）``, ``小于(大于)``, ``小于预算数(或与预算数持平)``: both words
    of the form left in."""
    if _none_can_match(_alternative_gate(), text):
        return []
    found: dict[int, PhraseMatch] = {}
    for pattern in _alternative_patterns():
        for m in pattern.finditer(text):
            # 较上年(减少)16.23万元: one word kept in the template's brackets, the other deleted — the
            # choice is legible, only its brackets are left (residue, not an unresolved choice)
            # 部门（某中学）（单位）: the unit's name typed into the choice, its other word kept (legible too)
            kind = "kept_choice" if m.group(0).startswith(_KEPT_CHOICE_LEADS) else "alternative"
            # 较上年增加(减少)0万元: the change is 0, the sentence reads the same with either word
            if kind == "alternative" and _CHANGE_CHOICE.match(m.group(0)) and _ZERO_FIGURE.match(text[m.end():]):
                kind = "choice_on_zero"
            found.setdefault(m.start(), PhraseMatch(kind, m.start(), m.end(), m.group(0)))
    return sorted(found.values(), key=lambda p: p.start)


@cache
def _alternative_gate() -> _Gate:
    return _gate(union(_alternative_patterns()))


@cache
def _placeholder_patterns() -> list[re.Pattern[str]]:
    return [compile_pattern(p) for p in phrases()["placeholder_patterns"]]


@cache
def _placeholder_gate() -> _Gate:
    return _gate(union(_placeholder_patterns()))


def placeholders(text: str) -> list[PhraseMatch]:
    """``××``, ``XX``, ``＊＊``: a mark typed where a value belongs."""
    if _none_can_match(_placeholder_gate(), text):
        return []  # the usual case, told by one search of all the patterns joined
    patterns = _placeholder_patterns()
    masked, stated, code = _masked_name_before(), _masked_after(), _code_before_mark()
    out = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            ellipsis = m.group(0).lstrip()[:1] == "…"
            if not ellipsis and masked.search(text, max(0, m.start() - 2), m.start()):
                continue  # 负责人：王××: a name hidden on publication, not a value left out
            if m.group(0)[:1] in "XxＸｘ" and code.search(text, max(0, m.start() - 24), m.start()):
                continue  # 11500000MB190671XX: characters of a code, not a mark
            if stated.match(text, m.end()):
                continue  # ××有限公司（已脱敏）: the text says the value was hidden
            kind = "named_slot" if _named_slot(text, m.start(), m.group(0)) else "placeholder"
            if m.group(0).startswith("****"):
                kind = "star_run"  # half-width stars: a slot left, or a value a site masked on publication
            elif ellipsis:
                if "《" in text and inside_book_title(text, m.start()):
                    continue  # 《关于……的通知》: a cited title shortened, no slot
                kind = "ellipsis"  # 主要用于……: the list was left to write, almost certainly
            out.append(PhraseMatch(kind, m.start(), m.end(), m.group(0)))
    return _dedupe(out)


_COMPARATORS = "≥≤＞＜<>"
_OPEN_BRACKETS = "(（"


def _named_slot(text: str, start: int, mark: str) -> bool:
    """A comparison slot in brackets right after an indicator's name (``农村低保人数(≥**人)``,
    ``猪舍（≥**平方米）``): the form an indicator library prints its names in, with the target
    typed in a column of its own. Template residue, but the value may well be filled beside it."""
    if mark[:1] not in _COMPARATORS:
        return False
    before = text[:start].rstrip()
    return before[-1:] in _OPEN_BRACKETS and bool(before[:-1].strip())


@cache
def _masked_name_before() -> re.Pattern[str]:
    return compile_pattern(phrases()["masked_name_before"])


@cache
def _code_before_mark() -> re.Pattern[str]:
    return compile_pattern(phrases()["code_before_mark"])


@cache
def _masked_after() -> re.Pattern[str]:
    return compile_pattern(phrases()["masked_after"])


@cache
def _indicator_placeholder() -> re.Pattern[str]:
    return compile_pattern(phrases()["indicator_placeholder"])


def indicator_placeholders(text: str) -> list[PhraseMatch]:
    """``指标2`` / ``指标1:`` left where an indicator's name belongs (nothing, or the next
    slot or category, follows it)."""
    return [PhraseMatch("indicator_placeholder", m.start(), m.end(), m.group(0))
            for m in _indicator_placeholder().finditer(text)]


_BLANK_DATE = UNFILLED_DATE
_DIGITS = set("0123456789０１２３４５６７８９〇零一二三四五六七八九十")


_YEAR_WORDS = set("今去明本上下全每当该次同前后近半多周学财历往翌隔逐元新旧成少老青童中晚早长")


# The form's year slot: ``（20  年度）``, ``20__年度``, ``（    年度）`` under a 自评表's title, the
# century printed and the year's last two digits never typed in (or nothing typed at all). Two
# blanks at least, and the slot's 度, 月 or closing bracket after it: a PDF's text splits a figure
# from its 年 with a space (使用年限达20 年), and a row flattened with its cells spaced reads
# ``使用年限 20  年``: a count of years, no slot.
_BLANK_YEAR = lazy_compile(r"(?<![\d０-９.,，])20[ \u3000_＿]{2,}年(?:度|(?=[ \u3000_＿]*月|[)）]))|[（(][ \u3000_＿]{2,}年度[)）]")


# A report's title whose year slot was never filled in: the unit's name and then 年度 at once, or
# after blanks (``示范县司法局年度部门决算``, ``某局____年度部门整体支出绩效自评报告``), the title
# ending in what the report is called (a paragraph may run on past it into the contents or the
# first heading: its lines were joined). The name ends in a unit's or a place's word: 本年度,
# 财政年度, 会计年度 name a year themselves.
_TITLE_YEAR_SLOT = lazy_compile(
    r"(?:(?<=[局委院会府心站所馆校室处队办部厅社团联协园场台级镇乡县市区州省司庭])|(?<=[^\d０-９\s][)）]))"
    r"[ \u3000_＿]*年度"
    r"(?=[^，,。；;！？：:\d]{0,24}(?:部门决算|单位决算|决算公开|决算说明|自评报告|评价报告|绩效报告|自评表)"
    r"\s*(?:$|目\s*录|目錄|第[一二三四五六七八九十]{1,2}部分|[一二三四五六七八九十]{1,2}、))"
)


def blank_dates(text: str) -> list[PhraseMatch]:
    """``年  月  日`` with no digits: a date of the form never filled in; also the form's year
    slot (``（20  年度）``) and a report title's (``示范县司法局年度部门决算``, kind ``title_year``)."""
    out: list[PhraseMatch] = []
    if "年" not in text:
        return out  # both alternatives of the pattern hold 年, and the second opens with a look-behind
    for m in _BLANK_YEAR.finditer(text):
        out.append(PhraseMatch("blank_date", m.start(), m.end(), m.group(0)))
    if "年度" in text:
        out.extend(PhraseMatch("title_year", m.start(), m.end(), m.group(0))
                   for m in _TITLE_YEAR_SLOT.finditer(text))
    for m in _BLANK_DATE.finditer(text):
        before = text[:m.start()].rstrip(" \t\u3000_＿")
        prev = before[-1:] if before else ""
        if prev and (prev in _DIGITS or prev in _YEAR_WORDS or prev.isascii() and prev.isalnum()):
            continue
        end = m.end()
        out.append(PhraseMatch("blank_date", m.start(), end, text[m.start():end]))
    return out


@cache
def _slot_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ph = phrases()
    words = sorted(ph["money_slot_words"], key=len, reverse=True)
    units = sorted(ph["money_slot_units"], key=len, reverse=True)
    money = compile_pattern(
        r"(?:" + "|".join(spaced(w) for w in words) + r")[\s\u3000]*(?:为|是)?[\s\u3000]*"
        r"(?:" + "|".join(spaced(u) for u in units) + r")(?![旦/／])"
    )
    pwords = sorted(ph["percent_slot_words"], key=len, reverse=True)
    # ``占基本支出预算%``: a share whose whole is named but whose figure is missing
    # A % followed by a figure or a 指标性质 word is the 计量单位 column of a form row run
    # together (``覆盖率%定量指标95%``, ``事故率%0.510``), not a blank slot.
    percent = compile_pattern(r"(?:" + "|".join(spaced(w) for w in pwords) + r"|占[\u4e00-\u9fff]{1,16})"
                         r"[\s\u3000]*[%％](?![）)])(?![\s\u3000]*(?:[\d≥≤≧≦><=＞＜]|定量|定性))")
    return money, percent


@cache
def _glued_count_slot() -> re.Pattern[str]:
    """``完成道路建设座；``: a verb of building, then the measure of what is built and the clause's
    mark, the figure between them never typed in."""
    ph = phrases()
    verbs = "|".join(re.escape(w) for w in sorted(ph["glued_count_slot_verbs"], key=len, reverse=True))
    units = "".join(re.escape(u) for u in ph["glued_count_slot_units"])  # one character each
    # found at the measure word (the engine skips to the next in one tight loop), the verb (two
    # characters each) looked back at there: the match is the measure word alone
    return compile_pattern(rf"[{units}](?<=(?:{verbs})[{units}])(?=[，,。；;、])")


@cache
def _count_slot_pattern() -> re.Pattern[str]:
    """``独立核算单位共 个``, ``共有车辆 辆``, ``在职人员 人，``: a count word or a label, a blank
    where the figure belongs, then the measure word ending the clause. The blank is required (a
    figure typed without one, ``共3个``, is no slot) and the measure word must stand alone (``个人``,
    ``人员``, ``人次数`` are words). A label's slot (no count word) asks for the clause's punctuation
    after the measure word: a header row (``在职人员 人 50``) names its unit column."""
    ph = phrases()
    words = "|".join(re.escape(w) for w in sorted(ph["count_slot_words"], key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(ph["count_slot_units"], key=len, reverse=True))
    before = "0-9０-９〇零一二三四五六七八九十百千万两几多每各某这那此该半第"
    return compile_pattern(
        rf"(?:(?P<word>{words})|[\u4e00-\u9fff])(?<![{before}])[ \u3000_＿]+(?:{units})"
        r"(?=[，,。；;、）)]|[ \u3000]*$)")


@cache
def _underlined_slot_pattern() -> re.Pattern[str]:
    """A fill-in line (two underscores or more, half- or full-width) right before a unit: the
    blank form's ``项目支出____万元``, ``执行率＿＿%``, ``下设＿＿个``. A form prints the line where
    the figure goes; nothing else puts underscores before a unit (a signature line stands before
    no unit; a rule across a page is a line of its own)."""
    ph = phrases()
    units = sorted({*ph["money_slot_units"], *ph["count_slot_units"], "%", "％"}, key=len, reverse=True)
    return compile_pattern(r"(?<![_＿])[_＿]{2,}[ \u3000]*(?P<unit>" + "|".join(re.escape(u) for u in units) + ")")


def underlined_slots(text: str) -> list[PhraseMatch]:
    """Fill-in lines left before a unit (see :func:`_underlined_slot_pattern`), as money, percent or
    count slots by the unit."""
    ph = phrases()
    out = []
    for m in _underlined_slot_pattern().finditer(text):
        unit = m.group("unit")
        kind = "money_slot" if unit in ph["money_slot_units"] else "percent_slot" if unit in "%％" else "count_slot"
        start = m.start()
        while start > 0 and m.start() - start < 4 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1  # the label's last characters, for the message
        out.append(PhraseMatch(kind, start, m.end(), text[start:m.end()]))
    return out


@cache
def _count_slot_split_words() -> frozenset[str]:
    """The last two characters of the words ending in a measure character (事务所, 平台, 市场):
    a blank before that character splits the word, it leaves no count unfilled."""
    return frozenset(w[-2:] for w in phrases().get("count_slot_split_words") or ())


def count_slots(text: str) -> list[PhraseMatch]:
    """A count whose figure was never typed in (see :func:`_count_slot_pattern`); a label's slot
    (no count word) only where the clause goes on or ends, never in a run of table cells."""
    out = []
    split_words = _count_slot_split_words()
    for m in _count_slot_pattern().finditer(text):
        start = m.start()
        if m.group("word") is None and text[m.end():m.end() + 1] in ("", " ", "\u3000"):
            continue  # 在职人员 人 at a text's end: a header cell naming its unit
        if m.group("word") is None and text[m.start()] + m.group(0)[1:].lstrip(" \u3000_＿") in split_words:
            continue  # 会计师事务 所、: a word a PDF's wrapped line split before its last character
        while start > 0 and m.start() - start < 4 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1  # the label's last characters, for the message
        out.append(PhraseMatch("count_slot", start, m.end(), text[start:m.end()]))
    return out


def _header_cells(text: str) -> bool:
    """A table's header pasted with spaces for its cell borders (``项目 金额 占调整预算%
    比上年增长%``, perhaps run on after the table's title and unit line): three or more
    space-separated pieces and no clause; or one header cell on a line of its own. A ``%`` ending one of its cells names that column's
    unit; no figure was left out of it."""
    pieces = text.split()
    if any(ch.isdigit() for ch in _HEADER_YEAR.sub("", text)):
        return False  # a figure: a row of data (公务接待费 2.1 比上年增长%), not of names
    if len(pieces) == 1:  # one cell a line: a column's name alone (比上年增长%)
        return len(pieces[0]) <= _CELL_MAX
    return len(pieces) >= 3 and not any(ch in "，,。；;" for ch in text)


_CELL_MAX = 12  # characters of a column's name
_HEADER_YEAR = lazy_compile(r"\d{4}\s*年")  # a column named by its year (2020年预算数)


def empty_slots(text: str) -> list[PhraseMatch]:
    """``年初结转和结余万元``, ``增长%``: a unit whose figure was never typed in; also a score
    slot of the conclusion (``评价得分为（  ）分``)."""
    header = None  # whether the text is a header row: asked at the first percent slot (rare)
    money, percent = _slot_patterns()
    out = []
    for pattern, kind in ((money, "money_slot"), (percent, "percent_slot")):
        for m in pattern.finditer(text):
            prev = text[m.start() - 1:m.start()]
            if prev and prev in "每单万千百亿数几上":
                continue  # 每万元, 数万元: a unit in its own right, not an empty slot
            if kind == "percent_slot" and header is None:
                header = _header_cells(text)
            if header and kind == "percent_slot" and text[m.end():m.end() + 1] in ("", " ", "\u3000", "\t", "\n"):
                continue  # a header cell naming its column's unit (占调整预算%)
            out.append(PhraseMatch(kind, m.start(), m.end(), m.group(0)))
    if "_" in text or "＿" in text:
        out.extend(underlined_slots(text))
    if any(ch in text for ch in " \u3000_＿"):
        out.extend(count_slots(text))
    for m in _glued_count_slot().finditer(text):  # (a search in C: nearly every text has none)
        out.append(PhraseMatch("glued_slot", m.start() - 2, m.end(), text[m.start() - 2:m.end()]))
    if "分" in text:
        for pattern in _score_slot_patterns():
            for m in pattern.finditer(text):
                out.append(PhraseMatch("score_slot", m.start(), m.end(), m.group(0)))
    return _dedupe(out)


@cache
def _score_slot_patterns() -> list[re.Pattern[str]]:
    """A narrative's score left without its figure (``评价得分为（  ）分``), or announced beside
    its grade and given only the grade (``评价得分及绩效等级为（良）``)."""
    return [compile_pattern(p) for p in phrases()["score_slot_patterns"]]


@cache
def _filled_twice() -> re.Pattern[str]:
    suffixes = "".join(re.escape(ch) for ch in phrases()["slot_quantity_suffixes"])
    return compile_pattern(rf"[{suffixes}][\s\u3000]*(\d+(?:\.\d+)?)[\s\u3000]*为[\s\u3000]*\1(?![\d.])"
                           r"(?=[\s\u3000]*[\u4e00-\u9fff%％])")


_NAME_SHOWN = 3  # characters of the quantity's name shown before its last one


def slots_filled_twice(text: str) -> list[PhraseMatch]:
    """``保有量0为0辆``: a quantity's template sentence (``保有量为X辆``) with its figure typed
    both before and after 为 — the same figure, bare before and with its unit after."""
    if "为" not in text:
        return []
    out = []
    for m in _filled_twice().finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < _NAME_SHOWN and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1  # the name before its last character, for the message
        end = m.end() + _unit_length(text, m.end())
        out.append(PhraseMatch("filled_twice", start, end, text[start:end]))
    return out


def _unit_length(text: str, end: int) -> int:
    """The unit (or %) after the second figure: one character is enough to show it."""
    return 1 if end < len(text) and not text[end].isspace() else 0


@cache
def _instruction_patterns() -> list[re.Pattern[str]]:
    ph = phrases()
    pats = [compile_pattern(spaced(p)) for p in sorted(ph["template_instructions"], key=len, reverse=True)]
    pats += [compile_pattern(p) for p in ph["template_instruction_patterns"]]
    pats += [compile_pattern(p) for p in ph.get("template_prompt_patterns", [])]
    return pats


@cache
def _instruction_gate() -> _Gate:
    return _gate(union(_instruction_patterns()))


def template_instructions(text: str) -> list[PhraseMatch]:
    """Instruction text of the blank form (``（参考样表）``, ``…根据部门实际进行调整细化``). A
    pattern with a group named ``note`` reports that group only (the word limit of a heading)."""
    if _none_can_match(_instruction_gate(), text):
        return []
    out = []
    for pattern in _instruction_patterns():
        for m in pattern.finditer(text):
            if "《" in text and inside_book_title(text, m.start()) and not _bracketed(text, m.start(), m.end()):
                continue  # 按照《部门决算报表填报说明》: the name of a cited document (a bracketed
                # （参考样表） is the sample form's own label, even where a note cites the form)
            start, end = m.span("note") if "note" in pattern.groupindex else m.span()
            out.append(PhraseMatch("instruction", start, end, text[start:end]))
    return _dedupe(out)


@cache
def _checklist_re() -> tuple[str, re.Pattern[str], re.Pattern[str], int]:
    conf = phrases()["template_question_checklist"]
    word = re.escape(conf["word"])
    leads = "|".join(re.escape(w) for w in sorted(conf["leads"], key=len, reverse=True))
    lead = compile_pattern(rf"^\s*(?:[一二三四五六七八九十]{{1,3}}[、.．]|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|\d{{1,2}}[、.．])?"
                           rf"\s*(?:{leads})\s*[：:]\s*")
    question = compile_pattern(rf"\s*(?:\d{{1,2}}[.、．]|[（(]\d{{1,2}}[)）])?[^？?。；;！!:：]{{0,40}}?{word}[^？?。；;！!]{{2,80}}?[？?]\s*")
    return conf["word"], lead, question, int(conf["min_questions"])


def question_checklist(text: str) -> PhraseMatch | None:
    """The blank report's yes/no questions left as the answer (``项目资金是否按时足额到位？资金使用是否
    合规？``): a text of such questions only, the slot's label and a colon perhaps before them. An
    answer after any of them (``…到位？是。``) makes the text no checklist."""
    word, lead_re, question_re, least = _checklist_re()
    if word not in text or ("？" not in text and "?" not in text):
        return None
    lead = lead_re.match(text)
    start = pos = lead.end() if lead else len(text) - len(text.lstrip())
    count = 0
    while pos < len(text.rstrip()):
        m = question_re.match(text, pos)
        if m is None or m.end() == pos:
            return None
        pos, count = m.end(), count + 1
    if count < least:
        return None
    end = len(text.rstrip())
    return PhraseMatch("checklist", start, end, text[start:end])


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in round brackets of its own (``（参考样表）``)."""
    return text[start - 1:start] in "（(" and text[end:end + 1] in "）)" and start > 0 and end < len(text)


@cache
def _stock_patterns() -> list[re.Pattern[str]]:
    return [compile_pattern(p) for p in phrases()["stock_claim_patterns"]]


_ALL_PUNCT = lazy_compile(r"[\s\u3000。.；;，,、：:！!？?“”\"'‘’]+")


@cache
def _stock_chars() -> re.Pattern[str] | None:
    """A class of the characters every stock claim holds one of (None: not known)."""
    screen = union(_stock_patterns())
    return screen_chars(screen.pattern, screen.flags) if screen is not None else None


def stock_claim(text: str) -> bool:
    """Whether the whole text is a stock all-done claim (``所有预期目标全部顺利完成``)."""
    chars = _stock_chars()
    if chars is not None and chars.search(text) is None:
        return False  # the claim is read with the punctuation taken out: none of its characters, no claim
    core = _ALL_PUNCT.sub("", text)
    if not core or len(core) > 40:
        return False
    for p in _stock_patterns():  # a loop, not any() over a generator: asked of every text
        if p.match(core):
            return True
    return False


def _dedupe(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Longest match first; drop matches inside an earlier one."""
    out: list[PhraseMatch] = []
    for m in sorted(matches, key=lambda p: (p.start, -(p.end - p.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _ticks() -> tuple[set[str], set[str]]:
    ph = phrases()
    return set(ph["unticked_boxes"]), set(ph["ticked_boxes"])


@cache
def _choice_label_heads() -> tuple[str, ...]:
    """The first characters of the choice labels (a label can only start a cell with one)."""
    return tuple({lb[:1] for lb in phrases()["choice_labels"]})


def unticked_choice_rows(rows: list[Row], text: str | None = None) -> list[tuple[Row, str]]:
    """Each row of a table whose boxes are all left unticked, with its label (see
    :func:`unticked_choice_row`). A table with no empty box in any cell has none: it is not read
    row by row (most tables). ``text``: the rows' cells joined, when the caller has it."""
    unticked, _ = _ticks()
    if text is None:
        text = "".join([cell.value for row in rows for cell in row.cells])
    if not any(box in text for box in unticked):
        return []
    return [(row, label) for row in rows if (label := unticked_choice_row(row))]


def unticked_choice_row(row: Row) -> str | None:
    """The label of a 项目类别/项目属性/项目类型 row whose boxes are all left unticked."""
    for cell in row.cells:  # the first non-empty cell (no generator: asked of every row)
        if not cell.is_empty:
            first = cell.value
            break
    else:
        return None
    if not first.lstrip().startswith(_choice_label_heads()):
        return None  # asked of every row: its first cell's first character rules most out
    cells = [c.value for c in row.cells if not c.is_empty]
    return _unticked_choice(compact(cells[0]), "".join(cells))


def unticked_choice_line(value: str) -> str | None:
    """The label of a line that opens with a choice label and leaves all its boxes unticked
    (评价类型：项目实施过程评价□ 项目完成结果评价□, a report's cover)."""
    if not value.lstrip().startswith(_choice_label_heads()):
        return None
    return _unticked_choice(compact(value), value)


def _unticked_choice(label: str, text: str) -> str | None:
    labels = phrases()["choice_labels"]
    hit = next((lb for lb in labels if label.startswith(lb)), None)
    if hit is None:
        return None
    unticked, ticked = _ticks()
    empty_boxes = sum(text.count(u) for u in unticked)
    if empty_boxes < 2:
        return None
    for i, ch in enumerate(text):
        if ch in ticked:
            if ch.isascii() and ch.isalpha():
                prev, nxt = text[i - 1:i], text[i + 1:i + 2]
                if (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha()):
                    continue
            return None
    return hit


def blank_value_labels(part: Part) -> list[Cell]:
    """Labels of the form (主管部门, 实施单位 …) whose own cell, an explicit empty cell between
    pipes, holds nothing. Only empty cells the draft wrote count: flattened layouts lose them."""
    wanted = _value_labels()
    text = part_text(part)  # once: the generator below would rebuild it for every label
    ends = [at + len(label) for label in wanted if (at := text.find(label)) >= 0]
    if not ends:
        return []  # no such label anywhere in the part: no need to cut it into cells
    if not any(map(_may_hold_empty_cell, part.blocks)):
        return []  # no empty cell can follow a label: nothing to cut either
    toks = _tokens_from_label(part, min(ends))
    out: list[Cell] = []
    closing: bool | None = None  # whether a lone bar closes each cell: asked at the first candidate
    for k, (tok, nxt) in enumerate(zip(toks, toks[1:], strict=False)):
        if tok.kind == "word" and tok.word.rstrip("：:") in wanted and nxt.kind == "blank" and not nxt.value.strip():
            after = toks[k + 2] if k + 2 < len(toks) else None
            if _leading_cell(tok, nxt, after) or _merged_label_cell(tok, nxt, after):
                continue
            if closing is None:
                closing = _bars_close_cells(toks)
            if closing and _closed_then_filled(tok, nxt, after):
                continue
            out.append(Cell(tok.text))
    return out


def blank_cover_fields(part: Part) -> list[Cell]:
    """A report's cover written as ``label value`` lines, one field's line holding its label only
    (``项目单位 某市河道管理处`` / ``主管部门`` / ``评价方式:部门绩效自评``): the field left blank.
    The label must open its source line (the reader may have joined the cover's lines into one
    paragraph) and stand between two lines that give their fields' values; a label whose value
    stands on the next line (a form pasted one cell a line) has no field line after it."""
    ends = _value_label_ends()
    blocks = part.blocks
    out: list[Cell] = []
    for i in range(len(blocks) - 1):
        block = blocks[i]
        if not isinstance(block, (Paragraph, Heading)):
            continue
        value = block.text.value.rstrip().rstrip("：:").rstrip()
        if not value.endswith(ends):
            continue  # nearly every block: one test of its end
        after = blocks[i + 1]
        if not isinstance(after, (Paragraph, Heading)) or not _COVER_FIELD.match(after.text.value):
            continue
        label = next(w for w in ends if value.endswith(w))
        start = len(value) - len(label)
        before = _line_before(block, start) if start else _block_text(blocks[i - 1] if i else None)
        if before is not None and _COVER_FIELD.match(before):
            line, column = block.text.position(start)
            out.append(Cell(SourceText.at(label, block.text.path, line, column)))
    return out


def _line_before(block: Paragraph | Heading, start: int) -> str | None:
    """The source line of ``block`` right before the one ``start`` opens (None if ``start`` opens no line)."""
    text = block.text
    line = text.position(start - 1)[0]
    if line == text.position(start)[0]:
        return None  # the label runs on from the text before it on its line
    k = start - 1
    while k > 0 and text.position(k - 1)[0] == line:
        k -= 1
    return text.value[k:start]


def _block_text(block: object) -> str | None:
    return block.text.value if isinstance(block, (Paragraph, Heading)) else None


@cache
def _value_label_ends() -> tuple[str, ...]:
    return tuple(sorted(_value_labels(), key=len, reverse=True))


# A cover line giving its field: a short label, then a colon or blanks, then the value.
_COVER_FIELD = lazy_compile(r"\s*[\u4e00-\u9fff]{2,6}(?:\s*[:：]\s*|[ \t\u3000]+)\S")


def _bars_close_cells(toks: list[Token]) -> bool:
    """Whether the form was pasted one cell a line with each cell closed by a bar on a line of its
    own (``项目名称`` / ``|`` / ``某某经费`` / ``|`` / ``||||``, a web table copied cell by cell): then a
    lone bar after a label is the label's cell closing, not an empty cell; an empty cell shows as two
    lone bars in a row. Told from a form whose cells carry their bar on their own line (``主管部门 |``
    then ``|``, the empty cell written out) by how the cells written alone on a line go on: nearly
    all of them straight into a lone bar on the next line."""
    closed = run_on = 0
    for tok, nxt in zip(toks, toks[1:], strict=False):
        if tok.kind not in ("word", "fig") or nxt.text.line <= tok.text.line:
            continue
        if nxt.kind == "blank":
            closed += 1
        elif nxt.kind in ("word", "fig"):
            run_on += 1
    return closed >= 4 and closed >= 4 * run_on


def _closed_then_filled(label: Token, blank: Token, after: Token | None) -> bool:
    """In a form whose lone bars close the cells (:func:`_bars_close_cells`): the bar on the line
    after the label closes its cell and the value follows on a later line (``主管部门`` / ``|`` /
    ``某某局``); a second lone bar or the row's end after it leaves the field empty."""
    return (blank.text.line > label.text.line and after is not None and after.kind in ("word", "fig")
            and after.text.line > blank.text.line)


def _may_hold_empty_cell(block: object) -> bool:
    """Whether :func:`tokens` may cut an empty cell (a blank token with nothing in it) out of
    ``block``: a table, or a paragraph or heading with a cell bar or a tab. Cut from any other
    text, every piece holds something (pieces between spaces, figures of a glued run).

    A table cuts one (:func:`perflint.read.forms.cells._raw`) only from a cell that holds
    nothing before the last filled cell of its row (the cells after it are dropped), from a cell
    holding a bar or a tab (cut as a paragraph is), or from an empty row of one cell at most (in a
    table of one-cell rows); the merges (``_merge``) never make a blank token nor join one. Such a
    cell matters only after a token that reads as a label: not after another empty cell, nor
    after filled cells that cannot end in one (a YAML draft's 总分 row, ``总分 |  |  | 95``). A
    part none of whose blocks may give a label an empty cell is not cut into tokens."""
    if isinstance(block, Table):
        return _table_may_hold_empty_cell(block)
    if isinstance(block, (Paragraph, Heading)):
        value = block.text.value
        return "|" in value or "｜" in value or "\t" in value
    return False


def _table_may_hold_empty_cell(table: Table) -> bool:
    """:func:`_may_hold_empty_cell` of a table (see there)."""
    for row in table.rows:
        values = [cell.text.value for cell in row.cells]
        filled = [k for k, value in enumerate(values) if value.strip()]
        if not filled:
            if len(values) <= 1:
                return True  # an empty row of one cell: a blank in a table of one-cell rows
            continue  # a row break only
        joined = "".join(values)
        if "|" in joined or "｜" in joined or "\t" in joined:
            return True  # a cell cut as a paragraph is (a filled one too: ``| 95% | x``)
        if filled[-1] + 1 == len(filled):
            continue  # every cell up to the last filled one is filled: no blank cut
        for k in range(filled[-1]):
            if values[k].strip():
                continue
            if k == 0:
                return True  # after what stands before the row
            if not values[k - 1].strip():
                continue  # a blank after a blank: no label before it
            if _may_end_in_label(compact("".join(values[:k]))):
                return True
    return False


def _may_end_in_label(before: str) -> bool:
    """Whether a token ending where ``before`` (the compacted cells before an empty cell of its
    row) ends may read as a value label (:func:`blank_value_labels`' test: its word without
    closing colons is one). Such a token is a stretch of text ending there, so the label ends
    ``before`` (less its colons), or, for a token merged with what stands before the row, ``before``
    ends the label."""
    core = before.rstrip("：:")
    return not core or any(core.endswith(label) or label.endswith(core) for label in _value_labels())


def _tokens_from_label(part: Part, end: int) -> list[Token]:
    """The part's :func:`tokens` from the block where the first value label can be read on: the
    same tokens the whole part's stream holds from there, enough to find every label and what
    follows it. ``end``: where the earliest label ends in :func:`part_text`.

    The narrative before a form (most of a report) is not cut into cells. Every token's word is
    a piece of :func:`part_text`, so no token of the blocks before the first one whose text
    reaches ``end`` holds a label. The stream is cut from a block at or before that one whose
    first token no merge joins to the token before it (:func:`_opens_a_tail`): from there the
    tokens are those of the whole part (a row break the cut may drop before them aside)."""
    blocks = part.blocks
    first = len(blocks) - 1
    pos = 0
    for k, block in enumerate(blocks):
        if isinstance(block, Table):
            values = [cell.value for row in block.rows for cell in row.cells]
        elif isinstance(block, (Paragraph, Heading)):
            values = [block.text.value]
        else:
            continue
        pos += len(_SEPARATORS.sub("", "".join(values)))
        if pos >= end:
            first = k
            break
    start = first
    lead: Token | None = None  # the first token of blocks[start:]
    while start > 0:
        own = _raw(blocks[start:start + 1])[0]
        if own:
            lead = own[0]
        if lead is not None and _opens_a_tail(lead):
            return _merge(_raw(blocks[start:])[0])
        start -= 1
    return tokens(part)


def _leading_cell(label: Token, blank: Token, after: Token | None) -> bool:
    """Whether ``blank`` is only the empty cell a line opens with before its first pipe, on the line
    after the label, the line going on with a word (``项目名称`` then ``| 中央、省…财政资金 | 资金计划``:
    a header written one cell a line): no cell of the label's row left empty."""
    line = blank.text.line
    return line != label.text.line and after is not None and after.kind == "word" and after.text.line == line


def _merged_label_cell(label: Token, blank: Token, after: Token | None) -> bool:
    """Whether ``blank`` is what is left of the label's own cell spanning two columns, its value in
    the next cell of the same line (``项目名称 | | 某某专项工作经费``, a web table or an OCR'd form
    whose merged label cell became two): the field is filled. A label after the blank (``主管部门 |
    | 实施单位(盖章) | …``) leaves it empty."""
    return (after is not None and after.kind == "word" and after.text.line == blank.text.line == label.text.line
            and not after.word.strip().startswith(_any_form_label()))  # 实施单位(盖章) is a label too


@cache
def _any_form_label() -> tuple[str, ...]:
    """The value labels and the other labels a form's row may hold (联系人, 填报日期 …)."""
    ph = data.load("boilerplate")
    return tuple(dict.fromkeys([*ph["value_labels"], *ph["other_form_labels"]]))


@cache
def _value_labels() -> frozenset[str]:
    return frozenset(data.load("boilerplate")["value_labels"])



def blank_repeated_totals(rows: list[Row]) -> list[tuple[Row, Row]]:
    """Each total row (``合计``) that holds its label and nothing else right after a total row of
    the same label with its figures (``合计 | 4569`` then ``合计``), with that filled row: a
    template's total row kept a second time, empty. Blank rows between the two are passed over;
    an empty total row after anything else (a header, a part row) is left alone."""
    labels = _total_row_labels()
    heads = _total_row_heads()
    out: list[tuple[Row, Row]] = []
    previous: Row | None = None
    for row in rows:
        first, more = _first_cell(row)
        if first is None:
            continue
        if not more and previous is not None and first.value.lstrip()[:1] in heads \
                and compact(first.value) in labels:
            filled = previous.non_empty
            if compact(filled[0].value) == compact(first.value) and any(_has_digit(c.value) for c in filled[1:]):
                out.append((row, previous))
        previous = row
    return out


def blank_total_rows(rows: list[Row]) -> list[tuple[Row, Cell]]:
    """Each total row (``合计``, ``合 计``) written with its cells and every one of them empty,
    in a table whose other rows fill a column of amounts or counts (two rows or more give a
    figure in it): the total the table asks for, never filled in. With the header cell of the
    first such column (the table's first row). A column the template leaves blank in its total
    row on purpose (科目编码, 序号, 行次) is no evidence, nor a column of rates; a table that
    writes the same total filled elsewhere is :func:`blank_repeated_totals`' case."""
    labels = _total_row_labels()
    heads = _total_row_heads()
    out: list[tuple[Row, Cell]] = []
    blanks = [r for r in rows if len(r.cells) >= 2 and not r.cells[0].is_empty
              and r.cells[0].value.lstrip()[:1] in heads and compact(r.cells[0].value) in labels
              and all(c.is_empty for c in r.cells[1:])]
    if not blanks or len(rows) < 4:
        return out
    skip = _total_skip_columns()
    header = rows[0]
    for row in blanks:
        label = compact(row.cells[0].value)
        if any(r is not row and r.non_empty and compact(r.non_empty[0].value) == label for r in rows):
            continue  # the total written again (filled or not): the repeated row's case
        k = next(n for n, r in enumerate(rows) if r is row)
        after = rows[k + 1] if k + 1 < len(rows) else None
        if after is not None and after.non_empty and (after.cells[0].is_empty
                                                      or parse_cell(after.non_empty[0].value) is not None):
            continue  # a row with no label of its own after it: the total's figures, wrapped (a merged label)
        for c in range(1, len(row.cells)):
            name = header.cells[c].value if c < len(header.cells) else ""
            if any(word in compact(name) for word in skip):
                continue
            filled = 0
            for r in rows:
                if r is row or c >= len(r.cells):
                    continue
                q = parse_cell(r.cells[c].value)
                if q is not None and q.kind != "percent" and q.relation is None:
                    filled += 1
            if filled >= 2 and c < len(header.cells) and not header.cells[c].is_empty \
                    and parse_cell(header.cells[c].value) is None:
                out.append((row, header.cells[c]))
                break
    return out


def _first_cell(row: Row) -> tuple[Cell | None, bool]:
    """The row's first non-empty cell, and whether another follows it (asked of every row: no list
    of its cells is built)."""
    first = None
    for cell in row.cells:
        if not cell.is_empty:
            if first is not None:
                return first, True
            first = cell
    return first, False


def repeats_filled_total(rows: list[Row], line: str) -> Row | None:
    """The filled total row that ends ``rows`` when ``line`` (a line of its own right after the
    table: a blank line ended the table) is the same total label and nothing else."""
    label = compact(line)
    if label not in _total_row_labels():
        return None
    last = next((r for r in reversed(rows) if r.non_empty), None)
    if last is None:
        return None
    filled = last.non_empty
    if compact(filled[0].value) == label and any(_has_digit(c.value) for c in filled[1:]):
        return last
    return None


@cache
def _total_skip_columns() -> tuple[str, ...]:
    return tuple(phrases()["total_row_blank_columns"])


def _has_digit(value: str) -> bool:
    return any(ch.isdigit() for ch in value)


@cache
def _total_row_labels() -> frozenset[str]:
    return frozenset(phrases()["total_row_labels"])


@cache
def _total_row_heads() -> frozenset[str]:
    """The first characters of the total labels: most rows' first cell rules itself out by it."""
    return frozenset(label[:1] for label in phrases()["total_row_labels"])


_OPTION_SEPARATORS = lazy_compile(r"[\s/／、|｜,，]+")


@cache
def _option_sets() -> frozenset[str]:
    return frozenset(data.load("boilerplate")["qualitative_option_sets"])


def option_set_value(value: str) -> bool:
    """Whether a 定性 indicator's cell holds the template's whole list of options (``好坏``,
    ``是/否``, ``达成/未达成``) instead of the one answer chosen."""
    if not value or len(value) > 16:
        return False
    return _OPTION_SEPARATORS.sub("", value) in _option_sets()
