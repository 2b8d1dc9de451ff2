"""U402: a figure without its unit in a list whose other figures carry one."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import in_cut_sentence
from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.model import Document


class MoneyWithoutUnit(Check):
    """## What it does
    Finds a figure written without a unit inside an enumeration whose neighbouring items all
    carry one: an amount among amounts in 万元, a head count among counts in 人. Also finds a
    money standard per head with no money unit (`补助标准 300/人`, `慰问金 500/户` for
    `300元/人`), and last year's figure written bare between the comparison and the change
    (`支出 2.05 万元，较上年 2.08 减少 0.03 万元`).

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
    查找列举中没有单位的数字，而相邻各项都带单位：以万元计的金额中的一个金额，以“人”计的人数中的一个人数。还查找没有货币单位的“每……”标准（“补助标准 300/人”“慰问金 500/户”，应为“300元/人”），以及比较句中不带单位的上年数（“支出 2.05 万元，较上年 2.08 减少 0.03 万元”）。

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
        "see": {"zh": "相邻数字带单位", "en": "neighbouring figure with its unit"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for st in text_facts(source.value).bare_standards:
                    figure = source.value[st.start:st.end]
                    yield self.diagnostic("standard", source.locate(st.start, st.end), label=st.label,
                                          figure=figure, number=figure.split("/")[0].strip(), per=st.per)
                for bare in text_facts(source.value).bare_prior_figures:
                    q, prev = bare.quantity, bare.previous
                    yield self.diagnostic(
                        "prior", source.locate(q.start, q.end),
                        related=[(source.locate(prev.start, prev.end), "see")],
                        label=bare.label, figure=q.text.strip(), unit=bare.unit, neighbour=prev.text.strip(),
                    )
                for bare in text_facts(source.value).bare_figures:
                    q, prev = bare.quantity, bare.previous
                    if in_cut_sentence(doc, source.locate(q.start, q.end)):
                        continue  # the unit may follow in what the cut took away (``下属单位 0``)
                    yield self.diagnostic(
                        "bare", source.locate(q.start, q.end),
                        related=[(source.locate(prev.start, prev.end), "see")],
                        label=bare.label, figure=q.text.strip(), unit=bare.unit, neighbour=prev.text.strip(),
                    )
