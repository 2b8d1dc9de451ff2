"""Near-misses of the vocabulary's terms: one character substituted, dropped, added, or two swapped.

Split from :mod:`perflint.extract.terms`, which indexes the text and the vocabulary; this module
decides, for each window one edit away from a term, whether the edit is believable as a slip.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from perflint.extract.terms import Match, _is_cjk, _overlaps, _Text, probe_starts, vocabulary
from perflint.text.patterns import lazy_compile

MIN_DROP_LEN = 4  # a term missing a character must still leave three characters
MIN_INTERIOR_DROP_LEN = 5  # a 3-character remainder inside running text reads as other words
MIN_INSERT_LEN = 6
_ELLIPSIS = frozenset("、/／·(")
# A year that ends right where a term's remainder starts: ``2022年度`` closes a word of its own, so
# the character after it opens the next word (a term that lost its first character there).
_AFTER_A_YEAR = lazy_compile(r"(?<![\d０-９])[12]\d{3}年度?$")
_UNIT_IN_BRACKETS = lazy_compile(r"\((?:㎡|m2|m²|平方米|万元|亿元|元|%|人|人次|个|台|套|辆|公里|亩)\)")
_FIGURE_UNITS = frozenset("万亿元%％")
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def misspellings(t: _Text, taken: list[tuple[int, int]], live: set[int] | None = None) -> list[Match]:
    """The near-misses of the fuzzy terms in ``t``, outside the spans ``taken``; ``live`` is
    :func:`_live_terms` of ``t`` when the caller has it (terms.scan: :func:`live_and_wrongs`)."""
    vocab = t.vocab
    candidates: dict[tuple[int, int, str], Match] = {}
    # Only terms one of whose halves occurs in the text, beside characters that let a window
    # through, can have a window (see _windows and _anchored_places); the others are skipped
    # without searching, in the vocabulary's order as before.
    if live is None:
        live = _live_terms(t)
    if not live:
        return []  # no window of any term can be accepted: searching them would find nothing
    # Only the terms a window of which may be accepted are searched, in the vocabulary's order
    # as before, each at all its places (which order its windows: see _windows_at).
    firsts, seconds = _anchored_places(t)
    fuzzy, known, s = vocab.fuzzy, vocab.known, t.s
    for i in sorted(live):
        term = fuzzy[i]
        for start, end in _windows_at(s, term, firsts.get(i, ()), seconds.get(i, ())):
            window = s[start:end]
            # A known word is no slip (the first test of _accept): no edit distance for it (a
            # term one character longer than another, 执行数 / 执行率, gives many).
            if window in known or not _within_reach(term, window):
                continue
            if (start, end, term) in candidates or _overlaps((start, end), taken):
                continue
            kind = _accept(t, term, start, end)
            if kind:
                candidates[(start, end, term)] = t.match(start, end, term, kind, term)
    ranked = sorted(candidates.items(),
                    key=lambda kv: (-fuzz.ratio(t.s[kv[0][0]:kv[0][1]], kv[0][2]), -len(kv[0][2]), kv[0][0]))
    chosen: list[tuple[int, int]] = []
    out: list[Match] = []
    for (start, end, _term), m in ranked:
        if not _overlaps((start, end), chosen):
            chosen.append((start, end))
            out.append(m)
    return sorted(out, key=lambda m: m.start)


# The terms :func:`_live_terms` found live at a place, by the piece of text the place's windows
# are cut from (a window's verdict depends on the term and the window alone): the same phrases
# recur in every text of a draft, and a place's piece is looked up instead of judged again. One
# table for each size of a half (the half and the terms it anchors are the piece's first, or
# last, characters).
_LIVE_AFTER: dict[int, dict[str, tuple[int, ...]]] = {}  # pieces from a first half
_LIVE_BEFORE: dict[int, dict[str, tuple[int, ...]]] = {}  # pieces ending with a second half
_MAX_PIECES = 40_000  # bounded memory (a few MB): the tables start again when they hold this many
_kept = [0]  # pieces in the tables


def _live_terms(t: _Text) -> set[int]:
    """The fuzzy terms (by their position in ``vocab.fuzzy``) a window of which, among those
    :func:`_windows_at` gives at the places of :func:`_anchored_places`, passes
    :func:`_may_accept` (the tests of :func:`_accept` that read the window, the term and the
    characters beside the window).

    A superset of the terms :func:`misspellings` can accept a window of, and almost always empty:
    a term left out is not searched. The places are those of :func:`_anchored_places` (the same
    probes, the same screen by the characters beside them); all the windows of all the terms
    listed at a place, and the characters beside them that are read, lie in one piece of the
    text: after a first half of ``h`` characters the ``2h + 2`` from it, before a second half of
    ``m`` characters the ``2m + 1`` ending with it (fewer at the text's edges). The live terms of
    a piece are kept."""
    return live_and_wrongs(t)[0]


def live_and_wrongs(t: _Text) -> tuple[set[int], set[str]]:
    """:func:`_live_terms` of ``t``, and the typos' wrong forms ``t.s`` holds (what
    ``terms._typo_spans`` tries): both read at each place of a probe as the one loop over the
    probes' places finds it (as :attr:`_Text.probes_found` finds them), with no list of places
    made.

    The probes starting at a place are looked up by the place's first two characters in one
    step (:func:`_probe_chains`): those of one and two characters are known from them, and
    only a longer one is cut out of the text and looked up."""
    s = t.s
    vocab = t.vocab
    chains, singles, entries = _probe_chains()
    after_tables, before_tables = _LIVE_AFTER, _LIVE_BEFORE
    live: set[int] = set()
    wrongs: set[str] = set()
    n = len(s)
    for m in probe_starts()(s):
        a = m.start()
        chain = chains.get(s[a:a + 2])
        if chain is None:  # no probe starts with this pair (or the text ends): one of one character?
            found_here = singles.get(s[a])
            if found_here is None:
                continue
        else:
            found_here, longer = chain
            # probes of three or more characters starting with the pair and the place's third
            # character (the sizes of those alone: see _Vocabulary._probe_chains)
            if longer is not None and (sizes := longer.get(s[a + 2:a + 3])) is not None:
                more = None  # a list only when one is found (most places hold none)
                for size in sizes:
                    if a + size > n:
                        break
                    entry = entries.get(s[a:a + size])
                    if entry is not None:
                        if more is None:
                            more = list(found_here)
                        more.append((size, entry))
                if more is not None:
                    found_here = more
        for size, (after, second, before, everywhere, wrong) in found_here:
            # A place whose neighbours name no term (most of them in running text) has no live
            # term: no piece cut, looked up or judged (what _live_after and _live_before would
            # find there is empty, from the same characters).
            j = a + size
            if after is not None and j < n and (after.get(s[j]) or (j + 1 < n and after.get(s[j + 1]))):
                pieces = after_tables.get(size)
                if pieces is None:
                    pieces = after_tables[size] = {}
                piece = s[a:a + 2 * size + 2]
                found = pieces.get(piece)
                if found is None:
                    found = _keep(pieces, piece, _live_after(vocab, after, size, piece))
                if found:
                    live.update(found)
            if second and (everywhere or (before is not None and a
                                          and (before.get(s[a - 2 if a >= 2 else 0]) or before.get(s[a - 1])))):
                pieces = before_tables.get(size)
                if pieces is None:
                    pieces = before_tables[size] = {}
                reach = size + 1
                piece = s[a - reach if a > reach else 0:a + size]
                found = pieces.get(piece)
                if found is None:
                    found = _keep(pieces, piece, _live_before(vocab, before, everywhere, size, piece))
                if found:
                    live.update(found)
            if wrong is not None:
                wrongs.add(wrong)
    return live, wrongs


@cache
def _probe_chains() -> tuple[dict[str, tuple[tuple, dict[str, tuple[int, ...]] | None]], dict[str, tuple], dict[str, tuple]]:
    """The probes' tables of :func:`live_and_wrongs`, built with the vocabulary and kept with it
    in the cache folder (``_Vocabulary._probe_chains``)."""
    return vocabulary().probe_chains


def _keep(pieces: dict[str, tuple[int, ...]], piece: str, found: tuple[int, ...]) -> tuple[int, ...]:
    if _kept[0] >= _MAX_PIECES:
        for table in (*_LIVE_AFTER.values(), *_LIVE_BEFORE.values()):
            table.clear()
        _kept[0] = 0
    pieces[piece] = found
    _kept[0] += 1
    return found


def _live_after(vocab, after: dict[str, list[int]], size: int, piece: str) -> tuple[int, ...]:
    """The live terms at a place of a first half of ``size`` characters, ``piece`` the ``2 *
    size + 2`` characters from it (fewer where the text ends): those :func:`_anchored_places`
    lists there (by the two characters after the half) with a window that may be accepted."""
    near = piece[size:size + 2]
    if not near:
        return ()
    terms = dict.fromkeys([*after.get(near[0], ()), *after.get(near[-1], ())])
    fuzzy = vocab.fuzzy
    return tuple(i for i in terms if _first_half_verdict(fuzzy[i], piece))


def _live_before(vocab, before: dict[str, list[int]] | None, everywhere: list[int], size: int,
                 piece: str) -> tuple[int, ...]:
    """The live terms at a place of a second half of ``size`` characters, ``piece`` the ``2 *
    size + 1`` characters ending with it (fewer where the text starts): those
    :func:`_anchored_places` lists there (all the terms with a second half of two characters
    and a first of one; the others by the two characters before the half) with a window that
    may be accepted."""
    terms = dict.fromkeys(everywhere)
    if before is not None:
        end = len(piece) - size
        near = piece[max(0, end - 2):end]
        if near:
            terms.update(dict.fromkeys([*before.get(near[0], ()), *before.get(near[-1], ())]))
    fuzzy = vocab.fuzzy
    whole = len(piece) == 2 * size + 1  # else the text starts inside the piece
    return tuple(i for i in terms if _second_half_verdict(fuzzy[i], piece, whole))


def _first_half_verdict(term: str, piece: str) -> bool:
    """``piece`` starts with the term's first half, at a place of it, and holds the term's
    windows there (see :func:`_windows_at`): its prefixes of ``n``, ``n - 1`` and ``n + 1``
    characters that fit, none when it starts with the term itself. What follows a window in
    the piece is what follows it in the text (the two characters after a window of ``n - 1``,
    the one after a window of ``n``), or the text ends there."""
    if piece.startswith(term):
        return False
    size = len(piece)
    n = len(term)
    return any(length <= size and _may_accept(term, piece[:length], None, piece[length:length + 2])
               for length in (n, n - 1, n + 1))


def _second_half_verdict(term: str, piece: str, whole: bool) -> bool:
    """``piece`` ends with the term's second half, at a place of it, and holds the term's
    windows there: its suffixes of ``n``, ``n - 1`` and ``n + 1`` characters that fit, none when
    it ends with the term itself. The character before a window in the piece is the one before
    it in the text; a window the whole piece long starts the text unless the piece is
    ``whole`` (then it is one of ``n + 1`` characters, whose test reads nothing before it)."""
    if piece.endswith(term):
        return False
    size = len(piece)
    n = len(term)
    for length in (n, n - 1, n + 1):
        if length < size:
            if _may_accept(term, piece[size - length:], piece[size - length - 1], None):
                return True
        elif length == size and _may_accept(term, piece, None if whole else "", None):
            return True
    return False


def _reachable_terms(t: _Text) -> set[int]:
    """The fuzzy terms (as positions in ``vocab.fuzzy``) for which :func:`_windows` can give a
    window in ``t``: an anchor of the term found where :func:`_may_reach` lets it through.

    Exact, and a superset: a term left out has no window (its every anchor is screened out by
    the characters beside it, which :func:`_may_reach` would find); a term let in is searched as
    before. A common half (预算, 资金) is an anchor of dozens of terms: the characters beside each
    of its places name the few worth searching, in one dictionary lookup."""
    firsts, seconds = _anchored_places(t)
    return firsts.keys() | seconds.keys()


def _anchored_places(t: _Text) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """For each fuzzy term (by its position in ``vocab.fuzzy``), the places of its first half and
    of its second half in ``t.s`` where :func:`_may_reach` lets a window through, ascending: the
    places :func:`_windows` would find by searching the text for each reachable term's halves
    and screening each place again, from the places the text scan already found the halves at
    (every half is a probe) and one dictionary lookup per place for all the terms sharing it."""
    vocab, s = t.vocab, t.s
    after_first, before_second, anywhere = vocab.after_first, vocab.before_second, vocab.second_anywhere
    firsts: dict[int, list[int]] = {}
    seconds: dict[int, list[int]] = {}
    for anchor, positions in t.probes_found.items():
        after = after_first.get(anchor)
        if after is not None:
            size = len(anchor)
            for pos in positions:
                near = s[pos + size:pos + size + 2]
                if near:
                    _add_place(firsts, pos, after.get(near[0], ()), after.get(near[-1], ()))
        if anchor in anywhere:
            for i in anywhere[anchor]:
                seconds.setdefault(i, []).extend(positions)
        before = before_second.get(anchor)
        if before is not None:
            for pos in positions:
                near = s[max(0, pos - 2):pos]
                if near:
                    _add_place(seconds, pos, before.get(near[0], ()), before.get(near[-1], ()))
    return firsts, seconds


def _add_place(places: dict[int, list[int]], pos: int, terms: list[int], more: list[int]) -> None:
    """``pos`` for each of ``terms`` and ``more``, once: a term is listed under each of its two
    characters beside the anchor, and a term has one anchor per half, whose places ascend."""
    for i in terms:
        places.setdefault(i, []).append(pos)
    if more is terms:
        return
    for i in more:
        found = places.setdefault(i, [])
        if not found or found[-1] != pos:
            found.append(pos)


def _windows(s: str, term: str) -> set[tuple[int, int]]:
    """Spans of ``s`` that may be one edit away from ``term`` (one of its halves is intact).

    The definition :func:`misspellings` follows with the places of :func:`_anchored_places`
    (which gives those this screens with :func:`_may_reach`, in the same order)."""
    h = len(term) // 2
    places = []
    for anchor, offset in ((term[:h], 0), (term[h:], h)):
        found = []
        pos = s.find(anchor)
        while pos >= 0:
            if _may_reach(s, term, pos, offset):
                found.append(pos)
            pos = s.find(anchor, pos + 1)
        places.append(found)
    return _windows_at(s, term, *places)


def _windows_at(s: str, term: str, firsts: Sequence[int], seconds: Sequence[int]) -> set[tuple[int, int]]:
    """The windows around the places of ``term``'s intact first half (``firsts``), then second
    half (``seconds``), in that order (a set's order follows the order it was filled in).

    A half that belongs to the term written correctly gives none: every span it would give
    overlaps that occurrence, which :func:`_accept` refuses (on a long text most halves are).
    """
    n = len(term)
    h = n // 2
    size = len(s)
    spans: set[tuple[int, int]] = set()
    for places, offset in ((firsts, 0), (seconds, h)):
        for pos in places:
            if pos >= offset and s.startswith(term, pos - offset):
                continue
            for length in (n, n - 1, n + 1):
                if offset == 0:
                    start = pos
                else:  # the edit was in the first half: its length shifts the anchor
                    start = pos - h - (length - n)
                if start >= 0 and start + length <= size:
                    spans.add((start, start + length))
    return spans


def _may_reach(s: str, term: str, pos: int, offset: int) -> bool:
    """Whether a window around the intact half of ``term`` found at ``pos`` (``offset`` 0: the
    first half, else the second) can be within reach of the term (:func:`_within_reach`). False
    only when none of them can: the windows are then neither cut nor scored.

    Exact: a window shares the half with the term, and an edit distance is the distance of what
    is left once a common prefix (or suffix) is taken off. Within reach, the rest ``W`` of the
    window is ``T``, the rest of the term, with one edit, or with one character taken out and one
    put in (a swap is one of those). Whatever the edits, ``W[0]`` or ``W[1]`` is ``T[0]`` or
    ``T[1]``: ``T[0]`` stays at 0 unless an edit touches it; then ``T[1]`` moves to 0, or ``T[0]``
    or ``T[1]`` is at 1. Before a second half the same holds backwards. A rest of one character
    (a 3-character term's first half, before its second) is near anything: no screen."""
    if offset == 0:  # the rest of the term follows the first half
        h = len(term) // 2
        if len(term) - h < 2:  # never for a fuzzy term (three characters or more)
            return True
        near, rest = s[pos + h:pos + h + 2], term[h:h + 2]
        return bool(near) and (near[0] in rest or near[-1] in rest)
    if offset < 2:
        return True
    near, rest = s[max(0, pos - 2):pos], term[offset - 2:offset]
    return bool(near) and (near[0] in rest or near[-1] in rest)


def _within_reach(term: str, window: str) -> bool:
    """Whether ``window`` is one edit from ``term`` or two neighbours of it swapped: the only slips
    :func:`_accept` can accept. Most windows around an intact half are further off, and rapidfuzz
    tells so far faster than the tests of :func:`_accept` (a swap is two edits that leave the
    characters themselves in place: one deletion and one insertion)."""
    distance = Levenshtein.distance(term, window, score_cutoff=2)
    if distance <= 1:
        return True
    return distance == 2 and len(window) == len(term) and Indel.distance(term, window, score_cutoff=2) <= 2


def _may_accept(term: str, window: str, before: str | None, after: str | None) -> bool:
    """Whether :func:`misspellings` could accept ``window`` as a slip of ``term`` where it stands,
    ``before`` the character before it and ``after`` the two after it (``""``: the text's edge,
    fewer than two: the text ends there; ``None``: not known): it is no known word, within reach,
    and passes the tests of :func:`_accept` and the tests it calls that read the term, the window
    and those characters (whether a known word straddles the edit, a year before it, the white
    space of the original text, are left to them). ``after`` is read to its second character
    only for a window one shorter than the term.

    A necessary condition of acceptance, no more: each test here is one of theirs, in the same
    terms; a window it refuses there they would refuse."""
    vocab = vocabulary()
    if window in vocab.known or not _within_reach(term, window):
        return False
    n = len(term)
    if len(window) == n and n >= MIN_DROP_LEN:  # _transposition_ok before the text's words
        diff = [k for k in range(n) if term[k] != window[k]]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i = diff[0]
            if window[i] == term[i + 1] and window[i + 1] == term[i] and _is_cjk(term[i]) and _is_cjk(term[i + 1]):
                return True
    ops = Levenshtein.editops(term, window)
    if len(ops) != 1:
        return False
    op = ops[0]
    if op.tag == "replace":  # _substitution_ok before the text around the window
        i = op.src_pos
        right, wrong = term[i], window[i]
        if not (_is_cjk(right) and _is_cjk(wrong)):
            return False
        for k in range(n):
            if k != i and term[k] != window[k]:
                return False
        copies_neighbour = any(
            0 <= k < n and window[k] == wrong and window[min(i, k):min(i, k) + 2] not in vocab.reduplications
            for k in (i - 1, i + 1)
        )
        if not (vocab.confused(right, wrong) or copies_neighbour):
            return False
        if n == 3 and i == 0 and before and _is_cjk(before):
            return False
        return not (n == 3 and i == n - 1 and after and _is_cjk(after[0]))
    if op.tag == "delete":  # _drop_ok before the text around the window
        i = op.src_pos
        dropped = term[i]
        if n < MIN_DROP_LEN or not _is_cjk(dropped) or dropped in vocab.function_chars:
            return False
        if (i > 0 and term[i - 1] == dropped) or (i < n - 1 and term[i + 1] == dropped):
            return False
        if 0 < i < n - 1:
            if dropped in vocab.suffixes and _suffix_may_go(vocab, term[:i], n):
                return False
            if n < MIN_INTERIOR_DROP_LEN and not ((_edge(before) or before == "、") and _edge(after)):
                return False
            left, right = term[:i], term[i + 1:]
            return not ((left in vocab.known or left in vocab.prefixes) and (right in vocab.known or right in vocab.suffixes))
        if i == n - 1:
            if after is not None and (not after or after[0] == dropped):
                return False  # the text ends with the window, or goes on with the character dropped
            if not _is_cjk(window[-1]) or window[-1] in vocab.function_chars or dropped in vocab.rate_morphemes:
                return False
            if window[-1] in vocab.suffixes or window[-2:] in vocab.known:
                return False
            if window[-1] in vocab.verbs and (window[:-1] in vocab.known or (
                    after and _is_cjk(after[0]) and _ends_in_known(vocab, window[:-1]))):
                return False  # words and a verb with its object (评价指标分项目: 分 divides), not the term cut short
            if after and window[-1] + after[:2] in vocab.known:
                return False  # 经费预安排: a prefix joined to the word after it (预 + 安排)
            # a Chinese character after it must start a known word that the window's last does not
            return not (after and _is_cjk(after[0]) and not (after[:2] in vocab.known and window[-1] + after[0] not in vocab.known))
        if before is not None:
            if not before or before == dropped:
                return False  # the text starts with the window, or the character dropped is before it
            if _is_cjk(before) and before not in "年度":
                return False  # a Chinese character before it is not a year's 年 or 年度
            if dropped == "年" and before in _DIGITS:
                return False  # 2021度预算: a year that lost its 年, not a term less its first character
        if not _is_cjk(window[0]) or window[0] in vocab.function_chars:
            return False
        return not (window[0] in vocab.prefixes or window[:2] in vocab.known)
    # _insert_ok before the text around the window
    j = op.dest_pos
    if n < MIN_INSERT_LEN or not 0 < j < len(window) - 1:
        return False
    extra = window[j]
    if not _is_cjk(extra) or extra in vocab.function_chars:
        return False
    if window[j] in (window[j - 1], window[j + 1]):
        return False
    if window[:j] + window[j + 1:] != term:
        return False
    return _extra_ok(vocab, window, j)


MIN_SUFFIX_DROP_LEN = 7  # shorter terms lose a suffix as another word (延续项目, 执法执勤车辆)


def _suffix_may_go(vocab, left: str, n: int) -> bool:
    """Whether a suffix morpheme (费, 率, 用 …) after ``left`` in a term of ``n`` characters may come
    and go: always in a short term (延续性项目 and 延续项目, 执法执勤用车 and 执法执勤车辆 are
    all words), and after a whole word (医疗 + 费 + 补助, 医疗补助 a word too). After half a word in
    a long title it is the second character of a word the drop breaks (国有资产占用情况 without
    用: 占 ends no word), a visible slip."""
    return n < MIN_SUFFIX_DROP_LEN or any(left[k:] in vocab.known for k in range(len(left) - 1))



def _ends_in_known(vocab, text: str) -> bool:
    """Whether ``text`` is a known word or ends in one of two characters or more (绩效评价指标 ends in
    指标): what is left of a term before a verb morpheme reads as words then."""
    return any(text[k:] in vocab.known for k in range(len(text) - 1))


def _edge(beside: str | None) -> bool:
    """Whether the character ``beside`` a window (as :func:`_may_accept` has it) may be where a
    word cannot go on (:func:`_boundary`): the text's edge, a mark that does not shorten a
    coordinated pair, or not known."""
    return not beside or not (_is_cjk(beside[0]) or beside[0] in _ELLIPSIS)


def _accept(t: _Text, term: str, start: int, end: int) -> str:
    """The kind of slip ``t.s[start:end]`` is for ``term``, or ``""`` when it is not one."""
    window = t.s[start:end]
    if window in t.vocab.known or t.has_term_overlapping(term, start, end):
        return ""
    if len(window) == len(term) and _transposition_ok(t, term, start, end):
        return "transposition"
    ops = Levenshtein.editops(term, window)
    if len(ops) != 1:
        return ""
    op = ops[0]
    if op.tag == "replace":
        return "substitution" if _substitution_ok(t, term, start, end, op.src_pos) else ""
    if op.tag == "delete":
        return "drop" if _drop_ok(t, term, start, end, op.src_pos) else ""
    return "insert" if _insert_ok(t, term, start, end, op.dest_pos) else ""


def _substitution_ok(t: _Text, term: str, start: int, end: int, i: int) -> bool:
    vocab, s = t.vocab, t.s
    n = len(term)
    right, wrong = term[i], s[start + i]
    if not (_is_cjk(right) and _is_cjk(wrong)):
        return False
    # Levenshtein may align a substitution anywhere among equal characters; the edit position
    # must be the only difference.
    for k in range(n):
        if k != i and term[k] != s[start + k]:
            return False
    window = s[start:end]
    copies_neighbour = any(
        0 <= k < n and window[k] == wrong and window[min(i, k):min(i, k) + 2] not in vocab.reduplications
        for k in (i - 1, i + 1)
    )
    if not (vocab.confused(right, wrong) or copies_neighbour):
        return False
    if n == 3 and i == 0 and t.cjk(start - 1):
        return False  # a 3-character window's first character may belong to the word before it
    if n == 3 and i == n - 1 and t.cjk(end):
        return False  # …and its last one to the word after it (培训非常 is not 培训费)
    return not t.straddled(start + i, start, end)


def _opens_with_a_word(vocab, text: str) -> bool:
    """Whether ``text`` opens with a known word of two characters or more (整体支出 of 整体支出绩效自评)."""
    return any(text[:k] in vocab.known for k in range(len(text) - 1, 1, -1))


def _transposition_ok(t: _Text, term: str, start: int, end: int) -> bool:
    """Two neighbouring characters of a term typed in the wrong order (财务表报 for 财务报表)."""
    window = t.s[start:end]
    diff = [k for k in range(len(term)) if term[k] != window[k]]
    if len(term) < MIN_DROP_LEN or len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i = diff[0]
    if window[i] != term[i + 1] or window[i + 1] != term[i]:
        return False
    if not (_is_cjk(term[i]) and _is_cjk(term[i + 1])):
        return False
    return not (t.straddled(start + i, start, end) or t.straddled(start + i + 1, start, end))


def _drop_ok(t: _Text, term: str, start: int, end: int, i: int) -> bool:
    vocab, s = t.vocab, t.s
    n = len(term)
    dropped = term[i]
    if n < MIN_DROP_LEN or not _is_cjk(dropped) or dropped in vocab.function_chars:
        return False
    if (i > 0 and term[i - 1] == dropped) or (i < n - 1 and term[i + 1] == dropped):
        return False  # dropping one of two equal characters is not a visible slip
    window = s[start:end]
    if 0 < i < n - 1:
        if dropped in vocab.suffixes and _suffix_may_go(vocab, term[:i], n):
            return False  # 医疗补助 and 医疗费补助 are both words: 费, 率, 数… come and go
        bounded = (_boundary(s, start - 1) or _after_a_figure(s, start - 1)) and _boundary(s, end)
        if n < MIN_INTERIOR_DROP_LEN and not bounded:
            return False
        left, right = term[:i], term[i + 1:]
        if (left in vocab.known or left in vocab.prefixes) and (right in vocab.known or right in vocab.suffixes):
            return False  # 年预算数 is 年 + 预算数, two good words, not 年初预算数 less a character
        if left in vocab.suffixes and not _boundary(s, start - 1) and (
                right in vocab.known or (_is_cjk(s[start - 1]) and _opens_with_a_word(vocab, right)
                                         and not _AFTER_A_YEAR.search(s, max(0, start - 8), start))):
            return False  # 指挥部主要职责: the 部 closes the word before it, then a whole term follows;
            # 宣传部整体支出绩效自评: the office's 部, then words that open with one (整体支出)
        if i == n - 2 and right in vocab.function_chars and not _boundary(s, end):
            return False  # 经常性与国家机关: the 与 left after the drop links on to the words after it
        if i == n - 2 and right not in vocab.suffixes and not _boundary(s, end) \
                and s[end] not in vocab.function_chars and s[end:end + 2] not in vocab.known:
            return False  # 政府采购程序: the one character left after the drop (no suffix that closes
            # a word, as 率 in 预算执率 does) runs on into another word
        junction = start + i - 1
        if any(a <= junction and junction + 2 <= b for a, b in t.cover.get(junction, ())):
            return False  # the two characters brought together make a word (公务车 from 公务用车…)
        return not (t.straddled(start + i - 1, start, end) or t.straddled(start + i, start, end))
    if i == n - 1:
        # 专项资 for 专项资金: what is left must end in half a word, and the text after it must not
        # complete that half into another word.
        if end >= len(s) or s[end] == dropped or not _is_cjk(window[-1]) or window[-1] in vocab.function_chars:
            return False
        if dropped in vocab.rate_morphemes:
            return False  # 进行疫苗接种: the activity a rate (疫苗接种率) is named after
        if t.gap_before(end) and t.continues_later(end, dropped):
            return False  # a cell wrapped in a flattened table: its last character comes later
        if window[-1] in vocab.suffixes or window[-2:] in vocab.known:
            return False
        if window[-1] in vocab.verbs and window[:-1] in vocab.known:
            return False  # 资金分年度安排: the whole word 资金 and a verb, not 资金分配 typed short
        if t.straddled(end - 1, start, end):
            return False
        nxt = s[end]
        if nxt in _ELLIPSIS and not _UNIT_IN_BRACKETS.match(s, end):
            return False  # 财政拨款收、支 / 收(支): half of a coordinated pair, written short on purpose
            # (not 实际规(㎡): a column's unit in brackets closes the word)
        if not _is_cjk(nxt):
            return True
        if window[-1] + s[end:end + 2] in vocab.known:
            return False  # 经费预安排: the last character is a prefix the word after it takes (预 + 安排)
        return s[end:end + 2] in vocab.known and window[-1] + nxt not in vocab.known
    # i == 0: 目支出 for 项目支出, after punctuation or a year (2022年度般公共预算) only (at a text's
    # start it is a wrapped line).
    if start == 0 or s[start - 1] == dropped or not _is_cjk(window[0]):
        return False
    if dropped == "年" and s[start - 1] in _DIGITS:
        return False  # 2021度预算: the year lost its 年 (Y506's slip), no term less its first character
    if _is_cjk(s[start - 1]) and not _AFTER_A_YEAR.search(s, max(0, start - 8), start):
        return False
    if t.gap_before(start) and not t.after_marker(start):
        return False  # a title whose first character the page layout put elsewhere (not 一、 入…)
    if window[0] in vocab.function_chars:
        return False
    if s[start - 1] in _ELLIPSIS and not (start == 1 or s[start - 2] in _NUMERALS):
        return False  # 年初、末结转和结余 shares 年 on purpose; 三、出决算表 is a numbered heading
    if s[start - 1] == ")" and _reading_before(s, start - 1):
        return False  # 預(yù)算管理: the bracket gives the reading of the character before it, the term's first
    if window[0] in vocab.prefixes or window[:2] in vocab.known:
        return False
    return not t.straddled(start, start, end)


def _reading_before(s: str, close: int) -> bool:
    """Whether the bracket closing at ``close`` holds a romanised reading (``(yù)``, ``(xué)``)
    written right after a character: a page that annotates characters with their pinyin cuts
    every word it annotates, and what follows the bracket is the rest of a whole word."""
    open_ = s.rfind("(", max(0, close - 8), close)
    if open_ < 1 or not _is_cjk(s[open_ - 1]):
        return False
    inner = s[open_ + 1:close]
    return bool(inner) and all(ch.isalpha() and not _is_cjk(ch) for ch in inner)


def _after_a_figure(s: str, p: int) -> bool:
    """Whether ``s[p]`` is a 、 closing a figure and its unit (``收入95.10万元、``): it separates two
    statements there, where after a lone character (``收、支总计``) it shortens a coordinated pair."""
    if not 0 < p < len(s) or s[p] != "、":
        return False
    q = p - 1
    while q >= 0 and s[q] in _FIGURE_UNITS:
        q -= 1
    return q >= 0 and s[q].isdigit()


def _boundary(s: str, p: int) -> bool:
    """Whether position ``p`` (possibly outside ``s``) cannot continue a word: a text edge or a
    punctuation mark that does not shorten a coordinated pair (、 in 收、支 does)."""
    return not 0 <= p < len(s) or (not _is_cjk(s[p]) and s[p] not in _ELLIPSIS)


def _insert_ok(t: _Text, term: str, start: int, end: int, j: int) -> bool:
    """One extra character inside a long term, typed next to the one it was confused with."""
    vocab, window = t.vocab, t.s[start:end]
    if len(term) < MIN_INSERT_LEN or not 0 < j < len(window) - 1:
        return False
    extra = window[j]
    if not _is_cjk(extra) or extra in vocab.function_chars:
        return False
    if window[j] in (window[j - 1], window[j + 1]):
        return False  # a doubled character: find_doubled_characters reports it
    if window[:j] + window[j + 1:] != term:
        return False
    if not _extra_ok(vocab, window, j):
        return False
    return not t.straddled(start + j, start, end)


MIN_ANY_INSERT_LEN = 6  # a term this long read whole but for one character: any character put in is a slip


def _in_long_known(vocab, window: str, j: int) -> bool:
    """Whether a known word of three characters or more inside ``window`` covers ``window[j]``."""
    n = len(window)
    return any(window[lo:hi] in vocab.known
               for lo in range(j + 1) for hi in range(max(j + 1, lo + 3), n + 1))


def _extra_ok(vocab, window: str, j: int) -> bool:
    """Whether ``window[j]``, a character put into a term, may be a slip: one confused with a
    neighbour (typed beside the one it was taken for); in a term of six characters or more, any
    character that makes no known word with either neighbour, put in where the term does not
    part into two known words (公共文体化服务体系: 公共文 | 化服务体系). Put in between two words, a
    character is usually a word the writer meant (下一步拟改进措施: 下一步 | 改进措施, 经费支出预决算,
    授予中小微企业); beside its neighbour as a word (项目支出绩效自评价表: 评价), it is one, and so is
    a verb morpheme (支出按功能分类). Inside a known word of three characters or more within the
    window (农畜产品质量安全: 农畜产品, crop and livestock products), it is that word's."""
    extra = window[j]
    if _in_long_known(vocab, window, j):
        return False
    if vocab.confused(extra, window[j - 1]) or vocab.confused(extra, window[j + 1]):
        return True
    if len(window) - 1 < MIN_ANY_INSERT_LEN or extra in vocab.verbs:
        return False  # a verb put in reads on (支出按功能分类: 支出 by 功能分类)
    if window[j - 1:j + 1] in vocab.known or window[j:j + 2] in vocab.known:
        return False
    left, right = window[:j], window[j + 1:]
    return not (_ends_in_known(vocab, left) and any(right[:m] in vocab.known for m in range(2, len(right) + 1)))
