"""A111: `年初预算 B0，年中追加 A，全年预算数 B1` where B1 is not B0 + A (− what was taken off)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Paragraph
from perflint.text.numbers import fmt

from ._compare import decimals_of, half, numbers, unit_of
from ._facts import paragraphs


class BudgetAdjustmentMismatch(Check):
    """## What it does
    Reads a budget adjusted in the year as the prose states it — the 年初 budget, what was added
    (`追加`, `调增`) or taken off (`调减`, `核减`) in the year, and the budget after it
    (`全年预算数`, `调整后预算`), within three sentences — and checks that the budget after is
    the 年初 one plus the additions minus the reductions. Parts of the 年初 budget listed after
    其中 may stand between. A passage that names other money the budget after may hold
    (`上年结转`, `结余`), or an adjustment of a part (`项目支出追加`), is not read.

    A net adjustment detailed by source in its sentence (`年中调减 500 万元，具体情况为：财政拨款
    调增 120 万元，事业收入调减 380 万元，…`) is read too: the sources' signed changes make up the
    net one.

    ## Why is this bad?
    The adjusted budget is what the execution rate is reckoned on. When the 年初 budget and
    the adjustments do not make it, one of the three was mistyped or left from an earlier
    draft, and the rate and the score built on the budget may be wrong too.

    ## Example
    ```text
    某县文化馆2023年度部门整体支出绩效自评报告
    2023年部门年初预算 860.5 万元，年中追加预算 120 万元，全年预算数 990.5 万元。
    ```
    860.5 + 120 = 980.5, not 990.5.

    ## Use instead
    ```text
    某县文化馆2023年度部门整体支出绩效自评报告
    2023年部门年初预算 860.5 万元，年中追加预算 120 万元，全年预算数 980.5 万元。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    读取文字中写明的年度预算调整——年初预算、年中追加（“追加”“调增”）或调减（“调减”“核减”）的金额和调整后的预算（“全年预算数”“调整后预算”），三句之内——核对调整后预算是否等于年初预算加追加、减调减。年初预算之后以“其中”列出的组成部分可以夹在中间。写到调整后预算可能包含的其他资金（“上年结转”“结余”）或某一部分自身的追加（“项目支出追加”）的，不读取。

    同一句中按来源说明的净调整额（“年中调减 500 万元，具体情况为：财政拨款调增 120 万元，事业收入调减 380 万元，……”）也一并核对：各来源的增减相抵应等于净调整额。

    ## 为什么要改
    调整后预算是计算执行率的基数。年初预算与调整金额加不出它，说明三个数中有一个写错了或是沿用了旧稿，据此计算的执行率和得分也可能随之出错。

    ## 示例
    {example}
    860.5 + 120 = 980.5，不是 990.5。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A111"
    name = "budget-adjustment-mismatch"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "年初预算与调整金额之和不等于调整后预算", "en": "Initial budget and adjustments do not make the adjusted budget"}
    messages = {
        "mismatch": {
            "zh": "调整后预算 {adjusted} 与 {sum} = {computed} 不符",
            "en": "the adjusted budget {adjusted} does not match {sum} = {computed}",
        },
        "rounding": {
            "zh": "尾数差异：调整后预算 {adjusted}，按 {sum} 应为 {computed}",
            "en": "rounding difference: {sum} = {computed}, stated {adjusted}",
        },
        "detail": {
            "zh": "净调整额 {net} 与所列各来源的增减 {sum} = {computed} 不符",
            "en": "the net adjustment {net} does not match its sources {sum} = {computed}",
        },
        "detail_rounding": {
            "zh": "尾数差异：净调整额 {net}，所列各来源的增减 {sum} = {computed}",
            "en": "rounding difference: the sources {sum} = {computed}, the net adjustment {net}",
        },
        "initial": {"zh": "年初预算", "en": "initial budget"},
        "source": {"zh": "来源", "en": "source"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # rare: read on use (imported once a run: an import statement per paragraph cost more
        # than the screen of most paragraphs)
        from perflint.extract.budget_adjustments import adjustment_details, budget_adjustments

        for _part, para in paragraphs(doc):
            yield from self._details(para, adjustment_details)
            for adj in budget_adjustments(para.text.value):
                figures = [adj.initial, *(q for _s, q in adj.changes), adj.adjusted]
                total = adj.initial.base_value + sum((s * q.base_value for s, q in adj.changes), Decimal(0))
                gap = abs(total - adj.adjusted.base_value)
                if gap == 0:
                    continue
                rounding = gap <= sum((half(q) for q in figures), Decimal(0)) + unit_of(adj.adjusted)
                if rounding and not self.options.get("rounding", True):
                    continue
                shown = numbers(*figures)
                terms = shown[0] + "".join(f" {'+' if s > 0 else '−'} {t}"
                                           for (s, _q), t in zip(adj.changes, shown[1:-1], strict=True))
                computed = fmt(total / adj.adjusted.scale, decimals_of(figures))
                yield self.diagnostic(
                    "rounding" if rounding else "mismatch", para.text.locate(adj.adjusted.start, adj.adjusted.end),
                    severity=Severity.rounding if rounding else None,
                    related=[(para.text.locate(adj.initial.start, adj.initial.end), "initial")],
                    adjusted=shown[-1], sum=terms, computed=computed,
                )

    def _details(self, para: Paragraph, adjustment_details) -> Iterator[Diagnostic]:
        """A net adjustment against the signed changes of its sources (``adjustment_details``:
        :func:`perflint.extract.budget_adjustments.adjustment_details`)."""
        for det in adjustment_details(para.text.value):
            sign, net = det.net
            total = sum((s * q.base_value for s, q in det.parts), Decimal(0))
            gap = abs(total - sign * net.base_value)
            if gap == 0:
                continue
            figures = [net, *(q for _s, q in det.parts)]
            # within the figures' rounding (half-open intervals), or one unit of the net's last digit
            rounding = gap < sum((half(q) for q in figures), Decimal(0)) or gap <= unit_of(net)
            if rounding and not self.options.get("rounding", True):
                continue
            shown = numbers(*figures)
            terms = " ".join(f"{'+' if s > 0 else '−'} {t}" for (s, _q), t in zip(det.parts, shown[1:], strict=True))
            computed = fmt(total / net.scale, decimals_of(figures)).replace("-", "−")
            yield self.diagnostic(
                "detail_rounding" if rounding else "detail", para.text.locate(net.start, net.end),
                severity=Severity.rounding if rounding else None,
                related=[(para.text.locate(q.start, q.end), "source") for _s, q in det.parts],
                net=("+" if sign > 0 else "−") + shown[0], sum=terms.removeprefix("+ "), computed=computed,
            )
