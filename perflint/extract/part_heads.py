"""Part headings cut short: ``第三部 2024年度部门决算情况说明`` where the report writes 第一部分.

A 决算 (and many a self-evaluation report) is laid out in 第一部分 … 第五部分. A part heading whose
分 was lost reads ``第三部`` and then the part's title; no checker of terms sees it, since the
numeral changes from part to part. The report itself tells what its part headings look like: it
is read only where another heading of the same text is written out in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from perflint.model import Document, Heading, SourceText, Table, TocEntry
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

# At the start of a text (or after a contents run's white space): 第 + a Chinese numeral + 部, and
# then neither 分 nor a character that makes another word (第三部门, 第一部署 …), but the part's
# title (a marker with nothing after it ends a cut text).
_CUT = lazy_compile(r"(?:^|(?<=\s))(?P<head>第[一二三四五六七八九十]{1,3}部)(?![分门署长委队件位落])(?=\s*[\u4e00-\u9fff\d])")
_WHOLE = lazy_compile(r"(?:^|\s)第[一二三四五六七八九十]{1,3}部分")
# A text that opens with a Chinese numeral + 部分 and the part's title, its 第 lost (``四部分 名词解释``):
# the numeral (n) and, after a space or a colon, a short title that is no sentence (本报告分为四部分，
# 三部分组成 … are prose; a title line holds no clause mark, and no 组成, 内容 … opens it).
_BARE = lazy_compile(r"^\s*(?P<head>(?P<n>[一二三四五六七八九十]{1,3})部分)[\s:：、]*(?=[\u4e00-\u9fff\d])"
                     r"(?!组成|构成|内容|的|之|共|均|各|分别)(?P<title>[^，,。；;！？]{2,30})$")
_NUMBERED_WHOLE = lazy_compile(r"(?:^|\s)第(?P<n>[一二三四五六七八九十]{1,3})部分")


@dataclass(frozen=True)
class CutPartHead:
    """``source.value[start:end]`` is a part heading's marker without its 分."""

    source: SourceText
    start: int
    end: int
    text: str

    @property
    def whole(self) -> str:
        return self.text + "分"


def cut_part_heads(doc: Document) -> list[CutPartHead]:
    """Part markers written ``第N部`` + title in a document that writes ``第M部分`` elsewhere."""
    from perflint.extract.text_index import text_index  # the document's texts, joined once for every check

    # the only texts either pattern can match (the texts of doc.texts(), in its order)
    index = text_index(doc)
    sources = [index.texts[i].text for i in index.holding("部")]
    if not any("部分" in s.value and _WHOLE.search(s.value) for s in sources):
        return []
    out = []
    for source in sources:
        for m in _CUT.finditer(source.value):
            out.append(CutPartHead(source, m.start("head"), m.end("head"), m.group("head")))
    return out


@dataclass(frozen=True)
class BarePartHead(CutPartHead):
    """``source.value[start:end]`` is a part heading's marker without its 第."""

    @property
    def whole(self) -> str:
        return "第" + self.text


def bare_part_heads(doc: Document) -> list[BarePartHead]:
    """Part headings written ``四部分`` + title (their 第 lost) in a document whose part headings
    next to it in the sequence (第三部分 or 第五部分) are written out (a contents entry counts)."""
    from perflint.extract.text_index import text_index  # the document's texts, joined once for every check
    from perflint.text.numbering import chinese_to_int

    index = text_index(doc)
    sources = [index.texts[i].text for i in index.holding("部")]
    written = {chinese_to_int(m.group("n")) for s in sources if "第" in s.value
               for m in _NUMBERED_WHOLE.finditer(s.value)}
    if not written:
        return []
    out = []
    for source in sources:
        m = _BARE.match(source.value)
        if m is None:
            continue
        n = chinese_to_int(m.group("n"))
        if n is None or not ({n - 1, n + 1} & written):
            continue  # no neighbour in the sequence to go by
        out.append(BarePartHead(source, m.start("head"), m.end("head"), m.group("head")))
    return out


@dataclass(frozen=True)
class CutTitle:
    """``source.value[start:end]`` is a standard title (``term``) without its last character."""

    source: SourceText
    start: int
    end: int
    text: str
    term: str


def cut_heading_titles(doc: Document) -> list[CutTitle]:
    """Headings and contents entries whose title is a standard term that lost its last character
    (``第四部分：名词解`` for 名词解释), where more of the document follows: a text's end is taken
    for an excerpt's cut by the near-miss reader, but a title line with lines after it was not cut.
    Only the title's end is read (the characters before it are read as any text is)."""
    from perflint.extract.terms import scan, vocabulary  # loaded only for a document's titles

    blocks = [b for part in doc.parts for b in part.blocks if not isinstance(b, Table)]
    heads_by_end = vocabulary().heads_by_end
    out = []
    for block in blocks[:-1]:  # the last line of the document may be the excerpt's cut
        if not isinstance(block, (Heading, TocEntry)) or getattr(block, "numbering", None) is None:
            continue
        value = block.text.value.rstrip()
        if not value or not "\u4e00" <= value[-1] <= "\u9fff":
            continue
        if not _ends_in_a_head(heads_by_end, value):
            continue  # no term's head ends the title (most titles): no near-miss reading needed
        for m in scan(value + "。").misspellings:  # a sentinel: the title ends, the text goes on
            if m.kind == "drop" and m.end == len(value) and m.suggestion.startswith(m.text):
                term = _written_out(blocks, block, m.text) or m.suggestion
                out.append(CutTitle(block.text, m.start, m.end, m.text, term))
    return out


def cut_table_entries(doc: Document) -> list[CutTitle]:
    """Entries of a list of the public 决算 tables (contents entries or headings of one numbering
    style, in a row) that name a standard table without its last 表 (``五、一般公共预算财政拨款支出决算``)
    while at least three of their siblings end in a standard table's title with its 表: the title
    cut short. A list that names the tables without 表 throughout, or a list of 情况说明, is none;
    nor is the document's last block (where an excerpt may be cut), nor an entry whose 表 wrapped
    onto the next line."""
    tables = _table_titles()
    out: list[CutTitle] = []
    for part in doc.parts:
        blocks = [b for b in part.blocks if not isinstance(b, Table)]
        runs: list[list[tuple[object, int, str]]] = []
        style = None
        for block in _numbered_heads(blocks):
            start = title_start(block)
            if start is None:
                continue
            if block.numbering.style != style:
                runs.append([])
                style = block.numbering.style
            value = block.text.value
            title = without_page_tail(value[start:].rstrip()) if isinstance(block, TocEntry) else value[start:].rstrip()
            runs[-1].append((block, start, title))
        last = blocks[-1] if blocks and part is doc.parts[-1] else None
        # an entry whose 表 wrapped onto a line of its own (…经费支出决算 / 表) is whole
        wrapped = {id(b) for b, after in zip(blocks, blocks[1:], strict=False)
                   if getattr(after, "numbering", None) is None and compact(after.text.value).startswith("表")}
        for run in runs:
            whole = sum(_key(title).endswith(tables) for _b, _s, title in run)
            if whole < _MIN_TABLE_SIBLINGS:
                continue
            cut = [(b, s, t) for b, s, t in run if t.endswith(("决算", "明细"))
                   and (_key(t) + "表").endswith(tables) and b is not last and id(b) not in wrapped]
            if len(cut) < whole:
                out.extend(CutTitle(b.text, s, s + len(t), t, t + "表") for b, s, t in cut)
    return out


_MIN_TABLE_SIBLINGS = 3


def cut_note_entries(doc: Document) -> list[CutTitle]:
    """Contents entries of the list of a 决算's 情况说明 (entries of one numbering style, in a row)
    that stop where a standard title of the list goes on (``六、一般公共预算财政拨款基本支出`` for
    …基本支出决算情况说明) while at least three of their siblings are standard titles of the list
    written out, and the entry stops before the title's 决算: the entry cut short (one that stops at
    决算 or 情况, …支出决算 or …决算情况, is a short form many templates write). A list that names its
    sections short throughout is none; nor
    is the document's last block (where an excerpt may be cut). Read only in a contents list: body
    headings are written short by some templates."""
    notes = _note_titles()
    out: list[CutTitle] = []
    for part in doc.parts:
        blocks = [b for b in part.blocks if not isinstance(b, Table)]
        last = blocks[-1] if blocks and part is doc.parts[-1] else None
        runs: list[list[tuple[object, int, str]]] = []
        style = None
        for block in _numbered_heads(blocks):
            start = title_start(block)
            if start is None or not isinstance(block, TocEntry):
                style = None
                continue
            if block.numbering.style != style:
                runs.append([])
                style = block.numbering.style
            runs[-1].append((block, start, without_page_tail(block.text.value[start:].rstrip())))
        for run in runs:
            if sum(_key(title) in notes for _b, _s, title in run) < _MIN_TABLE_SIBLINGS:
                continue
            for block, start, title in run:
                key = _key(title)
                if block is last or len(key) < 6 or key in notes or key in _standard_titles():
                    continue
                # the entry stops before the title's 决算 (…基本支出 | 决算情况说明): an entry that
                # stops at 决算 or 情况 (…支出决算, …决算情况) is a short form many templates write
                longer = sorted((t for t in notes if t.startswith(key) and t.startswith("决算", len(key))), key=len)
                if longer:
                    out.append(CutTitle(block.text, start, start + len(title), title, longer[0]))
    return out


@cache
def _note_titles() -> frozenset[str]:
    """The standard titles of a 决算's 情况说明 (those of the outlines' vocabulary that end in 说明)."""
    return frozenset(t for t in _standard_titles() if t.endswith("说明"))


@cache
def _table_titles() -> tuple[str, ...]:
    """The standard titles of the public 决算 tables (those of the vocabulary that end in 表), quotes
    left out."""
    from perflint import data

    groups = data.load("terms").get("terms") or {}
    return tuple(_key(t) for t in groups.get("final_accounts") or () if t.endswith("表"))


def _ends_in_a_head(heads_by_end: dict[str, tuple[str, ...]], value: str) -> bool:
    """Whether ``value`` ends in a term's head, the term less its last character, of 3 to 24
    characters (the vocabulary lists them by their last character: a lookup and a few tests)."""
    for head in heads_by_end.get(value[-1], ()):
        if value.endswith(head):
            return True
    return False


def _written_out(blocks: list, cut: object, stem: str) -> str | None:
    """How the document writes the title in full elsewhere (``主要职责`` or ``主要职能`` for
    ``主要职``, as its body's heading says), when it writes it one way."""
    endings = set()
    for block in blocks:
        if block is cut or getattr(block, "numbering", None) is None:
            continue
        text = compact(block.text.value)
        at = text.find(stem)
        if at >= 0 and at + len(stem) < len(text) and "\u4e00" <= text[at + len(stem)] <= "\u9fff":
            endings.add(text[at + len(stem)])
    return stem + endings.pop() if len(endings) == 1 else None


@dataclass(frozen=True)
class HeadlessTitle:
    """``source.value[start:end]`` opens a heading's title: a standard title (``term``) without
    its first character (``他重要事项`` of ``五、他重要事项的情况说明``)."""

    source: SourceText
    start: int
    end: int
    text: str
    term: str


# The vocabulary's groups of section titles, of every report kind's standard outline.
_TITLE_GROUPS = ("reports", "final_accounts_sections", "published_wording", "report_outlines")
_MIN_HEADLESS_LEN = 5  # a title of four characters or less, less one, reads as other words too


def _title_tails(raw: dict) -> dict[str, tuple[tuple[str, str], ...]]:
    """The standard titles less their first character, by that remainder's first two characters:
    ``{"他重": (("他重要事项的情况说明", "其他重要事项的情况说明"), …)}``, longest first. A
    remainder that opens with a word of its own (质量发展 of 高质量发展) is left out."""
    groups = raw.get("terms") or {}
    words = {w for items in groups.values() for w in (items or [])}
    words |= set((raw.get("words") or "").split())
    tails: dict[str, list[tuple[str, str]]] = {}
    for group in _TITLE_GROUPS:
        for term in groups.get(group) or ():
            tail = term[1:]
            if len(term) < _MIN_HEADLESS_LEN or tail in words or any(tail[:k] in words for k in (2, 3, 4)):
                continue
            tails.setdefault(tail[:2], []).append((tail, term))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in tails.items()}


@cache
def _the_tails() -> dict[str, tuple[tuple[str, str], ...]]:
    """The titles' tails, read once per process (:func:`perflint.data.derived` reads its cache
    file at every call)."""
    from perflint import data

    return data.derived("terms", _title_tails, __file__)


def _numbered_heads(blocks) -> list:
    """The blocks of ``blocks`` :func:`title_start` may place a title in: numbered headings and
    contents entries (picked out with one comprehension: three readers walk every block of
    every draft, most of them paragraphs and tables)."""
    return [b for b in blocks if isinstance(b, (Heading, TocEntry)) and b.numbering is not None]


def title_start(block) -> int | None:
    """Where a numbered heading's or contents entry's title starts: after its marker and the
    blanks or colon that follow it; None for any other block."""
    if not isinstance(block, (Heading, TocEntry)) or block.numbering is None:
        return None
    value = block.text.value
    at = value.find(block.numbering.marker)
    if at < 0:
        return None
    start = at + len(block.numbering.marker)
    while start < len(value) and value[start] in " \t\u3000:：":
        start += 1
    return start


def headless_heading_titles(doc: Document) -> list[HeadlessTitle]:
    """Headings and contents entries whose title opens with a standard title that lost its first
    character (``五、他重要事项的情况说明``, ``（一）门整体支出绩效目标``): right after the marker,
    where no word of the title can have begun before it."""
    tails = _the_tails()
    out = []
    for part in doc.parts:
        for block in _numbered_heads(part.blocks):
            start = title_start(block)
            if start is None:
                continue
            value = block.text.value
            for tail, term in tails.get(value[start:start + 2], ()):
                if value.startswith(tail, start):
                    out.append(HeadlessTitle(block.text, start, start + len(tail), tail, term))
                    break
    return out


# A budget's name holds 预算 (一般公共预算, 政府性基金预算, 国有资本经营预算, 社会保险基金预算), and so
# does 预算绩效: neither is the report's kind, which a 决算 title writes 决算.
_BUDGET_NAME_ENDS = ("公共", "基金", "经营")
_QUOTES = str.maketrans("", "", "“”\"‘’'「」")
_PAGE_TAIL_MARKS = frozenset(".．…·•-—_")


def without_page_tail(text: str) -> str:
    r"""``text`` without the leaders and page number ending a contents entry (the characters of
    ``[\s.．…·•\-—_\d]+$``), found by a scan back from the end: the pattern was retried from every
    position of a long run of them inside a line (quadratic on a page flattened into one line)."""
    end = len(text)
    while end and (text[end - 1] in _PAGE_TAIL_MARKS or text[end - 1].isspace() or text[end - 1].isdecimal()):
        end -= 1
    return text[:end]
_MIN_ACCOUNTS_TITLES = 3  # titles that say 决算: the list explains final accounts


def _key(title: str) -> str:
    return compact(title).translate(_QUOTES)


@cache
def _standard_titles() -> frozenset[str]:
    """The standard titles of the outlines (the vocabulary's title groups), quotes left out."""
    from perflint import data

    groups = data.load("terms").get("terms") or {}
    return frozenset(_key(t) for g in _TITLE_GROUPS for t in groups.get(g) or ())


def standard_title(title: str) -> bool:
    """Whether ``title`` (spaces and quotes aside) is one of the outlines' standard titles."""
    return _key(title) in _standard_titles()


@cache
def _standard_lengths() -> frozenset[int]:
    """The lengths of the standard titles: a title with a word written twice is two longer."""
    return frozenset(map(len, _standard_titles()))


def _numbered_titles(doc: Document) -> list[list[tuple[SourceText, int, str, bool]]]:
    """Each part's numbered headings and contents entries as (source, where the title starts,
    the title, whether a contents entry), the title without its marker and a contents line's
    leaders and page."""
    out = []
    for part in doc.parts:
        titles = []
        for block in _numbered_heads(part.blocks):
            start = title_start(block)
            if start is None:
                continue
            value = block.text.value
            title = without_page_tail(value[start:].rstrip()) if isinstance(block, TocEntry) else value[start:].rstrip()
            if title:
                titles.append((block.text, start, title, isinstance(block, TocEntry)))
        out.append(titles)
    return out


def garbled_heading_titles(doc: Document) -> list[HeadlessTitle]:
    """Headings and contents entries whose title is a standard title of the outlines garbled in
    one of two ways a reader sees at once:

    - a word of the title written a second time inside it (``…经费支出情况决算情况说明``: the
      title less the second 情况 is the standard ``…经费支出决算情况说明``); a word doubled side by
      side (``情况情况``) is D208's;
    - in a list whose titles explain final accounts (three or more say 决算), the one title that
      says 预算 where the standard title says 决算 (``政府性基金预算收入支出预算情况``): the budget
      report's title copied in. 预算 of a budget's name and of 预算绩效 is no slip, and a list
      holding two such titles or more is a budget's (or a 预决算 publication's) too.

    A contents entry whose body heading reads as the standard title is left to C724, which
    names that heading.
    """
    standard = _standard_titles()
    out: list[HeadlessTitle] = []
    parts = _numbered_titles(doc)
    headed = {_key(title) for titles in parts for _s, _a, title, entry in titles if not entry}
    for titles in parts:
        accounts = sum("决算" in title for _s, _a, title, _e in titles)
        budget: dict[str, list[HeadlessTitle]] = {}
        for source, start, title, entry in titles:
            if len(title) > 60:
                continue
            found = _doubled_word(title, standard) if len(_key(title)) - 2 in _standard_lengths() else None
            if found is None:
                year = _YEAR_HEAD.match(title)
                off = year.end() if year else 0
                bare = title[off:]
                whole = _headless_titles().get(_key(bare))
                if whole is not None:
                    if not (entry and _key(whole) in headed):
                        out.append(HeadlessTitle(source, start + off, start + len(title), bare, whole))
                    continue
            if found is not None:
                if not (entry and _key(found) in headed):
                    out.append(HeadlessTitle(source, start, start + len(title), title, found))
                continue
            right = _as_final_accounts(title, standard)
            if right is not None and not (entry and (_key(right) in headed or _key(right) + "说明" in headed)):
                budget.setdefault(_key(title), []).append(HeadlessTitle(source, start, start + len(title), title, right))
        if accounts >= _MIN_ACCOUNTS_TITLES and len(budget) == 1:
            out.extend(next(iter(budget.values())))
    return out


# A fiscal year before a title (``2023年度机关运行经费情况说明``): not part of the standard title
_YEAR_HEAD = lazy_compile(r"^\s*(?:19|20)\d{2}\s*年度?")


@cache
def _headless_titles() -> dict[str, str]:
    """The standard titles less a head word of their subject (``机关运行经费情况说明`` less 经费:
    ``机关运行情况说明``), by that remainder, where the remainder is no standard title and only one
    title leaves it, and it names a section or a table of the publication (ends in 说明 or 表: a
    heading ``机关运行情况`` of a report may tell how the offices ran). The head words are data (``title_head_words``): words the outlines never
    leave out, unlike 决算, 情况 or 支出, which they vary on."""
    from perflint import data

    terms = data.load("terms")
    heads = terms.get("title_head_words") or ()
    standard = _standard_titles()
    # the titles as the outlines vary them (机关运行经费情况说明 less the 支出 of the standard
    # 机关运行经费支出情况说明), each with the title written out
    forms: dict[str, str] = {}
    for title in standard:
        forms.setdefault(title, title)
        for word in terms.get("title_varied_words") or ():
            at = title.find(word, 1)
            while at > 0:
                forms.setdefault(title[:at] + title[at + len(word):], title[:at] + title[at + len(word):])
                at = title.find(word, at + 1)
    found: dict[str, set[str]] = {}
    for title in forms:
        for word in heads:
            at = title.find(word, 1)
            while at > 0:
                rest = title[:at] + title[at + len(word):]
                if rest not in forms and len(rest) >= _MIN_HEADLESS_LEN and rest.endswith(("说明", "表")):
                    found.setdefault(rest, set()).add(title)
                at = title.find(word, at + 1)
    return {rest: next(iter(titles)) for rest, titles in found.items() if len(titles) == 1}


@lru_cache(maxsize=4096)
def _doubled_word(title: str, standard: frozenset[str]) -> str | None:
    """The standard title ``title`` is with a two-character word of it written once more inside
    it, not beside its other copy, nor at its start: a word before a standard title qualifies it
    (``单位决算单位构成``, a unit's ``部门决算单位构成``).

    Remembered (bounded): the drafts of a folder number the same standard titles, and each was
    taken apart word by word again in every draft (``standard`` is the one kept set)."""
    for i in range(1, len(title) - 1):
        word = title[i:i + 2]
        if not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        rest = title[:i] + title[i + 2:]
        if word not in rest or title[i + 2:i + 4] == word or title[max(0, i - 2):i] == word:
            continue
        if _key(rest) in standard:
            return rest
    return None


def _as_final_accounts(title: str, standard: frozenset[str]) -> str | None:
    """The standard 决算 title ``title`` is with its 决算 written 预算 (its 说明 may be left off)."""
    at = title.find("预算")
    while at >= 0:
        if title[max(0, at - 2):at] not in _BUDGET_NAME_ENDS and not title.startswith("绩效", at + 2):
            right = title[:at] + "决算" + title[at + 2:]
            key = _key(right)
            if key in standard or key + "说明" in standard:
                return right
        at = title.find("预算", at + 2)
    return None
