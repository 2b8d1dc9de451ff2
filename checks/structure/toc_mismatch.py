"""S604: a table-of-contents entry whose wording differs from the heading it points to."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.contents import differing_clauses, toc_matches
from perflint.model import Document, TocEntry


def _title_location(entry: TocEntry):
    value = entry.text.value
    start = value.find(entry.title) if entry.title else -1
    if start < 0:
        return entry.text.locate()
    return entry.text.locate(start, start + len(entry.title))


class TocMismatch(Check):
    """## What it does
    Compares each table-of-contents line (`一、部门主要职责……2`) with the headings and numbered
    lines of the document. An entry that matches nothing exactly (spaces, full/half-width
    punctuation and trailing punctuation aside) but nearly matches one body title is reported
    at the TOC line, naming the body line.

    Entries with no near match at all (figures, tables, sections the importer could not see)
    are not reported unless `report_missing` is set, and then only as information.

    ## Why is this bad?
    A TOC that disagrees with the body is the trace of a heading edited in one place only; one
    of the two has a typo, and the published document contradicts itself.

    ## Example
    ```text
    1、严格落实资金管理，规范支出程序。.......12
    …
    1、严格落实资金管理，规范支付程序。
    ```

    ## Use instead
    Regenerate the table of contents from the headings, or make both read the same.

    ## Options
    - `threshold` (default 85): the rapidfuzz ratio (0–100) from which a body title counts as
      the entry's near match.
    - `report_missing` (default false): also report entries with no near match (as info).
    """

    code = "S604"
    name = "toc-mismatch"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "目录与正文标题不一致", "en": "Table of contents differs from the headings"}
    messages = {
        "mismatch": {
            "zh": "目录“{toc}”与正文标题“{body}”（第 {line} 行）不一致",
            "en": "the table of contents says “{toc}” but the heading at line {line} says “{body}”",
        },
        "missing": {
            "zh": "目录“{toc}”在正文中找不到对应标题",
            "en": "no heading in the text matches the table-of-contents entry “{toc}”",
        },
        "body": {"zh": "正文标题", "en": "heading in the text"},
    }
    default_options = {"threshold": 85.0, "report_missing": False}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        threshold = float(self.options["threshold"])
        for match in toc_matches(doc, threshold):
            if match.exact:
                continue
            loc = _title_location(match.entry)
            if match.target is None:
                if self.options["report_missing"]:
                    yield self.diagnostic("missing", loc, severity=Severity.info, toc=match.entry_title)
                continue
            toc, body = differing_clauses(match.entry_title, match.target_title)
            target = match.target.text.locate()
            yield self.diagnostic("mismatch", loc, related=[(target, "body")], toc=toc, body=body,
                                  line=target.line)
