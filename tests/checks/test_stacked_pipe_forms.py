"""自评表 published back to back as one pipe table (ours: 青禾县司法局): each form is scored on
its own. Read as one form, the second form's 合计 summed both forms' scores (A124), the
weights made 200 (A125) and an indicator every form has (干警满意度) was its own duplicate (D201)."""

from __future__ import annotations

from perflint.checks.arithmetic import TotalScoreMismatch, WeightsNotHundred
from perflint.checks.duplicates import DuplicateIndicator

from ._harness import fixture, run

FORMS = fixture("forms", "pipe_forms_back_to_back.txt")


def test_stacked_forms_are_scored_one_by_one():
    for check in (TotalScoreMismatch, WeightsNotHundred, DuplicateIndicator):
        assert run(check, FORMS) == [], check.code


def test_a_wrong_total_of_the_second_form_still_fires_on_it():
    lines = FORMS.splitlines(keepends=True)
    lines[18] = lines[18].replace("合计 | 100 | 100", "合计 | 100 | 95")
    [diag] = run(TotalScoreMismatch, "".join(lines))
    assert diag.location.line == 19


def test_an_indicator_twice_in_one_of_the_stacked_forms_still_fires():
    lines = FORMS.splitlines(keepends=True)
    lines[16] = lines[16].replace("培训人次 | ≥ | 120 | 人次 | 136", "干警满意度 | ≥ | 90 | % | 95")
    [diag] = run(DuplicateIndicator, "".join(lines))
    assert diag.location.line == 18 and diag.related[0].location.line == 17
