"""T806: an adverb written twice in one clause around 将/把 (及时将资金及时拨付), or a word right
before a quoted name and again right after it (安装“两车”安装防盗系统)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import attrgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._facts import texts

_ADVERBS = attrgetter("found.doubled_adverbs")
_AROUND_QUOTES = attrgetter("found.words_around_quotes")


class RepeatedAdverb(Check):
    """## What it does
    Finds an adverb of manner put before 将/把 and again before the verb of the same clause
    (及时将补助资金及时拨付到位), and a word written right before a quoted name and again right
    after it, going on into its object (全市安装“两车”安装防盗系统: the clause was reworded around
    the name and the first verb was left). A second copy heading a plan's, a rule's or a system's
    name (实施“某工程”实施方案, 管理系统) and words inside a cited title (《…》) are not reported. A word
    written twice back to back (原因原因) is D208's, and so is a year in figures right before 今年
    (2022年今年以来).

    ## Why is this bad?
    The second copy is left over from rewording the sentence; it reads as a slip to any reviewer.

    ## Example
    ```text
    我局及时将补助资金及时拨付到位。
    ```

    ## Use instead
    ```text
    我局及时将补助资金拨付到位。
    ```
    """

    doc_zh = """## 它检查什么
    查找同一分句中放在“将/把”之前、又在动词前再写一遍的方式状语（“及时将补助资金及时拨付到位”），以及紧挨在引号括起的名称之前、又紧接在其后再写一遍并接着写宾语的词（“全市安装“两车”安装防盗系统”：句子围绕名称改写后，前一个动词没有删去）；第二遍接着构成方案、办法、系统等名称的（“实施“某工程”实施方案”），以及书名号内的文件名，不报告。紧挨着写两遍的词（“原因原因”），以及数字年份紧接着又写“今年”的（“2022年今年以来”），由 D208 报告。

    ## 为什么要改
    第二个状语是改写句子时遗留的，任何审阅者都会看作笔误。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T806"
    name = "repeated-adverb"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "状语或动词在分句中重复", "en": "Adverb or verb written twice in one clause"}
    messages = {
        "adverb": {"zh": "“{unit}”在同一分句中重复（“{unit}将……{unit}”），应删去其一",
                   "en": "\"{unit}\" twice in one clause (\"{unit}将…{unit}\"): keep one"},
        "around_quote": {"zh": "“{unit}”在同一分句中写了两遍（“{written}”），应删去其一",
                         "en": "\"{unit}\" written twice in one clause (\"{written}\"): keep one"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        items = texts(doc)
        for t in compress(items, map(_ADVERBS, items)):  # (most texts have none: skipped in C)
            source = t.text
            for rep in t.found.doubled_adverbs:
                second = rep.end - len(rep.unit)
                yield self.diagnostic("adverb", source.locate(second, rep.end), unit=rep.unit)
        for t in compress(items, map(_AROUND_QUOTES, items)):
            for rep in t.found.words_around_quotes:
                second = rep.end - len(rep.unit)
                yield self.diagnostic("around_quote", t.text.locate(second, rep.end), unit=rep.unit,
                                      written=t.text.value[rep.start:rep.end])
