"""U403 impossible-percentage: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.units import ImpossiblePercentage

from perflint.diagnostics import Severity

from .._harness import lint, run
from ._drafts import HEAD, run_fixture


def test_decrease_above_hundred_is_error_and_rate_is_warning():
    found = run_fixture(ImpossiblePercentage, "bad_project.txt")
    assert sorted(d.severity.name for d in found) == ["error", "warning"]


@pytest.mark.parametrize("text", [
    "预算执行率为 105%，主要是追加了预算。\n",  # 执行率 may pass 100%
    "参保人数较上年增长 120%。\n",  # an increase may pass 100%
    "支出较上年下降 100%，本年无此项支出。\n",  # a fall to zero
    "满意度较上年提高 3 个百分点。\n",
    # vaccination counts every child vaccinated (incoming and catch-up ones too) over the planned
    # registered children: a reported 接种率, or 接种覆盖率, may pass 100%
    "儿童免疫规划疫苗接种率 103.2%。\n",
    "适龄儿童国家免疫规划疫苗接种覆盖率 102.4%。\n",
])
def test_percentages_that_may_pass_hundred(text):
    assert lint(ImpossiblePercentage, text) == []


def test_rate_target_at_least_hundred_percent():
    (d,) = lint(ImpossiblePercentage, HEAD + "质量指标:验收合格率≥100%;时效指标:工程完成及时率=100%。\n")
    assert "验收合格率" in d.message() and "≥100%" in d.message()
    assert lint(ImpossiblePercentage, HEAD + "质量指标:验收合格率≥95%;时效指标:工程完成及时率=100%。\n") == []


def test_rate_glued_to_the_weight_of_a_form_flattened_without_spaces():
    """A 自评表 pasted with no space between its cells (分值 then 年度指标值 then 实际值:
    ``验收合格率20100%100%20``) glues the weight onto the target: 20100% is two cells, not a
    rate. A percentage run straight into another figure is no statement to judge; a rate above
    100% standing on its own (``知晓率达到 104%``) still is."""
    text = HEAD + "质量指标项目(工程)验收合格率20100%100%20时效指标及时(按期)完工率10≥90%95%10\n"
    assert lint(ImpossiblePercentage, text) == []
    # a form extracted from a PDF whose ≥ came out as 2 (目标值 ≥95%, ≥X in the form's own notes
    # as 2X), glued to the next cell: 295% is ≥95% or a weight 2 before 95%, never certainly a
    # rate of 295%, so it is not judged either
    assert lint(ImpossiblePercentage, HEAD + "满意度指标受益群众满意度295%98%说明无\n") == []
    assert lint(ImpossiblePercentage, HEAD + "满意度指标受益群众满意度95%295%30总分100\n") == []
    (d,) = lint(ImpossiblePercentage, HEAD + "质量指标:项目(工程)验收合格率达到 120%,群众满意。\n")
    assert "120%" in d.message() and d.severity.name == "warning"


@pytest.mark.parametrize("sentence", [
    "从支出结构看，人员类支出占比57.6%，公用类支出占比6.0%，项目类支出占比46.4%。",
    "其中：基本支出占本年支出的66%，项目支出占本年支出的44%。",
])
def test_shares_of_one_whole_above_100_percent_are_a_warning(sentence):
    found = run(ImpossiblePercentage, HEAD + sentence + "\n")
    assert [(d.code, d.severity) for d in found] == [("U403", Severity.warning)]


@pytest.mark.parametrize("sentence", [
    "从支出结构看，人员类支出占比47.6%，公用类支出占比6.0%，项目类支出占比46.4%。",
    "基本支出占本年支出的66%，其中人员经费占基本支出的88%。",  # a second level
    "男性占52%，女性占48%，本科以上学历占75%。",  # no money parts
    "甲项目支出占年度计划的60%，乙项目支出占年度计划的70%。",  # shares of a plan
    "人员类支出占比33.4%，公用类支出占比33.3%，项目类支出占比33.4%。",  # rounding
])
def test_shares_within_100_percent_or_of_no_one_whole_stay_quiet(sentence):
    assert run(ImpossiblePercentage, HEAD + sentence + "\n") == []


@pytest.mark.parametrize("name", ["优良中等路率", "农村公路列养率", "65岁及以上老年人健康管理率",
                                  "高血压患者基层规范管理服务率", "孕产妇系统管理率", "公共文化场馆免费开放率"])
def test_shares_of_roads_and_of_people_under_management_cannot_pass_hundred(name):
    """A road network's 优良中等路率 and 列养率, a 基本公共卫生 group's 健康管理率 / 规范管理服务率:
    parts of a whole, like 覆盖率 (modelled on a township's road-maintenance form); so are the
    孕产妇系统管理率 of the same group and a venue group's 免费开放率 (probe17d's planted forms)."""
    from ._drafts import form

    [d] = lint(ImpossiblePercentage, form(name, "≥75%", "178.5%"))
    assert "178.5%" in d.message("zh")
    assert lint(ImpossiblePercentage, form(name, "≥75%", "78.5%")) == []


@pytest.mark.parametrize("sentence", ["全年调处矛盾纠纷132件，调处成功率198.5%。",
                                      "新植苗木1.2万株，苗木成活率195%。",
                                      "发放问卷300份，问卷回收率105%。"])
def test_shares_of_cases_trees_and_forms_cannot_pass_hundred(sentence):
    """调处成功率, 成活率, 回收率 count a part of the cases, trees or forms of a whole once (modelled
    on a township's 部门整体 report)."""
    [d] = lint(ImpossiblePercentage, "某镇2023年度部门整体支出绩效自评报告\n" + sentence + "\n")
    assert d.severity.name == "warning"
    fixed = sentence.replace("198.5%", "98.5%").replace("195%", "95%").replace("105%", "95.3%")
    assert lint(ImpossiblePercentage, "某镇2023年度部门整体支出绩效自评报告\n" + fixed + "\n") == []


def test_coverage_of_a_whole_above_hundred_is_still_a_warning():
    """覆盖率 of a whole counted once (营养餐覆盖率) stays capped: only vaccination is exempt."""
    (d,) = lint(ImpossiblePercentage, HEAD + "学生营养餐覆盖率 103%。\n")
    assert d.key == "capped" and d.severity is Severity.warning


def test_share_bounded_at_or_below_zero_percent_is_a_warning():
    """``不合格比例≦0%`` (modelled on a county justice bureau's report): a share of a whole cannot
    fall below 0%, so the bound can only mean =0%; the ≥100% case's mirror."""
    (d,) = lint(ImpossiblePercentage, HEAD + "(2)质量指标。\n采购设备中不合格设备的比例≦0%。\n")
    assert "比例" in d.message("zh") and "=0%" in d.message("zh") and d.severity == Severity.warning
    form = ("项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 质量指标 | 安全事故发生率 | ≤0% | 0% | 10 | 10 |\n")
    (d,) = lint(ImpossiblePercentage, form)
    assert "安全事故发生率" in d.message("zh") and d.location.line == 3


@pytest.mark.parametrize("text", [
    "公用经费增长率≤0%，较上年不增加。\n",      # a rate of change may fall below 0
    "预算执行偏差率≤0%。\n",
    "不合格设备比例为0%，投诉率=0%。\n",          # written as it should be
])
def test_quiet_on_a_rate_of_change_or_an_exact_zero(text):
    assert lint(ImpossiblePercentage, HEAD + text) == []
