"""A122 budget-score-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import BudgetScoreMismatch

from ._drafts import run_scoring


def test_budget_score_is_weight_times_rate():
    [diag] = run_scoring(BudgetScoreMismatch, actual="45", rate="90%", budget_score="10", total="100")
    assert "10 × 90% = 9.00" in diag.message("zh")
    assert run_scoring(BudgetScoreMismatch, actual="45", rate="90%", budget_score="9") == []
