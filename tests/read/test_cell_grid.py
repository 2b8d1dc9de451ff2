"""Tables pasted one cell per line without tabs (``公务接待费 |`` or bare lines with blank lines
between): read as a grid only when the width is certain (fixtures we wrote, modelled on the shapes
of published 三公 and 决算 tables)."""

from __future__ import annotations

from perflint.model import Table
from perflint.read.cell_grid import (
    FIGURE,
    FILLER,
    NAME,
    OTHER,
    Grid,
    cell_kind,
    find_grids,
    numbers_its_rows,
    numbers_row_layout,
)
from perflint.read.text import parse_text

from ..checks._harness import fixture


def _tables(text: str) -> list[Table]:
    return [b for part in parse_text(text, "t.txt").parts for b in part.blocks if isinstance(b, Table)]


def test_cell_kinds():
    assert [cell_kind(v) for v in ("71.53", "1,857.23", "-8.78%", "０", "-", "无", "", "公务接待费")] == [
        FIGURE, FIGURE, FIGURE, FIGURE, FILLER, FILLER, FILLER, NAME]
    assert cell_kind("全年共开展培训3期，参训120人次") == OTHER


def test_sangong_table_with_trailing_bars_is_a_grid_of_four_columns():
    (table,) = _tables(fixture("tables", "sangong_cell_per_line.txt"))
    assert [r.texts() for r in table.rows] == [
        ["项目名称", "2023年度决算数（万元）", "比上年增减（万元）", "增减率"],
        ["因公出国（境）费", "0", "0", "0%"],
        ["公务接待费", "12.46", "-1.20", "-8.78%"],
        ["公务用车购置及运行维护费", "35.70", "-", "-"],
        ["合计", "48.16", "-", "-"],
    ]
    assert table.declared_unit == "万元"
    total = table.rows[-1]
    # every cell keeps its own source line and column (the bar is not part of it)
    assert total.line == 18 and [c.line for c in total.cells] == [18, 19, 20, 21]
    assert total.cells[1].text.locate().column == 1 and total.cells[1].text.locate().end_column == 6


def test_final_accounts_table_with_blank_lines_between_cells():
    (table,) = _tables(fixture("tables", "final_accounts_cell_per_line.txt"))
    assert table.rows[0].texts() == ["项目", "行次", "金额"]
    # the 栏次 row lost its empty 行次 cell between blank lines: it is given back, not guessed away
    assert table.rows[1].texts() == ["栏次", "", "1"] and table.rows[1].cells[2].line == 17
    assert table.rows[6].texts() == ["本年收入合计", "5", "1,199.60"]
    assert table.rows[-1].texts() == ["总计", "8", "1,244.90"]
    assert [c.line for c in table.rows[-1].cells] == [61, 63, 65]


def test_numbered_list_and_prose_with_figures_on_their_own_lines_stay_text():
    assert _tables(fixture("tables", "not_tables_one_item_per_line.txt")) == []


def test_a_title_between_two_tables_of_bars_splits_them():
    text = ("支出情况 |\n项目 |\n金额 |\n办公费 |\n12.40 |\n印刷费 |\n3.15 |\n"
            "使用情况\n项目 |\n数量 |\n公务用车保有量 |\n6 |\n接待批次 |\n40 |\n")
    title, first, second = _tables(text)
    assert [r.texts() for r in title.rows] == [["支出情况"]]  # a cell outside any grid stays as it was read
    assert [r.texts() for r in first.rows] == [["项目", "金额"], ["办公费", "12.40"], ["印刷费", "3.15"]]
    assert [r.texts() for r in second.rows] == [["项目", "数量"], ["公务用车保有量", "6"], ["接待批次", "40"]]


def test_rows_of_unequal_shape_are_left_alone():
    # the third row lost a cell: no width fits every row, so no grid
    assert find_grids(["项目", "预算数", "执行数", "办公费", "1.00", "2.00", "印刷费", "3.00",
                       "差旅费", "4.00", "5.00"]) == []
    assert find_grids(["项目", "金额", "办公费", "1.00"]) == []  # one row is not enough


def test_a_narrow_pattern_needs_a_repeated_header_to_be_read_wider():
    pairs = ["办公费", "1.00", "印刷费", "2.00", "差旅费", "3.00", "会议费", "4.00"]
    # a title and a unit line above a two-column table are not a four-column header
    assert find_grids(["支出明细", "单位万元", "项目", "金额", *pairs]) == [Grid(2, 12, 2)]
    # 项目 行次 金额 written twice is the two halves of a 收入支出决算总表
    wide = ["项目", "行次", "金额", "项目(按功能分类)", "行次", "金额",
            "一、财政拨款收入", "1", "10.00", "一、一般公共服务支出", "9", "6.00",
            "二、事业收入", "2", "2.00", "二、教育支出", "10", "6.00"]
    assert find_grids(wide) == [Grid(0, 18, 6)]


def test_a_numbers_row_that_lost_its_empty_cells():
    values = ["项目", "行次", "金额", "栏次", "1", "甲", "1", "2.00", "乙", "2", "3.00"]
    assert find_grids(values) == [Grid(0, 11, 3, numbers_row=2)]
    # numbers that do not count 1, 2 … are no 栏次 row: the rows no longer line up
    assert find_grids(["项目", "行次", "金额", "栏次", "3", "甲", "1", "2.00", "乙", "2", "3.00"]) == []


def test_row_numbers_column():
    values = ["项目", "行次", "金额", "甲", "1", "2.00", "乙", "2", "3.00"]
    assert numbers_its_rows(values, Grid(0, 9, 3))
    assert not numbers_its_rows(["项目", "金额", "甲", "2.00", "乙", "3.00"], Grid(0, 6, 2))


def test_figures_with_their_unit_on_the_next_line_are_not_rows():
    # 全年累计作业 / 1,280 / 亩次 …: name, figure, unit repeat like a three-column table
    prose = ["作业情况", "车辆情况", "共有车辆", "5", "辆", "其中作业车辆", "3", "辆",
             "累计作业", "1,280", "亩次", "服务农户", "460", "户"]
    assert find_grids(prose) == []


def test_a_numbers_row_under_each_half_of_a_repeated_header():
    # 栏次 1 栏次 2: the 行次 cells of both halves were lost; the numbers count on across the halves
    values = ["项目", "行次", "金额", "项目", "行次", "金额", "栏次", "1", "栏次", "2",
              "甲", "1", "2.00", "丙", "9", "1.00", "乙", "2", "3.00", "丁", "10", "4.00"]
    assert find_grids(values) == [Grid(0, 22, 6, numbers_row=4)]
    assert numbers_row_layout(["栏次", "1", "栏次", "2"], 6) == [0, None, 1, 2, None, 3]
    assert numbers_row_layout(["栏次", "1"], 3) == [0, None, 1]
    # a label in each half under a header whose halves differ is no 栏次 row of that header
    other = ["项目", "行次", "金额", "科目", "编码", "数额", *values[6:]]
    assert find_grids(other) == []
    # numbers that do not count on (栏次 1 栏次 1) are no 栏次 row: the rows no longer line up
    assert find_grids([*values[:6], "栏次", "1", "栏次", "1", *values[10:]]) == []


def test_final_accounts_table_of_two_halves_with_blank_lines_between_cells():
    (table,) = _tables(fixture("tables", "final_accounts_two_halves_cell_per_line.txt"))
    assert table.rows[0].texts() == ["项目", "行次", "金额", "项目", "行次", "金额"]
    assert table.rows[1].texts() == ["栏次", "", "1", "栏次", "", "2"]
    assert [c.line for c in table.rows[1].cells] == [29, 29, 31, 33, 33, 35]
    assert table.rows[2].texts() == ["一、一般公共预算财政拨款收入", "1", "512.30", "一、一般公共服务支出", "29", "480.10"]
    assert table.rows[-1].texts() == ["总计", "8", "550.70", "总计", "36", "550.70"]
    assert len(table.rows) == 10 and table.declared_unit == "万元"


TWO_HALVES = ["收入项目", "决算数", "支出项目", "合计", "一般公共预算", "政府性基金",
              "一、一般公共预算财政拨款", "50.00", "一、农林水支出", "30.00", "30.00", "0.00",
              "二、政府性基金预算财政拨款", "0.00", "二、住房保障支出", "15.00", "15.00", "0.00",
              "三、卫生健康支出", "5.00", "5.00", "0.00",  # the 收入 half is empty: its cells were lost
              "本年收入合计", "50.00", "本年支出合计", "50.00", "50.00", "0.00"]


def test_a_row_holding_one_half_of_a_two_sided_table_keeps_the_grid_going():
    (grid,) = find_grids(TWO_HALVES)
    assert grid.width == 6 and grid.end == len(TWO_HALVES)
    rows = [[None if c is None else TWO_HALVES[c] for c in row] for row in grid.rows]
    assert rows[2] == [None, None, "三、卫生健康支出", "5.00", "5.00", "0.00"]
    assert rows[3][0] == "本年收入合计" and len(rows) == 4


def test_halves_of_one_width_are_not_told_apart_by_their_widths():
    # 项目 | 金额 | 项目 | 金额: a name and a figure alone may be either half, or a row's start; names
    # that say neither 收入 nor 支出 say nothing either
    values = ["项目", "金额", "项目", "金额", "甲类设备", "50.00", "丙类设备", "45.00",
              "乙类设备", "5.00", "丁类设备", "5.00", "戊类设备", "0.00",
              "设备合计", "55.00", "其他合计", "50.00"]
    (grid,) = find_grids(values)
    assert grid.rows is None


SANGONG = """单位：万元

项目
合计
因公出国（境）费
公务用车购置及运行维护费
公务接待费
预算数
15.00
0.00
10.00
5.00
决算数
12.00
0.00
9.00
3.00
"""


def test_two_rows_under_a_header_right_below_a_unit_line_are_a_table():
    (table,) = _tables(SANGONG)
    assert [r.texts()[0] for r in table.rows] == ["项目", "预算数", "决算数"] and table.declared_unit == "万元"
    # without the unit line, bare lines need a third row (or a 行次 column) to be a table
    assert _tables(SANGONG.replace("单位：万元\n", "")) == []


SIDED = ["项目", "决算数", "项目", "决算数",
         "一、财政拨款收入", "50.00", "一、社会保障和就业支出", "10.00",
         "二、事业收入", "5.00", "二、农林水支出", "40.00",
         "三、其他收入", "1.00",  # no 支出 row beside it
         "本年收入合计", "56.00", "本年支出合计", "50.00",
         "三、住房保障支出", "6.00"]  # (a 支出 row out of place, to tell the right half too)


def test_halves_of_one_width_are_told_apart_by_their_income_and_spending_names():
    (grid,) = find_grids(SIDED)
    rows = [[None if c is None else SIDED[c] for c in row] for row in grid.rows]
    assert rows[2] == ["三、其他收入", "1.00", None, None]
    assert rows[3] == ["本年收入合计", "56.00", "本年支出合计", "50.00"]
    assert rows[4] == [None, None, "三、住房保障支出", "6.00"]
