"""Lint many files, serially or in worker processes, with the same output either way.

``perflint check --jobs N`` reads and checks each file in one of N worker processes
(:class:`concurrent.futures.ProcessPoolExecutor`); the outcomes come back in input order, so the
report and every message on stderr are those of a serial run, whatever order workers finish in.
What a file needs is computed in the worker (reading, checks, suppression comments); what spans
files (the ``--min-severity`` floor, the baseline, the report) stays with the caller.

A document is dropped once its checks have run, facts and model alike: reporters and the
baseline read only the source lines findings point at (:mod:`perflint.retained`), and a folder
of thousands of drafts must not keep every draft alive until the report is written (nor ship
it back from a worker).
"""

from __future__ import annotations

import functools
import gc
import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from perflint.catalogue import t
from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic
from perflint.engine import load_registry, run_checks
from perflint.read.errors import InputError
from perflint.read.loader import load_bytes
from perflint.read.scripts import restore
from perflint.retained import RetainedSource, retain
from perflint.safety import DEFAULT_MAX_SIZE, display_name, load_input
from perflint.suppress import apply, directives, suppress


@dataclass
class Task:
    """One draft to lint: where to read it (or its bytes, for stdin), the name reports give it,
    and the checks and context its configuration chose."""

    path: Path
    checks: Sequence[Check]
    ctx: Context
    name: Path | None = None  # defaults to ``path``
    data: bytes | None = None  # the draft itself when it came on stdin
    max_size: int = DEFAULT_MAX_SIZE  # bytes (0: no limit); ``--max-size``
    debug: bool = False  # print an importer's traceback (``--debug``)
    all_lines: bool = False  # keep every source line for the report (the HTML report shows them all)
    cross_document: bool = False  # keep the passages a rule across documents compares (``--cross-document``)

    # A task crosses to a worker process (one spawned, or one after a crash; a forked worker
    # inherits the tasks, see lint_files) as check codes and options: a check class may be made
    # at run time (the data rules) and cannot be pickled; the worker finds it in its own registry.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["checks"] = _spec(self.checks)
        return state

    def __setstate__(self, state: dict) -> None:
        state["checks"] = _checks(state["checks"])
        self.__dict__.update(state)


@functools.cache
def _registry():
    return load_registry()


# The check objects a worker made, by the codes and options a task named: every task of a folder
# names the same ones, and a serial run shares one list of checks between its tasks too.
_made: dict[str, list[Check]] = {}


def _spec(checks: Sequence[Check]) -> list[tuple[str, dict]]:
    return [(c.code, c.options) for c in checks]


def _share_checks(tasks: Sequence[Task]) -> None:
    """Leave the tasks' lists of checks where :func:`_checks` finds them, before the workers
    start: a worker forked from this process inherits them and makes none (loading the
    registry and making ~110 checks cost each worker ~25 ms before its first draft, on the
    critical path of a ``--jobs`` run). A worker started afresh (spawn) makes its own."""
    seen: set[int] = set()
    for task in tasks:
        if id(task.checks) not in seen:
            seen.add(id(task.checks))
            _made[repr(_spec(task.checks))] = list(task.checks)


def _checks(spec: list[tuple[str, dict]]) -> list[Check]:
    key = repr(spec)
    made = _made.get(key)
    if made is None:
        registry = _registry()
        made = _made[key] = [registry.find(code)(options) for code, options in spec]
    return made


@dataclass
class Outcome:
    """One file's result: its document and findings, or why it could not be read."""

    path: str  # as reports show it (a file name that is not UTF-8 escaped)
    doc: RetainedSource | None = None  # what the report needs of the document, not the model
    diagnostics: list[Diagnostic] = field(default_factory=list)  # after suppression comments
    internal_errors: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)  # one per internal error
    error: str | None = None  # the InputError in the task's language: names the file
    error_reason: str | None = None  # the same without the file name
    error_line: int | None = None
    error_column: int | None = None
    passages: list = field(default_factory=list)  # for rules across documents (perflint.crossdoc)
    directives: list = field(default_factory=list)  # the draft's suppression comments, for those rules' findings


def default_jobs() -> int:
    """The CPUs this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def lint_one(task: Task, installed: Sequence[type[Check]]) -> Outcome:
    """Read the task's draft and run its checks; an unreadable input is an outcome, not an exception."""
    name = display_name(task.name or task.path)
    try:
        if task.data is not None:
            doc = load_bytes(task.data, name, task.max_size)
        else:  # an importer's own failure becomes an InputError naming the file
            doc = load_input(task.path, task.max_size, _stderr() if task.debug else None)
    except InputError as exc:
        lang = task.ctx.lang
        return Outcome(name, error=exc.render(lang), error_reason=exc.reason(lang), error_line=exc.line,
                       error_column=exc.column)
    run = run_checks(doc, task.checks, task.ctx)
    restore(doc, run.diagnostics)  # read as Simplified: quotes in the draft's own script
    diags = suppress(doc, run.diagnostics, task.checks, installed)
    passages, found = [], []
    if task.cross_document and any(check.corpus for check in task.checks):
        from perflint.crossdoc import passages_of

        passages, found = passages_of(doc), directives(doc)
    doc.facts = None  # see the module docstring
    failures = [_failed(doc.path, check, exc, task.ctx.lang) for check, exc in run.failures]
    kept = retain(doc, diags, all_lines=task.all_lines, also=(p.line for p in passages))
    doc.unlink()  # freed on return, not by a full collection (perflint.model.Document.unlink)
    return Outcome(name, kept, diags, failures, run.tracebacks, passages=passages, directives=found)


def _failed(path: str, check: Check, exc: BaseException, lang: str) -> str:
    """``path: check CODE (name) failed: Error: …`` in ``lang`` (one per entry of ``run.internal_errors``)."""
    reason = f"{type(exc).__name__}: {exc}"
    reason = reason if len(reason) <= 300 else reason[:300] + "…"
    return f"{path}: " + t("run.check_failed", lang, code=check.code, name=check.name, reason=reason)


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


# What every worker process lints with, set once per worker by the pool's initializer.
_installed: Sequence[type[Check]] | None = None


# The tasks of the run a pool was started for: a worker forked from the caller inherits them
# with the pool's initializer, and is then sent only where each chunk starts and ends.
_tasks: Sequence[Task] = ()


def _init_worker(installed: Sequence[type[Check]], threshold: tuple[int, ...] = (),
                 tasks: Sequence[Task] = ()) -> None:
    global _installed, _tasks
    _installed, _tasks = installed, tasks
    if threshold:  # the parent's collector settings (heap.for_a_run), also where workers are spawned
        gc.set_threshold(*threshold)


def _lint_in_worker(task: Task) -> Outcome:
    assert _installed is not None, "worker not initialised"
    return lint_one(task, _installed)


def lint_files(tasks: Sequence[Task], installed: Sequence[type[Check]], jobs: int | None = None) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` in input order; ``jobs`` worker processes (None or < 1: one per CPU,
    1: serial in this process). One file, or one job, never starts a pool: a hook on one draft
    must not pay for processes it cannot use. A draft read from stdin is linted here."""
    jobs = default_jobs() if jobs is None or jobs < 1 else jobs
    jobs = min(jobs, len(tasks))
    if jobs <= 1 or any(t.data is not None for t in tasks):
        for task in tasks:
            yield lint_one(task, installed)
        return
    from concurrent.futures import ProcessPoolExecutor  # here: a one-file run never starts a pool
    from concurrent.futures.process import BrokenProcessPool

    # Forked workers inherit the tasks and their checks with the initializer's arguments and are
    # sent only each chunk's bounds: pickling tasks and getting the first chunk to a worker
    # cost ~20 ms, and making the checks ~25 ms, before either worker began its first draft.
    _share_checks(tasks)
    done = 0  # tasks whose outcomes were handed on
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(list(installed), gc.get_threshold(), tasks)) as pool:
        futures = deque(pool.submit(_lint_range, start, end) for start, end in guided_chunks(len(tasks), jobs))
        try:
            while futures:  # in input order, whatever order the workers finish in; a future handed on is let go
                outcomes = futures.popleft().result()
                done += len(outcomes)
                yield from outcomes
        except BrokenProcessPool:
            for future in futures:
                future.cancel()
        else:
            return
    yield from _after_a_crash(tasks[done:], installed, jobs)


def _after_a_crash(tasks: Sequence[Task], installed: Sequence[type[Check]], jobs: int) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` after a worker process died (killed for memory, a crash inside a
    reader's C library): the pool is lost with every task it held, which one killed it unknown.

    The rest goes one task per message, at most ``jobs`` at a time; when a worker dies again,
    each task then in flight is linted alone in a pool of its own, and the one whose worker
    dies there gets an outcome naming the file instead of taking the run down with a traceback
    (and an exit status that says "findings")."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def pool(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                   initargs=(list(installed), gc.get_threshold()))

    i = 0
    while i < len(tasks):
        suspects: list[Task] = []
        with pool(jobs) as executor:
            window: deque = deque()  # (task, future), in input order
            try:
                while i < len(tasks) or window:
                    while i < len(tasks) and len(window) < jobs:
                        window.append((tasks[i], executor.submit(_lint_in_worker, tasks[i])))
                        i += 1
                    outcome = window[0][1].result()
                    window.popleft()
                    yield outcome
            except BrokenProcessPool:
                suspects = [task for task, _future in window]
        for task in suspects:  # each alone: the one that dies again is the cause
            with pool(1) as alone:
                try:
                    yield alone.submit(_lint_in_worker, task).result()
                except BrokenProcessPool:
                    yield _worker_died(task)


def _worker_died(task: Task) -> Outcome:
    name = display_name(task.name or task.path)
    lang = task.ctx.lang
    reason = t("run.worker_died", lang)
    return Outcome(name, error=f"{name}: {reason}", error_reason=reason)


def guided_chunks(n: int, jobs: int, most: int = 16) -> list[tuple[int, int]]:
    """``(start, end)`` of the chunks ``n`` tasks go to ``jobs`` workers in: each a share of what
    is left (1/(4 × jobs)), at most ``most`` and at least one task.

    Guided self-scheduling: large chunks while much is left keep the messages between processes
    few on a folder of thousands of drafts; single drafts at the end keep the workers finishing
    together, where a fixed chunk of eight left one worker alone with the last chunk (up to a
    tenth of a 200-draft run on two cores)."""
    chunks, start = [], 0
    while start < n:
        size = max(1, min(most, (n - start) // (4 * jobs)))
        chunks.append((start, start + size))
        start += size
    return chunks


def _lint_chunk(tasks: Sequence[Task]) -> list[Outcome]:
    return [_lint_in_worker(task) for task in tasks]


def _lint_range(start: int, end: int) -> list[Outcome]:
    return _lint_chunk(_tasks[start:end])


def corpus_findings(tasks: Sequence[Task], outcomes: Sequence[Outcome]) -> tuple[dict[str, list[Diagnostic]], list[str]]:
    """Findings of the rules across documents (``--cross-document``), by file, and the failures
    of those rules (each names the check). A rule compares the passages of the files whose
    configuration selects it, and reports in those files only."""
    by_code: dict[str, tuple[Check, list[str]]] = {}
    for task, out in zip(tasks, outcomes, strict=True):
        for check in task.checks:
            if check.corpus and out.error is None:
                by_code.setdefault(check.code, (check, []))[1].append(out.path)
    passages = {out.path: out.passages for out in outcomes}
    found: dict[str, list[Diagnostic]] = {}
    failures: list[str] = []
    for code, (check, paths) in sorted(by_code.items()):
        chosen = set(paths)
        try:
            diags = list(check.run_corpus([p for path in paths for p in passages.get(path, [])]))
        except Exception as exc:  # isolate, as run_checks does for one document
            failures.append(f"check {code} ({check.name}) failed across documents: {type(exc).__name__}: {exc}")
            continue
        for d in diags:
            if d.location.path in chosen:
                found.setdefault(d.location.path, []).append(d)
    for out in outcomes:  # each draft's suppression comments apply to what was found in it
        if out.path in found and out.directives:
            found[out.path] = apply(None, found[out.path], out.directives)
    return found, failures
