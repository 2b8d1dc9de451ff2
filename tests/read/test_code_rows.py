"""Account-code tables pasted one cell per line (支出决算表 by 功能分类科目): rows read by their
codes, without the header pasted in pieces (fixtures we wrote, modelled on published 决算 tables)."""

from __future__ import annotations

from perflint.model import Table
from perflint.read.cell_grid import find_grids
from perflint.read.text import parse_text

from ..checks._harness import fixture

ROWS = ["合计", "30.00", "20.00", "10.00",
        "208", "社会保障和就业支出", "12.00", "12.00", "0.00",
        "20805", "行政事业单位养老支出", "12.00", "12.00", "0.00",
        "213", "农林水支出", "18.00", "8.00", "10.00",
        "21301", "农业农村", "18.00", "8.00", "10.00"]


def _tables(text: str) -> list[Table]:
    return [b for part in parse_text(text, "t.txt").parts for b in part.blocks if isinstance(b, Table)]


def _read(values: list[str]) -> list[list[str | None]]:
    (grid,) = find_grids(values)
    assert grid.headless and grid.rows is not None
    return [[None if c is None else values[c] for c in row] for row in grid.rows]


def test_rows_opening_with_nested_codes():
    assert _read(ROWS) == [
        [None, "合计", "30.00", "20.00", "10.00"],  # the 合计 spans the code and name columns
        ["208", "社会保障和就业支出", "12.00", "12.00", "0.00"],
        ["20805", "行政事业单位养老支出", "12.00", "12.00", "0.00"],
        ["213", "农林水支出", "18.00", "8.00", "10.00"],
        ["21301", "农业农村", "18.00", "8.00", "10.00"],
    ]
    assert _read(ROWS[4:]) == [row[:5] for row in _read(ROWS)[1:]]  # without a 合计 row


def test_header_pieces_before_the_rows_are_no_header_of_names():
    # 科目编码 科目名称 小计 基本支出 项目支出 / 栏次 1 2 3 read as a header put 合计 under 科目编码
    # and each code at the end of the row before: the codes' rows are read first
    header = ["项目", "本年支出", "科目编码", "科目名称", "小计", "基本支出", "项目支出", "栏次", "1", "2", "3"]
    (grid,) = find_grids([*header, *ROWS])
    assert grid.headless and grid.start == len(header) and grid.width == 5


def test_rows_not_certain_are_not_read():
    # only from the next 类 on (213, cell 13 or 14) are the rows certain
    short = [*ROWS[:4], *ROWS[4:8], *ROWS[9:]]  # 208's row lost a cell: which column?
    assert [g.start for g in find_grids(short)] == [13]
    astray = [*ROWS[:9], "20905", *ROWS[10:]]  # 20905 does not nest in 208
    assert [g.start for g in find_grids(astray)] == [14]
    assert find_grids(ROWS[9:19]) == []  # a 款 first, and no code nests in another read


def test_rows_of_a_text_that_opens_below_a_class():
    # the excerpt opens at the 款 20805 (its 类 208 above the cut): read, since 21301 nests in 213
    (grid,) = find_grids(ROWS[9:])
    assert grid.start == 0 and grid.width == 5 and len(grid.rows or ()) == 3
    # opening at a 项: its siblings and the 款 after it share its parent above the cut
    items = ["2080505", "机关事业单位基本养老保险缴费支出", "8.00", "2080506", "机关事业单位职业年金缴费支出", "4.00",
             "20808", "抚恤", "2.00", "2080801", "死亡抚恤", "2.00"]
    assert len(find_grids(items)[0].rows or ()) == 4
    # a 款 of another 类 with no 类 row between does not nest: not read
    assert find_grids([*items[:6], "21301", "农业农村", "2.00", "2130101", "行政运行", "2.00"]) == []
    # no code nests in another: amounts may look like codes, not read
    assert find_grids(["20805", "差旅费", "2.00", "20806", "印刷费", "3.00", "20807", "会议费", "1.00"]) == []
    wrong_total = [*ROWS[:3], *ROWS[4:]]  # a 合计 with fewer figures than the rows
    assert [(g.start, len(g.rows or ())) for g in find_grids(wrong_total)] == [(3, 4)]


def test_an_amount_like_a_code_opens_no_row():
    # 210 after a figure and before a figure is an amount, not the code of a row
    values = ["208", "社会保障和就业支出", "12.00", "210", "20805", "行政事业单位养老支出", "12.00", "210"]
    assert [[values[c] for c in row] for row in find_grids(values)[0].rows] == [
        ["208", "社会保障和就业支出", "12.00", "210"], ["20805", "行政事业单位养老支出", "12.00", "210"]]


def test_expenditure_table_by_account_code_with_blank_lines_between_cells():
    (table,) = _tables(fixture("tables", "expenditure_by_account_code_cell_per_line.txt"))
    # the header's last row of names, right before 栏次, is the table's header
    assert table.rows[0].texts() == ["科目编码", "科目名称", "小计", "基本支出", "项目支出"]
    assert table.rows[1].texts() == ["", "合计", "1,286.40", "905.10", "381.30"]
    assert table.rows[2].texts() == ["208", "社会保障和就业支出", "96.20", "96.20", "0.00"]
    assert table.rows[-1].texts() == ["2130122", "农业生产发展", "381.30", "0.00", "381.30"]
    assert len(table.rows) == 10 and table.declared_unit == "万元"
    assert [c.line for c in table.rows[2].cells] == [43, 45, 47, 49, 51]
    assert [c.line for c in table.rows[0].cells] == [17, 19, 21, 23, 25]


def test_code_rows_out_of_step_under_a_header_of_names_are_no_grid():
    # the text stops inside the last row (21301 has one figure of three): the codes' rows are not
    # certain, and the header pieces must not take them one cell out of step instead
    # (合计 | 30.00 | 20.00 | 10.00 | 208, then 社会保障和就业支出 | … | 20805)
    header = ["科目编码", "科目名称", "小计", "基本支出", "项目支出"]
    assert find_grids([*header, *ROWS[:-2]]) == []
    # the whole rows, for comparison, are read by their codes, under the header that opens them
    (grid,) = find_grids([*header, *ROWS])
    assert grid.coded_header and grid.start == 0 and grid.width == 5 and len(grid.rows or ()) == 5
    assert grid.rows[0] == (None, 5, 6, 7, 8)  # the 合计 row, its code cell empty


def test_header_pieces_in_another_order_give_no_header():
    """A 支出决算表 whose header puts the figure columns' names first and 科目代码 | 科目名称 on
    the row under them (empty cells lost): the names before 栏次 are not its columns in order,
    and no header is read by count."""
    text = fixture("tables", "expenditure_by_account_code_cell_per_line.txt")
    swapped = text.replace("科目编码\n\n科目名称\n\n小计\n\n基本支出\n\n项目支出", "小计\n\n基本支出\n\n项目支出\n\n科目编码\n\n科目名称")
    assert swapped != text
    (table,) = _tables(swapped)
    assert table.rows[0].texts() == ["", "合计", "1,286.40", "905.10", "381.30"]


# A 决算 with its 支出决算表 pasted one cell a line, an empty cell an empty line (text copied
# from a web page): the header's names, then the 栏次 label and its column numbers one a line,
# then the rows read by their codes. Written for this test, modelled on a county bureau's 公开03表.
_CELL_A_LINE_DECISION = """示范县林业站2023年度部门决算

三、支出决算表

支出决算表

公开03表

部门：示范县林业站

金额单位：万元
项目

本年支出合计
基本支出
项目支出
科目代码
科目名称



{numbers}
合计
30.00
20.00
10.00
208
社会保障和就业支出
12.00
12.00
0.00
20805
行政事业单位养老支出
12.00
12.00
0.00
213
农林水支出
18.00
8.00
10.00
21301
农业农村
18.00
8.00
10.00

四、情况说明

本部门使用的支出功能分类科目包括：一般公共服务(类)财政事务(款)行政运行(项)，支出决算 6.00 万元。
"""


def _decision(numbers: str):
    from perflint.extract.account_rows import account_tables

    doc = parse_text(_CELL_A_LINE_DECISION.format(numbers=numbers), "t.txt")
    (table,) = [b for part in doc.parts for b in part.blocks if isinstance(b, Table)]
    return doc, table, [at.scope for part in doc.parts for at in account_tables(part)]


def test_the_numbers_row_pasted_one_cell_a_line_is_the_tables_row_and_the_title_is_found():
    from perflint.checks.consistency import AccountRowMismatch

    from perflint.check import Context

    # 栏次's row under the numbers' row (as some PDFs give a two-row 栏次 header): read as
    # paragraphs, the numbers and 栏次 stood between the table and its title
    doc, table, scopes = _decision("\n\n1\n2\n3\n栏次\n\n\n\n")
    assert table.rows[0].texts() == ["栏次", "", "1", "2", "3"]
    assert table.rows[1].texts() == ["", "合计", "30.00", "20.00", "10.00"]
    assert not any(b.text.value.strip() in ("1", "2", "3", "栏次") for part in doc.parts for b in part.blocks
                   if not isinstance(b, Table))
    assert scopes == ["all"]
    # the class the prose names is none of the table's: found as with the table pasted with tabs
    assert [d.key for d in AccountRowMismatch({}).run(doc, Context())] == ["unknown_class"]
    # the label first: joined to the header's pieces above, as it was; the title is in reach
    doc, table, scopes = _decision("栏次\n\n1\n2\n3")
    assert scopes == ["all"] and [d.key for d in AccountRowMismatch({}).run(doc, Context())] == ["unknown_class"]
    # numbers that do not count 1, 2, 3 are no 栏次 row: left as they were read
    doc, table, scopes = _decision("\n\n1\n3\n栏次\n\n\n\n")
    assert table.rows[0].texts()[0] != "栏次"


def test_a_numbers_row_repeated_at_the_next_pages_top_is_no_row_of_the_table():
    # the header, 栏次 and its numbers pasted again one a line after a page number: the 栏次 row
    # read from them belongs to the header the page repeated, not among the codes' rows
    (table,) = _tables(fixture("tables", "account_code_cell_per_line_over_page_break.txt"))
    assert not any(row.texts()[0] == "栏次" for row in table.rows)
    assert [row.texts()[0] for row in table.rows][-6:] == ["208", "20805", "2080505", "221", "22102", "2210201"]


def _headed(values: list[str]) -> list[list[str | None]]:
    (grid,) = find_grids(values)
    assert grid.coded_header and grid.rows is not None
    return [[None if c is None else values[c] for c in row] for row in grid.rows]


def test_a_header_of_code_and_name_columns_reads_rows_labelled_without_a_code():
    # a 基本支出决算表: 合计, 人员经费合计 and 公用经费合计 hold no code, the width says where they end
    values = ["科目编码", "科目名称", "决算数", "合计", "80.00", "人员经费合计", "60.00",
              "301", "工资福利支出", "60.00", "30101", "基本工资", "60.00",
              "公用经费合计", "20.00", "302", "商品和服务支出", "20.00", "30201", "办公费", "20.00"]
    assert _headed(values) == [[None, "合计", "80.00"], [None, "人员经费合计", "60.00"], ["301", "工资福利支出", "60.00"],
                               ["30101", "基本工资", "60.00"], [None, "公用经费合计", "20.00"],
                               ["302", "商品和服务支出", "20.00"], ["30201", "办公费", "20.00"]]


def test_under_such_a_header_one_row_is_a_table_and_an_empty_row_none():
    header = ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"]
    assert _headed([*header, "合计", "0.00", "5.00", "5.00", "0.00"]) == [[None, "合计", "0.00", "5.00", "5.00", "0.00"]]
    assert find_grids([*header, "合计", "注", "0.00", "0.00"]) == []
    # a row a figure short, or a figure where the next row would open: not read by this header
    assert find_grids([*header, "合计", "0.00", "5.00", "5.00", "208", "社会保障和就业支出", "1.00"]) == []
    assert find_grids([*header, "合计", "0.00", "5.00", "5.00", "0.00", "3.00"]) == []


def test_a_spelled_out_code_header_read_whole_in_a_draft():
    text = ("支出决算表\n\n单位：万元\n\n科目编码\n科目名称\n本年支出合计\n基本支出\n项目支出\n合计\n30.00\n20.00\n10.00\n"
            "208\n社会保障和就业支出\n12.00\n12.00\n0.00\n20805\n行政事业单位养老支出\n12.00\n12.00\n0.00\n"
            "213\n农林水支出\n18.00\n8.00\n10.00\n21301\n农业农村\n18.00\n8.00\n10.00\n")
    (table,) = _tables(text)
    assert table.declared_unit == "万元"
    assert [r.texts() for r in table.rows[:2]] == [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
                                                   ["", "合计", "30.00", "20.00", "10.00"]]
