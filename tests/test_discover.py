"""File discovery: drafts only, .gitignore and excludes respected, YAML that is not a draft
skipped, explicit paths always linted, stdin with --stdin-filename."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint.cli import app
from perflint.discover import DRAFT_KEYS, Globs, find_drafts, is_yaml_draft
from perflint.engine import load_registry
from perflint.read.yaml_draft import TOP_KEYS
from perflint.settings import Overrides, Resolver


def invoke(*args: str, input: str | None = None):
    """The CLI, ignoring the checks of other installed packages (these tests are about perflint's own)."""
    others = [c.code for c in _REGISTRY.checks if c not in _REGISTRY.builtin()]
    extra = ["--ignore", ",".join(others)] if others else []
    return CliRunner().invoke(app, [args[0], *extra, *args[1:]], input=input)


_REGISTRY = load_registry()

LATE = "示范项目2022年度绩效自评报告\n\n2022 年 5 月 10 日\n"
YAML_DRAFT = "perflint: 1\ntitle: 示范县图书馆2022年度项目支出绩效自评报告\nfiscal_year: 2022\nsections: []\n"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def write(path: Path, text: str = LATE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def found(root: Path, *paths: str, **overrides) -> list[str]:
    resolver = Resolver([], Overrides(**overrides), cwd=root)
    files, _ = find_drafts([root / p for p in paths or ["."]], resolver)
    return sorted(Path(f).absolute().relative_to(root.absolute()).as_posix() for f in files)


@pytest.mark.parametrize(("pattern", "path", "is_dir", "expected"), [
    ("*.md", "a/b/c.md", False, True),
    ("*.md", "a/b/c.txt", False, False),
    ("build/", "x/build", True, True),
    ("build/", "x/build", False, False),  # a trailing slash matches folders only
    ("/top.txt", "top.txt", False, True),
    ("/top.txt", "a/top.txt", False, False),  # a leading slash anchors at the declaring folder
    ("docs/*.txt", "docs/a.txt", False, True),
    ("docs/*.txt", "x/docs/a.txt", False, False),  # a middle slash anchors too
    ("docs/*.txt", "docs/sub/a.txt", False, False),  # * does not cross folders
    ("a/**/b.txt", "a/b.txt", False, True),
    ("a/**/b.txt", "a/x/y/b.txt", False, True),
    ("**/cache", "p/q/cache", True, True),
    ("old/**", "old/x/y.txt", False, True),
    ("draft?.txt", "draft1.txt", False, True),
    ("draft[0-9].txt", "draftx.txt", False, False),
    ("\\#keep.txt", "#keep.txt", False, True),
    ("*.txt ", "a.txt", False, True),  # trailing spaces end the pattern
])
def test_globs_follow_gitignore_rules(tmp_path, pattern, path, is_dir, expected):
    assert Globs.of(tmp_path, [pattern]).matches(tmp_path / path, is_dir) is expected


def test_negation_and_comments():
    base = Path("/p")
    globs = Globs.of(base, ["# a comment", "", "*.txt", "!keep.txt"])
    assert globs.matches(base / "a.txt") and not globs.matches(base / "keep.txt")
    assert len(globs.patterns) == 2


def test_a_folder_scan_finds_drafts_only(tmp_path):
    for name in ("a.txt", "b.md", "c.docx", "sub/d.txt", "UPPER.TXT", ".hidden/e.txt", "node_modules/f.md", "venv/g.txt",
                 ".venv/h.txt", "__pycache__/i.txt", ".git/j.txt", "~$lock.docx", "notes.py", "data.json"):
        write(tmp_path / name)
    write(tmp_path / "draft.yaml", YAML_DRAFT)
    write(tmp_path / ".github" / "workflows" / "ci.yml", "name: CI\non: push\njobs: {}\n")
    write(tmp_path / "mkdocs.yml", "site_name: x\ntitle: y\nnav: []\ntheme: z\n")
    assert found(tmp_path) == ["UPPER.TXT", "a.txt", "b.md", "c.docx", "draft.yaml", "sub/d.txt"]


def test_gitignore_files_are_respected_level_by_level(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "build/\n*.tmp.txt\n")
    write(tmp_path / "build" / "a.txt")
    write(tmp_path / "src" / "b.tmp.txt")
    write(tmp_path / "src" / ".gitignore", "ignored.txt\n!keep.tmp.txt\n")
    write(tmp_path / "src" / "ignored.txt")
    write(tmp_path / "src" / "keep.tmp.txt")
    write(tmp_path / "src" / "ok.txt")
    assert found(tmp_path) == ["src/keep.tmp.txt", "src/ok.txt"]
    # scanning a subfolder still applies the repository's .gitignore above it
    assert found(tmp_path, "src") == ["src/keep.tmp.txt", "src/ok.txt"]
    # a folder named explicitly is searched even when ignored (as ruff does)
    assert found(tmp_path, "build") == ["build/a.txt"]
    write(tmp_path / "perflint.toml", "respect-gitignore = false\n")
    assert "build/a.txt" in found(tmp_path)


def test_configured_include_exclude_and_extend_exclude(tmp_path):
    for name in ("a.txt", "b.md", "archive/c.txt", "drafts/old/d.txt", "drafts/e.txt"):
        write(tmp_path / name)
    write(tmp_path / "perflint.toml", 'extend-exclude = ["archive/", "drafts/old"]\n')
    assert found(tmp_path) == ["a.txt", "b.md", "drafts/e.txt"]
    write(tmp_path / "perflint.toml", 'include = ["*.txt"]\nexclude = []\n')
    write(tmp_path / ".hidden" / "f.txt")
    assert found(tmp_path) == [".hidden/f.txt", "a.txt", "archive/c.txt", "drafts/e.txt", "drafts/old/d.txt"]


def test_explicit_files_are_linted_unless_force_exclude(tmp_path):
    write(tmp_path / "perflint.toml", 'extend-exclude = ["archive/"]\n')
    write(tmp_path / "archive" / "a.txt")
    assert found(tmp_path, "archive/a.txt") == ["archive/a.txt"]
    assert found(tmp_path, "archive/a.txt", force_exclude=True) == []
    write(tmp_path / ".hidden" / "b.txt")
    assert found(tmp_path, ".hidden") == [".hidden/b.txt"]  # named explicitly: searched


def test_force_exclude_of_every_path_exits_zero(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "perflint.toml", 'extend-exclude = ["archive/"]\n')
    write(tmp_path / "archive" / "a.txt")
    assert invoke("check", "--force-exclude", "archive/a.txt").exit_code == 0
    assert invoke("check", "archive/a.txt").exit_code == 1


def test_a_yaml_file_that_is_not_a_draft_fails_only_when_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "d.txt", "示范项目2022年度绩效自评报告\n\n2023 年 3 月 10 日\n")
    write(tmp_path / "config.yml", "name: CI\non: push\n")
    assert invoke("check", ".").exit_code == 0
    named = invoke("check", "--lang", "en", "config.yml")
    assert named.exit_code == 2
    assert "config.yml" in named.stderr and "not a perflint draft" in named.stderr
    named = invoke("check", "config.yml")
    assert named.exit_code == 2 and "config.yml: 这个 YAML 文件不是 perflint 草稿" in named.stderr
    # a pre-commit hook names every changed file: with --force-exclude a YAML non-draft is skipped
    assert invoke("check", "--force-exclude", "config.yml", "d.txt").exit_code == 0


def test_every_yaml_draft_we_ship_is_recognised():
    drafts = [*EXAMPLES.glob("*.yaml"), *(FIXTURES / "yaml").glob("*.yaml")]
    assert drafts
    for path in drafts:
        assert is_yaml_draft(path.read_bytes()), path
    assert DRAFT_KEYS == set(TOP_KEYS)


@pytest.mark.parametrize(("text", "expected"), [
    ("perflint: 1\n", True),
    ("title: 某报告\nfiscal_year: 2023\nsections:\n  - heading: 一、概况\n", True),
    ("# yaml-language-server: $schema=../perflint/data/schema.json\nfoo: 1\n", True),
    ("title: 某报告\nsetcions: []\nfiscal_year: 2023\n", True),  # a typo still gets linted (and reported)
    ("name: CI\non: push\njobs: {}\n", False),
    ("title: Blog\ndescription: x\ntheme: y\nplugins: []\n", False),
    ("- a\n- b\n", False),
])
def test_yaml_draft_sniffing(text, expected):
    assert is_yaml_draft(text.encode("utf-8")) is expected


def test_stdin_with_a_filename_gives_locations_format_and_configuration(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "reports" / "perflint.toml", 'severity = {Y502 = "info"}\nfail-on = "info"\n')
    result = invoke("check", "--format", "json", "--stdin-filename", "reports/d.md", "-", input=LATE)
    diags = json.loads(result.stdout)
    assert result.exit_code == 1, result.output  # fail-on too comes from the stdin file's configuration
    assert [(d["path"], d["code"], d["severity"], d["line"]) for d in diags] == [
        (str(Path("reports/d.md")), "Y502", "info", 3)]
    plain = invoke("check", "--format", "json", "-", input=LATE)
    assert plain.exit_code == 1 and json.loads(plain.stdout)[0]["path"] == "-"
    yaml_in = invoke("check", "--stdin-filename", "x.yaml", "-", input="name: CI\n")
    assert yaml_in.exit_code == 2 and "x.yaml" in yaml_in.stderr


def test_stdin_filename_and_force_exclude(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "perflint.toml", 'extend-exclude = ["archive/"]\nforce-exclude = true\n')
    result = invoke("check", "--stdin-filename", "archive/d.txt", "-", input=LATE)
    assert result.exit_code == 0 and result.stdout == ""


def test_check_without_a_path_lints_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "reports" / "d.txt")
    result = invoke("check", "--format", "json")
    assert result.exit_code == 1 and {d["path"] for d in json.loads(result.stdout)} == {str(Path("reports/d.txt"))}
