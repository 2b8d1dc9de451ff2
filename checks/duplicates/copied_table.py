"""D204: a 自评表 whose indicators are another project's."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.selfeval import SelfEvaluation
from perflint.model import Document

from ._indicators import Row, forms_with_rows, project_key


@dataclass
class _Earlier:
    """An earlier form as the comparisons need it: its project and its rows, indexed."""

    se: SelfEvaluation
    rows: Sequence[Row]
    key: str

    def __post_init__(self) -> None:
        self.names = {r.name: r for r in self.rows}
        self.triples = {(r.name, r.target, r.actual): r for r in self.rows}


@dataclass
class _Overlap:
    """An earlier 自评表 sharing indicator rows with this one: how many by name, which ones identical."""

    earlier: SelfEvaluation
    earlier_rows: Sequence[Row]
    same_name: int
    identical: list[tuple[Row, Row]]  # (row here, row there)


class CopiedTable(Check):
    """## What it does
    Finds a project's 自评表 whose indicator rows are another project's: most of its 三级指标
    names appear in an earlier form of a different project of the same draft, and several rows
    carry the very same target and actual values. It reports once per form, at its first row
    identical to the other form's, and names that form. The same project's form repeated is
    not another project's.

    ## Why is this bad?
    Indicators measure what a project was funded to do. A training project scored on the
    inspection project's 专项治理检查次数 and 追回违规基金 shows the form was filled by copying,
    and its score says nothing about the training.

    ## Example
    ```text
    2023年度农机补贴项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 补贴发放户数 | ≥300户 | 312户 | 30 | 30 |
    |  | 时效指标 | 补贴资金兑付率 | 100% | 100% | 30 | 30 |
    | 满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 95% | 30 | 30 |
    | 总分 | 90 |
    偏差大或目标未完成原因分析：无。
    2023年度农机培训项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 补贴发放户数 | ≥300户 | 312户 | 30 | 30 |
    |  | 时效指标 | 补贴资金兑付率 | 100% | 100% | 30 | 30 |
    | 满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 95% | 30 | 30 |
    | 总分 | 90 |
    ```

    ## Use instead
    ```text
    2023年度农机补贴项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 补贴发放户数 | ≥300户 | 312户 | 30 | 30 |
    |  | 时效指标 | 补贴资金兑付率 | 100% | 100% | 30 | 30 |
    | 满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 95% | 30 | 30 |
    | 总分 | 90 |
    偏差大或目标未完成原因分析：无。
    2023年度农机培训项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 培训人次 | ≥500人次 | 536人次 | 30 | 30 |
    |  | 质量指标 | 培训合格率 | ≥95% | 97% | 30 | 30 |
    | 满意度指标 | 服务对象满意度指标 | 参训农户满意度 | ≥90% | 94% | 30 | 30 |
    | 总分 | 90 |
    ```
    Set indicators for what this project produces (培训人次, 培训合格率 …) and report its own results.

    ## Options
    - `min_shared` (default 3): indicator names the two forms must share.
    - `min_identical` (default 2): rows that must be identical, name and values.
    - `share` (default 0.66): part of the smaller form's rows whose names must be shared.
    """

    doc_zh = """## 它检查什么
    查找指标行与另一项目相同的自评表：其三级指标名称大多出现在同一草稿中前面另一个项目的表里，且有若干行的目标值和实际值也完全相同。每张表报告一次，落在与另一张表完全相同的第一行，并指出那张表。同一项目的表重复出现不算。

    ## 为什么要改
    指标衡量的是项目拿钱要做的事。培训项目用检查项目的“专项治理检查次数”“追回违规基金”来打分，说明表是抄的，得分与培训毫无关系。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    为本项目的产出设指标（培训人次、培训合格率……），填写本项目自己的结果。

    ## 选项
    - `min_shared`（默认 3）：两张表至少共有的指标名称数。
    - `min_identical`（默认 2）：名称和数值都完全相同的行数下限。
    - `share`（默认 0.66）：较小那张表中名称须相同的行所占比例。
    """

    code = "D204"
    name = "copied-table"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "自评表指标与另一项目相同", "en": "Form's indicators copied from another project"}
    messages = {
        "copied": {
            "zh": "本表 {n} 个三级指标中 {same_name} 个与第 {line} 行“{other}”的自评表同名，其中 {identical} 个"
                  "目标值和实际值也完全相同（{names}）",
            "en": "{same_name} of this form's {n} indicators have the names of those in the “{other}” form at line "
                  "{line}, {identical} of them with the very same target and actual ({names})",
        },
        "other": {"zh": "另一项目自评表中的相同指标", "en": "the same indicator in the other project's form"},
    }
    default_options = {"min_shared": 3, "min_identical": 2, "share": 0.66}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # Every form is compared with every earlier one: what a comparison needs of a form (its
        # project, its rows by name and by name, target and actual) is computed once per form.
        seen: list[_Earlier] = []
        for se, current in forms_with_rows(doc, ctx):
            key = project_key(se)
            best: _Overlap | None = None
            for earlier in seen:
                if not key or not earlier.key or earlier.key == key:
                    continue
                overlap = self._overlap(current, earlier)
                if overlap and (best is None or len(overlap.identical) > len(best.identical)):
                    best = overlap
            seen.append(_Earlier(se, current, key))
            if best is not None:
                yield self._report(current, best)

    def _overlap(self, current: Sequence[Row], earlier: _Earlier) -> _Overlap | None:
        earlier_rows = earlier.rows
        if not current or not earlier_rows:
            return None
        names, triples = earlier.names, earlier.triples
        same_name = sum(1 for r in current if r.name in names)
        identical = [(r, triples[(r.name, r.target, r.actual)]) for r in current
                     if (r.name, r.target, r.actual) in triples and (r.target or r.actual)]
        smaller = min(len(current), len(earlier_rows))
        if (same_name < int(self.options["min_shared"]) or same_name < float(self.options["share"]) * smaller
                or len(identical) < int(self.options["min_identical"])):
            return None
        return _Overlap(earlier.se, earlier_rows, same_name, identical)

    def _report(self, current: Sequence[Row], best: _Overlap) -> Diagnostic:
        here, there = best.identical[0]
        names = "、".join(r.indicator.name for r, _ in best.identical[:4])
        if len(best.identical) > 4:
            names += "…"
        return self.diagnostic("copied", here.location, related=[(there.location, "other")], n=len(current),
                               same_name=best.same_name, identical=len(best.identical), names=names,
                               line=best.earlier.table.line, other=project_key(best.earlier))
