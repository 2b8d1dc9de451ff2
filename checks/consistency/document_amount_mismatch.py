"""C723: one funding document cited twice with amounts that cannot both be right."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Block, Document, Part, SourceText

if TYPE_CHECKING:  # imported when the rule runs (cold start)
    from perflint.extract.document_allocations import DocumentAllocation


class DocumentAmountMismatch(Check):
    """## What it does
    Reads each statement that cites one funding document by its number and says what it
    allocated (`XX财农〔2023〕41号文件…下达我县资金 5 万元`), and finds the same document number
    cited again in the same report of a project with an amount that cannot agree: the same item
    (or the document's whole allocation, written as plain 资金 / 经费) with another amount, or a
    named item above the whole (`…41号文件…下达山洪灾害防治设施维养 6 万元`). A figure after 其中,
    a list or a second figure is a part, not read; so is a statement citing two documents.

    ## Why is this bad?
    A document number is the firmest reference a report has: the allocation it made is one
    figure. Two figures for it mean one is a slip (or one describes another document), and the
    project's funding, its budget and its 执行率 are in doubt until the reader finds the file.

    ## Example
    ```text
    某县水利局2023年度水利发展资金绩效自评报告
    一、资金来源
    市财政局示财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》，下达我县2023年资金5万元。
    二、资金使用
    市财政局示财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》，下达我县2023年山洪灾害防治设施维养6万元。
    ```

    ## Use instead
    ```text
    某县水利局2023年度水利发展资金绩效自评报告
    一、资金来源
    市财政局示财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》，下达我县2023年资金6万元。
    二、资金使用
    市财政局示财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》，下达我县2023年山洪灾害防治设施维养6万元。
    ```
    Give the document's amount as the document gives it, in both places.
    """

    doc_zh = """## 它检查什么
    读取引用一份资金文件文号并写明其下达金额的句子（“XX财农〔2023〕41号文件……下达我县资金 5 万元”），查找同一项目报告中再次引用同一文号、金额却对不上的地方：同一事项（或写作“资金”“经费”的文件总额）金额不同，或某一具体事项的金额大于文件总额（“……41号文件……下达山洪灾害防治设施维养 6 万元”）。“其中”之后、列举中或第二个金额是分项，不读；同一句引用两个文号的也不读。

    ## 为什么要改
    文号是报告中最确定的依据：一份文件下达的金额只有一个数。同一文号写出两个金额，必有一处笔误（或张冠李戴），项目的资金来源、预算和执行率都因此存疑，读者只能去翻原文件。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    两处都按文件写明的金额填写。
    """

    code = "C723"
    name = "document-amount-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "同一文号金额前后不一", "en": "One document cited with two amounts"}
    messages = {
        "mismatch": {
            "zh": "文号 {document} 此处下达{item}{amount}，第 {line} 行同一文号却下达{other_item}{other}：金额前后不一",
            "en": "document {document} allocates {amount} to {item} here, but {other} to {other_item} at line {line}",
        },
        "whole": {"zh": "资金", "en": "the funds"},
        "first": {"zh": "同一文号", "en": "the same document"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.quantities import part_prose

        for part in doc.parts:
            prose = part_prose(doc, part)
            texts = [(b, s) for b, s in prose if "号" in s.value]
            if not texts:
                continue
            # Imported here, after the screen (cold start): most parts cite no document.
            from perflint.extract.document_allocations import document_allocations, might_cite

            found = [(b, s, a) for b, s in texts if might_cite(s.value) for a in document_allocations(s.value)]
            if len(found) < 2:
                continue
            yield from self._part(doc, part, found)

    def _part(self, doc: Document, part: Part,
              found: list[tuple[Block, SourceText, DocumentAllocation]]) -> Iterator[Diagnostic]:
        from perflint.extract.document_allocations import conflict
        from perflint.extract.form_links import linker_of

        linker = linker_of(doc, part)
        owner = [linker.link(b).form for b, _s, _a in found]
        reported: set[str] = set()
        for j, (_bj, sj, aj) in enumerate(found):
            if aj.key in reported:
                continue
            for i in range(j):
                _bi, si, ai = found[i]
                if owner[i] is not owner[j] or not conflict(ai, aj):
                    continue
                reported.add(aj.key)
                first = si.locate(ai.start, ai.end)
                yield self.diagnostic(
                    "mismatch", sj.locate(aj.start, aj.end), related=[(first, "first")],
                    document=aj.shown, item=aj.item or self.messages["whole"]["zh"],
                    amount=aj.amount.text.replace(" ", ""), other_item=ai.item or self.messages["whole"]["zh"],
                    other=ai.amount.text.replace(" ", ""), line=first.line)
                break
