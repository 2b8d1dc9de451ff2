"""A102 account-code-nesting: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import AccountCodeNesting

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
