"""A128: an indicator score that does not follow how far the indicator met its target."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, half, score_decimals, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.boilerplate_phrases import is_nothing
from perflint.extract.selfeval import Indicator
from perflint.extract.targets import (
    completion_ratio,
    either_way_share,
    missed_deadline,
    same_dated_target,
    unfinished,
)
from perflint.model import Document
from perflint.text.patterns import lazy_compile

_FIGURED = lazy_compile(r"\d")  # a target in figures (3条, 100%) or set as a date (2023年12月底前)


def _reason_given(ind: Indicator) -> bool:
    """The row's own 偏差原因 cell says why the points were taken (not blank, not 无)."""
    dev = ind.deviation
    return dev is not None and not dev.cell.is_empty and not is_nothing(dev.cell.value)


class ScoreNotFollowingCompletion(Check):
    """## What it does
    For each quantitative indicator of a 自评表 with a weight (分值), compares its score with the
    form's rule: full points when the target is met; weight × B/A (or × A/B for a reverse target
    such as a cost `≤A`) when it is not. Finds a score above that share, full points for a
    missed target, and points lost although the target was met. A 时效 indicator whose actual
    repeats its dated target word for word (`2023年11月30日前` under both) met its target too;
    one whose actual is a date after its deadline (`2024年1月15日` under `2023年11月30日前`) missed
    it, and full points for it, with no reason in the row, are reported; so is full points for a
    target in figures or a date answered only that the work is under way (`3条 | 建设中`,
    `100% | 进行中`, `尚未完工`). A form's precision is
    the most decimals any of its scores shows (9.80 in the budget row, 98.69 as 总分): on such a
    form a whole score is no rounding to whole points.
    A target whose direction only its name suggests (`高血压随访控制数 3807人 | 3220人`, no `≥` or
    `≤`) is read both ways: full points (a cap kept) or at most the missed share; a score between
    the two fits neither reading and is reported.
    A score below the share (strict scoring) is left alone; a score above the weight is A123's.

    ## Why is this bad?
    The rule is printed on the form. A score above the completed share inflates the total; points
    taken from an indicator that met its target, with no reason given, make the score arbitrary.
    A person must judge (some units score in bands), so this is a warning.

    ## Example
    ```text
    某县卫健局2023年度基本公共卫生服务项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 高血压规范管理人数 | ≥3800人 | 3230人 | 2 | 1.9 |
    ```
    3230 ÷ 3800 = 85.0%; 2 × 85.0% = 1.70, but the form gives 1.9.

    ## Use instead
    ```text
    某县卫健局2023年度基本公共卫生服务项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 高血压规范管理人数 | ≥3800人 | 3230人 | 2 | 1.7 |
    ```
    Or explain in 偏差原因分析 how the score was set.
    """

    doc_zh = """## 它检查什么
    对自评表中有分值的每个定量指标，按表上的计分规则核对得分：达到目标得满分；未达到的按“分值 × 实际完成值 ÷ 目标值”计分（成本等反向指标“≤A”按“分值 × 目标值 ÷ 实际完成值”）。报告三种情况：得分高于完成比例、未完成目标却得满分、已完成目标却被扣分。时效指标的实际完成值与带日期的目标值一字不差（两栏都是“2023年11月30日前”）也算已完成目标；实际完成日期晚于目标期限的（目标“2023年11月30日前”，实际“2024年1月15日”）未完成目标，得满分又未在本行说明原因的报告；以数字或日期设定的目标，实际完成值只写“建设中”“进行中”“尚未完工”等、却得满分又未说明原因的，同样报告。表的计分精度取表中各得分（含预算执行得分、总分）显示的最多小数位：表中有“9.80”“98.69”时，整数得分不算按整分取舍。只凭名称猜测方向的指标（“高血压随访控制数 3807人 | 3220人”，未写“≥”“≤”）按两种读法核对：视为已达标应得满分，视为未达标至多得完成比例分；得分介于两者之间、哪种读法都不符的报告。得分低于完成比例（从严打分）不报告；得分超过分值的由 A123 报告。

    ## 为什么要改
    计分规则印在表上。得分高于完成比例会抬高总分；已完成目标的指标被扣分又不说明理由，得分就成了随意的。有的单位按档次打分，需要人来判断，所以级别是 warning。

    ## 示例
    {example}
    3230 ÷ 3800 = 85.0%，2 × 85.0% = 1.70，表中得 1.9。

    ## 应改为
    {use_instead}
    或在“偏差原因分析”中说明得分依据。
    """

    code = "A128"
    name = "score-not-following-completion"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "指标得分与完成比例不符", "en": "Indicator score does not follow its completion"}
    messages = {
        "above": {
            "zh": "“{name}”实际 {actual}、目标 {target}，完成 {ratio}%，按分值×完成比例应得 {weight} × {ratio}% = "
                  "{expected}，表中得 {score}",
            "en": "'{name}' reached {actual} of {target} ({ratio}%): weight × share = {weight} × {ratio}% = "
                  "{expected}, but it scores {score}",
        },
        "late": {
            "zh": "“{name}”目标 {target}，实际 {actual} 已逾期，却得满分 {score}，未说明原因",
            "en": "'{name}' was done {actual}, after its deadline {target}, yet scores full points ({score})",
        },
        "unfinished": {
            "zh": "“{name}”目标 {target}，实际完成值写作“{actual}”，尚未完成，却得满分 {score}，未说明原因",
            "en": "'{name}' has the target {target} and the actual '{actual}', not done yet, "
                  "yet takes full points ({score}) with no reason",
        },
        "either": {
            "zh": "“{name}”实际 {actual}、目标 {target}：按未达标计应得 {weight} × {ratio}% = {expected}，"
                  "按已达标（反向指标）计应得满分 {weight}，表中得 {score}，两种读法都不符",
            "en": "'{name}' reached {actual} against {target}: read as missed it earns {weight} × {ratio}% = "
                  "{expected}, read as met (a reverse indicator) full points {weight}; its score {score} fits neither",
        },
        "lost": {
            "zh": "“{name}”实际 {actual} 已达到目标 {target}，却只得 {score} 分（分值 {weight}），未说明扣分依据",
            "en": "'{name}' met its target ({actual} against {target}) yet scores {score} of {weight}",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            decimals = score_decimals(form)
            step = Decimal(5) * Decimal(10) ** (-(decimals + 1))
            for ind in form.indicators:
                yield from self._indicator(ind, step)

    def _indicator(self, ind: Indicator, step: Decimal) -> Iterator[Diagnostic]:
        if ind.weight is None or ind.weight <= 0 or not (ind.score and ind.score.quantity):
            return
        if not (ind.target and ind.actual):
            return
        if ind.target.quantity is None and ind.actual.quantity is None \
                and missed_deadline(ind.target.text, ind.actual.text):
            if ind.score.quantity.value >= ind.weight - step and not _reason_given(ind):
                yield self.diagnostic("late", where(ind.score), name=ind.name or ind.level2 or "指标",
                                      actual=ind.actual.text, target=ind.target.text, score=ind.score.text)
            return
        if ind.actual.quantity is None and unfinished(ind.actual.text) \
                and _FIGURED.search(ind.target.text) is not None:
            # a target in figures or a date answered 建设中 / 正在实施: not met, whatever it was
            if ind.score.quantity.value >= ind.weight - step and not _reason_given(ind):
                yield self.diagnostic("unfinished", where(ind.score), name=ind.name or ind.level2 or "指标",
                                      actual=ind.actual.text, target=ind.target.text, score=ind.score.text)
            return
        if ind.target.quantity is None and ind.actual.quantity is None \
                and same_dated_target(ind.target.text, ind.actual.text):
            ratio: Decimal | None = Decimal(1)  # a deadline met as set: the target is met
        elif not (ind.target.quantity and ind.actual.quantity):
            return
        else:
            ratio = completion_ratio(ind.target.quantity, ind.actual.quantity, ind.name, ind.level2)
        score = ind.score.quantity.value
        if score > ind.weight:
            return  # A123 reports a score above its weight
        name = ind.name or ind.level2 or "指标"
        args = dict(name=name, actual=ind.actual.text, target=ind.target.text, score=ind.score.text,
                    weight=shown(ind.weight, places=0) if ind.weight == ind.weight.to_integral() else str(ind.weight))
        if ratio is None:
            yield from self._either_way(ind, step, score, args)
            return
        if ratio >= 1:
            if score < ind.weight - step and not _reason_given(ind):
                yield self.diagnostic("lost", where(ind.score), **args)
            return
        expected = ind.weight * ratio
        if score > expected + step + _slack(ind, ratio):
            yield self.diagnostic("above", where(ind.score), ratio=shown(ratio * 100, places=1),
                                  expected=shown(expected, places=2), **args)

    def _either_way(self, ind: Indicator, step: Decimal, score: Decimal, args: dict) -> Iterator[Diagnostic]:
        """A target whose direction only its name suggests (控制数): the score must be full points
        (read as met) or no more than the missed share (read as missed); one between fits neither."""
        if not (ind.target and ind.actual and ind.target.quantity and ind.actual.quantity):
            return
        share = either_way_share(ind.target.quantity, ind.actual.quantity, ind.name, ind.level2)
        if share is None:
            return
        expected = ind.weight * share
        if expected + step + _slack(ind, share) < score < ind.weight - step:
            yield self.diagnostic("either", where(ind.score), ratio=shown(share * 100, places=1),
                                  expected=shown(expected, places=2), **args)


def _slack(ind: Indicator, ratio: Decimal) -> Decimal:
    """The ratio's own rounding: the figures are shown to their last digit (whole counts, 5场 of
    ≥6场, are exact: no slack; so is a threshold, ≤5万元, which is set, not measured)."""
    assert ind.target and ind.actual and ind.target.quantity and ind.actual.quantity
    target_half = Decimal(0) if ind.target.quantity.relation else half(ind.target.quantity)
    return ind.weight * ratio * (half(ind.actual.quantity) / max(abs(ind.actual.quantity.value), Decimal(1))
                                 + target_half / max(abs(ind.target.quantity.value), Decimal(1)))
