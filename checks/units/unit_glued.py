"""U406: two units on one figure (`0 万元%`)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.facts import facts_of
from perflint.model import Document


class UnitGlued(Check):
    """## What it does
    Finds a figure followed by two units, such as `0 万元%` or `15%万元`, by its money unit
    typed twice (`18.40 万元元`), or an area given a money unit before its own (`42.59万元亩`
    for 万亩); and a percentage with digits run on after its sign, closed by a punctuation mark
    (`合格率9%0。`: the figure is garbled, a digit typed on the wrong side of `%`).

    ## Why is this bad?
    A figure is an amount or a percentage, not both. Two units on one figure come from a template
    sentence filled in half (`增加 X 万元，增长 Y%` with one figure deleted) or from a cell pasted
    with its neighbour's unit; the reader cannot tell which quantity was meant.

    ## Example
    ```text
    较上年增加 0 万元%，主要原因是……
    ```

    ## Use instead
    ```text
    较上年增加 0 万元，增长 0%，……
    ```
    """

    doc_zh = """## 它检查什么
    查找后面跟着两个单位的数字，如“0 万元%”“15%万元”，金额单位写了两遍（“18.40 万元元”），或面积在自己的单位前多了金额单位（“42.59万元亩”应为“万亩”）；以及百分号后面还连着数字、随后就是标点的百分数（“合格率9%0。”：数字写乱了，某位数字打在了“%”的另一侧）。

    ## 为什么要改
    一个数字要么是金额，要么是百分比，不会两者都是。一个数字带两个单位，来自只填了一半的模板句（“增加 X 万元，增长 Y%”删掉了一个数），或带着邻格单位粘贴的单元格；读者无法判断指的是哪个量。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U406"
    name = "unit-glued"
    family = "units"
    severity = Severity.warning
    title = {"zh": "一个数字带两个单位", "en": "Two units on one figure"}
    messages = {
        "glued": {
            "zh": "“{text}”带有两个单位（{first} 与 {second}）：缺了一个数字，或单位写错",
            "en": "“{text}” carries two units ({first} and {second}): a figure is missing or a unit is wrong",
        },
        "digits_after": {
            "zh": "“{text}”的百分号后面还有数字“{second}”：数字写错，或粘连了别的字符",
            "en": "“{text}” has the digits “{second}” after its percent sign: a mistyped or garbled figure",
        },
        "twice": {
            "zh": "“{text}”的金额单位多写了一个“{second}”",
            "en": "“{text}” has its money unit typed twice (an extra “{second}”)",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for t in facts_of(doc).texts:  # every text but blank cells, whose figures are none
            source = t.text
            for g in t.found.glued_units:
                    key = "twice" if g.first.endswith("元") and g.second == "元" else \
                        "digits_after" if g.second.isdigit() else "glued"
                    yield self.diagnostic(key, source.locate(g.start, g.end), text=g.text.strip(),
                                          first=g.first, second=g.second)
