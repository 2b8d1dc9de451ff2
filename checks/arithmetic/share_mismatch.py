"""A106: `占 … Z%` where Z is not the part over the whole stated beside it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import prose
from perflint.extract.prose_lists import nested_between
from perflint.extract.wording import text_facts
from perflint.model import Document, Paragraph
from perflint.text.numbers import Quantity, fmt, normalise
from perflint.text.sentences import sentences

from ._compare import check_interval, half, number, numbers, percent, ratio_interval
from ._facts import LOOKBACK, BreakdownFact, breakdown_facts

HUNDRED = Decimal(100)


def _digits_fit_across_units(rate: Quantity, part: Quantity, whole: Quantity) -> bool:
    """Whether a share that fails of its money part and whole fits their digits as written, one in
    元 and the other in 万元: the share is right and one figure lost or gained its 万, a unit slip the
    units family reports (U401), not a wrong share."""
    if part.kind != "money" or whole.kind != "money" or whole.value <= 0:
        return False
    scales = {part.scale, whole.scale}
    if len(scales) != 2 or max(scales) / min(scales) != 10_000:
        return False
    return abs(part.value / whole.value * HUNDRED - rate.value) <= rate.half_unit * 2


class ShareMismatch(Check):
    """## What it does
    Recomputes shares stated in prose: `项目支出 120.50 万元，占本年支出的 14.2%` when the
    paragraph also states the whole (`本年支出 848.60 万元`, matched by name: a share of 本年支出 is
    never one of a 支出总计, which adds last year's balance), and listed shares
    respectively (`基本支出 300 万元、项目支出 180 万元，分别占本年支出的 62.5%、37.5%`) when
    the parts and the shares are lists of one length, and shares that state their whole inside
    (`项目支出 375 万元，占部门总支出 1500 万元的 25%`, `…的比重为 25%`). Shares with no whole named
    (`公务接待费 0.53 万元，占 31%；公务用车运行维护费 1.18 万元，占 69%`) that make up 100% are
    shares of the parts' sum, and each is checked against it (a warning) — unless the paragraph
    states its total before the 其中 and some share is right of that total (`收入合计 480.00 万元，其中：
    财政拨款 120.00 万元，占 25.00%；事业收入 300.00 万元，占 75.00%`, other income left out): the
    shares are then checked against that total, and only the one made up to 100% is reported; when they make up less
    (a part may be left out), the shares of one sentence must still imply one whole
    (`9.00 万元，占 70%；3.00 万元，占 25%`: 12.86 ≠ 12.00, a warning). Counts of one thing split by
    group (`优秀案件 14 宗，占比 14%；良好案件 20 宗，占比 20%`: one unit, names ending alike) are read
    the same way; counts of different things (受理 / 办结) are shares of different wholes, and so are counts in
    different units each given as a share of its target (`1005 套，占目标任务的 80.40%；1430 户，占 130.59%`). A whole
    named as a task or plan alone (`税务部门完成 A 万元，占任务数的 56.4%；财政部门完成 B 万元，占任务数的
    56.3%`, `占年度计划的`) is each figure's own: the rates are completions, not added up. A share with no whole
    named after a paragraph's budget and final figure (`“三公”经费支出预算为 15.00 万元，支出决算为
    10.40 万元。在支出决算中，公务接待费支出决算 2.20 万元，占 14.67%`) is of the final figure: one
    that is the part over the budget instead (2.20 ÷ 15.00) is a warning, with the right share;
    so is one of the next paragraph (the template's 具体情况) whose words name the final figure as
    its whole (`“三公”经费支出决算中，公务接待费支出决算 2.20 万元，占 14.67%`) and that states no
    bases itself: the bases are those of the nearest of the two paragraphs before that states both.
    A share stated after a 其中 list by one listed part's name (`T，其中税收收入 a，非税收入 b，非税收入占比
    x%`, `税收占一般公共预算收入的比重为 x%`: a whole it names must be the total's own) is that part ÷ T.
    Also checks the category shares of the national 政府采购 paragraph: the shares of each
    category awarded to 中小企业, weighted by the categories' amounts, must make up the amount
    awarded to 中小企业. A share naming no whole in a paragraph opening with 其中 (`其中：基本支出
    600.00 万元，占比 75.00%`) is of the total the paragraph before, of the same section, stated
    (`2023年度支出总计 800.00 万元`), when that paragraph states exactly one such figure of this year
    whose name ends in the part's head noun (支出, 收入, 经费…) and exceeds the part (a warning);
    so is one after a paragraph's own 其中, of the total stated before it in that paragraph
    (`支出合计 520.00 万元，较上年减少…。其中：基本支出 416.00 万元，占 72.00%`), when no run of its
    shares makes up 100% (a list cut short). A share naming a whole that its own paragraph states
    under a longer name (`一般公共预算财政拨款基本支出 700.00 万元，其中：人员经费 600.00 万元，占基本
    支出的 85.71%`) and fits it is of that narrower total, not of the whole 基本支出 stated before.

    ## Why is this bad?
    A share that does not follow from the figures beside it was computed on another base or
    copied from a different sentence (46.67% = 服务 ÷ 总额 written where 服务中小企业 ÷ 服务
    was meant).

    ## Example
    ```text
    本年支出 848.60 万元，其中项目支出 120.50 万元，占本年支出的 12.4%。
    ```
    120.50 ÷ 848.60 = 14.2%.

    ## Use instead
    ```text
    本年支出 848.60 万元，其中项目支出 120.50 万元，占本年支出的 14.2%。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    重新计算文字中的占比：段落中同时写明整体（如“本年支出 848.60 万元”，按名称对应；“本年支出”不对应加上了年初结转结余的“支出总计”）时，核对“项目支出 120.50 万元，占本年支出的 14.2%”这类占比；所列分项与所列占比个数相同时逐一对应核对（“基本支出 300 万元、项目支出 180 万元，分别占本年支出的 62.5%、37.5%”）；占比中写明整体数的（“项目支出 375 万元，占部门总支出 1500 万元的 25%”“……的比重为 25%”）同样核对。未写明整体的占比（“公务接待费 0.53 万元，占 31%；公务用车运行维护费 1.18 万元，占 69%”）合计为 100% 时，整体即各分项之和，逐一核对（警告）——但段落在“其中”之前写明了总数、且有占比正是以该总数计算的（“收入合计 480.00 万元，其中：财政拨款 120.00 万元，占 25.00%；事业收入 300.00 万元，占 75.00%”，其他收入未列出），则按该总数核对，只报告凑成 100% 的那个占比；合计不足 100% 时（可能有分项未列出），同一句中各占比推出的整体（分项 ÷ 占比）仍应一致（“9.00 万元，占 70%；3.00 万元，占 25%”：12.86 ≠ 12.00，警告）。同一种事物按类别计数并各写占比的（“优秀案件 14 宗，占比 14%；良好案件 20 宗，占比 20%”：单位相同、名称结尾相同）同样核对；不同事物的计数（受理、办结）是不同总数的占比，不读取；计量单位不同、各占其目标任务的数量（“1005 套，占目标任务的 80.40%；1430 户，占 130.59%”）同样不相加；整体只写任务或计划的（“税务部门完成 A 万元，占任务数的 56.4%；财政部门完成 B 万元，占任务数的 56.3%”“占年度计划的”）是各自任务的完成率，不相加。段落先写预算数和决算数、其后未写明整体的占比（“‘三公’经费支出预算为 15.00 万元，支出决算为 10.40 万元。在支出决算中，公务接待费支出决算 2.20 万元，占 14.67%”），是占决算数的比重；若恰为分项 ÷ 预算数（2.20 ÷ 15.00）而不是分项 ÷ 决算数，作警告，并给出正确占比；下一段（模板的“具体情况”）自身未写预算数和决算数、以“……支出决算中”点明占比的整体是决算数的（“‘三公’经费支出决算中，公务接待费支出决算 2.20 万元，占 14.67%”），取前两段中最近一段写明的预算数和决算数，同样核对。以“其中”开头的段落里未写明整体的占比（“其中：基本支出 600.00 万元，占比 75.00%”），整体取同一节上一段写明的同类金额（上一段“2023年度支出总计 800.00 万元”；上一段只有一个名称以“支出”等同一中心词结尾、大于分项的本年金额时才取用），作警告核对；段落自身的“其中”之后未写明整体的占比（“支出合计 520.00 万元，较上年减少……。其中：基本支出 416.00 万元，占 72.00%”），整体取该段“其中”之前按同样条件写明的金额，各占比之和不为 100% 时（列举不全）作警告核对。占比所称的整体在本段以更长的名称写明、且与之相符的（“一般公共预算财政拨款基本支出 700.00 万元，其中：人员经费 600.00 万元，占基本支出的 85.71%”），是这个较窄总数的占比，不再与前文的“基本支出”核对。“其中”列举之后以某一分项名称写出的占比（“T，其中税收收入 a，非税收入 b，非税收入占比 x%”“税收占一般公共预算收入的比重为 x%”：写明的整体须是总数自己的名称），按该分项 ÷ T 核对。还核对全国政府采购段落中各类采购授予中小企业的比例：各类比例按各类金额加权后，应等于授予中小企业的总金额。

    ## 为什么要改
    占比与旁边的数字对不上，说明用了别的基数，或从另一句抄来（例如把“服务 ÷ 总额”的 46.67% 写在应为“服务中小企业 ÷ 服务”的位置）。

    ## 示例
    {example}
    120.50 ÷ 848.60 = 14.2%。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A106"
    name = "share-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "占比与分子分母不符", "en": "Share does not match part / whole"}
    messages = {
        "share": {
            "zh": "占{whole_name} {stated} 与 {part} ÷ {whole} = {computed}% 不符（{whole_name}见第 {whole_line} 行）{hint}",
            "en": "a share of {stated} of '{whole_name}' does not match {part} ÷ {whole} = {computed}% "
                  "(whole at line {whole_line}){hint_en}",
        },
        "share_sum": {
            "zh": "「{marker}」所列各项占比之和 {expr} = {computed}%，不是 100%",
            "en": "the shares of the parts after '{marker}' add up to {expr} = {computed}%, not 100%",
        },
        "siblings": {
            "zh": "占{whole_name} {stated} 与同一总数的其他占比不符：按各分项之和 {expr} = {whole}，"
                  "{part} ÷ {whole} = {computed}%",
            "en": "a share of {stated} of '{whole_name}' disagrees with the other shares of that whole: with "
                  "{expr} = {whole}, {part} ÷ {whole} = {computed}%",
        },
        "siblings_rounding": {
            "zh": "尾数差异：占{whole_name} {stated}，按各分项之和 {expr} = {whole}，{part} ÷ {whole} = {computed}%",
            "en": "rounding difference: a share of {stated} of '{whole_name}', but with {expr} = {whole}, "
                  "{part} ÷ {whole} = {computed}%",
        },
        "parts": {
            "zh": "占比 {stated} 与所列分项不符：各项占比合计 100%，总数即各分项之和 {expr} = {whole}，"
                  "{part} ÷ {whole} = {computed}%",
            "en": "a share of {stated} does not match the parts listed: their shares make up 100%, so the whole is "
                  "{expr} = {whole}, and {part} ÷ {whole} = {computed}%",
        },
        "implied_wholes": {
            "zh": "同一列举中的占比推出的总数互不相容：{expr}，不可能是同一总数的占比，至少一个占比有误",
            "en": "the shares of one list imply wholes that cannot meet: {expr}; they cannot be shares of one "
                  "whole, so at least one is wrong",
        },
        "parts_rounding": {
            "zh": "尾数差异：占比 {stated}，按各分项之和 {expr} = {whole}，{part} ÷ {whole} = {computed}%",
            "en": "rounding difference: a share of {stated}, but with {expr} = {whole}, {part} ÷ {whole} = {computed}%",
        },
        "siblings_over": {
            "zh": "各分项占{whole_name}的比重之和 {expr} = {computed}%，超过 100%",
            "en": "the shares of '{whole_name}' add up to {expr} = {computed}%, more than 100%",
        },
        "share_rounding": {
            "zh": "尾数差异：占{whole_name} {stated}，按 {part} ÷ {whole} 应为 {computed}%",
            "en": "rounding difference: a share of {stated} of '{whole_name}', but {part} ÷ {whole} = {computed}%",
        },
        "weighted": {
            "zh": "各类{name}占比与金额不符：{expr} = {computed} ≠ {whole}（{name}）",
            "en": "the category shares of {name_en} do not add up: {expr} = {computed} ≠ {whole}",
        },
        "budget_base": {
            "zh": "占比 {stated} 是 {part} ÷ 预算数 {budget} 得出的，而分项属于决算数 {final}："
                  "{part} ÷ {final} = {computed}%",
            "en": "the share of {stated} is {part} ÷ the budget {budget}, but the part is one of the final "
                  "figure {final}: {part} ÷ {final} = {computed}%",
        },
        "budget": {"zh": "预算数", "en": "budget"},
        "whole": {"zh": "总数", "en": "whole"},
        "part": {"zh": "分项", "en": "part"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        facts = breakdown_facts(doc, ctx)
        with_shares = {id(f.paragraph) for f in facts if f.breakdown.shares}  # read by _breakdown
        for part in doc.parts:
            paras = [b for b in part.blocks if isinstance(b, Paragraph)]
            pending: dict[tuple[tuple[str, ...], str], list[tuple[Paragraph, prose.ShareClaim]]] = {}
            for k, para in enumerate(paras):
                text = para.text.value
                claims = prose.share_claims(text)
                # the shares whose whole the paragraph states: read only where it claims a share
                stated = {id(sh.rate): sh for sh in prose.shares(text)} if claims else {}
                for claim in claims:
                    sh = stated.get(id(claim.rate))
                    if sh is not None:
                        diag = self._share(para, sh.part, sh.rate, sh.whole, para, sh.whole_name)
                    elif len(prose.name_core(claim.whole_name)) < 2 and (carried := self._carried(paras, k, claim)):
                        # (占比 with no whole named, after 其中: the whole the block before stated)
                        diag = self._share(para, claim.part, claim.rate, carried.whole, paras[k - 1],
                                           carried.name, inferred=True)
                    else:
                        if any(self._fits(claim.rate, claim.part, q)
                               for q in prose.named_by_a_longer_name(text, claim.whole_name, claim.part.start)):
                            continue  # of the narrower total the paragraph states (…财政拨款基本支出)
                        earlier = paras[max(0, k - LOOKBACK):k]
                        found = prose.find_named([p.text.value for p in earlier], claim.whole_name)
                        if found is None:
                            key = (para.section, prose.name_core(claim.whole_name))
                            pending.setdefault(key, []).append((para, claim))
                            continue
                        diag = self._share(para, claim.part, claim.rate, found[1], earlier[found[0]],
                                           claim.whole_name, inferred=True)
                    if diag:
                        yield diag
                if id(para) not in with_shares:
                    bare = prose.bare_shares(text)
                    found = list(self._parts_of_one_whole(para, bare or prose.bare_count_shares(text)))
                    if found:
                        # shares made up to 100% of parts that fall short of the total stated before
                        # the 其中: when some share is right of that total, the total is their whole
                        headed = self._headed_bases(para, bare)
                        if headed and any(self._share(para, c.part, c.rate, b.whole, para, b.name) is None
                                          for c, b in headed):
                            found = list(self._headed_in_paragraph(para, bare))
                    yield from found
                    if not found:
                        yield from self._headed_in_paragraph(para, bare)
                    yield from self._budget_base(para, bare, paras[max(0, k - 2):k])
                for ws in text_facts(text).weighted_shares:
                    diag = self._weighted(para, ws)
                    if diag:
                        yield diag
            for claims in pending.values():
                yield from self._siblings(claims)
        for fact in facts:
            yield from self._breakdown(fact)

    @staticmethod
    def _carried(paras: list[Paragraph], k: int, claim: prose.ShareClaim):
        """The whole of a share that names none, in a block opening with 其中, stated in the block
        before of the same section (:mod:`perflint.extract.carried_bases`); None if not certain."""
        if k == 0 or paras[k - 1].section != paras[k].section:
            return None
        from perflint.extract.carried_bases import carried_base, opens_breakdown
        text = paras[k].text.value
        if not opens_breakdown(text) or text.count("其中", 0, claim.part.start) > 1:
            return None  # (a part after a second 其中 is of a part: 基本支出…，其中人员经费…)
        return carried_base(paras[k - 1].text.value, claim.part_label, claim.part)

    def _headed_in_paragraph(self, para: Paragraph, claims: list[prose.ShareClaim]) -> Iterator[Diagnostic]:
        """A share with no whole named after the paragraph's one 其中 (``支出合计 500.00 万元，较上年减少…。
        其中：基本支出 400.00 万元，占 70.00%``): the whole is the total the paragraph stated before its
        其中, read as a block's 其中 reads the block before (:mod:`perflint.extract.carried_bases`);
        a warning, the words naming no whole."""
        for c, base in self._headed_bases(para, claims):
            diag = self._share(para, c.part, c.rate, base.whole, para, base.name, inferred=True)
            if diag:
                yield diag

    @staticmethod
    def _headed_bases(para: Paragraph, claims: list[prose.ShareClaim]) -> list:
        """Each claim after the paragraph's one 其中 with the total stated before it (see
        :meth:`_headed_in_paragraph`)."""
        if not claims:
            return []
        from perflint.extract.carried_bases import carried_base
        text = para.text.value
        out = []
        for c in claims:
            at = text.rfind("其中", 0, c.part.start)
            if at < 0 or text.count("其中", 0, c.part.start) != 1:
                continue  # (a part after a second 其中 is of a part: 基本支出…，其中人员经费…)
            base = carried_base(text[:at], c.part_label, c.part)
            if base is not None:
                out.append((c, base))
        return out

    def _share(self, para: Paragraph, part: Quantity, rate: Quantity, whole: Quantity, whole_para: Paragraph,
               whole_name: str, inferred: bool = False) -> Diagnostic | None:
        if whole.base_value <= 0:
            return None
        rng = ratio_interval(lambda p, w: p / w * HUNDRED, [part, whole])
        if rng is None:
            return None
        severity = check_interval(rate, rng[0], rng[1], value=rate.value)
        if severity is None or (severity is Severity.rounding and not self.options.get("rounding", True)):
            return None
        if severity is not Severity.rounding and _digits_fit_across_units(rate, part, whole):
            return None  # `预算数 2089元，其中 1777万元，占 85.06%`: a unit slip, U401's (one slip, one error)
        if inferred and severity is Severity.error:
            severity = Severity.warning  # the whole was matched by name in another sentence
        whole_loc = whole_para.text.locate(whole.start, whole.end)
        key = "share_rounding" if severity is Severity.rounding else "share"
        part_shown, whole_shown = numbers(part, whole)
        computed = part.base_value / whole.base_value * HUNDRED
        implied = rate.value / HUNDRED * whole.base_value / part.scale
        hint = hint_en = ""
        if severity is not Severity.rounding and part.value != 0:
            hint = f"；若占比无误，分项应约为 {fmt(implied, max(part.decimals, 2))}"
            hint_en = f"; if the share is right, the part should be about {fmt(implied, max(part.decimals, 2))}"
        return self.diagnostic(
            key, para.text.locate(rate.start, rate.end), severity=severity,
            related=[(whole_loc, "whole"), (para.text.locate(part.start, part.end), "part")],
            whole_name=whole_name or "总数", stated=rate.text.replace(" ", ""), part=part_shown, whole=whole_shown, computed=percent(computed, rate.decimals), whole_line=whole_loc.line,
            hint=hint, hint_en=hint_en,
        )

    def _breakdown(self, fact: BreakdownFact) -> Iterator[Diagnostic]:
        bd, para = fact.breakdown, fact.paragraph
        if not bd.shares:
            return
        if fact.total is not None:
            for part, rate in bd.shares:
                diag = self._share(para, part, rate, fact.total, fact.total_paragraph, bd.total_name,
                                   inferred=fact.inferred)
                if diag:
                    yield diag
            return
        if len(bd.shares) != len(bd.parts):
            return
        rates = [r for _, r in bd.shares]
        total = sum((r.value for r in rates), Decimal(0))
        tolerance = sum((half(r) for r in rates), Decimal(0))
        if abs(total - HUNDRED) <= tolerance or (total < HUNDRED and not bd.exhaustive):
            return
        severity = Severity.error if total > HUNDRED else Severity.warning
        yield self.diagnostic(
            "share_sum", para.text.locate(rates[0].start, rates[-1].end), severity=severity,
            related=[(para.text.locate(r.start, r.end), "part") for r in rates],
            marker=bd.marker, expr=" + ".join(number(r) + "%" for r in rates),
            computed=percent(total, max(r.decimals for r in rates)),
        )

    def _parts_of_one_whole(self, para: Paragraph, claims: list[prose.ShareClaim]) -> Iterator[Diagnostic]:
        """Shares with no whole named (``A 0.53 万元，占 31%；B 1.18 万元，占 69%``) that make up
        100%: the whole they are shares of is the sum of the parts, so each share is part ÷ sum."""
        if len(claims) < 2 or len({c.part_label for c in claims}) != len(claims):
            return
        rate_sum = sum((c.rate.value for c in claims), Decimal(0))
        if abs(rate_sum - HUNDRED) > sum((half(c.rate) for c in claims), Decimal(0)):
            # not every part of the whole is listed: still, the shares of one list must imply one whole
            yield from self._implied_wholes(para, claims)
            return
        parts = [c.part for c in claims]
        whole_sum = sum((p.base_value for p in parts), Decimal(0))
        if whole_sum <= 0 or any(p.scale != parts[0].scale for p in parts):
            return
        expr = " + ".join(number(p) for p in parts)
        for c in claims:
            rng = ratio_interval(lambda p, w: p / w * HUNDRED, [c.part, _exact(whole_sum, c.part)])
            sev = None if rng is None else check_interval(c.rate, rng[0], rng[1], value=c.rate.value)
            if sev is None or (sev is Severity.rounding and not self.options.get("rounding", True)):
                continue
            rounding = sev is Severity.rounding
            yield self.diagnostic(
                "parts_rounding" if rounding else "parts", para.text.locate(c.rate.start, c.rate.end),
                severity=Severity.rounding if rounding else Severity.warning,
                related=[(para.text.locate(o.part.start, o.part.end), "part") for o in claims if o is not c],
                stated=c.rate.text.replace(" ", ""), expr=expr, whole=fmt(whole_sum / c.part.scale),
                part=number(c.part), computed=percent(c.part.base_value / whole_sum * HUNDRED, c.rate.decimals),
            )

    def _budget_base(self, para: Paragraph, claims: list[prose.ShareClaim],
                     before: list[Paragraph]) -> Iterator[Diagnostic]:
        """``“三公”经费支出预算为 18.00 万元，支出决算为 6.28 万元。其中：公务接待费支出决算 6.28 万元，
        占 34.89%``: a share with no whole named after the paragraph's budget and final figures is
        a share of the final figure its parts break down; one that is the part over the budget,
        and not over the final figure, was computed on the other base (a warning: the words do
        not name the whole). A paragraph stating no bases whose words name the final figure as
        the whole before its shares (the template's （二）具体情况: ``“三公”经费支出决算中，…占…%``)
        takes them from the nearest of the two paragraphs before (``before``) that states both
        (（一）总体情况, perhaps its heading between)."""
        if not claims:
            return
        from perflint.extract.share_bases import names_final_whole, share_bases
        bases = share_bases(para.text.value)
        source = para
        if bases is None:
            if not names_final_whole(para.text.value, claims[0].part.start):
                return
            for source in reversed(before):
                bases = share_bases(source.text.value)
                if bases is not None:
                    break
            if bases is None:
                return
        budget, final = bases.budget, bases.final
        for c in claims:
            part = c.part
            if source is para and part.start < final.end or part.value <= 0 or part.base_value > final.base_value:
                continue
            if self._fits(c.rate, part, final) or not self._fits(c.rate, part, budget):
                continue
            part_shown, final_shown = numbers(part, final)
            yield self.diagnostic(
                "budget_base", para.text.locate(c.rate.start, c.rate.end), severity=Severity.warning,
                related=[(source.text.locate(budget.start, budget.end), "budget"),
                         (source.text.locate(final.start, final.end), "whole")],
                stated=c.rate.text.replace(" ", ""), part=part_shown, budget=number(budget), final=final_shown,
                computed=percent(part.base_value / final.base_value * HUNDRED, c.rate.decimals))

    @staticmethod
    def _fits(rate: Quantity, part: Quantity, whole: Quantity) -> bool:
        """Whether ``rate`` is ``part`` over ``whole`` at the figures' precision (a last-digit
        difference included)."""
        rng = ratio_interval(lambda p, w: p / w * HUNDRED, [part, whole])
        return rng is not None and check_interval(rate, rng[0], rng[1], value=rate.value) in (None, Severity.rounding)

    def _implied_wholes(self, para: Paragraph, claims: list[prose.ShareClaim]) -> Iterator[Diagnostic]:
        """``A 9.00 万元，占 70%；B 3.00 万元，占 25%`` in one sentence, with no whole named and shares
        that do not make up 100% (a part may be left out): each share still implies the whole
        (part ÷ share), and 9.00 ÷ 70% = 12.86 cannot be 3.00 ÷ 25% = 12.00 at the figures' precision."""
        norm = normalise(para.text.value)
        spans = sentences(norm)
        sentence = {next((k for k, (s, e) in enumerate(spans) if s <= c.rate.start < e), -1) for c in claims}
        stated = [c for c in claims if c.rate.value > 0 and c.part.value > 0]
        if len(sentence) != 1 or len(stated) < 2 or any(c.part.kind != "money" for c in stated):
            return
        if nested_between(norm, claims[0].rate.end, claims[-1].part.start):
            return  # ``基本支出 a，占 x%，其中人员经费 b，占 y%``: y% is of 基本支出, another whole
        ranges = [ratio_interval(lambda p, r: p / r * HUNDRED, [c.part, c.rate]) for c in stated]
        if any(r is None for r in ranges) or max(r[0] for r in ranges) <= min(r[1] for r in ranges):
            return
        expr = "，".join(f"{number(c.part)} ÷ {number(c.rate)}% = {fmt(c.part.value / c.rate.value * HUNDRED, max(c.part.decimals, 2))}"
                        for c in stated)
        yield self.diagnostic(
            "implied_wholes", para.text.locate(stated[0].rate.start, stated[-1].rate.end), severity=Severity.warning,
            related=[(para.text.locate(c.rate.start, c.rate.end), "part") for c in stated[1:]], expr=expr)

    def _siblings(self, claims: list[tuple[Paragraph, prose.ShareClaim]]) -> Iterator[Diagnostic]:
        """Shares of one named whole whose figure is stated nowhere: they must imply one whole."""
        if len(claims) < 2 or len({c.part_label for _, c in claims}) != len(claims):
            return
        ranges = [ratio_interval(lambda p, r: p / r * HUNDRED, [c.part, c.rate]) for _, c in claims]
        if any(r is None for r in ranges) or any(c.part.kind != claims[0][1].part.kind for _, c in claims):
            return
        if claims[0][1].part.kind == "count" and len({c.part.unit for _, c in claims}) > 1:
            return  # 套 and 户 count different things: each share is of its own target, not one whole
        if max(r[0] for r in ranges) <= min(r[1] for r in ranges):
            return  # one whole fits every share
        parts = [c.part for _, c in claims]
        whole_sum = sum((p.base_value for p in parts), Decimal(0))
        fits, severities = [], []
        for _, c in claims:
            rng = ratio_interval(lambda p, w: p / w * HUNDRED, [c.part, _exact(whole_sum, c.part)])
            sev = None if rng is None else check_interval(c.rate, rng[0], rng[1], value=c.rate.value)
            severities.append(sev)
            fits.append(rng is not None and sev in (None, Severity.rounding))
        if any(fits) and not all(fits) or (all(fits) and any(severities)):
            scale = parts[0].scale
            expr = " + ".join(number(p) for p in parts)
            for (para, c), sev in zip(claims, severities, strict=True):
                if sev is None or (sev is Severity.rounding and not self.options.get("rounding", True)):
                    continue
                computed = c.part.base_value / whole_sum * HUNDRED
                yield self.diagnostic(
                    "siblings" if sev is not Severity.rounding else "siblings_rounding",
                    para.text.locate(c.rate.start, c.rate.end),
                    severity=Severity.warning if sev is not Severity.rounding else Severity.rounding,
                    related=[(p.text.locate(o.part.start, o.part.end), "part") for p, o in claims if o is not c],
                    whole_name=c.whole_name, stated=c.rate.text.replace(" ", ""), expr=expr,
                    whole=fmt(whole_sum / scale), part=number(c.part), computed=percent(computed, c.rate.decimals),
                )
            return
        claims = _after_complete_breakdowns(claims)
        rate_sum = sum((c.rate.value for _, c in claims), Decimal(0))
        if len(claims) > 1 and rate_sum > HUNDRED + sum((half(c.rate) for _, c in claims), Decimal(0)):
            para, c = claims[-1]
            yield self.diagnostic(
                "siblings_over", para.text.locate(c.rate.start, c.rate.end), severity=Severity.warning,
                related=[(p.text.locate(o.rate.start, o.rate.end), "part") for p, o in claims if o is not c],
                whole_name=c.whole_name, expr=" + ".join(number(o.rate) + "%" for _, o in claims),
                computed=percent(rate_sum, max(o.rate.decimals for _, o in claims)),
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


def _after_complete_breakdowns(
        claims: list[tuple[Paragraph, prose.ShareClaim]]) -> list[tuple[Paragraph, prose.ShareClaim]]:
    """The claims left after each run of them whose shares make up 100%: a whole is often broken
    down twice (基本支出 95.57% + 项目支出 4.43%, then by function 78.33% + … + 6.90%), and
    each breakdown is complete on its own. A run is dropped wherever it stands, not only at the
    start: when the first breakdown's other share is stated in a form no claim reads (or before
    an excerpt's cut), its lone 项目支出 4.43% is followed by a complete one, not part of it."""
    left = list(claims)
    start = 0
    while start < len(left):
        acc, tolerance = Decimal(0), Decimal(0)
        for k in range(start, len(left)):
            c = left[k][1]
            acc += c.rate.value
            tolerance += half(c.rate)
            if abs(acc - HUNDRED) <= tolerance:
                del left[start:k + 1]
                break
            if acc > HUNDRED + tolerance:
                start += 1
                break
        else:
            start += 1
    return left


def _exact(value: Decimal, like: Quantity) -> Quantity:
    """A computed figure in ``like``'s unit, exact (no rounding interval of its own)."""
    return replace(like, value=value / like.scale, decimals=12)

