"""A form's period field (建设周期, 项目起止时间 …) dated wholly after the year the form states.

A project form (绩效目标表, 自评表) states the year it is for (``（2023年度）``) and, in a field of its
head, the project's period (``建设周期 | 2025年1月1日-2025年12月31日``). A period that begins after
the form's year has ended is not that year's: one of the two was left from another year's form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from perflint.extract.dates import phrases
from perflint.extract.text_index import text_index
from perflint.model import Cell, Document, Part, Table
from perflint.text.dates import date_mentions
from perflint.text.normalise import compact

# How many blocks above a form may hold its year line (its title, then ``（2023年度）``), and how
# long such a line is at most.
_TITLE_REACH = 2
_TITLE_LENGTH = 60


@dataclass(frozen=True)
class PeriodAfterYear:
    """``cell`` gives the period labelled ``label``, starting in ``start``, after ``year``, the
    year its form states."""

    label: str
    cell: Cell
    start: int
    year: int


@cache
def _labels() -> tuple[str, ...]:
    return tuple(phrases().get("period_labels") or ())


def periods_after_year(doc: Document, fiscal_year_of: Callable[[Part], int | None]) -> list[PeriodAfterYear]:
    """The period fields of the document's forms dated wholly after the form's stated year."""
    labels = _labels()
    index = text_index(doc)
    out: list[PeriodAfterYear] = []
    for i in index.holding_any(*labels):  # the few cells that hold a period label, found in C
        t = index.texts[i]
        if t.where != "cell" or not isinstance(t.block, Table):
            continue
        label = compact(t.text.value).rstrip(":：")
        if label not in labels:
            continue  # a label cell holds the label alone
        year = fiscal_year_of(t.part)
        if year is None:
            continue
        value = _value_after(t.block, t.text)
        if value is None:
            continue
        years = [m.year for m in date_mentions(value.value) if m.year is not None]
        if not years or min(years) <= year or not _states_year(t.part, t.block, year):
            continue
        out.append(PeriodAfterYear(label, value, min(years), year))
    return out


def _value_after(table: Table, label_text) -> Cell | None:
    """The filled cell right after the label's cell in its row."""
    for row in table.rows:
        for k, cell in enumerate(row.cells):
            if cell.text is label_text:
                return next((c for c in row.cells[k + 1:] if not c.is_empty), None)
    return None


def _states_year(part: Part, table: Table, year: int) -> bool:
    """Whether the form states ``year`` as its own (``（2023年度）``, ``2023年度…目标表``): in a row of
    its table or a line right above it. A form that names no year may be another year's annex."""
    stated = f"{year}年"
    if any(stated in compact(cell.value) for row in table.rows for cell in row.cells if not cell.is_empty):
        return True
    at = next((k for k, b in enumerate(part.blocks) if b is table), 0)
    return any(_form_title(compact(b.text.value), stated) for b in part.blocks[max(0, at - _TITLE_REACH):at])


def _form_title(line: str, stated: str) -> bool:
    """A form's title or year line naming the year (``2023年度项目支出绩效目标表``, ``（2023年度）``),
    not the report's title or prose above an annexed form."""
    return stated in line and len(line) <= _TITLE_LENGTH and (line.endswith("表") or line[:1] in "(（")
