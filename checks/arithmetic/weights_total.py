"""A125: weights of a 自评表 that do not add up to 100."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document


class WeightsNotHundred(Check):
    """## What it does
    Adds the budget-execution weight and the weights of the indicator groups (产出指标（50分）,
    效益指标（30分）, 满意度指标（10分）…) when the form shows all of them, and checks that they
    make 100.

    ## Why is this bad?
    The 自评表 is scored out of 100; weights that make 90 or 110 make every total meaningless.

    ## Example
    ```text
    预算执行情况（10分） … 产出指标（50分） … 效益指标（30分） …
    ```
    10 + 50 + 30 = 90.

    ## Use instead
    Give the groups weights that make 100 (for example 满意度指标（10分）).
    """

    code = "A125"
    name = "weights-not-100"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "权重之和不等于100", "en": "Weights do not add up to 100"}
    messages = {
        "mismatch": {"zh": "权重之和 {terms} = {total}，不等于 100", "en": "weights add up to {terms} = {total}, not 100"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            weights = [b.weight for b in form.budget[:1] if b.weight is not None]
            groups = {i.level1 for i in form.indicators if i.level1}
            if weights and (not form.level1_weights or groups - set(form.level1_weights)):
                yield from self._per_indicator(form, weights[0])
                continue
            if not weights or not form.level1_weights or groups - set(form.level1_weights):
                continue
            weights += list(form.level1_weights.values())
            total = sum(weights, Decimal(0))
            if total != 100:
                yield self.diagnostic(
                    "mismatch", where(form.budget[0].score or form.budget[0].budget),
                    terms=" + ".join(shown(w, places=0) for w in weights), total=shown(total, places=0),
                )

    def _per_indicator(self, form, budget_weight: Decimal) -> Iterator[Diagnostic]:
        """Forms with a 分值 per indicator and no group weights: the budget weight and the
        indicator weights must make 100. A reading may miss a row, never add one, so only a sum
        above 100 is certain."""
        indicator_weights = [i.weight for i in form.indicators if i.weight is not None]
        if len(indicator_weights) < 2 or len(indicator_weights) != len(form.indicators):
            return
        total = budget_weight + sum(indicator_weights, Decimal(0))
        if total <= 100:
            return
        head = form.budget[0]
        anchor = head.weight_figure or head.score or head.budget
        if anchor is None:
            return
        yield self.diagnostic(
            "mismatch", where(anchor),
            terms=" + ".join(shown(w, places=0) for w in [budget_weight, *indicator_weights]),
            total=shown(total, places=0),
        )
