"""C730: a 自评表 时效 indicator done on one day, the narrative telling the same step on another."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.part_index import by_part
from perflint.extract.quantities import part_prose
from perflint.extract.timeliness import dated_step, narrative_dates, same_day
from perflint.model import Document, Table

from ._forms import forms


class TimelinessDateMismatch(Check):
    """## What it does
    Reads each 时效 indicator of a 自评表 whose actual is one date (`补贴资金发放时间 |
    2023年6月30日前 | 2023年6月28日`), and finds the narrative's date of the same step in the
    same report, or in the form's own 实际完成情况 cell: a sentence with the step's object before
    the date (补贴) and its verb in the
    date's clause after it (`补贴资金于2023年7月20日全部发放到户`). The two dates must be the same
    day (the same month where one gives no day). A deadline (`6月30日前发放`) or a plan
    (`计划于…`) in the narrative is not read, nor an indicator whose actual is a bound
    (`2023年6月30日前`). When two indicators of the report name the same step, none is read.

    ## Why is this bad?
    The 时效 indicator is scored on the day in the form; a narrative that tells a later day says
    either the form's day was written to meet the target or the narrative is wrong. A reviewer
    cannot tell which, and the indicator's score may rest on the wrong one.

    ## Example
    ```text
    某县农业农村局2023年度耕地地力保护补贴项目支出绩效自评报告
    补贴资金于2023年7月20日全部发放到户。
    一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
    产出指标	时效指标	补贴资金发放时间	2023年6月30日前	2023年6月28日	15	15
    ```

    ## Use instead
    ```text
    某县农业农村局2023年度耕地地力保护补贴项目支出绩效自评报告
    补贴资金于2023年6月28日全部发放到户。
    一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
    产出指标	时效指标	补贴资金发放时间	2023年6月30日前	2023年6月28日	15	15
    ```
    Give the step the day it was done in both places, and score the indicator on it.
    """

    doc_zh = """## 它检查什么
    读取自评表中实际完成值为一个日期的时效指标（“补贴资金发放时间 | 2023年6月30日前 | 2023年6月28日”），在同一报告的正文或该表自身的“实际完成情况”栏中查找同一环节的日期：句中日期之前写有该环节的对象（补贴）、日期所在分句中日期之后写有其动作（“补贴资金于2023年7月20日全部发放到户”）。两个日期应为同一天（一方未写日时为同一月）。正文中的期限（“6月30日前发放”）和计划（“计划于……”）不读取，实际完成值本身是期限的（“2023年6月30日前”）也不读取。报告中有两个指标指同一环节时，均不读取。

    ## 为什么要改
    时效指标按表中的日期计分；正文写的却是更晚的日期，说明要么表中日期是为达标而填，要么正文写错。审核者无从判断，该指标的得分可能建立在错误的日期上。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    两处写同一个完成日期，并据此计分。
    """

    code = "C730"
    name = "timeliness-date-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "正文完成日期与时效指标不符", "en": "Narrative date differs from the form's timeliness indicator"}
    messages = {
        "differs": {
            "zh": "正文称{verb}于 {stated}，而自评表时效指标“{indicator}”实际完成值为 {actual}（第 {line} 行）",
            "en": "the narrative dates the {verb} step {stated}, but the form's timeliness indicator “{indicator}” "
                  "gives {actual} (line {line})",
        },
        "see": {"zh": "自评表中的该指标", "en": "the indicator in the form"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        forms_by_part = by_part(forms(doc, ctx))
        for part in doc.parts:
            steps = [(se, s) for se in forms_by_part.get(id(part), []) for i in se.indicators
                     if (s := dated_step(i)) is not None]
            if not steps:
                continue
            keys = [(s.obj, s.verb) for _, s in steps]
            texts = [source for block, source in part_prose(doc, part) if not isinstance(block, Table)]
            for se, step in steps:
                if keys.count((step.obj, step.verb)) > 1:
                    continue  # one step, one indicator
                # the prose, and the form's own 实际完成情况 cell (its account of what was done)
                own = [se.goal.actual.text] if se.goal is not None and se.goal.actual is not None else []
                for source in texts + own:
                    for said in narrative_dates(source.value, step):
                        if same_day(said.date, step.done):
                            continue
                        where = step.indicator.actual.cell.text.locate()
                        yield self.diagnostic(
                            "differs", source.locate(said.start, said.end), related=[(where, "see")],
                            verb=step.verb, stated=said.date.text, indicator=step.indicator.name,
                            actual=step.indicator.actual.cell.value.strip(), line=where.line,
                        )
