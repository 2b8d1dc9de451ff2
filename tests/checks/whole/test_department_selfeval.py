"""A 部门整体支出绩效自评报告 with its 自评表, in two layouts (tab rows; one cell a line as pasted
from a PDF): correct, and with one planted defect each. The checks that should see a defect fire
on it; the correct report stays quiet under every built-in check."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ScoreMismatch

from perflint.testing import builtin_checks, lint_text

from .._harness import fixture, lines, run

LAYOUTS = ("tab", "cells")


def _draft(name: str, layout: str) -> str:
    return fixture("whole", f"overall_{name}_{layout}.txt")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_correct_department_report_is_quiet(layout):
    assert lint_text(_draft("good", layout), checks=builtin_checks()) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_c701_narrative_score_differs_from_the_unit_form(layout):
    found = run(ScoreMismatch, _draft("narr_total", layout))
    assert lines(found) == [33]
    assert "96.8" in found[0].message() and "98.6" in found[0].message()
    assert run(ScoreMismatch, _draft("good", layout)) == []


def test_c701_a_project_score_in_a_department_report_is_not_the_unit_forms():
    text = _draft("good", "tab").replace(
        "四、自评结论\n", "四、自评结论\n\n其中，农业技术示范基地建设项目自评得分92分。\n")
    assert run(ScoreMismatch, text) == []
