"""A130: a 在职人员控制率 that is not the report's staff over its establishment."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from perflint.checks.arithmetic._scoring import forms

from perflint import data
from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.part_index import by_part
from perflint.extract.percentages import stated_percentages
from perflint.extract.quantities import clean_name, part_prose
from perflint.model import Document, Part, SourceText, Table
from perflint.text.numbers import Quantity

HUNDRED = Decimal(100)


@cache
def _names() -> tuple[str, ...]:
    return tuple(data.load("arithmetic")["staff_control_rates"])


class StaffControlRateMismatch(Check):
    """## What it does
    Recomputes the 部门整体 共性指标 that measures the staff against the establishment:
    在职人员控制率 (also written 财政供养人员控制率, 人员控制率) = 在职人员数 ÷ 编制数 × 100%, as the
    evaluation frameworks define it. Where the report states its 编制数 and its 实有 (在职) staff
    once each (in the narrative, `年末编制数32名，实有在职人员30名`, or in a 人员情况 table; a count
    after 其中 or 含 is a part and is not read), the rate its 自评表 gives as the indicator's actual,
    or its narrative states after the indicator's name, must be that ratio at the precision it is
    written with.

    ## Why is this bad?
    The rate is computed from two counts the same report states. A rate that does not follow from
    them was copied from another year's form, or the counts were; the indicator's score rests on it.
    The counts may be read in another scope than the form's (编制 of the unit alone against staff of
    its subordinate units), so this is a warning.

    ## Example
    ```text
    某市档案馆2023年度部门整体支出绩效自评报告
    2023年末编制数32名，实有在职人员30名。
    | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际值 | 得分 |
    | 投入 | 预算配置 | 在职人员控制率 | 5 | ≤100% | 95.75% | 5 |
    ```
    30 ÷ 32 = 93.75%, not 95.75%.

    ## Use instead
    ```text
    某市档案馆2023年度部门整体支出绩效自评报告
    2023年末编制数32名，实有在职人员30名。
    | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际值 | 得分 |
    | 投入 | 预算配置 | 在职人员控制率 | 5 | ≤100% | 93.75% | 5 |
    ```
    """

    doc_zh = """## 它检查什么
    重新计算部门整体共性指标中衡量实有人员与编制的比率：在职人员控制率（也写作“财政供养人员控制率”“人员控制率”）= 在职人员数 ÷ 编制数 × 100%，这是绩效评价指标体系对它的定义。报告对编制数和实有（在职）人数各只写了一个数时（正文“年末编制数32名，实有在职人员30名”，或人员情况表；“其中”“含”之后的人数是部分人员，不读取），自评表中该指标的实际完成值、或正文紧跟指标名称写出的比率，按其写出的精度应等于这一比值。

    ## 为什么要改
    这一比率由同一报告写明的两个人数算出。对不上，说明比率或人数抄自以前年度的表格；该指标的得分也以它为依据。两个人数的口径可能与表中不同（本单位编制对所属单位人员），所以是警告。

    ## 示例
    {example}
    30 ÷ 32 = 93.75%，不是 95.75%。

    ## 应改为
    {use_instead}
    """

    code = "A130"
    name = "staff-control-rate-mismatch"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "在职人员控制率与人数不符", "en": "Staff control rate does not match the counts"}
    messages = {
        "mismatch": {
            "zh": "{name} {stated} 与实有人数 {actual} ÷ 编制数 {establishment} = {computed}% 不符（人数见第 {line} 行）",
            "en": "{name} of {stated} does not match the staff of {actual} ÷ the establishment of {establishment} "
                  "= {computed}% (counts at line {line})",
        },
        "counts": {"zh": "人数", "en": "counts"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        names = _names()
        forms_by_part = by_part(forms(doc, ctx))
        for part in doc.parts:
            rows = [i for se in forms_by_part.get(id(part), []) for i in se.indicators
                    if clean_name(i.name) in names and i.actual is not None and i.actual.quantity is not None
                    and i.actual.quantity.is_percent]
            prose = [text for block, text in part_prose(doc, part) if not isinstance(block, Table)]
            stated = [(text, q) for text in prose if "控制率" in text.value
                      for _name, q in stated_percentages(text.value, list(names), ctx.fiscal_year_of(part))]
            if not rows and not stated:
                continue  # most parts state no such rate: the counts are not read
            counts = _counts(part, prose)
            if counts is None:
                continue
            establishment, actual, where = counts
            computed = Decimal(actual) / Decimal(establishment) * HUNDRED
            for ind in rows:
                q = ind.actual.quantity
                if _differs(q, computed):
                    yield self._say(ind.actual.cell.text, 0, len(ind.actual.cell.text.value), clean_name(ind.name),
                                    q, computed, establishment, actual, where)
            for text, q in stated:
                if _differs(q, computed):
                    name = next((n for n in names if n in text.value[:q.start]), names[0])
                    yield self._say(text, q.start, q.end, name, q, computed, establishment, actual, where)

    def _say(self, text: SourceText, start: int, end: int, name: str, q: Quantity, computed: Decimal,
             establishment: int, actual: int, where) -> Diagnostic:
        return self.diagnostic(
            "mismatch", text.locate(start, end), related=[(where, "counts")], name=name,
            stated=q.text.strip(), actual=actual, establishment=establishment,
            computed=format(round(computed, max(q.decimals, 2)), "f"), line=where.line,
        )


def _differs(q: Quantity, computed: Decimal) -> bool:
    """Whether a stated rate is not ``computed`` at the precision it is written with."""
    if q.relation is not None or q.approximate:
        return False
    return abs(q.value - computed) > q.half_unit


def _counts(part: Part, prose: list[SourceText]) -> tuple[int, int, object] | None:
    """The part's establishment and staff, each stated with one value (prose and tables together;
    parts after 其中 left out), and where the establishment is stated; None otherwise."""
    from perflint.extract.staff_counts import stated_counts, table_counts

    found = [c for c in [*stated_counts(prose), *table_counts(part)] if not c.subset]
    values = {}
    for kind in ("establishment", "actual"):
        kinds = {c.value for c in found if c.kind == kind}
        if len(kinds) != 1:
            return None
        values[kind] = kinds.pop()
    if values["establishment"] <= 0:
        return None
    first = next(c for c in found if c.kind == "establishment")
    return values["establishment"], values["actual"], first.text.locate(first.start, first.end)
