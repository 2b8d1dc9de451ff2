"""Headings whose whole title is a standard outline title with one character confused
(``一、完咸情况`` for 完成情况).

The near-miss reader of :mod:`perflint.extract.terms` looks for the longer terms anywhere in a
text; the short titles of the outlines (完成情况, 存在问题, 主要做法 …) are not among them: their
halves (完成, 情况, 问题) are in every sentence of a report, and a short title inside a sentence
reads as other words too. A heading is another matter: after its marker it holds the title and
nothing else, so a title that differs from a standard one in one place, by a character the
vocabulary knows to be confused with the right one (a homophone or look-alike), and is itself no
known word, was mistyped.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, Heading, SourceText, TocEntry

# The vocabulary's groups of section titles (part_heads reads the same ones), and the short
# titles that are read only as a heading's whole title.
_TITLE_GROUPS = ("reports", "final_accounts_sections", "published_wording", "report_outlines")
_MIN_LEN = 4  # a title of three characters or less differs from too many words by one
# What may close a heading or contents entry after its title: a colon, a full stop, dot leaders
# and a page number.
_TRAILING = " \t\u3000:：。.．…·-—0123456789"


@dataclass(frozen=True)
class ConfusedTitle:
    """``source.value[start:end]`` is a heading's whole title, ``term`` with one character
    confused."""

    source: SourceText
    start: int
    end: int
    text: str
    term: str


def _titles_by_length(raw: dict) -> dict[int, tuple[str, ...]]:
    """The standard titles of the outlines, by length (the heading-only ones with them)."""
    groups = raw.get("terms") or {}
    titles = {t for g in _TITLE_GROUPS for t in (groups.get(g) or ())}
    titles |= set(raw.get("heading_titles") or ())
    out: dict[int, list[str]] = {}
    for t in sorted(titles):
        if len(t) >= _MIN_LEN:
            out.setdefault(len(t), []).append(t)
    return {n: tuple(ts) for n, ts in out.items()}


def _title_span(block: Heading | TocEntry) -> tuple[int, int] | None:
    """Where the title stands in a numbered heading's text: after the marker and before what may
    close it."""
    if block.numbering is None:
        return None
    value = block.text.value
    at = value.find(block.numbering.marker)
    if at < 0:
        return None
    start = at + len(block.numbering.marker)
    while start < len(value) and value[start] in " \t\u3000:：":
        start += 1
    end = len(value.rstrip(_TRAILING))
    return (start, end) if end - start >= _MIN_LEN else None


def confused_heading_titles(doc: Document) -> list[ConfusedTitle]:
    """Numbered headings and contents entries whose whole title is a standard title with one
    character replaced by one the vocabulary lists as confused with it."""
    from perflint import data
    from perflint.extract.terms import vocabulary

    titles = data.derived("terms", _titles_by_length, __file__)
    vocab = None
    out = []
    for part in doc.parts:
        for block in part.blocks:
            if not isinstance(block, (Heading, TocEntry)):
                continue
            span = _title_span(block)
            if span is None:
                continue
            title = block.text.value[span[0]:span[1]]
            candidates = titles.get(len(title), ())
            if not candidates or title in candidates:
                continue
            vocab = vocab or vocabulary()
            if title in vocab.known:
                continue
            for term in candidates:
                diffs = [i for i, (a, b) in enumerate(zip(title, term, strict=True)) if a != b]
                if len(diffs) == 1 and vocab.confused(title[diffs[0]], term[diffs[0]]):
                    out.append(ConfusedTitle(block.text, span[0], span[1], title, term))
                    break
    return out
