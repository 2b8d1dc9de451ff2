"""B305: a change of zero called 增加/减少 and given a reason."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.wording import Text
from perflint.model import Document
from perflint.text.normalise import compact

from ._facts import texts, texts_with


class ZeroChangeExplained(Check):
    """## What it does
    Finds `增加0万元，增加主要原因是…`: a change of zero called an increase or a decrease and
    explained with a reason; likewise a zero difference from the budget given a reason
    (`年初预算为0万元，差值为0万元，原因为压缩开支`).

    ## Why is this bad?
    Nothing changed, so there is nothing to explain: the sentence is the 决算说明 template
    with the figure filled in and the words left as they were. It tells the reader that the
    prose was not read after the numbers went in.

    ## Example
    ```text
    政府性基金预算财政拨款收入 0 万元，比上年增加 0 万元。增加主要原因是本年无此项收入。
    ```

    ## Use instead
    ```text
    本年无政府性基金预算财政拨款收入，与上年一致。
    ```
    """

    doc_zh = """## 它检查什么
    查找“增加0万元，增加主要原因是……”：把零变动说成增加或减少，还给出原因；与预算的差值为零却说明差异原因的（“年初预算为0万元，差值为0万元，原因为压缩开支”）同样报告。

    ## 为什么要改
    没有变化，就没有什么可解释的：这句话是决算说明模板填了数字、文字却原封未动，说明填入数字后没人再读过正文。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B305"
    name = "zero-change-explained"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "零变动却说明增减原因", "en": "A zero change given a reason"}
    messages = {
        "zero": {
            "zh": "“{change}”变动为 0，却写“{verb}”并说明原因（“{reason}”）：应写“与上年持平/无变化”",
            "en": "'{change}' is no change, yet it is called '{verb}' and given a reason ('{reason}'): say it is unchanged",
        },
        "no_difference": {
            "zh": "“{change}”没有差异，却说明差异原因（“{reason}”）：应写“与预算一致/无差异”",
            "en": "'{change}' is no difference, yet a reason is given for it ('{reason}'): say there is none",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        written = texts(doc)
        for k in texts_with(doc, ("zero_changes_explained",)):  # the texts that may hold one
            t = written[k]
            if t.where == "heading":
                continue
            value = t.text.value
            for z in t.found.zero_changes_explained:
                if z.reason_open and _next_says_no_change(written, k):
                    continue
                reason = compact(value[z.reason_start:z.reason_start + 16])
                key = "no_difference" if z.verb.startswith(("差", "相差")) else "zero"
                yield self.diagnostic(key, t.text.locate(z.start, z.end), change=compact(z.text),
                                      verb=z.verb, reason=reason + "…")


def _next_says_no_change(written: list[Text], k: int) -> bool:
    """Whether the paragraph after text ``k`` (its reason, when a line break came right after
    ``主要原因是：``) says that nothing changed (``本单位无…，与上年相比无变化``)."""
    if k + 1 >= len(written):
        return False
    from perflint.extract.zero_change import says_no_change  # loaded with the fact it serves, not at start

    nxt = written[k + 1]
    return nxt.where == "paragraph" and nxt.part is written[k].part and says_no_change(nxt.text.value)
