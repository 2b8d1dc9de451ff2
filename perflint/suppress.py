"""Inline suppression: silence an accepted finding where it is, not for every file.

Directives are read from the document's *source lines* after the checks have run (checks never
see them), and a finding is dropped when a directive covers its line and one of the directive's
selectors matches it. Selectors are what ``--select`` takes: a code (``A101``), a prefix (``A1``,
``A``), a family (``arithmetic``), a check name (``table-total-mismatch``) or ``ALL``.

Text and Markdown drafts (HTML comments, invisible once rendered)::

    <!-- perflint: disable=A101,units -->       from the next line until enable (or the end)
    <!-- perflint: enable=A101 -->              ends an open disable of A101 (or of a narrower one)
    <!-- perflint: disable-next-line=T801 -->   the next non-blank line
    正文…… <!-- perflint: disable-line=T801 -->  this line

YAML drafts: ``# perflint: ignore[C702,U4]`` at the end of a value's line, or alone on the line
above it; on the line of a block scalar (``text: |``) it covers the whole block.

Word and Excel drafts: a comment (批注, cell note) whose text holds ``perflint: ignore[C702]``
covers what it is anchored on: the paragraph, the table rows it spans, the cell's row.

The opt-in check ``S690 unused-suppression`` (:mod:`perflint.checks.unused_suppression`)
reports selectors that suppressed nothing, or that name no installed check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from perflint.check import Check
from perflint.diagnostics import Diagnostic
from perflint.model import Document, Location
from perflint.redirects import redirected
from perflint.text.patterns import lazy_compile

_HTML = lazy_compile(
    r"<!--\s*perflint\s*:\s*(?P<kind>disable-next-line|disable-line|disable|enable)\b\s*(?:=\s*(?P<codes>[^>]*?))?\s*-->",
    re.IGNORECASE,
)
_YAML = lazy_compile(r"#\s*perflint\s*:\s*ignore\s*\[(?P<codes>[^\]]*)\]", re.IGNORECASE)
_IGNORE = lazy_compile(r"perflint\s*[:：]\s*ignore\s*[\[［](?P<codes>[^\]］]*)[\]］]", re.IGNORECASE)
_BLOCK_SCALAR = lazy_compile(r"(?::|^\s*-|\s-)\s*[|>][0-9+-]*\s*$")  # `key: |`, `- >-`


@dataclass
class Directive:
    """One suppression comment: which selectors, which lines it covers, which it used."""

    kind: str
    selectors: list[str]
    line: int
    column: int
    start: int = 0  # first covered line
    end: int = 0  # last covered line (inclusive)
    used: set[str] = field(default_factory=set)

    def covers(self, line: int) -> bool:
        return self.start <= line <= self.end


def selector_matches(diag: Diagnostic, selector: str) -> bool:
    """``--select`` semantics on a finding: ALL, family, check name, code or code prefix."""
    s = redirected(selector).strip()
    if not s:
        return False
    return (s.upper() == "ALL" or s.lower() == diag.family or s == diag.check_name
            or diag.code.upper().startswith(s.upper()))


def class_matches(cls: type[Check], selector: str) -> bool:
    s = redirected(selector).strip()
    return bool(s) and (s.upper() == "ALL" or s.lower() == cls.family or s == cls.name
                        or cls.code.upper().startswith(s.upper()))


def _codes(raw: str | None) -> list[str]:
    if raw is None or not raw.strip():
        return ["ALL"]
    return [c.strip() for c in raw.split(",") if c.strip()]


def names_perflint(text: str) -> bool:
    """Whether ``text`` can hold a directive: the patterns ignore case, so must this screen."""
    return "perflint" in text or "perflint" in text.lower()


def visible_lines(raw_lines: Sequence[str]) -> list[tuple[int, str]]:
    """``(line number, text)`` of a text draft's lines as a reader should see them.

    A suppression comment is not part of the draft: a line holding only directives is dropped
    (so it cannot split a table or a paragraph), and a directive at the end of a line is cut
    (the columns before it do not move). The importer calls this; the numbers stay the file's.
    """
    out = []
    for n, raw in enumerate(raw_lines, start=1):
        if not names_perflint(raw) or not _HTML.search(raw):
            out.append((n, raw))
            continue
        rest = _HTML.sub("", raw)
        if rest.strip():
            out.append((n, rest.rstrip() + ("\r" if raw.endswith("\r") else "")))
    return out


def _blank_or_directive(text: str, pattern: re.Pattern[str]) -> bool:
    return not pattern.sub("", text).strip() or (pattern is _YAML and text.lstrip().startswith("#"))


def _next_content_line(lines: list[str], after: int, pattern: re.Pattern[str]) -> int:
    """The 1-based number of the first line after ``after`` with content (not blank, not a directive)."""
    for i in range(after, len(lines)):
        if not _blank_or_directive(lines[i], pattern):
            return i + 1
    return after + 1


def _text_directives(lines: list[str]) -> list[Directive]:
    out: list[Directive] = []
    open_ranges: list[Directive] = []
    for n, text in enumerate(lines, start=1):
        for m in _HTML.finditer(text):
            kind = m.group("kind").lower()
            d = Directive(kind, _codes(m.group("codes")), n, m.start() + 1)
            if kind == "disable-line":
                d.start = d.end = n
            elif kind == "disable-next-line":
                d.start = d.end = _next_content_line(lines, n, _HTML)
            elif kind == "disable":
                d.start, d.end = n, len(lines)
                open_ranges.append(d)
            else:  # enable: close the open disables it names (or narrower ones)
                for opened in open_ranges:
                    if opened.end < len(lines):
                        continue
                    for sel in map(redirected, d.selectors):
                        if any(sel.upper() == "ALL" or o.upper().startswith(sel.upper()) or o.lower() == sel.lower()
                               for o in map(redirected, opened.selectors)):
                            opened.end = n
                continue  # an enable suppresses nothing itself
            out.append(d)
    return out


def _block_end(lines: list[str], line: int) -> int:
    """Last line of the block scalar opened on ``line`` (1-based): the more-indented lines below."""
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    end = line
    for i in range(line, len(lines)):
        text = lines[i]
        if not text.strip():
            continue
        if len(text) - len(text.lstrip()) <= indent:
            break
        end = i + 1
    return end


def _yaml_directives(lines: list[str]) -> list[Directive]:
    out: list[Directive] = []
    for n, text in enumerate(lines, start=1):
        m = _YAML.search(text)
        if not m:
            continue
        d = Directive("ignore", _codes(m.group("codes")), n, m.start() + 1)
        before = text[:m.start()]
        target = n if before.strip() else _next_content_line(lines, n, _YAML)
        d.start = d.end = target
        if target <= len(lines):
            value = lines[target - 1] if target != n else before
            value = _YAML.sub("", value).split(" #")[0].rstrip()
            if _BLOCK_SCALAR.search(value):
                d.end = _block_end(lines, target)
        out.append(d)
    return out


def directives(doc: Document) -> list[Directive]:
    """The suppression directives written in ``doc``'s source, by its format."""
    if doc.source_format == "yaml":
        return _yaml_directives(doc.lines)
    if doc.source_format in ("text", "markdown"):
        return _text_directives(doc.lines)
    return _comment_directives(doc.metadata.get("comments") or [])


def _comment_directives(comments: Sequence[tuple[int, int, str]]) -> list[Directive]:
    """Directives in an office file's comments, each covering the lines its comment spans."""
    out = []
    for first, last, text in comments:
        for m in _IGNORE.finditer(text):  # half- or full-width, as a Chinese IME types it
            out.append(Directive("ignore", _codes(m.group("codes")), first, 1, first, last))
    return out


def apply(doc: Document | None, diags: Sequence[Diagnostic], found: Sequence[Directive] | None = None) -> list[Diagnostic]:
    """``diags`` without the ones a directive covers; marks each directive's used selectors."""
    found = directives(doc) if found is None else found
    if not found:
        return list(diags)
    kept = []
    for diag in diags:
        hit = False
        for d in found:
            if not d.covers(diag.location.line):
                continue
            for sel in d.selectors:
                if selector_matches(diag, sel):
                    d.used.add(sel)
                    hit = True
        if not hit:
            kept.append(diag)
    return kept


def unused(
    doc: Document,
    found: Sequence[Directive],
    reporter: Check,
    installed: Sequence[type[Check]],
    running: Sequence[type[Check]],
) -> list[Diagnostic]:
    """Findings of ``reporter`` (S690) for selectors that suppressed nothing.

    A selector naming no installed check is reported as unknown. One that names only checks
    this run did not run (``--select``/``--ignore``) is left alone: nobody can tell it is unused.
    """
    out = []
    for d in found:
        for sel in d.selectors:
            if sel in d.used:
                continue
            where = Location(doc.path, d.line, d.column, d.line, d.column + 1)
            if not any(class_matches(cls, sel) for cls in installed):
                out.append(reporter.diagnostic("unknown", where, selector=sel))
            elif any(class_matches(cls, sel) for cls in running):
                out.append(reporter.diagnostic("unused", where, selector=sel))
    return out


def opt_in_filter(chosen: Sequence[type[Check]], selected: Sequence[str]) -> list[type[Check]]:
    """Drop opt-in checks (``opt_in = True``) unless a ``--select`` selector names them."""
    return [c for c in chosen
            if not getattr(c, "opt_in", False) or any(class_matches(c, s) for s in selected)]


def suppress(
    doc: Document,
    diags: Sequence[Diagnostic],
    checks: Sequence[Check],
    installed: Sequence[type[Check]] = (),
) -> list[Diagnostic]:
    """The engine step after the checks: drop suppressed findings, then (when the opt-in check
    ``unused-suppression`` is among ``checks``) add its findings, themselves suppressible."""
    found = directives(doc)
    kept = apply(doc, diags, found)
    reporter = next((c for c in checks if getattr(c, "reports_unused_suppressions", False)), None)
    if reporter is None or not found:
        return kept
    # A rule across documents (``corpus``) reports after this step, so a selector naming it
    # cannot be judged unused here: such a rule counts as not running (its directives are
    # applied to its findings by the caller, see ``perflint.runner.Outcome.directives``).
    running = [type(c) for c in checks if not getattr(c, "corpus", False)]
    extra = unused(doc, found, reporter, installed or [type(c) for c in checks], running)
    # A directive may silence S690 itself; that use does not count as a use of anything else.
    extra = [e for e in extra if not any(d.covers(e.location.line) and any(selector_matches(e, s) for s in d.selectors)
                                         for d in found)]
    return sorted(kept + extra, key=Diagnostic.sort_key)
