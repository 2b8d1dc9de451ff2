"""A124: a 自评表 总分 that is not the sum of its scores."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, half, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import only_cells_above
from perflint.model import Document


class TotalScoreMismatch(Check):
    """## What it does
    Adds the budget-execution score and every indicator's 得分 of a 自评表 and compares the sum
    with the 总分 row. When no budget row of the form was read and the scores fall short of the
    total, the finding is a warning: the budget block's points may stand where the reader did
    not take them as the form's (a header pasted above the table).

    ## Why is this bad?
    总分 decides the 评价等次 and is quoted in the narrative; a total that is not the sum of the
    scores is either a typo or a score changed in one place only.

    ## Example
    ```text
    某县农技站2023年度农技推广项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 27 | 90% | 9 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标（60分） | 数量指标 | 培训期数 | ≥10期 | 12期 | 60 | 60 |
    | 效益指标（30分） | 社会效益指标 | 受训农户增收户数 | ≥100户 | 120户 | 30 | 30 |
    | 总分 | 100 |
    ```
    9 + 60 + 30 = 99.

    ## Use instead
    ```text
    某县农技站2023年度农技推广项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 27 | 90% | 9 |
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标（60分） | 数量指标 | 培训期数 | ≥10期 | 12期 | 60 | 60 |
    | 效益指标（30分） | 社会效益指标 | 受训农户增收户数 | ≥100户 | 120户 | 30 | 30 |
    | 总分 | 99 |
    ```
    Or correct the score that is wrong.
    """

    doc_zh = """## 它检查什么
    把自评表的预算执行得分与每个指标的得分相加，与“总分”一行比较。表中未读到任何预算执行行、而各项得分之和小于总分时，以 warning 级别报告：预算执行部分的分数可能在读取时未归入本表（如表头粘贴在表格之外）。

    ## 为什么要改
    总分决定评价等次，还会被正文引用；总分不等于各项得分之和，要么是笔误，要么是某项得分只在一处改了。

    ## 示例
    {example}
    9 + 60 + 30 = 99。

    ## 应改为
    {use_instead}
    或改正写错的那一项得分。
    """

    code = "A124"
    name = "total-score-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "总分不等于各项得分之和", "en": "Total score is not the sum of the scores"}
    messages = {
        "mismatch": {
            "zh": "总分 {stated} 与各项得分之和不符：{terms} = {computed}",
            "en": "total score {stated} ≠ sum of the scores: {terms} = {computed}",
        },
        "first": {"zh": "第一项得分", "en": "first score"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            if form.total is None or form.total.quantity is None or not form.indicators:
                continue
            # a budget row scored "—" or "/" (the 其中 rows under 资金总额) carries no score
            scores = [b.score for b in form.budget if b.score is not None and not _unscored(b.score)]
            scores += [i.score for i in form.indicators if i.score is not None]
            if len(scores) < 2 or any(s.quantity is None for s in scores):
                continue
            if any(i.score is None for i in form.indicators):
                continue  # an indicator without a score: the sum would be partial
            if form.table.kind == "stream" and not _complete(form):
                continue  # read from a broken layout: rows may be missing unless the weights make 100
            total = sum((s.quantity.value for s in scores), Decimal(0))
            tolerance = sum((half(s.quantity) for s in scores), Decimal(0)) + half(form.total.quantity)
            if abs(total - form.total.quantity.value) <= tolerance:
                continue
            if total < form.total.quantity.value and not form.budget and only_cells_above(doc, form.table.line):
                continue  # the text opens in the form: the budget block's score is above the cut (or cut open)
            decimals = max(s.quantity.decimals for s in scores)
            # no budget row read and the scores fall short: the 预算执行 block most forms score
            # (10 or 20 points) may stand where the reader did not take it as the form's
            severity = Severity.warning if total < form.total.quantity.value and not form.budget else None
            yield self.diagnostic(
                "mismatch", where(form.total), severity=severity, related=[(where(scores[0]), "first")],
                stated=form.total.text, terms=" + ".join(s.text for s in scores),
                computed=shown(total, places=decimals),
            )


def _unscored(score) -> bool:
    """A score cell holding a dash or slash, no figure: the row is not scored."""
    return score.quantity is None and not any(ch.isdigit() for ch in score.text)


def _complete(form) -> bool:
    """A form read as a stream of cells is whole when its weights (budget + indicators) make 100."""
    weights = [b.weight for b in form.budget if b.role == "total" and b.weight is not None][:1]
    weights += [i.weight for i in form.indicators]
    return all(w is not None for w in weights) and sum(weights, Decimal(0)) == 100
