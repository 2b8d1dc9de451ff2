"""Command-line values converted without pydantic are exactly typer's: same value, same type,
same refusal with the same message, for every parameter of every command."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from pathlib import Path

import pytest
import typer
import typer.core
import typer.main
from typer._click import Context
from typer._coercion import build_runtime_param

from perflint.cli import app
from perflint.cli_values import TESTED_TYPER, DeferredConversion, defer_conversion

SAMPLES: list[object] = [
    None, "", " ", "abc", "0", "1", "2", "007", "-1", "+3", " 5", "5 ", "1_000", "1e3", "99999999999",
    "1989", "1990", "2024", "2100", "2101", "text", "TEXT", "json", "sarif", "zh", "EN", "warning",
    "Error", "-", "U,Y", "D203.threshold=0.9", "名单.txt", "scan[v2].txt", "a\udcffb", "a\0b",
    0, 3, 2024, True, False, 1.5,
]


def _params():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        ctx = Context(command, info_name=name)
        help_option = command.get_help_option(ctx)
        for param in [*command.params, *([help_option] if help_option else [])]:
            yield pytest.param(param, ctx, id=f"{name}-{param.name}")


def _outcome(converter, value, param, ctx):
    try:
        result = converter.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # noqa: BLE001 - the refusal is what is compared
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        return ("refused", type(exc).__name__, message)
    kinds = [type(x) for x in result] if isinstance(result, (list, tuple)) else None
    return ("value", type(result), kinds, result)


@pytest.mark.parametrize(("param", "ctx"), list(_params()))
def test_every_value_converts_as_typer_converts_it(param, ctx, tmp_path) -> None:
    existing = tmp_path / "draft.txt"
    existing.write_text("x", encoding="utf-8")
    paths = [str(existing), str(tmp_path), str(tmp_path / "missing.md")]
    descriptor = param.type_descriptor
    annotation = descriptor.annotation
    samples = [*SAMPLES, *paths]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        samples += list(annotation)
    samples += [tuple(samples[i:i + 2]) for i in range(0, len(samples), 2)]
    samples += [[str(existing), "-"], (), []]
    compared = 0
    for value in samples:
        ours = _outcome(DeferredConversion(descriptor), value, param, ctx)
        theirs = _outcome(build_runtime_param(descriptor), value, param, ctx)
        assert ours == theirs, (param.name, value)
        compared += ours[0] == "value"
    assert compared  # every parameter accepts some of the samples


@pytest.mark.skipif(not typer.__version__.startswith(TESTED_TYPER),
                    reason=f"typer {typer.__version__} was not compared: the stand-in stays off")
def test_a_plain_check_run_never_imports_pydantic(tmp_path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("2023年度项目支出绩效自评报告\n一、项目概况\n预算资金100万元。\n", encoding="utf-8")
    probe = (
        "import sys\n"
        f"sys.argv = ['perflint', 'check', '--jobs', '1', '--format', 'json', '--select', 'U,Y', {str(draft)!r}]\n"
        "from perflint.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('pydantic' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr
    assert Path(draft).read_text(encoding="utf-8").startswith("2023")


def test_an_untested_typer_keeps_its_own_converters(monkeypatch) -> None:
    monkeypatch.setattr(typer, "__version__", "9.0.0")
    before = typer.core._TyperParameter.get_runtime_param
    defer_conversion()
    assert typer.core._TyperParameter.get_runtime_param is before
