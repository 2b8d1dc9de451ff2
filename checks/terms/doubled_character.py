"""T803: a character typed twice inside a standard term (预算算公开 for 预算公开)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import attrgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._facts import grouped, texts

_LEVELS = attrgetter("found.doubled_levels")
_DATE_UNITS = attrgetter("found.doubled_date_units")


class DoubledCharacter(Check):
    """## What it does
    Finds a Chinese character written twice in a row where deleting one copy leaves a known
    term around it, with term characters on both sides (预算算公开, 公务用车运行维维护费). A
    doubling at a term's edge is not reported (公开开展: one word ends and the next begins with
    the same character), nor real reduplicated words (常常, 层层, 项项…), unless the second copy
    stands before 的, 和 or a clause mark in no known word, the first closing a known word
    (`维护居民民的合法权益` for 居民的; 项目目的 holds the word 目的). A place's level
    written twice, ending its name and opening an office's short name (某某区区财政局), is
    reported too; before a word that takes the level (某某县县委, 某某市市场, 某某区区级) it is not.
    So is 年 or 月 written twice between the figures of a date (2021年年12月31日).

    ## Why is this bad?
    A doubled character is a typing or conversion slip that a reader notices at once.

    ## Example
    ```text
    按要求完成部门预算算公开。
    ```

    ## Use instead
    ```text
    按要求完成部门预算公开。
    ```
    """

    doc_zh = """## 它检查什么
    查找连写两次的汉字，删掉一个后前后恰好是一个已知术语，且两侧都是术语中的字（预算算公开、公务用车运行维维护费）。在术语边缘的重复不报告（“公开开展”：一个词以该字结尾，下一个词以该字开头），真正的叠词（常常、层层、项项……）也不报告；但前一个字是已知词语的末字、后一个字在“的”“和”或标点前且不属于任何已知词语的，报告（“维护居民民的合法权益”应为“居民的”；“项目目的”中“目的”是词语，不报告）。地名末尾的行政级别字又在机关简称开头重复写一次的（某某区区财政局），也报告；后面是本身带级别字的词（某某县县委、某某市市场、某某区区级）的不报告。日期数字之间重复写的“年”“月”（2021年年12月31日）也报告。

    ## 为什么要改
    重复的字是录入或转换失误，读者一眼就能看出。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T803"
    name = "doubled-character"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "术语中重复字符", "en": "Doubled character in a term"}
    messages = {
        "doubled": {"zh": "“{wrong}”疑为“{right}”之误（重复了“{char}”）",
                    "en": "\"{wrong}\" looks like a misspelling of \"{right}\" (\"{char}\" typed twice)"},
        "also": {"zh": "同样的错字", "en": "the same slip"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for m, where, copies in grouped(doc, ctx, "doubled"):
            yield self.diagnostic("doubled", where, wrong=m.text, right=m.suggestion, char=_doubled_char(m.text),
                                  related=[(loc, "also") for loc in copies])
        items = texts(doc)
        for finder in (_LEVELS, _DATE_UNITS):
            for t in compress(items, map(finder, items)):  # (most texts have none: skipped in C)
                value = t.text.value
                for d in finder(t):
                    yield self.diagnostic("doubled", t.text.locate(d.start, d.end), wrong=value[d.start:d.end],
                                          right=value[d.start + 1:d.end], char=d.char)



def _doubled_char(text: str) -> str:
    compact = "".join(ch for ch in text if not ch.isspace())
    return next((a for a, b in zip(compact, compact[1:], strict=False) if a == b), "")
