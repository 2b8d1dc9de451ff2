"""--jobs: worker processes give the report of a serial run, byte for byte, in input order."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from perflint.check import Context
from perflint.engine import discover, instantiate
from perflint.runner import Task, lint_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def _folder(tmp_path: Path) -> Path:
    """Our fixtures and examples in one folder, with an unreadable file among them."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    sources = sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md")) + sorted(p for p in (ROOT / "examples").iterdir() if p.is_file())
    for i, src in enumerate(sources):
        shutil.copy(src, folder / f"{i:03d}-{src.name}")
    (folder / "999-broken.docx").write_bytes(b"not a zip")
    return folder


def _check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "perflint.cli", "check", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=Path(__file__).resolve().parent)


def test_jobs_2_output_equals_serial_output(tmp_path):
    folder = _folder(tmp_path)
    for fmt in ("json", "text"):
        serial = _check("--format", fmt, "--jobs", "1", str(folder))
        parallel = _check("--format", fmt, "--jobs", "2", str(folder))
        assert serial.stdout and serial.returncode == 2  # findings, and one unreadable file
        assert (parallel.stdout, parallel.stderr, parallel.returncode) == (serial.stdout, serial.stderr, serial.returncode)


def test_outcomes_come_back_in_input_order(tmp_path):
    folder = _folder(tmp_path)
    files = sorted(folder.iterdir(), reverse=True)  # any order the caller chose
    checks = instantiate(discover())  # the data rules among them: classes made at run time
    tasks = [Task(path, checks, Context()) for path in files]
    serial = list(lint_files(tasks, discover(), jobs=1))
    parallel = list(lint_files(tasks, discover(), jobs=2))
    assert [o.path for o in parallel] == [str(p) for p in files]
    def seen(outcomes):
        return [[(d.code, d.location, d.message("zh")) for d in o.diagnostics] for o in outcomes]

    assert seen(parallel) == seen(serial)
    assert parallel[0].error and "broken" in parallel[0].error


def test_a_worker_makes_the_checks_of_a_configuration_once():
    """Tasks cross to workers as check codes and options; equal ones get one list of checks
    (as a serial run shares one), other options another."""
    import pickle

    checks = instantiate(discover())
    tasks = [Task(Path(f"{i}.txt"), checks, Context()) for i in range(3)]
    first, second, third = (pickle.loads(pickle.dumps(t)) for t in tasks)
    assert first.checks is second.checks is third.checks
    assert [c.code for c in first.checks] == [c.code for c in checks]
    other = [type(c)({"threshold": 0.5}) if c.code == "D203" else c for c in checks]
    changed = pickle.loads(pickle.dumps(Task(Path("x.txt"), other, Context())))
    assert changed.checks is not first.checks
    assert next(c for c in changed.checks if c.code == "D203").options != \
        next(c for c in first.checks if c.code == "D203").options



@pytest.mark.skipif(__import__("multiprocessing").get_start_method() != "fork",
                    reason="workers inherit the caller's state only where they are forked")
def test_forked_workers_inherit_the_tasks_and_checks_instead_of_unpickling_them(tmp_path, monkeypatch):
    """Forked workers get the caller's tasks and lists of checks with the pool's initializer and
    are sent only where each chunk starts and ends: no task is pickled, no worker loads the
    registry or makes a check, and the outcomes are a serial run's."""
    from perflint import runner

    folder = _folder(tmp_path)
    checks = instantiate(discover())
    tasks = [Task(path, checks, Context()) for path in sorted(folder.iterdir())]
    serial = list(lint_files(tasks, discover(), jobs=1))

    def refuse(*_args):
        raise AssertionError("a worker had to be sent a task or to make its own checks")

    monkeypatch.setattr(Task, "__getstate__", refuse)
    monkeypatch.setattr(runner, "_registry", refuse)
    parallel = list(lint_files(tasks, discover(), jobs=2))
    assert [o.path for o in parallel] == [o.path for o in serial]
    assert [[(d.code, d.location) for d in o.diagnostics] for o in parallel] == \
        [[(d.code, d.location) for d in o.diagnostics] for o in serial]
    assert sum(len(o.diagnostics) for o in parallel) > 0
    assert [o.error for o in parallel if o.error] == [o.error for o in serial if o.error]
    assert not any(o.internal_errors for o in parallel)


def test_workers_collect_garbage_as_their_parent_does(monkeypatch) -> None:
    """A worker gets the parent's collector thresholds, even where workers are spawned."""
    import gc

    from perflint import runner

    before = gc.get_threshold()
    monkeypatch.setattr(runner, "_installed", None)
    try:
        gc.set_threshold(700, 10, 10)
        runner._init_worker([], (12_345, 9, 8))
        assert gc.get_threshold() == (12_345, 9, 8)
    finally:
        gc.set_threshold(*before)


def test_guided_chunks_cover_every_task_once_and_end_with_single_drafts():
    from perflint.runner import guided_chunks

    for n, jobs in ((1, 2), (7, 2), (200, 2), (2240, 2), (1000, 8)):
        chunks = guided_chunks(n, jobs)
        assert [i for start, end in chunks for i in range(start, end)] == list(range(n))
        sizes = [end - start for start, end in chunks]
        assert sizes == sorted(sizes, reverse=True) and max(sizes) <= 16
        assert sizes[-jobs:] == [1] * min(jobs, n)  # the workers finish together
    assert len(guided_chunks(2240, 2)) < 2240 // 4  # few messages on a large folder


def _dies_on(name: str):
    """A ``lint_one`` whose process dies (as on a crash in C code) when it reaches ``name``."""
    import os

    from perflint import runner

    real = runner.lint_one

    def lint_one(task, installed):
        if task.path.name == name:
            os._exit(3)
        return real(task, installed)

    return lint_one


def _forks() -> bool:
    import multiprocessing

    return multiprocessing.get_start_method() == "fork"  # workers inherit the monkeypatch



@pytest.mark.skipif(not _forks(), reason="needs workers forked from the test process")
def test_a_worker_that_dies_costs_its_file_only(tmp_path, monkeypatch):
    from perflint import runner

    folder = _folder(tmp_path)
    files = sorted(p for p in folder.iterdir() if p.suffix != ".docx")
    checks = instantiate(discover())
    tasks = [Task(path, checks, Context(lang="en")) for path in files]
    serial = list(lint_files(tasks, discover(), jobs=1))
    victim = files[len(files) // 2].name
    monkeypatch.setattr(runner, "lint_one", _dies_on(victim))
    parallel = list(lint_files(tasks, discover(), jobs=2))
    assert [o.path for o in parallel] == [str(p) for p in files]
    for got, want in zip(parallel, serial, strict=True):
        if got.path.endswith(victim):
            assert got.error and victim in got.error and "stopped unexpectedly" in got.error
        else:
            assert got.error is None
            assert [d.message("en") for d in got.diagnostics] == [d.message("en") for d in want.diagnostics]


@pytest.mark.skipif(not _forks(), reason="needs workers forked from the test process")
def test_a_dead_worker_is_an_input_error_not_a_traceback(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from perflint import runner
    from perflint.cli import app

    folder = _folder(tmp_path)
    victim = sorted(folder.iterdir())[3].name
    monkeypatch.setattr(runner, "lint_one", _dies_on(victim))
    result = CliRunner().invoke(app, ["check", "--format", "json", "--jobs", "2", str(folder)])
    assert result.exit_code == 2  # an unreadable file, not "findings" (1) and not a crash
    assert "Traceback" not in result.output and victim in result.stderr
