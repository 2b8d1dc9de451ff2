"""The ``consistency`` family: one quantity, score, count or name stated two ways."""

from __future__ import annotations

from .announced_count_mismatch import AnnouncedCountMismatch
from .budget_mismatch import BudgetMismatch
from .cost_above_spending import CostAboveSpending
from .foreign_organisation import ForeignOrganisation
from .indicator_value_mismatch import IndicatorValueMismatch
from .project_name_mismatch import ProjectNameMismatch
from .same_quantity_different_values import SameQuantityDifferentValues
from .score_mismatch import ScoreMismatch

CHECKS: list = [
    ScoreMismatch, SameQuantityDifferentValues, AnnouncedCountMismatch, ForeignOrganisation, BudgetMismatch,
    ProjectNameMismatch, IndicatorValueMismatch, CostAboveSpending,
]
