"""U409: areas and lengths in two units of one dimension taken as one (亩 and 平方米, 公里 and 米)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.selfeval import self_evaluations
from perflint.extract.wording import text_facts
from perflint.model import Document
from perflint.text.numbers import fmt

from ._facts import prose_with

_ONE_SIZE = Decimal(3)  # target and actual within this factor of each other are numbers of one size
_FAR_APART = Decimal(10)  # units this many times apart: a conversion moves the number far


class MeasureUnitMixed(Check):
    """## What it does
    Finds areas and lengths written in two units of one dimension as if they were one:

    - a total whose 其中 parts add up to it digit for digit while a part is written in another
      unit of the total's dimension (`复垦共计 356 亩，其中：218 亩、138 平方米`; `共计 42.6 公里，
      其中：新建 15.8 公里、改建 26.8 米`) — the part's figure belongs to the total's unit;
    - a 自评表 indicator whose 年度指标值 and 实际完成值 are in two units of one dimension far
      apart (亩 and 平方米, 公里 and 米) with numbers of one size (`≥300亩` against `356平方米`);
      and one whose two counts in one unit differ by a 万 or 亿 only, with numbers of one size
      (`≥412公里` against `412万公里`, `≥8000人` against `8120万人`): the 万 was added or lost.

    - an area (`总建筑面积为 68540.39m`, `治理水土流失面积 1429.39hm`) whose figure, right after
      the area's name, carries a unit of length (m, hm, km, 米, 公里: the ² lost) instead of ㎡, hm²,
      亩 — `m2`, `m²`, `hm²` and `平方米` are units of area.

    Parts converted correctly (`共计 3600 米，其中：2.1 公里、1500 米`) stay quiet.

    ## Why is this bad?
    An 亩 is 666.67 平方米 and a 公里 1000 米: a part or an actual in the wrong unit is off by that
    factor. The total then holds a figure that none of its parts supports, and the indicator's
    score compares two different quantities.

    ## Example
    ```text
    某县自然资源局2024年度部门整体支出绩效自评报告
    完成土地复垦面积共计 356 亩，其中：工矿废弃地复垦 218 亩、农村建设用地复垦 138 平方米。
    ```

    ## Use instead
    ```text
    某县自然资源局2024年度部门整体支出绩效自评报告
    完成土地复垦面积共计 356 亩，其中：工矿废弃地复垦 218 亩、农村建设用地复垦 138 亩。
    ```
    """

    doc_zh = """## 它检查什么
    查找把同一量纲的两种单位当作一种使用的面积和长度：

    - 合计数与“其中”各项按数字恰好相加相等，但其中一项用的是同一量纲的另一单位（“复垦共计 356 亩，其中：218 亩、138 平方米”；“共计 42.6 公里，其中：新建 15.8 公里、改建 26.8 米”）：该项的数字实际是合计的单位；
    - 自评表中某指标的年度指标值与实际完成值使用同一量纲、相差很大的两种单位（亩与平方米、公里与米），而数字大小相当（“≥300亩”对“356平方米”）；或两者是同一单位的数量，只差一个“万”或“亿”字而数字大小相当（“≥412公里”对“412万公里”、“≥8000人”对“8120万人”）：多写或漏写了“万”。

    - 面积（“总建筑面积为 68540.39m”“治理水土流失面积 1429.39hm”）紧随其名称的数字带的是长度单位（m、hm、km、米、公里：丢了“²”），而不是 ㎡、hm²、亩——“m2”“m²”“hm²”“平方米”是面积单位。

    已正确换算的各项（“共计 3600 米，其中：2.1 公里、1500 米”）不报告。

    ## 为什么要改
    1 亩约为 666.67 平方米，1 公里为 1000 米：单位写错的分项或实际值相差的正是这个倍数。合计数因此得不到各分项的支持，指标得分比较的也是两个不同的量。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U409"
    name = "measure-unit-mixed"
    family = "units"
    severity = Severity.warning
    title = {"zh": "面积、长度单位混用", "en": "Area or length units mixed"}
    messages = {
        "sum": {
            "zh": "合计 {total} 的各项 {parts} 按数字相加相等，但 {odd} 用的是另一单位：单位应为“{unit}”，或合计有误",
            "en": "the parts of {total} add up digit for digit ({parts}) but {odd} is in another unit: it should be in {unit}, or the total is wrong",
        },
        "cells": {
            "zh": "“{name}”的年度指标值为 {target}，实际完成值为 {actual}：两者单位不同（相差 {factor} 倍）而数字大小相当，单位可能写错",
            "en": "“{name}” has the target {target} and the actual {actual}: two units {factor} times apart with numbers of one size; a unit is probably wrong",
        },
        "area_length": {
            "zh": "面积“{figure}”的单位“{unit}”是长度单位：面积应以 ㎡（m²）、hm²（公顷）、亩等计",
            "en": "the area “{figure}” is in “{unit}”, a unit of length: an area is in ㎡ (m²), hm² (hectares), 亩 …",
        },
        "see_total": {"zh": "合计", "en": "the total"},
        "see_target": {"zh": "年度指标值", "en": "the target"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in prose_with(doc, part, ("measure_slips", "areas_in_length")):
                found = text_facts(source.value)
                for area in found.areas_in_length:
                    yield self.diagnostic("area_length", source.locate(area.start, area.end), severity=Severity.warning,
                                          figure=area.figure, unit=area.unit)
                for slip in found.measure_slips:
                    total, odd = slip.total, slip.odd
                    parts = " + ".join(fmt(p.value) for p in slip.parts) + f" = {fmt(total.value)}"
                    yield self.diagnostic(
                        "sum", source.locate(odd[0].start, odd[0].end),
                        related=[(source.locate(total.start, total.end), "see_total")],
                        total=total.text.strip(), parts=parts, odd="、".join(p.text.strip() for p in odd),
                        unit=total.unit)
        for se in ctx.cached(doc, "selfeval", self_evaluations):
            for ind in se.indicators:
                if ind.target is None or ind.actual is None:
                    continue
                if (slip := _count_scale_slip(ind)) is not None:
                    yield self.diagnostic("cells", ind.actual.cell.text.locate(),
                                          related=[(ind.target.cell.text.locate(), "see_target")],
                                          name=ind.name, target=ind.target.text, actual=ind.actual.text,
                                          factor=fmt(slip))
                    continue
                target = text_facts(ind.target.text).measures
                actual = text_facts(ind.actual.text).measures
                if len(target) != 1 or len(actual) != 1:
                    continue
                t, a = target[0], actual[0]
                if t.dimension != a.dimension or t.unit == a.unit or not t.value or not a.value:
                    continue
                factor = max(t.size, a.size) / min(t.size, a.size)
                ratio = max(t.value, a.value) / min(t.value, a.value)
                if factor >= _FAR_APART and ratio <= _ONE_SIZE:
                    yield self.diagnostic("cells", ind.actual.cell.text.locate(),
                                          related=[(ind.target.cell.text.locate(), "see_target")],
                                          name=ind.name, target=ind.target.text, actual=ind.actual.text,
                                          factor=fmt(factor.quantize(Decimal(1))))


def _count_scale_slip(ind) -> Decimal | None:
    """The factor (10⁴, 10⁸) between an indicator's target and actual counts in one unit that
    differ only by a 万 or 亿 while their numbers are of one size (`≥412公里` against `412万公里`);
    None otherwise. Money is U401's (元 against 万元)."""
    t = ind.target.quantity if ind.target is not None else None
    a = ind.actual.quantity if ind.actual is not None else None
    if t is None or a is None or t.kind != "count" or a.kind != "count" or t.unit != a.unit or t.unit is None:
        return None
    if t.scale == a.scale or not t.value or not a.value or t.approximate or a.approximate:
        return None
    factor = max(t.scale, a.scale) / min(t.scale, a.scale)
    if factor < _SCALE_APART:
        return None
    ratio = max(t.value, a.value) / min(t.value, a.value)
    return factor if ratio <= _ONE_SIZE else None


_SCALE_APART = Decimal(10000)  # 万 against none, 亿 against 万
