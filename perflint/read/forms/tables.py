"""Reading 自评表 out of tables however the draft flattened them (see :mod:`selfeval`)."""

from __future__ import annotations

from decimal import Decimal

from perflint.model import (
    BudgetExecution,
    Cell,
    Document,
    Figure,
    Paragraph,
    Part,
    Row,
    SelfEvaluation,
    SourceText,
    Table,
)
from perflint.read.forms.answers import labels_after_table, read_labelled
from perflint.read.forms.cells import BLANK_MARKS, quantity_of
from perflint.read.forms.goals import (
    LABEL,
    PROJECT_LABEL,
    TRANSFER_LABEL,
    is_label,
    opens_transfer_block,
    read_goal_rows,
)
from perflint.read.forms.labels import (
    COLUMN_ROLES,
    DEVIATION_LABEL,
    FRAMEWORK_HEADS,
    IMPROVEMENT_LABEL,
    LEVEL1_WORDS,
    LEVEL2_NAMES,
    figure,
    group_weight,
    has_weight_column,
    is_named_indicator_header,
    is_total_label,
    label_slip,
    level1_word,
    names_a_source_twice,
    weight_in,
)
from perflint.read.forms.stream import BUDGET_ROLES, read_stream_forms
from perflint.read.forms.table_rows import (
    SCORE_BAND,
    blank_scores_kept,
    figure_cells,
    header_columns,
    indicator_by_header,
    indicator_right_anchored,
    indicator_weighted,
    is_score,
    level_columns,
    score_figure,
    starts_in_place,
)
from perflint.text.normalise import compact as _compact
from perflint.text.numbers import parse_cell
from perflint.text.page_chrome import notice_end, without_notices
from perflint.text.patterns import lazy_compile

_INDICATOR_HEADER = lazy_compile(r"三级\s*指标")
_BUDGET_HEADER = ("预算数", "执行数")
_HEADER_ROLES = tuple((role, cell) for role, _, cell in COLUMN_ROLES)
_TARGET_TABLE_TITLE = lazy_compile(r"目标(?:申报)?表")
_SELF_EVAL_TITLE = lazy_compile(r"自评表|评分表|自评情况表")
_SCORING_HEADER = lazy_compile(r"^(?:评分标准|评分依据|评分办法|评分细则|计分方法|指标解释|指标说明)")
_WEIGHT_TIMES = lazy_compile(r"(?<!\d)(\d+)\s*分\s*[*×xX]")


def _is_value(cell: Cell) -> bool:
    return not cell.is_empty








def _is_budget_header(row: Row, texts: list[str]) -> bool:
    """The header of the budget block: ``预算数 | 执行数 …``, or cells naming the 预算数, 执行数 and
    执行率 columns as the provinces' forms word them (``全年预算数(A) | 全年执行数(B) | 预算执行率``,
    ``调整后预算数 | 预算执行数 | 预算执行率``)."""
    if any(t.startswith(_BUDGET_HEADER[0]) for t in texts) and any(_BUDGET_HEADER[1] in t for t in texts):
        return True
    if not any("执行" in t for t in texts):
        return False  # most rows: no column of the block named
    return {"budget", "actual", "rate"} <= header_columns(row, BUDGET_ROLES).keys()


def _header_roles(row: Row) -> dict[str, int]:
    return header_columns(row, _HEADER_ROLES)


# tables a budget block may be cut into before its indicator table (the pieces stand with no
# text between them)
_MAX_BUDGET_PIECES = 8


def read_self_evaluations(doc: Document, parts: list[Part] | None = None) -> list[SelfEvaluation]:
    """The 自评表 found in ``parts`` (all of the document's by default), part by part."""
    out: list[SelfEvaluation] = []
    for part in doc.parts if parts is None else parts:
        mine: list[SelfEvaluation] = []  # this part's forms, then the better of two readings of them
        blocks = part.blocks
        skip: set[int] = set()
        for index, block in enumerate(blocks):
            if index in skip or not isinstance(block, Table):
                continue
            indicators = _has_indicators(block)  # (asked once: it reads every cell of the table)
            if not _has_indicator_header(block, indicators):
                continue
            table = block
            nxt = _next_indicator_table(blocks, index) if not indicators else None
            if nxt is not None:
                # A budget-execution table and the indicator table after it are one form (with
                # the pieces of the budget block between them, when it was cut into several).
                between = [b for b in blocks[index + 1:nxt] if isinstance(b, Table)]
                skip.update(range(index + 1, nxt + 1))
                other = blocks[nxt]
                rows = [*block.rows, *(r for b in between for r in b.rows), *other.rows]
                table = Table(text=block.text, section=block.section, rows=rows,
                              caption=block.caption, declared_unit=block.declared_unit, kind="indicators")
            se = _read(part, table, index)
            if se.budget or se.indicators or se.total or se.header_total or se.deviation_label \
                    or not _TARGET_TABLE_TITLE.search(se.title):
                mine.append(se)  # a 绩效目标表 with nothing read is not a 自评表
        out += _best_reading(mine, read_stream_forms(part))
    return out


def _quality(forms: list[SelfEvaluation]) -> int:
    """How much of the forms' scoring a reading recovered: budget rows with figures and
    indicators with a weight and a score."""
    return sum(
        sum(1 for b in se.budget if b.budget is not None and b.actual is not None)
        + sum(2 for i in se.indicators if i.weight is not None and i.score is not None and i.score.quantity)
        for se in forms
    )


def _best_reading(by_table: list[SelfEvaluation], by_stream: list[SelfEvaluation]) -> list[SelfEvaluation]:
    """The table reading where the importer's rows line up with the form; else the reading of
    the form as a stream of cells (one cell per line, a form flattened onto one line, split
    target columns …). A table reading that missed the budget block borrows the stream's."""
    if not by_table or _quality(by_stream) > _quality(by_table):
        return by_stream
    if len(by_table) == len(by_stream):
        for table_form, stream_form in zip(by_table, by_stream, strict=True):
            if not table_form.budget and stream_form.budget:
                table_form.budget = stream_form.budget
            if table_form.by_income is None and table_form.by_spending is None:
                # a 部门整体 form's 按收入/支出性质分 breakdown: only the stream reads it
                table_form.by_income, table_form.by_spending = stream_form.by_income, stream_form.by_spending
    return by_table


def _has_indicators(table: Table) -> bool:
    search = _INDICATOR_HEADER.search
    for row in table.rows:  # loops, not nested any() over generators: asked of every table
        for c in row.cells:
            if "三级" in c.value and search(c.value):  # (the pattern's first word, told without it)
                return True
            if "指标名称" in c.value and _is_named_header(row):
                return True
    return False


def _is_named_header(row: Row) -> bool:
    """A header naming its indicators' column 指标名称 (:func:`is_named_indicator_header`)."""
    return is_named_indicator_header([_compact(c.value) for c in row.cells], _header_roles(row))


def _next_indicator_table(blocks: list, index: int) -> int | None:
    for j in range(index + 1, min(len(blocks), index + 4)):
        if isinstance(blocks[j], Table):
            if _has_indicators(blocks[j]):
                return j
            break
    # the budget block cut into several tables by its short rows (``按收入性质分：`` alone on a
    # row of a spreadsheet that dropped its blank cells), the indicator table right after them
    j = index + 1
    while j < len(blocks) and j <= index + _MAX_BUDGET_PIECES and isinstance(blocks[j], Table):
        if _has_indicators(blocks[j]):
            return j
        j += 1
    return None


def _has_indicator_header(table: Table, indicators: bool) -> bool:
    """``indicators``: :func:`_has_indicators` of the table."""
    return table.kind == "indicators" or indicators or any(
        _is_budget_header(row, [_compact(c.value) for c in row.cells]) for row in table.rows)


def _title(part: Part, table: Table, index: int) -> str:
    """The form's title: its caption, its first cell or a text above it naming a 自评表, less
    the web page's notices a page glues before it (详情见附件(注:…图片识别…以附件为准))."""
    if _SELF_EVAL_TITLE.search(table.caption or ""):
        return _without_notices(table.caption)
    first = _compact(table.rows[0].cells[0].value) if table.rows and table.rows[0].cells else ""
    if _SELF_EVAL_TITLE.search(first):
        return without_notices(first)
    for block in reversed(part.blocks[max(0, index - 6):index]):
        value = _compact(block.text.value)
        if _SELF_EVAL_TITLE.search(value):
            return without_notices(_title_line(block.text) or value)
    caption = table.caption or ""
    # a caption of no words (the web address a saved page puts over its form) names nothing
    return caption if any("\u4e00" <= ch <= "\u9fff" for ch in caption) else ""


_SHORT_TITLE = 10  # a line naming only the form (绩效自评表): its title wraps from the line above


def _title_line(text: SourceText) -> str:
    """The source line of a paragraph of several lines that names the form, with the line above
    when it names the form alone (``…项目`` / ``绩效自评表``); ``""`` for a one-line text. A
    published page runs its article's title and notice list (索引号, 发布机构, 日期) into the
    form's title with no blank line between them: those lines are no part of the title."""
    anchors = text.anchor_list
    if not anchors:
        return ""
    starts = [offset for i, (offset, line, _) in enumerate(anchors) if i == 0 or anchors[i - 1][1] != line]
    lines = [text.value[a:b] for a, b in zip(starts, [*starts[1:], len(text.value)], strict=True)]
    lines = [_compact(line) for line in lines]
    for i in range(len(lines) - 1, -1, -1):
        if _SELF_EVAL_TITLE.search(lines[i]):
            if len(lines[i]) < _SHORT_TITLE and i > 0:
                return lines[i - 1] + lines[i]
            return lines[i]
    return ""


def _without_notices(caption: str) -> str:
    """A caption as written, or without the notices before it when it opens on one."""
    value = _compact(caption)
    return value[notice_end(value):] if notice_end(value) else caption


def _read(part: Part, table: Table, index: int) -> SelfEvaluation:
    se = SelfEvaluation(part=part, table=table, title=_title(part, table, index))
    _read_header_total(se, part, table, index)
    rows = table.rows
    i = 0
    while i < len(rows):
        row = rows[i]
        texts = [_compact(c.value) for c in row.cells]
        joined = "".join(texts)
        if _is_budget_header(row, texts):
            i = _read_budget(se, rows, i)
            continue
        if any("三级指标" in t for t in texts):  # (_INDICATOR_HEADER in a text without white space)
            i = _read_indicators(se, rows, i)
            continue
        if "指标名称" in joined and is_named_indicator_header(texts, _header_roles(row)):
            i = _read_indicators(se, rows, i)  # 项目类别 | 指标名称 | 目标值 | 权重 | 实际完成值 | 自评分
            continue
        if "得分" in joined and "实际" in joined and (split := _split_header(rows, i)) is not None:
            header, lower = split
            i = _read_indicators(se, rows, lower, header)
            continue
        if se.goal is None and ((LABEL in joined or PROJECT_LABEL in joined) and any(is_label(t) for t in texts)
                                or TRANSFER_LABEL in joined and opens_transfer_block(texts)):
            se.goal, i = read_goal_rows(rows, i)
            continue
        if DEVIATION_LABEL[:4] in joined and se.deviation_label is None:
            i = read_labelled(se, rows, i, "deviation")
            continue
        if IMPROVEMENT_LABEL[:4] in joined and se.improvement_label is None:
            i = read_labelled(se, rows, i, "improvement")
            continue
        i += 1
    if se.deviation_label is not None and not se.deviation or se.improvement_label is not None and not se.improvement:
        labels_after_table(se, part, index)
    if se.deviation_label is None:
        labels_after_table(se, part, index)
    return se


def _read_header_total(se: SelfEvaluation, part: Part, table: Table, index: int) -> None:
    """``总分：N`` written above the form (a paragraph or a row before the indicator header)."""
    candidates: list[Cell] = []
    for block in part.blocks[max(0, index - 4):index]:
        if isinstance(block, Paragraph):
            candidates.append(Cell(block.text))
    for row in table.rows[:3]:
        candidates.extend(row.cells)
    for cell in candidates:
        value = _compact(cell.value)
        pos = value.find("总分")
        if pos < 0:
            continue
        tail = value[pos:]
        m = is_total_label(tail)
        if m:
            se.header_total_cell = cell
            number = m.group("value")
            se.header_total = Figure(cell, parse_cell(number) if number else None)
            return


def _lacks_label_column(header: Row, roles: dict[str, int], row: Row) -> bool:
    """Whether every cell of the header names a column and the row under it is longer by its
    label: the header has no cell over the labels."""
    named = header.non_empty
    return len(roles) == len(named) and len(row.non_empty) == len(named) + 1


def _corner_excess(header: Row, roles: dict[str, int], row: Row) -> int:
    """How many more word cells the header has before its first column than the row under it has
    before its first figure: the header opens with the block's title and the corner over the row
    labels (``预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | …``, the 四川 form)
    where each row has one label (``总额 | 12.00 | 15.00 | …``), so its columns stand that many to
    the right of the rows' figures. 0 when the row's figures start at or after the header's first
    column, or the header holds a figure before it."""
    lead = min(roles.values())
    first = next((k for k, c in enumerate(row.cells) if parse_cell(c.value) is not None), None)
    if first is None or first < 1 or first >= lead:
        return 0
    if any(parse_cell(c.value) is not None for c in header.cells[:lead]):
        return 0
    # the row must reach each column but the 得分 once shifted (a blank 得分 may be dropped at its end)
    if max(column for role, column in roles.items() if role != "score") - (lead - first) >= len(row.cells):
        return 0
    return lead - first


def _labels_first(rows: list[Row], i: int) -> bool:
    """Whether the row under the header at ``i`` opens with its label (总额, 年度资金总额)."""
    if i + 1 >= len(rows) or not rows[i + 1].cells:
        return False
    first = rows[i + 1].cells[0].value.strip()
    return bool(first) and parse_cell(first) is None


def _read_budget(se: SelfEvaluation, rows: list[Row], i: int) -> int:
    header = rows[i]
    weight = None
    for cell in header.cells:
        weight = weight or weight_in(cell.value) or _weight_in_formula(cell.value)
    roles = header_columns(header, BUDGET_ROLES)  # the header's columns, found once for all its rows
    if roles and min(roles.values()) == 0 and _labels_first(rows, i):
        if _lacks_label_column(header, roles, rows[i + 1]):
            # ``年初预算数 | 全年预算数 | … | 得分`` over ``年度资金总额 | 210.40 | …``: each header cell
            # names a column and the rows have their label before them (its header is on the line above)
            roles = {role: column + 1 for role, column in roles.items()}
        else:
            # the corner cell over the row labels (``预算数(万元)`` over 总额 / 其中…) names no column
            roles = header_columns(header, BUDGET_ROLES, start=1)
    shifted: tuple[Row, dict[str, int]] | None = None
    if roles and min(roles.values()) > 0 and _labels_first(rows, i) and (shift := _corner_excess(header, roles, rows[i + 1])):
        # ``预算执行情况(10分) | 年度预算数(万元) | 年初预算 | …`` over ``总额 | 12.00 | …``: the
        # block's title and the corner both stand before the columns, over one label cell; a row
        # the other readings leave is read under the header's cells moved over the rows' own
        shifted = Row(header.cells[shift:], header.line), {role: column - shift for role, column in roles.items()}
    j = i + 1
    read_before = len(se.budget)
    while j < len(rows):
        cells = figure_cells(rows[j])
        if any("三级" in c.value and _INDICATOR_HEADER.search(c.value) for c in cells) or any(
            _compact(c.value).startswith(("一级指标", LABEL)) for c in cells
        ) or (cells and _compact(cells[0].value).startswith(TRANSFER_LABEL)
              and opens_transfer_block([_compact(c.value) for c in cells])):
            break  # the indicators, or the 年度总体目标 block before them
        by_header = _budget_by_header(header, roles, rows[j], weight)
        if by_header is None:
            by_header = _budget_by_role_order(roles, rows[j], weight, rows[j - 1] if j - 1 > i else None,
                                              first=len(se.budget) == read_before)
        if by_header is None:
            # a row the readings above leave, its blank 得分 and 原因 dropped at its end (``总额 | 12.00 |
            # 15.00 | 15.00 | 100.00% | 10 |``): read under the header, those cells given back blank
            head, named = shifted if shifted is not None else (header, roles)
            by_header = _budget_by_header(head, named, rows[j], weight, blank_tail=True)
        if by_header is not None:
            se.budget.append(by_header)
            j += 1
            continue
        if not _positional_reading_fits(roles):
            j += 1
            continue  # the header's columns stand in another order than the row-by-row reading assumes
        figures = [c for c in cells if parse_cell(c.value) is not None]
        words = [c for c in cells if parse_cell(c.value) is None]
        for c in words:
            weight = weight or weight_in(c.value) or _weight_in_formula(c.value)
        if len(figures) >= 3 and names_a_source_twice([_compact(c.value) for c in words if c.value.strip()]):
            # ``其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.84``: one figure for each of
            # blocks set side by side (预算安排 | 资金到位 | 资金执行), not the 预算数 / 执行数 / 执行率
            # columns: the row is not read by position
            j += 1
            continue
        if len(figures) >= 3:
            budget, actual, rate = figures[-4:-1] if len(figures) >= 4 else figures[-3:]
            score = figures[-1] if len(figures) >= 4 else None
            if len(figures) == 3 and parse_cell(figures[-1].value).is_percent:
                budget, actual, rate, score = figures[0], figures[1], figures[2], None
            item = _compact(words[-1].value) if words else ""
            if len(figures) == 3 and parse_cell(figures[1].value).is_percent and not parse_cell(figures[0].value).is_percent:
                # ``864.2 | 100% | 20`` under 预算数 / 执行数 / 执行率 / 得分: one money cell left
                # blank, so the percentage is the 执行率 and the last figure its 得分; which of 预算数
                # and 执行数 the one amount is, the row does not say
                se.budget.append(BudgetExecution(rows[j], item, None, None, figure(figures[1]),
                                                 score_figure(figures[2]), weight))
                j += 1
                continue
            se.budget.append(BudgetExecution(rows[j], item, figure(budget), figure(actual), figure(rate),
                                             score_figure(score) if score else None, weight))
        j += 1
    return j




def _budget_by_header(header: Row, roles: dict[str, int], row: Row, weight: Decimal | None,
                      blank_tail: bool = False) -> BudgetExecution | None:
    """Columns named by the header (``roles``), when the row lines up with it."""
    width = len(header.cells)
    whole = len(row.cells) >= width  # one cell a column as it stands: none added by guess
    if len(row.cells) < width and blank_tail and roles \
            and {role for role, column in roles.items() if column >= len(row.cells)} <= {"score"}:
        # the cells past the row's end are blank, its 得分 (and 原因) left empty: given back blank
        row = _padded_blank(row, width)
    elif len(row.cells) < width:
        row = _padded(row, width, roles)
        if row is None:
            return None  # the row does not line up with the header
    elif any(not c.is_empty for c in row.cells[width:]):
        return None  # the row does not line up with the header (cells beyond it empty are the row's bars)
    if roles and len(row.cells) <= max(roles.values()):
        return None  # columns read one to the right of a header without a cell over the labels
    if not {"budget", "actual", "rate"} <= roles.keys():
        return None
    if _percent_in_money_column(row, roles):
        return None  # a blank cell was lost before the 执行率: the cells stand left of their columns
    if _words_in_money_columns(row, roles):
        return None  # a row of the block after the budget (资金管理情况 | 情况说明 | 存在问题)
    weight_figure = None
    if "weight" in roles:
        wq = parse_cell(row.cells[roles["weight"]].value)
        weight = wq.value if wq is not None else weight
        weight_figure = _value(row.cells[roles["weight"]]) if wq is not None else None
    # the row's label: the last filled cell before the figures (a 原因 column after them is no label)
    first_figure = min(roles.values())
    item_cells = [c for c in row.cells[:first_figure] if not c.is_empty and c.value.strip() not in BLANK_MARKS] or \
        [c for i, c in enumerate(row.cells) if i not in roles.values() and not c.is_empty]
    # a 其中 row's 得分 is a blank mark (``—``, ``/``) on most forms: no score, as a blank cell
    score = _value(row.cells[roles["score"]]) if "score" in roles else None
    cells = row.cells
    out = BudgetExecution(row, _compact(item_cells[-1].value) if item_cells else "", _value(cells[roles["budget"]]),
                          _value(cells[roles["actual"]]), _value(cells[roles["rate"]]),
                          score_figure(score.cell) if score else None, weight,
                          initial=_value(cells[roles["initial"]]) if "initial" in roles else None,
                          weight_figure=weight_figure)
    # the 执行率 cell empty between a filled 预算数 / 执行数 and a filled 得分, in a row that lines
    # up with its header: the rate left blank (a row's 得分 filled is the scored total's row; a
    # 其中 row's rate may stay blank by the form's use, its 得分 a dash)
    out.rate_blank = whole and cells[roles["rate"]].is_empty and out.score is not None \
        and out.score.quantity is not None and all(
            f is not None and f.quantity is not None and f.quantity.value > 0 for f in (out.budget, out.actual))
    return out


# the columns a 其中 row of the budget block leaves blank (its 执行率, 分值, 得分)
_TRAILING_BLANKS = frozenset({"rate", "weight", "score"})


def _padded_blank(row: Row, width: int) -> Row:
    """``row`` with blank cells added at its end up to ``width``."""
    last = row.cells[-1].text
    line, column = last.position(max(0, len(last.value) - 1))
    pad = [Cell(SourceText("", last.path, [(0, line, column + 1)])) for _ in range(width - len(row.cells))]
    return Row(row.cells + pad, row.line)


def _padded(row: Row, width: int, roles: dict[str, int]) -> Row | None:
    """A row shorter than its header because the file dropped its blank cells at the end (Excel,
    text pasted from it: ``其中：当年财政拨款 | 420 | 405 | 436.5`` under eight header cells), with
    those cells given back, blank, at the row's end. None unless the cells dropped are exactly
    the columns such a row leaves blank (执行率, 分值, 得分) and those after them."""
    n = len(row.cells)
    if not row.cells or any(col >= n for role, col in roles.items() if role not in _TRAILING_BLANKS) \
            or any(col < n for role, col in roles.items() if role in _TRAILING_BLANKS):
        return None  # a cell lost elsewhere (a blank first cell): the cells stand left of their columns
    last = row.cells[-1].text
    line, column = last.position(max(0, len(last.value) - 1))
    pad = [Cell(SourceText("", last.path, [(0, line, column + 1)])) for _ in range(width - n)]
    return Row(row.cells + pad, row.line)


def _value(cell: Cell | None) -> Figure | None:
    """The cell's figure; none where the cell is blank or holds a blank mark (``—``, ``/``). A
    money column's ``150万`` is 150 万元, as the stream reading takes it."""
    if cell is None or cell.is_empty or cell.value.strip() in BLANK_MARKS:
        return None
    return Figure(cell, quantity_of(cell.value))


_POSITIONAL_ORDERS = (("budget", "actual", "rate"), ("budget", "actual", "rate", "score"))


def _positional_reading_fits(roles: dict[str, int]) -> bool:
    """Whether the row-by-row reading below (the last figures are 预算数, 执行数, 执行率 and
    得分) reads the header's columns: true where the header names no column order, or names
    these columns last in this order (a 年初预算数 before them is passed over)."""
    if not {"budget", "actual", "rate"} <= roles.keys():
        return True
    order = tuple(role for role, _ in sorted(roles.items(), key=lambda kv: kv[1]) if role != "initial")
    return order in _POSITIONAL_ORDERS


def _budget_by_role_order(roles: dict[str, int], row: Row, weight: Decimal | None,
                          before: Row | None, first: bool) -> BudgetExecution | None:
    """A row that does not line up with its header's cells (a group cell such as ``年度预算数(万元)``
    over several columns, a label cell merged away) but gives one value for each column the header
    names, in the header's order: ``总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10`` under 年初预算 /
    调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分. Values are the figures and blank marks
    (``/``) after the row's label, up to the first other text (a 原因 note). A row without a label
    takes the label that stands alone on the row ``before`` it (``年度资金总额 |`` on a line of its
    own, the figures on the next). As in the stream reading, only the block's ``first`` row (the
    total) has a weight and a score: a 其中 row that repeats them copies the total's."""
    if not {"budget", "actual", "rate"} <= roles.keys():
        return None
    order = [role for role, _ in sorted(roles.items(), key=lambda kv: kv[1])]
    labels: list[Cell] = []
    values: list[Cell] = []
    for cell in row.non_empty:
        text = cell.value.strip()
        if parse_cell(text) is not None or text in BLANK_MARKS:
            values.append(cell)
        elif values:
            break  # a note after the figures
        else:
            labels.append(cell)
    if len(values) != len(order):
        return None
    if not labels and before is not None and len(before.non_empty) == 1 \
            and parse_cell(before.non_empty[0].value) is None:
        labels = before.non_empty
    by_role = dict(zip(order, values, strict=True))
    rate = parse_cell(by_role["rate"].value)
    if rate is None or not rate.is_percent:
        return None  # the 执行率 column must hold a percentage: else the row is read otherwise
    if "weight" in by_role:
        wq = parse_cell(by_role["weight"].value)
        weight = wq.value if wq is not None else weight
    get = by_role.get
    score = _value(get("score")) if first else None
    return BudgetExecution(row, _compact(labels[-1].value) if labels else "", _value(get("budget")), _value(get("actual")),
                           _value(get("rate")), score_figure(score.cell) if score else None, weight if first else None,
                           initial=_value(get("initial")))


def _words_in_money_columns(row: Row, roles: dict[str, int]) -> bool:
    """Whether a 预算数, 执行数 or 执行率 cell holds words rather than a figure or a blank mark."""
    for role in ("budget", "actual", "rate"):
        text = row.cells[roles[role]].value.strip()
        if text and text not in BLANK_MARKS and quantity_of(text) is None:
            return True
    return False


def _percent_in_money_column(row: Row, roles: dict[str, int]) -> bool:
    """Whether the row puts a percentage under 预算数 or 执行数 and none under 执行率."""
    def is_percent(role: str) -> bool:
        q = parse_cell(row.cells[roles[role]].value)
        return q is not None and q.is_percent
    return (is_percent("budget") or is_percent("actual")) and not is_percent("rate")


def _weight_in_formula(text: str) -> Decimal | None:
    m = _WEIGHT_TIMES.search(text)  # from a run's first digit: linear on long runs
    return Decimal(m.group(1)) if m else None


def _words_only(cells: list[Cell]) -> bool:
    """Cells that all hold words (no figure, no blank mark)."""
    for c in cells:
        text = c.value.strip()
        if text in BLANK_MARKS or quantity_of(text) is not None:
            return False
    return True


def _figures_only(row: Row) -> bool:
    """A row of two figures or more and nothing else (blank marks aside)."""
    # (a loop over the cells, no list of the non-empty ones and no generator: asked of the row
    # after every indicator row, which fails at its first cell)
    figures = 0
    for c in row.cells:
        if c.is_empty:
            continue
        if c.value.strip() not in BLANK_MARKS and quantity_of(c.value) is None:
            return False
        figures += 1
    return figures >= 2


# the upper row's columns of a header split over two rows that stand over one column each (not
# over a group of the lower row's columns, as 绩效指标 and 年度指标值 do)
_SINGLE_COLUMN_ROLES = frozenset({"actual", "weight", "score", "rate", "deviation"})
_LEVEL_WORD = lazy_compile(r"^[一二]级指标$")
# rows a split header's lower row may stand below its upper one (empty rows, a cell broken off it)
_SPLIT_HEADER_REACH = 4


def _split_header(rows: list[Row], i: int) -> tuple[Row, int] | None:
    """An indicator header split over two rows, as 云南's and other provinces' 项目支出绩效自评表
    print it: ``绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…`` above ``一级指标 | 二级指标 |
    三级指标 | 指标性质 | 指标值 | 度量单位``. The upper row's first cells span the lower row's
    columns (绩效指标 the three levels, 年度指标值 the split target); the rest stand over one column
    each, to the right of them, down both rows. One header row for both (the lower row's cells,
    then the upper row's columns the lower does not name) and the index of the lower row; None
    unless ``rows[i]`` is such an upper row. A PDF's cell broken off the lower row onto a line of
    its own (``一级 指标``) is put back before it."""
    upper = rows[i].non_empty
    roles = [_cell_role(c) for c in upper]
    if not {"actual", "score"} <= set(roles) or any(parse_cell(c.value) is not None for c in upper):
        return None
    pieces: list[Cell] = []
    for k in range(i + 1, min(len(rows), i + 1 + _SPLIT_HEADER_REACH)):
        cells = rows[k].non_empty
        if not cells:
            continue
        texts = [_compact(c.value) for c in cells]
        if any("三级指标" in t for t in texts):
            lower = pieces + cells
            break
        if not all(_LEVEL_WORD.match(t) for t in texts):
            return None
        pieces += cells
    else:
        return None
    named = _header_roles(Row(lower, rows[k].line)).keys()
    if "actual" in named:
        return None  # the lower row is a whole header of its own
    own = [n for n, role in enumerate(roles) if role in _SINGLE_COLUMN_ROLES and role not in named]
    if not own or own != list(range(own[0], len(upper))) or own[0] == 0:
        return None  # the upper row's own columns are not all to the right of its group cells
    return Row(lower + [upper[n] for n in own], rows[k].line), k


def _cell_role(cell: Cell) -> str | None:
    """The indicator column a header cell names, if any."""
    text = _compact(cell.value)
    for role, pattern in _HEADER_ROLES:
        if pattern.search(text):
            return role
    return None


def _read_indicators(se: SelfEvaluation, rows: list[Row], i: int, split: Row | None = None) -> int:
    """The indicators under the header at ``i`` (or under ``split``, the header of two rows
    :func:`_split_header` joined, whose lower row is at ``i``)."""
    header = split or rows[i]
    roles = _header_roles(header)
    levels = level_columns(header)
    actual_pattern = dict(_HEADER_ROLES)["actual"]
    targets_only = "target" in roles and not any(actual_pattern.search(_compact(c.value)) for c in header.cells)
    # a 评分表 (分值 | 评分标准 | 得分): its rows hold scores, and no target or result to read
    scores_only = "target" not in roles and "actual" not in roles and any(
        _SCORING_HEADER.match(_compact(c.value)) for c in header.cells)
    width = len(header.cells)
    # a 评分表 whose header ends 三级指标 | 分值 | 得分 with no target or result column (the 部门整体
    # 评分表): read from the right as [name, target, actual, score] its rows lose their names to the
    # 二级 cell before them, and their weights to the result
    weighted = None
    if "target" not in roles and "actual" not in roles and "3" in levels \
            and roles.get("weight") == levels["3"] + 1 and roles.get("score") == levels["3"] + 2:
        weighted = (levels["3"], levels["3"] + 1, levels["3"] + 2)
    level1 = level2 = ""
    first_new = len(se.indicators)
    j = i + 1
    while j < len(rows):
        row = rows[j]
        cells = figure_cells(row)
        if not cells:
            j += 1
            continue
        if len(row.cells) > width and all(c.is_empty for c in row.cells[width:]) \
                and (split is not None or starts_in_place(Row(row.cells[:width], row.line), levels, width)):
            # the bars after a row's last column (``| 20 | 19 | | |``): a page that closes each
            # row with more empty cells than its header has columns. A row whose levels stand in
            # the header's columns is read by them, as the same row without the bars is (its
            # blank 得分 a score left blank); one that would be shifted is left as it stands
            row = Row(row.cells[:width], row.line)
        # (the row after asked first: an indicator's row fails at its first cell, this one at its target)
        if len(cells) >= 2 and j + 1 < len(rows) and _figures_only(rows[j + 1]) and _words_only(cells):
            # a row whose figures wrapped onto a line of their own: ``产出指标 | 数量指标 | 扶持…主体
            # (个) |`` then ``15 | 6 | 8.0 |``; the figures' line is read with it (a lone word before
            # figures is the last piece of a name broken over several lines: not joined)
            row = Row(cells + rows[j + 1].non_empty, row.line)
            cells = row.cells
            j += 1
        first = _compact(cells[0].value)
        # (is_total_label(first) or …: a total's label of a compacted text opens with 总分, which
        # the test of its start alone tells without the pattern)
        if first.startswith("总分") or first == "合计":
            total_cells = [c for c in cells[1:] if is_score(c)]
            if has_weight_column(se) and len(cells) == 3 and is_score(cells[2]) and is_score(cells[1], 2 * SCORE_BAND):
                total_cells = cells[1:]  # 总分 | 110 | 96.4: a 分值 total written over 100 is still that column's
            elif has_weight_column(se) and len(cells) == 3 and is_score(cells[1]) and is_score(cells[2], 2 * SCORE_BAND):
                total_cells = cells[1:]  # 总分 | 100 | 101.5: a 得分 total over 100 is still that column's
            if len(total_cells) >= 2 and (score_figure(total_cells[0]).value == SCORE_BAND
                                          or _states_weights(se, score_figure(total_cells[0]))
                                          or has_weight_column(se) and _two_figures(total_cells)):
                # 总分 | 100 | 97: the weights, then the score; 总分 | 90 | 89.9 where the weights
                # read add up to 90, or any two figures under a form whose every row has its
                # 分值: the 分值 column's own total, then the score
                se.weight_total = score_figure(total_cells[0])
                se.total = score_figure(total_cells[-1])
            elif total_cells and first != "合计":
                se.total = score_figure(total_cells[0])
            elif first not in ("总分", "合计") and not total_cells:
                se.total = score_figure(cells[0]) if is_total_label(first).group("value") else None
            if se.total is None:
                _blank_total(se, row, roles, width, rows[i + 1:j])
            j += 1
            break
        if DEVIATION_LABEL[:4] in first or IMPROVEMENT_LABEL[:4] in first:
            break
        if first.startswith("其中") and first == _compact(row.cells[0].value):
            # a sub-row of the indicator above (``其中线上培训人次 | 50人次 | 40人次``): part of its
            # count, no weight or score of its own (the stream reading passes it over too)
            j += 1
            continue
        for k, c in enumerate(row.cells):
            text = _compact(c.value)
            # (level1_word names no group unless the text opens with a category, or the row's first
            # cell with a framework's group's head: most cells are told without the call)
            # (a category with one character mistyped, 效意指标（30分）: a short cell holding 指标)
            slip = label_slip(text) if len(text) <= 14 and "指标" in text else None
            if (text.startswith(LEVEL1_WORDS) or k == 0 and text[:2] in FRAMEWORK_HEADS or slip) \
                    and (word := level1_word(text, first=k == 0)) is not None:  # (a framework's group: its row's first cell)
                level1 = word
                level2 = ""
                w = group_weight(c.value)
                if w is not None:
                    se.level1_weights[word] = w
            if text in LEVEL2_NAMES:  # LEVEL2_RE.match(text), text compacted
                level2 = text
            elif slip is not None and slip[0] == "2":
                level2 = slip[1]
        if targets_only:
            j += 1
            continue  # a 绩效目标表: targets (and weights) only, nothing to read as results
        if weighted is not None:
            indicator = indicator_weighted(row, weighted, width, level1, level2)
            if indicator is not None:
                se.indicators.append(indicator)
            j += 1
            continue
        indicator = indicator_by_header(row, roles, width, level1, level2, levels)
        if indicator is None and split is None:
            # (not under a header of two rows: its rows read from the right would take a unit
            # cell or a bare 指标值 for the target)
            indicator = indicator_right_anchored(row, level1, level2)
        if indicator is not None and scores_only:
            # the weight and the 评分标准 read from the right: ``分值 | 评分标准 | 得分`` puts the
            # 分值 where a target would stand, a plain figure
            weight = indicator.target.quantity if indicator.target is not None else None
            indicator.target = indicator.actual = None
            if (indicator.weight is None and weight is not None and roles.get("weight") == roles["score"] - 2
                    and weight.unit is None and weight.relation is None and weight.scale == 1):
                indicator.weight = weight.value
        if indicator is not None:
            se.indicators.append(indicator)
        j += 1
    blank_scores_kept(se.indicators[first_new:])
    return j


def _blank_total(se: SelfEvaluation, row: Row, roles: dict[str, int], width: int, above: list[Row]) -> None:
    """A 总分 / 合计 row that lines up with its header and its indicator rows, its 分值 cell holding
    the weights' total and its 得分 cell empty: the form's total score left blank. The 分值 is
    the column's total for sure when it is 100 or the weights read add up to it; any other
    figure in the row (a score typed in another column) leaves it unread."""
    if "weight" not in roles or "score" not in roles or not se.indicators:
        return
    # one cell a column, as the indicator rows above have them (a page may drop the row's empty
    # cells after the score, 偏差原因's): a row of merged cells, shifted, is not read by place
    last = next((r for r in reversed(above) if not all(c.is_empty for c in r.cells)), None)
    if last is None or not roles["score"] < len(row.cells) <= width or len(row.cells) != len(last.cells):
        return
    weight, score = row.cells[roles["weight"]], row.cells[roles["score"]]
    if not score.is_empty or not is_score(weight):
        return
    if any(not c.is_empty for k, c in enumerate(row.cells) if k not in (0, roles["weight"])):
        return
    figure_ = score_figure(weight)
    if figure_.value == SCORE_BAND or _states_weights(se, figure_):
        se.blank_total = score
        se.blank_total_weight = figure_
        se.blank_total_label = _compact(row.cells[0].value)


def _two_figures(cells: list[Cell]) -> bool:
    """Two different figures (``总分 | 96 | 96`` may be the score written twice, not a 分值 total)."""
    return score_figure(cells[0]).value != score_figure(cells[-1]).value


def _states_weights(se: SelfEvaluation, first: Figure) -> bool:
    """Whether the first figure of a 总分 row is the 分值 column's total: the budget block's
    weight and every indicator's weight were read and add up to it (a score equal to the
    weights' sum would be full marks, which the figure after it then is not)."""
    if first.value is None or not se.budget or se.budget[0].weight is None or not se.indicators:
        return False
    weights = [i.weight for i in se.indicators]
    if any(w is None for w in weights):
        return False
    return se.budget[0].weight + sum(weights, Decimal(0)) == first.value
