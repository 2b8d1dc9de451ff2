"""Text and indicators copied between reports: the reviewer's pass over many units' drafts.

A finance bureau receives hundreds of reports and wants to see where units copied each other
(or last year's report of another unit): the same paragraph of results, the same indicator
with the same target and actual. Within one draft the duplicates family already does this;
across drafts it cannot, because checks see one document at a time. This module works on
:class:`Passage` records — small, picklable, extracted from each document by the worker that
linted it — and clusters them.

The clustering is close to linear in the corpus, never all pairs:

* each paragraph is compared in a compact form (folded, without spaces and punctuation) and
  sketched by its ``SKETCH`` smallest character-shingle hashes (a bottom-k MinHash);
* passages that share at least ``MIN_SHARED`` sketch values are candidates, found through an
  index from sketch value to passages; a value shared by more than ``MAX_BUCKET`` passages is
  template text everyone writes and is not used to pair;
* each candidate pair is verified with rapidfuzz's ratio, and verified pairs are joined
  (union-find) into clusters that span at least two files.

Indicators are compared exactly (name, target and actual written the same); a rate filled in as
a bare percentage (``100%``) is too common to mean a copy and is left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

try:  # CPython's own BLAKE2: hashlib would load OpenSSL's library at every start (a check imports this)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - another implementation
    from hashlib import blake2b

from perflint.extract.template_passages import is_template_passage
from perflint.model import Document, Location, Paragraph
from perflint.text.normalise import compact, fold

MIN_CHARS = 40  # a paragraph shorter than this (compared form) is not worth reporting
SHINGLE = 5
SKETCH = 12
MIN_SHARED = 3
MAX_BUCKET = 40
THRESHOLD = 0.9
MIN_INDICATOR_NAME = 6
_PUNCT = set("，。；：、！？,.;:!?()（）“”‘’\"'《》【】[]-—·…|")


@dataclass(frozen=True)
class Passage:
    """One paragraph or indicator of one draft, as the cross-document pass compares it."""

    path: str
    line: int
    column: int
    kind: str  # paragraph | indicator
    text: str  # as written, for messages
    key: str  # the compared form
    native: str | None = None  # the place in an office file (表3 第4行 第2列, 自评表!F12)

    @property
    def location(self) -> Location:
        return Location(self.path, self.line, self.column, native=self.native)


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text).text if ch not in _PUNCT)


def passages_of(doc: Document) -> list[Passage]:
    """The passages of a draft worth comparing with other drafts."""
    from perflint.read.rendering import native_location

    out: list[Passage] = []
    for _part, block in doc.blocks():
        if isinstance(block, Paragraph) and not is_template_passage(block):
            key = _key(block.text.value)
            if len(key) >= MIN_CHARS:
                loc = block.text.locate()
                out.append(Passage(doc.path, loc.line, loc.column, "paragraph", block.text.value.strip(), key,
                                   native_location(doc, loc.line, loc.column)))
    for part in doc.parts:
        for se in part.forms or []:
            for ind in se.indicators:
                target, actual = ind.target, ind.actual
                if len(ind.name) < MIN_INDICATOR_NAME or target is None or actual is None:
                    continue
                shown = (compact(target.text), compact(actual.text))
                if not all(shown) or all(_bare_percent(s) for s in shown):
                    continue
                loc = (ind.name_cell.text if ind.name_cell is not None else actual.cell.text).locate()
                text = f"{ind.name}：{shown[0]} / {shown[1]}"
                out.append(Passage(doc.path, loc.line, loc.column, "indicator", text, "|".join((ind.name, *shown)),
                                   native_location(doc, loc.line, loc.column)))
    return out


def _bare_percent(text: str) -> bool:
    t = text.lstrip("≥≤><=")
    return t.endswith("%") and t[:-1].replace(".", "", 1).isdigit()


def _sketch(key: str) -> list[int]:
    """The ``SKETCH`` smallest shingle hashes of ``key`` (stable across processes)."""
    values = {int.from_bytes(blake2b(key[i:i + SHINGLE].encode(), digest_size=8).digest(), "big")
              for i in range(max(1, len(key) - SHINGLE + 1))}
    return sorted(values)[:SKETCH]


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def sketch_entries(index: int, passage: Passage) -> list[tuple[int, int]]:
    """The map step: ``(sketch value, passage index)`` for each value of a paragraph's sketch."""
    return [(value, index) for value in _sketch(passage.key)] if passage.kind == "paragraph" else []


def bucket_pairs(members: list[int]) -> list[tuple[int, int]]:
    """The reduce step of one sketch value: the pairs of passages it joins (none for a value
    shared by more than ``MAX_BUCKET`` passages: template text)."""
    if len(members) > MAX_BUCKET:
        return []
    ordered = sorted(set(members))
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]]


def candidates(pair_lists: Iterable[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Pairs that share at least ``MIN_SHARED`` sketch values, from every bucket's pairs."""
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for pairs in pair_lists:
        for pair in pairs:
            shared[pair] += 1
    return sorted(pair for pair, n in shared.items() if n >= MIN_SHARED)


def join(items: list[Passage], pairs: Iterable[tuple[int, int]], threshold: float = THRESHOLD) -> list[list[Passage]]:
    """Clusters from exact copies and from the candidate pairs a verification confirms."""
    from rapidfuzz.fuzz import ratio

    union = _Union(len(items))
    exact: dict[tuple[str, str], int] = {}
    for i, p in enumerate(items):
        union.join(exact.setdefault((p.kind, p.key), i), i)
    for i, j in pairs:
        if union.find(i) != union.find(j) and ratio(items[i].key, items[j].key) >= threshold * 100:
            union.join(i, j)
    groups: dict[int, list[Passage]] = defaultdict(list)
    for i, p in enumerate(items):
        groups[union.find(i)].append(p)
    found = [sorted(g, key=lambda p: (p.path, p.line, p.column)) for g in groups.values()
             if len({p.path for p in g}) >= 2]
    return sorted(found, key=lambda g: (g[0].path, g[0].line, g[0].column))


def clusters(passages: Iterable[Passage], threshold: float = THRESHOLD) -> list[list[Passage]]:
    """Groups of passages written (nearly) the same in at least two different files, each group
    in file and line order, the groups in order of their first passage. In one process, the
    steps a distributed run spreads over machines: map (:func:`sketch_entries`), shuffle by
    sketch value, reduce (:func:`bucket_pairs`, :func:`candidates`), verify (:func:`join`)."""
    items = list(passages)
    firsts: dict[tuple[str, str], int] = {}
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(items):
        if firsts.setdefault((p.kind, p.key), i) == i:  # exact copies are joined without sketching
            for value, index in sketch_entries(i, p):
                buckets[value].append(index)
    return join(items, candidates(bucket_pairs(members) for members in buckets.values()), threshold)
