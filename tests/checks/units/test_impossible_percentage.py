"""U403 impossible-percentage: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.units import ImpossiblePercentage

from .._harness import lint
from ._drafts import HEAD, run_fixture


def test_decrease_above_hundred_is_error_and_rate_is_warning():
    found = run_fixture(ImpossiblePercentage, "bad_project.txt")
    assert sorted(d.severity.name for d in found) == ["error", "warning"]


@pytest.mark.parametrize("text", [
    "预算执行率为 105%，主要是追加了预算。\n",  # 执行率 may pass 100%
    "参保人数较上年增长 120%。\n",  # an increase may pass 100%
    "支出较上年下降 100%，本年无此项支出。\n",  # a fall to zero
    "满意度较上年提高 3 个百分点。\n",
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
    (d,) = lint(ImpossiblePercentage, HEAD + "质量指标:项目(工程)验收合格率达到 120%,群众满意。\n")
    assert "120%" in d.message() and d.severity.name == "warning"
