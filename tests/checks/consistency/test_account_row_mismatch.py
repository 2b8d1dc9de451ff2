"""C717 account-row-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import AccountRowMismatch

from .._harness import line_of, run

HEAD = "某县档案馆2023年度部门决算\n"

GENERAL_TABLE = """五、一般公共预算财政拨款支出决算表
公开05表
单位：万元
| 科目代码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
|  | 合计 | 640.60 | 600.20 | 40.40 |
| 201 | 一般公共服务支出 | 520.60 | 480.20 | 40.40 |
| 20103 | 政府办公厅（室）及相关机构事务 | 120.00 | 120.00 | 0.00 |
| 2010301 | 行政运行 | 120.00 | 120.00 | 0.00 |
| 20126 | 档案事务 | 400.60 | 360.20 | 40.40 |
| 2012601 | 行政运行 | 190.15 | 190.15 | 0.00 |
| 2012604 | 档案馆 | 210.45 | 170.05 | 40.40 |
| 208 | 社会保障和就业支出 | 120.00 | 120.00 | 0.00 |
| 20805 | 行政事业单位养老支出 | 120.00 | 120.00 | 0.00 |
| 2080505 | 机关事业单位基本养老保险缴费支出 | 120.00 | 120.00 | 0.00 |
"""

SECTION = "六、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出决算为640.60万元，主要用于：\n"


def draft(*lines: str, table: str = GENERAL_TABLE, section: str = SECTION) -> str:
    return HEAD + table + section + "\n".join(lines) + "\n"


def test_a_row_quoted_with_the_whole_kuan_figure():
    text = draft("1. 一般公共服务（类）档案事务（款）行政运行（项）。年初预算为190.00万元，支出决算为400.60万元，完成年初预算的210.84%。")
    [d] = run(AccountRowMismatch, text)
    assert d.location.line == text.splitlines().index(next(x for x in text.splitlines() if x.startswith("1. "))) + 1
    assert "400.60" in d.message("zh") and "190.15" in d.message("zh") and "2012601" in d.message("zh")
    assert run(AccountRowMismatch, text.replace("400.60万元", "190.15万元")) == []


def test_quiet_when_the_prose_quotes_the_rows():
    text = draft(
        "1. 一般公共服务（类）档案事务（款）行政运行（项）支出决算为190.15万元，主要用于机关运转。",
        "2. 一般公共服务（类）档案事务（款）档案馆（项）支出决算为210.45万元，主要用于档案保管。",
        "3. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出决算为120万元。",
        "4. 主要用于一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）支出120.00万元。",
    )
    assert run(AccountRowMismatch, text) == []


def test_a_name_unique_among_the_rows_needs_no_path():
    [d] = run(AccountRowMismatch, draft("档案馆（项）支出决算为201.45万元，主要用于档案保管。"))
    assert "210.45" in d.message("zh")


def test_a_row_name_under_several_kuan_is_ambiguous_without_its_kuan():
    assert run(AccountRowMismatch, draft("行政运行（项）支出决算为400.60万元。")) == []
    [d] = run(AccountRowMismatch, draft("政府办公厅（室）及相关机构事务（款）行政运行（项）支出决算为400.60万元。"))
    assert "2010301" in d.message("zh")


YUAN_TABLE = GENERAL_TABLE.replace("单位：万元", "单位：元").replace("190.15 |", "1901480.00 |").replace(
    "210.45 |", "2104520.00 |")


@pytest.mark.parametrize(("said", "fires"), [
    ("190.15万元", False),  # 1,901,480 元 rounds to 190.15 万元
    ("190.1万元", False),
    ("1901480元", False),
    ("190.25万元", True),
    ("19.01万元", True),
])
def test_yuan_table_against_wan_prose_with_rounding(said, fires):
    text = draft(f"一般公共服务（类）档案事务（款）行政运行（项）支出决算为{said}。", table=YUAN_TABLE)
    assert bool(run(AccountRowMismatch, text)) is fires


@pytest.mark.parametrize("line", [
    "一般公共服务（类）档案事务（款）行政运行（项）上年支出决算为400.60万元。",
    "一般公共服务（类）档案事务（款）行政运行（项）2022年度支出决算为400.60万元。",
    "一般公共服务（类）档案事务（款）行政运行（项）支出决算为190.15万元，比上年增加400.60万元。",
    "一般公共服务（类）档案事务（款）行政运行（项）支出决算为190.15万元，其中：人员经费150.00万元。",
    "一般公共服务（类）档案事务（款）行政运行（项）基本支出180.15万元。",  # a part column: not compared
    "一般公共服务（类）档案事务（款）行政运行（项）年初预算为400.60万元。",  # the table has no budget column
])
def test_quiet_on_last_year_comparisons_parts_and_other_columns(line):
    assert run(AccountRowMismatch, draft(line)) == []


def test_quiet_when_the_table_is_absent_or_of_another_fund():
    line = "一般公共服务（类）档案事务（款）行政运行（项）支出决算为400.60万元。"
    assert run(AccountRowMismatch, HEAD + SECTION + line + "\n") == []
    all_funds = GENERAL_TABLE.replace("五、一般公共预算财政拨款支出决算表", "三、支出决算表")
    assert run(AccountRowMismatch, draft(line, table=all_funds)) == []  # the prose speaks of 一般公共预算财政拨款
    fund = "七、政府性基金预算财政拨款支出决算情况说明\n2023年度政府性基金预算财政拨款支出决算为0万元。\n"
    assert run(AccountRowMismatch, draft(line, section=fund)) == []
    mixed = "四、财政拨款支出决算情况说明\n2023年度财政拨款支出决算为640.60万元，主要用于：\n"
    assert run(AccountRowMismatch, draft(line, section=mixed)) == []


def test_the_all_funds_table_for_a_section_on_all_spending():
    all_funds = GENERAL_TABLE.replace("五、一般公共预算财政拨款支出决算表", "三、支出决算表")
    section = "三、支出决算情况说明\n2023年度本年支出合计640.60万元，主要用于：\n"
    [d] = run(AccountRowMismatch, draft("一般公共服务（类）档案事务（款）档案馆（项）支出210.40万元。",
                                        table=all_funds, section=section))
    assert "支出决算表" in d.message("zh")


def test_two_tables_of_the_scope_that_disagree_leave_it_unsure():
    other = GENERAL_TABLE.replace("190.15 | 190.15", "180.15 | 180.15")
    text = draft("一般公共服务（类）档案事务（款）行政运行（项）支出决算为400.60万元。", table=GENERAL_TABLE + other)
    assert run(AccountRowMismatch, text) == []


BUDGET_TABLE = """五、一般公共预算财政拨款支出决算表
单位：万元
科目编码\t科目名称\t年初预算数\t决算数
201\t一般公共服务支出\t500.00\t520.60
20126\t档案事务\t500.00\t520.60
2012601\t行政运行\t300.00\t310.15
2012604\t档案馆\t200.00\t210.45
"""


def test_a_tab_table_with_budget_and_actual_columns():
    text = draft("一般公共服务（类）档案事务（款）行政运行（项）年初预算为500.00万元，支出决算为310.15万元。",
                 table=BUDGET_TABLE)
    [d] = run(AccountRowMismatch, text)
    assert "年初预算" in d.message("zh") and "300" in d.message("zh")
    ok = text.replace("年初预算为500.00万元", "年初预算为300万元")
    assert run(AccountRowMismatch, ok) == []
    adjusted = text.replace("年初预算为500.00万元", "调整预算为500.00万元")
    assert run(AccountRowMismatch, adjusted) == []  # the table has no 调整预算 column


def test_quiet_when_the_row_itself_does_not_add_up():
    broken = GENERAL_TABLE.replace("| 2012601 | 行政运行 | 190.15 | 190.15 | 0.00 |", "| 2012601 | 行政运行 | 190.15 | 180.15 | 0.00 |")
    text = draft("一般公共服务（类）档案事务（款）行政运行（项）支出决算为180.15万元。", table=broken)
    assert run(AccountRowMismatch, text) == []  # 合计 ≠ 基本 + 项目: which column is right is for the table checks


def test_a_figure_of_a_later_sentence_is_not_the_rows():
    text = draft("一般公共服务（类）档案事务（款）行政运行（项）主要用于机关运转。全年支出400.60万元。")
    assert run(AccountRowMismatch, text) == []


def test_a_long_list_keeps_the_scope_of_its_intro():
    items = [f"{k}. 一般公共服务（类）档案事务（款）档案馆（项）支出决算为210.45万元。" for k in range(1, 13)]
    items.append("13. 一般公共服务（类）档案事务（款）行政运行（项）支出决算为400.60万元。")
    assert len(run(AccountRowMismatch, draft(*items))) == 1


def test_a_figure_right_after_the_path_is_the_rows_spending():
    assert run(AccountRowMismatch, draft("1. 一般公共服务（类）520.60万元，占81.27%。")) == []
    [d] = run(AccountRowMismatch, draft("1. 一般公共服务（类）：640.60万元，占100%。"))
    assert "520.6" in d.message("zh")
    assert run(AccountRowMismatch, draft("1. 一般公共服务（类）主要用于机关运转，640.60万元。")) == []


def test_each_part_against_its_own_tables():
    first = "某县档案局2023年度部门决算\n" + SECTION + "一般公共服务（类）档案事务（款）行政运行（项）支出决算为400.60万元。\n"
    [d] = run(AccountRowMismatch, first + draft("一般公共服务（类）档案事务（款）行政运行（项）支出决算为400.60万元。"))
    assert d.location.line > first.count("\n")


@pytest.mark.parametrize(("title", "fires"), [
    ("五、某县档案馆2023年度一般公共预算财政拨款支出决算表", True),
    ("五、一般公共预算财政拨款支出决算表（按功能分类）", True),
    ("五、一般公共预算财政拨款项目支出决算表", False),
    ("五、财政拨款支出决算表", False),  # every fund's appropriations: not the table the section speaks of
])
def test_the_tables_title_names_its_fund(title, fires):
    table = GENERAL_TABLE.replace("五、一般公共预算财政拨款支出决算表", title)
    text = draft("一般公共服务（类）档案事务（款）行政运行（项）支出决算为400.60万元。", table=table)
    assert bool(run(AccountRowMismatch, text)) is fires


# A path whose 类 is none of the tables' classes: an account copied from another unit's 决算说明.
USED = "（十）本部门使用的支出功能分类科目\n"


ALL_TABLE = GENERAL_TABLE.replace("五、一般公共预算财政拨款支出决算表", "三、支出决算表")


def test_a_listed_class_the_tables_do_not_have():
    text = draft(USED + "1. 教育（类）普通教育（款）小学教育（项）",
                 "2. 一般公共服务（类）档案事务（款）档案馆（项）", table=ALL_TABLE + GENERAL_TABLE)
    [d] = run(AccountRowMismatch, text)
    assert d.location.line == line_of(text, "小学教育")
    assert "教育" in d.message("zh") and "一般公共服务" in d.message("zh") and "社会保障和就业" in d.message("zh")
    assert "another unit" in d.message("en")


def test_a_class_spent_on_in_prose_but_absent_from_the_tables():
    [d] = run(AccountRowMismatch, draft("农林水支出（类）农业农村（款）行政运行（项）支出决算为12.00万元。"))
    assert "农林水" in d.message("zh")


@pytest.mark.parametrize("line", [
    "1. 一般公共服务（类）档案事务（款）档案馆（项）",
    "主要用于社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）",
    "农林水支出（类）农业农村（款）行政运行（项）年初预算为12.00万元，支出决算为0万元。",
    "农林水支出（类）农业农村（款）行政运行（项）年初预算为12.00万元。",
    "与上年相比，农林水支出（类）农业农村（款）行政运行（项）支出减少。",
    "本年无农林水支出（类）支出。",
])
def test_quiet_on_a_class_of_the_tables_or_not_spent_this_year(line):
    assert [d for d in run(AccountRowMismatch, draft(line)) if "这一类" in d.message("zh")] == []


def test_quiet_on_a_listed_class_when_only_the_general_budget_table_is_there():
    # the list speaks of every fund; a 政府性基金 class has no row in the general-budget table
    assert run(AccountRowMismatch, draft(USED + "1. 城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他支出（项）")) == []


def test_quiet_without_a_coded_expenditure_table():
    assert run(AccountRowMismatch, HEAD + SECTION + USED + "1. 教育（类）普通教育（款）小学教育（项）\n") == []


def _one_cell_a_line(table: str) -> str:
    """The pipe table's header and rows pasted one cell a line, as a PDF's text gives them: the
    header in pieces (a group row 项目 | 本年支出 over 科目代码 | 科目名称 | 合计 | …, then 栏次 1 2 3)
    and each row's cells, the empty ones dropped."""
    lines = table.split("\n")
    title = [x for x in lines if "|" not in x and x]
    rows = [[c.strip() for c in x.strip("|").split("|")] for x in lines if "|" in x]
    pieces = ["项目", "本年支出", *rows[0], "栏次", "1", "2", "3"] + [c for row in rows[1:] for c in row if c]
    return "\n".join(title) + "\n" + "\n\n".join(pieces) + "\n"


def test_a_table_pasted_one_cell_a_line_with_its_header_in_pieces():
    """One cell a line, the header's pieces are read into a paragraph and the rows by their
    account codes: the names right before 栏次 (科目代码 | 科目名称 | 合计 | 基本支出 | 项目支出) are
    the table's header, so its 合计 column is known and the prose is compared with it, as with
    the same table in rows."""
    table = _one_cell_a_line(GENERAL_TABLE)
    text = draft("1. 一般公共服务（类）档案事务（款）行政运行（项）。年初预算为190.00万元，支出决算为400.60万元，完成年初预算的210.84%。",
                 table=table)
    [d] = run(AccountRowMismatch, text)
    assert "400.60" in d.message("zh") and "190.15" in d.message("zh") and "2012601" in d.message("zh")
    assert run(AccountRowMismatch, text.replace("400.60万元", "190.15万元")) == []
