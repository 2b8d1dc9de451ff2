"""C735: vehicles said to be bought in a paragraph whose purchase cost is zero, or the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.model import Document


class VehiclesBoughtAgainstCost(Check):
    """## What it does
    Reads a paragraph that states both how many official vehicles were bought (`购置公务用车 7 辆`)
    and what buying them cost (`公务用车购置费 0 万元`), and reports the two when one is zero and
    the other is not: vehicles bought for nothing, or money spent on buying none. Only a paragraph
    with one such count and one such cost is read, and a cost labelled as a budget or as last
    year's (`预算`, `上年`) is another quantity.

    ## Why is this bad?
    The 三公 section states the purchase twice, as money and as vehicles, and the two cannot both
    be right: often the count of vehicles held (`保有 7 辆`) was typed where the count bought
    belongs, or a purchase was left out of the 购置费.

    ## Example
    ```text
    公务用车购置费 0 万元，公务用车运行维护费 12.6 万元。本年度购置公务用车 3 辆，年末公务用车保有 3 辆。
    ```

    ## Use instead
    ```text
    公务用车购置费 0 万元，公务用车运行维护费 12.6 万元。本年度购置公务用车 0 辆，年末公务用车保有 3 辆。
    ```
    """

    doc_zh = """## 它检查什么
    读取同一段中既写了购置公务用车多少辆（“购置公务用车 7 辆”）、又写了购置费用（“公务用车购置费 0 万元”）的段落，两者一个为零、另一个不为零时报告：买了车却没有花钱，或花了购置费却没有买车。只读取段中各只有一个这样的数量和一个这样的费用的段落；标明为预算或上年的费用（“预算”“上年”）是另一个量，不读取。

    ## 为什么要改
    “三公”经费说明把购车写了两次，一次是金额，一次是辆数，两者不可能都对：常见的是把年末保有量（“保有 7 辆”）填进了购置数，或购置费漏计了一次购车。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C735"
    name = "vehicles-bought-against-cost"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "购车辆数与购置费矛盾", "en": "Vehicles bought against their purchase cost"}
    messages = {
        "bought_free": {
            "zh": "称购置公务用车 {count}，但同段的购置费为 {cost}",
            "en": "says {count} official vehicles were bought, but the purchase cost in the same paragraph is {cost}",
        },
        "paid_none": {
            "zh": "购置费为 {cost}，但同段称购置公务用车 {count}",
            "en": "the purchase cost is {cost}, but the same paragraph says {count} official vehicles were bought",
        },
        "cost": {"zh": "购置费", "en": "purchase cost"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.vehicle_purchases import vehicle_purchases  # rare: few paragraphs hold both

        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for found in vehicle_purchases(source.value):
                    count, cost = found.count.quantity, found.cost.quantity
                    key = "bought_free" if count.value > 0 else "paid_none"
                    yield self.diagnostic(
                        key, source.locate(count.start, count.end), related=[(source.locate(cost.start, cost.end), "cost")],
                        count=count.text.replace(" ", ""), cost=cost.text.replace(" ", ""))
