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
    assert [r[0] for r in income] == ["", "208", "2080505", "213"]
    assert income[2][1] == "机关事业单位基本养老保险缴费支出" and len(income[2]) == 9
    assert spending[0] == ["", "合计", "975.00", "775.00", "200.00"]


def test_figure_is_not_glued_to_the_next_label_and_empty_left_cells_come_back():
    (table,) = _tables(TWO_SIDED)
    assert ["年初财政拨款结转和结余", "20.00", "年末财政拨款结转和结余", "20.00"] in table
    assert ["", "", "三、住房保障支出", "45.00"] in table


def test_spaced_years_still_join_their_unit():
    (table,) = _tables("项目   完成时间   预算数   执行数\n道路硬化   2023 年度   12.50   12.00\n"
                       "桥梁维修   2023 年末   8.00   7.50\n")
    assert ["道路硬化", "2023 年度", "12.50", "12.00"] in table
    assert ["桥梁维修", "2023 年末", "8.00", "7.50"] in table
