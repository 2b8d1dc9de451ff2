"""Tables of contents written without dot leaders or page numbers.

Word's automatic TOC becomes ``一、部门职责……2`` in text, which :mod:`perflint.read.lines`
recognises line by line. Many drafts instead type the contents by hand, or lose the leaders
and page numbers in extraction: what remains is a run of heading lines with nothing under any
of them (``第一部分 单位概况`` ``一、主要职责`` ``二、机构设置`` ``第二部分 …``), often after a
``目录`` line, and the same headings come back later with their text. Read as headings, such a
run is a string of empty sections and of numbering that restarts; it is a table of contents.

It is recognised by how it is built, not by its words: a run of heading-like lines with no
body, whose first line comes back later (the body starts there), and most of whose lines
come back in order where the body starts.
"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter, itemgetter, methodcaller

from rapidfuzz import fuzz

from perflint.model import Block, Heading, Paragraph, TocEntry
from perflint.read.lines import concat, slice_text, strip_text
from perflint.text.dates import REPORT_TITLE, title_shaped
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbering import numbered_after, opens_with_decimal_section, parse_marker
from perflint.text.patterns import lazy_compile

_MAX_ENTRY = 50  # a contents line longer than this is prose
_MAX_ANNEX_ENTRY = 80  # an annex or table entry names a whole table (``附件6…收入支出决算表(单位:元)``)
_MAX_RUN = 150  # entries in one table of contents
_MIN_ENTRIES = 3
_MAX_LEAD = 6  # unnumbered table names a text cut inside its contents may open with
_MIN_CUT_RUN = 6  # contents lines under a 目录 line that run to the end of the text
assert _MIN_ENTRIES <= _MIN_CUT_RUN  # (_body_start's early end relies on it)
_MIN_NUMBERED_SHARE = 0.6  # of the entries that carry a marker
_TRAILING = "。．.，,：:；;！!？?、 "
_SENTENCE = "，。；,;！？!?"
_CLOSING = "。．."  # the full stop some contents put after each numbered title
_LIST_CLOSING = "；;"  # the semicolon a contents listing tables as a list closes them with
_CLOSED = "。；;！？!?"  # marks that close a sentence: a line holding one is prose, not a title
_SENTENCE_MARK = lazy_compile(f"[{re.escape(_SENTENCE)}]")  # one scan for any mark of _SENTENCE
_CLOSED_MARK = lazy_compile(f"[{re.escape(_CLOSED)}]")
# A page number glued after the full stop that closes a numbered title (``(一)预算编制情况。15``).
_CLOSED_PAGE = lazy_compile(r"(?:(?<=[。．])|(?<=[^\d.]\.))\d{1,3}$")
# A contents heading that names what it lists (``2021年部门决算公开目录``): short, ending in 目录.
_CONTENTS_TITLE = lazy_compile(r"^[^，。；,;：:]{0,24}(?:目录|目錄|目次)$")
_TABLE_ENTRY = lazy_compile(r"^\s*(?:附表|附件|表)\s*[一二三四五六七八九十\d]{1,3}(?:\s*[:：、.．]|\s)")
# An annex line of a contents: ``附件6中共…决算表``, ``附件：2022年度项目支出绩效自评报告``.
_ANNEX_ENTRY = lazy_compile(r"^\s*(?:附表|附件|表)\s*[一二三四五六七八九十\d]{1,3}|^\s*(?:附表|附件)\s*[:：]")
# White space before a bracketed or 、 marker: where a second entry starts on the same line.
_NEXT_ENTRY = lazy_compile(r"\s+(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)")
# Where the next of several annex entries run together on one line starts (``…框架附件4问卷…``).
_NEXT_ANNEX = lazy_compile(r"(?=(?:附表|附件)\s*[一二三四五六七八九十\d]{1,3})")
_NOTE = lazy_compile(r"^\s*(?:注|说明|备注)\s*[:：]")
_REPORT_TITLE = REPORT_TITLE
_PART_STYLES = ("part", "chapter")  # markers of which a document has one first (第一部分, 第一章)


_KEY_TABLE = str.maketrans({"（": "(", "）": ")", "：": ":", "．": "."})


@remember_short()
def _key(text: str) -> str:
    """A line as compared with others: spaces out, half/full-width brackets unified.

    Remembered: three readers of the contents ask it of every line (56,000 calls over the DEV
    pages, each line three times)."""
    return compact(text).translate(_KEY_TABLE).rstrip(_TRAILING)


def _is_title(block: Block) -> bool:
    """A report's title (its year mistyped or not: the body under a ``20233年度…`` title is
    still the body, and the lines above it still its contents)."""
    # (both patterns hold the 年 of the year: a line without one is told without them, and
    # without compacting it first)
    if "年" not in block.text.value:
        return False
    value = compact(block.text.value)
    return bool(_REPORT_TITLE.search(value)) or title_shaped(value)


def _entry_like(block: Block) -> bool:
    """A line that could be a contents entry: a heading, or a short line with no sentence in it."""
    if isinstance(block, TocEntry):
        return True
    if isinstance(block, Heading):
        return len(compact(block.text.value)) <= _MAX_ENTRY
    if isinstance(block, Paragraph):
        value = compact(block.text.value)
        if parse_marker(block.text.value) is not None:
            # ``一、2023年度收入支出决算总体情况。``: a numbered title may close with a full stop;
            # a numbered table's name with a list's semicolon (``一、《收入支出决算总表》；``), where a
            # body's list of duties closes its items so too (``1、负责全县水利工程管理；``); its
            # page may be glued after that full stop (``(一)预算编制情况。15``)
            value = _CLOSED_PAGE.sub("", value).rstrip(_CLOSING)
            named = value.rstrip(_LIST_CLOSING)
            if named != value and _TABLE_END.search(named.strip("《》〈〉")):
                value = named
        limit = _MAX_ANNEX_ENTRY if _ANNEX_ENTRY.match(block.text.value) else _MAX_ENTRY
        if len(value) > limit and limit == _MAX_ENTRY and (m := parse_marker(block.text.value)) is not None \
                and _ANNEX_ENTRY.match(block.text.value, m[1]):
            limit = _MAX_ANNEX_ENTRY  # ``九、附件二:表1-表26 一般公共预算收支、…情况表``: an annex entry numbered
        if len(value) > limit and _ANNEX_ENTRY.match(block.text.value):
            # annex entries the reader ran together (``附件3…框架附件4问卷调查报告附件5工作底稿``)
            pieces = [p for p in _NEXT_ANNEX.split(value) if p]
            return len(pieces) > 1 and all(len(p) <= _MAX_ANNEX_ENTRY and _ANNEX_ENTRY.match(p)
                                           and not any(c in p for c in _SENTENCE) for p in pieces)
        if len(value) > limit and _run_of_tables(value):
            return True  # table names the reader ran together (``…支出决算表(功能科目)…基本支出决算表…``)
        if len(value) > limit and parse_marker(block.text.value) is not None:
            # two numbered entries pasted onto one line (``（三）…说明 （四）…说明``)
            pieces = _NEXT_ENTRY.split(block.text.value.strip())
            return len(pieces) > 1 and all(
                0 < len(compact(p)) <= _MAX_ENTRY and parse_marker(p) is not None for p in pieces) \
                and not any(p in value for p in _SENTENCE)
        return 0 < len(value) <= limit and _SENTENCE_MARK.search(value) is None
    return False


# One table's name in a run of them: up to and including 表, with a bracketed note after it
# (``财政拨款支出决算表(功能科目)``).
_TABLE_NAME = lazy_compile(r"[^表]{2,40}?表(?:[(（][^()（）]{1,10}[)）])?")
_MAX_RUN_OF_TABLES = 400  # characters: a dozen table names at most


def _run_of_tables(value: str) -> bool:
    """Whether ``value`` is several table names written one after the other, nothing else."""
    if value[-1:] not in "表)）" or len(value) > _MAX_RUN_OF_TABLES or value.count("表") < 2 \
            or _TABLE_END.search(value) is None:
        return False  # the usual long line: no run of table names (told without the pattern)
    pieces = _TABLE_NAME.findall(value)
    return len(pieces) > 1 and "".join(pieces) == value and not any(c in value for c in _SENTENCE)


def _is_note(block: Block) -> bool:
    """A note line (``注：…`` ``说明：…``), which may stand between the contents and the body."""
    return isinstance(block, Paragraph) and bool(_NOTE.match(block.text.value))


def _names_a_table(block: Block) -> bool:
    """A short line naming a table (``政府性基金预算财政拨款收入支出决算表``, or cut at its
    start: ``三公”经费支出决算表``, or in title marks: ``《收入决算表》``), as the contents of final
    accounts list their public tables."""
    return _entry_like(block) and _TABLE_END.search(compact(block.text.value).strip("《》〈〉")) is not None


_TABLE_END = lazy_compile(r"表(?:[(（][^()（）]{1,10}[)）])?$")


def _numbered(block: Block) -> bool:
    return isinstance(block, (Heading, Paragraph)) and parse_marker(block.text.value) is not None


def _listed(block: Block) -> bool:
    """A line that counts as a numbered entry of a contents run: one with a marker, or one that
    names a numbered table or annex (``表一：收入支出决算总表``, ``附件2``), or a table in title marks
    (``《收入支出决算总表》``), as the contents of final accounts list their public tables, numbered
    or under a numbered line that announces them (``二、部门收支总体情况(11张)``), or a sub-entry
    numbered in decimals under a numbered entry (``1.1部门职责概述`` under ``1.引言``: no marker style
    of its own, as an evaluation report's contents number its sections)."""
    if not isinstance(block, Paragraph):
        return _numbered(block)
    value = compact(block.text.value)
    return _numbered(block) or bool(_TABLE_ENTRY.match(block.text.value)) or (
        value.startswith("《") and _names_a_table(block)) or opens_with_decimal_section(value)




def _same_line(entry: Block, body: Block) -> tuple[bool, bool]:
    """(matches, word for word): the body line is the entry, or carries its marker and a
    similar title (an entry renamed in one place: ``一、本部门职责`` / ``一、部门职责``)."""
    a, b = _key(entry.text.value), _key(body.text.value)
    if a == b:
        return True, True
    paged = _PAGE_TAIL.match(a) if a[-1:].isdigit() and not b[-1:].isdigit() else None
    if paged is not None and paged.group("title") == b:
        # the entry with its page number typed after the title (``一、部门职责 1``), the body
        # line without it: word for word, though no 目录 line announces the contents
        return True, True
    ma, mb = parse_marker(entry.text.value), parse_marker(body.text.value)
    if not (ma and mb and ma[0].style == mb[0].style and ma[0].value == mb[0].value):
        return False, False
    return fuzz.ratio(_key(entry.text.value[ma[1]:]), _key(body.text.value[mb[1]:])) >= 50, False


def _next_numbered(blocks: list[Block], k: int) -> Block | None:
    for block in blocks[k + 1:k + 12]:
        if _numbered(block):
            return block
    return None


def _body_start(blocks: list[Block], s: int) -> int | None:
    """Index where the contents starting at ``s`` end: where its first two lines come back.

    The body repeats the contents' first line and, at its next numbered line, the second one;
    one of the two word for word, the other at least with the same marker.
    """
    if s + 1 >= len(blocks):
        return None
    for k in range(s + 1, min(len(blocks), s + _MAX_RUN + 1)):
        block = blocks[k]
        if k < s + _MIN_ENTRIES and not _is_note(block) and not (_entry_like(block) or _next_entry(blocks, s, k)):
            # A body line this close to ``s`` ends the probe with no contents, whether it reads as
            # a title or not: both branches below need ``k >= s + _MIN_ENTRIES`` (or more, as
            # ``_MIN_CUT_RUN`` in _contents_without_return) to return an end. Asked first, it
            # spares the title's patterns on the line after every numbered heading of a body,
            # which is where nearly every probe ends.
            return None
        if _is_title(block) and not _next_part(blocks, s, k) and not _continues_run(blocks, s, k) \
                and not _ANNEX_ENTRY.match(block.text.value) and not _heads_a_list(blocks, k):
            # (an annex entry naming a report, ``附件：2022年度项目支出绩效自评报告``, is an entry;
            # so is the first of a numbered list of reports, ``1.2023年…自评报告`` ``2.…``)
            # the next report, or the body under its own title repeated after the contents
            nxt = next((j for j in range(k + 1, min(len(blocks), k + 4)) if _numbered(blocks[j])), None)
            comes_back = nxt is not None and (_returns_at(blocks, s, nxt) or _repeats_lead(blocks, s, nxt)
                                              or _renumbered_lead(blocks, s, nxt))
            if k - s >= _MIN_CUT_RUN and _announced(blocks, s, ""):
                # under a 目录 line, six bodiless lines or more up to the report's title: its
                # contents, though the excerpt stops before the body repeats any of them
                return k
            return (k if k >= s + _MIN_ENTRIES and comes_back
                    and _announced(blocks, s, compact(block.text.value)) else None)
        if _is_note(block):
            continue  # ``注：本报告可能存在尾数误差。`` between the contents and the body
        if not (_entry_like(block) or _next_entry(blocks, s, k)):
            if k >= s + _MIN_ENTRIES and k + 1 < len(blocks) and _returns_at(blocks, s, k + 1):
                # the body opens with a paragraph of its own (``按照预算管理有关规定，…``) and then
                # the contents' first line: the contents end at that paragraph
                return k
            # a body line before the first line came back: not a contents run, unless the run
            # under a 目录 line went through two parts (第一部分 … 第二部分 …) with nothing under any
            # line: the body lost its own headings (the page kept ``(一)主要职能。`` and its text)
            return _contents_without_return(blocks, s, k)
        if isinstance(block, TocEntry) or k < s + _MIN_ENTRIES:
            continue
        if _returns_at(blocks, s, k) or _first_part_again(blocks, s, k):
            return k - 1 if _opens_its_part(blocks, s, k) else k
        if _announced(blocks, s, "") and _repeats_lead(blocks, s, k):
            # the body may open on its own unnumbered title (``示范学校2021年度部门决算情况``)
            return k - 1 if not _listed(blocks[k - 1]) and k - 1 > s + _MIN_ENTRIES else k
        if k > s + _MIN_ENTRIES and _announced(blocks, s, "") and _renumbered_lead(blocks, s, k):
            # under a 目录 line, the body numbers its sections a level up (the contents'
            # ``(一)主要职责`` under ``一、单位概况`` is the body's ``一、主要职责`` under
            # ``第一部分 …概况``): the body starts at that line, or at the first part above it
            return k - 1 if _opens_its_part(blocks, s, k) else k
    if len(blocks) - s >= _MIN_CUT_RUN and len(blocks) <= s + _MAX_RUN and _announced(blocks, s, ""):
        # under a 目录 line, bodiless lines to the end of the text: an excerpt cut inside its contents
        return len(blocks)
    return None


def _contents_without_return(blocks: list[Block], s: int, k: int) -> int | None:
    """Where the run at ``s`` ends when line ``k`` is a body line and no line of the run came
    back: under a ``目录`` line, after two part lines or more (a document has one 第一部分, and a
    body does not leave two parts and the sections between them all empty), six lines or more.
    The last lines before ``k`` that number in a style the run has not used (``(一)主要职能`` after
    ``一、`` and ``第一部分`` lines) head the body, not the contents."""
    if k - s < _MIN_CUT_RUN or not _announced(blocks, s, ""):
        return None
    styles = [m[0].style for b in blocks[s:k] if _numbered(b) and (m := parse_marker(b.text.value)) is not None]
    if sum(style in _PART_STYLES for style in styles) < 2:
        return _one_level_run(blocks, s, k)
    end = k
    while end - 1 > s and _numbered(blocks[end - 1]):
        here = parse_marker(blocks[end - 1].text.value)
        if here is None or here[0].style in styles[:end - 1 - s]:
            break
        end -= 1
    return end


def _one_level_run(blocks: list[Block], s: int, k: int) -> int | None:
    """Where the run at ``s`` ends when it is one level of items counted on from one
    (``一、`` ``二、`` … ``十三、``), six or more, every one numbered in the same style and none
    with anything under it, right under a ``目录`` line (``_contents_without_return`` asked for
    it): a publication's contents that list its documents, whose titles the body does not repeat
    as headings. The unnumbered lines after the last item (the first document's title) are the body's."""
    first = parse_marker(blocks[s].text.value)
    if first is None or first[0].value != 1:
        return None
    style = first[0].style
    end = s + 1
    while end < k and (here := parse_marker(blocks[end].text.value) if _numbered(blocks[end]) else None) is not None:
        if here[0].style != style or here[0].value != end - s + 1:
            return None
        end += 1
    if end - s < _MIN_CUT_RUN or any(map(_numbered, blocks[end:k])):
        return None
    return end


def _next_part(blocks: list[Block], s: int, k: int) -> bool:
    """Whether line ``k`` is the next part of a run that opened with the first
    (``第二部分 2023年度部门决算说明`` after ``第一部分 …``): an entry of the contents, though
    its title reads like a report's."""
    first, here = parse_marker(blocks[s].text.value), parse_marker(blocks[k].text.value)
    if first is None or here is None or first[0].style not in _PART_STYLES or first[0].value != 1:
        return False
    style = first[0].style
    if here[0].style != style:
        return False
    seen = 1
    for block in blocks[s + 1:k]:
        marker = parse_marker(block.text.value) if _numbered(block) else None
        if marker is not None and marker[0].style == style:
            seen = marker[0].value
    return here[0].value == seen + 1


def _continues_run(blocks: list[Block], s: int, k: int) -> bool:
    """Whether line ``k`` carries the next number of a style the run at ``s`` already counts
    (``三、示范学校2021年度部门决算说明`` after ``一、`` ``二、``): an entry whose title reads
    like a report's, not the title of one."""
    here = parse_marker(blocks[k].text.value) if _numbered(blocks[k]) else None
    if here is None:
        return False
    for block in reversed(blocks[s:k]):
        marker = parse_marker(block.text.value) if _numbered(block) else None
        if marker is not None and marker[0].style == here[0].style:
            return here[0].value == marker[0].value + 1
    return False


def _next_entry(blocks: list[Block], s: int, k: int) -> bool:
    """Whether line ``k`` is a short numbered line that carries the run's next number (``四、`` after
    ``三、``) with one comma and no figure in its title: an entry though the comma stands in it
    (``四、存在的问题,原因及改进措施``), where a line of the body that runs on (``三、本中心…合计1200万元，
    比上年增加…，主要是…``) states figures over several clauses."""
    block = blocks[k]
    if not isinstance(block, (Heading, Paragraph)):
        return False
    found = parse_marker(block.text.value)
    if found is None:
        return False
    title = compact(block.text.value[found[1]:])
    return (len(title) <= _MAX_ENTRY and title.count(",") + title.count("，") <= 1
            and _CLOSED_MARK.search(title) is None and not any(map(str.isdigit, title))
            and _continues_run(blocks, s, k))


def _opens_its_part(blocks: list[Block], s: int, k: int) -> bool:
    """Whether the line before ``k``, where the contents' first line comes back, is the body's
    first part (``第一部分 基本情况``) in contents that list no part: that line opens the body."""
    found = parse_marker(blocks[k - 1].text.value) if k - 1 > s + _MIN_ENTRIES and _numbered(blocks[k - 1]) else None
    if found is None or found[0].style not in _PART_STYLES or found[0].value != 1:
        return False
    return not any(_numbered(b) and parse_marker(b.text.value)[0].style in _PART_STYLES for b in blocks[s:k - 1])


def _heads_a_list(blocks: list[Block], k: int) -> bool:
    """Whether numbered line ``k`` is followed right away by the next number of its style
    (``1.2023年…专项预算绩效自评报告`` then ``2.…自评报告``): a list naming reports, as the
    contents' 附件 lists them, not a report's title with its text under it."""
    return k + 1 < len(blocks) and _numbered(blocks[k]) and _numbered(blocks[k + 1]) \
        and numbered_after(blocks[k].text.value, blocks[k + 1].text.value)


def _first_part_again(blocks: list[Block], s: int, k: int) -> bool:
    """Whether the run at ``s`` opens with a first part (``第一部分``, ``第一章``), goes on to the
    second, and line ``k`` opens the first part again: a document has one first part, so a run
    of bodiless lines through 第二部分 before it is its contents, whatever title the body then
    gives the part (``第一部分：示范县水务局概况`` / ``第一部分 部门概况``)."""
    first, again = parse_marker(blocks[s].text.value), parse_marker(blocks[k].text.value)
    if first is None or again is None or first[0].style not in _PART_STYLES or first[0].value != 1:
        return False
    style = first[0].style
    if again[0].style != style or again[0].value != 1:
        return False
    for block in blocks[s + 1:k]:
        marker = parse_marker(block.text.value) if _numbered(block) else None
        if marker is not None and marker[0].style == style and marker[0].value == 2:
            return True
    return False


def _repeats_lead(blocks: list[Block], s: int, k: int) -> bool:
    """Whether line ``k`` is, word for word, the second or third line of the run at ``s`` and
    the line after it the next one: under a ``目录`` line the body may leave out the contents'
    first line (its ``第一部分 …``) and start at the section under it."""
    for j in (s + 1, s + 2):
        if j + 1 < k and _key(blocks[j].text.value) == _key(blocks[k].text.value):
            nxt = _next_of_style(blocks, k, blocks[j + 1])
            # no later heading of that level: the text ends (or was cut) inside that section
            return nxt is None or _same_line(blocks[j + 1], nxt)[0]
    return False


def _title_key(block: Block) -> str:
    """A numbered line's title as compared with others, its marker left out ("" when unnumbered)."""
    found = parse_marker(block.text.value) if _numbered(block) else None
    return _key(block.text.value[found[1]:]) if found else ""


def _renumbered_lead(blocks: list[Block], s: int, k: int) -> bool:
    """Whether numbered line ``k`` carries, under another number, the title of one of the run's
    first lines, and the body's next numbered line the title of the line after that one: the
    body numbers its sections anew (the contents' ``一、摘要`` is an unnumbered 摘要 in the body,
    so ``二、部门概况`` comes back as ``一、部门概况``)."""
    here = _title_key(blocks[k])
    for j in (s, s + 1, s + 2):
        if j + 1 < k and here and _title_key(blocks[j]) == here:
            nxt = _next_numbered(blocks, k)
            # no later numbered line: the text ends (or was cut) inside that section
            return nxt is None or _title_key(nxt) == _title_key(blocks[j + 1])
    return False


def _announced(blocks: list[Block], s: int, title: str) -> bool:
    """Whether the run starting at ``s`` is headed as contents: a ``目录`` line, or the very
    title the body repeats after it (two reports of a bundle have two titles)."""
    for block in blocks[max(0, s - 3):s]:
        value = compact(block.text.value)
        if value in ("目录", "目錄", "目次") or (title and value == title) or _CONTENTS_TITLE.match(value):
            return True
    return False


def _returns_at(blocks: list[Block], s: int, k: int) -> bool:
    """Whether the contents' first two lines come back at ``k`` and the next numbered line."""
    first, first_exact = _same_line(blocks[s], blocks[k])
    if not first:
        return False
    nxt = _next_numbered(blocks, k)
    second, second_exact = _same_line(blocks[s + 1], nxt) if nxt is not None else (False, False)
    if not second and first_exact:
        # contents that list the parts only (``第一部分 …`` ``第二部分 …``): the second entry
        # comes back at the body's next heading of its own level, past the sections between
        nxt = _next_of_style(blocks, k, blocks[s + 1])
        if nxt is None and _announced(blocks, s, ""):
            # under a 目录 line, the body's first line word for word and then the end of the
            # text: an excerpt cut inside the first section of the body
            return True
        second, second_exact = _same_line(blocks[s + 1], nxt) if nxt is not None else (False, False)
    if not second and first_exact and _announced(blocks, s, ""):
        # under a 目录 line, the contents' first line again word for word: the body starts there,
        # though it titles its first section otherwise (``(一)部门主要职责`` for ``(一)机构、职能设置``)
        return True
    return second and (first_exact or second_exact)


def _next_of_style(blocks: list[Block], k: int, entry: Block) -> Block | None:
    """The first numbered line after ``k`` with the marker style of ``entry``."""
    found = parse_marker(entry.text.value)
    if found is None:
        return None
    for block in blocks[k + 1:k + _MAX_RUN]:
        marker = parse_marker(block.text.value) if _numbered(block) else None
        if marker is not None and marker[0].style == found[0].style:
            return block
    return None


def _as_entry(block: Block) -> TocEntry:
    if isinstance(block, TocEntry):
        return block
    found = parse_marker(block.text.value)
    value = block.text.value
    # ``第一部分：单位概况``: the colon after the marker is no part of the title
    title = value[found[1]:].strip().lstrip(":：").lstrip() if found else value.strip()
    return TocEntry(text=block.text, title=title, page=None, numbering=found[0] if found else None)


_PAGE_TAIL = lazy_compile(r"^(?P<title>.*?[^\d\s])\s*(?P<page>\d{1,3})$")
# A title, a space and a page number (``十、预算绩效情况说明 11``): a contents line typed by hand.
# The title closes with a word or a bracket, not with what counts a figure (``第 3``, ``共 12``,
# ``占 5``) nor with a sentence's marks.
_SPACED_PAGE = lazy_compile(r"^\s*(?P<title>[^，。；,;！？!?：:]*[\u4e00-\u9fff）)》”])[ \t\u3000]+(?P<page>\d{1,3})\s*$")
_COUNTING = "第共约计为达是至和及与占于"  # characters a figure follows in a sentence, not a page
_MIN_PAGED_TITLE = 4  # characters: ``附件 1`` ``表 3`` name a numbered annex or table, no page
_MAX_TOP_LEAD = 2  # lines above contents at the top of a text: its title, a line under it


def spaced_page(value: str) -> int | None:
    """The page number of a contents line typed with its page after a space
    (``二、机构设置 2``), or None: a title of a few words with no sentence in it."""
    if not value or not value[-1].isdigit():
        return None  # (most lines: told without the pattern)
    m = _SPACED_PAGE.match(value)
    if m is None:
        return None
    title = compact(m.group("title"))
    found = parse_marker(title)
    words = title[found[1]:] if found else title
    if len(words) < _MIN_PAGED_TITLE or len(title) > _MAX_ENTRY or title[-1] in _COUNTING:
        return None
    return int(m.group("page"))


def _paged_top_run(blocks: list[Block]) -> tuple[int, int] | None:
    """The contents at the very top of a text cut inside them (no ``目录`` line kept, the first
    entries cut away and the body starting at a section the contents listed above the cut),
    as (start, end), or None.

    Typed by hand, such contents give each title its page after a space (``二、机构设置 2``,
    ``十、预算绩效情况说明 11``). Three such lines or more one after another, under the title
    and before any body text, whose pages never go down, and then a title line with no page
    (the body's first heading): a table of contents, though none of its entries comes back.
    Headings that end in a figure (``三、人员情况 3`` and its text under it) have text right
    under the last of them, and keep their figure."""
    start = next((k for k, b in enumerate(blocks[:_MAX_TOP_LEAD + 1]) if _paged(b) is not None), None)
    if start is None or not all(_entry_like(b) and not isinstance(b, TocEntry) for b in blocks[:start]):
        start = _paged_under_contents_line(blocks)
        if start is None:
            return None
    return _paged_run_from(blocks, start)


def _paged_under_contents_line(blocks: list[Block]) -> int | None:
    """Where a run typed with its pages starts right under a ``目录`` line near the top (the web
    page's header lines above the report's title: its source, its date, the site's path), or None.
    The 目录 line stands for the three lines at the top: the run under it is contents though none
    of its entries comes back (a page that lost the rest of them and starts its body elsewhere)."""
    for k, block in enumerate(blocks[:_MAX_GLUED_AT]):
        if k + 1 < len(blocks) and isinstance(block, (Heading, Paragraph)) \
                and compact(block.text.value) in _CONTENTS_LINES and _paged(blocks[k + 1]) is not None:
            return k + 1
    return None


_CONTENTS_LINES = ("目录", "目錄", "目次")


def _paged_run_from(blocks: list[Block], start: int) -> tuple[int, int] | None:
    """The run of lines typed with their pages from ``start`` (see :func:`_paged_top_run`)."""
    pages: list[int] = []
    end = start
    while end < len(blocks) and end - start < _MAX_RUN and (page := _paged(blocks[end])) is not None:
        pages.append(page)
        end += 1
    if len(pages) < _MIN_ENTRIES or any(b < a for a, b in zip(pages, pages[1:], strict=False)):
        return None
    if end >= len(blocks):
        return None
    after = blocks[end]
    if not isinstance(after, (Heading, Paragraph)) or not _entry_like(after) or _is_title(after):
        return None  # body text under the last line: headings ending in a figure
    return start, end


def _paged(block: Block) -> int | None:
    """The page of a heading or short line typed as a contents entry (see :func:`spaced_page`)."""
    if not isinstance(block, (Heading, Paragraph)):
        return None
    return spaced_page(block.text.value)


def _with_pages(run: list[Block]) -> list[Block]:
    """``run`` with the page numbers typed after the titles taken off them (``一、主要职责 1``,
    ``第二部分 2023年度部门决算表15``) when every entry of the contents ends in one and they
    never go down; a title that merely ends in a digit (``附件1``) keeps it."""
    entries = [b for b in run if isinstance(b, TocEntry) and b.page is None]
    tails = [_PAGE_TAIL.match(e.title) for e in entries]
    if len(entries) < _MIN_ENTRIES or not all(tails):
        return run
    pages = [int(m.group("page")) for m in tails if m]
    if any(b < a for a, b in zip(pages, pages[1:], strict=False)):
        return run
    for entry, m in zip(entries, tails, strict=True):
        if m:
            entry.title, entry.page = m.group("title"), int(m.group("page"))
    return run


def _cut_contents_end(blocks: list[Block]) -> int | None:
    """Where a table of contents that the text opens inside ends (its ``目录`` line and first
    entries cut away above it, as in an excerpt of a longer report), or None.

    With no first line to come back, it is recognised by what only a table of contents does:
    from the text's first line, bodiless lines that pass a part line (``第三部分 …``) and then
    - meet a part line that goes back (``第一部分 …`` after ``第四部分 …``: a document's parts
      only go up, so the body begins there), or
    - number again from the start (``一、收入支出决算总表`` after ``十、…``) before the report's
      title or the end of the text, or
    - run on to the end of the text, six lines or more.
    A body line before any of these means headings, not contents."""
    parts_seen = 0  # the highest part number of the run so far
    restarted = went_back = False
    last: dict[str, int] = {}  # the last value of each other marker style
    end = len(blocks)
    for k, block in enumerate(blocks[:_MAX_RUN + 1]):
        if _is_note(block):
            continue
        if not _entry_like(block) or isinstance(block, TocEntry):
            return None
        if k and _is_title(block):
            end = k  # the report's title over its body
            break
        marker = parse_marker(block.text.value) if _numbered(block) else None
        if marker is None:
            continue
        style, value = marker[0].style, marker[0].value
        if style in _PART_STYLES:
            if parts_seen and value <= parts_seen:
                end, went_back = k, True
                break
            parts_seen = value
        else:
            restarted = restarted or bool(parts_seen and style in last and value <= last[style])
            last[style] = value
    else:
        if len(blocks) > _MAX_RUN + 1:
            return None
    run = blocks[:end]
    if not parts_seen or len(run) < 3 or sum(_listed(b) for b in run) < _MIN_NUMBERED_SHARE * len(run):
        return None
    to_the_end = end == len(blocks)
    # two part lines with nothing of their own between them run on to the end: a list of parts
    parts_listed = sum(1 for b in run if _numbered(b) and parse_marker(b.text.value)[0].style in _PART_STYLES)
    return end if went_back or (restarted and len(run) >= 5) or (to_the_end and (
        len(run) >= 6 or (len(run) >= 4 and parts_listed >= 2))) else None


_TAIL_MAX = 6  # characters of a title a page's width may carry onto a line of its own (``说明。``)
_HEAD_MIN = 24  # a line the page broke is at least as long as a page is wide (see text.page_width)


def _wrapped_tail(head: Block, tail: Block) -> bool:
    """Whether ``tail`` is the end of numbered title ``head`` carried onto the next line by a page's
    width (``三、2023年度一般公共预算财政拨款“三公”经费支出决算情况`` | ``说明。``): on the very next
    line, a few characters with no marker and no clause in them, after a line as long as a page is
    wide that ends without a mark, and the two together still a contents line. Read apart, the tail
    (a line with a full stop) broke the run of bodiless lines, and the contents read as empty
    sections and numbering that restarts."""
    if not (isinstance(tail, Paragraph) and isinstance(head, (Heading, Paragraph)) and _numbered(head)):
        return False
    value, last = compact(tail.text.value), compact(head.text.value)
    if not value or len(value) > _TAIL_MAX or len(last) < _HEAD_MIN or last[-1] in _TRAILING + _SENTENCE:
        return False
    if parse_marker(tail.text.value) is not None or any(c in value.rstrip(_CLOSING) for c in _SENTENCE):
        return False
    if not any("\u4e00" <= c <= "\u9fff" for c in value):
        return False  # a page number or a figure (``3``, ``- 2 -``), not words of a title
    head_anchors, tail_anchors = head.text.anchors, tail.text.anchors
    if not head_anchors or not tail_anchors or tail_anchors[0][1] != head_anchors[-1][1] + 1:
        return False  # a blank line between: a line of its own (``无。`` under its heading)
    return _entry_like(_joined(head, tail))


def _joined(head: Block, tail: Block) -> Paragraph:
    """The numbered line ``head`` with its wrapped ``tail`` (see :func:`_wrapped_tail`)."""
    marker = parse_marker(head.text.value)
    return Paragraph(text=concat([head.text, tail.text]), numbering=marker[0] if marker else None)


# ``目录一、部门概况``: the contents' heading with its first entry run onto its line (a PDF's text
# layer, or a pasted page): 目录 and a marker right after it.
_GLUED_HEADING = lazy_compile(
    r"^\s*目\s*[录錄次]\s*(?=第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d))")


def mark_contents(blocks: list[Block]) -> list[Block]:
    """``blocks`` with every hand-typed table of contents turned into :class:`TocEntry` blocks.

    A title a page's width wrapped (its tail on the next line) is read as one line while the
    contents are looked for; outside the contents found, its two lines stay as they were read.
    A ``目录`` line that holds the first entry too (``目录一、部门概况``) is read as the two lines it
    stands for, when the entry then opens the contents found."""
    if _cannot_hold_contents(blocks):
        return blocks
    glued = next((k for k, b in enumerate(blocks[:_MAX_GLUED_AT]) if isinstance(b, (Heading, Paragraph))
                  and _GLUED_HEADING.match(b.text.value)), None)
    if glued is not None:
        block = blocks[glued]
        cut = _GLUED_HEADING.match(block.text.value).end()
        heading = Paragraph(text=strip_text(slice_text(block.text, 0, cut)))
        entry = Paragraph(text=strip_text(slice_text(block.text, cut, len(block.text.value))))
        split = _mark_wrapped([*blocks[:glued], heading, entry, *blocks[glued + 1:]])
        if any(b.text is entry.text or (isinstance(b, TocEntry) and b.line == entry.line
                                        and b.text.value == entry.text.value) for b in split
               if isinstance(b, TocEntry)):
            return split
    return _mark_wrapped(blocks)


_MAX_GLUED_AT = 40  # blocks from a text's start where its contents' heading may stand

# What a contents run needs of the text (see _cannot_hold_contents): a 目录 line (the 目 and 录
# of a spaced ``目 录`` too, or of two lines: a line's text compacted), or a part line (第一部分, 第二章).
_CONTENTS_WORD = lazy_compile(r"目\s*[录錄次]")
_PART_WORD = lazy_compile(r"第\s*(?:[一二三四五六七八九十百零〇两]+|\d+)\s*(?:部分|章)")
_SEP = "\x00"  # between the lines' keys in one string (a line holding it is not screened)
_FIGURE = lazy_compile(r"\d")  # a key ending in one may end in a page typed after its title
_LAST = itemgetter(-1)
_KEY_PAGE = lazy_compile(r"(?<=[^\d\s])[\d\s]+$")  # that figure (and spaces) after something else
_SCREEN_PREFIX = 24  # characters of a key compared: at most the length of a wrapped title's head
_VALUE = attrgetter("text.value")
_PREFIX = itemgetter(slice(0, _SCREEN_PREFIX))
_TRAILING_OFF = methodcaller("rstrip", _TRAILING)


def _cannot_hold_contents(blocks: list[Block]) -> bool:
    """Whether ``blocks`` certainly hold no contents to mark, told mostly in C, so that
    :func:`mark_contents` returns them as they are without asking each line (most drafts have no
    table of contents). Every way the reader finds contents needs one of:

    - a line read as a contents entry already (leaders and a page: :class:`TocEntry`), which
      ``_lost_leaders`` extends;
    - three lines at the top typed with their pages (``_paged_top_run``): the third line ends in
      a figure;
    - a ``目录`` line, or a title ending in 目录 (``_announced`` without a title, the glued heading
      ``目录一、…``): 目, white space, 录 in the text;
    - a part line (``_cut_contents_end`` counts parts, ``_first_part_again`` needs two 第一部分);
    - else ``_returns_at`` or the title that heads the run (``_announced`` with a title): two
      lines the same word for word (equal ``_key``, or equal but for a page number typed after the
      first: ``_same_line``'s two exact cases), one of them numbered (the run's first line, or the
      body's numbered line the run's second comes back as), or two lines of a report's title
      (``_is_title``) the same once compacted.

    Lines are compared by the first ``_SCREEN_PREFIX`` characters of their key, and a line whose
    key ends in a figure by its key without it too: equal keys (or keys equal but for a page) give
    equal prefixes; and a title a page's width wrapped (``_wrapped_tail``: its numbered head 24
    characters or more, no mark at its end) begins as its head does, so a pair with the joined
    line is a pair with its head, which is numbered. The keys are made for all lines at once, in
    one string; only the few lines whose prefixes agree are then asked in Python."""
    if any(map(TocEntry.__instancecheck__, blocks)):
        return False
    if len(blocks) > 2 and blocks[2].text.value[-1:].isdigit():
        return False
    text = _SEP.join(map(_VALUE, blocks))
    if _CONTENTS_WORD.search(text) is not None or _PART_WORD.search(text) is not None:
        return False
    # every line's _key, in one string: compacted (no white space; _SEP is none), brackets and
    # stops unified as _KEY_TABLE does, then split and stripped of closing marks line by line
    joined = "".join(text.split()).replace("（", "(").replace("）", ")").replace("：", ":").replace("．", ".")
    lines = joined.split(_SEP)
    if len(lines) != len(blocks):
        return False  # a line holding _SEP itself
    full = list(map(_TRAILING_OFF, lines))
    keys = list(map(_PREFIX, full))
    owners = list(range(len(keys)))  # the line each key stands for
    ends = "".join(map(_LAST, map(_SEP.__add__, full)))  # each key's last character (_SEP: empty)
    for m in _FIGURE.finditer(ends):
        # a key ending in a figure: without it too, where that changes its prefix (a few lines)
        k = m.start()
        paged = _PREFIX(_KEY_PAGE.sub("", full[k]))
        if paged and paged != keys[k]:
            keys.append(paged)
            owners.append(k)
    present = list(filter(None, keys))  # (an empty key is no numbered line nor a title)
    if len(set(present)) == len(present):
        return True
    counts = Counter(present)
    alike: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key and counts[key] > 1:
            alike.setdefault(key, []).append(owners[i])
    for group in alike.values():
        if any(_numbered(blocks[k]) for k in group):
            return False
        same = Counter(lines[k] for k in group)
        if any(same[lines[k]] > 1 and _is_title(blocks[k]) for k in group):
            return False
    return True


def _mark_wrapped(blocks: list[Block]) -> list[Block]:
    pieces: dict[int, tuple[Block, Block]] = {}  # id of a joined line -> the two lines it joins
    joined: list[Block] = []
    for block in blocks:
        # (_wrapped_tail's first test, a tail being a paragraph, asked before its call: most
        # blocks are headings and tables, or paragraphs after a line no tail follows)
        if joined and isinstance(block, Paragraph) and _wrapped_tail(joined[-1], block) \
                and id(joined[-1]) not in pieces:
            head = joined.pop()
            whole = _joined(head, block)
            pieces[id(whole)] = (head, block)
            joined.append(whole)
        else:
            joined.append(block)
    if not pieces:
        return _mark_contents(blocks)
    out: list[Block] = []
    for block in _mark_contents(joined):
        out.extend(pieces.get(id(block), (block,)))
    return out


def _mark_contents(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    i = 0
    # The first numbered line, past at most two short lines (a title, or an entry cut mid-line),
    # or past more lines that each name a table (the public tables a 决算 contents lists unnumbered).
    first = next((k for k, b in enumerate(blocks[:_MAX_LEAD + 1]) if _numbered(b)), None)
    if first is not None and first > 2 and not all(_names_a_table(b) for b in blocks[:first]):
        first = None
    if first is not None and all(_entry_like(b) and not isinstance(b, TocEntry) for b in blocks[:first]) \
            and _body_start(blocks, first) is None and (end := _cut_contents_end(blocks[first:])) is not None:
        out.extend(blocks[:first])
        out.extend(_with_pages([b if _is_note(b) else _as_entry(b) for b in blocks[first:first + end]]))
        i = first + end
    elif (top := _paged_top_run(blocks)) is not None and not (
            _numbered(blocks[top[0]]) and _body_start(blocks, top[0]) is not None):
        # contents at the top whose entries do not come back (the excerpt's body starts elsewhere)
        out.extend(blocks[:top[0]])
        out.extend(_with_pages([_as_entry(b) for b in blocks[top[0]:top[1]]]))
        i = top[1]
    count = len(blocks)
    while i < count:
        block = blocks[i]
        # (_numbered(block) written out: asked of every block of every draft)
        end = _body_start(blocks, i) if isinstance(block, (Heading, Paragraph)) \
            and parse_marker(block.text.value) is not None else None
        if end is not None and _listed_share(blocks, i, end) >= _MIN_NUMBERED_SHARE * (end - i):
            out.extend(_with_pages([b if _is_note(b) else _as_entry(b) for b in blocks[i:end]]))
            i = end
            continue
        out.append(block)
        i += 1
    return _lost_leaders(out)


def _listed_share(blocks: list[Block], s: int, end: int) -> int:
    """How many lines of the run ``s:end`` count as numbered entries: under a ``目录`` line the
    public tables a 决算's contents list without numbers (``收入支出决算总表``) count too."""
    announced = _announced(blocks, s, "")
    return sum(_listed(b) or (announced and isinstance(b, Paragraph) and _names_a_table(b)) for b in blocks[s:end])


def _lost_leaders(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a numbered line among contents lines taken as one of them: an entry that
    lost its leaders or page (``(七)政府性基金…情况说明(7)`` between ``……(7)`` entries), or the
    last entry of a text cut inside its contents (``(十二)国有资产占有使用情况说明.``)."""
    if not any(map(TocEntry.__instancecheck__, blocks)):
        return blocks  # no contents line (most drafts): no line after one (tested in C)
    for k, block in enumerate(blocks):
        if isinstance(block, TocEntry) or not k or not isinstance(blocks[k - 1], TocEntry):
            continue
        if not (_numbered(block) and _entry_like(block)):
            continue
        last = k + 1 == len(blocks)
        nxt = blocks[k + 1] if not last else None
        if last or isinstance(nxt, TocEntry) or (
                k + 2 < len(blocks) and _numbered(nxt) and _entry_like(nxt) and isinstance(blocks[k + 2], TocEntry)):
            blocks[k] = _as_entry(block)
    return blocks
