"""Y502: a report signed or filled in before its fiscal year ended."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import dates as D
from perflint.extract.dates import budget_title, interim_report, title_year
from perflint.extract.part_index import by_part
from perflint.model import Document, Heading, Paragraph, Table
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

from ._facts import DateFact, date_facts, date_label, date_label_en, title_like_text

_TITLE_BEFORE = 40  # characters before a date its form's title may stand in, on a flattened line
_SENTENCE_END = lazy_compile(r"[。；;！？!?]")


def _scope_titles(fact: DateFact) -> list[str]:
    """The titles the date signs: the part's, the table's, and a form title just above it."""
    out = [fact.part.title]
    if isinstance(fact.block, Table):
        out.append(fact.block.caption)
        out.extend(c.value for row in fact.block.rows[:2] for c in row.cells)
    if fact.where == "paragraph":
        # a page that lost its line breaks runs the form's title into the date's line
        # (``附件2：部门整体支出绩效目标申报表 填报日期：…``): the words right before the date
        before = fact.source.value[max(0, fact.mention.start - _TITLE_BEFORE):fact.mention.start]
        out.append(_SENTENCE_END.split(before)[-1])
    i = next((k for k, b in enumerate(fact.part.blocks) if b is fact.block), 0)
    for b in fact.part.blocks[max(0, i - 3):i + 2]:
        if isinstance(b, Paragraph) and title_like_text(b.text.value):
            out.append(b.text.value)
    return out


# A heading's or line's own number before its words: 1. / 2、 / (一) / （3）.
_LEADING_NUMBER = lazy_compile(r"^\s*(?:[(（]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9一二三四五六七八九十]+\s*[.．、,，])?\s*")


def _evaluation_stage(fact: DateFact) -> str | None:
    """The stage of the self-evaluation's own work ``fact`` dates (``1.准备阶段(2017年3月10日——30日)``
    under ``二、项目绩效自评工作开展情况``), or None: the line opens with a stage word and one of its
    section's titles is about the evaluation's work (years.yaml)."""
    if fact.where not in ("heading", "paragraph") or fact.mention.month is None:
        return None
    text = fact.source.value
    rest = text[_LEADING_NUMBER.match(text).end():]
    phrases = D.phrases()
    stage = next((w for w in phrases.get("evaluation_stages") or () if rest.startswith(w)), None)
    if stage is None:
        return None
    titles = list(getattr(fact.block, "section", ()) or ())
    if isinstance(fact.block, Heading):
        titles.append(fact.block.title or "")
    sections = phrases.get("evaluation_work_sections") or ()
    return stage if any(w in compact(t) for t in titles for w in sections) else None


class SignedBeforeYearEnd(Check):
    """## What it does
    Finds a report date, filing date (`填报日期`, `报告日期`) or the date line that signs a
    report which lies inside the report's fiscal year or earlier. Forms legitimately dated
    inside their year stay quiet: mid-year monitoring (`监控`), target declarations (`申报表`,
    `绩效目标申报`; also a form's title run into the date's own line by a page that lost its line breaks)
    and budgets (`部门预算`, a title naming `2017年预算`), and so does the date under `特此通知`: a
    notice printed with the report (the funds it allocates) dated by its issuer. It is an error when the year comes from the report's title or `--year`, a
    warning when it was read from the body (an excerpt, a title with no year), or when the date is
    the year's last day (12月31日, often the evaluation's cut-off date written in the date line).
    Also warns when the stages of the self-evaluation's own work (`1.准备阶段(2023年3月…)`,
    `实施阶段`, `总结阶段`, in a section such as `自评工作开展情况`) are dated inside the fiscal
    year or before: last year's timeline copied into this year's report.

    ## Why is this bad?
    A report on fiscal year Y evaluates the whole year, so it can only be written once Y has
    ended: it is filled in during Y+1. A signature inside Y is a date copied from last year's
    report or a wrong year, and a reviewer will reject the report.

    ## Example
    ```text
    某县司法局2023年度普法宣传项目绩效自评报告
    一、自评结论
    本项目自评得分 95 分。
    某县司法局
    2023 年 4 月 20 日
    ```

    ## Use instead
    ```text
    某县司法局2023年度普法宣传项目绩效自评报告
    一、自评结论
    本项目自评得分 95 分。
    某县司法局
    2024 年 4 月 20 日
    ```
    """

    doc_zh = """## 它检查什么
    查找报告日期、填报日期（“填报日期”“报告日期”）或报告落款的日期行，其日期在报告年度之内或更早。年中监控（“监控”）、目标申报（“申报表”“绩效目标申报”，包括网页丢失换行后与日期连在同一行的表名）和预算（“部门预算”、标题写“2017年预算”）等本就在年度内填报的表格不报告；“特此通知”下的日期是随报告印出的通知（下达资金的文件）的发文日期，也不报告。年度取自报告标题或 `--year` 时为错误；从正文推断年度（摘录、标题未写年度）时，或日期恰为该年度最后一天（12月31日，常是写在日期栏里的评价截止日）时为警告。自评工作开展情况一节中自评工作各阶段（“1.准备阶段(2023年3月…)”“实施阶段”“总结阶段”）的日期在报告年度之内或更早的，也给出警告：这是把上年报告的时间安排抄了过来。

    ## 为什么要改
    Y 年度的报告评价的是整个年度，只能在 Y 年结束后、即 Y+1 年填写。落款在 Y 年内，是从上年报告抄来的日期或年份写错，审核人会退回报告。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "Y502"
    name = "signed-before-year-end"
    family = "years"
    severity = Severity.error
    title = {"zh": "落款/填报日期早于报告年度结束", "en": "Report dated before its fiscal year ended"}
    messages = {
        "early": {
            "zh": "落款/填报日期 {date} 在 {fy} 年度结束之前：{fy} 年度报告应于 {next} 年填报{see}",
            "en": "report/filing date {date_en} is before fiscal year {fy} ended: a {fy} report is filed in {next}{see_en}",
        },
        "other": {"zh": "此处日期为 {other}", "en": "dated {other_en} here"},
        "stage": {
            "zh": "自评工作的“{stage}”日期 {date} 在 {fy} 年度结束之前：{fy} 年度的自评只能在 {next} 年开展",
            "en": "the evaluation's {stage} is dated {date_en}, before fiscal year {fy} ended: a {fy} evaluation is carried out in {next}",
        },
        "also_stage": {"zh": "另一阶段同样早于年度结束", "en": "another stage dated before the year ended"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        yield from self._stages(doc, ctx)
        facts = [f for f in date_facts(doc, ctx) if f.context == "signature" and f.mention.year is not None]
        of_part = by_part(facts)
        for fact in facts:
            fy = ctx.fiscal_year_of(fact.part)
            if fy is None or fact.mention.year > fy or any(interim_report(t) or budget_title(t) for t in _scope_titles(fact)):
                continue
            later = [f for f in of_part[id(fact.part)] if f.mention.year > fy]
            related = []
            m = fact.mention
            see = see_en = other = other_en = ""
            if later:
                other, other_en = date_label(later[0].mention), date_label_en(later[0].mention)
                related = [(later[0].location, "other")]
                see = f"（同一报告第 {later[0].location.line} 行为 {other}）"
                see_en = f" (line {later[0].location.line} says {other_en})"
            # the year from the report's title or --year is certain; one read from the body (an
            # excerpt, a title with no year) may be wrong, and so may the date's role: a warning
            certain = ctx.fiscal_year is not None or title_year(compact(fact.part.title)) == fy
            # 12月31日 of the year itself is the evaluation's cut-off date (评价基准日, 截至日期)
            # that forms often carry in the date line: likely, not certainly, a signing date
            certain = certain and not (m.year == fy and m.month == 12 and m.day == 31)
            yield self.diagnostic("early", fact.location, severity=None if certain else Severity.warning,
                                  related=related, date=date_label(m),
                                  date_en=date_label_en(m), fy=fy, next=fy + 1, see=see, see_en=see_en,
                                  other=other, other_en=other_en)

    def _stages(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """A stage of the evaluation's work dated inside its fiscal year or before: a warning, the
        line's role being read from its words and section. One finding a part (its first stage),
        the other stages as related locations: one copied timeline is one defect."""
        found: dict[int, list[tuple[DateFact, str, int]]] = {}
        for fact in date_facts(doc, ctx):
            if fact.mention.year is None or fact.context in ("signature", "document_number", "title"):
                continue
            fy = ctx.fiscal_year_of(fact.part)
            if fy is None or fact.mention.year > fy or fact.mention.fiscal:
                continue
            stage = _evaluation_stage(fact)
            if stage is None or any(interim_report(t) or budget_title(t) for t in _scope_titles(fact)):
                continue
            found.setdefault(id(fact.part), []).append((fact, stage, fy))
        for stages in found.values():
            fact, stage, fy = stages[0]
            related = [(other.location, "also_stage") for other, _, _ in stages[1:]]
            yield self.diagnostic("stage", fact.location, severity=Severity.warning, related=related, stage=stage,
                                  date=date_label(fact.mention), date_en=date_label_en(fact.mention),
                                  fy=fy, next=fy + 1)
