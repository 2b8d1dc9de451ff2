"""T804: a quotation closed with an opening quotation mark (“三个到位“), or a closing mark with none open (三公”)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import attrgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import opens_at_the_cut
from perflint.model import Document

from ._facts import texts

_QUOTES = attrgetter("found.unbalanced_quotes")


class MismatchedQuote(Check):
    """## What it does
    Finds a quotation that is closed with an opening mark: `“三个到位“` instead of `“三个到位”`,
    and a closing mark with no quotation open before it: `三公”经费` for `“三公”经费` (unless a
    straight `"` before it may have opened it, it stands in the first sentence of an excerpt,
    whose opening mark lay above the cut, or a publication's mask (`******`) before it in its
    sentence may hide the opening mark), and a short quoted term opened curly and closed with a
    lone straight mark: `“三公"经费`.

    ## Why is this bad?
    The forms are published documents; a wrong quotation mark is one of the slips a finance
    bureau's reviewer marks first, and it usually comes from Word's smart quotes turning a
    straight `"` typed after a Chinese character into an opening mark.

    ## Example
    ```text
    对建档立卡贫困人口做到了“三个到位“。
    ```

    ## Use instead
    ```text
    对建档立卡贫困人口做到了“三个到位”。
    ```
    """

    doc_zh = """## 它检查什么
    查找用左引号收尾的引文：“三个到位“ 应为 “三个到位”；以及前面没有左引号的右引号：三公”经费 应为 “三公”经费（前面有直引号 `"`、可能由它开头的，位于摘录第一句、左引号在截去部分的，或同一句中在它之前有公开时的遮盖符“******”、左引号可能被遮盖的，不报告）；以及用左弯引号开头、却以单个直引号收尾的短引文：“三公"经费。

    ## 为什么要改
    这些表格是公开文件；引号用错是财政部门审核人最先标出的笔误之一，通常是 Word 的智能引号把中文后面输入的直引号 `"` 变成了左引号。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T804"
    name = "mismatched-quote"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "引号前后不配对", "en": "Quotation closed with an opening mark"}
    messages = {
        "slip": {
            "zh": "引号不配对：第 {column} 列的“{wrong}”应为“{right}”",
            "en": "quotation marks do not pair: the '{wrong}' at column {column} should be '{right}'",
        },
        "stray": {
            "zh": "引号不配对：第 {column} 列的“{wrong}”前没有对应的左引号",
            "en": "quotation marks do not pair: the '{wrong}' at column {column} closes no quotation",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        items = texts(doc)
        for t in compress(items, map(_QUOTES, items)):  # (most texts have none: skipped in C)
            text = t.text
            for slip in t.found.unbalanced_quotes:
                where = text.locate(slip.start, slip.start + 1)
                if slip.opening < 0:
                    if not opens_at_the_cut(doc, where):  # at an excerpt's top the mark opened above the cut
                        yield self.diagnostic("stray", where, wrong=slip.wrong, column=where.column)
                    continue
                yield self.diagnostic("slip", where, wrong=slip.wrong, right=slip.right, column=where.column)
