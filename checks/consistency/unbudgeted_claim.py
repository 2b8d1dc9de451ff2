"""C721: a figure above zero said in its own sentence not to have been budgeted."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.extract.unbudgeted_claims import unbudgeted_claims
from perflint.model import Document


class UnbudgetedClaim(Check):
    """## What it does
    Finds a sentence about a budget that gives an item a figure above zero and then says of the
    same item, with words pointing back at it, that it was not budgeted (`公务用车运行费 8.1 万元，
    本年预算与上年持平，持平原因是该项经费本年未安排`). Only claims that name the figure they follow
    (该项 / 此项 / 本项 … 未安排, `perflint/data/consistency.yaml`) are read.

    ## Why is this bad?
    The sentence denies its own figure. Such a reason is written for an item of 0 (公务用车购置费
    when no car is bought) and copied to its neighbour that has money; the real reason for the
    neighbour's figure is missing.

    ## Example
    ```text
    其中：公务用车运行维护费 6.50 万元，本年预算与上年持平，持平原因是该项经费本年未安排。
    ```

    ## Use instead
    ```text
    其中：公务用车运行维护费 6.50 万元，本年预算与上年持平，主要用于 2 辆公务用车的燃料、维修和保险。
    ```
    Give the figure's own reason, or correct the figure if nothing was budgeted.
    """

    doc_zh = """## 它检查什么
    查找讲预算的句子中，先给某一项写了大于零的金额，随后又用指代它的词说该项没有安排（“公务用车运行费 8.1 万元，本年预算与上年持平，持平原因是该项经费本年未安排”）。只读取指明前述金额的说法（“该项”“此项”“本项”……“未安排”，见 `perflint/data/consistency.yaml`）。

    ## 为什么要改
    句子否定了它自己的数字。这类原因是为金额为 0 的项目（不购车时的公务用车购置费）写的，被抄到了有金额的相邻项目上；该项目金额的真正原因反而没有写。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    写出该项金额自己的原因；确实没有安排的，改正金额。
    """

    code = "C721"
    name = "unbudgeted-claim"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "有金额却称该项未安排", "en": "A figure said not to be budgeted"}
    messages = {
        "denied": {
            "zh": "前文该项为 {amount}，此处却称“{words}”：原因应是从金额为 0 的项目抄来的",
            "en": "the item is {amount} just before, yet it says “{words}” (not budgeted): the reason was "
                  "probably copied from an item of 0",
        },
        "amount": {"zh": "该项金额", "en": "the item's figure"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for claim in unbudgeted_claims(source.value):
                    q = claim.amount
                    yield self.diagnostic(
                        "denied", source.locate(claim.start, claim.end),
                        related=[(source.locate(q.start, q.end), "amount")],
                        amount=q.text.replace(" ", ""), words=claim.words)
