"""The years sweep (``_sweep.py``): each correct excerpt lints clean with every built-in rule, and
each year defect planted in it alone is found by a years rule on the line that carries it."""

from __future__ import annotations

import pytest

from perflint.testing import builtin_checks, lint_text

from ._sweep import DRAFTS, MISSED, PLANTS, planted, twin


@pytest.mark.parametrize("draft", DRAFTS)
def test_twin_is_quiet(draft):
    assert [(d.code, d.location.line) for d in lint_text(twin(draft), checks=builtin_checks(), path=draft)] == []


@pytest.mark.parametrize("plant", PLANTS, ids=[f"{p[0].split('-')[0]}-{p[3]}-{i}" for i, p in enumerate(PLANTS)])
def test_planted_year_defect_is_found(plant):
    if (plant[0], plant[2]) in MISSED:
        pytest.xfail(MISSED[(plant[0], plant[2])])
    text, line = planted(plant)
    found = [d.code for d in lint_text(text, checks=builtin_checks(), path=plant[0]) if d.location.line == line]
    assert any(code.startswith("Y5") for code in found), (plant[3], found)
