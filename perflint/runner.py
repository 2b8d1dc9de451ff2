"""Lint many files, serially or in worker processes, with the same output either way.

``perflint check --jobs N`` reads and checks each file in one of N worker processes
(:class:`concurrent.futures.ProcessPoolExecutor`); the outcomes come back in input order, so the
report and every message on stderr are those of a serial run, whatever order workers finish in.
What a file needs is computed in the worker (reading, checks, suppression comments); what spans
files (the ``--min-severity`` floor, the baseline, the report) stays with the caller.

A document's facts (everything extraction found) are dropped once its checks have run: reporters
and the baseline read only its lines, and a folder of thousands of drafts must not keep every
draft's extraction alive until the report is written (nor ship it back from a worker).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic
from perflint.engine import run_checks
from perflint.model import Document
from perflint.read.errors import InputError
from perflint.read.loader import load
from perflint.suppress import suppress


@dataclass
class Outcome:
    """One file's result: its document and findings, or why it could not be read."""

    path: Path
    doc: Document | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)  # after suppression comments
    internal_errors: list[str] = field(default_factory=list)
    error: str | None = None  # str(InputError): names the file
    error_reason: str | None = None
    error_line: int | None = None
    error_column: int | None = None


def default_jobs() -> int:
    """The CPUs this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def lint_one(path: Path, checks: Sequence[Check], installed: Sequence[type[Check]], ctx: Context) -> Outcome:
    """Read ``path`` and run ``checks`` on it; an unreadable input is an outcome, not an exception."""
    try:
        doc = load(path)
    except InputError as exc:
        return Outcome(path, error=str(exc), error_reason=exc.message, error_line=exc.line, error_column=exc.column)
    run = run_checks(doc, checks, ctx)
    diags = suppress(doc, run.diagnostics, checks, installed)
    doc.facts = None  # see the module docstring
    return Outcome(path, doc, diags, run.internal_errors)


# What every worker process lints with, set once per worker by the pool's initializer.
_worker: tuple[Sequence[Check], Sequence[type[Check]], Context] | None = None


def _init_worker(checks: Sequence[Check], installed: Sequence[type[Check]], ctx: Context) -> None:
    global _worker
    _worker = (checks, installed, ctx)


def _lint_in_worker(path: Path) -> Outcome:
    assert _worker is not None, "worker not initialised"
    return lint_one(path, *_worker)


def lint_files(files: Sequence[Path], checks: Sequence[Check], installed: Sequence[type[Check]], ctx: Context,
               jobs: int | None = None) -> Iterator[Outcome]:
    """Outcomes of ``files`` in input order; ``jobs`` worker processes (None or < 1: one per CPU,
    1: serial in this process). One file, or one job, never starts a pool: a hook on one draft
    must not pay for processes it cannot use."""
    jobs = default_jobs() if jobs is None or jobs < 1 else jobs
    jobs = min(jobs, len(files))
    if jobs <= 1:
        for path in files:
            yield lint_one(path, checks, installed, ctx)
        return
    # Small chunks keep workers evenly loaded when drafts differ in size; input order is kept by map.
    chunksize = max(1, min(8, len(files) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(list(checks), list(installed), ctx)) as pool:
        yield from pool.map(_lint_in_worker, files, chunksize=chunksize)
