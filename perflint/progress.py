"""A progress bar on stderr while many drafts are linted — only where a person is watching.

Shown when stderr is a terminal, more than :data:`MIN_FILES` files are linted and ``--quiet``
is off; silent otherwise (pipes, CI logs, tests), so no output format ever carries it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

MIN_FILES = 5


def wanted(count: int, quiet: bool = False, stream: TextIO | None = None) -> bool:
    stream = stream or sys.stderr
    return not quiet and count > MIN_FILES and hasattr(stream, "isatty") and stream.isatty()


def over_the_report(count: int, quiet: bool = False) -> bool:
    """Whether the bar would be drawn on the terminal the report is printed to: the report
    then waits for the bar to end instead of being printed through it."""
    return wanted(count, quiet) and hasattr(sys.stdout, "isatty") and sys.stdout.isatty()


def track(paths: Sequence[Path], *, quiet: bool = False, stream: TextIO | None = None) -> Iterator[Path]:
    """Yield ``paths`` in order, advancing a transient rich progress bar when :func:`wanted`."""
    if not wanted(len(paths), quiet, stream):
        yield from paths
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(file=stream or sys.stderr)
    columns = (TextColumn("perflint"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}", style="dim"))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("", total=len(paths))
        for path in paths:
            progress.update(task, description=str(path.name))
            yield path
            progress.advance(task)
