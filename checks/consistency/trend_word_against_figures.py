"""C736: a trend word (增加, 略有减少, 持平, 无增减 …) that the two figures it follows contradict."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.model import Document


class TrendWordAgainstFigures(Check):
    """## What it does
    Reads a sentence that gives both figures of a comparison and then only a word for it, no
    amount: this year's and last year's (`支出3.20万元，比上年5.60万元有所增加`, `本年12.50万元，
    上年10.20万元，与上年持平`; last year's in brackets after the comparison's words, `支出1.20万元，
    较上年（2.30万元）有所增加`; or in the clause right after the word, `支出2.50万元，与上年持平，
    上年为3.10万元`) or the budget and the actual, each named, with the comparison
    with the budget written out (`预算15.00万元，决算2.48万元，与预算相比无增减`). The 决算说明
    template's `决算数大于/小于/等于预算数` (`决算数与预算数持平`) is read the same way against the
    one budget and the one actual its sentence states before it (or the sentence before, when it
    opens its own: `…支出决算为441.72万元。决算数小于预算数的主要原因是…`); beside a completion
    rate in its sentence it is C709's. Reports a word
    the two figures contradict: a rise (增加, 略有增加, 大幅增长 …) where the figure fell or stayed
    the same, a fall where it rose or stayed, no change (持平, 无增减, 无变化) where the figures
    differ beyond their rounding, and "about the same" (基本持平, 变化不大) where one figure is half
    as large again as the other. How large a change 略有 or 大幅 means is not judged. A word
    followed by an amount or a rate is a stated change (A110, A105).

    ## Why is this bad?
    The two figures decide the direction by themselves. A word that says otherwise was left from
    last year's sentence, or a figure was changed after the sentence was written; the reason given
    after it then explains a change that did not happen.

    ## Example
    ```text
    某县农业农村局2023年度部门决算说明
    公务接待费支出3.20万元，比上年5.60万元有所增加，主要原因是接待任务增多。
    ```

    ## Use instead
    ```text
    某县农业农村局2023年度部门决算说明
    公务接待费支出3.20万元，比上年5.60万元减少2.40万元，主要原因是厉行节约、压减接待批次。
    ```
    """

    doc_zh = """## 它检查什么
    读取同一句中先写出比较的两个数字、随后只用一个词说明增减而不写增减额的表述：本年数与上年数（“支出3.20万元，比上年5.60万元有所增加”“本年12.50万元，上年10.20万元，与上年持平”；上年数写在比较用语后的括号中，“支出1.20万元，较上年（2.30万元）有所增加”；或写在该词之后紧接的分句中，“支出2.50万元，与上年持平，上年为3.10万元”），或分别写明的预算数与决算数，且写明是与预算相比（“预算15.00万元，决算2.48万元，与预算相比无增减”）。决算说明模板中的“决算数大于/小于/等于预算数”（“决算数与预算数持平”）同样读取，与其所在句此前写出的唯一一个预算数和唯一一个决算数比较（该说法另起一句时，与上一句比较：“……支出决算为441.72万元。决算数小于预算数的主要原因是……”）；句中同时写有完成率的，由 C709 判断。两个数字与该词矛盾时报告：数字减少或未变却称增加（“增加”“略有增加”“大幅增长”等），数字增加或未变却称减少，两数相差超出四舍五入误差却称“持平”“无增减”“无变化”，一个数字比另一个大一半以上却称“基本持平”“变化不大”。“略有”“大幅”所指的幅度不判断。词后接着写增减额或增减幅度的，属于写明的增减（A110、A105）。

    ## 为什么要改
    增减方向由两个数字本身决定。与之相反的说法，要么是沿用上年的句子，要么是数字改过而句子未改；其后的原因说明解释的也就是一个并未发生的变化。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C736"
    name = "trend-word-against-figures"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "增减用语与所给数字矛盾", "en": "Trend word contradicts its figures"}
    messages = {
        "prior": {
            "zh": "称与上年相比“{word}”，而本年 {current}、上年 {base}",
            "en": "says “{word}” against last year, while this year is {current} and last year {base}",
        },
        "budget": {
            "zh": "称与预算相比“{word}”，而决算 {current}、预算 {base}",
            "en": "says “{word}” against the budget, while the actual is {current} and the budget {base}",
        },
        "direction": {
            "zh": "称“{word}”，而决算 {current}、预算 {base}",
            "en": "says “{word}”, while the actual is {current} and the budget {base}",
        },
        "current": {"zh": "本年数/决算数", "en": "this year's figure / the actual"},
        "base": {"zh": "比较基数", "en": "the base compared with"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.trend_claims import trend_claims  # (imported on use: cold start)

        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                claims = [c for c in trend_claims(source.value) if c.contradicted()]
                if not claims:
                    continue
                # a direction beside a completion rate in its sentence is C709's (the rate against it)
                rated = {c.start for c in text_facts(source.value).completion_claims}
                for claim in claims:
                    if claim.start in rated:
                        continue
                    c, b = claim.current, claim.base
                    key = "direction" if claim.word.startswith("决算") else "budget" if claim.budget else "prior"
                    yield self.diagnostic(
                        key, source.locate(claim.start, claim.end),
                        related=[(source.locate(c.start, c.end), "current"), (source.locate(b.start, b.end), "base")],
                        word=claim.word, current=c.text.strip(), base=b.text.strip())
