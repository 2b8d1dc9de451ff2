"""What is kept of a linted draft until the report is written: its findings' source lines.

The reporters print the source line under each finding, the part a finding falls in, and (the
HTML report only) every line of the draft; the baseline keys a finding by its source line. None
of them needs the document model (every cell and line as a ``SourceText`` with its anchors,
tens of times the draft's size), so a run over a folder of thousands of drafts keeps, per draft,
only :class:`RetainedSource`: the lines its findings point at and the parts' headings. Memory
then grows with the findings, not with the drafts (issue 11), and a worker process ships back
that little instead of the whole model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from perflint.diagnostics import Diagnostic
from perflint.model import Document


@dataclass(frozen=True)
class PartHeading:
    """A part as the reporters show it: its title and the line it starts on."""

    title: str
    line: int


class RetainedSource:
    """Stands for a linted :class:`~perflint.model.Document` in a report: ``path``,
    ``source_format``, ``parts`` (title and line), ``source_line(n)`` and ``lines``.

    ``lines`` holds every line when the report shows the whole draft (``all_lines``); otherwise
    only the lines findings point at are kept and the others read as empty.
    """

    __slots__ = ("path", "source_format", "parts", "line_count", "_lines", "_kept")

    def __init__(self, doc: Document, lines: Iterable[int] = (), *, all_lines: bool = False) -> None:
        self.path = doc.path
        self.source_format = doc.source_format
        self.parts = [PartHeading(p.title, p.line) for p in doc.parts]
        self.line_count = len(doc.lines)
        self._lines: list[str] | None = list(doc.lines) if all_lines else None
        self._kept: dict[int, str] = {} if all_lines else {
            n: doc.lines[n - 1] for n in sorted(set(lines)) if 1 <= n <= len(doc.lines)}

    @property
    def lines(self) -> list[str]:
        if self._lines is not None:
            return self._lines
        return [self._kept.get(n, "") for n in range(1, self.line_count + 1)]

    def source_line(self, line: int) -> str:
        if self._lines is not None:
            return self._lines[line - 1] if 1 <= line <= len(self._lines) else ""
        return self._kept.get(line, "")


def retain(doc: Document, diagnostics: Iterable[Diagnostic], *, all_lines: bool = False,
           also: Iterable[int] = ()) -> RetainedSource:
    """What a report and a baseline need of ``doc`` for these findings: the line each finding
    starts on, line 1 (where an internal-error entry of the file stands), and the lines ``also``
    names (the passages a rule across documents may report on, found after this file is done)."""
    return RetainedSource(doc, [1, *(d.location.line for d in diagnostics), *also], all_lines=all_lines)
