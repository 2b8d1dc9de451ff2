"""The consistency family on whole drafts we wrote: every rule quiet on the correct project report
and town 决算说明, the rules found on their lines of the wrong report."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import (
    CHECKS,
    AnnouncedCountMismatch,
    BudgetMismatch,
    ForeignOrganisation,
    IndicatorValueMismatch,
    ProjectNameMismatch,
    SameQuantityDifferentValues,
    ScoreMismatch,
)

from .._harness import run
from ._drafts import TOWN, run_fixture


@pytest.mark.parametrize("check", CHECKS)
def test_correct_draft_is_quiet(check):
    assert run_fixture(check, "good_project.txt") == []


@pytest.mark.parametrize(("check", "lines"), [
    (ScoreMismatch, [7, 39]),
    (SameQuantityDifferentValues, [21]),
    (AnnouncedCountMismatch, [11, 25]),
    (ForeignOrganisation, [33]),
    (BudgetMismatch, [15]),
    (ProjectNameMismatch, [41]),
    (IndicatorValueMismatch, [21]),
])
def test_wrong_draft_fires(check, lines):
    found = run_fixture(check, "bad_project.txt")
    assert sorted(d.location.line for d in found) == lines
    assert all(d.code == check.code and d.family == "consistency" for d in found)


@pytest.mark.parametrize("check", CHECKS)
def test_correct_town_accounts_are_quiet(check):
    assert run(check, TOWN) == []
