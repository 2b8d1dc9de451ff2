"""A109 budget-breakdown-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import BudgetBreakdownMismatch

from .._harness import run

# The national template: each item's 预算 and 决算 stated in its own paragraph.
STATED = """某县林业局2023年度部门决算说明
三、一般公共预算财政拨款“三公”经费支出决算情况说明
2023年度“三公”经费财政拨款支出预算为11.60万元，支出决算为9.80万元，完成预算的84.48%。
1.因公出国(境)费预算为0万元，支出决算为0万元，完成预算的0%。
2.公务用车购置及运行费预算为8.40万元，支出决算为7.20万元，完成预算的85.71%。
3.公务接待费预算为3.20万元，支出决算为2.60万元，完成预算的81.25%。
"""

# Items' budgets left implicit: 决算 and its difference from the budget.
DERIVED = """某县法院2023年度部门决算说明
一、“三公”经费支出决算总体情况说明
2023年度，本院一般公共预算财政拨款“三公”经费年度预算36.50万元，实际支出决算30.10万元。
二、具体情况说明
(一)因公出国(境)费支出0万元。与预算数相比，因公出国(境)费支出决算增加(减少)0万元。
(二)公务用车购置及运行费支出28.40万元，具体为：公务用车运行支出28.40万元。
公务用车购置及运行费支出决算数较预算数少4.60万元，原因是加强了车辆管理。
(三)公务接待费支出1.70万元，具体为国内接待。
公务接待费支出决算数较预算数少0.80万元，原因是压减了接待。
"""


def test_items_stated_budgets_that_do_not_make_the_whole_budget():
    draft = STATED.replace("2023年度“三公”经费财政拨款支出预算为11.60万元", "2023年度“三公”经费财政拨款支出预算为13.60万元")
    [d] = run(BudgetBreakdownMismatch, draft)
    assert d.location.line == 3
    assert "0 + 8.40 + 3.20 = 11.60" in d.message("zh") and "13.60" in d.message("zh")
    assert run(BudgetBreakdownMismatch, STATED) == []


def test_items_budgets_from_their_spending_and_the_difference():
    [d] = run(BudgetBreakdownMismatch, DERIVED)
    assert d.location.line == 3
    msg = d.message("zh")
    assert "(0 + 0) + (28.40 + 4.60) + (1.70 + 0.80) = 35.50" in msg and "36.50" in msg
    fixed = DERIVED.replace("年度预算36.50万元", "年度预算35.50万元")
    assert run(BudgetBreakdownMismatch, fixed) == []


@pytest.mark.parametrize("change", [
    ("公务接待费预算为3.20万元，", ""),  # an item without its budget: the sum is not known
    ("支出决算为2.60万元，", "支出决算为2.60万元。年中公务接待费预算为4.20万元，"),  # two budgets for one item
    ("“三公”经费财政拨款支出预算为13.60万元", "“三公”经费财政拨款支出预算为13.60万元，另“三公”经费预算为11.60万元"),
])
def test_quiet_when_an_items_budget_is_not_known_for_sure(change):
    draft = STATED.replace("“三公”经费财政拨款支出预算为11.60万元", "“三公”经费财政拨款支出预算为13.60万元")
    draft = draft.replace(*change)
    assert run(BudgetBreakdownMismatch, draft) == []
