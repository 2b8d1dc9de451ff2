"""A101 table-total-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import TableTotalMismatch

from perflint.diagnostics import Severity

from .._harness import fixture, run
from ._drafts import SUMMARY, expenditure, run_table


def test_a101_quiet_on_consistent_table():
    assert run_table(TableTotalMismatch, "支出决算表", expenditure()) == []


def test_a101_row_and_column_total_mismatch():
    diags = run_table(TableTotalMismatch, "支出决算表", expenditure(total="412.50"))
    assert {d.location.line for d in diags} == {9}
    column = next(d for d in diags if "310.20 + 92.30" in d.message())
    assert column.severity is Severity.error
    assert "310.20 + 92.30 = 402.50 ≠ 412.50（本年支出合计）" in column.message()
    assert "402.50 + 92.30" not in column.message()
    assert column.related and column.related[0].location.line == 9


def test_a101_last_digit_difference_is_rounding_and_can_be_silenced():
    rows = ["项目\t金额", "办公费\t12.41", "印刷费\t3.15", "合计\t15.55"]
    (d,) = run_table(TableTotalMismatch, "公用经费明细表", rows)
    assert d.severity is Severity.rounding and d.message().startswith("尾数差异")
    assert "12.41 + 3.15 = 15.56 ≠ 15.55" in d.message()
    assert run_table(TableTotalMismatch, "公用经费明细表", rows, rounding=False) == []


def test_a101_english_message():
    (d,) = run_table(TableTotalMismatch, "公用经费明细表", ["项目\t金额", "办公费\t12.40", "印刷费\t3.15", "合计\t17.55"])
    assert "12.40 + 3.15 = 15.55 ≠ 17.55" in d.message("en")


def test_a101_enumerated_rows_add_up_to_the_year_total():
    bad = [r.format(closing="25.10", total="855.10") for r in SUMMARY]
    bad[4] = "本年收入合计\t3\t822.00\t本年支出合计\t32\t830.00"
    (d,) = run_table(TableTotalMismatch, "收入支出决算总表", bad)
    assert "800.00 + 20.00 = 820.00 ≠ 822.00" in d.message()


def test_a101_merged_cell_written_on_each_of_its_rows_is_not_added_again():
    # a 评分表 exported with its merged 一级指标 | 分值 cells repeated on every row: 投入 20 is one
    # part, not two; the 三级 分值 and the 得分 are still added
    rows = ["一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t评分标准\t得分",
            "投入\t40\t预算编制\t20\t预算编制科学性\t20\t经过科学论证，得20分\t20",
            "投入\t40\t目标设定\t20\t绩效目标合理性\t20\t与职能相符，得20分\t18",
            "产出\t60\t职责履行\t60\t实际完成率\t30\t实际完成率×30\t30",
            "产出\t60\t职责履行\t60\t完成及时率\t30\t完成及时率×30\t28",
            "合计\t100\t\t100\t\t100\t\t96"]
    assert run_table(TableTotalMismatch, "部门整体支出绩效评价评分表", rows) == []
    # written once per group, the same column is added and checked
    once = [rows[0], rows[1], rows[2].replace("投入\t40", "\t"), rows[3].replace("产出\t60", "产出\t50"),
            rows[4].replace("产出\t60", "\t"), rows[5]]
    (d,) = run_table(TableTotalMismatch, "部门整体支出绩效评价评分表", once)
    assert "40 + 50 = 90 ≠ 100" in d.message()


def test_a101_second_of_two_tables_under_a_bare_title_line_is_checked():
    # PDF text: each 决算 table's title alone on its line (no year, no unit line) between the
    # tables; read as a row of the first table, it hid the second table's 合计 error
    income = ["项目\t本年收入合计\t财政拨款收入\t其他收入", "合计\t120.00\t100.00\t20.00",
              "行政运行\t80.00\t70.00\t10.00", "一般行政管理事务\t40.00\t30.00\t10.00"]
    expense = ["项目\t本年支出合计\t基本支出\t项目支出", "合计\t{total}\t90.00\t28.00",
               "行政运行\t80.00\t80.00\t0.00", "一般行政管理事务\t38.00\t10.00\t28.00"]
    rows = income + ["支出决算表"] + expense

    def found(total: str) -> list[str]:
        return [d.message() for d in run_table(TableTotalMismatch, "收入决算表", [r.format(total=total) for r in rows])]

    assert found("118.00") == []
    assert sorted(found("119.00")) == ["80.00 + 38.00 = 118.00 ≠ 119.00（合计）：相差 1.00（分项见第 13、14 行）",
                                       "90.00 + 28.00 = 118.00 ≠ 119.00（本年支出合计）：相差 1.00"]


# Tables pasted one cell per line (fixtures we wrote, modelled on a 三公 table with a bar after each
# cell and a 收入支出决算总表 with blank lines between cells): a wrong total is found at its own
# line, a right one is quiet, and lines that are no table give nothing to add up.

def test_a101_quiet_on_a_right_total_in_a_table_with_a_bar_after_each_cell():
    assert run(TableTotalMismatch, fixture("tables", "sangong_cell_per_line.txt")) == []


def test_a101_wrong_total_in_a_table_with_a_bar_after_each_cell():
    text = fixture("tables", "sangong_cell_per_line.txt").replace("\n48.16 |\n", "\n49.16 |\n")
    (d,) = run(TableTotalMismatch, text)
    assert d.location.line == 19
    assert "0 + 12.46 + 35.70 = 48.16 ≠ 49.16（合计）" in d.message()
    assert sorted(r.location.line for r in d.related) == [11, 15]


def test_a101_quiet_on_a_right_final_accounts_table_with_blank_lines_between_cells():
    assert run(TableTotalMismatch, fixture("tables", "final_accounts_cell_per_line.txt")) == []


def test_a101_wrong_year_total_in_a_final_accounts_table_with_blank_lines_between_cells():
    text = fixture("tables", "final_accounts_cell_per_line.txt").replace("\n1,199.60\n", "\n1,209.60\n")
    (d,) = run(TableTotalMismatch, text)
    assert d.location.line == 47
    assert "820.15 + 0.00 + 12.40 + 367.05 = 1199.60 ≠ 1,209.60（本年收入合计）" in d.message()


def test_a101_quiet_on_a_right_final_accounts_table_of_two_halves_with_blank_lines_between_cells():
    assert run(TableTotalMismatch, fixture("tables", "final_accounts_two_halves_cell_per_line.txt")) == []


def test_a101_wrong_part_of_the_expenditure_half_of_a_two_halves_table_pasted_one_cell_per_line():
    text = fixture("tables", "final_accounts_two_halves_cell_per_line.txt").replace("\n40.20\n", "\n41.20\n")
    (d,) = run(TableTotalMismatch, text)
    assert d.location.line == 95  # the 本年支出合计 of the right half
    assert "480.10 + 0.00 + 12.00 + 41.20 = 533.30 ≠ 532.30（本年支出合计）" in d.message()


def test_a101_quiet_on_a_right_final_accounts_table_whose_rows_lost_empty_cells():
    assert run(TableTotalMismatch, fixture("tables", "final_accounts_lost_cells_cell_per_line.txt")) == []


def test_a101_wrong_part_in_a_final_accounts_table_whose_rows_lost_empty_cells():
    # 四、卫生健康支出 stands on a row whose income side was empty; its rows are put in place by 行次
    text = fixture("tables", "final_accounts_lost_cells_cell_per_line.txt").replace("\n62.15\n", "\n63.15\n")
    (d,) = run(TableTotalMismatch, text)
    assert d.location.line == 87  # the 本年支出合计
    assert "620.40 + 150.00 + 63.15 = 833.55 ≠ 832.55（本年支出合计）" in d.message()


def test_a101_quiet_on_a_right_account_code_table_pasted_one_cell_per_line():
    assert run(TableTotalMismatch, fixture("tables", "expenditure_by_account_code_cell_per_line.txt")) == []


def test_a101_wrong_total_of_an_account_code_table_pasted_one_cell_per_line():
    text = fixture("tables", "expenditure_by_account_code_cell_per_line.txt").replace("\n1,286.40\n", "\n1,296.40\n")
    # the header read from its pieces names the 小计 column: the 合计 row's 小计 is checked against
    # its 基本支出 + 项目支出 too, as in the same table in tabs
    row, column = run(TableTotalMismatch, text)
    assert row.location.line == column.location.line == 37
    assert "905.10 + 381.30 = 1286.40 ≠ 1,296.40（小计）" in row.message()
    assert "96.20 + 1,190.20 = 1286.40 ≠ 1,296.40（合计）" in column.message()


def test_a101_column_of_a_source_in_an_appropriation_summary_pasted_one_cell_per_line():
    text = fixture("tables", "appropriation_summary_cell_per_line.txt")
    assert run(TableTotalMismatch, text) == []
    lines = text.split("\n")
    assert lines[96] == "220.00"  # 四、农林水支出 in the 一般公共预算财政拨款 column (line 97)
    lines[96] = "230.00"
    found = run(TableTotalMismatch, "\n".join(lines))
    assert any("420.00 + 0.00 + 230.00 = 650.00 ≠ 640.00" in d.message() for d in found)


def test_a101_quiet_where_no_table_was_read():
    assert run(TableTotalMismatch, fixture("tables", "not_tables_one_item_per_line.txt")) == []


# An excerpt that stops inside a table whose 合计 comes first (a fixture we wrote, modelled on a
# 三公 budget table pasted one cell a line): the last row lost its figure at the cut, so the parts
# above fall short of the total; that is the cut, not the draft.

def test_a101_quiet_when_the_excerpt_stops_inside_a_total_first_table():
    assert run(TableTotalMismatch, fixture("tables", "sangong_total_first_cut.txt")) == []


def test_a101_total_first_table_that_ends_on_figures_is_still_checked():
    whole = fixture("tables", "sangong_total_first_cut.txt") + "22.00 |\n"
    assert run(TableTotalMismatch, whole) == []
    wrong = whole.replace("36.50", "38.50")
    (d,) = run(TableTotalMismatch, wrong)
    assert "0 + 14.50 + 22.00 = 36.50 ≠ 38.50（合计）" in d.message()
    # parts already above the total: the rows a cut took could only add to them
    assert run(TableTotalMismatch, fixture("tables", "sangong_total_first_cut.txt").replace("36.50", "12.50")) != []


def test_a101_short_total_in_a_table_the_text_may_be_cut_through_is_a_warning():
    """Parts that reach the text's last line (below their total) or start on its first line
    (above their total) may go on past the cut: short of the total, a warning, not an error."""
    ending = fixture("tables", "sangong_total_first_cut.txt") + "22.00 |\n"
    (d,) = run(TableTotalMismatch, ending.replace("36.50", "38.50"))
    assert d.severity is Severity.warning
    (d,) = run(TableTotalMismatch, ending.replace("36.50", "38.50") + "二、情况说明\n本年预算较上年减少。\n")
    assert d.severity is Severity.error
    opening = "因公出国（境）费\t0.00\n公务接待费\t14.50\n公务用车购置及运行费\t22.00\n合计\t38.50\n\n二、情况说明\n\n本年预算较上年减少。\n"
    (d,) = run(TableTotalMismatch, opening)
    assert d.severity is Severity.warning
    (d,) = run(TableTotalMismatch, "一、“三公”经费预算表\n\n项目\t预算数\n" + opening)
    assert d.severity is Severity.error


def test_a101_quiet_on_a_table_the_text_opens_inside_a_row_of():
    """``.37 | 1.37 | 0.00 |``: the copy began inside a row (its name and first digits above the
    cut), so the rows above the cut are gone and a total short of the rest says nothing."""
    cut = (".37 | 1.37 | 0.00 |\n公务用车购置费 | 0.00 | 0.00 | 0.00 |\n总计 | 3.05 | 1.75 | 0.00 |\n"
           "二、“三公”经费支出决算情况说明\n本年“三公”经费支出 1.75 万元。\n")
    assert run(TableTotalMismatch, cut) == []
    # the same rows under the table's own header: a wrong total is reported
    whole = ("项目 | 预算数 | 决算数 | 结余 |\n公务用车运行维护费 | 1.37 | 1.37 | 0.00 |\n"
             + cut.split("\n", 1)[1].replace("3.05", "3.15"))
    assert run(TableTotalMismatch, whole) != []


def test_a101_short_total_under_the_figures_left_of_a_row_the_cut_broke_is_a_warning():
    """The copy began inside a row, after its name and first figures: the text's first line is
    what was left of the row's last figure (``\t19.40`` or ``.40``), read apart from the rows
    under it. The rows above the cut are gone, so a total short of the rest is a warning, not an
    error; a line of words there (the table's own title) keeps it an error."""
    rows = "印刷费\t12.30\t11.80\n差旅费\t8.15\t7.60\n会议费\t4.20\t3.90\n合计\t45.05\t42.70\n"
    for left in ("\t19.40\n", ".40\n", "\t.40\n"):
        diags = run(TableTotalMismatch, left + rows)
        assert diags and {d.severity for d in diags} == {Severity.warning}, left
    titled = run(TableTotalMismatch, "项目支出明细表\n" + rows)
    assert titled and Severity.error in {d.severity for d in titled}


def test_a101_rows_left_after_a_cell_per_line_table_are_no_prose():
    """The copy stopped after a row's figure but before its bar (``18.00``): the reader leaves
    the row out of the table, and no prose follows it; a total short of the rows read is a
    warning, not an error."""
    text = fixture("tables", "sangong_total_first_cut.txt").replace("36.50", "38.50") + "22.00\n"
    (d,) = run(TableTotalMismatch, text)
    assert d.severity is Severity.warning


def test_a102_group_whose_column_the_cut_ends_is_a_warning():
    """A 基本支出 table of groups side by side, cut inside a row: the 302 group's column ends a row
    earlier than the 301 group's, and its parts reach that end; short of 302, a warning."""
    from perflint.checks.arithmetic import AccountCodeNesting

    text = ("科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数\n"
            "301\t工资福利支出\t500.00\t302\t商品和服务支出\t148.47\n"
            "30101\t基本工资\t300.00\t30201\t办公费\t33.02\n"
            "30102\t津贴补贴\t150.00\t30202\t印刷费\t8.09\n"
            "30103\t奖金\t50.00\n")
    (d,) = run(AccountCodeNesting, text)
    assert "302" in d.message() and d.severity is Severity.warning
    (d,) = run(AccountCodeNesting, text + "\n二、情况说明\n\n本年基本支出 648.47 万元。\n")
    assert d.severity is Severity.error


# A 三公 table of 预算数 and 决算数, each over 合计 | 一般公共预算 | 政府性基金 (a fixture we wrote,
# modelled on the layout): exported with the merged cells' blanks at the end of the first header
# line and no cell under 项目 on the second, the second line stands one column left of the
# figures. Read as written, 决算数/合计 lands on the 政府性基金 of the budget.

def test_a101_quiet_on_a_two_row_header_one_column_out_of_step():
    assert run(TableTotalMismatch, fixture("tables", "sangong_two_row_header_cut.txt")) == []


def test_a101_two_row_header_that_lines_up_is_still_summed():
    head = ("单位:万元\n项目\t预算数\t\t\t决算数\t\t\n"
            "\t合计\t一般公共预算\t政府性基金\t合计\t一般公共预算\t政府性基金\n")
    rows = "因公出国(境)费\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\n公务接待费\t1.20\t1.20\t0.00\t{total}\t0.64\t0.00\n"
    assert run(TableTotalMismatch, head + rows.format(total="0.64")) == []
    (d,) = run(TableTotalMismatch, head + rows.format(total="0.74"))
    assert d.severity is Severity.error
    assert "0.64 + 0.00 = 0.64 ≠ 0.74（决算数/合计）" in d.message()
    # the same figures under the header one column out of step: nothing is added
    shifted = fixture("tables", "sangong_two_row_header_cut.txt").replace("| 0.64 | 0.64 |", "| 0.74 | 0.64 |")
    assert run(TableTotalMismatch, shifted) == []


# Tables numbered by a 序号 column (fixtures we wrote): a 部门预算收支总表 pasted one cell per line,
# each row opening with its 序号, and a list of projects with space-separated cells whose 合计,
# written once over 序号 and the names, lost its empty cells. The ordinals are no figures: a
# right table is quiet, and its totals are checked.

def test_a101_quiet_on_a_right_budget_summary_whose_rows_open_with_their_ordinal():
    assert run(TableTotalMismatch, fixture("tables", "budget_summary_ordinal_cell_per_line.txt")) == []


def test_a101_wrong_part_of_a_budget_summary_whose_rows_open_with_their_ordinal():
    text = fixture("tables", "budget_summary_ordinal_cell_per_line.txt")
    (d,) = run(TableTotalMismatch, text.replace("\n52.30 |\n", "\n62.30 |\n"))
    assert d.severity is Severity.error and d.location.line == 60  # the 本年支出合计
    assert "62.30 + 18.40 + 356.90 + 21.00 = 458.60 ≠ 448.60（本年支出合计）" in d.message()
    (d,) = run(TableTotalMismatch, text.replace("\n412.60 |\n", "\n402.60 |\n"))
    assert d.location.line == 58 and "≠ 420.60（本年收入合计）" in d.message()


def test_a101_quiet_on_a_right_project_list_whose_total_lost_its_empty_cells():
    assert run(TableTotalMismatch, fixture("tables", "project_funds_ordinal_loose.txt")) == []


def test_a101_wrong_total_of_a_project_list_whose_total_lost_its_empty_cells():
    text = fixture("tables", "project_funds_ordinal_loose.txt").replace("合计 1454", "合计 1464")
    (d,) = run(TableTotalMismatch, text)
    assert d.severity is Severity.error
    assert "36 + 120 + 48 + 1250 = 1454 ≠ 1464（合计）" in d.message()
    # two figure columns and one figure in the 合计 row: which column it stands in is not known
    two = (text.replace("财政资金总额", "财政资金总额 其他资金").replace("经费 36", "经费 36 0")
           .replace("配套 120", "配套 120 0").replace("经费 48", "经费 48 0").replace("建设 1250", "建设 1250 0"))
    assert run(TableTotalMismatch, two) == []


def test_a101_ordinal_rows_pasted_one_cell_per_line_with_their_total():
    rows = "示范镇人民政府2023年度部门决算\n\n公用经费支出明细表\n序号\n项目\n预算数\n决算数\n1\n办公费\n12.40\n11.00\n2\n印刷费\n3.15\n3.00\n3\n差旅费\n5.00\n4.00\n合计\n{total}\n"
    tail = "\n二、情况说明\n\n本年支出较上年减少。\n"
    assert run(TableTotalMismatch, rows.format(total="20.55\n18.00") + tail) == []
    (d,) = run(TableTotalMismatch, rows.format(total="20.55\n19.00") + tail)
    assert d.severity is Severity.error and "11.00 + 3.00 + 4.00 = 18.00 ≠ 19.00（合计）" in d.message()
    (d,) = run(TableTotalMismatch, rows.format(total="\n20.65\n18.00") + tail)  # 合计, its empty name cell
    assert "12.40 + 3.15 + 5.00 = 20.55 ≠ 20.65（合计）" in d.message()


def test_a101_total_of_code_rows_whose_first_class_row_is_missing_is_not_summed():
    """A 合计 adds the 类 rows of an account-code table; where a 项 or 款 stands without its 类 row
    (the text opens below it, or the row was never written), the 类 rows are not all its parts."""
    head = "示范县2023年度部门决算\n\n支出决算表\n"
    rows = ["201\t一般公共服务支出\t30.00", "2010101\t行政运行\t12.50", "2010102\t一般行政管理事务\t17.50",
            "208\t社会保障和就业支出\t20.00", "20805\t行政事业单位养老支出\t20.00",
            "2080505\t机关事业单位基本养老保险缴费支出\t20.00"]
    tail = "\n\n注：本表反映部门本年度支出情况。\n"
    assert run(TableTotalMismatch, head + "\n".join([*rows, "合计\t\t50.00"]) + tail) == []
    (d,) = run(TableTotalMismatch, head + "\n".join([*rows, "合计\t\t51.00"]) + tail)
    assert d.severity is Severity.error and "30.00 + 20.00 = 50.00 ≠ 51.00（合计）" in d.message()
    assert run(TableTotalMismatch, head + "\n".join([*rows[1:], "合计\t\t50.00"]) + tail) == []


def test_a101_two_row_header_with_its_blanks_at_the_end_is_put_back_in_step():
    """The whole 三公 table under that header: its second line names every figure column once
    moved past 项目, and repeats 合计 | 一般公共预算 | 政府性基金 once for each of 预算数 and
    决算数; so read, the 合计 columns are checked."""
    cut = fixture("tables", "sangong_two_row_header_cut.txt")
    rows = ("公务用车购置及运行费 | 3.40 | 3.40 | 0.00 | 2.15 | 2.15 | 0.00 |\n"
            "总计 | 4.60 | 4.60 | 0.00 | 2.79 | 2.79 | 0.00 |\n")
    whole = "示范县文化馆2023年度“三公”经费支出决算表\n" + cut[:cut.rindex("公务用车购置及运行费")] + rows + "注：无。\n"
    assert run(TableTotalMismatch, whole) == []
    found = run(TableTotalMismatch, whole.replace("| 0.64 | 0.64 |", "| 0.74 | 0.64 |"))
    assert all(d.severity is Severity.error for d in found)
    assert any("0.64 + 0.00 = 0.64 ≠ 0.74（决算数/合计）" in d.message() for d in found)  # and the 总计 row
    found = run(TableTotalMismatch, whole.replace("公务接待费 | 1.20 |", "公务接待费 | 1.30 |"))
    assert any("1.20 + 0.00 = 1.20 ≠ 1.30（预算数/合计）" in d.message() for d in found)
    # a second line that does not repeat one run of names once per group: left as written
    other = whole.replace("合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 |",
                          "合计 | 一般公共预算 | 政府性基金 | 小计 | 一般公共预算 | 政府性基金 |")
    found = run(TableTotalMismatch, other.replace("| 0.64 | 0.64 |", "| 0.74 | 0.64 |"))
    assert [d.message() for d in found if "决算数" in d.message()] == []  # only the 总计 row is summed


# A 自评表's indicator rows pasted with spaces for cell borders: a row with fewer categories has
# its cells shifted left, so the 分值 column lines up only for the rows that name every category.
_SPACED_WEIGHTS = """城乡居民医保参保工作绩效自评表
数量指标 城乡居民参保工作经费按时发放率 = 100 % 5
成本指标 城乡居民参保线上宣传成本 ≤ 101400 元 5
城乡居民参保经费人均发放成本 = 1 元/人 5
效益指标 社会效益指标 城乡居民参保线上宣传群众知晓率 = 100 % {weight}
城乡居民参保工作经费应发尽发比例 = 100 % 5
可持续影响指标 城乡居民医保参保机制完善程度 定性 优良中低差 10
满意度指标 服务对象满意度指标 城乡居民参保群众满意度 ≥ 90 % 10
合计 100
"""


def test_a101_quiet_on_rows_that_do_not_line_up():
    # the rows of the sum hold 3 to 5 cells: the shorter ones are shifted, not blank
    assert run(TableTotalMismatch, _SPACED_WEIGHTS.format(weight="15")) == []
    # a table whose rows lack at most the last cell still adds its blanks as 0
    rows = ["项目\t年初\t调整", "办公费\t12.40\t2.00", "印刷费\t3.15", "合计\t15.55\t3.00"]
    (d,) = run_table(TableTotalMismatch, "公用经费明细表", rows)
    assert d.message().startswith("2.00 = 2.00 ≠ 3.00（合计）")


# A 三公 table whose one-row header writes the 公务用车 group's subtotal as a named column before
# its parts (a layout we wrote, as 公开07表 is often typed): 合计 adds 因公出国（境）费, the named
# 小计 and 公务接待费; the 小计 adds 购置费 and 运行维护费.
_SANGONG_FLAT = ("项目\t合计\t因公出国（境）费\t公务用车购置及运行维护费小计\t公务用车购置费\t公务用车运行维护费\t公务接待费",
                 "预算数\t15.00\t0.00\t10.00\t0.00\t10.00\t5.00")


def test_a101_named_subtotal_column_groups_its_parts():
    quiet = [*_SANGONG_FLAT, "决算数\t12.00\t0.00\t9.00\t0.00\t9.00\t3.00"]
    assert run_table(TableTotalMismatch, "“三公”经费支出决算表", quiet) == []
    total_off = [*_SANGONG_FLAT, "决算数\t13.00\t0.00\t9.00\t0.00\t9.00\t3.00"]
    (d,) = run_table(TableTotalMismatch, "“三公”经费支出决算表", total_off)
    assert "0.00 + 9.00 + 3.00 = 12.00 ≠ 13.00" in d.message()
    subtotal_off = [*_SANGONG_FLAT, "决算数\t12.00\t0.00\t9.00\t0.00\t8.00\t3.00"]
    (d,) = run_table(TableTotalMismatch, "“三公”经费支出决算表", subtotal_off)
    assert "0.00 + 8.00 = 8.00 ≠ 9.00" in d.message() and d.severity is Severity.error


# A 支出决算表 pasted as tab rows under its unit line (部门：… | 金额单位：万元): the unit line names no
# column, so the 本年支出合计 column is still read as 基本支出 + 项目支出 on every row.
_BY_CODE = ("支出决算表\n公开03表\n部门：示范市交通运输局\t金额单位：万元\n"
            "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n"
            "合计\t\t920.30\t600.00\t320.30\n"
            "214\t交通运输支出\t920.30\t600.00\t320.30\n"
            "21401\t公路水路运输\t920.30\t600.00\t320.30\n"
            "2140101\t行政运行\t600.00\t600.00\t0.00\n"
            "2140106\t公路养护\t320.30\t0.00\t{upkeep}\n")


def test_a101_total_column_under_a_unit_line_is_read():
    assert run(TableTotalMismatch, _BY_CODE.format(upkeep="320.30")) == []


# The same kind of table read from a workbook (or pasted with its blanks kept): the unit line keeps a
# cell for every column, 编制单位 in the first and 金额单位 in the last, so it is as wide as the grid.
_INCOME_BY_CODE = ("某县人民医院2023年度单位决算\n收入决算表\n公开02表\n"
                   "编制单位：某县人民医院\t\t\t\t\t金额单位：万元\n"
                   "科目编码\t科目名称\t本年收入合计\t财政拨款收入\t事业收入\t其他收入\n"
                   "合计\t\t1,250.60\t420.30\t810.00\t20.30\n"
                   "210\t卫生健康支出\t1,250.60\t420.30\t810.00\t20.30\n"
                   "21002\t公立医院\t1,250.60\t420.30\t810.00\t20.30\n"
                   "2100201\t综合医院\t1,250.60\t420.30\t810.00\t{other}\n")


def test_a101_unit_line_as_wide_as_the_table_names_no_column():
    assert run(TableTotalMismatch, _INCOME_BY_CODE.format(other="20.30")) == []
    diags = run(TableTotalMismatch, _INCOME_BY_CODE.format(other="23.30"))
    assert diags and all(d.location.line == 9 for d in diags)
    assert any("420.30 + 810.00 + 23.30" in d.message("zh") for d in diags)


def test_a101_total_column_under_a_unit_line_that_does_not_add_up():
    diags = run(TableTotalMismatch, _BY_CODE.format(upkeep="302.30"))
    assert 9 in {d.location.line for d in diags}
    assert any("0.00 + 302.30" in d.message("zh") for d in diags)


# A 三公 table written down the page: 公务用车购置及运行费 and, under it, its two parts. The parts
# are the whole's, not the 合计's; the 合计 adds the three items and the whole its two parts.
_SANGONG = ("一般公共预算财政拨款“三公”经费支出决算表\n金额单位：万元\n"
            "项目\t预算数\t决算数\n"
            "合计\t32.00\t28.64\n"
            "因公出国（境）费\t0.00\t0.00\n"
            "公务用车购置及运行费\t27.00\t24.36\n"
            "其中：公务用车购置费\t0.00\t0.00\n"
            "公务用车运行费\t27.00\t{running}\n"
            "公务接待费\t5.00\t{hosting}\n")


def test_a101_sangong_table_down_the_page_is_quiet_when_right():
    assert run(TableTotalMismatch, _SANGONG.format(running="24.36", hosting="4.28")) == []


def test_a101_sangong_table_down_the_page_item_against_the_total():
    [d] = run(TableTotalMismatch, _SANGONG.format(running="24.36", hosting="4.82"))
    assert d.location.line == 4 and "0.00 + 24.36 + 4.82" in d.message("zh")


def test_a101_sangong_table_down_the_page_part_against_its_whole():
    [d] = run(TableTotalMismatch, _SANGONG.format(running="23.46", hosting="4.28"))
    assert d.location.line == 6 and "0.00 + 23.46" in d.message("zh")


def test_a101_rate_column_whose_header_carries_the_percent_is_not_added():
    # 执行率（%）, 增长（%）: the % written once in the header, the cells bare; the 合计 row's rate
    # is the total's own quotient, never the sum of the rows' rates
    rows = ["支出内容\t预算数\t执行数\t执行率（%）\t比上年增长（%）",
            "工程建设费\t4,200.0\t4,116.0\t98.0\t5.2",
            "设备购置费\t1,000.0\t980.0\t98.0\t-3.1",
            "合计\t5,200.0\t5,096.0\t98.0\t3.5"]
    assert run_table(TableTotalMismatch, "项目资金支出明细表（单位：千元）", rows) == []
    # the money columns are still added
    bad = rows[:3] + ["合计\t5,300.0\t5,096.0\t98.0\t3.5"]
    (d,) = run_table(TableTotalMismatch, "项目资金支出明细表（单位：千元）", bad)
    assert "4,200.0 + 1,000.0" in d.message() or "4200.0 + 1000.0" in d.message()


def test_a101_share_and_weight_columns_in_percent_are_still_added():
    # 占比（%）and 权重（%）add up to their 合计 of 100: a wrong one is still found
    rows = ["支出性质\t决算数\t占比（%）\t权重（%）",
            "基本支出\t9.42\t73.71\t60",
            "项目支出\t3.36\t26.29\t30",
            "合计\t12.78\t100.00\t100"]
    (d,) = run_table(TableTotalMismatch, "部门支出情况表（单位：亿元）", rows)
    assert "60 + 30 = 90 ≠ 100" in d.message()
    rows[2] = "项目支出\t3.36\t25.29\t40"
    (d,) = run_table(TableTotalMismatch, "部门支出情况表（单位：亿元）", rows)
    assert "73.71 + 25.29 = 99.00 ≠ 100.00" in d.message()


SPLIT_ROW = """示范县应急管理局2023年度部门整体支出绩效自评报告

一、自评表

一级 指标\t二级指 标\t三级指标\t分 值\t得 分
产出 指标\t数量指 标\t执法检查 家次\t20\t20
产出 指标\t时效指 标\t物资采购 完成时间\t20\t17

效益 社会效 较大及以 0起 0起 20 20
指标 益指标 上生产安

全事故起
数

效益 指标\t生态效 益指标\t森林火灾 受害率\t20\t20
满意 度指 标\t服务对 象满意 度指标\t群众 满意度\t20\t{last}
合计\t\t\t100\t97
"""


def test_a101_total_of_a_table_continued_from_one_above_is_no_error():
    # a PDF's table whose row broke over a page (the text of a Word PDF as perflint reads it): the
    # row's pieces came out as lines, and the rows after them as a table of their own with the
    # 合计; its other parts stand in the table above
    (d,) = [d for d in run(TableTotalMismatch, SPLIT_ROW.format(last="20")) if "≠ 100" in d.message()]
    assert d.severity is Severity.warning
    # more than the total is wrong wherever the other rows stand
    diags = run(TableTotalMismatch, SPLIT_ROW.format(last="80"))
    assert any(d.severity is Severity.error and "≠ 97" in d.message() for d in diags)
    # with no table of its width above, the table is whole: its total falls short, an error
    alone = SPLIT_ROW.format(last="20").replace("产出 指标\t数量指 标\t执法检查 家次\t20\t20\n", "")
    alone = alone.replace("产出 指标\t时效指 标\t物资采购 完成时间\t20\t17\n", "").replace(
        "一级 指标\t二级指 标\t三级指标\t分 值\t得 分\n", "")
    assert any(d.severity is Severity.error and "≠ 100" in d.message() for d in run(TableTotalMismatch, alone))


def test_a101_a_total_read_over_both_sides_of_a_summary_table_is_not_summed():
    # a 收入支出决算总表 pasted one cell a line, its empty cells lost: read two cells wide, its
    # 收入 and 支出 sides interleave, and no 总计 adds 年初结转和结余 to 年末结转和结余
    cells = ["收入", "本年决算数", "支出", "本年决算数", "一、一般公共预算财政拨款收入", "1,105.60",
             "一、一般公共服务支出", "86.30", "二、事业收入", "48.20", "二、卫生健康支出", "1,116.30",
             "本年收入合计", "1,153.80", "本年支出合计", "1,202.60", "使用非财政拨款结余", "结余分配",
             "年初结转和结余", "114.60", "年末结转和结余", "65.80", "总计", "1,268.40", "总计", "1,268.40"]
    text = "示范县自然资源局2023年度部门决算\n\n表1 收入支出决算总表\n金额单位：万元\n" + "\n".join(cells) + "\n"
    assert [d for d in run(TableTotalMismatch, text) if d.severity is Severity.error] == []


def test_a101_rows_of_a_spaced_table_that_lost_blank_cells_make_no_sum():
    # a PDF's text sets cells apart by spaces and drops the blank ones: 社会保障和就业支出 86.20 86.20
    # under 科目名称 基本支出 项目支出 合计 has its 86.20 in no known column
    rows = ["科目名称  基本支出  项目支出  合计", "农林水支出  612.40  383.00  995.40",
            "社会保障和就业支出  86.20  86.20", "卫生健康支出  32.10  32.10", "总计  730.70  383.00  {total}"]
    text = "示范县水务局2023年度部门决算说明\n\n表2 支出决算分类表\n金额单位：万元\n" + "\n".join(rows) + "\n"
    assert run(TableTotalMismatch, text.format(total="1,113.70")) == []
    # a spaced table whose rows all keep their cells is still added up
    full = [r.replace("86.20  86.20", "86.20  0.00  86.20").replace("32.10  32.10", "32.10  0.00  32.10") for r in rows]
    text = "示范县水务局2023年度部门决算说明\n\n表2 支出决算分类表\n金额单位：万元\n" + "\n".join(full) + "\n"
    assert run(TableTotalMismatch, text.format(total="1,113.70")) == []
    assert any(d.severity is Severity.error for d in run(TableTotalMismatch, text.format(total="1,123.70")))


# A Word 三公 table laid out across (text we wrote): 预算数 and 决算数 each merged over six columns,
# 公务用车购置及运行费 over its 小计 and two parts, 合计 and 公务接待费 merged down two rows — the
# Word reader drops each header row's trailing blanks, so the rows come out shorter than the grid.
THREE_PUBLIC_ACROSS = [
    ["预算数", "<", "<", "<", "<", "<", "决算数", "<", "<", "<", "<", "<"],
    ["合计", "因公出国（境）费", "公务用车购置及运行费", "<", "<", "公务接待费",
     "合计", "因公出国（境）费", "公务用车购置及运行费", "<", "<", "公务接待费"],
    ["^", "^", "小计", "公务用车购置费", "公务用车运行费", "^", "^", "^", "小计", "公务用车购置费", "公务用车运行费", "^"],
    ["40.00", "0.00", "37.00", "28.00", "9.00", "3.00", "36.23", "0.00", "34.27", "26.85", "7.42", "1.96"],
]


def _three_public_docx(tmp_path, figures):
    from docx import Document as WordDocument

    from tests.checks._office_specs import word_table

    doc = WordDocument()
    for line in ["某区住房和城乡建设局2023年度部门决算", "公开07表 一般公共预算财政拨款“三公”经费支出决算表", "金额单位：万元"]:
        doc.add_paragraph(line)
    word_table(doc, THREE_PUBLIC_ACROSS[:3] + [figures])
    path = tmp_path / "three_public.docx"
    doc.save(path)
    return path


def test_a101_word_three_public_table_with_merged_groups(tmp_path):
    from perflint.testing import builtin_checks, lint_file

    right = THREE_PUBLIC_ACROSS[3]
    assert [d for d in lint_file(_three_public_docx(tmp_path, right), checks=builtin_checks()) if d.code.startswith("A")] == []
    wrong = right[:9] + ["26.58"] + right[10:]  # 公务用车购置费: 26.58 + 7.42 ≠ 34.27
    found = [d for d in lint_file(_three_public_docx(tmp_path, wrong), checks=builtin_checks()) if d.code == "A101"]
    assert found and all("34.27" in d.message() for d in found)


# A 三公 budget table in the older names (公务用车费 / 其中：公务用车运行维护费 / 公务用车购置):
# the 其中 rows detail 公务用车费, so 合计 adds the three numbered rows alone.
_OLDER_NAMES = ("示范县档案馆2016年“三公”经费预算表 | ||\n"
                "项 目 | 本年预算数 | 其中:一般公共预算拨款 |\n"
                "合 计 | 28.40 | 28.40 |\n"
                "1.因公出国(境)费用 | 0 | 0 |\n"
                "2.公务接待费 | 2.60 | 2.60 |\n"
                "3.公务用车费 | 25.80 | 25.80 |\n"
                "其中:(1)公务用车运行维护费 | 25.80 | 25.80 |\n"
                "(2)公务用车购置 | 0 | 0 |\n")


def test_a101_quiet_on_a_right_sangong_table_in_the_older_names():
    assert run(TableTotalMismatch, _OLDER_NAMES) == []


def test_a101_sangong_table_in_the_older_names_whose_car_row_is_left_at_zero():
    """公务用车费 left at 0 above its own 其中 rows: the details do not make their whole (the one
    slip, reported on the car row); the three numbered rows do not make 合计 either, but with the
    car row's own details in its place they do, so the 合计 is the same slip, not reported again."""
    text = _OLDER_NAMES.replace("3.公务用车费 | 25.80 | 25.80 |", "3.公务用车费 | 0 | 0 |")
    diags = run(TableTotalMismatch, text)
    assert {d.location.line for d in diags} == {6}
    assert all("25.80 + 0 = 25.80 ≠ 0" in d.message() for d in diags)


_SHORT_ROW = """2023年度部门支出决算表
单位：万元
| 项目 | 年初预算数 | 调整预算数 | 决算数 | 上年决算数 |
| --- | --- | --- | --- | --- |
| 基本支出 | 120.00 | 120.00 | 120.50 | 100.00 |
| 项目支出 | 80.25 | 60.00 |
| 其他支出 | 10.00 | 10.00 | 9.00 | 8.00 |
| 合计 | 210.00 | 190.00 | {total} | 168.00 |
"""


def test_a101_quiet_on_a_pipe_row_short_of_two_cells_among_figure_columns():
    """``| 项目支出 | 80.25 | 60.00 |`` under five columns of figures lost two cells at places
    nothing tells (a web table's merged or empty cells): its figures may be any two of the four
    columns, so no column it stands in is summed (it was: 120.00 + 80.25 + 10.00 ≠ 210.00, a
    false error, the row's 80.25 being its 调整预算数)."""
    assert run(TableTotalMismatch, _SHORT_ROW.format(total="189.75")) == []


def test_a101_sums_a_row_short_only_of_columns_without_figures():
    """Short of its two last cells, 说明 and 备注, which no row fills: its columns are certain."""
    rows = ["项目\t预算数\t决算数\t说明\t备注", "基本支出\t120.00\t120.50\t\t", "项目支出\t80.25\t60.00",
            "合计\t200.25\t190.50\t\t"]
    (d,) = run_table(TableTotalMismatch, "部门支出决算表", rows)
    assert d.message().startswith("120.50 + 60.00 = 180.50 ≠ 190.50（合计）")


def _lone_bar_rows(total: str) -> str:
    """A table flattened one cell a line, a lone ``|`` line after each row (as some web pages
    paste)."""
    rows = [["项目", "预算数", "决算数"], ["基本支出", "120.00", "120.50"], ["项目支出", "90.00", "80.25"],
            ["合计", "210.00", total]]
    return "2023年度部门支出决算表\n单位：万元\n" + "".join("".join(f"{c} |\n" for c in row) + "|\n" for row in rows)


def test_a101_sums_a_table_whose_rows_a_lone_bar_separates():
    """The lone bars are row breaks, not blank cells: the table is read as its rows and summed
    (it was left a column of single cells, and its wrong total unseen)."""
    [d] = run(TableTotalMismatch, _lone_bar_rows("210.75"))
    assert d.message().startswith("120.50 + 80.25 = 200.75 ≠ 210.75（合计）")
    assert run(TableTotalMismatch, _lone_bar_rows("200.75")) == []


def test_row_breaks_only_where_every_row_is_one_size_and_opens_on_a_name():
    from perflint.read.cell_grid import row_breaks

    cells = ["项目", "预算数", "", "基本支出", "120.00", "", "项目支出", "90.00", "", "合计", "210.00"]
    assert row_breaks(cells) == {2, 5, 8}
    # a blank cell inside a row (a 完成值 left blank) makes the bars cells: no breaks
    assert row_breaks(["项目", "预算数", "", "基本支出", "", "120.00", "", "合计", "210.00", ""]) == set()
    # stretches opening on a figure: a blank column inside the rows, not breaks
    assert row_breaks(["项目", "预算数", "决算数", "", "120.00", "基本支出", "", "80.00", "项目支出", ""]) == set()


_GROUPED_HEADER = """2023年度支出决算表
单位：万元
| 项目 | 合计 | 基本支出 | | 项目支出 |
| --- | --- | --- | --- | --- |
| | | 人员经费 | 公用经费 | |
| 一般公共服务支出 | {first} | 80.00 | 20.00 | 40.00 |
| 教育支出 | 60.00 | 30.00 | 10.00 | 20.00 |
| 合计 | {total} | 110.00 | 30.00 | 60.00 |
"""


def test_a101_total_column_beside_a_group_of_a_two_row_header():
    """A 合计 column beside 基本支出 (over 人员经费 | 公用经费, no subtotal column of its own) and
    项目支出: the group's columns are its parts, and the row is summed (it was not: the group
    stood for no column)."""
    found = run(TableTotalMismatch, _GROUPED_HEADER.format(first="150.00", total="210.00"))
    assert found[0].message().startswith("80.00 + 20.00 + 40.00 = 140.00 ≠ 150.00（合计）")
    assert run(TableTotalMismatch, _GROUPED_HEADER.format(first="140.00", total="200.00")) == []


def test_a101_quiet_beside_a_group_that_measures_one_thing_twice():
    """本年 over 预算数 | 决算数 beside a 合计 column: the group's columns are one thing measured
    twice, not parts to add."""
    text = ("2023年度支出表\n单位：万元\n| 项目 | 合计 | 本年 | | 上年 | |\n| --- | --- | --- | --- | --- | --- |\n"
            "| | | 预算数 | 决算数 | 预算数 | 决算数 |\n| 基本支出 | 150.00 | 80.00 | 20.00 | 40.00 | 30.00 |\n"
            "| 项目支出 | 60.00 | 30.00 | 10.00 | 20.00 | 10.00 |\n")
    assert run(TableTotalMismatch, text) == []


# a 三公 budget table whose 公务用车费 row lost its figure while its 其中 rows kept theirs (figures
# made up): one slip, which the subtotal's own relation reports; the 合计 is right with the
# subtotal's parts in its place
_SUBTOTAL_ROWS = ["项目\t预算数", "合计\t{total}", "1.因公出国（境）费\t0.00", "2.公务接待费\t2.40",
                  "3.公务用车购置及运行费\t{car}", "其中：（1）公务用车运行维护费\t18.60", "（2）公务用车购置费\t0.00"]


def test_a101_a_total_off_only_through_a_wrong_subtotal_is_that_subtotals_finding():
    rows = [r.format(total="21.00", car="0.00") for r in _SUBTOTAL_ROWS]
    (d,) = run_table(TableTotalMismatch, "部门“三公”经费预算表", rows)
    assert "18.60 + 0.00 = 18.60 ≠ 0.00" in d.message()


def test_a101_a_total_off_beyond_its_subtotals_slip_is_still_reported():
    # 合计 25.00: wrong even with the subtotal's parts in its place, so both are reported
    rows = [r.format(total="25.00", car="0.00") for r in _SUBTOTAL_ROWS]
    found = run_table(TableTotalMismatch, "部门“三公”经费预算表", rows)
    assert len(found) == 2
    rows = [r.format(total="21.00", car="18.60") for r in _SUBTOTAL_ROWS]
    assert run_table(TableTotalMismatch, "部门“三公”经费预算表", rows) == []


# A county's 三公 budget table pasted with bars (modelled on a county finance bureau's page): the
# car line's parts under 其中, the running costs typed 运转维护费, and the table's 说明 pasted as its
# last row (its other cells empty).
_SANGONG_PIPE = ("单位：万元 | ||||\n"
                 "项目 | 上年预算数 | 本年预算数 | 增减 | 增减原因 |\n"
                 "合计 | {total} | 2415.44 | 36.67 | |\n"
                 "1、因公出国(境)费用 | 0 | 0 | 0 | 从严控制出国经费。 |\n"
                 "2、公务接待费 | 1114.54 | 989.86 | -124.68 | 减少公务接待。 |\n"
                 "3、公务用车费 | 1264.23 | 1425.58 | 161.35 | |\n"
                 "其中：(1)公务用车运转维护费 | 1007.23 | 898.22 | -109.01 | 减少相关支出。 |\n"
                 "(2)公务用车购置费 | 257.00 | 527.36 | 270.36 | 新增执法执勤车辆。 |\n"
                 "说明：“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。 | ||||\n")


def test_a101_pipe_sangong_table_with_a_typed_part_and_a_note_row():
    [d] = run(TableTotalMismatch, _SANGONG_PIPE.format(total="2545.28"))
    assert d.location.line == 3 and "0 + 1114.54 + 1264.23 = 2378.77" in d.message("zh")


def test_a101_pipe_sangong_table_with_a_typed_part_and_a_note_row_quiet_when_right():
    assert run(TableTotalMismatch, _SANGONG_PIPE.format(total="2378.77")) == []


_FLAT = ("部门整体支出绩效目标申报表 单位:万元 支出构成 2023 年 占比 2021 年 2022 年 "
         "基本支出 5320.40 80.25% 4810 {basic} 项目支出 1309.20 19.75% 1190 860.35 合计 6629.6 100% 6000 5921.70 "
         "(一)贯彻执行教育方针政策")


def test_a101_split_rows_flattened_into_one_line():
    """A PDF form flattened into one line: ``基本支出 a1 a2 … 项目支出 b1 b2 … 合计 t1 t2 …``, the
    same count of figures after each name. Each column of the 决算 template's split adds up;
    a column that does not, beside columns that do, is a slip."""
    (d,) = run(TableTotalMismatch, _FLAT.format(basic="5601.05") + "\n")
    assert d.severity is Severity.warning
    assert "基本支出 5601.05 + 项目支出 860.35 = 6461.40 ≠ 5921.70" in d.message()
    assert run(TableTotalMismatch, _FLAT.format(basic="5061.35") + "\n") == []


def test_a101_flattened_split_read_only_when_a_column_adds_up():
    """When no column of the three rows adds up, the figures are not read as those rows' columns."""
    text = "基本支出 10 20 30 项目支出 1 2 3 合计 5 6 7\n"
    assert run(TableTotalMismatch, text) == []


# A 评分表 whose 一级 cell is merged over its group's rows (blank under the first) and whose group
# closes on a 小计 row (a fixture we wrote): the 小计 adds its group's rows, not every row from the
# table's start (10 + 10 + 10 + 10 + 10 = 50 ≠ 30 was a false error).
_GROUP_SUBTOTAL = (
    "某县民政局2023年度部门整体支出绩效评价评分表\n"
    "一级指标\t二级指标\t三级指标\t分值\t得分\n"
    "投入（20分）\t预算配置\t在职人员控制率\t10\t10\n"
    "\t\t三公经费变动率\t10\t10\n"
    "过程（30分）\t预算执行\t预算完成率\t10\t9.5\n"
    "\t\t预算调整率\t10\t10\n"
    "\t预算管理\t管理制度健全性\t10\t10\n"
    "\t\t小计\t{weight}\t29.5\n"
    "产出（50分）\t职责履行\t重点工作完成率\t50\t50\n"
    "总分\t\t\t100\t99.5\n"
)


def test_a_groups_subtotal_adds_the_rows_since_its_merged_group_cell():
    assert run(TableTotalMismatch, _GROUP_SUBTOTAL.format(weight="30"), "form.txt") == []
    [diag] = run(TableTotalMismatch, _GROUP_SUBTOTAL.format(weight="35"), "form.txt")
    assert "10 + 10 + 10 = 30 ≠ 35" in diag.message("zh")
