"""``--format gitlab``: GitLab code-quality JSON (the ``codequality`` report artifact).

Each issue has ``description``, ``check_name``, ``fingerprint``, ``severity`` and
``location.path`` / ``location.lines.begin``. The fingerprint hashes the finding's baseline key
(code, path, message, source line text — see :mod:`perflint.baseline`), so it stays the same
across runs and when lines move, which is what GitLab uses to tell new issues from fixed ones.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from perflint.baseline import fingerprints
from perflint.diagnostics import Severity
from perflint.report.base import FileResult, findings

SEVERITY = {Severity.error: "major", Severity.warning: "minor", Severity.info: "info", Severity.rounding: "info"}


class GitlabReporter:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def render(self, results: list[FileResult], lang: str) -> None:
        items = [(d, r) for r in results for d in findings(r)]
        prints = fingerprints((d, r.document) for d, r in items)
        issues = []
        for (d, r), fingerprint in zip(items, prints, strict=True):
            issues.append({
                "type": "issue",
                "description": f"{d.code} {d.message(lang)}",
                "check_name": f"{d.code} {d.check_name}".strip(),
                "categories": ["Bug Risk" if d.severity >= Severity.error else "Style"],
                "fingerprint": fingerprint,
                "severity": "blocker" if r.error is not None else SEVERITY[d.severity],
                "location": {"path": d.location.path, "lines": {"begin": d.location.line,
                                                                 "end": d.location.end_line or d.location.line}},
            })
        json.dump(issues, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
