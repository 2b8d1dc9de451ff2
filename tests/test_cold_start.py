"""What keeps a cold start short must not change what is found: the engine's shortcuts."""

from __future__ import annotations

import gc
import types
from importlib.metadata import distributions

import pytest

from perflint import __version__, cli, engine


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
    try:
        with pytest.raises(SystemExit) as exit_info:
            cli.main()
        assert exit_info.value.code in (0, None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert capsys.readouterr().out == f"perflint {__version__}\n"
