"""``--format statistics`` (``--statistics``): how many findings per code, like ruff's.

One line per code, most frequent first: count, code, name, severity, title. For a reviewer with
700 findings in one bundle this is the first thing to read. ``--statistics --format json`` gives
the same counts as a JSON array.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from perflint.check import Check
from perflint.report.base import INPUT_ERROR_CODE, INPUT_ERROR_TITLE, FileResult, Streaming, findings


class Tally:
    """Findings per code, counted file by file."""

    def __init__(self) -> None:
        self.n: Counter[str] = Counter()
        self.info: dict[str, tuple[str, str]] = {}
        self.errors: list[str] = []  # the messages of the inputs that could not be read

    def add(self, result: FileResult) -> None:
        for d in findings(result):
            self.n[d.code] += 1
            self.info.setdefault(d.code, (d.check_name, d.severity.name))
        if result.error is not None:
            self.errors.append(result.error)

    def rows(self) -> list[dict]:
        return [{"code": c, "name": self.info[c][0], "severity": self.info[c][1], "count": k}
                for c, k in sorted(self.n.items(), key=lambda item: (-item[1], item[0]))]


class StatisticsReporter(Streaming):
    def __init__(self, stream: TextIO | None = None, checks: Sequence[type[Check]] = (), as_json: bool = False) -> None:
        self.stream = stream or sys.stdout
        self.titles = {c.code: c for c in checks}
        self.as_json = as_json

    def start(self, lang: str, files: int) -> None:
        super().start(lang, files)
        self.tally = Tally()

    def add(self, result: FileResult) -> None:
        self.tally.add(result)

    def finish(self) -> None:
        lang = self.lang
        rows = self.tally.rows()
        if self.as_json:
            json.dump(rows, self.stream, ensure_ascii=False, indent=2)
            self.stream.write("\n")
            return
        width = max((len(str(r["count"])) for r in rows), default=1)
        name_width = max((len(r["name"]) for r in rows), default=0)
        for r in rows:
            cls = self.titles.get(r["code"])
            title = cls.summary(lang) if cls else INPUT_ERROR_TITLE.get(lang, "") if r["code"] == INPUT_ERROR_CODE else ""
            line = f"{r['count']:>{width}}\t{r['code']}\t{r['name']:<{name_width}}  {r['severity']:<8} {title}"
            self.stream.write(line.rstrip() + "\n")
        for error in self.tally.errors:  # name what could not be read: a count alone hides which file it was
            self.stream.write(f"{INPUT_ERROR_CODE}\t{error}\n")
        total = sum(r["count"] for r in rows)
        word = {"zh": "合计", "en": "Found"}.get(lang, "合计")
        self.stream.write(f"{word} {total}\n" if lang == "zh" else f"{word} {total} finding(s).\n")
