"""B315: 未完成的绩效目标 (or 存在的问题) answered 无 while the report shows a target that was missed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.boilerplate_phrases import denies, phrases
from perflint.extract.problems import part_problems
from perflint.extract.selfeval import self_evaluations
from perflint.extract.unmet_targets import (
    denied_problems,
    denied_unmet,
    part_claims,
    part_item_titles,
    prose_misses,
)
from perflint.model import Document, Part
from perflint.text.normalise import compact
from perflint.text.numbers import fmt, quantize
from perflint.text.patterns import lazy_compile

from ._facts import form_facts, show


class UnmetTargetDenied(Check):
    """## What it does
    Finds the `未完成的绩效目标` item of a self-evaluation narrative (or the transfer-payment
    template's `偏离绩效目标的原因和下一步改进措施`) answered `无` (on its own
    line, `3.未完成的绩效目标（无）`, or in the line after it) while the same report writes an
    indicator's target and its actual side by side and the actual falls short of it
    (`满意度年初目标值≥95%，实际完成值94.60%`, `飞行时长≥928小时，实际飞行时长909.93小时`).
    Only targets written as an inequality count, so the direction of the indicator is never
    guessed. A sentence claiming the targets were met (`该资金已按计划完成目标`,
    `各项绩效目标均已完成`, `共设置三级指标12个，全部完成`, the transfer-payment template's 总体绩效目标完成情况分析) beside
    such a miss is reported the same way, written in the prose or in a 自评表's answer cells
    (the 年度总体目标's 实际完成情况, a 偏差原因 cell), whichever layout the form comes in. So is a `存在的问题（及原因）` section answered `无`, or
    saying in a sentence only that there is none (`本项目不存在问题。`, `暂无其他问题。`; not after a clause
    of its own, `资金支付进度滞后；暂无其他问题`, which has stated something), in a report whose only
    自评表 has an indicator that missed its target and lost points for it; where the prose states
    no miss of its own, that indicator is the evidence against `未完成的绩效目标：无` and
    `各项绩效目标均已完成` too; against such a claim any row of that form short of a target written
    as an inequality (`≥50公里` beside `42公里`) is evidence, even in a form without a 分值
    column, where the points lost do not show. Without a miss in figures, a claim that every target was met is
    reported beside the report's own 存在的问题 saying that something was not finished
    (`有1个标段…尚未完成竣工验收`, `未达到`); a resolve (`确保各项目标全部完成`) is no claim.
    A claim of one kind of indicator (`各项效益指标均已全部完成`) is read against the form's misses
    of that kind only (a missed 效益 indicator, not a missed 产出 one). Where the form misses no
    target, a `存在的问题` section answered `无` is reported when the form's 年度资金总额 row shows a
    large part of the money unspent (执行数 ÷ 全年预算数 below 90%: 68 of 85 万元 结转下年 is a
    shortfall of the form's own budget indicator that the section must explain). A report without
    a 自评表 is read the same way from its prose: a target set under its own item (`（二）项目绩效目标`,
    `绩效目标：建设资金支付240万元`) and the same measure, in the same words, reported short under
    another (`（一）项目完成情况`, `1.建设资金支付96.50万元`) — a ceiling (`控制在…以内`, 成本) or a
    result of part of the year is no miss — or the one budget and spending the prose states
    (`全年预算数150万元，执行数96万元`) below the option's bound, also when it states them in
    separate sections (`全年预算数239万元` under 项目概况, `项目实际支出87.06万元` under 执行情况), each
    once and of the project's whole year (not a part's, a batch's, a sub-item's or of part of the
    year); spending written `安排支出共计…` counts only when the same sentence carries the rest into
    the next year (`余款安排下年支出`), which makes it the money spent, and then the year's
    allocation `安排…共计…` counts as the budget. Such a report's `存在的问题` item
    answered 无 counts even when a PDF's extraction ran it into the paragraph before it
    (`…等级为良。 五、存在的问题和建议 无`).

    ## Why is this bad?
    The item is where the unit lists what it did not achieve and why; `无` there contradicts
    the report's own figures and hides the shortfall from the finance bureau that reads it.

    ## Example
    ```text
    2.完成的绩效目标。
    群众满意度年初目标值≥95%，实际完成值93.50%。
    3.未完成的绩效目标。
    无
    ```

    ## Use instead
    ```text
    2.完成的绩效目标。
    群众满意度年初目标值≥95%，实际完成值93.50%。
    3.未完成的绩效目标。
    群众满意度未达到95%的目标，原因是部分村组施工期间出行受到影响。
    ```

    ## Options
    - `execution_below` (default 90): the execution rate (%) below which unspent money makes a
      `存在的问题：无` contradict the form.
    """

    doc_zh = """## 它检查什么
    查找自评报告正文中“未完成的绩效目标”一项（或转移支付模板的“偏离绩效目标的原因和下一步改进措施”）写“无”（写在同一行，如“3.未完成的绩效目标（无）”，或写在下一行）的情况，而同一报告又并列写出某项指标的目标值和实际值、实际值未达到目标（“满意度年初目标值≥95%，实际完成值94.60%”“飞行时长≥928小时，实际飞行时长909.93小时”）。只有以不等式写出的目标才计入，不猜测指标的方向。称目标均已完成的句子（“该资金已按计划完成目标”“各项绩效目标均已完成”“共设置三级指标12个，全部完成”，转移支付自评模板的“总体绩效目标完成情况分析”）与这样的未达标并存，同样报告；无论写在正文，还是写在自评表的作答格（年度总体目标的实际完成情况、偏差原因分析），也无论表格是哪种版式。“存在的问题（及原因）”一节写“无”或只写一句没有问题（“本项目不存在问题。”“暂无其他问题。”；前面另有一句话的，如“资金支付进度滞后；暂无其他问题”，已写了内容，不算），而报告唯一的自评表中有指标未达到目标并因此扣分的，也报告；正文未写出未达标时，这样的指标同样是“未完成的绩效目标：无”和“各项绩效目标均已完成”的反证；对称目标均已完成的句子，该表中以不等式写出目标而实际未达到的任何一行（“≥50公里”对“42公里”）都是反证，表中没有分值列、看不出扣分的也算。没有数字上的未达标时，称目标均已完成、而报告自己的“存在的问题”写明有工作尚未完成（“有1个标段……尚未完成竣工验收”“未达到”）的，也报告；表示决心的句子（“确保各项目标全部完成”）不算声称。只称某一类指标均已完成的（“各项效益指标均已全部完成”），只与自评表中该类指标的未达标对照（效益指标未达标才算，产出指标未达标不算）。自评表没有未达标的指标时，“存在的问题”写“无”、而自评表“年度资金总额”一行有大量资金未支出的（执行数 ÷ 全年预算数低于 90%：预算 85 万元只支出 68 万元、其余结转下年），也报告：这是自评表本身预算执行指标的差距，应在该节说明。没有自评表的报告按正文同样核对：在单列一项中设定的目标（“（二）项目绩效目标”“绩效目标：建设资金支付240万元”），在另一项中以相同字样报告的完成数未达到（“（一）项目完成情况”“1.建设资金支付96.50万元”）——上限型目标（“控制在……以内”、成本）和年内某一时点的完成数不算未达到——或正文所写唯一一组预算数与执行数（“全年预算数150万元，执行数96万元”）执行率低于上述界限的，同样报告；预算数与执行数分写在不同部分（“项目概况”写“全年预算数239万元”，“执行情况”写“项目实际支出87.06万元”）、各只写一次且都是项目全年的数（不是其中一部分、某一批次、某个子项或年内某一时点的数）的，也照此核对；写作“安排支出共计……”的，只有同一句写明余款转入下年（“余款安排下年支出”）、可确定是已支出的金额时才计入，此时“安排……共计……”的全年安排数作为预算数。这类报告的“存在的问题”一项写“无”、即使因 PDF 提取而与前一段连在一起（“……等级为良。 五、存在的问题和建议 无”），也计入。

    ## 为什么要改
    这一项是单位列出未实现的目标及其原因的地方；写“无”与报告自己的数字相矛盾，也向阅读报告的财政部门隐瞒了差距。

    ## 示例
    {example}

    ## 应改为
    {use_instead}

    ## 选项
    - `execution_below`（默认 90）：执行率（%）低于此值时，未支出的资金与“存在的问题：无”相矛盾。
    """

    code = "B315"
    name = "unmet-target-denied"
    family = "boilerplate"
    severity = Severity.warning
    default_options = {"execution_below": 90}
    title = {"zh": "写明目标未完成却称“未完成的绩效目标：无”", "en": "Unmet targets answered 无 despite a stated miss"}
    messages = {
        "denied": {
            "zh": "“{heading}”写“无”，但第 {line} 行写明目标 {target}、实际 {actual}，未达到目标",
            "en": "'{heading}' is answered 无, yet line {line} gives the target {target} and the actual {actual}, "
                  "which falls short",
        },
        "claimed": {
            "zh": "称“{heading}”，但第 {line} 行写明目标 {target}、实际 {actual}，未达到目标",
            "en": "Says '{heading}', yet line {line} gives the target {target} and the actual {actual}, "
                  "which falls short",
        },
        "problems_denied": {
            "zh": "“{heading}”一节称没有问题（“{text}”），但第 {line} 行自评表中目标 {target}、实际 {actual}，未达到目标",
            "en": "the '{heading}' section states no problem ('{text}'), yet the form at line {line} gives the target "
                  "{target} and the actual {actual}, which falls short",
        },
        "claimed_unfinished": {
            "zh": "称“{heading}”，但第 {line} 行“存在的问题”写明“{text}”",
            "en": "Says '{heading}', yet the problems at line {line} say '{text}'",
        },
        "unspent_denied": {
            "zh": "“{heading}”一节称没有问题（“{text}”），但第 {line} 行自评表预算执行率仅 {rate}%"
                  "（执行 {actual}、预算 {budget}），未支出的资金未作说明",
            "en": "the '{heading}' section states no problem ('{text}'), yet the form at line {line} shows "
                  "only {rate}% of the budget spent ({actual} of {budget}), left unexplained",
        },
        "problems_denied_text": {
            "zh": "“{heading}”一节称没有问题（“{text}”），但第 {target_line} 行的目标为 {target}，第 {line} 行实际只完成 {actual}",
            "en": "the '{heading}' section states no problem ('{text}'), yet the target at line {target_line} is "
                  "{target} and line {line} reports only {actual}",
        },
        "denied_apart": {
            "zh": "“{heading}”写“无”，但第 {target_line} 行的目标为 {target}，第 {line} 行实际只完成 {actual}",
            "en": "'{heading}' is answered 无, yet the target at line {target_line} is {target} and line {line} "
                  "reports only {actual}",
        },
        "claimed_apart": {
            "zh": "称“{heading}”，但第 {target_line} 行的目标为 {target}，第 {line} 行实际只完成 {actual}",
            "en": "Says '{heading}', yet the target at line {target_line} is {target} and line {line} reports only {actual}",
        },
        "unspent_denied_text": {
            "zh": "“{heading}”一节称没有问题（“{text}”），但第 {line} 行写明预算 {budget}、执行 {actual}，"
                  "执行率仅 {rate}%，未支出的资金未作说明",
            "en": "the '{heading}' section states no problem ('{text}'), yet line {line} gives a budget of {budget} "
                  "and {actual} spent, only {rate}%, left unexplained",
        },
        "miss": {"zh": "未达到的目标", "en": "the target missed"},
        "aim": {"zh": "目标", "en": "the target"},
        "unspent": {"zh": "预算执行率", "en": "the execution rate"},
        "budget": {"zh": "预算数", "en": "the budget"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            claims = part_claims(part, [se for se in self_evaluations(doc) if se.part is part])
            # a claim of one kind of indicator (各项效益指标均已完成) is read against the form's
            # misses of that kind only: the prose's misses and problems do not say their kind
            kinds = {id(c): _kind_claimed(c.heading) for c in claims}
            denials = [("denied", d) for d in denied_unmet(part, part_item_titles(doc, part))] + \
                [("claimed", d) for d in claims if not kinds[id(d)]]
            misses = prose_misses(part) if denials else []
            if misses:
                yield from self._against_prose(denials, misses)
            of_kind = [("claimed", d) for d in claims if kinds[id(d)]]
            found = list(self._against_form(doc, ctx, part, ([] if misses else denials) + of_kind, kinds))
            yield from found
            if not misses and not found:
                unformed = list(self._without_form(doc, part, denials))
                yield from unformed
                if not unformed:
                    yield from self._against_problems(doc, part, [d for key, d in denials if key == "claimed"])

    def _without_form(self, doc: Document, part: Part, denials: list) -> Iterator[Diagnostic]:
        """A part without a 自评表 of its own, whose prose denies a shortfall (未完成的绩效目标：无,
        存在的问题：无, 各项目标均已完成) while its own figures show one: a target of one section
        reported short in another (绩效目标 240 万元 / 完成情况 96.50 万元), or a budget spent
        below the option's bound (预算 240 万元，执行 96.50 万元)."""
        if any(se.part is part for se in self_evaluations(doc)):
            return
        titles = part_item_titles(doc, part)
        problem_denials = denied_problems(part, titles)
        problems = [] if problem_denials or denials else part_problems(doc, part)
        if not (denials or problem_denials or problems):
            from perflint.extract.section_targets import inline_problem_denials

            problem_denials = inline_problem_denials(part)
        if not (denials or problem_denials or problems and all(denies(p.statement) for p in problems)):
            return
        from perflint.extract.section_targets import prose_execution, section_misses

        missed = section_misses(part)
        if missed:
            first = missed[0]
            where = first.text.locate(first.actual.start, first.actual.end)
            aim = first.target_text.locate(first.target.start, first.target.end)
            args = dict(line=where.line, target_line=aim.line, target=first.target.text.replace(" ", ""),
                        actual=first.actual.text.replace(" ", ""))
            related = [(m.text.locate(m.actual.start, m.actual.end), "miss") for m in missed[:3]] + [(aim, "aim")]
            for key, d in denials:
                yield self.diagnostic(f"{key}_apart", d.text.locate(d.start, d.end), related=related,
                                      heading=d.heading, **args)
            for d in problem_denials:
                yield self.diagnostic("problems_denied_text", d.text.locate(d.start, d.end), related=related,
                                      heading=d.heading, text=compact(d.text.value[d.start:d.end])[:30] or "无", **args)
            if not problem_denials and problems and not denials:
                yield self.diagnostic("problems_denied_text", problems[0].location, related=related,
                                      heading=problems[0].label, text=compact(problems[0].statement)[:30], **args)
            return
        spent = prose_execution(part)
        if spent is None or spent.rate >= Decimal(str(self.options["execution_below"])):
            return
        where = spent.text.locate(spent.actual.start, spent.actual.end)
        args = dict(line=where.line, rate=fmt(quantize(spent.rate, 2)), budget=spent.budget.text.replace(" ", ""),
                    actual=spent.actual.text.replace(" ", ""))
        related = [(where, "unspent")]
        if spent.budget_text is not None:  # the budget stated in another sentence, often another section
            related.append((spent.budget_text.locate(spent.budget.start, spent.budget.end), "budget"))
        for d in problem_denials:
            yield self.diagnostic("unspent_denied_text", d.text.locate(d.start, d.end), related=related,
                                  heading=d.heading, text=compact(d.text.value[d.start:d.end])[:30] or "无", **args)
        if not problem_denials and problems:
            yield self.diagnostic("unspent_denied_text", problems[0].location, related=related,
                                  heading=problems[0].label, text=compact(problems[0].statement)[:30], **args)

    def _against_problems(self, doc: Document, part: Part, claims: list) -> Iterator[Diagnostic]:
        """A claim that every target was met while the part's own 存在的问题 says something was
        not finished (南湖县有1个标段…尚未完成竣工验收): the report contradicts itself in words.
        A resolve (确保各项目标全部完成) is no claim."""
        claims = [c for c in claims if not _RESOLVE.search(c.text.value[max(0, c.start - 4):c.start])]
        if not claims:
            return
        for problem in part_problems(doc, part):
            statement = problem.statement
            cue = _UNFINISHED.search(statement)
            if cue is None or denies(statement):
                continue
            where = problem.text.locate(problem.start + cue.start(), problem.start + cue.end())
            clause = compact(_sentence_around(statement, cue.start(), cue.end()))
            for c in claims:
                yield self.diagnostic("claimed_unfinished", c.text.locate(c.start, c.end), related=[(where, "miss")],
                                      heading=c.heading, line=where.line, text=clause)
            return

    def _against_prose(self, denials, misses) -> Iterator[Diagnostic]:
        first = misses[0]
        where = first.text.locate(first.actual.start, first.actual.end)
        for key, d in denials:
            yield self.diagnostic(
                key, d.text.locate(d.start, d.end),
                related=[(m.text.locate(m.actual.start, m.actual.end), "miss") for m in misses[:3]],
                heading=d.heading, line=where.line, target=first.target.text.replace(" ", ""),
                actual=first.actual.text.replace(" ", ""),
            )

    def _against_form(self, doc: Document, ctx: Context, part: Part, unproven: list,
                      kinds: dict[int, str | None]) -> Iterator[Diagnostic]:
        """存在的问题 answered 无 in a report whose one 自评表 shows an indicator that missed its
        target and lost points for it (a report with several forms may speak of another's). The
        form is read first: most parts have no such miss, and then no heading is looked for.
        ``unproven``: the part's denials and claims its prose gives no miss against."""
        facts = [f for f in form_facts(doc, ctx) if f.se.part is part]
        if len(facts) != 1:
            return
        misses = [m for m in facts[0].misses if m.verdict == "missed" and _lost_points(m.indicator)]
        # a claim that every target was met is answered by any row short of a bound target
        # (≥50公里 beside 42公里), whether or not the form shows the points it lost
        short = [m for m in facts[0].misses if m.verdict == "missed" and _bound_target(m.indicator)]
        if not misses:
            yield from self._unspent(doc, part, facts[0].se)
            if not (short and any(key == "claimed" for key, _ in unproven)):
                return
        denials = [("denied", d) for d in denied_problems(part, part_item_titles(doc, part))] if misses else []
        denials += unproven if misses else [(key, d) for key, d in unproven if key == "claimed"]
        for key, d in denials:
            kind = kinds.get(id(d))
            against = misses if key == "denied" else (misses or short)
            of_kind = [m for m in against if kind in m.indicator.level1 + m.indicator.level2] if kind else against
            if not of_kind:
                continue  # 各项产出指标均已完成 beside a missed 效益 indicator: no contradiction
            yield self.diagnostic(
                key, d.text.locate(d.start, d.end), related=[(m.location, "miss") for m in of_kind[:3]],
                heading=d.heading, line=of_kind[0].location.line, target=show(of_kind[0].indicator.target),
                actual=show(of_kind[0].indicator.actual),
            )
        if denials or not misses:
            return
        first = misses[0].indicator
        where = misses[0].location
        related = [(m.location, "miss") for m in misses[:3]]
        problems = part_problems(doc, part)
        if problems and all(denies(p.statement) for p in problems):
            # the section says in a sentence that there is none (本项目不存在问题。)
            yield self.diagnostic(
                "problems_denied", problems[0].location, related=related, heading=problems[0].label,
                text=compact(problems[0].statement)[:30], line=where.line, target=show(first.target),
                actual=show(first.actual),
            )


    def _unspent(self, doc: Document, part: Part, se) -> Iterator[Diagnostic]:
        """存在的问题 answered 无 (or a sentence saying there is none) in a report whose one
        自评表 shows a large part of the year's money unspent: an execution rate below the
        option's bound (90%) is a shortfall of the form's own budget indicator."""
        row = next((b for b in se.budget if b.role == "total"), se.budget[0] if se.budget else None)
        rate = _execution_rate(row) if row is not None else None
        if rate is None or rate >= Decimal(str(self.options["execution_below"])):
            return
        where = (row.rate or row.actual).cell.text.locate()
        args = dict(line=where.line, rate=fmt(quantize(rate, 2)), budget=show(row.budget), actual=show(row.actual))
        denials = denied_problems(part, part_item_titles(doc, part))
        for d in denials:
            yield self.diagnostic("unspent_denied", d.text.locate(d.start, d.end), related=[(where, "unspent")],
                                  heading=d.heading, text=compact(d.text.value[d.start:d.end])[:30] or "无", **args)
        if denials:
            return
        problems = part_problems(doc, part)
        if problems and all(denies(p.statement) for p in problems):
            yield self.diagnostic("unspent_denied", problems[0].location, related=[(where, "unspent")],
                                  heading=problems[0].label, text=compact(problems[0].statement)[:30], **args)


def _execution_rate(row) -> Decimal | None:
    """The budget row's 执行率 in percent: its actual over its budget (the rate cell may be
    left blank or computed otherwise), else the rate cell as written."""
    budget = row.budget.quantity if row.budget is not None else None
    actual = row.actual.quantity if row.actual is not None else None
    if budget is not None and actual is not None and budget.relation is None and actual.relation is None \
            and budget.value > 0:
        return actual.value / budget.value * 100
    rate = row.rate.quantity if row.rate is not None else None
    return rate.value if rate is not None and rate.relation is None else None


def _kind_claimed(claim: str) -> str | None:
    """The kind of indicator a claim speaks of alone (各项效益指标均已完成 -> 效益), or None."""
    return next((k for k in phrases()["indicator_categories"] if k in claim), None)


# A problem saying that work was not finished or a target not reached.
_UNFINISHED = lazy_compile(r"(?:尚未|仍未|未能|没有|未)(?:全部|按期|如期|按时)?(?:完成|完工|竣工|达到|达标|实现|通过验收)")
_RESOLVE = lazy_compile(r"确保|力争|争取|努力|力求|将|要")


def _sentence_around(text: str, start: int, end: int, reach: int = 40) -> str:
    """The sentence (or list item) of ``text`` that holds ``start:end``, at most ``reach``
    characters before it, up to the end of the clause."""
    lo = max(max(text.rfind(c, 0, start) for c in "。；;") + 1, start - reach)
    ends = [i for i in (text.find(c, end) for c in "。；;，,") if i >= 0]
    return text[lo:min(ends) if ends else len(text)]


def _bound_target(ind) -> bool:
    """Whether the indicator's target is a bound (≥50公里, <5%): its direction is written, not guessed."""
    target = ind.target.quantity if ind.target is not None else None
    return target is not None and target.relation in ("≥", ">", "≤", "<")


def _lost_points(ind) -> bool:
    return ind.weight is not None and ind.score is not None and ind.score.value is not None \
        and ind.score.value < ind.weight
