"""The parsed-data cache (perflint.data): same values as parsing, never stale, never fatal."""

from __future__ import annotations

import pickle
from pathlib import Path

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


# --- indexes built from the data (data.derived) ------------------------------------------------

def _index(raw) -> dict:
    return {"terms": sorted(t for items in raw["terms"].values() for t in items or ())}


def test_derived_index_is_built_once_and_equals_a_fresh_build(fresh, tmp_path):
    builder = tmp_path / "builder.py"
    builder.write_text("# v1\n")
    calls = []

    def build(raw):
        calls.append(1)
        return _index(raw)

    first = data.derived("terms", build, str(builder))
    again = data.derived("terms", build, str(builder))  # from the cache folder
    assert again == first == _index(data.load("terms")) and len(calls) == 1
    builder.write_text("# v2: an edited builder is never served the old index\n")
    assert data.derived("terms", build, str(builder)) == first and len(calls) == 2


def test_vocabulary_index_from_the_cache_equals_a_fresh_build(fresh):
    from perflint.extract import terms

    built = vars(terms._Vocabulary(data.load("terms")))
    data.derived("terms", terms._Vocabulary, terms.__file__)  # stores
    vocabulary = data.derived("terms", lambda raw: pytest.fail("built again"), terms.__file__)
    later = set(terms._Vocabulary._LATER)
    assert later <= set(built) and not later & set(vars(vocabulary))  # kept for later, still pickled
    assert {k: v for k, v in vars(vocabulary).items() if k != "_later"} == {
        k: v for k, v in built.items() if k not in later}
    assert vocabulary.typos == built["typos"]  # the first read unpickles them all
    assert vars(vocabulary) == built
    with pytest.raises(AttributeError):
        vocabulary.no_such_index  # noqa: B018


def test_derived_without_cache_or_builder_file_just_builds(monkeypatch, fresh):
    monkeypatch.setenv("PERFLINT_CACHE_DIR", "")
    assert data.derived("units", lambda raw: sorted(raw), __file__) == sorted(data.load("units"))
    assert data.derived("units", lambda raw: 1, str(fresh / "missing.py")) == 1
    assert not list(fresh.iterdir())


def test_old_versions_of_a_stored_kind_are_pruned(tmp_path):
    """An upgrade writes a new file of each kind; only the most recent few of a kind stay."""
    import os

    def stored(name: str, age: int):
        path = tmp_path / name
        path.write_bytes(b"old")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
        return path

    old = [stored(f"terms-{i:032x}.pickle", age=i) for i in range(10)]
    others = [stored(f"terms.terms-{0:032x}.pickle", 0), stored(f"units-{0:032x}.pickle", 0),
              stored("terms-notahash.pickle", 0), stored(f"terms-{1:032x}.pickle123.tmp", 0)]
    new = tmp_path / f"terms-{'f' * 32}.pickle"
    data.store_bytes(new, b"new")
    kept = sorted(p.name for p in tmp_path.glob("terms-*.pickle") if p.name != "terms-notahash.pickle")
    assert new.read_bytes() == b"new"
    assert kept == sorted([new.name] + [p.name for p in old[-(data.KEPT_VERSIONS - 1):]])
    assert all(p.exists() for p in others)  # other kinds, foreign names and temporary files stay
    data.store_bytes(new, b"again")  # rewriting a file of the current version prunes nothing
    assert len([p for p in tmp_path.glob("terms-*.pickle") if p.name != "terms-notahash.pickle"]) == data.KEPT_VERSIONS


def test_entry_name_follows_the_shapes_file(fresh, monkeypatch):
    """An entry holds only what passed the shapes: edited shapes name new entries (the shapes
    file is stamped once a process, its stamp in each entry's name)."""
    stamp = data._data_stamp("units.yaml")
    before = data._entry_path("units", stamp)
    real = data._data_stamp
    monkeypatch.setattr(data, "_data_stamp",
                        lambda name: real(name) + (b" " if name == "shapes.json" else b""))
    data._shapes_digest.cache_clear()
    try:
        assert data._entry_path("units", stamp) != before
        monkeypatch.setattr(data, "_data_stamp", real)
    finally:
        data._shapes_digest.cache_clear()
    assert data._entry_path("units", stamp) == before


def test_an_edited_file_has_a_new_stamp(tmp_path):
    """A data file is known by its path, modification time and size: an edit, even one that
    keeps the size, names new entries."""
    import os

    path = tmp_path / "units.yaml"
    path.write_bytes(b"a: 1\n")
    first = data.file_stamp(str(path))
    path.write_bytes(b"a: 2\n")
    os.utime(path, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns + 1_000_000))
    assert data.file_stamp(str(path)) != first
    assert data._entry_path("units", first) != data._entry_path("units", data.file_stamp(str(path)))
    with pytest.raises(OSError):
        data.file_stamp(str(tmp_path / "missing.yaml"))


def test_a_data_file_not_on_disk_is_named_by_its_bytes(monkeypatch):
    monkeypatch.setattr(data, "file_stamp", lambda path: (_ for _ in ()).throw(OSError(path)))
    assert data._data_stamp("units.yaml") == b"sha256\0" + data.sha256_hex(data._raw("units")).encode()


def test_no_cache_file_read_per_draft(monkeypatch):
    """Data and indexes are read once per process, never once per draft.

    ``data.derived`` unpickles its cache file at every call, and a reader that asked it for
    every draft once cost the benchmark 454 M instructions (the twenty-second session's
    bisect). After a first draft has warmed every reader, a second, different draft must not
    open a cache entry or parse a data file again."""
    from perflint.testing import lint_file

    examples = sorted(p for p in (Path(__file__).parent.parent / "examples").glob("*") if p.suffix in (".txt", ".md", ".yaml"))
    assert len(examples) >= 2
    for path in examples:  # warm every reader the examples reach
        lint_file(path)
    calls: list[str] = []
    real_derived, real_pickle_load = data.derived, data.pickle_load

    def derived(name, build, builder_file):
        calls.append(f"derived({name}, {Path(builder_file).stem})")
        return real_derived(name, build, builder_file)

    def pickle_load(fh):
        calls.append(f"pickle_load({getattr(fh, 'name', fh)})")
        return real_pickle_load(fh)

    monkeypatch.setattr(data, "derived", derived)
    monkeypatch.setattr(data, "pickle_load", pickle_load)
    monkeypatch.setattr(data, "_parse", lambda raw: calls.append("parse") or pytest.fail("parsed again"))
    for path in examples:
        lint_file(path)
    assert calls == []
