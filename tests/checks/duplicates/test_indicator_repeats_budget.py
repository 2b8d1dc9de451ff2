"""D207 indicator-repeats-budget: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import IndicatorRepeatsBudget

from .._harness import run
from ._drafts import SUBSIDY_ROWS, form


def test_unnamed_row_repeating_the_budget():
    rows = ["产出指标（50分）\t数量指标\t\t50\t50\t20\n", *SUBSIDY_ROWS[1:]]
    [diag] = run(IndicatorRepeatsBudget, form(rows))
    assert diag.location.line == 6
    assert "数量指标" in diag.message("zh")
    named = ["产出指标（50分）\t数量指标\t补贴资金\t50\t50\t20\n", *SUBSIDY_ROWS[1:]]
    assert run(IndicatorRepeatsBudget, form(named)) == []
