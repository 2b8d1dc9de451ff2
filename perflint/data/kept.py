"""Results of compilations kept in the user's cache folder from one run to the next.

Two start-up costs are compilations whose results never change between runs of one Python build:
the regular-expression compiler's code for perflint's patterns (:mod:`perflint.text.patterns`)
and the bytecode of the dataclasses' generated methods (:mod:`perflint.classcode`). Each keeps
its results in one file of the cache folder (:func:`perflint.data.cache_dir`), named by a hash
of what makes an entry valid (the Python build, the engine's version): the file is read once
per process, on first use, and written back at exit when the process added entries. A missing,
unreadable or foreign file, a cache folder turned off or read-only: the process compiles as if
there were no store, and nothing fails.
"""

from __future__ import annotations

import atexit
from pathlib import Path
from typing import Any

USER = "user"  # the folder: perflint.data.cache_dir(), looked up on first use


class KeptAcrossRuns:
    """A dict of entries read from, and written back to, one file of the cache folder.

    A subclass names its file (:attr:`name`, :meth:`tag`) and how entries are turned into bytes
    and back (:meth:`encode`, :meth:`decode`)."""

    MAX_ENTRIES = 4096  # past this, only the entries this process used are written back
    name = "kept"  # the file is ``<name>-<hash of tag()>.<suffix>``
    suffix = "pickle"

    def __init__(self, folder: Path | str | None = USER) -> None:
        self.folder = folder
        self.path: Path | None = None
        self._entries: dict[Any, Any] | None = None
        self.used: set[Any] = set()
        self.added = 0

    def tag(self) -> bytes:
        """What an entry depends on besides its key (the interpreter's build, a format)."""
        raise NotImplementedError

    def encode(self, entries: dict[Any, Any]) -> bytes:
        from perflint.data import pickle_dumps

        return pickle_dumps(entries)

    def decode(self, raw: bytes) -> Any:
        try:
            from _pickle import loads
        except ImportError:  # pragma: no cover - an interpreter without the C pickler
            from pickle import loads
        return loads(raw)

    def entries(self) -> dict[Any, Any]:
        """The stored entries, read on the first call."""
        if self._entries is None:
            self._entries = {}
            try:
                self._load()
            except Exception:  # unreadable, truncated or not ours: start empty
                self._entries = {}
        return self._entries

    def _load(self) -> None:
        from perflint.data import sha256_hex

        if self.folder == USER:
            from perflint.data import cache_dir

            self.folder = cache_dir()
        if not isinstance(self.folder, Path):
            return
        self.path = self.folder / f"{self.name}-{sha256_hex(self.tag())[:32]}.{self.suffix}"
        if self.path.exists():
            loaded = self.decode(self.path.read_bytes())
            if isinstance(loaded, dict):
                self._entries = loaded

    def keep(self, key: Any, value: Any) -> None:
        """Add an entry, written at exit (or by :meth:`write`); nothing when there is no file."""
        entries = self.entries()
        if self.path is None:
            return
        if not self.added:
            atexit.register(self.write)
        entries[key] = value
        self.used.add(key)
        self.added += 1

    def write(self) -> None:
        """Store the entries (atomically: another process may read or write the same file)."""
        if not self.added or self.path is None:
            return
        from perflint.data import store_bytes

        entries = self.entries()
        if len(entries) > self.MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
        try:
            store_bytes(self.path, self.encode(entries))
        except Exception:  # an entry that cannot be encoded: the next run compiles it again
            pass
        self.added = 0
