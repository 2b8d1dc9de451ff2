"""Whole-pipeline tests: correct drafts (ours, in other units' styles) stay quiet under every
perflint check (a plugin installed beside them is not ours to judge), and the example drafts
still show the defects planted in them."""

from pathlib import Path

import pytest

from perflint.check import Context
from perflint.diagnostics import Severity
from perflint.engine import load_registry, run_checks
from perflint.read.loader import load

ROOT = Path(__file__).resolve().parent.parent
CLEAN = sorted((ROOT / "tests" / "fixtures" / "clean").glob("*.*"))
CHECKS = [cls() for cls in load_registry().builtin()]


def findings(path: Path):
    result = run_checks(load(path), CHECKS, Context())
    assert result.internal_errors == []
    return [d for d in result.diagnostics if d.severity >= Severity.info]


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_correct_draft_is_quiet(path):
    assert [(d.code, d.location.line, d.message("en")) for d in findings(path)] == []


@pytest.mark.parametrize("name,expected", [
    ("budget-office-2023.txt", {"A121", "A124", "Y501", "S601", "C701", "D201", "B301"}),
    ("self-evaluation.yaml", {"A121", "A124", "Y502", "D201", "B301"}),
    ("final-accounts-2023.md", {"A102", "A104", "A105", "A107", "B304", "B303", "S601"}),
])
def test_examples_show_their_planted_defects(name, expected):
    codes = {d.code for d in findings(ROOT / "examples" / name)}
    assert expected <= codes, codes
