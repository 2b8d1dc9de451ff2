"""C732 target-comparison-contradiction: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import TargetComparisonContradiction

from .._harness import run

HEAD = "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n二、绩效目标完成情况\n"


@pytest.mark.parametrize("sentence, actual, verb", [
    ("经年度路况评定，全县农村公路优良中等路率为78.6%，高于80%的目标值。", "78.6%", "高于"),
    ("沿线群众满意度为86%，超过年度目标值90%。", "86%", "超过"),
    ("群众满意度为88%，达到90%的目标。", "88%", "达到"),
    ("日常养护平均成本为每公里0.48万元，低于0.45万元的标准。", "0.48万元", "低于"),
    ("全年完成培训326人次，未达到计划300人次。", "326人次", "未达到"),
    ("群众满意度为84.5%，高于目标值（90%）。", "84.5%", "高于"),
])
def test_c732_comparison_the_figures_contradict(sentence: str, actual: str, verb: str):
    (d,) = run(TargetComparisonContradiction, HEAD + sentence + "\n")
    assert d.location.line == 3 and actual in d.message() and f"“{verb}”" in d.message()
    assert d.severity.name == "warning" and d.related


@pytest.mark.parametrize("sentence", [
    "经年度路况评定，全县农村公路优良中等路率为83.6%，高于80%的目标值。",
    "沿线群众满意度为96%，超过年度目标值90%。",
    "群众满意度为90%，达到90%的目标。",
    "日常养护平均成本为每公里0.42万元，低于0.45万元的标准。",
    "全年完成培训286人次，未达到计划300人次。",
    "群众满意度为94.4%，高于目标值（90%）4.4个百分点。",
    # a comparison with another figure than the target, or figures of two units
    "群众满意度为88%，高于全省平均水平90%。",
    "全年完成培训326人次，超过计划30场。",
    # the rounding of the figures shown
    "群众满意度为90%，达到90.4%的目标。",
])
def test_c732_comparison_the_figures_bear_out_or_other_comparisons_are_quiet(sentence: str):
    assert run(TargetComparisonContradiction, HEAD + sentence + "\n") == []
