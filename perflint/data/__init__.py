"""Data files (phrase lists, vocabularies, unit tables) shipped with perflint.

Rules that are really data live here as YAML so that changing a phrase needs no code change.

Parsing them is slow (ruamel's pure-Python parser takes about half a second for all of them, more
than the rest of a one-draft run), so each file's parsed value is kept in the user's cache folder
as a pickle named by the YAML file's stamp (its path, modification time in nanoseconds and size,
as Python's own ``.pyc`` files are checked against their source) and perflint's version: a run
stats the YAML file and unpickles, and reads and parses it only when the file changed. Hashing
the YAML text instead cost every run about 14 M instructions (1.7 % of a one-draft cold start)
for the ~300 KB of data a run loads; a file that is not on disk (a zip, an import hook) is still
named by a hash of its text. A cache on first use rather than files compiled at build time,
because an editable install (and anyone tuning a phrase list) edits the YAML in place, and the
cache folder being absent or read-only only costs the parse. ``PERFLINT_CACHE_DIR`` moves the
cache; ``PERFLINT_CACHE_DIR=""`` turns it off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

_FORMAT = 2  # bump when the cache's layout or its entries' names change
T = TypeVar("T")

try:  # the C pickler and SHA-256 themselves: see sha256_hex and the pickle functions below
    from _pickle import dumps as _pickle_dumps
    from _pickle import load as _pickle_load
    from _pickle import loads as _pickle_loads
except ImportError:  # pragma: no cover - an interpreter without the C pickler
    from pickle import dumps as _pickle_dumps
    from pickle import load as _pickle_load
    from pickle import loads as _pickle_loads
_PICKLE_PROTOCOL = 5  # pickle.HIGHEST_PROTOCOL of every Python perflint supports


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data`` in hexadecimal, as ``hashlib.sha256(data).hexdigest()``.

    Every run names its cache files by such a digest. :mod:`hashlib` loads OpenSSL's library
    when it is imported (about 12 M instructions, 1.4 % of a one-draft run's cold start), while
    CPython's own SHA-256 module, built in, gives the same digest; :mod:`hashlib` is asked
    only when that module is not there."""
    try:
        from _sha256 import sha256  # CPython 3.10-3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[no-redef]  # CPython 3.12+
        except ImportError:  # pragma: no cover - another implementation
            from hashlib import sha256
    return sha256(data).hexdigest()


def pickle_dumps(value: Any) -> bytes:
    """``pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)``, from the C pickler itself:
    the :mod:`pickle` module around it imports :mod:`struct`, :mod:`re` and its own Python
    pickler, about 8 M instructions of a cold start that only reads the cache."""
    return _pickle_dumps(value, protocol=_PICKLE_PROTOCOL)


def pickle_load(fh: Any) -> Any:
    """``pickle.load(fh)``, from the C pickler (see :func:`pickle_dumps`)."""
    return _pickle_load(fh)


def pickle_loads(raw: bytes) -> Any:
    """``pickle.loads(raw)``, from the C pickler (see :func:`pickle_dumps`)."""
    return _pickle_loads(raw)


def cache_dir() -> Path | None:
    """Where parsed data is cached, or None when caching is turned off."""
    configured = os.environ.get("PERFLINT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "perflint"


@cache
def load(name: str) -> Any:
    """Load ``perflint/data/<name>.yaml`` (cached; the files are small and read-only). A file is
    checked against its shape (:mod:`perflint.data.shapes`) whenever it is parsed; the cache
    holds only what passed, under a name that changes with the file and the shapes."""
    return _load(name)


def _load(name: str) -> Any:
    path = _entry_path(name, _data_stamp(f"{name}.yaml"))
    if path is None:
        return _parse(_raw(name), name)
    try:
        with open(path, "rb") as fh:
            return pickle_load(fh)
    except Exception:  # missing, unreadable or truncated: parse and try to store it
        pass
    value = _parse(_raw(name), name)
    store(path, value)
    return value


def derived(name: str, build: Callable[[Any], T], builder_file: str) -> T:
    """``build(load(name))``, kept in the cache folder beside the parsed data.

    Some data is used only through an index built from it: the terms vocabulary's near-miss
    index takes ~12 ms to build, a third of checking a short draft, at every start. The entry
    is named like the parsed data's and also by the stamp of ``builder_file`` (the module that
    defines ``build``), so editing the data or the builder builds the index again. ``build``
    must return something :mod:`pickle` can store; whatever goes wrong, it is simply called.
    Each call reads and unpickles the cache file: call it once per process (``functools.cache``
    on the caller), never once per draft.
    """
    try:
        code = file_stamp(builder_file)
    except OSError:
        return build(load(name))
    path = _entry_path(f"{name}.{Path(builder_file).stem}", _data_stamp(f"{name}.yaml") + b"\0" + code)
    if path is not None:
        try:
            with open(path, "rb") as fh:
                return pickle_load(fh)
        except Exception:  # missing, unreadable or truncated: build and try to store it
            pass
    value = build(load(name))
    if path is not None:
        store(path, value)
    return value


def _raw(name: str) -> bytes:
    return _data_file(f"{name}.yaml")


def _data_file(name: str) -> bytes:
    """The bytes of one of the package's data files.

    Read beside this module when the package is a folder on disk (every install pip makes):
    :mod:`importlib.resources` gives the same bytes but its import costs a cold start a few
    milliseconds; it is asked only when the package is not a folder (a zip, an import hook)."""
    folder = os.path.dirname(__file__) if __file__ else ""
    if folder and os.path.isdir(folder):
        with open(os.path.join(folder, name), "rb") as fh:
            return fh.read()
    from importlib.resources import files

    return files(__name__).joinpath(name).read_bytes()


def file_stamp(path: str) -> bytes:
    """What a file's cached results are named by: its path, modification time in nanoseconds and
    size (what Python checks a ``.pyc`` against). Raises :class:`OSError` for a missing file."""
    st = os.stat(path)
    return b"%s\0%d\0%d" % (os.fsencode(path), st.st_mtime_ns, st.st_size)


def _data_stamp(name: str) -> bytes:
    """The stamp of one of the package's data files (:func:`file_stamp`), or a hash of its bytes
    when it is not a file on disk (a zip, an import hook: see :func:`_data_file`)."""
    folder = os.path.dirname(__file__) if __file__ else ""
    if folder:
        try:
            return file_stamp(os.path.join(folder, name))
        except OSError:
            pass
    return b"sha256\0" + sha256_hex(_data_file(name)).encode()


def _entry_path(name: str, stamp: bytes) -> Path | None:
    """Where the cached value of a data file lives (``None``: caching is off), named by a hash of
    the file's ``stamp`` (:func:`_data_stamp`), the shapes it is checked against, perflint's
    version and the Python build."""
    folder = cache_dir()
    if folder is None:
        return None
    from perflint import __version__

    digest = sha256_hex(b"%d\0%s\0%s\0" % (_FORMAT, __version__.encode(), sys.version.encode())
                        + _shapes_digest() + b"\0" + stamp)
    return folder / f"{name}-{digest[:32]}.pickle"


@cache
def _shapes_digest() -> bytes:
    """The stamp of the shapes file, taken once a process (as :func:`perflint.data.shapes.shapes`
    reads it once): each data file's entry is named by it."""
    return _data_stamp("shapes.json")


def _parse(raw: bytes, name: str) -> Any:
    from ruamel.yaml import YAML  # only on a cache miss: the import itself costs a start-up

    from perflint.data.shapes import check_shape

    value = YAML(typ="safe", pure=True).load(raw.decode("utf-8"))
    check_shape(name, value)
    return value


def store(path: Path, value: Any) -> None:
    """Pickle ``value`` to ``path`` atomically (another process may read or write the same
    entry); never fail a run."""
    store_bytes(path, pickle_dumps(value))


def store_bytes(path: Path, raw: bytes) -> None:
    """Write ``raw`` to ``path`` atomically, through a temporary file in the same folder;
    never fail a run (an unwritable cache folder only costs the next run the work)."""
    import tempfile  # only when something is stored: most runs only read the cache

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        new = not path.exists()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        if new:
            prune_versions(path)
    except (OSError, ValueError):
        pass


KEPT_VERSIONS = 8  # files of one kind kept in the cache folder (several perflint installs may share it)


def prune_versions(path: Path, keep: int = KEPT_VERSIONS) -> None:
    """Remove the oldest files of ``path``'s kind past the ``keep`` most recently written.

    Each kind of stored data is one file named ``<kind>-<hash>.<suffix>``, the hash naming what
    the content depends on (the data file, perflint's version, the Python build). An upgrade or
    an edited data file starts a new file and leaves the old one behind: without pruning, the
    cache folder grew by about 1.5 MB with every version ever run. Keeping several per kind
    lets installs that share the folder (a project's virtualenv, a pre-commit environment) go
    on without rewriting each other's files; one that lost its file only compiles it again."""
    kind, _, rest = path.name.rpartition("-")
    suffix = rest.partition(".")[2]
    if not kind or not suffix:
        return
    siblings = []
    for other in path.parent.glob(f"{kind}-*.{suffix}"):
        head, _, tail = other.name.rpartition("-")
        digest = tail[:-len(suffix) - 1]
        if head == kind and len(digest) == 32 and all(c in "0123456789abcdef" for c in digest):
            try:
                siblings.append((other.stat().st_mtime, other))
            except OSError:
                continue
    siblings.sort(reverse=True)
    for _mtime, other in siblings[keep:]:
        if other != path:
            try:
                other.unlink()
            except OSError:
                pass
