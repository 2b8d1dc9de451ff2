"""The ``units`` family: figures whose unit or scale is wrong, missing or impossible."""

from __future__ import annotations

from perflint.check import Family

from .impossible_percentage import ImpossiblePercentage
from .measure_unit_mixed import MeasureUnitMixed
from .money_scale import MoneyScale
from .money_without_unit import MoneyWithoutUnit
from .percent_for_points import PercentForPoints
from .person_vs_visit import PersonVsVisit
from .rate_indicator_not_rate import RateIndicatorNotRate
from .table_unit_contradicted import TableUnitContradicted
from .table_without_unit import TableWithoutUnit
from .unit_glued import UnitGlued

FAMILY = Family(name="units", prefix="U", title={"zh": "计量单位", "en": "Units"})

CHECKS: list = [MoneyScale, MoneyWithoutUnit, ImpossiblePercentage, RateIndicatorNotRate, PersonVsVisit, UnitGlued,
                      TableWithoutUnit, PercentForPoints,
                      MeasureUnitMixed, TableUnitContradicted]
