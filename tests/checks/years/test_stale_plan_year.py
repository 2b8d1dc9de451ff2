"""Y505 stale-plan-year: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import StalePlanYear

from .._harness import line_of
from ._drafts import GOOD, diagnostics


def test_y505_plan_aimed_at_the_closed_year():
    text = GOOD.replace("确保 2024 年度各项补助", "确保 2023 年度各项补助")
    found = diagnostics(text, StalePlanYear)
    assert [d.location.line for d in found] == [line_of(text, "确保 2023 年度")]
    assert "2024" in found[0].message("zh")


def test_y505_form_row_label_opens_a_plan():
    form = ("某单位2023年度项目绩效自评报告\n\n一、完成情况\n全年完成任务。\n\n"
            "偏差大或目标未完成原因分析\n无\n改进措施及结果应用方案\n"
            "1：及时拨付配套资金，让群众按时享受到 2023 年度各项补助。\n备注：\n1、2023 年度预算数为调整后数。\n")
    found = diagnostics(form, StalePlanYear)
    assert [d.location.line for d in found] == [line_of(form, "享受到 2023")]


def test_y505_quiet_for_problems_inside_an_improvement_section():
    text = GOOD.replace("1、加快资金拨付进度", "1、2023 年部分资金拨付滞后的问题要解决。加快资金拨付进度")
    assert diagnostics(text, StalePlanYear) == []


def test_y505_quiet_on_the_next_forms_fields_after_an_improvement_row():
    # a bundle of 自评表 pasted as pipe rows: the 改进措施 row of one form is followed by the
    # signatures and the next form's title and 项目名称, which are not part of the plan
    form = ("某县司法局2023年度项目支出绩效自评表\n"
            "改进措施 | 无 | ||||\n"
            "项目负责人:王某 | 财务负责人:李某 | ||||\n"
            "部门预算项目支出绩效自评表(2023年度) | ||||\n"
            "项目名称 | 2023年全县普法宣传补助资金项目 | ||||\n"
            "主管部门 | 某县司法局 | 实施单位 | 某县司法局 | ||\n")
    assert diagnostics(form, StalePlanYear) == []


def test_y505_quiet_on_the_form_that_follows_the_improvement_section():
    # the report's last section is its plan; the 自评表 pasted after it opens with its title
    # and （2023年度）, which belong to the form, not to the plan
    text = ("某中学2023年度学生资助项目支出绩效自评报告\n\n五、存在的问题及改进措施\n"
            "2024年起每学期末核对在籍受助学生名单。\n\n项目支出绩效自评表\n（2023年度）\n项目名称\t学生资助项目\n")
    assert diagnostics(text, StalePlanYear) == []
