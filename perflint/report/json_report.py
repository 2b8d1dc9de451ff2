"""``--format json``: a JSON array of diagnostics, the stable contract tools read.

Each object has ``path line column end_line end_column code check severity message`` (``check``
is the family) plus ``name``, ``message_key``, ``args`` and ``related``. An unreadable input is an
object of the same shape with code ``E902`` and check ``input`` (see :mod:`perflint.report.base`).
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from perflint.report.base import FileResult, findings


class JsonReporter:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def render(self, results: list[FileResult], lang: str) -> None:
        payload = [d.to_json(lang) for r in results for d in findings(r)]
        json.dump(payload, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


class JsonLinesReporter:
    """``--format jsonl``: the objects of ``--format json``, one compact object per line."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def render(self, results: list[FileResult], lang: str) -> None:
        for r in results:
            for d in findings(r):
                self.stream.write(json.dumps(d.to_json(lang), ensure_ascii=False) + "\n")
