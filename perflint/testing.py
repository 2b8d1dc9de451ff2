"""Helpers for testing checks, perflint's own and plugins': lint a draft written in the test and
assert what was found, by code and line.

    from perflint.testing import assert_findings, assert_quiet, lint_text

    def test_fires_on_a_left_watermark():
        diags = lint_text("某单位2023年度绩效自评报告（征求意见稿）\\n", checks=["Z901"])
        assert_findings(diags, [("Z901", 1)])

    def test_quiet_on_a_final_report():
        assert_quiet(lint_text("某单位2023年度绩效自评报告\\n", checks=[DraftWatermark]))

A check class can be passed directly, so a plugin's tests run before the plugin is installed;
codes, prefixes and family names are looked up among the installed checks. The draft goes
through the same reader, option checking and run as ``perflint check``, but a check that raises
fails the test with its own traceback instead of becoming an internal error.
"""

from __future__ import annotations

import functools
import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from perflint.check import LANGS, Check, Context
from perflint.diagnostics import Diagnostic
from perflint.engine import Registry, instantiate, load_registry, resolve_options, run_checks, select
from perflint.model import Document

__all__ = [
    "CheckSpec", "assert_check_contract", "assert_findings", "assert_quiet", "builtin_checks", "lint_document",
    "installed", "line_of", "lines", "lint_file", "lint_text", "lint_yaml", "resolve_checks",
]

CheckSpec = str | type[Check]
Options = Mapping[str, Mapping[str, Any]]


@functools.lru_cache(maxsize=1)
def installed() -> Registry:
    """The installed checks, loaded once per test session (entry points do not change in one)."""
    return load_registry()


def builtin_checks() -> list[type[Check]]:
    """perflint's own checks, whatever plugins are installed beside them."""
    return installed().builtin()


def ignore_others(args: Sequence[str]) -> list[str]:
    """Command-line arguments of ``perflint check`` that leave out checks of other packages:
    a CLI test about one package's findings is not failed by a plugin installed beside it."""
    own = {c.code for c in builtin_checks()}
    others = [c.code for c in installed().checks if c.code not in own]
    return [*args, "--ignore", ",".join(others)] if others else list(args)


def resolve_checks(checks: Sequence[CheckSpec] | None = None) -> list[type[Check]]:
    """Check classes from classes and selectors (a code, prefix, family name or check name).

    ``None`` means every installed check. A selector that matches nothing raises ``ValueError``.
    """
    if checks is not None and not isinstance(checks, (list, tuple)):
        checks = [checks]  # one class or one code
    known = installed().checks
    if checks is None:
        return list(known)
    out: list[type[Check]] = []
    for spec in checks:
        found = [spec] if isinstance(spec, type) and issubclass(spec, Check) else select(known, [str(spec)])
        if not found:
            raise ValueError(f"no installed check matches {spec!r}")
        out += [c for c in found if c not in out]
    return out


def lint_document(doc: Document, *, checks: Sequence[CheckSpec] | None = None, fiscal_year: int | None = None,
                  options: Options | None = None) -> list[Diagnostic]:
    """Run checks on a document already read; findings sorted and de-duplicated as the CLI does."""
    classes = resolve_checks(checks)
    resolved = resolve_options([*classes, *(c for c in installed().checks if c not in classes)],
                               options or {}) if options else {}
    result = run_checks(doc, instantiate(classes, resolved), Context(fiscal_year=fiscal_year))
    if result.failures:
        check, exc = result.failures[0]
        raise AssertionError(f"check {check.code} ({check.name}) raised {type(exc).__name__}: {exc}") from exc
    from perflint.read.scripts import restore

    restore(doc, result.diagnostics)  # a draft read as Simplified: quotes in its own script
    return result.diagnostics


def lint_text(text: str, *, checks: Sequence[CheckSpec] | None = None, fiscal_year: int | None = None,
              options: Options | None = None, path: str = "draft.txt") -> list[Diagnostic]:
    """Lint a text (or Markdown, when ``path`` ends in ``.md``) draft given as a string.

    ``options`` maps a check code to ``{key: value}``, checked as ``--option CODE.key=value`` is.
    """
    from perflint.read.scripts import parse_in_script
    from perflint.read.text import parse_text

    fmt = "markdown" if path.lower().endswith((".md", ".markdown")) else "text"
    doc = parse_in_script(text, lambda plain: parse_text(plain, path, source_format=fmt))
    return lint_document(doc, checks=checks, fiscal_year=fiscal_year, options=options)


def lint_yaml(text: str, *, checks: Sequence[CheckSpec] | None = None, fiscal_year: int | None = None,
              options: Options | None = None, path: str = "draft.yaml") -> list[Diagnostic]:
    """Lint a perflint YAML draft given as a string (see docs/yaml-format.md)."""
    from perflint.read.scripts import parse_in_script
    from perflint.read.yaml_draft import parse_yaml

    return lint_document(parse_in_script(text, lambda plain: parse_yaml(plain, path)), checks=checks, fiscal_year=fiscal_year, options=options)


def lint_file(path: str | Path, *, checks: Sequence[CheckSpec] | None = None, fiscal_year: int | None = None,
              options: Options | None = None) -> list[Diagnostic]:
    """Lint a fixture file through the same loader as ``perflint check`` (any supported format)."""
    from perflint.read.loader import load

    return lint_document(load(Path(path)), checks=checks, fiscal_year=fiscal_year, options=options)


def _describe(diags: Iterable[Diagnostic]) -> str:
    lines = [f"  {d.code} line {d.location.line}: {d.message('en')}" for d in diags]
    return "\n".join(lines) or "  (nothing)"


def assert_findings(diags: Sequence[Diagnostic], expected: Iterable[tuple[str, int]], *, only: bool = True) -> None:
    """The findings are exactly ``expected`` as (code, line) pairs, in any order, counting repeats.

    With ``only=False`` other findings may be present besides the expected ones.
    """
    want = Counter((code, line) for code, line in expected)
    got = Counter((d.code, d.location.line) for d in diags)
    missing = want - got
    extra = got - want if only else Counter()
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing: " + ", ".join(f"{c} line {n}" for c, n in sorted(missing.elements())))
        if extra:
            parts.append("unexpected: " + ", ".join(f"{c} line {n}" for c, n in sorted(extra.elements())))
        raise AssertionError("; ".join(parts) + "\nfound:\n" + _describe(diags))


def assert_quiet(diags: Sequence[Diagnostic], code: str | None = None) -> None:
    """Nothing was found (or nothing with a code starting with ``code``)."""
    loud = [d for d in diags if code is None or d.code.upper().startswith(code.upper())]
    if loud:
        raise AssertionError(f"expected no findings{f' for {code}' if code else ''}, found:\n" + _describe(loud))


def lines(diags: Iterable[Diagnostic]) -> list[int]:
    """The lines of the findings, sorted (a repeat counts twice): ``assert lines(diags) == [3, 7]``."""
    return sorted(d.location.line for d in diags)


def line_of(text: str, needle: str, *, start: int = 1, whole: bool = False) -> int:
    """The 1-based number of the first line of ``text`` (from line ``start``) that contains
    ``needle`` (or, with ``whole=True``, is exactly ``needle``): tests name a line by its words, so
    an edit above it does not shift every expected number."""
    for number, line in enumerate(text.split("\n"), 1):
        if number >= start and (line == needle if whole else needle in line):
            return number
    raise ValueError(f"no line of the text contains {needle!r}")


def assert_check_contract(cls: type[Check]) -> None:
    """``cls`` declares itself as perflint expects of every check, built-in or plugin: a code and
    a name, a title and messages in every language with the same fields in each, and docs under
    ruff's headings. (Run it over your plugin's ``CHECKS``.)"""
    assert cls.code and re.fullmatch(r"[A-Z]{1,3}\d+", cls.code), f"{cls.__name__}: code {cls.code!r}"
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", cls.name or ""), f"{cls.code}: name {cls.name!r} is not kebab-case"
    assert cls.family, f"{cls.code}: no family"
    assert set(LANGS) <= set(cls.title), f"{cls.code}: title lacks a language"
    assert cls.messages, f"{cls.code}: no messages"
    for key, templates in cls.messages.items():
        assert set(LANGS) <= set(templates), f"{cls.code}.{key} lacks a language"
        # A field may come pre-rendered per language (``how_zh`` / ``how_en``): compare base names.
        fields = {lang: {re.sub(r"_(zh|en)$", "", f) for _, f, _, _ in string.Formatter().parse(t) if f}
                  for lang, t in templates.items()}
        assert fields["zh"] == fields["en"], f"{cls.code}.{key}: zh and en use different fields"
    docs = cls.docs()
    for heading in ("What it does", "Why is this bad?", "Example"):
        assert heading in docs, f"{cls.code} docs lack '{heading}'"
    assert "Use instead" in docs or "How to fix" in docs, f"{cls.code} docs lack 'Use instead'"
    cls()  # default options construct
