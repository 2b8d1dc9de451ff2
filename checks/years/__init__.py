"""The ``years`` family: dates and years that do not fit the part's fiscal year."""

from __future__ import annotations

from perflint.check import Family

from .activity_outside_fiscal_year import ActivityOutsideFiscalYear
from .basis_issued_after_year import BasisIssuedAfterYear
from .comparison_with_same_year import ComparisonWithSameYear
from .malformed_year import MalformedYear
from .other_year_as_current import OtherYearAsCurrent
from .signed_before_year_end import SignedBeforeYearEnd
from .stale_plan_year import StalePlanYear
from .title_year_mismatch import TitleYearMismatch

FAMILY = Family(name="years", prefix="Y", title={"zh": "年度与日期", "en": "Years and dates"})

CHECKS: list = [
    ActivityOutsideFiscalYear, SignedBeforeYearEnd, ComparisonWithSameYear, TitleYearMismatch, StalePlanYear,
    MalformedYear, OtherYearAsCurrent, BasisIssuedAfterYear,
]
