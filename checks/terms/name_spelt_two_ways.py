"""T809: the report's own name, or a word it writes repeatedly, written once with one character changed (青禾 / 青荷)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import attrgetter, itemgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.name_variants import name_variants
from perflint.model import Document, Location, Part

from ._facts import term_findings, texts

_VALUE = attrgetter("text.value")


class NameSpeltTwoWays(Check):
    """## What it does
    Uses each report's title as the draft's own dictionary of names: where the body writes a
    long stretch of the title (eight Chinese characters or more, at least two before and three
    after the change) with one Chinese character changed, the project, place or breed is spelt
    two ways. A character that makes another name rather than a misspelt one (县 / 市,
    年初 / 年末, 收入 / 支出, 第一 / 第二 …) or only joins words another way (和 / 及) is left alone.
    The words the draft writes itself serve as its dictionary too: a string of four to six Chinese
    characters written at least twice (`规范性文件`, a unit's full name) and once more with an
    inner character replaced by one the vocabulary knows to be confused with it (`规泛性文件`) is
    reported where no other terms rule reports the line (a string written once each way is left
    alone: which is the draft's spelling cannot be told); so is
    such a string written once with an inner character typed twice (`事业单单位` beside two
    `事业单位`).

    ## Why is this bad?
    No vocabulary knows a county's or a breed's name, but the draft knows its own: the title
    and the body must name the same project the same way, or a reader (and a search in the
    budget system) cannot tell whether they are one project or two.

    ## Example
    ```text
    青禾县畜牧站2023年青禾山羊良种繁育经费的绩效自评报告
    一、项目概况
    2023年青荷山羊良种繁育经费预算 30 万元，用于种羊场建设。
    ```
    The title writes 青禾山羊, the body 青荷山羊.

    ## Use instead
    ```text
    青禾县畜牧站2023年青禾山羊良种繁育经费的绩效自评报告
    一、项目概况
    2023年青禾山羊良种繁育经费预算 30 万元，用于种羊场建设。
    ```
    """

    doc_zh = """## 它检查什么
    以每份报告的标题作为草稿自己的名称词典：正文写出标题中的一长段（至少八个汉字，变动处前至少两个字、后至少三个字），却有一个汉字不同，说明项目、地名或品种名称有两种写法。变动的字会构成另一个名称而非错字的（县/市、年初/年末、收入/支出、第一/第二……）或只是连接词不同（和/及）的，不报告。草稿自己写的词语也作为词典：四至六个汉字的字符串写过至少两次（“规范性文件”、单位全称），另一处却有一个中间的字换成了词表所知的易混字（“规泛性文件”），报告（两种写法各出现一次的不报告：无法判断哪一种是草稿的写法）。写过至少两次的字符串，另一处中间有一个字写了两遍的（“事业单单位”与两处“事业单位”）也报告。其他术语规则已在该行报告的，不再报告。

    ## 为什么要改
    任何词典都不认识某个县或某个品种的名称，但草稿认识它自己的：标题和正文应以同一写法称呼同一项目，否则读者（以及在预算系统中检索的人）无法判断说的是一个项目还是两个。

    ## 示例
    {example}
    标题写“青禾山羊”，正文写“青荷山羊”。

    ## 应改为
    {use_instead}
    """

    code = "T809"
    name = "name-spelt-two-ways"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "名称或词语前后相差一字", "en": "Name or word spelt two ways by one character"}
    messages = {
        "differs": {
            "zh": "“{written}”与标题中的“{expected}”相差一字（“{wrong}”/“{right}”）：同一名称应写法一致，请核对哪一处有误",
            "en": "\"{written}\" differs from the title's \"{expected}\" by one character (\"{wrong}\" / \"{right}\"): "
                  "one name should be spelt one way",
        },
        "title": {"zh": "标题中的写法", "en": "the title's spelling"},
        "own": {
            "zh": "同一词语写法不一：“{written}”与本文他处的“{usual}”相差一字（“{wrong}”/“{right}”），请核对哪一处有误",
            "en": "\"{written}\" differs by one character from \"{usual}\" written elsewhere in the report "
                  "(\"{wrong}\" / \"{right}\"): one word should be spelt one way",
        },
        "own_doubled": {
            "zh": "“{written}”比本文他处的“{usual}”多写了一个“{wrong}”，请核对",
            "en": "\"{written}\" has \"{wrong}\" typed twice where the report elsewhere writes \"{usual}\"",
        },
        "usual": {"zh": "他处写法", "en": "written so elsewhere"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # the texts by part (a part's texts follow each other: a run of them joins its list in
        # one step, with no Python step per text)
        ts = texts(doc)
        by_part: dict[int, list] = {}
        for part_id, run in groupby(zip(map(id, map(attrgetter("part"), ts)), ts, strict=True), key=itemgetter(0)):
            by_part.setdefault(part_id, []).extend(map(itemgetter(1), run))
        # the lines the other terms checks report a slip on (a near-miss of a standard term, a
        # listed typo, a doubled character): the same characters are not reported twice
        taken = {scanned.source.locate(m.start, m.end).line for scanned in term_findings(doc, ctx)
                 for found in (scanned.findings.misspellings, scanned.findings.typos, scanned.findings.doubled)
                 for m in found}
        for part in doc.parts:
            yield from self._part(part, by_part.get(id(part), []), taken)

    def _part(self, part: Part, in_part: list, taken: set[int]) -> Iterator[Diagnostic]:
        values = list(map(_VALUE, in_part))
        lines: set[int] = set()
        yield from self._title_variants(part, in_part, values, lines)
        from perflint.extract.own_spellings import own_spelling_slips  # this rule's alone

        for slip in own_spelling_slips(values):
            where = in_part[slip.index].text.locate(slip.start, slip.end)
            if where.line in lines or where.line in taken:
                continue
            lines.add(where.line)
            related = [(loc, "usual")] if (loc := _title_at(in_part, values, slip.usual)) is not None else []
            if len(slip.written) > len(slip.usual):
                yield self.diagnostic("own_doubled", where, related=related, written=slip.written,
                                      usual=slip.usual, wrong=slip.written[slip.offset])
                continue
            yield self.diagnostic("own", where, related=related, written=slip.written, usual=slip.usual,
                                  wrong=slip.written[slip.offset], right=slip.usual[slip.offset])

    def _title_variants(self, part: Part, in_part: list, values: list[str], lines: set[int]) -> Iterator[Diagnostic]:
        reported: set[str] = set()
        for v in name_variants([part.title], values):
            if v.written in reported:
                continue
            reported.add(v.written)
            where = in_part[v.index].text.locate(v.start, v.end)
            lines.add(where.line)
            related = [(loc, "title")] if (loc := _title_at(in_part, values, v.expected)) is not None else []
            yield self.diagnostic("differs", where, related=related, written=v.written, expected=v.expected,
                                  wrong=v.written[v.offset], right=v.expected[v.offset])


def _title_at(in_part: list, values: list[str], expected: str) -> Location | None:
    """Where the part first writes the title's stretch as the title does."""
    for t, value in zip(in_part, values, strict=True):
        at = value.find(expected)
        if at >= 0:
            return t.text.locate(at, at + len(expected))
    return None
