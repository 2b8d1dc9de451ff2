"""Y505: an improvement plan aimed at the year the report has already closed."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.dates import looks_back
from perflint.model import Document

from ._facts import date_facts, date_label, date_label_en

# Contexts in which a year in a plan is what the plan aims at.
_AIMED = ("plain", "activity", "plan", "deadline")


class StalePlanYear(Check):
    """## What it does
    Finds a forward-looking improvement measure (under `下一步改进措施`, `整改措施`,
    `工作计划`, or in a `改进措施及结果应用方案` row) that aims at the report's fiscal year or
    an earlier one. Sentences in those sections that look back (a problem, its cause, a
    lesson, a comparison) stay quiet.

    ## Why is this bad?
    A report on year Y is written in Y+1; its next steps can only be about Y+1 or later. A
    plan aimed at Y was copied from the previous year's report.

    ## Example
    ```text
    某县民政局2023年度临时救助项目绩效自评报告
    五、下一步改进措施
    加快资金拨付进度，确保 2023 年度各项补助按时发放到位。
    ```

    ## Use instead
    ```text
    某县民政局2023年度临时救助项目绩效自评报告
    五、下一步改进措施
    加快资金拨付进度，确保 2024 年度各项补助按时发放到位。
    ```
    """

    doc_zh = """## 它检查什么
    查找面向未来的改进措施（在“下一步改进措施”“整改措施”“工作计划”之下，或“改进措施及结果应用方案”一行中）却以报告年度或更早年度为目标的情况。这些部分中回顾性的句子（问题、原因、教训、比较）不报告。

    ## 为什么要改
    Y 年度的报告写于 Y+1 年，其下一步措施只能针对 Y+1 年或以后。针对 Y 年的计划是从上年报告抄来的。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "Y505"
    name = "stale-plan-year"
    family = "years"
    severity = Severity.warning
    title = {"zh": "改进措施针对已结束的年度", "en": "Improvement plan aimed at a past year"}
    messages = {
        "stale": {
            "zh": "改进措施针对 {date}，但 {fy} 年度报告写于 {next} 年：计划应面向 {next} 年及以后",
            "en": "improvement measure aims at {date_en}, but a {fy} report is written in {next}: plans should look to {next} onwards",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for fact in date_facts(doc, ctx):
            fy = ctx.fiscal_year_of(fact.part)
            m = fact.mention
            if fy is None or m.year is None or not fact.forward or m.year > fy:
                continue
            if fact.where not in ("paragraph", "cell") or fact.context not in _AIMED:
                continue
            if looks_back(fact.sentence):
                continue
            yield self.diagnostic("stale", fact.location, date=date_label(m), date_en=date_label_en(m), fy=fy, next=fy + 1)
