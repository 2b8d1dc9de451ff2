"""Recall on plain defects planted in three correct 项目支出绩效自评报告 drafts we wrote, in a Word
file, an Excel workbook and text pasted from a PDF (see ``_probe15_sweep.py``): each twin, and each
correct variation of it, lints clean; each defect, planted alone in the spec, is found by a check
of the families that name it on a line of the file's text the edit changed, or with such a line
among the finding's related lines. Defects no general rule finds yet are strict xfails with the
reason. The Word and Excel files are built from their specs (``_office_specs``) as a user's would be."""

from __future__ import annotations

import difflib
import tempfile
from functools import cache
from pathlib import Path

import pytest

from perflint.read.loader import load
from perflint.testing import builtin_checks, lint_document

from ._harness import fixture, landing_on, plant, sweep_cases
from ._office_specs import build
from ._probe15_sweep import EMPLOYMENT, EXCERPTS, LEFT, QUIET, RURAL_WATER, STUDENT_AID

FOLDER = "probe15_sweep"


def _lint(name: str, edits, folder: Path):
    doc = load(build(plant(fixture(FOLDER, name), edits), name, folder))
    return list(doc.lines), lint_document(doc, checks=builtin_checks())


@cache
def _twin(name: str):
    with tempfile.TemporaryDirectory() as folder:
        lines, found = _lint(name, (), Path(folder))
    return lines, found


def _changed(before: list[str], after: list[str]) -> set[int]:
    """The lines of ``after`` (1-based) that differ from ``before``."""
    ops = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    return {n + 1 for tag, _i1, _i2, j1, j2 in ops if tag != "equal" for n in range(j1, j2)}


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_correct_twin_lints_clean(name):
    assert _twin(name)[1] == []


@pytest.mark.parametrize(("name", "label", "edits"),
                         [pytest.param(name, label, edits, id=f"{name.split('.')[0]}: {label}")
                          for name, variations in QUIET.items() for label, edits in variations])
def test_correct_variation_lints_clean(name, label, edits, tmp_path):
    _lines, found = _lint(name, edits, tmp_path)
    assert found == [], (label, sorted({(d.code, d.location.line) for d in found}))


@pytest.mark.parametrize(("name", "label", "edits", "families"), sweep_cases(EXCERPTS, LEFT))
def test_planted_defect_is_found(name, label, edits, families, tmp_path):
    lines, found = _lint(name, edits, tmp_path)
    changed = _changed(_twin(name)[0], lines)
    assert changed, edits
    assert landing_on(found, set(families), changed), (label, sorted({(d.code, d.location.line) for d in found}))


def test_every_left_defect_is_planted():
    planted = {(name, label) for name, defects in EXCERPTS.items() for label, _edits, _families in defects}
    assert set(LEFT) <= planted


def test_the_three_formats_are_swept():
    assert {STUDENT_AID, RURAL_WATER, EMPLOYMENT} == set(EXCERPTS) == set(QUIET)
