"""The parsed-data cache (perflint.data): same values as parsing, never stale, never fatal."""

from __future__ import annotations

import pickle

import pytest

from perflint import data


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    monkeypatch.setenv("PERFLINT_CACHE_DIR", str(tmp_path))
    data.load.cache_clear()
    yield tmp_path
    data.load.cache_clear()


def test_cached_value_equals_parsed_value(fresh, monkeypatch):
    first = data.load("terms")  # parses and stores
    assert list(fresh.glob("terms-*.pickle"))
    data.load.cache_clear()
    monkeypatch.setattr(data, "_parse", lambda raw: pytest.fail("parsed again despite the cache"))
    assert data.load("terms") == first


def test_cache_off_parses(monkeypatch, fresh):
    monkeypatch.setenv("PERFLINT_CACHE_DIR", "")
    assert data.load("units")["money"]
    assert not list(fresh.iterdir())


def test_corrupt_entry_is_parsed_again(fresh):
    value = data.load("units")
    for entry in fresh.glob("units-*.pickle"):
        entry.write_bytes(b"not a pickle")
    data.load.cache_clear()
    assert data.load("units") == value
    assert all(pickle.loads(e.read_bytes()) == value for e in fresh.glob("units-*.pickle"))


def test_unwritable_cache_dir_is_not_fatal(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("PERFLINT_CACHE_DIR", str(blocker / "sub"))
    data.load.cache_clear()
    try:
        assert data.load("units")["money"]
    finally:
        data.load.cache_clear()
