"""Facts the units checks share: the prose texts of each part sorted by what they may hold."""

from __future__ import annotations

from itertools import chain

from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.facts import facts_of
from perflint.model import Document, Part, SourceText

from .._text_classes import may_answer


def prose_with(doc: Document, part: Part, finders: tuple[str, ...]) -> list[tuple[object, SourceText]]:
    """``part_prose(doc, part)`` without the texts for which none of the wording finders named
    ``finders`` can find anything, in the same order.

    A short text's findings are of a class that answers a finder with a plain empty value when
    the text lacks the characters the finder needs (:mod:`perflint.extract.wording`), the same for
    every text of the class. The part's prose is sorted by that class once per document (a few
    dozen classes), and a check walks only the texts of the classes that may answer one of its
    finders: the family's checks each walked every paragraph and asked it in turn, most of them
    for nothing (no 亩 or 米 for the measures, no % for the rates)."""
    by_part = facts_of(doc).cached("units.prose_by_class", _by_class)
    groups = by_part.get(id(part))
    if groups is None:
        return part_prose(doc, part)  # a part of no document's list: all of its prose
    picked = may_answer(groups, finders)
    if len(picked) == 1:
        return [(block, source) for _, block, source in picked[0]]
    return [(block, source) for _, block, source in sorted(chain.from_iterable(picked), key=_order)]


def _order(entry: tuple[int, object, SourceText]) -> int:
    return entry[0]


def _by_class(doc: Document) -> dict[int, dict[type, list[tuple[int, object, SourceText]]]]:
    out: dict[int, dict[type, list[tuple[int, object, SourceText]]]] = {}
    for part in doc.parts:
        groups: dict[type, list[tuple[int, object, SourceText]]] = {}
        for k, (block, source) in enumerate(part_prose(doc, part)):
            cls = type(text_facts(source.value))
            found = groups.get(cls)
            if found is None:
                groups[cls] = [(k, block, source)]
            else:
                found.append((k, block, source))
        out[id(part)] = groups
    return out
