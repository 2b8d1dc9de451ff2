"""Tables whose rows open with their 序号, pasted one cell per line (a 部门预算收支总表, a list of
projects): rows read by their ordinals (fixtures we wrote, modelled on published tables)."""

from __future__ import annotations

from perflint.extract.table_grid import read_grid
from perflint.model import Table
from perflint.read.cell_grid import find_grids
from perflint.read.text import parse_text

from ..checks._harness import fixture

HEADER = ["序号", "项目", "预算数", "决算数"]
ROWS = ["1", "办公费", "12.40", "11.00",
        "2", "印刷费", "3.15", "3.00",
        "3", "差旅费", "5.00", "4.00"]


def _tables(text: str) -> list[Table]:
    return [b for part in parse_text(text, "t.txt").parts for b in part.blocks if isinstance(b, Table)]


def _rows(values: list[str]) -> list[list[str]]:
    (grid,) = find_grids(values)
    if grid.rows is not None:
        return [["" if c is None else values[c] for c in row] for row in grid.rows]
    return [values[i:i + grid.width] for i in range(grid.start, grid.end, grid.width)]


def test_rows_opening_with_their_ordinal_under_a_header():
    assert _rows([*HEADER, *ROWS]) == [HEADER, ROWS[:4], ROWS[4:8], ROWS[8:]]
    (grid,) = find_grids(ROWS)  # without the header: the rows alone
    assert grid.headless and grid.width == 4 and grid.end == len(ROWS)


def test_a_total_row_after_the_ordinal_rows():
    assert _rows([*HEADER, *ROWS, "合计", "", "20.55", "18.00"])[-1] == ["合计", "", "20.55", "18.00"]
    # 合计 written once over 序号 and 项目: its empty cell is given back
    assert _rows([*HEADER, *ROWS, "合计", "20.55", "18.00"])[-1] == ["合计", "", "20.55", "18.00"]
    # more figures than the row holds: out of step, the 合计 row stays out of the table
    (grid,) = find_grids([*HEADER, *ROWS, "合计", "20.55", "18.00", "2.55", "1.00"])
    assert grid.end == len(HEADER) + len(ROWS)


def test_rows_not_certain_are_not_read():
    assert find_grids(ROWS[:8]) == []  # two rows only
    assert find_grids([*ROWS[:5], *ROWS[6:]]) == []  # a row lost a cell: 3 no longer stands 4 after 2
    assert find_grids(["1", "办公费", "12.40", "2", "印刷费", "3.15", "办公费", "3", "差旅费", "5.00"]) == []
    # a column of names and figures alike
    assert find_grids(["1", "办公费", "12.40", "2", "印刷费", "3.15", "3", "差旅费", "全年"]) == []
    # the rows run on out of step: a figure where the next ordinal should stand
    assert find_grids([*ROWS, "4.00"]) == []


def test_budget_summary_with_a_row_ordinal_column_is_read_by_its_ordinals():
    tables = _tables(fixture("tables", "budget_summary_ordinal_cell_per_line.txt"))
    table = next(t for t in tables if t.rows[0].texts()[0] == "栏次")
    assert table.rows[0].texts() == ["栏次", "1", "2", "3", "4"]
    assert table.rows[1].texts() == ["1", "一、一般公共预算拨款收入", "412.60", "一、一般公共服务支出", ""]
    assert table.rows[-1].texts() == ["11", "收入总计", "448.60", "支出总计", "448.60"]
    grid = read_grid(table)
    assert grid is not None and grid.roles == ["ordinal", "label", "value", "label", "value"]


def test_a_short_total_row_of_a_space_separated_table_puts_its_figure_in_the_figure_column():
    (table,) = [t for t in _tables(fixture("tables", "project_funds_ordinal_loose.txt")) if len(t.rows) > 3]
    assert table.rows[-1].texts() == ["合计", "1454"]  # as written
    grid = read_grid(table)
    assert grid is not None and grid.roles == ["ordinal", "label", "label", "value"]
    total = grid.data_rows()[-1]
    assert grid.text(total, 0) == "合计" and grid.text(total, 1) == "" and grid.text(total, 3) == "1454"


def test_a_contents_list_of_ordinals_names_and_pages_is_no_table():
    contents = ["1", "收入支出决算总表", "5", "2", "收入决算表", "6", "3", "支出决算表", "7"]
    assert find_grids(contents) == []
    assert find_grids([*contents[:2], "5.00", *contents[3:5], "6.20", *contents[6:8], "1.00"]) != []
