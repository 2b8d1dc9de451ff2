"""The command line: ``perflint check``, ``perflint rules``, ``perflint rule CODE``.

Exit status: 0 when nothing at or above ``--fail-on`` was found, 1 when something was, 2 for a
usage error, an input perflint could not read (the message names the file; no traceback), a
check that failed on a file (an E903 entry; ``--debug`` prints the traceback), or a check
plugin that could not be loaded (named on stderr after the findings of every other check).
User text in messages is never rich markup (see :mod:`perflint.safety`).
"""

from __future__ import annotations

import io
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from perflint import __version__
from perflint.baseline import Baseline, BaselineError
from perflint.baseline import build as build_baseline
from perflint.check import Context
from perflint.diagnostics import Severity
from perflint.engine import (
    BUILTIN_DISTRIBUTION,
    OptionError,
    Registry,
    instantiate,
    load_registry,
    parse_option_flag,
    resolve_options,
    run_checks,
    select,
)
from perflint.read.errors import InputError
from perflint.read.loader import expand
from perflint.report import make_reporter
from perflint.report.base import FileResult
from perflint.report.output import OutputError, check_target, write_atomic
from perflint.safety import DEFAULT_MAX_SIZE, display_name, load_input, parse_size, say
from perflint.suppress import opt_in_filter, suppress

app = typer.Typer(
    help="Lint Chinese performance-report drafts (绩效自评报告, 自评表, 部门决算说明).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"
    statistics = "statistics"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    rounding = "rounding"
    never = "never"


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for raw in values or [] for v in raw.split(",") if v.strip()]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"perflint {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """perflint: find totals that do not add up, copied indicators, boilerplate, unit and year errors."""


def _plugin_problems(registry: Registry) -> None:
    """Name every plugin that could not be loaded, then exit 2 (called after the findings)."""
    if registry.problems:
        _print_problems(registry)
        raise typer.Exit(2)


def _print_problems(registry: Registry) -> None:
    for problem in registry.problems:
        err.print(f"perflint: internal error (other checks still ran): {problem}", style="red", markup=False, soft_wrap=True)


def _load_checks(selected: list[str], ignored: list[str]) -> tuple[Registry, list]:
    registry = load_registry()
    classes = registry.checks
    if not classes:
        _print_problems(registry)
        err.print("[red]perflint: no checks are installed (is perflint installed with `pip install .`?)[/red]")
        raise typer.Exit(2)
    chosen = select(classes, selected, ignored)
    unknown = [s for s in selected + ignored if not any(select(classes, [s]))]
    if unknown:
        _print_problems(registry)  # a selector may name a plugin that failed to load
        say(err, f"perflint: no check matches {', '.join(unknown)} (see `perflint rules`)", "red")
        raise typer.Exit(2)
    return registry, chosen


def _options(registry: Registry, flags: list[str]) -> dict[str, dict]:
    """``--option CODE.key=value`` flags → options per check code; a mistake is a usage error."""
    raw: dict[str, dict] = {}
    try:
        for flag in flags:
            code, key, value = parse_option_flag(flag)
            raw.setdefault(code, {})[key] = value
        return resolve_options(registry.checks, raw)
    except OptionError as exc:
        err.print(f"perflint: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(2) from None


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Draft files or folders (.txt .md .yaml .docx .xlsx .pdf).", show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    lang: Annotated[Lang, typer.Option("--lang", help="Message language: zh (default) or en.")] = Lang.zh,
    select_: Annotated[list[str] | None, typer.Option("--select", help="Only these codes, code prefixes or families (comma-separated).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these codes, prefixes or families.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Lowest severity that makes the exit status 1.")] = FailOn.warning,
    year: Annotated[int | None, typer.Option("--year", help="Fiscal year of every part (overrides the title).", min=1990, max=2100)] = None,
    min_severity: Annotated[FailOn, typer.Option("--min-severity", help="Hide findings below this severity.")] = FailOn.rounding,
    no_source: Annotated[bool, typer.Option("--no-source", help="Do not print the source line under each finding.")] = False,
    option: Annotated[list[str] | None, typer.Option(
        "--option", help="Set a check option: CODE.key=value (repeatable; see `perflint rule CODE`).",
        show_default=False)] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print counts per code instead of the findings.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically; never over an input).", dir_okay=False)] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Report only findings not recorded in this baseline file.", dir_okay=False)] = None,
    write_baseline: Annotated[Path | None, typer.Option("--write-baseline", help="Record today's findings in FILE and exit 0.", dir_okay=False)] = None,
    max_size: Annotated[str, typer.Option("--max-size", help="Refuse inputs larger than this (e.g. 50MB, 200KB; 0: no limit).")] = "50MB",
    debug: Annotated[bool, typer.Option("--debug", help="Print the traceback of an internal error.")] = False,
) -> None:
    """Check drafts and report findings with line references."""
    limit = _size(max_size)
    registry, chosen = _load_checks(_split(select_), _split(ignore))
    installed = registry.checks
    checks = instantiate(opt_in_filter(chosen, _split(select_)), _options(registry, option or []))
    accepted = _load_baseline(baseline)
    ctx = Context(lang=lang.value, fiscal_year=year)
    floor = Severity.rounding if min_severity in (FailOn.rounding, FailOn.never) else Severity.parse(min_severity.value)
    results: list[FileResult] = []
    unreadable = failed = False
    files = list(expand(paths))
    if not files:
        err.print("[red]perflint: no drafts found in the given folders (.txt .md .yaml .docx .xlsx .pdf)[/red]")
        raise typer.Exit(2)
    _check_targets([output, write_baseline], files)
    recorded: list = []
    for path in files:
        try:
            doc = load_input(path, limit, err if debug else None)
        except InputError as exc:
            say(err, f"perflint: {exc}", "red")
            results.append(FileResult(display_name(path), error=str(exc), error_reason=exc.message,
                                      error_line=exc.line, error_column=exc.column))
            unreadable = True
            continue
        run = run_checks(doc, checks, ctx)
        for problem, trace in zip(run.internal_errors, run.tracebacks, strict=True):
            say(err, f"perflint: internal error (other checks still ran): {problem}", "yellow")
            if debug:
                say(err, trace)
        failed = failed or bool(run.internal_errors)
        diags = [d for d in suppress(doc, run.diagnostics, checks, installed) if d.severity >= floor]
        recorded.extend((d, doc) for d in diags)
        if accepted is not None:
            diags = accepted.new_findings(diags, doc)
        results.append(FileResult(doc.path, doc, diags, internal_errors=run.internal_errors))
    _emit(results, output_format.value, lang.value, output, [type(c) for c in checks], not no_source, statistics)
    _plugin_problems(registry)
    if write_baseline is not None:
        _write(write_baseline, build_baseline(recorded, write_baseline))
        err.print(f"perflint: recorded {len(recorded)} finding(s) in {escape(str(write_baseline))}")
        raise typer.Exit(2 if unreadable or failed else 0)
    if unreadable or failed:
        raise typer.Exit(2)
    if fail_on is not FailOn.never:
        threshold = Severity.parse(fail_on.value)
        if any(d.severity >= threshold for r in results for d in r.diagnostics):
            raise typer.Exit(1)


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        say(err, f"perflint: --max-size: {exc}", "red")
        raise typer.Exit(2) from None


def _load_baseline(path: Path | None) -> Baseline | None:
    if path is None:
        return None
    try:
        return Baseline.load(path)
    except BaselineError as exc:
        err.print(f"[red]perflint: bad baseline: {escape(str(exc))}[/red]")
        raise typer.Exit(2) from None


def _check_targets(targets: list[Path | None], inputs: list[Path]) -> None:
    for target in targets:
        if target is None:
            continue
        try:
            check_target(target, inputs)
        except OutputError as exc:
            err.print(f"[red]perflint: {escape(str(exc))}[/red]")
            raise typer.Exit(2) from None


def _write(target: Path, text: str) -> None:
    try:
        write_atomic(target, text)
    except OutputError as exc:
        err.print(f"[red]perflint: {escape(str(exc))}[/red]")
        raise typer.Exit(2) from None


def _emit(results: list[FileResult], fmt: str, lang: str, output: Path | None, checks: list,
          show_source: bool, statistics: bool) -> None:
    """Render the report to stdout, or into ``output`` atomically (plain text, no colour)."""
    if output is None:
        make_reporter(fmt, sys.stdout, checks=checks, show_source=show_source, statistics=statistics).render(results, lang)
        return
    buffer = io.StringIO()
    make_reporter(fmt, buffer, checks=checks, show_source=show_source, statistics=statistics,
                  color=False).render(results, lang)
    _write(output, buffer.getvalue())


@app.command()
def rules(lang: Annotated[Lang, typer.Option("--lang", help="Language of the titles.")] = Lang.zh) -> None:
    """List every installed check: code, name, family, default severity."""
    table = Table(show_edge=False)
    for column in ("code", "name", "family", "severity", "title"):
        table.add_column(column)
    registry, classes = _load_checks([], [])
    for cls in classes:
        table.add_row(cls.code, cls.name, cls.family, cls.severity.name, cls.summary(lang.value))
    Console(highlight=False).print(table)
    _plugin_problems(registry)


@app.command()
def rule(
    code: Annotated[str, typer.Argument(help="A check code (e.g. A101) or name.")],
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the title.")] = Lang.zh,
) -> None:
    """Explain one check: what it finds, why it matters, an example, how to fix it."""
    registry, classes = _load_checks([], [])
    for cls in classes:
        if code.upper() == cls.code.upper() or code == cls.name:
            console = Console(highlight=False)
            console.print(f"[bold]{cls.code}[/bold] {cls.name} ({cls.family}, {cls.severity.name})")
            if registry.origin(cls) != BUILTIN_DISTRIBUTION:
                console.print(f"from {registry.origin(cls)}", markup=False)
            console.print(cls.summary(lang.value))
            console.print(Markdown(cls.docs()))
            if cls.default_options:
                console.print("Options (--option CODE.key=value): "
                              + ", ".join(f"{k}={v!r}" for k, v in cls.default_options.items()), markup=False)
            _plugin_problems(registry)
            return
    _print_problems(registry)  # the code may belong to a plugin that failed to load
    say(err, f"perflint: no check {code!r} (see `perflint rules`)", "red")
    raise typer.Exit(2)


@app.command()
def show(
    path: Annotated[Path, typer.Argument(help="A draft (.txt .md .yaml .docx .xlsx .pdf).", show_default=False)],
    locations: Annotated[bool, typer.Option("--locations", help="Add each line's place in the original file.")] = False,
) -> None:
    """Print the text perflint works on: line N here is what a finding's line N means."""
    try:
        doc = load_input(path, DEFAULT_MAX_SIZE)
    except InputError as exc:
        typer.echo(f"perflint: {exc}", err=True)
        raise typer.Exit(2) from None
    from perflint.read.rendering import native_location

    width = len(str(len(doc.lines)))
    for number, line in enumerate(doc.lines, start=1):
        where = native_location(doc, number) if locations else None
        prefix = f"{number:>{width}}  " + (f"[{where}] " if where else "")
        typer.echo(prefix + line.rstrip("\r"))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
