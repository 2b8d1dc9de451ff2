"""perflint's modules looked up as plain objects (perflint.module_lookup): a lazy import made
without exceptions, and nothing else changed."""

from __future__ import annotations

import importlib
import sys
import types

import pytest

from perflint import module_lookup
from perflint.check import Context
from perflint.engine import discover, run_checks
from perflint.module_lookup import PlainLookupModule, plain_lookups
from perflint.read.loader import load_bytes


def _fresh(name: str) -> types.ModuleType:
    """A new module of the plain class, registered under ``name`` (removed by the caller)."""
    module = types.ModuleType(name)
    module.value = 7
    sys.modules[name] = module
    return module


def test_the_generic_lookup_is_the_classes_slot() -> None:
    # the class's lookup must be object's own, the one the interpreter asks without exceptions
    assert PlainLookupModule.__getattribute__ is object.__getattribute__
    assert issubclass(PlainLookupModule, types.ModuleType)


def test_perflint_modules_get_the_class_and_others_do_not() -> None:
    mine, theirs = _fresh("perflint._lookup_probe"), _fresh("lookup_probe_other")
    try:
        plain_lookups()
        assert type(mine) is PlainLookupModule
        assert type(theirs) is types.ModuleType
    finally:
        del sys.modules["perflint._lookup_probe"], sys.modules["lookup_probe_other"]


def test_a_module_with_its_own_getattr_keeps_the_module_class() -> None:
    lazy = _fresh("perflint._lookup_lazy")
    lazy.__getattr__ = lambda name: f"made {name}"
    try:
        plain_lookups()
        assert type(lazy) is types.ModuleType
        assert lazy.anything == "made anything"
        prose = importlib.import_module("perflint.extract.prose")  # PEP 562 names read on first use
        plain_lookups()
        assert type(prose) is types.ModuleType
        assert callable(prose.paragraph_breakdowns)
    finally:
        del sys.modules["perflint._lookup_lazy"]


def test_a_converted_module_behaves_as_before() -> None:
    module = _fresh("perflint._lookup_same")
    try:
        plain_lookups()
        assert type(module) is PlainLookupModule
        assert isinstance(module, types.ModuleType)
        assert module.value == 7 and module.__dict__["value"] == 7
        assert module.__name__ == "perflint._lookup_same"
        assert "perflint._lookup_same" in repr(module)
        assert "value" in dir(module)
        module.other = 1
        assert module.other == 1
        del module.other
        assert not hasattr(module, "other")
        assert getattr(module, "missing", None) is None
        with pytest.raises(AttributeError):
            module.missing  # noqa: B018
        with pytest.raises(ImportError):
            exec("from perflint._lookup_same import missing", {})
        namespace: dict = {}
        exec("from perflint._lookup_same import value", namespace)
        assert namespace["value"] == 7
    finally:
        del sys.modules["perflint._lookup_same"]


def test_nothing_is_walked_again_when_no_module_came(monkeypatch: pytest.MonkeyPatch) -> None:
    plain_lookups()
    walked: list[int] = []
    real = list
    monkeypatch.setattr(module_lookup, "list", lambda items: walked.append(1) or real(items), raising=False)
    plain_lookups()
    assert not walked


def test_the_engine_gives_the_modules_a_run_imported_the_class() -> None:
    checks = [cls() for cls in discover()]
    doc = load_bytes("一、项目基本情况\n本项目年度预算100万元，实际支出95万元。\n".encode(), "draft.txt")
    run_checks(doc, checks, Context())
    run_checks(doc, checks, Context())
    plain = [name for name, m in sys.modules.items()
             if name.startswith("perflint.") and type(m) is types.ModuleType and "__getattr__" not in m.__dict__]
    assert plain == []
