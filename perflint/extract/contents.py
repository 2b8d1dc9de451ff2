"""A table of contents against the body: which heading each entry stands for.

An entry matches a body line word for word (spaces, full/half-width punctuation and trailing
punctuation aside), nearly (a typo or an edit made in one place only), or by its place: the
body line with the same marker between the lines the neighbouring entries match (an entry
renamed in the body, ``第一部分 单位概况`` / ``第一部分 部门概况``). Only lines after the
contents count as its body: the cover title above it is not a heading it points to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from rapidfuzz import fuzz, process

from perflint import data
from perflint.extract.part_index import positions
from perflint.model import Block, Document, Heading, Paragraph, Table, TocEntry
from perflint.text.dates import YEAR
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbering import STYLE_RANK, parse_marker
from perflint.text.patterns import lazy_compile

_TRAILING = "。．.，,：:；;！!？?、 "


_TITLE_TABLE = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "“": '"', "”": '"',
                              "‘": "'", "’": "'", "．": ".", "、": "、"})
_TITLE_TRAILING = _TRAILING.replace(" ", "") + "."


@remember_short()
def normalise_title(text: str) -> str:
    """Spaces out, half/full-width punctuation unified, trailing punctuation dropped.

    Remembered: the contents matcher and the rules after it ask it of each title several times
    a draft (four or five times each of 6,700 titles over the DEV pages, its table made anew at
    every call)."""
    return compact(text).translate(_TITLE_TABLE).rstrip(_TITLE_TRAILING)


# The words a template writes around a section's name: a leading 关于, the fiscal year, and 的
# before 说明 (``十、预算绩效情况说明`` / ``十三、关于2020年度预算绩效情况的说明``).
_SECTION_ABOUT = "关于"
_SECTION_YEAR = lazy_compile(rf"(?<!\d)({YEAR})\s*年度?")
_SECTION_OF = lazy_compile(r"的(?=说明$)")


def section_wording(title: str) -> tuple[str, tuple[str, ...]]:
    """A contents title as the name of its section: :func:`normalise_title` without a leading
    关于, its years and the 的 of ``…情况的说明``; the years come back apart, so that one title
    written for two years (``2021年度…`` / ``2022年度…``) stays two sections."""
    key = normalise_title(title)
    key = key.removeprefix(_SECTION_ABOUT)
    years = tuple(m.group(1) for m in _SECTION_YEAR.finditer(key))
    return _SECTION_OF.sub("", _SECTION_YEAR.sub("", key)), years


@dataclass
class TocMatch:
    """A TOC entry and the body line it matches exactly, or its nearest body title."""

    entry: TocEntry
    exact: bool
    target: Block | None = None
    target_title: str = ""
    score: float = 0.0
    renumbered: bool = False  # matched word for word, but the body numbers the title otherwise
    restyled: bool = False  # of those, one whose markers are of different levels' styles (（一） / 一、)

    @property
    def entry_title(self) -> str:
        return self.entry.title.strip().rstrip(_TRAILING)


def _title_of(block: Block) -> str:
    found = parse_marker(block.text.value) if getattr(block, "numbering", None) else None
    if isinstance(block, Heading) and block.title:
        return block.title
    return block.text.value[found[1]:] if found else block.text.value


def shown_title(block: Block) -> str:
    """A body line's title as it reads, its marker and trailing punctuation left out."""
    return _title_of(block).strip().rstrip(_TRAILING)


def _first_line(block: Block) -> int:
    """Offset where the block's second source line starts (its length if it has one line)."""
    line = block.text.line
    for offset, anchor_line, _col in block.text.anchors:
        if anchor_line != line:
            return offset
    return len(block.text.value)


def _candidates(flow: list[Block]) -> list[tuple[str, str, Block, int]]:
    """(normalised text, shown text, block, place in the flow) for every heading, numbered line
    and short line."""
    out: list[tuple[str, str, Block, int]] = []
    for pos, block in enumerate(flow):
        if isinstance(block, (Table, TocEntry)):
            continue
        numbered = getattr(block, "numbering", None) is not None
        if not numbered and not isinstance(block, Heading) and len(block.text.value.strip()) > 60:
            continue
        title = _title_of(block).strip()
        shown = {title}
        first = _first_line(block)
        if first < len(block.text.value):  # a heading the importer joined with the next line
            offset = len(block.text.value) - len(title)
            if first > offset:
                shown.add(block.text.value[offset:first].strip())
        head = _SENTENCE_END.split(title, maxsplit=1)[0]
        shown.add(head)
        label = re.split(r"[：:]", title, maxsplit=1)[0]
        if label != title:
            shown.add(label)
        if isinstance(block, Heading):
            # a title set over lines: 第一部分 / 某镇 / 单位概况 (two tails at most)
            joined = title
            for nxt in flow[pos + 1:pos + 3]:
                if not (isinstance(nxt, Paragraph) and _title_tail(nxt.text.value)):
                    break
                joined += nxt.text.value.strip()
                shown.add(joined)
        for s in shown:
            n = normalise_title(s)
            if n:
                out.append((n, s.strip().rstrip(_TRAILING), block, pos))
    return out


def toc_matches(doc: Document, threshold: float = 85.0) -> list[TocMatch]:
    """Every TOC entry with its exact body match, else its best near match (ratio ≥ threshold),
    else the body line that holds its place (same marker, between its neighbours' matches)."""
    flow = list(chain.from_iterable(part.blocks for part in doc.parts))
    places = positions(flow)
    entries = list(filter(TocEntry.__instancecheck__, flow))
    if not entries:
        return []
    cands = _candidates(flow)
    reopens = _body_reopens(flow, places, entries)
    if reopens is not None:  # the lines before the body's 第一部分 are still the contents (a tables' list)
        last = places[id(entries[-1])]
        cands = [c for c in cands if not last < c[3] < reopens]
    cand_places = [c[3] for c in cands]  # ascending: the candidates are listed in the flow's order
    toc_titles = {normalise_title(e.title) for e in entries}
    following = {id(a): b for a, b in zip(flow, flow[1:], strict=False)}
    preceding = {id(b): a for a, b in zip(flow, flow[1:], strict=False)}
    result: list[TocMatch] = []
    for entry in entries:
        key = normalise_title(entry.title)
        if not key:
            continue
        after = cands[bisect_right(cand_places, places[id(entry)]):]  # the body follows its contents
        block = next((b for n, _s, b, _i in after if n == key), None)
        if block is not None:
            result.append(TocMatch(entry, True, block, entry.title, 100.0))
            continue
        best = None
        if len(key) >= 4 and after:
            best = process.extractOne(key, [c[0] for c in after], scorer=fuzz.ratio, score_cutoff=threshold)
        if best is None:
            result.append(TocMatch(entry, False))
            continue
        name, score, idx = best
        if name in toc_titles:
            result.append(TocMatch(entry, False))  # that body title is another entry's
            continue
        _n, shown, block, _i = after[idx]
        if _other_number(entry, block):
            result.append(TocMatch(entry, False))  # 第三部分 … is not 第二部分 … renamed
            continue
        if key.startswith(name) and _wrapped(following.get(id(block)), key[len(name):]):
            result.append(TocMatch(entry, True, block, entry.title, 100.0))  # heading wrapped over two lines
            continue
        if key.endswith(name) and _set_above(preceding.get(id(block)), key[:-len(name)]):
            result.append(TocMatch(entry, True, block, entry.title, 100.0))  # 附件 / its title: two lines
            continue
        result.append(TocMatch(entry, False, block, shown, score))
    _one_entry_a_title(result)
    _match_by_place(result, flow, places, toc_titles)
    _match_parts(result, flow, places, entries)
    for k, match in enumerate(result):
        if not match.exact and match.target is not None and (
                unit_named(match.entry_title, match.target_title)
                or unit_named(match.target_title, match.entry_title, proper=True)
                or same_title_but_form(match.entry_title, match.target_title)):
            # the unit named in the heading where the contents say 部门, or in the contents where the heading does
            result[k] = TocMatch(match.entry, True, match.target, match.target_title, 100.0)
    _mark_renumbered(result, cands, places)
    return result


def _body_reopens(flow: list[Block], places: dict[int, int], entries: list[TocEntry]) -> int | None:
    """Where the body opens again with the contents' first part (``第一部分``), when the contents
    begin with a part: a report whose contents list its parts opens its body there, and the
    numbered lines between the last entry read and that line (the tables' list under a part the
    reader took for a table row, ``第四部分 | 部门决算表 |``) are still the contents. None when the
    contents open otherwise or the body never names the part again."""
    first = entries[0].numbering
    if first is None or first.style != "part":
        return None
    for pos in range(places[id(entries[-1])] + 1, len(flow)):
        block = flow[pos]
        theirs = getattr(block, "numbering", None)
        if theirs is not None and theirs.style == "part" and theirs.value == first.value \
                and not isinstance(block, (Table, TocEntry)):
            return pos
    return None


def _mark_renumbered(result: list[TocMatch], cands: list[tuple[str, str, Block, int]], places: dict[int, int]) -> None:
    """Flag an exact match whose entry and body heading carry markers of one style with different
    numbers (目录 ``二、部门概况`` / 正文 ``一、部门概况``), or markers of two levels' styles
    (目录 ``（一）部门职责`` / 正文 ``一、部门职责``: ``restyled``), where the match is certain: the title is
    listed once in the contents, the heading is the body's only line of that title after it, and
    no other entry matched it."""
    listed = Counter(normalise_title(m.entry.title) for m in result)
    taken = Counter(id(m.target) for m in result if m.exact and m.target is not None)
    for match in result:
        target = match.target
        if not match.exact or target is None or taken[id(target)] != 1:
            continue
        restyled = _other_level(match.entry, target)
        if not restyled and not _other_number(match.entry, target):
            continue
        key = normalise_title(match.entry.title)
        if listed[key] != 1 or normalise_title(_title_of(target).strip()) != key:
            continue
        start = places[id(match.entry)]
        if len({id(b) for n, _s, b, i in cands if n == key and i > start}) == 1:
            match.renumbered = True
            match.restyled = restyled


def _other_level(entry: TocEntry, block: Block) -> bool:
    """Whether the entry and the body line carry list markers of two levels' styles (目录
    ``（一）部门职责`` / 正文 ``一、部门职责``), not two ways of writing one level's (``一、`` / ``一.``).
    A part's marker is no list's: an entry ``一、部门概况`` whose words are a part's heading
    (``第一部分 部门概况``) is a section the body heads otherwise, not the part."""
    mine, theirs = entry.numbering, getattr(block, "numbering", None)
    if mine is None or theirs is None:
        return False
    a, b = STYLE_RANK.get(mine.style), STYLE_RANK.get(theirs.style)
    return bool(a) and bool(b) and a != b


_PAGE_GLUED = lazy_compile(r"\d{1,3}$")
_TITLE_MARKS = lazy_compile(r"[《》〈〉]")
_YEAR_DU = lazy_compile(r"((?:19|20)\d{2})年度")
# A note in brackets that closes a heading, the brackets holding no other (``(按三定规定确定的职能)``).
_TRAILING_NOTE = lazy_compile(r"\([^()]+\)")
_COMMA = lazy_compile(r"[，,]")
_SENTENCE_END = lazy_compile(r"[。！？；;]")


def same_title_but_form(toc: str, body: str) -> bool:
    """Whether ``body`` is the contents line ``toc`` but for how contents are written: the page
    number typed onto the title with nothing between (``部门职责1`` / ``部门职责``), the
    template's choice of words left in (``…部门(单位)概况`` / ``…单位概况``), the accounts'
    scope in brackets written in one of them (``示范局概况`` / ``示范局(本级)概况``), the year
    written with 度 in one of them (``2023年度部门决算表`` / ``2023年部门决算表``), or the unit
    called by its usual short name in one of them (``示范县工商联概况`` / ``示范县工商业联合会概况``)."""
    a, b = normalise_title(toc), normalise_title(body)
    if not b[-1:].isdigit() and _PAGE_GLUED.sub("", a) == b:
        return True
    if _TITLE_MARKS.sub("", a) == _TITLE_MARKS.sub("", b):
        return True  # a table's title in 《》 in one of them (``一、《收入支出决算总表》``)
    if a != b and _YEAR_DU.sub(r"\1年", a) == _YEAR_DU.sub(r"\1年", b):
        return True  # the fiscal year written ``2023年度`` in one, ``2023年`` in the other
    if len(a) >= 2 and len(b) >= 2 and (_TRAILING_NOTE.fullmatch(b[len(a):]) and b.startswith(a)
                                        or _TRAILING_NOTE.fullmatch(a[len(b):]) and a.startswith(b)):
        return True  # a note in brackets closing one of them (``部门职能(按三定规定确定的职能)``)
    for choice in data.load("consistency")["template_choices"]:
        if choice in a:
            for word in re.split(r"[()/]", choice):
                if word and a.replace(choice, word) == b:
                    return True
    for scope in data.load("consistency")["scope_qualifiers"]:
        mark = f"({scope})"
        if (mark in a or mark in b) and a.replace(mark, "") == b.replace(mark, ""):
            return True  # ``示范局概况`` / ``示范局(本级)概况``: the accounts' scope written in one only
    for short, full in data.load("consistency")["unit_short_forms"].items():
        if short in a and a.replace(short, full) == b or short in b and b.replace(short, full) == a:
            return True  # ``示范县工商联概况`` / ``示范县工商业联合会概况``: the unit's usual short name
    if _formal_title(a) == _formal_title(b):
        return True  # ``关于2022年市级财政决算的报告`` / ``2022年市级财政决算报告``: one report's formal title
    return _place_left_out(a, b) or _place_left_out(b, a)


_FORMAL_OF = lazy_compile(r"的(?=(?:报告|说明)$)")


def _formal_title(title: str) -> str:
    """A report's title as its formal title writes it or not: a leading 关于 and the 的 before a
    closing 报告 or 说明 left out (the 的 only with the 关于, as a formal title has them)."""
    if not title.startswith(_SECTION_ABOUT) or not title.endswith(("报告", "说明")):
        return title
    return _FORMAL_OF.sub("", title.removeprefix(_SECTION_ABOUT))


_MIN_LEVEL_NAMED = 4  # 区 + a unit's name of three characters or more (区财政局)


def _place_left_out(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with the place before the unit's name cut to its level
    (``区卫健委单位概况`` / ``示范市东湖区卫生健康委员会单位概况``: 区 for 示范市东湖区), the unit
    called by its usual short name in it or not. ``full``'s place must end in that level's
    character right before the unit's name."""
    conf = data.load("consistency")
    if len(short) < _MIN_LEVEL_NAMED or short[0] not in conf["place_name_endings"]:
        return False
    candidates = [short]
    for abbr, whole in conf["unit_short_forms"].items():
        if abbr in short:
            candidates.append(short.replace(abbr, whole))
    return any(len(full) > len(c) and full.endswith(c) and _is_cjk_run(full[:-len(c)]) for c in candidates)


def _is_cjk_run(s: str) -> bool:
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)


def reads_standard(title: str) -> bool:
    """Whether ``title`` is one of the outlines' standard titles (``部门概况``, ``主要职责``,
    ``收入决算情况说明``; a unit's ``单位主要职责`` as its department's): where the contents and the
    heading differ and only one of them reads so, the other holds the slip."""
    from perflint.extract.part_heads import standard_title

    key = normalise_title(title)
    return standard_title(key) or "单位" in key and standard_title(key.replace("单位", "部门"))


def unit_named(toc: str, body: str, proper: bool = False) -> bool:
    """Whether ``body`` is the contents line ``toc`` with the unit named where the contents say
    部门 or 单位, or before them (``部门概况`` / ``示范市公安局概况``, ``单位概况`` /
    ``示范街道办事处单位概况``, the accounts' scope in brackets aside, ``示范局(本级)部门概况``): one
    heading, the contents written for any unit. With ``proper``,
    the name must be a unit's own (ending in 局, 中心 …), not one more generic word (本部门)."""
    conf = data.load("consistency")
    a, b = _without_scope(normalise_title(toc), conf), _without_scope(normalise_title(body), conf)
    for word in sorted(conf["generic_unit_words"], key=len, reverse=True):
        if a.startswith(word) and len(a) > len(word):
            core = a[len(word):]
            for rest in (a, core):
                if b.endswith(rest) and len(b) > len(rest):
                    name = b[:-len(rest)]
                    generic = name.endswith(tuple(conf["generic_unit_words"]))
                    if proper and generic:
                        return False
                    if name.endswith(tuple(conf["unit_name_endings"])) or generic:
                        return len(name) >= 3 if rest is core else True
            return False
    if len(a) >= 2 and b.endswith(a) and len(b) > len(a):
        # a bare title (``概况``, ``2022年部门预算情况说明``) and the same title with the
        # unit's full name before it (``示范县示范镇人民政府概况``): a name of three or more
        # characters ending as a unit's does
        name = b[:-len(a)]
        if _place_name(name, conf):
            return True  # the unit's county or city named on one side only (示范县 + 水利管理站概况)
        return len(name) >= 3 and name.endswith(tuple(conf["unit_name_endings"])) \
            and not name.endswith(tuple(conf["generic_unit_words"]))
    return False


def _place_name(name: str, conf: dict) -> bool:
    """``示范县``, ``示范市示范区``: a place of three or more Chinese characters, ending as a county's,
    a city's or a district's name does (not 地区 or 全县: two characters are a word, not a name)."""
    return len(name) >= 3 and name.endswith(tuple(conf["place_name_endings"])) \
        and all("\u4e00" <= ch <= "\u9fff" for ch in name)


def _without_scope(title: str, conf: dict) -> str:
    """``示范局(本级)部门概况`` → ``示范局部门概况``: the accounts' scope in brackets after a unit's
    name is no word of the heading (it names which accounts, not which section)."""
    if "(" not in title:
        return title
    for scope in conf["scope_qualifiers"]:
        title = title.replace(f"({scope})", "")
    return title


def _one_entry_a_title(result: list[TocMatch]) -> None:
    """A body title nearly matched by several entries is the near match of the closest one only
    (``第一部分 示范学校2021年部门决算情况说明`` / ``三、示范学校2021年度部门决算说明`` /
    ``第二部分 示范学校2021年部门决算公开报表`` all resemble the body's ``示范学校2021年度部门
    决算情况``): a heading edited in one place differs from one entry, not from three."""
    best: dict[int, TocMatch] = {}
    for match in result:
        if match.exact or match.target is None:
            continue
        held = best.get(id(match.target))
        if held is None or match.score > held.score:
            best[id(match.target)] = match
    for k, match in enumerate(result):
        if not match.exact and match.target is not None and best[id(match.target)] is not match:
            result[k] = TocMatch(match.entry, False)


def _other_number(entry: TocEntry, block: Block) -> bool:
    """Whether the entry and the body line carry markers of one style with different numbers:
    two sections with similar titles (``第二部分 …决算表`` / ``第三部分 …决算情况说明``), never
    one entry renamed — the entry's own section may lie past the end of an excerpt."""
    mine, theirs = entry.numbering, getattr(block, "numbering", None)
    return mine is not None and theirs is not None and mine.style == theirs.style and mine.value != theirs.value


def _match_by_place(result: list[TocMatch], flow: list[Block], places: dict[int, int], toc_titles: set[str]) -> None:
    """An unmatched numbered entry takes the body line with the same marker that holds its place:
    after the body line of the entry before it (matched exactly or nearly) and before the exact
    match of the entry after it. Where the entry after it has no match (the excerpt stops, or it
    is renamed too), the entry must be a short title (one changed character puts it below the
    likeness threshold), the entry before it must be matched, and the body line must be the only
    one of its marker up to the next exact match (or the end), resemble the entry and be as long
    within a character."""
    exact_at = sorted(places[id(m.target)] for m in result if m.exact and m.target is not None)
    for k, match in enumerate(result):
        entry = match.entry
        if match.target is not None or entry.numbering is None:
            continue
        nxt = result[k + 1] if k + 1 < len(result) else None
        anchored = nxt is not None and nxt.exact and nxt.target is not None \
            and places[id(nxt.entry)] == places[id(entry)] + 1
        prev = result[k - 1] if k else None
        low = places[id(entry)]
        placed_before = prev is not None and places[id(prev.entry)] == low - 1
        if placed_before:
            if prev.target is None:
                continue
            low = max(low, places[id(prev.target)])
        if not anchored and (not placed_before or len(normalise_title(entry.title)) > _PLACE_ONLY_LENGTH):
            continue
        if anchored:
            high = places[id(nxt.target)]
        else:
            high = next((i for i in exact_at if i > low), len(flow))
        same = [b for b in flow[low + 1:high] if not isinstance(b, (Table, TocEntry)) and _same_marker(b, entry)]
        if len(same) > 2 and _written_twice(same):
            same = _headings_once(same)
        if len(same) != 1 or normalise_title(_title_of(same[0])) in toc_titles:
            continue
        title = _title_of(same[0]).strip().rstrip(_TRAILING)
        if not normalise_title(title):
            continue  # a bare marker (第一部分) whose title lines were not found: nothing to compare
        score = fuzz.ratio(normalise_title(entry.title), normalise_title(title))
        if not anchored and (score < _PLACE_ONLY_SCORE
                             or abs(len(normalise_title(entry.title)) - len(normalise_title(title))) > 1):
            continue  # an abridged entry or a longer heading is not a character slipped
        result[k] = TocMatch(entry, False, same[0], title, score)


def _written_twice(lines: list[Block]) -> bool:
    """Whether two lines in a row of ``lines`` have the same title (a heading written twice)."""
    titles = [normalise_title(_title_of(b)) for b in lines]
    return any(a == b for a, b in zip(titles, titles[1:], strict=False))


def _headings_once(lines: list[Block]) -> list[Block]:
    """The lines of one marker between two anchors that read as headings, where a heading is
    written twice in a row: counted once (``一、部门主要职能`` over itself), and a sentence the
    marker opens under it (``一、政协的主要职能是…。``, numbered like the doubled heading) is a
    paragraph, not the entry's heading. (Without a doubled heading such a sentence may be the
    renamed entry's place, and the lines hold no single place.)"""
    out: list[Block] = []
    for block in lines:
        title = normalise_title(_title_of(block))
        if _SENTENCE_END.search(_title_of(block)) or len(title) > _HEADING_MAX:
            continue
        if out and normalise_title(_title_of(out[-1])) == title:
            continue
        out.append(block)
    return out


_HEADING_MAX = 30  # characters of a heading's title at most: a longer line is a paragraph

# A short entry placed by the entry before it alone: at most this many characters, and at least
# this likeness to the body line (``主要职责`` / ``主要职能`` is 75).
_PLACE_ONLY_LENGTH = 8
_PLACE_ONLY_SCORE = 50.0


def _match_parts(result: list[TocMatch], flow: list[Block], places: dict[int, int], entries: list[TocEntry]) -> None:
    """An unmatched part entry (``第一部分 部门基本情况``) takes the body's line of the same part
    marker: a report's parts are numbered once each, so the line is the entry's section whatever
    its title (``第一部分 部门概况``). Only where the marker is certain: the contents list it once,
    the body after the contents heads one line with it (a bundle of reports repeats its parts),
    and no entry of the part style holds that line's title."""
    listed = Counter((e.numbering.style, e.numbering.value) for e in entries if e.numbering is not None)
    part_titles = {normalise_title(e.title) for e in entries if e.numbering is not None and e.numbering.style == "part"}
    last_entry = max(places[id(e)] for e in entries)
    for k, match in enumerate(result):
        entry = match.entry
        n = entry.numbering
        if match.target is not None or n is None or n.style != "part" or listed[(n.style, n.value)] != 1:
            continue
        same = [b for b in flow[last_entry + 1:] if not isinstance(b, (Table, TocEntry)) and _same_marker(b, entry)]
        if len(same) != 1:
            continue
        title = _title_of(same[0]).strip().rstrip(_TRAILING)
        if not normalise_title(title) or normalise_title(title) in part_titles:
            continue  # a bare marker, or a title another part's entry holds
        result[k] = TocMatch(entry, False, same[0], title, fuzz.ratio(normalise_title(entry.title), normalise_title(title)))


def _same_marker(block: Block, entry: TocEntry) -> bool:
    found = parse_marker(block.text.value)
    return (found is not None and entry.numbering is not None and found[0].style == entry.numbering.style
            and found[0].value == entry.numbering.value)


def _title_tail(text: str) -> bool:
    """A short line with no sentence in it: the end of a title set over two lines."""
    value = compact(text)
    return 0 < len(value) <= 12 and not any(p in value for p in "，。；,;：:！？!?")


def _wrapped(nxt: Block | None, rest: str) -> bool:
    return nxt is not None and not isinstance(nxt, Table) and normalise_title(nxt.text.value).startswith(rest)


def _set_above(prev: Block | None, head: str) -> bool:
    """Whether ``prev`` is the head of an entry's title set on a line of its own above the rest
    (``附件`` / ``部门整体支出绩效自评表``, ``第二部分`` / ``部门决算表``)."""
    return bool(head) and prev is not None and not isinstance(prev, (Table, TocEntry)) \
        and normalise_title(prev.text.value) == head


def differing_clauses(a: str, b: str) -> tuple[str, str]:
    """The clauses of two near-identical titles that differ (whole titles if they do not align)."""
    pa, pb = _COMMA.split(a), _COMMA.split(b)
    if len(pa) == len(pb) and len(pa) > 1:
        diff = [(x, y) for x, y in zip(pa, pb, strict=True) if compact(x) != compact(y)]
        if diff:
            return "，".join(x for x, _ in diff), "，".join(y for _, y in diff)
    return a, b


