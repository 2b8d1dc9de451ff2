"""C732: a figure said to be above (below, at) its target when the two figures say otherwise."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.model import Document


class TargetComparisonContradiction(Check):
    """## What it does
    Reads a figure compared in words with its target right after it, in one sentence and one
    unit (`优良中等路率为78.6%，高于80%的目标值`, `满意度达96%，超过年度目标值90%`, `每公里成本
    0.42万元，低于0.45万元的标准`), and reports a comparison the two figures contradict: a figure
    below the target said to be 高于/超过 it or to 达到 it, a figure above it said to be 低于/未达到 it.
    The second figure must be named as the target (目标值, 计划, 指标值, 标准) right before or
    right after it; a comparison with last year or another figure is not read. Differences within
    the figures' rounding are allowed.

    ## Why is this bad?
    The sentence claims the target was met (or missed) while its own figures say the opposite:
    either a figure was changed after the sentence was written, or the claim was copied from a
    template. A reviewer cannot tell which, and the indicator's score may rest on the claim.

    ## Example
    ```text
    某县交通运输局2023年度农村公路养护项目支出绩效自评报告
    经年度路况评定，全县农村公路优良中等路率为78.6%，高于80%的目标值。
    ```

    ## Use instead
    ```text
    某县交通运输局2023年度农村公路养护项目支出绩效自评报告
    经年度路况评定，全县农村公路优良中等路率为78.6%，低于80%的目标值，主要原因是部分路段水毁未及修复。
    ```
    State how the figure stands against the target as the figures say, and the reason for a
    target missed.
    """

    doc_zh = """## 它检查什么
    读取同一句中某个数字与紧随其后的目标值的文字比较（单位相同）：“优良中等路率为78.6%，高于80%的目标值”“满意度达96%，超过年度目标值90%”“每公里成本0.42万元，低于0.45万元的标准”，两个数字与比较用语矛盾时报告：低于目标的数字称“高于”“超过”或“达到”目标，高于目标的数字称“低于”“未达到”目标。后一个数字须在其前或其后写明是目标（目标值、计划、指标值、标准），与上年或其他数字的比较不读取。两个数字的四舍五入误差以内的差异不报告。

    ## 为什么要改
    句子声称达到（或未达到）目标，而它自己的数字说明正相反：要么数字改过而句子未改，要么这句话是从模板抄来的。审核者无从判断，该指标的得分可能建立在这句话上。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    按数字如实写明与目标的比较，未达到目标的写明原因。
    """

    code = "C732"
    name = "target-comparison-contradiction"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "与目标的比较与数字矛盾", "en": "Comparison with the target contradicts the figures"}
    messages = {
        "contradicted": {
            "zh": "{actual} “{verb}” {target}：两个数字与比较用语矛盾",
            "en": "{actual} is said to be “{verb}” {target}: the figures say otherwise",
        },
        "target": {"zh": "目标值", "en": "the target"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.target_comparisons import target_comparisons  # (imported on use: cold start)

        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for cmp in target_comparisons(source.value):
                    if not cmp.contradicted():
                        continue
                    a, t = cmp.actual, cmp.target
                    target_text = t.text.strip()
                    if target_text.startswith(cmp.verb):
                        target_text = target_text[len(cmp.verb):].strip()
                    yield self.diagnostic(
                        "contradicted", source.locate(a.start, a.end),
                        related=[(source.locate(t.start, t.end), "target")],
                        actual=a.text.strip(), verb=cmp.verb, target=target_text)
