"""What reporters receive: per-file results. Reporters format; they never compute findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from perflint.diagnostics import Diagnostic
from perflint.model import Document


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None  # the file could not be read
    internal_errors: list[str] = field(default_factory=list)


class Reporter(Protocol):
    def render(self, results: list[FileResult], lang: str) -> None: ...
