"""``--format json``: a JSON array of diagnostics, the stable contract tools read.

Each object has ``path line column end_line end_column code check severity message`` (``check``
is the family) plus ``name`` and ``related``. Unreadable files are reported on stderr, not here.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from perflint.report.base import FileResult


class JsonReporter:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def render(self, results: list[FileResult], lang: str) -> None:
        payload = [d.to_json(lang) for r in results for d in r.diagnostics]
        json.dump(payload, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
