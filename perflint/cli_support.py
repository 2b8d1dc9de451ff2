"""What the commands of :mod:`perflint.cli` share: the values of their options, loading the checks
and the settings, writing outputs, and usage errors.

A usage error (a bad option, configuration, baseline or output file) is printed on stderr in the
user's language (:mod:`perflint.catalogue`; ``--lang``, else the configuration's ``lang``, else
Chinese), as plain text (user text is never rich markup), and ends the run with status 2, never
a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn

import typer

from perflint.baseline import Baseline, BaselineError
from perflint.catalogue import lang_or_default, t
from perflint.config import ConfigError, declared_lang
from perflint.engine import OptionError, Registry, load_registry, select
from perflint.report import make_reporter
from perflint.report.base import FileResult, Reporter
from perflint.report.output import OutputError, atomic_stream, check_target, write_atomic
from perflint.safety import parse_size, say
from perflint.settings import Overrides, Resolver


class _Stderr:
    """rich's console on stderr, made on first use.

    Importing :mod:`rich.console` (with its themes and styles) costs a cold start about 20 ms; a
    run whose report is not the text format and that has nothing to say on stderr (a JSON, SARIF
    or GitHub report, as CI gates and reviewers ask) need not pay it. The console writes to
    whatever ``sys.stderr`` is when it prints, so making it later changes nothing else."""

    _console: Any = None

    def __getattr__(self, name: str) -> Any:
        if _Stderr._console is None:
            from rich.console import Console

            _Stderr._console = Console(stderr=True, highlight=False)
        return getattr(_Stderr._console, name)


err: Any = _Stderr()


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"
    html = "html"
    statistics = "statistics"


class RulesFormat(str, Enum):
    table = "table"
    markdown = "markdown"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    rounding = "rounding"
    never = "never"


def split(values: list[str] | None) -> list[str]:
    """``--select A,B --select C`` → ``[A, B, C]``."""
    return [v.strip() for raw in values or [] for v in raw.split(",") if v.strip()]


def early_lang(lang: str | None, overrides: Overrides | None = None) -> str:
    """The language of messages printed before the settings are resolved (or when they cannot
    be): ``--lang``, else the ``lang`` the configuration declares, else Chinese."""
    if lang:
        return lang
    if overrides is not None and overrides.isolated:
        return lang_or_default(None)
    return lang_or_default(declared_lang(Path.cwd().absolute(), overrides.config if overrides else None))


def fail(lang: str, key: str, style: str | None = "red", /, **args: Any) -> NoReturn:
    """Print catalogue message ``key`` as ``perflint: …`` on stderr and exit 2."""
    say(err, "perflint: " + t(key, lang, **args), style)
    raise typer.Exit(2)


def print_problems(registry: Registry, lang: str) -> None:
    for p in registry.problems:
        problem = t("cli.plugin", lang, entry_point=repr(p.entry_point), distribution=p.distribution, message=p.message)
        say(err, "perflint: " + t("cli.internal_error", lang, problem=problem), "red")


def plugin_problems(registry: Registry, lang: str) -> None:
    """Name every plugin that could not be loaded, then exit 2 (called after the findings)."""
    if registry.problems:
        print_problems(registry, lang)
        raise typer.Exit(2)


def load_checks(selected: list[str], ignored: list[str], lang: str) -> tuple[Registry, list]:
    registry = load_registry()
    classes = registry.checks
    if not classes:
        print_problems(registry, lang)
        fail(lang, "cli.no_checks")
    chosen = select(classes, selected, ignored)
    unknown = [s for s in selected + ignored if not any(select(classes, [s]))]
    if unknown:
        print_problems(registry, lang)  # a selector may name a plugin that failed to load
        fail(lang, "cli.no_match", selectors=", ".join(unknown))
    return registry, chosen


def resolver(overrides: Overrides, lang: str) -> tuple[Registry, Resolver]:
    """The installed checks and the settings resolver; a bad --select, --option or --config is a usage error."""
    registry, _ = load_checks((overrides.select or []) + overrides.extend_select, overrides.ignore, lang)
    try:
        return registry, Resolver(registry.checks, overrides)
    except OptionError as exc:
        fail(lang, "cli.option", None, error=exc.args[0])
    except ConfigError as exc:
        bad_config(exc, lang)


def bad_config(exc: ConfigError, lang: str) -> NoReturn:
    fail(lang, "cli.bad_config", error=exc.render(lang))


def size(text: str, lang: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        fail(lang, "cli.max_size", error=exc.args[0])


def load_baseline(path: Path | None, lang: str) -> Baseline | None:
    if path is None:
        return None
    try:
        return Baseline.load(path)
    except BaselineError as exc:
        fail(lang, "cli.bad_baseline", error=exc.render(lang))


def check_targets(targets: list[Path | None], inputs: list[Path], lang: str) -> None:
    for target in targets:
        if target is None:
            continue
        try:
            check_target(target, inputs)
        except OutputError as exc:
            fail(lang, "cli.output", error=exc.render(lang))


def write(target: Path, text: str, lang: str) -> None:
    try:
        write_atomic(target, text)
    except OutputError as exc:
        fail(lang, "cli.output", error=exc.render(lang))


@contextmanager
def report(fmt: str, lang: str, output: Path | None, checks: list, show_source: bool, statistics: bool,
           quiet: bool, files: int, hold: bool = False,
           family_titles: Mapping[str, Mapping[str, str]] | None = None) -> Iterator[Reporter]:
    """A started reporter writing to stdout, or into ``output`` atomically (plain text, no
    colour); the report is finished when the block ends. Files are reported as they are added,
    so nothing of a file is kept after its findings are written, unless ``hold`` (a progress bar
    is drawn on the terminal the report goes to: the findings then wait for the bar to end)."""
    if output is None:
        reporter = make_reporter(fmt, sys.stdout, checks=checks, show_source=show_source, statistics=statistics,
                                 quiet=quiet, family_titles=family_titles)
        held = _Held(reporter) if hold else reporter
        held.start(lang, files)
        yield held
        held.finish()
        return
    try:
        with atomic_stream(output) as stream:
            reporter = make_reporter(fmt, stream, checks=checks, show_source=show_source, statistics=statistics,
                                     color=False, quiet=quiet, family_titles=family_titles)
            reporter.start(lang, files)
            yield reporter
            reporter.finish()
    except OutputError as exc:
        fail(lang, "cli.output", error=exc.render(lang))


class _Held:
    """Holds the results and hands them to the reporter when the run ends."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.results: list[FileResult] = []

    def start(self, lang: str, files: int) -> None:
        self.lang, self.files = lang, files

    def add(self, result: FileResult) -> None:
        self.results.append(result)

    def finish(self) -> None:
        self.reporter.start(self.lang, self.files)
        for result in self.results:
            self.reporter.add(result)
        self.reporter.finish()
