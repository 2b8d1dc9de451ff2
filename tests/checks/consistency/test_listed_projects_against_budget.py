"""C733 listed-projects-against-budget: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ListedProjectsAgainstBudget

from .._harness import fixture, line_of, run

DRAFT = fixture("consistency", "listed_projects.txt")


def test_listed_projects_hold_less_than_the_budgets_project_spending():
    [d] = run(ListedProjectsAgainstBudget, DRAFT)
    assert d.location.line == line_of(DRAFT, "项目金额 40.00")
    assert "40.00 万元" in d.message("zh") and "40.20 万元" in d.message("zh") and "0.20 万元" in d.message("zh")
    assert d.related[0].location.line == line_of(DRAFT, "项目支出 40.20")


def test_projects_evaluated_with_their_money():
    text = DRAFT.replace("本中心共有 1 个项目批复了绩效目标，项目金额 40.00 万元", "本中心共对 2 个项目开展绩效自评，涉及资金 38.50 万元")
    [d] = run(ListedProjectsAgainstBudget, text)
    assert "38.50 万元" in d.message("zh") and "1.70 万元" in d.message("zh")


def test_quiet_when_the_listed_projects_hold_the_budgets_project_spending():
    assert run(ListedProjectsAgainstBudget, DRAFT.replace("项目金额 40.00", "项目金额 40.20")) == []


@pytest.mark.parametrize(("old", "new"), [
    # the first figure is spending, not the budget
    ("部门预算总金额 520.30 万元", "部门全年实际支出 520.30 万元"),
    # the projects of a higher level's transfer: another budget than the unit's own
    ("本中心共有 1 个项目批复了绩效目标", "本中心共有 1 个中央转移支付项目批复了绩效目标"),
    # no statement of the projects' targets or evaluation: a count of something else
    ("本中心共有 1 个项目批复了绩效目标", "本中心共有 1 个项目完成招标"),
    # the budget's 项目支出 stated twice with two values: no one figure to compare
    ("预算完成率均为 100%", "调整后部门预算 530.30 万元，其中：基本支出 480.10 万元，项目支出 50.20 万元"),
])
def test_quiet_when_the_two_figures_are_not_one_quantity(old, new):
    assert old in DRAFT
    assert run(ListedProjectsAgainstBudget, DRAFT.replace(old, new)) == []


def test_final_accounts_are_left_alone():
    text = DRAFT.replace("2023年整体和项目支出绩效自评总结报告", "2023年度部门决算说明")
    assert run(ListedProjectsAgainstBudget, text) == []
