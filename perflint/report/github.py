"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message``. GitHub reads ``%``,
CR and LF in the message as escapes (``%25 %0D %0A``), and additionally ``:`` and ``,`` in
property values, so those are escaped as its runner expects. info and rounding are notices.
"""

from __future__ import annotations

import sys
from typing import TextIO

from perflint.diagnostics import Severity
from perflint.report.base import FileResult, Streaming, findings

LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice", Severity.rounding: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Streaming):
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def add(self, result: FileResult) -> None:
        lang = self.lang
        for d in findings(result):
            loc = d.location
            props = [
                f"file={escape_property(loc.path)}",
                f"line={loc.line}",
                f"col={loc.column}",
                f"endLine={loc.end_line or loc.line}",
                f"endColumn={loc.end_column or loc.column}",
                f"title={escape_property(d.code)}",
            ]
            message = d.message(lang) + (f" ({d.check_name})" if d.check_name else "")
            self.stream.write(f"::{LEVEL[d.severity]} {','.join(props)}::{escape_data(message)}\n")
