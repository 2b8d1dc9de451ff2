"""A126: an indicator's 完成率 that is not 实际完成值 ÷ 目标值."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, half, percent_of, percent_range, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.prose_rates import CountCompletion, count_completions
from perflint.model import Document, Paragraph
from perflint.text.numbers import quantize, rate_reach

from ._facts import paragraphs

_FULL = Decimal(100)


class CompletionRateMismatch(Check):
    """## What it does
    Where a 自评表 shows a 完成率 beside an indicator's target and actual, recomputes it as
    actual ÷ target. A rate of 100% for a target exceeded is the cap many forms rule
    (超过100%的按100%计) and is left alone. A sentence of the narrative that states a target
    count, the count reached and their rate (`计划开展整治24次，实际开展26次，完成率108.33%`, or the count
    reached first: `培训326人次，完成年度目标300人次的108.67%`, `受理436人，目标为不少于420人，完成率103.81%`;
    one unit, no money) is recomputed the same way; a finding there is a warning. A sentence that
    states how far the count went past its target (`计划培训80期，实际举办92期，超额完成15%`,
    `超任务`, `超出计划`) is checked against (actual − target) ÷ target the same way.
    A rate that truncating or rounding up the computed rate gives (less than one unit of its last
    digit off: `66%` for 2 ÷ 3) is a 尾数差异; one that no value of the figures within their own
    rounding reaches by any rounding is an error (the rule A105, A106, A107 and A121 share).

    ## Why is this bad?
    The completion rate is the basis of the indicator's score (分值 × B/A); a wrong rate hides
    an over- or under-achievement.

    ## Example
    ```text
    | 一级指标 | 二级指标 | 三级指标 | 年初目标值（A） | 实际完成值（B） | 完成率 | 得分 |
    | 产出指标 | 数量指标 | 安全检查次数 | 4 | 6 | 120% | 20 |
    ```
    6 ÷ 4 = 150%.

    ## Use instead
    ```text
    | 一级指标 | 二级指标 | 三级指标 | 年初目标值（A） | 实际完成值（B） | 完成率 | 得分 |
    | 产出指标 | 数量指标 | 安全检查次数 | 4 | 6 | 150% | 20 |
    ```
    """

    doc_zh = """## 它检查什么
    自评表在指标的目标值、实际完成值旁列出“完成率”时，按“实际完成值 ÷ 目标值”重新计算并比较。超额完成的指标完成率写 100%，是许多表格“超过100%的按100%计”的规定，不报告。正文中同一句写出计划数、实际完成数及完成率的（“计划开展整治24次，实际开展26次，完成率108.33%”，或先写完成数：“培训326人次，完成年度目标300人次的108.67%”“受理436人，目标为不少于420人，完成率103.81%”；单位相同、不含金额），同样重新计算，发现不符时报告警告。写明超过目标幅度的（“计划培训80期，实际举办92期，超额完成15%”“超任务”“超出计划”），按“(实际完成值 − 目标值) ÷ 目标值”同样核对。截尾或进位可得的完成率（与计算值相差不到末位的一个单位，如 2 ÷ 3 写作“66%”）为尾数差异；各数字在其自身舍入范围内无论怎样舍入都得不到的，为错误（与 A105、A106、A107、A121 同一规则）。

    ## 为什么要改
    完成率是指标得分（分值 × B/A）的依据；完成率写错，会掩盖超额完成或未完成。

    ## 示例
    {example}
    6 ÷ 4 = 150%。

    ## 应改为
    {use_instead}
    """

    code = "A126"
    name = "completion-rate-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "完成率与实际完成值÷目标值不符", "en": "Completion rate is not actual ÷ target"}
    messages = {
        "mismatch": {
            "zh": "完成率 {stated} 与实际完成值÷目标值不符：{actual} ÷ {target} = {computed}%",
            "en": "completion rate {stated} ≠ actual ÷ target: {actual} ÷ {target} = {computed}%",
        },
        "excess": {
            "zh": "超额 {stated} 与实际完成值、目标值不符：({actual} − {target}) ÷ {target} = {computed}%",
            "en": "excess of {stated} ≠ (actual − target) ÷ target: ({actual} − {target}) ÷ {target} = {computed}%",
        },
        "target": {"zh": "目标值", "en": "target"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            for ind in form.indicators:
                if not (ind.rate and ind.rate.quantity and ind.rate.quantity.is_percent and ind.target and ind.actual):
                    continue
                if ind.target.quantity is None or ind.actual.quantity is None or ind.target.quantity.relation in ("≤", "<"):
                    continue
                computed = percent_of(ind.actual, ind.target)
                if computed is None:
                    continue
                ratio, err = computed
                stated = ind.rate.quantity
                low, high = percent_range(ind.actual, ind.target) or (ratio - err, ratio + err)
                reach = rate_reach(stated.value, stated.decimals, low, high)
                if reach is None:
                    continue
                if stated.value == _FULL and high >= _FULL:
                    continue  # a target exceeded, its rate capped at 100% (超过100%的按100%计), as many forms rule
                yield self.diagnostic(
                    "mismatch", where(ind.rate), severity=Severity.rounding if reach == "rounding" else None,
                    related=[(where(ind.target), "target")], stated=ind.rate.text,
                    actual=ind.actual.text, target=ind.target.text, computed=shown(ratio, ind.rate),
                )
        for _part, para in paragraphs(doc):
            for cc in count_completions(para.text.value):
                diag = self._prose(para, cc)
                if diag is not None:
                    yield diag

    def _prose(self, para: Paragraph, cc: CountCompletion) -> Diagnostic | None:
        """``计划 A，实际 B，完成率 W%`` in a sentence: W against B ÷ A, each figure's rounding allowed."""
        target, actual, stated = cc.target, cc.actual, cc.rate
        ratio = actual.base_value / target.base_value * 100
        ha, ht = half(actual) * actual.scale, half(target) * target.scale
        if target.base_value - ht <= 0:
            return None
        low = max(actual.base_value - ha, Decimal(0)) / (target.base_value + ht) * 100
        high = (actual.base_value + ha) / (target.base_value - ht) * 100
        if cc.excess:  # 超额完成 W%: how far past the target, (B − A) ÷ A
            ratio, low, high = ratio - _FULL, low - _FULL, high - _FULL
        reach = rate_reach(stated.value, stated.decimals, low, high)
        if reach is None:
            return None
        if not cc.excess and stated.value == _FULL and high >= _FULL:
            return None  # a target exceeded, its rate capped at 100%
        return self.diagnostic(
            "excess" if cc.excess else "mismatch", para.text.locate(stated.start, stated.end),
            severity=Severity.rounding if reach == "rounding" else Severity.warning,
            related=[(para.text.locate(target.start, target.end), "target")], stated=stated.text.strip(),
            actual=actual.text.strip(), target=target.text.strip(),
            computed=format(quantize(ratio, max(stated.decimals, 0)), "f"),
        )
