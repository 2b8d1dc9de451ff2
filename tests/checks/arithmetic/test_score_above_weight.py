"""A123 score-above-weight: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ScoreAboveWeight

from ._drafts import run_scoring


def test_group_scores_above_group_weight():
    [diag] = run_scoring(ScoreAboveWeight, output_weight="50", total="100")
    assert "25 + 35 = 60" in diag.message("zh")


def test_group_scores_within_their_weight_are_quiet():
    assert run_scoring(ScoreAboveWeight) == []  # 产出指标（60分）: 25 + 35 = 60
    assert run_scoring(ScoreAboveWeight, quality_score="30", total="95") == []
