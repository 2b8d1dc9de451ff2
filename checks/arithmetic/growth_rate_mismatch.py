"""A105: `比上年减少 X 万元，下降 Y%` where Y is not X over last year's figure."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import prose
from perflint.extract.prior_changes import PriorChange, prior_changes
from perflint.model import Document, Paragraph, Part
from perflint.text.numbers import Quantity

from ._compare import change_scale_slip, check_interval, numbers, percent, ratio_interval
from ._facts import paragraphs

HUNDRED = Decimal(100)


class GrowthRateMismatch(Check):
    """## What it does
    Recomputes the rate of a change stated with its amount: in `本年支出 C 万元，比上年减少 X 万元，
    下降 Y%` last year was C + X, so Y should be X ÷ (C + X); after `增加 X 万元，增长 Y%` it
    should be X ÷ (C − X). With the base stated instead (`比上年 B 万元增长 Y%`), Y should be
    (C − B) ÷ B (also inside `与上年 B 万元相比`). With last year's figure stated beside this year's
    (`2024年预算 6 万元，2023年 9.6 万元，对比减少 X 万元，减少率 Y%`), Y should be X ÷ P: when
    only the rounding of C lets X ÷ (C + X) agree, a warning. When each year heads a run of figures
    (`2023年度收入总计 C，支出总计 C，2022年度收入总计 P，支出总计 P，各增加 X，增长 Y%`), the last
    figure before the change is last year's though its own label names no year: the change is
    about this year's figure of the same name, read only when the two differ by X. With last year's figure beside this
    year's and no change stated (`本年 C，上年为 P，下降 Y%`, `2023年 P，2024年 C，增长 Y%`, or a signed
    `变动率 -Y%` whose sign is the direction), Y should be
    (C − P) ÷ P; a warning when P lacks its unit and is read in C's (`上年为 12.50`), when one figure stands in the sentence before
    (`…C 万元。上年为 P 万元，下降 Y%`, `上年 Q P 万元。本年 Q C 万元，下降 Y%`, the quantity named
    alike) or the rate follows a figure labelled only by the year before (`2024年 C，2023年 P，下降
    Y%`: the fall might be 2023's own). Listed changes and rates pair respectively
    (`X、Y 分别为 c1、c2 万元，比上年分别增加 x1、x2 万元，分别增长 a%、b%`) when the three
    lists have one length; so do a pair of figures in the sentence before and a pair of changes
    and rates after the comparison (`收、支总计各是 A,B 万元。与上年相比，收、支总计各减少 a,b 万元，各下降
    x%、y%`, or `收入 A、支出总计 B 万元。…收入减少 a、支出总计减少 b 万元，分别下降 x%、y%`, or with
    the figures in the sentence itself and the changes shared out by 各 before rates after a bare
    verb: `收入总计 A，支出总计 B，与上年相比，收入、支出总计各增加 a、b 万元，增长 x%、y%`), read in
    their order, a warning. A change whose sentence opens with a name for the figures of the
    sentence before (`收入总计 C，支出总计 C。收入支出总计比上年减少 X，下降 Y%`, or 收支 alone) is about them, and one
    opening on a comparison after `预算为 B，支出决算为 A，完成预算的 W%` is about A (the 三公 passage),
    and so is one whose subject names that account (`“三公”经费决算比上年减少 X`) with 其中
    sentences detailing A between them.
    Also flags any 下降 / 降低 / 减少 above 100%, which cannot happen, and (as a
    warning) a rise stated as a percentage where the increase is the whole figure (`支出 4.79
    万元，比预算增加 4.79 万元，增长 100%`): the base was 0 and no rate can be computed. A change
    and its rate worded in opposite directions (`较上年减 0.04 万元，增 0.01%`) is a warning: one of
    the two words is wrong. A signed rate's sign turns its word (`减少 X 万元，同比增长 -Y%` is a fall
    of Y%, as statistical tables write it). The tolerance comes from the displayed precision of every figure involved;
    a change stated apart from its level, by the item's name (a 三公 passage's `公务接待费支出决算为 A`
    under 总体情况, then `其中：公务接待费支出决算减少 X，下降 Y%`), is read against the one figure of
    that name in the nearest of the few paragraphs before (a warning);
    a rate one last digit off that is exactly the change over this year's figure (`60.00 万元，减少 6.00
    万元，降低 10%`: 9.09% shows as 9%) is a wrong base, a warning, not a rounding difference. Last year's figure with its year run into it
    (`较20155.88万元增加了0.51万元`, its 年 lost: Y506 names the slip) is read as the figure after the year
    when that makes the change agree (6.39 − 5.88 = 0.51), and the rate is checked against the change.
    A rate that holds once the change and this year's figure are read in one unit (`520.40 万元，
    减少 30.10 元，下降 5.5%`) is a unit slip, U401's. The budget a rate is reckoned against
    (`完成预算 B 的 W%`, `占年初预算 B 的 W%`) and the gap between the actual and its budget
    (`短收 D`, `超收 D`, `超支 D`) are never the figure a change after them is about: that is the
    actual before them (`收入 A，完成预算 B 的 W%，短收 D，同比减收 X，下降 Y%`: Y is X ÷ (A + X)).

    ## Why is this bad?
    A rate that does not follow from the figures next to it was computed on the wrong base
    (`降低161%` = 1.85 ÷ 1.15 instead of 1.85 ÷ 3.00) or copied from another sentence.

    ## Example
    ```text
    公用经费 214.60 万元，比上年减少 12.40 万元，下降 5.8%。
    ```
    Last year was 227.00, and 12.40 ÷ 227.00 = 5.5%.

    ## Use instead
    ```text
    公用经费 214.60 万元，比上年减少 12.40 万元，下降 5.5%。
    ```

    A rate that truncating or rounding up the computed rate gives (less than one unit of its last
    digit off) is a 尾数差异; one that no value of the figures within their own rounding reaches by
    any rounding (`增加 8.25 万元，增长 2.8%` for a total of 317.6: 2.663–2.669%) is an error.

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    对同时写明增减额和增减幅度的句子重新计算幅度：“本年支出 C 万元，比上年减少 X 万元，下降 Y%”时上年为 C + X，Y 应为 X ÷ (C + X)；“增加 X 万元，增长 Y%”时 Y 应为 X ÷ (C − X)；写明上年基数（“比上年 B 万元增长 Y%”）时 Y 应为 (C − B) ÷ B（“与上年 B 万元相比”同）。本年数旁写明上年数的（“2024年预算 6 万元，2023年 9.6 万元，对比减少 X 万元，减少率 Y%”），Y 应为 X ÷ P；仅因 C 的舍入才与 X ÷ (C + X) 相符时，以 warning 级别报告。两个年度各领一串数字的（“2023年度收入总计 C，支出总计 C，2022年度收入总计 P，支出总计 P，各增加 X，增长 Y%”），增减额前的最后一个数虽未写年份，也属上年：增减说的是本年同名的数，两数之差等于 X 时才这样读。本年数旁写明上年数而未写增减额的（“本年 C，上年为 P，下降 Y%”“2023年 P，2024年 C，增长 Y%”，或以正负号表示方向的“变动率 -Y%”），Y 应为 (C − P) ÷ P；上年数缺单位、按本年数的单位读取的（“上年为 12.50”），其中一个数在前一句的（“……C 万元。上年为 P 万元，下降 Y%”“上年 Q P 万元。本年 Q C 万元，下降 Y%”，两句名称相同），或幅度紧跟只以上一年份标明的数的（“2024年 C，2023年 P，下降 Y%”：也可读作 2023 年本身的降幅），以 warning 级别报告。句子以前一句各数字的名称开头的（“收入总计 C，支出总计 C。收入支出总计比上年减少 X，下降 Y%”，或只写“收支”），增减说的是前一句的数字；前一句为“预算为 B，支出决算为 A，完成预算的 W%”、本句以比较开头的（三公经费段落），增减说的是 A；本句以该账目名称开头的（“‘三公’经费决算比上年减少 X”），中间隔着细分 A 的“其中”句也是如此。所列数字、增减额与幅度个数相同时逐一对应核对（“X、Y 分别为 c1、c2 万元，比上年分别增加 x1、x2 万元，分别增长 a%、b%”）；前一句写两个数字、比较之后写两个增减额和两个幅度的（“收、支总计各是 A,B 万元。与上年相比，收、支总计各减少 a,b 万元，各下降 x%、y%”“收入 A、支出总计 B 万元。……收入减少 a、支出总计减少 b 万元，分别下降 x%、y%”，或两个数字就在本句、增减额由“各”分配而幅度只跟“增长”等词的：“收入总计 A，支出总计 B，与上年相比，收入、支出总计各增加 a、b 万元，增长 x%、y%”），按顺序逐一核对，以 warning 级别报告。“下降”“降低”“减少”超过 100% 的也报告（不可能发生）；增加额等于本期数却写了增长百分比的（“支出 4.79 万元，比预算增加 4.79 万元，增长 100%”：基数为 0，增幅无法计算），以 warning 级别报告。增减额与幅度的方向写反的（“较上年减 0.04 万元，增 0.01%”），也以 warning 级别报告：两个词必有一个写错。带负号的幅度，方向与其用词相反（“减少 X 万元，同比增长 -Y%”即下降 Y%，统计表常这样写）。容差按各数字的显示精度确定；增减与其本年数分开写、只以项目名称相连的（三公经费“总体情况”写“公务接待费支出决算为 A”，下一段写“其中：公务接待费支出决算减少 X，下降 Y%”），按前面几段中最近一段所写的该名称唯一数字核对，以 warning 级别报告；只差末位、却恰好等于增减额除以本年数的幅度（“60.00 万元，减少 6.00 万元，降低 10%”：9.09% 应显示为 9%），是基数用错而非尾数差异，以 warning 级别报告。增减额与本年数按同一单位读取后幅度恰好成立的（“520.40 万元，减少 30.10 元，下降 5.5%”），是元与万元混用，由 U401 报告。完成率或占比所对的预算（“完成预算 B 的 W%”“占年初预算 B 的 W%”），以及实际数与预算之差（“短收 D”“超收 D”“超支 D”），都不是其后增减所说的数：增减说的是它们前面的实际数（“收入 A，完成预算 B 的 W%，短收 D，同比减收 X，下降 Y%”：Y 为 X ÷ (A + X)）。上年数与其年份连写（“较20155.88万元增加了0.51万元”，缺“年”，Y506 指出）时，若去掉年份后的数字使增减额相符（6.39 − 5.88 = 0.51），按该数字读上年数，照常核对增减幅度。

    ## 为什么要改
    幅度与旁边的数字对不上，通常是用错了基数（如 1.85 ÷ 1.15 写成“降低161%”，应为 1.85 ÷ 3.00），或从别的句子抄来。

    ## 示例
    {example}
    上年为 227.00 万元，12.40 ÷ 227.00 = 5.5%。

    ## 应改为
    {use_instead}

    截尾或进位可得的幅度（与计算值相差不到末位的一个单位）为尾数差异；各数字在其自身舍入范围内无论怎样舍入都得不到的（总额 317.6 万元时“增加 8.25 万元，增长 2.8%”：只能是 2.663%–2.669%），为错误。

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A105"
    name = "growth-rate-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "增减幅度与增减额不符", "en": "Rate of change does not match the change"}
    messages = {
        "change": {
            "zh": "{verb} {stated} 与 {x} ÷ ({c} {op} {x}) = {computed}% 不符{hint}",
            "en": "a {verb_en} of {stated} does not match {x} ÷ ({c} {op} {x}) = {computed}%{hint_en}",
        },
        "change_impossible": {
            "zh": "{verb} {stated} 不可能：降幅不会超过 100%，按所列数字应为 {x} ÷ ({c} + {x}) = {computed}%",
            "en": "a {verb_en} of {stated} is impossible (a fall cannot exceed 100%); the figures give "
                  "{x} ÷ ({c} + {x}) = {computed}%",
        },
        "impossible": {
            "zh": "{verb} {stated} 不可能：降幅不会超过 100%",
            "en": "a {verb_en} of {stated} is impossible: a fall cannot exceed 100%",
        },
        "base": {
            "zh": "{verb} {stated} 与 {expr} = {computed}% 不符{hint}",
            "en": "a {verb_en} of {stated} does not match {expr} = {computed}%{hint_en}",
        },
        "change_rounding": {
            "zh": "尾数差异：{verb} {stated}，按 {x} ÷ ({c} {op} {x}) 应为 {computed}%",
            "en": "rounding difference: a {verb_en} of {stated}, but {x} ÷ ({c} {op} {x}) = {computed}%",
        },
        "zero_base": {
            "zh": "{verb} {stated} 无从计算：增加额 {x} 等于本期数 {c}，比较基数为 0，增幅应写“无法计算”或不写",
            "en": "a {verb_en} of {stated} cannot be computed: the increase {x} is the whole figure {c}, so the base was 0",
        },
        "opposite": {
            "zh": "增减方向自相矛盾：{verb} {x}，幅度却写作“{rate_verb} {stated}”",
            "en": "the change and its rate go opposite ways: a {verb_en} of {x}, but the rate is stated as a {rate_verb_en} of {stated}",
        },
        "prior": {
            "zh": "{verb} {stated} 与增减额 ÷ 上年数 {x} ÷ {p} = {computed}% 不符：上年数、增减额与幅度必有一个写错",
            "en": "a {verb_en} of {stated} does not match the change over last year's figure, {x} ÷ {p} = {computed}%: "
                  "last year's figure, the change or its rate is wrong",
        },
        "operand": {"zh": "增减额", "en": "change"},
        "current": {"zh": "本期数", "en": "current figure"},
        "prior_figure": {"zh": "上年数", "en": "last year's figure"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        listed = paragraphs(doc)
        for n, (part, para) in enumerate(listed):
            statements = prose.change_statements(para.text.value)
            if not statements:
                continue  # most paragraphs: no rate of change to check
            # a change that last year's figure beside it contradicts is A110's: the rate's
            # operands are not known then
            disputed = {pc.change.start for pc in prior_changes(para.text.value)
                        if not pc.agrees and not _year_run_in(pc)}
            for st in statements:
                if st.base is not None and st.base_kind == "budget":
                    continue  # A107 reads comparisons with a budget figure
                if st.change is not None and st.change.start in disputed:
                    continue
                source = para
                if st.current is None and st.change_label and st.base is None:
                    found = _level_before(listed, n, part, st, ctx.fiscal_year_of(part))
                    if found is not None:
                        source, level = found
                        st = replace(st, current=level, inferred=True)
                diag = self._check(para, st, source)
                if diag is not None:
                    yield diag
        yield from self._pairs(listed)

    def _pairs(self, listed: list[tuple[Part, Paragraph]]) -> Iterator[Diagnostic]:
        """Rates stated as a pair (``各减少 a,b 万元，各下降 x%、y%``), each of its own figure."""
        for _part, para in listed:
            value = para.text.value
            # substring tests first: a pair of rates is shared out by 分别 or 各 (few paragraphs)
            if ("分别" not in value and "各" not in value) or ("%" not in value and "％" not in value):
                continue
            from perflint.extract.paired_changes import paired_changes  # rare: loaded with its case

            pairs = paired_changes(value)
            if not pairs:
                continue
            read = {st.rate.start for st in prose.change_statements(value)}  # the sentence's own reading first
            for st in pairs:
                if st.rate.start in read:
                    continue
                diag = self._check(para, st)
                if diag is not None:
                    yield diag

    def _against_prior(self, para: Paragraph, st: prose.ChangeStatement,
                       related: list) -> Diagnostic | None:
        """``本年 C，上年 P，减少 X，下降 Y%``: Y agrees with X over C ± X only because C is
        rounded (``预算8万元``), but last year's figure is stated and Y should be X ÷ P. A warning:
        which of P, X and Y is wrong the figures cannot tell, nor which figure the base is."""
        x, p = st.change, st.prior
        assert x is not None and p is not None
        if p.base_value <= 0:
            return None
        rng = ratio_interval(lambda d, b: d / b * HUNDRED, [x, p])
        if rng is None or check_interval(st.rate, rng[0], rng[1], value=st.rate.value) is not Severity.error:
            return None
        decrease = st.direction < 0
        xs, ps = numbers(x, p)
        related = [*related, (para.text.locate(p.start, p.end), "prior_figure"), (para.text.locate(x.start, x.end), "operand")]
        return self.diagnostic(
            "prior", para.text.locate(st.rate.start, st.rate.end), severity=Severity.warning, related=related,
            verb="下降" if decrease else "增长", verb_en="fall" if decrease else "rise",
            stated=st.rate.text.replace(" ", ""), x=xs, p=ps,
            computed=percent(x.base_value / p.base_value * HUNDRED, st.rate.decimals))

    def _check(self, para: Paragraph, st: prose.ChangeStatement, source: Paragraph | None = None) -> Diagnostic | None:
        """``source``: the paragraph that states ``st.current`` (another one when it was read by
        the item's name, :func:`_level_before`)."""
        source = source or para
        loc = para.text.locate(st.rate.start, st.rate.end)
        decrease = st.direction < 0
        verb, verb_en = ("下降", "fall") if decrease else ("增长", "rise")
        stated = st.rate.text.replace(" ", "")
        impossible = decrease and st.rate.value > HUNDRED
        if st.change is not None and st.rate_direction == -st.direction:
            # ``减 0.04 万元，增 0.01%``: one of the two words is wrong, and the rate cannot be checked
            rate_verb, rate_verb_en = ("增长", "rise") if decrease else ("下降", "fall")
            change_verb, change_verb_en = ("减少", "fall") if decrease else ("增加", "rise")
            return self.diagnostic("opposite", loc, severity=Severity.warning,
                                   related=[(para.text.locate(st.change.start, st.change.end), "operand")],
                                   verb=change_verb, verb_en=change_verb_en, x=st.change.text.replace(" ", ""), stated=stated,
                                   rate_verb=rate_verb, rate_verb_en=rate_verb_en)
        if st.current is None or (st.change is None and st.base is None):
            if impossible:
                return self.diagnostic("impossible", loc, verb=verb, verb_en=verb_en, stated=stated)
            return None
        if st.current.base_value <= 0:
            return None
        related = [(source.text.locate(st.current.start, st.current.end), "current")]
        if st.change is not None:
            x = st.change
            if change_scale_slip(st.current, x, st.rate, decrease) is not None:
                return None  # the change or the level lacks its 万 (U401's)
            if decrease:
                fn = lambda c, d: d / (c + d) * HUNDRED  # noqa: E731
            else:
                fn = lambda c, d: d / (c - d) * HUNDRED  # noqa: E731
            if not decrease and st.current.base_value <= x.base_value:
                if st.current.base_value == x.base_value and st.rate.value > 0:
                    related.append((para.text.locate(x.start, x.end), "operand"))
                    xs, cs = numbers(x, st.current)
                    return self.diagnostic("zero_base", loc, severity=Severity.warning, related=related, verb=verb,
                                           verb_en=verb_en, stated=stated, x=xs, c=cs)
                return None
            rng = ratio_interval(fn, [st.current, x])
            if rng is None:
                return None
            point = fn(st.current.base_value, x.base_value)
            severity = check_interval(st.rate, rng[0], rng[1], value=st.rate.value)
            if severity is None and not impossible:
                return self._against_prior(para, st, related) if st.prior is not None else None
            if st.alternative is not None and not impossible:
                # the change follows a breakdown's last part and may be its total's
                alt = ratio_interval(fn, [st.alternative, x]) if st.alternative.base_value > x.base_value or decrease \
                    else None
                if alt is not None and check_interval(st.rate, alt[0], alt[1], value=st.rate.value) is None:
                    return None
                severity = min(severity, Severity.warning)
            wrong_base = ratio_interval(lambda c, d: d / c * HUNDRED, [st.current, x])
            on_wrong_base = wrong_base is not None and \
                check_interval(st.rate, wrong_base[0], wrong_base[1], value=st.rate.value) is None
            if st.inferred and severity is Severity.error:
                severity = Severity.warning  # this year's figure was read by its name in another paragraph
            if severity is Severity.rounding and on_wrong_base:
                # ``减少 6.00，降低 10%`` with C 60.00: 9.09% shows as 9%; 10% is X ÷ C exactly, a
                # wrong base rather than a last digit (a warning: a rate rounded up is not unheard of)
                severity = Severity.warning
            if severity is Severity.rounding and not impossible and not self.options.get("rounding", True):
                return None
            related.append((para.text.locate(x.start, x.end), "operand"))
            hint = hint_en = ""
            xs, cs = numbers(x, st.current)
            if severity is not Severity.rounding and on_wrong_base:
                hint = f"；{stated} 是 {xs} ÷ {cs}，以本年数而不是上年数为基数"
                hint_en = f"; {stated} is {xs} ÷ {cs}, on this year's figure instead of last year's"
            args = dict(verb=verb, verb_en=verb_en, stated=stated, x=xs, c=cs,
                        op="+" if decrease else "−", computed=percent(point, st.rate.decimals), hint=hint,
                        hint_en=hint_en)
            if impossible:
                return self.diagnostic("change_impossible", loc, severity=Severity.error, related=related, **args)
            key = "change_rounding" if severity is Severity.rounding else "change"
            return self.diagnostic(key, loc, severity=severity, related=related, **args)
        b = st.base
        if b.base_value <= 0:
            return None
        sign = Decimal(st.direction)
        fn = lambda c, base: (c - base) / base * HUNDRED * sign  # noqa: E731
        rng = ratio_interval(fn, [st.current, b])
        if rng is None:
            return None
        severity = check_interval(st.rate, rng[0], rng[1], value=st.rate.value)
        if severity is None or (severity is Severity.rounding and not self.options.get("rounding", True)):
            return None
        if st.inferred and severity is Severity.error:
            severity = Severity.warning  # this year's figure was read from the sentence before
        ratio = ratio_interval(lambda c, base: c / base * HUNDRED, [st.current, b])
        hint = hint_en = ""
        cs, bs = numbers(st.current, b)
        if ratio and check_interval(st.rate, ratio[0], ratio[1], value=st.rate.value) is None:
            hint = f"；{stated} 是 {cs} ÷ {bs}，即本期数相当于基数的百分比，不是增幅"
            hint_en = f"; {stated} is {cs} ÷ {bs}, the figure as a share of its base, not the change"
        related.append((para.text.locate(b.start, b.end), "operand"))
        return self.diagnostic(
            "base", loc, severity=severity, related=related, verb=verb, verb_en=verb_en, stated=stated,
            expr=f"({cs} − {bs}) ÷ {bs}" if not decrease else f"({bs} − {cs}) ÷ {bs}", computed=percent(fn(st.current.base_value, b.base_value), st.rate.decimals),
            hint=hint, hint_en=hint_en,
        )


def _year_run_in(pc: PriorChange) -> bool:
    """Whether last year's figure is a year run into it (``较20155.88万元``: 2015 and 5.88, its 年
    lost; Y506 or A110 names that slip) and the figure after the year makes the change agree: the
    change then stands, and its rate is checked against it."""
    if pc.exact or pc.target:
        return False
    from perflint.text.dates import year_run_into_figure  # rare: a figure of five digits or more

    split = year_run_into_figure(pc.prior.value, pc.prior.text)
    if split is None:
        return False
    rest = split[1] * pc.prior.scale
    return abs(pc.current.base_value - rest - pc.direction * pc.change.base_value) <= pc.slack


# how many paragraphs before a change its item's level may stand (总体情况 then 比上年)
_LOOKBACK = 4


def _level_before(listed: list[tuple[Part, Paragraph]], n: int, part: Part, st: prose.ChangeStatement,
                  fiscal_year: int | None) -> tuple[Paragraph, Quantity] | None:
    """This year's figure of the item a change names (``公务接待费支出决算减少 d``), stated by the
    same name earlier in the paragraph or in the few paragraphs of its part before: one figure
    of that name, else none (which one the change is about is not known)."""
    from perflint.extract.item_levels import (  # loaded with the case it serves
        about_another_year,
        item_key,
        named_levels,
    )

    key = item_key(st.change_label)
    if not key:
        return None
    found: list[tuple[Paragraph, Quantity]] = []
    for k in range(n, max(-1, n - _LOOKBACK - 1), -1):
        p_part, para = listed[k]
        if p_part is not part:
            break
        if k != n and about_another_year(para.text.value, fiscal_year):
            break  # an earlier paragraph about another year: its levels may be that year's
        levels = named_levels(para.text.value, st.change.start if k == n else None, fiscal_year).get(key, [])
        found.extend((para, q) for q in levels)
        if found:
            break  # the nearest paragraph that names the item
    values = {q.base_value for _, q in found}
    return found[-1] if len(values) == 1 and found[-1][1].kind == st.change.kind else None
