"""The command line end to end, through the installed entry points."""

import json
import subprocess
import sys
from pathlib import Path

from perflint.testing import ignore_others

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    # Run outside the source tree so the installed package (with perflint.checks) is imported.
    if args and args[0] == "check":  # these tests are about perflint's own findings
        args = ("check", *ignore_others(args[1:]))
    return subprocess.run([sys.executable, "-m", "perflint.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd or Path(__file__).resolve().parent)


def test_rules_lists_installed_checks_and_rule_explains_one():
    out = run("rules").stdout
    assert "A124" in out and "Y502" in out
    doc = run("rule", "A124")  # Chinese by default, English with --lang en
    assert doc.returncode == 0
    assert "它检查什么" in doc.stdout and "应改为" in doc.stdout and "What it does" not in doc.stdout
    doc = run("rule", "A124", "--lang", "en")
    assert "What it does" in doc.stdout and "Use instead" in doc.stdout and "它检查什么" not in doc.stdout
    assert run("rule", "NOPE").returncode == 2


def test_json_contract_and_exit_status(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("示范项目2022年度绩效自评报告\n\n2022 年 5 月 10 日\n", encoding="utf-8")
    proc = run("check", "--format", "json", str(draft))
    assert proc.returncode == 1, proc.stderr
    diags = json.loads(proc.stdout)
    assert diags, "a report signed inside its own fiscal year must be reported"
    for key in ("path", "line", "column", "end_line", "end_column", "code", "check", "severity", "message"):
        assert key in diags[0]
    assert diags[0]["line"] == 3


def test_clean_draft_exits_zero_and_english_messages(tmp_path):
    draft = tmp_path / "ok.txt"
    draft.write_text("示范项目2022年度绩效自评报告\n\n2023 年 3 月 10 日\n", encoding="utf-8")
    proc = run("check", "--lang", "en", str(draft))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No problems found" in proc.stdout


def test_unreadable_input_exits_2_without_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    proc = run("check", str(bad))
    assert proc.returncode == 2
    assert "bad.txt" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_select_unknown_code_is_a_usage_error(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("x\n", encoding="utf-8")
    proc = run("check", "--select", "ZZ9", str(draft))
    assert proc.returncode == 2
    assert "ZZ9" in proc.stderr


def test_select_by_family_keeps_only_that_family(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("示范项目2022年度绩效自评报告\n\n2022 年 5 月 10 日\n", encoding="utf-8")
    proc = run("check", "--format", "json", "--select", "arithmetic", str(draft))
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == []
    proc = run("check", "--format", "json", "--select", "years", str(draft))
    assert {d["check"] for d in json.loads(proc.stdout)} == {"years"}


def test_option_reaches_the_check_and_mistakes_are_usage_errors(tmp_path):
    paragraph = "本年度共完成农田水利设施维修改造工程十二处，全部通过验收。"
    draft = tmp_path / "d.txt"
    draft.write_text(f"一、基本情况\n{paragraph}\n二、绩效目标完成情况\n{paragraph}\n", encoding="utf-8")
    quiet = run("check", "--format", "json", "--select", "D203", str(draft))
    assert (quiet.returncode, json.loads(quiet.stdout)) == (0, [])
    found = run("check", "--format", "json", "--select", "D203", "--option", "D203.min_chars=20", str(draft))
    assert found.returncode == 1 and [d["line"] for d in json.loads(found.stdout)] == [4]
    for flag, message, zh in [("Q999.min_chars=1", "Q999", "没有已安装的检查"), ("D203.min_char=1", "min_char", "没有选项"),
                              ("D203.min_chars=many", "whole number", "应为整数")]:
        proc = run("check", "--lang", "en", "--option", flag, str(draft))
        assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr
        proc = run("check", "--option", flag, str(draft))
        assert proc.returncode == 2 and zh in proc.stderr


def test_rule_names_its_options_in_the_language_asked():
    zh = " ".join(run("rule", "Y504").stdout.split())
    en = " ".join(run("rule", "Y504", "--lang", "en").stdout.split())
    assert "选项" in zh and "min_mentions=" in zh and "Options" not in zh
    assert "Options" in en and "min_mentions=" in en


def test_ctrl_c_exits_130_saying_the_report_is_incomplete(tmp_path, monkeypatch, capsys):
    """A Ctrl-C while drafts are linted: no traceback, exit status 130, and a line on stderr
    saying the report streamed so far is incomplete (in the run's language)."""
    import pytest

    from perflint import cli, runner

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt
        yield  # a generator, as lint_files is

    draft = tmp_path / "draft.txt"
    draft.write_text("2023年度项目支出绩效自评报告\n一、项目概况\n", encoding="utf-8")
    monkeypatch.setattr(cli, "lint_files", interrupted)
    for lang, said in (("zh", "报告不完整"), ("en", "is incomplete")):
        monkeypatch.setattr(sys, "argv", ["perflint", "check", "--isolated", "--lang", lang,
                                          "--format", "json", str(draft)])
        with pytest.raises(SystemExit) as exit_:
            cli.main()
        assert exit_.value.code == 130
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err
    assert runner.lint_files is not interrupted
