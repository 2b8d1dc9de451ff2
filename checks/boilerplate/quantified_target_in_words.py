"""B310: a quantified target (100%, ≥3次) answered only with a word (完成, 达标)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.targets import completion_only, quantified
from perflint.model import Document, Table
from perflint.text.normalise import compact

from ._facts import form_facts


class QuantifiedTargetInWords(Check):
    """## What it does
    Finds an indicator whose target is a figure (`参保率100%`, `≥3次`, `满意度98%以上`) while
    its result is only a word: `完成`, `已达标`, `实现`, or a judgement or a feeling in place of the
    figure (`规范`, `及时`, `满意`). A work plan (`工作任务 | 完成情况`)
    is left alone.

    ## Why is this bad?
    A quantitative indicator is scored on the figure achieved (weight × B/A); `完成` gives no
    B, so neither the reader nor the finance bureau can check the score.

    ## Example
    ```text
    | 评价内容 | 绩效目标 | 完成情况 |
    | 数量指标 | 指标1：适龄儿童接种率95% | 完成 |
    ```

    ## Use instead
    ```text
    | 评价内容 | 绩效目标 | 完成情况 |
    | 数量指标 | 指标1：适龄儿童接种率95% | 接种率 97.2% |
    ```
    """

    doc_zh = """## 它检查什么
    查找目标是数字（“参保率100%”“≥3次”“满意度98%以上”）、结果却只有一个词的指标：“完成”“已达标”“实现”，或以评价、感受代替数值（“规范”“及时”“满意”）。工作计划式的表格（“工作任务 | 完成情况”）不报告。

    ## 为什么要改
    定量指标按实际达到的数值计分（分值 × B/A）；“完成”给不出 B，读者和财政部门都无法核对得分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B310"
    name = "quantified-target-in-words"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "量化目标只答“完成”", "en": "Quantified target answered in words"}
    messages = {
        "words": {
            "zh": "目标“{target}”是量化指标，完成情况只写“{answer}”，没有实际数值",
            "en": "target '{target}' is quantified but the result only says '{answer}', no value",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        seen: set[int] = set()
        for facts in form_facts(doc, ctx):
            for ind in facts.se.indicators:
                if ind.target is None or ind.actual is None:
                    continue
                if quantified(ind.target.text) is None or not completion_only(ind.actual.text):
                    continue
                seen.add(id(ind.actual.cell))
                yield self.diagnostic("words", ind.actual.cell.text.locate(),
                                      target=_short(ind.target.text), answer=compact(ind.actual.text))
        form_tables = {id(f.se.table) for f in form_facts(doc, ctx)}
        for _, block in doc.blocks():
            if not isinstance(block, Table) or id(block) in form_tables or not _indicator_table(block):
                continue
            for row in block.rows:
                filled = row.non_empty
                if len(filled) < 2 or not completion_only(filled[-1].value) or id(filled[-1]) in seen:
                    continue
                target = filled[-2]
                if quantified(target.value) is None:
                    continue
                yield self.diagnostic("words", filled[-1].text.locate(), target=_short(target.value),
                                      answer=compact(filled[-1].value))


def _short(text: str) -> str:
    c = compact(text)
    return c if len(c) <= 30 else c[:30] + "…"


def _indicator_table(table: Table) -> bool:
    """A table of targets (some cell speaks of 指标 or 目标), not a work plan or a ledger."""
    return any("指标" in c.value or "目标" in c.value for row in table.rows for c in row.cells)
