"""Rows of a 行次 table pasted one cell per line that lost their empty cells, put in place by
their 行次 numbers (fixtures we wrote, modelled on the shape of published 收入支出决算总表)."""

from __future__ import annotations

from perflint.model import Table
from perflint.read.cell_grid import Grid, find_grids
from perflint.read.text import parse_text

from ..checks._harness import fixture

HEADER = ["项目", "行次", "金额", "项目", "行次", "金额", "栏次", "1", "栏次", "2"]


def _tables(text: str) -> list[Table]:
    return [b for part in parse_text(text, "t.txt").parts for b in part.blocks if isinstance(b, Table)]


def test_two_halves_whose_rows_lost_empty_cells():
    values = [*HEADER,
              "一、财政拨款收入", "1", "10.00", "一、一般公共服务支出", "5", "6.00",
              "二、事业收入", "2", "二、教育支出", "6",  # both 金额 empty
              "3", "三、卫生健康支出", "7", "4.00",  # no income item on this row
              "4", "8",  # an empty row: only its 行次 numbers
              "总计", "5", "10.00", "总计", "9", "10.00"]
    (grid,) = find_grids(values)
    assert (grid.start, grid.end, grid.width, grid.numbers_row) == (0, len(values), 6, 4)
    assert grid.rows is not None
    rows = [[None if c is None else values[c] for c in row] for row in grid.rows]
    assert rows == [
        ["一、财政拨款收入", "1", "10.00", "一、一般公共服务支出", "5", "6.00"],
        ["二、事业收入", "2", None, "二、教育支出", "6", None],
        [None, "3", None, "三、卫生健康支出", "7", "4.00"],
        [None, "4", None, None, "8", None],
        ["总计", "5", "10.00", "总计", "9", "10.00"],
    ]


def test_whole_rows_read_as_before():
    values = [*HEADER, "甲", "1", "2.00", "丙", "9", "1.00", "乙", "2", "3.00", "丁", "10", "4.00"]
    assert find_grids(values) == [Grid(0, 22, 6, numbers_row=4)]


def test_an_amount_that_could_be_the_next_row_number_is_not_read():
    # 乙 2 then 3: the 金额 3, or 乙's 金额 lost and the next row numbered 3? Not certain (丙 3
    # after it could open that row either way): only the whole rows before are read
    values = ["项目", "行次", "金额", "甲", "1", "2.00", "乙", "2", "3", "丙", "3", "丁", "4", "5.00"]
    assert [(g.end, g.rows) for g in find_grids(values)] == [(9, None)]
    # 30 then 61 then a name and 61: 61 may be the 金额 of 30 or the right half's 行次
    values = [*HEADER, "甲", "1", "2.00", "丙", "60", "1.00", "2", "61", "戊", "61", "1.00"]
    assert find_grids(values) == []


def test_rows_out_of_step_are_not_read():
    # the left half is read but no right half carries 6: the rows do not line up
    values = [*HEADER, "甲", "1", "2.00", "丙", "5", "1.00", "乙", "2", "丁", "7", "4.00"]
    assert find_grids(values) == []
    # the left half must count from 1
    values = [*HEADER, "甲", "3", "2.00", "丙", "5", "1.00", "乙", "4", "丁", "6", "4.00"]
    assert find_grids(values) == []


def test_halves_that_differ_are_not_read_by_their_numbers():
    # the 财政拨款 总表's right half has several 金额 columns: where a lost cell was is not known
    values = ["项目", "行次", "金额", "项目", "行次", "合计", "甲", "1", "2.00", "丙", "5",
              "乙", "2", "3.00", "丁", "6", "4.00"]
    assert find_grids(values) == []


def test_final_accounts_table_whose_rows_lost_empty_cells():
    (table,) = _tables(fixture("tables", "final_accounts_lost_cells_cell_per_line.txt"))
    assert [r.texts() for r in table.rows[2:]] == [
        ["一、一般公共预算财政拨款收入", "1", "820.15", "一、一般公共服务支出", "8", "620.40"],
        ["二、政府性基金预算财政拨款收入", "2", "", "二、教育支出", "9", ""],
        ["三、事业收入", "3", "12.40", "三、社会保障和就业支出", "10", "150.00"],
        ["", "4", "", "四、卫生健康支出", "11", "62.15"],
        ["本年收入合计", "5", "832.55", "本年支出合计", "12", "832.55"],
        ["年初结转和结余", "6", "45.30", "年末结转和结余", "13", "45.30"],
        ["总计", "7", "877.85", "总计", "14", "877.85"],
    ]
    lost_amount = table.rows[3].cells[2]  # given back just after its row's 行次
    assert (lost_amount.line, lost_amount.text.locate().column) == (51, 2)
    lost_name = table.rows[5].cells[0]  # given back at the 行次 that opens its row
    assert (lost_name.line, lost_name.text.locate().column) == (69, 1)
    assert table.rows[5].line == 69


def _web_paste(rows: list[list[str]]) -> str:
    """A table copied from a web page: each cell on its line with a blank line after it, an
    empty cell left as an empty line (so two empty cells leave five lines between figures)."""
    return "".join(f"{cell}\n\n" for row in rows for cell in row)


def test_rows_of_a_web_page_table_whose_empty_cells_left_blank_lines():
    rows = [["项目", "行次", "金额", "项目", "行次", "金额"],
            ["一、财政拨款收入", "1", "30.00", "一、一般公共服务支出", "5", "20.00"],
            ["", "2", "", "二、教育支出", "6", "10.00"],
            ["", "3", "", "", "7", ""],  # two empty cells between 3 and 7
            ["本年收入合计", "4", "30.00", "本年支出合计", "8", "30.00"]]
    (table,) = _tables("收入支出决算总表\n\n金额单位：万元\n\n" + _web_paste(rows) + "注：本表完。\n")
    assert [r.texts() for r in table.rows] == rows


WIDE = ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算", "政府性基金预算",
        "栏次", "1", "栏次", "2", "3", "4",
        "甲", "1", "5.00", "丙", "5", "5.00", "5.00", "0.00"]


def test_halves_of_different_widths_read_with_all_their_amounts_or_none():
    # the 财政拨款收入支出决算总表: 项目 行次 金额 | 项目 行次 合计 and one column a source
    values = [*WIDE, "乙", "2", "丁", "6", "3", "戊", "7", "1.00", "1.00", "0.00"]
    (grid,) = find_grids(values)
    assert grid.halves == (3, 5) and grid.width == 8 and grid.numbers_row == 6
    assert [[None if c is None else values[c] for c in row] for row in grid.rows or ()] == [
        ["甲", "1", "5.00", "丙", "5", "5.00", "5.00", "0.00"],
        ["乙", "2", None, "丁", "6", None, None, None],
        [None, "3", None, "戊", "7", "1.00", "1.00", "0.00"],
    ]


def test_a_half_holding_some_of_its_amounts_is_not_read():
    # 丁 6 then two figures of three: which of its columns lost its cell is not known
    values = [*WIDE, "乙", "2", "1.00", "丁", "6", "1.00", "1.00", "戊", "3", "1.00", "己", "7", "1.00", "1.00", "0.00"]
    assert find_grids(values) == []


def test_appropriation_summary_table_of_halves_of_different_widths():
    (table,) = _tables(fixture("tables", "appropriation_summary_cell_per_line.txt"))
    assert table.rows[1].texts() == ["栏次", "", "1", "栏次", "", "2", "3", "4", "5"]
    assert table.rows[4].texts() == ["三、国有资本经营预算财政拨款", "3", "", "三、卫生健康支出", "10", "", "", "", ""]
    assert table.rows[5].texts() == ["", "4", "", "四、农林水支出", "11", "220.00", "220.00", "0.00", "0.00"]
    assert table.rows[-1].texts() == ["总计", "7", "682.50", "总计", "14", "682.50", "652.50", "30.00", "0.00"]


def test_a_table_whose_last_row_the_text_stops_in_is_not_read():
    # the excerpt stops inside the row numbered 3 / 7: read without that row, the table's totals
    # would be checked as if whole; the checks know a table that reaches the text's end is cut
    values = [*HEADER,
              "一、财政拨款收入", "1", "10.00", "一、一般公共服务支出", "5", "6.00",
              "二、事业收入", "2", "二、教育支出", "6", "4.00",
              "3", "5.00", "三、卫生健"]
    assert find_grids(values) == []
