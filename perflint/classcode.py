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
from pathlib import Path
from typing import Any

_FORMAT = 1  # bump when the file's layout changes
MAX_ENTRIES = 4096  # past this, only the entries this process used are written back


class ClassCode:
    """Code objects by source text, read once per process and written at exit when new."""

    def __init__(self, folder: Path | None | str = "user") -> None:
        self.folder = folder  # "user": ``perflint.data.cache_dir()``, looked up on first use
        self.path: Path | None = None
        self._entries: dict[str, Any] | None = None
        self.used: set[str] = set()
        self.added = 0

    def entries(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = {}
            try:
                self._load()
            except Exception:  # unreadable, truncated or not ours: start empty
                self._entries = {}
        return self._entries

    def _load(self) -> None:
        import hashlib
        import marshal
        from importlib.util import MAGIC_NUMBER

        if self.folder == "user":
            from perflint.data import cache_dir

            self.folder = cache_dir()
        if not isinstance(self.folder, Path):
            return
        tag = b"%d\0%s\0%s" % (_FORMAT, sys.version.encode(), MAGIC_NUMBER)
        self.path = self.folder / f"classcode-{hashlib.sha256(tag).hexdigest()[:32]}.marshal"
        if self.path.exists():
            loaded = marshal.loads(self.path.read_bytes())
            if isinstance(loaded, dict):
                self._entries = loaded

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """:func:`exec`, with the code of a source text compiled once across runs."""
        if type(source) is not str or globals is None:
            builtins.exec(source, globals, locals)
            return
        entries = self.entries()
        code = entries.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if self.path is not None:
                if not self.added:
                    import atexit

                    atexit.register(self.write)
                entries[source] = code
                self.added += 1
        self.used.add(source)
        builtins.exec(code, globals, locals)

    def write(self) -> None:
        """Store the entries (atomically, as :func:`perflint.data.store` does); never fail a run."""
        if not self.added or self.path is None:
            return
        import marshal
        import os
        import tempfile

        entries = self.entries()
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(marshal.dumps(entries))
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass
        self.added = 0


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
