"""Diagnostics: what a check reports, independent of how it is shown.

A diagnostic carries a message *template key* and its arguments, not a rendered sentence, so
the same finding can be printed in Chinese or English and the wording lives apart from the
detection logic (as pyflakes keeps its messages).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from perflint.model import Location


class Severity(enum.IntEnum):
    """Ordered so ``--fail-on`` can compare. ``rounding`` is a last-digit difference."""

    rounding = 1
    info = 2
    warning = 3
    error = 4

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().lower()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r}; use one of: {', '.join(s.name for s in cls)}") from None


@dataclass
class Related:
    """The other side of a finding: a first occurrence, the table a prose figure quotes…"""

    location: Location
    note: dict[str, str] = field(default_factory=dict)  # lang -> short label


@dataclass
class Diagnostic:
    code: str
    family: str
    severity: Severity
    location: Location
    messages: dict[str, str]  # lang -> rendered message
    related: list[Related] = field(default_factory=list)
    check_name: str = ""

    def message(self, lang: str = "zh") -> str:
        return self.messages.get(lang) or self.messages.get("zh") or next(iter(self.messages.values()), "")

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.line, loc.column, self.code)

    def to_json(self, lang: str = "zh") -> dict:
        loc = self.location
        return {
            "path": loc.path,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line or loc.line,
            "end_column": loc.end_column or loc.column,
            "code": self.code,
            "check": self.family,
            "name": self.check_name,
            "severity": self.severity.name,
            "message": self.message(lang),
            "related": [
                {"path": r.location.path, "line": r.location.line, "column": r.location.column,
                 "note": r.note.get(lang) or r.note.get("zh", "")}
                for r in self.related
            ],
        }
