"""A101 on tables pasted one cell per line (fixtures we wrote, modelled on a 三公 table with a bar
after each cell and a 收入支出决算总表 with blank lines between cells): a wrong total is found at
its own line, a right one is quiet."""

from __future__ import annotations

from perflint.checks.arithmetic import FinalAccountsIdentity, TableTotalMismatch

from .._harness import fixture, run


def test_a101_quiet_on_a_right_total_in_a_table_with_a_bar_after_each_cell():
    assert run(TableTotalMismatch, fixture("tables", "sangong_cell_per_line.txt")) == []


def test_a101_wrong_total_in_a_table_with_a_bar_after_each_cell():
    text = fixture("tables", "sangong_cell_per_line.txt").replace("\n48.16 |\n", "\n49.16 |\n")
    (d,) = run(TableTotalMismatch, text)
    assert d.location.line == 19
    assert "0 + 12.46 + 35.70 = 48.16 ≠ 49.16（合计）" in d.message()
    assert sorted(r.location.line for r in d.related) == [11, 15]


def test_a101_quiet_on_a_right_final_accounts_table_with_blank_lines_between_cells():
    text = fixture("tables", "final_accounts_cell_per_line.txt")
    assert run(TableTotalMismatch, text) == []
    assert run(FinalAccountsIdentity, text) == []


def test_a101_wrong_year_total_in_a_final_accounts_table_with_blank_lines_between_cells():
    text = fixture("tables", "final_accounts_cell_per_line.txt").replace("\n1,199.60\n", "\n1,209.60\n")
    (d,) = run(TableTotalMismatch, text)
    assert d.location.line == 47
    assert "820.15 + 0.00 + 12.40 + 367.05 = 1199.60 ≠ 1,209.60（本年收入合计）" in d.message()


def test_a101_quiet_where_no_table_was_read():
    assert run(TableTotalMismatch, fixture("tables", "not_tables_one_item_per_line.txt")) == []
