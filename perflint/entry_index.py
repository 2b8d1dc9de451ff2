"""The entry points of perflint's check group, kept across runs.

Every run finds its checks through the ``perflint.checks`` entry-point group, the door a
third-party package uses too. Asking :mod:`importlib.metadata` costs a one-draft run about 20 ms
of its ~250: importing it (``email``, ``zipfile``, ``csv`` …) and reading the metadata of every
installed distribution. What it answers changes only when a distribution is installed, upgraded
or removed, and each of those creates or deletes a ``*.dist-info`` folder in a folder of
``sys.path``.

So the answer is kept in the user's cache folder (:class:`perflint.data.kept.KeptAcrossRuns`),
under a key made of every ``sys.path`` entry and the metadata folders in it with their
modification times, and each answering distribution's ``entry_points.txt`` is checked again on
use (an entry point edited in place). A run whose key is in the store imports nothing of
:mod:`importlib.metadata`; any other run asks it as before and keeps the answer. When the
answer cannot be kept faithfully (a distribution that is not a folder on disk, an import hook
that provides distributions of its own, no cache folder), nothing is kept and every run asks.
"""

from __future__ import annotations

import importlib
import os
import sys
from importlib.machinery import PathFinder
from typing import Any

from perflint.data.kept import KeptAcrossRuns

_FORMAT = 1  # bump when what an entry holds changes


class KeptEntryPoint:
    """What perflint uses of an :class:`importlib.metadata.EntryPoint`, and the name of the
    distribution that declares it (read once, when the entry was kept)."""

    __slots__ = ("name", "value", "group", "distribution_name")

    def __init__(self, name: str, value: str, group: str, distribution_name: str) -> None:
        self.name = name
        self.value = value
        self.group = group
        self.distribution_name = distribution_name

    @property
    def module(self) -> str:
        return self.value.partition(":")[0].strip()

    @property
    def attr(self) -> str | None:
        attr = self.value.partition(":")[2].partition("[")[0].strip()
        return attr or None

    def load(self) -> Any:
        """The object named, as :meth:`importlib.metadata.EntryPoint.load` finds it."""
        obj: Any = importlib.import_module(self.module)
        for part in (self.attr or "").split("."):
            if part:
                obj = getattr(obj, part)
        return obj

    def __repr__(self) -> str:
        return f"KeptEntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"


class EntryPointIndex(KeptAcrossRuns):
    """Entry points by (group, ``sys.path`` with modification times)."""

    name = "entrypoints"
    MAX_ENTRIES = 64  # one per interpreter and path layout; a test run's temporary ones age out

    def tag(self) -> bytes:
        return b"%d\0%s\0%s" % (_FORMAT, sys.version.encode(), sys.prefix.encode())


_INDEX = EntryPointIndex()


def entry_points(group: str, distribution_name: Any, index: EntryPointIndex | None = None) -> list[Any]:
    """The entry points of ``group``: kept ones when the store still holds this layout, else
    :func:`importlib.metadata.entry_points`'s (kept for the next run when that is faithful).

    ``distribution_name(ep)`` names the distribution that declares ``ep`` (the engine's reading
    of its metadata), so that a kept entry point carries it without the metadata."""
    index = _INDEX if index is None else index
    key = _layout(group)
    if key is not None:
        kept = index.entries().get(key)
        if kept is not None and _still_valid(kept[1]):
            index.used.add(key)
            return [KeptEntryPoint(name, value, group, dist) for name, value, dist in kept[0]]
    from importlib.metadata import entry_points as found_entry_points

    found = list(found_entry_points(group=group))
    if key is not None:
        entry = _entry(found, distribution_name)
        if entry is not None:
            index.keep(key, entry)
    return found


def _layout(group: str) -> tuple[Any, ...] | None:
    """The key: ``group``, then for each ``sys.path`` entry the metadata folders it holds
    (``*.dist-info``, ``*.egg-info``) with their modification times, or the entry's own time when
    it is not a folder (a zip file); None when an import hook provides distributions of its own.

    The folders' names and times, not the entry's time: installing, upgrading or removing a
    distribution creates or deletes its metadata folder, while a working folder on ``sys.path``
    (``python -m perflint`` puts the current one there) changes with every file saved in it."""
    for finder in sys.meta_path:
        if hasattr(finder, "find_distributions") and finder is not PathFinder:
            return None
    layout: list[Any] = [group]
    for entry in sys.path:
        if not isinstance(entry, str):
            return None
        path = entry or "."
        try:
            names = os.listdir(path)
        except OSError:
            layout.append((os.path.abspath(path), _mtime(path)))
            continue
        infos = tuple(sorted((name, _mtime(os.path.join(path, name))) for name in names
                             if name.endswith((".dist-info", ".egg-info"))))
        layout.append((os.path.abspath(path), infos))
    return tuple(layout)


def _entry(found: list[Any], distribution_name: Any) -> tuple[Any, ...] | None:
    """What is kept for ``found``, or None when it cannot be kept faithfully."""
    points, files = [], {}
    for ep in found:
        folder = getattr(getattr(ep, "dist", None), "_path", None)
        if folder is None or not os.path.isdir(str(folder)):
            return None  # a distribution in a zip file or from a hook: ask every time
        points.append((ep.name, ep.value, distribution_name(ep)))
        path = os.path.join(str(folder), "entry_points.txt")
        files[path] = _mtime(path)
    return tuple(points), tuple(sorted(files.items()))


def _still_valid(files: tuple[tuple[str, int | None], ...]) -> bool:
    return all(_mtime(path) == mtime for path, mtime in files)


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None
