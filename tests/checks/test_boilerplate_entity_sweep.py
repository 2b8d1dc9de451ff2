"""Recall of the boilerplate family (and of the consistency checks that name another unit or
project) on excerpts of units the labelled corpora hold few of (see ``_boiler_sweep.py``): each
correct twin lints clean — a genuine 无 where targets were met, a form's printed note naming the
偏差原因 column, an abbreviation of the unit's name (以下简称), a peer unit named on purpose, a
claim about the kind of indicator that did meet its targets — and with all its defects planted
each defect is found by a check of the family its label kind fits, on a line the edit wrote (or
on the heading of the section whose text it wrote, or with such a line among the finding's
related lines). Defects no general rule finds yet are strict xfails with the reason."""

from __future__ import annotations

from functools import cache

import pytest

from perflint.read.text import parse_text
from perflint.testing import builtin_checks, lint_text

from ._boiler_sweep import EXCERPTS, FAMILY, planted
from ._harness import edited_lines, fixture, landing_on, sweep_cases

# (excerpt, defect) -> why no check of the fitting family names it (left on purpose).
LEFT: dict[tuple[str, str], str] = {
    ("county-archives-project-2023.txt", "the unit named as a 局 in the body of a 馆's report"):
        "档案局 and 档案馆 are two bodies (the bureau and the archive, often sharing one office): no "
        "general rule tells the report's own unit named as the wrong body from the other one named "
        "on purpose",
}


@cache
def _planted(name: str) -> tuple[str, tuple]:
    text = planted(fixture("boiler_sweep", name), name)
    return text, tuple(lint_text(text, checks=builtin_checks(), path=name))


def defect_lines(text: str, edits: list[tuple[str, str]]) -> set[int]:
    """The lines an edit wrote, and the heading right above one of them: a section whose text is
    the defect (a conclusion with no result) is named at its heading."""
    lines = edited_lines(text, edits)
    headings = {h.text.locate().line for part in parse_text(text, "x.txt").parts for h in part.headings()}
    return lines | {n - 1 for n in lines if n - 1 in headings}


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_correct_twin_lints_clean(name):
    assert lint_text(fixture("boiler_sweep", name), checks=builtin_checks(), path=name) == []


CASES = sweep_cases(EXCERPTS, LEFT)


@pytest.mark.parametrize(("name", "label", "kind", "edits"), CASES)
def test_planted_defect_is_found_by_the_fitting_family(name, label, kind, edits):
    text, found = _planted(name)
    lines = defect_lines(text, edits)
    assert lines, label
    hits = landing_on(found, {FAMILY[kind]}, lines)
    assert hits, sorted({(d.code, d.location.line) for d in found})


def test_every_left_defect_is_planted():
    planted_names = {(name, label) for name, defects in EXCERPTS.items() for label, _kind, _edits in defects}
    assert set(LEFT) <= planted_names


def test_the_sweep_plants_forty_defects_or_more():
    assert sum(len(defects) for defects in EXCERPTS.values()) >= 40
