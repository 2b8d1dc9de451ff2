"""C742 reason-names-other-total: fires on a 收入 statement we wrote with a 支出 consequence, quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import ReasonNamesOtherTotal

from .._harness import line_of, run

# A school's 决算说明 whose 收入 paragraph kept the 支出 paragraph's reason (modelled on a
# provincial school's 2023 决算; names and figures are ours).
SWAPPED = """示范县第二中学2023年度部门决算
一、收入支出决算总体情况说明
2023年度收入总计520.00万元，支出总计520.00万元，收支总计较上年减少12.00万元，主要原因是在校学生减少，导致收支减少。
二、收入决算情况说明
2023年度收入合计520.00万元，较上年减少12.00万元，下降2.25%，主要原因是在校学生减少，导致总支出减少。
三、支出决算情况说明
2023年度支出合计520.00万元，较上年减少12.00万元，下降2.25%，主要原因是在校学生减少，导致总支出减少。
"""


def test_c742_an_income_statement_whose_reason_ends_in_spending():
    [d] = run(ReasonNamesOtherTotal, SWAPPED)
    assert d.code == "C742" and d.severity.name == "warning"
    assert d.location.line == line_of(SWAPPED, "2023年度收入合计")
    assert "收入" in d.message("zh") and "支出" in d.message("zh")


def test_c742_quiet_on_the_right_total_both_totals_and_a_cause_on_the_other_side():
    fixed = SWAPPED.replace("下降2.25%，主要原因是在校学生减少，导致总支出减少。\n三", "下降2.25%，主要原因是在校学生减少，导致总收入减少。\n三")
    assert run(ReasonNamesOtherTotal, fixed) == []
    cause = "示范县第二中学2023年度部门决算\n支出合计520.00万元，较上年增加12.00万元，主要原因是财政拨款收入增加，导致支出增加。\n"
    assert run(ReasonNamesOtherTotal, cause) == []
