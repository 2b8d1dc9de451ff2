"""C737: one fund's spending stated at two rates in one paragraph (执行率100% … 实际支出率42.22%)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.model import Document, SourceText
from perflint.text.numbers import quantize

if TYPE_CHECKING:
    from perflint.extract.fund_rates import FundRates
    from perflint.extract.prose import Mention


class FundRateStatedTwice(Check):
    """## What it does
    Reads a paragraph that states a fund's amount with its execution rate right after it
    (`专项资金共计2000.00万元，执行率100%`) and, in a later sentence, an amount paid out of it with
    another spending rate (`已拨付800.00万元，实际支出率40.00%`), where that second rate is exactly
    the amount paid over the fund (800 ÷ 2000 = 40%, to its last digit). Both rates are then of
    the one fund, and a whole point or more apart they cannot both hold. Only rates of executing,
    spending or paying are read (执行率, 支出率, 支付率, 拨付率, 执行进度), never an arrival rate
    (到位率): money that arrived need not have been spent. The second rate must show a decimal,
    since a whole-number rate matches too many quotients by chance. A rate stated for a fund by
    its name (`（1）某村文化广场项目资金拨付率100%`, the name six characters or more) is read the
    same way against the amount the report names that fund with elsewhere (`某村文化广场项目资金
    120万元` in the overview), when a later sentence of the item gives an amount paid and a rate
    of it (`已拨付86.4万元，及时率72.00%`, whatever the rate is called) that this fund gives at its
    last digit.

    ## Why is this bad?
    A fund is spent once: the execution rate stated with it and the rate its own payments give
    must agree. The 100% is usually the template's (or the funds allocated, not spent), and the
    scores and conclusions built on it overstate the spending.

    ## Example
    ```text
    某区2024年度乡村振兴示范创建资金绩效自评报告
    区级下达示范创建专项资金共计2000.00万元，执行率100%。各镇按先建后补方式组织实施，截至年底已拨付补助资金800.00万元，实际支出率40.00%。
    ```

    ## Use instead
    ```text
    某区2024年度乡村振兴示范创建资金绩效自评报告
    区级下达示范创建专项资金共计2000.00万元，截至年底已拨付补助资金800.00万元，执行率40.00%，其余资金待项目验收后拨付。
    ```
    """

    doc_zh = """## 它检查什么
    读取同一段中先写出一笔资金的金额并紧接着写出其执行率（“专项资金共计2000.00万元，执行率100%”），后面的句子又写出从中支付的金额和另一个支出比率（“已拨付800.00万元，实际支出率40.00%”），且后一比率恰为支付额 ÷ 资金总额（800 ÷ 2000 = 40%，到末位）的情况。此时两个比率说的是同一笔资金，相差一个百分点以上就不可能同时成立。只读取执行、支出、支付、拨付类比率（执行率、支出率、支付率、拨付率、执行进度），不读取到位率：资金到位不等于已经支出。后一比率须带小数，整数比率与太多商值偶然相合。按名称写出的资金比率（“（1）某村文化广场项目资金拨付率100%”，名称六个字以上）也这样读：与报告别处写出该笔资金金额的地方（概况中的“某村文化广场项目资金120万元”）对照，该条目后面的句子写出已支付金额及其比率（“已拨付86.4万元，及时率72.00%”，不论比率叫什么），且该比率恰为支付额 ÷ 这笔资金（到末位）时报告。

    ## 为什么要改
    一笔资金只支出一次：与它一起写出的执行率和它自己的支付额算出的比率必须一致。那个 100% 往往是模板的说法（或指资金已下达而非已支出），据此给出的得分和结论夸大了支出进度。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C737"
    name = "fund-rate-stated-twice"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "同一笔资金的执行率前后不一", "en": "One fund's spending stated at two rates"}
    messages = {
        "two_rates": {
            "zh": "资金 {total} 称{word} {stated}，而同段又按 {part} ÷ {total} = {share}% 写出 {computed}：同一笔资金两个比率",
            "en": "the fund of {total} is stated at {word} {stated}, yet the paragraph states {computed} "
                  "as {part} ÷ {total} = {share}%: one fund at two rates",
        },
        "computed": {"zh": "另一比率", "en": "the other rate"},
        "fund": {"zh": "该笔资金的金额", "en": "the fund's amount"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.fund_rates import fund_rates, named_fund_rate_candidates  # (on use: cold start)

        for part in doc.parts:
            prose = list(part_prose(doc, part))
            funds: list[tuple[SourceText, Mention]] | None = None
            for _block, source in prose:
                for fr in fund_rates(source.value):
                    yield self._two_rates(source, fr)
                pending = named_fund_rate_candidates(source.value)
                if not pending:
                    continue  # (nearly every paragraph)
                if funds is None:
                    funds = _named_amounts(prose)
                yield from self._named(source, pending, funds)

    def _two_rates(self, source: SourceText, fr: FundRates, related: list | None = None) -> Diagnostic:
        return self.diagnostic(
            "two_rates", source.locate(fr.stated.start, fr.stated.end),
            related=[(source.locate(fr.computed.start, fr.computed.end), "computed"), *(related or [])],
            total=fr.total.text.strip(), stated=fr.stated.text.strip(), word=fr.word, part=fr.part.text.strip(),
            computed=fr.computed.text.strip(), share=format(quantize(fr.share, fr.computed.decimals), "f"))

    def _named(self, source: SourceText, pending: list, funds: list) -> Iterator[Diagnostic]:
        """Rates stated for a fund by its name: the fund's amount is the one the part names it with."""
        from perflint.extract.fund_rates import named_fund_rate

        for found in pending:
            for where, m in funds:
                if found.name not in m.label:
                    continue
                fr = named_fund_rate(found, m.quantity)
                if fr is not None:
                    yield self._two_rates(source, fr, [(where.locate(m.start, m.end), "fund")])
                    break


def _named_amounts(prose: list) -> list:
    """The part's money amounts with the words before them (a fund's name and its amount)."""
    from perflint.extract.prose import figure_mentions

    return [(source, m) for _block, source in prose for m in figure_mentions(source.value)
            if m.role == "level" and m.quantity.is_money and not m.bracketed and not m.quantity.approximate]
