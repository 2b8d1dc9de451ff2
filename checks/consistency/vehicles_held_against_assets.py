"""C738: the 三公 section's official vehicles held against the vehicles the 国有资产 section counts."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.model import Document

from ._texts import text_index


class VehiclesHeldAgainstAssets(Check):
    """## What it does
    Reads the two counts of vehicles a 决算说明 states: the official vehicles run on 财政拨款 that
    its 三公 section gives (`开支财政拨款的公务用车保有量 3 辆`, `年末保有公务用车 3 辆`, `实有公务用车 3 辆`) and all the
    vehicles that its 国有资产占用情况 gives (`截至12月31日，部门共有车辆 5 辆`). It reports the two
    when the first is larger than the second (a part larger than its whole), or smaller while the
    report states that the department's income is wholly 财政拨款 (`财政拨款收入 … 占本年收入
    100%`): then every vehicle it holds is run on 财政拨款 and the two are one count. Only a part
    that states each count with one value is read, and a count labelled as a budget or as last
    year's is another quantity.

    ## Why is this bad?
    The same vehicles are counted twice, in two sections drafted from two tables (the 三公 table
    and the assets report), and a reader cannot tell which is right: often the 三公 sentence was
    left at the template's 0, or vehicles were bought, transferred or disposed of and only one
    section was updated.

    ## Example
    ```text
    示范县水利局2023年度部门决算说明
    本年收入合计 860.20 万元，其中：财政拨款收入 860.20 万元，占本年收入 100%。
    公务用车运行维护费 0 万元，截至2023年12月31日，开支财政拨款的公务用车保有量 0 辆。
    截至2023年12月31日，部门共有车辆 3 辆，其中：执法执勤用车 2 辆、其他用车 1 辆。
    ```

    ## Use instead
    ```text
    示范县水利局2023年度部门决算说明
    本年收入合计 860.20 万元，其中：财政拨款收入 860.20 万元，占本年收入 100%。
    公务用车运行维护费 6.30 万元，截至2023年12月31日，开支财政拨款的公务用车保有量 3 辆。
    截至2023年12月31日，部门共有车辆 3 辆，其中：执法执勤用车 2 辆、其他用车 1 辆。
    ```
    """

    doc_zh = """## 它检查什么
    读取决算说明两处写出的车辆数：“三公”经费部分的开支财政拨款的公务用车保有量（“开支财政拨款的公务用车保有量 3 辆”“年末保有公务用车 3 辆”“实有公务用车 3 辆”）和国有资产占用情况中的车辆总数（“截至12月31日，部门共有车辆 5 辆”）。前者大于后者（部分大于整体），或前者小于后者而报告写明本部门收入全部为财政拨款（“财政拨款收入……占本年收入 100%”）时报告：此时部门的每辆车都由财政拨款开支，两处是同一个数。只读取两个数各只写出一个值的部分；标明为预算或上年的车辆数是另一个量，不读取。

    ## 为什么要改
    同一批车辆在两个部分各数了一次，分别依据“三公”经费表和资产报表填写，读者无法判断哪个对：常见的是“三公”部分的句子保留了模板的 0，或车辆购置、划转、处置后只改了一处。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C738"
    name = "vehicles-held-against-assets"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "公务用车保有量与资产车辆数不符", "en": "Official vehicles held against the vehicles in the assets"}
    messages = {
        "held_above": {
            "zh": "“三公”部分称公务用车保有量 {held}，多于国有资产占用情况所列车辆总数 {fleet}：部分不能大于整体",
            "en": "the 三公 section says {held} official vehicles are held, more than the {fleet} vehicles "
                  "the assets section counts in all",
        },
        "held_below": {
            "zh": "国有资产占用情况称共有车辆 {fleet}，而“三公”部分称开支财政拨款的公务用车保有量 {held}；"
                  "本部门收入全部为财政拨款（见第 {funded_line} 行），两处应为同一个数，请核对",
            "en": "the assets section counts {fleet} vehicles, but the 三公 section says {held} official vehicles "
                  "are run on 财政拨款, and the department's income is wholly 财政拨款 (line {funded_line}): "
                  "the two should be one count",
        },
        "held": {"zh": "公务用车保有量", "en": "official vehicles held"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not text_index(doc).holding("车辆"):
            return  # no count of all the vehicles held (共有车辆 …): most drafts, a project's report
        from perflint.extract.vehicle_holdings import vehicle_holdings  # rare: few parts state both

        for part in doc.parts:
            found = vehicle_holdings(source for _block, source in part_prose(doc, part))
            if not found.held or not found.fleet:
                continue
            held_values = {c.mention.quantity.value for c in found.held}
            fleet_values = {c.mention.quantity.value for c in found.fleet}
            if len(held_values) != 1 or len(fleet_values) != 1:
                continue  # two scopes (机关 and 下属单位, two dates): which pairs with which is unknown
            held, fleet = found.held[0], found.fleet[0]
            n, m = held.mention.quantity.value, fleet.mention.quantity.value
            if n == m or (n < m and found.funded_line is None):
                continue  # fewer held on 财政拨款: the others may be run on other income
            key = "held_above" if n > m else "held_below"
            hq, fq = held.mention.quantity, fleet.mention.quantity
            funded_line = found.funded_line or ""
            yield self.diagnostic(
                key, fleet.source.locate(fq.start, fq.end),
                related=[(held.source.locate(hq.start, hq.end), "held")],
                held=hq.text.replace(" ", ""), fleet=fq.text.replace(" ", ""), funded_line=funded_line)
