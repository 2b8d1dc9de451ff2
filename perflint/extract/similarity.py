"""Text comparison for copied passages and repeated names.

Two copies of one passage rarely agree character for character in a draft: one was typed
again, one lost its list marker (``3、`` became ``5、``), one was broken by a page break in the
middle of a sentence, one had a word changed (救助 -> 补助). So texts are compared after
normalisation (no whitespace, punctuation or list markers), clause by clause (split on
``。；：，！？``), and clauses match when rapidfuzz's ratio reaches a threshold. A copied
passage is then a *run*: consecutive clauses of the later text that match consecutive clauses
of one earlier place (a diagonal in the dot plot), allowing a clause or two inserted or
dropped. Everything here is pure: it knows strings and indices, not the document model.

Comparing every clause with every other is quadratic; an inverted index of character
trigrams and a length filter keep rapidfuzz to the few candidates that can reach the
threshold.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import _count_elements, defaultdict  # type: ignore[attr-defined]
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from typing import NamedTuple

from rapidfuzz import fuzz, process

from perflint.frozen import quick_init
from perflint.text.memo import remember_short
from perflint.text.numbering import parse_marker
from perflint.text.numbers import DECIMAL, quantities
from perflint.text.numbers import normalise as ascii_digits
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import CLAUSE_END

# A clause as :func:`clauses` keeps it: a run of text between clause ends, without the white
# space at either end (what ``piece.strip()`` leaves of each piece the ends cut)
_CLAUSE_BODY = lazy_compile(f"[^{re.escape(CLAUSE_END)}\\s](?:[^{re.escape(CLAUSE_END)}]*[^{re.escape(CLAUSE_END)}\\s])?")
_ENUMERATOR = lazy_compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|另外)")
_KEEP_SYMBOLS = set("%≥≤<>=+×")
_DIGITS = lazy_compile(DECIMAL)
_NGRAM = 3
_COMMON_GRAM = 64  # a trigram in more texts than this says nothing about which text is copied
# match_rows scores a new distinct clause against every earlier one in C until there are this many
# (a scan costs about 3 µs and 0.1–0.3 µs a clause scanned, trigram postings about 10 µs a clause)
_SCAN_DISTINCT = 256
# the scan's cutoff lies this far under the threshold: rapidfuzz's extract and ratio compute one
# score, and a rounding apart could only ever move it by a few units in the last place
_SCAN_MARGIN = 1.0


# -- normalisation ------------------------------------------------------------------------------


def strip_marker(text: str) -> str:
    """``（三）资金管理`` -> ``资金管理``; ``二是加强…`` -> ``加强…`` (markers differ between copies)."""
    text = text.strip()
    for _ in range(2):  # ``1、（1）`` happens
        found = parse_marker(text)
        if not found:
            break
        text = text[found[1]:].lstrip()
    return _ENUMERATOR.sub("", text, count=1)


@remember_short(16384)
def normalise(text: str) -> str:
    """The text as compared: ASCII digits, no marker, whitespace, punctuation or decoration.

    A pure function: short texts are normalised once and remembered (a function of the text
    alone, the cheapest call :mod:`~perflint.text.memo` has: the copied-text checks ask it of
    every clause, title and indicator).
    """
    return strip_marker(ascii_digits(text)).translate(_DROPPED)


def last_kept_char(text: str) -> str:
    """The last character :func:`normalise` keeps of ``text`` (``""`` when it keeps none): the
    last character of ``normalise(text)`` whenever that is not empty, found from the end in a
    step or two (a marker is cut from the start only, digits map one character to one).

    A screen for a whole paragraph: ``normalise(text) in title`` cannot hold when this character
    is not in ``title``, and a long paragraph is not remembered, so normalising it costs its
    length each time."""
    for ch in reversed(text):
        ch = ascii_digits(ch)
        if _DROPPED[ord(ch)] is not None:
            return ch
    return ""


def normalise_wording(text: str) -> str:
    """:func:`normalise` without the figures, for comparing wording only (two budget sentences
    of different projects then look alike: use with care)."""
    return _DIGITS.sub("", strip_marker(ascii_digits(text))).translate(_DROPPED)


class _DroppedChars(dict):
    """A :meth:`str.translate` table deleting punctuation, separators, control and symbol
    characters (Unicode categories P, Z, C, S) except :data:`_KEEP_SYMBOLS`.

    Filled on first sight of each character: a table of all of Unicode would hold a million
    entries, and a character-by-character loop asking ``unicodedata.category`` was most of the
    cost of normalising a long paragraph (paragraphs are too long to be remembered). A text
    then goes through in C, each character looked up once; the answer is the same as asking
    its category (the table only remembers what the category said)."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        kept = ch in _KEEP_SYMBOLS or unicodedata.category(ch)[0] not in "PZCS"
        value = code if kept else None
        self[code] = value
        return value


_DROPPED = _DroppedChars()


@quick_init
@dataclass(frozen=True)
class Clause:
    """A clause of a text: ``text[start:end]`` as written and its normalised form."""

    start: int
    end: int
    norm: str


def clauses(text: str) -> list[Clause]:
    """Split on clause punctuation; offsets point into ``text`` (empty clauses are dropped).

    A pure function of the text (a fresh list each call): the clauses of a short text are
    remembered, since the copied-text checks split every paragraph and heading of a draft and a
    draft repeats its own (and a folder its template's) wording."""
    return list(_clauses(text))


def clause_tuple(text: str) -> tuple[Clause, ...]:
    """:func:`clauses` as the remembered tuple itself, for a caller that only reads it (no copy
    of the list for each paragraph)."""
    return _clauses(text)


@remember_short(8192)
def _clauses(text: str) -> tuple[Clause, ...]:
    # each clause found by one match in C (:data:`_CLAUSE_BODY`): the pieces between clause
    # ends were cut and stripped in Python, a handful of steps per clause
    out: list[Clause] = []
    for m in _CLAUSE_BODY.finditer(text):
        norm = normalise(m.group())
        if norm:
            out.append(Clause(m.start(), m.end(), norm))
    return tuple(out)


# -- pairwise scores ----------------------------------------------------------------------------


_SIDE_CLAUSE = lazy_compile(r"^[^，,；;。：:]*")
# a run-in label a paragraph of the 决算说明 template opens with (``1.总体情况。``, ``2.收入情况：``)
_SIDE_LABEL = lazy_compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.、．]\s*)?([^，,；;。：:\d]{0,14}?情况(?:说明)?)[。：:]")


def budget_side(text: str) -> str | None:
    """The side of a budget a paragraph speaks of: ``收入`` or ``支出`` when it opens with one
    and not the other (``2024年收入预算总计1286.40万元，…``), ``收支`` when it opens with both
    (``收入总计…，支出总计…``, ``收、支总计``) or under a label of the totals (``1.总体情况。``),
    else None. A run-in label (``2.收入情况。``) names the side before the text does.

    A 预算/决算说明 states its totals and then each side in paragraphs of one shape, and the
    totals and their sides move for one reason (without carry-over the sides equal the totals):
    the reason clause a later paragraph repeats is not copied prose."""
    text = text.lstrip()
    label = _SIDE_LABEL.match(text)
    head = label.group(1) if label else _SIDE_CLAUSE.match(text).group(0)
    income, spending = "收入" in head, "支出" in head
    if income and spending or "收支" in head or "收、支" in head or label and "总体" in head:
        return "收支"
    if income == spending:
        return None
    return "收入" if income else "支出"


def ratio(a: str, b: str) -> float:
    """rapidfuzz's normalised Indel similarity, 0–100."""
    return fuzz.ratio(a, b)


def similar(a: str, b: str, threshold: float) -> float | None:
    """The ratio of ``a`` and ``b`` when it reaches ``threshold``, else None."""
    if a == b:
        return 100.0
    if not _lengths_can_match(len(a), len(b), threshold):
        return None
    score = fuzz.ratio(a, b, score_cutoff=threshold)
    return score if score >= threshold else None


def _lengths_can_match(la: int, lb: int, threshold: float) -> bool:
    # ratio = 2·M / (la + lb) with M ≤ min(la, lb)
    return la + lb > 0 and 200.0 * min(la, lb) / (la + lb) >= threshold


def differing_chars(a: str, b: str) -> str:
    """The characters that differ between ``a`` and ``b`` (replaced, inserted or deleted)."""
    from rapidfuzz.distance import Indel

    out = []
    for op in Indel.opcodes(a, b):
        if op.tag != "equal":
            out.append(a[op.src_start:op.src_end] + b[op.dest_start:op.dest_end])
    return "".join(out)


# -- many-to-many matching ----------------------------------------------------------------------


class NearIndex:
    """Earlier texts, searchable for near-duplicates of a new one.

    Exact matches come from a dict; near ones from trigram postings: a candidate must share
    enough trigrams to be within the threshold's edit distance before rapidfuzz scores it.
    """

    def __init__(self, threshold: float, fuzzy_min_len: int = 10) -> None:
        self.threshold = threshold
        self.fuzzy_min_len = fuzzy_min_len
        self.texts: list[str] = []
        # each text's exact copies as (key, 100.0), the pairs a query answers: made once, not
        # per query (a clause repeated many times is answered 4 × MAX_FANOUT of them each time)
        self.exact: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.postings: dict[str, list[int]] = defaultdict(list)
        # Trigrams in more than _COMMON_GRAM texts: a query removes them with one set difference
        # instead of measuring each of its trigrams' postings, and they are never posted again.
        # A trigram joins when a query first finds its posting full (:meth:`_probe`): the texts
        # a posting holds are those added, so a trigram is common exactly when it is in
        # _COMMON_GRAM + 1 added texts or more, whenever that is noticed.
        self.common: set[str] = set()

    def add(self, text: str) -> int:
        key = len(self.texts)
        self.texts.append(text)
        self.exact[text].append((key, 100.0))
        if len(text) >= self.fuzzy_min_len:
            # the key appended to each posting in one C-level pass (list.append answers None,
            # so ``any`` runs the map to its end): a loop in Python was the most of an add
            grams, common = _gram_set(text), self.common
            any(map(list.append, map(self.postings.__getitem__, grams - common if common else grams), repeat(key)))
        return key

    def query(self, text: str, limit: int | None = None) -> list[tuple[int, float]]:
        """Keys of stored texts similar to ``text`` with their scores, in insertion order (the
        first ``limit`` of them when given)."""
        exact = self.exact.get(text)
        if len(text) < self.fuzzy_min_len:  # exact copies only (half the clauses of a draft)
            return exact[:limit] if exact else []
        candidates = self._candidates(text)
        if not candidates:
            return exact[:limit] if exact else []
        near: dict[int, float] = {}
        if exact:
            head = exact[:limit]
            in_head = {k for k, _ in head}
        else:
            head, in_head = [], ()
        texts, threshold = self.texts, self.threshold
        for key in candidates:
            if key in in_head:
                continue
            score = similar(text, texts[key], threshold)
            if score is not None:
                near[key] = score
        if not near:  # the exact copies alone, already in insertion order (a repeated clause)
            return head
        found = dict(head)
        found.update(near)
        return sorted(found.items())[:limit]

    def _candidates(self, text: str) -> list[int]:
        """Texts sharing enough trigrams to possibly reach the threshold (q-gram lemma).

        Trigrams found in very many texts (template wording, ``万元``) are not probed: they
        would make every text a candidate; the bound on shared trigrams is lowered for them.
        """
        grams = _gram_set(text)  # a text is queried, then added: both ask (remembered)
        probe, postings = self._probe(grams)
        n = len(text)
        longest = n * (200.0 - self.threshold) / self.threshold
        max_edits = (1 - self.threshold / 100.0) * (n + longest)
        need = len(grams) - _NGRAM * max_edits
        need -= len(grams) - len(probe)
        # every posting of the probed trigrams counted in one C-level pass (Counter.update per
        # trigram paid its Python-level checks for each of them), into a plain dict with the C
        # loop Counter(iterable) itself ends in: Counter first asks whether its argument is a
        # Mapping (an ABC check), which cost more than counting the few postings a query reads
        counts: dict[int, int] = {}
        _count_elements(counts, chain.from_iterable(postings))
        need = max(1.0, need)
        # the keys shared at least ``need`` times, chosen in C (``need <= shared``, exact for
        # an int and a float as ``shared >= need`` is)
        return list(compress(counts, map(need.__le__, counts.values())))

    def _probe(self, grams: frozenset[str]) -> tuple[frozenset[str], list[list[int]]]:
        """The trigrams of a query that are not common, and their postings (empty lists for
        trigrams no text has yet). A posting found full makes its trigram common first."""
        common = self.common
        probe = grams - common if common else grams
        postings = [*map(self.postings.get, probe, repeat(()))]
        full = _COMMON_GRAM + 1
        if postings and max(map(len, postings)) >= full:
            common.update(g for g, p in zip(probe, postings, strict=True) if len(p) >= full)
            probe = grams - common
            postings = [*map(self.postings.get, probe, repeat(()))]
        return probe, postings


@remember_short(8192)
def _gram_set(text: str) -> frozenset[str]:
    """The distinct trigrams of ``text``, remembered for short texts: a clause is queried, then
    added, and a draft repeats its clauses (the copies the index is there to find)."""
    return frozenset(_grams(text))


def _grams(text: str) -> list[str]:
    if len(text) < _NGRAM:
        return [text]
    return [text[i:i + _NGRAM] for i in range(len(text) - _NGRAM + 1)]


def pairwise_matches(
    texts: Sequence[str],
    threshold: float,
    allowed: Callable[[int, int], bool] = lambda i, j: True,
    fuzzy_min_len: int = 10,
) -> list[list[tuple[int, float]]]:
    """For each text, the earlier texts ``j < i`` it repeats (score ≥ threshold) and ``allowed``:
    the first :data:`MAX_FANOUT` of them (all rows of :func:`iter_matches` at once)."""
    return list(iter_matches(texts, threshold, allowed, fuzzy_min_len))


def iter_matches(
    texts: Iterable[str],
    threshold: float,
    allowed: Callable[[int, int], bool] = lambda i, j: True,
    fuzzy_min_len: int = 10,
) -> Iterator[list[tuple[int, float]]]:
    """The rows of :func:`pairwise_matches`, one per text, as they are found.

    Only the first :data:`MAX_FANOUT` allowed matches of a text are kept: a clause repeated
    hundreds of times would otherwise match every earlier copy, and grouping matches into runs
    grows with the cube of that. A caller that reads the rows in order (:func:`copied_runs`)
    never holds them all: on a long draft of repeated text they were the largest thing alive
    (about 15 MB per MB of draft). The rows that are not empty come from :func:`match_rows`."""
    texts = texts if isinstance(texts, Sequence) else list(texts)
    done = 0
    for i, row in match_rows(texts, threshold, allowed, fuzzy_min_len):
        for _ in range(done, i):
            yield []
        yield row
        done = i + 1
    for _ in range(done, len(texts)):
        yield []


def match_rows(
    texts: Iterable[str],
    threshold: float,
    allowed: Callable[[int, int], bool] = lambda i, j: True,
    fuzzy_min_len: int = 10,
) -> Iterator[tuple[int, list[tuple[int, float]]]]:
    """``(i, row)`` for each row of :func:`iter_matches` that is not empty, in order: most
    clauses repeat nothing before them, and a reader of the rows (:func:`copied_runs_of`)
    steps over an empty one as over none.

    The rows are :class:`NearIndex`'s answers (query, then add). While no trigram is common
    (in more than :data:`_COMMON_GRAM` earlier texts: every draft but a long one) they depend on
    the two texts of a pair alone: a text near an earlier one is a pair of *distinct* texts whose
    trigrams are counted and whose ratio is scored once, when the later of the two is first
    seen, in both directions (each with the bound of the text then queried); a text seen
    before is answered from those pairs, with no trigram counted (a draft repeats a third of
    its clauses). The first text that would find a common trigram hands the rest of the
    stream to the index itself (:func:`_indexed_rows`), its state rebuilt as it would be.

    Until there are :data:`_SCAN_DISTINCT` distinct long texts (every draft but a long one)
    the trigrams are not counted at all: one call of rapidfuzz's ``process.extract`` scores
    the new text against every earlier distinct one in C, with a cutoff :data:`_SCAN_MARGIN`
    under the threshold, and each text it returns is then screened by length and scored in
    both directions exactly as a trigram candidate is. This drops no pair the index keeps:

    - the index's candidates are a filter only. Without a common trigram its bound is
      complete (q-gram lemma: turning the query into a text it matches takes
      ``d ≤ (1 − t/100)(n + lb)`` insertions and deletions, each destroying at most
      :data:`_NGRAM` of the query's distinct trigrams, and ``lb`` is at most ``longest``
      past the length screen, so they share at least ``len(grams) − _NGRAM·max_edits``;
      with a deletion destroying 3 and an insertion 2, the bound has slack of a trigram or
      ``0.04·n`` of one, far above rounding; and two texts of 10 characters or more that
      match share a trigram, so ``max(1, need)`` loses none). A pair is kept exactly when
      the length screen passes and ``fuzz.ratio(a, b, score_cutoff=t) >= t``: every pair
      of distinct long texts is that pair's own test, whoever found it;
    - the scan returns every earlier distinct text whose ratio with the new one reaches
      ``t − _SCAN_MARGIN``, so every one that reaches ``t`` (the same scorer; its cutoff
      only ends a hopeless comparison early), and those it returns are tested as above.

    From the :data:`_SCAN_DISTINCT`-th distinct text on (the scan grows with the texts before
    it), the earlier ones are posted and given their bounds as they would have been, and each
    new one counts its trigrams as before. The tests compare the rows with a comparison of
    every pair (no filter) and with the index, with the switch at several places."""
    limit = 4 * MAX_FANOUT
    stored: list[str] = []
    exact: dict[str, list[tuple[int, float]]] = {}
    full = _COMMON_GRAM + 1
    # trigram -> earlier long texts holding it (the length of its posting in the index): none
    # is in :data:`_COMMON_GRAM` + 1 of them before there are that many long texts
    longs: list[str] = []  # the long texts so far (with their repeats)
    df: dict[str, int] | None = None
    # the distinct long texts, by id: their bound, the texts each is near (with the score the
    # index would give), and their postings once there are :data:`_SCAN_DISTINCT` of them
    ids: dict[str, int] = {}
    distinct: list[str] = []
    needs: list[float] = []
    near_of: list[list[tuple[int, float]] | None] = []
    postings: defaultdict[str, list[int]] | None = None
    posting = new_posting = None
    append = list.append
    slack: dict[int, float] = {}  # by length: _NGRAM × the edits that may part a match from it
    ratio_ = fuzz.ratio
    scan = process.extract
    scan_cutoff = max(0.0, threshold - _SCAN_MARGIN)
    # the distinct long texts of the scan by length (their lengths, texts and keys), and the
    # lengths each length may match (_length_window): a threshold outside (0, 100] scans all
    windowed = 0.0 < threshold <= 100.0
    by_length: list[int] = []
    length_texts: list[str] = []
    length_keys: list[int] = []
    windows: dict[int, tuple[int, int]] = {}
    it = iter(texts)
    for i, text in enumerate(it):
        same = exact.get(text)
        found = same[:limit] if same else []
        n = len(text)
        if n >= fuzzy_min_len:
            grams = None
            if len(longs) >= full:  # a trigram may be in that many earlier texts now: counted from here
                grams = _gram_set(text)
                if df is None:
                    df = {}
                    _count_elements(df, chain.from_iterable(map(_gram_set, longs)))
                if max(map(df.get, grams, repeat(0))) >= full:  # the index would find a common trigram
                    yield from _indexed_rows(chain((text,), it), i, stored, exact, threshold, allowed, fuzzy_min_len)
                    return
                _count_elements(df, grams)
            longs.append(text)
            key = ids.get(text)
            if key is None:  # first seen: paired with the earlier distinct texts it is near
                key = ids[text] = len(distinct)
                mine: list[tuple[int, float]] | None = None
                if postings is None and key == _SCAN_DISTINCT:
                    # from here the trigram postings cost less than a scan: the earlier distinct
                    # texts posted and given their bounds, as if they had been all along
                    postings = defaultdict(list)
                    posting, new_posting = postings.get, postings.__getitem__
                    for k, earlier in enumerate(distinct):
                        earlier_grams = _gram_set(earlier)
                        needs.append(max(1.0, len(earlier_grams) - _slack(slack, len(earlier), threshold)))
                        any(map(append, map(new_posting, earlier_grams), repeat(k)))
                if postings is None:
                    # every earlier distinct text whose length passes the length screen below
                    # (_length_window: the others are each dropped by it) scored in C (a superset
                    # of the pairs that reach the threshold: see _SCAN_MARGIN), each kept one
                    # scored as below; the scan cost more by the texts it was handed than by its call
                    if windowed:
                        bounds = windows.get(n)
                        if bounds is None:
                            bounds = windows[n] = _length_window(n, threshold)
                        lo = bisect.bisect_left(by_length, bounds[0])
                        hi = bisect.bisect_right(by_length, bounds[1], lo)
                        choices, keys = length_texts[lo:hi], length_keys[lo:hi]
                    else:
                        choices, keys = distinct, None
                    if choices:
                        for other, _, index in scan(text, choices, scorer=ratio_, processor=None,
                                                    score_cutoff=scan_cutoff, limit=None):
                            other_key = keys[index] if keys is not None else index
                            lb = len(other)
                            if 200.0 * min(n, lb) / (n + lb) < threshold:  # similar()'s length screen
                                continue
                            score = ratio_(text, other, score_cutoff=threshold)
                            if score >= threshold:
                                if mine is None:
                                    mine = []
                                mine.append((other_key, score))
                            score = ratio_(other, text, score_cutoff=threshold)
                            if score >= threshold:
                                theirs = near_of[other_key]
                                if theirs is None:
                                    near_of[other_key] = [(key, score)]
                                else:
                                    theirs.append((key, score))
                else:
                    if grams is None:
                        grams = _gram_set(text)
                    # no trigram left out: none is common
                    need = max(1.0, len(grams) - _slack(slack, n, threshold))
                    counts: dict[int, int] = {}
                    _count_elements(counts, chain.from_iterable(map(posting, grams, repeat(()))))
                    if counts:
                        for other_key in compress(counts, map(need.__le__, counts.values())):
                            other = distinct[other_key]  # this text queried, the other one stored
                            lb = len(other)
                            if 200.0 * min(n, lb) / (n + lb) < threshold:  # similar()'s length screen
                                continue
                            score = ratio_(text, other, score_cutoff=threshold)
                            if score >= threshold:
                                if mine is None:
                                    mine = []
                                mine.append((other_key, score))
                        for other_key in compress(counts, map(float.__le__, map(needs.__getitem__, counts),
                                                              counts.values())):
                            other = distinct[other_key]  # the other text queried again later, this one stored
                            lb = len(other)
                            if 200.0 * min(lb, n) / (lb + n) < threshold:
                                continue
                            score = ratio_(other, text, score_cutoff=threshold)
                            if score >= threshold:
                                theirs = near_of[other_key]
                                if theirs is None:
                                    near_of[other_key] = [(key, score)]
                                else:
                                    theirs.append((key, score))
                    any(map(append, map(new_posting, grams), repeat(key)))
                    needs.append(need)
                distinct.append(text)
                if windowed and postings is None:  # kept sorted by length (stable: keys in order)
                    at = bisect.bisect_right(by_length, n)
                    by_length.insert(at, n)
                    length_texts.insert(at, text)
                    length_keys.insert(at, key)
                near_of.append(mine)
            else:
                mine = near_of[key]
            if mine:  # every earlier copy of each near text, with the exact copies
                head = dict(same) if same else {}
                for other_key, score in mine:
                    for j, _ in exact[distinct[other_key]]:
                        head[j] = score
                found = sorted(head.items())[:limit]
        stored.append(text)
        exact.setdefault(text, []).append((i, 100.0))  # (``same``, when the text was seen)
        # most clauses repeat nothing before them: no row
        if found and (kept := _allowed_pairs(i, found, allowed)):
            yield i, kept


def _length_window(n: int, threshold: float) -> tuple[int, int]:
    """The lengths ``lb`` that pass match_rows' length screen with a text of ``n`` characters
    (``200.0 * min(n, lb) / (n + lb) >= threshold``), as ``(shortest, longest)``; for ``0 <
    threshold <= 100``, ``n`` among them.

    Exactly those: the screen's value is computed as one division of exact integers (times
    200.0), correctly rounded, of a ratio that grows with ``lb`` up to ``n`` and shrinks past it,
    so the rounded values never fall then rise again: the lengths that pass are one interval
    around ``n``, found by stepping out from ``n`` to the first length that fails on each side
    (there is one above: the value falls under any positive threshold)."""
    lo = n
    while lo > 0 and 200.0 * min(n, lo - 1) / (n + lo - 1) >= threshold:
        lo -= 1
    hi = n
    while 200.0 * min(n, hi + 1) / (n + hi + 1) >= threshold:
        hi += 1
    return lo, hi


def _slack(slack: dict[int, float], n: int, threshold: float) -> float:
    """:data:`_NGRAM` × the edits that may part a text of ``n`` characters from one it matches
    (NearIndex._candidates' bound, computed in the same steps), remembered in ``slack`` by length."""
    off = slack.get(n)
    if off is None:
        longest = n * (200.0 - threshold) / threshold
        max_edits = (1 - threshold / 100.0) * (n + longest)
        off = slack[n] = _NGRAM * max_edits
    return off


def _indexed_rows(
    texts: Iterable[str],
    start: int,
    stored: list[str],
    exact: dict[str, list[tuple[int, float]]],
    threshold: float,
    allowed: Callable[[int, int], bool],
    fuzzy_min_len: int,
) -> Iterator[tuple[int, list[tuple[int, float]]]]:
    """The rows of :func:`match_rows` from text ``start`` on, the texts before it ``stored``
    (and ``exact``) with no trigram common yet: NearIndex.query then NearIndex.add for each
    text, written out with the index in local variables."""
    # half the clauses of a draft are too short to be near anything (an exact copy or nothing),
    # most of the rest have no candidate, and the calls, attribute lookups and arithmetic around
    # those few steps were most of the cost (the tests compare the rows with the index's own
    # answers)
    limit = 4 * MAX_FANOUT
    postings: defaultdict[str, list[int]] = defaultdict(list)
    posting, new_posting, append = postings.get, postings.__getitem__, list.append
    for j, earlier in enumerate(stored):  # the index as it stands: every earlier long text posted
        if len(earlier) >= fuzzy_min_len:
            any(map(append, map(new_posting, _gram_set(earlier)), repeat(j)))
    common: set[str] = set()
    full = _COMMON_GRAM + 1
    slack: dict[int, float] = {}  # by length: _NGRAM × the edits that may part a match from it
    ratio_ = fuzz.ratio
    for i, text in enumerate(texts, start):
        same = exact.get(text)
        found = same[:limit] if same else []
        n = len(text)
        if n >= fuzzy_min_len:
            grams = _gram_set(text)
            probe = grams - common if common else grams
            lists = [*map(posting, probe, repeat(()))]
            if lists and max(map(len, lists)) >= full:  # a posting full: its trigram is common now
                common.update(g for g, p in zip(probe, lists, strict=True) if len(p) >= full)
                probe = grams - common
                lists = [*map(posting, probe, repeat(()))]
            counts: dict[int, int] = {}
            _count_elements(counts, chain.from_iterable(lists))
            if counts:
                off = slack.get(n)
                if off is None:  # NearIndex._candidates' bound, computed in the same steps
                    longest = n * (200.0 - threshold) / threshold
                    max_edits = (1 - threshold / 100.0) * (n + longest)
                    off = slack[n] = _NGRAM * max_edits
                need = len(grams) - off
                need -= len(grams) - len(probe)
                need = max(1.0, need)
                near: dict[int, float] = {}
                in_head = {k for k, _ in found} if found else ()
                for key in compress(counts, map(need.__le__, counts.values())):
                    if key in in_head:
                        continue
                    other = stored[key]
                    if other == text:  # an exact copy past the limit
                        near[key] = 100.0
                        continue
                    lb = len(other)
                    if 200.0 * min(n, lb) / (n + lb) < threshold:  # similar()'s length screen
                        continue
                    score = ratio_(text, other, score_cutoff=threshold)
                    if score >= threshold:
                        near[key] = score
                if near:
                    head = dict(found)
                    head.update(near)
                    found = sorted(head.items())[:limit]
            # the text added: its trigrams posted in one C-level pass (list.append answers None,
            # so ``any`` runs the map to its end)
            any(map(append, map(new_posting, probe), repeat(i)))
        stored.append(text)
        exact.setdefault(text, []).append((i, 100.0))  # (``same``, when the text was seen)
        # most clauses repeat nothing before them: no row
        if found and (kept := _allowed_pairs(i, found, allowed)):
            yield i, kept


MAX_FANOUT = 16  # earlier copies a clause is matched with (real drafts repeat a clause a few times)


class OtherBlock:
    """``allowed(i, j)`` of :func:`match_rows` for texts in blocks: whether texts ``i`` and ``j``
    lie in different blocks (``block_of[i] != block_of[j]``), ``block_of`` giving each text's
    block in order, so that a block's texts follow one another.

    A row's pairs are sorted by ``j``, so those in ``i``'s own block are one stretch of them,
    found by two bisections (:func:`_allowed_pairs`) instead of a call of this per pair (a
    clause a draft repeats has up to 64). Where ``block_of`` does not rise (no block's texts
    together), every pair is asked as usual."""

    __slots__ = ("block_of", "grouped")

    def __init__(self, block_of: list[int]) -> None:
        self.block_of = block_of
        self.grouped = all(map(int.__le__, block_of, block_of[1:]))

    def __call__(self, i: int, j: int) -> bool:
        return self.block_of[i] != self.block_of[j]


def _allowed_pairs(i: int, found: list[tuple[int, float]],
                   allowed: Callable[[int, int], bool]) -> list[tuple[int, float]]:
    """The first :data:`MAX_FANOUT` of ``found`` (sorted by their text) that clause ``i`` may be
    matched with (the rest would be cut off: they are not tested)."""
    if type(allowed) is OtherBlock and allowed.grouped:
        block_of = allowed.block_of
        block = block_of[i]
        start = bisect.bisect_left(block_of, block)  # i's block: block_of[start:end]
        end = bisect.bisect_right(block_of, block, start)
        lo = bisect.bisect_left(found, (start,))  # (start,) sorts before every (start, score)
        hi = bisect.bisect_left(found, (end,), lo)
        return (found[:lo] if hi == len(found) else found[:lo] + found[hi:])[:MAX_FANOUT]
    kept: list[tuple[int, float]] = []
    for pair in found:
        if allowed(i, pair[0]):
            kept.append(pair)
            if len(kept) == MAX_FANOUT:
                break
    return kept


# -- copied runs --------------------------------------------------------------------------------


class Segment(NamedTuple):  # one per clause of a document's prose
    """One clause in the stream of a document's prose.

    ``group`` separates regions a copy cannot run across (parts, tables); ``block`` is the
    paragraph or heading the clause belongs to; ``counts`` is False for headings (a run of
    matching headings alone is a template, not a copy).

    A named tuple: a stream makes one per clause, and ``tuple.__new__(Segment, fields)`` makes
    one in C (a dataclass ran its ``__init__`` in Python for each).
    """

    norm: str
    group: int
    block: int
    counts: bool = True


@dataclass
class Run:
    """Consecutive segments ``pairs[k][0]`` copying earlier segments ``pairs[k][1]``."""

    pairs: list[tuple[int, int, float]] = field(default_factory=list)  # (copy, source, score)

    @property
    def first(self) -> int:
        return self.pairs[0][0]

    @property
    def last(self) -> int:
        return self.pairs[-1][0]

    @property
    def source_first(self) -> int:
        return self.pairs[0][1]

    @property
    def source_last(self) -> int:
        return self.pairs[-1][1]

    def weight(self, segments: Sequence[Segment]) -> int:
        return sum(len(segments[i].norm) for i, _, _ in self.pairs if segments[i].counts)

    def score(self, segments: Sequence[Segment]) -> float:
        total = sum(len(segments[i].norm) for i, _, _ in self.pairs) or 1
        return sum(len(segments[i].norm) * s for i, _, s in self.pairs) / total


def copied_runs(
    segments: Sequence[Segment],
    matches: Iterable[Sequence[tuple[int, float]]],
    max_gap: int = 2,
    max_skip: int = 40,
) -> list[Run]:
    """Group matched segments into runs that follow one earlier place.

    A run goes on while each next segment matches a source a little after the previous
    source (at most ``max_skip`` segments later); up to ``max_gap`` unmatched segments may sit
    inside it (a sentence added to the copy). When several earlier places fit, the run keeps
    them all and, when it ends, follows the one that began earliest (the first occurrence).
    ``matches`` holds one row per segment, read once in order (a generator will do).
    """
    return copied_runs_of(segments, ((i, row) for i, row in enumerate(matches) if row), max_gap, max_skip)


def copied_runs_of(
    segments: Sequence[Segment],
    rows: Iterable[tuple[int, Sequence[tuple[int, float]]]],
    max_gap: int = 2,
    max_skip: int = 40,
) -> list[Run]:
    """:func:`copied_runs` of the rows that are not empty, as ``(i, row)`` in order (the rows of
    :func:`match_rows`): a segment left out has an empty row."""
    runs: list[Run] = []
    # hypotheses: current source -> (first pair, number of pairs, chain of pairs, last first)
    hyps: dict[int, _Hypothesis] = {}
    gap = 0
    last_group = 0  # the group of the hypotheses' last copy (all of them end at one segment)

    def close() -> None:
        nonlocal hyps, gap
        if hyps:
            best = min(hyps.values(), key=lambda h: (-h[1], h[0][1]))
            runs.append(Run(_unchain(best[2])))
        hyps, gap = {}, 0

    after = 0  # the segment after the last row read
    for i, row in rows:
        if hyps and after < i:
            # the segments without a row in between: each ends the run in another group, or
            # is an unmatched segment inside it (a sentence added to the copy) up to max_gap
            for k in range(after, i):
                if last_group != segments[k].group:
                    close()
                    break
                gap += 1
                if gap > max_gap:
                    close()
                    break
        after = i + 1
        seg = segments[i]
        if hyps and last_group != seg.group:
            close()
        if not row:  # an empty row read all the same: as one left out
            if hyps:
                gap += 1
                if gap > max_gap:
                    close()
            continue
        # the earlier sources (a row of iter_matches holds no other: taken as it is)
        cands = row if max(row)[0] < i else [(j, s) for j, s in row if j < i]
        if hyps:
            nxt = _extend(hyps, cands, i, max_skip)
            if nxt:
                hyps, gap, last_group = nxt, 0, seg.group
                continue
            if not cands:
                gap += 1
                if gap > max_gap:
                    close()
                continue
            close()
        if cands:
            hyps = {j: ((i, j, s), 1, ((i, j, s), None)) for j, s in cands}
            gap, last_group = 0, seg.group
    close()
    return runs


# A hypothesis of copied_runs: its first pair, its length and its pairs as a chain (last pair,
# chain of the rest). A step shares the chain instead of copying the pairs so far: copying made
# a long copied stretch (an annex pasted whole) quadratic in its length.
_Chain = tuple[tuple[int, int, float], "_Chain | None"]
_Hypothesis = tuple[tuple[int, int, float], int, _Chain]


def _unchain(chain: _Chain | None) -> list[tuple[int, int, float]]:
    pairs = []
    while chain is not None:
        pairs.append(chain[0])
        chain = chain[1]
    pairs.reverse()
    return pairs


def _extend(hyps: dict[int, _Hypothesis], cands: list[tuple[int, float]], i: int,
            max_skip: int) -> dict[int, _Hypothesis]:
    """The hypotheses that go on to copy ``i`` of the sources ``cands``: each source ``j``
    continues, of the hypotheses whose source lies before it by at most ``max_skip`` (and
    before the copy began), the one that began earliest (the first in ``hyps`` on a tie).

    The hypotheses are sorted by source once, so each candidate finds those in its window by
    bisection instead of testing every hypothesis (a clause repeated many times has
    :data:`MAX_FANOUT` of each)."""
    nxt: dict[int, _Hypothesis] = {}
    if len(hyps) == 1:  # one source followed so far (most runs): it is the best wherever it fits
        ((src, h),) = hyps.items()
        began = h[0][0]
        for j, s in cands:
            if j - max_skip <= src < j and j < began and j not in nxt:
                nxt[j] = (h[0], h[1] + 1, ((i, j, s), h[2]))
        return nxt
    order = sorted(hyps)  # sources; a dict keeps its keys unique
    rank = {src: k for k, src in enumerate(hyps)}
    for j, s in cands:
        lo = bisect.bisect_left(order, j - max_skip)
        hi = bisect.bisect_left(order, j, lo)
        best: _Hypothesis | None = None
        best_key: tuple[int, int] | None = None
        for src in order[lo:hi]:
            h = hyps[src]
            if j < h[0][0]:
                key = (h[0][1], rank[src])
                if best_key is None or key < best_key:
                    best, best_key = h, key
        if best is not None and (j not in nxt or best[0][1] < nxt[j][0][1]):
            pair = (i, j, s)
            nxt[j] = (best[0], best[1] + 1, (pair, best[2]))
    return nxt


# -- enumerations and labelled items ------------------------------------------------------------

_LABELLED = lazy_compile(r"^\s*指标\s*[0-9０-９]+\s*[:：]\s*(?P<text>\S.*)$", re.S)
_ITEM_BREAK = lazy_compile(r"[，,；;。：:！!？?\n]")
_ITEM_SEP = "、"


@quick_init
@dataclass(frozen=True)
class Item:
    """One item of an enumeration such as ``定点医院2家、药店2家``: its name and its figure."""

    name: str  # normalised
    start: int  # offsets of the item (name and figure) in the text
    end: int
    figure: str


@remember_short(8192)
def labelled_indicator(text: str) -> str | None:
    """``指标2：基金安全高效运行，全年…`` -> ``基金安全高效运行，全年…`` (forms that number their indicators;
    remembered: the duplicate-indicator check asks it of every cell of every form)."""
    m = _LABELLED.match(text)
    return m.group("text").strip() if m else None


def enumerations(text: str, kinds: tuple[str, ...] = ("count", "money")) -> list[list[Item]]:
    """Lists of named figures joined by ``、`` (``A 7家、B 4家``), each list in order.

    An item's name is the text since the previous ``、`` (the first item's since the previous
    clause break), so the first name may carry the sentence's verb (``共有…药店``).
    """
    if _ITEM_SEP not in text:
        return []  # items are joined by 、: without one, every "list" has a single item
    if kinds == _ENUMERATED:
        return [list(group) for group in _enumerations(text)]
    return _enumerate(text, kinds)


_ENUMERATED = ("count", "money")


def enumeration_groups(text: str) -> tuple[tuple[Item, ...], ...]:
    """:func:`enumerations` of counts and sums as tuples, for a reader that only reads them: the
    remembered answer itself for a short text (the cells of a form recur through a folder)."""
    if _ITEM_SEP not in text:
        return ()
    return _enumerations(text)


@remember_short(8192)
def _enumerations(text: str) -> tuple[tuple[Item, ...], ...]:
    return tuple(map(tuple, _enumerate(text, _ENUMERATED)))


def _enumerate(text: str, kinds: tuple[str, ...]) -> list[list[Item]]:
    groups: list[list[Item]] = []
    current: list[Item] = []
    prev_end = 0
    break_ends: list[int] | None = None  # where each clause break ends, found once per text
    for q in quantities(text):
        if q.kind not in kinds:
            prev_end = q.end
            continue
        between = text[prev_end:q.start]
        joined = bool(current) and _ITEM_SEP in between and not _ITEM_BREAK.search(between)
        if current and not joined:
            if len(current) > 1:
                groups.append(current)
            current = []
        if joined:
            name_start = prev_end + between.rindex(_ITEM_SEP) + 1
        else:
            if break_ends is None:
                break_ends = [m.end() for m in _ITEM_BREAK.finditer(text)]
            # the last break before the figure, by bisection (a search from the text's start
            # for each figure was quadratic on a long flattened line)
            k = bisect.bisect_right(break_ends, q.start)
            name_start = break_ends[k - 1] if k else 0
            name_start = max(name_start, _last_sep_before(text, name_start, q.start))
        current.append(Item(normalise(text[name_start:q.start]), name_start, q.end, q.text))
        prev_end = q.end
    if len(current) > 1:
        groups.append(current)
    return groups


def _last_sep_before(text: str, start: int, end: int) -> int:
    """A first item may follow other words joined by ``、`` (``甲、乙和丙 5家``): start after them."""
    i = text.rfind(_ITEM_SEP, start, end)
    return i + 1 if i >= 0 else start


# A passage written twice inside one paragraph (a draft whose sections the PDF reader ran into
# one line): a paragraph this long at least, a run of this many clauses (each long enough to
# count, see below) repeated further on, with another such clause between the copies.
_INLINE_MIN_TEXT = 200
_INLINE_MIN_RUN = 3
_INLINE_MIN_CLAUSE = 5


def copy_inside(text: str, min_chars: int) -> tuple[Clause, Clause, Clause] | None:
    """``(first, second, second_end)`` for the first run of clauses of ``text`` written again
    further on in ``text`` itself: at least three clauses of five characters or more (as
    normalised), ``min_chars`` characters together, no figure among them, and another such
    clause between the copies (right after itself it is a doubling, D208's). ``first`` and
    ``second`` are the first clauses of the two copies, ``second_end`` the last of the second.
    A paragraph that holds several sections of a report run into one line (目标 then 执行情况)
    is where a goal pasted as the result stays inside one block, out of reach of the copies
    between blocks."""
    if len(text) < _INLINE_MIN_TEXT:
        return None
    kept = [c for c in clause_tuple(text) if len(c.norm) >= _INLINE_MIN_CLAUSE]
    n = len(kept)
    if n < 2 * _INLINE_MIN_RUN + 1:
        return None
    norms = [c.norm for c in kept]
    first: dict[str, int] = {}
    for j, norm in enumerate(norms):
        i = first.setdefault(norm, j)
        if i == j:
            continue
        k = chars = 0
        while j + k < n and i + k < j and norms[i + k] == norms[j + k]:
            chars += len(norms[i + k])
            k += 1
        if k >= _INLINE_MIN_RUN and chars >= min_chars and j > i + k \
                and not any(_DIGITS.search(norms[j + m]) for m in range(k)):
            return kept[i], kept[j], kept[j + k - 1]
    return None
