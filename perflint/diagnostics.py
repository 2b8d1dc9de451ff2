"""Diagnostics: what a check reports, independent of how it is shown.

A diagnostic carries a message *template key* and its arguments, not a rendered sentence, so
the same finding can be printed in Chinese or English and the wording lives apart from the
detection logic (as pyflakes keeps its messages).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

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


def render(templates: Mapping[str, str], args: Mapping[str, Any], lang: str) -> str:
    """``templates`` in ``lang`` (Chinese when missing) filled with ``args``."""
    template = templates.get(lang) or templates.get("zh") or next(iter(templates.values()), "")
    return template.format(**args)


def as_json_value(value: Any) -> Any:
    """An argument as JSON data: numbers stay numbers (decimals as exact strings), the rest text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [as_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): as_json_value(v) for k, v in value.items()}
    return str(value)


@dataclass(slots=True)  # one per finding's note: a large draft has hundreds of thousands
class Related:
    """The other side of a finding: a first occurrence, the table a prose figure quotes…

    ``note`` holds the note's templates by language; with ``args`` they are rendered on demand.
    """

    location: Location
    note: dict[str, str] = field(default_factory=dict)  # lang -> template (or plain text)
    args: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "zh") -> str:
        if not self.note:
            return ""
        return render(self.note, self.args, lang) if self.args else (self.note.get(lang) or self.note.get("zh", ""))


@dataclass(slots=True)  # no per-instance dict: a 20 MB draft has close to a million findings
class Diagnostic:
    """A finding: where, which rule, how sure — and its message as a key and arguments.

    The message is data (``key``, ``args``, the check's ``templates`` by language) and is
    rendered only when shown, in the language the user asked for; the JSON output carries the
    arguments too, so a tool can read a finding's figures without parsing the sentence.
    ``messages`` (language -> text) remains for a finding built from ready text.
    """

    code: str
    family: str
    severity: Severity
    location: Location
    messages: dict[str, str] = field(default_factory=dict)  # lang -> ready text (no template)
    related: list[Related] = field(default_factory=list)
    check_name: str = ""
    key: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)  # lang -> template of ``key``

    def message(self, lang: str = "zh") -> str:
        if self.templates:
            return render(self.templates, self.args, lang)
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
            **({"source_location": loc.native} if loc.native else {}),
            "code": self.code,
            "check": self.family,
            "name": self.check_name,
            "severity": self.severity.name,
            "message": self.message(lang),
            "message_key": self.key,
            "args": {k: as_json_value(v) for k, v in self.args.items()},
            "related": [
                {"path": r.location.path, "line": r.location.line, "column": r.location.column,
                 "note": r.text(lang)}
                for r in self.related
            ],
        }
