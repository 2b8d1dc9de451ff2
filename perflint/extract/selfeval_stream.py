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

import re
from decimal import Decimal

from perflint.extract.form_cells import (
    PART_ROW,
    Token,
    glued_pair,
    level_of,
    level_prefix,
    quantity_of,
    sub_text,
    tokens,
)
from perflint.extract.selfeval import (
    LEVEL1_WORDS,
    BudgetExecution,
    Figure,
    Indicator,
    SelfEvaluation,
    weight_in,
)
from perflint.model import Cell, Part, Row, Table

_TOTAL_ANCHOR = re.compile(r"^(?:(?:年度)?资金)?总额[:：]?$")
_PART_ROW = PART_ROW
_FORM_TITLE = re.compile(r"自评表|评分表")
_INDICATOR_HEADER = re.compile(r"三级指标")
_BUDGET_ROLES = (
    ("initial", re.compile(r"^年初预算")),
    ("budget", re.compile(r"^(?:全年|调整后)预算|^预算数")),
    ("actual", re.compile(r"执行数|^全年执行|^实际支出")),
    ("weight", re.compile(r"^(?:分值|权重)")),
    ("rate", re.compile(r"^执行率|预算执行率")),
    ("score", re.compile(r"^得分")),
)
_DEFAULT_BUDGET_ROLES = ["initial", "budget", "actual", "weight", "rate", "score"]
_INDICATOR_ROLES = (
    ("target", re.compile(r"指标值|目标值")),
    ("actual", re.compile(r"完成值|实际完成")),
    ("rate", re.compile(r"完成率")),
    ("weight", re.compile(r"^(?:分值|权重)")),
    ("score", re.compile(r"^得分")),
    ("deviation", re.compile(r"偏差|未完成原因")),
)
_HEADER_SEARCH = (
    ("target", re.compile(r"指标值|目标值")),
    ("actual", re.compile(r"完成值|实际完成|实际值")),
    ("rate", re.compile(r"完成率")),
    ("weight", re.compile(r"分值|权重")),
    ("score", re.compile(r"得分")),
    ("deviation", re.compile(r"偏差|未完成原因")),
    ("unit", re.compile(r"度量单位|计量单位")),
)
_INDICATOR_END = re.compile(r"^(?:总分|合计|评价结论|偏差大或目标|项目名称|年度资金总额|自评结论|存在问题|改进措施)")
_HEADER_WORDS = re.compile(r"^(?:一级指标|二级指标|三级指标|年度|指标值|实际|完成值|分值|得分|分|值|绩效指标|绩|效|指|标)$")


def _figure(tok: Token) -> Figure:
    return Figure(Cell(tok.text), tok.quantity if tok.kind == "fig" else None)


def _is_plain_number(tok: Token, limit: Decimal = Decimal(100)) -> bool:
    q = tok.quantity
    return tok.kind == "fig" and q is not None and q.relation is None and q.unit is None and 0 <= q.value <= limit


def read_stream_forms(part: Part) -> list[SelfEvaluation]:
    """The 自评表 of a part read from its token stream (see the module docstring)."""
    toks = tokens(part)
    forms: list[SelfEvaluation] = []
    current: SelfEvaluation | None = None
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.word if tok.kind == "word" else ""
        if word and _TOTAL_ANCHOR.match(word):
            current = _new_form(part, toks, i)
            forms.append(current)
            i = _read_budget(current, toks, i)
            continue
        if word.startswith("其中") and _PART_ROW.match(word) and (start := _displaced_total(toks, i)) is not None:
            current = _new_form(part, toks, i)
            forms.append(current)
            i = _read_budget(current, toks, start, displaced=True)
            continue
        if word and _INDICATOR_HEADER.search(word):
            roles, end = _indicator_header(toks, i)
            if {"target", "actual", "weight", "score"} <= set(roles):
                if current is None or current.indicators:
                    current = _new_form(part, toks, i)
                    forms.append(current)
                if roles.index("weight") < roles.index("target"):
                    i = _read_weight_first(current, toks, end, roles)
                else:
                    i = _read_indicators(current, toks, end, roles)
                continue
        i += 1
    for form in forms:
        _merged_reason(form)
    return [f for f in forms if f.budget or f.indicators]


def _merged_reason(se: SelfEvaluation) -> None:
    """A 偏差原因 written once for the whole block is a merged cell: a pipe export keeps it in
    the first row only and the other rows end at their score. Where any row gives a reason,
    the rows that merely end at their score have no known 偏差原因 of their own."""
    from perflint.extract.findings import is_nothing

    if not any(ind.deviation is not None and ind.deviation.text and not is_nothing(ind.deviation.text)
               for ind in se.indicators):
        return
    for ind in se.indicators:
        dev, score = ind.deviation, ind.score
        if dev is None or dev.text or score is None:
            continue
        at, after = dev.cell.text.locate(), score.cell.text.locate()
        if (at.line, at.column) == (after.line, after.end_column):
            ind.deviation = None  # the row ended at its score (see _emit)


def _new_form(part: Part, toks: list[Token], i: int) -> SelfEvaluation:
    title = ""
    for tok in reversed(toks[max(0, i - 40):i]):
        if tok.kind == "word" and _FORM_TITLE.search(tok.word):
            title = tok.word
            break
    table = Table(text=toks[i].text, section=(), rows=[], caption=title, kind="stream")
    return SelfEvaluation(part=part, table=table, title=title)


def _budget_roles(toks: list[Token], i: int) -> list[str]:
    found: list[str] = []
    window = toks[max(0, i - 16):i]
    for k in range(len(window) - 1, -1, -1):
        tok = window[k]
        if tok.kind != "word":
            continue
        prev = window[k - 1] if k > 0 and window[k - 1].kind == "word" and len(window[k - 1].word) <= 3 else None
        # a header cell broken over lines: 全年 / 预算数
        candidates = [tok.word] + ([prev.word + tok.word] if prev is not None else [])
        for text in candidates:
            role = next((r for r, pattern in _BUDGET_ROLES if pattern.search(text)), None)
            if role == "budget" and text == "预算数" and prev is not None and prev.word.startswith("年初"):
                continue  # 年初 / 预算数: the joined reading below names it
            if role is not None:
                if role not in found:
                    found.insert(0, role)
                break
    return found if len(found) >= 3 else list(_DEFAULT_BUDGET_ROLES)


def _values_after(toks: list[Token], i: int) -> tuple[list[Token], int]:
    """The figures and blank cells after the label at ``i``. A label that ends its row (a pipe
    table whose row labels moved to the end of the row before) takes the figures that open the
    next row."""
    values: list[Token] = []
    j = i + 1
    if j + 1 < len(toks) and toks[j].kind == "row" and toks[j + 1].kind == "fig":
        j += 1
    while j < len(toks) and toks[j].kind in ("fig", "blank"):
        values.append(toks[j])
        j += 1
    while values and values[-1].kind == "blank" and not values[-1].value.strip():
        values.pop()  # trailing empty cells of the row
    return values, j


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
    return assigned


def _displaced_total(toks: list[Token], i: int) -> int | None:
    """PDF text often moves a merged row label (年度资金总额) after its row: the budget header,
    then the total's figures, then 其中. The index of the header's last word, else None."""
    k = i - 1
    while k >= 0 and toks[k].kind in ("fig", "blank"):
        k -= 1
    figures = [t for t in toks[k + 1:i] if t.kind == "fig"]
    if k < 0 or len(figures) < 2 or i - k - 1 > len(_DEFAULT_BUDGET_ROLES) or toks[k].kind != "word":
        return None
    if not any(pattern.search(toks[k].word) for _, pattern in _BUDGET_ROLES):
        return None
    return k


def _read_budget(se: SelfEvaluation, toks: list[Token], i: int, displaced: bool = False) -> int:
    roles = _budget_roles(toks, i + 1 if displaced else i)
    header_weight = None
    for tok in toks[max(0, i - 16):i]:
        header_weight = header_weight or weight_in(tok.value)
    values, j = _values_after(toks, i)
    if displaced:
        # the label moved: only the leading 预算数 columns are sure to line up
        roles = [r for r in roles if r in ("initial", "budget")][:2]
    total = _assign(roles, values)
    if total is not None and any(t.kind == "fig" for t in total.values()):
        se.budget.append(_budget_row(toks[i] if not displaced else toks[j], "年度资金总额", total, header_weight,
                                     "total"))
    while j < len(toks):
        while j < len(toks) and toks[j].kind == "row":
            j += 1
        if j >= len(toks) or toks[j].kind != "word" or not _PART_ROW.match(toks[j].word):
            break
        label = toks[j]
        values, j = _values_after(toks, j)
        part_roles = [r for r in roles if r in ("initial", "budget", "actual", "rate")] \
            if len(values) < len(roles) else roles
        assigned = _assign(part_roles, values)
        if assigned is not None:
            se.budget.append(_budget_row(label, label.word, assigned, None, "part"))
    _read_by_nature(se, toks, j)
    return j


_BY_NATURE = re.compile(r"^(?:其中[:：]?)?(按收入性质分|按支出性质分|一般公共预算(?:拨款)?|政府性基金(?:拨款|预算)?|"
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
        return _figure(toks[k + 1])
    return None


def _budget_row(label: Token, item: str, cols: dict[str, Token], header_weight: Decimal | None,
                role: str) -> BudgetExecution:
    def fig(name: str) -> Figure | None:
        tok = cols.get(name)
        return _figure(tok) if tok is not None and tok.kind == "fig" else None

    weight = header_weight
    if (w := fig("weight")) is not None and w.quantity is not None and role == "total":
        weight = w.quantity.value
    cells = [Cell(label.text)] + [Cell(t.text) for t in cols.values()]
    row = Row(cells=cells, line=label.text.line)
    budget = fig("budget") or fig("initial")
    return BudgetExecution(row, item, budget, fig("actual"), fig("rate"), fig("score") if role == "total" else None,
                           weight if role == "total" else None, initial=fig("initial"), role=role,
                           weight_figure=fig("weight") if role == "total" else None)


def _indicator_header(toks: list[Token], i: int) -> tuple[list[str], int]:
    """The indicator header's columns in order, read from its words joined (a header written
    with nothing between cells, ``年度指标值实际完成值分值得分``, reads the same)."""
    words: list[str] = []
    j = i
    while j < min(len(toks), i + 24):
        tok = toks[j]
        if tok.kind == "fig":
            break
        if tok.kind == "word":
            if j > i and (any(w in tok.word for w in LEVEL1_WORDS) or level_of(tok.word) is not None):
                break
            words.append(tok.word)
        j += 1
    joined = "".join(words)
    roles = _roles_in(joined)
    if not {"target", "actual", "weight", "score"} <= set(roles):
        # A header whose first cells stand before 一级指标 … 三级指标 (``年度指标值 | 实际完成值 |
        # 分值 | 得分 | 偏差… | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位``).
        before = _header_words_before(toks, i)
        whole = _roles_in("".join(before) + joined) if before else []
        if {"target", "actual", "weight", "score"} <= set(whole):
            return whole, j
    if not {"target", "actual"} <= set(roles):
        # Spreadsheets exported cell by cell put part of the header before 三级指标.
        for tok in toks[max(0, i - 20):i]:
            for role, pattern in _INDICATOR_ROLES[:2]:
                if tok.kind == "word" and pattern.search(tok.word) and role not in roles:
                    roles.insert(0 if role == "target" else min(1, len(roles)), role)
    return roles, j


def _roles_in(header: str) -> list[str]:
    """The value columns named in a header's joined words, in their order."""
    found = []
    for role, pattern in _HEADER_SEARCH:
        m = pattern.search(header)
        if m is not None:
            found.append((m.start(), role))
    return [role for _, role in sorted(found)]


_HEADER_CELL_MAX = 14


_LEVEL_HEADER = re.compile(r"^(?:一级|二级|三级)?指标$|^绩效指标$")


def _header_words_before(toks: list[Token], i: int) -> list[str]:
    """The header cells standing right before ``toks[i]``, in order: words naming a column
    (年度指标值, 分值, 偏差原因…) or a level (一级指标), back to 绩效指标 or the first other word."""
    words: list[str] = []
    k = i - 1
    while k >= 0 and len(words) < 16 and toks[k].kind == "word" and len(toks[k].word) <= _HEADER_CELL_MAX:
        word = toks[k].word
        if not (_LEVEL_HEADER.match(word) or any(p.search(word) for _, p in _HEADER_SEARCH)) \
                or word.startswith("实际完成情况"):
            break
        words.insert(0, word)
        if word == "绩效指标":
            break
        k -= 1
    return words


def _read_indicators(se: SelfEvaluation, toks: list[Token], j: int, roles: list[str]) -> int:
    value_roles = [r for r in roles if r in ("target", "actual", "rate")]
    level1 = level2 = ""
    pending: list[Token] = []
    while j < len(toks):
        tok = toks[j]
        ends_total = tok.kind == "word" and tok.word.endswith(("总分", "总分:", "总分：")) and len(tok.word) > 2
        if tok.kind == "word" and (_INDICATOR_END.match(tok.word) or ends_total):
            if tok.word.startswith(("总分", "合计")) or ends_total:
                _read_total(se, toks, j)
            break
        if tok.kind == "row":
            j += 1
            continue
        if tok.kind == "word" and _HEADER_WORDS.match(tok.word):
            pending = []  # a header cell met again (spreadsheets exported cell by cell)
            j += 1
            continue
        if tok.kind == "word" and (lv := level_of(tok.word)) is not None:
            if lv[0] == "1":
                level1, level2 = lv[1], ""
                if (w := weight_in(tok.value)) is not None:
                    se.level1_weights[lv[1]] = w
            else:
                level2 = lv[1]
            pending = []
            j += 1
            continue
        pair = glued_pair(tok)
        if pair is not None and len(pending) > len(value_roles) - 1:
            j = _emit(se, toks, pending, pair[0], pair[1], j + 1, roles, value_roles, level1, level2)
            pending = []
            continue
        if _is_plain_number(tok):
            run = [tok]
            k = j + 1
            while k < len(toks) and _is_plain_number(toks[k]):
                run.append(toks[k])
                k += 1
            n = len(value_roles)
            in_pending = min(n, len(pending) - 1 if pending and pending[0].kind == "word" else len(pending))
            need = n - in_pending
            if len(run) >= need + 2:
                before = pending + run[:need]
                leftover = len(run) - need - 2
                j = _emit(se, toks, before, run[need], run[need + 1], k - leftover, roles, value_roles,
                          level1, level2)
                pending = []
                continue
            pending.extend(run)
            j = k
            continue
        pending.append(tok)
        j += 1
    return j


def _read_weight_first(se: SelfEvaluation, toks: list[Token], j: int, roles: list[str]) -> int:
    """Forms whose header puts 分值 before the values (``三级指标 | 分值 | 年度指标值 | 全年实际值 |
    得分 | 未完成原因``): each indicator is its name, a plain weight, the target, the actual and a
    plain score not above the weight. Sub-rows without a weight (``其中…``) are passed over."""
    level1 = level2 = ""
    names: list[Token] = []
    while j < len(toks):
        tok = toks[j]
        ends_total = tok.kind == "word" and tok.word.endswith(("总分", "总分:", "总分：")) and len(tok.word) > 2
        if tok.kind == "word" and (_INDICATOR_END.match(tok.word) or ends_total):
            if tok.word.startswith(("总分", "合计")) or ends_total:
                _read_total(se, toks, j)
            break
        if tok.kind in ("row", "blank") or tok.kind == "word" and _HEADER_WORDS.match(tok.word):
            j += 1
            continue
        if tok.kind == "word" and (lv := level_of(tok.word)) is not None:
            if lv[0] == "1":
                level1, level2 = lv[1], ""
                if (w := weight_in(tok.value)) is not None:
                    se.level1_weights[lv[1]] = w
            else:
                level2 = lv[1]
            names = []
            j += 1
            continue
        if names and _is_plain_number(tok) and tok.quantity.value > 0 and j + 3 < len(toks):
            target, actual, score = toks[j + 1], toks[j + 2], toks[j + 3]
            if all(t.kind in ("fig", "word") and (t.kind == "fig" or level_of(t.word) is None)
                   for t in (target, actual)) and _is_plain_number(score, tok.quantity.value):
                k = _emit(se, toks, [*names, target, actual], tok, score, j + 4, roles, ["target", "actual"],
                          level1, level2)
                names = []
                j = k
                continue
        if tok.kind == "word":
            head1, head2, rest = level_prefix(tok.word)
            while head2 and (more := level_prefix(rest))[1]:
                head2, rest = more[1], more[2]  # 经济效益指标社会效益指标受益…: an empty category first
            if head1 or head2:
                level1, level2 = (head1, "") if head1 else (level1, level2)
                level2 = head2 or level2
                at = tok.value.find(rest)
                tok = Token(sub_text(tok.text, at, at + len(rest)), "word") if at >= 0 else tok
            names.append(tok)
        else:
            names = []
        j += 1
    return j


def _emit(se: SelfEvaluation, toks: list[Token], before: list[Token], weight: Token, score: Token, k: int,
          roles: list[str], value_roles: list[str], level1: str, level2: str) -> int:
    n = len(value_roles)
    values = before[-n:]
    name_tokens = [t for t in before[:-n] if t.kind == "word"]
    cols = dict(zip(value_roles, values, strict=True))
    deviation = None
    if "deviation" in roles and k < len(toks) and toks[k].kind == "blank":
        deviation = _figure(toks[k])
        k += 1
    elif "deviation" in roles and k < len(toks) and toks[k].kind == "word" and _row_ends_after(toks, k):
        deviation = _figure(toks[k])
        k += 1
    elif "deviation" in roles and k < len(toks) and toks[k].kind == "row":
        # the row ends at the score: its 偏差原因 cell is empty (a pipe row drops trailing cells)
        end = len(score.text.value)
        deviation = Figure(Cell(sub_text(score.text, end, end)), None)
    name_cell = Cell(name_tokens[-1].text) if name_tokens else None
    name = "".join(t.word for t in name_tokens[-2:]) if name_tokens else ""
    cells = [Cell(t.text) for t in before] + [Cell(weight.text), Cell(score.text)]
    row = Row(cells=cells, line=score.text.line)
    target = _figure(cols["target"]) if "target" in cols else None
    actual = _figure(cols["actual"]) if "actual" in cols else None
    if "unit" in roles and target is not None and actual is not None:
        actual = _with_target_unit(actual, target)
    se.indicators.append(Indicator(
        row=row, level1=level1, level2=level2, name=name, name_cell=name_cell,
        target=target, actual=actual,
        score=_figure(score), weight=weight.quantity.value if weight.quantity else None,
        rate=_figure(cols["rate"]) if "rate" in cols else None, deviation=deviation,
    ))
    return k


def _with_target_unit(actual: Figure, target: Figure) -> Figure:
    """Under a 度量单位 column the 完成值 is often a bare number: ``≥ | 95 | % | 96`` is 96%."""
    a, t = actual.quantity, target.quantity
    if a is None or t is None or a.unit is not None or a.relation is not None or t.unit is None:
        return actual
    q = quantity_of(actual.text + t.unit)
    return Figure(actual.cell, q) if q is not None and q.unit == t.unit else actual


def _row_ends_after(toks: list[Token], k: int) -> bool:
    """Whether only empty cells stand between ``toks[k]`` and the end of its row."""
    n = k + 1
    while n < len(toks) and toks[n].kind == "blank" and not toks[n].value.strip():
        n += 1
    return n < len(toks) and toks[n].kind == "row"


def _read_total(se: SelfEvaluation, toks: list[Token], j: int) -> None:
    """``总分 100 97``: the last of the plain numbers after the label is the score."""
    found: list[Token] = []
    for tok in toks[j + 1:j + 14]:
        if not found and (pair := glued_pair(tok)) is not None:
            found = list(pair)
            break
        if _is_plain_number(tok):
            found.append(tok)
            if len(found) == 2:
                break
        elif found or tok.kind == "word":
            break
    if found:
        se.total = _figure(found[-1])


