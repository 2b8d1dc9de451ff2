"""A107: `完成预算的 W%` that is not actual ÷ budget, and `比预算 B 增加了 P%` that is not (C − B) ÷ B."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import prose
from perflint.model import Document, Paragraph
from perflint.text.numbers import Quantity, fmt

from ._compare import (
    check_interval,
    check_sum,
    completion_scale_slip,
    decimals_of,
    numbers,
    percent,
    ratio_interval,
)
from ._facts import paragraphs

HUNDRED = Decimal(100)


class BudgetCompletionMismatch(Check):
    """## What it does
    Recomputes budget completion stated in prose: `预算数为 40 万元，执行数为 36 万元，完成预算 90%`
    (W = 执行 ÷ 预算; the budget may stand inside the rate's phrase, `支出决算为 36 万元，完成全年预算
    40 万元的 90%`; also `执行率`; a transfer payment's `下达资金` is its budget, and so is a project's `资金总额` (`项目资金总额`, `财政资金总额`: the form's 年度资金总额 row, not a total of the money arrived or spent), or its funds counted as one total (`项目资金共 B 万元`, `专项资金合计 B`; not 到位/拨付/节约资金共), or the funds of the project the report is about (`该项目资金 B`, `本项目资金 B`); a figure named between the budget and the actual (the year's share of a total over several years, `本年下达 B1`) is a base the rate may be reckoned against, and such a rate is no finding, a subsidy paid out (`发放救助供养金 A`) its spending; also the 部门整体 共性指标 `“三公”经费控制率`, `公用经费控制率` and `政府采购执行率` against `实际采购金额`; a payout or execution 进度, `拨付资金 A 万元，资金拨付进度 W%`, as a 支付率), or read against the gap stated after it (`决算为 A 万元，完成预算的
    W%，较预算减少 D 万元`: W = A ÷ (A + D)), or read against the amount paid and the amount left
    unpaid (`资金支付 36 万元，未支 4 万元，支付率 90%`: W = 36 ÷ (36 + 4)), and comparisons with a budget figure:
    `支出 151.48 万元，比年初预算数 9.25 万元增加了 P%` (P = (151.48 − 9.25) ÷ 9.25), also
    worded `与 2022 年度预算 B 万元相比增长 P%`. When P
    is really 支出 ÷ 预算 — the completion rate written as an increase — the message says so.
    A completion that the figures' precision allows (a budget written `1万元`) but that is, at
    the figures as written, exactly 100% minus actual ÷ budget (`预算1万元，决算0.53万元，完成预算的
    47%`) is the share left unspent written as the completion: a warning. Where the precision does
    not allow the rate (`预算3万元，决算1.71万元，完成预算的43%`) it is an error as any other, and the
    message says the rate is 100% minus the completion.
    A rate whose sentence states only a spending named by no scope of its own (`截至年底，实际支出
    A 万元，预算执行率 W%`, also after time words alone: `截至2023年底实际支出 A 万元`, of the budget's
    year) is read against the one budget of the sentence right before it (a spending of an earlier
    year than the budget's, `2022年度决算支出 A；2023年度预算安排 B，执行率 W%`, is not read)
    (`项目预算资金 B 万元，其中：…`), as a warning — or, when it opens a paragraph under its own
    sub-heading (`2.项目资金执行情况`), against the paragraph before whose one money figure is a
    budget (`1.项目资金到位情况：下达我局…经费 B 万元。`), as a warning too.
    A funds-arrival rate is read the same way against the funds that arrived: `全年预算数 240 万元，
    实际到位资金 228 万元，资金到位率 95%` (W = 到位 ÷ 预算). With budgets of two stages stated
    (年初 and 调整后) the adjusted one is the base; a rate matching neither is a warning, one matching
    either is quiet. A payout 进度 after a payment said to follow the contract or the works
    (`按合同约定和施工进度足额拨付资金 A，资金拨付进度 100%`) may be of what fell due rather than of the
    budget: a mismatch with the budget is a warning. An execution rate that is spending ÷ the arrived funds stated before it is quiet.
    An execution or payout rate (`执行率`, `支付率`, `拨付进度`) of 100% or less whose spending exceeds
    the budget named (`预算数 B，执行数 A（A > B），执行率为100%`) is a warning: spending cannot pass
    the budget it is executed against, so B is the 年初 one and the rate may be of the adjusted
    budget the sentence leaves out, or capped at 100%.
    A sentence whose only money figures are a budget, what was spent and what is left
    (`项目预算 60 万元，实际支出 54 万元，结余 6 万元`, also 未支付, 剩余, 结转 — not 年初/上年结转) must
    have left = budget − spent — also when they close a longer sentence one after another
    (`投资估算 E，…下达资金 B，实际使用 A，资金结转 U`) (the budget's 其中 breakdown right after it, adding up to it exactly, is no other money:
    `预算 B，其中县级 p1、镇级 p2；支出 A，结余 U`); against a 年初预算 (an adjusted one may be the
    base) a warning. A sentence with only
    a spending named by no scope and what is left (`全年实际支出 A 万元，结余 U 万元`) is read
    against the one budget of the sentence right before it, as a warning.
    A completion rate after a budget that is, to the digits shown, another money figure of its
    sentence or the sentence before minus that budget (`支出总计 500.12 万元。…年初预算数 472.90 万元，
    完成年初预算的 27.22%`: 500.12 − 472.90) is the difference written where the rate belongs, a
    warning; only a rate shown with decimals is read so.

    ## Why is this bad?
    `比预算增加了 1637.62%` for a figure that is 16.4 times its budget overstates the
    overspend by a full 100 percentage points; a completion rate that does not follow from
    the two figures next to it is a typo or a copy from another project.

    ## Example
    ```text
    会议费支出 18.60 万元，比年初预算数 6.20 万元增加了 300%。
    ```
    (18.60 − 6.20) ÷ 6.20 = 200%; 300% is spending ÷ budget.

    ## Use instead
    ```text
    会议费支出 18.60 万元，比年初预算数 6.20 万元增加了 200%。
    ```

    A rate that truncating or rounding up the computed rate gives (less than one unit of its last
    digit off) is a 尾数差异; one that no value of the figures within their own rounding reaches by
    any rounding (`317.6` is 317.55–317.65) is an error.

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    重新计算文字中的预算完成情况：“预算数为 40 万元，执行数为 36 万元，完成预算 90%”（完成率 = 执行 ÷ 预算；预算数也可写在完成率的短语中，“支出决算为 36 万元，完成全年预算 40 万元的 90%”；也包括“执行率”；转移支付“下达资金”即其预算数，项目的“资金总额”（“项目资金总额”“财政资金总额”，即自评表“年度资金总额”一行，不是到位或支出资金的总额）也是，合计写出的项目资金（“项目资金共 B 万元”“专项资金合计 B”；“到位/拨付/节约资金共”不算）也是，本项目的资金（“该项目资金 B”“本项目资金 B”）也是（预算数与支出之间另写的金额，如多年总额之后的“本年下达 B1”，可能才是完成率的基数，此时不报告），补助“发放”（“发放救助供养金 A”）即其支出；也包括部门整体共性指标“‘三公’经费控制率”“公用经费控制率”，以及按“实际采购金额”计算的“政府采购执行率”；“拨付资金 A 万元，资金拨付进度 W%”“预算执行进度”同支付率），或按其后写明的差额计算的完成率（“决算为 A 万元，完成预算的 W%，较预算减少 D 万元”：完成率 = A ÷ (A + D)），或按已支付和未支付金额计算的完成率（“资金支付 36 万元，未支 4 万元，支付率 90%”：完成率 = 36 ÷ (36 + 4)），以及与预算数的比较：“支出 151.48 万元，比年初预算数 9.25 万元增加了 P%”（P = (151.48 − 9.25) ÷ 9.25），也包括“与 2022 年度预算 B 万元相比增长 P%”的写法。若 P 实际是“支出 ÷ 预算”——把完成率写成了增幅——提示中会说明。数字精度允许（如预算写作“1万元”）、但按所写数字恰为 100% 减去执行 ÷ 预算的完成率（“预算1万元，决算0.53万元，完成预算的47%”），是把未完成的部分写成了完成率：作警告；数字精度不允许的（“预算3万元，决算1.71万元，完成预算的43%”）仍为错误，提示中说明它是 100% 减去完成率。资金到位率同样按到位资金 ÷ 预算核对：“全年预算数 240 万元，实际到位资金 228 万元，资金到位率 95%”。同时写明年初预算和调整后预算时以调整后预算为准，与两者都不符才提示，作警告；与其中之一相符则不提示。付款写明按合同约定或按施工（工程）进度足额拨付的，其后的“拨付进度”可能是相对应付款而言，而非相对预算，与预算不符时作警告。执行数大于所写预算数、而执行率（支付率、拨付进度）写 100% 或以下的，作警告：支出不会超过据以执行的预算，所写预算数应是年初预算，执行率可能是相对句中未写的调整后预算计算的，或按 100% 封顶。执行率若是支出 ÷ 前面写明的到位资金，不提示。执行率所在句只写了不指明范围的支出（“截至年底，实际支出 A 万元，预算执行率 W%”，前面只有时间词的“截至2023年底实际支出 A 万元”也算，年份须与预算的相同）而预算在紧邻的上一句、且上一句只有这一个预算数的（“项目预算资金 B 万元，其中：……”），按 A ÷ B 核对，作警告（支出写明的年份早于预算年份的，如“2022年度决算支出 A；2023年度预算安排 B，执行率 W%”，是上年的支出，不核对）；该句在自己的小标题（“2.项目资金执行情况”）下开段、而小标题前一段只有一个金额且是预算数的（“1.项目资金到位情况：下达我局……经费 B 万元。”），同样按 A ÷ B 核对，作警告。一句话中的金额只有预算数、执行数和剩余部分的（“项目预算 60 万元，实际支出 54 万元，结余 6 万元”，也包括“未支付”“剩余”“结转”，不含年初、上年结转），结余应等于预算数减执行数，这三个数依次写在较长句子末尾的也一样（“投资估算 E，……下达资金 B，实际使用 A，资金结转 U”）（紧跟预算数、以“其中”开头且恰好加总为预算数的分项是预算的构成，不算别的金额：“预算 B，其中县级 p1、镇级 p2；支出 A，结余 U”）；预算为“年初预算”时（可能以未写明的调整后预算为准）作警告。一句话只写了不指明范围的支出和剩余部分的（“全年实际支出 A 万元，结余 U 万元”），按紧邻上一句中唯一的预算数核对，作警告。
    完成率写在预算数之后、按显示位数恰好等于本句或前一句另一金额减去该预算数的（“支出总计 500.12 万元。……年初预算数 472.90 万元，完成年初预算的 27.22%”：500.12 − 472.90），是把两数之差写在了完成率的位置，以 warning 级别报告；只读取带小数的完成率。

    ## 为什么要改
    支出是预算的 16.4 倍却写“比预算增加了 1637.62%”，把超支多算了整整 100 个百分点；与旁边两个数字对不上的完成率，是笔误或抄自其他项目。

    ## 示例
    {example}
    (18.60 − 6.20) ÷ 6.20 = 200%；300% 是支出 ÷ 预算。

    ## 应改为
    {use_instead}

    截尾或进位可得的完成率（与计算值相差不到末位的一个单位）为尾数差异；各数字在其自身舍入范围内（“317.6”即 317.55–317.65）无论怎样舍入都得不到的，为错误。

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A107"
    name = "budget-completion-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "预算完成率或超预算幅度计算有误", "en": "Budget completion or overrun rate is miscomputed"}
    messages = {
        "completion": {
            "zh": "完成预算 {stated} 与 {actual} ÷ {budget} = {computed}% 不符",
            "en": "budget completion {stated} does not match {actual} ÷ {budget} = {computed}%",
        },
        "arrival": {
            "zh": "资金到位率 {stated} 与 {actual} ÷ {budget} = {computed}% 不符",
            "en": "the funds-arrival rate {stated} does not match {actual} ÷ {budget} = {computed}%",
        },
        "arrival_rounding": {
            "zh": "尾数差异：资金到位率 {stated}，按 {actual} ÷ {budget} 应为 {computed}%",
            "en": "rounding difference: arrived {actual} ÷ budget {budget} = {computed}%, stated {stated}",
        },
        "completion_left": {
            "zh": "完成预算 {stated} 是未完成的部分：{actual} ÷ {budget} = {computed}%，{stated} 是 100% 减去它",
            "en": "budget completion {stated} is the part left: {actual} ÷ {budget} = {computed}%, and {stated} is 100% minus that",
        },
        "completion_left_certain": {
            "zh": "完成预算 {stated} 与 {actual} ÷ {budget} = {computed}% 不符：{stated} 是 100% 减去它，写成了未完成的部分",
            "en": "budget completion {stated} does not match {actual} ÷ {budget} = {computed}%: {stated} is 100% minus that, the part left",
        },
        "completion_rounding": {
            "zh": "尾数差异：完成预算 {stated}，按 {actual} ÷ {budget} 应为 {computed}%",
            "en": "rounding difference: {actual} ÷ {budget} = {computed}%, stated {stated}",
        },
        "completion_gap": {
            "zh": "完成预算 {stated} 与决算数{verb}预算数 {gap} 矛盾：预算数 = {actual} {op} {gap} = {budget}，"
                  "{actual} ÷ {budget} = {computed}%",
            "en": "budget completion {stated} contradicts an actual {gap} {verb_en} the budget: the budget is "
                  "{actual} {op} {gap} = {budget} and {actual} ÷ {budget} = {computed}%",
        },
        "completion_unspent": {
            "zh": "完成率 {stated} 与 {actual} ÷ ({actual} + 未支付 {gap}) = {actual} ÷ {budget} = {computed}% 不符",
            "en": "the completion rate {stated} does not match {actual} ÷ ({actual} + {gap} unspent) = "
                  "{actual} ÷ {budget} = {computed}%",
        },
        "completion_direction": {
            "zh": "完成预算 {stated} 与“决算数{verb}预算数”矛盾：决算数{verb}预算数时完成率应{cmp} 100%",
            "en": "budget completion {stated} contradicts an actual {verb_en} the budget: the rate would be {cmp_en} 100%",
        },
        "vs_budget": {
            "zh": "比预算数 {budget} {verb} {stated} 与 {expr} = {computed}% 不符{hint}",
            "en": "a {verb_en} of {stated} against the budget {budget} does not match {expr} = {computed}%{hint_en}",
        },
        "balance": {
            "zh": "{name} {stated} 与预算数减执行数 {budget} − {actual} = {computed} 不符：相差 {diff}",
            "en": "'{name}' {stated} does not match the budget less the actual, {budget} − {actual} = {computed}: off by {diff}",
        },
        "balance_rounding": {
            "zh": "尾数差异：{name} {stated}，按 {budget} − {actual} 应为 {computed}",
            "en": "rounding difference: '{name}' {stated}, but {budget} − {actual} = {computed}",
        },
        "difference": {
            "zh": "完成预算 {stated} 恰为 {actual} − {budget} = {diff}（两数之差），而完成率应为 {actual} ÷ {budget} = {computed}%",
            "en": "a budget completion of {stated} is exactly {actual} − {budget} = {diff} (their difference); "
                  "the completion rate is {actual} ÷ {budget} = {computed}%",
        },
        "budget": {"zh": "预算数", "en": "budget"},
        "actual": {"zh": "执行数", "en": "actual"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.prose_rates import completions_after, differences_as_completions

        listed = paragraphs(doc)
        for k, (_part, para) in enumerate(listed):
            text = para.text.value
            read = set()
            for cp in prose.completions(text):
                read.add(cp.rate.start)
                diag = self._completion(para, cp)
                if diag:
                    yield diag
            if not read and (before := self._funds_before(listed, k)) is not None:
                for cp in completions_after(before.text.value, text):
                    diag = self._completion(para, cp)
                    if diag:
                        # the budget is the paragraph before's: point there
                        diag.related[0] = replace(diag.related[0], location=before.text.locate(
                            cp.budget.start, cp.budget.end))
                        yield diag
            if "预算" in text:
                for cp in differences_as_completions(text):
                    if cp.rate.start not in read:
                        yield self._difference(para, cp)
            for st in prose.change_statements(text):
                if st.base is not None and st.base_kind == "budget" and st.current is not None:
                    diag = self._vs_budget(para, st)
                    if diag:
                        yield diag
            for bal in prose.balances(text):
                diag = self._balance(para, bal)
                if diag:
                    yield diag

    @staticmethod
    def _funds_before(listed: list, k: int) -> Paragraph | None:
        """The paragraph before paragraph ``k`` of its part across at most one sub-heading with no
        figure of its own (``2.项目资金执行情况``): the funds a rate opening ``k`` may be read against."""
        part = listed[k][0]
        for j in range(k - 1, max(-1, k - 3), -1):
            other_part, para = listed[j]
            if other_part is not part:
                return None
            text = para.text.value
            # the length first: a long paragraph is taken without a Python step per character
            if len(text) > 20 or any(ch.isdigit() for ch in text[2:]):
                return para
        return None

    def _difference(self, para: Paragraph, cp: prose.Completion) -> Diagnostic:
        """A completion rate that is the actual minus the budget (see
        :func:`~perflint.extract.prose_rates.differences_as_completions`): a warning, as the
        actual is read from the sentence before or from a figure not labelled as spending."""
        assert cp.budget is not None
        actual, budget = numbers(cp.actual, cp.budget)
        decimals = decimals_of([cp.actual, cp.budget])
        return self.diagnostic(
            "difference", para.text.locate(cp.rate.start, cp.rate.end), severity=Severity.warning,
            related=[(para.text.locate(cp.budget.start, cp.budget.end), "budget"),
                     (para.text.locate(cp.actual.start, cp.actual.end), "actual")],
            stated=cp.rate.text.replace(" ", ""), actual=actual, budget=budget,
            diff=fmt((cp.actual.base_value - cp.budget.base_value) / cp.budget.scale, decimals),
            computed=percent(cp.actual.base_value / cp.budget.base_value * HUNDRED, cp.rate.decimals),
        )

    def _balance(self, para: Paragraph, bal: prose.Balance) -> Diagnostic | None:
        """``预算 B，实际支出 A，结余 U``: U must be B − A (the figures' rounding allowed)."""
        outcome = check_sum(bal.budget, [bal.actual, bal.unspent])
        if outcome is None or (outcome.severity is Severity.rounding and not self.options.get("rounding", True)):
            return None
        decimals = decimals_of([bal.budget, bal.actual, bal.unspent])
        budget, actual, stated = numbers(bal.budget, bal.actual, bal.unspent)
        computed = fmt((bal.budget.base_value - bal.actual.base_value) / bal.unspent.scale, decimals)
        rounding = outcome.severity is Severity.rounding
        severity = Severity.warning if (bal.initial or bal.inferred) and not rounding else outcome.severity
        return self.diagnostic(
            "balance_rounding" if rounding else "balance", para.text.locate(bal.unspent.start, bal.unspent.end),
            severity=severity,
            related=[(para.text.locate(bal.budget.start, bal.budget.end), "budget"),
                     (para.text.locate(bal.actual.start, bal.actual.end), "actual")],
            stated=stated, budget=budget, actual=actual, computed=computed, diff=fmt(outcome.difference, decimals),
            name=bal.name)

    def _completion(self, para: Paragraph, cp: prose.Completion) -> Diagnostic | None:
        if cp.budget is None:
            return self._completion_with_gap(para, cp)
        if cp.budget.base_value <= 0:
            return None
        rng = ratio_interval(lambda a, b: a / b * HUNDRED, [cp.actual, cp.budget])
        if rng is None:
            return None
        severity = check_interval(cp.rate, rng[0], rng[1], value=cp.rate.value)
        if severity is None:
            return None if cp.arrival else self._left_for_completion(para, cp)
        if completion_scale_slip(cp.budget, cp.actual, cp.rate) is not None:
            return None  # 元 written for 万元: U401's finding
        if severity is Severity.rounding and not self.options.get("rounding", True):
            return None
        if any(self._matches(cp, base) for base in cp.alternatives):
            return None  # the rate is read against another base the sentence states
        key = "completion_rounding" if severity is Severity.rounding else "completion"
        if cp.arrival:
            key = "arrival" + key[len("completion"):]
        if cp.uncertain and severity is Severity.error:
            severity = Severity.warning  # two budgets stated: the base read is the likelier one
        if cp.execution and severity is Severity.error and cp.actual.base_value > cp.budget.base_value \
                and cp.rate.value <= HUNDRED:
            # spending above the budget named: that is the 年初 one, and a rate of 100% or less may be
            # of the adjusted budget the sentence leaves out (or capped at 100%)
            severity = Severity.warning
        point = cp.actual.base_value / cp.budget.base_value * HUNDRED
        if key == "completion" and abs(HUNDRED - point - cp.rate.value) <= cp.rate.half_unit:
            key = "completion_left_certain"  # (35% for 5.2 ÷ 8 = 65%: the share left written as the completion)
        actual, budget = numbers(cp.actual, cp.budget)
        return self.diagnostic(
            key, para.text.locate(cp.rate.start, cp.rate.end), severity=severity,
            related=[(para.text.locate(cp.budget.start, cp.budget.end), "budget"),
                     (para.text.locate(cp.actual.start, cp.actual.end), "actual")],
            stated=cp.rate.text.replace(" ", ""), actual=actual, budget=budget,
            computed=percent(point, cp.rate.decimals),
        )

    @staticmethod
    def _matches(cp: prose.Completion, base: Quantity) -> bool:
        """Whether the rate is the actual ÷ ``base`` within the figures' precision."""
        if base.base_value <= 0:
            return False
        rng = ratio_interval(lambda a, b: a / b * HUNDRED, [cp.actual, base])
        return rng is not None and check_interval(cp.rate, rng[0], rng[1], value=cp.rate.value) is None

    def _left_for_completion(self, para: Paragraph, cp: prose.Completion) -> Diagnostic | None:
        """A rate the figures' precision allows (``1万元`` may be 0.5–1.5) that is, at the figures
        as written, exactly 100% minus the completion (``预算1万元，决算0.53万元，完成预算的47%``):
        the share left unspent written as the completion. A warning: the precision allows it."""
        assert cp.budget is not None
        point = cp.actual.base_value / cp.budget.base_value * HUNDRED
        step = Decimal(10) ** (-cp.rate.decimals)
        if abs(point - cp.rate.value) <= step or abs(HUNDRED - point - cp.rate.value) > cp.rate.half_unit:
            return None
        actual, budget = numbers(cp.actual, cp.budget)
        return self.diagnostic(
            "completion_left", para.text.locate(cp.rate.start, cp.rate.end), severity=Severity.warning,
            related=[(para.text.locate(cp.budget.start, cp.budget.end), "budget"),
                     (para.text.locate(cp.actual.start, cp.actual.end), "actual")],
            stated=cp.rate.text.replace(" ", ""), actual=actual, budget=budget,
            computed=percent(point, cp.rate.decimals),
        )

    def _completion_with_gap(self, para: Paragraph, cp: prose.Completion) -> Diagnostic | None:
        """`完成预算 W%，决算数大于预算数 D`: the budget is A − D, so W should be A ÷ (A − D)."""
        if cp.difference is None:
            return self._direction_only(para, cp)
        a, d, sign = cp.actual, cp.difference, Decimal(cp.direction)
        if a.base_value - sign * d.base_value <= 0:
            return None
        rng = ratio_interval(lambda x, g: x / (x - sign * g) * HUNDRED, [a, d])
        if rng is None:
            return None
        severity = check_interval(cp.rate, rng[0], rng[1], value=cp.rate.value)
        if severity is None or (severity is Severity.rounding and not self.options.get("rounding", True)):
            return None
        budget = (a.base_value - sign * d.base_value) / a.scale
        op = "−" if cp.direction > 0 else "+"
        actual, gap = numbers(a, d)
        return self.diagnostic(
            "completion_unspent" if cp.unspent else "completion_gap", para.text.locate(cp.rate.start, cp.rate.end), severity=severity,
            related=[(para.text.locate(d.start, d.end), "budget"), (para.text.locate(a.start, a.end), "actual")],
            stated=cp.rate.text.replace(" ", ""), actual=actual, gap=gap, op=op,
            budget=fmt(budget, max(a.decimals, d.decimals)),
            verb="大于" if cp.direction > 0 else "小于", verb_en="above" if cp.direction > 0 else "below",
            computed=percent(a.base_value / (a.base_value - sign * d.base_value) * HUNDRED, cp.rate.decimals),
        )

    def _direction_only(self, para: Paragraph, cp: prose.Completion) -> Diagnostic | None:
        """`完成预算 100%，决算数大于预算数`: a rate of 100% or less cannot go with an overspend."""
        r = cp.rate
        low, high = r.value - r.half_unit, r.value + r.half_unit
        over = cp.direction > 0
        if (over and high <= HUNDRED) or (not over and low >= HUNDRED):
            severity = Severity.error
        elif (over and low < HUNDRED) or (not over and high > HUNDRED):
            severity = Severity.warning  # 100% may round 100.3%: say so rather than assert
        else:
            return None
        return self.diagnostic(
            "completion_direction", para.text.locate(r.start, r.end), severity=severity,
            stated=r.text.replace(" ", ""), verb="大于" if over else "小于", verb_en="above" if over else "below",
            cmp="高于" if over else "低于", cmp_en="above" if over else "below",
        )

    def _vs_budget(self, para: Paragraph, st: prose.ChangeStatement) -> Diagnostic | None:
        b, c = st.base, st.current
        if b.base_value <= 0:
            return None
        sign = Decimal(st.direction)
        fn = lambda x, base: (x - base) / base * HUNDRED * sign  # noqa: E731
        rng = ratio_interval(fn, [c, b])
        if rng is None:
            return None
        severity = check_interval(st.rate, rng[0], rng[1], value=st.rate.value)
        if severity is None or (severity is Severity.rounding and not self.options.get("rounding", True)):
            return None
        stated = st.rate.text.replace(" ", "")
        hint = hint_en = ""
        cs, bs = numbers(c, b)
        ratio = ratio_interval(lambda x, base: x / base * HUNDRED, [c, b])
        if ratio and check_interval(st.rate, ratio[0], ratio[1], value=st.rate.value) is None:
            hint = f"：{stated} 是 {cs} ÷ {bs}（决算数为预算数的百分比），不是增加的幅度"
            hint_en = f": {stated} is {cs} ÷ {bs} (the figure as a percentage of the budget), not the increase"
        increase = st.direction > 0
        expr = f"({cs} − {bs}) ÷ {bs}" if increase else f"({bs} − {cs}) ÷ {bs}"
        return self.diagnostic(
            "vs_budget", para.text.locate(st.rate.start, st.rate.end), severity=severity,
            related=[(para.text.locate(b.start, b.end), "budget"), (para.text.locate(c.start, c.end), "actual")],
            budget=bs, verb="增加" if increase else "减少", verb_en="rise" if increase else "fall",
            stated=stated, expr=expr, computed=percent(fn(c.base_value, b.base_value), st.rate.decimals),
            hint=hint, hint_en=hint_en,
        )
