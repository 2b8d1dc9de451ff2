"""D202 indicator-value-conflict: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import IndicatorValueConflict

from .._harness import run
from ._drafts import SUBSIDY_ROWS, form


def test_same_project_two_forms_with_other_values():
    other = [SUBSIDY_ROWS[0].replace("212台", "205台"), *SUBSIDY_ROWS[1:]]
    text = form(SUBSIDY_ROWS) + "\n附件\n\n" + form(other)
    [diag] = run(IndicatorValueConflict, text)
    assert "≥200台 / 212台" in diag.message("zh") and "205台" in diag.message("zh")
    # other projects may use the same indicator with other values
    assert run(IndicatorValueConflict, form(SUBSIDY_ROWS) + "\n" + form(other, project="农机维修")) == []


def test_each_form_against_every_earlier_form_of_its_project():
    # three forms of one project: the second changes one value, the third is the first again;
    # the second conflicts with the first, the third with the second (not with the first)
    other = [SUBSIDY_ROWS[0].replace("212台", "205台"), *SUBSIDY_ROWS[1:]]
    text = "\n附件\n\n".join([form(SUBSIDY_ROWS), form(other), form(SUBSIDY_ROWS)])
    first, second = run(IndicatorValueConflict, text)
    assert "205台" in first.message("zh") and first.location.line < second.location.line
    assert "/ 205台" in second.message("zh") and "/ 212台" in second.message("zh")
    assert second.related[0].location.line == first.location.line
