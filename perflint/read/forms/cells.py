"""The cells of a 自评表 as a stream of tokens, whatever shape the text importer gave them.

Every cell (between pipes or tabs), every space-separated piece and every source line of a
paragraph becomes a :class:`Token` with its source position; an empty cell between two pipes is
a blank token, a line of pipes a row break. Runs written with nothing between cells
(``2万元2万元2018``) are cut at their figures; ``≥ | 95 | %`` is merged back into one figure.
:mod:`perflint.read.forms.stream` reads the form's grammar from these tokens.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.model import Block, Heading, Paragraph, Part, SourceText, Table
from perflint.read.forms.labels import LEVEL1_WORDS, LEVEL2_RE, label_slip, level1_word
from perflint.read.lines import joins_spaced_label
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbers import (
    DECIMAL,
    Quantity,
    find_quantities,
    parse_bound_cell,
    parse_cell,
    parse_per_unit_cell,
)
from perflint.text.patterns import compile_pattern, lazy_compile

_CELL_SEP = lazy_compile(r"[|｜\t]")
_SPACES = lazy_compile(r"[ \u3000]+")
_SPLITS = compile_pattern(r"[|｜\t \u3000]")  # the characters _split cuts at
_PIPES_ONLY = lazy_compile(r"^\s*[|｜][|｜\s]*$")
_BLANK_MARKS = frozenset({"—", "-", "－", "——", "/", "／", "--", "\\"})
BLANK_MARKS = _BLANK_MARKS  # what an empty cell may hold: a blank token (see _classify)
_RELATION_ONLY = lazy_compile(r"^(?:≥|≤|>=|<=|≧|≦|>|<|＞|＜|=|＝|═|不低于|不少于|不高于|不超过|大于|小于)$")
# The 其中 rows of the budget block (财政拨款 / 上年结转 / 其他资金).
PART_ROW = lazy_compile(r"^(?:其中[:：]?)?(?:本年|当年)?(?:财政拨款|上年结转(?:资金)?|其他资金)(?:资金)?[:：]?$")
# A 其中 row naming its money by the level of government it came from (中央财政资金, 省级资金,
# 县级配套), as a 转移支付区域绩效自评表 does; an autonomous region's levels (自治区, 盟, 旗) and
# two levels named together (盟市, 旗县, 市县) are levels too.
LEVEL_ROW = lazy_compile(r"^(?:其中[:：]?)?(?:中央|自治区级?|自治州|自治县|省级|省|地市|市州|州市|盟市|市县|县市区|县市|"
                         r"县区|区县|旗县|市级|市|州级|州|盟级?|旗级?|县级|县|区级|区|乡级|乡镇|镇级|本级|地方)"
                         r"(?:财政)?(?:补助|配套|专项|转移支付)?(?:资金)?[:：]?$")
# a group's weight after its name: in brackets, or bare after 指标 / 目标 (``效益指标 30分``)
_LEVEL_WEIGHT = lazy_compile(rf"(?:[（(]\s*{DECIMAL}\s*分\s*[)）]|(?<=指标|目标)\s*{DECIMAL}\s*分)$")


def _spaced_label(value: str, piece_start: int, space: int, after: int, end: int) -> bool:
    """Whether the space at ``value[space:after]`` is inside a spaced 指标 N label (指标 1 工程完工率:
    a PDF's text puts a space between Chinese and digits): one cell, as 指标1工程完工率 is."""
    if not value.startswith("指标", piece_start):  # most spaces: one call
        return space - piece_start >= 4 and value.startswith(("指标", "目标"), space - 2) \
            and _group_and_weight(value, piece_start, space, after, end)
    m = _SPACES.search(value, after, end)
    return joins_spaced_label(value[piece_start:space], value[after:m.start() if m else end])


_GROUP_NAME = lazy_compile(r"^(?:投入|过程|产出|效果|效益|决策|成本|满意度)(?:指标|目标)$")
_BARE_WEIGHT = lazy_compile(rf"^{DECIMAL}分$")


def _group_and_weight(value: str, piece_start: int, space: int, after: int, end: int) -> bool:
    """Whether the space parts a 一级指标 group from its weight written without brackets, the
    two the whole of the piece (``效益指标 30分``): one cell, the group's, as 效益指标（30分）."""
    m = _SPACES.search(value, after, end)
    return _GROUP_NAME.match(value[piece_start:space]) is not None \
        and _BARE_WEIGHT.match(value[after:m.start() if m else end]) is not None


@dataclass(slots=True, init=False)  # one per cell and piece of every part that may hold a form
class Token:
    """One cell or space-separated piece; ``kind`` is word | fig | blank | row (a row break)."""

    text: SourceText
    kind: str
    quantity: Quantity | None = None
    glued: bool = False  # cut out of a run of cells written with nothing between them
    # the text without white space, made with the token: the readers ask a token's word again
    # and again as they scan (a property made on first use cost a Python call each time)
    word: str = field(default="", init=False, repr=False, compare=False)

    def __init__(self, text: SourceText, kind: str, quantity: Quantity | None = None, glued: bool = False) -> None:
        self.text = text
        self.kind = kind
        self.quantity = quantity
        self.glued = glued
        self.word = compact(text.value)

    @property
    def value(self) -> str:
        return self.text.value


def sub_text(st: SourceText, start: int, end: int) -> SourceText:
    """``st.value[start:end]`` with its source anchors."""
    if st.anchor_list is None:  # st.single_anchor is not None, without its call
        if start == 0 and end >= len(st.value):
            return st  # the whole text (a cell read as one token): the same text, not a copy
        # One source line (a cell, most lines): the slice starts ``start`` columns further on.
        line, column = st.single_anchor  # type: ignore[misc]
        return SourceText.at(st.value[start:end], st.path, line, column + start)
    line, column = st.position(start)
    anchors = [(0, line, column)]
    # Only the anchors inside the slice, found by bisection: a paragraph joined from many lines
    # is cut into many tokens, and scanning all its anchors for each made that quadratic.
    source = st.anchors
    i = bisect.bisect_right(source, start, key=_offset)
    while i < len(source) and source[i][0] < end:
        offset, a_line, a_column = source[i]
        anchors.append((offset - start, a_line, a_column))
        i += 1
    return SourceText(st.value[start:end], st.path, anchors)


def _offset(anchor: tuple[int, int, int]) -> int:
    return anchor[0]


def joined_text(parts: list[SourceText]) -> SourceText:
    """Several cells' texts as one, each character keeping its source position."""
    out = parts[0]
    for part in parts[1:]:
        out = _joined(out, part)
    return out


def _joined(a: SourceText, b: SourceText) -> SourceText:
    shift = len(a.value)
    return SourceText(a.value + b.value, a.path, a.anchors + [(o + shift, li, co) for o, li, co in b.anchors])


@remember_short(16384)
def _quantity_of(text: str) -> Quantity | None:
    """A figure cell; ``150万`` (万元 without 元) is read as money too (short texts remembered:
    every cell of every form is asked, and a Quantity is never changed)."""
    q = parse_cell(text)
    if q is None and text.strip().endswith("万"):
        q = parse_cell(text.strip() + "元")
    if q is None and ("/" in text or "／" in text):
        q = parse_per_unit_cell(text)  # ≤475元/亩: a standard or unit cost, a rate of its own
    if q is None and ("以" in text):
        q = parse_bound_cell(text)  # 200人次以上: the target's bound after its figure
    return q


# (the remembered function itself, no Python frame around its lookup: the table reader asks it
# of cells of every indicator row, several times a row)
quantity_of = _quantity_of


def _classify(st: SourceText) -> Token:
    value = st.value.strip()
    if not value or value in _BLANK_MARKS:
        return Token(st, "blank")
    q = _quantity_of(value)  # quantity_of's own call, without its frame: every token is asked
    return Token(st, "fig", q) if q is not None else Token(st, "word")


def _split(st: SourceText) -> list[Token]:
    """Cells between pipes and tabs, pieces between spaces. An empty cell between two pipes is a
    blank token; empty cells at the end of a row are dropped; a line of pipes only is a row break."""
    value = st.value
    one_place = st.anchor_list is None  # st.single_anchor is not None, without its call
    if not _SPLITS.search(value) and (one_place or len(st.anchors) <= 1):
        # Nothing to split at (no cell separator, no space, one source line): one piece.
        if not value.strip():
            return []
        if one_place and len(value) <= _GLUED_MIN:
            return [_classify(st)]  # most cells: what _pieces(st, 0, len(value)) gives, made directly
        return _pieces(st, 0, len(value))
    if _PIPES_ONLY.match(value):
        kind = "blank" if value.strip() in ("|", "｜") else "row"
        return [Token(sub_text(st, 0, 0), kind)]
    breaks = _line_breaks(st)
    segments: list[tuple[int, int]] = []
    pos = 0
    for m in _CELL_SEP.finditer(value):
        segments.append((pos, m.start()))
        pos = m.end()
    segments.append((pos, len(value)))
    while segments and not value[segments[-1][0]:segments[-1][1]].strip():
        segments.pop()
    out: list[Token] = []
    for start, end in segments:
        if not value[start:end].strip():
            out.append(Token(sub_text(st, start, start), "blank"))
            continue
        runs = _spaced_runs(st, start, end) if end - start > _GLUED_MIN and _TOUCHING_FIGURES.search(value, start, end) \
            and _PDF_SPACE.search(value, start, end) else {}
        piece_start = start
        for m in _SPACES.finditer(value, start, end):
            run = runs.get(piece_start)
            if run is not None and m.start() < run[0]:
                continue  # a space a PDF put inside a run of cells written together
            if _spaced_label(value, piece_start, m.start(), m.end(), end):
                continue  # 指标 1 工程完工率: one cell, as 指标1工程完工率
            if value[piece_start:m.start()].strip():
                out.extend(_run_or_line_pieces(st, piece_start, m.start(), breaks, runs))
            piece_start = m.end()
        if value[piece_start:end].strip():
            out.extend(_run_or_line_pieces(st, piece_start, end, breaks, runs))
    return out


# A space a PDF's text puts between a Chinese character and a digit (``安装坡面水标尺 10≥266 米``)
_PDF_SPACE = lazy_compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff])")
# a cell between bars or tabs that opens with a word and whose every space is one a PDF's text put
# between Chinese and digits (``配套电力设施 1250KVA变压器 3 台``)
_SPACED_NAME = lazy_compile(r"\s*[\u4e00-\u9fff]\S*(?:(?:(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff]))\S+)+"
                            r"(?<=[\u4e00-\u9fff])\s*")


def spaced_name_cell(value: str) -> bool:
    """Whether a table's cell (a row of several) is one name a PDF's text spaced between Chinese
    and digits (``配套电力设施 1250KVA变压器 3 台``): it opens and ends on a Chinese character and its
    every space stands between Chinese and a digit. Cut at its spaces it would read as a name, a
    target and an actual, the row's figures one column off. A total's or a 其中 row's label
    (``年度资金总额 100 万元``) carries its figures after it and is cut as before (the stream's
    budget screen cuts those cells on its own: :func:`split_text`)."""
    return (" " in value.strip() and _SPACED_NAME.fullmatch(value) is not None
            and "总额" not in value and "其中" not in value)
_PIECE = lazy_compile(r"\S+")
# Two figures with nothing between them, which no space could have come between: a cell
# written straight after a percentage (``100%100%20``) or a bound after a figure (``10≥266``).
_TOUCHING_FIGURES = lazy_compile(r"[%％][\d≥≤＞＜]|\d[≥≤＞＜]\d")


def _spaced_runs(st: SourceText, start: int, end: int) -> dict[int, tuple[int, SourceText]]:
    """The runs of cells written with nothing between them (``安装坡面水标尺10≥266米≥266米10``)
    that a PDF's text then spaced between Chinese and digits (``安装坡面水标尺 10≥266 米≥266 米
    10``), by their start: each run's end and its text without those spaces. Cut at the spaces,
    ``10≥266`` and ``米≥266`` were cells of their own and the row's figures were lost. Asked only
    of a text whose pieces show cells written together (two figures touching where no space was
    put: ``10≥266``, ``100%100%20``), not of a row whose cells a space parts (``管理数 1228人 770人``).
    A run is pieces joined by such single spaces only, and it is one when, without them, it is
    cut at its figures (:func:`_pieces`) and two of them touch: prose (``预算 80 万元，执行 75
    万元``) is not."""
    value = st.value
    runs: dict[int, tuple[int, SourceText]] = {}
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(value, start, end)]
    k = 0
    while k < len(pieces):
        first = k
        while k + 1 < len(pieces) and pieces[k + 1][0] == pieces[k][1] + 1 \
                and _PDF_SPACE.match(value, pieces[k][1]) is not None:
            k += 1
        if k > first:
            compact = joined_text([sub_text(st, a, b) for a, b in pieces[first:k + 1]])
            if _glued_figures(compact.value):
                runs[pieces[first][0]] = (pieces[k][1], compact)
        k += 1
    return runs


def _glued_figures(value: str) -> bool:
    """Whether ``value`` is a run of cells written together: long, holding the figures
    :func:`_pieces` cuts it at, two of them with nothing between."""
    if len(value) <= _GLUED_MIN:
        return False
    found = _figures_of_run(value, 0, len(value))
    return len(found) >= 3 and any(a.end == b.start for a, b in zip(found, found[1:], strict=False))


def _run_or_line_pieces(st: SourceText, start: int, end: int, breaks: list[int],
                        runs: dict[int, tuple[int, SourceText]]) -> list[Token]:
    run = runs.get(start)
    if run is not None and run[0] == end:
        compact = run[1]
        return _line_pieces(compact, 0, len(compact.value), _line_breaks(compact))
    return _line_pieces(st, start, end, breaks)


split_text = _split  # one text's tokens, before the stream's merges (see stream._may_open_budget)


def _line_breaks(st: SourceText) -> list[int]:
    """Offsets where the text moves to another source line (the importer joins lines of a
    paragraph without a separator: ``得分计算方法`` + ``年度资金总额``)."""
    if st.anchor_list is None:  # one place: no line break
        return []
    out = []
    previous = None
    for offset, line, _ in st.anchors:
        if previous is not None and line != previous and offset > 0:
            out.append(offset)
        previous = line
    return out


def _line_pieces(st: SourceText, start: int, end: int, breaks: list[int]) -> list[Token]:
    out: list[Token] = []
    cut = start
    for b in breaks:
        if start < b < end:
            if st.value[cut:b].strip():
                out.extend(_pieces(st, cut, b))
            cut = b
    if st.value[cut:end].strip():
        out.extend(_pieces(st, cut, end))
    return out


_GLUED_MIN = 30
_LEVEL_HEADS = ("时效", "数量指标", "质量指标", "成本指标", "经济效益", "社会效益", "生态效益", "可持续", "满意度",
                "效益指标", "产出指标", "服务对象")
_LEVEL_PREFIX = lazy_compile(r"^[)）]?\s*((?:产出|效益|满意度|成本)指标)?\s*(?:[(（]\d+分[)）])?\s*"
                           r"((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标)?")


def level_prefix(word: str) -> tuple[str, str, str]:
    """A name glued to the categories before it (``)数量指标培训人次``, ``质量指标结业考核合格率``):
    its 一级 and 二级 category (empty when absent) and the name itself."""
    m = _LEVEL_PREFIX.match(word)
    if m is None or not m.group(0) or m.end() >= len(word):
        return "", "", word
    return m.group(1) or "", m.group(2) or "", word[m.end():]


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _pieces(st: SourceText, start: int, end: int) -> list[Token]:
    """One space-free piece; a long one holding several figures is a run of cells written with
    nothing between them (``演出设备成本2万元2万元2018``): cut it at its figures."""
    value = st.value
    if end - start <= _GLUED_MIN or _numbered_note(value, start, end):
        return [_classify(sub_text(st, start, end))]
    found = _figures_of_run(value, start, end)
    if len(found) < 3:
        return [_classify(sub_text(st, start, end))]
    out: list[Token] = []
    pos = start
    for q in found:
        q_start, q_end = start + q.start, start + q.end
        if q_start < pos:
            continue
        if q.kind == "count" and q_end < end and _is_cjk(value[q_end]):
            q_end = start + q.number_end  # 总分10098项目名称: the 项 begins the next label
        elif q.number_end is not None and value.startswith(_LEVEL_HEADS, start + q.number_end):
            q_end = start + q.number_end  # 20时效指标: the 时 begins the next category, not a unit
        if value[pos:q_start].strip():
            out.extend(_between(st, pos, q_start))
        tok = _classify(sub_text(st, q_start, q_end))
        tok.glued = True
        out.append(tok)
        pos = q_end
    if value[pos:end].strip():
        out.extend(_between(st, pos, end))
    return out


_NOTE_MARKER = lazy_compile(r"\d{1,2}[.．、]\s*[\u4e00-\u9fff]")
_CLAUSE_MARKS = frozenset("，,；;。")


def _numbered_note(value: str, start: int, end: int) -> bool:
    """A piece that opens with a list marker and runs on in clauses (``1.预算执行率=预算执行数/
    调整后预算数,未达到90%的需说明原因(100字以内);2.…``): a note under the form, whose numbers
    are no cells (its marker would be read as the 得分 of the row above it)."""
    return _NOTE_MARKER.match(value, start) is not None and any(ch in _CLAUSE_MARKS for ch in value[start:end])


def _figures_of_run(value: str, start: int, end: int) -> list[Quantity]:
    """The figures a glued run ``value[start:end]`` is cut at (offsets from ``start``): not the
    number of an 指标 label (指标2:)."""
    return [q for q in find_quantities(value[start:end])
            if not value[max(start, start + q.start - 2):start + q.start].endswith("指标")
            and value[start + q.end:start + q.end + 1] not in (":", "：")
            and not _level_weight_note(value, start + q.start, start + q.end)]


def _level_weight_note(value: str, q_start: int, q_end: int) -> bool:
    """``产出指标(60分)``: the weight a 一级 category's cell writes after its name is part of that
    cell (:func:`level_of` reads it), not a figure the glued run is cut at."""
    return value[q_start - 1:q_start] in ("(", "（") and value[q_end:q_end + 1] in (")", "）") \
        and value[max(0, q_start - 1 - _LEVEL1_LONGEST):q_start - 1].endswith(LEVEL1_WORDS) and value[q_end - 1] == "分"


# the longest 一级 category name (满意度指标): the window :func:`_level_weight_note` looks back in
_LEVEL1_LONGEST = max(len(word) for word in LEVEL1_WORDS)


_LEADING_NUMBER = lazy_compile(DECIMAL)


def _between(st: SourceText, start: int, end: int) -> list[Token]:
    """The words between two figures of a glued run; a score glued to the category after it
    (``20时效指标``, which the figure finder takes for an hour) is cut off as a figure."""
    m = _LEADING_NUMBER.match(st.value, start, end)
    if m is not None and st.value.startswith(_LEVEL_HEADS, m.end()):
        number = _classify(sub_text(st, start, m.end()))
        number.glued = True
        return [number, *_at_categories(st, m.end(), end)]
    if (header := _budget_header(st, start, end)) is not None:
        return header
    return _at_categories(st, start, end)


# A budget block's header glued to its total's label before the total's figures (``全年预算数(A)
# 全年执行数(B)分值执行率(B/A)得分年度资金总额:``): its column names, each with its (A) note.
_GLUED_TOTAL = lazy_compile(r"(?:年度)?资金总额[:：]?$")
_GLUED_COLUMN = lazy_compile(r"(?:年初预算数|全年预算数|调整后预算数|预算数|全年执行数|执行数|分值|执行率|得分)"
                             r"(?:[(（][A-Z/×*%]{1,5}[)）])?")


def _budget_header(st: SourceText, start: int, end: int) -> list[Token] | None:
    """The words before a glued total's figures cut into the budget header's cells and the
    total's label, where they end with the label right after at least three column names
    written together; else None."""
    value = st.value
    m = _GLUED_TOTAL.search(value, start, end)
    if m is None:
        return None
    cuts: list[tuple[int, int]] = []
    pos = m.start()
    while True:
        found = [c for c in _GLUED_COLUMN.finditer(value, max(start, pos - 14), pos) if c.end() == pos]
        if not found:
            break
        c = min(found, key=lambda c: c.start())
        cuts.insert(0, (c.start(), c.end()))
        pos = c.start()
    if len(cuts) < 3:
        return None
    out = [_classify(sub_text(st, start, pos))] if value[start:pos].strip() else []
    out += [_classify(sub_text(st, a, b)) for a, b in cuts]
    out.append(_classify(sub_text(st, m.start(), end)))
    return out


# The 一级 (with its weight) and 二级 categories of the 自评表's indicator rows, longest first.
_CATEGORY = lazy_compile(
    r"(?:服务对象满意度|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响)指标"
    rf"|(?:产出|效益|满意度|成本)指标(?:[(（]{DECIMAL}分[)）])?")
# The words a glued header ends with before the first category (…实际完成值分值得分产出指标)
_HEADER_ENDS = ("得分", "分值", "权重", "措施", "原因", "完成值", "指标值")


def _at_categories(st: SourceText, start: int, end: int) -> list[Token]:
    """The words between two figures of a glued run, cut at the categories that open an
    indicator row (``产出指标(60分)数量指标照护服务人次`` → 产出指标(60分) | 数量指标 | 照护服务人次):
    a category counts where the words start with it, or it follows another, a closing bracket
    or the header's last word; one inside a name (水环境质量指标达标率) cuts nothing."""
    value = st.value
    cuts: list[tuple[int, int]] = []
    last = start
    for m in _CATEGORY.finditer(value, start, end):
        at = m.start()
        if at != last and at != start and value[at - 1] not in ")）" \
                and not value[start:at].endswith(_HEADER_ENDS):
            continue
        cuts.append((at, m.end()))
        last = m.end()
    if not cuts or cuts == [(start, end)]:
        return [_classify(sub_text(st, start, end))]
    out: list[Token] = []
    pos = start
    for at, stop in cuts:
        if value[pos:at].strip():
            out.append(_classify(sub_text(st, pos, at)))
        out.append(_classify(sub_text(st, at, stop)))
        pos = stop
    if value[pos:end].strip():
        out.append(_classify(sub_text(st, pos, end)))
    return out


def glued_pair(tok: Token) -> tuple[Token, Token] | None:
    """A weight and a score written together (``2018`` → 20, 18; ``10098`` → 100, 98) when the
    digits split only one way into a weight of at most 100 and a score not above it. Digits that
    split no such way but one way into two figures of at most 100 (``2030`` → 20, 30) are a
    score above its weight: the row is read, and the score is the finding (A123)."""
    if not tok.glued or tok.quantity is None or tok.quantity.unit is not None or tok.quantity.relation:
        return None
    digits = tok.value.strip()
    if not digits.isdigit() or int(digits) <= 100:
        return None
    return _cut_in_two(tok, digits)


def pair_at(tok: Token) -> tuple[Token, Token] | None:
    """A weight and a score written together where the form's grammar says two figures stand
    (the 指标权重 | 指标得分 cells of a row glued onto one line): ``44`` → 4, 4; ``1010`` → 10, 10.
    Unlike :func:`glued_pair` a figure up to 100 is cut too; the digits must split one way only."""
    q = tok.quantity
    if tok.kind != "fig" or q is None or q.unit is not None or q.relation:
        return None
    digits = tok.value.strip()
    if not digits.isdigit() or len(digits) < 2:
        return None
    return _cut_in_two(tok, digits)


def _cut_in_two(tok: Token, digits: str) -> tuple[Token, Token] | None:
    """``digits`` (a token's figure) cut into a weight and a score where they split one way only."""
    splits = _pair_splits(digits, within_weight=True) or _pair_splits(digits, within_weight=False)
    if len(splits) != 1:
        return None
    offset = tok.text.value.find(digits)
    i = splits[0]
    return (_classify(sub_text(tok.text, offset, offset + i)),
            _classify(sub_text(tok.text, offset + i, offset + len(digits))))


def weight_and_target(tok: Token, actual: Token) -> tuple[Token, Token] | None:
    """A weight glued to the target after it, where a form puts 分值 before the values and the
    page wrote the cells with nothing between them (``20100%`` → 20, 100%; ``1030万元`` → 10,
    30万元): the leading digits cut where the weight is 1–100, neither part opens with a 0, and
    the target is a figure of the same unit as ``actual`` (the 完成值 after it). None unless the
    digits cut one such way only (``595%`` before ``95%`` may be 5 | 95% or 59 | 5%)."""
    q, a = tok.quantity, actual.quantity
    if not tok.glued or tok.kind != "fig" or q is None or q.relation or actual.kind != "fig" or a is None:
        return None
    value = tok.text.value
    digits = len(value) - len(value.lstrip("0123456789"))
    found: list[tuple[Token, Token]] = []
    for i in range(1, digits):
        w, rest = value[:i], value[i:]
        if w[0] == "0" or not 0 < int(w) <= 100 or rest[0] == "0" and rest[1:2] != ".":
            continue
        target = _classify(sub_text(tok.text, i, len(value)))
        t = target.quantity
        if target.kind != "fig" or t is None or t.unit != a.unit or t.kind != a.kind:
            continue
        found.append((_classify(sub_text(tok.text, 0, i)), target))
    return found[0] if len(found) == 1 else None


_RUN_NUMBER = lazy_compile(r"(?:0|[1-9]\d*)(?:\.\d+)?$")
_RUN_WEIGHT_MAX = 30  # the 分值 of a budget block: 10 or 20 points in the templates, never more
_RUN_FIGURE_MAX = 20  # characters of one figure of the run: 17 digits (千万亿 in 元) and its cents


def budget_run(tok: Token, roles: list[str]) -> list[Token] | None:
    """The amount cells of a budget row and its 执行率 written with nothing between them
    (``年度资金总额:303010100.00%`` under 全年预算数(A) | 全年执行数(B) | 分值 | 执行率): the
    run's digits cut into one figure for each of ``roles`` (the header's columns up to and with
    the rate, the rate last), none opening with a 0, a 分值 of 1–30, an amount spent, and the rate
    the one the amounts make (B/A, to its shown decimals). None unless the digits cut one such way only
    (which digits are which is not known then: the row is not read)."""
    q = tok.quantity
    if not tok.glued or tok.kind != "fig" or q is None or not q.is_percent or q.relation \
            or not roles or roles[-1] != "rate" or not {"budget", "actual"} <= set(roles):
        return None
    value = tok.text.value.rstrip()
    body = value.rstrip("%％")
    if not body or any(ch not in "0123456789." for ch in body) or len(roles) > 6 \
            or len(body) > _RUN_FIGURE_MAX * len(roles):
        return None  # a run of thousands of digits was cut every way (benchmarks/fuzz.py: it hung)
    found: list[list[int]] = []

    def cut(start: int, k: int, ends: list[int]) -> None:
        if k == len(roles) - 1:
            piece = body[start:]
            if len(piece) <= _RUN_FIGURE_MAX and _RUN_NUMBER.match(piece) and _fits(body, [*ends, len(body)], roles):
                found.append([*ends, len(body)])
            return
        after = len(roles) - 1 - k  # figures still to cut after this one, each of _RUN_FIGURE_MAX at most
        for end in range(max(start + 1, len(body) - after * _RUN_FIGURE_MAX),
                         min(start + _RUN_FIGURE_MAX, len(body) - 1) + 1):
            if _RUN_NUMBER.match(body[start:end]) and body[end] != ".":
                cut(end, k + 1, [*ends, end])
                if len(found) > 1:
                    return

    cut(0, 0, [])
    if len(found) != 1:
        return None
    out: list[Token] = []
    start = 0
    for end in found[0]:
        stop = end if end < len(body) else len(value)
        piece = _classify(sub_text(tok.text, start, stop))
        piece.glued = True
        out.append(piece)
        start = end
    return out


def _fits(body: str, ends: list[int], roles: list[str]) -> bool:
    figures = dict(zip(roles, (Decimal(body[a:b]) for a, b in zip([0, *ends], ends, strict=False)), strict=True))
    if "weight" in figures and not (figures["weight"] == figures["weight"].to_integral_value()
                                    and 1 <= figures["weight"] <= _RUN_WEIGHT_MAX):
        return False
    budget, actual, rate = figures["budget"], figures["actual"], figures["rate"]
    if budget <= 0 or actual <= 0:
        return False  # nothing spent (0 | 0.00%) fits any digits before it: 30301 | 0 | 10 | 0.00
    places = len(body[ends[-2]:].partition(".")[2])
    return abs(actual / budget * 100 - rate) <= Decimal(5) / Decimal(10) ** (places + 1)


def doubled_cell(tok: Token) -> tuple[Token, Token] | None:
    """A word that is one text written twice (``明显改善明显改善``): a 定性 target and the
    完成值 that repeats it, written with nothing between them. None for any other word."""
    value = tok.text.value
    n = len(value)
    if tok.kind != "word" or n < 4 or n % 2 or value[:n // 2] != value[n // 2:]:
        return None
    return _classify(sub_text(tok.text, 0, n // 2)), _classify(sub_text(tok.text, n // 2, n))


_TRAILING_FIGURE = lazy_compile(r"[≥≤><=]?\d[\d.,]*\s*(?:%|[\u4e00-\u9fff]{1,2})?$")


def split_trailing_figure(tok: Token) -> tuple[Token | None, Token] | None:
    """A word with a figure glued to its end (``定量指标95%``, ``场次次定量指标12次``): the word
    before the figure (None when nothing stands before it) and the figure; None when the word
    does not end in one. The figure is the tail that reads as a quantity with its digits whole (a
    unit of one or two characters after them)."""
    value = tok.text.value.rstrip()
    m = _TRAILING_FIGURE.search(value)
    if m is None:
        return None
    start = m.start()
    while start > 0 and (value[start - 1].isdigit() or value[start - 1] in ".,"):
        start -= 1
    fig = _classify(sub_text(tok.text, start, len(value)))
    if fig.kind != "fig" or fig.quantity is None:
        return None
    word = Token(sub_text(tok.text, 0, start), "word") if value[:start].strip() else None
    return word, fig


def _pair_splits(digits: str, within_weight: bool) -> list[int]:
    """Where ``digits`` cut into a weight (1–100) and a score (at most 100; with
    ``within_weight``, at most the weight), neither with a leading zero."""
    splits = []
    for i in range(1, len(digits)):
        w, sc = digits[:i], digits[i:]
        if (len(w) > 1 and w[0] == "0") or (len(sc) > 1 and sc[0] == "0"):
            continue
        if 0 < int(w) <= 100 and int(sc) <= (int(w) if within_weight else 100):
            splits.append(i)
    return splits


def _merge(tokens: list[Token]) -> list[Token]:
    """``≥ | 95 | %`` → ``≥95%``: a relation before a figure and a unit after it are one cell."""
    out: list[Token] = []
    for tok in tokens:
        if not out:
            out.append(tok)
            continue
        prev = out[-1]
        kind, prev_kind = tok.kind, prev.kind
        if kind == "fig" and prev_kind == "word" and _RELATION_ONLY.match(prev.word):
            merged = _joined(prev.text, tok.text)
            q = quantity_of(merged.value.replace(" ", ""))
            if q is not None:
                out[-1] = Token(merged, "fig", q)
                continue
        elif kind == "word" and prev_kind == "fig":
            if prev.quantity is not None and prev.quantity.unit is None and len(tok.word) <= 4:
                merged = _joined(prev.text, tok.text)
                q = quantity_of(merged.value.replace(" ", ""))
                if q is not None and q.unit is not None:
                    out[-1] = Token(merged, "fig", q)
                    continue
                if prev.quantity.relation is not None and tok.word in _form_unit_cells():
                    out[-1] = Token(merged, "fig", prev.quantity)  # ≤ | 6 | 月: the target's unit cell
                    continue
        elif kind == "word" and prev_kind == "word" and len(tok.word) <= 3 and _split_label(prev.word, tok.word):
            out[-1] = Token(_joined(prev.text, tok.text), "word")  # 经济效 / 益指标 broken over lines
            continue
        out.append(tok)
    return out


@cache
def _attribute_cells() -> frozenset[str]:
    return frozenset(data.load("units").get("indicator_attribute_cells", []))


def is_attribute_cell(word: str) -> bool:
    """A 指标性质 / 指标方向 cell (正向, 定量, 大于等于, ≥): it describes the indicator, it does not
    name it."""
    return word in _attribute_cells()


@cache
def _form_unit_cells() -> frozenset[str]:
    return frozenset(data.load("units").get("form_unit_cells", []))


def _split_label(head: str, tail: str) -> bool:
    """A label of the form broken over two cells or lines (``经济效益`` / ``指标``, ``经济效`` /
    ``益指标``, ``其中:当年财政`` / ``拨款``): joined, it is a category or a budget row label."""
    joined = head + tail
    if level_of(joined) is not None:
        return True
    return bool(PART_ROW.match(joined)) and not PART_ROW.match(head)


# The last part tokenised, by a weak reference, with its blocks' identities and its tokens: the
# importer reads a part's forms from its tokens and a template check reads them again; a report
# flattened onto one line is one part, and tokenising it is a large share of its time. The
# importer may have cut only the part's tail (see form_tokens): then the entry holds the index
# of the tail's first block, the row break its first token follows, and the tail's tokens, and
# tokens() cuts only the blocks before it.
_last: tuple[weakref.ref, tuple[int, ...], int, Token | None, list[Token]] | None = None


def tokens(part: Part) -> list[Token]:
    """Every cell of the part in reading order, with row breaks where a table row ends."""
    global _last
    key = tuple(map(id, part.blocks))
    if _last is not None and _last[0]() is part and _last[1] == key:
        _, _, start, lead_row, tail = _last
        if start == 0:
            return list(tail)
        # the tail opens with a token no merge joins to the one before it (see form_tokens)
        head, _ = _joined_raw(_raw(part.blocks[:start]), ([], lead_row))
        out = _merge(head) + tail
    else:
        out = _tokens(part)
    _last = (weakref.ref(part, _forget), key, 0, None, out)
    return list(out)


def _tokens(part: Part) -> list[Token]:
    return _merge(_raw(part.blocks)[0])


def _forget(_ref: weakref.ref) -> None:
    """The part is gone: so are its tokens (nothing of a linted draft stays behind)."""
    global _last
    if _last is not None and _last[0] is _ref:
        _last = None


def is_form_start(tok: Token) -> bool:
    """A word a form may start at in the stream (:mod:`perflint.read.forms.stream`): one naming
    a total (总额), a 其中 row or the indicator header (三级指标, 指标名称 where a header names its
    indicators' column so, or 是否核心指标 that ends the header of the 得分系数 form:
    :mod:`perflint.read.forms.coefficient`)."""
    return tok.kind == "word" and ("总额" in tok.word or tok.word.startswith("其中") or "三级指标" in tok.word
                                   or "是否核心指标" in tok.word or tok.word == "指标名称")


LOOKBACK = 48  # tokens the stream reads before a word a form starts at (its title: 40)
_MARGIN = 16  # tokens more than LOOKBACK cut before the first block a form may start in (merges)


def form_tokens(part: Part, known: dict[int, list[Token]] | None = None) -> list[Token]:
    """The part's tokens from at least :data:`LOOKBACK` tokens before the first word a form may
    start at (:func:`is_form_start`), or all of them: what the stream reads, as it reads it.
    ``known`` holds texts already cut (:func:`split_text`) by their ``id``; it gains those cut here.

    The words before a report's first form (its narrative, often most of it) are not cut. A
    start word is one piece of one text (the merges join words only into a level name or a
    其中 row label, whose first word begins with 其中), so no block before the first one with such
    a piece holds one. The tail is cut as if nothing stood before it; it is a tail of
    :func:`tokens` when its first token cannot be merged into the one before it (a blank cell,
    a row break, a word of more than four characters: see _merge), less the row break that
    token may follow, which the stream never reads at that distance from a start."""
    global _last
    key = tuple(map(id, part.blocks))
    if _last is not None and _last[0]() is part and _last[1] == key:
        return list(_last[4])
    known = {} if known is None else known
    blocks = part.blocks
    first = next((k for k, block in enumerate(blocks) if _may_start(block, known)), None)
    if first is None:
        return []  # no word a form starts at: the stream reads nothing
    # blocks before the first such block, one by one, until enough tokens stand before it and
    # the first of them opens a tail
    front: list[tuple[list[Token], Token | None]] = []  # nearest first
    start, before, opens = first, 0, False
    while start > 0 and (before < LOOKBACK + _MARGIN or not opens):
        start -= 1
        piece = _raw(blocks[start:start + 1], known)
        front.append(piece)
        if piece[0]:
            before += len(piece[0])
            opens = _opens_a_tail(piece[0][0])
    head: tuple[list[Token], Token | None] = ([], None)
    for piece in reversed(front):
        head = _joined_raw(head, piece)
    raw, lead_row = _joined_raw(head, _raw(blocks[first:], known))
    tail = _merge(raw)
    if start > 0:
        # no start in the tail: none in the part, and the stream reads nothing either way
        first_start = next((k for k, tok in enumerate(tail) if is_form_start(tok)), len(tail))
        if not _opens_a_tail(raw[0]) or first_start < LOOKBACK:
            return tokens(part)  # not a tail of the part's tokens, or too close to a start: all
    _last = (weakref.ref(part, _forget), key, start, lead_row, tail)
    return list(tail)


def _may_start(block: Block, known: dict[int, list[Token]]) -> bool:
    """Whether a token of ``block`` may be a word a form starts at (see :func:`is_form_start`):
    the texts whose words hold 总额, 其中, 三级指标 or 指标名称 are cut (and kept in ``known``) to see."""
    if isinstance(block, Table):
        texts = [cell.text for row in block.rows for cell in row.cells]
    elif isinstance(block, (Paragraph, Heading)):
        texts = [block.text]
    else:
        return False
    for st in texts:
        value = st.value
        if "总" in value or "其" in value or "三" in value or "核" in value or "名" in value:
            word = compact(value)
            if "总额" in word or "其中" in word or "三级指标" in word or "是否核心指标" in word or "指标名称" in word:
                toks = known.get(id(st))
                if toks is None:
                    toks = known[id(st)] = _split(st)
                if any(is_form_start(tok) for tok in toks):
                    return True
    return False


def _opens_a_tail(tok: Token) -> bool:
    """A token _merge never joins to the token before it."""
    return tok.kind in ("blank", "row") or tok.kind == "word" and len(tok.word) > 4


def _joined_raw(head: tuple[list[Token], Token | None], tail: tuple[list[Token], Token | None]
                ) -> tuple[list[Token], Token | None]:
    """The unmerged tokens of two runs of blocks one after the other (see :func:`_raw`): the
    tail's leading row break comes back where a token other than a row break precedes it."""
    head_tokens, head_lead = head
    tail_tokens, tail_lead = tail
    if not head_tokens:
        return tail_tokens, head_lead if head_lead is not None else tail_lead
    between = [tail_lead] if tail_lead is not None and head_tokens[-1].kind != "row" else []
    return head_tokens + between + tail_tokens, head_lead


def _raw(blocks: list[Block], known: dict[int, list[Token]] | None = None) -> tuple[list[Token], Token | None]:
    """The tokens of ``blocks`` before _merge, cut as if nothing stood before them, and the row
    break they would open with if a token stood before them (None if none). ``known``: texts
    already cut, by their ``id`` (see :func:`form_tokens`)."""
    known = known or {}
    out: list[Token] = []
    lead_row: Token | None = None
    for block in blocks:
        if isinstance(block, Table):
            # A form written one cell a line ('80万 |') reads as a table of one-cell rows whose
            # real rows are separated by empty ones ('||||||'): only those end a row.
            filled = [[i for i, c in enumerate(row.cells) if c.text.value.strip()] for row in block.rows]
            one_cell = all(len(f) <= 1 for f in filled)
            # A table of one-cell lines only that opens on a lone ``|`` line has its pipes between
            # the cells (``|`` ``序号`` ``|`` ``单位名称`` ``|`` …), not after each (``主管部门 |`` ``|``,
            # with ``||||`` lines between rows): its empty rows are separators, no empty cells.
            fenced = one_cell and bool(filled) and not filled[0] and all(len(r.cells) <= 1 for r in block.rows)
            for row, row_filled in zip(block.rows, filled, strict=True):
                cells = row.cells
                last = row_filled[-1] if row_filled else -1
                for cell in cells[:last + 1]:
                    st = cell.text
                    value = st.value
                    if st.anchor_list is None and len(value) <= _GLUED_MIN and not _SPLITS.search(value):
                        # most cells: one short piece of one line, as _split cuts it, made here
                        # without its call and list
                        out.append(_classify(st) if value.strip() else Token(st, "blank"))
                        continue
                    cut = known.get(id(st))
                    if cut is None and not one_cell and spaced_name_cell(value):
                        cut = _pieces(st, 0, len(value))  # 配套电力设施 1250KVA变压器 3 台: one cell a PDF spaced
                    out.extend((_split(st) if cut is None else cut) or [Token(st, "blank")])
                if one_cell and last >= 0:
                    continue
                if one_cell and len(cells) <= 1:
                    if fenced:
                        continue
                    out.append(Token(cells[0].text if cells else SourceText.at("", block.text.path, row.line),
                                     "blank"))
                    continue
                if out and out[-1].kind != "row":
                    out.append(Token(SourceText.at("", block.text.path, row.line), "row"))
                elif not out and lead_row is None:
                    lead_row = Token(SourceText.at("", block.text.path, row.line), "row")
        elif isinstance(block, (Paragraph, Heading)):
            cut = known.get(id(block.text))
            out.extend(_split(block.text) if cut is None else cut)
    return out, lead_row


def level_of(word: str) -> tuple[str, str] | None:
    core = _LEVEL_WEIGHT.sub("", word)
    for w in LEVEL1_WORDS:
        if core.startswith(w) and len(core) <= len(w) + 1:
            return "1", w
    if core != word and (w := level1_word(word, first=True)) is not None and w not in LEVEL1_WORDS:
        return "1", w  # a group its weight marks (投入（20分）, 成本（10分）, 履职效能（30分）)
    if LEVEL2_RE.match(core):
        return "2", core
    if (w := level1_word(core, first=True)) is not None and w not in LEVEL1_WORDS:
        return "1", w  # a framework's group written bare (投入, 过程 …), no 二级 name
    return label_slip(word)  # a category mistyped (效意指标, 数亮指标): the one it means


def part_texts(part: Part) -> Iterator[SourceText]:
    """Every text :func:`tokens` cuts, in order: each table cell, each paragraph and heading."""
    for block in part.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield cell.text
        elif isinstance(block, (Paragraph, Heading)):
            yield block.text


_SEPARATORS = compile_pattern(r"[\s|｜]+")


def part_text(part: Part) -> str:
    """The part's text as :func:`tokens` reads it (tables cell by cell, paragraphs and headings,
    in order) without white space and cell bars: every token's word, and every word two
    neighbouring tokens are joined into, is a substring of it. A reader looking for a word in
    the tokens can first look for it here, and skip cutting a part that does not hold it.

    Made once for a part and its blocks (as :func:`tokens` keeps its tokens): the stream
    reading asks it of every part when the draft is read, and the unfilled-template check
    (:func:`perflint.extract.template_text.blank_value_labels`) of every part again."""
    key = tuple(map(id, part.blocks))
    got = _PART_TEXTS.get(id(part))
    if got is not None and got[0]() is part and got[1] == key:
        return got[2]
    text = _part_text(part)
    _PART_TEXTS[id(part)] = (weakref.ref(part, _forget_part_text), key, text)
    return text


# part_text's answers by the part's id: the part (weakly: a text goes when its part does), the
# ids of its blocks when the text was made, and the text
_PART_TEXTS: dict[int, tuple[weakref.ref, tuple[int, ...], str]] = {}


def _forget_part_text(ref: weakref.ref) -> None:
    """A part is gone: so is its text (an entry a newer part took over under the same id stays)."""
    for k in [k for k, got in _PART_TEXTS.items() if got[0] is ref]:
        del _PART_TEXTS[k]


def _part_text(part: Part) -> str:
    values: list[str] = []
    for block in part.blocks:
        if isinstance(block, Table):
            values.extend([cell.value for row in block.rows for cell in row.cells])
        elif isinstance(block, (Paragraph, Heading)):
            values.append(block.text.value)
    # ``_SEPARATORS.sub("", …)`` in three passes in C: the white space str.split cuts at is what
    # ``\s`` matches, and the bars go after it (a third of the pattern's time over a part)
    return "".join("".join(values).split()).replace("|", "").replace("｜", "")
