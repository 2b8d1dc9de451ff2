"""C742: a 收入 statement whose reason ends in what it did to 支出, or the other way round."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._texts import text_index


class ReasonNamesOtherTotal(Check):
    """## What it does
    Finds a statement of the year's income (`收入合计 697.38 万元，较上年减少 1.12 万元`) whose
    reason ends in what it did to spending (`主要原因是学生人数减少，导致总支出减少`), or a
    statement of spending whose reason ends in income. A statement that names both totals
    (`收支总计`, or a cause on the other side, `支出增加主要原因是收入增加`) is left alone.

    ## Why is this bad?
    The 决算说明 writes its 收入 and 支出 paragraphs from one template; a reason that ends in the
    other total was copied from the other paragraph, and the reader is told why the other total
    changed, not this one.

    ## Example
    ```text
    示范县第二中学2023年度部门决算
    二、收入决算情况说明
    2023年度收入合计 520.00 万元，较上年减少 12.00 万元，下降 2.25%，主要原因是在校学生减少，导致总支出减少。
    ```

    ## Use instead
    ```text
    示范县第二中学2023年度部门决算
    二、收入决算情况说明
    2023年度收入合计 520.00 万元，较上年减少 12.00 万元，下降 2.25%，主要原因是在校学生减少，导致总收入减少。
    ```
    """

    doc_zh = """## 它检查什么
    查找讲本年收入的语句（“收入合计 697.38 万元，较上年减少 1.12 万元”），其原因却以支出的变化收尾（“主要原因是学生人数减少，导致总支出减少”）；讲支出的语句以收入的变化收尾的亦同。语句同时讲到两者的（“收支总计”，或以另一方为原因，“支出增加主要原因是收入增加”），不报告。

    ## 为什么要改
    决算说明的收入段和支出段套用同一模板；原因以另一项总数收尾，是从另一段照抄的，读者看到的是另一项总数变化的原因，而不是本项的。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C742"
    name = "reason-names-other-total"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "收入（支出）变动原因写成了支出（收入）", "en": "Reason for one total ends in the other"}
    messages = {
        "swapped": {
            "zh": "本句说明{subject}的变动，原因却写“导致…{written}…”：是从{written}段照抄的吗？",
            "en": "the statement explains a change of {subject_en}, but its reason ends in {written_en} (导致…{written}…): "
                  "copied from the {written_en} paragraph?",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        index = text_index(doc)
        held = index.holding("导致")  # searched in C: a few texts of a draft say what a cause led to
        if not held:
            return
        from perflint.extract.twin_reasons import swapped_consequences

        english = {"收入": "income", "支出": "spending"}
        for i in held:
            text = index.texts[i]
            if text.where not in ("paragraph", "cell"):
                continue
            for found in swapped_consequences(text.text.value):
                yield self.diagnostic("swapped", text.text.locate(found.start, found.end), subject=found.subject,
                                      written=found.written, subject_en=english[found.subject],
                                      written_en=english[found.written])
