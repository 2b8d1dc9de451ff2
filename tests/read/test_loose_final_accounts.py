"""部门决算 公开 tables as a PDF's text spaces them (text we wrote): a wide row is a row, one table
ends where the next one's title begins, a figure is not glued to the next label, and a row whose
leading cells are empty keeps its figures in their columns."""

from __future__ import annotations

from perflint.model import Table
from perflint.read.text import parse_text

WIDE = """收入决算表

单位：万元

科目编码   科目名称                           本年收入合计   财政拨款收入   上级补助收入   事业收入   经营收入   附属单位上缴收入   其他收入
           合计                                     970.00         950.00           0.00      15.00       0.00               0.00       5.00
208        社会保障和就业支出                        90.00          90.00           0.00       0.00       0.00               0.00       0.00
2080505    机关事业单位基本养老保险缴费支出          90.00          90.00           0.00       0.00       0.00               0.00       0.00
213        农林水支出                               880.00         860.00           0.00      15.00       0.00               0.00       5.00

支出决算表

单位：万元

科目编码   科目名称     本年支出合计   基本支出   项目支出
           合计               975.00     775.00     200.00
208        社会保障支出        90.00      90.00       0.00
"""

TWO_SIDED = """财政拨款收入支出决算总表

单位：万元

收入项目                       决算数   支出项目                 合计
一、一般公共预算财政拨款       950.00   一、社会保障和就业支出    90.00
二、政府性基金预算财政拨款       0.00   二、农林水支出           815.00
                                        三、住房保障支出          45.00
本年收入合计                   950.00   本年支出合计             950.00
年初财政拨款结转和结余          20.00   年末财政拨款结转和结余    20.00
总计                           970.00   总计                     970.00
"""


def _tables(text: str) -> list[list[list[str]]]:
    doc = parse_text(text)
    return [[r.texts() for r in b.rows] for _p, b in doc.blocks() if isinstance(b, Table)]


def test_wide_rows_stay_in_one_table_that_ends_at_the_next_title():
    tables = _tables(WIDE)
    assert len(tables) == 2
    income, spending = tables
    assert [r[0] for r in income] == ["科目编码", "", "208", "2080505", "213"]
    assert income[3][1] == "机关事业单位基本养老保险缴费支出" and len(income[3]) == 9
    assert spending[1] == ["", "合计", "975.00", "775.00", "200.00"]


def test_the_header_row_spaced_apart_is_the_tables_first_row_and_the_unit_line_stays_its_own():
    doc = parse_text(WIDE)
    tables = [b for _p, b in doc.blocks() if isinstance(b, Table)]
    assert [t.rows[0].texts() for t in tables] == [
        ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]]
    assert [t.declared_unit for t in tables] == ["万元", "万元"]


HEADED_ONE_ROW = """“三公”经费支出决算表

单位：万元

项目     合计    因公出国（境）费   公务用车购置及运行维护费   公务接待费
决算数   12.00               0.00                       9.00         3.00

基本支出决算表

单位：万元

科目编码   科目名称          决算数
           合计              775.00
           人员经费合计      680.00
301        工资福利支出      650.00
           公用经费合计       95.00
302        商品和服务支出     95.00
"""


def test_a_header_over_one_row_of_figures_or_rows_of_one_figure_makes_a_table():
    sangong, basic = _tables(HEADED_ONE_ROW)
    assert sangong == [["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"],
                       ["决算数", "12.00", "0.00", "9.00", "3.00"]]
    assert basic[:3] == [["科目编码", "科目名称", "决算数"], ["", "合计", "775.00"], ["", "人员经费合计", "680.00"]]


def test_names_spaced_apart_over_prose_or_over_rows_of_another_width_stay_text():
    text = "项目名称   实施单位   完成情况\n本项目由县农业农村局实施，已按计划完成。\n"
    assert _tables(text) == []
    text = "科目编码   科目名称\n道路硬化   2023 年度   12.50   12.00\n桥梁维修   2023 年末   8.00   7.50\n"
    assert ["科目编码", "科目名称"] not in _tables(text)[0]


def test_figure_is_not_glued_to_the_next_label_and_empty_left_cells_come_back():
    (table,) = _tables(TWO_SIDED)
    assert ["年初财政拨款结转和结余", "20.00", "年末财政拨款结转和结余", "20.00"] in table
    assert ["", "", "三、住房保障支出", "45.00"] in table


def test_spaced_years_still_join_their_unit():
    (table,) = _tables("项目   完成时间   预算数   执行数\n道路硬化   2023 年度   12.50   12.00\n"
                       "桥梁维修   2023 年末   8.00   7.50\n")
    assert ["道路硬化", "2023 年度", "12.50", "12.00"] in table
    assert ["桥梁维修", "2023 年末", "8.00", "7.50"] in table


def test_single_spaced_rows_with_thousands_separators_are_rows_and_a_right_side_row_keeps_its_columns():
    # a PDF's text pasted with one space between cells: 1,204.50's comma is no sentence's
    from tests.checks._harness import fixture

    tables = _tables(fixture("tables", "final_accounts_pdf_single_spaced.txt"))
    two_sided = next(t for t in tables if any(r[0] == "一、一般公共预算财政拨款" for r in t))
    labels = [r[0] for r in two_sided]
    assert "本年收入合计" in labels and "总计" in labels
    (right_only,) = [r for r in two_sided if "三、城乡社区支出" in r]
    assert right_only[:3] == ["", "", "三、城乡社区支出"]  # under 支出's 项目, not 收入's


def test_the_sides_totals_of_a_flattened_two_sided_table_go_to_their_sides():
    from perflint.extract.table_grid import read_grid
    from tests.checks._harness import fixture

    doc = parse_text(fixture("tables", "final_accounts_pdf_single_spaced.txt"))
    basic = [b for _p, b in doc.blocks() if isinstance(b, Table) and any(r.texts()[0] == "301" for r in b.rows)]
    grid = read_grid(basic[0])
    assert grid.roles == ["code", "label", "value", "code", "label", "value"]  # 302, 30201 … stay codes
    last = grid.texts[max(grid.data_rows())]
    assert last[0] == "人员经费合计" and last[2] == "1,033.00" and last[3] == "公用经费合计" and last[5] == "104.80"


EMPTY_AFTER = """第二部分 2023年度部门决算表
公开08表 政府性基金预算财政拨款收入支出决算表
金额单位：万元
科目编码 科目名称 年初结转和结余 本年收入 本年支出 年末结转和结余
合计 0.00 1,320.00 1,320.00 0.00
212 城乡社区支出 0.00 1,320.00 1,320.00 0.00
21208 国有土地使用权出让收入安排的支出 0.00 1,320.00 1,320.00 0.00
2120801 征地和拆迁补偿支出 0.00 1,320.00 1,320.00 0.00

公开09表 国有资本经营预算财政拨款支出决算表
金额单位：万元
科目编码 科目名称 本年支出
合计
注：本单位2023年度无国有资本经营预算财政拨款支出，故本表无数据。
"""


def test_a_numbered_tables_title_ends_the_table_above_and_a_part_heading_stays_a_heading():
    from perflint.model import Heading
    from perflint.testing import builtin_checks, lint_text

    doc = parse_text(EMPTY_AFTER)
    tables = [b for _p, b in doc.blocks() if isinstance(b, Table)]
    assert not any(r.texts()[0].startswith("公开09表") for t in tables for r in t.rows)
    assert not any(r.texts()[0] == "第二部分" for t in tables for r in t.rows)
    assert any(isinstance(b, Heading) and b.text.value.startswith("第二部分") for _p, b in doc.blocks())
    # the note is the empty 09 table's, not the 08 table's above it
    assert [d for d in lint_text(EMPTY_AFTER, checks=builtin_checks()) if d.code == "C721"] == []
    filled = EMPTY_AFTER.replace("科目编码 科目名称 本年支出\n合计\n", "科目编码 科目名称 本年支出\n合计 15.00\n223 国有资本经营预算支出 15.00\n"
                                "22301 解决历史遗留问题及改革成本支出 15.00\n")
    assert [d.code for d in lint_text(filled, checks=builtin_checks()) if d.code == "C721"] == ["C721"]


def test_an_unindented_right_side_row_goes_by_its_labels_ending():
    """A 收入支出决算总表 pasted from a PDF with one space between cells and no indent: a row of the
    支出 side alone (``三、卫生健康支出 16.40``) could stand on either side by its cells; its label
    ends as the 支出 side's labels do and as none of the 收入 side's (a false A101 on probe17d's
    draft: 350.60 + 45.10 ≠ 430.50)."""
    from perflint.checks.arithmetic import TableTotalMismatch

    from tests.checks._harness import fixture, run

    text = fixture("tables", "final_accounts_pdf_right_rows_unindented.txt")
    (table,) = _tables(text)
    assert [r for r in table if "三、卫生健康支出" in r][0][:3] == ["", "", "三、卫生健康支出"]
    assert [r for r in table if "二、其他收入" in r][0][0] == "二、其他收入"  # a full row stays as it was
    assert run(TableTotalMismatch, text) == []
    [d] = run(TableTotalMismatch, text.replace("三、卫生健康支出 16.40", "三、卫生健康支出 16.90"))
    assert "16.90" in d.message("zh")
