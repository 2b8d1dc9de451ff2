"""U405: persons (人) and person-visits (人次) mixed in one sum or one indicator."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import indicator_kind
from perflint.extract.selfeval import Indicator, SelfEvaluation, self_evaluations
from perflint.extract.wording import text_facts
from perflint.model import Document, Location, Paragraph
from perflint.text.numbers import fmt

from ._facts import prose_with

_UNIT_OF_KIND = {"visits": "人次", "persons": "人"}


class PersonVsVisit(Check):
    """## What it does
    Finds 人 (persons) and 人次 (person-visits) treated as one quantity:
    - a total whose `其中` parts add up to it exactly while the parts are counted in the other unit
      (`共救助 900 人次，其中资助参保 500 人、门诊救助 400 人次`);
    - a 自评表 indicator whose name, target and actual do not agree on 人 or 人次, or whose
      actual (bare, or carrying its unit: `5368人次` in the form, `资助学生5368人` in the narrative)
      is given in the narrative in the other unit only;
    - a figure of the narrative right after a name ending in 人数 given in another unit, or after
      a name ending in 人次(数) whose 年初指标值/目标值 is given in 人
      (`托养服务人次数年初指标值为不低于105人`);
    - a result set against its target in the other unit in one sentence (`全年培训农民 800 人，完成
      年度目标 1000 人次的 80%`, `年度目标 1000 人次，实际培训 800 人`);
    - one measure given the same figure in 人 in one sentence and in 人次 in another
      (`接待参观群众8.6万人次` … `接待参观群众8.6万人`): the words before the two figures end alike
      (four characters or more, not a part's `其中…`), the figures are the same as shown.

    ## Why is this bad?
    One person can make several visits: 人 and 人次 cannot be added or compared. A total of
    人次 built from a head count, or an indicator of 人次 filled with a head count, states a
    figure that means neither.

    ## Example
    ```text
    某县民政局2023年度医疗救助项目绩效自评报告
    全年共救助 900 人次，其中资助参保 500 人、门诊救助 400 人次。
    ```

    ## Use instead
    ```text
    某县民政局2023年度医疗救助项目绩效自评报告
    全年资助参保 500 人；门诊救助 400 人次。
    ```
    Give persons and visits separately; do not add them up.
    """

    doc_zh = """## 它检查什么
    查找把“人”（人数）和“人次”（服务次数）当作同一个量的情况：
    - 合计与其“其中”各项恰好相加相等，而各项用的是另一种单位（“共救助 900 人次，其中资助参保 500 人、门诊救助 400 人次”）；
    - 自评表指标的名称、目标值、实际值在“人”与“人次”上不一致，或其实际值（不带单位的，或带着“人次”“人”的：表中“5368人次”、正文“资助学生5368人”）在正文中只以另一种单位出现；
    - 正文中紧跟在以“人数”结尾的名称后、却不以“人”计的数字，或以“人次（数）”结尾的名称的年初指标值、目标值却以“人”计（“托养服务人次数年初指标值为不低于105人”）；
    - 同一句中完成数与其目标一以“人”、一以“人次”计（“全年培训农民 800 人，完成年度目标 1000 人次的 80%”“年度目标 1000 人次，实际培训 800 人”）；
    - 同一个量在一句中以“人次”、在另一句中以“人”写出同一个数（“接待参观群众8.6万人次”……“接待参观群众8.6万人”）：两数之前的字词结尾相同（四个字以上，不是“其中……”这样的分项），数字写法相同。

    ## 为什么要改
    一个人可以就诊多次：“人”与“人次”不能相加，也不能比较。用人数凑成的人次合计、填了人数的人次指标，说出的数字两样都不是。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    人数和人次分别写出，不相加。
    """

    code = "U405"
    name = "person-vs-visit"
    family = "units"
    severity = Severity.warning
    title = {"zh": "人与人次混用", "en": "Persons and person-visits mixed"}
    messages = {
        "sum": {
            "zh": "合计 {total} 由 {parts} 相加而得，但其中混有“人”与“人次”：两者不能相加",
            "en": "total {total} is the sum {parts}, which mixes persons (人) and visits (人次): they cannot be added",
        },
        "cells": {
            "zh": "指标“{name}”的目标值 {target} 与实际完成值 {actual} 单位不同（人 / 人次）",
            "en": "indicator “{name}”: target {target} and actual {actual} are in different units (人 / 人次)",
        },
        "name": {
            "zh": "指标“{name}”以“{want}”计，但{which}为 {value}",
            "en": "indicator “{name}” counts {want_en}, but its {which_en} is {value}",
        },
        "prose": {
            "zh": "指标“{name}”以“{want}”计，但 {value} 在正文中为“{value}{got}”（第 {line} 行）",
            "en": "indicator “{name}” counts {want_en}, but the narrative gives {value} as {value}{got} (line {line})",
        },
        "head_count": {
            "zh": "“{name}”以“人”计，却写作 {value}",
            "en": "“{name}” counts persons (人) but is given as {value}",
        },
        "visit_count": {
            "zh": "“{name}”以“人次”计，却写作 {value}",
            "en": "“{name}” counts visits (人次) but is given as {value}",
        },
        "basis": {
            "zh": "计算口径矛盾：“{text}”按{basis}计，标准却是每{per}，无法据此测算",
            "en": "mixed basis: “{text}” counts by {basis_en} but the standard is per {per_en}",
        },
        "same_measure": {
            "zh": "同一数量第 {line} 行写作 {first}，此处写作 {second}：“人”与“人次”不是同一个量，请统一",
            "en": "the same measure is given as {first} at line {line} and as {second} here: persons (人) and visits (人次) differ",
        },
        "target": {
            "zh": "完成数 {actual} 与目标 {target} 单位不同：“人”与“人次”不是同一个量，不能据此计算完成情况",
            "en": "the result {actual} and the target {target} are in different units: persons (人) and visits (人次) "
                  "cannot be compared",
        },
        "see": {"zh": "分项在此", "en": "part here"},
        "see_target": {"zh": "目标值", "en": "the target"},
        "see_other": {"zh": "另一处写法", "en": "the other wording"},
        "see_prose": {"zh": "正文中的数字", "en": "the figure in the narrative"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for block, source in prose_with(doc, part, ("mixed_bases", "head_counts_in_other_units", "count_sums")):
                found = text_facts(source.value)  # once per text, for each finder below
                if isinstance(block, Paragraph):
                    for mb in found.mixed_bases:
                        names = {"人": ("人", "person"), "户": ("户", "household")}
                        yield self.diagnostic("basis", source.locate(mb.start, mb.end), text=source.value[mb.start:mb.end],
                                              basis=names[mb.basis][0], basis_en=names[mb.basis][1],
                                              per=names[mb.per][0], per_en=names[mb.per][1])
                    for hc in found.head_counts_in_other_units:
                        yield self.diagnostic("head_count" if hc.unit == "人" else "visit_count",
                                              source.locate(hc.quantity.start, hc.quantity.end),
                                              name=hc.name, value=hc.quantity.text.replace(" ", ""))
                yield from self._against_target(source)
                for cs in found.count_sums:
                    if all(p.unit == cs.total.unit for p in cs.parts):
                        continue
                    parts = " + ".join(p.text.strip() for p in cs.parts) + f" = {fmt(cs.total.value)}"
                    yield self.diagnostic(
                        "sum", source.locate(cs.total.start, cs.total.end),
                        related=[(source.locate(p.start, p.end), "see") for p in cs.parts if p.unit != cs.total.unit],
                        total=cs.total.text.strip(), parts=parts,
                    )
        yield from self._same_measure_twice(doc)
        memo: dict[int, list] = {}  # each part's prose texts and each form's cell lines, found on first ask
        for se in ctx.cached(doc, "selfeval", self_evaluations):
            for ind in se.indicators:
                yield from self._indicator(doc, se, ind, memo)

    def _against_target(self, source) -> Iterator[Diagnostic]:
        """A head count set against its target in the other unit in one sentence (``培训800人，
        完成年度目标1000人次的80%``): :mod:`perflint.extract.count_targets`."""
        if "目标" not in source.value or "人次" not in source.value:
            return
        from perflint.extract.count_targets import count_target_mixes  # (imported on use: cold start)

        for m in count_target_mixes(source.value):
            a, t = m.actual, m.target
            yield self.diagnostic("target", source.locate(a.start, a.end), related=[(source.locate(t.start, t.end), "see_target")],
                                  actual=a.text.replace(" ", ""), target=t.text.replace(" ", ""))

    def _same_measure_twice(self, doc: Document) -> Iterator[Diagnostic]:
        """One figure given for one measure in 人 in one sentence and in 人次 in another
        (``全年接待参观群众8.6万人次`` … ``纪念馆接待参观群众8.6万人``): the same words before it
        (:func:`perflint.extract.count_measures.same_count_measures`), the same figure as shown."""
        from perflint.extract.count_measures import same_count_measures  # (imported on use: cold start)

        for part in doc.parts:
            sources = [source for _block, source in prose_with(doc, part, ("person_counts",))]
            for (i, a), (j, b) in same_count_measures([source.value for source in sources]):
                yield self.diagnostic(
                    "same_measure", sources[j].locate(b.start, b.end),
                    related=[(sources[i].locate(a.start, a.end), "see_other")],
                    first=a.text.replace(" ", ""), second=b.text.replace(" ", ""), line=sources[i].locate(a.start).line)

    def _indicator(self, doc: Document, se: SelfEvaluation, ind: Indicator, memo: dict[int, list]) -> Iterator[Diagnostic]:
        t = ind.target.quantity if ind.target else None
        a = ind.actual.quantity if ind.actual else None
        tu = t.unit if t is not None and t.unit in ("人", "人次") else None
        au = a.unit if a is not None and a.unit in ("人", "人次") else None
        if tu and au and tu != au:
            yield self.diagnostic("cells", ind.actual.cell.text.locate(), related=[(ind.target.cell.text.locate(), "see")],
                                  name=ind.name, target=ind.target.text, actual=ind.actual.text)
            return
        kind = indicator_kind(ind.name)
        want = _UNIT_OF_KIND.get(kind or "")
        if want is not None:
            for which, fig, unit in (("actual", ind.actual, au), ("target", ind.target, tu)):
                if unit and unit != want:
                    yield self.diagnostic("name", fig.cell.text.locate(), name=ind.name, want=want, want_en=want,
                                          which={"actual": "实际完成值", "target": "目标值"}[which], which_en=which,
                                          value=fig.text if unit in fig.text else fig.text + unit)
                    return  # (a bare cell under a 度量单位 column: the unit shown is the column's)
        # the unit the form counts in: its name's, or the one its actual carries (5368人次)
        want = want or au
        if want is None or a is None or (a.unit is not None and a.unit != want):
            return
        if a.decimals or a.value < 100 or (a.value < 10000 and a.value % 100 == 0):
            return  # small or round figures meet their like by chance
        other = _in_prose(doc, se, a.value, want, memo)
        if other is not None:
            where, got = other
            yield self.diagnostic("prose", ind.actual.cell.text.locate(), related=[(where, "see_prose")],
                                  name=ind.name, want=want, want_en=want, value=fmt(a.value), got=got, line=where.line)


def _in_prose(doc: Document, se: SelfEvaluation, value, want: str,
              memo: dict[int, list]) -> tuple[Location, str] | None:
    """Where the part's prose gives ``value`` in the other unit only (never in ``want``)."""
    sources = memo.get(id(se.part))
    if sources is None:  # the prose texts that can give a head count (perflint.checks.units._facts)
        sources = memo[id(se.part)] = [source for _block, source in prose_with(doc, se.part, ("person_counts",))]
    cells = memo.get(id(se))
    if cells is None:  # a form pasted one cell a line reads as paragraphs: its cells are no narrative
        cells = memo[id(se)] = [fig.cell.text.line for ind in se.indicators
                                for fig in (ind.target, ind.actual) if fig is not None]
    # the figure's last digits, as any way of writing it holds them (5368, 5,368, ５３６８)
    # (by remainder, not by writing the number out: Python refuses a string of over 4,300 digits)
    whole = int(value)
    tail = str(whole)[-3:] if -1000 < whole < 1000 else f"{abs(whole) % 1000:03d}"
    wide = tail.translate(_FULL_WIDTH)
    other_unit: tuple[Location, str] | None = None
    for source in sources:
        if (tail not in source.value and wide not in source.value) or source.line in cells:
            continue
        for q in text_facts(source.value).person_counts:
            if q.value != value:
                continue
            if q.unit == want:
                return None
            if other_unit is None:
                other_unit = (source.locate(q.start, q.end), q.unit)
    return other_unit


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

