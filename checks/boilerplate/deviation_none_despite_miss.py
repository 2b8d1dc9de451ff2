"""B301: 偏差原因分析 answered 无 (or left blank) while a target was missed or points were lost."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.boilerplate_phrases import claims_met, is_nothing
from perflint.extract.selfeval import Indicator
from perflint.model import Document, Location
from perflint.text.normalise import compact

from ._facts import FormFacts, LostPoints, Miss, form_facts, show, show_score

_MAX_LISTED = 3


class DeviationNoneDespiteMiss(Check):
    """## What it does
    Finds a 自评表 whose `偏差大或目标未完成原因分析` is `无` (or empty, or only claims the target
    was met: `项目按计划实施，达到预期目标` copied into every row) although an
    indicator's actual value fails its target, or the form or the narrative did not award
    full marks (an indicator or the budget execution below its weight, 总分 below 100, a
    narrative 自评得分 below 100). A strict target (`>95%`) answered with an inequality
    (`≥95%`) counts as unproven. Where the form gives each row its own 偏差原因 cell, a row that
    misses its target, or scores below its weight (a 时效 target given as a date, `2023年8月25日前`
    against `2023年9月10日`, scored 8 of 10), and answers `无` there is reported at that cell.
    A narrative sentence that gives an indicator's target as a bound and its actual failing it,
    then says there was no deviation (`年初目标值≥750万平方米，实际完成值700万平方米，无偏差`,
    `偏差原因：无`, or only that the target was met, with no other figure and no concession
    between) is reported too, as a warning.

    ## Why is this bad?
    财政部's scoring rules require a reason for every shortfall: the 偏差原因 is what the
    finance bureau reads to judge whether the miss was outside the unit's control. `无`
    beside a miss means the form was filled from a template, not from the results.

    ## Example
    ```text
    某县医保局2023年度医疗救助项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 时效指标 | 就诊结算及时率 | >98% | ≥98% | 10 | 10 |
    | 偏差大或目标未完成原因分析 | 无 |
    ```
    The target is `>98%` and the actual only `≥98%`, so the target is not shown to be met, yet the reason is `无`.

    ## Use instead
    ```text
    某县医保局2023年度医疗救助项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 时效指标 | 就诊结算及时率 | >98% | 98.6% | 10 | 10 |
    | 偏差大或目标未完成原因分析 | 无偏差，各项指标均达到目标值。 |
    ```
    If the target was missed, state why and score the indicator accordingly.
    """

    doc_zh = """## 它检查什么
    查找“偏差大或目标未完成原因分析”填“无”（或空着，或只写一句目标已达成，如各行照抄的“项目按计划实施，达到预期目标”）的自评表，而该表有指标实际值未达到目标，或表中、正文中并未给满分（某项指标或预算执行得分低于分值、总分低于 100、正文自评得分低于 100）。严格目标（“>95%”）只用不等式（“≥95%”）作答，视为未证明达到。自评表逐行设有偏差原因栏时，某一行未达到目标，或得分低于分值（以日期写出的时效目标：“2023年8月25日前”对“2023年9月10日”，10 分只得 8 分），而该行偏差原因写“无”的，在该格报告。正文中一句话写出某指标以界限表示的目标和未达到该目标的实际值，随后又称没有偏差的（“年初目标值≥750万平方米，实际完成值700万平方米，无偏差”“偏差原因：无”，或只称已达到目标，其间没有其他数字和让步说法），也报告（warning）。

    ## 为什么要改
    财政部门的评分规则要求每一处失分都说明原因：偏差原因是财政部门判断未完成是否超出单位控制的依据。明明有差距却填“无”，说明表是照模板填的，而不是按实际结果填的。

    ## 示例
    {example}
    目标是“>98%”，实际只写“≥98%”，不能证明达标，偏差原因却填“无”。

    ## 应改为
    {use_instead}
    若确未达标，应说明原因并相应扣分。
    """

    code = "B301"
    name = "deviation-none-despite-miss"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "目标未完成或失分却填“无”偏差原因", "en": "No deviation reason despite a missed target or lost points"}
    messages = {
        "miss": {
            "zh": "偏差原因{how}，但{evidence}",
            "en": "the deviation reason is {how_en}, but {evidence_en}",
        },
        "prose": {
            "zh": "称“{claim}”，但同一句写明目标 {target}、实际 {actual}，未达到目标",
            "en": "says '{claim}', but the same sentence gives the target {target} and the actual {actual}: the target was missed",
        },
        "see_miss": {"zh": "未达标的指标", "en": "indicator that missed its target"},
        "see_lost": {"zh": "失分在此", "en": "points lost here"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for facts in form_facts(doc, ctx):
            yield from self._form(facts)
        yield from self._prose(doc)

    def _prose(self, doc: Document) -> Iterator[Diagnostic]:
        """A narrative sentence that states a missed target and its actual, then 无偏差."""
        from perflint.extract.unmet_targets import denied_misses  # (imported on use: cold start)

        for part in doc.parts:
            for dm in denied_misses(part):
                t, a = dm.miss.target, dm.miss.actual
                yield self.diagnostic(
                    "prose", dm.miss.text.locate(dm.start, dm.end), severity=Severity.warning,
                    related=[(dm.miss.text.locate(a.start, a.end), "see_miss")],
                    claim=dm.claim, target=t.text.strip(), actual=a.text.strip())

    def _form(self, facts: FormFacts) -> Iterator[Diagnostic]:
        if not facts.misses and not facts.lost:
            return
        if facts.deviation_label is not None:
            answer = facts.deviation_answer
            if answer and not all(_no_reason(c.value) for c in answer):
                yield from self._rows(facts, blank_counts=False)  # a row may still say 无 beside its miss
                return
            where = answer[0].text.locate() if answer else facts.deviation_label.text.locate()
            how = ("填“" + compact(answer[0].value) + "”", "'" + compact(answer[0].value) + "'") if answer \
                else ("为空", "blank")
            yield self._report(where, how, facts.misses, facts.lost)
            return
        yield from self._rows(facts, blank_counts=True)

    def _rows(self, facts: FormFacts, blank_counts: bool) -> Iterator[Diagnostic]:
        """Forms with a 偏差原因 column: one answer per indicator row."""
        for miss in facts.misses:
            dev = miss.indicator.deviation
            if dev is None or (not dev.cell.is_empty and not _no_reason(dev.cell.value)):
                continue
            if dev.cell.is_empty and not blank_counts:
                continue
            how = ("填“" + compact(dev.cell.value) + "”", "'" + compact(dev.cell.value) + "'") \
                if not dev.cell.is_empty else ("为空", "blank")
            yield self._report(dev.cell.text.locate(), how, [miss], [])
        # a row that lost points without a miss in figures (a 时效 target given as a date, a
        # qualitative one): its own 偏差原因 must say why just the same
        missed = {id(m.indicator) for m in facts.misses}
        for lp, ind in _rows_lost(facts):
            dev = ind.deviation
            if id(ind) in missed or dev is None or (not dev.cell.is_empty and not _no_reason(dev.cell.value)):
                continue
            if dev.cell.is_empty and not blank_counts:
                continue
            how = ("填“" + compact(dev.cell.value) + "”", "'" + compact(dev.cell.value) + "'") \
                if not dev.cell.is_empty else ("为空", "blank")
            yield self._report(dev.cell.text.locate(), how, [], [lp])

    def _report(self, where: Location, how: tuple[str, str], misses: list[Miss],
                lost: list[LostPoints]) -> Diagnostic:
        zh, en = [], []
        related: list[tuple[Location, str]] = []
        for miss in misses[:_MAX_LISTED]:
            ind = miss.indicator
            loc = miss.location
            name = ind.name or ind.level2 or "指标"
            verb_zh = "未能证明达到目标" if miss.verdict == "unproven" else "未达到目标"
            verb_en = "does not show the target was met" if miss.verdict == "unproven" else "misses the target"
            zh.append(f"“{name}”目标 {show(ind.target)}、实际 {show(ind.actual)}，{verb_zh}（第 {loc.line} 行）")
            en.append(f"'{name}' target {show(ind.target)}, actual {show(ind.actual)} {verb_en} (line {loc.line})")
            related.append((loc, "see_miss"))
        if len(misses) > _MAX_LISTED:
            zh.append(f"另有 {len(misses) - _MAX_LISTED} 个指标")
            en.append(f"{len(misses) - _MAX_LISTED} more indicators")
        if not misses:
            for lp in lost[:_MAX_LISTED]:
                z, e = _lost_text(lp)
                zh.append(z)
                en.append(e)
                related.append((lp.location, "see_lost"))
        return self.diagnostic(
            "miss", where, related=related, how=how[0], how_en=how[1],
            evidence="；".join(zh), evidence_en="; ".join(en),
        )


def _rows_lost(facts: FormFacts) -> list[tuple[LostPoints, Indicator]]:
    """The form's indicator rows that scored below their weight, each with its lost points
    (``facts.lost`` lists them in the rows' order, by the score cell's place)."""
    lost = [lp for lp in facts.lost if lp.what == "indicator"]
    if not lost:
        return []
    out = []
    for ind in facts.se.indicators:
        if ind.score is None or ind.deviation is None:
            continue
        where = ind.score.cell.text.locate()
        lp = next((lp for lp in lost if lp.location == where and lp.name == ind.name), None)
        if lp is not None:
            out.append((lp, ind))
    return out


def _no_reason(answer: str) -> bool:
    """An answer that gives no reason: 无 (or the like), or only a claim the target was met."""
    return is_nothing(answer) or claims_met(answer)


def _lost_text(lp: LostPoints) -> tuple[str, str]:
    score, out_of, line = show_score(lp.score), show_score(lp.out_of), lp.location.line
    if lp.what == "indicator":
        return (f"“{lp.name}”得分 {score}，低于分值 {out_of}（第 {line} 行）",
                f"'{lp.name}' scores {score} of {out_of} (line {line})")
    if lp.what == "budget":
        return (f"预算执行得分 {score}，低于权重 {out_of}（第 {line} 行）",
                f"budget execution scores {score} of {out_of} (line {line})")
    if lp.what == "narrative":
        return (f"报告自评得分 {score} 分（第 {line} 行）", f"the narrative self-score is {score} (line {line})")
    return (f"总分 {score} 分（第 {line} 行）", f"the total is {score} (line {line})")
