"""The terminal report: one block per finding with the source line and the span highlighted,
then a summary by family. Built from rich renderables and printed once per finding."""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from perflint.check import FAMILIES
from perflint.diagnostics import Diagnostic, Severity
from perflint.report.base import FileResult, findings

_STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan", Severity.rounding: "dim"}
_SEVERITY_NAME = {
    "zh": {Severity.error: "错误", Severity.warning: "警告", Severity.info: "提示", Severity.rounding: "尾差"},
    "en": {Severity.error: "error", Severity.warning: "warning", Severity.info: "info", Severity.rounding: "rounding"},
}
_WORDS = {
    "zh": {"see": "相关", "summary": "按类别汇总", "family": "类别", "count": "数量", "total": "合计",
           "none": "未发现问题", "files": "个文件", "unreadable": "无法读取",
           "internal": "内部错误（检查未完成）",
           "incomplete": "{n} 个文件无法读取，未检查（共 {total} 个文件）"},
    "en": {"see": "see", "summary": "Summary by family", "family": "family", "count": "count", "total": "total",
           "none": "No problems found", "files": "file(s)", "unreadable": "unreadable",
           "internal": "internal errors (checks not completed)",
           "incomplete": "{n} of {total} file(s) could not be read and were not checked."},
}


class TextReporter:
    def __init__(self, console: Console | None = None, show_source: bool = True) -> None:
        self.console = console or Console(highlight=False, soft_wrap=True)
        self.show_source = show_source

    def render(self, results: list[FileResult], lang: str) -> None:
        words = _WORDS.get(lang, _WORDS["zh"])
        for result in results:
            for diag in findings(result):
                self.console.print(self._finding(diag, result, lang, words))
        self.console.print(self._summary(results, lang, words))

    def _finding(self, diag: Diagnostic, result: FileResult, lang: str, words: dict[str, str]) -> Group:
        loc = diag.location
        head = Text()
        head.append(f"{loc.path}:{loc.line}:{loc.column}", style="bold")
        if loc.native:
            head.append(f" ({loc.native})", style="dim")
        head.append(": ")
        head.append(diag.code, style=_STYLE[diag.severity])
        head.append(f" [{diag.family}] ", style="dim")
        head.append(_SEVERITY_NAME.get(lang, _SEVERITY_NAME["zh"])[diag.severity], style=_STYLE[diag.severity])
        head.append(" ")
        head.append(diag.message(lang))
        parts: list = [head]
        if self.show_source and result.document is not None:
            source = result.document.source_line(loc.line).rstrip("\r").replace("\t", "  ")
            if source.strip():
                parts.append(self._source(diag, result.document.source_line(loc.line)))
        for rel in diag.related:
            note = rel.text(lang)
            parts.append(Text(f"   ↳ {words['see']} {rel.location.path}:{rel.location.line}: {note}", style="dim"))
        return Group(*parts)

    @staticmethod
    def _source(diag: Diagnostic, raw: str) -> Text:
        loc = diag.location
        line = raw.rstrip("\r")
        start = max(0, loc.column - 1)
        end = len(line) if loc.end_line not in (None, loc.line) else max(start + 1, (loc.end_column or loc.column + 1) - 1)
        prefix = f"{loc.line:>6} │ "
        text = Text(prefix, style="dim")
        shown = line[:start].replace("\t", "  ")
        text.append(shown)
        text.append(line[start:end].replace("\t", "  "), style="reverse " + _STYLE[diag.severity])
        text.append(line[end:].replace("\t", "  "))
        return text

    def _summary(self, results: list[FileResult], lang: str, words: dict[str, str]) -> Table | Text:
        counts: Counter[str] = Counter(d.family for r in results for d in r.diagnostics)
        unreadable = sum(1 for r in results if r.error)
        failed = sum(len(r.internal_errors) for r in results if not r.error)
        if not counts and not failed:  # never "no problems" when a check did not run to the end
            if unreadable:  # never "no problems" when a file was not even read
                return Text(words["incomplete"].format(n=unreadable, total=len(results)), style="red")
            msg = f"{words['none']}（{len(results)} {words['files']}）" if lang == "zh" else f"{words['none']} in {len(results)} {words['files']}."
            return Text(msg, style="green")
        table = Table(title=words["summary"], show_edge=False)
        table.add_column(words["family"])
        table.add_column(words["count"], justify="right")
        for family in [*FAMILIES, *sorted(set(counts) - set(FAMILIES))]:  # plugin families after ours
            if counts.get(family):
                table.add_row(family, str(counts[family]))
        table.add_row(words["total"], str(sum(counts.values())), style="bold")
        if failed:
            table.add_row(words["internal"], str(failed), style="red")
        if unreadable:
            table.add_row(words["unreadable"], str(unreadable), style="red")
        return table
