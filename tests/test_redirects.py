"""Moved codes (perflint.redirects): what users wrote with a rule's old code keeps naming it.

S604 (a contents line worded otherwise than its heading) moved to the consistency family as C724.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from perflint.cli import app
from perflint.redirects import REDIRECTS, redirected
from perflint.testing import builtin_checks, ignore_others

DRAFT = [
    "某县农业农村局2023年度部门决算说明",
    "目录",
    "一、部门主要职责.....2",
    "二、严格资金管理，规范支出程序.....3",
    "一、部门主要职责",
    "负责全县农业农村工作。",
    "二、严格资金管理，规范支付程序",
    "资金实行专账核算。",
]


def lint(tmp_path: Path, lines: list[str], *args: str) -> tuple[int, list[dict]]:
    path = tmp_path / "d.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", *ignore_others(["--format", "json", *args, str(path)])])
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def codes(found: list[dict]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found]


def test_every_redirect_points_at_an_installed_rule_and_no_old_code_is_still_in_use() -> None:
    installed = {c.code for c in builtin_checks()}
    for old, new in REDIRECTS.items():
        assert new in installed and old not in installed
    assert redirected(" s604 ") == "C724" and redirected("S60") == "S60" and redirected("C724") == "C724"


def test_the_moved_rule_reports_under_its_new_code(tmp_path):
    _, found = lint(tmp_path, DRAFT)
    assert codes(found) == [("C724", 7)] and found[0]["check"] == "consistency"


def test_selecting_or_ignoring_the_old_code_selects_or_ignores_the_rule(tmp_path):
    assert codes(lint(tmp_path, DRAFT, "--select", "S604")[1]) == [("C724", 7)]
    assert lint(tmp_path, DRAFT, "--ignore", "S604")[1] == []
    assert lint(tmp_path, DRAFT, "--select", "S6")[1] == [], "a prefix selects by the codes as they are now"


def test_a_suppression_naming_the_old_code_suppresses_the_rule_and_is_used(tmp_path):
    lines = list(DRAFT)
    lines[6] += " <!-- perflint: disable-line=S604 -->"
    _, found = lint(tmp_path, lines, "--select", "C724,S690")
    assert found == [], "suppressed, and the directive is not reported as unused (S690)"


def test_options_under_the_old_code_set_the_rules_options(tmp_path):
    assert lint(tmp_path, DRAFT, "--option", "S604.threshold=99")[1] == []


def test_a_baseline_entry_with_the_old_code_accounts_for_the_finding(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("\n".join(DRAFT) + "\n", encoding="utf-8")
    base = tmp_path / "b.json"
    CliRunner().invoke(app, ["check", *ignore_others(["--write-baseline", str(base), str(path)])])
    data = json.loads(base.read_text(encoding="utf-8"))
    assert [e["code"] for e in data["findings"]] == ["C724"]
    for entry in data["findings"]:
        entry["code"] = "S604"  # written before the rule moved
    base.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", *ignore_others(["--format", "json", "--baseline", str(base), str(path)])])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_the_rules_documentation_is_found_under_the_old_code():
    result = CliRunner().invoke(app, ["rule", "S604", "--lang", "en"])
    assert result.exit_code == 0 and result.stdout.startswith("C724 toc-mismatch (consistency")
