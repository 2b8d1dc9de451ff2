"""B312: a 满意度 section that reports no survey figure."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.report_sections import has_figure, not_measured, satisfaction_headings, section_blocks
from perflint.model import Document, Table
from perflint.text.normalise import compact


class SatisfactionWithoutFigure(Check):
    """## What it does
    Finds a section on the 满意度 indicator (`（3）满意度指标完成情况`, or a bare `（三）满意度指标`
    under a results heading such as `三、绩效目标完成情况`) whose text gives no
    figure at all — no rate, no number of people surveyed. A section that gives the result in
    a table, or says the indicator was not set or not surveyed, is left alone.

    ## Why is this bad?
    Satisfaction is measured by a survey; the section exists to report its result. A general
    remark (`群众满意度较高`, or a reflection on why opinions differ) is not a result and cannot
    support the points awarded for the indicator.

    ## Example
    ```text
    （3）满意度指标完成情况
    受益群众对政策的理解存在差异。
    ```

    ## Use instead
    ```text
    （3）满意度指标完成情况
    发放问卷 300 份，回收 286 份，满意度 94.1%，达到 ≥90% 的目标。
    ```
    """

    doc_zh = """## 它检查什么
    查找讲满意度指标的一节（如“（3）满意度指标完成情况”，或在“三、绩效目标完成情况”之类结果标题下的“（三）满意度指标”）中一个数字都没有——没有满意率，也没有调查人数——的情况。结果以表格给出的、说明未设置满意度指标或未开展调查的，不报告。

    ## 为什么要改
    满意度是通过调查测得的，这一节就是报告调查结果的地方。泛泛而谈（“群众满意度较高”，或议论意见为何不同）不是结果，撑不起该指标所得的分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B312"
    name = "satisfaction-without-figure"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "满意度完成情况无数据", "en": "Satisfaction result without a figure"}
    messages = {
        "none": {
            "zh": "“{heading}”没有给出任何满意度数据（调查人数、满意率）",
            "en": "'{heading}' gives no satisfaction figure (people surveyed, rate)",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for heading in satisfaction_headings(part):
                blocks = section_blocks(part, heading)
                if not blocks or isinstance(blocks[0], Table):
                    continue  # the result is given in a table
                prose = [heading]
                for b in blocks:
                    if isinstance(b, Table):
                        break  # the next form, not this section's text
                    prose.append(b)
                if has_figure(prose) or not_measured(prose):
                    continue
                first = blocks[0]
                yield self.diagnostic("none", first.text.locate(), heading=compact(heading.text.value))
