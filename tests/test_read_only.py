"""perflint never changes an input: every example and fixture is linted (with a report and a
baseline written elsewhere) and keeps its bytes and its modification time; inputs are opened
read-only."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from perflint.cli import app
from perflint.read.loader import SUPPORTED

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "examples", ROOT / "tests" / "fixtures"]


def _inputs() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)


def test_linting_every_example_and_fixture_changes_nothing(tmp_path, monkeypatch):
    inputs = _inputs()
    assert len(inputs) > 20
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in inputs}
    opened: list[int] = []
    real_open = os.open

    def spy(path, flags, *args, **kwargs):
        if Path(os.fsdecode(path)).resolve() in {p.resolve() for p in inputs}:
            opened.append(flags)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    # --jobs 1: the files are opened in this process, where the spy sees them
    result = CliRunner().invoke(app, ["check", "--jobs", "1", "--format", "json", "--output",
                                      str(tmp_path / "report.json"), *map(str, FOLDERS)])
    assert result.exit_code in (0, 1, 2), result.output
    assert (tmp_path / "report.json").is_file()
    result = CliRunner().invoke(app, ["check", "--jobs", "1", "--write-baseline", str(tmp_path / "baseline.json"), *map(str, FOLDERS)])
    assert (tmp_path / "baseline.json").is_file()
    assert opened and all(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC) == 0 for flags in opened)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in inputs}
    assert after == before


def test_a_report_is_never_written_over_an_input(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("示例单位2023年度部门决算说明\n\n一、部门职责\n", encoding="utf-8")
    before = (draft.read_bytes(), draft.stat().st_mtime_ns)
    for option in ("--output", "--write-baseline"):
        result = CliRunner().invoke(app, ["check", "--lang", "en", option, str(draft), str(draft)])
        assert result.exit_code == 2 and "input" in result.stderr
        result = CliRunner().invoke(app, ["check", option, str(draft), str(draft)])
        assert result.exit_code == 2 and "它是输入文件之一" in result.stderr
    assert (draft.read_bytes(), draft.stat().st_mtime_ns) == before
