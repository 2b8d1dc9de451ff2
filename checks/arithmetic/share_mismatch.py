"""A106: `占 … Z%` where Z is not the part over the whole stated beside it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import prose
from perflint.extract.numbers import fmt
from perflint.model import Document, Paragraph

from ._compare import check_interval, number, percent, ratio_interval
from ._facts import paragraphs

HUNDRED = Decimal(100)


class ShareMismatch(Check):
    """## What it does
    Recomputes shares stated in prose: `项目支出 120.50 万元，占本年支出的 14.2%` when the
    paragraph also states the whole (`本年支出 848.60 万元`, matched by name). Also checks the
    category shares of the national 政府采购 paragraph: the shares of each category awarded to
    中小企业, weighted by the categories' amounts, must make up the amount awarded to 中小企业.

    ## Why is this bad?
    A share that does not follow from the figures beside it was computed on another base or
    copied from a different sentence (46.67% = 服务 ÷ 总额 written where 服务中小企业 ÷ 服务
    was meant).

    ## Example
    ```text
    本年支出 848.60 万元……项目支出 120.50 万元，占本年支出的 12.4%。
    ```

    ## Use instead
    ```text
    项目支出 120.50 万元，占本年支出的 14.2%。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    code = "A106"
    name = "share-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "占比与分子分母不符", "en": "Share does not match part / whole"}
    messages = {
        "share": {
            "zh": "占{whole_name} {stated} 与 {part} ÷ {whole} = {computed}% 不符（{whole_name}见第 {whole_line} 行）",
            "en": "a share of {stated} of '{whole_name}' does not match {part} ÷ {whole} = {computed}% "
                  "(whole at line {whole_line})",
        },
        "share_rounding": {
            "zh": "尾数差异：占{whole_name} {stated}，按 {part} ÷ {whole} 应为 {computed}%",
            "en": "rounding difference: a share of {stated} of '{whole_name}', but {part} ÷ {whole} = {computed}%",
        },
        "weighted": {
            "zh": "各类{name}占比与金额不符：{expr} = {computed} ≠ {whole}（{name}）",
            "en": "the category shares of {name_en} do not add up: {expr} = {computed} ≠ {whole}",
        },
        "whole": {"zh": "总数", "en": "whole"},
        "part": {"zh": "分项", "en": "part"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for _part, para in paragraphs(doc):
            text = para.text.value
            for sh in prose.shares(text):
                diag = self._share(para, sh)
                if diag:
                    yield diag
            for ws in prose.weighted_shares(text):
                diag = self._weighted(para, ws)
                if diag:
                    yield diag

    def _share(self, para: Paragraph, sh: prose.Share) -> Diagnostic | None:
        if sh.whole.base_value <= 0:
            return None
        rng = ratio_interval(lambda p, w: p / w * HUNDRED, [sh.part, sh.whole])
        if rng is None:
            return None
        severity = check_interval(sh.rate, rng[0], rng[1], value=sh.rate.value)
        if severity is None or (severity is Severity.rounding and not self.options.get("rounding", True)):
            return None
        whole_loc = para.text.locate(sh.whole.start, sh.whole.end)
        key = "share_rounding" if severity is Severity.rounding else "share"
        computed = sh.part.base_value / sh.whole.base_value * HUNDRED
        return self.diagnostic(
            key, para.text.locate(sh.rate.start, sh.rate.end), severity=severity,
            related=[(whole_loc, "whole"), (para.text.locate(sh.part.start, sh.part.end), "part")],
            whole_name=sh.whole_name, stated=sh.rate.text.replace(" ", ""), part=number(sh.part),
            whole=number(sh.whole), computed=percent(computed, sh.rate.decimals), whole_line=whole_loc.line,
        )

    def _weighted(self, para: Paragraph, ws: prose.WeightedShares) -> Diagnostic | None:
        operands = [q for pair in ws.terms for q in pair]

        def total(*xs: Decimal) -> Decimal:
            return sum((xs[i] / HUNDRED * xs[i + 1] for i in range(0, len(xs), 2)), Decimal(0))

        rng = ratio_interval(total, operands)
        if rng is None:
            return None
        severity = check_interval(ws.whole, rng[0], rng[1])
        if severity is None or (severity is Severity.rounding and not self.options.get("rounding", True)):
            return None
        point = total(*(q.base_value for q in operands)) / ws.whole.scale
        expr = " + ".join(f"{number(s)}% × {number(a)}" for s, a in ws.terms)
        related = [(para.text.locate(s.start, s.end), "part") for s, _ in ws.terms]
        return self.diagnostic(
            "weighted", para.text.locate(ws.whole.start, ws.whole.end), severity=severity, related=related,
            name=ws.name["zh"], name_en=ws.name["en"], expr=expr, computed=fmt(point, max(ws.whole.decimals, 2)),
            whole=number(ws.whole),
        )
