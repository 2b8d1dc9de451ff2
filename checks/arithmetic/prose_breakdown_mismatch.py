"""A104: `共计 T 万元，其中 a、b、c` where the parts do not add up to T."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import prose
from perflint.extract.numbers import Quantity, fmt
from perflint.model import Document, Location

from ._compare import check_sum, decimals_of, lines_of, mixed_units, shown, sum_expression
from ._facts import paragraph_runs, paragraphs

MAX_RELATED = 12


class ProseBreakdownMismatch(Check):
    """## What it does
    Reads sentences that break a figure down — `总支出 T 万元，其中：a 万元；b 万元，含 c、d；e 万元`,
    `T 万元。其中 a 万元、b 万元`, a paragraph ending `…T 万元，其中：` followed by one paragraph
    per part — and adds up the parts (nested `含`/`其中` lists are checked on their own, units
    converted). A list announced as a selection (`主要包括`, `包括`, a list ending in `等`) may
    fall short of its total but never exceed it.

    ## Why is this bad?
    A breakdown whose parts do not make up its total puts a wrong figure — or an item that is
    not part of the total, such as 年末结转和结余 among 支出 — in front of the reader.

    ## Example
    ```text
    本年支出 860.20 万元，其中：基本支出 512.30 万元；项目支出 330.90 万元；年末结转和结余 42.00 万元。
    ```

    ## Use instead
    ```text
    本年支出 843.20 万元，其中：基本支出 512.30 万元；项目支出 330.90 万元。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    code = "A104"
    name = "prose-breakdown-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "文字所列分项之和与总数不符", "en": "Parts listed in the text do not add up to their total"}
    messages = {
        "mismatch": {
            "zh": "「{marker}」所列分项之和 {expr} = {computed} ≠ {stated}：相差 {diff}{where}",
            "en": "the parts after '{marker}' add up to {expr_en} = {computed} ≠ {stated}: off by {diff}{where_en}",
        },
        "short": {
            "zh": "「{marker}」所列分项之和 {expr} = {computed}，比总数 {stated} 少 {diff}：若所列并非全部分项，请注明{where}",
            "en": "the parts after '{marker}' add up to {expr_en} = {computed}, {diff} short of {stated}: "
                  "if the list is a selection, say so{where_en}",
        },
        "exceeds": {
            "zh": "「{marker}」所列分项之和 {expr} = {computed}，超过总数 {stated}：相差 {diff}{where}",
            "en": "the parts after '{marker}' add up to {expr_en} = {computed}, more than the total {stated}: "
                  "off by {diff}{where_en}",
        },
        "rounding": {
            "zh": "尾数差异：「{marker}」所列分项之和 {expr} = {computed} ≠ {stated}{where}",
            "en": "rounding difference: the parts after '{marker}' add up to {expr_en} = {computed} ≠ {stated}{where_en}",
        },
        "part": {"zh": "分项", "en": "part"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for _part, para in paragraphs(doc):
            for bd in prose.breakdowns(para.text.value):
                diag = self._report(bd.total, bd.parts, bd.exhaustive, bd.marker,
                                    para.text.locate(bd.total.start, bd.total.end),
                                    [para.text.locate(p.start, p.end) for p in bd.parts])
                if diag:
                    yield diag
        for run in paragraph_runs(doc):
            for pb in prose.paragraph_breakdowns([p.text.value for p in run]):
                head = run[pb.total_index]
                diag = self._report(pb.total, tuple(q for _, q in pb.parts), True, "其中",
                                    head.text.locate(pb.total.start, pb.total.end),
                                    [run[i].text.locate(q.start, q.end) for i, q in pb.parts])
                if diag:
                    yield diag

    def _report(self, total: Quantity, parts: tuple[Quantity, ...], exhaustive: bool, marker: str,
                location: Location, part_locations: list[Location]) -> Diagnostic | None:
        outcome = check_sum(total, parts, at_most=not exhaustive)
        if outcome is None:
            return None
        if outcome.severity is Severity.rounding:
            if not self.options.get("rounding", True):
                return None
            key, severity = "rounding", Severity.rounding
        elif outcome.computed * total.scale > total.base_value:
            key, severity = ("mismatch" if exhaustive else "exceeds"), Severity.error
        else:
            key, severity = "short", Severity.warning
        units = mixed_units([total, *parts])
        decimals = decimals_of([total, *parts])
        lines = [loc.line for loc in part_locations]
        where = where_en = ""
        if set(lines) != {location.line}:
            where = f"（分项见第 {lines_of(lines)} 行）"
            where_en = f" (parts at line {lines_of(lines).replace('、', ', ')})"
        unit = total.unit or ""
        computed = fmt(outcome.computed, decimals) + (f" {unit}" if units else "")
        related = [(loc, "part") for loc, p in zip(part_locations, parts, strict=True) if p.value != 0][:MAX_RELATED]
        return self.diagnostic(
            key, location, severity=severity, related=related, marker=marker,
            expr=sum_expression(parts, units), expr_en=sum_expression(parts, units, "en"), computed=computed, stated=shown(total, units),
            diff=fmt(outcome.difference, decimals) + (f" {unit}" if units else ""), where=where, where_en=where_en,
        )
