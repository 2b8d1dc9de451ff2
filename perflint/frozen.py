"""Frozen dataclasses the extractors make by the thousand, built without a call per field.

A frozen dataclass's generated ``__init__`` cannot assign its fields (its own ``__setattr__``
refuses), so it sets each one through ``object.__setattr__``: a Python-level call per field,
about 1,500 CPU instructions each. The figures, mentions, clauses and indicator rows of a draft
are made by the thousand, and those calls were a percent of a run's instructions for the figures
alone (issue 11: throughput).

:func:`quick_init` gives such a class an ``__init__`` of the same signature that fills the
instance's ``__dict__`` in one update. Nothing else changes: equality, hashing, ``repr``,
:func:`dataclasses.replace` and the refusal to assign a field afterwards are the dataclass's own.
It accepts only the shapes it reproduces exactly (plain fields with or without a default or a
default factory, a ``__post_init__`` taking no arguments, no ``__slots__``) and raises otherwise.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T", bound=type)


def quick_init(cls: T) -> T:
    """Replace the generated ``__init__`` of the frozen dataclass ``cls`` (see the module)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or not params.init:
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with a generated __init__")
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: a slotted dataclass has no __dict__ to fill")
    if any("InitVar" in str(v) for v in cls.__dict__.get("__annotations__", {}).values()):
        raise TypeError(f"{cls.__name__}: InitVar fields are not supported")  # not in fields()

    namespace: dict[str, object] = {"MISSING": dataclasses.MISSING}
    args: list[str] = []
    kw_args: list[str] = []
    prelude: list[str] = []
    items: list[str] = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            default = f"=_default_{f.name}"
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            default = "=MISSING"
            if f.init:
                prelude.append(f"    if {f.name} is MISSING: {f.name} = _factory_{f.name}()")
            else:
                prelude.append(f"    {f.name} = _factory_{f.name}()")
        else:
            if not f.init:
                raise TypeError(f"{cls.__name__}.{f.name}: a field outside __init__ needs a default")
            default = ""
        if f.init:
            (kw_args if f.kw_only else args).append(f"{f.name}{default}")
        elif f.default is not dataclasses.MISSING:
            continue  # as the dataclass does: the class attribute holds it, the instance does not
        items.append(f"{f.name!r}: {f.name}")
    signature = ", ".join(["self", *args, *(["*", *kw_args] if kw_args else [])])
    body = [*prelude, f"    self.__dict__.update({{{', '.join(items)}}})"]
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__({signature}):\n" + "\n".join(body) + "\n"
    # compiled through the store dataclasses compile with when the command line installed it
    # (perflint.classcode): the code is read back by the next process instead of compiled again
    namespace["__name__"] = cls.__module__
    run = vars(dataclasses).get("exec", exec)
    run(source, namespace)  # the source is made above from the class's own fields
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__
    init.__wrapped_dataclass_init__ = cls.__init__  # type: ignore[attr-defined]  # the tests compare
    cls.__init__ = init  # type: ignore[misc]
    return cls
