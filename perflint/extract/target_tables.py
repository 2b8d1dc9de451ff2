"""Indicator tables that carry a target and an actual but no score: the 目标值 | 完成值 tables of
transfer-payment and special-fund self-evaluations (``指标名称 | 目标值 | 完成值``,
``三级指标 | 指标值 | 全年实际完成值 | 未完成原因``).

The 自评表 reader (:mod:`perflint.read.forms`) reads the scored forms, whose rows it needs for
the score arithmetic; these tables hold no score, so it leaves them alone. A check about an
indicator's values alone (an actual written as ``≥90%``) reads their rows from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Cell, Document, Table
from perflint.read.forms.labels import COLUMN_ROLES
from perflint.read.forms.table_rows import header_columns
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

_ROLES = tuple((role, cell) for role, _, cell in COLUMN_ROLES if role in ("target", "actual", "score"))
# The column that names the indicator: without one a 预期目标 | 实际完成情况 table of prose
# answers, not of indicator values.
_NAME_HEADER = lazy_compile(r"^(?:三级指标|指标名称|指标内容|绩效指标)$")
_HEADER_REACH = 3  # the header is among a table's first rows


@dataclass(frozen=True)
class TargetRow:
    """One indicator row: its name and its target and actual cells."""

    name: str
    target: Cell
    actual: Cell


def unscored_target_rows(doc: Document) -> list[TargetRow]:
    """The rows of every table whose header names an indicator column, a target and an actual
    but no score, read where they line up with the header (as wide as it)."""
    out: list[TargetRow] = []
    for part in doc.parts:
        for table in part.tables():
            out.extend(_rows(table))
    return out


def _header(table: Table) -> tuple[int, dict[str, int]] | None:
    """The header row (its index and the columns of its roles): the first of the table's first
    rows naming a target and an actual."""
    for index, row in enumerate(table.rows[:_HEADER_REACH]):
        roles = header_columns(row, _ROLES)
        if "target" in roles and "actual" in roles:
            return index, roles
    return None


def _rows(table: Table) -> list[TargetRow]:
    found = _header(table)
    if found is None:
        return []
    i, roles = found
    header = table.rows[i]
    if "score" in roles:
        return []  # a scored form: the 自评表 reader's
    names = [k for k, c in enumerate(header.cells) if _NAME_HEADER.match(compact(c.value))]
    if not names or names[-1] >= roles["target"]:
        return []
    name_col, target, actual, width = names[-1], roles["target"], roles["actual"], len(header.cells)
    # A row shorter than the header lost its merged 一级/二级指标 cells on the left; read it from
    # the right only when the actual closes the header (no trailing column it could have lost).
    from_right = actual == width - 1
    out = []
    for row in table.rows[i + 1:]:
        shift = width - len(row.cells)
        if shift < 0 or (shift and not from_right) or name_col - shift < 0:
            continue
        cells = row.cells
        if not cells[actual - shift].is_empty:
            out.append(TargetRow(_name(cells[name_col - shift]), cells[target - shift], cells[actual - shift]))
    return out


def _name(cell: Cell) -> str:
    return compact(cell.value)
