"""B311: a 评价结论 section that gives neither a score nor a grade."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import is_excerpt, prose_stops_mid_sentence, runs_to_the_end
from perflint.extract.report_sections import (
    conclusion_cells,
    conclusion_headings,
    section_blocks,
    states_result,
    text_states_result,
)
from perflint.extract.template_text import template_instructions
from perflint.model import Document, Heading
from perflint.text.normalise import compact


class ConclusionWithoutResult(Check):
    """## What it does
    Finds a `绩效评价结论` / `自评结论` section, or a 自评表's `评价结论` row, whose text states
    neither a score (`92 分`) nor a grade (`等次为优`, `良好`, or the transfer payments' `评为好` / `较好`); `良好` or `优秀` describing a noun
    (`取得了良好的社会效益`) and `为优` running on into a word (`为优化营商环境`) are no grade. A section that an excerpt stops in (the text has no report
    title, or ends under one of the section's sub-headings) is left alone: its score may be past
    the cut.

    ## Why is this bad?
    The conclusion is the one thing every reader of a self-evaluation looks for. A section
    that only lists what the money was used for has copied the heading of the template and
    left its content out.

    ## Example
    ```text
    三、绩效评价结论
    资金主要用于开展专项检查、宣传政策和购置办公设备。
    四、存在的问题
    宣传覆盖面不够广。
    ```

    ## Use instead
    ```text
    三、绩效评价结论
    经自评，本项目得分 93 分，评价等次为“优”。
    四、存在的问题
    宣传覆盖面不够广。
    ```
    """

    doc_zh = """## 它检查什么
    查找“绩效评价结论”“自评结论”一节或自评表“评价结论”栏中既没有得分（“92 分”）也没有等次（“等次为优”“良好”，或转移支付用的“评为好”“较好”）的情况；修饰名词的“良好的”“优秀的”（“取得了良好的社会效益”）和连着后字成词的“为优”（“为优化营商环境”）不是等次。摘录在这一节中截断的（文本没有报告标题，或结束在该节的某个小标题之下），不报告：得分可能在截断处之后。

    ## 为什么要改
    结论是每个读自评报告的人首先要找的内容。只列资金用途的一节，是照抄了模板的标题，漏掉了内容。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B311"
    name = "conclusion-without-result"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "评价结论无得分和等次", "en": "Conclusion without score or grade"}
    messages = {
        "none": {
            "zh": "“{heading}”部分既无得分也无评价等次",
            "en": "'{heading}' gives neither a score nor a grade",
        },
        "cell": {
            "zh": "自评表“{heading}”栏既无得分也无评价等次",
            "en": "the form's '{heading}' row gives neither a score nor a grade",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for heading in conclusion_headings(part):
                blocks = section_blocks(part, heading)
                if not blocks or states_result(blocks):
                    continue  # an empty section is B306's business
                end = blocks[-1].text.locate()
                if runs_to_the_end(doc, end) and (
                        is_excerpt(part) or isinstance(blocks[-1], Heading) or prose_stops_mid_sentence(doc, blocks[-1])):
                    continue  # the text stops in the section (an excerpt, under a sub-heading, mid-sentence): its result may follow
                yield self.diagnostic("none", heading.text.locate(), heading=compact(heading.text.value))
            for label, answer in conclusion_cells(part):
                if any(text_states_result(c.value) or template_instructions(c.value) for c in answer):
                    continue  # a result given, or the template's instruction left (B307's)
                if is_excerpt(part) and runs_to_the_end(doc, answer[-1].text.locate()):
                    continue  # the excerpt stops in the answer: its result may follow
                yield self.diagnostic("cell", label.text.locate(), heading=compact(label.value))
