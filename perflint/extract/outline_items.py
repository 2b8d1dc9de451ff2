"""Which blocks carry a heading or list marker, and the items they open.

A block's own marker (``（二）项目资金情况``), markers embedded in a paragraph (``一是…；二是…``,
``1.… 2.…`` run together by a PDF), a stray figure that only looks like a marker, a label line
that opens a list (``发现的问题及原因：``), the title and contents of a part, which the outline
walker (:mod:`perflint.extract.outline`) skips.
"""

from __future__ import annotations

import re

from perflint.model import Block, Heading, Location, Numbering, Paragraph, Part, Table, TocEntry
from perflint.read.parts import is_report_title
from perflint.text.normalise import compact
from perflint.text.numbering import parse_marker
from perflint.text.patterns import lazy_compile

# Styles that carry document structure (第一部分, 第一章): a sequence under them may continue
# a numbering that started under the previous part.
INLINE_STYLES = ("arabic", "paren_arabic", "paren_cn", "circled")
# A jump over more than this many numbers is more likely a stray marker than a missing item.

_CN_NUMERALS = "一二三四五六七八九十"
_SENTENCE_PUNCT = frozenset("，。；,;！？!?")
_SENTENCE_END = tuple("。；;.!?！？")
_LABEL = lazy_compile(r"^[^，。；,;：:！？!?]{1,24}[：:]")
_COLON_MARKER = lazy_compile(r"[：:]\s*")
_INLINE_BREAK = lazy_compile(r"[；;。]\s*")
_PAGE_SUFFIX = lazy_compile(r"\S\s*(?:[.．·…]{2,}|\s)\s*\d{1,3}$")


# -- items ------------------------------------------------------------------------------------
class Item:
    """A numbered heading or list item; ``start`` is the marker's offset in the block's text.

    A plain class with slots, its numbering's style, value and marker copied in when it is made:
    the walker reads them for every item against every open list (properties cost a call each).
    """

    __slots__ = ("block", "index", "numbering", "start", "end", "embedded", "style", "value", "marker",
                 "variant")

    def __init__(self, block: Block, index: int, numbering: Numbering, start: int = 0, end: int = 0,
                 embedded: bool = False) -> None:
        self.block = block
        self.index = index
        self.numbering = numbering
        self.start = start
        self.end = end
        self.embedded = embedded
        self.style = style = numbering.style
        self.value = numbering.value
        self.marker = marker = numbering.marker
        # ``1、`` and ``1.`` are one style but writers use them for two levels
        self.variant = ("、" if "、" in marker else ".") if style in ("arabic", "cn") else ""

    def __repr__(self) -> str:
        return (f"Item(block={self.block!r}, index={self.index!r}, numbering={self.numbering!r}, "
                f"start={self.start!r}, end={self.end!r}, embedded={self.embedded!r})")

    @property
    def location(self) -> Location:
        return self.block.text.locate(self.start, self.start + max(1, len(self.marker)))

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def is_title(self) -> bool:
        """A heading line (``（二）项目资金情况``), not a list item written as a sentence."""
        return (isinstance(self.block, Heading) and not self.embedded
                and not self.block.text.value.rstrip().endswith(_SENTENCE_END))

    @property
    def title(self) -> str:
        return self.block.text.value[self.end:].strip()


_NUMERAL_RUN = lazy_compile(r"^\d{1,2}\s*(?:[、,，]|[级类等档])")


def is_stray_marker(numbering: Numbering, rest: str) -> bool:
    """``1、2、3月`` ``一、二级指标``: a run of numerals, not a list marker; nor is a number that
    opens an equation (a form's column labelled ``④ = ①+②+③``, ``⑥=⑤/④``)."""
    rest = rest.lstrip()
    if not rest or rest[0] in "=＝":
        return True
    if numbering.style in ("arabic", "paren_arabic", "arabic_half", "circled"):
        return bool(_NUMERAL_RUN.match(rest))
    if numbering.style in ("cn", "cn_half", "paren_cn") and rest[0] in _CN_NUMERALS:
        return len(rest) > 1 and rest[1] in "、，,级类等档季月个是）)"
    return False


def block_marker(block: Block) -> tuple[Numbering, int] | None:
    """The marker a heading or paragraph starts with and where its title begins (``None`` for
    an unnumbered block or a stray numeral run)."""
    if getattr(block, "numbering", None) is None:
        return None
    found = parse_marker(block.text.value)
    if found is None or is_stray_marker(found[0], block.text.value[found[1]:]):
        return None
    return found


def is_label(block: Block) -> bool:
    """A line that introduces what follows: ``发现的问题及原因：`` ``主要产出和效益`` a form title.

    Lists restart legitimately after one, so a restart behind a label is not a finding.
    """
    if isinstance(block, Heading):
        return getattr(block, "numbering", None) is None
    if not isinstance(block, Paragraph) or block.numbering is not None:
        return False
    value = block.text.value.strip()
    if not value:
        return False
    if value.endswith(("：", ":")) or _LABEL.match(value):
        return True
    return len(value) <= 30 and _SENTENCE_PUNCT.isdisjoint(value)


def inline_items(block: Block, index: int, own: Numbering | None) -> list[Item]:
    """Markers inside a paragraph after a colon (``原因：1、…；2、…``), in order.

    The first must be 1 and of a list style other than the block's own; the following ones
    continue it after ``；`` or ``。``.
    """
    value = block.text.value
    items: list[Item] = []
    for m in _COLON_MARKER.finditer(value):
        found = parse_marker(value[m.end():])
        if not found:
            continue
        numbering, length = found
        if (numbering.style not in INLINE_STYLES or numbering.value != 1
                or (own is not None and own.style == numbering.style)
                or is_stray_marker(numbering, value[m.end() + length:])):
            continue
        items.append(Item(block, index, numbering, m.end(), m.end() + length, embedded=True))
        break
    if not items:
        return items
    for m in _INLINE_BREAK.finditer(value, items[0].end):
        found = parse_marker(value[m.end():])
        if not found:
            continue
        numbering, length = found
        if numbering.style == items[-1].style and numbering.value == items[-1].value + 1:
            items.append(Item(block, index, numbering, m.end(), m.end() + length, embedded=True))
    return items


def title_blocks(part: Part, markers: list[tuple[Numbering, int] | None]) -> set[int]:
    """The blocks that spell the part's title. A part with no report title took its first
    line as a title: a numbered first line (``一、项目基本情况``) is then an item, not a title.
    ``markers``: each block's :func:`block_marker`, by index."""
    title = compact(part.title)
    real = is_report_title(part.title)
    return {i for i, b in enumerate(part.blocks[:3])
            if not isinstance(b, Table) and compact(b.text.value) and compact(b.text.value) in title
            and (real or markers[i] is None)}


def toc_region(part: Part) -> set[int]:
    """Blocks of a table of contents the importer did not recognise (``一、职责  2``), and the
    part headings of contents that give page numbers to their entries only (``第一部分 概况``
    over ``一、职责……2``): such a heading stands between entries, or ends the contents
    continuing the part numbers before it (``第五部分 名词解释`` after ``第四部分``)."""
    region: set[int] = set()
    blocks = part.blocks
    for i, block in enumerate(blocks):
        if isinstance(block, Table) or "目" not in block.text.value or compact(block.text.value) not in ("目录", "目次"):
            continue
        j = i + 1
        pending: list[int] = []  # headings without a page number, kept once an entry follows them
        last: dict[str, int] = {}  # the last number of each style among the headings kept
        while j < len(blocks):
            b = blocks[j]
            if isinstance(b, TocEntry) or (not isinstance(b, Table) and len(b.text.value) <= 60
                                           and _PAGE_SUFFIX.search(b.text.value.strip())):
                region.add(j)
                for k in pending:
                    numbering = blocks[k].numbering
                    last[numbering.style] = numbering.value
                region.update(pending)
                pending = []
                j += 1
                continue
            if len(pending) < _CONTENTS_HEADINGS and _contents_heading(b):
                pending.append(j)
                j += 1
                continue
            break
        for k in pending:  # the contents' last part headings, with no entries under them
            numbering = blocks[k].numbering
            if last.get(numbering.style) != numbering.value - 1:
                break
            region.add(k)
            last[numbering.style] = numbering.value
    return region


_CONTENTS_HEADINGS = 2  # headings without a page number in a row, between a contents' entries


def _contents_heading(block: Block) -> bool:
    """A short numbered line with no sentence in it (``第二部分 2023年度部门决算表``)."""
    if isinstance(block, Table) or getattr(block, "numbering", None) is None:
        return False
    value = compact(block.text.value)
    return len(value) <= 30 and _SENTENCE_MARK.search(value) is None


_SENTENCE_MARK = lazy_compile(r"[。；;！？!?：:]")


_BARE_FIGURE = lazy_compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
FIGURE_START = lazy_compile(r"\s*[-+\d]")  # how a bare figure opens, white space before it


def is_bare_figure(block: Block) -> bool:
    """A paragraph that is one figure and nothing else: a table cell on a line of its own.
    (Its first character tells most paragraphs apart before any is compacted.)"""
    return (isinstance(block, Paragraph) and FIGURE_START.match(block.text.value) is not None
            and bool(_BARE_FIGURE.match(compact(block.text.value))))


_SENTENCE_STOP = lazy_compile(r"[。；;！？!?]")


def is_row_label(block: Block, nxt: Block) -> bool:
    """A numbered line with a bare figure under it read as a row label of a table pasted one
    cell a line (``一、事业收入`` ``4`` ``0.00``). A sentence is no row label: a list item that
    ends a page is followed by the page's number (``10.负责…工作。`` ``1``)."""
    return is_bare_figure(nxt) and not _SENTENCE_STOP.search(block.text.value)


def inline_marker_pattern(marker: str) -> str:
    """A marker written inside a paragraph: after a sentence mark, after a space (a line break
    lost: ``一、基本情况 1.单位构成``), or anywhere when it brackets itself (``说明(1)按…``)."""
    lead = r"(?:[。；;！？!?：:]\s*|\s+)" if marker[:1] not in "(（" else ""
    return rf"{lead}{re.escape(marker)}(?![\d.．])"


# -- the walk ---------------------------------------------------------------------------------


# A run-in heading that opens an item's words (``社会效益。``, ``可持续影响：``): a short name
# closed by a full stop or a colon, no clause inside it, no figure.
_RUN_IN = lazy_compile(r"^[^，。；,;：:！？!?\d]{2,10}[。：:]")


def run_in_label_end(text: str) -> int:
    """Where the words of an item start after its run-in heading (``社会效益。农村公路…`` → 5),
    or 0 when the item opens with none."""
    m = _RUN_IN.match(text)
    return m.end() if m else 0

