"""A 决算表 whose header names the budget's figure only (``项目 | 预算数``): a budget table given
the final accounts' title, or a final accounts' table whose 决算数 column was left out.

The title is the one the final accounts' readers take (the table's caption or a line of the four
above it, ``…决算表``), else the table's first row when that row is the title alone (a page pasted
with the title inside the grid). The header is every row above the first row that holds a figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.account_rows import table_title
from perflint.model import Cell, Part, Table
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

_FIGURE = lazy_compile(r"\s*[-−]?[\d,]+(?:\.\d+)?%?\s*$")
_FINAL_TITLE = lazy_compile(r"决算(?:明细|总)?表")
_HEADER_ROWS = 6  # a header runs over a few rows at most; a table with none in these holds no figures


@dataclass(frozen=True)
class BudgetOnlyTable:
    """``table``, titled ``title`` (a 决算表), heads its figures with ``column`` (预算数) and no
    column of what was spent or received."""

    table: Table
    title: str
    column: Cell


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    conf = data.load("consistency")["final_table_columns"]
    return tuple(conf["budget"]), tuple(conf["final"])


def budget_words() -> tuple[str, ...]:
    """The words of a budget column's name (预算数), for a check's screen of a draft's texts."""
    return _words()[0]


def names_final_table(text: str) -> bool:
    """Whether ``text`` (a draft's joined texts) names a 决算表 anywhere: one search in C."""
    return _FINAL_TITLE.search(text) is not None


def budget_only_tables(part: Part, tables: list[Table]) -> list[BudgetOnlyTable]:
    """Those of ``tables`` (of ``part``, each holding a budget column's word in a cell) that are
    决算表 whose header names a budget column (预算数) and no final one."""
    budget, final = _words()
    out = []
    for table in tables:
        if len(table.rows) < 2:
            continue
        header = _header(table)
        if header is None:
            continue  # no row holds a figure: a header cut from its body, or no table of figures
        column = next((c for c in header if any(w in compact(c.value) for w in budget)), None)
        if column is None:
            continue  # the word stands in the body (a row named 预算数), not over a column
        # (a budget column's own qualifiers, 本年预算数 / 支出预算数, say nothing of a final one,
        # and neither does the title written as the table's first row)
        words = [v for c in header if not any(w in (v := compact(c.value)) for w in budget)
                 and not _FINAL_TITLE.search(v)]
        if any(w in value for value in words for w in final):
            continue  # a 决算数 (支出, 实际, 执行…) column beside it: the budget is compared, as it should be
        title = _title(part, table)
        if title:
            out.append(BudgetOnlyTable(table, title, column))
    return out


def _title(part: Part, table: Table) -> str:
    """The table's 决算表 title, read above it or as its first row alone; "" when it has none."""
    index = next(i for i, block in enumerate(part.blocks) if block is table)
    title = table_title(part, index)
    first = [c for c in table.rows[0].cells if not c.is_empty]
    if not title and len(first) == 1:
        title = compact(first[0].value)
    return title if _FINAL_TITLE.search(title) else ""


def _header(table: Table) -> list[Cell] | None:
    """The non-empty cells of the rows above the table's first row holding a figure; None when
    no row of the first few holds one."""
    cells: list[Cell] = []
    for row in table.rows[:_HEADER_ROWS + 1]:
        values = [c for c in row.cells if not c.is_empty]
        if any(_FIGURE.match(c.value) for c in values):
            return cells or None
        cells.extend(values)
    return None
