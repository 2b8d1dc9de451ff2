"""A102 account-code-nesting: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import AccountCodeNesting, TableTotalMismatch

from perflint.diagnostics import Severity

from .._harness import fixture, run
from ._drafts import expenditure, run_table


def test_a102_class_is_not_the_sum_of_its_subclasses():
    diags = run_table(AccountCodeNesting, "支出决算表", expenditure(total="412.50", cls="412.50"))
    (d,) = [d for d in diags if "213" in d.message()]
    assert d.location.line == 10
    assert "402.50 = 402.50 ≠ 412.50（213 农林水支出）" in d.message()
    assert run_table(AccountCodeNesting, "支出决算表", expenditure()) == []


def test_a102_item_level():
    rows = expenditure()
    rows[6] = "2130101\t行政运行\t310.00\t250.20\t49.80"
    diags = run_table(AccountCodeNesting, "支出决算表", rows)
    assert [d.location.line for d in diags] == [11]  # 21301 ≠ 310.00 + 102.50
    assert "310.00 + 102.50 = 412.50 ≠ 402.50" in diags[0].message()


def test_a102_quiet_on_a_right_account_code_table_pasted_one_cell_per_line():
    assert run(AccountCodeNesting, fixture("tables", "expenditure_by_account_code_cell_per_line.txt")) == []


def test_a102_item_that_breaks_its_subclass_in_a_table_pasted_one_cell_per_line():
    lines = fixture("tables", "expenditure_by_account_code_cell_per_line.txt").split("\n")
    assert lines[76] == "32.10"  # 2080506's 小计 (line 77)
    lines[76] = "33.10"
    (d,) = run(AccountCodeNesting, "\n".join(lines))
    assert d.location.line == 57  # the 款 20805 no longer adds up
    assert "64.10 + 33.10 = 97.20 ≠ 96.20（20805 行政事业单位养老支出）" in d.message()


# An account-code table copied out of a PDF without its header, cells separated by spaces (a
# fixture we wrote): a 款 whose name opens with a unit word (20101 人大事务, 20110 人力资源事务)
# was read as a count (20101 人) and its row lost its code.

def test_a102_quiet_on_a_right_space_separated_account_code_table():
    assert run(AccountCodeNesting, fixture("tables", "expenditure_by_account_code_space_separated.txt")) == []


def test_a102_item_that_breaks_its_subclass_named_with_a_unit_word():
    text = fixture("tables", "expenditure_by_account_code_space_separated.txt").replace(
        "引进人才费用 12.00 0.00 12.00", "引进人才费用 13.00 0.00 13.00")
    found = run(AccountCodeNesting, text)
    assert {d.location.line for d in found} == {9}  # 20110, one finding for each column that breaks
    assert any("33.20 + 13.00 = 46.20 ≠ 45.20（20110 人力资源事务）" in d.message() for d in found)
    text = fixture("tables", "expenditure_by_account_code_space_separated.txt").replace(
        "代表工作 12.00 0.00 12.00", "代表工作 12.00 0.00 11.00")
    (d,) = run(AccountCodeNesting, text)
    assert d.location.line == 6 and "0.00 + 11.00 = 11.00 ≠ 12.00（20101 人大事务）" in d.message()


# An excerpt of the same table pasted one cell per line that opens at the 款 20805 (its 类 208
# and the header above the cut): the codes below still nest, and their sums are checked.

def _opening_below_the_class() -> list[str]:
    lines = fixture("tables", "expenditure_by_account_code_cell_per_line.txt").split("\n")
    return lines[lines.index("20805"):]


def test_a102_quiet_on_an_excerpt_of_a_code_table_opening_below_its_class():
    assert run(AccountCodeNesting, "\n".join(_opening_below_the_class())) == []


def test_a102_item_that_breaks_its_subclass_in_an_excerpt_opening_below_the_class():
    lines = _opening_below_the_class()
    at = lines.index("机关事业单位职业年金缴费支出") + 2
    assert lines[at] == "32.10"
    lines[at] = "33.10"
    (d,) = run(AccountCodeNesting, "\n".join(lines))
    assert d.severity.name == "error" and d.location.line == 1 + 4  # 20805's 小计
    assert "64.10 + 33.10 = 97.20 ≠ 96.20（20805 行政事业单位养老支出）" in d.message()


# A 支出决算表 whose 科目编码 is split over 类 | 款 | 项 cells (a fixture we wrote, modelled on the
# layout): the codes are put together (207 | 01 | 09 is 2070109) and their sums checked; the 款
# and 项 cells (01, 09) are no figures.

def test_a102_quiet_on_a_right_table_whose_codes_are_split_over_cells():
    text = fixture("tables", "expenditure_by_split_account_code.txt")
    assert run(AccountCodeNesting, text) == []
    assert run(TableTotalMismatch, text) == []


def test_a102_item_that_breaks_its_subclass_in_a_table_whose_codes_are_split():
    text = fixture("tables", "expenditure_by_split_account_code.txt")
    found = run(AccountCodeNesting, text.replace("群众文化 | 126.40 | 118.40 | 8.00", "群众文化 | 127.40 | 118.40 | 9.00"))
    assert {d.location.line for d in found} == {10} and all(d.severity is Severity.error for d in found)
    assert any("127.40 + 32.00 = 159.40 ≠ 158.40（20701 文化和旅游）" in d.message() for d in found)
    found = [d.message() for d in run(AccountCodeNesting, text.replace("行政事业单位养老支出 | 25.20", "行政事业单位养老支出 | 26.20"))]
    assert sorted(found) == ["16.80 + 8.40 = 25.20 ≠ 26.20（20805 行政事业单位养老支出）：相差 1.00（分项见第 15、16 行）",
                             "26.20 = 26.20 ≠ 25.20（208 社会保障和就业支出）：相差 1.00（分项见第 14 行）"]
    (d,) = [d for d in run(TableTotalMismatch, text.replace("合计 | | | | 183.60", "合计 | | | | 184.60"))
            if "（合计）" in d.message()]
    assert "158.40 + 25.20 = 183.60 ≠ 184.60（合计）" in d.message()  # the 类 rows


def test_a102_split_codes_merged_down_and_without_their_header():
    """Each level written once, on its own row (a merged cell over the rows below: ``| 01 |``
    under ``207``), and the rows without their 类 | 款 | 项 header (a code written with its
    leading zero is no figure)."""
    rows = ["207\t\t\t文化旅游体育与传媒支出\t158.40", "\t01\t\t文化和旅游\t158.40",
            "\t\t09\t群众文化\t{item}", "\t\t99\t其他文化和旅游支出\t32.00",
            "208\t\t\t社会保障和就业支出\t25.20", "\t05\t\t行政事业单位养老支出\t25.20",
            "\t\t05\t机关事业单位基本养老保险缴费支出\t25.20"]
    text = "示范县文化馆2023年度部门决算\n\n支出决算表\n\n{rows}\n\n注：无。\n"
    assert run(AccountCodeNesting, text.format(rows="\n".join(rows).format(item="126.40"))) == []
    (d,) = run(AccountCodeNesting, text.format(rows="\n".join(rows).format(item="127.40")))
    assert "127.40 + 32.00 = 159.40 ≠ 158.40（20701 文化和旅游）" in d.message()
    full = [r.replace("\t01\t", "207\t01\t").replace("\t\t09", "207\t01\t09").replace("\t\t99", "207\t01\t99")
            for r in rows[:4]]
    (d,) = run(AccountCodeNesting, text.format(rows="\n".join(full).format(item="127.40")))
    assert "127.40 + 32.00 = 159.40 ≠ 158.40（20701 文化和旅游）" in d.message()


def test_a102_split_codes_under_their_header_without_a_leading_zero():
    """Levels written without a leading zero (款 12, 项 21) are codes under a 类 款 项 header."""
    rows = ["科目编码\t\t\t科目名称\t决算数", "类\t款\t项\t\t", "212\t\t\t城乡社区支出\t30.00",
            "212\t13\t\t国有土地使用权出让收入安排的支出\t30.00", "212\t13\t10\t城市建设支出\t{item}",
            "212\t13\t99\t其他国有土地使用权出让收入安排的支出\t10.00"]
    text = "示范县住建局2023年度部门决算\n\n支出决算表\n\n{rows}\n\n注：无。\n"
    assert run(AccountCodeNesting, text.format(rows="\n".join(rows).format(item="20.00"))) == []
    (d,) = run(AccountCodeNesting, text.format(rows="\n".join(rows).format(item="21.00")))
    assert "21.00 + 10.00 = 31.00 ≠ 30.00（21213 国有土地使用权出让收入安排的支出）" in d.message()
    # the same figures without the header: 13 and 10 may be figures, nothing is put together
    assert run(AccountCodeNesting, text.format(rows="\n".join(rows[2:]).format(item="21.00"))) == []


def test_a102_warns_of_a_subclass_whose_class_has_no_row():
    rows = expenditure()
    rows[5] = "21401\t农业农村\t402.50\t310.20\t92.30"  # typed 214 for 213: no 214 row above it
    rows[6] = "2140101\t行政运行\t300.00\t250.20\t49.80"
    rows[7] = "2140104\t事业运行\t102.50\t60.00\t42.50"
    (d,) = [d for d in run_table(AccountCodeNesting, "支出决算表", rows) if d.severity is Severity.warning]
    assert d.location.line == 11
    assert "科目代码 21401（农业农村）的上级科目 214 在本表中没有对应行" in d.message()


def test_a102_warns_of_an_item_whose_subclass_has_no_row_once():
    rows = expenditure()
    rows[6] = "2130201\t行政运行\t300.00\t250.20\t49.80"
    rows[7] = "2130204\t事业运行\t102.50\t60.00\t42.50"
    diags = [d for d in run_table(AccountCodeNesting, "支出决算表", rows) if d.severity is Severity.warning]
    assert [d.location.line for d in diags] == [12]
    assert "上级科目 21302" in diags[0].message()


def test_a102_quiet_on_codes_above_the_first_class_and_on_tables_without_classes():
    rows = expenditure()
    # the second half of a table split by a page break: 项 rows whose 款 stood on the page before
    below_a_cut = ["科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出", "2130104\t事业运行\t102.50\t60.00\t42.50",
                   "2130106\t科技转化与推广服务\t20.00\t0.00\t20.00", *rows[4:8]]
    assert [d for d in run_table(AccountCodeNesting, "支出决算表", below_a_cut) if d.severity is Severity.warning] == []
    items_only = ["科目代码\t科目名称\t决算数", "2130104\t事业运行\t102.50", "2080505\t机关事业单位基本养老保险缴费支出\t60.00"]
    assert run_table(AccountCodeNesting, "项目支出决算表", items_only) == []


def test_a102_quiet_on_a_two_sided_table_flattened_by_a_pdf_and_fires_on_a_wrong_figure_in_it():
    from perflint.testing import builtin_checks, lint_text

    text = fixture("tables", "final_accounts_pdf_single_spaced.txt")
    assert [d for d in lint_text(text, checks=builtin_checks()) if d.code.startswith("A")] == []  # no sum read across the sides
    bad = text.replace("30211 差旅费 26.10", "30211 差旅费 62.10")
    (d,) = [d for d in lint_text(bad, checks=builtin_checks()) if d.code == "A102"]
    assert d.location.line == 18 and d.severity is Severity.error  # 302 (in 301's row) ≠ its items
    bad = text.replace("二、社会保障和就业支出 96.20 96.20 0.00", "二、社会保障和就业支出 96.20 69.20 0.00")
    assert [d.location.line for d in lint_text(bad, checks=builtin_checks()) if d.code == "A101"] == [11]  # 本年支出合计's 一般公共预算 column


def test_a102_no_orphan_for_a_row_of_the_longer_side_flattened_under_the_shorter_sides_columns():
    from perflint.testing import builtin_checks, lint_text

    text = fixture("tables", "final_accounts_pdf_single_spaced.txt").replace(
        "30302 退休费 12.60 31002 办公设备购置 8.50", "30302 退休费 12.60\n31002 办公设备购置 8.50")
    assert [d for d in lint_text(text, checks=builtin_checks()) if d.code == "A102"] == []  # 31002's 310 is on the other side
    lost = text.replace("303 对个人和家庭的补助 12.60 310 资本性支出 8.50", "303 对个人和家庭的补助 12.60")
    assert any(d.code == "A102" and "310" in d.message() for d in lint_text(lost, checks=builtin_checks()))  # no 310 anywhere
