"""quick_init: a frozen dataclass's __init__ without a call per field makes the same objects."""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from perflint.frozen import quick_init


@quick_init
@dataclasses.dataclass(frozen=True)
class _Sample:
    a: int
    b: str = "x"
    c: list = dataclasses.field(default_factory=list)
    d: int = dataclasses.field(default=7, init=False)
    e: int = dataclasses.field(default=0, kw_only=True)


def _made_by_dataclass(cls, *args, **kwargs):
    obj = object.__new__(cls)
    cls.__init__.__wrapped_dataclass_init__(obj, *args, **kwargs)
    return obj


@pytest.mark.parametrize(("args", "kwargs"), [((1,), {}), ((1, "y"), {}), ((1,), {"c": [2], "e": 3}),
                                              ((), {"a": 5, "b": "z"})])
def test_same_object_as_the_dataclass_makes(args, kwargs):
    quick, plain = _Sample(*args, **kwargs), _made_by_dataclass(_Sample, *args, **kwargs)
    assert vars(quick) == vars(plain)
    assert quick == plain and repr(quick) == repr(plain)


def test_defaults_factories_and_refusals():
    assert _Sample(1).c is not _Sample(1).c  # a fresh list each time, as the factory makes
    assert _Sample(1).d == 7
    with pytest.raises(TypeError):
        _Sample(1, "y", [], 3)  # e is keyword-only
    with pytest.raises(TypeError):
        _Sample()  # a is required
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Sample(1).a = 2  # type: ignore[misc]
    assert dataclasses.replace(_Sample(1), b="q") == _Sample(1, "q")


def test_refuses_what_it_cannot_reproduce():
    with pytest.raises(TypeError):
        quick_init(dataclasses.dataclass(frozen=True, slots=True)(type("S", (), {"__annotations__": {"a": int}})))
    with pytest.raises(TypeError):
        quick_init(dataclasses.dataclass(type("M", (), {"__annotations__": {"a": int}})))  # not frozen


# The classes that use it, each made both ways from the same field values.
_USERS = [("perflint.checks.duplicates._indicators", "Row"), ("perflint.extract.prose", "Mention"),
          ("perflint.extract.terms", "TermFindings"), ("perflint.extract.terms", "Match"),
          ("perflint.text.normalise", "Folded"), ("perflint.extract.similarity", "Clause"),
          ("perflint.extract.similarity", "Item"), ("perflint.extract.amounts", "AmountFact"),
          ("perflint.extract.amounts", "LabelledAmount"), ("perflint.extract.table_grid", "Figure")]


@pytest.mark.parametrize(("module", "name"), _USERS)
def test_the_classes_using_it(module, name):
    cls = getattr(importlib.import_module(module), name)
    assert hasattr(cls.__init__, "__wrapped_dataclass_init__")
    values = {f.name: (i, f.name) for i, f in enumerate(dataclasses.fields(cls)) if f.init}
    quick, plain = cls(**values), _made_by_dataclass(cls, **values)
    assert vars(quick) == vars(plain) and quick == plain and hash(quick) == hash(plain)
    assert repr(quick) == repr(plain)
