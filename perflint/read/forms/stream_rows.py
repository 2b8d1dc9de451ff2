"""The indicator block of a 自评表 read from its token stream (see :mod:`perflint.read.forms.stream`).

The header names the value columns (指标值, 完成值, 分值, 得分, 偏差原因 …) in their order;
each indicator is then read by the form's grammar: values then two plain numbers (weight and
score), or, where the header puts 分值 first, the weight, the target, the actual and the score.
"""

from __future__ import annotations

from decimal import Decimal

from perflint.extract.boilerplate_phrases import is_nothing
from perflint.model import Cell, Figure, Indicator, Row, SelfEvaluation
from perflint.read.forms.cells import (
    Token,
    doubled_cell,
    glued_pair,
    is_attribute_cell,
    level_of,
    level_prefix,
    quantity_of,
    sub_text,
    weight_and_target,
)
from perflint.read.forms.labels import (
    COLUMN_ROLES,
    LEVEL1_WORDS,
    LEVEL2_NAMES,
    group_weight,
    has_weight_column,
    is_form_title,
    is_total_label,
    label_slip,
)
from perflint.read.forms.table_rows import SCORE_BAND, blank_scores_kept
from perflint.text.normalise import compact
from perflint.text.patterns import any_of, lazy_compile


def token_figure(tok: Token) -> Figure:
    return Figure(Cell(tok.text), tok.quantity if tok.kind == "fig" else None, glued=tok.glued)


def _is_plain_number(tok: Token, limit: Decimal = Decimal(100)) -> bool:
    q = tok.quantity
    return tok.kind == "fig" and q is not None and q.relation is None and q.unit is None and 0 <= q.value <= limit


_INDICATOR_ROLES = (
    ("target", lazy_compile(r"指标值|目标值")),
    ("actual", lazy_compile(r"完成值|实际完成")),
    ("rate", lazy_compile(r"完成率")),
    ("weight", lazy_compile(r"^(?:分值|权重)")),
    ("score", lazy_compile(r"^得分")),
    ("deviation", lazy_compile(r"偏差|未完成原因")),
)


_HEADER_SEARCH = tuple((role, search) for role, search, _ in COLUMN_ROLES if role != "relation")


_INDICATOR_END = lazy_compile(r"^(?:总分|合计|评价结论|偏差大或目标|项目名称|年度资金总额|自评结论|存在问题|改进措施)")


_HEADER_WORDS = lazy_compile(r"^(?:一级指标|二级指标|三级指标|年度|指标值|实际|完成值|分值|得分|分|值|绩效指标|绩|效|指|标)$")


def merged_reason(se: SelfEvaluation) -> None:
    """A 偏差原因 written once for the whole block is a merged cell: a pipe export keeps it in
    the first row only and the other rows end at their score. Where any row gives a reason,
    the rows that merely end at their score have no known 偏差原因 of their own."""
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


def indicator_header(toks: list[Token], i: int) -> tuple[list[str], int]:
    """The indicator header's columns in order, read from its words joined (a header written
    with nothing between cells, ``年度指标值实际完成值分值得分``, reads the same)."""
    words: list[str] = []
    lines: list[int] = []
    j = i
    while j < min(len(toks), i + 24):
        tok = toks[j]
        if tok.kind == "fig":
            break
        if tok.kind == "word":
            if j > i and (any_of(LEVEL1_WORDS).search(tok.word) or level_of(tok.word) is not None):
                break
            words.append(tok.word)
            lines.append(tok.text.locate().line)
        j += 1
    joined = "".join(_rejoin_wrapped(words, lines))
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


_STUB_MAX = 4


def _rejoin_wrapped(words: list[str], lines: list[int]) -> list[str]:
    """The header's cells with the ones a PDF wrapped over two lines joined again: ``年度 | 实际 |
    分值 | 得分`` over ``指标值 | 完成值`` is 年度指标值, 实际完成值, 分值, 得分. A short word naming
    no column (the stub) is joined to the word after it on its line when the two name a column
    (``年度 指标值``, a cell with a space inside), else to the first word of a later line that
    names a column with it, the stubs taking those words in order."""
    if len(set(lines)) < 2:
        return words  # one line: nothing wrapped
    out = list(words)
    used: set[int] = set()
    stubs = [k for k, w in enumerate(words)
             if len(w) <= _STUB_MAX and not _names_role(w) and not _LEVEL_HEADER.match(w)]
    for k in stubs:
        if k + 1 < len(words) and lines[k + 1] == lines[k] and _names_role(words[k] + words[k + 1]):
            out[k], out[k + 1] = words[k] + words[k + 1], ""
            used.update((k, k + 1))
    last = -1
    for k in stubs:
        if k in used:
            continue
        for m in range(max(k, last) + 1, len(words)):
            if m in used or lines[m] <= lines[k]:
                continue
            if _names_role(words[m]) and _names_role(words[k] + words[m]):
                out[k], out[m] = words[k] + words[m], ""
                used.add(m)
                last = m
                break
    return out


def _names_role(word: str) -> bool:
    return any(p.search(word) for _, p in _HEADER_SEARCH)


def _roles_in(header: str) -> list[str]:
    """The value columns named in a header's joined words, in their order."""
    found = []
    for role, pattern in _HEADER_SEARCH:
        m = pattern.search(header)
        if m is not None:
            found.append((m.start(), role))
    return [role for _, role in sorted(found)]


_HEADER_CELL_MAX = 14


_LEVEL_HEADER = lazy_compile(r"^(?:一级|二级|三级)?指标$|^绩效指标$")


def _header_words_before(toks: list[Token], i: int) -> list[str]:
    """The header cells standing right before ``toks[i]``, in order: words naming a column
    (年度指标值, 分值, 偏差原因…) or a level (一级指标), back to 绩效指标 or the first other word."""
    words: list[str] = []
    k = i - 1
    while k >= 0 and len(words) < 16:
        if toks[k].kind == "row" and words:
            k -= 1  # a header split over two rows (绩效指标 | 年度指标值 | … above 一级指标 | …)
            continue
        if toks[k].kind != "word" or len(toks[k].word) > _HEADER_CELL_MAX:
            break
        word = toks[k].word
        if not (_LEVEL_HEADER.match(word) or any(p.search(word) for _, p in _HEADER_SEARCH)) \
                or word.startswith("实际完成情况"):
            break
        words.insert(0, word)
        if word == "绩效指标":
            break
        k -= 1
    return words


def read_indicators(se: SelfEvaluation, toks: list[Token], j: int, roles: list[str]) -> int:
    value_roles = [r for r in roles if r in ("target", "actual", "rate")]
    level1 = level2 = ""
    pending: list[Token] = []
    names_before: list[Token] = []  # the name words of the row emitted last
    first_new = len(se.indicators)

    def emit(before: list[Token], weight: Token, score: Token, k: int) -> int:
        nonlocal names_before
        before = _named_from_row_before(se, names_before, before, len(value_roles))
        names_before = [t for t in before[:len(before) - len(value_roles)] if t.kind == "word"]
        return _emit(se, toks, before, weight, score, k, roles, value_roles, level1, level2)

    while j < len(toks):
        tok = toks[j]
        if _ends_indicators(se, toks, j):
            break
        if tok.kind == "row":
            j += 1
            continue
        if tok.kind == "word" and _HEADER_WORDS.match(tok.word):
            pending = []  # a header cell met again (spreadsheets exported cell by cell)
            j += 1
            continue
        if (levels := _level_change(se, tok, level1, level2)) is not None:
            level1, level2 = levels
            pending = []
            j += 1
            continue
        pair = glued_pair(tok)
        if pair is not None and len(pending) > len(value_roles) - 1:
            j = emit(pending, pair[0], pair[1], j + 1)
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
                j = emit(before, run[need], run[need + 1], k - leftover)
                pending = []
                continue
            if len(run) == need + 1 and _blank_score_row(pending + run[:need], n, toks, k):
                # the 得分 left blank (B304 reads it), the 完成值 before the weight in the run or not
                j = emit(pending + run[:need], run[need], toks[k], k + 1)
                pending = []
                continue
            pending.extend(run)
            j = k
            continue
        pending.append(tok)
        j += 1
    blank_scores_kept(se.indicators[first_new:])
    return j


def _blank_score_row(pending: list[Token], n: int, toks: list[Token], k: int) -> bool:
    """Whether a row written one cell a line ends at its weight with its 得分 left blank:
    ``name | target | actual-or-blank | weight | (blank) | (blank or the row's end)``.

    A blank score is a defect the form must keep (B304), not a row to drop. Only a row whose
    cells leave no doubt is read: the name a word, the target a figure, the other values
    figures or blank, then one plain number and a blank cell after it, the 偏差原因 blank or
    the next row's category after that. A row whose weight is the blank cell (``target |
    actual | (blank) | score``) has a figure, not a word, before its values, and is not read."""
    if n < 1 or len(pending) < n + 1 or k >= len(toks) or toks[k].kind != "blank" or toks[k].value.strip():
        return False
    name, values = pending[-n - 1], pending[-n:]
    if name.kind != "word" or values[0].kind != "fig" or values[0].quantity is None:
        return False
    if not all(t.kind == "fig" or t.kind == "blank" and not t.value.strip() for t in values[1:]):
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or after.kind in ("blank", "row") or _opens_next_row(after)


_NUMBERED_NAME = lazy_compile(r"^指标\s*\d{1,2}\s*[:：]\s*\S{2}")


def _named_from_row_before(se: SelfEvaluation, names_before: list[Token], before: list[Token],
                           n: int) -> list[Token]:
    """``before`` with a name taken from the row emitted last, when its figures have none.

    A name wrapped over two lines in a PDF pushes the next indicator's name in front of the
    previous one's figures (``指标24:…报告 数 指标25:…签约率 14例 14例 2 2 24694人 22584人 2 1.7``):
    the row before then holds two numbered names (指标N:) and this group of figures none. The
    last numbered name and what follows it are this row's; the row before keeps the rest."""
    if any(t.kind == "word" for t in before[:len(before) - n]) or not se.indicators:
        return before
    starts = [i for i, t in enumerate(names_before) if _NUMBERED_NAME.match(t.word)]
    if len(starts) < 2:
        return before
    own, moved = names_before[:starts[-1]], names_before[starts[-1]:]
    ind = se.indicators[-1]
    ind.name = "".join(t.word for t in own[-2:])
    ind.name_cell = Cell(own[-1].text)
    return moved + before


def _ends_indicators(se: SelfEvaluation, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` ends the indicator block (总分, 合计, the next block's label); the total
    it opens is read into ``se``."""
    tok = toks[j]
    if tok.kind != "word":
        return False
    ends_total = tok.word.endswith(("总分", "总分:", "总分：")) and len(tok.word) > 2
    if not (_INDICATOR_END.match(tok.word) or ends_total):
        # the next form's title with its own indicator header after it (附件2：…自评表, then
        # 一级指标 二级指标 三级指标 …): a header repeated by a page break has no title before it,
        # or the form's own title again (a PDF repeating it atop the next page: the form goes on)
        return ("表" in tok.word and is_form_title(tok.word) and _header_follows(toks, j + 1)
                and not _same_title(tok.word, se.title))
    if tok.word.startswith(("总分", "合计")) or ends_total:
        _read_total(se, toks, j)
    return True


def _same_title(word: str, title: str) -> bool:
    """Whether a title cell names the form being read (its 附件 number, marks and spaces aside)."""
    a, b = _TITLE_KEY.sub("", word), _TITLE_KEY.sub("", title)
    return bool(a) and a == b


_TITLE_KEY = lazy_compile(r"^附件\s*\d*\s*[:：]?|[\s（）()续表]")
_TITLE_TO_HEADER = 12  # tokens from a form's title to its header's 三级指标 (绩效指标 一级指标 …)


def _header_follows(toks: list[Token], j: int) -> bool:
    """Whether an indicator header's 三级指标 cell comes within a few tokens from ``toks[j]``."""
    for k in range(j, min(len(toks), j + _TITLE_TO_HEADER)):
        if toks[k].kind == "word" and "三级指标" in toks[k].word:
            return True
    return False


def _level_change(se: SelfEvaluation, tok: Token, level1: str, level2: str) -> tuple[str, str] | None:
    """A 一级/二级指标 cell: the levels it sets (a 一级 cell's weight, 产出指标（50分）, is kept),
    or None for any other token."""
    if tok.kind != "word" or (lv := level_of(tok.word)) is None:
        return None
    if lv[0] != "1":
        if level2 == lv[1] + "指标":
            # 服务对象满意度 under 服务对象满意度指标: an indicator named after its category (a
            # 满意度 indicator often is), the next level down, its name
            return None
        return level1, lv[1]
    if (w := group_weight(tok.value)) is not None:
        se.level1_weights[lv[1]] = w
    return lv[1], ""


def read_weight_first(se: SelfEvaluation, toks: list[Token], j: int, roles: list[str]) -> int:
    """Forms whose header puts 分值 before the values (``三级指标 | 分值 | 年度指标值 | 全年实际值 |
    得分 | 未完成原因``): each indicator is its name, a plain weight, the target, the actual and a
    plain score. A score above its weight is read too: the row is the finding (A123), and the
    four cells after a name already fix the grammar. Sub-rows without a weight (``其中…``) are
    passed over."""
    level1 = level2 = ""
    names: list[Token] = []
    while j < len(toks):
        tok = toks[j]
        if _ends_indicators(se, toks, j):
            break
        if tok.kind in ("row", "blank") or tok.kind == "word" and _HEADER_WORDS.match(tok.word):
            j += 1
            continue
        if (levels := _level_change(se, tok, level1, level2)) is not None:
            level1, level2 = levels
            names = []
            j += 1
            continue
        if names and _is_plain_number(tok) and tok.quantity.value > 0 and j + 3 < len(toks):
            target, actual, score = toks[j + 1], toks[j + 2], toks[j + 3]
            if all(t.kind in ("fig", "word") and (t.kind == "fig" or level_of(t.word) is None)
                   for t in (target, actual)) and _is_plain_number(score):
                k = _emit(se, toks, [*names, target, actual], tok, score, j + 4, roles, ["target", "actual"],
                          level1, level2)
                names = []
                j = k
                continue
        if names and (glued := _glued_row(toks, j)) is not None:
            weight, target, actual, score = glued
            j = _emit(se, toks, [*names, target, actual], weight, score, j + 3, roles, ["target", "actual"],
                      level1, level2)
            names = []
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


def _glued_row(toks: list[Token], j: int) -> tuple[Token, Token, Token, Token] | None:
    """The weight, target, actual and score of a weight-first row whose page wrote two of its
    cells with nothing between them, so that three tokens stand where four cells do: the weight
    glued to the target (``20100%`` | ``100%`` | ``20``: :func:`~.cells.weight_and_target`), or
    a 定性 target glued to the 完成值 that repeats it (``10`` | ``明显改善明显改善`` | ``10``:
    :func:`~.cells.doubled_cell`). The row's last token is a plain score either way; else None."""
    if j + 2 >= len(toks) or not _is_plain_number(toks[j + 2]):
        return None
    tok, nxt = toks[j], toks[j + 1]
    if (pair := weight_and_target(tok, nxt)) is not None and pair[0].quantity is not None \
            and toks[j + 2].quantity.value <= pair[0].quantity.value:
        # a score within the weight the cut makes: a row whose weight cell was left empty
        # (``95%`` | ``96%`` | ``20``) would cut 9 | 5% and read a score above it
        return pair[0], pair[1], nxt, toks[j + 2]
    if _is_plain_number(tok) and tok.quantity.value > 0 and level_of(nxt.word) is None \
            and (halves := doubled_cell(nxt)) is not None:
        return tok, halves[0], halves[1], toks[j + 2]
    return None


_LEVEL_WEIGHT_CELL = lazy_compile(r"^[（(]\d{1,3}分[)）]$")


def read_unweighted(se: SelfEvaluation, toks: list[Token], j: int) -> int:
    """Forms whose header names no 分值 column (``三级指标 | 年初目标值 | 实际完成值 | 得分``): each
    indicator is its name, the target, the actual and a plain score. Without a weight beside
    the score nothing but the count of cells closes a row, so only a row of exactly these four
    cells between two category cells, ended by its score (no figure after it), is read: a name
    wrapped over two lines or a row without its score leaves its cells unread (which of them is
    the name is not known)."""
    level1 = level2 = ""
    pending: list[Token] = []
    while j < len(toks):
        tok = toks[j]
        if _ends_indicators(se, toks, j):
            break
        if tok.kind == "row" or tok.kind == "word" and _HEADER_WORDS.match(tok.word):
            pending = []
            j += 1
            continue
        if (levels := _level_change(se, tok, level1, level2)) is not None:
            level1, level2 = levels
            pending = []
            j += 1
            continue
        if tok.kind == "word" and _LEVEL_WEIGHT_CELL.match(tok.word):
            j += 1
            continue  # a category's weight on a line of its own: 产出指标 / （40分）
        ends_row = j + 1 >= len(toks) or toks[j + 1].kind != "fig"
        if _is_plain_number(tok) and ends_row and len(pending) == 3 and pending[0].kind == "word":
            j = _emit(se, toks, pending, None, tok, j + 1, ["target", "actual", "score"], ["target", "actual"],
                      level1, level2)
            pending = []
            continue
        pending.append(tok)
        j += 1
    return j


def _emit(se: SelfEvaluation, toks: list[Token], before: list[Token], weight: Token | None, score: Token, k: int,
          roles: list[str], value_roles: list[str], level1: str, level2: str) -> int:
    n = len(value_roles)
    values = before[-n:]
    # a 指标性质 / 指标方向 cell between the name and the values (正向 | 大于等于) is no part of the name
    name_tokens = [t for t in before[:-n] if t.kind == "word" and not is_attribute_cell(t.word)]
    cols = dict(zip(value_roles, values, strict=True))
    deviation = None
    if "deviation" in roles and k < len(toks) and toks[k].kind == "blank":
        deviation = token_figure(toks[k])
        k += 1
    elif "deviation" in roles and k < len(toks) and toks[k].kind == "word" and (
            _row_ends_after(toks, k) or _REASON_PUNCTUATION.search(toks[k].value)):
        # a cell that ends its row, or (a form on one line) a sentence: no indicator name has a ，
        deviation = token_figure(toks[k])
        k += 1
    elif "deviation" in roles and k < len(toks) and toks[k].kind == "word" and is_nothing(toks[k].value) \
            and (k + 1 >= len(toks) or toks[k + 1].kind != "fig"):
        # one cell a line: the row's 偏差原因 answered 无 (or ／), then the next row's words; no
        # indicator is named 无, and no figure after it makes it a target
        deviation = token_figure(toks[k])
        k += 1
    elif "deviation" in roles and k < len(toks) and (toks[k].kind == "row" or _opens_next_row(toks[k])
                                                      or _names_next_row(toks, k, n)):
        # the row ends at the score: its 偏差原因 cell is empty (a pipe row drops trailing cells;
        # one cell a line, the empty cell is no line and the next row's category or 总分 follows)
        end = len(score.text.value)
        deviation = Figure(Cell(sub_text(score.text, end, end)), None)
    name_cell = Cell(name_tokens[-1].text) if name_tokens else None
    name = "".join(t.word for t in name_tokens[-2:]) if name_tokens else ""
    cells = [Cell(t.text) for t in before] + ([Cell(weight.text)] if weight is not None else []) + [Cell(score.text)]
    row = Row(cells=cells, line=score.text.line)
    target = token_figure(cols["target"]) if "target" in cols else None
    actual = token_figure(cols["actual"]) if "actual" in cols else None
    if "unit" in roles and target is not None and actual is not None:
        actual = _with_target_unit(actual, target)
        if "actual" in roles and roles.index("unit") > roles.index("actual"):
            # 年度指标值 | 实际完成值 | 计量单位 (`100 | 100 | %`): the unit cell, read onto the
            # 完成值 before it, is the 指标值's unit too
            target = _with_target_unit(target, actual)
    se.indicators.append(Indicator(
        row=row, level1=level1, level2=level2, name=name, name_cell=name_cell,
        target=target, actual=actual,
        score=token_figure(score), weight=weight.quantity.value if weight is not None and weight.quantity else None,
        rate=token_figure(cols["rate"]) if "rate" in cols else None, deviation=deviation,
    ))
    return k


def _with_target_unit(actual: Figure, target: Figure) -> Figure:
    """Under a 度量单位 column the 完成值 is often a bare number: ``≥ | 95 | % | 96`` is 96%.
    (Called with the roles swapped, the 指标值 takes the unit a later 度量单位 cell gave the 完成值.)"""
    a, t = actual.quantity, target.quantity
    if a is None or t is None or a.unit is not None or a.relation is not None or t.unit is None:
        return actual
    q = quantity_of(actual.text + t.unit)
    return Figure(actual.cell, q) if q is not None and q.unit == t.unit else actual


_REASON_PUNCTUATION = lazy_compile(r"[，。；,;]")


def _opens_next_row(tok: Token) -> bool:
    """Whether a word can only open the next row: a category cell (产出指标, 数量指标) or 总分."""
    if tok.kind != "word":
        return False
    word = tok.word
    return word.startswith(LEVEL1_WORDS) or word in LEVEL2_NAMES or word in ("总分", "合计") \
        or label_slip(word) is not None


def _names_next_row(toks: list[Token], k: int, n: int) -> bool:
    """Whether the word ``toks[k]`` after a row's score is the next row's name, the row's blank
    偏差原因 cell dropped by the page (one cell a line, a web page keeps some blank cells and drops
    others): the word stands right before a whole row of values, its ``n`` figures, then its
    weight and score. The reader takes the word for that row's name in any case; the cell
    between cannot also be it, so the row's 偏差原因 is blank."""
    if toks[k].kind != "word" or k + n + 2 >= len(toks):
        return False
    values = toks[k + 1:k + n + 1]
    return all(t.kind == "fig" for t in values) and _is_plain_number(toks[k + n + 1]) \
        and _is_plain_number(toks[k + n + 2])


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
        # a 分值 total written over 100 (总分 110 96.4) under a form whose rows each have a 分值
        limit = 2 * SCORE_BAND if not found and has_weight_column(se) else SCORE_BAND
        if _is_plain_number(tok, limit) or _is_points(tok):
            found.append(tok)
            if len(found) == 2:
                break
        elif found or tok.kind == "word":
            break
    if found and found[-1].quantity is not None and found[-1].quantity.value > SCORE_BAND:
        found = []  # the figure over 100 is no score: a weight total whose score is not there
    if len(found) == 1 and _weight_total_beside_blank(se, toks, j, found[0]):
        return
    if found:
        se.total = token_figure(found[-1])
        if len(found) == 2 and has_weight_column(se) and found[0].quantity.value != found[1].quantity.value:
            se.weight_total = token_figure(found[0])  # 总分 100 97 under a 分值 column: its total first


def _weight_total_beside_blank(se: SelfEvaluation, toks: list[Token], j: int, tok: Token) -> bool:
    """``合计 | 100 | (blank) | (blank)`` one cell a line, under a form whose every row has its
    分值: the one figure is the 分值 column's total when it is what the weights read add up to
    and the scores read do not (a score of full marks would be the same figure), and the cell
    after it, the 得分, is blank. The total's score left blank is kept (``se.blank_total``, B304
    reads it) and no score is read; True then."""
    k = next(n for n in range(j + 1, len(toks)) if toks[n] is tok) + 1
    if k >= len(toks) or toks[k].kind != "blank" or toks[k].value.strip() or not has_weight_column(se):
        return False
    q = tok.quantity
    if q is None or q.relation is not None:
        return False
    budget = se.budget[0] if se.budget else None
    weights = sum((i.weight for i in se.indicators), Decimal(0)) + (budget.weight or 0 if budget else 0)
    scores = [i.score.quantity.value for i in se.indicators if i.score is not None and i.score.quantity is not None]
    if budget is not None and budget.score is not None and budget.score.quantity is not None:
        scores.append(budget.score.quantity.value)
    if q.value != weights or sum(scores, Decimal(0)) == q.value:
        return False
    se.blank_total = Cell(toks[k].text)
    se.blank_total_weight = token_figure(tok)
    se.blank_total_label = compact(toks[j].word)
    return True


def _is_points(tok: Token) -> bool:
    """A score written with its unit (``90分``, ``90 分``)."""
    q = tok.quantity
    return tok.kind == "fig" and q is not None and q.unit == "分" and q.relation is None and 0 <= q.value <= 100


# The columns a header that names its indicators' column 指标名称 may give after it: values every
# row fills, and a 偏差原因 last (a cell a row may leave out: see read_named_rows).
_NAMED_ROLES = frozenset({"target", "actual", "weight", "score", "rate", "deviation"})
_NAMED_CELL = tuple((role, cell) for role, _, cell in COLUMN_ROLES if role in _NAMED_ROLES)


def named_header(toks: list[Token], i: int) -> tuple[list[str], int] | None:
    """The columns of a header that names its indicators' column ``指标名称`` (``toks[i]``) instead
    of 一级/二级/三级指标, one cell a token (``项目类别 | 指标名称 | 目标值 | 权重 | 实际完成值 |
    自评分``), and the index of its first row; None unless every cell after 指标名称 names one
    value column a row fills, among them the 权重 (分值) and the 自评分 (得分), and the first row
    opens with a group (投入目标（30分）, 产出指标): the cells' places are then certain."""
    roles: list[str] = []
    j = i + 1
    while j < len(toks) and toks[j].kind == "word" and len(roles) < 6:
        word = toks[j].word
        role = next((r for r, cell in _NAMED_CELL if cell.search(word)), None)
        if role is None:
            break
        roles.append(role)
        j += 1
    if not {"weight", "score"} <= set(roles) or len(set(roles)) != len(roles) \
            or "deviation" in roles[:-1]:
        return None
    if j >= len(toks) or toks[j].kind != "word" or level_of(toks[j].word) is None:
        return None  # another column (评分标准, 偏差原因 …) or no group first: not read by guess
    return roles, j


def read_named_rows(se: SelfEvaluation, toks: list[Token], j: int, roles: list[str]) -> int:
    """The indicators under a :func:`named_header`: each row its group when it opens one, its
    name, then one cell for each column in the header's order (the 权重 and 自评分 plain numbers,
    the 目标值 and 实际完成值 a figure or words). The reading stops at the first row that does not
    keep to that grammar (a cell left out moves every cell after it)."""
    filled = [r for r in roles if r != "deviation"]
    level1 = level2 = ""
    first_new = len(se.indicators)
    while j < len(toks):
        if _ends_indicators(se, toks, j):
            break
        tok = toks[j]
        if tok.kind in ("row", "blank"):
            j += 1
            continue
        if (levels := _level_change(se, tok, level1, level2)) is not None:
            level1, level2 = levels
            j += 1
            continue
        if not _opens_named_row(toks, j, filled):
            break
        cells = toks[j + 1:j + 1 + len(filled)]
        cols = dict(zip(filled, cells, strict=True))
        j += 1 + len(filled)
        deviation = None
        if "deviation" in roles:
            # the 偏差原因 cell: a word after the score that opens no row of its own (a row that
            # left it out goes on with the next row's group or name, or the form's 总分)
            nxt = toks[j] if j < len(toks) else None
            if nxt is not None and nxt.kind == "word" and not _INDICATOR_END.match(nxt.word) \
                    and level_of(nxt.word) is None:
                if _opens_named_row(toks, j, filled) and _opens_named_row(toks, j + 1, filled):
                    break  # the word may be the reason or the next row's name: not read by guess
                if not _opens_named_row(toks, j, filled):
                    deviation = token_figure(nxt)
                    j += 1
        weight = cols["weight"].quantity
        se.indicators.append(Indicator(
            row=Row(cells=[Cell(tok.text)] + [Cell(c.text) for c in cells], line=tok.text.line),
            level1=level1, level2=level2, name=tok.word, name_cell=Cell(tok.text),
            target=token_figure(cols["target"]) if "target" in cols else None,
            actual=token_figure(cols["actual"]) if "actual" in cols else None,
            score=token_figure(cols["score"]), weight=weight.value if weight is not None else None,
            rate=token_figure(cols["rate"]) if "rate" in cols else None, deviation=deviation,
        ))
    blank_scores_kept(se.indicators[first_new:])
    return j


def _opens_named_row(toks: list[Token], j: int, roles: list[str]) -> bool:
    """Whether ``toks[j]`` is a row's name followed by one cell for each column in order."""
    cells = toks[j + 1:j + 1 + len(roles)]
    return j < len(toks) and toks[j].kind == "word" and len(cells) == len(roles) \
        and all(_fills(role, cell) for role, cell in zip(roles, cells, strict=True))


def _fills(role: str, tok: Token) -> bool:
    """Whether ``tok`` fills the column: a plain number for the 权重 and 自评分, a figure or words
    (no group, no total) for a value."""
    if role in ("weight", "score"):
        return _is_plain_number(tok)
    if tok.kind == "fig":
        return True
    return tok.kind == "word" and level_of(tok.word) is None and not _INDICATOR_END.match(tok.word)


_SCATTERED_MAX = 400  # tokens from the indicator header to the 总分 label
_NUMBERED = lazy_compile(r"^指标\s*\d{1,2}\s*[:：]")


def read_scattered(se: SelfEvaluation, toks: list[Token], i: int) -> int | None:
    """The indicators of a form whose PDF text scattered each row's cells by the height they
    stood at (a spreadsheet printed to PDF: the header's words, the categories and the names
    wrapped over lines come out among the figures, ``三级指标 数量指标 指标1:参保人数 … 实际 指标值
    完成值 8755 分值 得分 偏差原因… 8676 15 13 …``), so that no row reads from its name. Its figures
    still come in the form's order: from the header to the 总分 label, each row's 指标值,
    完成值, 分值 and 得分, then the 总分 row's 分值 total and score.

    Read only when that is the one reading the figures allow: the form's budget total states
    its weight, the figures are fours and a last pair with no empty cell among them, each four
    a target and an actual of one unit then a plain weight and a score within it, and the
    pair's 分值 total is the budget's weight plus the rows' (every row is there, and none is
    something else). The rows are named by the 指标N: words in order when there are as many,
    else left unnamed; no category is known. The index after the 总分 label, else None."""
    budget_weight = next((b.weight for b in se.budget if b.role == "total"), None)
    if budget_weight is None or se.indicators or se.total is not None:
        return None
    end = None
    for k in range(i + 1, min(len(toks), i + _SCATTERED_MAX)):
        tok = toks[k]
        if tok.kind == "blank" or tok.kind == "word" and ("三级指标" in tok.word or "资金总额" in tok.word):
            return None
        if tok.kind == "word" and is_total_label(tok.word):
            end = k
            break
    if end is None:
        return None
    figures = [t for t in toks[i + 1:end] if t.kind == "fig"]
    if len(figures) < 10 or (len(figures) - 2) % 4:
        return None
    rows = [figures[k:k + 4] for k in range(0, len(figures) - 2, 4)]
    for target, actual, weight, score in rows:
        t, a = target.quantity, actual.quantity
        if t is None or a is None or t.unit != a.unit or t.kind != a.kind:
            return None
        if not (_is_plain_number(weight) and _is_plain_number(score)) or not 0 < weight.quantity.value \
                or score.quantity.value > weight.quantity.value:
            return None
    weight_total, total = figures[-2:]
    if not (_is_plain_number(weight_total) and _is_plain_number(total)) or total.quantity.value > weight_total.quantity.value:
        return None
    if budget_weight + sum(r[2].quantity.value for r in rows) != weight_total.quantity.value:
        return None
    names = [t for t in toks[i + 1:end] if t.kind == "word" and _NUMBERED.match(t.word)]
    if len(names) != len(rows):
        names = []
    for n, (target, actual, weight, score) in enumerate(rows):
        name = names[n] if names else None
        cells = ([Cell(name.text)] if name is not None else []) + [Cell(t.text) for t in (target, actual, weight, score)]
        se.indicators.append(Indicator(
            row=Row(cells=cells, line=score.text.line), level1="", level2="",
            name=name.word if name is not None else "", name_cell=Cell(name.text) if name is not None else None,
            target=token_figure(target), actual=token_figure(actual), score=token_figure(score),
            weight=weight.quantity.value,
        ))
    se.total = token_figure(total)
    se.weight_total = token_figure(weight_total)
    return end + 1
