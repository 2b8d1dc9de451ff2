"""docs/rules.md and the README's code ranges are made from the checks: these tests keep them so.

When a check is added or its documentation changes, regenerate the reference with
``perflint rules --format markdown > docs/rules.md`` and update the README's family table.
"""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from perflint.cli import app
from perflint.engine import load_registry
from perflint.ruledocs import builtin_checks, code_ranges, family_ranges, markdown

ROOT = Path(__file__).resolve().parents[1]
REGEN = "regenerate it: perflint rules --format markdown > docs/rules.md"


def test_docs_rules_md_is_the_generated_reference():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == markdown(load_registry()), REGEN


def test_cli_prints_the_same_reference():
    result = CliRunner().invoke(app, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout == markdown(load_registry())


def test_every_builtin_check_is_documented_with_its_headings():
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for cls in builtin_checks(load_registry()):
        section = text.split(f"### {cls.code} `{cls.name}`", 1)
        assert len(section) == 2, cls.code
        body = section[1].split("\n### ", 1)[0]
        for heading in ("What it does", "Why is this bad?", "Example", "Use instead"):
            assert f"#### {heading}" in body, (cls.code, heading)
        assert cls.title["zh"] in body and cls.title["en"] in body


def test_readme_family_table_codes_match_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\w+)` \| ([A-Z0-9–, ]+) \|", readme, flags=re.M))
    assert table == family_ranges(builtin_checks(load_registry())), "README's family table: " + str(
        family_ranges(builtin_checks(load_registry())))


def test_code_ranges_join_consecutive_codes():
    assert code_ranges(["A102", "A101", "A103", "A121", "B350"]) == "A101–A103, A121, B350"
    assert code_ranges([]) == ""
