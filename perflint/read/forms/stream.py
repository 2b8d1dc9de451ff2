"""Reading a 自评表 as a stream of cells, whatever shape the text importer gave it.

Real drafts reach us with the form broken in many ways: one cell per line, a whole form on one
line with spaces between cells, HTML pipe tables whose cells are split over lines, the 指标性质 /
指标值 / 度量单位 of a target in three cells. The importer then sees paragraphs and tables that
do not line up with the form's rows. The form's own grammar survives all of them: a budget block
opens with 年度资金总额 followed by its figures, then the 其中 rows (财政拨款 / 上年结转 / 其他资金);
the indicator block opens with a header naming 三级指标, 指标值, 完成值, 分值, 得分, and each
indicator ends with two plain numbers, its weight and its score. This module reads that grammar
from the token stream (every cell, every space-separated piece, each with its source position) so
that every layout gives the same :class:`BudgetExecution` and :class:`Indicator` facts.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from perflint.model import (
    Block,
    BudgetExecution,
    Cell,
    Figure,
    Heading,
    Paragraph,
    Part,
    Row,
    SelfEvaluation,
    Table,
)
from perflint.read.forms.answers import labels_after_table
from perflint.read.forms.cells import (
    BLANK_MARKS as _BLANK_MARKS,
)
from perflint.read.forms.cells import (
    LEVEL_ROW,
    PART_ROW,
    Token,
    budget_run,
    form_tokens,
    is_form_start,
    part_text,
    quantity_of,
    split_text,
    sub_text,
)
from perflint.read.forms.coefficient import ends_header
from perflint.read.forms.coefficient import read_rows as read_coefficient_rows
from perflint.read.forms.goals import is_label as is_goal_label
from perflint.read.forms.goals import may_be_label as may_be_goal_label
from perflint.read.forms.goals import read_goal_tokens
from perflint.read.forms.labels import is_total_label, names_a_source_twice, weight_in
from perflint.read.forms.stream_rows import (
    indicator_header,
    merged_reason,
    named_header,
    read_indicators,
    read_named_rows,
    read_scattered,
    read_unweighted,
    read_weight_first,
    token_figure,
)
from perflint.read.forms.table_rows import SCORE_BAND
from perflint.text.normalise import compact
from perflint.text.numbers import declared_unit, parse_cell
from perflint.text.page_chrome import without_notices
from perflint.text.patterns import lazy_compile

_TOTAL_ANCHOR = lazy_compile(r"^(?:(?:年度)?资金|(?:部门)?整体支出)?总额[:：]?$")
# The total's label of the forms whose budget header reads 预算数(A) | 执行数(B) | 执行率(B/A) | 得分.
# It opens a budget block only where that header stands on its own line before it (a form
# flattened onto one line): written one cell a line or in a table, the table reader reads it, and
# a 绩效目标表 names its 年度财政资金总额 under no execution columns.
_FISCAL_TOTAL = lazy_compile(r"^(?:年度)?财政资金总额[:：]?$")
_FISCAL_HEADER = frozenset({"budget", "actual", "rate"})
_HEADER_LINES_ABOVE = 16  # as many as the tokens the header is looked for in: one cell a line
_PART_ROW = PART_ROW
_FORM_TITLE = lazy_compile(r"自评表|评分表")
_INDICATOR_HEADER = lazy_compile(r"三级指标")
# The budget block's column names, as forms write them; the table reader names its columns by
# the same words (perflint.read.forms.tables).
BUDGET_ROLES = (
    ("initial", lazy_compile(r"^年初预算")),
    ("budget", lazy_compile(r"^(?:全年|调整后)预算|^预算数")),
    ("actual", lazy_compile(r"执行数|^全年执行|^实际支出")),
    ("weight", lazy_compile(r"^(?:分值|权重)")),
    ("rate", lazy_compile(r"^执行率|预算执行率")),
    ("score", lazy_compile(r"^得分")),
)
_DEFAULT_BUDGET_ROLES = ["initial", "budget", "actual", "weight", "rate", "score"]






def read_stream_forms(part: Part) -> list[SelfEvaluation]:
    """The 自评表 of a part read from its token stream (see the module docstring)."""
    known: dict[int, list[Token]] = {}  # the texts cut so far, by their id
    if not may_read_rows(part, known):
        return []  # no word a form's rows are read from: the part is not cut into tokens
    return read_tokens(part, form_tokens(part, known))


def may_read_rows(part: Part, known: dict[int, list[Token]] | None = None) -> bool:
    """Whether :func:`read_tokens` may read a budget row or an indicator from the part's tokens.

    Most parts, and every part a form's table reader read, have a 三级指标 or 总额 somewhere, but
    no row the stream can read: no 分值 column to read indicators by, no total's label to open a
    budget block at (``年度财政资金总额`` is not one). Cutting the part into tokens is most of the
    stream reading's cost; this answers from the part's text and the few texts that hold 总 or 其,
    and never says no where the tokens hold a row (tests/read/test_stream_forms.py)."""
    text = part_text(part)
    return _may_hold_form(text) and (_may_name_weight(text) or _may_open_budget(part, text, {} if known is None else known))


def read_tokens(part: Part, toks: list[Token]) -> list[SelfEvaluation]:
    """The forms read from ``toks``, the part's :func:`~perflint.read.forms.cells.tokens`."""
    forms: list[SelfEvaluation] = []
    # where each form starts in the stream, and where its indicator header is (None: not read)
    starts_at: list[int] = []
    indicators_at: dict[int, int] = {}
    current: SelfEvaluation | None = None
    read_to = 0  # the index after what the form so far was read from
    # The words a form can start at (the literal each test below begins with), listed in one
    # pass: the loop then goes from one to the next instead of stepping over every token.
    starts = [k for k, tok in enumerate(toks) if is_form_start(tok)]
    i = 0
    while True:
        k = bisect.bisect_left(starts, i)
        if k == len(starts):
            break
        i = starts[k]
        word = toks[i].word
        if "总额" in word and (_TOTAL_ANCHOR.match(word) or _opens_fiscal_total(toks, i)):
            # (the patterns' one literal, looked for first)
            current = _new_form(part, toks, i, _last_line(forms))
            forms.append(current)
            starts_at.append(i)
            i = read_to = _read_budget(current, toks, i)
            continue
        if word.startswith("其中") and (_PART_ROW.match(word) or LEVEL_ROW.match(word)) \
                and (start := _displaced_total(toks, i)) is not None:
            current = _new_form(part, toks, i, _last_line(forms))
            forms.append(current)
            starts_at.append(i)
            i = read_to = _read_budget(current, toks, start, displaced=True)
            continue
        if "是否核心指标" in word and ends_header(toks, i):  # the 得分系数 form
            if current is None or current.indicators:
                current = _new_form(part, toks, i, _last_line(forms))
                forms.append(current)
                starts_at.append(i)
            indicators_at.setdefault(id(current), i)
            i = read_to = read_coefficient_rows(current, toks, i)
            continue
        if word == "指标名称" and (named := named_header(toks, i)) is not None:
            # 项目类别 | 指标名称 | 目标值 | 权重 | 实际完成值 | 自评分, one cell a line
            if current is None or current.indicators:
                current = _new_form(part, toks, i, _last_line(forms))
                forms.append(current)
                starts_at.append(i)
            indicators_at.setdefault(id(current), i)
            i = read_to = read_named_rows(current, toks, named[1], named[0])
            continue
        if "三级指标" in word:  # _INDICATOR_HEADER, a literal
            roles, end = indicator_header(toks, i)
            if {"target", "actual", "weight", "score"} <= set(roles):
                if current is None or current.indicators:
                    current = _new_form(part, toks, i, _last_line(forms))
                    forms.append(current)
                    starts_at.append(i)
                indicators_at.setdefault(id(current), i)
                if roles.index("weight") < roles.index("target"):
                    i = read_to = read_weight_first(current, toks, end, roles)
                else:
                    i = read_to = read_indicators(current, toks, end, roles)
                continue
            if roles == ["target", "actual", "score"] and current is not None and not current.indicators \
                    and i - read_to <= _HEADER_AFTER_BUDGET:
                # no 分值 column: the indicators of the form whose budget block was just read
                indicators_at.setdefault(id(current), i)
                i = read_to = read_unweighted(current, toks, end)
                continue
            if current is not None and (end := read_scattered(current, toks, i)) is not None:
                # the rows' cells scattered by a PDF: read from the order of the figures alone
                indicators_at.setdefault(id(current), i)
                i = read_to = end
                continue
        i += 1
    for form in forms:
        merged_reason(form)
        _read_answers(form)
    if forms:
        _read_goals(forms, starts_at, indicators_at, toks)
    return [f for f in forms if f.budget or f.indicators]


def _read_answers(se: SelfEvaluation) -> None:
    """The 偏差原因 and 改进措施 rows after the form's last row read (its 总分), as paragraphs of
    their own: the same reading a table whose last rows spilled out of it gets."""
    if se.total is None:
        return  # the reading stopped before the form's bottom row: what follows may be another form's
    lines = [b.row.line for b in se.budget] + [i.row.line for i in se.indicators] + [se.total.cell.line]
    last = max(lines)
    index = None
    for k, block in enumerate(se.part.blocks):
        if block.line > last:
            break
        index = k
    if index is not None:
        labels_after_table(se, se.part, index)


def _read_goals(forms: list[SelfEvaluation], starts_at: list[int], indicators_at: dict[int, int],
                toks: list[Token]) -> None:
    """Each 年度总体目标 block of the stream, given to its form: the one it follows when that
    form's indicators come after it (the block sits between budget and indicators), else the
    form that starts next (a form read from its indicator header on)."""
    for k, tok in enumerate(toks):
        if tok.kind != "word" or not may_be_goal_label(tok.word) or not is_goal_label(tok.word):
            continue
        n = bisect.bisect_right(starts_at, k)
        before = forms[n - 1] if n else None
        if before is not None and indicators_at.get(id(before), k + 1) > k:
            owner = before
        elif n < len(forms):
            owner = forms[n]
        else:
            continue
        if owner.goal is None:
            owner.goal = read_goal_tokens(toks, k)




def _may_hold_form(text: str) -> bool:
    """Whether ``text`` (:func:`~perflint.read.forms.cells.part_text`) holds a word a form can
    start at: a total (_TOTAL_ANCHOR), a 其中 row of the budget block (_PART_ROW) or the
    indicator header (_INDICATOR_HEADER, or 指标名称: :func:`~.stream_rows.named_header`)."""
    if "总额" in text or "三级指标" in text or "是否核心指标" in text or "指标名称" in text:
        return True
    return "其中" in text and any(word in text for word in ("财政拨款", "上年结转", "其他资金"))


_BLANK_CHARS = "".join(sorted(set("".join(_BLANK_MARKS))))
# 分值 or 权重 with the marks of blank cells between its two characters
_WEIGHT_WORD = lazy_compile(f"分[{re.escape(_BLANK_CHARS)}]*值|权[{re.escape(_BLANK_CHARS)}]*重")


def _may_name_weight(text: str) -> bool:
    """Whether an indicator header read from the tokens of ``text`` (:func:`part_text`) may
    name the 分值 column, without which no indicator is read (see :func:`read_tokens`).

    The header's words are consecutive word tokens, joined over the blank tokens between them
    (empty cells, ``—``, ``/``), so a 分值 or 权重 it names is in the part's text, perhaps with
    the marks of blank cells between its two characters. Written without them (most forms),
    a substring test finds it: a pass of a few instructions a character over the part, where
    the pattern tests a class at each (about fifty)."""
    return "分值" in text or "权重" in text or _WEIGHT_WORD.search(text) is not None


def _may_open_budget(part: Part, text: str, known: dict[int, list[Token]]) -> bool:
    """Whether a token of the part may open a budget block: a word that is a total's label
    (_TOTAL_ANCHOR) or begins with 其中 (a 其中 row of a block whose total moved after it).

    Such a word is one piece of one text as :func:`~perflint.read.forms.cells.split_text` cuts
    it (the stream joins words only into a level name or a 其中 row label, never into a total,
    and a joined 其中 label starts with a word that begins with 其中): only the few texts holding
    总 or 其 are cut, and only when the part holds 总额 or 其中 at all. A 年度财政资金总额 opens one
    after its header in the same text only (:func:`_opens_fiscal_total`): a cell is a text of its own."""
    if "总额" not in text and "其中" not in text:
        return False
    blocks = part.blocks
    for b, block in enumerate(blocks):  # the texts of part_texts, in order; a table's screened in one pass
        if isinstance(block, Table):
            texts = [c.text for row in block.rows for c in row.cells if "总" in c.value or "其" in c.value]
            if any("财政" in st.value and _FISCAL_TOTAL.match(compact(st.value)) and len(_row_of(block, st)) == 1
                   for st in texts):
                return True  # a 年度财政资金总额 row of a form copied one cell a line: its header is above
        elif isinstance(block, (Paragraph, Heading)):
            value = block.text.value
            texts = [block.text] if "总" in value or "其" in value else []
        else:
            continue
        for st in texts:
            if "总额" not in (word := compact(st.value)) and "其中" not in word:
                # a word of the text holds what the text does, white space aside (its tokens
                # are pieces of it, joined over spaces only): neither is in one of its words
                continue
            toks = known.get(id(st))
            if toks is None:
                toks = known[id(st)] = split_text(st)
            if any(tok.kind == "word" and (_TOTAL_ANCHOR.match(tok.word) or tok.word.startswith("其中"))
                   for tok in toks):
                return True
            if "财政" in word and any(tok.kind == "word" and "财政" in tok.word and _opens_fiscal_total(toks, k)
                                      for k, tok in enumerate(toks)):
                return True
            if toks and toks[0].kind == "word" and "财政" in toks[0].word and _FISCAL_TOTAL.match(toks[0].word):
                # the label opens its line, its header on the lines above (a PDF's, one cell a line)
                above = _lines_above(blocks, b, st.line)
                if above and _opens_fiscal_total(above + toks, len(above)):
                    return True
    return False


def _row_of(table: Table, st) -> list:
    """The cells of the row of ``table`` that holds the cell text ``st``."""
    return next((row.cells for row in table.rows if any(c.text is st for c in row.cells)), [])


def _lines_above(blocks: list, b: int, line: int) -> list[Token]:
    """The tokens of the paragraphs right above ``blocks[b]`` within the lines a 年度财政资金总额's
    header may be broken over (:func:`_opens_fiscal_total`), in order; none past a table."""
    above: list[Block] = []
    for block in reversed(blocks[max(0, b - _HEADER_LINES_ABOVE):b]):
        if not isinstance(block, (Paragraph, Heading)) or block.text.line < line - _HEADER_LINES_ABOVE \
                or len(block.text.value) > _HEADER_LINE_CHARS:
            break  # a table, a line too far up, or prose: no header cell of the form
        above.append(block)
    values = "".join(block.text.value for block in above)
    if "执行率" not in values or "执行数" not in values:
        return []  # no budget header there (most labels): nothing to cut into tokens
    return [tok for block in reversed(above) for tok in split_text(block.text)]


_HEADER_LINE_CHARS = 80  # a line of the budget header's cells, written with blanks


_HEADER_AFTER_BUDGET = 24  # tokens between a budget block and the indicator header of its form
_TITLE_WINDOW = 80  # tokens between a form's title and the word its reading starts at


def _last_line(forms: list[SelfEvaluation]) -> int:
    """The last line a row of the last form read stands on (0 when none was read)."""
    if not forms:
        return 0
    se = forms[-1]
    lines = [b.row.line for b in se.budget] + [i.row.line for i in se.indicators]
    if se.total is not None:
        lines.append(se.total.cell.line)
    return max(lines, default=0)


def _new_form(part: Part, toks: list[Token], i: int, after_line: int = 0) -> SelfEvaluation:
    """A form starting at ``toks[i]``: its title and the 总分 written under it (``总分：95``, or a
    blank ``总分：``) are looked for back to the last line of the form before."""
    title = ""
    at = None
    for k in range(i - 1, max(0, i - _TITLE_WINDOW) - 1, -1):
        tok = toks[k]
        if tok.text.line <= after_line:
            break
        if tok.kind == "word" and _FORM_TITLE.search(tok.word):
            # the web page's notices glued before the title in its cell are no part of it
            title, at = without_notices(tok.word), k
            before = toks[k - 1] if k > 0 and toks[k - 1].text.line > after_line else None
            if before is not None and before.kind == "fig" and _YEAR.match(before.word) \
                    and before.text.line == tok.text.line:
                title = before.word + title  # 2020 年度…自评表 (a PDF's space after the year)
            break
    table = Table(text=toks[i].text, section=(), rows=[], caption=title, kind="stream")
    se = SelfEvaluation(part=part, table=table, title=title)
    if at is not None:
        _read_header_total(se, toks, at + 1, i)
    return se


_YEAR = lazy_compile(r"^(?:19|20)\d\d$")


def _read_header_total(se: SelfEvaluation, toks: list[Token], lo: int, i: int) -> None:
    """``总分：N`` (or a blank ``总分：``) among the tokens between a form's title and its start."""
    for k in range(lo, i):
        tok = toks[k]
        if tok.kind != "word" or not tok.word.startswith("总分"):
            continue
        m = is_total_label(tok.word)
        if m is None:
            continue
        cell = Cell(tok.text)
        number = m.group("value")
        nxt = toks[k + 1] if k + 1 < i else None
        if not number and nxt is not None and nxt.kind == "fig" and nxt.text.line == tok.text.line \
                and nxt.quantity is not None and nxt.quantity.relation is None:
            se.header_total_cell, se.header_total = cell, Figure(Cell(nxt.text), nxt.quantity)
            return
        se.header_total_cell = cell
        se.header_total = Figure(cell, parse_cell(number) if number else None)
        return


def _read_unit(se: SelfEvaluation, toks: list[Token], i: int) -> None:
    """The money unit the budget block's header declares (``项目资金（万元）``, ``金额单位：万元``),
    among the cells before its total (the header's own cells: as many as :func:`_budget_roles` reads)."""
    for tok in reversed(toks[max(0, i - 16):i]):
        if tok.kind == "word" and (unit := declared_unit(tok.value)):
            se.unit, se.unit_text = unit, tok.text
            return


def _opens_fiscal_total(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a 年度财政资金总额 label (_FISCAL_TOTAL) after a budget header on its
    own line naming the 预算数, 执行数 and 执行率 columns: ``预算执行情况(万元)(10分) 预算数(A)
    执行数(B) 执行率(B/A) 得分 年度财政资金总额 40 36 90% 9``, a form flattened onto one line."""
    tok = toks[i]
    if not _FISCAL_TOTAL.match(tok.word):
        return False
    line = tok.text.line
    # on its line, or broken over the lines right above it by a PDF that wrote the cells with
    # blanks (``预算数(A) 执行数(B) 执行率(B/A) 得分`` / ``(20分*执行率)`` / ``年度财政资金总额 …``)
    # or by a page copied one cell a line (the header's cells on the lines above the label);
    # never across a table's row break (a table's header row is its table reader's)
    window = toks[max(0, i - 16):i]
    breaks = [k for k, t in enumerate(window) if t.kind == "row"]
    if breaks and _closes_cell_lines(window, breaks[-1]):
        breaks.pop()  # ``|`` / ``||||``: the header row of a form copied one cell a line ends there
    cut = breaks[-1] if breaks else -1
    window = [t for t in window[cut + 1:] if line - _HEADER_LINES_ABOVE <= t.text.line <= line]
    return _FISCAL_HEADER <= set(_named_roles(window))


def _closes_cell_lines(window: list[Token], k: int) -> bool:
    """Whether the row break at ``window[k]`` ends a row copied one cell a line: a line of empty
    cells (``||||``) right after an empty cell's line, no word or figure on its own line."""
    line = window[k].text.line
    return k > 0 and window[k - 1].kind == "blank" and not any(
        t.kind in ("word", "fig") and t.text.line == line for t in window)


def _budget_roles(toks: list[Token], i: int) -> list[str]:
    found = _named_roles(toks[max(0, i - 16):i])
    if found == ["budget", "actual"]:
        # a 转移支付区域绩效自评表's two money columns, 全年预算数(A) | 全年执行数(B): no more to
        # read (a header that lost its other cells gives six figures, read by the six columns)
        return found
    return found if len(found) >= 3 else list(_DEFAULT_BUDGET_ROLES)


def _named_roles(window: list[Token]) -> list[str]:
    """The budget columns the header cells among ``window`` (the tokens before the total's
    label) name, in their order."""
    found: list[str] = []
    inside = _inside_brackets(window)
    for k in range(len(window) - 1, -1, -1):
        tok = window[k]
        if tok.kind != "word" or inside[k]:
            continue  # a note of the cell before wrapped onto a line of its own (得分 / （20分* / 执行率）)
        prev = window[k - 1] if k > 0 and window[k - 1].kind == "word" and len(window[k - 1].word) <= 3 else None
        # a header cell broken over lines: 全年 / 预算数
        candidates = [tok.word] + ([prev.word + tok.word] if prev is not None else [])
        for text in candidates:
            role = next((r for r, pattern in BUDGET_ROLES if pattern.search(text)), None)
            if role == "budget" and text == "预算数" and prev is not None and prev.word.startswith("年初"):
                continue  # 年初 / 预算数: the joined reading below names it
            if role is not None:
                if role not in found:
                    found.insert(0, role)
                break
    return found


def _inside_brackets(toks: list[Token]) -> list[bool]:
    """For each token, whether it starts inside a bracket a word before it opened and left open."""
    out: list[bool] = []
    depth = 0
    for tok in toks:
        out.append(depth > 0)
        if tok.kind == "word":
            for ch in tok.word:
                if ch in "（(":
                    depth += 1
                elif ch in "）)" and depth:
                    depth -= 1
        else:
            depth = 0  # a figure: the header has ended
    return out


def _without_cell_ends(values: list[Token]) -> list[Token]:
    """The figures of a row copied one cell a line with a ``|`` line closing each cell
    (``|`` / ``34.64`` / ``|`` / ``34.64`` / ``|`` / ``100%``): each figure after one empty line of
    its own, every token on a line of its own. Those empty lines end cells; they are no cells."""
    if len(values) < 4 or len(values) % 2 or len({t.text.line for t in values}) != len(values):
        return values
    if all(t.kind == ("blank" if k % 2 == 0 else "fig") for k, t in enumerate(values)):
        return values[1::2]
    return values


def _values_after(toks: list[Token], i: int) -> tuple[list[Token], int]:
    """The figures and blank cells after the label at ``i``. A label that ends its row (a pipe
    table whose row labels moved to the end of the row before) takes the figures that open the
    next row."""
    values: list[Token] = []
    j = i + 1
    if j + 1 < len(toks) and toks[j].kind == "row" and toks[j + 1].kind == "fig":
        j += 1
    j = _past_label_note(toks, j)
    while j < len(toks) and toks[j].kind in ("fig", "blank"):
        values.append(toks[j])
        j += 1
    while values and values[-1].kind == "blank" and not values[-1].value.strip():
        values.pop()  # trailing empty cells of the row
    return values, j


def _past_label_note(toks: list[Token], j: int) -> int:
    """The index after a bracketed note that ends a row's label (``其他资金 (包括以前年度结转资金)``,
    the template's own words, perhaps cut in two by a line break), else ``j``."""
    if j >= len(toks) or toks[j].kind != "word" or not toks[j].word.startswith(("(", "（")):
        return j
    for k in range(j, min(j + 4, len(toks))):
        if toks[k].kind != "word":
            return j
        if toks[k].word.endswith((")", "）")):
            return k + 1
    return j


def _assign(roles: list[str], values: list[Token]) -> dict[str, Token] | None:
    """Figures to columns, left to right. A percent belongs in the 执行率 column and only there:
    when the figures do not line up with the header that way the row is not read."""
    assigned = dict(zip(roles, values, strict=False))
    for role, tok in assigned.items():
        if tok.kind != "fig" or tok.quantity is None:
            continue
        if tok.glued and tok.quantity.unit is None and "." not in tok.value and len(tok.value.strip()) >= 3:
            return None  # 2020 cut out of 其中:本年财政拨款2020: 20 and 20, or 2020? not read
        is_percent = tok.quantity.is_percent
        if is_percent and role != "rate" or role == "rate" and not is_percent and tok.quantity.unit is not None:
            return None  # a rate may be written without % (75.66), never with another unit
        if role == "weight" and tok.quantity.value > SCORE_BAND:
            # a 分值 above the form's 100 points is a sum of money: a header cell the roles did
            # not name (年出预算数, a typo) moved every column after it
            return None
    return assigned


def _right_aligned(roles: list[str], values: list[Token]) -> list[str] | None:
    """The header's last columns, one a figure, when fewer figures than columns fill them and
    that reading puts the row's one percentage in the 执行率 column: a pipe row whose blank
    first cell (年初预算数 left empty) the page dropped, ``| 32.4 | 31.69 | 10 | 97.80% | 9 |``
    under 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分. Else None: left to right it is."""
    if not values or len(values) >= len(roles) or "rate" not in roles:
        return None
    tail = roles[len(roles) - len(values):]
    percents = [k for k, t in enumerate(values) if t.kind == "fig" and t.quantity is not None and t.quantity.is_percent]
    if len(percents) != 1 or tail[percents[0]] != "rate" or not {"budget", "actual"} <= set(tail):
        return None
    return tail


def _gap_before_rate(roles: list[str], values: list[Token]) -> bool:
    """A row with fewer figures than the header has columns, none of them a percentage."""
    figures = [t for t in values if t.kind == "fig" and t.quantity is not None]
    return "rate" in roles and len(values) < len(roles) and not any(t.quantity.is_percent for t in figures)


def _displaced_total(toks: list[Token], i: int) -> int | None:
    """PDF text often moves a merged row label (年度资金总额) after its row: the budget header,
    then the total's figures, then 其中. The index of the header's last word, else None."""
    k = i - 1
    while k >= 0 and toks[k].kind in ("fig", "blank"):
        k -= 1
    figures = [t for t in toks[k + 1:i] if t.kind == "fig"]
    if k < 0 or len(figures) < 2 or i - k - 1 > len(_DEFAULT_BUDGET_ROLES) or toks[k].kind != "word":
        return None
    if not any(pattern.search(toks[k].word) for _, pattern in BUDGET_ROLES):
        return None
    return k


def _read_budget(se: SelfEvaluation, toks: list[Token], i: int, displaced: bool = False) -> int:
    if se.unit is None:
        _read_unit(se, toks, i)
    early = None if displaced else _read_labels_before_header(se, toks, i)
    if early is not None:
        roles, j = early
    else:
        roles, j = _read_total(se, toks, i, displaced)
    first_part = len(se.budget)
    labels: list[str] = []
    while j < len(toks):
        while j < len(toks) and toks[j].kind == "row":
            j += 1
        if not labels:
            j = _past_total_note(toks, j)
        elif _SPENDING_PART.match(labels[0]):
            # the spending rows of a pipe table open with the empty cell under 总体资金, and a row
            # wrapped by the page puts its 分值 | 得分 copies on a line of their own
            start = j
            while j < len(toks) and (toks[j].kind in ("row", "fig") or toks[j].kind == "blank" and not toks[j].value.strip()):
                j += 1
            _attach_wrapped_scores(se.budget[first_part:], roles, toks[start:j])
        if j < len(toks) and toks[j].kind == "word" and labels and _SPENDING_PART.match(labels[0]) \
                and _SPENDING_DETAIL.match(toks[j].word):
            # 人员经费 / 公用经费 under 基本支出: rows of their own, not parts of the total
            label = toks[j]
            values, j = _values_after(toks, j)
            assigned = _assign(_part_roles(roles, values), values)
            if assigned is not None:
                se.budget.append(_budget_row(label, label.word, assigned, None, "detail"))
            continue
        if j >= len(toks) or toks[j].kind != "word" or not _is_part_label(toks[j].word, labels):
            break
        label = toks[j]
        if names_a_source_twice([*labels, label.word]):
            # two blocks side by side read row by row (a 绩效目标表's 中期资金总额 | 年度资金总额
            # columns), each 其中 row once for each. Which figure is the total's is not known:
            # no part is read
            del se.budget[first_part:]
            j = _skip_part_rows(toks, j)
            break
        labels.append(label.word)
        values, j = _values_after(toks, j)
        assigned = _assign(_part_roles(roles, values), values)
        if assigned is not None:
            se.budget.append(_budget_row(label, label.word, assigned, None, "part"))
    if labels and _SPENDING_PART.match(labels[0]) and sum(1 for w in labels if _SPENDING_PART.match(w)) < 2:
        del se.budget[first_part:]  # 基本支出 alone: the block's other rows were not read, no sum is known
    _read_by_nature(se, toks, j)
    return j


# A 部门整体 form's budget block may break its 年度资金总额 down by spending instead of by source:
# ``基本支出 | 985.19 | 914.97`` and ``项目支出 | …`` rows under the total's columns (年初预算数 /
# 全年执行数), then an ``其他`` row. They are the total's parts as 财政拨款 / 其他资金 rows are, but
# only as a group of their own: a block that began with its sources does not add its spending to them.
_SPENDING_PART = lazy_compile(r"^(?:其中[:：]?)?(?:基本支出|项目支出)[:：]?$")
_SPENDING_DETAIL = lazy_compile(r"^(?:其中[:：]?)?(?:人员|公用)(?:经费|支出)[:：]?$")
_SPENDING_OTHER = lazy_compile(r"^其他(?:支出)?[:：]?$")


def _attach_wrapped_scores(parts: list[BudgetExecution], roles: list[str], skipped: list[Token]) -> None:
    """A spending row the page wrapped before its 分值 | 得分 copies (``基本支出 | 985 | 915 |``,
    then ``10 | 10 |``): the two figures are that row's own weight and score when the header ends
    its amount columns with 分值 then 得分 and the row read only its amounts."""
    figs = [t for t in skipped if t.kind == "fig"]
    if not parts or len(figs) != 2:
        return
    last = parts[-1]
    if last.role != "part" or last.own_score is not None or last.actual is None or last.rate is not None:
        return
    tail = [r for r in roles if r not in ("initial", "budget", "actual")]
    if tail[:2] != ["weight", "score"] or any(f.quantity is None or f.quantity.is_percent for f in (token_figure(t) for t in figs)):
        return
    last.own_weight, last.own_score = token_figure(figs[0]), token_figure(figs[1])


def _part_roles(roles: list[str], values: list[Token]) -> list[str]:
    """The columns a 其中 row's figures fill: the four amount columns, or all the header's when
    the row repeats its 分值 and 得分 cells."""
    part_roles = [r for r in roles if r in ("initial", "budget", "actual", "rate")] \
        if len(values) < len(roles) else roles
    if len(values) > len(part_roles):
        # more figures than a 其中 row's four columns: the row has its 分值 and 得分 too, and
        # what it lacks is a blank cell the page dropped on the left (年初预算数 left empty)
        part_roles = _right_aligned(roles, values) or part_roles
    return part_roles


def _is_part_label(word: str, labels: list[str]) -> bool:
    """Whether ``word`` opens the next part row of the budget block, after the part ``labels`` read."""
    if labels and _SPENDING_PART.match(labels[0]):
        return bool(_SPENDING_PART.match(word) or _SPENDING_OTHER.match(word))
    if _PART_ROW.match(word):
        return True
    if labels:
        # a block whose 其中 rows name levels of government (其中:中央财政资金, then 省级财政资金 …):
        # its next rows are levels too; a block that began with its sources (财政拨款) takes none
        return bool(LEVEL_ROW.match(labels[0]) and LEVEL_ROW.match(word))
    return bool(_SPENDING_PART.match(word)) or word.startswith("其中") and bool(LEVEL_ROW.match(word))


def _past_total_note(toks: list[Token], j: int) -> int:
    """The index of the first spending row after the total's row when a note ends that row (the
    整体 form's 得分计算方法 cell: ``执行率*该指标分值，最高不得超过分值上限。``) and the next row
    opens with an empty cell; else ``j``."""
    k = j
    if k < len(toks) and toks[k].kind == "word" and not _is_part_label(toks[k].word, []):
        k += 1
    while k < len(toks) and (toks[k].kind == "row" or toks[k].kind == "blank" and not toks[k].value.strip()):
        k += 1
    if k < len(toks) and toks[k].kind == "word" and _SPENDING_PART.match(toks[k].word):
        return k
    return j


def _skip_part_rows(toks: list[Token], j: int) -> int:
    """The index after the 其中 rows (and their figures) from ``j``."""
    while j < len(toks):
        while j < len(toks) and toks[j].kind == "row":
            j += 1
        if j >= len(toks) or toks[j].kind != "word" or not _PART_ROW.match(toks[j].word):
            return j
        _, j = _values_after(toks, j)
    return j


def _read_total(se: SelfEvaluation, toks: list[Token], i: int, displaced: bool) -> tuple[list[str], int]:
    """The 年度资金总额 row at ``i`` (or, ``displaced``, written after its figures): the columns
    its 其中 rows are read by, and the index after its figures."""
    roles = _budget_roles(toks, i + 1 if displaced else i)
    header_weight = None
    for tok in toks[max(0, i - 16):i]:
        header_weight = header_weight or weight_in(tok.value)
    values, j = _values_after(toks, i)
    values = _without_cell_ends(values)
    if not displaced:
        values = _unglued_run(roles, values)
    rate_blank = False
    if displaced:
        # the label moved: only the leading 预算数 columns are sure to line up
        roles = [r for r in roles if r in ("initial", "budget")][:2]
    elif _gap_before_rate(roles, values):
        # ``880 880 880 10 10`` under six columns: a blank cell was lost between the spaces, and
        # without a % to place the 执行率 the columns after the 执行数 are not known
        rate_blank = _rate_cell_blank(roles, values)
        roles = [r for r in roles if r in ("initial", "budget", "actual")]
    elif len(values) > len(roles):
        # more figures than the header names: a header cell was lost (an excerpt cut inside the
        # header, a cell the extraction dropped). Six figures fill the form's six columns; any
        # other count is read by no column, since which ones the header lost is not known
        roles = list(_DEFAULT_BUDGET_ROLES) if len(values) == len(_DEFAULT_BUDGET_ROLES) else []
    total = _assign(roles, values)
    if total is None and len(values) < len(roles):
        roles = _right_aligned(roles, values) or roles
        total = _assign(roles, values)
    if total is not None and any(t.kind == "fig" for t in total.values()):
        se.budget.append(_budget_row(toks[i] if not displaced else toks[j], "年度资金总额", total, header_weight,
                                     "total"))
        se.budget[-1].rate_blank = rate_blank
    return roles, j


def _rate_cell_blank(roles: list[str], values: list[Token]) -> bool:
    """Whether the total's row lost its 执行率 for sure: one figure fewer than the header's six
    columns (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), no percentage among them,
    the three amounts first and then plain scores (``880 880 880 10 10``), and neither reading
    puts the 执行率 in the row: no figure after the amounts is 执行数 / 预算数 written without
    its %, nor is any when the blank is the 年初预算数 instead (a project added during the year:
    ``50 50 10 100 10``, its 执行率 100 with no %)."""
    if roles != ["initial", "budget", "actual", "weight", "rate", "score"] or len(values) != len(roles) - 1:
        return False
    qs = [t.quantity if t.kind == "fig" else None for t in values]
    if any(q is None or q.relation is not None or q.is_percent for q in qs):
        return False
    amounts, tail = qs[:3], qs[3:]
    if any(q.value < 0 or q.value > SCORE_BAND for q in tail):
        return False

    def rate(budget, actual) -> Decimal | None:
        return actual.value * 100 / budget.value if budget.value else None

    def near(a: Decimal | None, b: Decimal) -> bool:
        return a is not None and abs(a - b) <= 1

    if any(near(rate(amounts[1], amounts[2]), q.value) for q in tail):
        return False  # the 执行率 is there, written without its %
    # the 年初预算数 the blank one: 预算数, 执行数, 分值, 执行率, 得分
    return not near(rate(amounts[0], amounts[1]), amounts[2].value) and not near(rate(amounts[0], amounts[1]), tail[0].value)


def _unglued_run(roles: list[str], values: list[Token]) -> list[Token]:
    """The total's figures with its amounts and 执行率 cut apart where the page wrote them with
    nothing between them (``202010100.00%`` | ``10`` under 全年预算数(A) | 全年执行数(B) | 分值 |
    执行率 | 得分: :func:`~perflint.read.forms.cells.budget_run`), when the cut gives the header's
    every column one figure; else ``values`` as they are."""
    if len(values) >= len(roles) or "rate" not in roles:
        return values
    for k, tok in enumerate(values):
        if tok.kind == "fig" and tok.quantity is not None and tok.quantity.is_percent:
            if not tok.glued:
                return values
            pieces = budget_run(tok, roles[k:roles.index("rate") + 1])
            if pieces is None or len(values) - 1 + len(pieces) != len(roles):
                return values
            return [*values[:k], *pieces, *values[k + 1:]]
    return values


_LABELS_WINDOW = 12  # words between the total's label and the end of the header
_OTHER_WORDS_MAX = 2  # cells of other columns caught between them (实施单位)


def _read_labels_before_header(se: SelfEvaluation, toks: list[Token], i: int) -> tuple[list[str], int] | None:
    """A PDF that wrote the budget block's merged label column first: ``年度资金总额 其中:当年财政拨款
    全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% —``. The header
    after the labels names the columns, and the figures are the rows in the labels' order; they
    are read only when they fill every labelled row exactly (the header's columns and the index
    after the figures), else None."""
    labels: list[Token] = []
    roles: list[str] = []
    others = 0
    k = i + 1
    while k < len(toks) and k <= i + _LABELS_WINDOW and toks[k].kind in ("word", "row"):
        tok = toks[k]
        k += 1
        if tok.kind == "row":
            continue
        if _PART_ROW.match(tok.word):
            if roles:
                return None  # a label after the header: another layout
            labels.append(tok)
        elif (role := next((r for r, pattern in BUDGET_ROLES if pattern.search(tok.word)), None)) is not None:
            if role in roles:
                return None
            roles.append(role)
        elif (others := others + 1) > _OTHER_WORDS_MAX:
            return None
    if not labels or not {"budget", "actual"} <= set(roles) or len(roles) < 3:
        return None
    values, j = _values_after(toks, k - 1)
    n = len(roles)
    if len(values) != n * (1 + len(labels)):
        return None
    total = _assign(roles, values[:n])
    if total is None or not any(t.kind == "fig" for t in total.values()):
        return None
    se.budget.append(_budget_row(toks[i], "年度资金总额", total, None, "total"))
    for m, label in enumerate(labels, start=1):
        assigned = _assign(roles, values[m * n:(m + 1) * n])
        if assigned is not None:
            se.budget.append(_budget_row(label, label.word, assigned, None, "part"))
    return roles, j


_BY_NATURE = lazy_compile(r"^(?:其中[:：]?)?(按收入性质分|按支出性质分|一般公共预算(?:拨款)?|政府性基金(?:拨款|预算)?|"
                        r"国有资本经营预算|其他资金|基本支出|项目支出)[:：]?")
_SPENDING = ("基本支出", "项目支出")


def _read_by_nature(se: SelfEvaluation, toks: list[Token], j: int) -> None:
    """``按收入性质分：2030.12 … 其中：基本支出：900.47`` under a 部门整体 budget block."""
    income: list[tuple[str, Figure]] = []
    spending: list[tuple[str, Figure]] = []
    totals: dict[str, Figure] = {}
    for k in range(j, min(len(toks), j + 30)):
        tok = toks[k]
        if tok.kind != "word":
            continue
        m = _BY_NATURE.match(tok.word)
        if m is None:
            if _INDICATOR_HEADER.search(tok.word) or tok.word.startswith("年度总体目标"):
                break
            continue
        label = m.group(1)
        fig = _value_after_label(tok, toks, k)
        if fig is None:
            continue
        if label.startswith("按"):
            totals[label] = fig
        elif label in _SPENDING:
            spending.append((label, fig))
        else:
            income.append((label, fig))
    if spending or "按支出性质分" in totals:
        se.by_spending = (totals.get("按支出性质分"), spending)
    if income or "按收入性质分" in totals:
        se.by_income = (totals.get("按收入性质分"), income)


def _value_after_label(tok: Token, toks: list[Token], k: int) -> Figure | None:
    value = tok.text.value
    colon = max(value.rfind(":"), value.rfind("："))
    if colon >= 0 and value[colon + 1:].strip():
        st = sub_text(tok.text, colon + 1, len(value))
        q = quantity_of(st.value)
        return Figure(Cell(st), q) if q is not None else None
    if k + 1 < len(toks) and toks[k + 1].kind == "fig":
        return token_figure(toks[k + 1])
    return None


def _budget_row(label: Token, item: str, cols: dict[str, Token], header_weight: Decimal | None,
                role: str) -> BudgetExecution:
    def fig(name: str) -> Figure | None:
        tok = cols.get(name)
        return token_figure(tok) if tok is not None and tok.kind == "fig" else None

    weight = header_weight
    if (w := fig("weight")) is not None and w.quantity is not None and role == "total":
        weight = w.quantity.value
    cells = [Cell(label.text)] + [Cell(t.text) for t in cols.values()]
    row = Row(cells=cells, line=label.text.line)
    budget = fig("budget") or fig("initial")
    own = role != "total" and fig("weight") is not None and fig("score") is not None
    return BudgetExecution(row, item, budget, fig("actual"), fig("rate"), fig("score") if role == "total" else None,
                           weight if role == "total" else None, initial=fig("initial"), role=role,
                           weight_figure=fig("weight") if role == "total" else None,
                           own_weight=fig("weight") if own else None, own_score=fig("score") if own else None)
























