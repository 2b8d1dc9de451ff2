"""The indicator rows of the 部门整体支出绩效自评表 that scores by a 得分系数 column.

Its header names no 三级指标 (which every other indicator header the stream reads is anchored
on): ``指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) |
指标权重(分) | 指标得分(分) | 是否核心指标``. Each row ends with its 是 / 否 core-indicator cell,
and before it stand, from the right, the score, the weight and the coefficient (a percentage):
that fixed tail is the row's grammar whatever the layout (a pipe table, or a form flattened onto
one line with nothing between cells, ``…数字化率%定量指标95%80%100%44是``, where the weight and
the score run together and the next row's name follows 是 / 否).

A row is read only when that tail is whole and two or three figures stand between the name and
the coefficient (年初指标值, 调整指标值 when filled, 全年完成值: the last is the 完成值, the one
before it the value the row is scored against). A row with one figure (which column it is in is
not known), with words for values (a qualitative 高 / 好) or with figures run together
(``0100%``: 0 and the coefficient) is left unread; reading never judges.
"""

from __future__ import annotations

from perflint.model import Cell, Indicator, Row, SelfEvaluation
from perflint.read.forms.cells import Token, is_form_start, pair_at, split_trailing_figure, sub_text
from perflint.read.forms.stream_rows import token_figure
from perflint.text.patterns import lazy_compile

ANCHOR = "是否核心指标"
# the header's words joined, up to its last cell (an OCR'd header may scramble 全年完成值)
_HEADER = lazy_compile(r"指标名称.{0,24}?指标值.{0,30}?得分系数.{0,8}?(?:指标)?权重.{0,8}?(?:指标)?得分.{0,6}?是否核心指标$")
_NATURE = lazy_compile(r"(?:定量|定性)(?:指标)?$")
_CORE = ("是", "否")
_ROW_MAX = 14  # tokens of one row at most (a pipe row: name, unit, nature, 3 values, 4 more)
_HEADER_BACK = 12  # header words before the anchor


def ends_header(toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` (a word holding :data:`ANCHOR`) ends this form's indicator header,
    read back over the header's words to 指标名称. On a form glued onto one line the header is
    one word with text before it and the first row's name after 是否核心指标."""
    tok = toks[i]
    at = tok.word.find(ANCHOR)
    joined = tok.word[:at + len(ANCHOR)]
    k = i - 1
    while k >= 0 and i - k <= _HEADER_BACK and "指标名称" not in joined:
        if toks[k].kind == "word":
            joined = toks[k].word + joined
        elif toks[k].kind != "blank":
            break
        k -= 1
    start = joined.rfind("指标名称")
    return start >= 0 and _HEADER.search(joined[start:]) is not None


def read_rows(se: SelfEvaluation, toks: list[Token], i: int) -> int:
    """Read the rows after the header ending in ``toks[i]`` into ``se``; the index to read on
    from (the rows' end, or the start of the text that is no row: another form is read there)."""
    first = toks[i]
    rest = _after(first, first.value.find(ANCHOR[-1], _raw_find(first, ANCHOR)) + 1)
    pending: list[Token] = [rest] if rest is not None else []
    j = i + 1
    row_start = j  # the first token of the row being read
    while j < len(toks):
        tok = toks[j]
        if tok.kind == "row":
            j += 1
            continue
        if tok.kind == "word" and tok.word[:1] in _CORE and pending and pending[-1].kind == "fig":
            _emit(se, pending)
            pending = []
            nxt = _after(tok, tok.value.find(tok.word[0]) + 1)
            if nxt is not None:
                pending.append(nxt)
            j += 1
            row_start = j if nxt is None else j - 1
            continue
        if len(pending) >= _ROW_MAX or is_form_start(tok):
            return row_start  # past the rows: what follows (another form's start) is read again
        pending.append(tok)
        j += 1
    return j


def _raw_find(tok: Token, word: str) -> int:
    """Where ``word`` (no white space in it) starts in the token's raw value."""
    value = tok.value
    pos = 0
    for _ in range(len(value)):
        at = value.find(word[0], pos)
        if at < 0:
            return 0
        if "".join(value[at:].split())[:len(word)] == word:
            return at
        pos = at + 1
    return 0


def _after(tok: Token, at: int) -> Token | None:
    """The rest of a word token from raw offset ``at``: the next row's start, or None."""
    end = len(tok.value)
    if at <= 0 or not tok.value[at:].strip():
        return None
    return Token(sub_text(tok.text, at, end), "word")


def _pieces(pending: list[Token]) -> list[Token]:
    """The row's tokens with a figure glued to the end of a word cut off it."""
    out: list[Token] = []
    for tok in pending:
        if tok.kind == "word" and (cut := split_trailing_figure(tok)) is not None:
            head, fig = cut
            if head is not None:
                out.append(head)
            out.append(fig)
        else:
            out.append(tok)
    return out


def _is_plain(tok: Token) -> bool:
    q = tok.quantity
    return tok.kind == "fig" and q is not None and q.unit is None and q.relation is None and 0 <= q.value <= 100


def _emit(se: SelfEvaluation, pending: list[Token]) -> None:
    pieces = _pieces(pending)
    if len(pieces) >= 2 and _is_plain(pieces[-1]) and _is_plain(pieces[-2]) and pieces[-3:-2] \
            and _is_coefficient(pieces[-3]):
        weight, score, rest = pieces[-2], pieces[-1], pieces[:-3]
    elif len(pieces) >= 2 and _is_coefficient(pieces[-2]) \
            and (pair := pair_at(pieces[-1])) is not None:
        (weight, score), rest = pair, pieces[:-2]
    else:
        return
    names = []
    while rest and rest[0].kind == "word":
        names.append(rest.pop(0))
    if not names or any(t.kind == "word" for t in rest):
        return  # no name, or words among the values (a qualitative row)
    values = [t for t in rest if t.kind == "fig"]
    if len(values) not in (2, 3) or weight.quantity.value <= 0:
        return
    target, actual = values[-2], values[-1]
    name = _name("".join(t.word for t in names), target)
    if not name:
        return
    cells = [Cell(t.text) for t in pieces]
    se.indicators.append(Indicator(
        row=Row(cells=cells, line=score.text.line), level1="", level2="", name=name,
        name_cell=Cell(names[0].text), target=token_figure(target), actual=token_figure(actual),
        score=token_figure(score), weight=weight.quantity.value,
    ))


def _is_coefficient(tok: Token) -> bool:
    """A 得分系数 cell: a percentage up to 100, not run together with a figure before it (``0100%``)."""
    q = tok.quantity
    return tok.kind == "fig" and q is not None and q.unit == "%" and q.relation is None and 0 <= q.value <= 100 \
        and not (tok.word[:1] == "0" and tok.word[1:2].isdigit())


def _name(words: str, target: Token) -> str:
    """The indicator's name from its row's leading words: the 计量单位 and 指标性质 cells, or
    their text glued after the name (``档案业务培训场次次定量指标``, ``培训次数次``), taken off."""
    name = words
    unit = target.quantity.unit if target.quantity is not None else None
    if (m := _NATURE.search(name)) is not None:
        name = name[:m.start()]
        if unit and name.endswith(unit) and len(name) > len(unit):
            return name[:-len(unit)]
    elif unit and unit != "%" and name.endswith("数" + unit):
        return name[:-len(unit)]  # a count's name and its unit: 培训次数次
    return name[:-1] if name.endswith("%") else name
