"""Y501: a dated activity of the report that happened outside its fiscal year."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.dates import marks_past, said_done_by
from perflint.model import Document

from ._facts import date_facts, date_label, date_label_en


class ActivityOutsideFiscalYear(Check):
    """## What it does
    Finds an activity or achievement the report gives as its own work (a campaign held, an
    inspection done, a system put into service) dated in a year before the report's fiscal
    year, or more than a year after it. It also reads work the report says was finished on or
    by a date (`于2023年11月25日前全部完工`, `在2023年12月20日前全部兑付到位`): a deadline before the
    fiscal year began, or a date after the report's own 填报日期 (`2024年11月25日前全部完工` in a
    report dated 2024年4月10日; for an annex of a file of several reports without a date of its
    own, the file's latest date), cannot be the year's work done; a delay (`推迟至`), a plan or
    a date under 下一步 stays quiet. So is an activity the report gives as held (`2024年9月举办全县
    展演周活动` in a 2023 report dated 2024年4月12日) in a month after the report's own date. And a
    project form's period field (`建设周期`, `项目起止时间`, `实施期限` …) dated wholly after the year
    the form states in its table or on its title or year line right above (`（2023年度）` over
    `建设周期 | 2025年1月1日-2025年12月31日`): one of the two was left from another year's form (a
    form that states no year of its own, an annex of another year's, is left alone).

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
    查找报告作为本单位工作列出的活动或成绩（举办活动、完成检查、系统投入使用），其日期早于报告年度，或晚于报告年度一年以上。还查看报告称已于某日或某日前完成的工作（“于2023年11月25日前全部完工”“在2023年12月20日前全部兑付到位”）：期限早于报告年度开始，或日期晚于本报告自己的填报日期（填报日期为2024年4月10日的报告写“2024年11月25日前全部完工”），都不可能是本年度已完成的工作（多个报告合为一个文件、某个附件没有自己的填报日期的，以文件中最晚的日期为准）；推迟（“推迟至”）、计划以及“下一步”中的日期不报告。报告称已举办的活动（填报日期为2024年4月12日的2023年度报告写“2024年9月举办全县展演周活动”），其月份晚于本报告自己的填报日期的，同样报告。项目表中的期间栏（“建设周期”“项目起止时间”“实施期限”等）整段在该表在表内或紧邻的表题、年度行中所写年度之后的（“（2023年度）”下写“建设周期 | 2025年1月1日-2025年12月31日”），也报告：两者之一是从别的年度的表沿用来的（表上没写本表年度的，可能是别的年度的附表，不报告）。

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
        "done_before": {
            "zh": "称本年度工作于 {date} 前已完成，但该日期早于报告年度（{fy} 年度）：年份是否写错？",
            "en": "the year's work is said done by {date_en}, before fiscal year {fy} began: a wrong year?",
        },
        "done_after_report": {
            "zh": "称工作于 {date} 完成，但该日期晚于本报告的填报日期 {signed}（第 {line} 行）：年份是否写错？",
            "en": "work is said done by {date_en}, after this report's own date {signed_en} (line {line}): a wrong year?",
        },
        "held_after_report": {
            "zh": "活动日期 {date} 晚于本报告的填报日期 {signed}（第 {line} 行）：报告不能记述尚未发生的活动，年份是否写错？",
            "en": "activity dated {date_en}, after this report's own date {signed_en} (line {line}): a report cannot tell of it yet; a wrong year?",
        },
        "signed": {"zh": "填报日期", "en": "the report's date"},
        "period_after": {
            "zh": "表中“{label}”从 {start} 年开始，整段在本表所填的 {fy} 年度之后：期间还是表的年度写错了？",
            "en": "the form's “{label}” starts in {start}, wholly after the year {fy} the form states: is the period "
                  "or the form's year wrong?",
        },
        "after": {
            "zh": "活动日期 {date} 晚于报告年度（{fy} 年度）及其填报年度：年份是否写错？",
            "en": "activity dated {date_en} is after fiscal year {fy} and the year it is reported in: a wrong year?",
        },
    }
    default_options = {"require_month": True}

    _DONE_CONTEXTS = ("activity", "deadline")

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        facts = date_facts(doc, ctx)
        in_year = _InYear(facts, ctx)  # sentences that also speak of the fiscal year
        seen: set[tuple[int, int]] = set()
        yield from self._done_outside(doc, facts, in_year, ctx)
        from perflint.extract.form_periods import periods_after_year

        for p in periods_after_year(doc, ctx.fiscal_year_of):
            yield self.diagnostic("period_after", p.cell.text.locate(), label=p.label, start=p.start, fy=p.year)
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

    def _done_outside(self, doc: Document, facts: list, in_year: _InYear, ctx: Context) -> Iterator[Diagnostic]:
        """Work said finished by a date (…前全部完工) that cannot hold: a deadline before the fiscal
        year began, or a date after the report's own 填报日期 (a year slipped to Y+1), or, for an
        annex of a file with no date of its own, after the file's latest."""
        signed: dict[int, object] = {}
        for fact in facts:
            if fact.context == "signature" and fact.mention.year is not None and fact.mention.month is not None:
                last = signed.get(id(fact.part))
                if last is None or _order(fact.mention) > _order(last.mention):
                    signed[id(fact.part)] = fact
        latest = max(signed.values(), key=lambda f: _order(f.mention), default=None)
        if latest is not None:
            # A file of several reports (附件1..N) signed once at its end: an annex without its
            # own date was written before the file's latest one.
            for part in doc.parts:
                signed.setdefault(id(part), latest)
        for fact in facts:
            m = fact.mention
            if fact.context not in self._DONE_CONTEXTS or fact.forward or m.year is None or m.month is None:
                continue
            if fact.where not in ("paragraph", "cell"):
                continue
            fy = ctx.fiscal_year_of(fact.part)
            if fy is None or fy <= m.year <= fy + 1 and id(fact.part) not in signed:
                continue
            if m.year < fy:
                if fact.context != "deadline" or (id(fact.source), fact.sentence_span[0]) in in_year \
                        or marks_past(fact.sentence) or not said_done_by(fact.source.value, m):
                    continue
                yield self.diagnostic("done_before", fact.location, date=date_label(m), date_en=date_label_en(m), fy=fy)
                continue
            sign = signed.get(id(fact.part))
            if m.year != fy + 1 or sign is None or not _later(m, sign.mention):
                continue
            # work said done by the date (…前全部完工), or an activity given as held on it (2024年9月举办…)
            key = "done_after_report" if said_done_by(fact.source.value, m) else "held_after_report"
            if key == "held_after_report" and fact.context != "activity":
                continue
            where = sign.location
            yield self.diagnostic(key, fact.location, related=[(where, "signed")],
                                  date=date_label(m), date_en=date_label_en(m), signed=date_label(sign.mention),
                                  signed_en=date_label_en(sign.mention), line=where.line)


class _InYear:
    """The sentences of ``facts`` that speak of their part's fiscal year (or the next), as
    ``(id(source), sentence start)``: found when a date outside the year first asks (most
    drafts have none), each sentence's bounds being worked out for every date of the year."""

    __slots__ = ("facts", "ctx", "keys")

    def __init__(self, facts: list, ctx: Context) -> None:
        self.facts, self.ctx = facts, ctx
        self.keys: set[tuple[int, int]] | None = None

    def __contains__(self, key: tuple[int, int]) -> bool:
        if self.keys is None:
            self.keys = set()
            for fact in self.facts:
                fy = self.ctx.fiscal_year_of(fact.part)
                if fy is not None and fact.mention.year is not None and fy <= fact.mention.year <= fy + 1:
                    self.keys.add((id(fact.source), fact.sentence_span[0]))
        return key in self.keys


def _order(m) -> tuple[int, int, int]:
    return (m.year, m.month or 0, m.day or 0)


def _later(done, signed) -> bool:
    """Whether ``done`` is surely after ``signed``: a later month, or a later day of the same
    month when both give the day (a month alone may be any day of it)."""
    if (done.year, done.month) != (signed.year, signed.month):
        return (done.year, done.month) > (signed.year, signed.month)
    return done.day is not None and signed.day is not None and done.day > signed.day
