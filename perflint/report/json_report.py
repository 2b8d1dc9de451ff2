"""``--format json``: a JSON array of diagnostics, the stable contract tools read.

Each object has ``path line column end_line end_column code check severity message`` (``check``
is the family) plus ``name``, ``message_key``, ``args`` and ``related``. An unreadable input is an
object of the same shape with code ``E902`` and check ``input`` (see :mod:`perflint.report.base`).
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from perflint.report.base import FileResult, JsonArrayWriter, Streaming, findings


class JsonReporter(Streaming):
    """Writes each file's objects as the file is added (the array is never held whole)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def start(self, lang: str, files: int) -> None:
        super().start(lang, files)
        self.array = JsonArrayWriter(self.stream)

    def add(self, result: FileResult) -> None:
        for d in findings(result):
            self.array.item(d.to_json(self.lang))

    def finish(self) -> None:
        self.array.close()


class JsonLinesReporter(Streaming):
    """``--format jsonl``: the objects of ``--format json``, one compact object per line."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def add(self, result: FileResult) -> None:
        for d in findings(result):
            self.stream.write(json.dumps(d.to_json(self.lang), ensure_ascii=False) + "\n")
