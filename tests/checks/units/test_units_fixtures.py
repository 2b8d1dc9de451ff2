"""The units family on whole drafts we wrote: every rule quiet on the correct project report, found
on its lines of the wrong one."""

from __future__ import annotations

import pytest
from perflint.checks.units import (
    CHECKS,
    ImpossiblePercentage,
    MoneyScale,
    MoneyWithoutUnit,
    PersonVsVisit,
    RateIndicatorNotRate,
    TableWithoutUnit,
    UnitGlued,
)

from ._drafts import run_fixture


@pytest.mark.parametrize("check", CHECKS)
def test_correct_draft_is_quiet(check):
    assert run_fixture(check, "good_project.txt") == []


@pytest.mark.parametrize(("check", "lines"), [
    (MoneyScale, [17]),
    (MoneyWithoutUnit, [5, 9]),
    (ImpossiblePercentage, [13, 13]),
    (RateIndicatorNotRate, [26, 27, 28, 29]),
    (PersonVsVisit, [11, 31]),
    (UnitGlued, [15]),
    (TableWithoutUnit, [40]),
])
def test_wrong_draft_fires(check, lines):
    found = run_fixture(check, "bad_project.txt")
    assert sorted(d.location.line for d in found) == lines
    assert all(d.code == check.code and d.family == "units" for d in found)


def test_english_messages():
    found = run_fixture(RateIndicatorNotRate, "bad_project.txt")
    assert all(d.message("en") and d.message("en") != d.message("zh") for d in found)
