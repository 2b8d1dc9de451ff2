"""perflint.cli.app_for: a run whose first argument names a command builds that command alone;
what it prints and its exit status are the whole application's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("args", [
    ["check", "--help"], ["check", "--no-such-option"], ["check", "--format", "nope", "x.txt"],
    ["check", "missing-file.txt"], ["check", "--isolated", "--select", "A", str(EXAMPLES)],
    ["check", "--isolated", "--format", "json", "--select", "ZZZ", str(EXAMPLES)],
    ["rules"], ["rule", "A124"], ["rule", "--help"], ["config", "--help"], ["show", "--help"], ["convert", "--help"],
])
def test_one_command_app_says_what_the_whole_app_says(args: list[str], tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    one = cli.app_for(["perflint", *args])
    assert one is not cli.app and [c.callback for c in one.registered_commands] != \
           [c.callback for c in cli.app.registered_commands]
    whole = CliRunner().invoke(cli.app, args)
    alone = CliRunner().invoke(one, args)
    assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output)


@pytest.mark.parametrize("argv", [["perflint"], ["perflint", "--version"], ["perflint", "chek"],
                                  ["perflint", "--help"], ["perflint", ""]])
def test_no_command_named_first_runs_the_whole_app(argv: list[str]) -> None:
    assert cli.app_for(argv) is cli.app


def test_every_command_is_found_by_its_name() -> None:
    from typer.main import get_command

    names = set(get_command(cli.app).commands)
    assert {"check", "rules", "rule", "show", "convert", "config"} <= names
    for name in names:
        one = cli.app_for(["perflint", name])
        assert set(get_command(one).commands) == {name}
