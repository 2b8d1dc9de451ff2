"""``--format gitlab``: GitLab code-quality JSON (the ``codequality`` report artifact).

Each issue has ``description``, ``check_name``, ``fingerprint``, ``severity`` and
``location.path`` / ``location.lines.begin``. The fingerprint hashes the finding's baseline key
(code, path, message, source line text — see :mod:`perflint.baseline`), so it stays the same
across runs and when lines move, which is what GitLab uses to tell new issues from fixed ones.
"""

from __future__ import annotations

import sys
from typing import TextIO

from perflint.baseline import fingerprints
from perflint.diagnostics import Severity
from perflint.report.base import FileResult, JsonArrayWriter, Streaming, findings

SEVERITY = {Severity.error: "major", Severity.warning: "minor", Severity.info: "info", Severity.rounding: "info"}


class GitlabReporter(Streaming):
    """Writes each file's issues as the file is added (fingerprints count ranks within a file:
    a finding's key holds its path)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def start(self, lang: str, files: int) -> None:
        super().start(lang, files)
        self.array = JsonArrayWriter(self.stream)

    def add(self, result: FileResult) -> None:
        items = findings(result)
        prints = fingerprints((d, result.document) for d in items)
        for d, fingerprint in zip(items, prints, strict=True):
            self.array.item({
                "type": "issue",
                "description": f"{d.code} {d.message(self.lang)}",
                "check_name": f"{d.code} {d.check_name}".strip(),
                "categories": ["Bug Risk" if d.severity >= Severity.error else "Style"],
                "fingerprint": fingerprint,
                "severity": "blocker" if result.error is not None else SEVERITY[d.severity],
                "location": {"path": d.location.path, "lines": {"begin": d.location.line,
                                                                 "end": d.location.end_line or d.location.line}},
            })

    def finish(self) -> None:
        self.array.close()
