"""B302: 总分 100 with every indicator at full score, while the report lists problems."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.form_answers import score_sheet_total
from perflint.extract.narrative_scores import narrative_scores
from perflint.extract.problems import Problem, has_problems, part_problems, states_no_problem, states_problem
from perflint.model import Document
from perflint.text.normalise import compact
from perflint.text.numbers import fmt

from ._facts import FULL_MARKS, FormFacts, form_facts

_FULL_RATE = Decimal("99.5")  # a rate shown as 100 % when rounded to the whole percent


class FullMarksDespiteProblems(Check):
    """## What it does
    Finds a 自评表 that awards full marks — 总分 100, every indicator and the budget
    execution at their weight, a narrative 自评得分 (if any) of 100 — while the narrative of the
    same project lists problems under `存在的问题` / `发现的问题及原因`; likewise a 评分表
    whose 总分 row gives 100 of 100 in a report that lists problems, and a 自评报告 given
    without its 自评表 whose own `自评得分` is 100 while it lists problems, or while its own
    statement of the year's budget and spending shows money left unspent (`全年预算数 40 万元，执行数
    36 万元`: 90 %, and the budget execution's points go by the rate).

    ## Why is this bad?
    A problem the unit itself reports is a shortfall against some target or some management
    requirement; a form that still gives every point is not a self-evaluation but a
    formality, and the finance bureau will read it as such.

    ## Example
    ```text
    某县剧团2023年度送戏下乡经费绩效自评报告
    一、存在的问题
    一是演出场地条件较差；二是偏远村组观众偏少。
    二、送戏下乡经费项目绩效自评表
    | 预算执行情况（万元）（20分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 36 | 36 | 100% | 20 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 巡回演出场次 | ≥20场 | 24场 | 40 | 40 |
    | 效益指标 | 社会效益指标 | 观众人次 | ≥8000人次 | 8600人次 | 40 | 40 |
    | 总分 | 100 |
    ```

    ## Use instead
    ```text
    某县剧团2023年度送戏下乡经费绩效自评报告
    一、存在的问题
    一是演出场地条件较差；二是偏远村组观众偏少。
    二、送戏下乡经费项目绩效自评表
    | 预算执行情况（万元）（20分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 36 | 36 | 100% | 20 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 巡回演出场次 | ≥20场 | 24场 | 40 | 40 |
    | 效益指标 | 社会效益指标 | 观众人次 | ≥8000人次 | 7600人次 | 40 | 38 |
    | 总分 | 98 |
    | 偏差大或目标未完成原因分析 | 偏远村组观众偏少，观众人次未达目标。 |
    ```
    Write the actual values the problems left, deduct the points and explain them; or explain why the problems did not affect any target.
    """

    doc_zh = """## 它检查什么
    查找给了满分的自评表——总分 100、每个指标和预算执行都得满分、正文自评得分（如有）为 100——而同一项目的正文在“存在的问题”“发现的问题及原因”下列出了问题；报告列出问题而评分表总分为 100 分（满分 100）的，以及未附自评表、正文自评得分为 100 分却列出问题，或正文自己所列的全年预算数和执行数表明资金未执行完（“全年预算数 40 万元，执行数 36 万元”，执行率 90%，而预算执行按执行率计分）的自评报告，同样报告。

    ## 为什么要改
    单位自己列出的问题，就是某项目标或管理要求上的差距；仍然给满分的自评表不是自我评价而是走过场，财政部门也会这样看待它。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    按问题造成的差距如实填写实际值、扣分并说明原因；或说明这些问题为何没有影响任何目标。
    """

    code = "B302"
    name = "full-marks-despite-problems"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "满分却列出存在问题", "en": "Full marks despite listed problems"}
    messages = {
        "full": {
            "zh": "自评表总分 100、各项满分，但报告列出存在的问题：“{problem}”（第 {line} 行）",
            "en": "the form gives full marks (total 100) but the report lists problems: '{problem}' (line {line})",
        },
        "sheet": {
            "zh": "评分表总分 {score} 分（满分），但报告列出存在的问题：“{problem}”（第 {line} 行）",
            "en": "the score sheet gives full marks ({score}) but the report lists problems: '{problem}' (line {line})",
        },
        "narrative": {
            "zh": "正文自评得分 {score} 分（满分），但报告列出存在的问题：“{problem}”（第 {line} 行）",
            "en": "the narrative gives full marks ({score}) but the report lists problems: '{problem}' (line {line})",
        },
        "unspent": {
            "zh": "正文自评得分 {score} 分（满分），但正文所列预算 {budget}、执行 {actual}，执行率 {rate}%，预算执行不可能得满分",
            "en": "the narrative gives full marks ({score}) but its own figures show budget {budget}, spent {actual} "
                  "({rate}%): the budget execution cannot score in full",
        },
        "see": {"zh": "存在的问题", "en": "the problems"},
        "spent": {"zh": "执行数", "en": "the amount spent"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        forms = form_facts(doc, ctx)
        for facts in forms:
            diag = self._form(facts)
            if diag is not None:
                yield diag
        yield from self._score_sheets(doc, forms)
        yield from self._narratives(doc, forms)

    def _narratives(self, doc: Document, forms: list[FormFacts]) -> Iterator[Diagnostic]:
        """A 自评报告 without its 自评表 in the text (attached elsewhere) whose own 自评得分 is 100
        while it lists problems: every score the part states is 100, and its problem section
        names a shortcoming."""
        with_form = {id(f.se.part) for f in forms}
        for part in doc.parts:
            if id(part) in with_form:
                continue  # the form's reading judges it
            scores = narrative_scores(part)
            if not scores or any(s.quantity.value != FULL_MARKS for s in scores):
                continue
            stated = [p for p in part_problems(doc, part) if states_problem(p)]
            if not stated or states_no_problem(stated):
                yield from self._unspent(part, scores[0])
                continue
            yield self._report(scores[0].location, stated, "narrative", score=fmt(scores[0].quantity.value))

    def _unspent(self, part, score) -> Iterator[Diagnostic]:
        """The narrative's one statement of the year's budget and spending shows money left unspent
        (a rate below 99.5 %, so not a rounding of 100 %) while its 自评得分 is 100: the budget
        execution's points, given in proportion to the rate, cannot all have been earned."""
        from perflint.extract.section_targets import prose_execution  # imported on use (cold start)

        spent = prose_execution(part)
        if spent is None or spent.budget_text is not None or not spent.rate < _FULL_RATE:
            return
        yield self.diagnostic("unspent", score.location, related=[(spent.text.locate(spent.actual.start, spent.actual.end), "spent")],
                              score=fmt(score.quantity.value), budget=spent.budget.text.strip(),
                              actual=spent.actual.text.strip(), rate=fmt(round(spent.rate, 1)))

    def _score_sheets(self, doc: Document, forms: list[FormFacts]) -> Iterator[Diagnostic]:
        """评分表 (整体支出绩效评价评分表) whose 总分 row gives 100 of 100."""
        read = {id(f.se.table) for f in forms if f.se.total is not None}
        with_total = {id(f.se.part) for f in forms if f.se.total is not None}
        for part in doc.parts:
            if id(part) in with_total:
                continue  # the problems belong to those forms
            stated = [p for p in part_problems(doc, part)
                      if states_problem(p)]
            if not stated:
                continue
            for table in part.tables():
                if id(table) in read:
                    continue
                for row in table.rows:
                    cell = score_sheet_total(row)
                    if cell is None:
                        continue
                    yield self._report(cell.text.locate(), stated, "sheet", score=compact(cell.value))

    def _report(self, where, stated: list[Problem], key: str = "full", **extra: str) -> Diagnostic:
        first = stated[0]
        quote = compact(first.statement)
        if len(quote) > 30:
            quote = quote[:30] + "…"
        related = [(p.location, "see") for p in stated[:3]]
        return self.diagnostic(key, where, related=related, problem=quote, line=first.location.line, **extra)

    def _form(self, facts: FormFacts) -> Diagnostic | None:
        se = facts.se
        if facts.lost or not has_problems(facts.problems):
            return None
        totals = [f for f in (se.total, se.header_total) if f is not None and f.value is not None]
        if not totals or any(f.value != FULL_MARKS for f in totals):
            return None
        if any(ind.score is None or ind.score.value is None for ind in se.indicators):
            return None
        if any(s.quantity.value != FULL_MARKS for s in facts.scores):
            return None
        if not _all_at_weight(facts):
            return None
        stated = [p for p in facts.problems if states_problem(p)]
        return self._report(totals[0].cell.text.locate(), stated)


def _all_at_weight(facts: FormFacts) -> bool:
    """Every indicator with a known weight scores it; the budget part scores its weight."""
    se = facts.se
    for ind in se.indicators:
        if ind.weight is not None and ind.score is not None and ind.score.value != ind.weight:
            return False
    for b in se.budget:
        if b.weight is not None and b.score is not None and b.score.value is not None \
                and b.score.value != b.weight:
            return False
    return True
