"""``--output FILE``: write a report (or a baseline) atomically, and never over an input.

The text goes to a temporary file in the target's folder and is moved into place with
:func:`os.replace`, so a reader (a CI step, an editor) never sees half a report and a failed run
leaves the previous file intact.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """The output file cannot or must not be written."""


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_target(target: Path, inputs: Iterable[Path]) -> None:
    """Refuse a target that is one of the inputs (a report must never replace a draft)."""
    for path in inputs:
        if _same(target, path):
            raise OutputError(f"refusing to write {target}: it is one of the input files")
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if not target.resolve().parent.is_dir():
        raise OutputError(f"cannot write {target}: folder {target.resolve().parent} does not exist")


def write_atomic(target: Path, text: str) -> None:
    folder = target.resolve().parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        raise
