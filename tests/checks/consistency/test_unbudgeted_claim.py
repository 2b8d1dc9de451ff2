"""C721 unbudgeted-claim: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import UnbudgetedClaim

from .._harness import run

BUDGET = "示范县林业站2025年“三公”经费预算情况说明\n\n{body}\n"


def test_c721_a_figure_said_not_to_be_budgeted():
    body = ("（二）公务用车购置及运行维护费预算 6.50 万元，本年预算与上年持平。其中：公务用车运行维护费 6.50 万元，"
            "本年预算与上年持平，持平原因是该项经费本年未安排；公务用车购置费 0 万元，本年预算与上年持平，"
            "持平原因是该项经费本年未安排。")
    [d] = run(UnbudgetedClaim, BUDGET.format(body=body))
    assert d.severity.name == "warning" and d.location.line == 3
    assert "6.50万元" in d.message("zh") and "该项经费本年未安排" in d.message("zh")
    assert len(d.related) == 1
    fixed = body.replace("持平原因是该项经费本年未安排；", "主要用于 2 辆公务用车的燃料和维修；", 1)
    assert run(UnbudgetedClaim, BUDGET.format(body=fixed)) == []


@pytest.mark.parametrize("body", [
    # the item of 0: the claim is true
    "公务用车购置费预算 0 万元，与上年持平，原因是该项经费本年未安排。",
    # a claim about another plan, not pointing back at the figure
    "公务用车运行维护费预算 6.50 万元，与上年持平，本年未安排公务用车购置计划。",
    # no budget in the sentence: a figure spent without a budget may be "not budgeted"
    "培训费支出 1.20 万元，该项经费年初未安排，系年中追加。",
    # another item starts between the figure and the claim
    "公务用车购置及运行维护费预算 6.50 万元，其中：公务用车购置费，该项经费本年未安排。",
    # the figure before the claim is a change, not the item's figure
    "会议费预算 3.00 万元，比上年减少 1.00 万元，原因是该项经费本年未安排专题会议。",
])
def test_c721_quiet_cases(body):
    assert run(UnbudgetedClaim, BUDGET.format(body=body)) == []
