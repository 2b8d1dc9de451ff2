"""perflint.modulecode: the command line's modules imported from code kept across runs must be
the modules Python's own import gives, and an edited, moved or removed file is read again."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perflint import modulecode
from perflint.modulecode import KeptModuleFinder, KeptSourceLoader, ModuleCode


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package ``p8demo`` on ``sys.path`` with a module and a subpackage, forgotten afterwards."""
    root = tmp_path / "src"
    (root / "p8demo" / "sub").mkdir(parents=True)
    (root / "p8demo" / "__init__.py").write_text("", encoding="utf-8")
    (root / "p8demo" / "mod.py").write_text("X = 1\n\ndef where():\n    return __file__\n", encoding="utf-8")
    (root / "p8demo" / "sub" / "__init__.py").write_text("Y = 'sub'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(root))
    yield root
    for name in [n for n in sys.modules if n == "p8demo" or n.startswith("p8demo.")]:
        del sys.modules[name]


def _finder(cache: Path) -> KeptModuleFinder:
    return KeptModuleFinder(ModuleCode(folder=cache), prefix="p8demo.")


def _import_with(finder: KeptModuleFinder, name: str):
    for loaded in [n for n in sys.modules if n.startswith("p8demo.")]:
        del sys.modules[loaded]
    importlib.invalidate_caches()
    sys.meta_path.insert(0, finder)
    try:
        return importlib.import_module(name)
    finally:
        sys.meta_path.remove(finder)


def _attributes(module) -> dict:
    spec = module.__spec__
    return {"file": module.__file__, "cached": module.__cached__, "package": module.__package__,
            "path": getattr(module, "__path__", None), "origin": spec.origin, "parent": spec.parent,
            "has_location": spec.has_location, "source": inspect.getsource(module)}


@pytest.mark.parametrize("name", ["p8demo.mod", "p8demo.sub"])
def test_a_kept_module_is_the_module_python_imports(package, tmp_path, name) -> None:
    import p8demo  # noqa: F401  (the parent, imported as usual)

    plain = _attributes(importlib.import_module(name))
    first = _finder(tmp_path / "cache")
    found = _import_with(first, name)
    assert isinstance(found.__loader__, KeptSourceLoader) and name in first.store.entries()
    assert _attributes(found) == plain
    first.store.write()
    second = _finder(tmp_path / "cache")
    kept = _import_with(second, name)
    assert kept.__loader__._kept is not None  # served from the store
    assert _attributes(kept) == plain


def test_an_edited_module_is_read_again(package, tmp_path) -> None:
    import p8demo  # noqa: F401

    first = _finder(tmp_path / "cache")
    assert _import_with(first, "p8demo.mod").X == 1
    first.store.write()
    source = package / "p8demo" / "mod.py"
    stat = source.stat()
    source.write_text("X = 22\n\ndef where():\n    return __file__\n", encoding="utf-8")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time: the size tells
    second = _finder(tmp_path / "cache")
    assert _import_with(second, "p8demo.mod").X == 22
    assert second.store.entries()["p8demo.mod"][4] == len("X = 22\n\ndef where():\n    return __file__\n")


def test_a_module_found_elsewhere_is_not_taken_from_the_store(package, tmp_path) -> None:
    """Another checkout's entry (its folder not on the parent's path) is never used."""
    import p8demo

    store = ModuleCode(folder=tmp_path / "cache")
    store.entries()["p8demo.mod"] = ("/elsewhere/p8demo", "/elsewhere/p8demo/mod.py", None, 0, 0, False,
                                     b"not code")
    finder = KeptModuleFinder(store, prefix="p8demo.")
    module = _import_with(finder, "p8demo.mod")
    assert module.where() == str(Path(p8demo.__path__[0]) / "mod.py")
    assert module.__loader__._kept is None  # read from its file


def test_a_removed_module_is_not_found(package, tmp_path) -> None:
    import p8demo  # noqa: F401

    first = _finder(tmp_path / "cache")
    _import_with(first, "p8demo.mod")
    first.store.write()
    (package / "p8demo" / "mod.py").unlink()
    with pytest.raises(ModuleNotFoundError):
        _import_with(_finder(tmp_path / "cache"), "p8demo.mod")


def test_a_damaged_entry_is_read_as_python_does(package, tmp_path) -> None:
    import p8demo  # noqa: F401

    first = _finder(tmp_path / "cache")
    _import_with(first, "p8demo.mod")
    entry = list(first.store.entries()["p8demo.mod"])
    entry[-1] = b"\x00not marshal"
    first.store.entries()["p8demo.mod"] = tuple(entry)
    assert _import_with(KeptModuleFinder(first.store, prefix="p8demo."), "p8demo.mod").X == 1


def test_install_is_once_and_first() -> None:
    try:
        finder = modulecode.install()
        assert finder is not None and sys.meta_path[0] is finder
        assert modulecode.install() is finder
        assert sum(isinstance(f, KeptModuleFinder) for f in sys.meta_path) == 1
    finally:
        modulecode.uninstall()
    assert not any(isinstance(f, KeptModuleFinder) for f in sys.meta_path)


_PROBE = """
import json, sys
from perflint import modulecode
if sys.argv[1] == "kept":
    finder = modulecode.install()
import perflint.cli
from perflint.engine import load_registry
load_registry()
out = {}
for name, module in sorted(sys.modules.items()):
    if not name.startswith("perflint.") or module is None or name in ("perflint.modulecode", "perflint.entry"):
        continue
    spec = module.__spec__
    out[name] = [module.__file__, getattr(module, "__cached__", None), module.__package__,
                 getattr(module, "__path__", None), spec.origin, spec.parent, spec.has_location,
                 sorted(k for k in vars(module) if not k.startswith("__"))]
used = sum(getattr(m.__loader__, "_kept", None) is not None for n, m in sys.modules.items() if n.startswith("perflint."))
print(json.dumps({"modules": out, "used": used}))
"""


def test_the_command_lines_modules_are_the_same_kept_or_not(tmp_path) -> None:
    """Every perflint module a run loads has the same file, cache file, package, path and names
    whether imported as usual, through the finder the first time, or from the store."""
    env = {**os.environ, "PERFLINT_CACHE_DIR": str(tmp_path / "cache")}

    def probe(mode: str) -> dict:
        out = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True,
                             encoding="utf-8", env=env, cwd=tmp_path, check=True)
        return json.loads(out.stdout)

    probe("plain")  # the data files parsed and kept: a run on a warm cache imports no YAML parser
    plain, first, kept = probe("plain"), probe("kept"), probe("kept")
    assert len(plain["modules"]) > 100
    assert first["modules"] == plain["modules"]
    assert kept["modules"] == plain["modules"]
    assert kept["used"] >= len(plain["modules"]) - 5  # nearly all from the store


def test_optimised_runs_keep_their_own_code(tmp_path) -> None:
    """``python -O`` strips asserts: its modules never come from a plain run's store."""
    env = {**os.environ, "PERFLINT_CACHE_DIR": str(tmp_path / "cache")}
    probe = "from perflint import modulecode; print(modulecode.ModuleCode().tag())"
    tags = {subprocess.run([sys.executable, *flags, "-c", probe], capture_output=True, text=True, env=env,
                           check=True).stdout for flags in ([], ["-O"], ["-OO"])}
    assert len(tags) == 3


def test_a_kept_module_looks_names_up_as_a_plain_object(package, tmp_path) -> None:
    """A module served from the store is a PlainLookupModule from the start (no exception made
    when the import system asks it for ``__path__``), unless it defines ``__getattr__``."""
    import types

    from perflint.module_lookup import PlainLookupModule

    (package / "p8demo" / "lazy.py").write_text("def __getattr__(name):\n    return 'made ' + name\n",
                                                encoding="utf-8")
    import p8demo  # noqa: F401  (the parent, imported as usual)

    first = _finder(tmp_path / "cache")
    for name in ("p8demo.mod", "p8demo.lazy"):
        _import_with(first, name)
    first.store.write()
    second = _finder(tmp_path / "cache")
    mod = _import_with(second, "p8demo.mod")
    assert mod.__loader__._kept is not None and type(mod) is PlainLookupModule
    assert mod.X == 1 and mod.where() == mod.__file__ and not hasattr(mod, "missing")
    lazy = _import_with(second, "p8demo.lazy")
    assert lazy.__loader__._kept is not None and type(lazy) is types.ModuleType
    assert lazy.anything == "made anything"
