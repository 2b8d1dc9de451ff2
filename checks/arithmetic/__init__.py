"""The ``arithmetic`` family: totals, rates, growth, shares and 自评表 scores that do not compute."""

from __future__ import annotations

from perflint.checks.arithmetic.budget_score import BudgetScoreMismatch
from perflint.checks.arithmetic.completion_rate import CompletionRateMismatch
from perflint.checks.arithmetic.execution_rate import ExecutionRateMismatch
from perflint.checks.arithmetic.score_above_weight import ScoreAboveWeight
from perflint.checks.arithmetic.total_score import TotalScoreMismatch
from perflint.checks.arithmetic.weights_total import WeightsNotHundred

CHECKS: list = [
    ExecutionRateMismatch,
    BudgetScoreMismatch,
    ScoreAboveWeight,
    TotalScoreMismatch,
    WeightsNotHundred,
    CompletionRateMismatch,
]
