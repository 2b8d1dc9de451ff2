"""B315: 未完成的绩效目标 answered 无 while the narrative states a target that was missed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.unmet_targets import claimed_met, denied_unmet, prose_misses
from perflint.model import Document
from perflint.text.normalise import compact


class UnmetTargetDenied(Check):
    """## What it does
    Finds the `未完成的绩效目标` item of a self-evaluation narrative answered `无` (on its own
    line, `3.未完成的绩效目标（无）`, or in the line after it) while the same report writes an
    indicator's target and its actual side by side and the actual falls short of it
    (`满意度年初目标值≥95%，实际完成值94.60%`, `飞行时长≥928小时，实际飞行时长909.93小时`).
    Only targets written as an inequality count, so the direction of the indicator is never
    guessed. A sentence claiming the targets were met (`该资金已按计划完成目标`,
    `各项绩效目标均已完成`, the transfer-payment template's 总体绩效目标完成情况分析) beside
    such a miss is reported the same way, and so is a `存在的问题` section that only says there
    is none (`无。`, `本项目不存在问题。`) while the report's 自评表 has an indicator whose actual
    fails its target. Where the prose states no miss of its own, a missed target of the part's
    自评表 is the evidence for the first two as well.

    ## Why is this bad?
    The item is where the unit lists what it did not achieve and why; `无` there contradicts
    the report's own figures and hides the shortfall from the finance bureau that reads it.

    ## Example
    ```text
    2.完成的绩效目标。
    群众满意度年初目标值≥95%，实际完成值93.50%。
    3.未完成的绩效目标。
    无
    ```

    ## Use instead
    ```text
    2.完成的绩效目标。
    群众满意度年初目标值≥95%，实际完成值93.50%。
    3.未完成的绩效目标。
    群众满意度未达到95%的目标，原因是部分村组施工期间出行受到影响。
    ```
    """

    doc_zh = """## 它检查什么
    查找自评报告正文中“未完成的绩效目标”一项写“无”（写在同一行，如“3.未完成的绩效目标（无）”，或写在下一行）的情况，而同一报告又并列写出某项指标的目标值和实际值、实际值未达到目标（“满意度年初目标值≥95%，实际完成值94.60%”“飞行时长≥928小时，实际飞行时长909.93小时”）。只有以不等式写出的目标才计入，不猜测指标的方向。称目标均已完成的句子（“该资金已按计划完成目标”“各项绩效目标均已完成”，转移支付自评模板的“总体绩效目标完成情况分析”）与这样的未达标并存，同样报告；“存在的问题”一节只称没有问题（“无。”“本项目不存在问题。”），而报告的自评表中有指标实际值未达到目标的，也同样报告。正文未写出未达标时，以该部分自评表中未达到目标的指标为依据，前两种情况同样报告。

    ## 为什么要改
    这一项是单位列出未实现的目标及其原因的地方；写“无”与报告自己的数字相矛盾，也向阅读报告的财政部门隐瞒了差距。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B315"
    name = "unmet-target-denied"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "写明目标未完成却称“未完成的绩效目标：无”", "en": "Unmet targets answered 无 despite a stated miss"}
    messages = {
        "denied": {
            "zh": "“{heading}”写“无”，但第 {line} 行写明目标 {target}、实际 {actual}，未达到目标",
            "en": "'{heading}' is answered 无, yet line {line} gives the target {target} and the actual {actual}, "
                  "which falls short",
        },
        "claimed": {
            "zh": "称“{heading}”，但第 {line} 行写明目标 {target}、实际 {actual}，未达到目标",
            "en": "Says '{heading}', yet line {line} gives the target {target} and the actual {actual}, "
                  "which falls short",
        },
        "problems_denied": {
            "zh": "“{heading}”一节称没有问题（“{text}”），但自评表中“{name}”目标 {target}、实际 {actual}，未达到目标（第 {line} 行）",
            "en": "the '{heading}' section states no problem ('{text}'), yet the form's '{name}' has the target {target} "
                  "and the actual {actual}, which falls short (line {line})",
        },
        "miss": {"zh": "未达到的目标", "en": "the target missed"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        known: list[dict[int, list]] = []

        def form_misses() -> dict[int, list]:  # read only for a report that denies something
            if not known:
                known.append(_form_misses(doc, ctx))
            return known[0]

        yield from self._problems_denied(doc, form_misses)
        for part in doc.parts:
            denials = [("denied", d) for d in denied_unmet(part)] + [("claimed", d) for d in claimed_met(part)]
            if not denials:
                continue
            misses = prose_misses(part)
            if not misses:
                yield from self._denied_beside_form(denials, form_misses().get(id(part), []))
                continue
            first = misses[0]
            where = first.text.locate(first.actual.start, first.actual.end)
            for key, d in denials:
                yield self.diagnostic(
                    key, d.text.locate(d.start, d.end),
                    related=[(first.text.locate(m.actual.start, m.actual.end), "miss") for m in misses[:3]],
                    heading=d.heading, line=where.line, target=first.target.text.replace(" ", ""),
                    actual=first.actual.text.replace(" ", ""),
                )

    def _denied_beside_form(self, denials: list, misses: list) -> Iterator[Diagnostic]:
        """The denials of a part whose prose states no miss, beside its 自评表's missed targets."""
        from perflint.checks.boilerplate._facts import show

        if not misses:
            return
        ind = misses[0].indicator
        for key, d in denials:
            yield self.diagnostic(
                key, d.text.locate(d.start, d.end), related=[(m.location, "miss") for m in misses[:3]],
                heading=d.heading, line=misses[0].location.line, target=show(ind.target), actual=show(ind.actual),
            )

    def _problems_denied(self, doc: Document, misses_by_part: Callable[[], dict[int, list]]) -> Iterator[Diagnostic]:
        """A 存在的问题 section that says only that there is none (``无。``, ``本项目不存在问题。``)
        while the part's 自评表 shows an indicator whose actual fails its target."""
        from perflint.checks.boilerplate._facts import show

        from perflint.extract.boilerplate_phrases import denies
        from perflint.extract.problems import part_problems

        for part in doc.parts:
            problems = part_problems(doc, part)
            if not problems or not all(denies(p.statement) for p in problems):
                continue
            misses = misses_by_part().get(id(part))
            if not misses:
                continue
            first, miss = problems[0], misses[0]
            ind = miss.indicator
            yield self.diagnostic(
                "problems_denied", first.location, related=[(m.location, "miss") for m in misses[:3]],
                heading=first.label, text=compact(first.statement)[:30], name=ind.name or ind.level2 or "指标",
                target=show(ind.target), actual=show(ind.actual), line=miss.location.line,
            )


def _form_misses(doc: Document, ctx: Context) -> dict[int, list]:
    """The indicators of each part's 自评表 whose actual certainly fails the target, by part."""
    from perflint.checks.boilerplate._facts import form_facts

    out: dict[int, list] = {}
    for facts in form_facts(doc, ctx):
        out.setdefault(id(facts.se.part), []).extend(m for m in facts.misses if m.verdict == "missed")
    return out
