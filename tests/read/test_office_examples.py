"""Parity: a draft written in Word or Excel gets the same findings as the same draft in text.

The Word and Excel examples are built by ``examples/make_office_examples.py`` from the text
examples; each finding must come back with the same code and the same figures, at the place in
the office file where that text sits.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from perflint.baseline import message_identity
from perflint.check import Context
from perflint.engine import run_checks
from perflint.read.loader import load
from perflint.testing import builtin_checks

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _script():
    spec = importlib.util.spec_from_file_location("make_office_examples", EXAMPLES / "make_office_examples.py")
    module = importlib.util.module_from_spec(spec)
    # no __pycache__ left in examples/ (other tests copy the folder's files as drafts)
    written, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = written
    return module


def _findings(path: Path) -> list:
    return run_checks(load(path), [cls() for cls in builtin_checks()], Context()).diagnostics


def _identities(diags: list) -> Counter:
    return Counter((d.code, message_identity(d)) for d in diags)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("office-examples")
    _script().main(out)
    return out


@pytest.mark.parametrize("office, text", [
    ("budget-office-2023.docx", "budget-office-2023.txt"),
    ("final-accounts-2023.xlsx", "final-accounts-2023.md"),
])
def test_office_example_has_the_findings_of_its_text_draft(built, office, text):
    expected = _findings(EXAMPLES / text)
    found = _findings(built / office)
    assert expected, "the text example has deliberate defects"
    assert _identities(found) == _identities(expected)
    # each finding names its place in the office file
    assert all(d.location.native for d in found)


@pytest.mark.parametrize("office", ["budget-office-2023.docx", "final-accounts-2023.xlsx"])
def test_committed_office_examples_match_what_the_script_builds(built, office):
    assert _identities(_findings(EXAMPLES / office)) == _identities(_findings(built / office))


def test_word_finding_names_paragraph_table_cell_and_heading(built):
    places = {d.code: d.location.native for d in _findings(built / "budget-office-2023.docx")}
    assert places["Y501"].startswith("段落 ") and "“2、完成的绩效目标”下" in places["Y501"]
    assert places["A121"].startswith("表2 第2行 第5列")


def test_excel_finding_names_sheet_and_cell(built):
    places = {d.code: d.location.native for d in _findings(built / "final-accounts-2023.xlsx")}
    assert places["A101"] == "决算表!C13" and places["A105"] == "情况说明!A3"
