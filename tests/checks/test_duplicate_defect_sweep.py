"""Recall of the duplicates family on excerpts of units the labelled corpora do not hold (see
``_dup_sweep.py``): each correct twin lints clean, and with all its defects planted each defect
is found by a check of the duplicates family on a line the edit wrote (or with such a line among
the finding's related lines). Defects no general rule finds yet are strict xfails with the reason."""

from __future__ import annotations

from functools import cache

import pytest

from perflint.testing import builtin_checks, lint_text

from ._dup_sweep import EXCERPTS, defect_lines, planted
from ._harness import fixture

# (excerpt, defect) -> why no duplicates check names it (left on purpose).
LEFT: dict[tuple[str, str], str] = {}  # every planted defect is found


@cache
def _planted(name: str) -> tuple[str, tuple]:
    text = planted(fixture("dup_sweep", name), name)
    return text, tuple(lint_text(text, checks=builtin_checks(), path=name))


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_correct_twin_lints_clean(name):
    assert lint_text(fixture("dup_sweep", name), checks=builtin_checks(), path=name) == []


CASES = [
    pytest.param(name, label, edits, id=f"{name[:-4]}: {label}",
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[(name, label)])] if (name, label) in LEFT else [])
    for name, defects in EXCERPTS.items() for label, edits in defects
]


@pytest.mark.parametrize(("name", "label", "edits"), CASES)
def test_planted_duplicate_is_found_by_the_duplicates_family(name, label, edits):
    text, found = _planted(name)
    lines = defect_lines(fixture("dup_sweep", name), text, edits)
    assert lines, label
    hits = [d for d in found if d.family == "duplicates"
            and (d.location.line in lines or any(r.location.line in lines for r in d.related))]
    assert hits, sorted({(d.code, d.location.line) for d in found})


def test_every_left_defect_is_planted():
    planted_names = {(name, label) for name, defects in EXCERPTS.items() for label, _edits in defects}
    assert set(LEFT) <= planted_names
