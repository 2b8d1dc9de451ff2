"""Misspelt standard terms, known typos and doubled characters, found against a vocabulary.

Drafts are typed by hand, through a pinyin IME or out of a PDF, and the forms' fixed terms slip:
a homophone or look-alike character (级效目标 for 绩效目标), a dropped character (专项资 for 专项资金),
a character typed twice (预算算公开). A general spell checker is neither available nor needed: the
forms have a small closed vocabulary (``perflint/data/terms.yaml``), and a string one edit away
from one of its terms, that is not itself a known word, is almost always a slip.

Precision comes first: a substitution is only believed when the two characters are known to be
confused (or the wrong one just repeats its neighbour), an edit at a term's edge is only
believed when the text around it cannot be read as ordinary words, and any known word that
overlaps the edited character from outside the window vetoes the report.

All functions work on a compacted copy of the text (whitespace removed, full-width parentheses
made half-width: PDF text breaks words with spaces) and report offsets into the original text.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.frozen import quick_init
from perflint.text.numbering import parse_marker
from perflint.text.patterns import compile_pattern, lazy_compile

_PARENS = {"（": "(", "）": ")"}
_PARENS_TABLE = str.maketrans(_PARENS)
_NEEDS_COMPACTING = compile_pattern(r"[\s（）]")
_NOT_SPACE_RUN = compile_pattern(r"\S+")
_ONE = (1,)
# A CJK character (as _is_cjk tells) followed by itself: where _doubled_spans looks (lookahead,
# so a run of three gives two places, as a loop over the characters did).
_DOUBLED_CJK = lazy_compile(r"(?=([\u3400-\u4dbf\u4e00-\u9fff])\1)")
# What may follow a word's last character typed twice (居民民的): a function character or a clause
# mark, which the second copy cannot open a word before; never a figure (D208's 经费费62万元) or a
# text's end (a cell may wrap there).
_STANDS_ALONE_BEFORE = frozenset("的和与及或等了，,。；;：:、）)")
MIN_FUZZY_LEN = 3  # two-character terms are too short to tell a typo from another word


@quick_init
@dataclass(frozen=True)
class Match:
    """A suspected slip: ``text[start:end]`` (as written) should read ``suggestion``."""

    start: int
    end: int
    text: str
    suggestion: str
    kind: str  # substitution | transposition | drop | insert | doubled | typo
    term: str = ""  # the vocabulary term or known form the slip was matched against


@dataclass(frozen=True)
class _Typo:
    """A known misspelling of a standard term, and the words in which it is correct."""

    wrong: str
    right: str
    exceptions: tuple[str, ...]


class _Vocabulary:
    """The terms data, indexed for near-miss lookup."""

    def __init__(self, raw: dict) -> None:
        groups = raw.get("terms") or {}
        terms = {_norm(t) for items in groups.values() for t in (items or [])}
        words = {_norm(w) for w in (raw.get("words") or "").split()}
        self.known: frozenset[str] = frozenset(terms | words)
        # Lengths of the known words by first character (for scan_lengths_by_first). Only what
        # the scan and the finders look up is kept on the vocabulary: it is stored in the cache
        # and unpickled at every start, so an index nothing reads is start-up time for nothing.
        lengths: dict[str, set[int]] = defaultdict(set)
        for k in self.known:
            if len(k) >= 2:
                lengths[k[0]].add(len(k))
        self.fuzzy: tuple[str, ...] = tuple(sorted(t for t in terms if len(t) >= MIN_FUZZY_LEN))
        self.confusable: dict[str, set[str]] = defaultdict(set)
        for group in raw.get("confusables") or []:
            for ch in group:
                self.confusable[ch].update(c for c in group if c != ch)
        self.reduplications: frozenset[str] = frozenset(raw.get("reduplications") or [])
        self.suffixes: frozenset[str] = frozenset(raw.get("suffix_morphemes") or [])
        self.rate_morphemes: frozenset[str] = frozenset(raw.get("rate_morphemes") or [])
        self.prefixes: frozenset[str] = frozenset(raw.get("prefix_morphemes") or [])
        self.verbs: frozenset[str] = frozenset(raw.get("verb_morphemes") or [])
        self.function_chars: frozenset[str] = frozenset(raw.get("function_characters") or [])
        typos = []
        for wrong, spec in (raw.get("typos") or {}).items():
            if isinstance(spec, dict):
                typos.append(_Typo(_norm(wrong), spec["to"], tuple(_norm(x) for x in spec.get("except") or ())))
            else:
                typos.append(_Typo(_norm(wrong), str(spec), ()))
        # 得 for 的 between a verb and the noun it qualifies (存在得问题): a 得 complement is never
        # a bare noun, so every listed verb + 得 + listed noun is a slip.
        de = raw.get("de_for_di") or {}
        typos += [_Typo(v + "得" + n, v + "的" + n, ()) for v in de.get("verbs") or () for n in de.get("nouns") or ()]
        # Longest first, so that a longer entry wins over one it contains.
        self.typos: tuple[_Typo, ...] = tuple(sorted(typos, key=lambda t: -len(t.wrong)))
        # The strings whose presence in a text decides whether a typo or a fuzzy term can match
        # there at all (a typo's wrong form; each half of a fuzzy term, one of which an edit
        # leaves intact), indexed like the known words: one pass over a text finds which of the
        # hundreds of entries are worth trying, instead of searching the text for each of them.
        self.anchor_terms: dict[str, list[int]] = defaultdict(list)
        for index, term in enumerate(self.fuzzy):
            h = len(term) // 2
            for anchor in dict.fromkeys((term[:h], term[h:])):
                self.anchor_terms[anchor].append(index)
        self.probes: frozenset[str] = frozenset(self.anchor_terms) | {t.wrong for t in self.typos if t.wrong}
        # The fuzzy terms an anchor can give a window to, by a character beside the anchor:
        # term_nearmiss._may_reach lets a window through only when one of the two characters
        # after a first half (before a second half) is one of the term's two characters there.
        # A text then tries only the terms one of whose anchors it holds in a reachable place,
        # instead of every term sharing a common half (预算, 资金) with it.
        self.after_first: dict[str, dict[str, list[int]]] = {}
        self.before_second: dict[str, dict[str, list[int]]] = {}
        self.second_anywhere: dict[str, list[int]] = {}  # a second half of one character, no screen
        for index, term in enumerate(self.fuzzy):
            h = len(term) // 2
            after = self.after_first.setdefault(term[:h], {})
            for ch in dict.fromkeys(term[h:h + 2]):
                after.setdefault(ch, []).append(index)
            if h < 2:
                self.second_anywhere.setdefault(term[h:], []).append(index)
            else:
                before = self.before_second.setdefault(term[h:], {})
                for ch in dict.fromkeys(term[h - 2:h]):
                    before.setdefault(ch, []).append(index)
        probe_lengths: dict[str, set[int]] = defaultdict(set)
        for probe in self.probes:
            probe_lengths[probe[0]].add(len(probe))
        # Known words and probes together, so that one pass over a text looks both up.
        self.scan_words: frozenset[str] = self.known | self.probes
        self.scan_lengths_by_first: dict[str, tuple[int, ...]] = {
            c: tuple(sorted(set(lengths.get(c, ())) | set(probe_lengths.get(c, ()))))
            for c in set(lengths) | set(probe_lengths)}
        # The same lengths by a word's first two characters, which the text scan looks up: only
        # about a quarter of a text's places start a pair some word starts with (a first
        # character alone lets two in three through), and far fewer lengths are tried there.
        # A one-character word (a probe: half of a three-character term) is found through
        # ``scan_singles`` where no pair matches, and heads its pairs' lengths where one does.
        self.scan_singles: frozenset[str] = frozenset(w for w in self.scan_words if len(w) == 1)
        by_pair: dict[str, set[int]] = defaultdict(set)
        for w in self.scan_words:
            if len(w) >= 2:
                by_pair[w[:2]].add(len(w))
        self.scan_lengths_by_pair: dict[str, tuple[int, ...]] = {
            pair: tuple(sorted(found | ({1} if pair[0] in self.scan_singles else set())))
            for pair, found in by_pair.items()}
        # The same for the probes alone, which every text scanned is searched for (the known
        # words are looked up only in the few texts that need them: _Text.occurrences).
        self.probe_singles: frozenset[str] = frozenset(w for w in self.probes if len(w) == 1)
        probes_by_pair: dict[str, set[int]] = defaultdict(set)
        for w in self.probes:
            if len(w) >= 2:
                probes_by_pair[w[:2]].add(len(w))
        self.probe_lengths_by_pair: dict[str, tuple[int, ...]] = {
            pair: tuple(sorted(found | ({1} if pair[0] in self.probe_singles else set())))
            for pair, found in probes_by_pair.items()}
        # The typos by their wrong form (as positions in ``typos``): a text tries only those whose
        # wrong form it holds, instead of all of them.
        self.typos_by_wrong: dict[str, list[int]] = defaultdict(list)
        for index, typo in enumerate(self.typos):
            self.typos_by_wrong[typo.wrong].append(index)
        self.typo_wrongs: frozenset[str] = frozenset(self.typos_by_wrong)
        # The fuzzy terms less their last character, of 3 to 24 characters, by their last one: the
        # heads a title may end in when it lost its last character (part_heads.cut_heading_titles).
        heads_by_end: dict[str, list[str]] = defaultdict(list)
        for t in sorted({t[:-1] for t in self.fuzzy if 3 <= len(t) - 1 <= 24}):
            heads_by_end[t[-1]].append(t)
        self.heads_by_end: dict[str, tuple[str, ...]] = {c: tuple(hs) for c, hs in heads_by_end.items()}
        # Terms of three or more characters by an interior character: doubled-character lookup.
        self.by_interior: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for t in sorted(self.known):
            if len(t) < MIN_FUZZY_LEN:
                continue
            for j in range(1, len(t) - 1):
                if _is_cjk(t[j]) and t[j - 1] != t[j] != t[j + 1]:
                    self.by_interior[t[j]].append((t, j))
        # term_nearmiss.live_and_wrongs' tables of the probes (_probe_chains): built here, so that
        # they are kept in the cache folder with the vocabulary (building them at a run's first
        # near-miss scan was 13.6 M instructions of a one-draft cold start; unpickling them with
        # the tables they share costs a fraction of that)
        self.probe_chains = self._probe_chains()
        # The sources of probe_starts' and _openers' patterns, written here so that they are kept
        # with the vocabulary: built from the indexes above at a run's first scan, they were about
        # 4 M instructions of every process that scans a text (a set of the first and second
        # characters of some 20,000 pairs, 750 escaped openers), where unpickling two strings
        # costs a few thousand.
        self.probe_start_source = self._probe_start_source()
        self.opener_source = self._opener_source()

    def _probe_start_source(self) -> str:
        """The source of :func:`probe_starts`' pattern."""
        pairs = self.probe_lengths_by_pair
        firsts = "".join(sorted({p[0] for p in pairs}))
        seconds = "".join(sorted({p[1] for p in pairs}))
        singles = "".join(sorted(self.probe_singles))
        pattern = f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])"
        if singles:
            pattern = f"[{re.escape(firsts + singles)}](?:(?<=[{re.escape(singles)}])|(?=[{re.escape(seconds)}]))"
        return pattern

    def _opener_source(self) -> str:
        """The source of :func:`_openers`' pattern."""
        firsts = set(self.scan_lengths_by_first)
        firsts |= {wide for wide, narrow in _PARENS.items() if narrow in firsts}
        # re.escape of each character by a lookup (some 750 characters; the same class text, so the
        # same kept code)
        escaped = _ESCAPED.get
        return "[" + "".join(sorted([escaped(c, c) for c in firsts])) + "]"

    def _probe_chains(self) -> tuple[dict[str, tuple[tuple, dict[str, tuple[int, ...]] | None]], dict[str, tuple],
                                     dict[str, tuple]]:
        """For :func:`perflint.extract.term_nearmiss.live_and_wrongs`: by the first two characters
        of a place, the probes of one and two characters starting there, each as ``(size,
        entry)`` (:meth:`_probe_entries`), and the sizes of the longer ones (ascending) by their
        third character (None when the pair starts no longer probe): of the sizes
        ``probe_lengths_by_pair`` lists for the pair, those of the probes with that third
        character; by a character starting no probe's pair, its own entry when it is a probe of
        one character (as ``((1, entry),)``); and the entries of every probe.

        The same probes, in the same order, as looking up each of the pair's sizes in the text: a
        piece of a size no probe of the pair and third character has is no probe. Keyed by the
        third character, a place looks up half as many pieces (over the DEV pages, 210,794 pieces
        of which 53,928 were probes; 55,000 of 97,000 places with a longer probe of their pair
        have no third character of one)."""
        entries = self._probe_entries()
        get = entries.get
        chains: dict[str, tuple[tuple, dict[str, tuple[int, ...]] | None]] = {}
        thirds: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for probe in entries:
            if len(probe) > 2:
                thirds[probe[:2]][probe[2]].add(len(probe))
        for pair, lengths in self.probe_lengths_by_pair.items():
            short = []
            for size in lengths:
                if size <= 2:
                    entry = get(pair[:size])  # an entry is a tuple, never None
                    if entry is not None:
                        short.append((size, entry))
            longer = thirds.get(pair)
            chains[pair] = (tuple(short), None if longer is None
                            else {c: tuple(sorted(sizes)) for c, sizes in sorted(longer.items())})
        singles = {ch: ((1, entries[ch]),) for ch in sorted(self.probe_singles)}
        return chains, singles, entries

    def _probe_entries(self) -> dict[str, tuple]:
        """What :func:`perflint.extract.term_nearmiss.live_and_wrongs` reads at a place of each
        probe (a half of a fuzzy term, a typo's wrong form): for a first half, its table of the
        fuzzy terms a character after it may give a window to (``after_first``, else None);
        whether it is a second half, with ``before_second``'s table (or None) and the terms with
        that second half and a first half of one character (``second_anywhere``); for a typo's
        wrong form, itself (else None)."""
        after_first, before_second, anywhere = self.after_first.get, self.before_second.get, self.second_anywhere
        wrongs = self.typo_wrongs
        entries = {}
        for probe in sorted(self.probes):
            before = before_second(probe)
            everywhere = anywhere.get(probe)
            entries[probe] = (after_first(probe), before is not None or everywhere is not None, before,
                              () if everywhere is None else everywhere, probe if probe in wrongs else None)
        return entries

    # Pickled (data.derived keeps the vocabulary in the cache folder) with these indexes inside
    # one bytes object of their own, unpickled on the first read of any of them: unpickling the
    # whole vocabulary was 57 M instructions of a one-draft cold start (7 %), and a short draft
    # reads none of these (the typos, the doubled-character and whole-word scans look them up
    # only in texts a probe or a screen let through). A run that reads one pays ~3 M once.
    _LATER = ("by_interior", "scan_words", "scan_lengths_by_pair", "scan_singles", "typos", "typos_by_wrong",
              "anchor_terms")

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        if "_later" not in state:
            state["_later"] = data.pickle_dumps({name: state.pop(name) for name in self._LATER})
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def __getattr__(self, name: str) -> object:
        """An index kept for later (see ``_LATER``): all of them unpickled on the first read."""
        later = self.__dict__.get("_later")
        if later is None or name not in self._LATER:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.__dict__.update(data.pickle_loads(later))
        self.__dict__.pop("_later", None)
        return self.__dict__[name]

    def confused(self, a: str, b: str) -> bool:
        return b in self.confusable.get(a, ())


@cache
def vocabulary() -> _Vocabulary:
    return data.derived("terms", _Vocabulary, __file__)


def _norm(text: str) -> str:
    # str.split() cuts at exactly the characters str.isspace() accepts.
    return "".join(str(text).translate(_PARENS_TABLE).split())


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class _Text:
    """The compacted text, its offsets into the original, and the probes and known words in it.

    The probes (the halves of the fuzzy terms, the typos' wrong forms) are found at once: every
    text is searched for slips through them. The known words (``occurrences``, ``cover``) and the
    offsets into the original text are found when first asked: most texts have nothing that
    needs them, and the probes alone are found in half the steps."""

    def __init__(self, text: str, vocab: _Vocabulary) -> None:
        # Whitespace goes (str.split, \S and str.isspace agree on what it is); most texts (a
        # cell, a sentence) have nothing to compact.
        self._compacted = _NEEDS_COMPACTING.search(text) is not None
        self.s = "".join(text.split()).translate(_PARENS_TABLE) if self._compacted else text
        self.original = text
        self.vocab = vocab
        self._offsets: list[int] | None = None
        self._known: tuple[dict[str, list[int]], list[tuple[int, int]]] | None = None
        self._cover: dict[int, list[tuple[int, int]]] | None = None
        self._probes: dict[str, list[int]] | None = None

    @property
    def probes_found(self) -> dict[str, list[int]]:
        """Each probe the text holds, with where it starts (ascending).

        Found when first asked: only a text in which a near-miss may be accepted needs them all
        (term_nearmiss._anchored_places); the scan itself reads what it needs at each probe's
        places as it finds them (term_nearmiss.live_and_wrongs, the same loop)."""
        if self._probes is None:
            found: dict[str, list[int]] = {}
            vocab = self.vocab
            probes, by_pair, singles = vocab.probes, vocab.probe_lengths_by_pair, vocab.probe_singles
            s = self.s
            n = len(s)
            for m in probe_starts()(s):
                a = m.start()
                lengths = by_pair.get(s[a:a + 2])
                if lengths is None:  # no probe starts with this pair (or the text ends): one of one character?
                    if s[a] not in singles:
                        continue
                    lengths = _ONE
                for length in lengths:
                    if a + length > n:
                        break
                    piece = s[a:a + length]
                    if piece in probes:
                        places = found.get(piece)
                        if places is None:
                            found[piece] = [a]
                        else:
                            places.append(a)
            self._probes = found
        return self._probes

    @property
    def offsets(self) -> list[int]:
        """The offset in the original text of each character of the compacted one."""
        if self._offsets is None:
            if self._compacted:  # one range per run of characters that are not white space
                self._offsets = []
                extend = self._offsets.extend
                for m in _NOT_SPACE_RUN.finditer(self.original):
                    extend(range(m.start(), m.end()))
            else:
                self._offsets = list(range(len(self.original)))
        return self._offsets

    @property
    def occurrences(self) -> dict[str, list[int]]:
        """Where each known word the text holds starts (ascending)."""
        return (self._known or self._find_known())[0]

    @property
    def _spans(self) -> list[tuple[int, int]]:
        """The known words found, in scan order (by start, then by length)."""
        return (self._known or self._find_known())[1]

    def _find_known(self) -> tuple[dict[str, list[int]], list[tuple[int, int]]]:
        occurrences: dict[str, list[int]] = defaultdict(list)
        spans: list[tuple[int, int]] = []
        vocab = self.vocab
        known, by_pair, singles = vocab.known, vocab.scan_lengths_by_pair, vocab.scan_singles
        s = self.s
        n = len(s)
        for a in range(n):
            lengths = by_pair.get(s[a:a + 2])
            if lengths is None:  # no word starts with this pair (or the text ends): one of one character?
                if s[a] not in singles:
                    continue
                lengths = _ONE
            for length in lengths:
                if a + length > n:
                    break
                piece = s[a:a + length]
                if piece in known:
                    occurrences[piece].append(a)
                    spans.append((a, a + length))
        self._known = (occurrences, spans)
        return self._known

    @property
    def cover(self) -> dict[int, list[tuple[int, int]]]:
        """The known words covering each position (position -> spans, in scan order).

        Built on first use: most texts raise no candidate that needs it, and a list per
        character of every text scanned was most of the scan's allocations."""
        if self._cover is None:
            cover: dict[int, list[tuple[int, int]]] = {}
            for span in self._spans:
                for p in range(span[0], span[1]):
                    cover.setdefault(p, []).append(span)
            self._cover = cover
        return self._cover

    def cjk(self, p: int) -> bool:
        return 0 <= p < len(self.s) and _is_cjk(self.s[p])

    def gap_before(self, p: int) -> bool:
        """Whether whitespace stood before compacted position ``p`` in the original text.

        In a flattened table or PDF page, a space is where a cell or a layout box ended: a term
        cut there continues elsewhere (or was never one), it was not mistyped.
        """
        return 0 < p < len(self.offsets) and self.offsets[p] - self.offsets[p - 1] > 1

    def after_marker(self, p: int) -> bool:
        """Whether only a heading's list marker and white space stand before compacted position
        ``p`` (``一、 入支出决算…``): the space after a marker is typing, not where a layout box ended."""
        if not 0 < p < len(self.offsets):
            return False
        found = parse_marker(self.original)
        return found is not None and 0 < found[1] <= self.offsets[p] \
            and not self.original[found[1]:self.offsets[p]].strip()

    def continues_later(self, p: int, rest: str, reach: int = 120) -> bool:
        """Whether a whitespace-separated piece starting with ``rest`` follows position ``p``.

        A flattened table prints a wrapped cell's tail as its own piece a little further on
        (数量指 … 标): the term is whole, only split by the layout.
        """
        o = self.offsets[p] if p < len(self.offsets) else len(self.original)
        return any(piece.startswith(rest) for piece in self.original[o:o + reach].split())

    def straddled(self, p: int, start: int, end: int) -> bool:
        """Whether a known word covering position ``p`` reaches outside ``[start, end)``.

        Such a word means the characters around ``p`` read as ordinary text, not as a broken term.
        """
        return any(not (start <= a and b <= end) for a, b in self.cover.get(p, ()))

    def has_term_overlapping(self, term: str, start: int, end: int) -> bool:
        found = self.occurrences.get(term, ())  # ascending: the text is scanned left to right
        i = bisect.bisect_right(found, start - len(term))  # the first occurrence ending after ``start``
        return i < len(found) and found[i] < end

    def match(self, start: int, end: int, suggestion: str, kind: str, term: str) -> Match:
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        return Match(o_start, o_end, self.original[o_start:o_end], suggestion, kind, term)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = a
    for s, e in spans:  # a loop, not any() over a generator: asked for every candidate span
        if start < e and s < end:
            return True
    return False


def _typo_spans(t: _Text, wrongs: set[str]) -> list[tuple[int, int, _Typo]]:
    """Where the known typos are, ``wrongs`` the typos' wrong forms the text holds
    (term_nearmiss.live_and_wrongs)."""
    found: list[tuple[int, int, _Typo]] = []
    if not wrongs:  # (almost always)
        return found
    taken: list[tuple[int, int]] = []
    # Only the typos whose wrong form the text holds, in the vocabulary's order (longest first).
    vocab = t.vocab
    by_wrong = vocab.typos_by_wrong
    present = sorted([i for wrong in wrongs for i in by_wrong[wrong]])
    typos = vocab.typos
    for i in present:
        typo = typos[i]
        pos = t.s.find(typo.wrong)
        while pos >= 0:
            end = pos + len(typo.wrong)
            if not _excepted(t.s, pos, typo) and not _overlaps((pos, end), taken):
                found.append((pos, end, typo))
                taken.append((pos, end))
            pos = t.s.find(typo.wrong, pos + 1)
    return sorted(found, key=lambda f: f[0])


def _excepted(s: str, pos: int, typo: _Typo) -> bool:
    for exc in typo.exceptions:
        offset = exc.find(typo.wrong)
        while offset >= 0:
            if s[pos - offset:pos - offset + len(exc)] == exc and pos - offset >= 0:
                return True
            offset = exc.find(typo.wrong, offset + 1)
    return False


def _doubled_spans(t: _Text) -> list[tuple[int, int, str]]:
    """``(start, end, term)``: ``s[start:end]`` is ``term`` with one interior character doubled."""
    s, vocab = t.s, t.vocab
    found: list[tuple[int, int, str]] = []
    # The places where a CJK character is doubled, found by the regex engine: a loop over every
    # character (a few in a hundred are doubled) was a third of the terms scan's steps.
    for m in _DOUBLED_CJK.finditer(s):
        k = m.start()
        c = s[k]
        if s[k:k + 2] in vocab.reduplications:
            continue
        # A known word already spelling the pair (e.g. a term that contains it) is not a slip.
        if any(a <= k and k + 2 <= b for a, b in t.cover.get(k, ())):
            continue
        # Nor two known words meeting on the shared character (资金 + 金额 = 资金金额).
        if any(b == k + 1 and b - a >= 2 for a, b in t.cover.get(k, ())) and any(
                a == k + 1 and b - a >= 2 for a, b in t.cover.get(k + 1, ())):
            continue
        best: tuple[int, int, str] | None = None
        for term, j in vocab.by_interior.get(c, ()):
            if s[k - j:k] == term[:j] and k - j >= 0 and s[k + 1:k + 1 + len(term) - j] == term[j:]:
                if best is None or len(term) > len(best[2]):
                    best = (k - j, k + 1 + len(term) - j, term)
        if best is None and c not in vocab.function_chars and s[k + 2:k + 3] in _STANDS_ALONE_BEFORE:
            # the first copy closes a word of two characters or more (居民) and the second, before
            # 的, 和 or a mark, is in no known word (目的 of 项目目的 is): 居民民的 for 居民的
            closing = [a for a, b in t.cover.get(k, ()) if b == k + 1 and b - a >= 2]
            if closing and k + 1 not in t.cover:
                a = min(closing)
                best = (a, k + 2, s[a:k + 1])
        if best is not None and not _overlaps(best[:2], [f[:2] for f in found]):
            found.append(best)
    return found


@quick_init
@dataclass(frozen=True)
class TermFindings:
    """Everything the terms checks report for one text, each slip in exactly one list."""

    misspellings: tuple[Match, ...]
    typos: tuple[Match, ...]
    doubled: tuple[Match, ...]


@cache
def _near_miss_finders() -> tuple[Callable, Callable]:
    """:mod:`perflint.extract.term_nearmiss`'s two finders, imported on first use (it builds on
    this module's text index) and kept: an import statement per text scanned cost more than a
    call."""
    from perflint.extract.term_nearmiss import live_and_wrongs, misspellings

    return live_and_wrongs, misspellings


def scan(text: str) -> TermFindings:
    """All three finders at once, sharing the work of indexing ``text``.

    A pure function of the text (the vocabulary is fixed). The checks ask it through
    :class:`perflint.extract.wording.TextFacts`, which already remembers the findings of a short
    text for every equal one: a cache of its own here was never hit.
    """
    if _openers().search(text) is None:
        return _NOTHING  # no known word, probe or term can start anywhere in it (a figure cell)
    live_and_wrongs, misspellings = _near_miss_finders()
    t = _Text(text, vocabulary())
    live, wrongs = live_and_wrongs(t)
    typo_spans = _typo_spans(t, wrongs)
    taken = [(a, b) for a, b, _ in typo_spans]
    doubled = [d for d in _doubled_spans(t) if not _overlaps(d[:2], taken)]
    taken += [(a, b) for a, b, _ in doubled]
    found = misspellings(t, taken, live) if live else []
    if not (found or typo_spans or doubled):
        return _NOTHING  # (most texts: one answer for all of them)
    return TermFindings(
        misspellings=tuple(found),
        typos=tuple(t.match(a, b, typo.right, "typo", typo.right) for a, b, typo in typo_spans),
        doubled=tuple(t.match(a, b, term, "doubled", term) for a, b, term in doubled),
    )


_NOTHING = TermFindings((), (), ())
NOTHING = _NOTHING  # what scan answers for every text in which it finds nothing


@cache
def probe_starts() -> Callable[[str], Iterator[re.Match[str]]]:
    """``finditer`` of a pattern matching one character at each place of a text where a probe
    may start: a character some probe of two or more characters starts with, followed by one
    such a probe has second, or a probe of one character.

    Every place a probe starts is matched (a probe's first two characters are such a pair):
    the loops over a text's probes (:attr:`_Text.probes_found`, term_nearmiss.live_and_wrongs)
    look up pairs only there. About one place in three of a text scanned passes, and the regex
    engine skips the others in C (the pattern starts with a character class): the loop over
    every character, in Python, that this replaced was two thirds of the terms scan. The
    pattern's source is built with the vocabulary (:meth:`_Vocabulary._probe_start_source`) and
    kept with it."""
    return compile_pattern(vocabulary().probe_start_source).finditer


@cache
def _openers() -> re.Pattern[str]:
    """The characters a known word, a probe (a typo's wrong form, half of a fuzzy term) can start
    with, as written before compacting (a full-width parenthesis becomes the half-width one).

    A text holding none of them has nothing to find: no known word or probe is found in it, so
    no typo and no near-miss can be tried; and a doubled character is reported only inside a
    known word, which would start with one of them. About four texts in ten are figure cells
    (``85.59%``, ``≥90%``) that hold none. The pattern's source is built with the vocabulary
    (:meth:`_Vocabulary._opener_source`) and kept with it."""
    return compile_pattern(vocabulary().opener_source)


# re.escape of each character it changes (ASCII only)
_ESCAPED = {ch: re.escape(ch) for ch in map(chr, range(128)) if re.escape(ch) != ch}


def ends_a_known_word(text: str) -> bool:
    """Whether ``text`` (as written) is the end of a longer known word (效指标 of 绩效指标).

    An excerpt cut inside a word opens on such an end: the string a cut can leave. A near-miss no
    known word ends in (设背购置) was typed so, wherever the copy began. Asked only of a text's
    first string, so a pass over the known words is no cost."""
    s = _norm(text)
    return bool(s) and any(len(w) > len(s) and w.endswith(s) for w in vocabulary().known)


def find_substitutions(text: str) -> list[Match]:
    """Known typos of official writing (``震摄`` → ``震慑``), from the data file's ``typos`` list."""
    return list(scan(text).typos)


def find_doubled_characters(text: str) -> list[Match]:
    """A character typed twice inside a known term (``预算算公开`` → ``预算公开``).

    Only a doubling strictly inside a term (with term characters on both sides) counts: at a
    term's edge, the doubled character usually ends one word and starts the next (公开开展).
    """
    return list(scan(text).doubled)


def find_term_misspellings(text: str) -> list[Match]:
    """Near-misses of the vocabulary's terms: one character substituted, dropped or added.

    Doubled characters and listed typos are left to their own finders (and never reported
    twice). Candidates are found through an exact half of the term (an edit leaves one half
    intact), verified with an edit script and ranked by similarity.
    """
    return list(scan(text).misspellings)
