"""A108: the parts' changes on last year do not add up to the whole's change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.compositions import (
    ChangeComposition,
    change_compositions,
    change_only_compositions,
    partial_change_compositions,
)
from perflint.extract.total_changes import TotalChange, containing, total_changes
from perflint.model import Document, Paragraph, Part
from perflint.text.numbers import fmt

from ._compare import check_sum, decimals_of, number
from ._facts import paragraph_runs, paragraphs


class ChangeBreakdownMismatch(Check):
    """## What it does
    Reads passages that state a quantity the 决算 template always splits the same way — “三公”经费
    (因公出国(境)费 + 公务用车购置及运行费 + 公务接待费), 公务用车购置及运行费 (购置费 + 运行维护费),
    基本支出 (人员经费 + 公用经费) — together with each part, every one with its change on last
    year (`同比减少 144.92 万元`; a change that names its part again, `公务接待费 4.30 万元，公务接待费同比减少
    0.50 万元`, is that part's). The parts' changes must add up to the whole's change, as their
    levels add up to the whole's level. A 预算说明 that explains 基本支出 by the changes alone of
    its economic classes (`基本支出预算较上年增 X 万元。1.工资福利支出较上年增 a 万元 2.商品和服务支出
    较上年减 b 万元 3.对个人和家庭补助支出较上年增加 c 万元`) is read the same way, and so are changes
    against the budget (`较年初预算数减少 4 万元`). A passage that leaves one part out while the
    listed parts' levels make up the whole's (no 因公出国(境)费 beside `“三公”经费 41 万元 … 公务用车
    购置及运行维护费 21 万元 … 公务接待费 20 万元`) leaves that part at 0 this year: its change can only
    be a fall, so the whole's change may fall below the listed parts' sum, never rise above it. The totals of a
    决算说明 contain one another (收支总计 ⊇ 本年支出合计 ⊇ 财政拨款支出 ⊇ 一般公共预算财政拨款支出;
    本年支出合计 ⊇ 基本支出, 项目支出):
    when a part's change puts its last-year figure above its whole's (`一般公共预算财政拨款支出
    1133.18 万元，减少 45.27 万元` beside `支出合计 1133.18 万元，减少 13.44 万元`), one of the two
    changes was copied from another figure.

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
    读取决算模板中构成固定的数——“三公”经费（因公出国（境）费 + 公务用车购置及运行费 + 公务接待费）、公务用车购置及运行费（购置费 + 运行维护费）、基本支出（人员经费 + 公用经费）——与其各分项同时写明“比上年（同比）增减额”的段落（增减额前重复分项名称的，“公务接待费 4.30 万元，公务接待费同比减少 0.50 万元”，也是该分项的增减额）。各分项的增减额之和应等于总数的增减额，正如各分项之和等于总数。预算说明只用增减额逐项解释基本支出按经济分类的变动（“基本支出预算较上年增 X 万元。1.工资福利支出较上年增 a 万元 2.商品和服务支出较上年减 b 万元 3.对个人和家庭补助支出较上年增加 c 万元”）时，同样核对；较预算的增减额（“较年初预算数减少 4 万元”）也同样核对。段落少列一个分项、而所列分项的本年数之和正等于总数的（“三公”经费 41 万元，只列公务用车购置及运行维护费 21 万元、公务接待费 20 万元，未列因公出国（境）费），未列的分项本年为 0，其增减额只能是减少：总数的增减额可以低于所列分项增减额之和，但不能高于它。决算说明中的各个总数层层包含（收支总计 ⊇ 本年支出合计 ⊇ 财政拨款支出 ⊇ 一般公共预算财政拨款支出；本年支出合计 ⊇ 基本支出、项目支出）：某一部分按其增减额推出的上年数高于包含它的总数的上年数时（“一般公共预算财政拨款支出 1133.18 万元，减少 45.27 万元”而“支出合计 1133.18 万元，减少 13.44 万元”），两个增减额必有一个是从别的数抄来的。

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
        "budget": {
            "zh": "各分项较预算增减额之和 {expr} = {computed} ≠ 总数较预算增减额 {stated}（{name}，分项见第 {lines} 行）",
            "en": "the parts' changes against the budget add up to {expr} = {computed} ≠ the whole's {stated} "
                  "({name}; parts at line {lines})",
        },
        "partial": {
            "zh": "所列分项{basis}增减额之和 {expr} = {computed}，总数{basis}增减额 {stated} 更高（{name}，分项见第 {lines} 行）："
                  "未列出的分项本年为 0，其增减额只能是减少，补不上这个差额",
            "en": "the listed parts' changes {basis_en} add up to {expr} = {computed}, below the whole's {stated} ({name}; parts "
                  "at line {lines}): the part not listed is 0 this year, so its change can only be a fall",
        },
        "part": {"zh": "分项增减额", "en": "change of a part"},
        "part_above_whole": {
            "zh": "按增减额，{name}上年为 {cur} {op} {x} = {prior}，高于包含它的{whole}上年 {wcur} {wop} {wx} = {wprior}"
                  "（第 {line} 行）：部分不会大于整体，两个增减额必有一个抄错",
            "en": "by its change, {name} was {cur} {op} {x} = {prior} last year, above the {whole} that contains it "
                  "({wcur} {wop} {wx} = {wprior}, line {line}): a part cannot exceed its whole, one of the two changes is wrong",
        },
        "whole": {"zh": "{whole}的增减额", "en": "the change of the {whole}"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for run in paragraph_runs(doc):
            texts = [p.text.value for p in run]
            for comp in [*change_compositions(texts), *change_only_compositions(texts),
                         *partial_change_compositions(texts)]:
                diag = self._check(run, comp)
                if diag:
                    yield diag

        by_part: dict[int, tuple[Part, list[tuple[Paragraph, TotalChange]]]] = {}
        for part, para in paragraphs(doc):
            for tc in total_changes(para.text.value):
                by_part.setdefault(id(part), (part, []))[1].append((para, tc))
        for _part, found in by_part.values():
            yield from self._nested(found)

    def _nested(self, found: list[tuple[Paragraph, TotalChange]]) -> Iterator[Diagnostic]:
        """A part's change that puts last year's figure above its whole's (``一般公共预算财政拨款支出
        减少 45.27`` beside ``支出合计减少 13.44``, both 1133.18 this year)."""
        for para, p in found:
            for wpara, w in found:
                if w.level not in containing(p.level) or not set(p.sides) & set(w.sides):
                    continue
                slack = p.slack + w.slack
                if p.current.base_value > w.current.base_value + slack or p.prior - w.prior <= slack:
                    continue  # this year's figures already disagree, or last year's fit
                where = wpara.text.locate(w.change.start, w.change.end)
                yield self.diagnostic(
                    "part_above_whole", para.text.locate(p.change.start, p.change.end),
                    related=[(where, "whole")], name=p.name, whole=w.name, line=where.line,
                    cur=number(p.current), x=number(p.change), op="−" if p.direction > 0 else "+",
                    prior=_in_unit(p.prior, p.current), wcur=number(w.current), wx=number(w.change),
                    wop="−" if w.direction > 0 else "+", wprior=_in_unit(w.prior, w.current))
                break

    def _check(self, run: list[Paragraph], comp: ChangeComposition) -> Diagnostic | None:
        whole = replace(comp.whole.change, value=comp.whole.change.value * comp.whole.direction)
        parts = [replace(p.change, value=p.change.value * p.direction) for p in comp.parts]
        if comp.missing:
            # the part left out can only have fallen: the whole's change may not exceed the parts'
            neg = [replace(p, value=-p.value) for p in parts]
            outcome = check_sum(replace(whole, value=-whole.value), neg, at_most=True)
            if outcome is not None:
                outcome = replace(outcome, computed=-outcome.computed)
        else:
            outcome = check_sum(whole, parts)
        if outcome is None:
            return None
        if outcome.severity is Severity.rounding and not self.options.get("rounding", True):
            return None
        key = "rounding" if outcome.severity is Severity.rounding else "mismatch"
        severity = Severity.rounding if key == "rounding" else Severity.warning
        if comp.missing:
            key = "partial"
        elif comp.baseline == "budget" and key == "mismatch":
            key = "budget"
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
            basis="同比" if comp.baseline == "prior" else "较预算",
            basis_en="on last year" if comp.baseline == "prior" else "against the budget",
        )


def _signed(q, first: bool = False) -> str:
    """``−0.11`` first in a sum, `` − 0.11`` / `` + 2.40`` after it."""
    text = number(q).lstrip("-")
    if first:
        return ("−" if q.value < 0 else "") + text
    return (" − " if q.value < 0 else " + ") + text


__all__ = ["ChangeBreakdownMismatch"]


def _in_unit(value, like) -> str:
    """A base-unit figure shown in the unit and precision of ``like``."""
    return fmt(value / like.scale, like.decimals) + (like.unit or "")
