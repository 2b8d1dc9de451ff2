"""A121 execution-rate-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ExecutionRateMismatch

from ._drafts import run_scoring


def test_execution_rate_recomputed():
    [diag] = run_scoring(ExecutionRateMismatch, actual="45", rate="95%", budget_score="9.5")
    assert diag.location.line == 6
    assert "45 ÷ 50 = 90%" in diag.message("zh")


def test_execution_rate_at_displayed_precision_is_quiet():
    assert run_scoring(ExecutionRateMismatch, actual="45.55", rate="91.1%", budget_score="9.11") == []


def test_execution_rate_written_as_a_fraction_is_read_as_one():
    """Spreadsheet exports show 90% as 0.9: a fraction, not 0.9%."""
    assert run_scoring(ExecutionRateMismatch, actual="45", rate="0.9", budget_score="9") == []
    [diag] = run_scoring(ExecutionRateMismatch, actual="45", rate="0.95", budget_score="9.5")
    assert "45 ÷ 50 = 90" in diag.message("zh")
