"""A121: an 执行率 that is not 执行数 ÷ 预算数."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.checks.arithmetic._scoring import forms, percent_of, percent_range, shown, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document
from perflint.text.numbers import rate_reach


class ExecutionRateMismatch(Check):
    """## What it does
    Recomputes the 执行率 of each 预算执行情况 row of a 自评表 as 执行数 (B) ÷ 预算数 (A) and
    compares it with the rate the form states. A rate written as a fraction (0.9 for 90%, a
    spreadsheet's cell format) is read as the same rate. A row with nothing budgeted and
    nothing spent whose rate is filled in (`0 | 0 | 100%`) is a warning: 0 ÷ 0 is no rate. So is
    a bare figure in the rate's place that is the row's own budget or spending (`6.84 | 6.84 |
    6.84`, a form whose 预算安排 / 到位 / 执行 columns each repeat their label): an amount stands
    there, not a rate computed wrong; and so is one that is the row's own 得分 or 分值 (`880 880 880
    10 10` under six columns, the 执行率 cell blank and lost: the row read one column off). A figure filled in 元 under the form's 万元 that the row's own
    rate or another figure of the block shows to be 10⁴ too large is left to U401.
    A rate that truncating or rounding up the computed rate gives (less than one unit of its last
    digit off) is a 尾数差异; one that no value of the figures within their own rounding reaches
    by any rounding (`27 | 30 | 91%`) is an error.

    ## Why is this bad?
    The execution rate drives the budget-execution score (weight × 执行率). A rate copied from
    another row or typed by hand gives the project points it did not earn.

    ## Example
    ```text
    某县文化馆2023年度群众文艺培训项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 27 | 95% | 9.5 |
    ```
    27 ÷ 30 = 90%, not 95%.

    ## Use instead
    ```text
    某县文化馆2023年度群众文艺培训项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 30 | 27 | 90% | 9 |
    ```
    """

    doc_zh = """## 它检查什么
    对自评表“预算执行情况”的每一行，按“执行数（B）÷ 预算数（A）”重新计算执行率，与表中所填执行率比较。执行率写成小数（0.9 表示 90%，电子表格的单元格格式）视为同一个数。预算数、执行数均为 0 却填了执行率的行（“0 | 0 | 100%”）以 warning 级别报告：0 ÷ 0 没有执行率。执行率位置上是一个不带“%”、且等于本行预算数或执行数的数（“6.84 | 6.84 | 6.84”，预算安排、到位、执行各栏各带标签的表式），同样以 warning 级别报告：那里是金额，而不是算错的执行率；等于本行得分或分值的（六栏表头下的“880 880 880 10 10”，执行率一格留空并在转成文字时丢失），同样以 warning 级别报告：本行被错位一栏读取。在万元表中以元填列、由本行执行率或本表另一数字可见大了 10⁴ 倍的数字，交由 U401 报告。截尾或进位可得的执行率（与计算值相差不到末位的一个单位）为尾数差异；各数字在其自身舍入范围内无论怎样舍入都得不到的（“27 | 30 | 91%”），为错误。

    ## 为什么要改
    执行率决定预算执行得分（分值 × 执行率）。从别的行抄来或手工填写的执行率，会让项目得到本不该得的分。

    ## 示例
    {example}
    27 ÷ 30 = 90%，不是 95%。

    ## 应改为
    {use_instead}
    """

    code = "A121"
    name = "execution-rate-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "执行率与执行数÷预算数不符", "en": "Execution rate is not actual ÷ budget"}
    messages = {
        "mismatch": {
            "zh": "执行率 {stated} 与执行数÷预算数不符：{actual} ÷ {budget} = {computed}%",
            "en": "execution rate {stated} does not match actual ÷ budget: {actual} ÷ {budget} = {computed}%",
        },
        "zero": {
            "zh": "预算数、执行数均为 0，执行率无从计算，不应填 {stated}（可填“/”或不填）",
            "en": "budget and spending are both 0: there is no execution rate to state ({stated}); leave it blank or write “/”",
        },
        "budget": {"zh": "预算数 {budget}", "en": "budget {budget}"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            for row in form.budget:
                if not (row.budget and row.actual and row.rate and row.rate.quantity):
                    continue
                computed = percent_of(row.actual, row.budget)
                if computed is None:
                    if _nothing_over_nothing(row):
                        yield self.diagnostic("zero", where(row.rate), severity=Severity.warning,
                                              related=[(where(row.budget), "budget")], stated=row.rate.text,
                                              budget=row.budget.text)
                    continue
                ratio, err = computed
                stated = row.rate.quantity
                low, high = percent_range(row.actual, row.budget) or (ratio - err, ratio + err)
                reach = rate_reach(stated.value, stated.decimals, low, high)
                if reach is None:
                    continue
                if not stated.is_percent and 0 < stated.value <= 1 \
                        and abs(stated.value * 100 - ratio) <= err + 100 * stated.half_unit:
                    continue  # 0.9: the rate written as a fraction (a spreadsheet's cell format)
                severity = Severity.rounding if reach == "rounding" else None
                if severity is None and _filled_in_yuan(form, row):
                    continue  # a figure in 元 under the form's 万元, and the rate right once read so: U401's
                if severity is None and (_an_amount_of_the_row(row) or _a_score_of_the_row(row)):
                    severity = Severity.warning  # the row's amount or score in the rate's place: read, or typed, there?
                yield self.diagnostic(
                    "mismatch", where(row.rate), severity=severity, related=[(where(row.budget), "budget")],
                    stated=row.rate.text, actual=row.actual.text, budget=row.budget.text,
                    computed=shown(ratio, row.rate),
                )


def _filled_in_yuan(form, row) -> bool:
    from perflint.extract.budget_scales import budget_scale_slip

    return budget_scale_slip(form, row) is not None


def _an_amount_of_the_row(row) -> bool:
    """A bare figure (no %) in the rate's place that is the row's own budget or spending
    (``其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.84`` under 预算安排 / 到位 / 执行
    columns, no 执行进度 cell): an amount, not a rate someone computed wrong; whether the form
    or its reading put it there, the mismatch is not certain."""
    r = row.rate.quantity
    if r.is_percent or r.unit is not None or r.value == 100:
        return False
    return any(f is not None and f.quantity is not None and f.quantity.value == r.value for f in (row.budget, row.actual))


def _a_score_of_the_row(row) -> bool:
    """A bare figure (no %) in the rate's place that is the row's own 得分 or 分值 (``880 880 880
    10 10`` under six columns, its 执行率 cell blank and lost, read from the right): the row read
    one column off, not a rate computed wrong."""
    r = row.rate.quantity
    if r.is_percent or r.unit is not None:
        return False
    return any(f is not None and f.quantity is not None and f.quantity.value == r.value
               for f in (row.score, row.weight_figure))


def _nothing_over_nothing(row) -> bool:
    """A row with no money budgeted and none spent whose rate is filled in anyway (0 | 0 | 100%)."""
    a, b, r = row.actual.quantity, row.budget.quantity, row.rate.quantity
    return a is not None and b is not None and a.value == 0 and b.value == 0 and r.value > 0
