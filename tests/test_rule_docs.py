"""docs/rules.md and the README's code ranges are made from the checks: these tests keep them so.

When a check is added or its documentation changes, regenerate the reference with
``perflint rules --format markdown > docs/rules.md`` and update the README's family table.
"""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from perflint.check import DOC_HEADINGS, Check
from perflint.cli import app
from perflint.engine import load_registry
from perflint.ruledocs import builtin_checks, code_ranges, family_ranges, markdown, missing_parts

ROOT = Path(__file__).resolve().parents[1]
REGEN = "regenerate it: perflint rules --format markdown > docs/rules.md"


def test_docs_rules_md_is_the_generated_reference():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == markdown(load_registry()), REGEN


def test_cli_prints_the_same_reference():
    result = CliRunner().invoke(app, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout == markdown(load_registry())


def test_every_builtin_check_has_all_four_parts_in_both_languages():
    """Chinese (doc_zh: 它检查什么 / 为什么要改 / 示例 / 应改为) and English (the docstring: What it
    does / Why is this bad? / Example / Use instead): a built-in rule may lack neither."""
    missing = {cls.code: gaps for cls in builtin_checks(load_registry()) if (gaps := missing_parts(cls))}
    assert missing == {}, f"rules without full documentation (language -> missing parts): {missing}"


def test_every_builtin_check_is_documented_in_the_reference_chinese_first():
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for cls in builtin_checks(load_registry()):
        section = text.split(f"### {cls.code} `{cls.name}`", 1)
        assert len(section) == 2, cls.code
        body = section[1].split("\n### ", 1)[0]
        for heading in (*DOC_HEADINGS["zh"], *DOC_HEADINGS["en"]):
            assert f"#### {heading}" in body, (cls.code, heading)
        assert body.index("#### 它检查什么") < body.index("#### What it does"), cls.code
        assert cls.title["zh"] in body and cls.title["en"] in body


def test_rule_command_shows_chinese_by_default_and_english_on_request():
    zh = CliRunner().invoke(app, ["rule", "A121"])
    en = CliRunner().invoke(app, ["rule", "A121", "--lang", "en"])
    assert zh.exit_code == en.exit_code == 0
    assert "它检查什么" in zh.stdout and "应改为" in zh.stdout and "What it does" not in zh.stdout
    assert "What it does" in en.stdout and "Use instead" in en.stdout and "它检查什么" not in en.stdout


class _EnglishOnly(Check):
    """## What it does
    Finds nothing.
    """

    code = "Z998"


class _Bilingual(_EnglishOnly):
    """## What it does
    Finds nothing at all.
    """

    doc_zh = """## 它检查什么
    什么也不查。
    """


def test_a_plugin_check_without_chinese_docs_shows_its_english_ones():
    assert _EnglishOnly.docs("zh") == _EnglishOnly.docs("en") == "## What it does\nFinds nothing."
    assert _EnglishOnly.docs("zh", fallback=False) == ""
    assert missing_parts(_EnglishOnly)["zh"] == list(DOC_HEADINGS["zh"])
    assert _Bilingual.docs("zh") == "## 它检查什么\n什么也不查。"
    assert _Bilingual.docs() == "## What it does\nFinds nothing at all."


def test_readme_family_table_codes_match_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\w+)` \| ([A-Z0-9–, ]+) \|", readme, flags=re.M))
    assert table == family_ranges(builtin_checks(load_registry())), "README's family table: " + str(
        family_ranges(builtin_checks(load_registry())))


def test_code_ranges_join_consecutive_codes():
    assert code_ranges(["A102", "A101", "A103", "A121", "B350"]) == "A101–A103, A121, B350"
    assert code_ranges([]) == ""
