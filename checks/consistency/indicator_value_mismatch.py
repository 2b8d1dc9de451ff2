"""C707: the narrative states a rate or count indicator's result differently from the 自评表."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.part_index import by_part
from perflint.extract.percentages import (
    prepared_names,
    sentence_figures,
    stated_costs,
    stated_counts,
    stated_percentages,
)
from perflint.extract.prose_rates import completion_after
from perflint.extract.quantities import clean_name, indicator_kind, part_prose, vocab
from perflint.extract.selfeval import Indicator, SelfEvaluation
from perflint.extract.targets import compare_target
from perflint.model import Document, Table
from perflint.text.numbers import Quantity, quantize

from ._forms import form_for, forms, is_unit_form, linker_of


class IndicatorValueMismatch(Check):
    """## What it does
    Finds a sentence of the narrative that states a percentage right after the exact name of a
    rate indicator of the same report's 自评表 (`工作满意度达到 90%`) when the form's target and
    actual for that indicator are both different (`工作满意度  93%  85%`). A short name
    (`到位率`) counts when the project's form (or a department report's own 部门整体 form, its part's
    only one) has exactly one indicator ending with it. A count
    indicator (`补贴户数  ≥100户  120户`) is read the same way: a count in the same unit right after
    its exact name (`补贴户数共计126户`) that is neither the target nor the actual; a count
    indicator named by its subject and the word of what is counted or measured (`年接待读者人次`,
    `硬化村组道路长度`) is found by its subject too (`接待读者27.6万人次`, `硬化村组道路8.6公里`, also
    with a generic noun after it: `开展家庭医生签约服务4.6万人`; a subject of an object and its
    verb also verb first: `改造危桥4座` for `危桥改造数量`, `接收进馆档案8650卷` for `档案接收进馆数量`,
    and object first with the measure kept: `校舍维修面积3530平方米` for `维修校舍面积`),
    when no other indicator of the part has that subject and the figure is not a part of another
    after 其中. A cost indicator (under 成本指标) whose actual is one amount of money is read the
    same way: an amount right after its exact name (`亩均投资1600元`, `每公里日常养护成本7600元`)
    that is neither its target nor its actual (元 and 万元 converted). A target word inside the
    indicator's own name (the 每 of 每公里…成本) sets no target, and one in a later clause than
    the figure (`…，按每生每天5元标准发放`), like a year there (`…，1座推迟至2024年3月完工`),
    speaks of something else. A sentence that also states the form's actual gives its other
    figures as parts of it (`春季学期资助168人次，秋季学期172人次，全年共资助340人次`). Sentences that
    state a target or a rule (目标, 不低于, 以上, 上年 …; not the 标准 of 高标准农田 or 标准化建设,
    nor the 以上 of an age group, 65岁以上老年人, nor the 目标 of a category label opening the
    results, `4.成本目标：亩均投资1480元`), the ends of a range (`达到90%-95%`, `35%～40%`: a
    band, never one result), approximate counts and counts in another unit stay quiet — except the result stated before a clause that opens with the target
    (`新设备年检查人次2.51万人次，目标≥2万人次`), which is compared. A form's own 实际完成情况
    cell (under 年度总体目标) is read as the narrative of that form. A count that equals the form's
    actual and is compared with its target (`维修供水工程18处，超过年初目标15处`) must give the form's
    target (`≥15处`): a target named as such (目标, 计划, 指标值), not a standard. The form's
    actual followed by its completion rate (`开展环境卫生集中整治26次，完成率110.33%` against
    `≥24次  26次`) is checked too: the rate must be the form's actual ÷ its target. In the
    narrative's results (under a heading such as 绩效目标完成情况 or 产出情况, up to 存在的问题, or in
    the form's 实际完成情况 cell), a rate or count that is the form's target but not its actual,
    while that actual falls short of the target (`维修灌排渠道18公里` beside `≥18公里  16.5公里`), is
    the target reported as the result and is reported too; the project's overview and targets
    stating the same figure as a plan are not results.

    ## Why is this bad?
    The narrative reports the results the form scores. A result stated one way in prose and
    another in the form means one of them was not updated; the score follows the form, so the
    prose overstates (or understates) the result.

    ## Example
    ```text
    某县农业农村局2023年度农机补贴项目绩效自评报告
    一、绩效目标完成情况
    农户满意度达到 97%。
    二、农机补贴项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 补贴户数 | ≥100户 | 120户 | 50 | 50 |
    | 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 92% | 40 | 40 |
    ```
    The narrative says 97%, the form's actual is 92%.

    ## Use instead
    ```text
    某县农业农村局2023年度农机补贴项目绩效自评报告
    一、绩效目标完成情况
    农户满意度达到 92%。
    二、农机补贴项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 补贴户数 | ≥100户 | 120户 | 50 | 50 |
    | 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 92% | 40 | 40 |
    ```
    State the form's 92%, or correct the form.
    """

    doc_zh = """## 它检查什么
    查找正文中紧跟在同一报告自评表某个比率指标的完整名称之后写出百分比的句子（“农户满意度达到 97%”），而表中该指标的目标值和实际完成值都与之不同。项目的表中（或部门整体支出自评报告中该部分唯一的部门整体支出自评表中）只有一个指标以某短名称结尾时（如“到位率”），短名称也算。计数指标（“补贴户数 ≥100户 120户”）同样检查：紧跟在其完整名称之后、单位相同的数（“补贴户数共计126户”）既不是目标值也不是实际完成值时报告；名称由对象加计量词构成的计数指标（“年接待读者人次”“硬化村组道路长度”），也按去掉计量词后的对象查找（“接待读者27.6万人次”“硬化村组道路8.6公里”，对象之后带“服务”“工作”等泛称的也算：“开展家庭医生签约服务4.6万人”；“对象＋动作”也可按动作在前的写法查找：“危桥改造数量”对“改造危桥4座”，“档案接收进馆数量”对“接收进馆档案8650卷”，也可对象在前、保留计量词：“维修校舍面积”对“校舍维修面积3530平方米”），但该部分须没有别的指标有同一对象，且句中“其中”之后的部分数不比较。成本指标（二级指标为成本指标）实际完成值为一个金额的，同样检查紧跟其完整名称之后的金额（“亩均投资1600元”“每公里日常养护成本7600元”），既不是目标值也不是实际完成值（元与万元换算后）时报告。指标名称本身含有的目标用语（“每公里……成本”中的“每”）不算；写在数字之后另一分句中的目标用语（“……，按每生每天5元标准发放”）或其他年份（“……，1座推迟至2024年3月完工”）说的是别的事，也不算。同一句中也写出了表中实际完成值的，句中其他数是它的组成部分（“春季学期资助168人次，秋季学期172人次，全年共资助340人次”），不比较。写目标或规则的句子（目标、不低于、以上、上年……）、区间的两端（“达到90%-95%”“35%～40%”：一个区间，不是一个结果）、约数和单位不同的数不报告（“高标准农田”“标准化建设”“65岁以上老年人”中的“标准”“以上”，以及开头的指标类别标签“4.成本目标：亩均投资1480元”中的“目标”，不算目标用语）；但先写结果、再以逗号另起一个写目标的分句时（“新设备年检查人次2.51万人次，目标≥2万人次”），目标之前的结果照样比较。自评表自身“年度总体目标”中的“实际完成情况”一栏，作为该表的文字说明同样核对。在正文的完成情况部分（“绩效目标完成情况”“产出情况”等标题之下、“存在的问题”之前，或自评表“实际完成情况”一栏）写出的比率或计数，等于表中该指标的年度指标值而不等于实际完成值、且实际完成值未达到目标的（“维修灌排渠道18公里”，表中为“≥18公里  16.5公里”），是把目标当成了结果，同样报告；项目概况和绩效目标部分把同一数字写作计划的，不是结果，不报告。与表中实际完成值相同的数后紧接着与目标比较的（“维修供水工程18处，超过年初目标15处”），所称目标（目标、计划、指标值，不含“标准”）必须等于表中年度指标值（“≥15处”）。与表中实际完成值相同的数后紧接着写完成率的（“开展环境卫生集中整治26次，完成率110.33%”，表中为“≥24次  26次”），完成率必须等于表中实际完成值 ÷ 目标值。

    ## 为什么要改
    正文报告的是自评表据以计分的结果。正文和表中同一结果写法不同，说明有一处没有更新；得分以表为准，正文就夸大（或缩小）了结果。

    ## 示例
    {example}
    正文写 97%，表中实际完成值为 92%。

    ## 应改为
    {use_instead}
    写出表中的 92%，或改正自评表。
    """

    code = "C707"
    name = "indicator-value-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "正文指标完成值与自评表不符", "en": "Narrative indicator result differs from the form"}
    messages = {
        "differs": {
            "zh": "正文称“{name}”为 {stated}，而自评表“{indicator}”实际完成值为 {actual}（第 {line} 行）",
            "en": "the narrative gives “{name}” as {stated}, but the form's “{indicator}” actual is {actual} (line {line})",
        },
        "rate": {
            "zh": "正文称“{name}”完成率 {stated}，而自评表目标 {target}、实际 {actual}，实际÷目标 = {computed}%（第 {line} 行）",
            "en": "the narrative gives “{name}” a completion rate of {stated}, but the form's actual {actual} of its "
                  "target {target} is {computed}% (line {line})",
        },
        "target_as_actual": {
            "zh": "正文在完成情况中称“{name}”为 {stated}，这是自评表“{indicator}”的年度指标值 {target}，"
                  "而实际完成值为 {actual}（第 {line} 行），未达到目标",
            "en": "the narrative's results give “{name}” as {stated}, the form's target {target} for “{indicator}”, "
                  "while its actual is {actual} (line {line}), short of the target",
        },
        "target": {
            "zh": "正文称“{name}”的{named} {stated}，而自评表“{indicator}”年度指标值为 {target}（第 {line} 行）",
            "en": "the narrative gives “{name}” a {named} of {stated}, but the form's target for “{indicator}” "
                  "is {target} (line {line})",
        },
        "see": {"zh": "自评表中的该指标", "en": "the indicator in the form"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        forms_by_part = by_part(forms(doc, ctx))
        for part in doc.parts:
            in_part = forms_by_part.get(id(part))
            if not in_part:
                continue  # no form: no indicator to read the narrative against
            # each indicator's clean name and kind, asked once (not once per list below)
            rows_of = [(i, clean_name(i.name), indicator_kind(i.name)) for se in in_part for i in se.indicators]
            names = sorted({n for _, n, kind in rows_of if kind == "rate"})
            counted = [(i, n) for i, n, kind in rows_of if kind not in ("rate", "amount") and _counted_result(i)]
            counts = sorted({n for _, n in counted})
            costs = sorted({n for i, n, _ in rows_of if _costed(i)})
            if not names and not counts and not costs:
                continue
            subjects = _subjects(counted, set(counts)) if counts else {}
            counts += sorted(subjects)
            linker = linker_of(doc, part)
            aliases = {se_id: _aliases(se) for se_id, se in ((id(se), se) for se in in_part)}
            every_alias = sorted({a for d in aliases.values() for a in d})
            unit_form = in_part[0] if len(in_part) == 1 and part.kind == "department_self_evaluation" \
                and is_unit_form(in_part[0]) else None
            found = []
            wanted, fiscal_year = names + every_alias, ctx.fiscal_year_of(part)  # the part's, for every text
            # the names as the readers read them, prepared once for the part's texts
            rates_named, counts_named = prepared_names(wanted), prepared_names(counts)
            costs_named = prepared_names(costs)
            texts = [(block, source, None) for block, source in part_prose(doc, part) if not isinstance(block, Table)]
            from perflint.extract.result_sections import result_blocks  # (imported on use: cold start)

            results_of = _lazy(result_blocks, part)
            # each form's own 实际完成情况 cell: the form's narrative of its results, of that form
            texts += [(se.table, se.goal.actual.text, se) for se in in_part
                      if se.goal is not None and se.goal.actual is not None and not se.goal.actual.is_empty]
            for block, source, own in texts:
                if names:
                    for name, q in stated_percentages(source.value, wanted, fiscal_year, prepared=rates_named):
                        found.append((block, source, name, q, own))
                if counts:
                    for name, q in stated_counts(source.value, counts, fiscal_year, prepared=counts_named):
                        found.append((block, source, name, q, own))
                if costs:
                    for name, q in stated_costs(source.value, costs, fiscal_year, prepared=costs_named):
                        found.append((block, source, name, q, own))
            lines = [source.locate(q.start).line for _, source, _, q, _ in found]
            for (block, source, name, q, own), line in zip(found, lines, strict=True):
                # several rates per narrative are normal: position alone picks the next form
                se = own or form_for(linker, block, source.value, q.start, line, [])
                if name in subjects:
                    if _part_of_another(source.value, q.start):
                        continue  # 其中网上查档利用1180人次: a part of the count, not the count
                    rows = [subjects[name]]
                    if own is not None and not any(i is rows[0] for i in own.indicators):
                        continue  # another form's indicator: this cell speaks of its own form
                elif name in names or name in counts or name in costs:
                    rows = [i for f in ([se] if se else in_part) for i in f.indicators if clean_name(i.name) == name]
                elif (alias_form := se or unit_form) is not None and name in aliases.get(id(alias_form), {}):
                    # `到位率` for the form's only `…资金到位率`; a department report's prose is not
                    # linked to its form by position, but a short name that one indicator of the
                    # unit's own form (the part's only form) ends with can mean no other
                    rows = [aliases[id(alias_form)][name]]
                else:
                    continue
                rows = [i for i in rows if i.actual is not None and i.actual.quantity is not None]
                agrees = _agrees if q.kind == "percent" else _amount_agrees if q.kind == "money" else _count_agrees
                if rows and q.kind != "percent":
                    diag = self._rate_after(source, q, rows[0])
                    if diag is not None:
                        yield diag
                if not rows:
                    continue
                if any(agrees(q, ind) for ind in rows):
                    if q.kind != "money" and len(rows) == 1 and _target_as_actual(q, rows[0]) \
                            and (own is not None or id(block) in results_of()):
                        yield self._target_as_actual(source, q, name, rows[0])
                    elif len(rows) == 1 and (diag := self._target_after(source, q, name, rows[0])) is not None:
                        yield diag
                    continue
                if any(_is_actual(f, ind) for f in sentence_figures(source.value, q) for ind in rows):
                    continue  # the sentence states the form's result too: this figure is a part of it
                ind = rows[0]
                where = ind.actual.cell.text.locate()
                yield self.diagnostic(
                    "differs", source.locate(q.start, q.end), related=[(where, "see")],
                    name=name, indicator=clean_name(ind.name), stated=q.text.strip(), actual=ind.actual.text,
                    line=where.line,
                )


    def _target_as_actual(self, source, q: Quantity, name: str, ind: Indicator) -> Diagnostic:
        where = ind.actual.cell.text.locate()
        return self.diagnostic(
            "target_as_actual", source.locate(q.start, q.end), related=[(where, "see")],
            name=name, indicator=clean_name(ind.name), stated=q.text.strip(), target=ind.target.text,
            actual=ind.actual.text, line=where.line,
        )

    def _target_after(self, source, q: Quantity, name: str, ind: Indicator) -> Diagnostic | None:
        """The form's actual compared with a target (`18处，超过年初目标15处`) that is not the
        form's (`≥15处`)."""
        target = ind.target.quantity if ind.target is not None else None
        if target is None or target.kind != q.kind or target.unit != q.unit or "目标" not in source.value \
                and "计划" not in source.value and "指标值" not in source.value:
            return None
        from perflint.extract.target_comparisons import (
            form_target_comparisons,  # (imported on use: cold start)
        )

        for cmp in form_target_comparisons(source.value):
            stated = cmp.target
            if cmp.actual.start != q.start or stated.unit != target.unit:
                continue
            slack = max(stated.half_unit * stated.scale, target.half_unit * target.scale)
            if abs(stated.base_value - target.base_value) <= slack:
                return None
            where = ind.target.cell.text.locate()
            return self.diagnostic(
                "target", source.locate(stated.start, stated.end), related=[(where, "see")], name=name,
                named=cmp.named, stated=stated.text.strip(), indicator=clean_name(ind.name),
                target=ind.target.text, line=where.line,
            )
        return None

    def _rate_after(self, source, q: Quantity, ind: Indicator) -> Diagnostic | None:
        """The form's actual stated with its completion rate (`开展整治26次，完成率108.33%`)
        where the form's target (`≥24次`) does not give that rate."""
        target, actual = ind.target.quantity if ind.target is not None else None, ind.actual.quantity
        if target is None or target.kind != "count" or target.unit != q.unit or target.value <= 0 \
                or target.relation in ("≤", "<") or actual.unit != q.unit \
                or actual.value * actual.scale != q.value * q.scale:
            return None
        rate = completion_after(source.value, q.end)
        if rate is None:
            return None
        ratio = actual.base_value / target.base_value * 100
        err = ratio * (actual.half_unit * actual.scale / actual.base_value if actual.decimals else Decimal(0))
        if abs(rate.value - ratio) <= err + rate.half_unit or (rate.value == 100 and ratio >= 100):
            return None
        where = ind.target.cell.text.locate()
        return self.diagnostic(
            "rate", source.locate(rate.start, rate.end), related=[(where, "see")],
            name=clean_name(ind.name), stated=rate.text.strip(), target=ind.target.text, actual=ind.actual.text,
            computed=format(quantize(ratio, max(rate.decimals, 0)), "f"), line=where.line,
        )


def _lazy(fn, arg):
    """``fn(arg)``, computed on the first call only (most parts never need it)."""
    box: list = []

    def get():
        if not box:
            box.append(fn(arg))
        return box[0]
    return get


def _target_as_actual(q: Quantity, ind: Indicator) -> bool:
    """Whether the stated figure is the form's target for ``ind`` and not its actual, while the
    actual falls short of that target (`维修灌排渠道18公里` beside `≥18公里  16.5公里`): the
    narrative reports the target as the result."""
    target = ind.target.quantity if ind.target is not None else None
    actual = ind.actual.quantity if ind.actual is not None else None
    if target is None or actual is None or actual.relation is not None or actual.approximate:
        return False
    if q.kind == "percent":
        same = target.is_percent and actual.is_percent and target.value == q.value != actual.value
    else:
        same = target.kind == actual.kind == "count" and target.unit == actual.unit == q.unit \
            and target.value * target.scale == q.value * q.scale != actual.value * actual.scale
    return same and compare_target(target, actual, ind.name, ind.level2) == "missed"


@cache
def _alias_words() -> tuple[str, ...]:
    """The capped rates of three characters or more, in the vocabulary's order."""
    return tuple(w for w in vocab()["capped_rates"] if len(w) >= 3)


@cache
def _alias_ends() -> tuple[tuple[int, ...], frozenset[str]]:
    """The lengths of the alias words, shortest first, and the words as a set."""
    words = _alias_words()
    return tuple(sorted({len(w) for w in words})), frozenset(words)


def _aliases(se: SelfEvaluation) -> dict[str, Indicator]:
    """Short names of the form's rates (`到位率` for `各类资金到位率`) that only one indicator ends with."""
    by_word: dict[str, list[Indicator]] = {}
    words = _alias_words()
    lengths, known = _alias_ends()
    for ind in se.indicators:
        name = clean_name(ind.name)
        if not name.endswith(words):
            continue  # ends with none of them (one call for the whole list)
        # the words the name ends with, other than the whole name: its ends of each length a
        # word has, shorter than the name, looked up (not every word tried)
        for n in lengths:
            if n >= len(name):
                break
            if name[-n:] in known:
                by_word.setdefault(name[-n:], []).append(ind)
    return {w: inds[0] for w, inds in by_word.items() if len({id(i) for i in inds}) == 1}


@cache
def _measures_and_leads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The measures a count indicator's name may end with and the words it may open with,
    longest first (sorted once, not once per part)."""
    v = vocab()
    return (tuple(sorted(v["count_name_measures"], key=len, reverse=True)),
            tuple(sorted(v["count_name_leads"], key=len, reverse=True)))


# The longest subject whose object and verb are looked for turned round (路面修复 / 修复路面):
# real subjects are a few words; past this the name is a table read into one cell.
_LONGEST_TURNED = 40


def _subjects(counted: list[tuple[Indicator, str]], names: set[str]) -> dict[str, Indicator]:
    """The subjects of the part's count indicators (:func:`_counted_result`, each with its clean name, in
    the forms' order) named by subject and measure (`接待读者` for `年接待读者人次`), each of one
    indicator only and none a full name of another."""
    ends, leads = _measures_and_leads()
    found: dict[str, list[Indicator]] = {}
    for ind, name in counted:
        # a name ending with the unit it counts in and 数 (`发布统计信息期数` in 期, `接待批数` in
        # 批): that is its measure, whatever the unit (the list holds the common ones)
        # (or with that unit alone when it is a word of its own: `卫生监督检查户次` in 户次)
        unit = ind.actual.quantity.unit or ""
        own = next((u for u in (f"{unit}数", unit if len(unit) >= 2 else "") if u and name.endswith(u)), None)
        end = own or next((e for e in ends if name.endswith(e)), None)
        if end is None:
            continue
        subject = name[:-len(end)]
        subject = subject[len(next((w for w in leads if subject.startswith(w)), "")):]
        if len(subject) >= 3 and subject not in names:
            found.setdefault(subject, []).append(ind)
            # (a phrase's turns only: a "name" of a whole table read into one cell would make
            # thousands of turned copies of itself)
            for k in range(2, len(subject) - 1 if len(subject) <= _LONGEST_TURNED else 2):
                # an object and its verb (路面修复, 危桥改造, 档案接收进馆) are written verb
                # first in prose too (修复路面 38 公里, 接收进馆档案 8650 卷): the same subject
                if (turned := subject[k:] + subject[:k]) not in names:
                    found.setdefault(turned, []).append(ind)
                    # and with the measure kept (校舍维修面积 3530 平方米 for 维修校舍面积)
                    if (named := turned + end) not in names:
                        found.setdefault(named, []).append(ind)
    return {s: inds[0] for s, inds in found.items() if len(inds) == 1}


_PART_WORDS = ("其中", "含", "包括")


def _part_of_another(text: str, at: int) -> bool:
    """Whether the figure at ``at`` stands after 其中 / 含 in its sentence: a part of a count."""
    start = max(text.rfind(c, 0, at) for c in "。；;") + 1
    return any(w in text[start:at] for w in _PART_WORDS)


def _agrees(q: Quantity, ind: Indicator) -> bool:
    value = q.value
    for fig in (ind.actual, ind.target):
        if fig is not None and fig.quantity is not None and fig.quantity.is_percent and fig.quantity.value == value:
            return True
        if fig is not None and fig.quantity is not None and fig.quantity.unit is None and fig.quantity.value == value:
            return True
    return False


def _counted_result(ind: Indicator) -> bool:
    """Whether the form gives the indicator's result as an exact count with its unit: with a
    name of no rate nor amount (:func:`indicator_kind`, asked by the caller once per indicator),
    a count indicator (人次, 场, 户, 公里 …)."""
    actual = ind.actual.quantity if ind.actual is not None else None
    return actual is not None and actual.kind == "count" and actual.unit is not None and not actual.approximate


def _count_agrees(q: Quantity, ind: Indicator) -> bool:
    """Whether the stated count equals the form's actual or target, or cannot be compared with
    them (another unit: `人` against `人次` counts something else)."""
    size = q.value * q.scale
    comparable = False
    for fig in (ind.actual, ind.target):
        f = fig.quantity if fig is not None else None
        if f is None or f.kind != "count" or f.unit != q.unit:
            continue
        comparable = True
        if f.value * f.scale == size:
            return True
    return not comparable


def _costed(ind: Indicator) -> bool:
    """A cost indicator (under 成本指标: 亩均投资, 每公里养护成本) whose result the form gives as one
    exact amount of money."""
    if "成本" not in (ind.level2 or ""):
        return False
    actual = ind.actual.quantity if ind.actual is not None else None
    return actual is not None and actual.kind == "money" and actual.relation is None and not actual.approximate


def _amount_agrees(q: Quantity, ind: Indicator) -> bool:
    """Whether a stated amount is the form's actual or target (元 and 万元 converted)."""
    size = q.value * q.scale
    return any(f is not None and f.quantity is not None and f.quantity.kind == "money"
               and f.quantity.value * f.quantity.scale == size for f in (ind.actual, ind.target))


def _is_actual(f: Quantity, ind: Indicator) -> bool:
    """Whether ``f`` is the form's actual for ``ind`` (the same kind and unit, 万 converted)."""
    a = ind.actual.quantity if ind.actual is not None else None
    if a is None or a.kind != f.kind:
        return False
    if f.kind == "percent":
        return a.value == f.value
    return (a.unit == f.unit or f.kind == "money") and a.value * a.scale == f.value * f.scale
