"""Headings placed above the level they belong under (``（一）主要职责`` right before ``一、部门
主要职责``).

Chinese official documents nest 一、 → （一） → 1. → （1） (GB/T 9704). A （一） heading that
stands right before the first 一、 of its part, with nothing between them, is a sub-heading above
its parent when a 二、 follows, or when the two carry one title (a heading written twice at two
levels; an excerpt may end before the 二、).
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, Heading
from perflint.text.normalise import compact

# a style and the one it nests directly under
_PARENT = {"paren_cn": "cn", "paren_arabic": "arabic"}
_PART_STYLES = frozenset({"part", "chapter"})


@dataclass(frozen=True)
class OrphanSubheading:
    """``heading`` (value 1 of its style) stands right before ``parent``, the first heading of
    the level it belongs under."""

    heading: Heading
    parent: Heading


def orphan_subheadings(doc: Document) -> list[OrphanSubheading]:
    out = []
    for part in doc.parts:
        blocks = part.blocks
        seen: set[str] = set()  # styles used since the last 第X部分
        for i, block in enumerate(blocks):
            if not isinstance(block, Heading) or block.numbering is None:
                continue
            style = block.numbering.style
            if style in _PART_STYLES:
                seen = set()
                continue
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            parent_style = _PARENT.get(style)
            if (parent_style is not None and block.numbering.value == 1 and parent_style not in seen
                    and isinstance(nxt, Heading) and nxt.numbering is not None
                    and nxt.numbering.style == parent_style and nxt.numbering.value == 1
                    and (_same_title(block, nxt) or _goes_on(blocks[i + 2:], parent_style))):
                out.append(OrphanSubheading(block, nxt))
            seen.add(style)
    return out


def _same_title(a: Heading, b: Heading) -> bool:
    """Whether one title holds the other (主要职责 / 部门主要职责): one heading at two levels."""
    x, y = compact(a.title), compact(b.title)
    return len(x) >= 2 and len(y) >= 2 and (x in y or y in x)


def _goes_on(rest: list, style: str) -> bool:
    """Whether a second heading of ``style`` (二、) follows before the next 第X部分."""
    for block in rest:
        if isinstance(block, Heading) and block.numbering is not None:
            if block.numbering.style in _PART_STYLES:
                return False
            if block.numbering.style == style and block.numbering.value == 2:
                return True
    return False
