"""Indicator rows of a 自评表 read from a table (see :mod:`perflint.read.forms.tables`): by the header's
columns where the row lines up with it (or lacks only the merged cells on its left), else from
the right (the score is the last figure, the actual and the target stand before it)."""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from perflint.model import Cell, Figure, Indicator, Row, SourceText
from perflint.read.forms.cells import joined_text
from perflint.read.forms.labels import LEVEL1_WORDS, LEVEL2_NAMES, figure, label_slip, level1_word
from perflint.text.normalise import compact as _compact
from perflint.text.normalise import fold_char
from perflint.text.numbers import parse_cell
from perflint.text.patterns import lazy_compile

_RELATION_CELL = lazy_compile(r"^(?:[≥≤≧≦><=＝＞＜═﹦﹤﹥]|>=|<=)$")  # (﹦ ﹤ ﹥: small forms, from PDFs)


SCORE_BAND = Decimal(100)


def figure_cells(row: Row) -> list[Cell]:
    return row.non_empty


def is_score(cell: Cell, limit: Decimal = SCORE_BAND) -> bool:
    q = parse_cell(cell.value.replace("分", "")) if cell.value.strip().endswith("分") else parse_cell(cell.value)
    return q is not None and q.relation is None and q.kind in ("plain", "count") and 0 <= q.value <= limit


def score_figure(cell: Cell) -> Figure:
    text = cell.value.strip()
    q = parse_cell(text[:-1]) if text.endswith("分") else parse_cell(text)
    return Figure(cell, q)


def is_category(text: str) -> bool:
    compact = _compact(text)
    return compact in LEVEL2_NAMES or level1_word(compact, first=True) is not None or compact.startswith("目标") \
        or label_slip(compact) is not None  # (a 二级 name mistyped: 数亮指标)


_LEVEL_COLUMNS = (("1", lazy_compile(r"^一级指标")), ("2", lazy_compile(r"^二级指标")), ("3", lazy_compile(r"^三级指标")))


def header_columns(header: Row, roles: tuple[tuple[str, re.Pattern[str]], ...], start: int = 0) -> dict[str, int]:
    """The column of each role the header names: the first cell from ``start`` whose text
    (without spaces) matches the role's pattern; a cell names one role."""
    return dict(_columns(roles, start, tuple([cell.value for cell in header.cells])))


@functools.lru_cache(maxsize=4096)
def _columns(roles: tuple[tuple[str, re.Pattern[str]], ...], start: int, values: tuple[str, ...]
             ) -> tuple[tuple[str, int], ...]:
    """:func:`header_columns` of a header whose cells hold ``values`` (remembered: a draft's forms
    repeat their template's header, form after form, and each header is asked for its budget,
    indicator and level columns; a caller gets a dict of its own)."""
    out: dict[str, int] = {}
    for i, value in enumerate(values):
        if i < start:
            continue
        text = _compact(value)
        for role, pattern in roles:
            if role not in out and pattern.search(text):
                out[role] = i
                break
    return tuple(out.items())


def level_columns(header: Row) -> dict[str, int]:
    return header_columns(header, _LEVEL_COLUMNS)


def _shifts(row: Row, levels: dict[str, int], width: int = 0) -> list[int]:
    """How many cells the row may lack on its left, most likely first: a row of a table whose
    merged cells the importer dropped starts with its 一级 or 二级指标 (or its name) where the
    header has other columns first (``年度绩效目标1 | 一级指标 | …`` above ``产出指标 | …``)."""
    first = -1
    for k, c in enumerate(row.cells):  # the first non-empty cell (a loop, not a generator)
        if not c.is_empty:
            first = k
            break
    if first < 0 or "3" not in levels:
        return [0]
    text = _compact(row.cells[first].value)
    order = ["3"]
    if text in LEVEL2_NAMES or (slip := label_slip(text)) is not None and slip[0] == "2":
        order = ["2", "1", "3"]
    if level1_word(text, first=True) is not None:
        order = ["1", "2", "3"] if order[0] != "2" else ["2", "1", "3"]
    if order == ["3"] and len(row.cells) < width:
        # in a row short of the header, a first cell no level word names may also be a 二级指标
        # whose 一级 cell was merged away (``预算执行 | 预算执行率 | ≥95% | 98.6% | 10 | 10``): tried
        # after the 三级 reading
        order = ["3", "2"]
    shifts: list[int] = []
    for lv in order:
        if lv in levels and levels[lv] >= first and levels[lv] - first not in shifts:
            shifts.append(levels[lv] - first)
    return shifts or [0]


def starts_in_place(row: Row, levels: dict[str, int], width: int) -> bool:
    """Whether the row's first filled cell may stand in the header's column for what it names
    (its 一级, 二级 or 三级指标; 满意度指标 names either level): read by the header's columns as
    it stands is one of the row's readings."""
    return 0 in _shifts(row, levels, width)


def indicator_by_header(row: Row, roles: dict[str, int], width: int, level1: str, level2: str,
                         levels: dict[str, int] | None = None) -> Indicator | None:
    if "target" not in roles or "actual" not in roles:
        return None
    if "score" not in roles and "deviation" not in roles:
        return None  # no 得分: only a form that explains each shortfall (未完成原因) is read so
    for shift in _shifts(row, levels or {}, width):
        if shift == 0:  # the row starts where the header says: read it as it stands, or not at all
            if len(row.cells) < width:
                row = _trailing_blanks_restored(row, roles, width)
            return _indicator_at(row, roles, level1, level2, in_place=True) if len(row.cells) == width else None
        moved = {role: i - shift for role, i in roles.items() if i - shift >= 0}
        if not {"target", "actual"} <= moved.keys() or ("score" in roles and "score" not in moved):
            continue
        present = len(row.cells)
        if max(moved.values()) >= present:
            padded = _prefix_padded(row, moved)
            if padded is None:
                continue
            row = padded
        score = row.cells[moved["score"]] if "score" in moved else None
        if score is not None and not score.is_empty and not is_score(score):
            continue  # not this shift: the score column would hold words
        if _target_words_before_bound(row.cells[moved["target"]], row.cells[moved["actual"]]):
            continue  # not this shift: a name read as the target, the target as the result
        found = _indicator_at(row, moved, level1, level2, present=present)
        if found is not None:
            return found
        row = Row(row.cells[:present], row.line) if present < len(row.cells) else row
    if len(row.cells) == width:
        # a row as wide as the header that no shift reads starts where the header does: its first
        # cell is a level the form's words do not know (``预算执行 | 预算执行率 | 预算执行率 | …``)
        return _indicator_at(row, roles, level1, level2, in_place=True)
    return None


# the columns after the target that a web page drops from a row's end when they are blank
_DROPPABLE_ROLES = frozenset({"actual", "weight", "score", "rate", "deviation"})


def _split_target_in_place(row: Row, roles: dict[str, int]) -> bool:
    """Whether the row holds a target split over 指标性质 | 指标值 | 度量单位 just where the
    (shifted) header puts those columns: a bound sign, a plain figure, a unit word (``≥ | 150 |
    块``). Such a row leaves no doubt where its cells stand, whatever cells it lacks after them."""
    if not {"relation", "target", "unit"} <= roles.keys() or max(roles["relation"], roles["target"],
                                                                  roles["unit"]) >= len(row.cells):
        return False
    relation, target, unit = (row.cells[roles[r]].value for r in ("relation", "target", "unit"))
    if not _RELATION_CELL.match(_compact(relation)):
        return False
    q = parse_cell(_compact(target))
    if q is None or q.relation is not None or q.unit is not None or q.is_percent:
        return False
    unit = _compact(unit)
    return bool(unit) and parse_cell(unit) is None and not any(ch.isdigit() for ch in unit)


def _prefix_padded(row: Row, roles: dict[str, int]) -> Row | None:
    """A row that stops before the header's last columns because the page dropped its blank
    cells at the end (``数量指标 | 修建机耕道 | ≥ | 150 | 块`` under a header that goes on to 完成值 |
    权重 | 得分), given those cells back blank. Only when the cells present are an unambiguous
    prefix of the header: every column it lacks is one a row leaves blank (完成值, 权重, 得分, 偏差),
    and its split target stands in its own columns; else None (the cells' places are unknown)."""
    n = len(row.cells)
    if any(col >= n for role, col in roles.items() if role not in _DROPPABLE_ROLES):
        return None
    if not _split_target_in_place(row, roles):
        return None
    last = row.cells[-1].text
    line, column = last.position(max(0, len(last.value) - 1))
    blanks = [Cell(SourceText("", last.path, [(0, line, column + 1)])) for _ in range(max(roles.values()) + 1 - n)]
    return Row(row.cells + blanks, row.line)


def _target_words_before_bound(target: Cell, actual: Cell) -> bool:
    """A target cell of words without a figure before a result cell that opens with a bound
    (``预算执行率`` / ``≥95%``): the row read one cell too far left, its name taken for the target."""
    t, a = _NAME_NUMBER.sub("", target.value.strip()), actual.value.strip()
    return bool(t) and not any(ch.isdigit() for ch in t) and a[:1] in "≥≤><＞＜" and any(ch.isdigit() for ch in a)


# the number a form gives each indicator of a group (``指标1.``, ``指标5：``, ``2、``): no figure of
# its values
_NAME_NUMBER = lazy_compile(r"^(?:指标)?\d{1,2}[.．、:：]")


# the columns a row that met its target leaves blank at its end (偏差原因分析及改进措施)
_TRAILING_ROLES = frozenset({"deviation"})


def _trailing_blanks_restored(row: Row, roles: dict[str, int], width: int) -> Row:
    """A row shorter than its header because the file's renderer dropped its blank cells at the
    end (Word and Excel rows end where their last filled cell does: ``… | 5 | 5`` under a header
    that ends in 偏差原因分析及改进措施), with those cells given back, blank. Unchanged unless every
    column it lacks comes after the columns an indicator is read from (only a 偏差原因 column or
    unnamed ones may be missing)."""
    n = len(row.cells)
    if not row.cells or any(col >= n for role, col in roles.items() if role not in _TRAILING_ROLES):
        return row
    last = row.cells[-1].text
    line, column = last.position(max(0, len(last.value) - 1))
    return Row(row.cells + [Cell(SourceText("", last.path, [(0, line, column + 1)])) for _ in range(width - n)], row.line)


def _indicator_at(row: Row, roles: dict[str, int], level1: str, level2: str,
                  in_place: bool = False, present: int | None = None) -> Indicator | None:
    """The indicator of a row read by the header's columns (``in_place``: not shifted;
    ``present``: how many of the row's cells the page gave, the rest restored blank)."""
    # the name stands before the first value column (分值 comes before 指标值 on some forms)
    name_index = min([roles[r] for r in ("target", "actual", "weight", "relation") if r in roles]) - 1
    if name_index < 0:
        return None
    name_cell: Cell | None = row.cells[name_index]
    if name_cell.is_empty:
        name_cell = None  # a row that lines up with the header but lost its name: read it by column
    elif is_category(name_cell.value) and not (in_place and _named_like_its_category(row, name_index)):
        return None
    score_cell = row.cells[roles["score"]] if "score" in roles else None  # (a 区域绩效自评表 has none)
    weight = None
    if "weight" in roles:
        wq = parse_cell(row.cells[roles["weight"]].value)
        weight = wq.value if wq else None
    score = score_figure(score_cell) if score_cell is not None and not score_cell.is_empty else None
    if (score_cell is None or score_cell.is_empty) and row.cells[roles["actual"]].is_empty:
        # nothing filled after the target: kept only when its cells leave no doubt (a split
        # target in place) and it is named; its 得分, blank beside a weight in a cell the page
        # gave, stays a blank figure (B304 reads it)
        if name_cell is None or not _split_target_in_place(row, roles):
            return None
        if score_cell is not None and weight is not None and roles["score"] < (present or len(row.cells)):
            score = score_figure(score_cell)
    elif score is None and score_cell is not None and weight is not None \
            and roles["score"] < (present or len(row.cells)):
        # a result beside its weight and a blank 得分 cell the page gave:
        # the score left unfilled, kept as a blank figure; the form's reader drops it again
        # unless other rows are scored (:func:`blank_scores_kept`)
        score = score_figure(score_cell)
    return Indicator(
        row=row, level1=level1, level2=level2, name=_compact(name_cell.value) if name_cell else "", name_cell=name_cell,
        target=_split_target(row, roles), actual=_actual_with_unit(row, roles),
        score=score, weight=weight,
        rate=figure(row.cells[roles["rate"]]) if "rate" in roles else None,
        deviation=figure(row.cells[roles["deviation"]]) if "deviation" in roles else None,
    )


def blank_scores_kept(indicators: list[Indicator]) -> None:
    """A blank 得分 beside a filled result is the score left out only where the form's other
    rows are scored: under a header none of whose rows holds a score the column is blank by the
    form's own use (or not the score at all), and those rows read as having none."""
    if any(i.score is not None and i.score.quantity is not None for i in indicators):
        return
    for ind in indicators:
        if ind.score is not None and not ind.score.text and ind.actual is not None and ind.actual.text:
            ind.score = None


def _named_like_its_category(row: Row, name_index: int) -> bool:
    """Whether a 三级指标 cell worded like a category (``服务对象满意度``) is the indicator's name
    in a row that lines up with its header: the cell before it already holds the row's 二级指标
    (``服务对象满意度指标``), so this one is the next level down, the name (a 满意度 indicator is
    often named after its category)."""
    if name_index < 1:
        return False
    name = _compact(row.cells[name_index].value)
    above = _compact(row.cells[name_index - 1].value)
    return not name.startswith(LEVEL1_WORDS) and name != above and above in LEVEL2_NAMES


def _split_target(row: Row, roles: dict[str, int]) -> Figure | None:
    """The target, joined from 指标性质 | 指标值 | 度量单位 when the form splits it (``≤ | 30 | 万元``)."""
    value = row.cells[roles["target"]]
    if "relation" not in roles and "unit" not in roles:
        return figure(value)  # a target in one cell (most forms): nothing around it to join
    around = [row.cells[roles[r]] for r in ("relation", "unit") if r in roles and roles[r] < len(row.cells)]
    if not around or value.is_empty or all(c.is_empty for c in around):
        return figure(value)
    cells = [c for c in (row.cells[roles["relation"]] if "relation" in roles else None, value,
                         row.cells[roles["unit"]] if "unit" in roles else None) if c is not None and not c.is_empty]
    relation = row.cells[roles["relation"]] if "relation" in roles else None
    # a sign cell of its own is shown as read (``﹦`` a PDF gives is the form's ``=``): one
    # character for one, so the joined text keeps its source positions
    texts = [SourceText("".join(fold_char(ch) or ch for ch in c.value), c.text.path, c.text.anchors)
             if c is relation and _RELATION_CELL.match(_compact(c.value)) else c.text for c in cells]
    text = joined_text(texts)
    quantity = parse_cell(text.value.replace(" ", ""))
    if quantity is None and "unit" in roles:  # a unit the figure reader does not know (盏, 亩次)
        quantity = parse_cell(joined_text([c.text for c in cells if c is not row.cells[roles["unit"]]]).value)
    return Figure(Cell(text), quantity) if quantity is not None else figure(value)


def _actual_with_unit(row: Row, roles: dict[str, int]) -> Figure | None:
    """The 完成值; a bare number takes the row's 度量单位 (``96`` under ``%`` is 96%)."""
    cell = row.cells[roles["actual"]]
    fig = figure(cell)
    if "unit" not in roles or fig is None or fig.quantity is None or fig.quantity.unit is not None \
            or fig.quantity.relation is not None:
        return fig
    unit = row.cells[roles["unit"]]
    if unit.is_empty:
        return fig
    quantity = parse_cell(cell.value.strip() + _compact(unit.value))
    return Figure(cell, quantity) if quantity is not None and quantity.unit is not None else fig


_SUBTOTALS = ("小计", "合计", "总计", "总分")


def indicator_weighted(row: Row, columns: tuple[int, int, int], width: int, level1: str,
                       level2: str) -> Indicator | None:
    """A row of a 评分表 whose header ends ``三级指标 | 分值 | 得分`` (``columns``: those three
    columns) and names no target or result: the 部门整体 评分表 many units print. Its name, weight
    and score stand in those columns in a row as wide as the header (where a category's word, 社会效益,
    is the name the framework gives the indicator), or are its last three cells where the row lost
    merged cells on its left; a row whose weight is no plain figure, or whose name is a figure (or,
    out of place, a category), is not an indicator's."""
    in_place = len(row.cells) == width
    if in_place:
        name_cell, weight_cell, score_cell = (row.cells[k] for k in columns)
    elif len(row.cells) >= 3:
        name_cell, weight_cell, score_cell = row.cells[-3:]
    else:
        return None
    weight = score_figure(weight_cell).quantity  # (10 or 10分)
    if weight is None or weight.relation is not None or weight.kind not in ("plain", "count") \
            or weight.unit not in (None, "分"):
        return None
    if not score_cell.is_empty and not is_score(score_cell):
        return None
    name = _compact(name_cell.value)
    if not name or parse_cell(name_cell.value) is not None or not in_place and is_category(name_cell.value):
        return None  # (in the 三级 column a category's word is the indicator's name: 社会效益, 满意度)
    if name.startswith(_SUBTOTALS):
        return None  # a group's 小计 row: its weight and score are its indicators' again
    return Indicator(row=row, level1=level1, level2=level2, name=name, name_cell=name_cell, target=None,
                     actual=None, score=score_figure(score_cell) if not score_cell.is_empty else None,
                     weight=weight.value)


def indicator_right_anchored(row: Row, level1: str, level2: str) -> Indicator | None:
    """[…, 三级指标, target, actual, (rate,) score] read from the right."""
    cells = figure_cells(row)
    if len(cells) < 3 or not is_score(cells[-1]):
        return None
    score = cells[-1]
    values = cells[:-1]
    rate = None
    if (len(values) >= 4 and (q := parse_cell(values[-1].value)) is not None and q.is_percent
            and parse_cell(values[-2].value) is not None and parse_cell(values[-3].value) is not None):
        rate = values[-1]
        values = values[:-1]
    actual, target = values[-1], values[-2]
    if any(_RELATION_CELL.match(_compact(c.value)) for c in (actual, target)):
        return None  # ≥ | 95 | %: a target split over cells, not target and actual
    if _target_words_before_bound(target, actual):
        # 指标名称 | ≥3 | 4 under a 指标值 | 完成值 header without 得分: the bound is the target and
        # the plain figure after it the actual, not a score (the name was read as the target)
        return None
    rest = values[:-2]
    if rest and _RELATION_CELL.match(_compact(rest[-1].value)):
        return None  # ≥ | 150 | 块 | 15: a split target and a weight, no actual (its cells dropped)
    name_cell = rest[-1] if rest else None
    if name_cell is not None and (is_category(name_cell.value) or parse_cell(name_cell.value) is not None):
        name_cell = None
    if name_cell is None and is_category(target.value):
        return None  # a category row with a figure under it, not an indicator
    name = _compact(name_cell.value) if name_cell else ""
    return Indicator(row=row, level1=level1, level2=level2, name=name, name_cell=name_cell,
                     target=figure(target), actual=figure(actual), score=score_figure(score),
                     rate=figure(rate) if rate else None)
