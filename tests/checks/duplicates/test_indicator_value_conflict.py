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


def test_a_form_repeated_verbatim_is_compared_once():
    # A bundle holding the same form three times and then a changed copy: the changed copy
    # conflicts with the form's values once (against the first copy), not once per copy, and
    # the copies do not conflict with each other (compared per distinct version: linear time).
    other = [SUBSIDY_ROWS[0].replace("212台", "205台"), *SUBSIDY_ROWS[1:]]
    text = "\n附件\n\n".join([form(SUBSIDY_ROWS)] * 3 + [form(other)])
    [diag] = run(IndicatorValueConflict, text)
    assert "205台" in diag.message("zh")
    assert run(IndicatorValueConflict, "\n附件\n\n".join([form(SUBSIDY_ROWS)] * 4)) == []
