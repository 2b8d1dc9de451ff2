"""U402: a figure without its unit in a list whose other figures carry one."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import in_cut_sentence
from perflint.extract.figure_units import writes_wan_yuan
from perflint.extract.quantities import part_prose
from perflint.extract.selfeval import self_evaluations
from perflint.extract.wording import text_facts
from perflint.model import Document

from ._facts import prose_with


class MoneyWithoutUnit(Check):
    """## What it does
    Finds a figure written without a unit inside an enumeration whose neighbouring items all
    carry one: an amount among amounts in 万元, a head count among counts in 人. Also finds a
    money standard per head with no money unit (`补助标准 300/人`, `慰问金 500/户` for
    `300元/人`, or with the standard's word after the figure: `每人不超过500/年标准`), and last year's figure written bare between the comparison and the change
    (`支出 2.05 万元，较上年 2.08 减少 0.03 万元`), and a change written bare before its rate in a
    paragraph whose amounts before it all carry one money unit (`收入总计 3874.92 万元。收支较上年减少
    484.05，降低 11.1%`). The bare first item of a list opened by 其中 whose next item and whose
    total before the 其中 carry the unit (`支出合计 618.40 万元。其中：基本支出 480.20，占 77.7%；项目支出
    138.20 万元`), a figure bare before its own breakdown in brackets (`（含`, `（其中`, `（包括`), and an
    item's amount bare right before its change from last year in a money unit, in a text whose amounts
    before it carry that unit (`公务接待费 24.00，较上年减少 1.20 万元`), are found too. In a 自评表 whose other indicators write the unit beside
    both figures (two or more rows, one of them not a rate), the one indicator whose target or actual is a bare figure
    beside the other's count, measure or money unit (`≥18.5万人 | 18.92`, `≥2.2 | 2.36万亩`) is
    a warning too; a form that writes its units in one column only is no such lapse. A figure with
    a thousands comma that a copy split after the comma (`运行维护费 2, 418.6 万元`) is one amount in
    its unit, not a bare `2`. The last item of a list run into the label of the next clause, words and a
    colon (`辅具适配 150 人，假肢安装服务 15实际完成：…`), ends there as at a delimiter. An amount named by a money word (资金, 经费, 费, 预算, 拨款, 补助 …) and written
    in 万 with no 元 after it, the clause going on or ending (`预算资金 12.356万并且全部到位`, `运行维护费
    25万。`), is a warning too where the report writes its other amounts in 万元 (one that writes every amount in 万 keeps
    a style of its own); 万人, 万亩, 万余元 are no such lapse.

    ## Why is this bad?
    Prose gives the unit after every figure because a sentence declares none. A bare figure
    among amounts in 万元 is most likely 万元 too, but the reader has to guess; in a list of 人
    and 人次 a guess can be wrong.

    ## Example
    ```text
    工资福利支出 312.40 万元、差旅费 6.18 万元、培训费 2.75、其他支出 0.90 万元。
    ```

    ## Use instead
    ```text
    工资福利支出 312.40 万元、差旅费 6.18 万元、培训费 2.75 万元、其他支出 0.90 万元。
    ```
    """

    doc_zh = """## 它检查什么
    查找列举中没有单位的数字，而相邻各项都带单位：以万元计的金额中的一个金额，以“人”计的人数中的一个人数。还查找没有货币单位的“每……”标准（“补助标准 300/人”“慰问金 500/户”，应为“300元/人”；标准一词在数字之后的“每人不超过500/年标准”也算），以及比较句中不带单位的上年数（“支出 2.05 万元，较上年 2.08 减少 0.03 万元”），和段中此前金额都带同一货币单位时、写在增减率之前而不带单位的增减额（“收入总计 3874.92 万元。收支较上年减少 484.05，降低 11.1%”）；“其中”开头的列举中不带单位的第一项（其后一项与“其中”之前的合计都带单位：“支出合计 618.40 万元。其中：基本支出 480.20，占 77.7%；项目支出 138.20 万元”），后接自身分项括号（“（含”“（其中”“（包括”）而不带单位的金额，以及此前金额带同一货币单位时、紧接与上年比较的增减额（带货币单位）而不带单位的分项金额（“公务接待费 24.00，较上年减少 1.20 万元”）。自评表中其他指标的两栏都写单位（两行以上，其中至少一行不是比率），唯独某一指标的目标值或实际完成值是光数字、另一栏却带计数、计量或货币单位（“≥18.5万人 | 18.92”“≥2.2 | 2.36万亩”），也报警告；只在一栏写单位的表格不算。千分位逗号后被复制断开的数字（“运行维护费 2, 418.6 万元”）是一个带单位的金额，不是不带单位的“2”。列举的最后一项紧接下一分句的标签（若干字加冒号：“辅具适配 150 人，假肢安装服务 15实际完成：……”）的，该项在标签前结束，与遇到分隔符相同。由资金名称（资金、经费、费、预算、拨款、补助……）引出、以“万”计而漏写“元”的金额（“预算资金 12.356万并且全部到位”“运行维护费 25万。”），在本报告其他金额写作“万元”时也报警告（通篇以“万”计金额的是其自身写法，不报告）；“万人”“万亩”“万余元”不算。

    ## 为什么要改
    正文的句子不声明单位，所以每个数字后都要写单位。一串万元金额中的光数字多半也是万元，但要读者去猜；在“人”与“人次”的列举中，猜错是可能的。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U402"
    name = "money-without-unit"
    family = "units"
    severity = Severity.warning
    title = {"zh": "列举中的数字缺少单位", "en": "Figure without a unit in a list of figures with units"}
    messages = {
        "bare": {
            "zh": "“{label} {figure}”缺少单位：同一列举中的其他数字均带“{unit}”（如“{neighbour}”）",
            "en": "“{label} {figure}” has no unit while the figures listed around it carry {unit} (e.g. “{neighbour}”)",
        },
        "standard": {
            "zh": "“{label}{figure}”缺少货币单位：应写作“{number}元/{per}”之类",
            "en": "“{label}{figure}” has no money unit: write “{number}元/{per}” or similar",
        },
        "prior": {
            "zh": "“{label}{figure}”缺少单位：与之比较的金额均带“{unit}”（如“{neighbour}”）",
            "en": "“{label}{figure}” (last year's figure) has no unit while the amounts it is compared with carry {unit} "
                  "(e.g. “{neighbour}”)",
        },
        "change": {
            "zh": "“{label}{figure}”缺少单位：本段其他金额均带“{unit}”（如“{neighbour}”）",
            "en": "“{label}{figure}” (the change) has no unit while the paragraph's other amounts carry {unit} "
                  "(e.g. “{neighbour}”)",
        },
        "level": {
            "zh": "“{label} {figure}”缺少单位：其后与上年比较的增减额带“{unit}”（如“{neighbour}”）",
            "en": "“{label} {figure}” has no unit while its change from last year carries {unit} (e.g. “{neighbour}”)",
        },
        "cell": {
            "zh": "“{name}”的{which} {figure} 缺少单位，{other}为“{neighbour}”：本表其他指标的两栏都写单位",
            "en": "“{name}” has the {which_en} {figure} without a unit beside the {other_en} “{neighbour}”: the form's other "
                  "indicators write the unit in both columns",
        },
        "wan": {
            "zh": "“{label}{figure}”缺少货币单位“元”：本报告其他金额写作“万元”",
            "en": "“{label}{figure}” lacks the money unit 元 while the report writes its other amounts in 万元",
        },
        "see": {"zh": "相邻数字带单位", "en": "neighbouring figure with its unit"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            writes_yuan: bool | None = None  # whether the part writes amounts in 万元 (asked at its first 万 amount)
            for _block, source in prose_with(doc, part, ("bare_standards", "bare_prior_figures", "bare_figures",
                                                         "wan_amounts")):
                found = text_facts(source.value)  # once per text, for each finder below
                for st in found.bare_standards:
                    figure = source.value[st.start:st.end]
                    yield self.diagnostic("standard", source.locate(st.start, st.end), label=st.label,
                                          figure=figure, number=figure.split("/")[0].strip(), per=st.per)
                for wa in found.wan_amounts:
                    if writes_yuan is None:
                        writes_yuan = writes_wan_yuan(part_prose(doc, part))
                    if writes_yuan:
                        yield self.diagnostic("wan", source.locate(wa.start, wa.end), label=wa.label,
                                              figure=source.value[wa.start:wa.end].replace(" ", ""))
                for bare in found.bare_prior_figures:
                    q, prev = bare.quantity, bare.previous
                    yield self.diagnostic(
                        bare.kind, source.locate(q.start, q.end),
                        related=[(source.locate(prev.start, prev.end), "see")],
                        label=bare.label, figure=q.text.strip(), unit=bare.unit, neighbour=prev.text.strip(),
                    )
                for bare in found.bare_figures:
                    q, prev = bare.quantity, bare.previous
                    if in_cut_sentence(doc, source.locate(q.start, q.end)):
                        continue  # the unit may follow in what the cut took away (``下属单位 0``)
                    yield self.diagnostic(
                        "bare", source.locate(q.start, q.end),
                        related=[(source.locate(prev.start, prev.end), "see")],
                        label=bare.label, figure=q.text.strip(), unit=bare.unit, neighbour=prev.text.strip(),
                    )
        for se in ctx.cached(doc, "selfeval", self_evaluations):
            yield from self._indicators(se)

    def _indicators(self, se) -> Iterator[Diagnostic]:
        """An indicator's target or actual written bare beside the other with its unit (a count,
        a measure or money, not a rate: U404 has those), in a form whose other indicators write
        the unit in both columns (two or more, one of them not a rate: a form may keep % in both
        columns and write other units in the target only) and leave it out nowhere else."""
        both = rates = 0
        lapses = []
        for ind in se.indicators:
            t, a = ind.target, ind.actual
            tq = t.quantity if t is not None else None
            aq = a.quantity if a is not None else None
            if tq is None or aq is None:
                continue
            if tq.is_percent or aq.is_percent:
                rates += tq.is_percent and aq.is_percent
                continue
            if tq.unit is not None and aq.unit is not None:
                both += 1
            elif (tq.unit is None) != (aq.unit is None):
                bare = tq if tq.unit is None else aq
                if bare.kind == "plain" and bare.scale == 1:
                    lapses.append((ind, "target" if bare is tq else "actual"))
        if len(lapses) != 1 or not both or both + rates < _UNITS_IN_BOTH_MIN:
            return
        ind, which = lapses[0]
        fig, other = (ind.target, ind.actual) if which == "target" else (ind.actual, ind.target)
        zh = {"target": "年度指标值", "actual": "实际完成值"}
        yield self.diagnostic("cell", fig.cell.text.locate(), related=[(other.cell.text.locate(), "see")],
                              name=ind.name, which=zh[which], which_en=which, figure=fig.text,
                              other=zh["actual" if which == "target" else "target"],
                              other_en="actual" if which == "target" else "target", neighbour=other.text)


_UNITS_IN_BOTH_MIN = 2  # rows that show a form writes the unit beside both figures (one not a rate)
