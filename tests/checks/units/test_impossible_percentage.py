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
