"""U408: the change between two rates written in % where it is their difference in 百分点."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.wording import text_facts
from perflint.model import Document
from perflint.text.numbers import fmt

from ._facts import prose_with


class PercentForPoints(Check):
    """## What it does
    Finds the change between two percentages of one sentence (`由 82% 提高到 96%`, `96.30%，较上年的
    95.10%`) stated in % (`提高 14%`) when it equals their difference and not the relative change:
    a difference of two rates is counted in 百分点. A change that reads as relative to either rate
    (to its displayed precision), one in 百分点, and parts of one whole after 其中 stay quiet.

    ## Why is this bad?
    From 82% to 96% is an increase of 14 百分点 but of 17.07%: `提高 14%` says the rate grew by a
    seventh of itself. The reader cannot tell which was meant, and a growth rate that is really a
    difference of points compares nothing with last year.

    ## Example
    ```text
    某县医疗保障局2023年度项目支出绩效自评报告
    城乡居民医保参保率 96.30%，较上年的 95.10% 提高 1.20%。
    ```

    ## Use instead
    ```text
    某县医疗保障局2023年度项目支出绩效自评报告
    城乡居民医保参保率 96.30%，较上年的 95.10% 提高 1.20 个百分点。
    ```
    """

    doc_zh = """## 它检查什么
    查找同一句中两个百分比之间的变化（“由 82% 提高到 96%”“96.30%，较上年的 95.10%”）用 % 表述（“提高 14%”），且恰好等于两者之差而不等于相对变化率的情形：两个比率之差应以“百分点”计。按任一比率计算（按显示精度）都说得通的相对变化、已用“百分点”表述的，以及“其中”之后同一整体的各部分，不报告。

    ## 为什么要改
    从 82% 到 96% 是提高 14 个百分点，而相对增长是 17.07%：“提高 14%”的字面意思是该比率增长了自身的七分之一。读者无法判断本意；把百分点之差写成增长率，与上年的比较也就失去了意义。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U408"
    name = "percent-for-points"
    family = "units"
    severity = Severity.warning
    title = {"zh": "百分点写成了百分比", "en": "Percentage points written as a percentage"}
    messages = {
        "points": {
            "zh": "{first} 与 {second} 之差为 {difference} 个百分点，写成了“{change}”（相对变化为 {relative}）：两个比率之差应以“百分点”表述",
            "en": "{first} and {second} differ by {difference} percentage points, written “{change}” (the relative change is {relative}): a difference of two rates is in percentage points",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in prose_with(doc, part, ("points_as_percent",)):
                for pc in text_facts(source.value).points_as_percent:
                    first, second, change = pc.first, pc.second, pc.change
                    # the lower rate as the base: the larger of the two relative readings
                    relative = abs(first.value - second.value) / min(first.value, second.value) * 100
                    yield self.diagnostic(
                        "points", source.locate(change.start, change.end),
                        first=first.text.strip(), second=second.text.strip(), change=change.text.strip(),
                        difference=fmt(change.value, change.decimals), relative=fmt(relative, 2) + "%")
