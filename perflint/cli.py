"""The command line: ``perflint check``, ``perflint rules``, ``perflint rule CODE``.

Exit status: 0 when nothing at or above ``--fail-on`` was found, 1 when something was, 2 for a
usage error, a bad configuration file (:mod:`perflint.config`: file, line and key named), an
input perflint could not read (the message names the file; no traceback), a check that failed
on a file (an E903 entry; ``--debug`` prints the traceback), or a check plugin that could not be
loaded (named on stderr after the findings of every other check). User text in messages is
never rich markup (see :mod:`perflint.safety`).
``perflint config [PATH]`` shows the settings in force and where each came from.
"""

from __future__ import annotations

import io
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from perflint import __version__
from perflint.baseline import Baseline, BaselineError
from perflint.baseline import build as build_baseline
from perflint.check import Context
from perflint.config import ConfigError
from perflint.diagnostics import Severity
from perflint.discover import find_drafts
from perflint.engine import (
    BUILTIN_DISTRIBUTION,
    OptionError,
    Registry,
    load_registry,
    select,
)
from perflint.progress import track
from perflint.read.errors import InputError
from perflint.report import make_reporter
from perflint.report.base import FileResult
from perflint.report.output import OutputError, check_target, write_atomic
from perflint.runner import Task, lint_files
from perflint.safety import DEFAULT_MAX_SIZE, load_input, parse_size, say
from perflint.settings import Overrides, Resolver, describe

app = typer.Typer(
    help="Lint Chinese performance-report drafts (绩效自评报告, 自评表, 部门决算说明).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
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


@app.command()
def check(
    paths: Annotated[list[Path] | None, typer.Argument(help="Draft files or folders (.txt .md .yaml .docx .xlsx .pdf), or - for stdin (default: the working folder).", show_default=False)] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Message language: zh (default) or en.", show_default=False)] = None,
    select_: Annotated[list[str] | None, typer.Option("--select", help="Only these codes, code prefixes or families (comma-separated).")] = None,
    extend_select: Annotated[list[str] | None, typer.Option("--extend-select", help="Add these to the selection of the configuration.")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these codes, prefixes or families.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Lowest severity that makes the exit status 1 (default: warning).", show_default=False)] = None,
    year: Annotated[int | None, typer.Option("--year", help="Fiscal year of every part (overrides the title).", min=1990, max=2100)] = None,
    min_severity: Annotated[FailOn | None, typer.Option("--min-severity", help="Hide findings below this severity (default: rounding).", show_default=False)] = None,
    no_source: Annotated[bool, typer.Option("--no-source", help="Do not print the source line under each finding.")] = False,
    option: Annotated[list[str] | None, typer.Option(
        "--option", help="Set a check option: CODE.key=value (repeatable; see `perflint rule CODE`).",
        show_default=False)] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print counts per code instead of the findings.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically; never over an input).", dir_okay=False)] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Report only findings not recorded in this baseline file.", dir_okay=False)] = None,
    write_baseline: Annotated[Path | None, typer.Option("--write-baseline", help="Record today's findings in FILE and exit 0.", dir_okay=False)] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Use this configuration file for every draft (no discovery).", dir_okay=False)] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore every configuration file.")] = False,
    stdin_filename: Annotated[str | None, typer.Option("--stdin-filename", help="The name of the draft read from - (for locations, format and configuration).")] = None,
    force_exclude: Annotated[bool, typer.Option("--force-exclude", help="Apply exclude to files named on the command line too, and skip YAML files that are not drafts.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Text format: print only the summary line (the exit status says the rest).")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Lint files in N worker processes (0: one per CPU; 1: serial). Output is the same.")] = 0,
    max_size: Annotated[str, typer.Option("--max-size", help="Refuse inputs larger than this (e.g. 50MB, 200KB; 0: no limit).")] = "50MB",
    debug: Annotated[bool, typer.Option("--debug", help="Print the traceback of an internal error.")] = False,
) -> None:
    """Check drafts and report findings with line references."""
    limit = _size(max_size)
    overrides = Overrides(select=_split(select_) if select_ else None, extend_select=_split(extend_select),
                          ignore=_split(ignore), options=option or [], fiscal_year=year,
                          lang=lang.value if lang else None, fail_on=fail_on.value if fail_on else None,
                          min_severity=min_severity.value if min_severity else None,
                          force_exclude=force_exclude, config=config, isolated=isolated)
    registry, resolver = _resolver(overrides)
    installed = registry.checks
    accepted = _load_baseline(baseline)
    try:
        run_wide = resolver.run_wide(Path(stdin_filename) if stdin_filename else None)
        files, skipped = find_drafts(paths or [Path(".")], resolver)
        stdin_name = Path(stdin_filename or "-")
        if Path("-") in files and (named := resolver.for_file(stdin_name)).force_exclude and named.excluded(stdin_name):
            files, skipped = [p for p in files if p != Path("-")], [*skipped, stdin_name]
    except ConfigError as exc:
        err.print(f"perflint: bad configuration: {exc}", style="red", markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if not files:
        if skipped:  # every path named was excluded by the configuration (--force-exclude)
            raise typer.Exit(0)
        err.print("[red]perflint: no drafts found in the given folders (.txt .md .yaml .docx .xlsx .pdf)[/red]")
        raise typer.Exit(2)
    _check_targets([output, write_baseline], files)
    results: list[FileResult] = []
    used: dict[str, type] = {}
    unreadable = failed = False
    recorded: list = []
    tasks: list[Task] = []
    settings_of = []
    for path in files:
        name = stdin_name if path == Path("-") else path
        settings, checks = resolver.checks_for(name)
        used.update((c.code, type(c)) for c in checks)
        data = sys.stdin.buffer.read() if path == Path("-") else None
        tasks.append(Task(path, checks, Context(lang=run_wide.lang, fiscal_year=settings.fiscal_year), name, data,
                          limit, debug, all_lines=output_format is OutputFormat.html))
        settings_of.append(settings)
    outcomes = lint_files(tasks, installed, jobs)  # input order, whatever --jobs
    for settings, _shown, out in zip(settings_of, track(files, quiet=quiet), outcomes, strict=True):
        if out.error is not None:
            say(err, f"perflint: {out.error}", "red")
            results.append(FileResult(out.path, error=out.error, error_reason=out.error_reason,
                                      error_line=out.error_line, error_column=out.error_column))
            unreadable = True
            continue
        for problem, trace in zip(out.internal_errors, out.tracebacks, strict=True):
            say(err, f"perflint: internal error (other checks still ran): {problem}", "yellow")
            if debug:
                say(err, trace)
        failed = failed or bool(out.internal_errors)
        diags = out.diagnostics
        settings.reseverity(diags, installed)
        diags = [d for d in diags if d.severity >= settings.min_severity]
        recorded.extend((d, out.doc) for d in diags)
        if accepted is not None:
            diags = accepted.new_findings(diags, out.doc)
        results.append(FileResult(out.path, out.doc, diags, internal_errors=out.internal_errors))
    _emit(results, output_format.value, run_wide.lang, output, [used[c] for c in sorted(used)], not no_source, statistics, quiet)
    _plugin_problems(registry)
    if write_baseline is not None:
        _write(write_baseline, build_baseline(recorded, write_baseline))
        err.print(f"perflint: recorded {len(recorded)} finding(s) in {escape(str(write_baseline))}")
        raise typer.Exit(2 if unreadable or failed else 0)
    if unreadable or failed:
        raise typer.Exit(2)
    if run_wide.fail_on != "never":
        threshold = Severity.parse(run_wide.fail_on)
        if any(d.severity >= threshold for r in results for d in r.diagnostics):
            raise typer.Exit(1)


@app.command("config")
def config_command(
    path: Annotated[Path, typer.Argument(help="A draft or a folder (default: the working folder).")] = Path("."),
    select_: Annotated[list[str] | None, typer.Option("--select", help="As for `perflint check`.")] = None,
    extend_select: Annotated[list[str] | None, typer.Option("--extend-select", help="As for `perflint check`.")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="As for `perflint check`.")] = None,
    option: Annotated[list[str] | None, typer.Option("--option", help="As for `perflint check`.", show_default=False)] = None,
    year: Annotated[int | None, typer.Option("--year", help="As for `perflint check`.", min=1990, max=2100)] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help="As for `perflint check`.", show_default=False)] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="As for `perflint check`.", show_default=False)] = None,
    min_severity: Annotated[FailOn | None, typer.Option("--min-severity", help="As for `perflint check`.", show_default=False)] = None,
    config: Annotated[Path | None, typer.Option("--config", help="As for `perflint check`.", dir_okay=False)] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="As for `perflint check`.")] = False,
) -> None:
    """Show the settings in force for PATH and where each comes from (file and key, default, or command line)."""
    overrides = Overrides(select=_split(select_) if select_ else None, extend_select=_split(extend_select),
                          ignore=_split(ignore), options=option or [], fiscal_year=year,
                          lang=lang.value if lang else None, fail_on=fail_on.value if fail_on else None,
                          min_severity=min_severity.value if min_severity else None, config=config, isolated=isolated)
    registry, resolver = _resolver(overrides)
    try:
        settings = resolver.for_folder(path) if path.is_dir() else resolver.for_file(path)
        rows = describe(settings, resolver.run_wide(), None if path.is_dir() else path)
    except ConfigError as exc:
        err.print(f"perflint: bad configuration: {exc}", style="red", markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    for key, value, source in rows:
        typer.echo(f"{key} = {value}\n    # {source}")
    _plugin_problems(registry)


def _resolver(overrides: Overrides) -> tuple[Registry, Resolver]:
    """The installed checks and the settings resolver; a bad --select, --option or --config is a usage error."""
    registry, _ = _load_checks((overrides.select or []) + overrides.extend_select, overrides.ignore)
    try:
        return registry, Resolver(registry.checks, overrides)
    except OptionError as exc:
        err.print(f"perflint: {exc}", markup=False, soft_wrap=True)
    except ConfigError as exc:
        err.print(f"perflint: bad configuration: {exc}", style="red", markup=False, soft_wrap=True)
    raise typer.Exit(2)


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
          show_source: bool, statistics: bool, quiet: bool = False) -> None:
    """Render the report to stdout, or into ``output`` atomically (plain text, no colour)."""
    if output is None:
        make_reporter(fmt, sys.stdout, checks=checks, show_source=show_source, statistics=statistics,
                      quiet=quiet).render(results, lang)
        return
    buffer = io.StringIO()
    make_reporter(fmt, buffer, checks=checks, show_source=show_source, statistics=statistics,
                  color=False, quiet=quiet).render(results, lang)
    _write(output, buffer.getvalue())


@app.command()
def rules(
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the titles.")] = Lang.zh,
    fmt: Annotated[RulesFormat, typer.Option("--format", help="table, or markdown: the reference in docs/rules.md.")] = RulesFormat.table,
) -> None:
    """List every installed check: code, name, family, default severity."""
    from rich.table import Table  # imported here: a check run never draws a table of rules

    registry, classes = _load_checks([], [])
    if fmt is RulesFormat.markdown:
        from perflint.ruledocs import markdown

        typer.echo(markdown(registry), nl=False)
        return _plugin_problems(registry)
    table = Table(show_edge=False)
    for column in ("code", "name", "family", "severity", "title"):
        table.add_column(column)
    for cls in classes:
        table.add_row(cls.code, cls.name, cls.family, cls.severity.name, cls.summary(lang.value))
    # piped or redirected: as wide as the rows need, never cut to a guessed 80 columns
    Console(highlight=False, width=None if sys.stdout.isatty() else 10_000).print(table)
    _plugin_problems(registry)


@app.command()
def rule(
    code: Annotated[str, typer.Argument(help="A check code (e.g. A101) or name.")],
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the title.")] = Lang.zh,
) -> None:
    """Explain one check: what it finds, why it matters, an example, how to fix it."""
    from rich.markdown import Markdown  # imported here: markdown rendering is for this command only

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
                console.print("Options (--option CODE.key=value, or [tool.perflint.options.CODE] in pyproject.toml): "
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


@app.command()
def convert(
    path: Annotated[Path, typer.Argument(help="A draft (.txt .md .yaml .docx .xlsx .pdf).", show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the YAML draft to FILE (atomically; never over an input).", dir_okay=False)] = None,
) -> None:
    """Write a draft as a perflint YAML draft (sections, paragraphs and tables in order)."""
    try:
        doc = load_input(path, DEFAULT_MAX_SIZE)
    except InputError as exc:
        typer.echo(f"perflint: {exc}", err=True)
        raise typer.Exit(2) from None
    from perflint.convert import to_yaml

    text = to_yaml(doc, path.name)
    if output is None:
        typer.echo(text, nl=False)
        return
    _check_targets([output], [path])
    _write(output, text)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
