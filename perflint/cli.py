"""The command line: ``perflint check``, ``perflint rules``, ``perflint rule CODE``.

Exit status: 0 when nothing at or above ``--fail-on`` was found, 1 when something was, 2 for a
usage error, a bad configuration file (:mod:`perflint.config`: file, line and key named), an
input perflint could not read (the message names the file; no traceback), a check that failed
on a file (an E903 entry; ``--debug`` prints the traceback), or a check plugin that could not be
loaded (named on stderr after the findings of every other check). User text in messages is
never rich markup (see :mod:`perflint.safety`). Every message is in the run's language (``--lang``,
else the configuration's ``lang``, else Chinese) from the catalogue of :mod:`perflint.catalogue`;
what the commands share is :mod:`perflint.cli_support`.
``perflint config [PATH]`` shows the settings in force and where each came from.
"""

# No ``from __future__ import annotations`` here: typer reads the commands' parameters from
# their annotations, and string annotations cost it an eval (and a compile) of each one at every
# start, about 25 ms of a one-draft run; annotations evaluated at definition cost nothing more.

import gc
import sys
from pathlib import Path
from typing import Annotated

import typer

from perflint import __version__, heap
from perflint.baseline import build as build_baseline
from perflint.catalogue import t
from perflint.check import Context
from perflint.cli_support import (
    FailOn,
    Lang,
    OutputFormat,
    RulesFormat,
    bad_config,
    check_targets,
    early_lang,
    err,
    fail,
    load_baseline,
    load_checks,
    plugin_problems,
    print_problems,
    report,
    resolver,
    size,
    split,
    write,
)
from perflint.cli_values import defer_conversion
from perflint.config import ConfigError
from perflint.diagnostics import Diagnostic, Severity
from perflint.discover import find_drafts
from perflint.engine import BUILTIN_DISTRIBUTION
from perflint.progress import over_the_report, track
from perflint.read.errors import InputError
from perflint.report.base import FileResult
from perflint.runner import Task, corpus_findings, lint_files
from perflint.safety import DEFAULT_MAX_SIZE, load_input, say
from perflint.settings import Overrides, describe

app = typer.Typer(
    help="Lint Chinese performance-report drafts (绩效自评报告, 自评表, 部门决算说明).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"perflint {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """perflint: find totals that do not add up, copied indicators, boilerplate, unit and year errors."""


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
    cross_document: Annotated[bool, typer.Option("--cross-document", help="Also compare the drafts with each other: paragraphs and indicators copied between reports (D209).")] = False,
) -> None:
    """Check drafts and report findings with line references."""
    overrides = Overrides(select=split(select_) if select_ else None, extend_select=split(extend_select),
                          ignore=split(ignore), options=option or [], fiscal_year=year,
                          lang=lang.value if lang else None, fail_on=fail_on.value if fail_on else None,
                          min_severity=min_severity.value if min_severity else None,
                          force_exclude=force_exclude, config=config, isolated=isolated)
    msg_lang = _interrupted["lang"] = early_lang(overrides.lang, overrides)  # until the configuration is read
    limit = size(max_size, msg_lang)
    registry, settings_resolver = resolver(overrides, msg_lang)
    installed = registry.checks
    try:
        run_wide = settings_resolver.run_wide(Path(stdin_filename) if stdin_filename else None)
        msg_lang = _interrupted["lang"] = run_wide.lang
        files, skipped = find_drafts(paths or [Path(".")], settings_resolver)
        stdin_name = Path(stdin_filename or "-")
        if Path("-") in files and (named := settings_resolver.for_file(stdin_name)).force_exclude \
                and named.excluded(stdin_name):
            files, skipped = [p for p in files if p != Path("-")], [*skipped, stdin_name]
    except ConfigError as exc:
        bad_config(exc, msg_lang)
    accepted = load_baseline(baseline, msg_lang)
    if not files:
        if skipped:  # every path named was excluded by the configuration (--force-exclude)
            raise typer.Exit(0)
        fail(msg_lang, "cli.no_drafts")
    check_targets([output, write_baseline], files, msg_lang)
    used: dict[str, type] = {}
    unreadable = False
    recorded: list = []
    tasks: list[Task] = []
    settings_of = []
    lists_seen: set[int] = set()
    for path in files:
        name = stdin_name if path == Path("-") else path
        settings, checks = settings_resolver.checks_for(name)
        if id(checks) not in lists_seen:  # drafts that share settings share one list of checks
            lists_seen.add(id(checks))
            used.update((c.code, type(c)) for c in checks)
        data = sys.stdin.buffer.read() if path == Path("-") else None
        tasks.append(Task(path, checks, Context(lang=run_wide.lang, fiscal_year=settings.fiscal_year), name, data,
                          limit, debug, all_lines=output_format is OutputFormat.html,
                          cross_document=cross_document))
        settings_of.append(settings)
    outcomes = lint_files(tasks, installed, jobs)  # input order, whatever --jobs
    across: dict = {}
    across_failures: list[str] = []
    if cross_document:  # every file's passages are needed before any file's report
        outcomes = list(outcomes)
        across, across_failures = corpus_findings(tasks, outcomes)
    for problem in across_failures:
        say(err, "perflint: " + t("cli.internal_error", msg_lang, problem=problem), "yellow")
    failed = bool(across_failures)
    threshold = None if run_wide.fail_on == "never" else Severity.parse(run_wide.fail_on)
    over_threshold = False
    shown = track(files, quiet=quiet)
    with report(output_format.value, run_wide.lang, output, [used[c] for c in sorted(used)], not no_source,
                statistics, quiet, len(files), hold=output is None and over_the_report(len(files), quiet),
                family_titles={name: fam.title for name, fam in registry.families.items()}) as reporter:
        for settings, _shown, out in zip(settings_of, shown, outcomes, strict=True):
            if out.error is not None:
                say(err, f"perflint: {out.error}", "red")
                reporter.add(FileResult(out.path, error=out.error, error_reason=out.error_reason,
                                        error_line=out.error_line, error_column=out.error_column))
                unreadable = True
                continue
            for problem, trace in zip(out.internal_errors, out.tracebacks, strict=True):
                say(err, "perflint: " + t("cli.internal_error", msg_lang, problem=problem), "yellow")
                if debug:
                    say(err, trace)
            failed = failed or bool(out.internal_errors)
            diags = sorted([*out.diagnostics, *across.get(out.path, [])], key=Diagnostic.sort_key)
            settings.reseverity(diags, installed)
            diags = [d for d in diags if d.severity >= settings.min_severity]
            if write_baseline is not None:
                recorded.extend((d, out.doc) for d in diags)
            if accepted is not None:
                diags = accepted.new_findings(diags, out.doc)
            over_threshold = over_threshold or (threshold is not None and any(d.severity >= threshold for d in diags))
            reporter.add(FileResult(out.path, out.doc, diags, internal_errors=out.internal_errors))
    plugin_problems(registry, msg_lang)
    if write_baseline is not None:
        write(write_baseline, build_baseline(recorded, write_baseline), msg_lang)
        say(err, "perflint: " + t("cli.recorded", msg_lang, n=len(recorded), path=write_baseline))
        raise typer.Exit(2 if unreadable or failed else 0)
    if unreadable or failed:
        raise typer.Exit(2)
    if over_threshold:
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
    overrides = Overrides(select=split(select_) if select_ else None, extend_select=split(extend_select),
                          ignore=split(ignore), options=option or [], fiscal_year=year,
                          lang=lang.value if lang else None, fail_on=fail_on.value if fail_on else None,
                          min_severity=min_severity.value if min_severity else None, config=config, isolated=isolated)
    msg_lang = early_lang(overrides.lang, overrides)
    registry, settings_resolver = resolver(overrides, msg_lang)
    try:
        msg_lang = settings_resolver.run_wide().lang
        settings = settings_resolver.for_folder(path) if path.is_dir() else settings_resolver.for_file(path)
        rows = describe(settings, settings_resolver.run_wide(), None if path.is_dir() else path, msg_lang)
    except ConfigError as exc:
        bad_config(exc, msg_lang)
    for key, value, source in rows:
        typer.echo(f"{key} = {value}\n    # {source}")
    plugin_problems(registry, msg_lang)


@app.command()
def rules(
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the titles.")] = Lang.zh,
    fmt: Annotated[RulesFormat, typer.Option("--format", help="table, or markdown: the reference in docs/rules.md.")] = RulesFormat.table,
) -> None:
    """List every installed check: code, name, family, default severity."""
    from rich.table import Table  # imported here: a check run never draws a table of rules

    registry, classes = load_checks([], [], lang.value)
    if fmt is RulesFormat.markdown:
        from perflint.ruledocs import markdown

        typer.echo(markdown(registry), nl=False)
        return plugin_problems(registry, lang.value)
    table = Table(show_edge=False)
    for column in ("code", "name", "family", "severity", "title"):
        table.add_column(column)
    for cls in classes:
        table.add_row(cls.code, cls.name, cls.family, cls.severity.name, cls.summary(lang.value))
    # piped or redirected: as wide as the rows need, never cut to a guessed 80 columns
    from rich.console import Console

    Console(highlight=False, width=None if sys.stdout.isatty() else 10_000).print(table)
    plugin_problems(registry, lang.value)


@app.command()
def rule(
    code: Annotated[str, typer.Argument(help="A check code (e.g. A101) or name.")],
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the title and documentation.")] = Lang.zh,
) -> None:
    """Explain one check: what it finds, why it matters, an example, how to fix it (Chinese by
    default, English with --lang en; a plugin check without docs in that language shows the other)."""
    from rich.console import Console
    from rich.markdown import Markdown  # imported here: markdown rendering is for this command only

    from perflint.redirects import redirected

    registry, classes = load_checks([], [], lang.value)
    for cls in classes:
        if redirected(code).upper() == cls.code.upper() or code == cls.name:
            console = Console(highlight=False)
            console.print(f"[bold]{cls.code}[/bold] {cls.name} ({cls.family}, {cls.severity.name})")
            if registry.origin(cls) != BUILTIN_DISTRIBUTION:
                console.print(t("cli.rule_origin", lang.value, origin=registry.origin(cls)), markup=False)
            console.print(cls.summary(lang.value))
            console.print(Markdown(cls.docs(lang.value)))
            if cls.default_options:
                options = ", ".join(f"{k}={v!r}" for k, v in cls.default_options.items())
                console.print(t("cli.rule_options", lang.value, options=options), markup=False)
            plugin_problems(registry, lang.value)
            return
    print_problems(registry, lang.value)  # the code may belong to a plugin that failed to load
    fail(lang.value, "cli.no_check", code=repr(code))


@app.command()
def show(
    path: Annotated[Path, typer.Argument(help="A draft (.txt .md .yaml .docx .xlsx .pdf).", show_default=False)],
    locations: Annotated[bool, typer.Option("--locations", help="Add each line's place in the original file.")] = False,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Message language: zh (default) or en.", show_default=False)] = None,
) -> None:
    """Print the text perflint works on: line N here is what a finding's line N means."""
    doc = _load(path, early_lang(lang.value if lang else None))
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
    lang: Annotated[Lang | None, typer.Option("--lang", help="Message language: zh (default) or en.", show_default=False)] = None,
) -> None:
    """Write a draft as a perflint YAML draft (sections, paragraphs and tables in order)."""
    msg_lang = early_lang(lang.value if lang else None)
    doc = _load(path, msg_lang)
    from perflint.convert import to_yaml

    text = to_yaml(doc, path.name)
    if output is None:
        typer.echo(text, nl=False)
        return
    check_targets([output], [path], msg_lang)
    write(output, text, msg_lang)


def _load(path: Path, lang: str):
    """The draft at ``path``, or its reason (naming the file) on stderr and exit 2."""
    try:
        return load_input(path, DEFAULT_MAX_SIZE)
    except InputError as exc:
        say(err, f"perflint: {exc.render(lang)}")
        raise typer.Exit(2) from None


def _say_interrupted() -> None:
    """No traceback; and a report streamed to stdout (JSON, SARIF …) stops mid-way, which a
    reader of the output alone would not know: say so where a person looks."""
    from perflint.catalogue import lang_or_default, t

    print("perflint: " + t("run.interrupted", lang_or_default(_interrupted["lang"])), file=sys.stderr)


def app_for(argv: list[str]) -> typer.Typer:
    """The application to run for ``argv``: when its first argument names a command, ``app`` with
    that command alone (its callback, settings and help unchanged).

    typer builds the click command of every registered command, with each option's parameter,
    before it parses the arguments: about 8 M instructions of a one-draft ``check`` run for the
    five commands it never uses. The command found, its options, its help and its errors are the
    same; anything else (no argument, an option first, an unknown name, a misspelt one that typer
    suggests a command for) runs ``app`` itself."""
    import copy

    from typer.main import get_command_name

    name = argv[1] if len(argv) > 1 else None
    chosen = [c for c in app.registered_commands
              if c.callback is not None and (c.name or get_command_name(c.callback.__name__)) == name]
    if len(chosen) != 1 or app.registered_groups:
        return app
    one = copy.copy(app)
    one.registered_commands = chosen
    return one


# The language of the message a Ctrl-C prints: the run's, once ``check`` has read its settings.
_interrupted = {"lang": None}


def main() -> None:
    try:
        defer_conversion()  # plain option values skip pydantic
        heap.for_a_run()
        app_for(sys.argv)()
    except KeyboardInterrupt:
        _say_interrupted()
        sys.exit(130)
    except SystemExit as exc:
        if exc.code == 130:  # typer turns a Ctrl-C inside the command into exit status 130
            _say_interrupted()
        raise
    finally:
        # Leaving, the interpreter runs full garbage collections over every object still alive
        # (the modules, the checks, their patterns and caches): about 70 ms of a one-draft run's
        # CPU, to look for reference cycles in memory the process is about to give back anyway.
        # Frozen objects are left out of those collections; they are still freed as usual.
        gc.freeze()


if __name__ == "__main__":
    main()
