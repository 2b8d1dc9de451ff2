"""U401: one amount written both in 元 and in 万元 with the same digits (a factor of 10^4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import AmountFact, comparable_groups, document_amounts, scale_slip
from perflint.model import Document


class MoneyScale(Check):
    """## What it does
    Finds a labelled amount stated twice in one report whose two figures differ by exactly a
    factor of 10⁴: the same digits once in 元 and once in 万元, or a figure in 元 pasted under
    a 万元 heading.

    ## Why is this bad?
    Tables declare 万元 once (`金额单位：万元`) and prose writes the unit after every figure. A
    figure copied from a 元 ledger into a 万元 report, or a 万元 figure typed with 元, is wrong
    by ten thousand times — the reader cannot tell which of the two statements is right.

    ## Example
    ```text
    本年基本支出 486.25 万元，……。本年基本支出 486.25 元，主要用于人员工资。
    ```

    ## Use instead
    ```text
    本年基本支出 486.25 万元，……。本年基本支出 486.25 万元，主要用于人员工资。
    ```
    """

    code = "U401"
    name = "money-scale"
    family = "units"
    severity = Severity.error
    title = {"zh": "元与万元混用（相差 10⁴ 倍）", "en": "元 and 万元 mixed up (a factor of 10⁴)"}
    messages = {
        "slip": {
            "zh": "“{label}”此处为 {wrong}，第 {line} 行为 {right}：两者相差 10⁴ 倍，元与万元混用",
            "en": "“{label}” is {wrong} here but {right} at line {line}: a factor of 10⁴, 元 and 万元 mixed up",
        },
        "see": {"zh": "同一金额在此为 {right}", "en": "the same amount is {right} here"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        facts = ctx.cached(doc, "quantities.amounts", document_amounts)
        reported: set[int] = set()
        for part in doc.parts:
            in_part = [f for f in facts if f.part is part]
            if not in_part:
                continue
            units = Counter(f.fact.quantity.unit for f in in_part)
            usual = units.most_common(1)[0][0]
            for group in comparable_groups(in_part, ctx.fiscal_year_of(part), strict=False):
                for i, a in enumerate(group):
                    for b in group[i + 1:]:
                        if not scale_slip(a, b):
                            continue
                        wrong, right = _odd_one(a, b, usual)
                        if id(wrong) in reported:
                            continue
                        reported.add(id(wrong))
                        yield self._report(wrong, right)

    def _report(self, wrong: AmountFact, right: AmountFact) -> Diagnostic:
        q, r = wrong.fact.quantity, right.fact.quantity
        where = right.source.locate(r.start, r.end)
        return self.diagnostic(
            "slip", wrong.source.locate(q.start, q.end), related=[(where, "see")],
            label=wrong.fact.label, wrong=q.text.strip(), right=r.text.strip(), line=where.line,
        )


def _odd_one(a: AmountFact, b: AmountFact, usual: str | None) -> tuple[AmountFact, AmountFact]:
    """Which of two figures is the slip: the one in the report's unusual unit, else the one that
    is implausible for its unit (the larger in 万元, the smaller in 元)."""
    ua, ub = a.fact.quantity.unit, b.fact.quantity.unit
    if ua != ub:
        return (b, a) if ua == usual else (a, b)
    larger, smaller = (a, b) if a.base >= b.base else (b, a)
    return (smaller, larger) if ua == "元" else (larger, smaller)
