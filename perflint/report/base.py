"""What reporters receive: per-file results. Reporters format; they never compute findings.

An input that could not be read is a result with ``error`` set. Every format shows it as an
*error entry* (:func:`findings`), a pseudo-diagnostic with code :data:`INPUT_ERROR_CODE`, so a CI
system never mistakes "could not look" for "nothing found".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Location

INPUT_ERROR_CODE = "E902"  # as ruff names its I/O error
INPUT_ERROR_NAME = "unreadable-input"
INPUT_ERROR_FAMILY = "input"
INPUT_ERROR_TITLE = {"zh": "无法读取输入文件", "en": "The input could not be read"}
INPUT_ERROR_HELP = (
    "perflint could not read this input (missing, not a draft format it knows, bad encoding or "
    "invalid YAML), so it was not checked. / perflint 无法读取该文件（不存在、格式不支持、编码错误或 "
    "YAML 无效），因此未检查。"
)
INTERNAL_ERROR_CODE = "E903"  # a check failed on this file: perflint's fault, never the draft's
INTERNAL_ERROR_NAME = "internal-error"
INTERNAL_ERROR_FAMILY = "internal"
_INTERNAL_TEMPLATES = {"zh": "perflint 内部错误，本文件未检查完整：{reason}",
                       "en": "perflint internal error, this file was not fully checked: {reason}"}
_INPUT_TEMPLATES = {"zh": "无法读取，未检查：{reason}", "en": "could not be read, not checked: {reason}"}


@dataclass
class FileResult:
    """What a reporter gets for one input: its document and findings, or why it was not read."""

    path: str
    document: Document | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None  # the file could not be read (the full message, naming the file)
    internal_errors: list[str] = field(default_factory=list)  # one per check that failed (no traceback)
    error_reason: str | None = None  # the reason alone, without the file name
    error_line: int | None = None
    error_column: int | None = None


def input_error(result: FileResult) -> Diagnostic:
    """The error entry that stands for an unreadable input in every output format."""
    reason = result.error_reason or result.error or ""
    prefix = f"{result.path}: "
    if reason.startswith(prefix):
        reason = reason[len(prefix):]
    line = result.error_line or 1
    column = result.error_column or 1
    return Diagnostic(
        code=INPUT_ERROR_CODE,
        family=INPUT_ERROR_FAMILY,
        severity=Severity.error,
        location=Location(result.path, line, column, line, column),
        check_name=INPUT_ERROR_NAME,
        key="unreadable",
        args={"reason": reason},
        templates=dict(_INPUT_TEMPLATES),
    )


def internal_error(result: FileResult, problem: str) -> Diagnostic:
    """The error entry for a check that failed on this file: the file was not fully checked."""
    prefix = f"{result.path}: "
    reason = problem[len(prefix):] if problem.startswith(prefix) else problem
    return Diagnostic(
        code=INTERNAL_ERROR_CODE,
        family=INTERNAL_ERROR_FAMILY,
        severity=Severity.error,
        location=Location(result.path, 1, 1, 1, 1),
        check_name=INTERNAL_ERROR_NAME,
        key="internal",
        args={"reason": reason},
        templates=dict(_INTERNAL_TEMPLATES),
    )


def findings(result: FileResult) -> list[Diagnostic]:
    """The result's diagnostics and an entry per failed check, or the error entry of an unreadable input."""
    if result.error is not None:
        return [input_error(result)]
    return list(result.diagnostics) + [internal_error(result, p) for p in result.internal_errors]


class Reporter(Protocol):
    """A report is written as the run goes: :meth:`start`, :meth:`add` once per file in input
    order, :meth:`finish`. :meth:`render` does the three at once for a list of results."""

    def start(self, lang: str, files: int) -> None: ...
    def add(self, result: FileResult) -> None: ...
    def finish(self) -> None: ...
    def render(self, results: list[FileResult], lang: str) -> None: ...


class Streaming:
    """A reporter that writes each file's findings when the file is added and keeps only tallies,
    so memory does not grow with the number of files in a folder (issue 11)."""

    lang: str = "zh"
    files: int = 0

    def start(self, lang: str, files: int) -> None:
        self.lang, self.files = lang, files

    def add(self, result: FileResult) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass

    def render(self, results: list[FileResult], lang: str) -> None:
        self.start(lang, len(results))
        for result in results:
            self.add(result)
        self.finish()


class Collecting(Streaming):
    """A reporter that needs the whole run before it writes a byte (the SARIF rule list, the HTML
    page with every line of every draft): it keeps the results and renders them at the end."""

    def start(self, lang: str, files: int) -> None:
        super().start(lang, files)
        self.results: list[FileResult] = []

    keeps_source = True  # False: the format never shows source lines, so they are not kept

    def add(self, result: FileResult) -> None:
        if not self.keeps_source and result.document is not None:
            result = replace(result, document=None)
        self.results.append(result)

    def finish(self) -> None:
        self.write(self.results, self.lang)

    def render(self, results: list[FileResult], lang: str) -> None:
        self.write(results, lang)

    def write(self, results: list[FileResult], lang: str) -> None:
        raise NotImplementedError


def indented_json(value: object, newline: str = "\n") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` with each line break written as
    ``newline`` (a deeper start indentation). json's indented output is its pure-Python encoder;
    this one builds the same text from the C encoder's strings, about three times as fast, for
    the types diagnostics hold (anything else: json.dumps itself)."""
    try:
        return _indented(value, newline)
    except _Unusual:
        import json

        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)


class _Unusual(Exception):
    """A value :func:`_indented` leaves to json (a subclass, a key that is not a string …)."""


def _indented(value: object, newline: str) -> str:
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = newline + "  "
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            parts.append(_encode_str(key) + ": " + _indented(item, inner))
        return "{" + inner + ("," + inner).join(parts) + newline + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = newline + "  "
        return "[" + inner + ("," + inner).join([_indented(item, inner) for item in value]) + newline + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and value == value and value not in (float("inf"), float("-inf")):
        return float.__repr__(value)
    raise _Unusual


def _encode_str(text: str) -> str:
    global _encode_str
    from json.encoder import encode_basestring as _encode_str  # the C function json itself calls

    return _encode_str(text)


class JsonArrayWriter:
    """Writes a JSON array one item at a time, byte for byte what ``json.dump(items, indent=2)``
    followed by a newline writes for the whole list, without holding the list."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.count = 0

    def item(self, value: object) -> None:
        body = indented_json(value, "\n  ")
        self.stream.write(("[\n  " if self.count == 0 else ",\n  ") + body)
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
