"""The text reader's fast paths give what the plain definitions give (issue 11: throughput).

Each fast path below skips work the plain definition does (a text made and then sliced, a
piece cut out of the whole text, a word compacted again). Each is compared here, on random
text made of the characters its screen cares about, with the plain definition it replaced.
"""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from perflint.model import SourceText  # noqa: E402
from perflint.read import lines as L  # noqa: E402
from perflint.read.forms import cells as C  # noqa: E402
from perflint.text.normalise import compact  # noqa: E402

CHECK = settings(max_examples=400, deadline=None)


def pieces(*chars: str, max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(chars), max_size=max_size).map("".join)


# Markup, the white space strip_text trims and some it keeps, words and figures.
RAW = pieces(" ", "\t", "\u3000", "\r", "\n", "\xa0", "<b>", "</p>", "<input checked>", "**", "$", "\\geq", "<",
             "预算", "执行率", "95%", "1,001.43", "万元", "≥", "—", "/", "|", "｜", "得分")
SPOT = st.tuples(st.integers(1, 400), st.integers(1, 80))


def _same_text(a: SourceText, b: SourceText) -> None:
    assert (a.value, a.path, a.anchors, a.single_anchor) == (b.value, b.path, b.anchors, b.single_anchor)


@CHECK
@given(RAW, SPOT)
def test_clean_text_is_clean_then_strip(raw, spot):
    line, column = spot
    _same_text(L.clean_text(raw, "d.txt", line, column), L.strip_text(L.clean(raw, "d.txt", line, column)))


@CHECK
@given(RAW, SPOT)
def test_source_text_at_is_the_one_anchor_text(value, spot):
    line, column = spot
    _same_text(SourceText.at(value, "d.txt", line, column), SourceText(value, "d.txt", [(0, line, column)]))


def _split_reference(text: SourceText) -> list[C.Token]:
    """``_split``'s branch for a text with nothing to split at, as it was before its fast path."""
    return C._pieces(text, 0, len(text.value)) if text.value.strip() else []


def _tokens_of(toks: list[C.Token]) -> list[tuple]:
    return [(t.kind, t.text.value, t.text.anchors, t.quantity, t.glued) for t in toks]


# Cell texts with nothing _split cuts at: words, figures, blank marks, runs of glued cells
# (long ones are cut at their figures), and the white space it does not cut at.
CELL = pieces("", "\r", "\n", "\xa0", "—", "/", "预算数", "执行率", "95%", "≥", "1001.43", "万元", "万", "20", "18",
              "时效指标", "人次", "2023年", "项", "：", "指标", max_size=14)


@CHECK
@given(CELL, SPOT)
def test_a_cell_with_nothing_to_split_at_reads_as_before(value, spot):
    text = SourceText.at(value, "d.txt", *spot)
    if C._SPLITS.search(value):
        return  # not this branch
    assert _tokens_of(C._split(text)) == _tokens_of(_split_reference(text))


@CHECK
@given(CELL)
def test_a_tokens_word_is_its_compacted_text(value):
    token = C.Token(SourceText.at(value, "d.txt", 1, 1), "word")
    assert token.word == compact(value)
    assert token.word == compact(value)  # the remembered word, asked again


def _merge_reference(tokens: list[C.Token]) -> list[C.Token]:
    """``_merge`` before each token was compared with the one before it once."""
    out: list[C.Token] = []
    for tok in tokens:
        if out and tok.kind == "fig" and out[-1].kind == "word" and C._RELATION_ONLY.match(out[-1].word):
            merged = C._joined(out[-1].text, tok.text)
            q = C.quantity_of(merged.value.replace(" ", ""))
            if q is not None:
                out[-1] = C.Token(merged, "fig", q)
                continue
        if out and tok.kind == "word" and out[-1].kind == "fig" and out[-1].quantity is not None \
                and out[-1].quantity.unit is None and len(tok.word) <= 4:
            merged = C._joined(out[-1].text, tok.text)
            q = C.quantity_of(merged.value.replace(" ", ""))
            if q is not None and q.unit is not None:
                out[-1] = C.Token(merged, "fig", q)
                continue
        if out and tok.kind == "word" and out[-1].kind == "word" and len(tok.word) <= 3 \
                and C._split_label(out[-1].word, tok.word):
            out[-1] = C.Token(C._joined(out[-1].text, tok.text), "word")
            continue
        out.append(tok)
    return out


# Cells of a form broken the ways _merge joins back: relations, bare figures and their units,
# labels broken over two cells, and blank cells and row ends between them.
PIECE = st.sampled_from(["≥", "不低于", "95", "12.5", "%", "万元", "人次", "个", "经济效", "益指标", "经济效益", "指标",
                         "其中:当年财政", "拨款", "产出指标", "—", "", "得分", "完成率"])


@CHECK
@given(st.lists(st.tuples(PIECE, st.booleans()), max_size=16))
def test_merge_joins_as_before(cells):
    toks = []
    for i, (value, row_end) in enumerate(cells):
        toks.extend(C._split(SourceText.at(value, "d.txt", 1, 1 + 10 * i)) or [C.Token(SourceText.at(value, "d.txt", 1, 1), "blank")])
        if row_end:
            toks.append(C.Token(SourceText.at("", "d.txt", 2, 1), "row"))
    assert _tokens_of(C._merge(list(toks))) == _tokens_of(_merge_reference(list(toks)))


# Every mark a line shape needs, and the words and white space around them.
LINE = pieces("-", "—", "–", "第", "/", "页", "共", "<table>", "<TABLE", "<p>", "\t", "|", "#", "##", ".", "．", "·",
              "…", "....", "PAGEREF", "_Toc12", "\\h", " ", "\u3000", "\r", "1", "12", "一、", "预算执行", ":", "---",
              "，", "。", max_size=24)


# Whole shapes at a line's start and end, around random middles: each must meet the screen.
LINE_START = st.sampled_from(["", "", "# ", "###### ", "#", "\t", "| ", "|", "- 3 -", "— 12 —", "第 3 页", "第3页，共9页",
                              "12 / 30", "---", "|---|---|", ":---:\t---", "<table>", "<TABLE border=1>", "1. ", "一、"])
LINE_END = st.sampled_from(["", "", " |", "|", "……3", "....12", "．．．．．．．．", "…………………………", "·····5-6",
                            " PAGEREF _Toc12 \\h 3", "PAGEREF_Toc9\\h12", "\t3", " 1 / 2", " - 4 -"])


TITLE = pieces("预算执行", "一、", "（二）", " ", "1", "12", "情况", max_size=5)  # a title with no mark in it


@settings(max_examples=1000, deadline=None)
@given(st.one_of(LINE, st.tuples(LINE_START, LINE, LINE_END).map("".join),
                 st.tuples(LINE_START, TITLE, LINE_END).map("".join)), st.integers(1, 500))
def test_a_line_without_a_shape_mark_is_text_as_before(raw, number):
    body = raw.rstrip("\r\n")
    if not body.strip(" \t\u3000\r"):
        return  # blank lines are decided before the screen
    assert L.classify(number, raw) == L._shaped(number, body)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(LINE, st.tuples(LINE_START, TITLE, LINE_END).map("".join)))
def test_every_contents_line_meets_its_screen(raw):
    text = raw.replace("\t", " ")
    if L._TOC.match(text) or L._TOC.match(text.strip()):
        assert L._TOC_SCREEN.search(text)


def tokens_reference(part):
    """``cells._tokens`` before the short one-line cells were classified in its own loop:
    every cell went through ``_split``."""
    from perflint.model import Heading, Paragraph, Table

    out = []
    for block in part.blocks:
        if isinstance(block, Table):
            filled = [[i for i, c in enumerate(row.cells) if c.text.value.strip()] for row in block.rows]
            one_cell = all(len(f) <= 1 for f in filled)
            # pipes between the cells: separators
            fenced = one_cell and bool(filled) and not filled[0] and all(len(r.cells) <= 1 for r in block.rows)
            for row, row_filled in zip(block.rows, filled, strict=True):
                cells = row.cells
                last = row_filled[-1] if row_filled else -1
                for cell in cells[:last + 1]:
                    if not one_cell and C.spaced_name_cell(cell.text.value):
                        out.extend(C._pieces(cell.text, 0, len(cell.text.value)))  # one name a PDF spaced
                        continue
                    out.extend(C._split(cell.text) or [C.Token(cell.text, "blank")])
                if one_cell and last >= 0:
                    continue
                if one_cell and len(cells) <= 1:
                    if fenced:
                        continue
                    out.append(C.Token(cells[0].text if cells else SourceText.at("", block.text.path, row.line),
                                       "blank"))
                    continue
                if out and out[-1].kind != "row":
                    out.append(C.Token(SourceText.at("", block.text.path, row.line), "row"))
        elif isinstance(block, (Paragraph, Heading)):
            out.extend(C._split(block.text))
    return C._merge(out)


def _token_view(tokens):
    return [(t.kind, t.value, t.text.anchors, t.quantity, t.glued, t.word) for t in tokens]


CELL = st.sampled_from(["", " ", "  ", "—", "/", "95%", "≥", "90", "%", "万元", "1,001.43", "年度资金总额", "其中：财政拨款",
                        "数量指标", "经济效", "益指标", "三级指标", "培训 人次", "2万元2万元2018年演出设备成本项目合计值",
                        "指标值 完成值", "\u3000得分", "a" * 31, "供电设施 400KVA变压器 2 台", "资金总额 100 万元"])


@CHECK
@given(st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1, max_size=6), st.booleans())
def test_tokens_as_every_cell_through_split(rows, tabs):
    from perflint.read.text import parse_text

    sep = "\t" if tabs else "|"
    text = "\n".join(sep.join(cells) if tabs else "|" + "|".join(cells) + "|" for cells in rows) + "\n"
    for part in parse_text(text).parts:
        assert _token_view(C._tokens(part)) == _token_view(tokens_reference(part))


def test_tokens_of_the_examples_as_every_cell_through_split():
    from pathlib import Path

    from perflint.read.loader import load

    root = Path(__file__).resolve().parents[2]
    drafts = sorted((root / "examples").glob("*.txt")) + sorted((root / "tests" / "fixtures").rglob("*.txt"))
    assert drafts
    for path in drafts:
        for part in load(path).parts:
            assert _token_view(C._tokens(part)) == _token_view(tokens_reference(part)), path


LINE = st.sampled_from(["全年完成培训 12场 480人次，投入 3.5万元。", "其中：财政拨款 80万元", "年度财政资金总额 100 90",
                        "一、项目基本情况", "", "≥", "95%", "经济效", "益指标", "（二）绩效目标完成情况", "资金总额 120"])


@CHECK
@given(st.lists(LINE, max_size=40), st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1, max_size=6),
       st.lists(LINE, max_size=8))
def test_the_stream_reads_a_tail_of_the_tokens_as_them_all(before, rows, after):
    """form_tokens: a tail of tokens(part) the stream reads as it reads every token, and
    tokens(part) made whole again from it."""
    from perflint.read.forms.stream import read_tokens
    from perflint.read.text import parse_text

    table = "\n".join("|" + "|".join(cells) + "|" for cells in rows)
    text = "\n".join(before) + "\n\n" + table + "\n\n" + "\n".join(after) + "\n"
    for part in parse_text(text).parts:
        whole = C._tokens(part)
        C._last = None
        tail = C.form_tokens(part)
        assert _token_view(tail) == _token_view(whole[len(whole) - len(tail):])
        assert repr(read_tokens(part, tail)) == repr(read_tokens(part, whole))
        assert _token_view(C.tokens(part)) == _token_view(whole)


# -- the thirteenth session's fast paths (issue 11) ------------------------------------------

SHAPE_CHARS = pieces("-", "—", "–", "第", "/", "<", "\t", "|", "#", ".", "．", "·", "…", "⋯", "¨", "P", "PAGEREF",
                     "AGEREF", "PAGE", "中", "1", " ", "a", max_size=14)


@CHECK
@given(SHAPE_CHARS)
def test_the_shape_screens_find_what_their_alternations_find(text):
    """_SHAPED and _TOC_SCREEN open with one class of characters: a line holds a match of each
    exactly when it holds one of the alternation written plainly."""
    import re

    shaped = re.compile(r"[-—–第/<\t|#]|[.．·…⋯¨]{4}|[…⋯]{2}|PAGEREF")
    contents = re.compile(r"[.．·…⋯¨]{4}|[…⋯]{2}|PAGEREF")
    assert (L._SHAPED.search(text) is None) == (shaped.search(text) is None)
    assert (L._TOC_SCREEN.search(text) is None) == (contents.search(text) is None)


@CHECK
@given(pieces(" ", "\t", "\u3000", "\r", "\xa0", "|", "预算", "95%", "1,001.43", "得分", "<b>", "**", max_size=20),
       st.sampled_from(["|", "\t"]))
def test_split_cells_trims_each_cell_as_clean_text_does(raw, sep):
    """split_cells trims a row without markup in its own loop: each cell as clean_text gives it."""
    line = L.Line(7, raw, "pipe" if sep == "|" else "tsv")
    cells = L.split_cells(line, "d.txt", sep)
    if sep == "|":
        body = raw.strip()
        lead = raw.find(body)
        start = lead + (1 if body.startswith("|") else 0)
        end = lead + len(body) - (1 if body.endswith("|") else 0)
    else:
        start, end = 0, len(raw)
    pos = start
    expected = []
    for piece in raw[start:end].split(sep):
        expected.append(L.clean_text(piece, "d.txt", 7, pos + 1))
        pos += len(piece) + 1
    assert len(cells) == len(expected)
    for a, b in zip(cells, expected, strict=True):
        _same_text(a, b)


DEBRIS = st.sampled_from(["— 3 —", "第 4 页 共 9 页", "某县2023年度部门决算说明    5", "- 6 - 某县教育局2023年度部门决算",
                          "7", "", "  ", "项目 | 预算数 | 执行数", "合计\t100\t90", "一、部门概况", "全年完成培训12场。"])


@CHECK
@given(st.lists(DEBRIS, max_size=24), st.integers(0, 30), st.integers(0, 30))
def test_a_page_break_between_two_lines_is_found_as_the_plain_walk_finds_it(texts, first, last):
    """_page_break_between looks the lines left by page breaks up in a list made once: the same
    answer as walking the lines between the two and asking each."""
    from perflint.read.text import _Assembler

    lines = L.running_heads(L.contents_lines([L.classify(n, raw) for n, raw in enumerate(texts, start=1)]))
    assembler = _Assembler(lines, "d.txt")
    plain = any(L.is_page_number(ln.raw) or (ln.is_blank and L.titled_page(ln.raw))
                for ln in lines if first < ln.number < last)
    assert assembler._page_break_between(first, last) == plain


@CHECK
@given(pieces("a", "中", "\n", "\r", "\r\n", " ", max_size=20))
def test_a_draft_without_a_cr_is_cut_into_the_lines_the_pattern_cuts(text):
    from perflint.read.text import _LINE_BREAK

    if "\r" not in text:
        assert text.split("\n") == _LINE_BREAK.split(text)


@CHECK
@given(pieces("a", "b", "中", " ", max_size=12), st.integers(0, 12), pieces("a", "b", "中", " ", max_size=12))
def test_the_common_prefix_of_a_scalar_and_a_line_is_the_plain_count(value, pos, piece):
    from perflint.read.yaml_draft import _common_prefix

    n = 0
    while n < min(len(value) - pos, len(piece)) and value[pos + n] == piece[n]:
        n += 1
    assert _common_prefix(value, pos, piece) == n


@CHECK
@given(pieces(" ", "\t", "\u3000", "\xa0", "-", "*", "+", "#", "预算", "1.", "<b>", max_size=10), st.integers(0, 2))
def test_a_line_no_bullet_can_open_is_read_as_the_bullet_pattern_reads_it(raw, md_level):
    """text_of skips the bullet pattern where the line's first character can open no bullet."""
    line = L.Line(3, raw, "text", md_level)
    m = L._MD_HEADING.match(raw) if md_level else L._BULLET.match(raw)
    start = m.end() if m else 0
    _same_text(L.text_of(line, "d.txt"), L.clean_text(raw[start:], "d.txt", 3, start + 1))


@CHECK
@given(pieces(" ", "\t", "\u3000", "\r", "\xa0", "|", "预算", "95%", "1,001.43", "得分", "<b>", "**", max_size=20),
       st.sampled_from(["|", "\t"]))
def test_split_row_is_a_cell_of_each_split_text(raw, sep):
    """split_row makes each cell and its text in place: as Cell makes a cell of split_cells' text."""
    from perflint.model import Cell

    line = L.Line(7, raw, "pipe" if sep == "|" else "tsv")
    cells = L.split_row(line, "d.txt", sep)
    expected = [Cell(t) for t in L.split_cells(line, "d.txt", sep)]
    assert len(cells) == len(expected)
    for a, b in zip(cells, expected, strict=True):
        _same_text(a.text, b.text)
        assert (a.value, a.is_empty) == (b.value, b.is_empty)


READ_LINES = st.sampled_from(["— 3 —", "第 4 页 共 9 页", "某县2023年度部门决算说明    5", "- 6 - 某县教育局2023年度部门决算",
                              "某县2023年度部门决算说明", "7", "12 ", "8\r", "", "  ", "\t", "\t预算", "项目 | 预算数 | 执行数",
                              "合计\t100\t90", "一、部门概况", "一、部门概况 3", "二、机构设置      4", "三、收支情况……5",
                              "全年完成培训12场。", "全年完成培训12场", "# 标题", "得分"])


@CHECK
@given(st.lists(READ_LINES, max_size=30))
def test_read_lines_is_classify_then_contents_then_running_heads(texts):
    """read_lines classifies the lines in one pass and notes the page-number candidates there:
    the lines the three steps give one after the other."""
    numbered = list(enumerate(texts, start=1))
    plain = L.running_heads(L.contents_lines([L.classify(n, raw) for n, raw in numbered]))
    assert L.read_lines(numbered) == plain


@CHECK
@given(pieces("预算", "（", "）", "：", "％", "，", "；", "\u3000", "…", "①", "ｱ", "Ａ", "１", "e\u0301", "é", "℃", "〇",
              "a", " ", "-", max_size=16))
def test_nfkc_is_unicodedata_nfkc(text):
    import unicodedata

    from perflint.read.cell_grid import _nfkc

    assert _nfkc(text) == unicodedata.normalize("NFKC", text)


def test_level2_names_are_what_the_pattern_matches():
    """LEVEL2_NAMES holds every text LEVEL2_RE matches whole: each name matches, and a name with
    a character more or less does not (the readers ask compacted texts by set lookup)."""
    from perflint.read.forms.labels import LEVEL2_NAMES, LEVEL2_RE

    for name in LEVEL2_NAMES:
        assert LEVEL2_RE.match(name)
        assert not LEVEL2_RE.match(name + "率") and (name[:-1] in LEVEL2_NAMES) == bool(LEVEL2_RE.match(name[:-1]))
    for text in ("时效性指标", "满意度指标执行", "产出指标", "数量指标 ", "指标", "社会公众或服务对象满意度指标"):
        assert (text in LEVEL2_NAMES) == bool(LEVEL2_RE.match(text) and "\n" not in text and text.strip() == text)


@CHECK
@given(pieces(">", "＞", "»", "›", "→", ":", "：", "【", "打印", "关闭", "分享", "ICP", "标识码", "备案", "安备", "版权所有",
              "打", "印", "关", "闭", "分", "享", "I", "C", "P", "标", "识", "码", "备", "案", "安", "版", "权", "设备",
              "首页", "预算", " ", max_size=12))
def test_the_chrome_screen_passes_every_line_holding_a_mark(text):
    """A line the screen turns away holds none of the page's marks (_CHROME_MARK finds none)."""
    from perflint.text import page_chrome as P

    if P._CHROME_SCREEN.search(text) is None and P._CHROME_SCREEN_WORD not in text:
        assert P._CHROME_MARK.search(text) is None
    assert P._may_be_chrome(text) == (P._CHROME_MARK.search(text) is not None)


def test_every_chrome_mark_holds_a_screen_character_or_word():
    from perflint.text import page_chrome as P

    for mark in P._CHROME_MARKS:
        assert any(c in P._CHROME_SCREEN_CHARS for c in mark) or mark == P._CHROME_SCREEN_WORD


@CHECK
@given(pieces("（", "(", "）", ")", " ", "\u3000", "\n", "3", "十", "二", "a", "中", "。", "分", "（20分）", max_size=10),
       pieces("）", ")", "3", "二", "机构", " ", max_size=5))
def test_a_broken_marker_is_screened_by_its_last_character(line, nxt):
    """_broken_marker asks its pattern only of a line ending as a marker's head can end."""
    from perflint.read.text import _MARKER_HEAD, _MARKER_TAIL, _broken_marker

    head = _MARKER_HEAD.search(line)
    tail = _MARKER_TAIL.match(nxt)
    plain = head is not None and tail is not None and any(ch.isalnum() for ch in head.group(0) + tail.group(0))
    assert _broken_marker(line, nxt) == plain


@CHECK
@given(pieces("产出指标", "（", "(", "20", "分", "）", ")", " ", "得", "权重", max_size=8))
def test_a_weight_is_looked_for_only_where_its_fen_is(text):
    from decimal import Decimal

    from perflint.read.forms.labels import _WEIGHT_IN_LABEL, weight_in

    m = _WEIGHT_IN_LABEL.search(compact(text))
    assert weight_in(text) == (Decimal(m.group(1)) if m else None)


@CHECK
@given(pieces("某局", "2023年", "项目", "绩效", "自评", "评价", "报告", "决算", "情况", "说明", "一、", "，", " ", max_size=8))
def test_a_yearless_title_is_screened_by_its_last_word(text):
    from perflint.model import Paragraph, SourceText
    from perflint.read.parts import _YEARLESS_TITLE, _yearless_title
    from perflint.text.numbering import parse_marker

    blocks = [Paragraph(text=SourceText.at(text, "d.txt", 1)), Paragraph(text=SourceText.at("一、概况", "d.txt", 2))]
    plain = parse_marker(text) is None and _YEARLESS_TITLE.match(compact(text)) is not None
    assert _yearless_title(blocks, 0, text) == plain


@CHECK
@given(pieces(" ", "\t", "\u3000", "\n", "\r", "\xa0", "\x1c", "\x85", "\u2028", "|", "｜", "预算", "95%", max_size=20))
def test_part_text_drops_what_the_separators_pattern_drops(text):
    """part_text drops white space (str.split's) and bars in C passes: as _SEPARATORS.sub does."""
    from perflint.model import Paragraph, Part

    part = Part(title="", line=1, blocks=[Paragraph(text=SourceText.at(text, "d.txt", 1))])
    assert C.part_text(part) == C._SEPARATORS.sub("", text)


@CHECK
@given(pieces("a", "中", "\n", "\r", "\r\n", "\x85", "\u2028", "\u2029", " ", max_size=20))
def test_a_yaml_draft_is_cut_into_the_lines_its_pattern_cuts(text):
    from perflint.read.yaml_draft import _LINE_BREAK, _OTHER_BREAKS
    from perflint.read.yaml_fast import _BREAK

    if not any(b in text for b in _OTHER_BREAKS):
        assert text.split("\n") == _LINE_BREAK.split(text)
    if "\r" not in text:
        assert text.split("\n") == _BREAK.split(text)


_SCALAR_PIECES = pieces("a", "中", " ", "  ", "1", "%", "≥", "\\t", "\\u4e2d", "''", "#", ",", ":", "-", max_size=8)
_SCALAR = st.tuples(st.sampled_from(["", "'", '"']), _SCALAR_PIECES, st.sampled_from(["", " # 注", "  "]),
                    st.sampled_from(["k: {}{}{}{}", "k: [{}{}{}, x]{}", "- {}{}{}{}", "k:\n  - {}{}{}{}"]))


def _scalars(node):
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    if isinstance(node, ScalarNode):
        yield node
    elif isinstance(node, SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            yield from _scalars(key)
            yield from _scalars(value)


@CHECK
@given(_SCALAR)
def test_a_one_line_scalar_is_anchored_as_its_lines_anchor_it(case):
    """``source_text``'s one-line shortcut against the line-by-line anchoring it skips: quoted,
    plain, in flow, with escapes, leading spaces inside quotes and comments after it."""
    from hypothesis import assume

    from perflint.read.errors import InputError
    from perflint.read.yaml_draft import _raw, _Reader
    from perflint.read.yaml_nodes import compose

    quote, body, tail, layout = case
    if quote == "'":
        body = body.replace("\\", "")
    elif quote == '"':
        body = body.replace("''", "'")
    text = layout.format(quote, body, quote, tail) + "\n"
    try:
        root = compose(text, "d.yaml")
    except InputError:
        assume(False)
    reader = _Reader("d.yaml", text.split("\n")[:-1])
    for node in _scalars(root):
        value = _raw(node)
        _same_text(reader.source_text(node), SourceText(value, "d.yaml", reader._anchors(node, value)))


def test_part_text_is_made_once_for_a_part_and_again_when_its_blocks_change():
    from perflint.model import Paragraph, Part

    part = Part(title="", line=1, blocks=[Paragraph(text=SourceText.at("年度 资金总额", "d.txt", 1))])
    first = C.part_text(part)
    assert first == "年度资金总额" and C.part_text(part) is first  # kept: the second reader gets it
    part.blocks = [Paragraph(text=SourceText.at("其中：财政拨款", "d.txt", 2))]
    assert C.part_text(part) == "其中：财政拨款"  # new blocks: made again
    other = Part(title="", line=1, blocks=[Paragraph(text=SourceText.at("总分", "d.txt", 1))])
    assert C.part_text(other) == "总分"


def _body_start_reference(blocks, s):
    """toc._body_start as it was before its early end (the title asked first at every line)."""
    from perflint.model import TocEntry
    from perflint.read import toc as T

    if s + 1 >= len(blocks):
        return None
    for k in range(s + 1, min(len(blocks), s + T._MAX_RUN + 1)):
        block = blocks[k]
        if T._is_title(block) and not T._next_part(blocks, s, k) and not T._continues_run(blocks, s, k) \
                and not T._ANNEX_ENTRY.match(block.text.value) and not T._heads_a_list(blocks, k):
            nxt = next((j for j in range(k + 1, min(len(blocks), k + 4)) if T._numbered(blocks[j])), None)
            comes_back = nxt is not None and (T._returns_at(blocks, s, nxt) or T._repeats_lead(blocks, s, nxt)
                                              or T._renumbered_lead(blocks, s, nxt))
            if k - s >= T._MIN_CUT_RUN and T._announced(blocks, s, ""):
                return k
            return (k if k >= s + T._MIN_ENTRIES and comes_back
                    and T._announced(blocks, s, compact(block.text.value)) else None)
        if T._is_note(block):
            continue
        if not (T._entry_like(block) or T._next_entry(blocks, s, k)):
            if k >= s + T._MIN_ENTRIES and k + 1 < len(blocks) and T._returns_at(blocks, s, k + 1):
                return k
            return T._contents_without_return(blocks, s, k)
        if isinstance(block, TocEntry) or k < s + T._MIN_ENTRIES:
            continue
        if T._returns_at(blocks, s, k) or T._first_part_again(blocks, s, k):
            return k - 1 if T._opens_its_part(blocks, s, k) else k
        if T._announced(blocks, s, "") and T._repeats_lead(blocks, s, k):
            return k - 1 if not T._listed(blocks[k - 1]) and k - 1 > s + T._MIN_ENTRIES else k
    if len(blocks) - s >= T._MIN_CUT_RUN and len(blocks) <= s + T._MAX_RUN and T._announced(blocks, s, ""):
        return len(blocks)
    return None


_LINES = st.sampled_from([
    "目录", "一、部门概况", "二、收入支出情况", "三、绩效情况", "（一）主要职能", "第一部分 单位概况", "第二部分 决算情况",
    "2023年度某局部门决算", "2023年度某项目绩效自评报告", "注：本报告可能存在尾数误差。", "附件：2023年度项目支出绩效自评报告",
    "本部门主要职能是负责全县的有关工作。", "全年完成任务85项，完成率39%。", "1.任务完成情况", "2.存在问题",
    "一、部门概况。", "收入支出决算总表", "四、存在的问题,原因及改进措施",
])


@CHECK
@given(st.lists(_LINES, min_size=1, max_size=12), st.integers(0, 11))
def test_the_contents_probe_ends_where_it_did(texts, s):
    from perflint.model import Heading, Paragraph
    from perflint.read import toc as T
    from perflint.text.numbering import parse_marker

    blocks = []
    for n, text in enumerate(texts, 1):
        marker = parse_marker(text)
        st_ = SourceText.at(text, "d.txt", n)
        blocks.append(Heading(text=st_, numbering=marker[0], title=text[marker[1]:]) if marker and n % 2
                      else Paragraph(text=st_, numbering=marker[0] if marker else None))
    s = min(s, len(blocks) - 1)
    assert T._body_start(blocks, s) == _body_start_reference(blocks, s)


def _opens_budget_reference(part, text) -> bool:
    """stream._may_open_budget as it was before it compacted a text to screen it."""
    from perflint.model import Heading, Paragraph, Table
    from perflint.read.forms import stream as S

    if "总额" not in text and "其中" not in text:
        return False
    for block in part.blocks:
        if isinstance(block, Table):
            texts = [c.text for row in block.rows for c in row.cells if "总" in c.value or "其" in c.value]
        elif isinstance(block, (Paragraph, Heading)):
            texts = [block.text] if "总" in block.text.value or "其" in block.text.value else []
        else:
            continue
        for st_ in texts:
            if any(tok.kind == "word" and (S._TOTAL_ANCHOR.match(tok.word) or tok.word.startswith("其中"))
                   for tok in C.split_text(st_)):
                return True
    return False


@CHECK
@given(st.lists(pieces("总", "额", "其", "中", "年度", "资金", "整体支出", "：", " ", "|", "\t", "\n", "10", "%", "财政拨款",
                       max_size=10), min_size=1, max_size=4))
def test_a_budget_may_open_where_it_could(cells):
    from perflint.model import Cell, Part, Row, Table
    from perflint.read.forms import stream as S

    row = Row([Cell(SourceText.at(v, "d.txt", 1, 1 + 12 * k)) for k, v in enumerate(cells)], 1)
    table = Table(text=row.cells[0].text, rows=[row])
    part = Part(title="", line=1, blocks=[table])
    text = C.part_text(part)
    assert S._may_open_budget(part, text, {}) == _opens_budget_reference(part, text)


def test_header_columns_are_remembered_by_the_header_s_texts_and_each_caller_gets_its_own():
    from perflint.model import Cell, Row
    from perflint.read.forms import table_rows as R
    from perflint.read.forms.stream import BUDGET_ROLES

    def header(*texts):
        return Row([Cell(SourceText.at(t, "d.txt", 1, 1 + 10 * k)) for k, t in enumerate(texts)], 1)

    first = R.header_columns(header("项目", "预算数（A）", "执行数（B）", "执行率", "得分"), BUDGET_ROLES)
    assert first == {"budget": 1, "actual": 2, "rate": 3, "score": 4}
    first["budget"] = 9  # a caller's dict is its own
    again = R.header_columns(header("项目", "预算 数（A）", "执行数（B）", "执行率", "得分"), BUDGET_ROLES)
    assert again == {"budget": 1, "actual": 2, "rate": 3, "score": 4}
    assert R.header_columns(header("项目", "预算数（A）", "执行数（B）", "执行率", "得分"), BUDGET_ROLES, start=2) \
        == {"actual": 2, "rate": 3, "score": 4}
    assert R.header_columns(header("项目", "预算数（A）", "执行数（B）", "执行率", "得分"), BUDGET_ROLES) \
        == {"budget": 1, "actual": 2, "rate": 3, "score": 4}


@CHECK
@given(pieces("2020", "年度", "年", " ", "\u3000", "\t", "\n", "\xa0", "公开", "03", "9", "表", "：", ":", "项目", "自评",
              "，", "（续）", max_size=14))
def test_a_line_that_opens_a_titled_loose_region_ends_in_its_title_mark(text):
    """_loose_region_end asks whether a line is a table's title (its year's, or its number's)
    only of a line ending in 表 once its white space is trimmed: every line either title accepts
    ends so, and lines ending otherwise are told without them."""
    from perflint.read.text import _NUMBERED_TITLE, _is_table_title

    if _is_table_title(text) or _NUMBERED_TITLE.match(text.strip()) is not None:
        assert text.rstrip().endswith("表")
