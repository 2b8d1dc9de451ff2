"""What keeps a cold start short must not change what is found: the engine's shortcuts."""

from __future__ import annotations

import gc
import os
import types
from importlib.metadata import distributions

import pytest

from perflint import __version__, cli, engine, heap


def test_distribution_name_from_the_metadata_header_is_dist_name() -> None:
    for dist in distributions():
        assert engine._metadata_name(dist) == dist.name


def test_distribution_name_without_metadata_file_falls_back_to_dist_name() -> None:
    ep = types.SimpleNamespace(dist=types.SimpleNamespace(name="some-plugin"))
    assert engine._distribution(ep) == "some-plugin"
    unreadable = types.SimpleNamespace(name="other", read_text=lambda name: None)
    assert engine._distribution(types.SimpleNamespace(dist=unreadable)) == "other"


def test_one_metadata_read_per_distribution() -> None:
    reads: list[str] = []

    class Dist:
        def read_text(self, name: str) -> str:
            reads.append(name)
            return "Metadata-Version: 2.1\nName: plugin-x\nVersion: 1\n\nName: not a header\n"

    dist = Dist()
    names: dict = {}
    eps = [types.SimpleNamespace(dist=dist) for _ in range(5)]
    assert {engine._distribution(ep, names) for ep in eps} == {"plugin-x"}
    assert reads == ["METADATA"]


def test_main_freezes_the_heap_before_the_interpreter_exits(monkeypatch, capsys) -> None:
    """The exit's full collections skip what is alive at the end; status and output unchanged."""
    monkeypatch.setattr("sys.argv", ["perflint", "--version"])
    threshold = gc.get_threshold()
    try:
        with pytest.raises(SystemExit) as exit_info:
            cli.main()
        assert exit_info.value.code in (0, None)
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD  # the run's collector (heap.for_a_run)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert capsys.readouterr().out == f"perflint {__version__}\n"


def test_a_one_draft_check_imports_nothing_it_does_not_use(tmp_path) -> None:
    """A hook on one draft never starts a worker pool, reads no configuration with --isolated,
    renders no markdown and draws no table: those modules stay unimported. Nor does it load
    OpenSSL (hashlib), the Python pickler or json: the cache reads need only the built-in
    SHA-256 and the C unpickler; nor rich's width tables (perflint.report.cells measures CJK text)."""
    import subprocess
    import sys

    draft = tmp_path / "d.txt"
    draft.write_text("示范项目2023年度绩效自评报告\n\n一、基本情况\n\n预算100万元。\n", encoding="utf-8")
    probe = ("import sys, perflint.cli\nsys.argv = ['perflint', 'check', '--isolated', sys.argv[1]]\n"
             "try:\n    perflint.cli.main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('concurrent.futures.process', 'multiprocessing', 'tomllib', 'markdown_it',"
             " 'rich.table', 'rich.markdown', 'rich.cells', 'openpyxl', 'docx', 'pdfplumber', 'hashlib', 'pickle',"
             " 'json')"
             " if m in sys.modules))")
    # Its own cache folder, filled by a first run as any second run of a hook finds it: a first
    # run parses the data files (json reads the shapes) and writes the cache, which is not what
    # a hook pays each time; the outcome must not hang on whether earlier tests warmed a cache.
    env = {**os.environ, "PERFLINT_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", probe, str(draft)], capture_output=True, text=True,
                             encoding="utf-8", cwd=tmp_path, env=env)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


def test_command_annotations_are_evaluated_at_definition() -> None:
    """typer evaluates string annotations at every start (~25 ms): cli.py keeps real ones."""
    from perflint import cli

    commands = [cli.check, cli.config_command, cli.rules, cli.rule, cli.show, cli.convert, cli.main_callback]
    assert all(not isinstance(a, str) for fn in commands for a in fn.__annotations__.values())


def test_a_json_report_of_one_draft_does_not_load_riches_console(tmp_path) -> None:
    """rich's console and its styles (~20 ms) are made only for what is printed with them: a
    JSON report with nothing to say on stderr never needs them; a refused input still reaches
    stderr through the same console."""
    import json
    import subprocess
    import sys

    draft = tmp_path / "d.txt"
    draft.write_text("示范项目2023年度绩效自评报告\n\n一、基本情况\n\n预算100万元。\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    probe = ("import sys, perflint.cli\nsys.argv = ['perflint', 'check', '--isolated', '--format', 'json', *sys.argv[1:]]\n"
             "try:\n    perflint.cli.main()\nexcept SystemExit as exc:\n    print('status', exc.code, file=sys.stderr)\n"
             "print('rich.console' in sys.modules, file=sys.stderr)")
    quiet = subprocess.run([sys.executable, "-c", probe, str(draft)], capture_output=True, text=True,
                           encoding="utf-8", cwd=tmp_path)
    assert json.loads(quiet.stdout) is not None
    assert quiet.stderr.strip().splitlines()[-1] == "False", quiet.stderr
    refused = subprocess.run([sys.executable, "-c", probe, str(missing)], capture_output=True, text=True,
                             encoding="utf-8", cwd=tmp_path)
    lines = refused.stderr.strip().splitlines()
    assert lines[-1] == "True" and "status 2" in lines and "missing.txt" in refused.stderr, refused.stderr


def test_a_second_run_adds_nothing_to_the_stores_kept_across_runs(tmp_path) -> None:
    """Whatever the hash seed, a run after the first finds every compiled pattern, dataclass
    method and entry point in the cache folder and writes nothing back: a key that differs
    from one process to the next (a pattern built in set order) compiled again every run."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "examples" / "budget-office-2023.txt"
    cache = tmp_path / "cache"

    def run(seed: int) -> dict[str, bytes]:
        env = {**os.environ, "PERFLINT_CACHE_DIR": str(cache), "PYTHONHASHSEED": str(seed)}
        subprocess.run([sys.executable, "-m", "perflint", "check", "--isolated", "--format", "json", str(example)],
                       capture_output=True, env=env, cwd=tmp_path, check=False)
        return {p.name: p.read_bytes() for p in sorted(cache.iterdir())}

    first = run(1)
    assert any(name.startswith("patterns-") for name in first)
    assert run(2) == first and run(3) == first


def test_the_entry_point_sets_the_runs_young_threshold_before_importing(monkeypatch) -> None:
    from perflint import entry, modulecode

    assert entry.YOUNG_THRESHOLD == heap.YOUNG_THRESHOLD
    seen: list[int] = []

    def run() -> None:
        seen.append(gc.get_threshold()[0])

    monkeypatch.setattr(cli, "main", run)
    monkeypatch.setattr(modulecode, "install", lambda: None)  # the tests import as Python does
    old = gc.get_threshold()
    try:
        gc.set_threshold(700, *old[1:])
        entry.main()
    finally:
        gc.set_threshold(*old)
    assert seen == [heap.YOUNG_THRESHOLD]
