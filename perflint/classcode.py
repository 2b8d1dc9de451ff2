"""Compiled code of dataclass methods, kept across runs.

:mod:`dataclasses` writes the source of every method it generates (``__init__``, ``__repr__``,
``__eq__``, and for a frozen class ``__setattr__``, ``__delattr__`` and ``__hash__``) and passes it
to :func:`exec`, which compiles it. perflint defines about 120 dataclasses, so a one-draft run
compiled about 570 small functions at every start: ~60 ms of a ~280 ms run, more than linting a
short draft.

:func:`install` gives the :mod:`dataclasses` module its own ``exec`` (a module global, found
before the built-in): the same call, except that the code compiled from a given source text comes
from a store in the user's cache folder (``perflint.data.cache_dir()``, one :mod:`marshal` file
named by the exact Python build and bytecode magic number) once a run has compiled it. A store
entry is exactly what ``exec(source)`` compiles: the source text is the key, and the code is
compiled from it with the flags and file name ``exec`` uses (``"<string>"``, no inherited
``__future__`` features), so a class built with the store has the same methods as one built
without it. Anything unusual (not a string, no cache folder, an unreadable or foreign file) goes
to the built-in :func:`exec` unchanged; nothing here can fail a run.

This is installed once, when the :mod:`perflint` package is first imported, and applies to every
dataclass created afterwards in the process, perflint's or not: the functions are the same, only
their compilation is remembered.
"""

from __future__ import annotations

import builtins
import sys
from typing import Any

from perflint.data.kept import KeptAcrossRuns

_FORMAT = 2  # bump when the file's layout or what it keeps changes
# Dataclasses of the packages every run of the command line imports. A class anywhere else (a test
# framework's, a plugin's, a program's that imports perflint) compiles as usual, so the store
# does not grow with whatever else shares the process, and a run reads only what it uses.
KEPT_PACKAGES = frozenset({"perflint", "typer", "rich"})


class ClassCode(KeptAcrossRuns):
    """Code objects by source text."""

    name = "classcode"
    suffix = "marshal"

    def tag(self) -> bytes:
        from importlib.util import MAGIC_NUMBER

        return b"%d\0%s\0%s" % (_FORMAT, sys.version.encode(), MAGIC_NUMBER)

    def encode(self, entries: dict[Any, Any]) -> bytes:
        import marshal

        return marshal.dumps(entries)

    def decode(self, raw: bytes) -> Any:
        import marshal

        return marshal.loads(raw)

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """:func:`exec`, with the code of a source text compiled once across runs."""
        if type(source) is not str:
            builtins.exec(source, globals, locals)
            return
        if globals is None or not _kept(globals):
            # compiled here as exec would compile it in dataclasses' own frame: a string passed
            # on from this module would inherit its ``from __future__ import annotations``
            builtins.exec(compile(source, "<string>", "exec", dont_inherit=True), globals, locals)
            return
        code = self.entries().get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.keep(source, code)
        else:
            self.used.add(source)
        builtins.exec(code, globals, locals)


def _kept(namespace: Any) -> bool:
    """Whether the class being made belongs to :data:`KEPT_PACKAGES` (``dataclasses`` runs its
    generated code in the namespace of the class's module)."""
    name = namespace.get("__name__") if isinstance(namespace, dict) else None
    return isinstance(name, str) and name.partition(".")[0] in KEPT_PACKAGES


def applies() -> bool:
    """Whether the store can stand in for :mod:`dataclasses`' ``exec``: CPython (its code
    objects and :mod:`marshal`), and a :mod:`dataclasses` that calls the built-in by name."""
    import dataclasses

    return sys.implementation.name == "cpython" and "exec" not in vars(dataclasses)


def install() -> ClassCode | None:
    """Let :mod:`dataclasses` compile through a store (see the module docstring)."""
    if not applies():
        return None
    import dataclasses

    store = ClassCode()
    dataclasses.exec = store.exec  # type: ignore[attr-defined]
    _install_is_type(dataclasses)
    return store


def uninstall() -> None:
    """Give :mod:`dataclasses` back the built-in and its own ``_is_type`` (tests)."""
    import dataclasses

    vars(dataclasses).pop("exec", None)
    original = getattr(dataclasses._is_type, "__wrapped_is_type__", None)  # type: ignore[attr-defined]
    if original is not None:
        dataclasses._is_type = original  # type: ignore[attr-defined]


# The parameters of dataclasses._is_type in every CPython from 3.7 on, whose body is the one
# is_type() below repeats; another one (a future change, another implementation) is left alone.
_IS_TYPE_PARAMETERS = ("annotation", "cls", "a_module", "a_type", "is_type_predicate")


def _install_is_type(dataclasses: Any) -> None:
    """Give :mod:`dataclasses` an ``_is_type`` that splits each annotation string once a process.

    With ``from __future__ import annotations`` every annotation is a string, and a dataclass
    asks ``_is_type`` of each field three times (is it ``KW_ONLY``, a ``ClassVar``, an
    ``InitVar``?), each time matching the string with a regular expression and taking its two
    groups: about a tenth of building a dataclass, for the same few hundred strings (``str``,
    ``int``, ``tuple[str, ...]``). The function below is ``dataclasses._is_type`` with that match
    remembered by the string; everything after it (the namespace looked up, the predicate asked)
    is as before, so every answer is the same."""
    original = getattr(dataclasses, "_is_type", None)
    pattern = getattr(dataclasses, "_MODULE_IDENTIFIER_RE", None)
    code = getattr(original, "__code__", None)
    if (pattern is None or code is None or hasattr(original, "__wrapped_is_type__")
            or code.co_varnames[:5] != _IS_TYPE_PARAMETERS or code.co_argcount != 5):
        return
    match = pattern.match
    parts: dict[str, tuple[str | None, str] | None] = {}
    modules = sys.modules

    def is_type(annotation: Any, cls: Any, a_module: Any, a_type: Any, is_type_predicate: Any) -> bool:
        try:
            found = parts[annotation]
        except KeyError:
            m = match(annotation)
            found = parts[annotation] = (m.group(1), m.group(2)) if m else None
        except TypeError:  # not hashable: not a string, let the original answer
            return original(annotation, cls, a_module, a_type, is_type_predicate)  # type: ignore[misc]
        if found is None:
            return False
        module_name, name = found
        ns = None
        if not module_name:
            ns = modules.get(cls.__module__).__dict__  # type: ignore[union-attr]
        else:
            module = modules.get(cls.__module__)
            if module and module.__dict__.get(module_name) is a_module:
                ns = modules.get(a_type.__module__).__dict__  # type: ignore[union-attr]
        return bool(ns and is_type_predicate(ns.get(name), a_module))

    is_type.__wrapped_is_type__ = original  # type: ignore[attr-defined]
    dataclasses._is_type = is_type
