"""A110: `C，比上年 P 增加 X` where X is not C − P (or the verb goes the wrong way)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.prior_changes import PriorChange, prior_changes, year_changes
from perflint.model import Document, Paragraph
from perflint.text.numbers import fmt

from ._compare import decimals_of, half, numbers, prior_change_scale_slip, unit_of
from ._facts import paragraph_runs, paragraphs


class ChangeAmountMismatch(Check):
    """## What it does
    Reads a comparison with last year that states all three figures in one sentence — this
    year's, last year's and the change (`支出 1,200.00 万元，比上年 1,100.00 万元增加 50.00 万元`,
    `与上年 1,150.00 万元相比减少 50.00 万元`, `本年 C，上年 P，增加 X`, `C，较上年增加 X（上年 P）`, `2024年预算 C，2023年 P，对比减少 X` with
    the two figures labelled by consecutive years) — and checks that the
    change is this year's figure minus last year's, in the direction its verb says. A passage that
    gives each year's figure in a sentence opened by its year and the change in a third
    (`2022年的“三公”经费决算数合计为 C。2021年的“三公”经费决算数合计为 P。2022年“三公”经费决算数
    相较于上年增加 X`) is read the same way, the quantity named alike in all three. So is a
    comparison with a budget figure stated inside it (`决算 3.20 万元，比年初预算 4.00 万元减少 X`):
    X is the actual figure minus the budget. Last year's figure written without its unit (`比上年
    12.50 减少 X 万元`, `上年为 12.50，减少 X 万元`) is read in the change's unit, and a sentence that
    opens with last year's figure (`…C 万元。上年为 P 万元，减少 X 万元`) compares it with the figure
    of the sentence before: both readings are warnings. A figure followed from where it started to
    where it went (`由上年的 62.50 万元下降到 58.10 万元，下降 X 万元`, `由 42 批次减少至 36 批次`) is read
    the same way: X is the second minus the first. So are two rates and their change in points
    (`由 6.2% 下降到 5.1%，下降 X 个百分点`).
    An actual figure's stated excess over its target, or shortfall below it (`年度目标36个，实际
    建成38个，超过年度目标2个`, `计划12公里，实际完成10公里，比计划少2公里`), is read the same way:
    X is the actual minus the target, the figure right before the excess the actual and the
    nearest earlier figure of its unit named as the target; whole counts are exact. A rate's
    excess is in points (`目标满意度90%，实际95%，超过目标5个百分点`): the two rates' difference. A
    target stated in the sentence before is a warning. A change that holds once its one figure in
    元 is read in the others' 万元 (`基本支出 252.50 元，较上年 231.50 万元增加 21.00 万元`), or the
    reverse, is a unit slip: U401 reports it. Last year's figure of five digits or more that opens
    like a year and agrees once that year is taken off (`较20155.88万元增加了0.51万元` with C 6.39:
    2015 and 5.88, the 年 lost) is named so, a warning; where the paragraph names the next year
    with 年 (`2016年…6.39万元，较20155.88万元…`) Y506 reads the lost 年 and reports it alone.

    ## Why is this bad?
    The change is fixed by the two figures beside it. When it is not their difference, or the
    text says 增加 where the figures fell, one of the three is wrong — often last year's
    sentence was kept and only one figure updated — and the explanation of the change that
    follows explains a change that did not happen.

    ## Example
    ```text
    2023 年度支出合计 1,200.00 万元，比上年 1,250.00 万元增加 50.00 万元。
    ```
    1,200.00 − 1,250.00 = −50.00: spending fell.

    ## Use instead
    ```text
    2023 年度支出合计 1,200.00 万元，比上年 1,250.00 万元减少 50.00 万元。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    读取在一句话中同时写明本年数、上年数和增减额的比较（“支出 1,200.00 万元，比上年 1,100.00 万元增加 50.00 万元”“与上年 1,150.00 万元相比减少 50.00 万元”“本年 C，上年 P，增加 X”“C，较上年增加 X（上年 P）”，以及两数分别以相邻年份标明的“2024年预算 C，2023年 P，对比减少 X”），核对增减额是否等于本年数减上年数，方向是否与“增加/减少”一致。两年的数各在一句以年份开头的话中写明、增减额另起一句（“2022年的‘三公’经费决算数合计为 C。2021年的‘三公’经费决算数合计为 P。2022年‘三公’经费决算数相较于上年增加 X”），三处名称相同的，同样核对。比较基数为句中写明的预算数的（“决算 3.20 万元，比年初预算 4.00 万元减少 X”），X 应为决算数减预算数，同样核对。上年数未写单位的（“比上年 12.50 减少 X 万元”“上年为 12.50，减少 X 万元”）按增减额的单位读取；以上年数开头的句子（“……C 万元。上年为 P 万元，减少 X 万元”）与前一句的数比较：这两种读法以 warning 级别报告。写明数字从何处变到何处的（“由上年的 62.50 万元下降到 58.10 万元，下降 X 万元”“由 42 批次减少至 36 批次”），X 应为后一个数减前一个数，同样核对；两个比率及其以百分点计的变化（“由 6.2% 下降到 5.1%，下降 X 个百分点”）也一样。实际数超过（或低于）目标的数额（“年度目标36个，实际建成38个，超过年度目标2个”“计划12公里，实际完成10公里，比计划少2公里”）同样核对：X 应为实际数减目标数；超出数之前的数须为实际数，其前最近的同单位数字须写明是目标（目标、计划、指标值），整数计数不留尾数误差；比率超过目标的以百分点计（“目标满意度90%，实际95%，超过目标5个百分点”），应为两个比率之差；目标写在前一句的，以 warning 级别报告。三个数中唯一写成“元”的数按万元读（或相反）增减额即成立的（“基本支出 252.50 元，较上年 231.50 万元增加 21.00 万元”），是元与万元混用，由 U401 报告。上年数有五位以上整数、开头像年份，去掉该年份后增减额即成立的（本年 6.39 万元，“较20155.88万元增加了0.51万元”：2015 年与 5.88 连写，丢了“年”），按年份连写报告，为 warning；该段以“年”写明下一年的（“2016年……6.39万元，较20155.88万元……”），由 Y506 报告丢了“年”字，本规则不再重复报告。

    ## 为什么要改
    增减额由旁边两个数决定。它不等于两数之差，或数字下降却写“增加”，说明三个数中有一个写错了（常见的是沿用上年的句子只改了一个数），后面对增减原因的说明也就是在解释一个并未发生的变化。

    ## 示例
    {example}
    1,200.00 − 1,250.00 = −50.00：支出是减少了。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A110"
    name = "change-amount-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "增减额与本年数、上年数之差不符", "en": "Change does not match this year's and last year's figures"}
    messages = {
        "amount": {
            "zh": "{c} − {p} = {diff}，而文中写{verb} {x}",
            "en": "{c} − {p} = {diff}, but the text gives a change of {verb_en} {x}",
        },
        "direction": {
            "zh": "本年 {c} {than}上年 {p}，应为{right} {x}，文中却写“{verb}”",
            "en": "this year's {c} is {than_en} last year's {p}: a {right_en} of {x}, not the '{verb}' the text gives",
        },
        "moved_direction": {
            "zh": "由 {p} 变为 {c}，应为{right} {x}，文中却写“{verb}”",
            "en": "from {p} to {c} is a {right_en} of {x}, not the '{verb}' the text gives",
        },
        "rounding": {
            "zh": "尾数差异：{c} − {p} = {diff}，而文中写{verb} {x}",
            "en": "rounding difference: {c} − {p} = {diff}, but the text gives {verb_en} {x}",
        },
        "budget_direction": {
            "zh": "决算 {c} {than}预算 {p}，应为{right} {x}，文中却写“{verb}”",
            "en": "the actual {c} is {than_en} the budget {p}: a {right_en} of {x}, not the '{verb}' the text gives",
        },
        "target_amount": {
            "zh": "实际 {c} − 目标 {p} = {diff}，而文中写{target_verb} {x}",
            "en": "the actual {c} − the target {p} = {diff}, but the text gives {target_verb_en} of {x}",
        },
        "target_direction": {
            "zh": "实际 {c} {than}目标 {p}，应为{target_right} {x}，文中却写“{target_verb}”",
            "en": "the actual {c} is {than_en} the target {p}: {target_right_en} of {x}, not the {target_verb_en} the text gives",
        },
        "glued_year": {
            "zh": "上年数“{p}”像是年份“{year}”与“{rest}”连写（缺“年”）：{c} − {rest} = {x}，与文中相符",
            "en": "last year's figure “{p}” reads as the year {year} run into {rest} (its 年 lost): {c} − {rest} = {x}, as the text gives",
        },
        "prior": {"zh": "上年数", "en": "last year's figure"},
        "target": {"zh": "目标值", "en": "target"},
        "start": {"zh": "起始数", "en": "the figure it moved from"},
        "budget": {"zh": "预算数", "en": "budget"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for _part, para in paragraphs(doc):
            for pc in prior_changes(para.text.value):
                if not pc.agrees and prior_change_scale_slip(pc) is None:  # a 元/万元 slip: U401's
                    diag = self._report(para, pc)
                    if diag is not None:
                        yield diag
        from perflint.extract.target_excesses import target_excesses  # read when the rule runs
        for _part, para in paragraphs(doc):
            for pc in target_excesses(para.text.value):
                if not pc.agrees:
                    diag = self._report(para, pc)
                    if diag is not None:
                        yield diag
        for run in paragraph_runs(doc):
            for pc, (_ci, pi, xi) in year_changes([p.text.value for p in run]):
                if not pc.agrees:
                    diag = self._report(run[xi], pc, prior_para=run[pi])
                    if diag is not None:
                        yield diag

    def _glued_year(self, para: Paragraph, pc: PriorChange, signed: Decimal, tolerance: Decimal,
                    prior_para: Paragraph | None) -> Diagnostic | object | None:
        """Last year's figure read as a year and a figure run together (``较20155.88万元``: 2015 and
        5.88, its 年 lost), when the figure after the year makes the change agree: the slip named,
        a warning, instead of a difference of the year's size."""
        from perflint.text.dates import year_run_into_figure  # rare: a figure of five digits or more

        split = year_run_into_figure(pc.prior.value, pc.prior.text)
        if split is None:
            return None
        year, rest = split
        if abs(pc.current.base_value - rest * pc.prior.scale - signed) > tolerance:
            return None
        source = prior_para or para
        from perflint.text.dates import years_run_into_figures  # the year grammar's own reading

        if any(f.start <= pc.prior.start < f.end for f in years_run_into_figures(source.text.value)):
            return _CEDED  # Y506 names the lost 年: one slip, one finding
        c, x = numbers(pc.current, pc.change)
        p = fmt(pc.prior.value, pc.prior.decimals)
        r = fmt(rest, pc.prior.decimals)
        return self.diagnostic("glued_year", source.text.locate(pc.prior.start, pc.prior.end),
                               severity=Severity.warning, p=p, year=year, rest=r, c=c, x=x)

    def _report(self, para: Paragraph, pc: PriorChange, prior_para: Paragraph | None = None) -> Diagnostic | None:
        x, signed = pc.change, pc.direction * pc.change.base_value
        gap = abs(pc.difference - signed)
        tolerance = Decimal(0) if pc.exact else half(pc.current) + half(pc.prior) + half(x)
        if not pc.exact and not pc.target and (glued := self._glued_year(para, pc, signed, tolerance, prior_para)):
            return None if glued is _CEDED else glued
        rounding = not pc.exact and gap <= tolerance + unit_of(x)
        if rounding and not self.options.get("rounding", True):
            return None
        decrease = pc.direction < 0
        verb, verb_en = ("减少", "a fall") if decrease else ("增加", "a rise")
        loc = para.text.locate(x.start, x.end)
        base_label = "target" if pc.target else "budget" if pc.budget else "start" if pc.moved else "prior"
        related = [((prior_para or para).text.locate(pc.prior.start, pc.prior.end), base_label)]
        c, p, xs = numbers(pc.current, pc.prior, x)
        args = dict(c=c, p=p, x=xs, verb=verb, verb_en=verb_en)
        if pc.target:
            args["target_verb"] = "超过目标" if not decrease else "低于目标"
            args["target_verb_en"] = "an excess over the target" if not decrease else "a shortfall below the target"
        severity = Severity.error if pc.stated_base else Severity.warning
        wrong_way = pc.difference != 0 and (pc.difference > 0) != (not decrease)
        if wrong_way and abs(abs(pc.difference) - x.base_value) <= tolerance:
            rises = pc.difference > 0
            if pc.target:
                return self.diagnostic("target_direction", loc, severity=severity, related=related, **args,
                                       than="高于" if rises else "低于", than_en="above" if rises else "below",
                                       target_right="超过目标" if rises else "低于目标",
                                       target_right_en="an excess" if rises else "a shortfall")
            kind = "budget_direction" if pc.budget else "moved_direction" if pc.moved else "direction"
            return self.diagnostic(kind, loc, severity=severity, related=related, **args,
                                   than="高于" if rises else "低于", than_en="above" if rises else "below",
                                   right="增加" if rises else "减少", right_en="rise" if rises else "fall")
        if rounding:
            severity = Severity.rounding
        diff = fmt(pc.difference / x.scale, decimals_of([pc.current, pc.prior, x]))
        key = "rounding" if rounding else "target_amount" if pc.target else "amount"
        return self.diagnostic(key, loc, severity=severity, related=related,
                               diff=diff, **args)


# _glued_year's answer where the year grammar reads the figure as a year run into it (Y506's)
_CEDED = object()
