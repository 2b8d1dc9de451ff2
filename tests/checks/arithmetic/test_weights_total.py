"""A125 weights-not-100: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import WeightsNotHundred

from ._drafts import run_scoring


def test_weights_must_make_100():
    [diag] = run_scoring(WeightsNotHundred, output_weight="50", quality_score="25", total="90")
    assert "10 + 50 + 30 = 90" in diag.message("zh")


def test_weights_making_100_are_quiet():
    assert run_scoring(WeightsNotHundred) == []  # 10 + 60 + 30
