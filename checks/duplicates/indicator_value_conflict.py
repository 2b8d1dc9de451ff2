"""D202: one project's indicator given different values in two of its 自评表."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._indicators import Row, forms_with_rows, project_key, shown


class IndicatorValueConflict(Check):
    """## What it does
    Finds an indicator whose target or actual differs between two 自评表 of the same project
    in one draft (the form repeated in an annex, a corrected copy left beside the old one).
    Forms are matched by the project named in their title; forms of different projects may
    share an indicator name with other values and stay quiet. Two rows of one form with one
    name are reported by D201 (`duplicate-indicator`).

    ## Why is this bad?
    A project has one target and one result per indicator. Two forms with different values
    leave the reader to guess which one was scored, and at least one of them is stale.

    ## Example
    ```text
    2023年度乡村道路养护项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 养护里程 | ≥120公里 | 126公里 | 20 | 20 |
    附件：
    2023年度乡村道路养护项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 养护里程 | ≥120公里 | 118公里 | 20 | 19.67 |
    ```

    ## Use instead
    ```text
    2023年度乡村道路养护项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 养护里程 | ≥120公里 | 126公里 | 20 | 20 |
    附件：
    2023年度乡村道路养护项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 养护里程 | ≥120公里 | 126公里 | 20 | 20 |
    ```
    Keep one form, or make both show the values that were scored.
    """

    doc_zh = """## 它检查什么
    查找同一草稿中同一项目的两张自评表里，目标值或实际值不同的指标（附件里重复的表、改过的表与旧表并存）。两张表按标题中的项目名称对应；不同项目的表可以有同名指标而数值不同，不报告。同一张表里两行同名的由 D201（duplicate-indicator）报告。

    ## 为什么要改
    一个项目的每个指标只有一个目标、一个结果。两张表数值不同，读者只能猜哪张是计分用的，而且至少有一张已经过时。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    只保留一张表，或让两张表都写计分所用的数值。
    """

    code = "D202"
    name = "indicator-value-conflict"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "同一项目的指标在两张自评表中数值不同", "en": "Indicator values differ between two forms of one project"}
    messages = {
        "conflict": {
            "zh": "“{name}”在第 {line0} 行的同一项目自评表中为 {target0} / {actual0}，此处为 {target} / {actual}",
            "en": "“{name}” is {target0} / {actual0} in this project's form at line {line0}, but {target} / {actual} here",
        },
        "other": {"zh": "另一张自评表中的该指标", "en": "the indicator in the other form"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # Each form is compared with every earlier form of its project. A draft pasting one
        # project's forms many times made that quadratic: the earlier forms are indexed instead,
        # per project, by indicator name and by values, so only those that differ are visited.
        # (Only a name on a single row of an earlier form counts: several rows of that name are
        # D201's business in the other form.)
        index: dict[str, dict[str, dict[tuple[str, str], list[tuple[int, Row]]]]] = {}
        for number, (se, current) in enumerate(forms_with_rows(doc, ctx)):
            key = project_key(se)
            if not key:
                continue
            by_name = index.setdefault(key, {})
            hits: list[tuple[int, int, Row, Row]] = []
            for position, row in enumerate(current):
                if not (row.target or row.actual):
                    continue  # an empty copy is not a conflicting value
                for values, earlier in by_name.get(row.name, {}).items():
                    if values != row.values and any(values):
                        hits.extend((n, position, first, row) for n, first in earlier)
            hits.sort(key=lambda hit: hit[:2])  # earlier form by form, rows in order, as compared
            for _n, _position, first, row in hits:
                yield self._conflict(first, row)
            once = Counter(r.name for r in current)
            for row in current:
                if once[row.name] == 1:
                    by_name.setdefault(row.name, {}).setdefault(row.values, []).append((number, row))

    def _conflict(self, first: Row, row: Row) -> Diagnostic:
        ind, ind0 = row.indicator, first.indicator
        return self.diagnostic("conflict", row.location, related=[(first.location, "other")], name=ind.name,
                               line0=first.line, target0=shown(ind0.target), actual0=shown(ind0.actual),
                               target=shown(ind.target), actual=shown(ind.actual))
