"""Baselines (perflint.baseline): record today's findings, fail only on new ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint.baseline import VERSION, Baseline, BaselineError, build, message_identity
from perflint.cli import app
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Location
from perflint.testing import ignore_others

DRAFT = """示范项目2022年度绩效自评报告

一、项目概况

项目主要用于购置设备设备，偏差原因原因是采购延迟。

二、自评结论

2022 年 5 月 10 日
"""


def check(*args: str):
    result = CliRunner().invoke(app, ["check", *ignore_others(args)])
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "d.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_write_then_check_against_the_baseline_passes(draft, tmp_path):
    base = tmp_path / "perflint-baseline.json"
    code, _out, err = check("--write-baseline", str(base), str(draft))
    assert code == 0 and "4" in err
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["version"] == VERSION and len(data["findings"]) == 4
    assert data["findings"][0]["path"] == "d.txt", "paths are relative to the baseline file"
    code, out, _ = check("--format", "json", "--baseline", str(base), str(draft))
    assert code == 0 and json.loads(out) == []


def test_baseline_survives_lines_moving_and_reports_only_new_findings(draft, tmp_path):
    base = tmp_path / "b.json"
    check("--write-baseline", str(base), str(draft))
    moved = "新增的一段说明。\n\n" + DRAFT.replace("采购延迟。", "采购延迟。\n\n另购置电脑电脑若干台。")
    draft.write_text(moved, encoding="utf-8")
    code, out, _ = check("--format", "json", "--baseline", str(base), str(draft))
    found = json.loads(out)
    assert code == 1
    assert [(d["code"], d["line"]) for d in found] == [("D208", 9)], "only the new doubled word"


def test_a_second_identical_finding_is_new(tmp_path):
    def doubled(line: int) -> Diagnostic:
        return Diagnostic("D208", "duplicates", Severity.warning, Location("d.txt", line), key="word",
                          args={"unit": "设备", "text": "设备设备"}, templates={"zh": "x", "en": "x"})

    base = tmp_path / "b.json"
    base.write_text(build([(doubled(5), None)], base), encoding="utf-8")
    accepted = Baseline.load(base)
    # the copy has the same key as the recorded finding, but the baseline accounts for one, not two
    assert accepted.new_findings([doubled(5), doubled(11)], None) == [doubled(11)]


def test_baseline_works_from_another_working_folder(draft, tmp_path, monkeypatch):
    base = tmp_path / "b.json"
    check("--write-baseline", str(base), str(draft))
    monkeypatch.chdir(tmp_path)
    code, out, _ = check("--format", "json", "--baseline", "b.json", "d.txt")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize("content, says, zh", [
    ("not json", "not valid JSON", "b.json:1: 基线文件不是有效的 JSON：此处应有一个值"),
    ("[]", "version", "这不是 perflint 基线文件"),
    ('{"version": 99, "findings": []}', "not supported", "不支持基线版本 99"),
    ('{"version": 1, "findings": {}}', "must be a list", "必须是列表"),
    ('{"version": 1, "findings": [{"code": "A101"}]}', "finding 1", "第 1 条记录"),
])
def test_a_bad_baseline_is_a_clear_error(draft, tmp_path, content, says, zh):
    base = tmp_path / "b.json"
    base.write_text(content, encoding="utf-8")
    code, _out, err = check("--lang", "en", "--baseline", str(base), str(draft))
    assert code == 2 and says in err and "b.json" in err
    code, _out, err = check("--baseline", str(base), str(draft))
    assert code == 2 and "基线文件无法使用" in err and zh in err


def test_a_missing_baseline_is_a_clear_error(draft, tmp_path):
    code, _out, err = check("--lang", "en", "--baseline", str(tmp_path / "none.json"), str(draft))
    assert code == 2 and "no such baseline" in err
    code, _out, err = check("--baseline", str(tmp_path / "none.json"), str(draft))
    assert code == 2 and "none.json: 基线文件不存在" in err
    with pytest.raises(BaselineError):
        Baseline.load(tmp_path / "none.json")


def test_message_identity_leaves_line_numbers_out():
    def diag(**args) -> Diagnostic:
        return Diagnostic("S601", "structure", Severity.warning, Location("d.txt", 3), key="gap",
                          args=args, templates={"zh": "x", "en": "x"})

    assert message_identity(diag(marker="三、", prev_line=4)) == message_identity(diag(marker="三、", prev_line=9))
    assert message_identity(diag(marker="三、", note="（第 4 行）")) == message_identity(diag(marker="三、", note="（第 7 行）"))
    assert message_identity(diag(marker="三、")) != message_identity(diag(marker="四、"))


def test_message_identity_leaves_lists_of_lines_out():
    def diag(where: str, where_en: str) -> Diagnostic:
        return Diagnostic("A102", "arithmetic", Severity.error, Location("d.txt", 3), key="mismatch",
                          args={"where": where, "where_en": where_en}, templates={"zh": "x", "en": "x"})

    assert message_identity(diag("（分项见第 12、13 行）", " (parts at line 12, 13)")) == \
        message_identity(diag("（分项见第 14、15 行）", " (parts at line 14, 15)"))


def test_fingerprints_are_the_hash_of_each_findings_key_and_rank(tmp_path: Path):
    """GitLab's fingerprint is sha256 of ``[code, path, message, source line, rank]`` as JSON:
    a change of formula would orphan every stored report. Many findings on one long line (a
    table read into one line) read that line once, not once per finding."""
    import hashlib

    from perflint.baseline import finding_key, fingerprints
    from perflint.safety import load_input
    from perflint.testing import lint_document

    path = tmp_path / "draft.txt"
    path.write_text("示范项目2022年度绩效自评报告\n\n" + "项目资金到位)，" * 15 + "\n", encoding="utf-8")
    doc = load_input(path)
    diags = lint_document(doc)
    assert len(diags) >= 15 and len({d.location.line for d in diags}) < len(diags)
    pairs = [(d, doc) for d in diags] + [(diags[0], doc)]
    expected, seen = [], {}
    for d, dd in pairs:
        key = finding_key(d, dd)
        seen[key] = seen.get(key, 0) + 1
        expected.append(hashlib.sha256(json.dumps([*key, seen[key]], ensure_ascii=False).encode("utf-8")).hexdigest())
    assert fingerprints(pairs) == expected
    assert expected[0] != expected[-1]
