"""Compiled code of perflint's own modules, kept in one file across runs of the command line.

A one-draft run imports about 230 of perflint's modules (the engine, the readers, ~95 rules and
the extract modules they read). Python's import machinery spends about 300,000 instructions on
each, however small: the path finder looks the name up in its folder listing, the loader
computes where the ``.pyc`` lives, stats the source, reads the ``.pyc``, checks its header and
unmarshals it, mostly in Python-level code. Half of that is the finding and reading, which this
module spares: 34 M instructions of a cold start (828 M at the time).

:func:`install` puts a finder first on :data:`sys.meta_path` that answers only for modules named
``perflint.…``. It keeps, in the user's cache folder (:class:`perflint.data.kept.KeptAcrossRuns`:
one :mod:`marshal` file named by the exact Python build, its bytecode magic number, the
optimisation level and the folder perflint is installed in), each module's code object with what
it was made from: the source file, its modification time in nanoseconds and its size, and the
folder of its parent package's search path it was found in. A later run is given the kept code
when all of these still hold (one ``os.stat`` of the source and a dictionary lookup) and
otherwise imports the module as Python would, through :class:`importlib.machinery.PathFinder`,
keeping what the standard loader compiled or read for the next run. What a module receives is
what the standard import would give it: the same ``__file__``, ``__cached__``, ``__path__``,
``__spec__.origin``, and a :class:`importlib.machinery.SourceFileLoader` (a subclass whose only
change is where ``get_code`` finds the code), so resources, ``inspect`` and tracebacks work as
before. Anything unusual (a module that is not a ``.py`` file in a folder, a path that is not a
list of folder names, no cache folder) goes to the standard machinery unchanged; nothing here
can fail a run.

Installed by the command line only (:mod:`perflint.entry`): a program that imports perflint as a
library, and the tests, import it as Python does.
"""

from __future__ import annotations

import marshal
import os
import sys
from importlib.machinery import ModuleSpec, PathFinder, SourceFileLoader
from types import ModuleType
from typing import Any

from perflint.data.kept import KeptAcrossRuns
from perflint.module_lookup import PlainLookupModule

_FORMAT = 1  # bump when an entry's layout changes
PREFIX = "perflint."


class ModuleCode(KeptAcrossRuns):
    """Entries by module name: ``(location, origin, cached, mtime_ns, size, is_package, code)``
    with ``code`` the module's code object marshalled (unmarshalled only when imported)."""

    name = "modules"
    suffix = "marshal"
    MAX_ENTRIES = 1024  # perflint has about 300 modules

    def tag(self) -> bytes:
        from importlib.util import MAGIC_NUMBER

        home = os.path.dirname(os.path.abspath(__file__))
        # -O and -OO compile other code (asserts, docstrings) into other .pyc files
        flavour = f"{sys.flags.optimize}\0{sys.pycache_prefix}".encode()
        return b"%d\0%s\0%s\0%s\0%s" % (_FORMAT, sys.version.encode(), MAGIC_NUMBER, os.fsencode(home), flavour)

    def encode(self, entries: dict[Any, Any]) -> bytes:
        return marshal.dumps(entries)

    def decode(self, raw: bytes) -> Any:
        return marshal.loads(raw)


class KeptSourceLoader(SourceFileLoader):
    """The standard loader of a ``.py`` file, whose code comes from the store when it still
    fits the file, and goes to the store when the standard loading had to read it."""

    def __init__(self, fullname: str, path: str, store: ModuleCode, location: str,
                 kept: bytes | None = None) -> None:
        super().__init__(fullname, path)
        self._store = store
        self._location = location
        self._kept = kept

    def create_module(self, spec: ModuleSpec) -> Any:
        """A kept module's object with the attributes the import system would set already set:
        it then sets none (each of its tests of a missing attribute raises and catches an
        :class:`AttributeError`, about 18,000 instructions a module). Otherwise the default.

        Made of :class:`perflint.module_lookup.PlainLookupModule` from the start: every later
        ``from perflint.x import name`` of the start-up then finds it with no exception made (the
        import system asks each module it returns for ``__path__``); a module that turns out to
        define ``__getattr__`` gets the module class back (:meth:`exec_module`)."""
        if self._kept is None or spec.loader is not self:
            return None
        module = PlainLookupModule(spec.name)
        module.__loader__ = self
        module.__package__ = spec.parent
        module.__spec__ = spec
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
        return module

    def exec_module(self, module: ModuleType) -> None:
        super().exec_module(module)
        if type(module) is PlainLookupModule and "__getattr__" in module.__dict__:
            module.__class__ = ModuleType  # PEP 562: its lookup must call the module's __getattr__

    def get_code(self, fullname: str) -> Any:
        if self._kept is not None and fullname == self.name:
            try:
                return marshal.loads(self._kept)
            except Exception:  # a damaged entry: read the module as Python does
                self._kept = None
        try:
            st = os.stat(self.path)
        except OSError:
            return super().get_code(fullname)
        code = super().get_code(fullname)
        if fullname == self.name and code is not None:
            try:
                package = self.is_package(fullname)
                entry = (self._location, self.path, _cached(self.path), st.st_mtime_ns, st.st_size, package,
                         marshal.dumps(code))
                self._store.keep(fullname, entry)
            except Exception:  # a code object marshal cannot write: the next run reads it again
                pass
        return code


class KeptModuleFinder:
    """A meta-path finder for perflint's own modules (see the module docstring)."""

    def __init__(self, store: ModuleCode | None = None, prefix: str = PREFIX) -> None:
        self.store = ModuleCode() if store is None else store
        self.prefix = prefix  # the submodules of one package (tests use their own)

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if not fullname.startswith(self.prefix) or not isinstance(path, list):
            return None
        try:
            entry = self.store.entries().get(fullname)
            if entry is not None:
                spec = self._kept_spec(fullname, path, entry)
                if spec is not None:
                    self.store.used.add(fullname)
                    return spec
            return self._found_spec(fullname, path, target)
        except Exception:  # never fail an import here: the next finder (PathFinder) answers
            return None

    def _kept_spec(self, fullname: str, path: list[Any], entry: Any) -> ModuleSpec | None:
        location, origin, cached, mtime_ns, size, package, code = entry
        if location not in path:
            return None  # another checkout, or a parent package found elsewhere this time
        try:
            st = os.stat(origin)
        except OSError:
            return None
        if st.st_mtime_ns != mtime_ns or st.st_size != size:
            return None
        loader = KeptSourceLoader(fullname, origin, self.store, location, code)
        spec = ModuleSpec(fullname, loader, origin=origin, is_package=package)
        spec.has_location = True
        spec.cached = cached
        if package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
        return spec

    def _found_spec(self, fullname: str, path: list[Any], target: Any) -> ModuleSpec | None:
        """The standard finder's spec, its loader made to keep the code it reads."""
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or type(spec.loader) is not SourceFileLoader or not isinstance(spec.origin, str):
            return spec
        package = spec.submodule_search_locations is not None
        location = os.path.dirname(os.path.dirname(spec.origin) if package else spec.origin)
        if location not in path:
            return spec
        spec.loader = KeptSourceLoader(fullname, spec.origin, self.store, location)
        return spec

    def invalidate_caches(self) -> None:
        """Nothing to forget: every entry is checked against its file when used."""


def _cached(origin: str) -> str | None:
    from importlib.util import cache_from_source

    try:
        return cache_from_source(origin)
    except NotImplementedError:
        return None


def install() -> KeptModuleFinder | None:
    """Put the finder first on :data:`sys.meta_path` (once); None where it cannot apply (not
    CPython, whose code objects :mod:`marshal` writes)."""
    if sys.implementation.name != "cpython":
        return None
    for finder in sys.meta_path:
        if isinstance(finder, KeptModuleFinder):
            return finder
    finder = KeptModuleFinder()
    sys.meta_path.insert(0, finder)
    return finder


def uninstall() -> None:
    """Take the finder off :data:`sys.meta_path` (tests)."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, KeptModuleFinder)]
