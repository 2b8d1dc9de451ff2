"""What A101–A103 share: a sum a table states, compared and reported the same way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import ClassVar

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import (
    table_cut_below,
    table_ends_text,
    table_goes_on_from_above,
    table_opens_mid_row,
    table_opens_text,
)
from perflint.model import Document
from perflint.text.numbers import fmt

from ._compare import MAX_SHOWN, check_sum, decimals_of, lines_of, number, sum_expression
from ._facts import TableFact, table_relations

MAX_RELATED = 12

TABLE_SUM_MESSAGES = {
    "mismatch": {
        "zh": "{expr} = {computed} ≠ {stated}（{label}）：相差 {diff}{where}",
        "en": "{expr_en} = {computed} ≠ {stated} ({label_en}): off by {diff}{where_en}",
    },
    "rounding": {
        "zh": "尾数差异：{expr} = {computed} ≠ {stated}（{label}）{where}",
        "en": "rounding difference: {expr_en} = {computed} ≠ {stated} ({label_en}){where_en}",
    },
    "balance": {
        "zh": "收入总计 {other} ≠ 支出总计 {stated}（见第 {other_line} 行）",
        "en": "total income {other} ≠ total expenditure {stated} (see line {other_line})",
    },
    "part": {"zh": "分项", "en": "part"},
    "other": {"zh": "另一侧总计", "en": "the other total"},
}


class TableSumCheck(Check):
    """Base for the table sums: subclasses choose the relation kinds they report."""

    family = "arithmetic"
    severity = Severity.error
    kinds: ClassVar[tuple[str, ...]] = ()
    # a total off only through a subtotal of its parts that is off by the same slip is left to the
    # subtotal's finding (A101's rows and columns; see _explained_by_a_subtotal)
    one_finding_per_slip: ClassVar[bool] = False
    messages = TABLE_SUM_MESSAGES
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        seen: set[tuple] = set()
        facts = [f for f in table_relations(doc, ctx) if f.relation.kind in self.kinds]
        subtotals = {(id(f.table), f.relation.total.row, f.relation.total.col): f.relation
                     for f in facts} if self.one_finding_per_slip else {}
        for fact in facts:
            rel = fact.relation
            if self.one_finding_per_slip and len(subtotals) > 1 and _explained_by_a_subtotal(fact, subtotals):
                continue
            # The same cell positions recur in every table of one layout (公开02/03/05): the key
            # must name the table, or a second table's sums would be skipped as seen.
            key = (id(fact.table), rel.total.row, rel.total.col, tuple((p.row, p.col) for p in rel.parts))
            if key in seen:
                continue
            seen.add(key)
            diag = self._report(doc, fact)
            if diag is not None:
                yield diag

    def _report(self, doc: Document, fact: TableFact) -> Diagnostic | None:
        rel = fact.relation
        parts = [p.quantity for p in rel.parts]
        total = rel.total.quantity
        outcome = check_sum(total, parts)
        if outcome is None:
            return None
        severity = outcome.severity
        if outcome.computed < total.value and severity is Severity.error and rel.kind != "balance":
            # short of its total where the text may have been cut through the table: the parts
            # below the text's end, or above its start, are not in the text
            rows = [p.row for p in rel.parts]  # the grid's rows are the table's
            table = fact.table
            if all(r > rel.total.row for r in rows):
                if table_cut_below(doc, table):
                    return None  # the last row lost its figures at the cut
                if table_ends_text(doc, table) and max(rows) == _last_row_of(table, rel.parts[-1].col):
                    severity = Severity.warning  # the parts reach the text's end: more may follow
            elif all(r < rel.total.row for r in rows) and table_opens_text(doc, table) and min(rows) <= 1:
                if table_opens_mid_row(doc, table):
                    return None  # the first row lost its name at the cut (``.37 | 1.37 |``)
                severity = Severity.warning  # the parts start at the text's first row: more may precede
            elif all(r < rel.total.row for r in rows) and min(rows) == 0 and table_goes_on_from_above(doc, table):
                severity = Severity.warning  # the rest of a table a page broke: more parts stand above
        if outcome.severity is Severity.rounding and not self.options.get("rounding", True):
            return None
        location = rel.total.cell.text.locate()
        if rel.kind == "balance":
            other = rel.parts[0]
            return self.diagnostic(
                "balance", location, severity=outcome.severity, related=[(other.cell.text.locate(), "other")],
                stated=rel.total.cell.value.strip(), other=other.cell.value.strip(), other_line=other.cell.line,
            )
        decimals = decimals_of([total, *parts])
        part_lines = [p.cell.line for p in rel.parts]
        label = rel.name["zh"] if rel.name else rel.label
        label_en = rel.name["en"] if rel.name else rel.label
        where = where_en = ""
        if set(part_lines) != {rel.total.cell.line}:
            where = f"（分项见第 {lines_of(part_lines)} 行）"
            where_en = f" (parts at line {lines_of(part_lines).replace('、', ', ')})"
        key = "rounding" if severity is Severity.rounding else "mismatch"
        related = [(p.cell.text.locate(), "part") for p in rel.parts if p.quantity.value != 0][:MAX_RELATED]
        return self.diagnostic(
            key, location, severity=severity, related=related,
            expr=_expression(rel, parts), expr_en=_expression(rel, parts, "en"), computed=fmt(outcome.computed, decimals), stated=rel.total.cell.value.strip(),
            diff=fmt(outcome.difference, decimals), label=label, label_en=label_en, where=where, where_en=where_en,
        )


def _explained_by_a_subtotal(fact: TableFact, subtotals: dict) -> bool:
    """A total that is off only because one of its parts is a subtotal off its own parts by the
    same slip (合计 34.35 over 0 + 1.70 + 0, where the third part, 公务用车费 0, has 其中 rows of
    32.65 and 0): with the subtotal's own sum in its place the total is right, so the one wrong
    figure is the subtotal, reported by its own relation; the total's is the same slip again."""
    rel = fact.relation
    total = rel.total.quantity
    parts = [p.quantity for p in rel.parts]
    outcome = check_sum(total, parts)
    if outcome is None or outcome.severity is not Severity.error:
        return False
    for i, part in enumerate(rel.parts):
        inner = subtotals.get((id(fact.table), part.row, part.col))
        if inner is None or inner is rel:
            continue
        inner_parts = [p.quantity for p in inner.parts]
        inner_outcome = check_sum(part.quantity, inner_parts)
        if inner_outcome is None or inner_outcome.severity is not Severity.error:
            continue
        own_sum = sum((q.base_value for q in inner_parts), Decimal(0)) / part.quantity.scale
        decimals = max(q.decimals for q in [part.quantity, *inner_parts])
        fixed = replace(part.quantity, value=own_sum, decimals=decimals)
        closed = check_sum(total, [*parts[:i], fixed, *parts[i + 1:]])
        if closed is None or closed.severity is Severity.rounding:
            return True
    return False


def _last_row_of(table, col: int) -> int:
    """The last row holding a cell in column ``col`` (a last row cut short, ``30103 奖金 0.00``
    of a three-group table, ends the first group's column only)."""
    for r in range(len(table.rows) - 1, -1, -1):
        cells = table.rows[r].cells
        if col < len(cells) and cells[col].text.value.strip():
            return r
    return len(table.rows) - 1


def _expression(rel, parts, lang: str = "zh") -> str:
    """``本年收入合计 820.00 + 年初结转和结余 35.10`` when the parts are named rows."""
    if rel.part_labels and len(rel.part_labels) == len(parts) and len(parts) <= MAX_SHOWN:
        return " + ".join(f"{label} {number(q)}" for label, q in zip(rel.part_labels, parts, strict=True))
    return sum_expression(parts, lang=lang)
