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
    return store


def uninstall() -> None:
    """Give :mod:`dataclasses` back the built-in (tests)."""
    import dataclasses

    vars(dataclasses).pop("exec", None)
