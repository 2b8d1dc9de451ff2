"""A108: the parts' changes on last year do not add up to the whole's change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.compositions import ChangeComposition, change_compositions, change_only_compositions
from perflint.model import Document, Paragraph
from perflint.text.numbers import fmt

from ._compare import check_sum, decimals_of, number
from ._facts import paragraph_runs


class ChangeBreakdownMismatch(Check):
    """## What it does
    Reads passages that state a quantity the 决算 template always splits the same way — “三公”经费
    (因公出国(境)费 + 公务用车购置及运行费 + 公务接待费), 公务用车购置及运行费 (购置费 + 运行维护费),
    基本支出 (人员经费 + 公用经费) — together with each part, every one with its change on last
    year (`同比减少 144.92 万元`). The parts' changes must add up to the whole's change, as their
    levels add up to the whole's level. A 预算说明 that explains 基本支出 by the changes alone of
    its economic classes (`基本支出预算较上年增 X 万元。1.工资福利支出较上年增 a 万元 2.商品和服务支出
    较上年减 b 万元 3.对个人和家庭补助支出较上年增加 c 万元`) is read the same way.

    ## Why is this bad?
    When the changes of the parts do not make up the change of the whole, one of the changes —
    or one of last year's figures behind them — is wrong, and the explanation of the change that
    follows it explains a figure that does not exist.

    ## Example
    ```text
    “三公”经费支出 12.40 万元，同比减少 3.20 万元。其中：因公出国(境)费 0 万元，同比减少 0 万元；
    公务用车运行维护费 8.10 万元，同比减少 2.90 万元；公务接待费 4.30 万元，同比减少 0.50 万元。
    ```
    0 + 2.90 + 0.50 = 3.40, not 3.20.

    ## Use instead
    ```text
    “三公”经费支出 12.40 万元，同比减少 3.40 万元。其中：因公出国(境)费 0 万元，同比减少 0 万元；
    公务用车运行维护费 8.10 万元，同比减少 2.90 万元；公务接待费 4.30 万元，同比减少 0.50 万元。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    读取决算模板中构成固定的数——“三公”经费（因公出国（境）费 + 公务用车购置及运行费 + 公务接待费）、公务用车购置及运行费（购置费 + 运行维护费）、基本支出（人员经费 + 公用经费）——与其各分项同时写明“比上年（同比）增减额”的段落。各分项的增减额之和应等于总数的增减额，正如各分项之和等于总数。预算说明只用增减额逐项解释基本支出按经济分类的变动（“基本支出预算较上年增 X 万元。1.工资福利支出较上年增 a 万元 2.商品和服务支出较上年减 b 万元 3.对个人和家庭补助支出较上年增加 c 万元”）时，同样核对。

    ## 为什么要改
    分项增减额加起来不等于总数的增减额，说明某个增减额（或其背后的上年数）写错了，随后对增减原因的说明也就是在解释一个并不存在的数。

    ## 示例
    {example}
    0 + 2.90 + 0.50 = 3.40，不是 3.20。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A108"
    name = "change-breakdown-mismatch"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "分项增减额之和与总数增减额不符", "en": "Changes of the parts do not add up to the change of the whole"}
    messages = {
        "mismatch": {
            "zh": "各分项同比增减额之和 {expr} = {computed} ≠ 总数增减额 {stated}（{name}，分项见第 {lines} 行）",
            "en": "the parts' changes on last year add up to {expr} = {computed} ≠ the whole's change {stated} "
                  "({name}; parts at line {lines})",
        },
        "rounding": {
            "zh": "尾数差异：各分项同比增减额之和 {expr} = {computed} ≠ 总数增减额 {stated}（{name}）",
            "en": "rounding difference: the parts' changes add up to {expr} = {computed} ≠ {stated} ({name})",
        },
        "part": {"zh": "分项增减额", "en": "change of a part"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for run in paragraph_runs(doc):
            texts = [p.text.value for p in run]
            for comp in [*change_compositions(texts), *change_only_compositions(texts)]:
                diag = self._check(run, comp)
                if diag:
                    yield diag

    def _check(self, run: list[Paragraph], comp: ChangeComposition) -> Diagnostic | None:
        whole = replace(comp.whole.change, value=comp.whole.change.value * comp.whole.direction)
        parts = [replace(p.change, value=p.change.value * p.direction) for p in comp.parts]
        outcome = check_sum(whole, parts)
        if outcome is None:
            return None
        if outcome.severity is Severity.rounding and not self.options.get("rounding", True):
            return None
        key = "rounding" if outcome.severity is Severity.rounding else "mismatch"
        severity = Severity.rounding if key == "rounding" else Severity.warning
        para = run[comp.whole.index]
        locs = [run[p.index].text.locate(p.change.start, p.change.end) for p in comp.parts]
        decimals = decimals_of([whole, *parts])
        expr = _signed(parts[0], first=True) + "".join(_signed(p) for p in parts[1:])
        stated = _signed(whole, first=True)
        computed = fmt(outcome.computed, decimals).replace("-", "−")
        return self.diagnostic(
            key, para.text.locate(comp.whole.change.start, comp.whole.change.end), severity=severity,
            related=[(loc, "part") for loc in locs], expr=expr, computed=computed,
            stated=stated, name=comp.whole.name, lines="、".join(sorted({str(loc.line) for loc in locs})),
        )


def _signed(q, first: bool = False) -> str:
    """``−0.11`` first in a sum, `` − 0.11`` / `` + 2.40`` after it."""
    text = number(q).lstrip("-")
    if first:
        return ("−" if q.value < 0 else "") + text
    return (" − " if q.value < 0 else " + ") + text


__all__ = ["ChangeBreakdownMismatch"]
