"""C730 timeliness-date-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import IndicatorValueMismatch, TimelinessDateMismatch

from .._forms import levels_form
from .._harness import line_of, run

SUBSIDY = """某县农业农村局2023年度耕地地力保护补贴项目支出绩效自评报告
一、绩效目标完成情况
全年发放补贴面积45.3万亩，补贴资金{said}全部发放到户，受益农户满意度96%。
二、项目支出绩效自评表
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标（50分）\t数量指标\t补贴发放面积\t≥45万亩\t45.3万亩\t20\t20
产出指标（50分）\t质量指标\t补贴资金兑付准确率\t100%\t100%\t15\t15
产出指标（50分）\t时效指标\t补贴资金发放时间\t2023年6月30日前\t{actual}\t15\t15
满意度指标（10分）\t服务对象满意度指标\t受益农户满意度\t≥90%\t96%\t10\t10
"""


def _run(said: str, actual: str = "2023年6月28日"):
    return run(TimelinessDateMismatch, SUBSIDY.format(said=said, actual=actual))


def test_c730_narrative_day_other_than_the_forms():
    [d] = _run("于2023年7月20日")
    text = SUBSIDY.format(said="于2023年7月20日", actual="2023年6月28日")
    assert d.location.line == line_of(text, "7月20日")
    assert "2023年7月20日" in d.message() and "“补贴资金发放时间”实际完成值为 2023年6月28日" in d.message()
    assert d.related[0].location.line == line_of(text, "补贴资金发放时间")


def test_c730_the_same_day_or_month_is_quiet():
    assert _run("于2023年6月28日") == []
    assert _run("于2023年6月") == []  # no day: the same month
    assert _run("于2023年7月", actual="2023年7月") == []


def test_c730_deadlines_plans_and_bounds_are_not_days_done():
    assert _run("于2023年7月20日前") == []  # a deadline in the narrative
    assert _run("计划于2023年7月20日") == []  # a plan
    assert _run("于2023年7月20日", actual="2023年6月30日前") == []  # the form's actual is a bound


def test_c730_another_step_of_the_same_money_is_not_read():
    """资金于5月下达: another step (下达, not 发放) of the same 补贴资金."""
    assert _run("于2023年5月10日下达，6月28日") == []


def test_the_goal_and_its_result_in_two_labelled_rows():
    """The form's own account of what was done (实际完成情况 | …) is read from its own row: C707
    compares its figures with the indicators', C730 its dates with the 时效 indicator's."""
    assert run(IndicatorValueMismatch, levels_form()) == [] and run(TimelinessDateMismatch, levels_form()) == []
    [diag] = run(IndicatorValueMismatch, levels_form(done="85.2"))
    assert "85.2公里" in diag.message("zh") and "82.5公里" in diag.message("zh")
    [diag] = run(TimelinessDateMismatch, levels_form(when="于2023年12月10日"))
    assert "2023年12月10日" in diag.message("zh") and "2023年11月20日" in diag.message("zh")


def test_c730_a_delay_and_an_object_outside_the_dates_clause_are_not_read():
    """推迟至 is the day a step is put off to; 补贴 far back in the sentence names no step of this date."""
    assert _run("于2023年6月28日，另有1户因外出务工推迟至2023年7月20日") == []
    assert _run("于2023年6月28日") == []


TASK = """某县水务局2023年度农村供水设施维修项目支出绩效自评报告
一、绩效目标完成情况
全年维修供水站12处，维修任务{said}全部完成，群众满意度95%。
二、项目支出绩效自评表
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标（50分）\t数量指标\t维修供水站数量\t≥10处\t12处\t20\t20
产出指标（50分）\t时效指标\t维修任务完成时间\t2023年11月30日前\t2023年11月15日\t15\t15
满意度指标（10分）\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10
"""


def test_c730_a_task_done_by_its_completion_time():
    """维修任务完成时间: the step is a task (任务), told done with 完成 in the narrative."""
    [d] = run(TimelinessDateMismatch, TASK.format(said="于2023年12月8日"))
    assert "2023年12月8日" in d.message() and "“维修任务完成时间”实际完成值为 2023年11月15日" in d.message()
    assert run(TimelinessDateMismatch, TASK.format(said="于2023年11月15日")) == []
    assert run(TimelinessDateMismatch, TASK.format(said="于2023年11月30日前")) == []  # a deadline
