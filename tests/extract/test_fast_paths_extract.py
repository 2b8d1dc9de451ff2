"""Fast paths of the extractors find what the plain character loops found (issue 11: throughput).

Each reference is the definition before the fast path, compared on random text made of the
characters it cares about: for the terms scan, doubled characters inside and at the edge of
known terms, reduplications, CJK characters at both ends of the ranges ``_is_cjk`` accepts, and
others; for the prose figures, brackets of every kind around figures.
"""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from perflint.extract.terms import _STANDS_ALONE_BEFORE, _doubled_spans, _is_cjk, _overlaps, _Text, vocabulary  # noqa: E402

CHECK = settings(max_examples=400, deadline=None)

_VOCAB = vocabulary()
# Known terms with a doubling place, each with its doubled form, and some of their characters.
_TERMS = sorted(t for entries in _VOCAB.by_interior.values() for t, _ in entries)[:40]
_PIECES = [*_TERMS, *(t[:2] + t[1:] for t in _TERMS[:20]), *sorted(_VOCAB.reduplications)[:10],
           "预算", "算", "公开", "开", "资金", "金额", "金", "项目", "目", "哈哈", "\u3400\u3400",
           "\u4dbf\u4dbf", "\u9fff\u9fff", "\u4e00\u4e00", "\u33ff\u33ff", "aa", "11", " ", "（", "）", "\n"]


def doubled_spans_reference(t: _Text) -> list[tuple[int, int, str]]:
    """``_doubled_spans`` as it was: every character compared with the next one."""
    s, vocab = t.s, t.vocab
    found: list[tuple[int, int, str]] = []
    for k in range(len(s) - 1):
        c = s[k]
        if c != s[k + 1] or not _is_cjk(c) or s[k:k + 2] in vocab.reduplications:
            continue
        if any(a <= k and k + 2 <= b for a, b in t.cover.get(k, ())):
            continue
        if any(b == k + 1 and b - a >= 2 for a, b in t.cover.get(k, ())) and any(
                a == k + 1 and b - a >= 2 for a, b in t.cover.get(k + 1, ())):
            continue
        best: tuple[int, int, str] | None = None
        for term, j in vocab.by_interior.get(c, ()):
            if s[k - j:k] == term[:j] and k - j >= 0 and s[k + 1:k + 1 + len(term) - j] == term[j:]:
                if best is None or len(term) > len(best[2]):
                    best = (k - j, k + 1 + len(term) - j, term)
        if best is None and c not in vocab.function_chars and s[k + 2:k + 3] in _STANDS_ALONE_BEFORE:
            closing = [a for a, b in t.cover.get(k, ()) if b == k + 1 and b - a >= 2]  # 居民民的
            if closing and k + 1 not in t.cover:
                best = (min(closing), k + 2, s[min(closing):k + 1])
        if best is not None and not _overlaps(best[:2], [f[:2] for f in found]):
            found.append(best)
    return found


@CHECK
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_doubled_spans_as_the_character_loop(text):
    assert _doubled_spans(_Text(text, _VOCAB)) == doubled_spans_reference(_Text(text, _VOCAB))


def test_a_doubled_character_inside_a_term_is_found_and_a_reduplication_is_not():
    term, j = next(iter(_VOCAB.by_interior.values()))[0]
    doubled = term[:j] + term[j] + term[j:]  # 一体化 -> 一体体化
    assert [term for _, _, term in _doubled_spans(_Text("关于" + doubled + "的说明", _VOCAB))] == [term]
    pair = sorted(_VOCAB.reduplications)[0]
    assert _doubled_spans(_Text(pair + "参与", _VOCAB)) == []


# -- bracket depth of the prose figures (perflint.extract.prose) ---------------------------------

@CHECK
@given(st.lists(st.sampled_from(["（", "）", "(", ")", "【", "】", "[", "]", "年", "5", "万元", " "]),
                max_size=40).map("".join))
def test_depth_at_as_the_depth_of_every_character(text):
    from perflint.extract.prose import _depth_at, _depths

    at = _depth_at(text)
    assert [at(i) for i in range(len(text))] == _depths(text)


# -- the terms worth searching for near-misses (perflint.extract.term_nearmiss) -----------------

# Fuzzy terms sharing common halves, a term with a one-character second half, their halves, the
# terms with one character changed, dropped or swapped, and characters found beside them.
_FUZZY = [t for t in _VOCAB.fuzzy if t[:2] in ("预算", "资金", "项目", "绩效", "财政")][:30] + \
    [t for t in _VOCAB.fuzzy if len(t) == 3][:6]
_NEAR_PIECES = [*_FUZZY, *(t[:len(t) // 2] for t in _FUZZY), *(t[len(t) // 2:] for t in _FUZZY),
                *(t[:1] + "的" + t[2:] for t in _FUZZY[:10]), *(t[:-1] for t in _FUZZY[:10]),
                *(t[1] + t[0] + t[2:] for t in _FUZZY[:6]), "率", "数", "的", "，", " ", "（"]


def misspellings_reference(t: _Text, taken: list[tuple[int, int]]):
    """``term_nearmiss.misspellings`` before the screen of the terms by the characters beside
    their anchors: every term one of whose halves the text holds is searched."""
    from perflint.extract import term_nearmiss

    every = {i for anchor in t.probes_found for i in _VOCAB.anchor_terms.get(anchor, ())}

    def searched(s: str, term: str, anchor: str, offset: int) -> list[int]:
        """The places of ``anchor`` in ``s`` that term_nearmiss._may_reach lets through, found by
        searching the text (what _windows does) rather than from the text scan's probes."""
        found, pos = [], s.find(anchor)
        while pos >= 0:
            if term_nearmiss._may_reach(s, term, pos, offset):
                found.append(pos)
            pos = s.find(anchor, pos + 1)
        return found

    def every_place(t: _Text):
        firsts, seconds = {}, {}
        for i in every:
            term = _VOCAB.fuzzy[i]
            h = len(term) // 2
            firsts[i], seconds[i] = searched(t.s, term, term[:h], 0), searched(t.s, term, term[h:], h)
        return firsts, seconds

    real = term_nearmiss._anchored_places
    term_nearmiss._anchored_places = every_place
    try:
        return term_nearmiss.misspellings(t, taken)
    finally:
        term_nearmiss._anchored_places = real


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NEAR_PIECES), max_size=12).map("".join))
def test_reachable_terms_hold_every_term_with_a_window(text):
    from perflint.extract.term_nearmiss import (
        _anchored_places,
        _reachable_terms,
        _windows,
        _windows_at,
        misspellings,
    )

    t = _Text(text, _VOCAB)
    every = {i for anchor in t.probes_found for i in _VOCAB.anchor_terms.get(anchor, ())}
    reachable = _reachable_terms(t)
    assert reachable <= every
    assert {i for i in every if _windows(t.s, _VOCAB.fuzzy[i])} <= reachable
    assert misspellings(t, []) == misspellings_reference(_Text(text, _VOCAB), [])
    # the places found from the text scan give the windows searching gives, in the same order
    firsts, seconds = _anchored_places(t)
    for i in every:
        term = _VOCAB.fuzzy[i]
        assert list(_windows_at(t.s, term, firsts.get(i, ()), seconds.get(i, ()))) == list(_windows(t.s, term))


def _slips_of(term: str) -> list[str]:
    """``term`` with one character swapped for one it is confused with, or for its neighbour,
    dropped (first, inside, last), an extra confusable one put in (in a long term, any one), two
    neighbours swapped."""
    out = []
    for i, ch in enumerate(term):
        out += [term[:i] + c + term[i + 1:] for c in sorted(_VOCAB.confusable.get(ch, ()))[:2]]
    out += [term[1] + term[1:], term[1:], term[:-1], term[:2] + term[3:], term[1] + term[0] + term[2:]]
    extra = sorted(_VOCAB.confusable.get(term[2], ()))[:1]
    out += [term[:3] + c + term[3:] for c in extra]
    if len(term) >= 6:  # a character of no kind put in a long term (卫生监督巡协管)
        out += [term[:2] + "巡" + term[2:], term[:4] + "巡" + term[4:]]
    return out


_LIVE_TERMS = [t for t in _VOCAB.fuzzy if t[:2] in ("预算", "资金", "项目", "财政", "公务")][:12] + \
    [t for t in _VOCAB.fuzzy if len(t) == 3][:4] + [t for t in _VOCAB.fuzzy if len(t) == 4][:4]
_LIVE_PIECES = [*_LIVE_TERMS, *(s for t in _LIVE_TERMS for s in _slips_of(t)),
                *(t[:len(t) // 2] for t in _LIVE_TERMS), *(t[len(t) // 2:] for t in _LIVE_TERMS),
                "2022年", "2023年度", "年", "度", "、", "/", "(", ")", "，", "。", "的", "和", "率", "数", "费",
                "元", "1", " ", "（", "）", "\n"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LIVE_PIECES), max_size=10).map("".join))
def test_live_terms_hold_every_term_a_slip_is_found_of(text):
    """``term_nearmiss.misspellings`` searches only the terms :func:`_live_terms` finds: it
    finds what searching every term :func:`_anchored_places` lists finds, in the same order."""
    from perflint.extract import term_nearmiss

    def every_listed(t: _Text) -> set[int]:
        firsts, seconds = term_nearmiss._anchored_places(t)
        return firsts.keys() | seconds.keys()

    found = term_nearmiss.misspellings(_Text(text, _VOCAB), [])
    real = term_nearmiss._live_terms
    term_nearmiss._live_terms = every_listed
    try:
        assert found == term_nearmiss.misspellings(_Text(text, _VOCAB), [])
    finally:
        term_nearmiss._live_terms = real


def live_terms_reference(t: _Text) -> set[int]:
    """``term_nearmiss._live_terms`` as it was: a loop over ``t.probes_found``, the places of
    each probe found first (the kept pieces are those of term_nearmiss, a cache of verdicts)."""
    from perflint.extract import term_nearmiss as nm

    vocab, s = t.vocab, t.s
    live: set[int] = set()
    for anchor, positions in t.probes_found.items():
        size = len(anchor)
        after = vocab.after_first.get(anchor)
        if after is not None:
            for pos in positions:
                live.update(nm._live_after(vocab, after, size, s[pos:pos + 2 * size + 2]))
        before = vocab.before_second.get(anchor)
        if before is not None or anchor in vocab.second_anywhere:
            everywhere = vocab.second_anywhere.get(anchor, ())
            reach = size + 1
            for pos in positions:
                piece = s[pos - reach if pos > reach else 0:pos + size]
                live.update(nm._live_before(vocab, before, everywhere, size, piece))
    return live


_TYPO_PIECES = sorted(_VOCAB.typo_wrongs)[:15] + [t.wrong[:-1] for t in _VOCAB.typos[:5]]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([*_LIVE_PIECES, *_TYPO_PIECES]), max_size=10).map("".join))
def test_live_and_wrongs_read_at_the_places_of_the_probes(text):
    """One loop over the probes' places finds the live terms the loop over ``probes_found``
    found, and the typos' wrong forms ``probes_found`` holds."""
    from perflint.extract.term_nearmiss import live_and_wrongs

    t = _Text(text, _VOCAB)
    live, wrongs = live_and_wrongs(t)
    assert live == live_terms_reference(_Text(text, _VOCAB))
    assert wrongs == _VOCAB.typo_wrongs.intersection(t.probes_found)


def test_a_typo_is_read_with_the_live_terms():
    from perflint.extract.term_nearmiss import live_and_wrongs

    wrong = _VOCAB.typos[0].wrong
    assert live_and_wrongs(_Text("关于" + wrong + "的说明", _VOCAB))[1] == {wrong}
    # (a mark after the cut: a wrong form may end in the 的 the sentence would add back)
    assert live_and_wrongs(_Text("关于" + wrong[:-1] + "。说明", _VOCAB))[1] == set()


def test_a_slip_keeps_its_term_live_and_a_correct_term_does_not():
    from perflint.extract.term_nearmiss import _live_terms

    term = next(t for t in _VOCAB.fuzzy if t == "公务用车运行维护费")
    index = _VOCAB.fuzzy.index(term)
    assert index in _live_terms(_Text("本年公用用车运行维护费0元。", _VOCAB))
    assert index not in _live_terms(_Text("本年公务用车运行维护费0元。", _VOCAB))


def test_the_kept_pieces_are_bounded_and_what_is_found_does_not_depend_on_them(monkeypatch):
    from perflint.extract import term_nearmiss

    texts = ["本年公用用车运行维护费0元。", "预算执行率为95%，项目资金支出进度正常。", "公务用车运行维护费", "专项资金"] * 3
    found = [term_nearmiss.misspellings(_Text(text, _VOCAB), []) for text in texts]
    monkeypatch.setattr(term_nearmiss, "_MAX_PIECES", 3)
    monkeypatch.setattr(term_nearmiss, "_LIVE_AFTER", {})
    monkeypatch.setattr(term_nearmiss, "_LIVE_BEFORE", {})
    monkeypatch.setattr(term_nearmiss, "_kept", [0])
    assert [term_nearmiss.misspellings(_Text(text, _VOCAB), []) for text in texts] == found
    assert 0 < term_nearmiss._kept[0] <= 3
    assert sum(map(len, [*term_nearmiss._LIVE_AFTER.values(), *term_nearmiss._LIVE_BEFORE.values()])) <= 3
    assert found[0] and not found[2]


def test_probes_found_with_every_place():
    t = _Text("预算执行率 预算执行预算", _VOCAB)
    assert t.probes_found["预算"] == [0, 5, 9]


# -- the title-line screen of the copied-text stream (perflint.extract.similarity) --------------

@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["一、", "（二）", "1.", "二是", "首先", "１", "２０２０", "年度", "报告", "。", "，",
                                 " ", "\u3000", "\n", "％", "%", "．", "＝", "…", "绩效", "自评", "（", "）", "a"]),
                max_size=12).map("".join),
       st.sampled_from(["2020年度绩效自评报告", "年度报告", "绩效", "", "1"]))
def test_last_kept_char_screens_the_title_test(text, title):
    from perflint.extract.similarity import last_kept_char, normalise

    norm = normalise(text)
    if norm:
        assert last_kept_char(text) == norm[-1]
    screened = bool(last_kept_char(text)) and last_kept_char(text) in title and bool(norm) and norm in title
    assert screened == (bool(norm) and norm in title)


# -- texts the terms scan skips (perflint.extract.terms.scan) ------------------------------------

def scan_reference(text: str):
    """``terms.scan`` without its screen of the characters a word can start with."""
    from perflint.extract.term_nearmiss import misspellings
    from perflint.extract.terms import TermFindings, _typo_spans

    t = _Text(text, _VOCAB)
    typo_spans = _typo_spans(t, _VOCAB.typo_wrongs.intersection(t.probes_found))
    taken = [(a, b) for a, b, _ in typo_spans]
    doubled = [d for d in _doubled_spans(t) if not _overlaps(d[:2], taken)]
    taken += [(a, b) for a, b, _ in doubled]
    return TermFindings(
        misspellings=tuple(misspellings(t, taken)),
        typos=tuple(t.match(a, b, typo.right, "typo", typo.right) for a, b, typo in typo_spans),
        doubled=tuple(t.match(a, b, term, "doubled", term) for a, b, term in doubled),
    )


_OPENING = sorted(_VOCAB.scan_lengths_by_first)
_SCAN_PIECES = [*_PIECES[:30], *_NEAR_PIECES[:30], *_OPENING[:20], *_OPENING[-10:], "(", ")", "（", "）",
                "85.59%", "≥90%", "１２", "万元", "。", "、", "\u3000", "\t", "x", "ⅰ", "〇"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=10).map("".join))
def test_scan_screen_skips_only_texts_with_nothing_to_find(text):
    from perflint.extract.terms import scan

    assert scan(text) == scan_reference(text)


def test_a_figure_cell_is_screened_out_and_a_term_is_not():
    from perflint.extract.terms import _openers

    assert _openers().search("≥85.59%") is None
    assert _openers().search(_VOCAB.fuzzy[0]) is not None


# -- the terms scan's index of a text (perflint.extract.terms._Text) -----------------------------

def text_index_reference(text: str):
    """What ``_Text`` finds, as it found it before the lookup by a word's first two characters
    and the compaction by runs: a step per character, every length a word starting with that
    character has."""
    from perflint.extract.terms import _PARENS

    chars, offsets = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(_PARENS.get(ch, ch))
            offsets.append(i)
    s = "".join(chars)
    occurrences, spans, probes_found = {}, [], {}
    for a, ch in enumerate(s):
        for length in _VOCAB.scan_lengths_by_first.get(ch, ()):
            piece = s[a:a + length]
            if a + length > len(s) or piece not in _VOCAB.scan_words:
                continue
            if piece in _VOCAB.known:
                occurrences.setdefault(piece, []).append(a)
                spans.append((a, a + length))
            if piece in _VOCAB.probes:
                probes_found.setdefault(piece, []).append(a)
    return s, offsets, occurrences, spans, list(probes_found.items())


_SINGLES = sorted(_VOCAB.scan_singles)
_INDEX_PIECES = [*_NEAR_PIECES[:40], *_SINGLES[:10], *_OPENING[:10], "(", "（", "）", " ", "\t", "\n", "\u3000",
                 "\x1c", "\u2028", "\xa0", "的", "1"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_INDEX_PIECES), max_size=14).map("".join))
def test_text_index_finds_what_a_step_per_character_finds(text):
    t = _Text(text, _VOCAB)
    found = (t.s, t.offsets, dict(t.occurrences), t._spans, list(t.probes_found.items()))
    assert found == text_index_reference(text)


# prose_results: the clause around a figure found by bisecting the clause marks' offsets, and
# the characters around it counted from the paragraph's and the figure's compacted lengths.
_CLAUSE_TEXT = st.text(alphabet="，,。；;：:！!？?\n 　\t≥95%满意度达到", max_size=30)


@CHECK
@given(_CLAUSE_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_clause_by_bisection_is_the_character_walk(value, a, b):
    from perflint.extract.prose_results import _clause, _clause_at, _clause_marks

    start, end = sorted((min(a, len(value)), min(b, len(value))))
    marks = [m.start() for m in _clause_marks().finditer(value)]
    assert _clause_at(marks, len(value), start, end) == _clause(value, start, end)


@CHECK
@given(_CLAUSE_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_characters_around_a_figure_add_up(value, a, b):
    from perflint.text.normalise import compact

    start, end = sorted((min(a, len(value)), min(b, len(value))))
    assert len(compact(value[:start] + value[end:])) == len(compact(value)) - len(compact(value[start:end]))


def test_zero_change_screens_name_every_first_character():
    """zero_change's early screens list the first character of every verb and reason word its
    patterns read (a word added there must be added to the screens)."""
    import re as _re

    from perflint.extract import zero_change

    verbs = _re.search(r"\(\?P<verb>([^)]*)\)", zero_change._CHANGE.pattern).group(1).split("|")
    assert {v[0] for v in verbs} <= set(zero_change._VERB_FIRST.pattern.strip("[]"))
    assert {w[0] for w in zero_change._REASON.pattern.split("|")} <= set(zero_change._REASON_FIRST.pattern.strip("[]"))


# -- words cut short (perflint.extract.slips.truncated_words) ------------------------------------

_STEM_PIECES = ["终端单位", "终端单", "观测站点", "观测站", "站点", "点", "位", "的", "和", "，", "。", "、", " ",
                "考核", "成本预算", "成本预", "预", "算", "aba", "ab", "1"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_STEM_PIECES), max_size=6).map("".join), min_size=1, max_size=8))
def test_a_stop_whose_short_stem_is_written_once_is_passed_over_as_before(texts):
    """truncated_words skips a stop whose shortest stem occurs once (written_once): it finds what
    counting every stem at every lone stop found."""
    from perflint.extract import slips

    found = slips.truncated_words(texts)
    real = slips._StemUsage.written_once
    slips._StemUsage.written_once = lambda self, idx, end: False
    try:
        assert found == slips.truncated_words(list(texts))
    finally:
        slips._StemUsage.written_once = real


def test_a_cut_word_is_found_past_the_screen():
    from perflint.extract.slips import truncated_words

    texts = ["中心负责全区网格监测站点的日常巡查，共设监测站点 42 个。",
             "组织对各监测站的考核，考核结果与经费挂钩。监测站点数据按月上报，监测站点设备完好率 98%。"]
    assert [(c.written, c.missing) for c in truncated_words(texts)] == [("监测站", "点")]


# -- a unit's name written out (perflint.extract.name_heads._full_name) ---------------------------

_NAME_PIECES = ["徐闻县", "闻县", "县", "区", "市", "旗", "前山镇", "人民政府", "医疗保障局", "局", "中心", "，", "。",
                " ", "\n", "2023年", "东城区", "东城", "a", "某某市某某县"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12).map("".join))
def test_a_full_name_is_found_from_its_suffix_as_from_its_boundary(text):
    """The pattern that starts at the place's suffix finds the names the pattern trying the
    boundary at every character found (the lead, the place, the body; none inside another)."""
    import re

    from perflint.extract.name_heads import _CJK, _full_name, _lists

    endings = _lists()[2]
    before = re.compile(rf"(?<![{_CJK}])([{_CJK}])([{_CJK}][县区市旗])([{_CJK}]{{2,12}}?(?:{endings}))")
    assert [m.groups() for m in _full_name().finditer(text)] == [m.groups() for m in before.finditer(text)]
    assert ["".join(m.groups()) for m in _full_name().finditer(text)] == [m.group(0) for m in before.finditer(text)]


# -- a report's name spelt two ways (perflint.extract.name_variants) ------------------------------

_TITLE = "2023年青禾县山羊良种繁育经费的绩效自评报告"
_VARIANT_PIECES = ["2023年青禾县山羊良种繁育", "2023年青荷县", "年青荷县山羊", "青禾县山羊良种繁育", "青荷县山羊良种繁育", "山羊良种", "良种繁育经费", "良种繁肓经费", "青禾县",
                   "经费的", "， ", " ", "\u3000", "。", "2023年", "县", "繁育"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_VARIANT_PIECES), max_size=6).map("".join), max_size=6))
def test_name_variants_try_only_the_anchors_a_text_holds(texts):
    """Looking a title up only by the anchors the screen found in a text finds what trying every
    anchor of the title in every text it passed found."""
    from perflint.extract import name_variants as nv

    found = nv.name_variants([_TITLE], texts)
    real = nv._in_text
    nv._in_text = lambda ref, text, index, only=None: real(ref, text, index)
    try:
        assert found == nv.name_variants([_TITLE], list(texts))
    finally:
        nv._in_text = real


def test_a_name_spelt_with_one_character_changed_is_found_past_the_screen():
    from perflint.extract.name_variants import name_variants

    found = name_variants([_TITLE], ["本项目为2023年青荷县山羊良种繁育经费项目。", "青禾县山羊良种繁育"])
    assert [(v.index, v.written, v.expected) for v in found] == [
        (0, "2023年青荷县山羊良种繁育经费", "2023年青禾县山羊良种繁育经费")]


def normalise_title_reference(text: str) -> str:
    """``contents.normalise_title`` as it was: its table made at every call, nothing remembered."""
    from perflint.text.normalise import compact

    table = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "“": '"', "”": '"',
                           "‘": "'", "’": "'", "．": ".", "、": "、"})
    return compact(text).translate(table).rstrip("。．.，,：:；;！!？?、" + ".")


@CHECK
@given(st.lists(st.sampled_from(["（", "）", "(", ")", "：", ":", "，", "；", "“", "”", "‘", "’", "．", "、", "。", " ",
                                 "\u3000", "\t", "一", "预算", "执行", "情况", "图", "1", "?", "！", "x" * 400]),
                max_size=12).map("".join))
def test_normalise_title_remembered_is_the_plain_definition(text):
    from perflint.extract.contents import normalise_title

    assert normalise_title(text) == normalise_title_reference(text)
    assert normalise_title(text) == normalise_title_reference(text)  # asked again: the remembered answer


@CHECK
@given(st.lists(st.sampled_from(["（", "）", "(", ")", "：", ":", "．", ".", "。", "，", " ", "\u3000", "一", "目录",
                                 "情况", "1", "x" * 400]), max_size=10).map("".join))
def test_contents_line_key_remembered_is_the_plain_definition(text):
    from perflint.read.toc import _KEY_TABLE, _TRAILING, _key
    from perflint.text.normalise import compact

    assert _key(text) == _key(text) == compact(text).translate(_KEY_TABLE).rstrip(_TRAILING)


def test_longer_probes_by_their_third_character_are_every_probe_of_the_pair():
    """live_and_wrongs looks up a longer piece only at the sizes of the probes that start with
    the place's pair and third character: exactly the probes looking up each of the pair's
    sizes would find (probe_lengths_by_pair), none left out."""
    chains, _singles, entries = _VOCAB.probe_chains
    for pair, lengths in _VOCAB.probe_lengths_by_pair.items():
        _short, longer = chains[pair]
        expected: dict[str, set[int]] = {}
        for probe in entries:
            if len(probe) > 2 and probe[:2] == pair:
                assert len(probe) in lengths
                expected.setdefault(probe[2], set()).add(len(probe))
        assert (longer or {}) == {c: tuple(sorted(sizes)) for c, sizes in expected.items()}
        assert (longer is None) == (not any(size > 2 for size in lengths))


def doubling_runs_reference(values, joined, runs):
    """``own_spellings._doubling_runs`` as it was: each run searched for a doubled character."""
    import re
    from bisect import bisect_right
    from itertools import accumulate

    ordinals = [o for o, run in enumerate(runs) if re.search(r"([\u4e00-\u9fff])\1", run)]
    if not ordinals:
        return []
    found = list(re.finditer(r"[\u4e00-\u9fff]{4,}", joined))
    starts = list(accumulate(map(len, values), lambda at, n: at + n + 1, initial=0))
    placed = []
    for o in ordinals:
        m = found[o]
        index = bisect_right(starts, m.start()) - 1
        placed.append((index, m.start() - starts[index], m.group(0)))
    return placed


@CHECK
@given(st.lists(st.lists(st.sampled_from(["事", "业", "单", "单单", "位", "位位", "人人", "a", "1", "，", " ", "《", "》",
                                          "常", "常常常", "\u4e00", "\u9fff\u9fff"]), max_size=12).map("".join),
                max_size=6))
def test_doubling_runs_found_in_one_search_are_the_runs_searched_one_by_one(values):
    from perflint.extract.own_spellings import _CJK_RUN, _SEPARATOR, _doubling_runs

    joined = _SEPARATOR.join(values)
    runs = _CJK_RUN.findall(joined)
    assert _doubling_runs(values, joined, runs) == doubling_runs_reference(values, joined, runs)


_RATE_PIECES = ["某村文化广场项目资金", "拨付率", "执行率", "支出率", "使用进度", "100", "72.00", "86.4", "120",
                "%", "％", "万元", "，", "。", "已拨付", "及时率", "（1）", "1", ".", "．", " "]


@CHECK
@given(st.lists(st.sampled_from(_RATE_PIECES), max_size=24).map("".join))
def test_named_fund_rates_screened_by_the_percent_sign_as_by_the_patterns(text):
    """A paragraph without % or ％ holds no rate shown to a decimal: the sign's test in C
    leaves out only what the patterns left out."""
    from perflint.extract import fund_rates as fr

    if "%" not in text and "％" not in text:
        assert fr.named_fund_rate_candidates(text) == []
        assert fr._DECIMAL_RATE.search(text) is None
    else:
        plain = fr._SCREEN.search(text) is not None and fr._DECIMAL_RATE.search(text) is not None
        assert plain or fr.named_fund_rate_candidates(text) == []


# A contents entry's page tail (leaders, page number) is cut by a scan back from the line's end.
# The pattern it replaces, ``[\s.．…·•\-—_\d]+$``, was retried from every position of a long run
# of those characters that does not end the line: quadratic on a page flattened into one line
# (benchmarks/fuzz.py seed 3301: 6 s on one 163 KB line).
_TAIL_PIECES = [" ", "\u3000", "\t", ".", "．", "…", "·", "•", "-", "—", "_", "1", "23", "\u0663", "一",
                "部门概况", "a", "（", "）"]


@CHECK
@given(st.lists(st.sampled_from(_TAIL_PIECES), max_size=30).map("".join))
def test_page_tail_cut_as_the_pattern_cut_it(text: str) -> None:
    import re

    from perflint.extract.part_heads import without_page_tail

    assert without_page_tail(text) == re.sub(r"[\s.．…·•\-—_\d]+$", "", text)


def test_page_tail_of_a_long_line_with_inner_leaders() -> None:
    from perflint.extract.part_heads import without_page_tail

    line = "一、部门概况" + "." * 50_000 + "说明" + " 3"
    assert without_page_tail(line) == line[:-2]
