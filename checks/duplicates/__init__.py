"""The ``duplicates`` family: indicators, tables and prose that repeat where they should not."""

from __future__ import annotations

from perflint.check import Family

from .copied_across_reports import CopiedAcrossReports
from .copied_paragraph import CopiedParagraph
from .copied_table import CopiedTable
from .doubled_word import DoubledWord
from .duplicate_indicator import DuplicateIndicator
from .indicator_repeats_budget import IndicatorRepeatsBudget
from .indicator_value_conflict import IndicatorValueConflict
from .repeated_list_item import RepeatedListItem
from .same_indicator_twice import SameIndicatorTwice

FAMILY = Family(name="duplicates", prefix="D", title={"zh": "重复内容", "en": "Duplicates"})

CHECKS: list = [
    DuplicateIndicator,
    IndicatorValueConflict,
    CopiedParagraph,
    CopiedTable,
    SameIndicatorTwice,
    RepeatedListItem,
    IndicatorRepeatsBudget,
    DoubledWord,
    CopiedAcrossReports,
]
