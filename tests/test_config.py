"""Configuration files: discovery, precedence, merging with the command line, and clear errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint.cli import app
from perflint.config import ConfigError, line_of, read_config
from perflint.engine import load_registry

_REGISTRY = load_registry()
OTHERS = [c.code for c in _REGISTRY.checks if c not in _REGISTRY.builtin()]  # checks of installed plugins

# A draft signed inside its own fiscal year: one Y502 (an error) on line 3.
LATE = "示范项目2022年度绩效自评报告\n\n2022 年 5 月 10 日\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Run the CLI from ``tmp_path`` (the run-wide settings come from the working folder)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, input: str | None = None):
        if args[0] == "check" and OTHERS:  # these tests are about perflint's own checks
            args = (*args[:1], "--ignore", ",".join(OTHERS), *args[1:])
        return CliRunner().invoke(app, list(args), input=input)
    return run


def codes(result) -> list[str]:
    return [d["code"] for d in json.loads(result.stdout)]


def test_pyproject_section_ignores_reseverities_and_reaches_options(tmp_path, cli):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.perflint]\nseverity = {Y502 = "info"}\n'
                                       '[tool.perflint.options.D201]\nthreshold = 80\n')
    write(tmp_path / "d.txt", LATE)
    result = cli("check", "--format", "json", "d.txt")
    assert result.exit_code == 0, result.output  # info is below the default fail-on (warning)
    assert [d["severity"] for d in json.loads(result.stdout) if d["code"] == "Y502"] == ["info"]
    shown = cli("config", "d.txt").stdout
    assert "options.D201.threshold = 80" in shown
    assert "pyproject.toml:7: tool.perflint.options.D201.threshold" in shown


def test_closest_config_wins_and_pyproject_without_section_is_passed_over(tmp_path, cli):
    write(tmp_path / "perflint.toml", 'select = ["Y"]\n')
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.perflint]: not a config
    write(tmp_path / "a" / "d.txt", LATE)
    write(tmp_path / "b" / ".perflint.toml", 'ignore = ["Y502"]\n')
    write(tmp_path / "b" / "d.txt", LATE)
    result = cli("check", "--format", "json", ".")
    found = {(d["path"], d["code"]) for d in json.loads(result.stdout)}
    assert (str(Path("a/d.txt")), "Y502") in found
    assert not any(p == str(Path("b/d.txt")) and c == "Y502" for p, c in found)


def test_precedence_inside_one_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.perflint]\nlang = "en"\n')
    write(tmp_path / "perflint.toml", 'lang = "en"\n')
    from perflint.config import find_config

    assert find_config(tmp_path).path.name == "perflint.toml"
    write(tmp_path / ".perflint.toml", 'lang = "en"\n')
    assert find_config(tmp_path).path.name == ".perflint.toml"


def test_command_line_overrides_the_configuration(tmp_path, cli):
    write(tmp_path / "perflint.toml", 'select = ["A"]\nfail-on = "never"\nlang = "en"\n[options.D201]\nthreshold = 80\n')
    write(tmp_path / "d.txt", LATE)
    assert cli("check", "--format", "json", "d.txt").stdout.strip() == "[]"
    result = cli("check", "--format", "json", "--select", "Y", "--fail-on", "warning", "d.txt")
    assert result.exit_code == 1 and codes(result) == ["Y502"]
    assert "fiscal year 2022 ended" in json.loads(result.stdout)[0]["message"]
    shown = cli("config", "--select", "Y", "--option", "Y504.min_mentions=5", "--lang", "zh", "d.txt").stdout
    assert 'select = ["Y"]\n    # 命令行 --select' in shown
    assert "options.Y504.min_mentions = 5\n    # 命令行 --option" in shown
    assert 'lang = "zh"\n    # 命令行 --lang（整次运行只取一个值' in shown
    shown = cli("config", "--select", "Y", "--option", "Y504.min_mentions=5", "d.txt").stdout  # lang = "en" there
    assert 'select = ["Y"]\n    # command line --select' in shown
    assert "options.Y504.min_mentions = 5\n    # command line --option" in shown
    assert 'lang = "en"\n    # ' in shown and "perflint.toml:3: lang (one value for the whole run" in shown


def test_per_file_ignores_min_severity_and_fiscal_year(tmp_path, cli):
    write(tmp_path / "perflint.toml", '[per-file-ignores]\n"old/**" = ["years"]\n')
    write(tmp_path / "old" / "x" / "d.txt", LATE)
    write(tmp_path / "new" / "d.txt", LATE)
    paths = {d["path"] for d in json.loads(cli("check", "--format", "json", ".").stdout)}
    assert paths == {str(Path("new/d.txt"))}
    write(tmp_path / "perflint.toml", 'min-severity = "error"\nseverity = {Y502 = "warning"}\n')
    assert cli("check", "--format", "json", "new/d.txt").stdout.strip() == "[]"
    write(tmp_path / "perflint.toml", "fiscal-year = 2021\n")
    by_config = cli("check", "--format", "json", "new/d.txt").stdout
    assert by_config == cli("check", "--isolated", "--format", "json", "--year", "2021", "new/d.txt").stdout


def test_fail_on_and_lang_come_from_the_working_folder(tmp_path, cli):
    write(tmp_path / "perflint.toml", 'fail-on = "error"\nlang = "en"\nseverity = {years = "error", Y502 = "warning"}\n')
    write(tmp_path / "d.txt", LATE)
    result = cli("check", "d.txt")
    assert result.exit_code == 0 and "Y502" in result.stdout
    assert "fiscal year 2022 ended" in result.stdout


def test_config_and_isolated_flags(tmp_path, cli):
    write(tmp_path / "perflint.toml", 'ignore = ["Y502"]\n')
    write(tmp_path / "ci" / "strict.toml", 'select = ["Y"]\n')
    write(tmp_path / "d.txt", LATE)
    assert "Y502" not in cli("check", "d.txt").stdout
    assert "Y502" in cli("check", "--isolated", "d.txt").stdout
    assert "Y502" in cli("check", "--config", "ci/strict.toml", "d.txt").stdout


def test_extra_phrases_reach_a_data_rule(tmp_path, cli):
    write(tmp_path / "perflint.toml", 'select = ["B350"]\n[options.B350]\nextra_tokens = ["经模型测算可知"]\n')
    write(tmp_path / "d.txt", "示范项目2022年度绩效自评报告\n\n经模型测算可知，项目效益良好。\n")
    result = cli("check", "--format", "json", "d.txt")
    assert codes(result) == ["B350"] and json.loads(result.stdout)[0]["line"] == 3
    assert cli("check", "--isolated", "--select", "B350", "--format", "json", "d.txt").stdout.strip() == "[]"
    one = cli("check", "--isolated", "--select", "B350", "--option", "B350.extra_tokens=经模型测算可知",
              "--format", "json", "d.txt")
    assert codes(one) == ["B350"]


@pytest.mark.parametrize(("text", "wanted"), [
    ('selct = ["A"]\n', ["perflint.toml:1: selct: unknown key; did you mean 'select'?"]),
    ('select = "A101"\n', ["perflint.toml:1: select: expected a list of texts", 'got "A101"']),
    ('fail-on = "errors"\n', ["fail-on: expected one of error, warning, info, rounding, never"]),
    ('lang = "zh"\nselect = [\n  "A101",\n', ["perflint.toml:", "invalid TOML"]),
    ('select = ["Q999"]\n', ["perflint.toml:1: select: no installed check matches 'Q999'"]),
    ('[severity]\nA128 = "loud"\n', ["perflint.toml:2: severity.A128: expected one of error, warning, info, rounding"]),
    ('[severity]\nZZ1 = "info"\n', ["severity.ZZ1: no installed check matches 'ZZ1'"]),
    ('[per-file-ignores]\n"old/*.txt" = ["Q1"]\n', ['per-file-ignores."old/*.txt": no installed check matches']),
    ('[options.A101]\ntolerance = 0.5\n', ["perflint.toml:2: options.A101.tolerance:", "has no option 'tolerance'"]),
    ('[options.D201]\nthreshold = "high"\n', ["options.D201.threshold:", "expects a whole number"]),
    ("fiscal-year = 23\n", ["fiscal-year: expected a year between 1990 and 2100"]),
])
def test_a_bad_configuration_is_a_clear_error(tmp_path, cli, text, wanted):
    """In English with --lang en (and lang = "en"), in Chinese by default; the file, line and key named."""
    write(tmp_path / "perflint.toml", text)
    write(tmp_path / "d.txt", LATE)
    for args in (("check", "d.txt"), ("config", "d.txt")):
        result = cli(*args, "--lang", "en")
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
        for piece in wanted:
            assert piece in result.stderr, result.stderr
        result = cli(*args)
        assert result.exit_code == 2 and "perflint: 配置有误：" in result.stderr, result.stderr
        where = wanted[0].split(": ")[0]  # perflint.toml:LINE, or the key
        assert where in result.stderr
        reason = result.stderr.rsplit(": ", 1)[-1]
        english = [p.split(": ")[-1] for p in wanted if not p.endswith(":")]
        assert re.search(r"[\u4e00-\u9fff]", reason) and not any(e in result.stderr for e in english)


def test_lang_en_in_the_configuration_makes_its_own_errors_english(tmp_path, cli):
    write(tmp_path / "perflint.toml", 'lang = "en"\nselct = ["A"]\n')
    write(tmp_path / "d.txt", LATE)
    result = cli("check", "d.txt")
    assert result.exit_code == 2 and "bad configuration" in result.stderr and "did you mean 'select'" in result.stderr
    write(tmp_path / "perflint.toml", 'lang = "en"\n')
    result = cli("check", "--select", "Q999", "d.txt")
    assert result.exit_code == 2 and "no check matches Q999" in result.stderr
    result = cli("check", "--lang", "zh", "--select", "Q999", "d.txt")
    assert result.exit_code == 2 and "没有检查与 Q999 匹配" in result.stderr
    result = cli("check", "missing.txt")  # an input's reason too
    assert result.exit_code == 2 and "missing.txt: no such file" in result.stderr and "no such file" in result.stdout
    result = cli("check", "--isolated", "missing.txt")
    assert result.exit_code == 2 and "missing.txt: 文件不存在" in result.stderr


def test_bad_toml_names_its_line(tmp_path):
    path = write(tmp_path / "perflint.toml", 'lang = "zh"\nfail-on = error\n')
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    assert caught.value.line == 2 and "invalid TOML" in str(caught.value)


def test_markup_in_a_file_name_is_printed_as_is(tmp_path, cli):
    write(tmp_path / "[red]x[/red]" / "perflint.toml", "bogus = 1\n")
    write(tmp_path / "[red]x[/red]" / "d.txt", LATE)
    result = cli("check", "[red]x[/red]/d.txt")
    assert result.exit_code == 2 and "[red]x[/red]" in result.stderr


def test_a_broken_pyproject_of_another_tool_is_not_ours_to_judge(tmp_path, cli):
    write(tmp_path / "pyproject.toml", "[tool.black\nline-length = 1\n")
    write(tmp_path / "d.txt", LATE)
    assert cli("check", "d.txt").exit_code == 1
    write(tmp_path / "pyproject.toml", "[tool.perflint\nselect = 1\n")
    assert cli("check", "d.txt").exit_code == 2


def test_perflint_config_names_the_source_of_each_value(tmp_path, cli):
    write(tmp_path / "pyproject.toml", '[tool.perflint]\nignore = ["D208"]\nfail-on = "error"\n')
    write(tmp_path / "d.txt", LATE)
    shown = cli("config", "d.txt").stdout
    assert f'config-file = "{tmp_path / "pyproject.toml"}"' in shown
    assert 'ignore = ["D208"]\n    # ' + f"{tmp_path / 'pyproject.toml'}:2: tool.perflint.ignore" in shown
    assert "D208" not in shown.split("生效的规则 = ")[1].split("\n")[0]
    assert "config-file = （无）" not in shown and "（未设置）" in shown  # fiscal-year, in the run's language
    english = cli("config", "--lang", "en", "d.txt").stdout
    assert "rules in force = " in english and "fiscal-year = (not set)" in english
    assert 'min-severity = "rounding"\n    # 默认值' in shown
    assert 'min-severity = "rounding"\n    # default' in cli("config", "--lang", "en", "d.txt").stdout
    assert "tool.perflint.fail-on" in shown


def test_line_of_finds_keys_tables_and_inline_tables():
    text = ('[tool.perflint]\nselect = ["A"]\nseverity = {A128 = "info"}\n\n'
            '[tool.perflint.per-file-ignores]\n"old/*.txt" = ["Y"]\n[tool.perflint.options.A101]\nrounding = false\n')
    assert line_of(text, ("tool", "perflint", "select")) == 2
    assert line_of(text, ("tool", "perflint", "severity", "A128")) == 3
    assert line_of(text, ("tool", "perflint", "per-file-ignores", "old/*.txt")) == 6
    assert line_of(text, ("tool", "perflint", "options", "A101")) == 7
    assert line_of(text, ("tool", "perflint", "options", "A101", "rounding")) == 8


def test_extend_takes_the_keys_this_file_does_not_set(tmp_path, cli):
    write(tmp_path / "pyproject.toml", '[tool.perflint]\nignore = ["D208"]\nseverity = {Y502 = "info"}\n'
                                       '[tool.perflint.per-file-ignores]\n"sub/old/**" = ["years"]\n')
    write(tmp_path / "sub" / "perflint.toml", 'extend = "../pyproject.toml"\nseverity = {Y502 = "warning"}\n')
    write(tmp_path / "sub" / "old" / "d.txt", LATE)
    write(tmp_path / "sub" / "d.txt", LATE)
    diags = json.loads(cli("check", "--format", "json", "sub").stdout)
    assert [(d["path"], d["severity"]) for d in diags] == [(str(Path("sub/d.txt")), "warning")]
    shown = cli("config", "sub/old/d.txt").stdout
    assert f"{tmp_path / 'pyproject.toml'}:2: tool.perflint.ignore" in shown  # named where it is written
    assert f"{tmp_path / 'sub' / 'perflint.toml'}:2: severity" in shown
    assert '  本文件忽略 = ["years"]' in shown


def test_extend_errors_name_the_file(tmp_path, cli):
    write(tmp_path / "a.toml", 'extend = "b.toml"\n')
    write(tmp_path / "b.toml", 'extend = "a.toml"\n')
    write(tmp_path / "perflint.toml", 'extend = "a.toml"\n')
    write(tmp_path / "d.txt", LATE)
    result = cli("check", "--lang", "en", "d.txt")
    assert result.exit_code == 2 and "extend: extends itself" in result.stderr
    result = cli("check", "d.txt")
    assert result.exit_code == 2 and "b.toml:1: extend: 经由" in result.stderr and "扩展了自身" in result.stderr
    write(tmp_path / "perflint.toml", 'extend = "missing.toml"\n')
    result = cli("check", "--lang", "en", "d.txt")
    assert result.exit_code == 2 and "perflint.toml:1: extend: no configuration file" in result.stderr
    write(tmp_path / "perflint.toml", 'extend = "b2.toml"\n')
    write(tmp_path / "b2.toml", 'select = ["Q9"]\n')
    result = cli("check", "--lang", "en", "d.txt")
    assert result.exit_code == 2 and "b2.toml:1: select: no installed check matches 'Q9'" in result.stderr
    result = cli("check", "d.txt")
    assert result.exit_code == 2 and "b2.toml:1: select: 没有已安装的检查与 'Q9' 匹配" in result.stderr


def test_a_kept_toml_parse_is_the_parse_and_never_shared(tmp_path, monkeypatch):
    """perflint.config.parse_toml keeps each text's parse across runs (a second process reads it
    without importing the TOML parser); what it returns is tomllib's answer, a fresh dict each
    time, and a text that does not parse is never kept."""
    import tomllib

    from perflint import config

    text = '[project]\nname = "x"\n[tool.perflint]\nselect = ["A", "B"]\nwhen = 2024-01-02\n'
    kept = config.KeptToml(folder=tmp_path)
    monkeypatch.setattr(config, "_KEPT_TOML", kept)
    first = config.parse_toml(text)
    assert first == tomllib.loads(text)
    kept.write()
    again = config.KeptToml(folder=tmp_path)  # the next run
    monkeypatch.setattr(config, "_KEPT_TOML", again)
    assert text in again.entries()
    second, third = config.parse_toml(text), config.parse_toml(text)
    assert second == third == tomllib.loads(text)
    second["tool"]["perflint"]["select"].append("C")
    assert third["tool"]["perflint"]["select"] == ["A", "B"]
    with pytest.raises(tomllib.TOMLDecodeError):
        config.parse_toml("[tool.perflint\nselect = 1\n")
    assert "[tool.perflint\nselect = 1\n" not in again.entries()


def test_a_second_run_in_a_python_project_does_not_import_the_toml_parser(tmp_path, import_probe):
    """A working folder with somebody else's pyproject.toml: the second run reads its kept parse."""
    import os

    env = {**os.environ, "PERFLINT_CACHE_DIR": str(tmp_path / "cache")}
    work = tmp_path / "work"
    write(work / "pyproject.toml", '[project]\nname = "perflint-user"\n[tool.other]\nx = 1\n')
    draft = write(work / "draft.txt", LATE)
    (first, first_seen), (second, second_seen) = import_probe(["check", str(draft)], ["tomllib"],
                                                              env=env, cwd=work)
    assert first_seen == {"tomllib"} and second_seen == set(), (first.stderr, second.stderr)
    assert first.stdout == second.stdout and "Y502" in first.stdout
