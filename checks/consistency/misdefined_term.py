"""C712: a term of the 决算 explained with another term's standard definition."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.model import Document


class MisdefinedTerm(Check):
    """## What it does
    Finds a 决算 term followed by its explanation (`系…`, `指…`, `是指…`) that uses the words of
    another term's standard definition and none of its own: `上级补助收入 8.38 万元，系事业单位开展
    业务活动取得的收入` (that is 事业收入). The definitions are those of the 部门决算 名词解释
    (`perflint/data/consistency.yaml`).

    ## Why is this bad?
    The categories of income and spending are fixed by the 决算 forms; explaining one with
    another's definition means the figure was put under the wrong category, or the text was
    copied from another line and not adapted.

    ## Example
    ```text
    上级补助收入 8.38 万元，系事业单位开展业务活动所取得的收入。
    ```

    ## Use instead
    ```text
    上级补助收入 8.38 万元，系从主管部门和上级单位取得的非财政补助收入。
    ```
    """

    doc_zh = """## 它检查什么
    查找决算术语后的解释（“系……”“指……”“是指……”）用了另一术语标准定义中的词、却没有用本术语自己的词：“上级补助收入 8.38 万元，系事业单位开展业务活动取得的收入”（那是事业收入）。定义取自部门决算的名词解释（`perflint/data/consistency.yaml`）。

    ## 为什么要改
    收支类别由决算报表固定；用另一类别的定义解释这一类，说明数字归错了类，或文字是从别的行抄来、没有改过。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C712"
    name = "misdefined-term"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "名词口径解释错误", "en": "Term explained with another term's definition"}
    messages = {
        "other": {
            "zh": "“{term}”的解释“{words}”是“{other}”的口径",
            "en": "the explanation of “{term}” (“{words}”) is the definition of “{other}”",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for bad in text_facts(source.value).misdefinitions:
                    yield self.diagnostic("other", source.locate(bad.start, bad.end), term=bad.term,
                                          other=bad.other, words=bad.words)
