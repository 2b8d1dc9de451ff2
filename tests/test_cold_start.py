"""What keeps a cold start short must not change what is found: the engine's shortcuts."""

from __future__ import annotations

import types
from importlib.metadata import distributions

from perflint import engine


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
