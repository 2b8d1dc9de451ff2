"""The text-layer fast paths give what the plain definitions give.

Several per-character loops became regex scans, ``str.replace`` runs or memo lookups (issue 11:
throughput). Each is compared here, on random text made of the characters it cares about, with
the plain definition it replaced, written out below as the reference.
"""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from perflint import discover  # noqa: E402
from perflint.extract import punctuation  # noqa: E402
from perflint.extract.similarity import enumerations  # noqa: E402
from perflint.read.encoding import _looks_like_text  # noqa: E402
from perflint.text import sentences  # noqa: E402
from perflint.text.normalise import Folded, fold, fold_char  # noqa: E402
from perflint.text.numbering import _PATTERNS, chinese_to_int, int_to_chinese, parse_marker  # noqa: E402
from perflint.text.numbers import _FULLWIDTH, normalise  # noqa: E402

CHECK = settings(max_examples=300, deadline=None)


def pieces(*chars: str, max_size: int = 40) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(chars), max_size=max_size).map("".join)


# -- references: the definitions before the fast paths ------------------------------------------

def fold_reference(text: str) -> Folded:
    chars, offsets = [], []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        if f:
            chars.append(f)
            offsets.append(i)
    return Folded("".join(chars), tuple(offsets), len(text))


def sentences_reference(text: str) -> list[tuple[int, int]]:
    out, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in sentences.OPEN_BRACKETS:
            depth += 1
        elif ch in sentences.CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif ch in sentences.SENTENCE_END and depth == 0:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def statements_reference(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in sentences.STATEMENT_END:
            if text[start:i].strip():
                out.append((start, i))
            start = i + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def doubled_marks_reference(text: str) -> list[tuple[int, int]]:
    marks, out, i = frozenset("，,、；;。：:"), [], 0
    while i < len(text) - 1:
        if text[i] in marks and text[i + 1] in marks:
            j = i + 2
            while j < len(text) and text[j] in marks:
                j += 1
            run, before = text[i:j], text[i - 1] if i else ""
            leftover = (j - i <= 4 and len(set(run)) > 1 and run[0] not in "：:" and any(c in run for c in "。；;")
                        and (before.isdigit() or "\u4e00" <= before <= "\u9fff"))
            if j - i == 2 or leftover:  # (a short mixed run after a word: a clause cut out, 亩,;,。)
                out.append((i, j))
            i = j
            continue
        i += 1
    return out


def quotes_reference(text: str) -> list[tuple[int, int]]:
    slips = []
    for opening, closing in {"“": "”", "‘": "’"}.items():
        open_at = None
        for i, ch in enumerate(text):
            if ch == opening:
                if open_at is None:
                    open_at = i
                    continue
                nxt_close, nxt_open = text.find(closing, i + 1), text.find(opening, i + 1)
                if nxt_close == -1 or (nxt_open != -1 and nxt_open < nxt_close):
                    slips.append((i, open_at))
                    open_at = None
                else:
                    open_at = i
            elif ch == closing:
                open_at = None
        is_open = False  # a closing mark with none of its kind open before it (三公”)
        for i, ch in enumerate(text):
            if ch == opening:
                is_open = True
            elif ch == closing:
                if not is_open and {"“": '"', "‘": "'"}[opening] not in text[:i]:
                    slips.append((i, -1))
                is_open = False
    return sorted(slips)


def parse_marker_reference(text: str):
    for style, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        raw = next(g for g in m.groups() if g)
        if style == "circled":
            value = ord(raw) - ord("①") + 1
        else:  # a numeral a PDF spaced out (十 一 、) counts when its characters spell one
            spaced = raw.replace(" ", "").replace("\u3000", "")
            value = chinese_to_int(spaced)
            if spaced != raw and (value is None or int_to_chinese(value) != spaced):
                continue
            raw = spaced
        if value is None or value == 0:
            continue
        if style in ("cn", "cn_half") and len(raw) > 1 and raw[0] not in "一二三四五六七八九十":
            continue
        return style, value, m.group(0).strip(), m.end()
    return None


# -- comparisons --------------------------------------------------------------------------------

TEXT = pieces("a", "1", "１", "（", "）", "(", ")", "，", "。", "；", "！", "?", "\n", " ", "\t", "\u3000", "\xa0",
              "—", "－", "～", "﹪", "．", "ａ", "中", "【", "】", "[", "]")


@CHECK
@given(TEXT)
def test_fold_is_fold_char_on_every_character(text):
    assert fold(text) == fold_reference(text)


@CHECK
@given(TEXT)
def test_normalise_is_the_translation_table(text):
    assert normalise(text) == text.translate(_FULLWIDTH)


@CHECK
@given(TEXT)
def test_sentence_and_statement_splitters(text):
    assert list(sentences.sentences(text)) == sentences_reference(text)
    assert list(sentences.statements(text)) == statements_reference(text)


@CHECK
@given(pieces("“", "”", "‘", "’", "(", "（", ")", "）", "〔", "〕", "[", "]", "【", "】", "《", "》", "〈", "〉",
              "，", ",", "、", "；", "。", "：", "1", "一", "a", " ", "\n"))
def test_punctuation_finders_visit_only_the_marks(text):
    assert [(s.start, s.end) for s in punctuation.punctuation_slips(text) if s.kind == "doubled"] == \
        doubled_marks_reference(text)
    assert [(s.start, s.opening) for s in punctuation.unbalanced_quotes(text)] == quotes_reference(text)
    for slip in punctuation.unbalanced_brackets(text):
        assert punctuation.bracket_family(text[slip.start])


@CHECK
@given(pieces(" ", "\u3000", "第", "一", "二", "十", "两", "部分", "章", "（", "）", "(", ")", "、", ".", "．",
              "1", "12", "①", "⑳", "年", "a", max_size=8))
def test_parse_marker_screen_keeps_every_marker(text):
    found = parse_marker(text)
    got = (found[0].style, found[0].value, found[0].marker, found[1]) if found else None
    assert got == parse_marker_reference(text)


@CHECK
@given(st.text(alphabet=st.sampled_from(["\x00", "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1f", " ", "\ufffd",
                                         "中", "a"]), max_size=60), st.integers(0, 3000))
def test_control_characters_counted_as_before(text, padding):
    text += "中" * padding
    expected = not text or sum(
        1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd") / len(text) < 0.001
    assert _looks_like_text(text) == expected


@CHECK
@given(pieces("药店", "2家", "5万元", "3个", "医院", "，", "；", "。", "\n", max_size=20))
def test_a_text_without_the_list_mark_has_no_enumeration(text):
    assert enumerations(text) == []


def test_term_normalisation_drops_what_isspace_drops_and_maps_the_parentheses() -> None:
    """``terms._norm`` (translate + split) against the per-character definition, on every
    character and on mixed texts."""
    from perflint.extract.terms import _PARENS, _norm

    def reference(text: str) -> str:
        return "".join(_PARENS.get(ch, ch) for ch in text if not ch.isspace())

    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert _norm(every) == reference(every)
    for text in ["", " 绩效 目标（年度） ", "\u3000预算\x1c执行\u2028率\x85", "(a)\t（b）\n"]:
        assert _norm(text) == reference(text)
def placeholders_reference(text: str) -> list:
    from perflint.extract.template_text import (
        PhraseMatch,
        _dedupe,
        _masked_after,
        _masked_name_before,
        _placeholder_patterns,
    )

    masked, stated = _masked_name_before(), _masked_after()
    return _dedupe([PhraseMatch("placeholder", m.start(), m.end(), m.group(0))
                    for p in _placeholder_patterns() for m in p.finditer(text)
                    if not masked.search(text, max(0, m.start() - 2), m.start()) and not stated.match(text, m.end())])


@CHECK
@given(pieces("×", "✕", "X", "Ｘ", "x", "ｘ", "a", "＊", "□", "年", "万元", "（", "(", ")", "）", " ", "人", "%", "项目"))
def test_placeholder_screen_keeps_every_placeholder(text):
    from perflint.extract.template_text import placeholders

    assert placeholders(text) == placeholders_reference(text)


PROJECT_WORDS = ("城乡", "医疗", "保险", "道路", "养护", "经费", "项目", "资金", "专项", "农村", "饮水")


@CHECK
@given(st.lists(st.lists(st.lists(st.sampled_from(PROJECT_WORDS), min_size=2, max_size=4).map("".join), max_size=3),
                min_size=9, max_size=14),
       pieces(*PROJECT_WORDS, "，", "完成", "2023年", max_size=12))
def test_form_names_looked_up_by_their_first_characters(names, text):
    """A part with many forms looks a passage's names up through an index: the same form named,
    the same ties, as asking every form."""
    from perflint.extract.form_links import FormLinker, _bigram_index

    linker = FormLinker.__new__(FormLinker)
    linker.forms = [f"form {k}" for k in range(len(names))]
    linker.names = [sorted(set(ns), key=lambda n: (-len(n), n)) for ns in names]
    linker._by_bigram = None
    scanned = linker._by_name(text)
    linker._by_bigram = _bigram_index(linker.names)
    assert linker._by_name(text) == scanned


def numbering_row_reference(texts: list[str]) -> bool:
    from perflint.extract.table_grid import _header_res, _is_int

    filled = [t for t in texts if t]
    ints = [int(t) for t in filled if _is_int(t)]
    words = [t for t in filled if not _is_int(t)]
    if any(not _header_res()[0].search(w) for w in words):
        return False
    if not ints:
        return bool(words)
    if len(ints) < 2:
        return False
    return all(b == a + 1 for a, b in zip(ints, ints[1:], strict=False))


@CHECK
@given(st.lists(st.sampled_from(["", "1", "2", "3", "4", "12", "栏次", "序号", "行次", "项目", "1,000", "0"]),
                max_size=8))
def test_numbering_row_answered_at_its_first_label(texts):
    from perflint.extract.table_grid import _is_numbering_row

    assert _is_numbering_row(texts) == numbering_row_reference(texts)
@CHECK
@given(pieces("一、", "主要职责", " ", "\t", ".", "．", "·", "…", "3", "12-13", "PAGEREF", "_Toc12", "\\h", "页",
              max_size=16))
def test_contents_screen_keeps_every_contents_line(text):
    from perflint.read.lines import _TOC, _TOC_SCREEN

    for candidate in (text, text.replace("\t", " ").strip()):
        if _TOC.match(candidate):
            assert _TOC_SCREEN.search(candidate)


def dropped_chars_reference(text: str) -> str:
    import unicodedata

    from perflint.extract.similarity import _KEEP_SYMBOLS

    return "".join(ch for ch in text if ch in _KEEP_SYMBOLS or unicodedata.category(ch)[0] not in "PZCS")


@CHECK
@given(st.text(max_size=60) | pieces("资金", "，", "。", " ", "\u3000", "%", "≥", "＋", "+", "（", "1", "１", "\n", "\t",
                                    "\u200b", "©", "—", "·", "ａ", max_size=30))
def test_normalise_drops_the_characters_their_category_drops(text):
    from perflint.extract.similarity import _DROPPED

    assert text.translate(_DROPPED) == dropped_chars_reference(text)


def test_dropped_chars_table_agrees_on_every_code_point():
    from perflint.extract.similarity import _DroppedChars

    everything = "".join(map(chr, range(0x110000)))
    assert everything.translate(_DroppedChars()) == dropped_chars_reference(everything)


def term_windows_reference(s: str, term: str) -> set[tuple[int, int]]:
    """``term_nearmiss._windows`` before the screen of its anchors (:func:`_may_reach`)."""
    n = len(term)
    h = n // 2
    spans: set[tuple[int, int]] = set()
    for anchor, offset in ((term[:h], 0), (term[h:], h)):
        pos = s.find(anchor)
        while pos >= 0:
            if not (pos >= offset and s.startswith(term, pos - offset)):
                for length in (n, n - 1, n + 1):
                    start = pos if offset == 0 else pos - h - (length - n)
                    if start >= 0 and start + length <= len(s):
                        spans.add((start, start + length))
            pos = s.find(anchor, pos + 1)
    return spans


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(["预算执行", "绩效目标", "专项资金", "资金", "项目支出", "部门整体支出", "财政拨款收入",
                        "满意度", "一般公共预算财政拨款"]).flatmap(
    lambda term: st.tuples(st.just(term), pieces(*term, "的", "率", "，", " ", "预", max_size=24))))
def test_term_windows_screen_keeps_every_window_within_reach(case):
    from perflint.extract.term_nearmiss import _windows, _within_reach

    term, s = case
    near = {w for w in term_windows_reference(s, term) if _within_reach(term, s[w[0]:w[1]])}
    assert {w for w in _windows(s, term) if _within_reach(term, s[w[0]:w[1]])} == near
    assert _windows(s, term) <= term_windows_reference(s, term)


@CHECK
@given(st.lists(pieces("预", "算", "执", "行", "率", "(", "|", ".", "*", "\\", max_size=4), max_size=6),
       pieces("预", "算", "执", "行", "率", "(", "|", ".", "*", "\\", " "))
def test_any_of_finds_what_any_substring_test_finds(words, text):
    from perflint.text.patterns import any_of

    assert (any_of(tuple(words)).search(text) is not None) == any(w in text for w in words)


def parse_cell_reference(text: str):
    """``numbers.parse_cell`` as it was: the figure always copied with its offsets shifted."""
    from perflint.text.numbers import Quantity, find_quantities

    stripped = text.strip()
    if not stripped:
        return None
    found = find_quantities(stripped)
    if len(found) != 1:
        return None
    q = found[0]
    if (stripped[:q.start] + stripped[q.end:]).strip():
        return None
    offset = text.find(stripped)
    return Quantity(**{**q.__dict__, "start": q.start + offset, "end": q.end + offset,
                       "number_end": q.number_end + offset})


@CHECK
@given(pieces("1", "9", "0", ".", ",", "%", "万元", "人", "≥", "年", " ", "\u3000", "１", "项", max_size=10))
def test_parse_cell_as_the_copying_definition(text):
    from perflint.text.numbers import parse_cell

    parse_cell.__self__.clear()  # type: ignore[attr-defined]  # the remembered answers: compute again
    assert parse_cell(text) == parse_cell_reference(text)


@CHECK
@given(pieces("1", "9", ".", ",", "%", "万元", "人", "≥", "不低于", "-", "年", " ", "１", "项", "，", max_size=16))
def test_found_figures_are_the_quantities_the_dataclass_makes(text):
    """``numbers._quantity`` sets the fields without the dataclass's ``__init__``: every field,
    and an object equal to (and hashing like) the one ``Quantity(**fields)`` makes."""
    from dataclasses import fields

    from perflint.text.numbers import Quantity, _find

    names = {f.name for f in fields(Quantity)}
    for q in _find(text, False) + _find(text, True):
        assert set(vars(q)) == names
        made = Quantity(**vars(q))
        assert q == made and hash(q) == hash(made) and repr(q) == repr(made)


def find_reference(text: str, years: bool):
    """``numbers._find`` before its per-figure shortcuts (one regex match for the gap after every
    figure, a Decimal made for each, the groups asked one by one)."""
    from decimal import Decimal, InvalidOperation

    from perflint.text.numbers import _NUMBER, _UNIT_GAP, RELATIONS, Quantity, _unit_index, normalise

    norm = normalise(text)
    units_by_first, not_quantities = _unit_index()
    out = []
    for m in _NUMBER.finditer(norm):
        num = m.group("num")
        start, num_end = m.start(), m.end()
        before = norm[max(0, m.start("num") - 1):m.start("num")]
        if before and (before.isascii() and before.isalnum() or before in ".．"):
            continue
        if before and before in "第〔[【":
            continue
        gap = _UNIT_GAP.match(norm, num_end)
        after_pos = gap.end() if gap else num_end
        rest = norm[after_pos:after_pos + 4]
        if rest.startswith(not_quantities) and not rest.startswith(("年度预算", "年末", "年初")):
            if not (years and rest.startswith("年")):
                continue
        if rest.startswith("年") and not years:
            continue
        unit = kind = None
        scale = Decimal(1)
        end = num_end
        for spelling, canonical, ukind, uscale in units_by_first.get(rest[:1], ()):
            if rest.startswith(spelling):
                unit, kind, scale = canonical, ukind, uscale
                end = after_pos + len(spelling)
                break
        if unit is None and num_end < len(norm) and norm[num_end] == "%":
            unit, kind, end = "%", "percent", num_end + 1
        try:
            value = Decimal(num.replace(",", ""))
        except (InvalidOperation, ValueError):
            continue
        # a dash or plus right after the figure before joins the two (90%-95%): no sign
        sign = m.group("sign") if not (m.group("sign") and out and out[-1].end == m.start("sign")) else None
        if sign == "-":
            value = -value
        decimals = len(num.split(".")[1]) if "." in num else 0
        rel = m.group("rel")
        if rel is None:
            start = m.start("sign") if sign else m.start("num")
        out.append(Quantity(
            value=value, text=text[start:end], start=start, end=end, unit=unit, kind=kind or "plain",
            scale=scale, decimals=decimals, relation=RELATIONS.get(rel) if rel else None, number_end=num_end,
        ))
    return out


@settings(max_examples=800, deadline=None)
@given(pieces("1", "0", "7", ".", ",", "，", "%", "％", "万元", "亿元", "人次", "年", "年度预算", "第", "A", "-", "+", "≥",
              "不低于", " ", "\t", "\u3000", "１", "．", "项", "元", "\u0663", max_size=18), st.booleans())
def test_find_as_before_its_shortcuts(text, years):
    from perflint.text.numbers import _find

    assert [repr(q) for q in _find(text, years)] == [repr(q) for q in find_reference(text, years)]


def relative_reference(path, base) -> str:
    try:
        rel = path.relative_to(base).as_posix()
    except ValueError:
        return path.name
    return "" if rel == "." else rel


@CHECK
@given(st.lists(st.sampled_from(["a", "b", "ab", "草稿", "x.txt"]), max_size=4),
       st.lists(st.sampled_from(["a", "b", "ab", "草稿", "x.txt"]), max_size=4),
       st.sampled_from(["", "/", "//"]), st.sampled_from(["", "/", "//"]))
def test_relative_path_by_prefix_is_relative_to(path_parts, base_parts, path_abs, base_abs):
    """Exclude patterns see a draft's path relative to their anchor: a string prefix test on the
    folded absolute paths, which gives what ``Path.relative_to`` gives (name outside the anchor)."""
    from pathlib import PurePosixPath

    path = PurePosixPath(path_abs or ".", *path_parts)
    base = PurePosixPath(base_abs or ".", *base_parts)
    assert discover._relative(path, base) == relative_reference(path, base)


_JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                         st.text(max_size=8), st.sampled_from(['引号"', "反斜杠\\", "换行\n", "\x00", "\u2028"]))
_JSON_VALUES = st.recursive(
    _JSON_LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                            st.dictionaries(st.one_of(st.text(max_size=4), st.integers()), inner, max_size=4)),
    max_leaves=20)


@CHECK
@given(_JSON_VALUES, st.sampled_from(["\n", "\n  ", "\n    "]))
def test_indented_json_is_json_dumps_indent_2(value, newline):
    """The JSON reports' items are written by ``indented_json``; ``json.dumps(…, indent=2)`` is the
    definition (a key that is not a string, NaN and infinities are left to json itself)."""
    import json

    from perflint.report.base import indented_json

    assert indented_json(value, newline) == json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)


# -- substring screens before patterns the regex engine cannot skip ahead by ----------------------

SCREENED = pieces("2", "0", "1", "3", "9", "6", "年", "度", "月", "日", "号", "份", " ", "\u3000", "_", "＿", "-", "/",
                  ".", "二", "〇", "一", "十", "（", "(", "、", "）", ")", "个", "项", "家", "所", "类", "条", "人",
                  "单位", "机构", "：", ":", "，", "即", "包括", "分别为", "等", "和", "。", "；", "A", max_size=30)


@CHECK
@given(SCREENED)
def test_screened_patterns_find_nothing_without_their_character(text):
    """Each substring test that spares a scan (dates, announced counts, inline ``二、`` lists)
    answers no only where the pattern it guards finds nothing."""
    from perflint.extract import announced_counts, list_markers
    from perflint.text import dates

    norm = normalise(text)
    if "年" not in norm:
        for pattern in (dates._CN_DATE, dates._CHINESE_DATE, dates._BLANK):
            assert pattern.search(norm) is None
    if not any(sep in norm for sep in "-/."):
        assert dates._NUM_DATE.search(norm) is None
    if "19" not in norm and "20" not in norm:  # a year's first two digits
        for pattern in (dates._period(), dates._doc_number(), dates._CN_DATE, dates._NUM_DATE):
            assert pattern.search(norm) is None
    if announced_counts._CLASSIFIER.search(text) is None:
        assert announced_counts._COUNT.search(text) is None
        assert announced_counts._NOUN_FIRST.search(text) is None
    if "二" not in text:
        assert list_markers._INLINE_SECOND.search(text) is None


@CHECK
@given(pieces("2", "0", "1", "9", "5", "３", "年", "度", "月", "号", "〔", "〕", "(", "（", ")", "）", "第", " ", "，", "将",
              "关于", "其中", "：", "万元", "%", "人", "占", "比", "、", ".", "．", "≥", "不低于", "-", "+", ",",
              "项目", "A", "下降", "主要", "元", "以上", "表", "收入决算", "P", "3", "二级", max_size=30))
def test_more_screened_patterns(text):
    """The screens of the year slips, the unfilled dates, the punctuation slips and the figure
    finder answer no only where their patterns find nothing."""
    from perflint.extract import punctuation
    from perflint.text import dates, numbers

    norm = normalise(text)
    if "年" not in norm:
        for pattern in (dates._BAD_DATE_YEAR, dates._FIVE_DIGIT_YEAR, dates._CLAUSE_YEAR, dates.UNFILLED_DATE,
                        dates.YEAR_NIAN):
            assert pattern.search(norm) is None and pattern.search(text) is None
    if "号" not in norm:
        assert dates._BAD_DOC_YEAR.search(norm) is None
    if "元" not in text or dates._YEAR_FIGURE_SCREEN.search(text) is None:
        assert dates._YEAR_FIGURE.search(norm) is None
    if "其中" not in text:
        assert punctuation._GLUED_BREAKDOWN.search(text) is None
    if "占" not in text:
        assert punctuation._SPLIT_SHARE.search(text) is None
    if not any(screen in text for screen in ("%", "％", "元主要", "元原因")):
        assert punctuation._GLUED_CHANGE.search(text) is None
    if "." not in text and "．" not in text:
        assert punctuation._STRAY_POINT.search(text) is None
    if punctuation.stray_title_letter(text) is None:
        assert punctuation._STRAY_LETTER.match(text) is None
    if "、" not in text:
        assert punctuation._LIST_COUNT.search(text) is None or punctuation.bare_list_counts(text) == []
    if numbers._ANY_DIGIT.search(norm) is None:
        assert numbers._NUMBER.search(norm) is None


def statement_end_reference(text: str, pos: int) -> int:
    start, width = max(0, pos), 64
    while start < len(text):
        window = text[start:start + width]
        found = [i for i in map(window.find, sentences.STATEMENT_END) if i >= 0]
        if found:
            return start + min(found)
        start, width = start + width, width * 2
    return max(pos, len(text))


@CHECK
@given(pieces("。", "；", "!", "\n", "字", "，", " ", max_size=300), st.integers(min_value=-3, max_value=320))
def test_statement_end_is_the_next_stop_as_the_windows_found_it(text, pos):
    assert sentences.statement_end(text, pos) == statement_end_reference(text, pos)


def stock_claim_reference(text: str) -> bool:
    from perflint.extract.template_text import _ALL_PUNCT, _stock_patterns

    core = _ALL_PUNCT.sub("", text)
    return bool(core) and len(core) <= 40 and any(p.match(core) for p in _stock_patterns())


@CHECK
@given(pieces("所有", "各项", "全部", "目标", "任务", "均已", "顺利", "圆满", "完成", "实现", "了", "，", "。", " ",
              "年度", "工作", "的", "已", "地", max_size=10))
def test_stock_claim_screen_keeps_every_claim(text):
    """A text without any character every stock claim holds is no claim: the screen drops none."""
    from perflint.extract.template_text import stock_claim

    assert stock_claim(text) == stock_claim_reference(text)


@CHECK
@given(pieces("（", "(", "）", ")", "一", "二", "1", "2", "、", ":", "：", "部分", "第", "目录", "标题", "工作", " ",
              "\n", max_size=12), st.integers(min_value=0, max_value=3))
def test_marker_readers_screened_by_the_parts_text_find_what_they_find_line_by_line(text, blanks):
    """The list-marker readers skipped when the part's text has no line opening their way find
    nothing on that part when read line by line."""
    from perflint.extract import list_markers as lm
    from perflint.extract.outline import outline
    from perflint.read.text import parse_text

    doc = parse_text("\n".join([text] * (blanks + 1)) + "\n", "d.txt")
    for po in outline(doc):
        part = po.part
        body = "\n".join(b.text.value for b in part.blocks if not isinstance(b, lm.Table))
        for first, screen, read in ((lm._EMPTY_MARKER, lm._EMPTY_MARKER_LINES, lm._empty_markers),
                                    (lm._BARE_LINE, lm._BARE_LINE_LINES, lm._bare_lines),
                                    (lm._COLON_MARKER, lm._COLON_MARKER_LINES, lm._colon_markers)):
            if not lm._opens_a_line(first, screen, body):
                assert read(part) == []
        if not lm._opens_a_line(lm._LOST_NUMERAL, lm._LOST_NUMERAL_LINES, body):
            assert lm._lost_numerals(part, po.markers) == []


def clauses_reference(text: str) -> list[tuple[int, int, str]]:
    """similarity.clauses as first written: the text cut at runs of clause ends, each piece
    stripped of white space, its offsets and normalised form kept when neither is empty."""
    import re

    from perflint.extract.similarity import normalise as normalise_clause
    from perflint.text.sentences import CLAUSE_END

    out = []
    pos = 0
    for m in [*re.finditer(f"[{re.escape(CLAUSE_END)}]+", text), None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            norm = normalise_clause(body)
            if norm:
                out.append((pos + lead, pos + lead + len(body), norm))
        if m:
            pos = m.end()
    return out


@CHECK
@given(st.one_of(pieces("一是", "审核", "环节", "，", ",", "。", "；", ";", "：", "！", "？", "?", "\n", " ", "\u3000",
                        "\t", "\xa0", "\u2003", "3、", "（二）", "…", "“", "”", "12.5", "万元", max_size=30),
                 st.text(max_size=30)))
def test_clauses_found_by_one_match_are_the_pieces_stripped(text):
    """A clause found by one match (similarity._CLAUSE_BODY) is the piece between clause ends
    stripped of white space, with the same offsets, for any white space Python strips."""
    from perflint.extract.similarity import clauses

    assert [(c.start, c.end, c.norm) for c in clauses(text)] == clauses_reference(text)


@CHECK
@given(st.one_of(pieces("1", "23", "４５", "６", ",", ",", ".", "．", "万元", "年", " ", "a", "-", max_size=30),
                 st.text(max_size=30)))
def test_figure_digits_pattern_opening_with_a_digit_finds_the_written_figures(text):
    """numbers._DIGITS (its first digit outside the alternation, so the engine skips ahead to
    digits) finds the same figures, with the same spans, as the pattern as first written."""
    import re

    from perflint.text.numbers import _DIGITS, _DIGITS_AS_WRITTEN

    assert [m.span() for m in _DIGITS.finditer(text)] == [m.span() for m in re.finditer(_DIGITS_AS_WRITTEN, text)]


@CHECK
@given(pieces("\n", " ", "\u3000", "（", "）", "(", ")", "、", "一", "二", "十", ":", "：", "1", "12", "3", "个",
              "《", "中", "a", "\r", max_size=40))
def test_line_openings_found_after_a_break_as_at_any_line_start(text):
    """list_markers: a pattern searched for after a line break, and tried once at the start,
    finds a line opening so exactly when the same pattern in multi-line mode does."""
    import re

    from perflint.extract import list_markers as lm

    for first, after in ((lm._EMPTY_MARKER, lm._EMPTY_MARKER_LINES), (lm._BARE_LINE, lm._BARE_LINE_LINES),
                         (lm._LOST_NUMERAL, lm._LOST_NUMERAL_LINES), (lm._COLON_MARKER, lm._COLON_MARKER_LINES)):
        assert lm._opens_a_line(first, after, text) == (re.search("(?m)" + first.pattern, text) is not None)


@CHECK
@given(pieces("8", "54", "５", ",", "，", ".", "万", "万元", "元", "%", "人", " ", "中", "(", max_size=30))
def test_doubled_figure_looked_back_at_after_its_first_digit_as_before_it(text):
    """repetition._doubled_figure (the look back for a longer number after the first digit, so
    the engine skips ahead to digits) matches what the pattern as first written matches."""
    import re

    from perflint.extract import repetition

    fast = repetition._doubled_figure()
    written = re.compile(repetition._DOUBLED_FIGURE_AS_WRITTEN.format(alternatives=repetition._unit_alternatives()))
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in written.finditer(text)]


def test_the_white_space_re_removed_is_the_white_space_str_split_splits_on() -> None:
    """``compact`` and ``fold`` strip white space with ``str.split`` where they ran ``\\s+``."""
    import re
    import sys

    space = re.compile(r"\s")
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if space.match(c)] == \
        [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]


_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace()) + ("\u200b", "\ufeff", "\x00")


@CHECK
@given(pieces("预", "算", "1", ".", "a", "（", *_SPACES, max_size=30))
def test_compact_is_the_white_space_pattern_removed(text):
    import re

    from perflint.text.normalise import compact, compacted

    assert compact(text) == re.sub(r"\s+", "", text)
    assert compacted(text).text == re.sub(r"\s+", "", text)
    assert fold(text) == fold_reference(text)


@given(pieces("级", " ", "\u3000", "1", "２", "٣", "十", "一", "专", "技", "\n"))
@CHECK
def test_may_mix_reads_the_grades_the_patterns_found(text: str) -> None:
    """grade_numerals.may_mix reads the characters before each 级 instead of two pattern scans."""
    import re

    from perflint.extract.grade_numerals import may_mix

    arabic, chinese = re.compile(r"\d[ \u3000]?级"), re.compile(r"[一二三四五六七八九十][ \u3000]?级")
    assert may_mix(text) == (arabic.search(text) is not None and chinese.search(text) is not None)
