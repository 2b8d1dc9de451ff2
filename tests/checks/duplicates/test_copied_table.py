"""D204 copied-table: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import CopiedTable

from .._harness import run
from ._drafts import SUBSIDY_ROWS, form


def test_form_copied_from_another_project():
    text = form(SUBSIDY_ROWS) + "\n" + form(SUBSIDY_ROWS, project="农机手培训", budget="18")
    [diag] = run(CopiedTable, text)
    assert diag.location.line == 19
    assert diag.related[0].location.line == 6
    assert "农机补贴" in diag.message("zh")
    # the same project's form repeated is not another project's table
    assert run(CopiedTable, form(SUBSIDY_ROWS) + "\n" + form(SUBSIDY_ROWS)) == []
