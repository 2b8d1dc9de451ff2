"""Y501: a dated activity of the report that happened outside its fiscal year."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.dates import marks_past
from perflint.model import Document

from ._facts import date_facts, date_label, date_label_en


class ActivityOutsideFiscalYear(Check):
    """## What it does
    Finds an activity or achievement the report gives as its own work (a campaign held, an
    inspection done, a system put into service) dated in a year before the report's fiscal
    year, or more than a year after it.

    Dates that are not the report's activities stay quiet: a sentence that also speaks of the
    fiscal year or says it looks back (`此前`, `上年`) gives background, not evidence; and document numbers (`〔2019〕10号`),
    policy titles (`《…2021—2025年…》`), a policy's start (`从2012年1月起`, `…以来`), the founding
    of an institution, a multi-year period, `截至…`, comparisons with earlier years, the date
    a policy was issued, and plans or deadlines.

    ## Why is this bad?
    A self-evaluation reports what was done with year Y's money. Last year's events given as
    evidence are either copied from last year's report or carry a wrong year; either way the
    reader cannot trust the achievement.

    ## Example
    ```text
    某县司法局2023年度普法宣传项目绩效自评报告
    全年开展宣传活动 2 次。2022 年 5 月 8 日及 9 月 1 日，在中心广场举办政策宣传活动。
    ```

    ## Use instead
    ```text
    某县司法局2023年度普法宣传项目绩效自评报告
    全年开展宣传活动 2 次。2023 年 5 月 8 日及 9 月 1 日，在中心广场举办政策宣传活动。
    ```

    ## Options
    - `require_month` (default true): only dates with a month (`2022年5月`) count; a bare
      year (`2022年，开展了…`) is too often background to be reported without a person.
    """

    doc_zh = """## 它检查什么
    查找报告作为本单位工作列出的活动或成绩（举办活动、完成检查、系统投入使用），其日期早于报告年度，或晚于报告年度一年以上。

    不是本报告活动的日期不报告：同一句也讲到报告年度，或明说是回顾（“此前”“上年”）的，是背景而不是证据；文号（“〔2019〕10号”）、政策名称（“《……2021—2025年……》”）、政策起始（“从2012年1月起”“……以来”）、机构成立、跨年度的期间、“截至……”、与往年的比较、政策印发日期，以及计划和期限，也都不报告。

    ## 为什么要改
    自评报告讲的是用 Y 年的钱做了什么。把上年的事当作证据，要么是从上年报告抄来的，要么年份写错了；无论哪种，读者都无法相信这项成绩。

    ## 示例
    {example}

    ## 应改为
    {use_instead}

    ## 选项
    - `require_month`（默认 true）：只统计带月份的日期（“2022年5月”）；只有年份的（“2022年，开展了……”）往往是背景，没有人工判断不宜报告。
    """

    code = "Y501"
    name = "activity-outside-fiscal-year"
    family = "years"
    severity = Severity.warning
    title = {"zh": "活动日期不在报告年度内", "en": "Activity dated outside the fiscal year"}
    messages = {
        "before": {
            "zh": "活动日期 {date} 早于报告年度（{fy} 年度）：是上年的工作，还是年份写错了？",
            "en": "activity dated {date_en} precedes the report's fiscal year {fy}: last year's work, or a wrong year?",
        },
        "after": {
            "zh": "活动日期 {date} 晚于报告年度（{fy} 年度）及其填报年度：年份是否写错？",
            "en": "activity dated {date_en} is after fiscal year {fy} and the year it is reported in: a wrong year?",
        },
    }
    default_options = {"require_month": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        facts = date_facts(doc, ctx)
        in_year: set[tuple[int, int]] = set()  # sentences that also speak of the fiscal year
        for fact in facts:
            fy = ctx.fiscal_year_of(fact.part)
            if fy is not None and fact.mention.year is not None and fy <= fact.mention.year <= fy + 1:
                in_year.add((id(fact.source), fact.sentence_span[0]))
        seen: set[tuple[int, int]] = set()
        for fact in facts:
            fy = ctx.fiscal_year_of(fact.part)
            m = fact.mention
            if fy is None or m.year is None or fact.context != "activity" or fact.forward:
                continue
            if fact.where not in ("paragraph", "cell"):
                continue
            if self.options["require_month"] and m.month is None:
                continue
            if fy <= m.year <= fy + 1:
                continue
            key = (id(fact.source), fact.sentence_span[0])
            if key in seen or key in in_year or marks_past(fact.sentence):
                continue  # one finding a sentence; an earlier date set against this year is background
            seen.add(key)
            yield self.diagnostic("before" if m.year < fy else "after", fact.location,
                                  date=date_label(m), date_en=date_label_en(m), fy=fy)
