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
from perflint.report.base import INPUT_ERROR_CODE, INPUT_ERROR_TITLE, FileResult, findings


def counts(results: list[FileResult]) -> list[dict]:
    """``[{code, name, severity, count}]``, most frequent first, then by code."""
    n: Counter[str] = Counter()
    info: dict[str, tuple[str, str]] = {}
    for r in results:
        for d in findings(r):
            n[d.code] += 1
            info.setdefault(d.code, (d.check_name, d.severity.name))
    return [{"code": c, "name": info[c][0], "severity": info[c][1], "count": k}
            for c, k in sorted(n.items(), key=lambda item: (-item[1], item[0]))]


class StatisticsReporter:
    def __init__(self, stream: TextIO | None = None, checks: Sequence[type[Check]] = (), as_json: bool = False) -> None:
        self.stream = stream or sys.stdout
        self.titles = {c.code: c for c in checks}
        self.as_json = as_json

    def render(self, results: list[FileResult], lang: str) -> None:
        rows = counts(results)
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
        for r in results:  # name what could not be read: a count alone hides which file it was
            if r.error is not None:
                self.stream.write(f"{INPUT_ERROR_CODE}\t{r.error}\n")
        total = sum(r["count"] for r in rows)
        word = {"zh": "合计", "en": "Found"}.get(lang, "合计")
        self.stream.write(f"{word} {total}\n" if lang == "zh" else f"{word} {total} finding(s).\n")
