"""Dataclass methods compiled through the store (perflint.classcode) are the ones exec compiles."""

from __future__ import annotations

import dataclasses
import marshal
from dataclasses import KW_ONLY, InitVar, dataclass, field
from typing import ClassVar

import pytest

from perflint import classcode

GENERATED = ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__", "__lt__", "__ge__")


def _make_classes() -> list[type]:
    """Dataclasses of every shape perflint uses (and a few more), defined afresh on each call."""

    @dataclass(frozen=True)
    class Quantity:
        value: float
        unit: str = "万元"
        places: tuple[int, ...] = ()

    @dataclass
    class Form:
        name: str
        cells: list[str] = field(default_factory=list)
        seen: ClassVar[int] = 0
        scale: InitVar[int] = 1

        def __post_init__(self, scale: int) -> None:
            self.cells = [c * scale for c in self.cells]

    @dataclass(frozen=True, slots=True)
    class Anchor:
        line: int
        column: int

    @dataclass(order=True, unsafe_hash=True)
    class Score:
        weight: float
        _: KW_ONLY
        label: str = ""

    @dataclass(frozen=True, eq=False, repr=False)
    class Marker:
        text: str

    return [Quantity, Form, Anchor, Score, Marker]


def _methods(classes: list[type]) -> list[tuple[str, str, object]]:
    out = []
    for cls in classes:
        for name in GENERATED:
            fn = cls.__dict__.get(name)
            if fn is not None and hasattr(fn, "__code__"):
                out.append((cls.__name__, name, fn.__code__))
    return out


@pytest.fixture
def plain(monkeypatch):
    """The built-in exec while a test runs, and perflint's store back afterwards; this test
    module's classes count as perflint's (the store keeps only those of KEPT_PACKAGES)."""
    monkeypatch.setattr(classcode, "KEPT_PACKAGES", classcode.KEPT_PACKAGES | {__name__.partition(".")[0]})
    before = vars(dataclasses).get("exec")
    classcode.uninstall()
    yield
    if before is not None:
        dataclasses.exec = before
        classcode._install_is_type(dataclasses)
        classcode._install_process_class(dataclasses)


def _with_store(store: classcode.ClassCode, make=None) -> list[type]:
    dataclasses.exec = store.exec
    classcode._install_process_class(dataclasses)
    try:
        return (make or _make_classes)()
    finally:
        vars(dataclasses).pop("exec", None)


def test_perflint_installs_the_store() -> None:
    assert "exec" in vars(dataclasses) and not classcode.applies()  # installed once, not twice
    assert isinstance(getattr(dataclasses.exec, "__self__", None), classcode.ClassCode)


def test_methods_from_the_store_equal_those_exec_compiles(plain, tmp_path) -> None:
    reference = _methods(_make_classes())
    assert {name for _cls, name, _code in reference} >= {"__init__", "__repr__", "__eq__", "__setattr__", "__hash__"}
    cold = classcode.ClassCode(tmp_path)
    assert _methods(_with_store(cold)) == reference
    compiled = cold.added
    assert compiled > 0
    cold.write()
    (path,) = tmp_path.glob("classcode-*.marshal")
    warm = classcode.ClassCode(tmp_path)  # a new process: every method now comes from the file
    classes = _with_store(warm)
    assert warm.added == 0 and len(warm.used) == compiled
    assert _methods(classes) == reference
    quantity, form, anchor, score, marker = classes
    assert quantity(1.5) == quantity(1.5, "万元") and hash(quantity(1.5)) == hash(quantity(1.5))
    assert repr(quantity(2)).endswith("Quantity(value=2, unit='万元', places=())")
    with pytest.raises(dataclasses.FrozenInstanceError):
        quantity(1).value = 2
    assert form("表", ["a"], 2).cells == ["aa"] and form("表").cells == []
    assert anchor(1, 2).__slots__ == ("line", "column")
    assert score(1.0, label="x") < score(2.0) and hash(score(1.0)) == hash(score(1.0))
    assert marker("x") != marker("x")
    assert isinstance(marshal.loads(path.read_bytes()), dict)


def test_unreadable_store_is_ignored_and_replaced(plain, tmp_path) -> None:
    reference = _methods(_make_classes())
    first = classcode.ClassCode(tmp_path)
    _with_store(first)
    compiled = first.added
    first.write()
    (path,) = tmp_path.glob("classcode-*.marshal")
    path.write_bytes(b"\x00not marshal")
    again = classcode.ClassCode(tmp_path)
    assert _methods(_with_store(again)) == reference
    assert again.added == compiled
    again.write()
    assert len(marshal.loads(path.read_bytes())) == compiled


def test_cache_off_writes_nothing(plain, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PERFLINT_CACHE_DIR", "")
    off = classcode.ClassCode()
    reference = _methods(_make_classes())
    assert _methods(_with_store(off)) == reference
    off.write()
    assert off.added == 0 and not list(tmp_path.iterdir())


def test_other_calls_go_to_the_builtin(tmp_path) -> None:
    store = classcode.ClassCode(tmp_path)
    scope: dict[str, object] = {}
    store.exec(compile("x = 1", "<t>", "exec"), scope)
    store.exec("y = x + 1", scope)
    assert scope["y"] == 2
    with pytest.raises(SyntaxError):
        store.exec("def (", {})


def test_only_the_command_lines_packages_are_kept(plain, tmp_path, monkeypatch) -> None:
    """A class of another package (a test framework's, a plugin's) compiles as usual."""
    monkeypatch.setattr(classcode, "KEPT_PACKAGES", frozenset({"perflint"}))
    store = classcode.ClassCode(tmp_path)
    reference = _methods(_make_classes())
    assert _methods(_with_store(store)) == reference
    assert store.added == 0 and not store.used
    namespace = {"__name__": "perflint.sample"}
    store.exec("def __create_fn__():\n return 1\n", namespace)
    assert store.added == 1 and namespace["__create_fn__"]() == 1


def test_is_type_answers_as_the_original():
    """perflint's ``_is_type`` (the annotation's split remembered) answers as dataclasses' own."""
    import types
    import typing

    original = getattr(dataclasses._is_type, "__wrapped_is_type__", dataclasses._is_type)
    holder = types.SimpleNamespace(_is_type=original, _MODULE_IDENTIFIER_RE=dataclasses._MODULE_IDENTIFIER_RE)
    classcode._install_is_type(holder)
    fast = holder._is_type
    assert fast is not original and fast.__wrapped_is_type__ is original
    module = typing.__name__
    ns = {"__name__": "perflint_is_type_probe", "typing": typing, "dataclasses": dataclasses,
          "ClassVar": typing.ClassVar, "CV": typing.ClassVar, "InitVar": dataclasses.InitVar,
          "KW_ONLY": dataclasses.KW_ONLY, "t": typing}
    import sys

    probe = types.ModuleType("perflint_is_type_probe")
    probe.__dict__.update(ns)
    sys.modules[probe.__name__] = probe
    try:
        cls = type("C", (), {"__module__": probe.__name__})
        annotations = ["str", "int", "ClassVar[int]", "CV", "CV[int]", "typing.ClassVar[str]",
                       "t.ClassVar", "InitVar[int]", "dataclasses.InitVar[str]", "KW_ONLY",
                       "dataclasses.KW_ONLY", " ClassVar", "tuple[str, ...]", "", "[x]", "Missing"]
        checks = [(typing, typing.ClassVar, dataclasses._is_classvar),
                  (dataclasses, dataclasses.InitVar, dataclasses._is_initvar),
                  (dataclasses, dataclasses.KW_ONLY, dataclasses._is_kw_only)]
        for _ in range(2):  # the second time from the remembered splits
            for a in annotations:
                for a_module, a_type, predicate in checks:
                    assert fast(a, cls, a_module, a_type, predicate) == original(a, cls, a_module, a_type, predicate), a
    finally:
        del sys.modules[probe.__name__]
    assert module == "typing"


def _quick_shapes() -> list[type]:
    """Classes of the shapes the quick path makes (and two it leaves to dataclasses)."""

    @dataclass(frozen=True)
    class Amount:
        """A frozen class with defaults."""

        value: float
        unit: str = "万元"
        places: tuple[int, ...] = ()

    @dataclass
    class Rows:
        """A plain class: a factory, fields left out of repr, eq, hash and __init__, a __post_init__."""

        name: str
        cells: list[str] = field(default_factory=list)
        note: str = field(default="", repr=False)
        weight: float = field(default=1.0, compare=False)
        seen: int = field(default=0, init=False)
        extra: dict[str, int] = field(default_factory=dict, init=False, hash=False)

        def __post_init__(self) -> None:
            self.seen = len(self.cells)

    @dataclass(frozen=True, slots=True)
    class Anchor:
        """Frozen, with slots."""

        line: int
        column: int = 0
        tag: str = field(default="x", init=False)

    @dataclass(slots=True)
    class Cursor:
        """Slots, not frozen."""

        at: int
        marks: list[int] = field(default_factory=list)

    @dataclass(frozen=True)
    class Keyed:
        """A frozen class with its own __hash__."""

        key: str
        score: int = field(default=0, hash=False)

        def __hash__(self) -> int:
            return len(self.key)

    @dataclass(frozen=True)
    class Bare:
        key: str

    @dataclass(slots=True)
    class Block:
        """A base."""

        line: int = 0
        note: str = field(default="", compare=False)

    @dataclass(slots=True)
    class Heading(Block):
        """A subclass: the base's fields first, one of them given again."""

        title: str = ""
        note: str = "h"

    @dataclass
    class Counted:
        """ClassVar and InitVar: left to dataclasses."""

        total: ClassVar[int] = 0
        scale: InitVar[int] = 1

        def __post_init__(self, scale: int) -> None:
            pass

    return [Amount, Rows, Anchor, Cursor, Keyed, Bare, Counted, Block, Heading]


def _describe(classes: list[type]) -> list[object]:
    """Everything a dataclass is made of, memory addresses left out."""
    import re
    import types

    def value(v: object) -> object:
        if isinstance(v, types.FunctionType):
            cells = tuple(c.cell_contents for c in v.__closure__ or ())
            return ("function", v.__qualname__, v.__code__, v.__defaults__, v.__kwdefaults__, v.__annotations__,
                    v.__globals__ is globals(), [c.__qualname__ if isinstance(c, type) else value(c) for c in cells],
                    sorted(vars(v)), value(getattr(v, "__wrapped__", None)))
        if isinstance(v, dict):
            return [(k, value(x)) for k, x in v.items()]
        return re.sub(r"0x[0-9a-f]+", "", repr(v))

    out = []
    for cls in classes:
        items = [(k, value(v)) for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")]
        out.append((cls.__qualname__, [b.__name__ for b in cls.__mro__], items))
    return out


def test_quick_path_makes_the_classes_dataclasses_makes(plain, tmp_path) -> None:
    reference = _describe(_quick_shapes())
    cold = classcode.ClassCode(tmp_path)
    assert _describe(_with_store(cold, _quick_shapes)) == reference
    recipes = [key for key in cold.entries() if isinstance(key, tuple)]
    assert len(recipes) == 7  # every shape but the class without a docstring and the ClassVar one
    cold.write()
    warm = classcode.ClassCode(tmp_path)  # a new process: the recipes are read back
    classes = _with_store(warm, _quick_shapes)
    assert sorted(key for key in warm.used if isinstance(key, tuple)) == sorted(recipes)
    assert warm.added == 0
    assert _describe(classes) == reference
    amount, rows, anchor, cursor, keyed, bare, counted, block, heading = classes
    assert amount(1.5) == amount(1.5, "万元") and hash(amount(1.5)) == hash(amount(1.5, "万元"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        amount(1).value = 2
    r = rows("表", ["a", "b"], weight=2.0)
    assert r.seen == 2 and r.extra == {} and r == rows("表", ["a", "b"]) and rows.__hash__ is None
    assert repr(r).endswith("Rows(name='表', cells=['a', 'b'], weight=2.0, seen=2, extra={})")
    assert anchor(3).__slots__ == ("line", "column", "tag") and anchor(3).tag == "x"
    assert cursor(1).marks == [] and hash(keyed("abc")) == 3
    assert [f.name for f in dataclasses.fields(rows)] == ["name", "cells", "note", "weight", "seen", "extra"]
    assert rows.__match_args__ == ("name", "cells", "note", "weight")
    assert block(1, "a") == block(1, "b") and heading(2, "x", "t") != heading(2, "y", "t")  # note given again
    assert heading().note == "h" and block().note == ""
    assert [f.name for f in dataclasses.fields(heading)] == ["line", "note", "title"]


def test_quick_path_leaves_other_classes_alone(plain, tmp_path, monkeypatch) -> None:
    """Classes of a package the store does not keep go to dataclasses unchanged."""
    reference = _describe(_quick_shapes())
    store = classcode.ClassCode(tmp_path)
    monkeypatch.setattr(classcode, "KEPT_PACKAGES", frozenset({"perflint"}))
    assert _describe(_with_store(store, _quick_shapes)) == reference
    assert not store.entries()
