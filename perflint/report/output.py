"""``--output FILE``: write a report (or a baseline) atomically, and never over an input.

The text goes to a temporary file in the target's folder and is moved into place with
:func:`os.replace`, so a reader (a CI step, an editor) never sees half a report and a failed run
leaves the previous file intact.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from perflint.catalogue import Msg, msg, render


class OutputError(Exception):
    """The output file cannot or must not be written: :meth:`render` in a language, ``str()`` in English."""

    def __init__(self, message: Msg) -> None:
        self.reason_msg = message
        super().__init__(render(message, "en"))

    def render(self, lang: str) -> str:
        return render(self.reason_msg, lang)


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
            raise OutputError(msg("output.is_input", target=target))
    if target.is_dir():
        raise OutputError(msg("output.is_folder", target=target))
    if not target.resolve().parent.is_dir():
        raise OutputError(msg("output.no_folder", target=target, folder=target.resolve().parent))


def write_atomic(target: Path, text: str) -> None:
    with atomic_stream(target) as fh:
        fh.write(text)


@contextmanager
def atomic_stream(target: Path) -> Iterator[TextIO]:
    """A text stream into a temporary file beside ``target``, moved over it when the block ends
    without an exception (and removed when it ends with one): a report can be written as the
    run goes and still appear whole or not at all."""
    folder = target.resolve().parent
    if not folder.is_dir():
        raise OutputError(msg("output.no_folder", target=target, folder=folder))
    import tempfile  # only for --output: a run that prints to the terminal does not load it

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
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
            from perflint.safety import os_reason

            raise OutputError(msg("output.cannot_write", target=target, reason=os_reason(exc))) from None
        raise
