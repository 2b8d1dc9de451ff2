"""Recall of the units family on excerpts of units the labelled corpora do not hold (see
``_unit_sweep.py``): each correct twin lints clean, and with all its defects planted each defect
is found by a check of the units family on the line of the edit (or with the edit among the
finding's related lines). Defects no general rule finds yet are strict xfails with the reason."""

from __future__ import annotations

from functools import cache

import pytest

from perflint.testing import builtin_checks, lint_text

from ._harness import edited_lines, fixture, landing_on, sweep_cases
from ._unit_sweep import EXCERPTS, planted

# (excerpt, defect) -> why no units check names it (left on purpose).
LEFT: dict[tuple[str, str], str] = {}  # every planted defect is found


@cache
def _planted(name: str) -> tuple[str, tuple]:
    text = planted(fixture("unit_sweep", name), name)
    return text, tuple(lint_text(text, checks=builtin_checks(), path=name))


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_correct_twin_lints_clean(name):
    assert lint_text(fixture("unit_sweep", name), checks=builtin_checks(), path=name) == []


CASES = sweep_cases(EXCERPTS, LEFT)


@pytest.mark.parametrize(("name", "label", "edits"), CASES)
def test_planted_unit_defect_is_found_by_the_units_family(name, label, edits):
    text, found = _planted(name)
    lines = edited_lines(text, edits)
    assert lines, label
    hits = landing_on(found, {"units"}, lines)
    assert hits, sorted({(d.code, d.location.line) for d in found})


def test_every_left_defect_is_planted():
    planted_names = {(name, label) for name, defects in EXCERPTS.items() for label, _edits in defects}
    assert set(LEFT) <= planted_names
