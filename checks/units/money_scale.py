"""U401: one amount written both in 元 and in 万元 with the same digits (a factor of 10^4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from perflint.checks.arithmetic._compare import (
    change_scale_slip,
    completion_scale_slip,
    number,
    prior_change_scale_slip,
)
from perflint.checks.arithmetic._facts import paragraphs, run_breakdowns, table_relations

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import prose
from perflint.extract.amounts import AmountFact, comparable_groups, document_amounts_by_part, scale_slip_pairs
from perflint.extract.table_amounts import prose_scale_slips
from perflint.extract.table_units import table_unit
from perflint.extract.wording import text_facts
from perflint.model import Document, Paragraph, Table
from perflint.text.numbers import Quantity, fmt, sum_tolerance
from perflint.text.patterns import lazy_compile

from ._facts import prose_with

_TEN_THOUSAND = Decimal(10000)
_YUAN = lazy_compile(r"(?<!万)元")  # a 元 that is not 万元's
# A total written with one decimal point and three digits (4.647万元): the shape a thousands comma
# typed as a point leaves (read against the 其中 of the next paragraph).
_SEPARATOR_TOTAL = lazy_compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,])\s*万?元")
_UNCOUNTED = "\0"  # no unit is spelt so: the part's usual unit not counted yet



# What a tiny fund's name loses for the message: the verb closing it, and the 年/年度 left of a
# year's digits opening it (2023年度公务接待费 3.27 元 is named 公务接待费).
_TINY_LABEL_EDGES = lazy_compile(r"(?:为|是|共|共计|合计|计|达)$|^(?:年度|年)")

class MoneyScale(Check):
    """## What it does
    Finds a labelled amount stated twice in one report whose two figures differ by exactly a
    factor of 10⁴: the same digits once in 元 and once in 万元, or a figure in 元 pasted under
    a 万元 heading. A sentence that quotes a table cell with the unit 10⁴ off (`公务接待费支出
    0.39 元` where the 万元 table's 公务接待费 row holds 0.39) is a warning: the row must carry the
    sentence's name (`公务接待支出` names the item `公务接待费`; an account code before the row's
    name is no part of it) or be quoted in the table's unit by another figure of the sentence
    (`年初预算 3.05 万元，决算支出 1.75 元` of one 合计 row), unless the figure has four
    significant digits or more; a table the prose quotes in another unit throughout (three
    figures or more) is U410's, once for the table. One amount written correctly in both units (125000 元 and 12.50
    万元) stays quiet. In a 万元 breakdown, one account line (`…支出`, `…收入`, `…经费`) written in
    元 with decimals and smaller than a ten-thousandth of the total (`社会保障和就业支出 2.58 元`) is
    a warning even when the list cannot be summed. A fund, budget or execution total under 100 元
    (`配套资金 4.8 元`, `市级资金配套 4.8 元`, `全年执行数 33.78 元`, `机关运行经费支出 61.25 元`), or a 三公 item's year total (`公务接待费
    3.27 元`, `公务用车运行维护费支出 9.19 元`), not a per-head standard, is a warning too: 万 left out.
    A 自评表 indicator whose 年度指标值 and 实际完成值 are in 万元 and 元 with numbers of one size
    (`≤1.50万元/场` against `1.45元/场`) is a warning as well: a conversion would move the number by 10⁴.
    So is a cost indicator (成本, not a standard per head or per item) whose target or actual in 元
    has the digits of the form's budget block in 万元 (`项目总成本 | ≤ | 50 | 元` where 年度预算数(万元)
    is 50.00), and an indicator whose target and actual, in one money unit, are about 10⁴ apart
    (`≤ | 50 | 万元 | 480000`: the actual filled in 元). An actual written in 元 with its unit against a
    target in 万元 (`480000元` against `≤50万元`) is a conversion, and quiet.
    In a table declared in 万元, a figure that breaks a sum the table states and makes it hold once
    divided by 10⁴ — a part larger than its total, or a total 10⁴ times its parts (`住房公积金
    351000.00` under `住房改革支出 35.10`) — is a warning: the row was filled in 元. A total in 元
    whose 其中 parts, all in 万元, add up to its digits (`预算资金 2860 元，其中：中央 1716 万元、省级
    572 万元、市级 572 万元`), or the reverse, is the total's unit slip (A104 leaves it to this rule). So is a total written with a decimal point
    and three digits whose parts, in its unit, add up to a thousand times it (`4.647万元`, 其中 `1,088万元`
    and `3,559万元`, in its paragraph or opening the next): the thousands comma typed as a point.
    A 自评表 budget-block figure in a form declared in 万元 that is 10⁴ times what its row shows it to
    be — read in 万元 it equals another figure of the block, or makes the row's own 执行率 hold
    (`项目资金（万元） | 80 | 80 | 780000 | 97.5%`) — is an error: it was filled in 元 (A121 and
    C719 leave the row to this rule).
    A completion rate stated with a budget in 万元 and an actual in 元 (or the reverse) that is wrong
    as written and right once both are read in one unit (`全年预算 900.00 万元。实际支出 873.00 元，
    预算执行率 97.00%`), or off there by its last digit only, is a warning on the 元 figure (A107
    leaves it to this rule); so is a rate of
    change stated with a level in 万元 and its change in 元, or the reverse (`支出合计 520.40 万元，较上年
    减少 30.10 元，下降 5.5%`; A105 leaves it), and a change whose one figure in 元 makes it hold once
    read in the others' 万元 (`基本支出 252.50 元，较上年 231.50 万元增加 21.00 万元`; A110 leaves it).
    So is a share of a sentence's total listed as `P%为Y` and written in 元 whose digits are that
    share of the total in 万元, where another share in 万元 fits the total too (`总保费 1293.45 万元，
    中央财政补贴 47.5%为 614.39 万元，省级财政补贴 32.5%为 420.37 元`).

    ## Why is this bad?
    Tables declare 万元 once (`金额单位：万元`) and prose writes the unit after every figure. A
    figure copied from a 元 ledger into a 万元 report, or a 万元 figure typed with 元, is wrong
    by ten thousand times — the reader cannot tell which of the two statements is right.

    ## Example
    ```text
    本年基本支出 486.25 万元，主要用于人员工资。本年基本支出 486.25 元，较上年有所增加。
    ```

    ## Use instead
    ```text
    本年基本支出 486.25 万元，主要用于人员工资。本年基本支出 486.25 万元，较上年有所增加。
    ```
    """

    doc_zh = """## 它检查什么
    查找同一报告中两次写出、两个数字恰好相差 10⁴ 倍的同名金额：同样的数字一次写“元”一次写“万元”，或把以“元”计的数字贴在“万元”标题下。正文引用表格数字而单位相差 10⁴ 倍（“万元”表格中公务接待费一行为 0.39，正文写“公务接待费支出 0.39 元”）报警告：表格行须与正文同名（“公务接待支出”即“公务接待费”；行名前的科目编码不算名称），或同一句中另有数字以表格单位引用了该行（同一合计行的“年初预算 3.05 万元，决算支出 1.75 元”），四位有效数字以上的数字除外；正文以另一单位引用了整张表的（三个以上数字），由 U410 对该表报告一次。同一金额分别以元和万元正确写出（125000 元与 12.50 万元）不报告。以万元列举的分项中，某一科目行（“……支出”“……收入”“……经费”）写成带小数的“元”且不到总数的万分之一（“社会保障和就业支出 2.58 元”），即使列举无法加总也报警告。资金、预算或执行数总额，或“三公”经费某一项的全年支出，不足 100 元（“配套资金 4.8 元”“市级资金配套 4.8 元”“全年执行数 33.78 元”“机关运行经费支出 61.25 元”“公务接待费 3.27 元”“公务用车运行维护费支出 9.19 元”，人均标准除外）也报警告：漏写了“万”字。自评表中某指标的年度指标值与实际完成值一为万元、一为元而数字大小相近（“≤1.50万元/场”与“1.45元/场”），同样报警告：真正换算单位时数字也会相差 10⁴ 倍。成本指标（人均、单价等标准除外）的指标值或完成值以元计、而数字与本表以万元计的预算数相同的（年度预算数(万元)为 50.00，“项目总成本 | ≤ | 50 | 元”），以及同一货币单位下实际完成值与年度指标值相差约 10⁴ 倍的（“≤ | 50 | 万元 | 480000”：完成值是以元填列的），也报警告。完成值带单位写成元、指标值为万元（“480000元”对“≤50万元”）是换算，不报告。在声明“万元”的表格中，某个数字使表格自身的合计关系不成立，而除以 10⁴ 后恰好成立——分项大于其合计，或合计是分项之和的 10⁴ 倍（“住房改革支出 35.10”下的“住房公积金 351000.00”）——报警告：该行是以元填列的。总数以元为单位、其“其中”各分项都以万元为单位且之和恰为总数的数字（“预算资金 2860 元，其中：中央 1716 万元、省级 572 万元、市级 572 万元”），或相反，是总数的单位写错（A104 不再报告）；总数写成一个小数点加三位小数、其分项（同一单位）之和恰为它的一千倍的（“4.647万元”，其中“1,088万元”“3,559万元”，在同段或下一段的“其中”），是千分位逗号误作小数点。自评表预算执行部分以万元为单位，某个数字是本行所示的 10⁴ 倍——按万元读，它与本表另一数字相同，或使本行执行率恰好成立（“项目资金（万元） | 80 | 80 | 780000 | 97.5%”）——报错误：该格以元填列（A121、C719 不再报告）。完成率所依据的预算数为万元、执行数为元（或相反），按所写单位计算完成率不符、按同一单位计算恰好相符或仅差末位的（“全年预算 900.00 万元。实际支出 873.00 元，预算执行率 97.00%”），对写成“元”的数字报警告（A107 不再报告）；本年金额为万元、增减额为元（或相反），按所写单位计算增减幅度不符、按同一单位计算恰好相符的（“支出合计 520.40 万元，较上年减少 30.10 元，下降 5.5%”），同样报警告（A105 不再报告）；本年数、上年数、增减额中唯一写成“元”的数按万元读（或相反）增减额即成立的（“基本支出 252.50 元，较上年 231.50 万元增加 21.00 万元”），也报警告（A110 不再报告）。一句中以“P%为Y”列出某一总额（万元）的各份额，其中一份写成“元”、而数字恰为总额的该比例（按万元计），且另有以万元写出的份额恰为总额的相应比例（“总保费 1293.45 万元，中央财政补贴 47.5%为 614.39 万元，省级财政补贴 32.5%为 420.37 元”），对写成“元”的份额报警告。

    ## 为什么要改
    表格只声明一次“万元”（“金额单位：万元”），正文则在每个数字后写单位。从以元记账的台账抄进以万元编报的报告，或万元数字误写成元，都错了一万倍——读者无法判断两处中哪处是对的。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U401"
    name = "money-scale"
    family = "units"
    severity = Severity.error
    title = {"zh": "元与万元混用（相差 10⁴ 倍）", "en": "元 and 万元 mixed up (a factor of 10⁴)"}
    messages = {
        "slip": {
            "zh": "“{label}”此处为 {wrong}，第 {line} 行为 {right}：两者相差 10⁴ 倍，元与万元混用",
            "en": "“{label}” is {wrong} here but {right} at line {line}: a factor of 10⁴, 元 and 万元 mixed up",
        },
        "in_sum": {
            "zh": "{wrong} 疑为 {fixed}：按 {fixed} 计，分项之和 {expr} 恰为总数 {total}，元与万元混用",
            "en": "{wrong} looks like {fixed}: read so, the parts {expr} make up the total {total}; 元 and 万元 mixed up",
        },
        "total_in_sum": {
            "zh": "{wrong} 疑为 {fixed}：分项 {expr} 之和恰为 {fixed}，元与万元混用",
            "en": "{wrong} looks like {fixed}: the parts {expr} make up {fixed}; 元 and 万元 mixed up",
        },
        "separator_in_sum": {
            "zh": "{wrong} 疑为 {fixed}：分项 {expr} 之和恰为 {fixed}，千分位逗号误作小数点",
            "en": "{wrong} looks like {fixed}: the parts {expr} make up {fixed}; a thousands comma typed as a decimal point",
        },
        "tiny": {
            "zh": "“{label}”仅 {wrong}，作为资金或经费总额不合常理，疑漏写“万”字",
            "en": "“{label}” is only {wrong}, implausible for a fund or budget: 万 probably left out",
        },
        "table": {
            "zh": "此处 {wrong} 与第 {line} 行表格（单位：{unit}）中“{row}”的 {digits} 数字相同，单位却相差 10⁴ 倍：元与万元混用",
            "en": "{wrong} here has the digits of “{row}” in the table at line {line} ({digits}, in {unit}): "
                  "units 10⁴ apart, 元 and 万元 mixed up",
        },
        "indicator": {
            "zh": "“{name}”年度指标值 {target} 与实际完成值 {actual} 的单位相差 10⁴ 倍而数字相近：元与万元混用",
            "en": "'{name}' has the target {target} and the actual {actual}: units 10⁴ apart with numbers of one size, "
                  "元 and 万元 mixed up",
        },
        "row": {
            "zh": "表格金额单位为万元，此格 {wrong} 却大了 10⁴ 倍：按 {fixed} 万元计，“{label}”{stated} 才与其分项相符，疑为以元填列",
            "en": "the table is in 万元 but {wrong} here is 10⁴ times too large: read as {fixed} 万元, “{label}” {stated} "
                  "agrees with its parts; the figure looks filled in 元",
        },
        "change_rate": {
            "zh": "{wrong} 与 {other} 单位不一致：按同一单位计，增减幅度 {stated} 恰好成立，疑为元与万元混用",
            "en": "{wrong} and {other} are in different units: read in one unit, the rate {stated} holds; "
                  "元 and 万元 mixed up",
        },
        "change_amount": {
            "zh": "{wrong} 疑为 {fixed}：按此计，{current} 较 {prior} {verb} {change} 恰好成立，元与万元混用",
            "en": "{wrong} looks like {fixed}: read so, {current} against {prior} is a {verb_en} of {change}; "
                  "元 and 万元 mixed up",
        },
        "rate": {
            "zh": "{wrong} 与 {other} 单位不一致：按同一单位计，{stated} 恰为两者之比，疑为元与万元混用",
            "en": "{wrong} and {other} are in different units: read in one unit, {stated} is their ratio; "
                  "元 and 万元 mixed up",
        },
        "indicator_budget": {
            "zh": "成本指标“{name}”{which} {figure} 与本表预算 {budget} 万元数字相同，单位却相差 10⁴ 倍：疑漏写“万”字",
            "en": "the cost indicator '{name}' has the {which_en} {figure}, the digits of the form's budget "
                  "{budget} 万元: units 10⁴ apart, 万 probably left out",
        },
        "indicator_fold": {
            "zh": "“{name}”{which} {larger} 约为{other} {smaller} 的 {ratio} 倍（单位同为{unit}）：疑以元填列",
            "en": "'{name}' has the {which_en} {larger}, about {ratio} times the {other_en} {smaller} in one unit "
                  "({unit}): it looks filled in 元",
        },
        "budget_row": {
            "zh": "自评表金额单位为万元，此格 {wrong} 却大了 10⁴ 倍：按 {fixed} 万元计，与{other} {evidence} 相符，疑为以元填列",
            "en": "the form is in 万元 but {wrong} here is 10⁴ times too large: read as {fixed} 万元 it agrees with "
                  "{other_en} {evidence}; the figure looks filled in 元",
        },
        "see_rate": {"zh": "本行执行率", "en": "the row's rate"},
        "see_same": {"zh": "数字相同的金额", "en": "the amount of those digits"},
        "see_budget": {"zh": "预算数", "en": "the budget"},
        "see_actual": {"zh": "实际完成值", "en": "the actual"},
        "see_other": {"zh": "同一完成率的另一金额", "en": "the other amount of the rate"},
        "see_level": {"zh": "同一增减的另一金额", "en": "the other amount of the change"},
        "see_target": {"zh": "年度指标值", "en": "the target"},
        "see": {"zh": "同一金额在此为 {right}", "en": "the same amount is {right} here"},
        "see_table": {"zh": "表格中的同一金额", "en": "the same amount in the table"},
        "share": {"zh": "{wrong} 疑为 {fixed}：{base} 的 {percent} 恰为 {fixed}，元与万元混用",
                  "en": "{wrong} looks like {fixed}: {percent} of {base} is {fixed}; 元 and 万元 mixed up"},
        "see_base": {"zh": "各分项所占的总数", "en": "the total the shares are of"},
        "total": {"zh": "总数", "en": "total"},
        "part": {"zh": "分项", "en": "part"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        reported: set[int] = set()
        seen: set[tuple[int, int]] = set()
        facts_by_part = document_amounts_by_part(doc)  # grouped once, for C702 too
        for part in doc.parts:
            in_part = facts_by_part.get(id(part), [])
            if not in_part:
                continue
            usual: str | None = _UNCOUNTED  # the part's most common unit, counted only for a pair found (rare)
            for group in comparable_groups(in_part, ctx.fiscal_year_of(part), strict=False):
                for a, b in scale_slip_pairs(group):
                    if usual is _UNCOUNTED:
                        usual = Counter(f.fact.quantity.unit for f in in_part).most_common(1)[0][0]
                    wrong, right = _odd_one(a, b, usual)
                    if id(wrong) in reported:
                        continue
                    reported.add(id(wrong))
                    diag = self._report(wrong, right)
                    seen.add((diag.location.line, diag.location.column))
                    yield diag
        for diag in self._sums(doc):
            seen.add((diag.location.line, diag.location.column))
            yield diag
        yield from self._indicators(doc, ctx)
        yield from self._budget_block(doc, ctx)
        yield from self._table_rows(doc, ctx)
        for diag in self._against_tables(doc, ctx, seen):
            seen.add((diag.location.line, diag.location.column))
            yield diag
        for diag in self._shares(doc):
            if (diag.location.line, diag.location.column) not in seen:
                seen.add((diag.location.line, diag.location.column))
                yield diag
        for diag in self._completions(doc):
            if (diag.location.line, diag.location.column) not in seen:
                seen.add((diag.location.line, diag.location.column))
                yield diag
        for part in doc.parts:
            # the part's prose that may hold a tiny fund (a figure and 元), its paragraphs only
            for block, _source in prose_with(doc, part, ("tiny_funds",)):
                if isinstance(block, Paragraph):
                    for fact in text_facts(block.text.value).tiny_funds:
                        q = fact.quantity
                        loc = block.text.locate(q.start, q.end)
                        if (loc.line, loc.column) not in seen:
                            seen.add((loc.line, loc.column))
                            yield self.diagnostic("tiny", loc, severity=Severity.warning,
                                                  label=_TINY_LABEL_EDGES.sub("", fact.label),
                                                  wrong=q.text.strip())
        for diag in (*self._changes(doc), *self._prior_changes(doc)):
            if (diag.location.line, diag.location.column) not in seen:
                seen.add((diag.location.line, diag.location.column))
                yield diag

    def _shares(self, doc: Document) -> Iterator[Diagnostic]:
        """A share of a sentence's total (``P%为Y``) written in 元 with the digits of its share in
        万元, where another share in 万元 shows the total is their base (a warning)."""
        from perflint.extract.share_scales import share_scale_slips

        for _part, para in paragraphs(doc):
            text = para.text.value
            if "万" not in text or _YUAN.search(text) is None:
                continue  # (a slip needs a 万元 total and a 元 share)
            for slip in share_scale_slips(text):
                yield self.diagnostic(
                    "share", para.text.locate(slip.figure.start, slip.figure.end), severity=Severity.warning,
                    related=[(para.text.locate(slip.base.start, slip.base.end), "see_base")],
                    wrong=slip.figure.text.strip(), fixed=slip.fixed, base=slip.base.text.strip(),
                    percent=slip.percent.text.strip())

    def _completions(self, doc: Document) -> Iterator[Diagnostic]:
        """A completion rate right only once its budget and actual are read in one unit."""
        for _part, para in paragraphs(doc):
            text = para.text.value
            if "万" not in text or _YUAN.search(text) is None:
                continue  # (a slip needs a 万元 figure and a 元 one)
            for cp in prose.completions(text):
                if cp.budget is None or (yuan := completion_scale_slip(cp.budget, cp.actual, cp.rate)) is None:
                    continue
                other = cp.actual if yuan is cp.budget else cp.budget
                yield self.diagnostic(
                    "rate", para.text.locate(yuan.start, yuan.end), severity=Severity.warning,
                    related=[(para.text.locate(other.start, other.end), "see_other")],
                    wrong=yuan.text.strip(), other=other.text.strip(), stated=cp.rate.text.strip())

    def _changes(self, doc: Document) -> Iterator[Diagnostic]:
        """A rate of change right only once the change and the level are read in one unit."""
        for _part, para in paragraphs(doc):
            text = para.text.value
            if "万" not in text or _YUAN.search(text) is None:
                continue  # (a slip needs a 万元 figure and a 元 one)
            for st in prose.change_statements(text):
                if st.current is None or st.change is None or st.rate_direction == -st.direction:
                    continue
                yuan = change_scale_slip(st.current, st.change, st.rate, st.direction < 0)
                if yuan is None:
                    continue
                other = st.change if yuan is st.current else st.current
                yield self.diagnostic(
                    "change_rate", para.text.locate(yuan.start, yuan.end), severity=Severity.warning,
                    related=[(para.text.locate(other.start, other.end), "see_level")],
                    wrong=yuan.text.strip(), other=other.text.strip(), stated=st.rate.text.strip())

    def _prior_changes(self, doc: Document) -> Iterator[Diagnostic]:
        """A change that holds only once its one 元 figure is read in the others' 万元 (or the
        reverse): ``基本支出 252.50 元，较上年 231.50 万元增加 21.00 万元``."""
        from perflint.extract.prior_changes import prior_changes  # read when the rule runs

        for _part, para in paragraphs(doc):
            text = para.text.value
            if "万" not in text or _YUAN.search(text) is None:
                continue  # (a slip needs a 万元 figure and a 元 one)
            for pc in prior_changes(text):
                yuan = prior_change_scale_slip(pc)
                if yuan is None:
                    continue
                others = [q for q in (pc.current, pc.prior, pc.change) if q is not yuan]
                fixed = number(yuan) + others[0].unit

                def shown(q: Quantity, fixed: str = fixed, yuan: Quantity = yuan) -> str:
                    return fixed if q is yuan else q.text.strip()

                yield self.diagnostic(
                    "change_amount", para.text.locate(yuan.start, yuan.end), severity=Severity.warning,
                    related=[(para.text.locate(q.start, q.end), "see_level") for q in others],
                    wrong=yuan.text.strip(), fixed=fixed, current=shown(pc.current), prior=shown(pc.prior),
                    change=shown(pc.change), verb="减少" if pc.direction < 0 else "增加",
                    verb_en="fall" if pc.direction < 0 else "rise")

    def _table_rows(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """A figure of a 万元 table that breaks a sum the table states, and makes it hold once
        divided by 10⁴, while a part larger than its total (or a total the parts' 10⁴ fold): a
        row filled in 元 (a warning)."""
        reported: set[int] = set()
        units: dict[int, str | None] = {}
        for fact in table_relations(doc, ctx):
            rel = fact.relation
            if rel.kind == "balance":
                continue
            table_id = id(fact.table)
            if table_id not in units:
                units[table_id] = table_unit(fact.table)
            if units[table_id] != "万元":
                continue
            parts = [p.quantity for p in rel.parts]
            total = rel.total.quantity
            stated, summed = total.value, sum((p.value for p in parts), Decimal(0))
            tolerance = sum_tolerance(parts, total)
            if abs(summed - stated) <= tolerance:
                continue
            for fig in (*rel.parts, rel.total):
                value = fig.quantity.value
                if id(fig.cell) in reported or value <= 0:
                    continue
                if fig is rel.total:
                    fits = value > summed and abs(value / _TEN_THOUSAND - summed) <= tolerance + total.half_unit
                elif stated == 0:
                    fits = False  # any part read in 元 rounds to a whole left at 0: no evidence of its unit
                else:
                    fits = value > stated and abs(summed - value + value / _TEN_THOUSAND - stated) <= tolerance + total.half_unit
                if fits:
                    reported.add(id(fig.cell))
                    yield self.diagnostic("row", fig.cell.text.locate(), severity=Severity.warning,
                                          related=[] if fig is rel.total else [(rel.total.cell.text.locate(), "total")],
                                          wrong=fig.cell.value.strip(), fixed=fmt(value / _TEN_THOUSAND, 2),
                                          label=rel.label, stated=rel.total.cell.value.strip())
                    break

    def _budget_block(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """A 自评表 budget-block figure filled in 元 under the block's 万元, shown by the row itself
        (read in 万元 it equals another figure of the block, or makes the row's 执行率 hold). An
        error: the figure and its row cannot both be right as written (A121 and C719 leave it)."""
        from perflint.extract.budget_scales import budget_scale_slip
        from perflint.extract.selfeval import self_evaluations

        for se in ctx.cached(doc, "selfeval", self_evaluations):
            for row in se.budget:
                slip = budget_scale_slip(se, row)
                if slip is None:
                    continue
                is_rate = slip.evidence is row.rate
                yield self.diagnostic("budget_row", slip.figure.cell.text.locate(),
                                      related=[(slip.evidence.cell.text.locate(), "see_rate" if is_rate else "see_same")],
                                      wrong=slip.figure.text, fixed=fmt(slip.fixed, 2).rstrip("0").rstrip("."),
                                      other="执行率" if is_rate else "本表",
                                      other_en="the row's rate" if is_rate else "the form's",
                                      evidence=slip.evidence.text)

    def _indicators(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """An indicator's target and actual in 万元 and 元 with numbers of one size (a warning:
        which of the two units is wrong is not known)."""
        from perflint.extract.indicator_scales import indicator_scale_slips
        from perflint.extract.selfeval import self_evaluations

        forms = ctx.cached(doc, "selfeval", self_evaluations)
        said: set[int] = set()  # indicators already reported
        for slip in indicator_scale_slips(forms):
            ind = slip.indicator
            said.add(id(ind))
            yield self.diagnostic("indicator", ind.actual.cell.text.locate(), severity=Severity.warning,
                                  related=[(ind.target.cell.text.locate(), "see_target")],
                                  name=ind.name or ind.level2 or "指标", target=ind.target.cell.value.strip(),
                                  actual=ind.actual.cell.value.strip())
        if not forms:
            return
        from perflint.extract.indicator_scales import indicator_budget_slips, indicator_tenthousandfold

        for b in indicator_budget_slips(forms, lambda se: se.unit or table_unit(se.table)):
            ind = b.indicator
            if id(ind) in said:
                continue
            said.add(id(ind))
            yield self.diagnostic("indicator_budget", b.figure.cell.text.locate(), severity=Severity.warning,
                                  related=[(b.budget.cell.text.locate(), "see_budget")],
                                  name=ind.name or ind.level2 or "指标", which="年度指标值" if b.is_target else "实际完成值",
                                  which_en="target" if b.is_target else "actual", budget=b.budget.text,
                                  figure=b.figure.text if b.figure.text.endswith("元") else f"{b.figure.text}元")
        for t in indicator_tenthousandfold(forms):
            ind = t.indicator
            if id(ind) in said:
                continue
            big_is_actual = t.larger is ind.actual
            yield self.diagnostic("indicator_fold", t.larger.cell.text.locate(), severity=Severity.warning,
                                  related=[(t.smaller.cell.text.locate(), "see_target" if big_is_actual else "see_actual")],
                                  name=ind.name or ind.level2 or "指标", larger=t.larger.text, smaller=t.smaller.text,
                                  unit=t.larger.quantity.unit if t.larger.quantity else "",
                                  which="实际完成值" if big_is_actual else "年度指标值",
                                  other="年度指标值" if big_is_actual else "实际完成值",
                                  which_en="actual" if big_is_actual else "target",
                                  other_en="target" if big_is_actual else "actual",
                                  ratio=fmt(t.ratio, 0))

    def _against_tables(self, doc: Document, ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Diagnostic]:
        """A sentence's figure with the digits of a table cell whose table declares a unit 10⁴
        apart (``公务接待费 0.39 元`` quoting a 万元 table's 0.39): one of the two units is wrong.
        A warning: the sentence is paired with the cell by its digits and the row's name."""
        if not any(any(map(Table.__instancecheck__, part.blocks)) for part in doc.parts):
            return  # no table to quote (most drafts of a folder)
        from perflint.extract.declared_units import misdeclared_tables

        # a table the prose quotes in another unit throughout is one finding, U410's
        whole = {id(m.table) for m in ctx.cached(doc, "units.misdeclared_tables", misdeclared_tables)}
        for slip in ctx.cached(doc, "units.scale_slips", lambda d: prose_scale_slips(d, ctx.fiscal_year_of)):
            q, ta = slip.quantity, slip.cell
            if id(ta.table) in whole:
                continue
            loc = slip.source.locate(q.start, q.end)
            if (loc.line, loc.column) in reported:
                continue
            where = ta.cell.text.locate()
            yield self.diagnostic(
                "table", loc, severity=Severity.warning, related=[(where, "see_table")],
                wrong=q.text.strip(), line=where.line, unit=ta.unit, row=ta.label, digits=ta.cell.value.strip(),
            )

    def _sums(self, doc: Document) -> Iterator[Diagnostic]:
        """Breakdowns that add up once one part's 元 is read as 万元 (or the reverse)."""
        # the breakdowns over each run of paragraphs, as A104 reads them (by the run's first paragraph)
        spread = {id(run[0]): found for run, found in run_breakdowns(doc)}
        for part in doc.parts:
            run: list[Paragraph] = []
            for block in [*part.blocks, None]:
                if isinstance(block, Paragraph):
                    if run and block.text.value.lstrip().startswith("其中") and _SEPARATOR_TOTAL.search(run[-1].text.value):
                        yield from self._separator_across(run[-1], block)
                    run.append(block)
                    for bd in prose.breakdowns(block.text.value):
                        if bd.total is not None:
                            yield from self._slip(bd.total, block, [(block, q) for q in bd.parts])
                            yield from self._tiny_part(bd, block)
                    continue
                for pb in spread.get(id(run[0]), ()) if run else ():
                    yield from self._slip(pb.total, run[pb.total_index], [(run[i], q) for i, q in pb.parts])
                run = []

    def _separator_across(self, head: Paragraph, body: Paragraph) -> Iterator[Diagnostic]:
        """``…支出4.647万元，比上年增长…。`` and the next paragraph ``其中：…1,088万元…；…3,559万元…``:
        the total's thousands comma typed as a decimal point, its 其中 opening the next paragraph."""
        head_text = head.text.value
        joined = head_text + body.text.value
        for bd in prose.breakdowns(joined):
            total = bd.total
            if total is None or total.end > len(head_text) or any(q.start < len(head_text) for q in bd.parts):
                continue
            if not prose.total_separator_slip(total, bd.parts):
                continue
            shift = len(head_text)
            parts = [(body, replace(q, start=q.start - shift, end=q.end - shift)) for q in bd.parts]
            yield from self._slip(total, head, parts)

    def _tiny_part(self, bd: prose.Breakdown, para: Paragraph) -> Iterator[Diagnostic]:
        """One part of a 万元 breakdown written in 元 and so small it would be a negligible crumb of
        the total (`支出预算 316.69 万元，其中：社会保障和就业支出 2.58 元，卫生健康支出 1.22 万元`):
        an account line of a budget or of final accounts is never a few 元, 万 was left out.
        Read when the list cannot be summed (its other parts are cut off or fall short)."""
        k = prose.tiny_unit_part(bd)
        if k is None:
            return
        q = bd.parts[k]
        yield self.diagnostic("tiny", para.text.locate(q.start, q.end), severity=Severity.warning,
                              label=bd.labels[k], wrong=q.text.strip())

    def _slip(self, total: Quantity, head: Paragraph, parts: list[tuple[Paragraph, Quantity]]) -> Iterator[Diagnostic]:
        if prose.total_separator_slip(total, [q for _, q in parts]):
            summed = sum((q.value for _, q in parts), Decimal(0))
            fixed = f"{summed:,}{total.unit}"
            yield self.diagnostic(
                "separator_in_sum", head.text.locate(total.start, total.end),
                related=[(para.text.locate(q.start, q.end), "part") for para, q in parts],
                wrong=total.text.replace(" ", ""), fixed=fixed, expr=" + ".join(q.text.replace(" ", "") for _, q in parts))
            return
        if prose.total_unit_slip(total, [q for _, q in parts]):
            fixed = number(total) + ("万元" if total.unit == "元" else "元")
            yield self.diagnostic(
                "total_in_sum", head.text.locate(total.start, total.end),
                related=[(para.text.locate(q.start, q.end), "part") for para, q in parts],
                wrong=total.text.replace(" ", ""), fixed=fixed, expr=" + ".join(q.text.replace(" ", "") for _, q in parts))
            return
        k = prose.unit_slip(total, [q for _, q in parts])
        if k is None:
            return
        para, q = parts[k]
        fixed = number(q) + ("万元" if q.unit == "元" else "元")
        expr = " + ".join(fixed if j == k else p.text.replace(" ", "") for j, (_, p) in enumerate(parts))
        yield self.diagnostic(
            "in_sum", para.text.locate(q.start, q.end), related=[(head.text.locate(total.start, total.end), "total")],
            wrong=q.text.replace(" ", ""), fixed=fixed, expr=expr, total=total.text.replace(" ", ""),
        )

    def _report(self, wrong: AmountFact, right: AmountFact) -> Diagnostic:
        q, r = wrong.fact.quantity, right.fact.quantity
        where = right.source.locate(r.start, r.end)
        return self.diagnostic(
            "slip", wrong.source.locate(q.start, q.end), related=[(where, "see")],
            label=wrong.fact.label, wrong=q.text.strip(), right=r.text.strip(), line=where.line,
        )


def _odd_one(a: AmountFact, b: AmountFact, usual: str | None) -> tuple[AmountFact, AmountFact]:
    """Which of two figures is the slip: the one in the report's unusual unit, else the one that
    is implausible for its unit (the larger in 万元, the smaller in 元)."""
    ua, ub = a.fact.quantity.unit, b.fact.quantity.unit
    if ua != ub:
        return (b, a) if ua == usual else (a, b)
    larger, smaller = (a, b) if a.base >= b.base else (b, a)
    return (smaller, larger) if ua == "元" else (larger, smaller)
