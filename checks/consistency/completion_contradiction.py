"""C709: ``完成年初预算100%`` beside ``决算数大于预算数`` in one sentence; a form's 执行准确性
row that denies any gap beside its own execution rate far below 100%."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.claims import CompletionClaim, base_value
from perflint.extract.quantities import part_prose
from perflint.extract.selfeval import SelfEvaluation
from perflint.extract.wording import text_facts
from perflint.model import Document
from perflint.text.normalise import compact
from perflint.text.numbers import fmt, quantize
from perflint.text.patterns import lazy_compile


class CompletionContradiction(Check):
    """## What it does
    Finds a sentence that gives the share of the budget spent (`完成年初预算100%`) and says in
    the same breath that spending was above (or below) the budget in a way the share cannot allow:
    100% with `决算数大于预算数`, below 100% with `超过预算`, above 100% with `低于预算`, a rate a
    whole point or more from 100% with `决算数与预算数持平` (equal spending is 100%). When the
    sentence gives the amount and the difference, the share they imply is checked at the shown
    precision first, so a rounding to 100% stays quiet. A 转移支付 form's 资金管理情况 row
    `执行准确性` that denies any gap (`不存在执行数偏离预算数较多的问题`) while the same form's
    年度资金总额 spent less than 90% of its budget (1157.97 of 2000 万元) is reported too.

    ## Why is this bad?
    Spending above the budget is more than 100% of it. The two statements cannot both be true:
    either the rate was copied from a template or the direction (and its explanation) is wrong.

    ## Example
    ```text
    教育支出 1595.95 万元，完成年初预算 100%，决算数大于预算数，原因是人员工资调标。
    ```

    ## Use instead
    ```text
    教育支出 1595.95 万元，为年初预算的 103.3%，决算数大于预算数，原因是人员工资调标。
    ```
    """

    doc_zh = """## 它检查什么
    查找同一句中既给出预算完成比例（“完成年初预算100%”），又说支出高于（或低于）预算、而该比例不可能成立的情况：100% 却“决算数大于预算数”，低于 100% 却“超过预算”，高于 100% 却“低于预算”，与 100% 相差一个百分点以上却称“决算数与预算数持平”（两数相等即为 100%）。句中写明金额和差额时，先按显示精度核算它们对应的比例，因而四舍五入为 100% 的不报告。转移支付自评表“资金管理情况”中“执行准确性”一行称执行数未偏离预算（“不存在执行数偏离预算数较多的问题”），而同一张表的年度资金总额执行数不足预算数的 90%（预算 2000 万元只执行 1157.97 万元）的，也报告。

    ## 为什么要改
    支出超过预算就是超过预算的 100%。两个说法不可能同时成立：要么比例是照模板抄的，要么增减方向（及其原因说明）写错了。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C709"
    name = "completion-contradiction"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "预算完成率与决算/预算大小关系矛盾", "en": "Budget completion contradicts over/under spending"}
    messages = {
        "over": {
            "zh": "称完成预算 {rate}，又称决算数大于预算数：超支时完成率应高于 100%",
            "en": "says {rate} of the budget was spent and that spending exceeded the budget: that is above 100%",
        },
        "under": {
            "zh": "称完成预算 {rate}，又称决算数小于预算数：未用完预算时完成率应低于 100%",
            "en": "says {rate} of the budget was spent and that spending stayed below the budget: that is below 100%",
        },
        "equal": {
            "zh": "称完成预算 {rate}，又称决算数与预算数持平：两数相等时完成率应为 100%",
            "en": "says {rate} of the budget was spent and that spending equalled the budget: that is 100%",
        },

        "accuracy": {
            "zh": "“执行准确性”称执行数未偏离预算，而本表年度资金总额执行 {actual} ÷ 预算 {budget} = {rate}%",
            "en": "the 执行准确性 row denies any gap between spending and budget, yet the form spent "
                  "{actual} of {budget} ({rate}%)",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for claim in text_facts(source.value).completion_claims:
                    if _contradicts(claim):
                        yield self.diagnostic(claim.direction, source.locate(claim.rate.start, claim.end),
                                              rate=claim.rate.text)
        yield from self._accuracy_denied(doc, ctx)

    def _accuracy_denied(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """The 执行准确性 answer of a form whose own total row spent under 90% of its budget."""
        from ._forms import forms

        for se in forms(doc, ctx):
            spent = _spent_share(se)
            if spent is None or spent >= _ACCURATE:
                continue
            total = next(b for b in se.budget if b.role != "part")
            for row in se.table.rows:
                cells = row.non_empty
                if len(cells) < 2 or compact(cells[0].value) != "执行准确性" or not _DENIES.search(cells[1].value):
                    continue
                assert total.budget and total.actual
                yield self.diagnostic("accuracy", cells[1].text.locate(), actual=compact(total.actual.text),
                                      budget=compact(total.budget.text), rate=fmt(quantize(spent * 100, 2)))


# A rate this far from 100% is no rounding of spending equal to the budget (决算数与预算数持平).
_EQUAL_SLACK = Decimal(1)
# Under 90% of the budget spent is a gap the form must explain (B315 holds the same line).
_ACCURATE = Decimal("0.9")
# 不存在执行数偏离预算数较多的问题, 无偏离, 未出现偏离: a denial within the clause
_DENIES = lazy_compile(r"(?:不存在|无|未|没有)[^，。；,;]{0,10}偏离")


def _spent_share(se: SelfEvaluation) -> Decimal | None:
    """执行数 ÷ 预算数 of the form's first total row, when both are positive amounts."""
    total = next((b for b in se.budget if b.role != "part"), None)
    if total is None or total.budget is None or total.actual is None:
        return None
    budget, actual = total.budget.value, total.actual.value
    if budget is None or actual is None or budget <= 0 or actual < 0:
        return None
    return actual / budget


def _contradicts(claim: CompletionClaim) -> bool:
    rate = claim.rate.value
    if claim.direction == "equal":  # spending said equal to the budget: a whole point off 100% is not
        return abs(rate - 100) >= _EQUAL_SLACK
    if claim.direction == "over" and rate > 100 or claim.direction == "under" and rate < 100:
        return False
    if rate != 100:
        return True
    if claim.difference is not None and claim.actual is not None:
        actual, diff = base_value(claim.actual), base_value(claim.difference)
        budget = actual - diff if claim.direction == "over" else actual + diff
        if budget <= 0:
            return False
        implied = quantize(actual / budget * 100, claim.rate.decimals)
        return implied != rate
    return True
