"""The years family on whole drafts we wrote: every rule quiet on a correct report and without a
fiscal year; the years sweep (``_sweep.py``): each correct excerpt lints clean with every built-in
rule, and each year defect planted in it alone is found by a years rule on the line that carries it."""

from __future__ import annotations

import pytest

from perflint.testing import builtin_checks, lint_text

from ._drafts import GOOD, codes, diagnostics
from ._sweep import DRAFTS, MISSED, PLANTS, planted, twin


def test_correct_draft_is_quiet():
    assert codes(GOOD) == []


def test_no_fiscal_year_no_findings():
    text = "工作总结\n\n2019 年 4 月 22 日，举办宣传活动。\n与 2019 年相比增加。\n"
    assert diagnostics(text) == []


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
