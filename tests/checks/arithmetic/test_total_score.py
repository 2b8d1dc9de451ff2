"""A124 total-score-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import TotalScoreMismatch

from .._forms import ONE_LINE, ONE_LINE_GOOD, run_flat
from ._drafts import run_scoring


def test_total_score_is_sum_of_scores():
    [diag] = run_scoring(TotalScoreMismatch, quality_score="30")
    assert diag.location.line == 12
    assert "10 + 25 + 30 + 20 + 10 = 95" in diag.message("zh")
    assert "95" in diag.message("en")


def test_total_of_a_stream_form_is_checked_only_when_its_rows_are_whole():
    assert run_flat(TotalScoreMismatch) == []
    [diag] = run_flat(TotalScoreMismatch, sum="95")
    assert "= 99.67" in diag.message("zh")
    # a row lost in reading (no weight/score pair): the sum would be partial, so stay quiet
    text = ONE_LINE.format(**{**ONE_LINE_GOOD, "sum": "95"}).replace("成本指标 养护成本 ≤60万元 58万元 10 10 ", "")
    assert run_flat(TotalScoreMismatch, text=text) == []
