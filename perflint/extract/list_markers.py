"""List markers the outline walker cannot see: inside a flattened paragraph, in a table of
contents, and markers lost from a body line.

A PDF or web page flattened to text runs a whole list into one paragraph
(``1.贯彻…。2.组织…。3.促进…``); the walker places only the paragraph's first marker, so a
number written twice (``4.组织…。4.处理…``) or written without its dot (``。9持续…``) inside
the run goes unseen. A table of contents is skipped by the walker, yet an entry typed without
its marker among numbered siblings (``七、…表`` then ``政府性基金…表``) is a numbering slip
a reader sees at once. In the body, a ``（一）`` heading with no ``（二）`` but an unmarked title
line where the ``（二）`` belongs, and a list of ``（一）办公室。负责…`` items followed by one
more item written the same way without its marker, are lost markers too. So is a title line
whose brackets are left empty (``()职能职责``): a word processor's automatic number, lost when the
text was copied out of it. All are read here, from the same :class:`Item` records the walker uses.
"""

from __future__ import annotations

import re
from functools import cache

from perflint import data
from perflint.extract.outline import MAX_MISSING, Finding, PartOutline, Sequence
from perflint.extract.outline_items import Item, is_stray_marker
from perflint.model import Block, Heading, Numbering, Paragraph, Part, Table, TocEntry
from perflint.text.normalise import compact
from perflint.text.numbering import (
    STYLE_RANK,
    chinese_to_int,
    int_to_chinese,
    marker_like,
    opens_with_decimal_section,
    opens_with_half_bracket_number,
    parse_marker,
)
from perflint.text.patterns import LazyPattern, lazy_compile

_BREAK = lazy_compile(r"[。；;]\s*")
_COLON = lazy_compile(r"[：:]\s*")
_NOTE_BREAK = lazy_compile(r"[。；;，,]\s*")
# What an item's text opens with after its marker: a Chinese word, quoted or not (``2、“三公”经费数…``),
# or a year (``(2)2019年省级补助资金``, an item named after the year of its grant); a bare figure after
# a marker is no item.
_ITEM_START = lazy_compile(r"[“‘\"《〈（(「]?[\u4e00-\u9fff]|(?:19|20)\d{2}\s*年")
_BARE_NUMBER = lazy_compile(r"(\d{1,2})(?= ?[\u4e00-\u9fff])")  # a PDF spaces it: 。9 持续…
RUN_STYLES = ("arabic", "cn", "paren_cn", "paren_arabic")
_LIST_STYLES = ("cn", "paren_cn", "arabic", "paren_arabic")
_CN_STYLES = frozenset(("part", "chapter", "cn", "cn_half", "paren_cn"))  # numbered with a Chinese numeral
_ANNEX = ("附件", "附表", "附录")
_TRAILING = "。．.，,：:；;！!？?、 "
_FLAT_LINE = 60  # characters: a paragraph this long holding a run of headings is a flattened page
_MIN_RUN = 3  # items written before a slip, so that the run is surely a list
_TITLE_MIN, _TITLE_MAX = 4, 30  # a title line without a marker
_INLINE_SECOND = lazy_compile(r"(?<=[^。；;！？!?\s])(?:[（(]\s*)?二\s*[、）)]")  # mid-clause, not after a sentence
_LABEL_ITEM = lazy_compile(r"^[\u4e00-\u9fff]{2,8}[:：]")
_LABEL_SPAN = 20
_MIN_DESCRIPTION = 4  # ``人事股。负责…``: a name and what it does, not a short sentence
_HEAD_FORM = lazy_compile(r"^[^，。；,;：:！？!?]{2,15}。")  # ``办公室。负责…``: a name, then what it does
# The duty every list of a unit's functions closes with (``完成县委、县政府交办的其他任务。``): a line
# of its own after numbered duties is their last item, not a remark after the list.
_LAST_DUTY = lazy_compile(r"^(?:完成|承办|办理|负责)[^，。；,;]{0,20}交办的?其他[^，。；,;]{0,6}[。；;]?$")
# A line opening with a bracket pair that holds nothing (``()职能职责``, ``（）收入决算表``) before
# its title: the number inside was the word processor's, and it did not come out with the text.
# The opening bracket may have gone with it (``)机构设置``): the closing one left at the line's
# start is the title's marker, unless a bracket of the line above is still open (a wrapped clause).
_EMPTY_MARKER = lazy_compile(r"^\s*([（(]?)([)）])\s*(?=[“\"《\u4e00-\u9fff])")
_SENTENCE_MARKS = lazy_compile(r"[。；;！？!?，,]")
# A line opening with a bare number run into its text (``1核发…``, ``2组织…``): where three lines or
# more so numbered follow one another from 1, the dots (or 、) of a list were lost. What a count
# is followed by (3个, 2人, 5万元, 2023年) is no item.
# A PDF's text spaces a number from the word after it (``1 核发…``): the dot is lacking all the same.
_BARE_LINE = lazy_compile(r"^\s*(\d{1,2})(?= ?[《“\u4e00-\u9fff])(?! ?[个人名次项万元亿年月日号家辆台套份期批所座条栋户位倍级类种天])")
_MIN_BARE_LINES = 3
# A title line numbered with a Chinese numeral and a colon (``一:主要职能``): a heading's numeral
# takes 、, and a colon after it is a slip of the key (the reader does not take it for a marker).
# A line opening with 部分 and a title (``部分  名词解释``) after ``第二部分``, ``第三部分``…: the
# ordinal 第N was lost (a PDF's text drops a run it drew apart).
# (部分：名词解释 as 第四部分：…; 部分  2023年度…决算表, a title that opens with its year)
_PART_WITHOUT_ORDINAL = lazy_compile(r"^\s*部分\s*[:：]?\s*(?=[\u4e00-\u9fff]|(?:19|20)\d\d\s*年)")
_SENTENCE_ENDS = ("。", "；", ";", "！", "!", "？", "?")  # a line closed so is a sentence, no title
_LOST_NUMERAL = lazy_compile(r"^\s*(、)\s*(?=[“\"《\u4e00-\u9fff])")
_COLON_MARKER = lazy_compile(r"^\s*([一二三四五六七八九十]{1,3})\s*([:：])\s*(?=[\u4e00-\u9fff])")
# The same patterns at the start of any line of a part's text: one search of the part before
# reading its lines one by one, where a line opening so is rare (most parts have none). A line
# but the first starts after a line break: each pattern is searched for with the break in place
# of its ``^`` (a literal the engine skips ahead to), and tried once at the text's start (see
# :func:`_opens_a_line`). As ``(?m)^…`` (no anchor to try at every character) they were tried
# at each character of the part.
_EMPTY_MARKER_LINES = lazy_compile("\n" + _EMPTY_MARKER.pattern.removeprefix("^"))
_BARE_LINE_LINES = lazy_compile("\n" + _BARE_LINE.pattern.removeprefix("^"))
_LOST_NUMERAL_LINES = lazy_compile("\n" + _LOST_NUMERAL.pattern.removeprefix("^"))
_COLON_MARKER_LINES = lazy_compile("\n" + _COLON_MARKER.pattern.removeprefix("^"))
# A Chinese numeral with one character typed twice over (``一一、``, ``（三三）``): no numeral
# repeats a character side by side (十一, 二十二, 一百零一 alternate theirs), so the marker holds a
# slip of the key. ``一一对应`` in prose is a word and takes no 、 or bracket, so it is no marker.
_DOUBLED_NUMERAL = lazy_compile(r"([一二三四五六七八九十])\1")
# A bracketed marker typed again right after itself (``(2)2)``, ``（二）（二）``): the word
# processor's number and the writer's own, the one on top of the other. No item's title opens
# with its own number closed by a bracket.
_RETYPED = lazy_compile(r"\s*[（(]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]")
_PAREN_STYLES = frozenset(("paren_cn", "paren_arabic"))


def _opens_a_line(first: LazyPattern, after_break: LazyPattern, body: str) -> bool:
    """Whether a line of ``body`` opens as ``first`` (a pattern anchored with ``^``) says:
    ``re.search("(?m)" + first.pattern, body)``, with ``after_break`` the pattern behind the
    line break that starts every line but the first."""
    return first.match(body) is not None or after_break.search(body) is not None


def _inline_run(block: Block, index: int, own: tuple[Numbering, int]) -> list[Finding]:
    """Repeats and marker-less numbers in a list run into one paragraph from its own ``1.``
    (``own``: the block's :func:`block_marker`, a ``1.`` of one of :data:`RUN_STYLES`)."""
    value = block.text.value
    first = Item(block, index, own[0], len(value) - len(value.lstrip()), own[1], embedded=True)
    seq = Sequence(first.style, first.variant, None, [first])
    findings: list[Finding] = []
    for m in _BREAK.finditer(value, first.end):
        rest = value[m.end():]
        prev = seq.last
        found = parse_marker(rest)
        if found and found[0].style == prev.style and not is_stray_marker(found[0], rest[found[1]:]):
            item = Item(block, index, found[0], m.end(), m.end() + found[1], embedded=True)
            if item.variant != prev.variant:
                continue
            if item.value == prev.value and prev.value >= _MIN_RUN and len(seq.items) == prev.value:
                findings.append(Finding("repeat", item, seq, previous=prev, same=prev))
            if item.value in (prev.value, prev.value + 1):
                seq.items.append(item)
            continue
        bare = _BARE_NUMBER.match(rest)
        if (bare and prev.style == "arabic" and int(bare.group(1)) == prev.value + 1
                and len(seq.items) >= _MIN_RUN and _continues(value, m.end(), prev, prev.value + 2)):
            numbering = Numbering("arabic", prev.value + 1, bare.group(1))
            item = Item(block, index, numbering, m.end(), m.end() + len(bare.group(1)), embedded=True)
            findings.append(Finding("bare", item, seq, previous=prev))
            seq.items.append(item)
    return findings


def _note_run(block: Block, index: int) -> list[Finding]:
    """A list opened after a colon (``注:1.…``) whose next number skips one (``，3.定量指标``).

    Notes under a form run their items together, often after a comma; within such a run a
    marker two above the last one means the item between was lost.
    """
    value = block.text.value
    findings: list[Finding] = []
    for colon in _COLON.finditer(value):
        found = parse_marker(value[colon.end():])
        if not found or found[0].value != 1 or found[0].style not in ("arabic", "paren_arabic"):
            continue
        seq = Sequence(found[0].style, "", None,
                       [Item(block, index, found[0], colon.end(), colon.end() + found[1], embedded=True)])
        for m in _NOTE_BREAK.finditer(value, seq.last.end):
            nxt = parse_marker(value[m.end():])
            if not nxt or nxt[0].style != seq.style or not _ITEM_START.match(value, m.end() + nxt[1]):
                continue
            item = Item(block, index, nxt[0], m.end(), m.end() + nxt[1], embedded=True)
            if item.variant != seq.last.variant or item.value <= seq.last.value:
                continue
            if item.value == seq.last.value + 2:
                findings.append(Finding("gap", item, seq, previous=seq.last, missing=(item.value - 1,)))
            elif item.value != seq.last.value + 1:
                break
            seq.items.append(item)
        break
    return findings


# ``一是…；二是…``: a point a paragraph counts off with 是, at the text's start or after a mark
# (not 统一是, 唯一是, 第一是, 其一是); 是否 / 是非 are no point.
_SHI_POINT = lazy_compile(r"(?:^|(?<=[：:；;。，,！？!?\s]))\s*([一二三四五六七八九十])是(?![否非])")
_MAX_SHI_JUMP = 3  # a jump over more numbers is another count, not a point left out


def _shi_points(part: Part) -> list[Finding]:
    """Gaps and repeats among the points counted off with 是 (``一是…；二是…；四是…``), in a
    paragraph or across paragraphs that each open with the next point. A count starts at 一是;
    a heading, a table or a paragraph that opens with no point ends it."""
    findings: list[Finding] = []
    seq: Sequence | None = None
    for index, block in enumerate(part.blocks):
        if not isinstance(block, Paragraph):
            seq = None
            continue
        value = block.text.value
        points = list(_SHI_POINT.finditer(value))
        if seq is not None and (not points or value[:points[0].start(1)].strip()):
            seq = None  # the paragraph opens with no point: the count ended above
        for m in points:
            number = chinese_to_int(m.group(1)) or 0
            item = Item(block, index, Numbering("shi", number, m.group(1) + "是"), m.start(1), m.end(), embedded=True)
            if number == 1:
                seq = Sequence("shi", "", None, [item])
                continue
            if seq is None:
                continue
            last = seq.last
            if number == last.value + 1:
                seq.items.append(item)
            elif number == last.value:
                findings.append(Finding("repeat", item, seq, previous=last, same=last))
            elif last.value + 1 < number <= last.value + _MAX_SHI_JUMP:
                findings.append(Finding("gap", item, seq, previous=last, missing=tuple(range(last.value + 1, number))))
                seq.items.append(item)
            else:
                seq = None
    return findings


# A top-level heading run into a paragraph (a page that lost its line breaks): ``一、`` and a
# Chinese word, at the text's start or after a mark that ends what came before (a comma, a full
# stop, a closing bracket, a percent sign: ``…20万元,二、绩效目标…``, ``合格率100%三、偏离…``). After
# another character it is part of a phrase (``第一、二季度``); before a numeral, a count (``一、二级``).
_FLAT_HEADING = lazy_compile(
    r"(?:^|(?<=[，,。；;：:！？!?%％）)\s]))([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fff“《])")
_FLAT_MIN_ITEMS = 3  # 一、 and two more: a run, not one stray marker
_FLAT_TITLE = lazy_compile(r"[^，,。；;：:！？!?]{1,30}")


def _flattened_headings(part: Part, markers: list) -> list[Finding]:
    """Gaps among the top-level headings of a report pasted as one paragraph (``一、基本情况…，
    二、绩效目标…，四、存在问题…``): the walker places only a paragraph's own first marker, and the
    markers inside it only after a colon. A run counts from ``一、`` in the paragraph; a number
    skipped between two of its items, with a third after, is reported (a ``gap``: a warning,
    since a page may have been abridged by the site that shows it). Quiet where the skipped
    numeral is written in the paragraph at all (``三.``: another slip, not a lost heading), or
    where the items name tables (a list of public tables keeps each table's number)."""
    findings: list[Finding] = []
    for index, block in enumerate(part.blocks):
        if not isinstance(block, Paragraph) or len(block.text.value) < _FLAT_LINE:
            continue
        value = block.text.value
        if "一、" not in value:
            continue  # a run opens at 一、
        seq: Sequence | None = None
        gaps: list[Finding] = []
        runs: list[list[Item]] = []  # the runs read as a report's headings, for the levels below
        for m in _FLAT_HEADING.finditer(value):
            numbering = Numbering("cn", chinese_to_int(m.group(1)) or 0, m.group(0))
            if not numbering.value or is_stray_marker(numbering, value[m.end():]):
                continue
            item = Item(block, index, numbering, m.start(), m.end(), embedded=True)
            if numbering.value == 1:
                if seq is not None and len(seq.items) >= _FLAT_MIN_ITEMS:
                    findings.extend(gaps)
                    runs.append(seq.items)
                seq, gaps = Sequence("cn", "、", None, [item]), []
                continue
            if seq is None:
                continue
            last = seq.last
            if numbering.value == last.value + 1:
                seq.items.append(item)
            elif last.value + 1 < numbering.value <= last.value + MAX_MISSING:
                missing = tuple(range(last.value + 1, numbering.value))
                if not any(_written_otherwise(value, v) for v in missing) and not any(
                        _names_a_table(value, it) or _labels_a_row(value, it) for it in (last, item)):
                    gaps.append(Finding("gap", item, seq, previous=last, missing=missing))
                seq.items.append(item)
            else:
                if len(seq.items) >= _FLAT_MIN_ITEMS:
                    findings.extend(gaps)
                    runs.append(seq.items)
                seq, gaps = None, []
        if seq is not None and len(seq.items) >= _FLAT_MIN_ITEMS:
            findings.extend(gaps)
            runs.append(seq.items)
        for tops in runs:
            findings.extend(_flattened_sublevels(block, index, tops))
    return findings


# The levels below a run-in heading: ``(一)`` (its brackets bound it, whatever comes before), and
# ``1.`` ``1、`` after a mark or a Chinese character but not after 第, 表, 图, 附件 (``表1.``), nor
# inside a figure (``1.5万元``: a Chinese word must follow).
_FLAT_SUB = lazy_compile(
    r"(?P<paren>[（(](?P<cn>[一二三四五六七八九十]{1,3})[)）])(?=[\u4e00-\u9fff“《])"
    r"|(?:(?<=^)|(?<=[，,。；;：:！？!?%％）)\s\u4e00-\u9fff]))(?<![第表图件])(?P<ar>\d{1,2})[.．、](?=[\u4e00-\u9fff“《])")


def _flattened_sublevels(block: Block, index: int, tops: list[Item]) -> list[Finding]:
    """Under each run-in heading of a flattened report, its ``(一)`` and ``1.`` items: a level
    whose first item is not 1 (``(一)资金投入情况分析，…，3.项目资金管理情况分析``) or that skips a
    number. Both are warnings (``start`` with ``run_in``, ``gap``): a site's abridged page drops
    items too. Quiet where the missing marker is written in the heading's span some other way,
    and at a table's row label followed by its figure."""
    value = block.text.value
    findings: list[Finding] = []
    bounds = [t.start for t in tops[1:]] + [len(value)]  # each heading's span: to the next, or the end
    for top, end in zip(tops, bounds, strict=True):
        paren: Sequence | None = None
        arabic: Sequence | None = None
        arabic_parent = top
        for m in _FLAT_SUB.finditer(value, top.end, end):
            if m.group("paren"):
                numbering = Numbering("paren_cn", chinese_to_int(m.group("cn")) or 0, m.group("paren"))
                parent, seq = top, paren
            else:
                numbering = Numbering("arabic", int(m.group("ar")), m.group(0))
                parent, seq = arabic_parent, arabic
            if not numbering.value or is_stray_marker(numbering, value[m.end():]):
                continue
            item = Item(block, index, numbering, m.start(), m.end(), embedded=True)
            if seq is None or item.value == 1:
                seq = Sequence(numbering.style, item.variant, parent, [item])
                if 1 < item.value <= MAX_MISSING + 1 and not _labels_a_row(value, item) \
                        and not _sub_written(value, parent.end, item, range(1, item.value)):
                    findings.append(Finding("start", item, seq, parent=parent, missing=tuple(range(1, item.value)),
                                            run_in=True))
            elif item.value == seq.last.value + 1:
                seq.items.append(item)
            elif seq.last.value + 1 < item.value <= seq.last.value + MAX_MISSING \
                    and item.variant == seq.last.variant:
                missing = tuple(range(seq.last.value + 1, item.value))
                if not (_labels_a_row(value, item) or _labels_a_row(value, seq.last)
                        or _sub_written(value, seq.last.end, item, missing)):
                    findings.append(Finding("gap", item, seq, previous=seq.last, parent=parent, missing=missing))
                seq.items.append(item)
            else:
                seq = None
            if numbering.style == "paren_cn":
                paren, arabic, arabic_parent = seq, None, (item if seq is not None else top)
            else:
                arabic = seq
    return findings


def _sub_written(value: str, start: int, item: Item, values) -> bool:
    """Whether one of the markers ``values`` of ``item``'s level stands between ``start`` and
    the item written some way (``1、`` for ``1.``, ``（一）`` for ``(一)``)."""
    span = value[start:item.start]
    for v in values:
        if item.style == "paren_cn":
            if re.search(rf"[（(]\s*{int_to_chinese(v)}\s*[)）]", span):
                return True
        elif re.search(rf"(?<![\d.．]){v}\s*[.．、,，](?=\s*[\u4e00-\u9fff])", span):
            return True
    return False


def _written_otherwise(value: str, number: int) -> bool:
    """Whether the numeral ``number`` stands in ``value`` as a marker written some way (``三.``
    ``三,`` ``三、`` after a character the run does not read): the heading is there. A ``（三）``
    is a sub-heading's marker, another level's."""
    numeral = int_to_chinese(number)
    return re.search(rf"(?<![一二三四五六七八九十第(（]){numeral}\s*[、.．,，:：]", value) is not None


# A row label of a table flattened into the paragraph: a short name and then its figure
# set apart by a space (``二、事业收入 20.00``; ``合格率100%`` run on is prose): the rows keep the standard numbers when empty ones are left out.
_ROW_LABEL = lazy_compile(r"[\u4e00-\u9fff（）()“”]{2,20}\s+-?\d")


def _labels_a_row(value: str, item: Item) -> bool:
    """Whether a run-in heading is a table's row label followed by its figure."""
    return _ROW_LABEL.match(value, item.end) is not None


def _names_a_table(value: str, item: Item) -> bool:
    """Whether a run-in heading's title (up to the first mark) names a table (``四、财政拨款收入
    支出决算总表``): a list of public tables, numbered by the standard set."""
    m = _FLAT_TITLE.match(value, item.end)
    return m is not None and "表" in m.group(0)


def _continues(value: str, start: int, prev: Item, expected: int) -> bool:
    """Whether the run goes on with ``expected`` written in ``prev``'s way after ``start``."""
    marker = marker_like(prev.marker, prev.style, expected)
    return re.search(rf"[。；;]\s*{re.escape(marker)}", value[start:]) is not None


_WORD_CHAR = lazy_compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _toc_unmarked(part: Part) -> list[Finding]:
    """Entries of a table of contents typed without the marker their numbered siblings carry."""
    findings: list[Finding] = []
    blocks = part.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if not isinstance(block, TocEntry) or block.numbering is None or block.numbering.style not in _LIST_STYLES:
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], TocEntry) and blocks[j].numbering is None:
            j += 1
        after = blocks[j] if j < len(blocks) and isinstance(blocks[j], TocEntry) else None
        between = [b for b in blocks[i + 1:j] if not b.text.value.strip().startswith(_ANNEX)]
        if _counted_over(block, after, j - i - 1):
            # the next entry counts every line between as numbered (七、 / … / … / 十、): each lost
            # its number, whatever word it ends in (…决算情况 among …情况说明 entries)
            unmarked = between
        else:
            unmarked = [b for b in between if _ends_alike(b, block)]
        if any(not _WORD_CHAR.search(b.text.value) for b in unmarked):
            i = j  # a line of dots alone (a template's ``(1)…… (2)…… ……``): the list goes on, no entry lost its number
            continue
        if unmarked and len(unmarked) == j - i - 1:
            if _unmarked_siblings(block, after, len(unmarked)):
                # each entry lost its own number (七、 / 政府性… / 国有资本… / 十、): one finding
                # an entry, each naming the number it lacks, read from the numbered entry before
                prev = Item(block, i, block.numbering, 0, len(block.numbering.marker))
                seq = Sequence(prev.style, prev.variant, None, [prev])
                for k, entry in enumerate(unmarked, 1):
                    value = block.numbering.value + k
                    marker = marker_like(block.numbering.marker, block.numbering.style, value)
                    numbering = Numbering(block.numbering.style, value, marker)
                    item = Item(entry, blocks.index(entry, i + 1, j), numbering, 0, 0)
                    findings.append(Finding("toc_unmarked", item, seq, previous=prev, missing=(value,)))
        i = j
    return findings


def _toc_gaps(part: Part) -> list[Finding]:
    """Entries of a table of contents numbered past a number (``十二、…`` then ``十四、…`` under one
    part): the walker leaves the contents to this module, and an entry is one line, so a number
    skipped there is skipped in the list, not lost in a paragraph. A higher entry (``第三部分``,
    or ``一、`` above ``（一）``) closes the lists below it; a number back at or below the last one
    starts another list (the next part's). A list the contents open at a later number (``七、``
    first, nothing above it: a page that kept only some of its entries, or contents that list a
    selection) lists some entries only: what it passes over is not skipped."""
    findings: list[Finding] = []
    last: dict[str, Item] = {}
    selective: set[str] = set()  # styles whose list the contents opened past its first number
    for i, block in enumerate(part.blocks):
        if not isinstance(block, TocEntry):
            if not isinstance(block, Table) and block.text.value.strip():
                last = {}  # the contents end: a body line between entries
            continue
        numbering = block.numbering
        if numbering is None:
            if block.text.value.strip():
                last = {}  # an entry without its marker (S606's) or with a bare number: not a skip
            continue
        rank = STYLE_RANK.get(numbering.style, 9)
        last = {style: item for style, item in last.items() if STYLE_RANK.get(style, 9) <= rank}
        item = Item(block, i, numbering, 0, len(numbering.marker))
        prev = last.get(numbering.style)
        if prev is None or numbering.value <= prev.value:  # a list of this style starts here
            if numbering.value > 1 and not last:
                selective.add(numbering.style)  # opened past its first number, under no entry
            else:
                selective.discard(numbering.style)
        if numbering.style in _LIST_STYLES and prev is not None and prev.value + 1 < numbering.value <= prev.value + 3 \
                and numbering.style not in selective:
            missing = tuple(range(prev.value + 1, numbering.value))
            inside = compact(prev.block.text.value)[len(compact(prev.marker)):]
            if not any(marker_like(prev.marker, prev.style, v) in inside for v in missing):
                # (two entries run into one line, ``三、支出决算表…82四、财政拨款…``, skip nothing)
                findings.append(Finding("gap", item, Sequence(numbering.style, prev.variant, None, [prev, item]),
                                        previous=prev, missing=missing))
            elif (joined := _joined_entry(prev, missing)) is not None:
                findings.append(Finding("joined", joined, Sequence(numbering.style, prev.variant, None, [prev, joined]),
                                        previous=prev))
        last[numbering.style] = item
    return findings


def _joined_entry(prev: Item, missing: tuple[int, ...]) -> Item | None:
    """The next entry written on ``prev``'s line straight after its title (``二、收入决算表三、支出
    决算表``), as an item at its marker, or None. Only one entry, glued to a Chinese character: a
    page number or leaders between the two (``…决算表……82三、…``) are a flattened PDF contents's,
    where the reader, not the writer, lost the line."""
    if len(missing) != 1:
        return None
    value = prev.block.text.value
    marker = marker_like(prev.marker, prev.style, missing[0])
    at = value.find(marker, prev.end)
    if at <= prev.end or value.find(marker, at + 1) >= 0 or not "\u4e00" <= value[at - 1] <= "\u9fff":
        return None
    if _LEADERS.search(value, prev.end, at):
        return None
    return Item(prev.block, prev.index, Numbering(prev.style, missing[0], marker), at, at + len(marker))


# A contents entry's leaders or page inside a line (``……``, ``....``, ``82``).
_LEADERS = lazy_compile(r"[…．.·]{2,}|\d")


def _ends_alike(entry: Block, sibling: Block) -> bool:
    """``…决算表`` after ``七、…决算表``: an entry of the same kind as the numbered one before it."""
    a, b = compact(entry.text.value).rstrip(_TRAILING), compact(sibling.text.value).rstrip(_TRAILING)
    return bool(a) and bool(b) and a[-1] == b[-1]


def _counted_over(prev: TocEntry, after: Block | None, count: int) -> bool:
    """The entry after ``count`` unmarked lines is ``prev``'s sibling numbered as if they had been
    counted (``七、`` then two lines then ``十、``): the strongest sign that they lost their numbers."""
    if count < 1 or prev.numbering is None or prev.numbering.value < 2:
        return False
    if after is None or after.numbering is None or after.numbering.style != prev.numbering.style:
        return False
    return after.numbering.value == prev.numbering.value + count + 1


def _unmarked_siblings(prev: TocEntry, after: Block | None, count: int) -> bool:
    """The unmarked entries hold the places after ``prev``: what follows is an entry of a higher
    level or the sibling numbered as if they had been counted."""
    if prev.numbering is None or prev.numbering.value < 2:
        return False  # one numbered entry is not yet a numbered list
    if after is None or after.numbering is None:
        return False  # the end of the contents: 名词解释, 附件 and the like often go unnumbered
    if after.numbering.style == prev.numbering.style:
        return after.numbering.value == prev.numbering.value + count + 1
    return STYLE_RANK[after.numbering.style] < STYLE_RANK[prev.numbering.style]


def _inline_label_list(part: Part) -> list[Finding]:
    """``财政拨款:6923万元(…)二、自有资金:0万元三、其他:…``: an inline list of ``label:`` items
    numbered from ``二、`` on, its first item written without ``一、`` (nothing in the part
    carries one before it)."""
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for i, block in enumerate(part.blocks):
        if isinstance(block, (Table, TocEntry)):
            continue
        value = block.text.value
        if "二" not in value:
            continue  # every match holds 二: its pattern opens with a look-behind, so the regex
            # engine tries a match at each character of the text (most paragraphs have no 二)
        for m in _INLINE_SECOND.finditer(value):
            found = parse_marker(value[m.start():])
            if found is None or found[0].value != 2 or found[0].style not in ("cn", "paren_cn"):
                continue
            second = Item(block, i, found[0], m.start(), m.start() + found[1], embedded=True)
            third = marker_like(second.marker, second.style, 3)
            after = value[second.end:second.end + _LABEL_SPAN]
            if not _LABEL_ITEM.match(after) or not re.search(rf"{re.escape(third)}{_LABEL_ITEM.pattern[1:]}",
                                                             value[second.end:second.end + 4 * _LABEL_SPAN]):
                continue
            before = value[max(0, m.start() - 4 * _LABEL_SPAN):m.start()]
            if not re.search(_LABEL_ITEM.pattern[1:], before) or (second.style, second.variant) in seen:
                continue
            first = marker_like(second.marker, second.style, 1)
            if any(first in b.text.value[: (m.start() if b is block else None)] for b in part.blocks[: i + 1]
                   if not isinstance(b, Table)):
                continue
            seen.add((second.style, second.variant))
            seq = Sequence(second.style, second.variant, None, [second])
            findings.append(Finding("first_unmarked", second, seq, previous=second, missing=(1,)))
    return findings


def _plain(block: Block) -> bool:
    return isinstance(block, (Paragraph, Heading)) and getattr(block, "numbering", None) is None


def _is_body(block: Block | None) -> bool:
    """A paragraph of running text (not a title line)."""
    if not isinstance(block, Paragraph) or block.numbering is not None:
        return False
    value = compact(block.text.value)
    return len(value) > _TITLE_MAX or value.endswith(("。", "."))


def _is_title_line(block: Block, stop: str = "") -> bool:
    """A short unmarked line without sentence marks that could be a title: not one that opens
    with a number of its own (``2)深化改革``: it lost no marker), nor one that
    ends where no title ends (``在我国通过不到``: a line wrapped mid-sentence). ``stop``: the
    mark the sibling headings end with (``1、执行率情况。``), allowed once at the end."""
    value = compact(block.text.value)
    if stop and value.endswith(stop):
        value = value[:-len(stop)]
    return (_plain(block) and _TITLE_MIN <= len(value) <= _TITLE_MAX
            and not any(p in value for p in "，。；,;：:！？!?")
            and not opens_with_half_bracket_number(value) and not opens_with_decimal_section(value)
            and not value.endswith(_unfinished_endings()))


@cache
def _unfinished_endings() -> tuple[str, ...]:
    return tuple(data.load("terms").get("slips", {}).get("unfinished_line_endings") or ())


def _lone_first_headings(po: PartOutline) -> list[Finding]:
    """``（一）基本情况`` with no ``（二）``, and in the place of the ``（二）`` an unmarked title
    line between two paragraphs: that line is the second heading, its marker lost."""
    blocks = po.part.blocks
    findings: list[Finding] = []
    for seq in po.sequences:
        first = seq.items[0]
        stop = _title_stop(first)
        if len(seq.items) != 1 or first.value != 1 or not (first.is_title or stop) or first.style not in _LIST_STYLES:
            continue
        rank = STYLE_RANK[first.style]
        end = next((it.index for it in po.items if it.index > first.index and STYLE_RANK[it.style] <= rank),
                   len(blocks))
        # a place k has no table or contents entry in blocks[first.index:k + 2]: k + 1 comes before
        # the first one from the heading on (found once, not once per place)
        barrier = next((j for j in range(first.index, end) if isinstance(blocks[j], (Table, TocEntry))), end)
        places = [k for k in range(first.index + 2, min(end, barrier) - 1)
                  if _is_title_line(blocks[k], stop) and _is_body(blocks[k - 1]) and _is_body(blocks[k + 1])]
        if len(places) != 1:
            continue
        k = places[0]
        marker = marker_like(first.marker, first.style, 2)
        item = Item(blocks[k], k, Numbering(first.style, 2, marker), 0, 0)
        findings.append(Finding("heading_unmarked", item, seq, previous=first, missing=(2,)))
    return findings


def _title_stop(item: Item) -> str:
    """``。`` when the heading is a short title closed with a full stop (``1、执行率情况。``): a
    drafter who ends one heading so ends its siblings so. Empty otherwise."""
    if not isinstance(item.block, Heading) or item.embedded:
        return ""
    value = compact(item.block.text.value[item.end:])
    if not value.endswith("。") or not _TITLE_MIN <= len(value) - 1 <= _TITLE_MAX:
        return ""
    return "。" if not any(p in value[:-1] for p in "，。；,;：:！？!?") else ""


def _unmarked_last_items(po: PartOutline) -> list[Finding]:
    """A list of ``（一）办公室。负责…`` items whose next item, written the same way
    (``人事股。负责…``), lost its marker: it ends the list after at most one continuation. A list
    of duties whose closing duty (``完成上级交办的其他事项。``) stands right after it unnumbered
    lost that item's marker too."""
    blocks = po.part.blocks
    findings: list[Finding] = []
    for seq in po.sequences:
        if len(seq.items) < _MIN_RUN or seq.style not in _LIST_STYLES:
            continue
        last = seq.last
        if not last.embedded and last.index + 1 < len(blocks):
            block = blocks[last.index + 1]
            if isinstance(block, Paragraph) and block.numbering is None and "交办" in block.text.value \
                    and _LAST_DUTY.match(compact(block.text.value)):
                value = last.value + 1
                item = Item(block, last.index + 1, Numbering(seq.style, value, marker_like(last.marker, last.style, value)))
                findings.append(Finding("item_unmarked", item, seq, previous=last, missing=(value,)))
                continue
        if not all(isinstance(it.block, Paragraph) and _HEAD_FORM.match(it.title) for it in seq.items):
            continue
        for k in range(last.index + 1, min(len(blocks), last.index + 3)):
            block = blocks[k]
            if not isinstance(block, Paragraph) or block.numbering is not None:
                break
            head = _HEAD_FORM.match(block.text.value.strip())
            if head and len(block.text.value.strip()) - head.end() >= _MIN_DESCRIPTION:
                value = last.value + 1
                item = Item(block, k, Numbering(seq.style, value, marker_like(last.marker, last.style, value)), 0, 0)
                findings.append(Finding("item_unmarked", item, seq, previous=last, missing=(value,)))
                break
    return findings


def _empty_markers(part: Part) -> list[Finding]:
    """Title lines whose bracketed number is missing, the brackets left empty (``()职能职责``).
    Lines written so one after another are one slip (a whole list lost its numbers): reported
    once, at the first, with their count in ``missing``. A title is short and holds no sentence
    marks; a bracket pair with a space inside (``（ ）是否按期完成``) is a choice box, left alone."""
    findings: list[Finding] = []
    run: list[Item] = []

    def close() -> None:
        if run:
            first = run[0]
            seq = Sequence(first.style, first.variant, None, list(run))
            findings.append(Finding("empty", first, seq, missing=tuple(range(1, len(run) + 1))))
            run.clear()

    for i, block in enumerate(part.blocks):
        if isinstance(block, Table):
            if run:
                close()
            continue
        value = block.text.value
        m = _EMPTY_MARKER.match(value)
        title = compact(value[m.end():]).rstrip(_TRAILING) if m else ""
        if not m or not _TITLE_MIN <= len(title) <= _TITLE_MAX or _SENTENCE_MARKS.search(title):
            if run and value.strip():
                close()
            continue
        if m.start(1) == m.end(1) and _left_open(part.blocks, i):
            if run:
                close()
            continue  # ``（含\n)下属单位…``: the bracket closes the line above
        marker = value[m.start(1):m.end(2)]
        run.append(Item(block, i, Numbering("paren_cn", 0, marker), m.start(1), m.end(2)))
    close()
    return findings


def _left_open(blocks: list[Block], index: int) -> bool:
    """Whether the nearest non-empty block above ``index`` leaves a bracket open."""
    for block in reversed(blocks[max(0, index - 3):index]):
        if isinstance(block, Table):
            return False
        value = block.text.value
        if value.strip():
            return value.count("(") + value.count("（") > value.count(")") + value.count("）")
    return False


def _bare_lines(part: Part) -> list[Finding]:
    """Consecutive lines numbered 1, 2, 3… with nothing between the number and the text
    (``1核发…`` / ``2组织…`` / ``3宣传…``): one slip for the whole list, reported at its first line."""
    findings: list[Finding] = []
    run: list[Item] = []

    def close() -> None:
        if len(run) >= _MIN_BARE_LINES:
            seq = Sequence("arabic", ".", None, list(run))
            findings.append(Finding("bare_lines", run[0], seq, missing=tuple(x.value for x in run)))
        run.clear()

    for i, block in enumerate(part.blocks):
        if isinstance(block, (Table, TocEntry)):
            if run:
                close()
            continue
        value = block.text.value
        m = _BARE_LINE.match(value)
        if not m:
            if run and value.strip():
                close()
            continue
        number = int(m.group(1))
        if number != len(run) + 1:
            close()
            if number != 1:
                continue
        run.append(Item(block, i, Numbering("arabic", number, m.group(1)), m.start(1), m.end(1)))
    close()
    return findings


def _colon_markers(part: Part) -> list[Finding]:
    """Title lines numbered ``一:`` where a heading's numeral takes 、 (``一:主要职能``)."""
    findings: list[Finding] = []
    for i, block in enumerate(part.blocks):
        if isinstance(block, Table):
            continue
        value = block.text.value
        m = _COLON_MARKER.match(value)
        if not m:
            continue
        title = compact(value[m.end():]).rstrip(_TRAILING)
        number = chinese_to_int(m.group(1))
        if number is None or not _TITLE_MIN <= len(title) <= _TITLE_MAX or _SENTENCE_MARKS.search(title):
            continue
        item = Item(block, i, Numbering("cn", number, value[m.start(1):m.end(2)]), m.start(1), m.end(2))
        findings.append(Finding("colon", item, Sequence("cn", "、", None, [item])))
    return findings


def _doubled_numerals(part: Part, markers: list[tuple[Numbering, int] | None]) -> list[Finding]:
    """Items whose Chinese numeral repeats a character side by side (``一一、部门职责``,
    ``（二二）``): the reader takes ``一一`` for 1 (its value stays as the writer meant it), so
    the outline is right and only the marker itself is a slip."""
    findings: list[Finding] = []
    for i, own in enumerate(markers):  # the markers read already: no pass over the text
        if own is not None and own[0].style in _PAREN_STYLES:
            retyped = _retyped(part.blocks[i], i, own)
            if retyped is not None:
                findings.append(retyped)
                continue
        if own is None or len(own[0].marker) < 3 or own[0].style not in _CN_STYLES \
                or not _DOUBLED_NUMERAL.search(own[0].marker):
            continue
        numbering = own[0]
        block = part.blocks[i]
        value = block.text.value
        start = len(value) - len(value.lstrip())
        item = Item(block, i, numbering, start, own[1])
        findings.append(Finding("doubled", item, Sequence(numbering.style, "", None, [item])))
    return findings


def _retyped(block: Block, index: int, own: tuple[Numbering, int]) -> Finding | None:
    """A ``retyped`` finding where the bracketed marker ``own`` is written again right after
    itself (``(2)2)冀财…``, ``（二）（二）…``); its item spans both copies."""
    value = block.text.value
    m = _RETYPED.match(value, own[1])
    if m is None or m.group(1) != own[0].marker.strip("（()） \t"):
        return None
    start = len(value) - len(value.lstrip())
    item = Item(block, index, own[0], start, m.end())
    return Finding("retyped", item, Sequence(own[0].style, "", None, [item]))


def _title(value: str, start: int) -> str:
    """The words of a title line after its marker, when they make a title (short, no sentence
    marks), else ''."""
    title = compact(value[start:]).rstrip(_TRAILING)
    return title if _TITLE_MIN <= len(title) <= _TITLE_MAX and not _SENTENCE_MARKS.search(title) else ""


def _lost_numerals(part: Part, markers: list[tuple[Numbering, int] | None], toc: bool = False) -> list[Finding]:
    """``、部门决算单位构成`` after ``一、部门主要职责``: a title line that kept the 、 of its marker
    and lost the numeral. It is the sibling of the last title line numbered with a numeral and 、
    before it (the items of a list in between, ``1、…`` sentences, are a level below); a title
    numbered after it must carry on the count as if it had been numbered. A list's first titles
    that lost theirs (``、收入支出决算总表`` then ``二、收入决算表``) are read from the title after
    them, which counts them. ``toc``: the entries of the contents, a list of their own."""
    findings: list[Finding] = []
    last: Item | None = None
    lost: list[tuple[int, Block, re.Match[str]]] = []
    for i, block in enumerate(part.blocks):
        if isinstance(block, Table) or isinstance(block, TocEntry) is not toc:
            continue
        value = block.text.value
        if toc:
            own = None
            if block.numbering is not None:
                at = value.find(block.numbering.marker)
                own = (block.numbering, at + len(block.numbering.marker) if at >= 0 else 0)
            title = _title(block.title, 0)
        else:
            own = markers[i]
            title = _title(value, own[1]) if own is not None else ""
        if own is not None and own[0].style == "part":  # a new part: the list before it ends
            findings.extend(_lost(last, k, b, m, last.value + n) for n, (k, b, m) in enumerate(lost, 1) if last is not None)
            if last is None and not toc:
                findings.extend(_orphans(lost))
            last, lost = None, []
            continue
        if own is not None and own[0].style == "cn" and title:
            here = Item(block, i, own[0], 0, own[1])
            if last is None and lost and own[0].value == len(lost) + 1:
                # the list's first titles lost their numerals: the title after them counts them
                findings.extend(_lost(here, k, b, m, n) for n, (k, b, m) in enumerate(lost, 1))
                lost = []
            if last is not None and lost and own[0].value != last.value + len(lost) + 1:
                lost = []  # the count goes on as if the line were no sibling: leave it
            findings.extend(_lost(last, k, b, m, last.value + n) for n, (k, b, m) in enumerate(lost, 1) if last is not None)
            last, lost = here, []
            continue
        m = _LOST_NUMERAL.match(value)
        if m and _title(block.title if toc else source_line(block), m.end() if not toc else 1):
            lost.append((i, block, m))
    findings.extend(_lost(last, k, b, m, last.value + n) for n, (k, b, m) in enumerate(lost, 1) if last is not None)
    if last is None and not toc:
        findings.extend(_orphans(lost))
    return findings


def _orphans(lost: list[tuple[int, Block, re.Match[str]]]) -> list[Finding]:
    """Title lines that kept the 、 of their marker and lost the numeral with no numbered title of
    their list to read the number from (``、机构设置`` under ``第一部分``, whose ``一、`` was an image
    or the page's own slip): the numeral is lost all the same, its value unknown. A heading only:
    a line of a term and its gloss (``、经济效益:项目完成后…``) is a list a page's columns cut,
    and a run of more such lines is the column's, not a slip."""
    if not 1 <= len(lost) <= 2:
        return []
    found = []
    for k, block, m in lost:
        title = _title(source_line(block), m.end())
        if not title or ":" in title or "：" in title:
            continue
        item = Item(block, k, Numbering("cn", 0, "、"), m.start(1), m.end(1))
        found.append(Finding("numeral_lost", item, Sequence("cn", "、", None, [item])))
    return found


def source_line(block: Block) -> str:
    """The part of a block's text that its first source line holds (a title line the reader
    joined with the paragraph under it, having no marker to tell them apart)."""
    anchors = block.text.anchors
    first = anchors[0][1]
    end = next((offset for offset, line, _ in anchors if line != first), len(block.text.value))
    return block.text.value[:end]


def _lost(sibling: Item, index: int, block: Block, m: re.Match[str], value_: int) -> Finding:
    """The ``heading_unmarked`` finding for a title that lost its numeral ``value_``, ``sibling``
    the numbered title of its list it is read from (the one before it, or the first after it)."""
    item = Item(block, index, Numbering("cn", value_, "、"), m.start(1), m.end(1))
    return Finding("heading_unmarked", item, Sequence("cn", "、", None, [sibling, item]), previous=sibling, missing=(value_,))


def _parts_without_ordinal(part: Part, markers: list[tuple[Numbering, int] | None]) -> list[Finding]:
    """``部分  名词解释`` after ``第四部分 …``: a part title that lost its 第N, where the titles
    before it count the parts from one up to two or more, or where, after ``第一部分``, the next
    numbered part counts these lines too (``第一部分`` / ``部分 …`` / ``部分 …`` / ``第四部分``)."""
    findings: list[Finding] = []
    last: Item | None = None
    pending: list[tuple[int, Block, re.Match[str]]] = []  # after 第一部分, waiting for the next part's number
    for i, block in enumerate(part.blocks):
        if isinstance(block, Table):
            continue
        value = block.text.value
        if "部分" not in value:
            continue  # both a 第N部分 marker and a title that lost its 第N hold 部分 (most lines do not)
        own = markers[i]
        if own is not None and own[0].style == "part":
            if last is not None and pending and own[0].value == last.value + len(pending) + 1:
                findings.extend(_part_unmarked(last, k, b, m, n) for n, (k, b, m) in enumerate(pending, 1))
            last, pending = Item(block, i, own[0], 0, own[1]), []
            continue
        m = _PART_WITHOUT_ORDINAL.match(value)
        title = compact(value[m.end():]).rstrip(_TRAILING) if m else ""
        if m and last is not None and 2 <= len(title) <= _TITLE_MAX and not _SENTENCE_MARKS.search(title) \
                and not value.rstrip().endswith(_SENTENCE_ENDS):
            # a title set apart from 部分 (部分  名词解释, 部分：名词解释) lost its 第N; one run into it (部分造林地块…)
            # may be a sentence's 部分 (“some”): only the count of the next numbered part tells
            if last.value >= 2 and (value[m.end() - 1].isspace() or value[m.end() - 1] in ":："):
                # (the second such title in a row after 第四部分 is the sixth part)
                step = 1 + sum(1 for f in findings if f.previous is last)
                findings.append(_part_unmarked(last, i, block, m, step))
            else:
                pending.append((i, block, m))
    return findings


def _part_unmarked(last: Item, index: int, block: Block, m: re.Match[str], step: int) -> Finding:
    """The ``part_unmarked`` finding for the ``step``-th part title after ``last`` that lost its 第N."""
    value_ = last.value + step
    numbering = Numbering("part", value_, marker_like(last.marker, "part", value_))
    item = Item(block, index, numbering, m.start(), m.start() + 2)
    return Finding("part_unmarked", item, Sequence("part", "", None, [last, item]), previous=last, missing=(value_,))


_CONTENTS_STYLES = ("cn", "paren_cn", "part")
_TITLE_END = "。．.，,：:；;！!？?、 "


_PAGE_GLUED = lazy_compile(r"(?<=[\u4e00-\u9fff）)])\d{1,3}$")


def _contents_key(text: str) -> str:
    return compact(text).rstrip(_TITLE_END)


def _lost_to_contents(part: Part) -> list[Finding]:
    """A body title line the contents list with a marker (``一、收入支出决算总体情况说明``,
    ``第一部分 部门概况``) standing alone without it (``收入支出决算总体情况说明``): the heading lost
    its marker. Only where the match is certain: the contents list the title once, the body heads
    one line with those very words and numbers none (a title the body numbers elsewhere is a
    running header or a repeat), the marker is not set on a line of its own just above
    (``第一部分`` / the unit's name / ``部门概况``), and the title names no table (a caption over a table, or an image's
    title, is written without the list's number)."""
    blocks = part.blocks
    last = max((i for i, b in enumerate(blocks) if isinstance(b, TocEntry)), default=-1)
    entries: dict[str, tuple[int, TocEntry] | None] = {}
    for i, block in enumerate(blocks[:last + 1]):
        if not isinstance(block, TocEntry) or block.numbering is None or block.numbering.style not in _CONTENTS_STYLES:
            continue
        key = _contents_key(block.title)
        if len(key) < 4 or key.endswith("表"):
            continue
        keys = {key}
        if block.page is None:
            keys.add(_PAGE_GLUED.sub("", key))  # the page typed onto the title (``…情况说明2``)
        for one in keys:
            entries[one] = None if one in entries else (i, block)  # listed twice: no certain match
    if not entries:
        return []
    lines: dict[str, list[int]] = {}
    numbered: set[str] = set()
    styled: dict[str, list[tuple[int, str]]] = {}  # a title's numbered body lines: (place, style)
    for i in range(last + 1, len(blocks)):
        block = blocks[i]
        if isinstance(block, (Table, TocEntry)):
            continue
        value = block.text.value
        if len(value) > 60:
            continue
        if block.numbering is not None:
            title = getattr(block, "title", "") or value[len(block.numbering.marker):]
            numbered.add(_contents_key(value))
            numbered.add(_contents_key(title))
            found = parse_marker(value)
            if found is not None:
                numbered.add(_contents_key(value[found[1]:]))
                key = _contents_key(value[found[1]:])
                if key in entries:
                    styled.setdefault(key, []).append((i, block.numbering.style))
            continue
        key = _contents_key(value)
        if key in entries:
            lines.setdefault(key, []).append(i)
    findings: list[Finding] = []
    for key, places in lines.items():
        listed = entries[key]
        if listed is None or len(places) != 1 or key in numbered:
            continue
        i = places[0]
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None or isinstance(nxt, Table):
            continue  # a caption, or the text's last line: no heading over a section
        k, entry = listed
        mark = entry.numbering
        if any(not isinstance(b, (TocEntry, Table)) and b.numbering is not None and b.numbering.style == mark.style
               and b.numbering.value == mark.value for b in blocks[max(0, i - 3):i]):
            continue  # the marker set on a line above (第一部分 / [the unit's name] / 部门概况): one title over lines
        sibling = Item(entry, k, entry.numbering, 0, len(entry.numbering.marker))
        item = Item(block, i, entry.numbering, 0, 0)
        findings.append(Finding("contents_unmarked", item, Sequence(sibling.style, sibling.variant, None, [sibling]),
                                previous=sibling, missing=(entry.numbering.value,)))
    for key, places in styled.items():
        # ``一、部门主要职责`` in the contents, ``1. 部门主要职责`` in the body (its own ``1、`` items
        # under it): the heading numbered at another level, said where the body writes it once
        listed = entries[key]
        if listed is None or len(places) != 1:
            continue
        i, style = places[0]
        k, entry = listed
        if {style, entry.numbering.style} != {"cn", "arabic"}:
            continue
        block = blocks[i]
        sibling = Item(entry, k, entry.numbering, 0, len(entry.numbering.marker))
        item = Item(block, i, block.numbering, 0, 0)
        findings.append(Finding("contents_restyled", item, Sequence(sibling.style, sibling.variant, None, [sibling]),
                                previous=sibling))
    return findings


def marker_findings(po: PartOutline) -> list[Finding]:
    """Findings the walker leaves to this module, in one part: ``repeat`` and ``bare`` inside
    paragraphs, ``toc_unmarked`` in the table of contents, ``heading_unmarked`` and
    ``item_unmarked`` for body lines that lost their marker, ``empty`` for title lines whose
    brackets hold no number, ``bare_lines`` for a list of lines numbered without their dots,
    ``colon`` for a title numbered ``一:``, ``part_unmarked`` for a part title without its 第N,
    ``doubled`` for a marker whose numeral is typed twice over (``一一、``)."""
    findings: list[Finding] = []
    markers = po.markers
    part = po.part
    texts: list[str] = []  # the text of every block but the tables, to screen the readers below
    toc = False
    for i, block in enumerate(part.blocks):
        if isinstance(block, Table):
            continue
        value = block.text.value
        texts.append(value)
        if isinstance(block, TocEntry):
            toc = True
            continue
        own = markers[i]
        if own is not None and own[0].value == 1 and own[0].style in RUN_STYLES:
            findings.extend(_inline_run(block, i, own))
        if "：" in value or ":" in value:  # a note's list opens after a colon
            findings.extend(_note_run(block, i))
    # each reader below finds something only at a line opening its way (or in the contents):
    # a part with no such line is not read line by line
    body = "\n".join(texts)
    if toc:
        findings.extend(_toc_unmarked(part))
        findings.extend(_toc_gaps(part))
        findings.extend(_lost_to_contents(part))
    if _opens_a_line(_EMPTY_MARKER, _EMPTY_MARKER_LINES, body):
        findings.extend(_empty_markers(part))
    if _opens_a_line(_BARE_LINE, _BARE_LINE_LINES, body):
        findings.extend(_bare_lines(part))
    if _opens_a_line(_COLON_MARKER, _COLON_MARKER_LINES, body):
        findings.extend(_colon_markers(part))
    if _opens_a_line(_LOST_NUMERAL, _LOST_NUMERAL_LINES, body):  # a line that opens with a bare 、 (nearly no part)
        findings.extend(_lost_numerals(part, markers))
        if toc:
            # (contents lines the toc reader already named as unmarked are one slip each, said once)
            named = {f.item.index for f in findings if f.kind == "toc_unmarked"}
            findings.extend(f for f in _lost_numerals(part, markers, toc=True) if f.item.index not in named)
    if "部分" in body:
        findings.extend(_parts_without_ordinal(part, markers))
    findings.extend(_doubled_numerals(part, markers))
    if "二" in body:
        findings.extend(_inline_label_list(part))
    if "一是" in body:
        findings.extend(_shi_points(part))
    if "二、" in body:
        findings.extend(_flattened_headings(part, markers))
    findings.extend(_lone_first_headings(po))
    findings.extend(_unmarked_last_items(po))
    return findings
