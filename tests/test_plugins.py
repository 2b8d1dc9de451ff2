"""The plugin door: every built-in check honours the contract (code in its declared family's
prefix, bilingual messages, ruff-style docs, a test that names it); loading is forgiving and
names the package at fault; options reach checks; perflint.testing works for plugin authors.

Only perflint's own checks are held to account here: a third-party check installed beside them
must not change what this suite sees (tests/test_plugin_door.py proves it in a real install)."""

from __future__ import annotations

import importlib
import json
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from perflint import engine, testing
from perflint.check import Check, Family
from perflint.diagnostics import Severity
from perflint.engine import (
    OptionError,
    load_registry,
    matches,
    parse_option_flag,
    parse_scalar,
    resolve_options,
    select,
)
from perflint.model import Location
from perflint.testing import assert_check_contract, assert_findings, assert_quiet, lint_text, lint_yaml

REGISTRY = load_registry()
# perflint's own entry points: the fake plugins below join these, not whatever else is installed.
OURS = [ep for ep in engine._entry_points() if engine._distribution(ep) == "perflint"]
CHECKS = REGISTRY.builtin()
TESTS = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.rglob("test_*.py"))
BUILTIN_FAMILIES = {name: fam for name, fam in REGISTRY.families.items() if REGISTRY.family_origin[name] == "perflint"}


# --- the built-in checks honour the contract ------------------------------------------------


def test_built_ins_load_cleanly_through_entry_points():
    assert REGISTRY.problems == []
    assert CHECKS and all(c.__module__.startswith("perflint.checks.") for c in CHECKS)
    codes = [c.code for c in CHECKS]
    assert len(codes) == len(set(codes))


def test_each_built_in_family_is_declared_by_its_package():
    assert {c.family for c in CHECKS} <= set(BUILTIN_FAMILIES)
    for name, fam in BUILTIN_FAMILIES.items():
        module = importlib.import_module(f"perflint.checks.{name}")
        assert module.FAMILY == fam and {"zh", "en"} <= set(fam.title)
    prefixes = [f.prefix for f in BUILTIN_FAMILIES.values()]
    assert len(prefixes) == len(set(prefixes))


@pytest.mark.parametrize("cls", CHECKS, ids=lambda c: c.code)
def test_check_declares_itself(cls):
    assert_check_contract(cls)
    fam = BUILTIN_FAMILIES[cls.family]
    assert cls.code.startswith(fam.prefix) and len(cls.code) == len(fam.prefix) + 3, cls.code


@pytest.mark.parametrize("cls", CHECKS, ids=lambda c: c.code)
def test_check_has_a_test(cls):
    assert cls.code in TESTS or cls.__name__ in TESTS, f"no test names {cls.code} / {cls.__name__}"


def test_selectors():
    cls = CHECKS[0]
    assert matches(cls, cls.family) and matches(cls, cls.code) and matches(cls, cls.code[:2]) and matches(cls, "ALL")
    assert select(CHECKS, [cls.family], [cls.code]) == [c for c in CHECKS if c.family == cls.family and c is not cls]


# --- a fake plugin package, registered through fake entry points ------------------------------

ZFAM = Family(name="zdemo", prefix="Z", title={"zh": "示例", "en": "Demo"})


class Shout(Check):
    """## What it does
    Reports every line containing the option ``word``.

    ## Why is this bad?
    It is a test double.

    ## Example
    ```text
    喂
    ```

    ## Use instead
    ```text
    (nothing)
    ```
    """

    code = "Z101"
    name = "shout"
    family = "zdemo"
    severity = Severity.warning
    title = {"zh": "喊", "en": "Shout"}
    messages = {"hit": {"zh": "出现“{word}”", "en": "\"{word}\" found"}}
    default_options = {"word": "喂", "limit": 10, "ratio": 0.5, "loud": True}

    def run(self, doc, ctx):
        for n, line in enumerate(doc.lines, 1):
            if self.options["word"] in line:
                yield self.diagnostic("hit", Location(doc.path, n), word=self.options["word"])


class Crash(Check):
    code = "Z102"
    name = "crash"
    family = "zdemo"
    title = {"zh": "崩溃", "en": "Crash"}
    messages = {"x": {"zh": "x", "en": "x"}}

    def run(self, doc, ctx):
        raise RuntimeError("boom")


class IntoArithmetic(Check):  # a plugin may add a check to a family another package declares
    code = "A999"
    name = "into-arithmetic"
    family = "arithmetic"
    messages = {"x": {"zh": "x", "en": "x"}}

    def run(self, doc, ctx):
        return []


@dataclass
class FakeEntryPoint:
    """Duck-types importlib.metadata.EntryPoint (name, value, module, attr, load, dist)."""

    name: str
    value: str
    dist_name: str

    @property
    def module(self) -> str:
        return self.value.partition(":")[0]

    @property
    def attr(self) -> str:
        return self.value.partition(":")[2]

    @property
    def dist(self) -> Any:
        return types.SimpleNamespace(name=self.dist_name)

    def load(self) -> Any:
        obj = importlib.import_module(self.module)
        return getattr(obj, self.attr) if self.attr else obj


def fake_module(monkeypatch, name: str, **attrs) -> None:
    module = types.ModuleType(name)
    module.__dict__.update(attrs)
    monkeypatch.setitem(sys.modules, name, module)


def install(monkeypatch, *eps: FakeEntryPoint) -> None:
    """Our real entry points plus ``eps``, for the engine, the CLI and perflint.testing."""
    monkeypatch.setattr(engine, "_entry_points", lambda: [*OURS, *eps])
    testing.installed.cache_clear()
    monkeypatch.setattr(testing, "installed", lambda: load_registry())


@pytest.fixture
def zdemo(monkeypatch):
    fake_module(monkeypatch, "zdemo_plugin", FAMILY=ZFAM, CHECKS=[Shout])
    install(monkeypatch, FakeEntryPoint("zdemo", "zdemo_plugin:CHECKS", "perflint-zdemo"))


def problems_of(reg) -> str:
    return "\n".join(map(str, reg.problems))


def test_plugin_declares_its_own_family(zdemo):
    reg = load_registry()
    assert reg.problems == []
    assert reg.families["zdemo"] == ZFAM and reg.family_origin["zdemo"] == "perflint-zdemo"
    assert Shout in reg.checks and reg.origin(Shout) == "perflint-zdemo"
    assert Shout not in reg.builtin() and set(reg.builtin()) == set(CHECKS)
    assert select(reg.checks, ["Z"]) == [Shout] == select(reg.checks, ["zdemo"])


def test_module_entry_point_and_family_in_the_list(monkeypatch):
    fake_module(monkeypatch, "zmod", FAMILY=ZFAM, CHECKS=[Shout])
    fake_module(monkeypatch, "zlist", CHECKS=[ZFAM, Shout])
    for value in ("zmod", "zlist:CHECKS"):
        reg = load_registry([FakeEntryPoint("z", value, "perflint-zdemo"), *OURS])
        assert reg.problems == [] and Shout in reg.checks, problems_of(reg)


def test_plugin_may_add_to_a_family_another_package_declares(monkeypatch):
    fake_module(monkeypatch, "zarith", CHECKS=[IntoArithmetic])
    reg = load_registry([*OURS, FakeEntryPoint("more", "zarith:CHECKS", "perflint-more")])
    assert reg.problems == [] and IntoArithmetic in reg.checks


def test_broken_plugin_is_named_and_the_rest_still_load(monkeypatch):
    reg = load_registry([*OURS, FakeEntryPoint("broken", "no_such_module_zz:CHECKS", "perflint-broken")])
    assert set(reg.checks) == set(CHECKS)
    [problem] = reg.problems
    assert (problem.entry_point, problem.distribution) == ("broken", "perflint-broken")
    assert "'broken'" in str(problem) and "perflint-broken" in str(problem) and "ModuleNotFoundError" in str(problem)


@pytest.mark.parametrize("family,check,expected", [
    (Family("zother", "A", {}), None, "clashes with prefix 'A' of family 'arithmetic' from perflint"),
    (Family("arithmetic", "Q", {}), None, "family 'arithmetic' (prefix Q) is already declared by perflint"),
    (Family("Bad Name", "Q", {}), None, "family name"),
    (Family("zbad", "z1", {}), None, "one to three capital letters"),
    (ZFAM, type("WrongPrefix", (Shout,), {"code": "Q101"}), "must be Z followed by digits"),
    (ZFAM, type("NoFamily", (Shout,), {"family": "nowhere"}), "no installed package declares"),
    (ZFAM, type("Twin", (Shout,), {"code": "A101", "family": "arithmetic"}), "A101 is claimed twice"),
])
def test_clashes_and_bad_declarations_name_both_packages(monkeypatch, family, check, expected):
    fake_module(monkeypatch, "zclash", FAMILY=family, CHECKS=[check or Shout])
    reg = load_registry([FakeEntryPoint("zc", "zclash:CHECKS", "perflint-zclash"), *OURS])
    text = problems_of(reg)
    assert expected in text and "perflint-zclash" in text, text
    assert set(CHECKS) <= set(reg.checks)  # perflint's own checks keep what they hold
    if "claimed twice" in expected:
        assert "from perflint and" in text


def test_two_plugins_claiming_one_prefix_resolve_the_same_whatever_the_order(monkeypatch):
    other = type("Other", (Shout,), {"code": "Z201", "family": "zother", "name": "other"})
    fake_module(monkeypatch, "za", FAMILY=ZFAM, CHECKS=[Shout])
    fake_module(monkeypatch, "zb", FAMILY=Family("zother", "Z", {}), CHECKS=[other])
    a, b = FakeEntryPoint("a", "za:CHECKS", "perflint-aaa"), FakeEntryPoint("b", "zb:CHECKS", "perflint-bbb")
    for order in ([a, b], [b, a]):
        reg = load_registry(order)
        assert Shout in reg.checks and other not in reg.checks
        assert "perflint-aaa" in problems_of(reg) and "perflint-bbb" in problems_of(reg)


# --- options -------------------------------------------------------------------------------


@pytest.mark.parametrize("text,value", [
    ("3", 3), ("-2", -2), ("0.75", 0.75), ("1e3", 1000.0), ("true", True), ("False", False),
    ('"42"', "42"), ("征求意见稿", "征求意见稿"), (" spaced ", "spaced"),
])
def test_option_values_read_as_scalars(text, value):
    assert parse_scalar(text) == value and type(parse_scalar(text)) is type(value)


def test_option_flags_and_their_errors():
    assert parse_option_flag("D203.min_chars=60") == ("D203", "min_chars", 60)
    assert parse_option_flag("copied-paragraph.threshold=80") == ("copied-paragraph", "threshold", 80)
    for bad in ("D203=1", "D203.min_chars", ".x=1", "D203.=1"):
        with pytest.raises(OptionError, match="CODE.key=value"):
            parse_option_flag(bad)


def test_options_are_checked_against_the_defaults():
    checks = [Shout]
    assert resolve_options(checks, {"Z101": {"limit": 3, "ratio": 1, "loud": False, "word": 7}}) == {
        "Z101": {"limit": 3, "ratio": 1.0, "loud": False, "word": "7"}}
    assert resolve_options(checks, {"shout": {"word": "嗨"}}) == {"Z101": {"word": "嗨"}}
    for raw, message in [
        ({"Q999": {"x": 1}}, "no installed check"),
        ({"Z101": {"nope": 1}}, "has no option 'nope' (its options: limit, loud, ratio, word)"),
        ({"Z101": {"limit": 1.5}}, "expects a whole number"),
        ({"Z101": {"limit": True}}, "expects a whole number"),
        ({"Z101": {"ratio": "high"}}, "expects a number"),
        ({"Z101": {"loud": 1}}, "expects true or false"),
    ]:
        with pytest.raises(OptionError, match=message.replace("(", r"\(").replace(")", r"\)")):
            resolve_options(checks, raw)


def test_check_init_rejects_an_unknown_key():
    assert Shout({"word": "嗨"}).options["word"] == "嗨"
    with pytest.raises(ValueError, match="Z101 has no option 'wrod'"):
        Shout({"wrod": "嗨"})


# --- perflint.testing ----------------------------------------------------------------------


def test_testing_helpers_lint_with_classes_options_and_selectors():
    text = "喂\n没事\n嗨，喂\n"
    assert_findings(lint_text(text, checks=[Shout]), [("Z101", 1), ("Z101", 3)])
    assert_findings(lint_text(text, checks=[Shout], options={"Z101": {"word": "嗨"}}), [("Z101", 3)])
    assert_quiet(lint_text(text, checks=[Shout], options={"Z101": {"word": "哈"}}))
    with pytest.raises(OptionError):
        lint_text(text, checks=[Shout], options={"Z101": {"nope": 1}})
    with pytest.raises(ValueError, match="no installed check matches 'Q9'"):
        lint_text(text, checks=["Q9"])
    with pytest.raises(AssertionError, match="Z102 .crash. raised RuntimeError: boom"):
        lint_text(text, checks=[Crash])


def test_assertions_say_what_is_missing_and_what_is_extra():
    diags = lint_text("喂\n", checks=[Shout])
    with pytest.raises(AssertionError, match=r"missing: Z101 line 2; unexpected: Z101 line 1"):
        assert_findings(diags, [("Z101", 2)])
    assert_findings(diags, [], only=False)
    with pytest.raises(AssertionError, match="expected no findings for Z1"):
        assert_quiet(diags, code="Z1")
    assert_quiet(diags, code="A")


def test_lint_yaml_and_year_reach_the_checks():
    yaml = ("perflint: 1\ntitle: 示范项目2022年度绩效自评报告\nfiscal_year: 2022\nreport_date: 2022-05-10\n"
            "kind: project_self_evaluation\nsections:\n  - heading: 一、基本情况\n    paragraphs:\n"
            "      - 项目全年预算数12.50万元。\n")
    assert_findings(lint_yaml(yaml, checks=["years"]), [("Y502", 4)])
    text = "示范项目绩效自评报告\n\n2022 年 5 月 10 日\n"
    assert_quiet(lint_text(text, checks=["Y502"]))
    assert_findings(lint_text(text, checks=["Y502"], fiscal_year=2022), [("Y502", 3)])


def test_options_reach_a_built_in_check_through_lint_text():
    paragraph = "本年度共完成农田水利设施维修改造工程十二处，全部通过验收。"  # 29 characters
    text = f"一、基本情况\n{paragraph}\n二、绩效目标完成情况\n{paragraph}\n"
    assert_quiet(lint_text(text, checks=["D203"]))  # shorter than the default min_chars (40)
    assert_findings(lint_text(text, checks=["D203"], options={"D203": {"min_chars": 20}}), [("D203", 4)])


# --- the command line with a plugin installed, or broken ------------------------------------

DRAFT = "示范项目2022年度绩效自评报告\n\n喂\n2022 年 5 月 10 日\n"


def cli(tmp_path, *args: str):
    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    return CliRunner().invoke(perflint_app(), [*args, str(draft)] if args[0] == "check" else list(args))


def perflint_app():
    from perflint.cli import app

    return app


def test_cli_runs_a_plugin_check_with_its_options(zdemo, tmp_path):
    run = cli(tmp_path, "check", "--format", "json", "--select", "Z")
    assert run.exit_code == 1, run.stderr
    assert [(d["code"], d["line"], d["check"]) for d in json.loads(run.stdout)] == [("Z101", 3, "zdemo")]
    run = cli(tmp_path, "check", "--format", "json", "--select", "zdemo", "--option", "Z101.word=没有")
    assert (run.exit_code, json.loads(run.stdout)) == (0, [])
    text = cli(tmp_path, "check", "--select", "Z")
    assert "zdemo" in text.stdout and "Z101" in text.stdout  # the summary counts the plugin's family too
    rules = cli(tmp_path, "rules")
    assert "Z101" in rules.stdout and "A101" in rules.stdout
    rule = cli(tmp_path, "rule", "Z101")
    assert rule.exit_code == 0 and "perflint-zdemo" in rule.stdout and "word='喂'" in rule.stdout


@pytest.mark.parametrize("flag,message,zh", [
    ("Q999.word=x", "no installed check", "没有已安装的检查使用该代码或名称"),
    ("Z101.wrod=x", "has no option 'wrod'", "没有选项 'wrod'"),
    ("Z101.limit=many", "expects a whole number", "选项 Z101.limit：应为整数"),
    ("Z101word=x", "is not of the form CODE.key=value", "的格式不是 CODE.key=value"),
])
def test_cli_option_mistakes_are_usage_errors(zdemo, tmp_path, flag, message, zh):
    run = cli(tmp_path, "check", "--lang", "en", "--option", flag)
    assert run.exit_code == 2 and message in run.stderr and run.stdout == ""
    run = cli(tmp_path, "check", "--option", flag)
    assert run.exit_code == 2 and zh in run.stderr and message not in run.stderr


def test_cli_reports_a_broken_plugin_after_the_findings_and_exits_2(monkeypatch, tmp_path):
    fake_module(monkeypatch, "zcrash_plugin", FAMILY=ZFAM, CHECKS=[Shout])
    install(monkeypatch, FakeEntryPoint("zgood", "zcrash_plugin:CHECKS", "perflint-zdemo"),
            FakeEntryPoint("zbroken", "zbroken_missing_module:CHECKS", "perflint-zbroken"))
    run = cli(tmp_path, "check", "--format", "json")
    assert run.exit_code == 2
    codes = {d["code"] for d in json.loads(run.stdout)}  # still one JSON array on stdout
    assert {"Z101", "Y502"} <= codes
    assert "内部错误" in run.stderr and "'zbroken'" in run.stderr and "perflint-zbroken" in run.stderr
    text = cli(tmp_path, "check", "--lang", "en")
    assert text.exit_code == 2 and "Y502" in text.stdout and "perflint-zbroken" in text.stderr
    assert "internal error" in text.stderr
    rules = cli(tmp_path, "rules")
    assert rules.exit_code == 2 and "Z101" in rules.stdout and "perflint-zbroken" in rules.stderr


def test_cli_selecting_a_plugin_that_failed_says_why(monkeypatch, tmp_path):
    install(monkeypatch, FakeEntryPoint("zbroken", "zbroken_missing_module:CHECKS", "perflint-zbroken"))
    run = cli(tmp_path, "check", "--lang", "en", "--select", "Z")
    assert run.exit_code == 2 and "perflint-zbroken" in run.stderr and "no check matches Z" in run.stderr
    run = cli(tmp_path, "check", "--select", "Z")
    assert run.exit_code == 2 and "perflint-zbroken" in run.stderr and "没有检查与 Z 匹配" in run.stderr
    rule = cli(tmp_path, "rule", "--lang", "en", "Z101")
    assert rule.exit_code == 2 and "perflint-zbroken" in rule.stderr and "no check 'Z101'" in rule.stderr
    rule = cli(tmp_path, "rule", "Z101")
    assert rule.exit_code == 2 and "没有检查 'Z101'" in rule.stderr


def test_a_check_that_crashes_while_running_does_not_stop_the_others(monkeypatch, tmp_path):
    fake_module(monkeypatch, "zboom", FAMILY=ZFAM, CHECKS=[Shout, Crash])
    install(monkeypatch, FakeEntryPoint("zboom", "zboom:CHECKS", "perflint-zdemo"))
    run = cli(tmp_path, "check", "--format", "json", "--select", "Z")
    found = json.loads(run.stdout)
    assert [d["code"] for d in found] == ["Z101", "E903"]  # the failed check is an internal-error entry
    assert "Z102" in found[1]["message"] and "boom" in found[1]["message"]
    assert "Z102" in run.stderr and "boom" in run.stderr and "Traceback" not in run.stderr
    assert run.exit_code == 2
