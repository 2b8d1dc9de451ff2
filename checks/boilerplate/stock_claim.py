"""B303: a stock all-done claim (所有预期目标全部顺利完成) standing as the only evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Paragraph, Table
from perflint.text.normalise import compact

from ._facts import texts, texts_with


class StockClaim(Check):
    """## What it does
    Finds a table cell, or a paragraph alone in its section, that says nothing but a stock
    claim that every target was achieved: `所有预期目标全部顺利完成`, `各项绩效目标均已完成`,
    `圆满完成全年目标任务`. A section that goes on with results, and the answer to one
    indicator (`按时完成验收 | 全部完成`), are left alone.

    ## Why is this bad?
    The 实际完成 column of a self-evaluation is where each target is answered with a result.
    One sentence for all of them gives no result at all: nobody can check it, and it is what
    a template says before anyone fills it in.

    ## Example
    ```text
    | 预期目标 | 实际完成 |
    | 目标1：全年培训基层人员 300 人次 | 所有预期目标全部顺利完成 |
    | 目标2：投诉办结率达到 95% |  |
    ```

    ## Use instead
    ```text
    | 预期目标 | 实际完成 |
    | 目标1：全年培训基层人员 300 人次 | 培训 326 人次 |
    | 目标2：投诉办结率达到 95% | 办结 118 件，办结率 97.5% |
    ```
    """

    doc_zh = """## 它检查什么
    查找只有一句套话、声称所有目标都已完成的表格单元格，或在本节中独占一段的段落：“所有预期目标全部顺利完成”“各项绩效目标均已完成”“圆满完成全年目标任务”。同一节里另有具体结果的、只回答单个指标的（如“按时完成验收 | 全部完成”）不报告。

    ## 为什么要改
    自评的“实际完成”栏，是逐个目标给出结果的地方。一句话打发所有目标，等于没有给出任何结果：无法核实，也正是模板在没人填写之前的样子。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B303"
    name = "stock-claim"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "以套话代替完成情况", "en": "Stock all-done claim instead of results"}
    messages = {
        "claim": {
            "zh": "“{claim}”是套话，没有给出任何目标的实际完成值",
            "en": "'{claim}' is a stock claim: no target's actual result is given",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        counts: dict[int, Counter] = {}
        written = texts(doc)
        for k in texts_with(doc, ("stock_claim",)):  # the texts that may be one (a few)
            t = written[k]
            if t.where == "heading" or not t.found.stock_claim:
                continue
            if t.where == "paragraph" and not _alone_in_section(t.part, t.block, counts):
                continue
            yield self.diagnostic("claim", t.text.locate(), claim=compact(t.text.value))


def _alone_in_section(part, block, counts: dict[int, Counter]) -> bool:
    """A paragraph with no other paragraph or table beside it under the same heading.

    The paragraphs and tables of each section are counted once per part (``counts``): scanning
    the part for every claim would grow with the square of a long part's length."""
    if id(part) not in counts:
        counts[id(part)] = Counter(b.section for b in part.blocks if isinstance(b, (Paragraph, Table)))
    return counts[id(part)][block.section] == 1  # the paragraph itself only
