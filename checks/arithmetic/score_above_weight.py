"""A123: a score higher than the weight it is scored out of."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, half, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.selfeval import groups_trusted
from perflint.model import Document


class ScoreAboveWeight(Check):
    """## What it does
    Finds an indicator or budget-execution score above its weight (分值), and a group of
    indicators (产出指标（40分）…) whose scores add up to more than the group's weight.
    On a form that shows no 分值 per indicator, a fractional score that is exactly a whole
    weight × 实际值 ÷ 目标值 with the actual above the target (`8000 | 12767.36 | 31.9` =
    20 × 12767.36 ÷ 8000) is the scoring formula applied without its cap: a warning, since the
    weight is inferred. An indicator score cut out of cells written with nothing between them
    (`…达成目标55…`), or a group's sum holding one, is a warning too: where the run is cut is a guess.
    So is a budget-execution score above 30, more than any budget weight (`10 | 100% | 99`): the
    form's 总分 read into a row that lost a cell, not a padded score.

    ## Why is this bad?
    The form's own rule: 得分不得突破权重总额. A score above the weight usually means a weight
    and a score were swapped, or the total was padded.

    ## Example
    ```text
    某县农技站2023年度农技推广项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标（40分） | 数量指标 | 培训期数 | ≥10期 | 12期 | 20 | 25 |
    |  | 质量指标 | 培训合格率 | ≥90% | 92% | 20 | 20 |
    ```
    培训期数 scores 25 against a weight of 20; 产出指标 scores 25 + 20 = 45 > 40.

    ## Use instead
    ```text
    某县农技站2023年度农技推广项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标（40分） | 数量指标 | 培训期数 | ≥10期 | 12期 | 20 | 20 |
    |  | 质量指标 | 培训合格率 | ≥90% | 92% | 20 | 20 |
    ```
    """

    doc_zh = """## 它检查什么
    查找超过自身分值的指标得分或预算执行得分，以及各项得分之和超过该一级指标分值（如“产出指标（40分）”）的指标组。不列各指标分值的表中，带小数的得分恰为某个整数分值 × 实际值 ÷ 目标值、且实际值高于目标值的（“8000 | 12767.36 | 31.9” = 20 × 12767.36 ÷ 8000），是套用计分公式却没有封顶：分值系推算所得，以 warning 级别报告。单元格之间没有任何分隔、连写在一起的得分（“…达成目标55…”），或含有这种得分的指标组之和，也以 warning 报告：从哪里切开只是推测。预算执行得分大于 30、超过任何预算执行分值的（“10 | 100% | 99”），是表的总分被读进了丢了单元格的这一行，而非凑高的得分，同样为 warning。

    ## 为什么要改
    表上的规则是“得分不得突破权重总额”。得分超过分值，通常是分值和得分填反了，或总分被凑高了。

    ## 示例
    {example}
    培训期数得 25 分，超过其分值 20；产出指标得分 25 + 20 = 45，超过 40。

    ## 应改为
    {use_instead}
    """

    code = "A123"
    name = "score-above-weight"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "得分超过分值", "en": "Score above its weight"}
    messages = {
        "row": {"zh": "得分 {score} 超过分值 {weight}", "en": "score {score} is above its weight {weight}"},
        "uncapped": {
            "zh": "得分 {score} = {weight} × {actual} ÷ {target}，超过推算的分值 {weight}：实际值超过目标值时得分应以分值为限",
            "en": "score {score} = {weight} × {actual} ÷ {target}, above the inferred weight {weight}: a score is capped at its weight when the actual exceeds the target",
        },
        "group": {
            "zh": "“{group}”各项得分之和 {terms} = {total}，超过该项分值 {weight}",
            "en": "scores under \"{group}\" add up to {terms} = {total}, above its weight {weight}",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            for row in form.budget:
                if row.weight is not None and row.score and row.score.quantity and row.score.quantity.value > row.weight:
                    # a score above any budget weight (99 on 10) is a cell from elsewhere, the
                    # form's 总分, read into a row that lost a cell: likely misread, so a warning
                    misplaced = row.score.quantity.value > _BUDGET_WEIGHT_MAX
                    yield self.diagnostic("row", where(row.score), severity=Severity.warning if misplaced else None,
                                          score=row.score.text, weight=shown(row.weight, places=0))
            for ind in form.indicators:
                if ind.weight is not None and ind.score and ind.score.quantity and ind.score.quantity.value > ind.weight:
                    # a score cut out of glued cells (``55``: a 5 and a 5 run together) may be misread
                    yield self.diagnostic("row", where(ind.score), severity=Severity.warning if ind.score.glued else None,
                                          score=ind.score.text, weight=shown(ind.weight, places=0))
            if all(ind.weight is None for ind in form.indicators):
                for ind in form.indicators:
                    weight = _uncapped_weight(ind)
                    if weight is not None:
                        yield self.diagnostic("uncapped", where(ind.score), severity=Severity.warning, score=ind.score.text,
                                              weight=shown(weight, places=0), actual=ind.actual.text, target=ind.target.text)
            for group, weight in (form.level1_weights.items() if groups_trusted(form) else ()):
                scores = [i.score for i in form.indicators if i.level1 == group and i.score and i.score.quantity]
                if len(scores) < 2:
                    continue
                total = sum(s.quantity.value for s in scores)
                if total > weight + sum(half(s.quantity) for s in scores):
                    # as a row's: a sum with a score cut out of glued cells may be misread
                    yield self.diagnostic(
                        "group", where(scores[-1]), severity=Severity.warning if any(s.glued for s in scores) else None,
                        group=group, terms=" + ".join(s.text for s in scores),
                        total=shown(total, places=max(s.quantity.decimals for s in scores)), weight=shown(weight, places=0),
                    )


# 预算执行 carries 10 or 20 分 on the national forms, at most 30 on a province's (as A122 reads it)
_BUDGET_WEIGHT_MAX = Decimal(30)


def _uncapped_weight(ind) -> Decimal | None:
    """The whole weight ``w`` a fractional score is ``w × actual ÷ target`` of, when that puts the
    score above ``w`` (the formula applied without its cap), or None. A whole score is left
    alone: it may be full marks on a weight of its own. Only a plain target (no ≤ or <: a
    reverse indicator scores target ÷ actual) in the actual's unit."""
    score, target, actual = ind.score, ind.target, ind.actual
    if not (score and target and actual) or None in (score.quantity, target.quantity, actual.quantity):
        return None
    s, t, a = score.quantity, target.quantity, actual.quantity
    if s.decimals == 0 or s.value == s.value.to_integral_value() or t.relation in ("≤", "<") or t.unit != a.unit:
        return None
    if t.value <= 0 or a.value <= t.value:
        return None
    ratio = a.value / t.value
    weight = s.value / ratio
    whole = weight.to_integral_value()
    if whole < 1 or abs(weight - whole) > s.half_unit / ratio + Decimal("0.000001"):
        return None
    return whole if s.value > whole + s.half_unit else None
