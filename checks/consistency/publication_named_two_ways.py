"""C726: a 预算/决算 publication that calls itself a 部门决算 in one place and a 单位决算 in the rest."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.publication_names import odd_publication_names
from perflint.model import Document

from ._texts import text_index


class PublicationNamedTwoWays(Check):
    """## What it does
    Reads every `<year>年度部门决算` and `<year>年度单位决算` (and 部门预算 / 单位预算) of a text
    and finds the ones that name the publication otherwise than the rest does, when the rest
    uses one name at least three times and three times as often (a cover's `2021年度部门决算公开文本`
    above a contents, headings and tables all of the `2021年度单位决算`).

    ## Why is this bad?
    A department (主管部门) publishes a 部门决算 that sums its units; a unit with no units below it
    publishes a 单位决算. One publication called both was made from the other kind's template,
    and the reader cannot tell whether its figures are the department's or the unit's.

    ## Example
    ```text
    2023年度部门决算公开文本
    单位名称：某市第五中学
    2023年度单位决算公开文本
    第一部分 单位概况
    第二部分 2023年度单位决算报表
    第三部分 2023年度单位决算情况说明
    ```

    ## Use instead
    ```text
    2023年度单位决算公开文本
    单位名称：某市第五中学
    2023年度单位决算公开文本
    第一部分 单位概况
    第二部分 2023年度单位决算报表
    第三部分 2023年度单位决算情况说明
    ```
    Name the publication as its contents and tables do.
    """

    doc_zh = """## 它检查什么
    读取文中每一处“某年度部门决算”“某年度单位决算”（以及部门预算、单位预算），找出与全文其余部分称谓不同的那几处；只在其余部分用同一称谓至少三次、且是另一称谓的三倍以上时报告（封面写“2021年度部门决算公开文本”，而目录、标题、报表都是“2021年度单位决算”）。

    ## 为什么要改
    主管部门公开的是汇总所属单位的部门决算；没有下级单位的单位公开的是单位决算。同一份公开文本两种称谓都有，是套用了另一种文本的模板，读者无法判断其中数字是部门的还是单位的。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    按目录和报表的口径统一称谓。
    """

    code = "C726"
    name = "publication-named-two-ways"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "公开文本称谓前后不一致（部门/单位）", "en": "Publication called both 部门 and 单位"}
    messages = {
        "odd": {
            "zh": "此处作“{written}”，而本文其他 {count} 处均称“{usual}”：同一份公开文本称谓不一致（套用了另一种文本的模板？）",
            "en": "“{written}” here, but the text calls itself “{usual}” {count} times: one publication named two ways "
                  "(the other kind's template?)",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # 决算/预算: no other text names one (the texts of doc.texts(), as the facts list them once)
        index = text_index(doc)
        sources = [index.texts[i].text for i in index.holding("算")]
        for odd in odd_publication_names([s.value for s in sources]):
            yield self.diagnostic("odd", sources[odd.index].locate(odd.start, odd.end),
                                  written=odd.written, usual=odd.usual, count=odd.count)
