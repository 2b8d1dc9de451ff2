"""Reading a 自评表's 年度总体目标 block: the goal set at the start of the year and what was done.

Every version of the form (项目支出 and 部门整体, province and county templates alike) puts a
block between the budget rows and the indicators::

    年度总体目标 | 预期目标（年初设定目标） | 实际完成情况（年度总体目标完成情况综述）
                 | 目标1：完成……               | 已完成……

The label may stand in its own row above the two headers and the two texts, in a cell merged
down beside them, or (one cell a line) as words of the stream before the texts. Both readers of
the form (:mod:`.tables` by rows, :mod:`.stream` by tokens) ask this module, so the block is the
same fact whatever the layout.
"""

from __future__ import annotations

from perflint.model import AnnualGoal, Cell, Row
from perflint.read.forms.cells import Token, joined_text
from perflint.text.normalise import compact
from perflint.text.numbers import parse_cell
from perflint.text.patterns import lazy_compile

LABEL = "年度总体目标"
# The block's label in Sichuan's 部门预算项目支出绩效自评表 (项目基本情况 | 1.项目年度目标完成情况 |
# 项目年度目标 | 年度目标完成情况, the two texts under the last two)
PROJECT_LABEL = "项目年度目标"
# The block's label in the 中央对地方转移支付 区域（项目）绩效自评表: 总体目标完成情况 | 总体目标 |
# 全年实际完成情况 (the headers), the two texts in the row below. Elsewhere the same words head the
# column of what was done, so they open the block only as the first cell of a row of headers.
TRANSFER_LABEL = "总体目标完成情况"
# The two column headers of the block (the label cell may carry the second one: 年度总体目标完成情况)
_HEADER = lazy_compile(
    r"^(?:(?:年初|年度|全年)?(?:预期|设定|计划)?目标|(?:全年)?(?:年度)?总体目标|年初设定目标|实际完成情况?|全年实际完成情况|实际完成|完成情况|"
    r"(?:年度)?总体目标完成情况(?:综述)?|综述|项目年度目标|年度目标完成情况)$"
)
# Where the block ends: the indicator block's header (or its first category) begins, or (Sichuan's
# form) the 项目实施内容 row or the budget block that follow the goal there
_END = lazy_compile(r"^(?:年度)?绩效指标|^[一二三]级指标|^(?:产出|效益|满意度|成本)指标$|^\d*[.．、]?项目实施内容|^预算执行情况")


# The label of the row that gives what was done, when the block's two texts stand in two rows
_ACTUAL_LABEL = lazy_compile(r"^(?:全年)?实际完成情况?(?:综述)?[:：]?$|^(?:年度)?总体目标完成情况(?:综述)?[:：]?$")


def _is_header(text: str) -> bool:
    return bool(_HEADER.match(text))


_LABEL = lazy_compile(r"^(?:年度总体目标(?:完成情况(?:综述)?)?|(?:\d+[.．、])?项目年度目标完成情况)[:：]?$")


def may_be_label(text: str) -> bool:
    """A screen for :func:`is_label`: the text holds one of the labels near its start."""
    head = text[:8]
    return LABEL in head or PROJECT_LABEL in head


def is_label(text: str) -> bool:
    """A cell or word that opens the block (``年度总体目标``, ``年度总体目标完成情况``, Sichuan's
    ``1.项目年度目标完成情况``), not a sentence about the goal."""
    return may_be_label(text) and bool(_LABEL.match(text))


def opens_transfer_block(texts: list[str]) -> bool:
    """A row of the 转移支付 form's block: ``总体目标完成情况`` first, then its headers only
    (``总体目标 | 全年实际完成情况``); ``texts`` are the row's cells, compacted."""
    cells = [t for t in texts if t]
    return (len(cells) >= 2 and cells[0].rstrip(":：") == TRANSFER_LABEL
            and all(_is_header(t) for t in cells[1:]))


def _goal(label: Cell, content: list[Cell], figures_only: bool) -> AnnualGoal:
    expected, actual = (content[0], content[1]) if len(content) == 2 else (content[0] if len(content) == 1 else None, None)
    return AnnualGoal(label, expected, actual, words=not figures_only)


def read_goal_rows(rows: list[Row], i: int) -> tuple[AnnualGoal | None, int]:
    """The block whose label is in ``rows[i]``, and the index of the row after it."""
    cells = rows[i].non_empty
    at = next((k for k, c in enumerate(cells) if is_label(compact(c.value))), 0)  # (0: the 转移支付 label)
    label = cells[at]
    rest = [c for c in cells[at + 1:] if not _is_header(compact(c.value))]
    j = i + 1
    if not rest and j < len(rows):
        # the headers (or nothing) beside the label: the texts are the next row's
        below = rows[j].non_empty
        if below and not any(_END.match(compact(c.value)) or is_label(compact(c.value)) for c in below):
            rest = [c for c in below if not _is_header(compact(c.value))]
            j += 1
            if not rest and j < len(rows):
                # the label alone in its row (its cell broken over lines, 云南's pipe layout), the
                # 预期目标 | 实际完成情况 headers in the row below: the texts are the next row's
                below = rows[j].non_empty
                if below and not any(_END.match(compact(c.value)) or is_label(compact(c.value))
                                     or _is_header(compact(c.value)) for c in below):
                    rest = below
                    j += 1
    if not rest:
        return None, j
    if len(rest) == 1 and j < len(rows):
        # 年度总体目标 | the goal, then 实际完成情况 | what was done: each text in a row of its own,
        # after its own label (a county template's two rows)
        below = rows[j].non_empty
        if len(below) == 2 and _ACTUAL_LABEL.match(compact(below[0].value)) \
                and not _is_header(compact(below[1].value)):
            rest, j = [rest[0], below[1]], j + 1
    return _goal(label, rest, all(parse_cell(c.value) is not None for c in rest)), j


def read_goal_tokens(toks: list[Token], k: int) -> AnnualGoal | None:
    """The block whose label is the word ``toks[k]``, read from the stream of cells."""
    content: list[Token] = []
    j = k + 1
    while j < len(toks) and len(content) < 40:
        tok = toks[j]
        j += 1
        if tok.kind == "word":
            if _END.match(tok.word) or is_label(tok.word):
                break
            if not content and _is_header(tok.word):
                continue  # 预期目标 / 实际完成情况 before the texts
            content.append(tok)
        elif tok.kind == "fig":
            content.append(tok)
    if not content:
        return None
    label = Cell(toks[k].text)
    if all(tok.kind == "fig" for tok in content):
        return _goal(label, [Cell(tok.text) for tok in content], True)
    lines: dict[int, list[Token]] = {}
    for tok in content:
        lines.setdefault(tok.text.line, []).append(tok)
    if len(lines) == 2:
        # two texts, one a line (a PDF's cells): the two cells, 预期目标 first
        return _goal(label, [Cell(joined_text([tok.text for tok in toks])) for toks in lines.values()], False)
    return AnnualGoal(label, None, None)  # words are cut at spaces: which are whose is not known
