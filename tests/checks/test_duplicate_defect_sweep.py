"""Recall of the duplicates family on excerpts of units the labelled corpora do not hold (see
``_dup_sweep.py``): each correct twin lints clean, and with all its defects planted each defect
is found by a check of the duplicates family on a line the edit wrote (or with such a line among
the finding's related lines). Defects no general rule finds yet are strict xfails with the reason."""

from __future__ import annotations

from functools import cache

import pytest

from perflint.testing import builtin_checks, lint_text

from ._dup_sweep import EXCERPTS, defect_lines, planted
from ._harness import fixture, landing_on, sweep_cases

# (excerpt, defect) -> why no duplicates check names it (left on purpose).
LEFT: dict[tuple[str, str], str] = {}  # every planted defect is found


@cache
def _planted(name: str) -> tuple[str, tuple]:
    text = planted(fixture("dup_sweep", name), name)
    return text, tuple(lint_text(text, checks=builtin_checks(), path=name))


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_correct_twin_lints_clean(name):
    assert lint_text(fixture("dup_sweep", name), checks=builtin_checks(), path=name) == []


CASES = sweep_cases(EXCERPTS, LEFT)


@pytest.mark.parametrize(("name", "label", "edits"), CASES)
def test_planted_duplicate_is_found_by_the_duplicates_family(name, label, edits):
    text, found = _planted(name)
    lines = defect_lines(fixture("dup_sweep", name), text, edits)
    assert lines, label
    hits = landing_on(found, {"duplicates"}, lines)
    assert hits, sorted({(d.code, d.location.line) for d in found})


def test_every_left_defect_is_planted():
    planted_names = {(name, label) for name, defects in EXCERPTS.items() for label, _edits in defects}
    assert set(LEFT) <= planted_names
