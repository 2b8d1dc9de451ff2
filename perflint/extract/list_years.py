"""List items whose number ran into the year the item opens with (``12018年…`` / ``22018年…``).

A list of dated items (``1、2018年市里印发…`` / ``2、2018年省里印发…``) that lost its 、 reads as
five-digit years. The digits before the year are the list's number when the items around it are
numbered in sequence: the nearest numbered item of its kind before it is numbered n−1 or the one
after it n+1 (glued the same way or written with a marker). Such a text is still wrong, but it is not a year with a doubled digit.
"""

from __future__ import annotations

from perflint.model import Document
from perflint.text.dates import MalformedYear, list_number_glued_to_year
from perflint.text.numbering import parse_marker

_LIST_STYLES = ("arabic", "arabic_half")  # the markers a glued arabic number stands for
_REACH = 4  # the texts of its kind looked at on each side for the item's neighbours
_WHERE = ("heading", "paragraph")


def glued_list_years(doc: Document) -> dict[int, MalformedYear]:
    """The list numbers run into a year, by the ``id`` of the text (a
    :class:`~perflint.extract.wording.Text`'s ``text``) they open, where the items around them
    are numbered in sequence."""
    from perflint.facts import facts_of

    texts = [t for t in facts_of(doc).texts if t.where in _WHERE]
    glued = {k: found for k, t in enumerate(texts) if (found := list_number_glued_to_year(t.value)) is not None}
    if not glued:
        return {}
    out: dict[int, MalformedYear] = {}
    for k, (number, finding) in glued.items():
        before = _sibling_number(texts, glued, k, -1)
        after = _sibling_number(texts, glued, k, 1)
        if before == number - 1 or after == number + 1:
            out[id(texts[k].text)] = finding
    return out


def _sibling_number(texts: list, glued: dict[int, tuple[int, MalformedYear]], k: int, step: int) -> int | None:
    """The number of the nearest numbered item before (``step`` −1) or after (+1) the text at
    ``k``, among texts of its kind in its part: a paragraph's siblings are paragraphs up to the
    nearest heading (a heading numbered 1 above a list is not its item 1); a heading's are
    headings."""
    me = texts[k]
    j, seen = k + step, 0
    while 0 <= j < len(texts) and seen < _REACH:
        t = texts[j]
        if t.part is not me.part:
            return None
        if t.where == me.where:
            seen += 1
            number = _number_of(t.value, glued.get(j))
            if number is not None:
                return number
        elif me.where == "paragraph":
            return None  # a heading ends the paragraph's list
        j += step
    return None


def _number_of(text: str, glued: tuple[int, MalformedYear] | None) -> int | None:
    """The item number a text opens with: its glued number, or its arabic marker's."""
    if glued is not None:
        return glued[0]
    if not text[:3].lstrip()[:1].isdigit():
        return None
    found = parse_marker(text)
    return found[0].value if found is not None and found[0].style in _LIST_STYLES else None
