"""The terminal report: one block per finding with the source line and the span highlighted,
then a summary by rule under the findings (code, title, count, grouped by family, like ruff's
``--statistics``) when there is more than one finding, else one summary line. Built from rich
neutral items (:mod:`perflint.report.screen`) drawn once per file: by rich on a terminal, as
plain text in a pipe or a file.

Long outputs stay readable: with several files each file's findings come under its name, and a
file holding several reports (附件) has its findings under each part's title; a long source line
(a flattened table is a whole table on one line) is cut to a window around the span; ``quiet``
prints only the one-line summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from perflint.check import FAMILIES, Check
from perflint.diagnostics import Diagnostic, Severity
from perflint.report.base import FileResult, Streaming, findings
from perflint.report.cells import cell_len
from perflint.report.screen import Item, Line, PlainScreen, RichScreen, Rule, Table

if TYPE_CHECKING:
    from rich.console import Console

_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan", Severity.rounding: "dim"}
_SEVERITY_NAME = {
    "zh": {Severity.error: "错误", Severity.warning: "警告", Severity.info: "提示", Severity.rounding: "尾差"},
    "en": {Severity.error: "error", Severity.warning: "warning", Severity.info: "info", Severity.rounding: "rounding"},
}
_WORDS = {
    "zh": {"see": "相关", "summary": "按规则汇总", "family": "类别", "code": "代码", "rule": "规则", "count": "数量",
           "total": "合计",
           "none": "未发现问题", "files": "个文件", "unreadable": "无法读取",
           "internal": "内部错误（检查未完成）",
           "incomplete": "{n} 个文件无法读取，未检查（共 {total} 个文件）", "part": "部分",
           "quiet": "共 {n} 个问题：{by}（{files} 个文件）", "quiet_unreadable": "，{n} 个文件无法读取"},
    "en": {"see": "see", "summary": "Summary by rule", "family": "family", "code": "code", "rule": "rule",
           "count": "count", "total": "total",
           "none": "No problems found", "files": "file(s)", "unreadable": "unreadable",
           "internal": "internal errors (checks not completed)",
           "incomplete": "{n} of {total} file(s) could not be read and were not checked.", "part": "part",
           "quiet": "{n} finding(s): {by} ({files} file(s))", "quiet_unreadable": "; {n} file(s) could not be read"},
}


# A source line longer than this (in terminal cells) is shown as a window around the span.
WINDOW = 100
_CONTEXT = 24  # cells of context kept on each side of the span
_SPAN_MAX = WINDOW - 2 * _CONTEXT


@dataclass
class Tally:
    """What the summary needs of the run, counted file by file (the findings are not kept)."""

    files: int = 0
    unreadable: int = 0
    failed: int = 0  # checks that raised, over all files that were read
    total: int = 0  # findings (not the error entries)
    by_severity: Counter[Severity] = field(default_factory=Counter)
    by_code: Counter[str] = field(default_factory=Counter)
    first: dict[str, Diagnostic] = field(default_factory=dict)  # the first finding of each code

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.error:
            self.unreadable += 1
        else:
            self.failed += len(result.internal_errors)
        for d in result.diagnostics:
            self.total += 1
            self.by_severity[d.severity] += 1
            self.by_code[d.code] += 1
            self.first.setdefault(d.code, d)


class TextReporter(Streaming):
    def __init__(self, screen: PlainScreen | RichScreen | Console | None = None, show_source: bool = True,
                 quiet: bool = False, checks: Sequence[type[Check]] = ()) -> None:
        if screen is None:
            from rich.console import Console

            screen = Console(highlight=False, soft_wrap=True)
        # a rich console given directly (tests, embedders) draws through rich
        self.screen = screen if isinstance(screen, (PlainScreen, RichScreen)) else RichScreen(screen)
        self.show_source = show_source
        self.quiet = quiet
        self.checks = {c.code: c for c in checks}  # for the rules' titles in the summary

    def start(self, lang: str, files: int) -> None:
        super().start(lang, files)
        self.words = _WORDS.get(lang, _WORDS["zh"])
        self.tally = Tally()

    def add(self, result: FileResult) -> None:
        self.tally.add(result)
        if self.quiet:
            return
        lang, words = self.lang, self.words
        diags = findings(result)
        if not diags:
            return
        # one show per file (see RichScreen)
        shown: list[Item] = []
        if self.files > 1:
            shown.append(Rule(f"{result.path} ({len(diags)})", style="bold"))
        parts = result.document.parts if result.document is not None and len(result.document.parts) > 1 else []
        current = None
        for diag in diags:
            part = _part_of(parts, diag.location.line)
            if part is not None and part is not current:
                shown.append(Line.of(f"── {words['part']}: {part.title} (L{part.line})", style="bold dim"))
            current = part
            shown.extend(self._finding(diag, result, lang, words))
        self.screen.show(shown)

    def finish(self) -> None:
        if self.quiet:
            self.screen.show([self._quiet(self.tally, self.lang, self.words)])
        else:
            self.screen.show(self._summary(self.tally, self.lang, self.words))

    @staticmethod
    def _quiet(tally: Tally, lang: str, words: dict[str, str]) -> Line:
        counts = tally.by_severity
        unreadable = tally.unreadable
        names = _SEVERITY_NAME.get(lang, _SEVERITY_NAME["zh"])
        if not counts and not unreadable:
            msg = f"{words['none']}（{tally.files} {words['files']}）" if lang == "zh" else f"{words['none']} in {tally.files} {words['files']}."
            return Line.of(msg, style="green")
        sep = "，" if lang == "zh" else ", "
        by = sep.join(f"{names[s]} {counts[s]}" for s in sorted(counts, reverse=True)) or "-"
        msg = words["quiet"].format(n=sum(counts.values()), by=by, files=tally.files)
        if unreadable:
            msg += words["quiet_unreadable"].format(n=unreadable)
        return Line.of(msg, style="red" if unreadable or counts.get(Severity.error) else "yellow")

    def _finding(self, diag: Diagnostic, result: FileResult, lang: str, words: dict[str, str]) -> list[Line]:
        loc = diag.location
        style = _STYLE[diag.severity]
        head: list[tuple[str, str]] = [(f"{loc.path}:{loc.line}:{loc.column}", "bold")]
        if loc.native:
            head.append((f" ({loc.native})", "dim"))
        head += [(": ", ""), (diag.code, style), (f" [{diag.family}] ", "dim"),
                 (_SEVERITY_NAME.get(lang, _SEVERITY_NAME["zh"])[diag.severity], style), (" ", ""),
                 (diag.message(lang), "")]
        parts = [Line(tuple(head))]
        if self.show_source and result.document is not None:
            source = result.document.source_line(loc.line).rstrip("\r").replace("\t", "  ")
            if source.strip():
                parts.append(self._source(diag, result.document.source_line(loc.line)))
        for rel in diag.related:
            note = rel.text(lang)
            parts.append(Line.of(f"   ↳ {words['see']} {rel.location.path}:{rel.location.line}: {note}", style="dim"))
        return parts

    @staticmethod
    def _source(diag: Diagnostic, raw: str) -> Line:
        loc = diag.location
        line = raw.rstrip("\r").replace("\t", "  ")
        tabs = raw[: max(0, loc.column - 1)].count("\t")  # each tab shown as two spaces
        start = max(0, loc.column - 1) + tabs
        if loc.end_line not in (None, loc.line):
            end = len(line)
        else:
            end_col = (loc.end_column or loc.column + 1) - 1
            end = max(start + 1, end_col + raw[:max(0, end_col)].count("\t"))
        before, span, after = window(line[:start], line[start:end], line[end:])
        return Line((
            (f"{loc.line:>6} │ ", "dim"), (before, ""), (span, "reverse " + _STYLE[diag.severity]), (after, "")))

    def _summary(self, tally: Tally, lang: str, words: dict[str, str]) -> list[Item]:
        unreadable, failed = tally.unreadable, tally.failed
        if not tally.total and not failed:  # never "no problems" when a check did not run to the end
            if unreadable:  # never "no problems" when a file was not even read
                return [Line.of(words["incomplete"].format(n=unreadable, total=tally.files), style="red")]
            msg = f"{words['none']}（{tally.files} {words['files']}）" if lang == "zh" else f"{words['none']} in {tally.files} {words['files']}."
            return [Line.of(msg, style="green")]
        if tally.total <= 1:  # one finding needs no table: the line under it says it all
            lines = [self._quiet(tally, lang, words)] if tally.total or unreadable else []
            if failed:  # never "no problems" when a check did not run to the end
                lines.append(Line.of(f"{words['internal']}: {failed}", style="red"))
            return list(lines)
        table = Table(words["summary"], [words[c] for c in ("family", "code", "rule", "count")], right={3})
        by_code, first = tally.by_code, tally.first
        families = {d.family for d in first.values()}
        for family in [*FAMILIES, *sorted(families - set(FAMILIES))]:  # plugin families after ours
            codes = sorted(c for c, d in first.items() if d.family == family)
            for i, code in enumerate(codes):
                cls = self.checks.get(code)
                title = cls.summary(lang) if cls else first[code].check_name
                table.add_row(family if i == 0 else "", code, title, str(by_code[code]),
                              end_section=i == len(codes) - 1)
        table.add_row(words["total"], "", "", str(tally.total), style="bold")
        if failed:
            table.add_row(words["internal"], "", "", str(failed), style="red")
        if unreadable:
            table.add_row(words["unreadable"], "", "", str(unreadable), style="red")
        return [table]


def _part_of(parts: list, line: int):
    """The part (附件) whose text holds ``line``: the last one starting at or before it."""
    found = None
    for part in parts:
        if part.line <= line:
            found = part
    return found


def window(before: str, span: str, after: str, width: int = WINDOW) -> tuple[str, str, str]:
    """Cut a long line to about ``width`` terminal cells around its span, marking cuts with '…'.

    A short line is returned whole. Otherwise the span keeps at most ``_SPAN_MAX`` cells and the
    context on each side is what is left, taken from the text next to the span.

    Only the text next to the span is measured: no more than ``width`` cells are shown and a
    character takes at least one (but a zero-width one), so ``4 * width`` characters on each side
    answer as the whole line does. A line of hundreds of thousands of characters (a whole table
    read into one line) was measured whole for each of its findings (benchmarks/fuzz.py: 277
    findings on a 471 K-character line took over 60 s to render).
    """
    reach = 4 * width
    cut_before, cut_after = len(before) > reach, len(after) > reach
    if cut_before:
        before = before[-reach:]
    if len(span) > reach:
        span = span[:reach]
    if cut_after:
        after = after[:reach]
    if cell_len(before + span + after) <= width and not (cut_before or cut_after):
        return before, span, after
    if cell_len(span) > _SPAN_MAX:
        span = _take(span, _SPAN_MAX - 1) + "…"
    room = max(0, width - cell_len(span))
    left_room = min(cell_len(before), max(room // 2, room - cell_len(after)))
    right_room = room - left_room
    if cell_len(before) > left_room:
        before = "…" + _take(before[::-1], left_room - 1)[::-1]
    if cell_len(after) > right_room:
        after = _take(after, right_room - 1) + "…"
    if cut_before and not before.startswith("…"):  # zero-width characters only: still a cut line
        before = "…" + before
    if cut_after and not after.endswith("…"):
        after += "…"
    return before, span, after


def _take(text: str, cells: int) -> str:
    """The longest start of ``text`` that fits in ``cells`` terminal cells."""
    out, used = [], 0
    for ch in text:
        used += cell_len(ch)
        if used > cells:
            break
        out.append(ch)
    return "".join(out)
