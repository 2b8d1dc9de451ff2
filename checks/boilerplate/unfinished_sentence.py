"""B316: a sentence opened with a concession (虽 / 虽然) that stops before its main clause."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document
from perflint.text.normalise import compact

from ._facts import texts, texts_with


class UnfinishedSentence(Check):
    """## What it does
    Finds a sentence whose clause opened by `虽` / `虽然` / `虽说` runs straight to the full
    stop: no comma, semicolon or colon after the conjunction and none of the words that turn to
    the main clause (`但`, `却`, `仍`, `也` …), as in `我局工作虽未偏离绩效目标。`. A concession
    put after its main clause (`节约经费0.6万元，虽然数额不大。`: the conjunction right after the
    comma) is a whole sentence and is not reported.

    ## Why is this bad?
    A concession announces that something else follows (虽未偏离目标，但仍存在…). A sentence that
    stops after it was cut off while being written, and it is often the only answer in its
    section: the reader is told neither the reason nor what will be done.

    ## Example
    ```text
    三、偏离绩效目标的原因和下一步改进措施
    本项目虽已按期完成全部建设内容。
    ```

    ## Use instead
    ```text
    三、偏离绩效目标的原因和下一步改进措施
    本项目虽已按期完成全部建设内容，但资金拨付滞后一个月。下一步将提前做好资金申请。
    ```
    """

    doc_zh = """## 它检查什么
    查找以“虽”“虽然”“虽说”开头的分句一直写到句号、句中没有主句的句子：连词之后没有逗号、分号或冒号，也没有转到主句的词（“但”“却”“仍”“也”……），如“我局工作虽未偏离绩效目标。”。让步分句放在主句之后的（“节约经费0.6万元，虽然数额不大。”：连词紧跟在逗号后）是完整的句子，不报告。

    ## 为什么要改
    让步分句预告后面还有话（虽未偏离目标，但仍存在……）。只写了让步就结束的句子是写到一半断掉了，而它常常是该部分唯一的回答：读者既看不到原因，也看不到要做什么。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B316"
    name = "unfinished-sentence"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "让步句没有下文", "en": "Concessive sentence left unfinished"}
    messages = {
        "concession": {
            "zh": "“{clause}”以“{opener}”开头却在句号处结束，没有主句：句子没有写完",
            "en": "'{clause}' opens with '{opener}' and stops at the full stop with no main clause: "
                  "the sentence is unfinished",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        written = texts(doc)
        for k in texts_with(doc, ("unfinished_concessions",)):  # the texts that may hold one
            t = written[k]
            if t.where == "heading":
                continue
            for m in t.found.unfinished_concessions:
                yield self.diagnostic("concession", t.text.locate(m.start, m.end), clause=compact(m.text),
                                      opener=m.kind)
