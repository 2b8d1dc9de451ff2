"""A103 final-accounts-identity: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import FinalAccountsIdentity

from perflint.diagnostics import Severity

from .._harness import fixture, run
from ._drafts import SUMMARY, run_table


def test_a103_summary_table_identities():
    ok = [r.format(closing="25.10", total="855.10") for r in SUMMARY]
    assert run_table(FinalAccountsIdentity, "收入支出决算总表", ok) == []
    bad = [r.format(closing="35.10", total="855.10") for r in SUMMARY]
    (d,) = run_table(FinalAccountsIdentity, "收入支出决算总表", bad)
    assert d.location.line == 13 and d.severity is Severity.error
    assert "本年支出合计 830.00 + 结余分配 0.00 + 年末结转和结余 35.10 = 865.10 ≠ 855.10（支出总计）" in d.message()


def test_a103_income_total_differs_from_expenditure_total():
    bad = [r.format(closing="35.10", total="865.10") for r in SUMMARY]
    diags = run_table(FinalAccountsIdentity, "收入支出决算总表", bad)
    assert any("收入总计 855.10 ≠ 支出总计 865.10" in d.message() for d in diags)


DETAIL = [
    "人员经费\t\t\t公用经费\t\t",
    "科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数",
    "301\t工资福利支出\t300.00\t302\t商品和服务支出\t80.00",
    "30101\t基本工资\t300.00\t30201\t办公费\t80.00",
    "303\t对个人和家庭的补助\t5.00\t310\t资本性支出\t20.00",
    "30302\t退休费\t5.00\t31002\t办公设备购置\t20.00",
    "人员经费合计\t\t305.00\t公用经费合计\t\t{public}",
]


def test_a103_basic_expenditure_detail():
    assert run_table(FinalAccountsIdentity, "基本支出决算明细表", [r.format(public="100.00") for r in DETAIL]) == []
    (d,) = run_table(FinalAccountsIdentity, "基本支出决算明细表", [r.format(public="100.01") for r in DETAIL])
    assert d.severity is Severity.rounding
    assert "302 80.00 + 310 20.00 = 100.00 ≠ 100.01（公用经费合计）" in d.message()


def test_a103_department_form_basic_plus_project():
    rows = [
        "单位名称\t某某中心",
        "基本支出总额\t{basic}\t项目支出总额\t120",
        "预算执行情况（万元）\t\t预算数\t执行数\t执行率\t得分",
        "部门整体支出\t",
        "总额\t",
        "\t300\t280\t93%\t18",
    ]
    assert run_table(FinalAccountsIdentity, "部门整体支出绩效自评表", [r.format(basic="180") for r in rows]) == []
    (d,) = run_table(FinalAccountsIdentity, "部门整体支出绩效自评表", [r.format(basic="300") for r in rows])
    assert "基本支出总额 300 + 项目支出总额 120 = 420 ≠ 300" in d.message()


def test_a103_labels_with_a_note_in_brackets_are_their_terms():
    # 使用非财政拨款结余（含专用结余） is the term 使用非财政拨款结余: left out, the identity fell short by it
    rows = [r.format(closing="25.10", total="875.10") for r in SUMMARY]
    rows[5] = "使用非财政拨款结余（含专用结余）\t4\t20.00\t结余分配\t33\t20.00"
    rows[7] = "总计\t6\t875.10\t总计\t35\t875.10"
    assert run_table(FinalAccountsIdentity, "收入支出决算总表", rows) == []
    rows[7] = "总计\t6\t885.10\t总计\t35\t875.10"
    diags = run_table(FinalAccountsIdentity, "收入支出决算总表", rows)
    assert any("使用非财政拨款结余 20.00 + 年初结转和结余 35.10 = 875.10 ≠ 885.10" in d.message() for d in diags)


def test_a103_two_halves_table_pasted_one_cell_per_line_is_quiet_when_right():
    assert run(FinalAccountsIdentity, fixture("tables", "final_accounts_two_halves_cell_per_line.txt")) == []


def test_a103_wrong_income_total_of_a_two_halves_table_pasted_one_cell_per_line():
    # 收入总计 left at 560.70 while its parts and the 支出总计 say 550.70: its sum, and the
    # 收入总计 = 支出总计 identity (found at the 支出总计, line 131), break
    text = fixture("tables", "final_accounts_two_halves_cell_per_line.txt")
    lines = text.split("\n")
    lines[124] = "560.70"  # the left half's 总计 (line 125)
    found = run(FinalAccountsIdentity, "\n".join(lines))
    assert {d.location.line for d in found} == {125, 131}
    assert any("= 550.70 ≠ 560.70（收入总计）" in d.message() for d in found)


def test_a103_table_whose_rows_lost_empty_cells_is_quiet_when_right():
    assert run(FinalAccountsIdentity, fixture("tables", "final_accounts_lost_cells_cell_per_line.txt")) == []


def test_a103_wrong_carry_over_in_a_table_whose_rows_lost_empty_cells():
    text = fixture("tables", "final_accounts_lost_cells_cell_per_line.txt")
    lines = text.split("\n")
    assert lines[92] == "45.30"  # the 年初结转和结余 (line 93)
    lines[92] = "44.30"
    found = run(FinalAccountsIdentity, "\n".join(lines))
    assert [d.location.line for d in found] == [105]  # the 收入总计 no longer adds up
    assert "832.55 + 年初结转和结余 44.30 = 876.85 ≠ 877.85（收入总计）" in found[0].message()


def test_a103_appropriation_summary_of_halves_of_different_widths_pasted_one_cell_per_line():
    text = fixture("tables", "appropriation_summary_cell_per_line.txt")
    assert run(FinalAccountsIdentity, text) == []
    lines = text.split("\n")
    assert lines[142] == "682.50"  # the 总计 of the income half (line 143)
    lines[142] = "692.50"
    found = run(FinalAccountsIdentity, "\n".join(lines))
    assert 143 in {d.location.line for d in found}
    assert any("670.00 + 年初财政拨款结转和结余 12.50 = 682.50 ≠ 692.50" in d.message() for d in found)
