"""The ``arithmetic`` family: totals, rates, growth, shares and 自评表 scores that do not compute."""

from __future__ import annotations

from perflint.checks.arithmetic.account_code_nesting import AccountCodeNesting
from perflint.checks.arithmetic.budget_adjustment_mismatch import BudgetAdjustmentMismatch
from perflint.checks.arithmetic.budget_breakdown_mismatch import BudgetBreakdownMismatch
from perflint.checks.arithmetic.budget_completion_mismatch import BudgetCompletionMismatch
from perflint.checks.arithmetic.budget_score import BudgetScoreMismatch
from perflint.checks.arithmetic.budget_total_parts import BudgetTotalParts
from perflint.checks.arithmetic.change_amount_mismatch import ChangeAmountMismatch
from perflint.checks.arithmetic.change_breakdown_mismatch import ChangeBreakdownMismatch
from perflint.checks.arithmetic.completion_rate import CompletionRateMismatch
from perflint.checks.arithmetic.execution_rate import ExecutionRateMismatch
from perflint.checks.arithmetic.final_accounts_identity import FinalAccountsIdentity
from perflint.checks.arithmetic.growth_rate_mismatch import GrowthRateMismatch
from perflint.checks.arithmetic.personnel_cost_mismatch import PersonnelCostMismatch
from perflint.checks.arithmetic.prose_breakdown_mismatch import ProseBreakdownMismatch
from perflint.checks.arithmetic.score_above_weight import ScoreAboveWeight
from perflint.checks.arithmetic.score_completion import ScoreNotFollowingCompletion
from perflint.checks.arithmetic.share_mismatch import ShareMismatch
from perflint.checks.arithmetic.staff_control_rate import StaffControlRateMismatch
from perflint.checks.arithmetic.table_total_mismatch import TableTotalMismatch
from perflint.checks.arithmetic.total_score import TotalScoreMismatch
from perflint.checks.arithmetic.weights_total import WeightsNotHundred
from perflint.checks.arithmetic.written_computation import WrittenComputationMismatch

from perflint.check import Family

FAMILY = Family(name="arithmetic", prefix="A", title={"zh": "数字计算", "en": "Arithmetic"})

CHECKS: list = [
    TableTotalMismatch,
    AccountCodeNesting,
    FinalAccountsIdentity,
    ProseBreakdownMismatch,
    GrowthRateMismatch,
    ChangeBreakdownMismatch,
    BudgetBreakdownMismatch,
    ShareMismatch,
    BudgetCompletionMismatch,
    ExecutionRateMismatch,
    BudgetScoreMismatch,
    ScoreAboveWeight,
    TotalScoreMismatch,
    WeightsNotHundred,
    CompletionRateMismatch,
    BudgetTotalParts,
    ScoreNotFollowingCompletion,
    PersonnelCostMismatch,
    ChangeAmountMismatch,
    BudgetAdjustmentMismatch,
    StaffControlRateMismatch,
    WrittenComputationMismatch,
]
