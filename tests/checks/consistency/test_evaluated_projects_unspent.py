"""C725 evaluated-projects-unspent: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import EvaluatedProjectsUnspent

from .._harness import line_of, run

HEAD = "某县档案馆2023年度部门决算\n"


def table(title: str, basic: str, project: str) -> str:
    return (f"{title}\n单位：万元\n| 科目代码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n"
            f"| 201 | 一般公共服务支出 | 520.60 | {basic} | {project} |\n"
            f"| 20126 | 档案事务 | 520.60 | {basic} | {project} |\n")


ALL_NONE = table("三、支出决算表", "520.60", "0.00")
GENERAL_NONE = table("五、一般公共预算财政拨款支出决算表", "520.60", "0.00")
EVALUATED = ("十、预算绩效情况说明\n本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目 3 个，"
             "资金 85 万元，占一般公共预算项目支出总额的100%。\n")


def test_projects_evaluated_where_the_tables_show_no_project_spending():
    text = HEAD + ALL_NONE + EVALUATED
    [d] = run(EvaluatedProjectsUnspent, text)
    assert d.location.line == line_of(text, "全面开展绩效自评")
    assert "85 万元" in d.message("zh") and "支出决算表" in d.message("zh") and "第 4 行" in d.message("zh")  # the table starts on line 4
    assert "booked as 基本支出" in d.message("en")


def test_the_general_budget_table_speaks_for_a_sentence_on_that_fund():
    [d] = run(EvaluatedProjectsUnspent, HEAD + GENERAL_NONE + EVALUATED)
    assert "一般公共预算财政拨款支出决算表" in d.message("zh")


@pytest.mark.parametrize("text", [
    HEAD + table("三、支出决算表", "435.60", "85.00") + EVALUATED,  # the projects are in the table
    HEAD + EVALUATED,  # no table to compare with
    HEAD + GENERAL_NONE + EVALUATED.replace("一般公共预算项目支出", "项目支出"),  # all funds: the general table is not all
    HEAD + ALL_NONE + EVALUATED.replace("一般公共预算项目支出", "政府性基金预算项目支出"),
    HEAD + ALL_NONE + "十、预算绩效情况说明\n本部门2023年度无项目支出，未开展项目支出绩效自评，涉及资金 0 万元。\n",
])
def test_quiet_where_the_tables_hold_the_projects_or_say_nothing_of_them(text):
    assert run(EvaluatedProjectsUnspent, text) == []
