"""The ``consistency`` family: one quantity, score, count, name or title stated two ways."""

from __future__ import annotations

from perflint.check import Family

from .account_row_mismatch import AccountRowMismatch
from .announced_count_mismatch import AnnouncedCountMismatch
from .budget_mismatch import BudgetMismatch
from .completion_contradiction import CompletionContradiction
from .cost_above_spending import CostAboveSpending
from .document_amount_mismatch import DocumentAmountMismatch
from .evaluated_projects_unspent import EvaluatedProjectsUnspent
from .event_dated_twice import EventDatedTwice
from .execution_above_budget import ExecutionAboveBudget
from .execution_rate_indicator import ExecutionRateIndicator
from .final_table_budget_columns import FinalTableBudgetColumns
from .foreign_organisation import ForeignOrganisation
from .full_marks_despite_shortfall import FullMarksDespiteShortfall
from .fund_rate_stated_twice import FundRateStatedTwice
from .grade_against_score import GradeAgainstScore
from .indicator_count_mismatch import IndicatorCountMismatch
from .indicator_value_mismatch import IndicatorValueMismatch
from .level_weights_against_note import LevelWeightsAgainstNote
from .listed_projects_against_budget import ListedProjectsAgainstBudget
from .misdefined_term import MisdefinedTerm
from .project_count_mismatch import ProjectCountMismatch
from .project_name_mismatch import ProjectNameMismatch
from .publication_named_two_ways import PublicationNamedTwoWays
from .reason_names_other_total import ReasonNamesOtherTotal
from .restated_across_reports import RestatedAcrossReports
from .row_figure_misquoted import RowFigureMisquoted
from .same_quantity_different_values import SameQuantityDifferentValues
from .score_mismatch import ScoreMismatch
from .staff_count_mismatch import StaffCountMismatch
from .subordinates_denied_then_listed import SubordinatesDeniedThenListed
from .supervisor_swapped import SupervisorSwapped
from .table_totals_differ import FinalAccountsTableTotalsDiffer
from .target_comparison_contradiction import TargetComparisonContradiction
from .timeliness_date_mismatch import TimelinessDateMismatch
from .toc_mismatch import TocMismatch
from .totals_unequal import IncomeExpenseTotalsUnequal
from .trend_word_against_figures import TrendWordAgainstFigures
from .unbudgeted_claim import UnbudgetedClaim
from .unit_named_two_ways import UnitNamedTwoWays
from .vehicles_bought_against_cost import VehiclesBoughtAgainstCost
from .vehicles_held_against_assets import VehiclesHeldAgainstAssets

FAMILY = Family(name="consistency", prefix="C", title={"zh": "前后一致", "en": "Consistency"})

CHECKS: list = [
    ScoreMismatch, SameQuantityDifferentValues, AnnouncedCountMismatch, ForeignOrganisation, BudgetMismatch,
    ProjectNameMismatch, IndicatorValueMismatch, IncomeExpenseTotalsUnequal, CompletionContradiction,
    EventDatedTwice, UnitNamedTwoWays, MisdefinedTerm, SupervisorSwapped, CostAboveSpending, LevelWeightsAgainstNote,
    ProjectCountMismatch, AccountRowMismatch, RowFigureMisquoted, ExecutionAboveBudget, GradeAgainstScore,
    UnbudgetedClaim, FullMarksDespiteShortfall, DocumentAmountMismatch, TocMismatch, EvaluatedProjectsUnspent,
    PublicationNamedTwoWays, FinalAccountsTableTotalsDiffer, StaffCountMismatch, IndicatorCountMismatch,
    TimelinessDateMismatch, RestatedAcrossReports, TargetComparisonContradiction, ListedProjectsAgainstBudget,
    ExecutionRateIndicator, VehiclesBoughtAgainstCost, TrendWordAgainstFigures,
    FundRateStatedTwice, VehiclesHeldAgainstAssets, SubordinatesDeniedThenListed, FinalTableBudgetColumns,
    ReasonNamesOtherTotal,
]
