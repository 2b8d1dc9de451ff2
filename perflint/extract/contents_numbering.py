"""Numbers repeated inside a table of contents (``3、人员情况`` then ``3、资金情况``).

The outline the numbering checks read leaves the contents out: its entries come back as the body's
headings, read there. An excerpt cut before its body, or a body whose headings were renumbered,
leaves the contents' own numbering unread; the same reading of siblings applies to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, Heading, TocEntry
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
