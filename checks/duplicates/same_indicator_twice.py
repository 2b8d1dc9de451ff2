"""D205: one measure filed under two indicator names in the same 自评表."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._indicators import Row, forms_with_rows, qualitative_verdicts, shown

_MIN_COMMON = 4
# A count both rows give: at least this many (1个, 2次 coincide between unrelated rows)
_MIN_COUNT = 10


def _longest_common_substring(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


class SameIndicatorTwice(Check):
    """## What it does
    Finds two rows of one 自评表 that measure the same thing under two names: the names share
    a phrase of at least four characters (`服务效率` in `经办服务效率` and `推动服务效率提升`)
    and both rows carry the same qualitative target and actual, where the target and the actual
    differ from each other (`稳步提升` → `全覆盖`). Such a pair of words is specific enough that
    two independent indicators would not both show it — unless one of them is the form's stock
    verdict (`达成预期指标`, `已完成`), which every qualitative row may carry.

    Also a count given as a 数量指标 and again, under another name, as a 社会效益 indicator with
    the same target and actual in the same unit (`受益建档立卡贫困人口数 ≥2600人 / 2600人` under both):
    the output scored a second time as its own benefit. Counts under ten (`1个`, `2次`) are left
    alone: unrelated rows share them.

    ## Why is this bad?
    The same achievement is scored twice, under 质量指标 and again under 可持续影响 or 社会效益,
    and the slot it fills has no indicator of its own.

    ## Example
    ```text
    某县政务服务中心2023年度窗口服务提升项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 质量指标 | 窗口办件效率 | 明显提高 | 全面提速 | 10 | 10 |
    | 效益指标 | 可持续影响指标 | 推进办件效率提升 | 明显提高 | 全面提速 | 20 | 20 |
    ```

    ## Use instead
    ```text
    某县政务服务中心2023年度窗口服务提升项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 质量指标 | 窗口办件效率 | 明显提高 | 全面提速 | 10 | 10 |
    | 效益指标 | 可持续影响指标 | 一网通办事项占比 | ≥80% | 86% | 20 | 20 |
    ```
    Keep one of the rows and give the other slot an indicator of its own.
    """

    doc_zh = """## 它检查什么
    查找同一张自评表中用两个名称衡量同一内容的两行：名称共有一个至少四个字的词组（“窗口办件效率”与“推进办件效率提升”中的“办件效率”），且两行的定性目标值和实际值相同、目标值与实际值又互不相同（“明显提高”→“全面提速”）。这样一对词足够具体，两个独立的指标不会恰好都用——除非其中之一是表格的套话结论（“达成预期指标”“已完成”），每个定性指标都可能这样写。

    另查：同一个数作为数量指标列出后，又换个名称作为社会效益指标列出，目标值和实际值相同、单位相同（两处都是“≥2600人 / 2600人”）：产出又作为自身的效益计了一次分。小于十的数（“1个”“2次”）不报告，不相干的行也常有。

    ## 为什么要改
    同一成绩在质量指标下计一次分，又在可持续影响或社会效益下再计一次，它占的那一栏也没有自己的指标。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    保留其中一行，给另一栏设它自己的指标。
    """

    code = "D205"
    name = "same-indicator-twice-in-different-categories"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "同一指标以不同名称重复列出", "en": "One measure listed twice under different names"}
    messages = {
        "twice": {
            "zh": "“{name}”与第 {line0} 行的“{name0}”衡量同一内容（均含“{common}”，目标值和实际值均为 {target} / {actual}）",
            "en": "“{name}” measures the same thing as “{name0}” at line {line0} (both about “{common}”, "
                  "both {target} / {actual})",
        },
        "counted": {
            "zh": "社会效益指标“{name}”与第 {line0} 行的数量指标“{name0}”是同一个数（目标值和实际值均为 {target} / {actual}），"
                  "产出又作为效益计了一次分",
            "en": "the 社会效益 indicator “{name}” is the same count as the 数量指标 “{name0}” at line {line0} "
                  "(both {target} / {actual}): the output is scored again as a benefit",
        },
        "first": {"zh": "首次出现", "en": "first occurrence"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for _se, form_rows in forms_with_rows(doc, ctx):
            yield from self._counted_twice(form_rows)
            seen: list[Row] = []
            for row in form_rows:
                if _qualitative_pair(row):
                    for first in seen:
                        if first.name == row.name or first.values != row.values:
                            continue
                        common = _longest_common_substring(first.name, row.name)
                        if len(common) >= _MIN_COMMON:
                            ind = row.indicator
                            yield self.diagnostic("twice", row.location, related=[(first.location, "first")],
                                                  name=ind.name, name0=first.indicator.name, line0=first.line,
                                                  common=common, target=shown(ind.target), actual=shown(ind.actual))
                            break
                    seen.append(row)

    def _counted_twice(self, all_rows: Sequence[Row]) -> Iterator[Diagnostic]:
        """A 数量指标's count given again, target and actual, as a 社会效益 indicator."""
        outputs = [r for r in all_rows if "数量" in r.indicator.level2 and _count_pair(r)]
        if not outputs:
            return
        for row in all_rows:
            if "社会效益" not in row.indicator.level2 or not _count_pair(row):
                continue
            first = next((r for r in outputs if r.values == row.values and r.name != row.name), None)
            if first is not None:
                ind = row.indicator
                yield self.diagnostic("counted", row.location, related=[(first.location, "first")],
                                      name=ind.name, name0=first.indicator.name, line0=first.line,
                                      target=shown(ind.target), actual=shown(ind.actual))


def _qualitative_pair(row: Row) -> bool:
    """Target and actual both in words, and different words."""
    ind = row.indicator
    if ind.target is None or ind.actual is None or ind.target.quantity or ind.actual.quantity:
        return False
    if not row.target or not row.actual or row.target == row.actual:
        return False
    if row.target in qualitative_verdicts() or row.actual in qualitative_verdicts():
        return False  # 达成预期指标, 已完成: the form's stock verdict, not a specific pair of words
    return not any(ch.isdigit() for ch in row.target + row.actual)


def _count_pair(row: Row) -> bool:
    """Target and actual both counts of the same unit (人, 户, 人次 …), of some size."""
    ind = row.indicator
    t = ind.target.quantity if ind.target is not None else None
    a = ind.actual.quantity if ind.actual is not None else None
    return (t is not None and a is not None and t.kind == a.kind == "count" and t.unit == a.unit
            and a.value * a.scale >= _MIN_COUNT)
