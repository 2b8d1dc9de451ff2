"""T810: grades of one kind written in two numeral styles in one sentence (专技十级 … 专技6级)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.grade_numerals import may_mix, mixed_grade_numerals
from perflint.model import Document

from ._facts import joined, texts


class GradeNumeralsMixed(Check):
    """## What it does
    Finds a sentence that counts posts or levels by grade and writes grades of one kind (the
    same two characters before the numeral: 专技, 管理, 工勤) in both Arabic and Chinese numerals
    (专技十级2人、专技6级1人). The first grade of the less used style is reported.

    ## Why is this bad?
    A staff list copied from two sources or typed by hand reads as unchecked; a reviewer must
    stop to make sure 专技6级 is the same scale as 专技十级.

    ## Example
    ```text
    某县农技站2023年度部门整体支出绩效自评报告
    本站在编在岗 9 人，其中专技岗 6 人（专技九级2人、专技11级1人、专技十二级3人）。
    ```

    ## Use instead
    ```text
    某县农技站2023年度部门整体支出绩效自评报告
    本站在编在岗 9 人，其中专技岗 6 人（专技九级2人、专技十一级1人、专技十二级3人）。
    ```
    """

    doc_zh = """## 它检查什么
    查找按等级列出岗位或层级的句子中，同一类等级（数字前两个字相同：专技、管理、工勤）既用阿拉伯数字又用汉字书写的情况（专技十级2人、专技6级1人），报告较少使用的写法的第一处。

    ## 为什么要改
    从两处拼来或手工录入的人员构成显得未经核对；审阅者要停下来确认“专技6级”与“专技十级”是否同一序列。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T810"
    name = "grade-numerals-mixed"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "同一句中等级数字写法不统一", "en": "Grades written in two numeral styles"}
    messages = {
        "mixed": {
            "zh": "同一句中等级写法不统一：“{written}”与“{other}”一用阿拉伯数字、一用汉字，应统一",
            "en": "grades written two ways in one sentence: \"{written}\" and \"{other}\" (Arabic and Chinese numerals)",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not may_mix(joined(doc, ctx).joined):
            return  # no grade of one style or of the other anywhere (most drafts): no text mixes them
        for t in texts(doc):
            for mix in mixed_grade_numerals(t.text.value):
                yield self.diagnostic("mixed", t.text.locate(mix.start, mix.end), written=mix.written, other=mix.other)
