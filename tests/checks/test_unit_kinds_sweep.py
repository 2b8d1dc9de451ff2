"""Recall on the kinds of units the labelled corpora have few of (see ``_unit_kinds.py``): each
excerpt's correct twin lints clean, and in the excerpt with all its defects planted each defect
is found by a check of a family that answers its label kind (as ``shared/eval/score.py`` counts
them), on the line of the edit or with the edit among the finding's related lines. Defects no
general rule finds yet are strict xfails, each with the reason it is left."""

from __future__ import annotations

from functools import cache

import pytest

from perflint.testing import builtin_checks, lint_text

from ._harness import edited_lines, fixture, landing_on, sweep_cases
from ._unit_kinds import EXCERPTS, FITS, planted

# (excerpt, defect name) -> why no rule finds it (left on purpose: see each reason).
LEFT = {
    ("county-police-project-2023.txt", "project named otherwise in the body"):
        "a project named otherwise in a sentence (no 项目名称 row): telling a slip from a sub-project needs a person",
    ("county-police-project-2023.txt", "conclusion's 执行数 differs from the funds paragraph"):
        "a bare 执行 after a budget is not read as the actual, and two statements with two values are not compared",
    ("county-school-accounts-2023.txt", "another school named in the body"):
        "another unit of the same place and kind: a school may name another school legitimately",
    ("township-overall-2022.txt", "no problems beside a missed target"):
        "the target is a plain figure (目标1200户): its direction is never guessed",
    ("county-water-project-2024.txt", "no deviation while 执行率 is 96%"):
        "预算执行无偏差 beside an execution rate below 100% is not read",
    ("city-farmland-project-2023.txt", "conclusion's paid amount differs"):
        "the other statement's name carries the planted typo (已支附资金), so the two are not one quantity",
    ("city-culture-overall-2023.txt", "unit named otherwise in the body"):
        "文化馆 and 群众艺术馆 are two names, not one name with another suffix",
    ("county-justice-project-2022.txt", "case counts do not sum to the total"):
        "a count's 其中 may list only some groups: only an excess is reported",
    ("county-justice-project-2022.txt", "another county's finance bureau"):
        "another county named in a county report may be legitimate (对口, 邻县)",
    ("county-justice-project-2022.txt", "budget differs between two paragraphs"):
        "an unqualified 项目预算资金 may be the 年初 budget beside the full-year one",
    ("city-sports-form-2024.txt", "路径 misspelt"): "路经 is a word (to pass by) and 路径 no term of the vocabulary",
}


@cache
def _planted(name: str) -> tuple[str, tuple]:
    text = planted(fixture("unit_kinds", name), name)
    return text, tuple(lint_text(text, checks=builtin_checks(), path=name))


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_correct_twin_lints_clean(name):
    assert lint_text(fixture("unit_kinds", name), checks=builtin_checks(), path=name) == []


CASES = sweep_cases(EXCERPTS, LEFT)


@pytest.mark.parametrize(("name", "label", "kind", "edits"), CASES)
def test_planted_defect_is_found_by_its_family(name, label, kind, edits):
    text, found = _planted(name)
    lines = edited_lines(text, edits)
    assert lines, label
    hits = landing_on(found, FITS[kind], lines)
    assert hits, sorted({(d.code, d.location.line) for d in found})


def test_every_left_defect_is_planted():
    planted_names = {(name, label) for name, defects in EXCERPTS.items() for label, _kind, _edits in defects}
    assert set(LEFT) <= planted_names
