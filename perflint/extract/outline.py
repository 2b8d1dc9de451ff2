"""The outline of a report: sibling sequences of numbered headings and list items.

Chinese drafts number their headings ``一、 （一） 1、 （1）`` and their lists the same way, but
each unit nests the styles its own way (``1、`` above ``（一）`` is common), lists restart
under every heading, behind a label (``发现的问题及原因：``) and in every 备注 under a form, and
a bundle of reports restarts at ``一、`` in each part. So a sequence here is "the items of one
style under one parent item", found the way a reader finds it: by the order styles open, not
by a fixed rank, with the fixed rank only deciding which open sequences a new style closes.

Walking a part yields :class:`Finding` records (a gap, a start above 1, a repeat, a restart)
that the structure checks render. The walker is deliberately quiet wherever the importer may
have hidden an item: across tables (cells, split forms), after labels, for markers embedded
inside a paragraph. A table of contents is matched against the body in
:mod:`perflint.extract.contents`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from perflint.extract.edges import opens_on_a_cut_title, title_block
from perflint.extract.outline_items import (
    FIGURE_START,
    Item,
    block_marker,
    inline_items,
    inline_marker_pattern,
    is_label,
    is_row_label,
    title_blocks,
    toc_region,
)
from perflint.model import Block, Document, Numbering, Paragraph, Part, Table, TocEntry
from perflint.read.lines import has_sentence_punct
from perflint.read.parts import is_report_title
from perflint.text.normalise import compact
from perflint.text.numbering import STYLE_RANK, marker_like, parse_marker
from perflint.text.patterns import lazy_compile

# Styles that carry document structure (第一部分, 第一章): a sequence under them may continue
# a numbering that started under the previous part.
STRUCTURAL = ("part", "chapter")
# Styles that show up inside a paragraph as an inline list after a colon (``原因：1、…``).
MAX_MISSING = 3
_TITLE_LINE = 40  # characters: a title line (a lost item's title) is no longer than this
# A marker style written with only its closing bracket (``三)``) and the bracketed style it is
# a slip of (``（三）``).
HALF_BRACKETED = {"cn_half": "paren_cn", "arabic_half": "paren_arabic"}
_BRACKETED_HALF = {v: k for k, v in HALF_BRACKETED.items()}
_HALF_STYLES = frozenset(HALF_BRACKETED) | frozenset(_BRACKETED_HALF)

# A sentence closed and white space after it, mid-line: where a heading run onto a paragraph starts.
_SENTENCE_THEN_SPACE = lazy_compile(r"[。；;！？!?]\s+")



@dataclass
class Sequence:
    """Siblings: items of one style under one parent item (``None`` at the top of a part)."""

    style: str
    variant: str
    parent: Item | None
    items: list[Item] = field(default_factory=list)

    @property
    def last(self) -> Item:
        return self.items[-1]


@dataclass
class Finding:
    """Something wrong with an item's number.

    ``kind`` is ``gap`` (numbers skipped), ``start`` (a sequence's first item is not 1),
    ``repeat`` (a number used twice among siblings), ``mixed`` (an item continues its list with
    the marker written another way: ``1、`` then ``2.``) or ``restart`` (back to 1 with no new parent;
    ``inverted`` when the item sits under a deeper-style item while its own style is still open
    above). ``previous`` is the sibling before, ``same`` the earlier sibling with this number,
    ``parent`` the item directly above.
    """

    kind: str
    item: Item
    sequence: Sequence
    previous: Item | None = None
    same: Item | None = None
    parent: Item | None = None
    missing: tuple[int, ...] = ()
    inverted: bool = False
    # an excerpt's first numbered item is the parent: items the writer numbered above it (some
    # units put 1、 above （一）) may lie above the cut, so the start is likely, not certain
    at_the_cut: bool = False
    # a start at 2 whose parent's first line is a title with no marker: the first item's marker
    # may be what is missing (部门整体绩效自评情况 then （二）项目绩效自评情况), likely, not certain
    unmarked_first: bool = False
    # that title line (the block the first item's marker may have been lost from)
    unmarked_block: Block | None = None
    # a start right under a 目录 heading: contents printed without page numbers (so not read as a
    # table of contents) often list only some levels or entries; likely, not certain, a lost item
    in_contents: bool = False
    # a start among the items of a report pasted as one paragraph, read out of it: a site's
    # abridged page drops items too, so likely, not certain
    run_in: bool = False
    # a start where the text between the parent (or the title) and the item is garbled (a mirror
    # read the page one byte off, ``?。ㄒ唬┬…``): the first item may be inside the garble
    garbled_before: bool = False


@dataclass
class PartOutline:
    """A part's numbered items, their sibling sequences and the numbering findings on them."""

    part: Part
    items: list[Item]
    sequences: list[Sequence]
    findings: list[Finding]
    # each block's own marker and where its title begins (:func:`block_marker`), by index
    markers: list[tuple[Numbering, int] | None] = field(default_factory=list)
    title_at: int = 0  # :func:`perflint.extract.edges.title_block` of the part


def _table_text(block: Block) -> str:
    """All a table holds as text (caption, cells, notes), or the text of a block read as a row
    label of a table pasted one cell a line."""
    if isinstance(block, Table):
        cells = (cell.value for row in block.rows for cell in row.cells)
        return "\n".join([block.caption, *cells, *block.notes])
    return block.text.value


# A final accounts' public table named by a list item (``四、财政拨款收入支出决算公开表``,
# ``八、国有资本经营预算财政拨款支出决算表（空表）``)
_PUBLIC_TABLE = lazy_compile(r"(?:决算|公开)[^，。；,;：:]{0,4}表(?:[（(][^()（）]{1,6}[)）])?$")
_TITLE_BREAK = lazy_compile(r"[，。；：,;:！？]")


def names_public_table(item: Item) -> bool:
    """Whether a list item names one of the final accounts' public tables: a list of them keeps
    each table's number in the standard set (一、四、六、八 when only those are published), so a
    skipped number there is a table left out, not an item lost."""
    text = item.block.text.value
    return not isinstance(item.block, Table) and bool(_PUBLIC_TABLE.search(compact(text[item.end:])))


class _Walker:
    def __init__(self, part: Part) -> None:
        self.part = part
        self.stack: list[Sequence] = []
        # Closed sequences by (style, the value that would continue them), in closing order: an
        # item looks up the lists it may continue instead of scanning every list closed so far
        # (quadratic in a long part). A closed sequence does not change until it is revived.
        self.closed: dict[tuple[str, int], list[Sequence]] = {}
        self.sequences: list[Sequence] = []
        self.findings: list[Finding] = []
        self.items: list[Item] = []
        self.last_item: Item | None = None
        # the blocks read without a marker of their own, in order: a label among them (a line
        # that opens a list) makes a restart after it expected (see _label_since)
        self.unmarked: list[int] = []
        self.tables: list[int] = []
        self.markers: list[tuple[Numbering, int] | None] = []
        self.title_at = 0

    def run(self) -> PartOutline:
        part = self.part
        blocks = part.blocks
        # every block's own marker, found once: the walker, the list-marker readers and the
        # title tests all ask it (a block without a numbering has none)
        self.markers = markers = [None if getattr(b, "numbering", None) is None else block_marker(b) for b in blocks]
        skip = title_blocks(part, markers) | toc_region(part)
        self.title_at = title_at = title_block(part)
        if title_at:  # the title's own lines (one or two) below a cover or cut contents
            skip |= {i for i in (title_at, title_at + 1) if i < len(blocks) and not isinstance(blocks[i], Table)
                     and compact(blocks[i].text.value) and compact(blocks[i].text.value) in part.title}
        last = len(blocks) - 1
        tables = self.tables
        place = self._place
        figure_start = FIGURE_START.match  # is_row_label's first test, without its call (most blocks)
        for i, block in enumerate(blocks):
            if i == title_at and self.items:
                self._restart_at_title()
            if i in skip or isinstance(block, TocEntry):
                continue
            if isinstance(block, Table) or (i < last and isinstance(nxt := blocks[i + 1], Paragraph)
                                            and figure_start(nxt.text.value) and is_row_label(block, nxt)):
                # a row label of a table pasted one cell a line (``一、事业收入`` ``4`` ``0.00``):
                # a table, across which numbering is not followed
                tables.append(i)
                continue
            own = markers[i]
            value = block.text.value
            if own is not None:
                numbering, end = own
                place(Item(block, i, numbering, len(value) - len(value.lstrip()), end))
            else:
                self.unmarked.append(i)
            if "：" in value or ":" in value:  # an inline list opens after a colon only
                for item in inline_items(block, i, own[0] if own else None):
                    place(item)
        return PartOutline(part, self.items, self.sequences, self.findings, markers, title_at)

    def _unmarked_title_first(self, parent: Item | None, x: Item) -> Block | None:
        """The first block under ``parent`` (before ``x``) when it is a title line with no marker:
        the （一） that ``x`` = （二） follows may have lost its marker there."""
        if parent is None or parent.index + 1 >= x.index:
            return None  # at the top of a report the lines under its title are not a list's
        block = self.part.blocks[parent.index + 1]
        if isinstance(block, (Table, TocEntry)) or self.markers[parent.index + 1] is not None:
            return None
        value = compact(block.text.value)
        if value.endswith("。") and compact(x.title).endswith("。"):
            # a drafter who closes each heading with a full stop (``（二）…分析。``) closes the
            # first one so too: ``资金投入情况分析。`` is a title, its （一） lost
            value = value[:-1]
        return block if 0 < len(value) <= _TITLE_LINE and not has_sentence_punct(value) else None

    def _label_since(self, ref: int) -> bool:
        """Whether a label line (:func:`is_label`) was read after block ``ref``: asked only at a
        restart, so the blocks without a marker are not each tested as they are read."""
        blocks = self.part.blocks
        unmarked = self.unmarked
        return any(is_label(blocks[j]) for j in unmarked[bisect.bisect_right(unmarked, ref):])

    def _heading_glued_since(self, ref: int, end: int, above: set[str]) -> bool:
        """Whether a paragraph between blocks ``ref`` and ``end`` ends in a heading of one of the
        styles ``above`` run onto it after its last sentence (``…附后）。 三、预算执行情况分析``): a
        page that lost the line break before the heading. Asked only at a restart."""
        if not above:
            return False
        blocks = self.part.blocks
        for j in range(max(ref, 0), end):
            block = blocks[j]
            if not isinstance(block, Paragraph):
                continue
            for line in block.text.value.splitlines():
                for m in _SENTENCE_THEN_SPACE.finditer(line):
                    found = parse_marker(line[m.end():])
                    if found is None or found[0].style not in above:
                        continue
                    title = line[m.end() + found[1]:].strip()
                    if 2 <= len(title) <= 30 and not has_sentence_punct(title):
                        return True
        return False

    def _restart_at_title(self) -> None:
        """Items above the report's title (a cover, contents whose 目录 heading was cut off and
        whose entries read as headings) are not the report's numbering: the report's lists start
        at its title, and where the items above started is no finding."""
        self._close_above(-1)
        self.closed = {}
        self.findings = [f for f in self.findings if f.kind != "start"]

    # helpers
    def _table_between(self, a: int, b: int) -> bool:
        # ``tables`` grows in block order: bisect it (a scan per item was quadratic in a long part)
        k = bisect.bisect_right(self.tables, a)
        return k < len(self.tables) and self.tables[k] < b

    def _close_above(self, k: int) -> None:
        stack = self.stack
        while len(stack) > k + 1:
            self._close(stack.pop())

    def _close(self, seq: Sequence) -> None:
        self.closed.setdefault((seq.style, seq.items[-1].value + 1), []).append(seq)

    def _new(self, item: Item, parent: Item | None) -> Sequence:
        seq = Sequence(item.style, item.variant, parent, [item])
        self.sequences.append(seq)
        self.stack.append(seq)
        return seq

    def _replace(self, k: int, item: Item) -> Sequence:
        parent = self.stack[k].parent
        self._close_above(k - 1)
        return self._new(item, parent)

    def _nest(self, item: Item) -> Sequence:
        return self._new(item, self.stack[-1].last if self.stack else None)

    def _on_stack(self, item: Item) -> int | None:
        for k, seq in enumerate(self.stack):
            if seq.last is item:
                return k
        return None

    def _written_inline(self, x: Item, values: tuple[int, ...], start: int) -> bool:
        """Whether the missing markers are there after all, inside a paragraph (``…。3、…``), or
        glued onto the heading line above (a page that flattened its headings onto one line:
        ``二、完成情况(一)资金投入情况1.资金分配情况。`` then ``2.…``)."""
        texts = [b.text.value for b in self.part.blocks[max(0, start):x.index] if not isinstance(b, Table)]
        texts.append(x.block.text.value[: x.start])
        head = self.part.blocks[start] if 0 <= start < x.index else None
        if values and values[0] == 1 and x.style != "arabic" and any(
                _glued_run(t, [marker_like(x.marker, x.style, v) for v in (*values, x.value)]) for t in texts):
            return True
        return all(
            any(re.search(inline_marker_pattern(marker_like(x.marker, x.style, v)), t) for t in texts)
            or (head is not None and _glued_to_heading(head, marker_like(x.marker, x.style, v)))
            or _lost_its_di(marker_like(x.marker, x.style, v), texts)
            or (x.style == "arabic" and _glued_to_figure(v, texts))
            for v in values)

    def _judged_across_table(self, x: Item, prev: Item) -> bool:
        """Whether ``x`` after ``prev`` is judged though a table stands between them. List items
        either side of a table may belong to lists it split (its numbered notes); headings on
        both sides are the report's sections: the same number twice is a repeat, and a skipped
        one is missing unless the table holds it."""
        if not (x.is_title and prev.is_title):
            return False
        if x.value == prev.value:
            return True
        skipped = tuple(range(prev.value + 1, x.value))
        return bool(skipped) and not self._in_a_table_between(x, skipped, prev.index)

    def _in_a_table_between(self, x: Item, values: tuple[int, ...], start: int) -> bool:
        """Whether a table between block ``start`` and heading ``x`` may hold the skipped
        headings: one of its cells, its caption or its notes carries a skipped marker (``二、``
        left inside a cell by the reader). A table that carries none hides none: the heading
        ``三、`` after ``一、`` and a table without ``二、`` in it skips a number."""
        markers = [marker_like(x.marker, x.style, v) for v in values]
        k = bisect.bisect_right(self.tables, start)
        for index in self.tables[k:]:
            if index >= x.index:
                break
            if any(m in _table_text(self.part.blocks[index]) for m in markers):
                return True
        return False

    def _find(self, kind: str, item: Item, seq: Sequence, **kw) -> None:
        self.findings.append(Finding(kind, item, seq, **kw))

    # placing an item
    def _place(self, x: Item) -> None:
        self.items.append(x)
        before = self.last_item
        self.last_item = x
        stack = self.stack
        style, value = x.style, x.value
        if style in _HALF_STYLES and self._continues_bracketed(x):
            return
        # the innermost open list of x's style, and the innermost one x continues
        k = cont = None
        for j in range(len(stack) - 1, -1, -1):
            s = stack[j]
            if s.style == style:
                if k is None:
                    k = j
                if s.items[-1].value + 1 == value:
                    cont = j
                    break
        if cont is not None and k is not None and cont < k and _repeats_a_sentence_list(x, stack[k], stack[cont]):
            cont = None  # read against the list it repeats in, not the headings above it
        if cont is not None:
            self._close_above(cont)
            seq = stack[cont]
            prev = seq.items[-1]
            seq.items.append(x)
            if x.variant != prev.variant and len({it.variant for it in seq.items[:-1]}) == 1:
                # ``1、`` then ``2.``: one list, two ways of writing its marker
                self._find("mixed", x, seq, previous=prev, parent=seq.parent)
            return
        if k is None:
            self._open(x)
            return
        seq = stack[k]
        prev = seq.items[-1]
        if x.value == 1:
            self._restart(x, k, before)
            return
        if x.embedded or (self._table_between(prev.index, x.index) and not self._judged_across_table(x, prev)):
            self._replace(k, x)
            return
        if x.value > prev.value + 1:
            self._close_above(k)
            seq.items.append(x)
            missing = tuple(range(prev.value + 1, x.value))
            if len(missing) <= MAX_MISSING and not self._written_inline(x, missing, prev.index) \
                    and not all(names_public_table(it) for it in seq.items):
                self._find("gap", x, seq, previous=prev, missing=missing,
                           parent=seq.parent)
            return
        same = next((it for it in reversed(seq.items) if it.value == x.value), None)
        if x.value == prev.value or (x.is_title and prev.is_title and same is not None):
            self._close_above(k)
            seq.items.append(x)
            self._find("repeat", x, seq, previous=prev, same=same or prev, parent=seq.parent)
            return
        self._replace(k, x)  # backwards in a list: most likely a new list whose start we cannot see

    def _continues_bracketed(self, x: Item) -> bool:
        """``三)`` right after ``（一）（二）``: ``（三）`` with its opening bracket dropped (typed that
        way, or lost when the draft was pasted). It continues the bracketed list, written another
        way, rather than opening a ``一）`` list that starts at 三 (which would be an error)."""
        bracketed = HALF_BRACKETED.get(x.style) or _BRACKETED_HALF.get(x.style)
        # (the other way round, ``一)`` then ``（二）``: the first item lost its opening bracket, and
        # ``（二）`` goes on with its list rather than opening a ``（一）`` list that starts at 二)
        if bracketed is None or any(s.style == x.style and s.last.value + 1 == x.value for s in self.stack):
            return False
        k = next((k for k in range(len(self.stack) - 1, -1, -1)
                  if self.stack[k].style == bracketed and self.stack[k].last.value + 1 == x.value), None)
        if k is None:
            return False
        self._close_above(k)
        seq = self.stack[k]
        prev = seq.last
        seq.items.append(x)
        if x.style in _BRACKETED_HALF:
            seq.style, seq.variant = x.style, x.variant  # the list goes on bracketed: ``（三）`` next
        if prev.style == x.style and prev.variant == x.variant:
            return True  # ``（1）（2）3)4)``: the list goes on as its item before switched, reported there
        self._find("mixed", x, seq, previous=prev, parent=seq.parent)
        return True

    def _numbered_on_across_parents(self, x: Item, parent: Item) -> bool:
        """``(3)`` first under ``2.`` where ``1.``, the sibling just before, held ``(1)`` ``(2)``: sub-items
        counted straight on across their parents (a project's sub-items numbered through), not a list
        under ``2.`` that lost its first two. The count must go back, parent by parent, to a list of
        two or more from 1 (``(5)`` under ``3.`` after ``(3)`` ``(4)`` under ``2.`` goes on from there)."""
        siblings = self.stack[-2].items if len(self.stack) > 1 else []
        k = next((j for j, p in enumerate(siblings) if p is parent), 0)
        value = x.value
        while k > 0:
            before = siblings[k - 1]
            found = next((s for s in self.closed.get((x.style, value), ())
                          if s.variant == x.variant and s.parent is before), None)
            if found is None:
                return False
            if found.items[0].value == 1:
                return len(found.items) >= 2
            value, k = found.items[0].value, k - 1
        return False

    def _goes_on_from_parent(self, x: Item, parent: Item) -> bool:
        """``3.`` right under ``（二）`` that followed ``（一）``: the list of ``（一）（二）`` going on in
        another script (the next number, written ``3.``), not a ``1.`` list under ``（二）`` that
        starts at 3 with its 1 and 2 missing. Only from the list's third item: a ``2.`` under ``（一）``
        may as well be a list that lost its first item."""
        seq = self.stack[-1]
        if (x.value < 3 or x.embedded or parent.value + 1 != x.value or parent.style in STRUCTURAL
                or x.style == seq.style or len(seq.items) < 2):
            return False
        if any(style == x.style and any(c.variant == x.variant for c in found)
               for (style, _value), found in self.closed.items()):
            return False  # a list of x's own that a higher style interrupted (1、（一）（二）3、): its gap
        seq.items.append(x)
        seq.style, seq.variant = x.style, x.variant  # the list goes on in figures: ``4.`` next
        self._find("mixed", x, seq, previous=parent, parent=seq.parent)
        return True

    def _restart(self, x: Item, k: int, before: Item | None) -> None:
        stack = self.stack
        seq = stack[k]
        prev = seq.last
        inverted = k < len(stack) - 1
        ref = before.index if before is not None else -1
        parent = stack[-1].last
        if prev.embedded and not x.embedded and prev.index < x.index:
            # ``其中:1.…;2.…`` inside a paragraph is that sentence's list: a line of its own
            # numbered 1 further on opens a list of its own
            self._replace(k, x)
            return
        quiet = (x.embedded or x.variant != seq.variant or self._label_since(ref)
                 or self._table_between(ref, x.index)
                 # ``…附后）。 三、预算执行情况`` then ``（一）``: a parent heading run onto a paragraph
                 or self._heading_glued_since(ref, x.index, {s.style for s in stack[:k]})
                 # two lists of paragraphs with prose in between: a second list, not a restart
                 or (not x.is_title and not prev.is_title and x.index - ref > 1)
                 # list paragraphs only: too loose to call the levels inverted
                 or (inverted and not x.is_title and not parent.is_title)
                 # ``1.`` on every item: Markdown's automatic numbering
                 or (prev.value == 1 and x.marker == prev.marker == "1."))
        if x.value == 1 and seq.items[0].value > 1 and seq.parent is None \
                and not any(style == x.style for style, _ in self.closed):
            # ``第四部分 名词解释`` (or ``第五部分 附表`` › ``一、…``, or ``四、名词解释``) then ``第一部分``
            # (``一、``), the first items of their style in the text: a top-level run that opens above
            # 1 is the tail of a contents list an excerpt was cut inside; the body numbers from 1
            self._replace(k, x)
            return
        top_level = all(s.style in STRUCTURAL for s in stack[:k])
        if top_level and not quiet and not inverted and prev.value == 1 and len(seq.items) == 1 \
                and x.is_title and prev.is_title:
            # ``一、`` ``一、`` ``二、``: a report numbers from 一、 again after a whole list, never
            # after one heading of its own (a list of one is no list): the second is a repeat
            self._close_above(k)
            seq.items.append(x)
            self._find("repeat", x, seq, previous=prev, same=prev, parent=seq.parent)
            return
        if top_level and not quiet and not inverted and prev.value == 1 and len(seq.items) == 1 \
                and x.index == prev.index + 1 and not x.is_title and _run_in_heading_alone(prev):
            # ``（一）基本情况。`` then ``（一）贯彻…（二）…``: the items under a run-in heading numbered
            # in its own style, from 1 again right after it: the second ``（一）`` is a repeat
            self._close_above(k)
            seq.items.append(x)
            self._find("repeat", x, seq, previous=prev, same=prev, parent=seq.parent)
            return
        if top_level and (quiet or not inverted) and not _under_glossary(prev, x):
            self._replace(k, x)  # a new report or a nested one: it numbers from 一、 again
            return
        if quiet:
            self._nest(x)
            return
        if not inverted and prev.value == 1:
            self._close_above(k)
            seq.items.append(x)
            self._find("repeat", x, seq, previous=prev, same=prev, parent=seq.parent)
            return
        if inverted:
            new = self._nest(x)
        else:
            new = self._replace(k, x)
        self._find("restart", x, new, previous=prev, parent=parent, inverted=inverted)

    def _open(self, x: Item) -> None:
        """``x``'s style is not open: revive the sequence it continues or start a new one."""
        continued = self.closed.get((x.style, x.value), [])
        for seq in reversed(continued):
            if seq.parent is not None:
                k = self._on_stack(seq.parent)
                if k is not None:
                    continued.remove(seq)
                    self._close_above(k)
                    self.stack.append(seq)
                    seq.items.append(x)
                    return
            elif x.variant == seq.variant:
                # a top-level list (no parent: the part's, or an excerpt's, first level) that a
                # higher style interrupted, as units that put 1、 above （一） write it: it goes on
                continued.remove(seq)
                self._close_above(-1)
                self.stack.append(seq)
                seq.items.append(x)
                return
        while self.stack and STYLE_RANK[self.stack[-1].style] > STYLE_RANK[x.style]:
            self._close(self.stack.pop())
        parent = self.stack[-1].last if self.stack else None
        if parent is not None and self._goes_on_from_parent(x, parent):
            return
        seq = self._new(x, parent)
        if x.value == 1 or x.embedded or x.value - 1 > MAX_MISSING:
            return
        if self._table_between(parent.index if parent else -1, x.index):
            return
        if self._written_inline(x, tuple(range(1, x.value)), parent.index if parent else 0):
            return
        if parent is not None and parent.style in STRUCTURAL and any(
                s.variant == x.variant for s in self.closed.get((x.style, x.value), ())):
            return  # numbering that runs on across 第一部分 / 第二部分
        if parent is not None and self._numbered_on_across_parents(x, parent):
            return  # (1)(2) under 1., (3) under 2.: sub-items numbered on across their parents
        unmarked = self._unmarked_title_first(parent, x) if x.value == 2 else None
        self._find("start", x, seq, parent=parent, missing=tuple(range(1, x.value)),
                   unmarked_first=unmarked is not None, unmarked_block=unmarked)


# a glossary's heading (名词解释, 对专业性较强的名词进行解释): its entries are its children
_GLOSSARY = lazy_compile(r"名词.{0,4}解释")


_RUN_IN_WORDS = 10  # Chinese characters a run-in heading standing alone may have (基本情况, 部门职责)


def _run_in_heading_alone(item: Item) -> bool:
    """A paragraph that is only a short run-in heading: ``（一）基本情况。``, ``（二）部门职责：``."""
    words = item.title
    return (not item.embedded and 2 <= len(words) - 1 <= _RUN_IN_WORDS and words[-1] in "。：:"
            and all("\u4e00" <= ch <= "\u9fff" for ch in words[:-1]))


def _under_glossary(prev: Item, x: Item) -> bool:
    """Whether ``x`` (一、) stands right under ``prev``, a glossary's heading numbered in its own
    style (``五、对专业性较强的名词进行解释`` then ``一、财政拨款收入：…``): the glossary's first entry
    numbered like its parent, not a new report numbering from 一、 again."""
    return (x.value == 1 and x.index == prev.index + 1 and prev.is_title and len(prev.title) <= 20
            and _GLOSSARY.search(prev.title) is not None)


# a paragraph item that opens with a short head of its own, its text after it (``（二）机构设置：本局
# 内设…``, ``（二）项目资金情况。本项目…``): a heading run into its text; a short sentence that ends
# there (``（二）负责信访工作。``) is an item of the list
_RUN_IN_HEAD = lazy_compile(r"^[^，,。；;：:]{1,12}[。：:]\s*\S")


def _repeats_a_sentence_list(x: Item, inner: Sequence, outer: Sequence) -> bool:
    """Whether ``x``, which both repeats the last number of ``inner`` and goes on from the last of
    ``outer`` (a list of its style further out), is the repeat: ``inner`` a list of sentences
    (a unit's duties, ``（一）宣传…。（二）讨论…。``) nested under ``outer``'s headings of the same
    style (``（一）部门职能``), and ``x`` a sentence like them (``（二）组织召开…。`` after ``（二）讨论…``),
    neither a heading nor a paragraph opening on a head of its own (``（二）机构设置：…``): the next
    heading is a title, the duty written after a duty is one of them."""
    if x.is_title or x.embedded or x.value != inner.last.value or len(inner.items) < 2:
        return False
    if any(it.is_title or it.embedded for it in inner.items) or not all(it.is_title for it in outer.items):
        return False
    return _RUN_IN_HEAD.match(x.title) is None


_GLUED_LEAD = "[\u4e00-\u9fff）)]"
_FLATTENED_LINE = 60  # a line this long holding a whole numbered run is a page flattened by its reader


def _glued_run(text: str, markers: list[str]) -> bool:
    """Whether ``text`` is a page flattened onto one line (a PDF or web page that lost its line
    breaks: ``…目录第一部分…概况一、部门职责二、机构设置第二部分…``) that holds ``markers`` glued in
    order, from the first: the list ``二、`` or ``第二部分`` goes on from began there, inside the
    run, where no sentence mark leads the marker in. Not arabic numbers: ``1、2``, ``2.5`` run
    through figures."""
    if len(text) < _FLATTENED_LINE:
        return False
    at = 0
    for marker in markers:
        at = text.find(marker, at)
        if at < 0:
            return False
        at += len(marker)
    return True


def _glued_to_heading(block: Block, marker: str) -> bool:
    """Whether ``marker`` is glued onto a numbered heading line, right after its title (``…情况
    分析1.资金分配情况``): the line is a run of headings flattened together, and the marker on it
    opens the list below. Only within the titles (before any sentence mark), never inside prose."""
    if isinstance(block, (Table, TocEntry)) or block_marker(block) is None:
        return False
    value = block.text.value
    m = re.search(rf"(?<={_GLUED_LEAD}){re.escape(marker)}(?=[\u4e00-\u9fff])", value)
    return m is not None and m.start() <= _TITLE_LINE and not has_sentence_punct(value[:m.start()])


def _cut_open(part: Part, item: Item) -> bool:
    """An excerpt's first line opening with a marker whose opening bracket is missing (``二)``):
    the copy began inside ``(二)``, and what the marker stands above is not known."""
    return (item.block is part.blocks[0] and item.start == 0 and item.marker.endswith((")", "）"))
            and not item.marker.startswith(("(", "（")))


def _numbered_title(po: PartOutline) -> tuple[str, str, int] | None:
    """The style, variant and value of the marker the part's report title carries, if any."""
    part = po.part
    if not part.blocks or not is_report_title(part.title):
        return None
    index = po.title_at
    block = part.blocks[index]
    found = po.markers[index] if not isinstance(block, Table) else None
    if found is None or compact(block.text.value) not in part.title:
        return None
    item = Item(block, index, found[0])
    return item.style, item.variant, item.value


def part_outline(part: Part) -> PartOutline:
    return _Walker(part).run()


def outline(doc: Document) -> list[PartOutline]:
    """One outline per part. A part whose first items pick up where the previous part's
    numbering stopped (a report split at a title-like line) does not count as starting above 1,
    nor does the top of an excerpt (a part with no report title). Markers inside flattened
    paragraphs and in a table of contents are read by :mod:`perflint.extract.list_markers`."""
    from perflint.extract.list_markers import marker_findings  # it builds on this module's items

    result: list[PartOutline] = []
    for part in doc.parts:
        po = part_outline(part)
        po.findings.extend(marker_findings(po))
        if not is_report_title(part.title) or opens_on_a_cut_title(doc, part):
            # An excerpt (no report title, or a title the copy began inside: 园2017年度…): its
            # first item at a level may follow items cut off above it; only an item with a
            # visible parent can be said to start late.
            po.findings = [f for f in po.findings if not (f.kind == "start" and (
                f.parent is None or _cut_open(part, f.parent)))]
            if po.items:
                for f in po.findings:
                    f.at_the_cut = f.kind == "start" and f.parent is po.items[0]
        for f in po.findings:
            f.in_contents = f.kind == "start" and _under_contents_heading(part, f.item.index)
            if f.kind == "start":
                f.garbled_before = _garbled_between(part, f.parent.index if f.parent else po.title_at,
                                                    f.item.index)
        if (numbered := _numbered_title(po)) is not None:
            # a title written as an item of a list (三、某校2021年度部门决算说明): the list goes on
            # from the title's number (四、), it does not start there
            po.findings = [f for f in po.findings if not (
                f.kind == "start" and f.parent is None and (f.item.style, f.item.variant) == numbered[:2]
                and f.item.value == numbered[2] + 1)]
        if result:
            ends = {(s.style, s.variant): s.last.value for s in result[-1].sequences}
            po.findings = [f for f in po.findings if not (
                f.kind == "start" and ends.get((f.item.style, f.item.variant), -9) + 1 == f.item.value
                and (f.parent is None or f.parent.style in STRUCTURAL))]
        result.append(po)
    return result


# -- naming items in messages ---------------------------------------------------------------
def describe(item: Item, width: int = 12) -> str:
    """An item as a reader names it: its marker and the start of its title (``（二）项目资金情况``)."""
    title = _TITLE_BREAK.split(item.title, maxsplit=1)[0].strip()
    if len(title) > width:
        title = title[:width] + "…"
    return item.marker + title


def markers(item: Item, values: tuple[int, ...]) -> str:
    """``“（三）”“（四）”``: the markers of ``values`` in ``item``'s shape."""
    return "".join(f"“{marker_like(item.marker, item.style, v)}”" for v in values)


def _garbled_between(part: Part, start: int, end: int) -> bool:
    """Whether a block from ``start`` up to (not including) ``end`` holds garbled text."""
    from perflint.text.garbled import garbled

    return any(not isinstance(b, Table) and garbled(b.text.value) for b in part.blocks[max(start, 0):end])


def _under_contents_heading(part: Part, index: int) -> bool:
    """Whether the nearest non-empty block above block ``index`` is a 目录 / 目次 heading, alone
    or after the report's name (某县林业局2022年度部门决算目录): a short line, no sentence."""
    for block in reversed(part.blocks[:index]):
        if isinstance(block, Table):
            return False
        text = compact(block.text.value)
        if text:
            return text.endswith(("目录", "目次")) and len(text) <= _TITLED_CONTENTS_MAX \
                and not any(c in text for c in "，。；：,;:")
    return False


_TITLED_CONTENTS_MAX = 40  # a report's name and 目录; a longer line is a sentence that ends in the word


def _glued_to_figure(value: int, texts: list[str]) -> bool:
    """Whether a line between the two items opens with the missing number, its dot and a figure
    run into it (``2.164个农家书屋…`` between ``1.`` and ``3.``): the item's marker, read as the
    figure 2.164 because the draft wrote no space after the dot. The number is there."""
    head = f"{value}."
    for t in texts:
        t = t.lstrip()
        if t.startswith(head) and t[len(head):len(head) + 1].isdigit():
            return True
    return False


def _lost_its_di(marker: str, texts: list[str]) -> bool:
    """Whether a line between opens with ``marker`` that lost its 第 (``四部分`` for ``第四部分``):
    the item is there, mistyped; T801 reports the slip at its line, and a gap at the next
    heading would report the same slip a second time, at the wrong line."""
    if not marker.startswith("第") or len(marker) < 3:
        return False
    bare = marker[1:]
    return any(t.lstrip().startswith(bare) for t in texts)
