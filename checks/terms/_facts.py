"""The texts the terms checks read, and what :func:`perflint.extract.terms.scan` finds in them.

Scanned once per document and shared by the three checks (each slip lands in exactly one of
the finder's lists, so no two checks report the same characters).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter, is_not

from perflint.check import Context
from perflint.extract.slips import JoinedTexts, joined_texts
from perflint.extract.terms import NOTHING, Match, TermFindings
from perflint.extract.wording import Text
from perflint.facts import facts_of
from perflint.model import Document, Location, SourceText

_VALUE = attrgetter("text.value")
_TERMS = attrgetter("found.terms")


@dataclass(frozen=True)
class ScannedText:
    """A text of the document and the term findings its scan made."""

    source: SourceText
    findings: TermFindings


def texts(doc: Document) -> list[Text]:
    """Every paragraph, heading and table-of-contents text, and every non-empty table cell, each
    with its wording findings computed once (:mod:`perflint.extract.wording`)."""
    return facts_of(doc).texts


def values(doc: Document, ctx: Context) -> list[str]:
    """The values of :func:`texts`, in the same order (one list, shared by the checks)."""
    return ctx.cached(doc, "terms.values", lambda d: list(map(_VALUE, texts(d))))


def joined(doc: Document, ctx: Context) -> JoinedTexts:
    """:func:`values` joined by ``"\n"``: a search of the whole draft in one call, mapped back
    to a text by :meth:`JoinedTexts.place` (a check's test of every text in Python is what it
    saves)."""
    return joined_texts(values(doc, ctx))


def _build(doc: Document) -> list[ScannedText]:
    # (scan answers every text with nothing to report with the one empty findings object: the
    # others are picked out in C, with no Python step for each text)
    # A garbled text (a mirror's wrong decoding, ``?。ㄒ唬╉?xiàng)目概況``) is the host's, not the
    # draft's: the garble eats the characters around it, so its near misses are not read.
    from perflint.text.garbled import garbled

    items = texts(doc)
    found = list(map(_TERMS, items))
    return [ScannedText(t.text, findings) for t, findings in compress(zip(items, found, strict=True),
                                                                       map(is_not, found, repeat(NOTHING)))
            if (findings.misspellings or findings.typos or findings.doubled) and not garbled(t.text.value)]


def term_findings(doc: Document, ctx: Context) -> list[ScannedText]:
    return ctx.cached(doc, "terms.findings", _build)


def grouped(doc: Document, ctx: Context, kind: str) -> Iterator[tuple[Match, Location, list[Location]]]:
    """The slips of one finder (``misspellings``, ``typos`` or ``doubled``), one per distinct
    ``wrong → right`` pair: a slip in a template sentence copied under every table is one defect.
    Yields the first occurrence, its location, and the locations of the copies."""
    seen: dict[tuple[str, str], tuple[Match, Location, list[Location]]] = {}
    for scanned in term_findings(doc, ctx):
        for m in getattr(scanned.findings, kind):
            where = scanned.source.locate(m.start, m.end)
            key = ("".join(m.text.split()), m.suggestion)
            if key in seen:
                seen[key][2].append(where)
            else:
                seen[key] = (m, where, [])
    yield from seen.values()
