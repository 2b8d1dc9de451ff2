"""C701: the narrative's 自评得分 or the form's header 总分 differs from the form's 总分 row."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.budget_statements import score_year
from perflint.extract.wording import text_facts
from perflint.model import Document, Heading, Paragraph
from perflint.text.numbers import fmt

from ._forms import form_for, forms, linker_of, score_value


class ScoreMismatch(Check):
    """## What it does
    Compares three statements of one 自评 score: the narrative's `自评得分 N 分`, the `总分：N`
    written above the 自评表 and the 总分 row at its bottom. The narrative is matched to its form
    by the project's name, else by position. In a department report, its 自评得分 is compared
    with the part's only form when that is the 部门整体 form (not where the sentence names a project).
    A narrative score that is the form's rounded at its own last digit (`99.6` for a 总分 of
    99.63) agrees with it; full marks (`100`) never round a 总分 below 100 (`99.52`). A form
    with neither 总分 is read by the sum of its scores, where every indicator is scored, the
    indicators cover the 产出, 效益 and 满意度 groups (the whole scoring table, not an excerpt), any
    weights shown add up to 100 and the sum is a score (60–100): a warning, as the sum stands in
    for a 总分 the form does not write.

    ## Why is this bad?
    The score decides the 评价等次 and is what readers quote. Two different scores for one form
    mean one was not updated after a correction — or was copied from another project's report.

    ## Example
    ```text
    某县水利局2023年度农村饮水安全项目绩效自评报告
    一、自评结论
    农村饮水安全项目自评得分 96 分。
    二、农村饮水安全项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 40 | 38 | 95% | 9.5 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 新建供水站 | ≥4座 | 4座 | 50 | 50 |
    | 效益指标 | 社会效益指标 | 受益人口 | ≥8000人 | 8200人 | 40 | 40 |
    | 总分 | 99.5 |
    ```
    The narrative says 96, the form's 总分 is 99.5.

    ## Use instead
    ```text
    某县水利局2023年度农村饮水安全项目绩效自评报告
    一、自评结论
    农村饮水安全项目自评得分 99.5 分。
    二、农村饮水安全项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 40 | 38 | 95% | 9.5 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 新建供水站 | ≥4座 | 4座 | 50 | 50 |
    | 效益指标 | 社会效益指标 | 受益人口 | ≥8000人 | 8200人 | 40 | 40 |
    | 总分 | 99.5 |
    ```
    State one score everywhere (the sum of the form's scores).
    """

    doc_zh = """## 它检查什么
    比较同一个自评得分的三处表述：正文的“自评得分 N 分”、自评表上方的“总分：N”和表底的“总分”行。正文按项目名称与自评表对应，名称对不上时按先后位置对应。部门整体支出自评报告中，正文自评得分与该部分唯一的部门整体支出自评表比较（句中提到某个项目的除外）。正文得分是自评表总分按正文所写位数四舍五入的（总分 99.63，正文写 99.6），视为一致；但满分 100 分不是低于 100 的总分（99.52）四舍五入的结果。自评表既无表头总分也无总分行的，以各项得分之和作为总分比较：须每个指标都有得分、指标涵盖产出、效益和满意度各类（整张评分表，而不是摘录）、表中写有分值时分值合计为 100、得分之和在 60 到 100 之间；这种情况为 warning，因为和只是代替表中没写的总分。

    ## 为什么要改
    得分决定评价等次，也是读者引用的数字。同一张表有两个不同得分，说明有一处在更正后没有同步修改，或是从别的项目报告抄来的。

    ## 示例
    {example}
    正文写 96 分，自评表总分为 99.5 分。

    ## 应改为
    {use_instead}
    各处写同一个得分（以自评表各项得分之和为准）。
    """

    code = "C701"
    name = "score-mismatch"
    family = "consistency"
    severity = Severity.error
    title = {"zh": "自评得分前后不一致", "en": "Self-evaluation score stated differently"}
    messages = {
        "narrative": {
            "zh": "正文自评得分 {stated} 分，而自评表总分为 {total} 分（第 {line} 行）",
            "en": "the narrative states a score of {stated}, but the form's 总分 is {total} (line {line})",
        },
        "header": {
            "zh": "表头总分 {header} 分，而表底总分行为 {total} 分（第 {line} 行）",
            "en": "the header says 总分 {header}, but the 总分 row at the bottom is {total} (line {line})",
        },
        "summed": {
            "zh": "正文自评得分 {stated} 分，而自评表没有总分行，各项得分之和为 {total} 分（第 {first}–{last} 行）",
            "en": "the narrative states a score of {stated}, but the form, which has no 总分 row, scores "
                  "{total} in all (lines {first}–{last})",
        },
        "see_total": {"zh": "自评表总分", "en": "the form's 总分"},
        "see_first": {"zh": "第一项得分", "en": "the first score"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        all_forms = forms(doc, ctx)
        for se in all_forms:
            header, total = score_value(se.header_total), score_value(se.total)
            if header is not None and total is not None and header != total:
                where = se.total.cell.text.locate()
                yield self.diagnostic("header", se.header_total.cell.text.locate(), related=[(where, "see_total")],
                                      header=fmt(header), total=fmt(total), line=where.line)
        for part in doc.parts:
            linker = linker_of(doc, part)
            fiscal_year = ctx.fiscal_year_of(part)
            statements = []
            for block in part.blocks:
                if isinstance(block, (Paragraph, Heading)):
                    for q in text_facts(block.text.value).self_scores:
                        year = score_year(block.text.value, q)
                        if year is None or year == fiscal_year or fiscal_year is None:
                            statements.append((block, q))  # (2022年度自评得分95分 beside 2023's: last year's)
            lines = [b.text.locate(q.start).line for b, q in statements]
            for (block, q), line in zip(statements, lines, strict=True):
                se = form_for(linker, block, block.text.value, q.start, line, lines, unit_form=True)
                if se is None:
                    continue
                header, total = score_value(se.header_total), score_value(se.total)
                shown = [v for v in (total, header) if v is not None]
                if not shown:
                    summed = _scores_sum(se)
                    if summed is not None and not _rounds_to(q, summed):
                        first, last = _summed_rows(se)
                        yield self.diagnostic(
                            "summed", block.text.locate(q.start, q.end), severity=Severity.warning,
                            related=[(first.text.locate(), "see_first")], stated=fmt(q.value), total=fmt(summed),
                            first=first.text.locate().line, last=last.text.locate().line)
                    continue
                if any(_rounds_to(q, v) for v in shown):
                    continue
                fig = se.total if total is not None else se.header_total
                where = fig.cell.text.locate()
                yield self.diagnostic("narrative", block.text.locate(q.start, q.end), related=[(where, "see_total")],
                                      stated=fmt(q.value), total=fmt(shown[0]), line=where.line)


_GROUPS = ("产出", "效益", "满意")  # the level-1 groups every whole scoring table has


def _scored(se) -> list:
    """The score cells of a form read as a whole: its indicators' and its total budget row's."""
    rows = [i.score for i in se.indicators]
    totals = [b for b in se.budget if b.role == "total"] or (se.budget if len(se.budget) == 1 else [])
    return rows + [b.score for b in totals]


def _scores_sum(se):
    """The sum of a whole scoring table's scores (None where the form is not known to be whole)."""
    if len(se.indicators) < 5 or not all(any(g in i.level1 for i in se.indicators) for g in _GROUPS):
        return None
    scores = _scored(se)
    if any(f is None or f.quantity is None or f.quantity.kind == "percent" for f in scores):
        return None
    weights = [i.weight for i in se.indicators if i.weight is not None]
    if weights and sum(weights) + sum(b.weight or 0 for b in se.budget if b.role == "total") != FULL_MARKS:
        return None
    total = sum(f.quantity.value for f in scores)
    return total if 60 <= total <= FULL_MARKS else None


def _summed_rows(se):
    """The first and last score cells the sum reads."""
    cells = [f.cell for f in _scored(se)]
    ordered = sorted(cells, key=lambda c: c.text.locate().line)
    return ordered[0], ordered[-1]


def _rounds_to(q, value) -> bool:
    """Whether the stated score is the form's, or the form's rounded to the digits it shows
    (`自评得分99.6分` for a 总分 of 99.63): rounding at the last digit shown is no other score.
    Full marks are never a rounding (`自评得分100分` for a 总分 of 99.52 claims points the form
    did not award)."""
    if q.value == FULL_MARKS and value < FULL_MARKS:
        return False
    return q.value == value or abs(q.value - value) < q.half_unit  # 100 for 99.5 claims full marks


FULL_MARKS = 100
