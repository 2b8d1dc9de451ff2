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
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from perflint.catalogue import Msg, msg
from perflint.read.errors import InputError
from perflint.text.patterns import lazy_compile

if TYPE_CHECKING:
    from rich.console import Console

    from perflint.model import Document

DEFAULT_MAX_SIZE = 50 * 2**20  # bytes; ``--max-size``
_UNITS = {"": 1, "B": 1, "K": 2**10, "KB": 2**10, "KIB": 2**10, "M": 2**20, "MB": 2**20, "MIB": 2**20,
          "G": 2**30, "GB": 2**30, "GIB": 2**30}
_SIZE = lazy_compile(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*")


def parse_size(text: str) -> int:
    """``50MB`` ``200k`` ``1048576`` → bytes; ``0`` means no limit. Raises ValueError otherwise."""
    m = _SIZE.fullmatch(text)
    if not m or m.group(2).upper() not in _UNITS:
        raise ValueError(msg("size.invalid", value=repr(text)))
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def human_size(n: int) -> str:
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def display_name(path: Path | str) -> str:
    """The path as text every output can carry: undecodable bytes shown as ``\\xNN`` escapes."""
    name = os.fspath(path)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _kind(mode: int) -> Msg:
    if stat.S_ISDIR(mode):
        return msg("input.directory")
    if stat.S_ISFIFO(mode):
        return msg("input.fifo")
    if stat.S_ISSOCK(mode):
        return msg("input.socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg("input.device")
    return msg("input.not_regular")


def os_reason(exc: OSError) -> Msg:
    """Why the operating system refused a file, in the catalogue where the error is a common one."""
    import errno

    known = {errno.ENOENT: "input.missing", errno.EISDIR: "input.directory", errno.EACCES: "input.permission",
             errno.EPERM: "input.permission", errno.ELOOP: "input.symlink_loop", errno.ENAMETOOLONG: "input.name_too_long",
             errno.ENOTDIR: "input.not_a_folder"}
    if exc.errno in known:
        return msg(known[exc.errno])
    return msg("input.os_error", reason=exc.strerror or str(exc))


def read_input(path: Path, name: str, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of a regular file, read-only; :class:`InputError` for anything else.

    The file is opened with ``O_NONBLOCK`` (opening a FIFO never waits for a writer) and checked
    with ``fstat`` on the open descriptor, so what is checked is what is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(name, os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, _kind(info.st_mode))
        if max_size and info.st_size > max_size:
            raise InputError(name, msg("input.too_large", size=human_size(info.st_size), limit=human_size(max_size)))
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
            raise InputError(name, msg("input.grew_too_large", limit=human_size(max_size)))
        return raw
    except OSError as exc:
        raise InputError(name, os_reason(exc)) from None
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
        raise InputError(display_name(path), msg("input.internal", reason=reason)) from None
