"""A109: the budgets of the parts do not add up to the whole's budget (三公经费 and its items)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.budget_compositions import Budget, BudgetComposition, budget_compositions
from perflint.extract.quantities import part_prose
from perflint.model import Document
from perflint.text.numbers import fmt


class BudgetBreakdownMismatch(Check):
    """## What it does
    Reads passages that give the budget of a quantity the 决算 template always splits the same
    way — “三公”经费 (因公出国(境)费 + 公务用车购置及运行费 + 公务接待费), 公务用车购置及运行费
    (购置费 + 运行维护费), 基本支出 (人员经费 + 公用经费) — and the budget of each part, stated
    (`公务接待费预算为3.20万元`) or left to be worked out from the part's spending and its
    difference from the budget (`公务接待费支出1.70万元` … `决算数较预算数少0.80万元`: 2.50).
    The parts' budgets must add up to the whole's. A part whose budget the passage gives two
    ways or not at all leaves the sum unknown, and nothing is reported.

    ## Why is this bad?
    The items are the whole of the 三公 budget; when their budgets do not make it up, one of
    the budgets, or one of the differences explained item by item, is wrong — and the
    completion rates computed from them with it.

    ## Example
    ```text
    2023年度“三公”经费财政拨款支出预算为13.60万元，支出决算为9.80万元。
    1.因公出国(境)费预算为0万元，支出决算为0万元。
    2.公务用车购置及运行费预算为8.40万元，支出决算为7.20万元。
    3.公务接待费预算为3.20万元，支出决算为2.60万元。
    ```
    0 + 8.40 + 3.20 = 11.60, not 13.60.

    ## Use instead
    ```text
    2023年度“三公”经费财政拨款支出预算为11.60万元，支出决算为9.80万元。
    1.因公出国(境)费预算为0万元，支出决算为0万元。
    2.公务用车购置及运行费预算为8.40万元，支出决算为7.20万元。
    3.公务接待费预算为3.20万元，支出决算为2.60万元。
    ```
    """

    doc_zh = """## 它检查什么
    读取给出决算模板中构成固定的数——“三公”经费（因公出国（境）费 + 公务用车购置及运行费 + 公务接待费）、公务用车购置及运行费（购置费 + 运行维护费）、基本支出（人员经费 + 公用经费）——的预算及其各分项预算的段落。分项预算可以是写明的（“公务接待费预算为3.20万元”），也可以由分项支出与“较预算数”的增减额推出（“公务接待费支出1.70万元”……“决算数较预算数少0.80万元”，即预算 2.50）。各分项预算之和应等于总预算。某一分项的预算有两种写法或没有给出时，和无从得知，不报告。

    ## 为什么要改
    各分项就是“三公”预算的全部；分项预算加起来不等于总预算，说明某个预算数或逐项说明的某个增减额写错了，据此计算的完成率也随之出错。

    ## 示例
    {example}
    0 + 8.40 + 3.20 = 11.60，不是 13.60。

    ## 应改为
    {use_instead}
    """

    code = "A109"
    name = "budget-breakdown-mismatch"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "分项预算之和与总预算不符", "en": "Budgets of the parts do not add up to the whole's budget"}
    messages = {
        "mismatch": {
            "zh": "“{name}”预算 {stated}，而各分项预算之和为 {expr} = {computed}（{parts}）",
            "en": "the budget of “{name}” is {stated}, but the parts' budgets add up to {expr} = {computed} ({parts})",
        },
        "part": {"zh": "分项预算", "en": "budget of a part"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            sources = [source for _, source in part_prose(doc, part)]
            for comp in budget_compositions([s.value for s in sources]):
                diag = self._check(sources, comp)
                if diag is not None:
                    yield diag

    def _check(self, sources: list, comp: BudgetComposition) -> Diagnostic | None:
        whole = comp.whole
        if whole.stated is None:
            return None  # the whole's budget worked out, not written: nothing to point at
        computed = sum((p.value for p in comp.parts), Decimal(0))
        tolerance = whole.tolerance + sum((p.tolerance for p in comp.parts), Decimal(0))
        if abs(computed - whole.value) <= tolerance:
            return None
        scale = _scale_of(whole)
        decimals = max(_decimals(whole.stated.text), *(_decimals_of(p) for p in comp.parts))
        related = [(sources[m.index].locate(m.start, m.end), "part") for p in comp.parts
                   for m in (p.stated, p.spent, p.difference) if m is not None]
        return self.diagnostic(
            "mismatch", sources[whole.stated.index].locate(whole.stated.start, whole.stated.end), related=related,
            name=whole.name, stated=whole.stated.text,
            expr=" + ".join(_term(p) for p in comp.parts),
            computed=fmt(computed / scale, decimals), parts="、".join(p.name for p in comp.parts),
        )


def _scale_of(budget: Budget) -> Decimal:
    text = budget.stated.text if budget.stated else ""
    return Decimal(100000000) if "亿元" in text else Decimal(10000) if "万元" in text else Decimal(1)


def _decimals(text: str) -> int:
    digits = text.rstrip("亿万元 ")
    return len(digits.split(".")[1]) if "." in digits else 0


def _decimals_of(budget: Budget) -> int:
    moneys = [m for m in (budget.stated, budget.spent, budget.difference) if m is not None]
    return max(_decimals(m.text) for m in moneys)


def _number(money) -> str:
    return money.text.rstrip("亿万元 ")


def _term(budget: Budget) -> str:
    """A part's budget as the draft gives it: its figure, or (spending ± difference)."""
    if budget.stated is not None:
        return _number(budget.stated)
    spent, diff = budget.spent, budget.difference
    sign = "+" if budget.value >= spent.base else "−"
    return f"({_number(spent)} {sign} {_number(diff)})"


__all__ = ["BudgetBreakdownMismatch"]
