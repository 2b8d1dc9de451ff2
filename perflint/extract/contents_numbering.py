"""Numbers repeated inside a table of contents (``3、人员情况`` then ``3、资金情况``).

The outline the numbering checks read leaves the contents out: its entries come back as the body's
headings, read there. An excerpt cut before its body, or a body whose headings were renumbered,
leaves the contents' own numbering unread; the same reading of siblings applies to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, Heading, TocEntry
from perflint.read.toc import spaced_page
from perflint.text.normalise import compact
from perflint.text.numbering import STYLE_RANK


@dataclass(frozen=True)
class ContentsRepeat:
    """``entry`` carries the number its previous sibling ``previous`` already carries."""

    entry: TocEntry
    previous: TocEntry


def contents_repeats(doc: Document) -> list[ContentsRepeat]:
    """Entries of a contents run numbered like the sibling right before them, when the body does
    not bring the entry back as a heading (there the body's own reading, or the contents' match
    against it, says what is wrong)."""
    out = []
    for part in doc.parts:
        runs: list[list[TocEntry]] = [[]]
        for block in part.blocks:
            if isinstance(block, TocEntry):
                runs[-1].append(block)
            elif runs[-1]:
                runs.append([])
        if not any(runs):
            continue
        headings = {compact(b.title) for b in part.blocks if isinstance(b, Heading) and b.title}
        for run in runs:
            out.extend(r for r in _repeats(run) if compact(r.entry.title) not in headings)
    return out


def _repeats(run: list[TocEntry]) -> list[ContentsRepeat]:
    """The classic reading of an outline: each marker style a level, a style seen before closes
    the levels opened after it, and a sibling's number follows the one before it."""
    levels: list[tuple[str, TocEntry]] = []  # (style, the last entry of that level)
    out = []
    for entry in run:
        numbering = entry.numbering
        if numbering is None:
            continue
        at = next((k for k, (style, _) in enumerate(levels) if style == numbering.style), None)
        if at is None:
            if STYLE_RANK.get(numbering.style) == 0:
                # 第二部分 is above every list, wherever the run began (after 第一部分 read as a
                # heading, not as an entry): it closes the lists before it
                levels = [(numbering.style, entry)]
                continue
            levels.append((numbering.style, entry))
            continue
        previous = levels[at][1]
        del levels[at + 1:]
        levels[at] = (numbering.style, entry)
        if previous.numbering is not None and previous.numbering.value == numbering.value:
            out.append(ContentsRepeat(entry, previous))
    return out


@dataclass(frozen=True)
class PageDip:
    """``entry`` is given a page before the page of ``previous``, the entry right before it,
    while ``following``, the entry right after it, goes on from ``previous``'s page."""

    entry: TocEntry
    previous: TocEntry
    following: TocEntry
    page: int
    previous_page: int
    following_page: int
    rise: bool = False  # the page jumps past the entry right after it (``3`` / ``4`` / ``3``)


def contents_runs(doc: Document) -> list[list[tuple[TocEntry, int | None]]]:
    """Each part's runs of contents entries in a row, each entry with its page (None: none given);
    the reader takes a page typed after a space off the titles only where the pages never go
    down: read here from the line (``三、绩效评价工作情况 5``). One walk over the blocks for both
    readings of the pages below."""
    return [[(entry, entry.page if entry.page is not None else spaced_page(entry.text.value)) for entry in run]
            for run in doc.runs_of(TocEntry)]


def page_dips(doc: Document, runs: list[list[tuple[TocEntry, int | None]]] | None = None) -> list[PageDip]:
    """Contents entries whose page goes back in a run that otherwise goes on (``二、…7`` /
    ``三、…5`` / ``（一）…8``), or runs ahead of the entries on both sides of it, both on one page
    (``第二部分…3`` / ``第三部分…4`` / ``一、…3``: ``rise``): a page mistyped, or an entry moved without its page updated. A
    run that starts again from a low page (a bundle's next report, the annexes numbered on their
    own) goes back and stays back: no entry of it is reported. Entries without a page are passed
    over."""
    out = []
    for whole in contents_runs(doc) if runs is None else runs:
        run = [(entry, page) for entry, page in whole if page is not None]
        for (prev, a), (entry, b), (nxt, c) in zip(run, run[1:], run[2:], strict=False):
            if b < a <= c:
                out.append(PageDip(entry, prev, nxt, b, a, c))
            elif a == c < b:
                # the entries on both sides are on one page, so this one is on it too: its page runs
                # ahead (a part's heading given the page of its second section, ``第二部分…3`` /
                # ``第三部分…4`` / ``一、…3``); a run that starts again lower starts below it
                out.append(PageDip(entry, prev, nxt, b, a, c, rise=True))
    return out


@dataclass(frozen=True)
class PageGap:
    """``entry`` gives no page where ``previous`` and ``following``, its siblings on both sides,
    give theirs."""

    entry: TocEntry
    previous: TocEntry
    following: TocEntry


# A contents run gives pages if this many entries of it give one; an entry among them that gives
# none is a gap only while such entries are this few (more are a contents paged in places only).
_PAGED_ENTRIES = 4
_MAX_GAPS = 2


def page_gaps(doc: Document, runs: list[list[tuple[TocEntry, int | None]]] | None = None) -> list[PageGap]:
    """Contents entries that lost their page among paged siblings (``五、…决算明细表 70`` /
    ``六、…决算表`` / ``七、…基本支出决算表 70``): numbered in the same style as the entries right
    above and below it, one number on from the first and one before the second (so no title
    running on to the next line, no part heading over its paged entries), both of which give a
    page. A page left as the template's empty brackets is B304's."""
    out = []
    for run in contents_runs(doc) if runs is None else runs:
        if sum(page is not None for _, page in run) < _PAGED_ENTRIES:
            continue
        gaps = [PageGap(entry, prev, nxt)
                for (prev, a), (entry, b), (nxt, c) in zip(run, run[1:], run[2:], strict=False)
                if b is None and a is not None and c is not None and not entry.page_left_blank
                and _ends_in_title(entry) and _siblings(prev, entry, nxt)]
        if len(gaps) <= _MAX_GAPS:
            out.extend(gaps)
    return out


def _ends_in_title(entry: TocEntry) -> bool:
    """Whether the entry's line ends in its title's words: a page the reader did not take
    (``……(3-13)``, a range) is no page left out."""
    value = entry.text.value.rstrip()
    return bool(value) and ("\u4e00" <= value[-1] <= "\u9fff" or value[-1] in "”》")


def _siblings(previous: TocEntry, entry: TocEntry, following: TocEntry) -> bool:
    """Whether the three entries are one list's items in a row (五、 六、 七、)."""
    a, b, c = previous.numbering, entry.numbering, following.numbering
    return (a is not None and b is not None and c is not None and a.style == b.style == c.style
            and a.value + 1 == b.value == c.value - 1)
