"""What perflint promises about its inputs, in one place: read-only, bounded, never a traceback.

- An input is opened read-only and without blocking, and only a *regular* file is read: a FIFO,
  a socket or a device given as a path (``/dev/zero``, a named pipe) is refused at once instead of
  hanging or reading without end. A file larger than ``--max-size`` is refused before it is read.
- Every message perflint prints carries user text (paths, values, arguments): it is printed as
  plain text, never as rich markup, so ``scan[v2].txt`` or ``a[/b].txt`` stay as written.
- A file name that is not valid UTF-8 is shown with its bad bytes escaped (``\\xff``), so every
  reporter can write it.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from perflint.read.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from perflint.model import Document

DEFAULT_MAX_SIZE = 50 * 2**20  # bytes; ``--max-size``
_UNITS = {"": 1, "B": 1, "K": 2**10, "KB": 2**10, "KIB": 2**10, "M": 2**20, "MB": 2**20, "MIB": 2**20,
          "G": 2**30, "GB": 2**30, "GIB": 2**30}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*")


def parse_size(text: str) -> int:
    """``50MB`` ``200k`` ``1048576`` → bytes; ``0`` means no limit. Raises ValueError otherwise."""
    m = _SIZE.fullmatch(text)
    if not m or m.group(2).upper() not in _UNITS:
        raise ValueError(f"{text!r} is not a size (e.g. 50MB, 200KB, 1048576)")
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def human_size(n: int) -> str:
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def display_name(path: Path | str) -> str:
    """The path as text every output can carry: undecodable bytes shown as ``\\xNN`` escapes."""
    name = os.fspath(path)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file: save the draft to a file and lint that"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    return "is not a regular file"


def read_input(path: Path, name: str, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of a regular file, read-only; :class:`InputError` for anything else.

    The file is opened with ``O_NONBLOCK`` (opening a FIFO never waits for a writer) and checked
    with ``fstat`` on the open descriptor, so what is checked is what is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except PermissionError:
        raise InputError(name, "permission denied: perflint cannot read this file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, _kind(info.st_mode))
        if max_size and info.st_size > max_size:
            raise InputError(name, f"the file is {human_size(info.st_size)}, larger than the limit of "
                                   f"{human_size(max_size)}: split the draft, or raise the limit with --max-size")
        chunks = []
        remaining = (max_size or info.st_size) + 1  # a file growing while read stops at the limit
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        raw = b"".join(chunks)
        if max_size and len(raw) > max_size:
            raise InputError(name, f"the file is larger than the limit of {human_size(max_size)}: "
                                   "split the draft, or raise the limit with --max-size")
        return raw
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def say(console: Console, message: str, style: str | None = None) -> None:
    """Print ``message`` as plain text: brackets in it are never rich markup."""
    from rich.text import Text

    console.print(Text(message, style=style or ""), soft_wrap=True)


def load_input(path: Path, max_size: int = DEFAULT_MAX_SIZE, debug: Console | None = None) -> Document:
    """:func:`perflint.read.loader.load`, with a failure inside an importer turned into an
    :class:`InputError` naming the file (its traceback printed on ``debug`` when given)."""
    from perflint.read.loader import load

    try:
        return load(path, max_size)
    except InputError:
        raise
    except (Exception, RecursionError) as exc:  # a bug in an importer: reported, never a traceback
        if debug is not None:
            import traceback

            say(debug, traceback.format_exc())
        reason = f"{type(exc).__name__}: {exc}"
        reason = reason if len(reason) <= 300 else reason[:300] + "…"
        raise InputError(display_name(path), f"perflint internal error while reading this file ({reason}); "
                                             "please report it (run with --debug for details)") from None
