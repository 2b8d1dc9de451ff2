"""U403: a decrease above 100%, or a part-of-a-whole rate above 100%."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.percentages import is_share_rate
from perflint.extract.quantities import is_capped_rate
from perflint.extract.selfeval import self_evaluations
from perflint.extract.wording import text_facts
from perflint.model import Document
from perflint.text.numbers import fmt

from ._facts import prose_with

_HUNDRED = Decimal(100)


class ImpossiblePercentage(Check):
    """## What it does
    Finds a decrease stated as more than 100% (`降低 161%`) — an error — and a rate that counts a
    part of a whole (参保率, 覆盖率, 到位率, 知晓率, 满意度 …) stated above 100% — a warning, in
    prose and in the 自评表. Rates that may pass 100% (执行率, 完成率, 增长率) stay quiet, and so do
    vaccination rates (接种率, 疫苗接种覆盖率: every child vaccinated, incoming and catch-up ones too,
    over the planned registered children), as does a
    percentage run straight into the next figure (`验收合格率20100%100%20`: a form pasted with no
    space between its cells, the weight glued onto the target). Shares of one whole listed in one statement, each
    after the name of a money part (`人员类支出占比 57.6%，公用类支出占比 6.0%，项目类支出占比
    46.4%`), that sum above 100% beyond their rounding are a warning; parts after 其中 and shares
    of a plan (占年度计划的 60%) are no such list. A share of a whole (a name ending in 率, 比例,
    比重 or 占比, not a rate of change or a gap: 增长率, 偏差率) bounded at or below 0%
    (`投诉率≤0%`, `不合格比例≦0%`) is a warning: no share falls below 0%, so the bound can only
    mean =0%, the mirror of a target of ≥100%.

    ## Why is this bad?
    Nothing can fall by more than all of it: a decrease above 100% is almost always the change
    divided by the new figure instead of the old one. A coverage or enrolment rate above 100%
    means the numerator and the denominator do not count the same population; it must be
    explained or recomputed.

    ## Example
    ```text
    公务接待费支出 0.80 万元，比预算减少 1.20 万元，降低 150%。
    ```
    The decrease is divided by the budget of 2.00 万元: 1.20 ÷ 2.00 = 60%.

    ## Use instead
    ```text
    公务接待费支出 0.80 万元，比预算减少 1.20 万元，降低 60%。
    ```
    """

    doc_zh = """## 它检查什么
    查找超过 100% 的下降（“降低 161%”，error），以及正文和自评表中超过 100% 的、计量整体中一部分的比率（参保率、覆盖率、到位率、知晓率、满意度……，warning）。可以超过 100% 的比率（执行率、完成率、增长率）不报告，接种率（接种率、疫苗接种覆盖率：实种人数含流入和补种儿童，应种人数按辖区登记儿童计）也不报告；百分数后紧接着另一个数字的（“验收合格率20100%100%20”：表格各栏之间没有空格地粘在一起，分值粘在了目标值前面）也不报告。同一句中依次列出的同一整体的占比（各项均为资金名称，如“人员类支出占比 57.6%，公用类支出占比 6.0%，项目类支出占比 46.4%”），合计超过 100% 且超出尾数误差的，报警告；“其中”之后的下一层次和占计划的比例（“占年度计划的 60%”）不算。整体中一部分的比率（名称以“率”“比例”“比重”“占比”结尾，不是增长率、偏差率这类变动或差额的比率）写成“≤0%”（“投诉率≤0%”“不合格比例≦0%”）的，报警告：比率不会低于 0%，这样的界限只能理解为“=0%”，与目标写成“≥100%”的情形相对。

    ## 为什么要改
    任何东西都不可能减少得比全部还多：超过 100% 的降幅几乎总是用变化额除以了新数而不是旧数。覆盖率、参保率超过 100%，说明分子与分母统计的不是同一人群，必须说明或重新计算。

    ## 示例
    {example}
    减少额应除以预算 2.00 万元：1.20 ÷ 2.00 = 60%。

    ## 应改为
    {use_instead}
    """

    code = "U403"
    name = "impossible-percentage"
    family = "units"
    severity = Severity.error
    title = {"zh": "不可能的百分比", "en": "Impossible percentage"}
    messages = {
        "decrease": {
            "zh": "减少/下降 {figure}：降幅不可能超过 100%（可能用现值而非原值作了分母）",
            "en": "a decrease of {figure}: nothing can fall by more than 100% (divided by the new figure instead of the old?)",
        },
        "at_least_all": {
            "zh": "“{name}”的目标为 {figure}：该比率最高为 100%，“≥100%”只能按“=100%”考核，请写“=100%”或可考核的下限（如“≥95%”）",
            "en": "“{name}” has the target {figure}: the rate cannot exceed 100%, so write “=100%” or a reachable floor such as “≥95%”",
        },
        "at_most_none": {
            "zh": "“{name}”为 {figure}：该比率最低为 0%，“≤0%”只能按“=0%”理解，请写“=0%”",
            "en": "“{name}” is {figure}: the rate cannot fall below 0%, so “≤0%” can only mean “=0%”; write “=0%”",
        },
        "shares": {
            "zh": "{names} 是同一整体的占比，合计 {expr} = {total}%，超过 100%：至少有一个占比有误",
            "en": "{names_en} are shares of one whole summing to {expr} = {total}%, above 100%: at least one share is wrong",
        },
        "share": {"zh": "另一占比", "en": "another share"},
        "capped": {
            "zh": "“{name}”为 {figure}，超过 100%：该比率是部分占总体的比例，请核对分子与分母的口径",
            "en": "“{name}” is {figure}, above 100%: a part-of-a-whole rate; check that numerator and denominator count the same population",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in prose_with(doc, part, ("decrease_percentages", "share_overflows", "rate_statements",
                                                         "floor_rate_bounds")):
                found = text_facts(source.value)  # once per text, for each finder below
                for q in found.decrease_percentages:
                    if q.value > _HUNDRED:
                        yield self.diagnostic("decrease", source.locate(q.start, q.end), figure=q.text.strip())
                for so in found.share_overflows:
                    last = so.shares[-1]
                    yield self.diagnostic(
                        "shares", source.locate(last.start, last.end), severity=Severity.warning,
                        related=[(source.locate(q.start, q.end), "share") for q in so.shares[:-1]],
                        names="、".join(so.names), names_en=", ".join(so.names),
                        expr=" + ".join(q.text.strip() for q in so.shares), total=fmt(so.total))
                for rs in found.floor_rate_bounds:
                    yield self.diagnostic("at_most_none", source.locate(rs.quantity.start, rs.quantity.end),
                                          severity=Severity.warning, name=rs.name,
                                          figure=rs.quantity.text.replace(" ", ""))
                for rs in found.rate_statements:
                    q = rs.quantity
                    if q.value >= _HUNDRED and q.relation in ("≥", ">"):
                        yield self.diagnostic("at_least_all", source.locate(q.start, q.end), severity=Severity.warning,
                                              name=rs.name, figure=q.text.replace(" ", ""))
                    elif q.value > _HUNDRED and q.relation not in ("≤", "<") \
                            and not _runs_into_a_figure(source.value, q.end):
                        yield self.diagnostic("capped", source.locate(q.start, q.end), severity=Severity.warning,
                                              name=rs.name, figure=q.text.strip())
        for se in ctx.cached(doc, "selfeval", self_evaluations):
            for ind in se.indicators:
                floor = _floor_bound(ind)
                if floor is not None:
                    yield self.diagnostic("at_most_none", floor.cell.text.locate(), severity=Severity.warning,
                                          name=ind.name, figure=floor.text)
                if not is_capped_rate(ind.name):
                    continue
                for fig in (ind.target, ind.actual):
                    q = fig.quantity if fig else None
                    if fig is ind.target and q is not None and q.is_percent and q.value >= _HUNDRED \
                            and q.relation in ("≥", ">"):
                        yield self.diagnostic("at_least_all", fig.cell.text.locate(), severity=Severity.warning,
                                              name=ind.name, figure=fig.text)
                        break
                    if q is None or not q.is_percent or q.value <= _HUNDRED or q.relation in ("≤", "<"):
                        continue
                    yield self.diagnostic("capped", fig.cell.text.locate(), severity=Severity.warning,
                                          name=ind.name, figure=fmt(q.value) + "%")
                    break


def _floor_bound(ind):
    """The target or actual of a share-of-a-whole indicator written ``≤0%`` (or ``<0%``), if any."""
    for fig in (ind.target, ind.actual):
        q = fig.quantity if fig else None
        if q is not None and q.is_percent and q.value == 0 and q.relation in ("≤", "<"):
            return fig if is_share_rate(ind.name) else None
    return None


def _runs_into_a_figure(text: str, end: int) -> bool:
    """``验收合格率20100%100%20``: a percentage run straight into the next figure is a form's
    cells pasted without spaces (分值, 年度指标值, 实际值): its digits may hold the cell before
    it (the weight 20 glued onto 100%), so the value is no rate to judge."""
    return text[end:end + 1].isdigit()
