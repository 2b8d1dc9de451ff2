"""Entry points kept across runs (perflint.entry_index) are the ones importlib.metadata finds,
and stop being served the moment an installation changes what it would find."""

from __future__ import annotations

import os
import sys
import time
from importlib.metadata import entry_points as found_entry_points
from pathlib import Path

import pytest

from perflint import engine, entry_index
from perflint.entry_index import EntryPointIndex, KeptEntryPoint

GROUP = engine.ENTRY_POINT_GROUP


def _fake_distribution(site: Path, name: str, points: dict[str, str]) -> Path:
    """A distribution folder as an installer leaves it: METADATA and entry_points.txt."""
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    _write_points(info, points)
    return info


def _write_points(info: Path, points: dict[str, str]) -> None:
    body = "".join(f"{key} = {value}\n" for key, value in points.items())
    (info / "entry_points.txt").write_text(f"[{GROUP}]\n{body}", encoding="utf-8")


def _names(eps) -> list[tuple[str, str, str]]:
    return sorted((ep.name, ep.value, engine._distribution(ep)) for ep in eps)


def _touch_later(path: Path) -> None:
    """Move a modification time forward (file systems with coarse clocks would not see a change)."""
    later = time.time() + 5
    os.utime(path, (later, later))


@pytest.fixture
def index(tmp_path) -> EntryPointIndex:
    return EntryPointIndex(tmp_path / "cache")


def test_kept_entry_points_are_the_ones_found(index):
    first = entry_index.entry_points(GROUP, engine._distribution, index)
    assert not any(isinstance(ep, KeptEntryPoint) for ep in first)  # nothing kept yet: asked
    second = entry_index.entry_points(GROUP, engine._distribution, index)
    assert second and all(isinstance(ep, KeptEntryPoint) for ep in second)
    assert _names(second) == _names(first) == _names(found_entry_points(group=GROUP))
    for kept, found in zip(sorted(second, key=lambda ep: ep.name), sorted(first, key=lambda ep: ep.name), strict=True):
        assert kept.load() is found.load()
        assert (kept.module, kept.attr) == (found.module, found.attr)


def test_the_engine_loads_the_same_checks_from_kept_entry_points(index, monkeypatch):
    entry_index.entry_points(GROUP, engine._distribution, index)
    kept = entry_index.entry_points(GROUP, engine._distribution, index)
    assert all(isinstance(ep, KeptEntryPoint) for ep in kept)
    from_kept = engine.load_registry(kept)
    asked = engine.load_registry(list(found_entry_points(group=GROUP)))
    assert from_kept.problems == asked.problems == []
    assert from_kept.checks == asked.checks
    assert from_kept.family_origin == asked.family_origin and from_kept.check_origin == asked.check_origin


def test_a_distribution_installed_later_is_found(index, tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    entry_index.entry_points(GROUP, engine._distribution, index)
    assert all(isinstance(ep, KeptEntryPoint) for ep in entry_index.entry_points(GROUP, engine._distribution, index))
    _fake_distribution(site, "perflint_late", {"late": "perflint_late.rules:CHECKS"})
    seen = entry_index.entry_points(GROUP, engine._distribution, index)
    assert ("late", "perflint_late.rules:CHECKS", "perflint_late") in _names(seen)


def test_a_file_saved_in_a_folder_of_sys_path_keeps_the_store(index, tmp_path, monkeypatch):
    """``python -m perflint`` puts the working folder on sys.path; saving a draft there
    installs nothing, so the kept entry points still serve."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.syspath_prepend(str(work))
    entry_index.entry_points(GROUP, engine._distribution, index)
    (work / "draft.txt").write_text("草稿", encoding="utf-8")
    _touch_later(work)
    assert all(isinstance(ep, KeptEntryPoint) for ep in entry_index.entry_points(GROUP, engine._distribution, index))


def test_an_entry_point_edited_in_place_is_seen(index, tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    info = _fake_distribution(site, "perflint_edit", {"first": "perflint_edit.a:CHECKS"})
    monkeypatch.syspath_prepend(str(site))
    entry_index.entry_points(GROUP, engine._distribution, index)
    kept = entry_index.entry_points(GROUP, engine._distribution, index)
    assert ("first", "perflint_edit.a:CHECKS", "perflint_edit") in _names(kept)
    _write_points(info, {"second": "perflint_edit.b:CHECKS"})
    _touch_later(info / "entry_points.txt")
    seen = _names(entry_index.entry_points(GROUP, engine._distribution, index))
    assert ("second", "perflint_edit.b:CHECKS", "perflint_edit") in seen
    assert not any(name == "first" for name, _, _ in seen)


def test_nothing_is_kept_without_a_cache_folder():
    index = EntryPointIndex(None)
    for _ in range(2):
        eps = entry_index.entry_points(GROUP, engine._distribution, index)
        assert eps and not any(isinstance(ep, KeptEntryPoint) for ep in eps)


def test_a_corrupt_store_is_ignored(index):
    entry_index.entry_points(GROUP, engine._distribution, index)
    index.write()
    assert index.path is not None and index.path.exists()
    index.path.write_bytes(b"not a pickle")
    fresh = EntryPointIndex(index.path.parent)
    eps = entry_index.entry_points(GROUP, engine._distribution, fresh)
    assert _names(eps) == _names(found_entry_points(group=GROUP))


def test_an_import_hook_with_distributions_of_its_own_is_never_kept(index, monkeypatch):
    class Hook:
        def find_spec(self, *args, **kwargs):
            return None

        def find_distributions(self, *args, **kwargs):
            return iter(())

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Hook()])
    for _ in range(2):
        eps = entry_index.entry_points(GROUP, engine._distribution, index)
        assert eps and not any(isinstance(ep, KeptEntryPoint) for ep in eps)


def test_a_run_served_from_the_store_does_not_import_importlib_metadata(tmp_path, import_probe):
    """The point of the store: a second run of the command line skips importlib.metadata.

    The cache folder is not in the working folder: ``python -c`` puts that folder on
    ``sys.path``, and creating the cache there would change its modification time."""
    env = {**os.environ, "PERFLINT_CACHE_DIR": str(tmp_path / "cache")}
    work = tmp_path / "work"
    work.mkdir()
    draft = work / "draft.txt"
    draft.write_text("某单位2023年度项目支出绩效自评报告\n一、基本情况\n", encoding="utf-8")
    (first, first_seen), (second, second_seen) = import_probe(
        ["check", "--isolated", str(draft)], ["importlib.metadata"], env=env, cwd=work)
    assert first_seen == {"importlib.metadata"} and second_seen == set(), (first.stderr, second.stderr)
    assert first.stdout == second.stdout
