"""C703: a count announced for a list (`下设 3 个中心：…`) that the list does not have."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.announced_counts import (
    AnnouncedCount,
    opens_with_ordinal,
    ordinal_counts,
    ordinal_points,
    trailing_announcement,
)
from perflint.extract.edges import runs_to_the_end, sentence_runs_into_the_cut
from perflint.extract.part_index import positions
from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.model import Document, Heading, Paragraph, Part, Table
from perflint.text.numbering import STYLE_RANK


class AnnouncedCountMismatch(Check):
    """## What it does
    Counts the items of a list that a sentence announces with a number — the list after it
    (`下设 3 个事业单位：A，B，C`, or the noun first: `直属事业单位 3 个，即 A、B、C`), before it
    (`A、B、C 等 3 个科室`; a list opening its sentence after a long lead-in is read from the
    name after the lead-in's 为/包括/涉及: `2023年…项目主要整治范围为A、B、C 3个街道`) or in the numbered paragraphs
    that follow (`存在以下三个问题：` then 1. 2. 3.), or the points that open with 一是, 二是 … after
    it, in its paragraph (`存在三个方面的问题：一是…；二是…`) or the paragraphs that follow — and compares. Items are split at 、 (or ，
    when there is no 、) outside brackets and quotes; a list that ends with 等 may name fewer
    items than its count, never more; `A和B` may be one name or two (not inside a unit's name whose
    words before 和 end like no name of the list: `生态环境和农业农村综合服务中心`); a unit's second
    name in parentheses (`(加挂“…”牌子)`) is part of its item. `共 7 个项目：…` announces a list too.
    The list ends where the clause saying what its names do starts (`…、E，分别承担…任务`); a list
    whose items carry counts of their own (`机关本级和A、B 2 家参公单位`) or that goes on after a
    colon in the paragraphs that follow is not counted from its sentence.

    ## Why is this bad?
    A count that does not match its list means an item was added or removed in one place only
    (a unit merged, a project dropped), so one of the two statements is out of date.

    ## Example
    ```text
    局内设 4 个股室：办公室、财务股、业务股。
    ```

    ## Use instead
    ```text
    局内设 3 个股室：办公室、财务股、业务股。
    ```
    """

    doc_zh = """## 它检查什么
    数出句子用数字预告的列举项——其后的列举（“下设 3 个事业单位：A，B，C”，或名词在前：“直属事业单位 3 个，即 A、B、C”）、其前的列举（“A、B、C 等 3 个科室”；列举紧跟在较长的引语之后的，从引语中“为”“包括”“涉及”之后的名称读起：“2023年……项目主要整治范围为A、B、C 3个街道”）或随后的编号段落（“存在以下三个问题：”后接 1. 2. 3.），或其后以“一是”“二是”……开头的各点（同一段中：“存在三个方面的问题：一是……；二是……”，或随后的各段）——并与所说的个数比较。列举项在括号、引号之外按“、”切分（没有“、”时按“，”）；以“等”结尾的列举可以少于个数，不能多于；“A和B”可能是一个名称，也可能是两个（单位名称中“和”前的词不像列举中任何名称的结尾时，是一个名称：“生态环境和农业农村综合服务中心”）；括号中的加挂名称（“(加挂“……”牌子)”）属于该项。“共 7 个项目：……”同样是预告列举。列举到说明各项职责的分句（“……、E，分别承担……任务”）为止；列举项自带个数（“机关本级和A、B 2 家参公单位”）或列举在冒号后延续到随后各段的，不按该句计数。

    ## 为什么要改
    个数与列举对不上，说明只在一处增删了某项（单位合并、项目取消），两处表述中有一处过时了。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C703"
    name = "announced-count-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "所述个数与列举不符", "en": "Announced count does not match the list"}
    messages = {
        "inline": {
            "zh": "称“{phrase}”，但列举了 {n} 项：{items}",
            "en": "announces “{phrase}” but lists {n}: {items}",
        },
        "numbered": {
            "zh": "称“{phrase}”，但其后编号列举了 {n} 项（第 {first}–{last} 行）",
            "en": "announces “{phrase}” but the numbered list after it has {n} items (lines {first}–{last})",
        },
        "ordinal": {
            "zh": "称“{phrase}”，但其后按“一是”“二是”……列了 {n} 点",
            "en": "announces “{phrase}” but {n} points follow (一是, 二是 …)",
        },
        "see": {"zh": "列举项", "en": "listed item"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            index = positions(part.blocks)
            for block, source in part_prose(doc, part):
                for ac in text_facts(source.value).announced_counts:
                    if _matches(ac) or (len(ac.items) < ac.count
                                        and sentence_runs_into_the_cut(doc, source, ac.start)):
                        continue  # (or a list the text stops in: an excerpt cut mid-list; a list
                        # closed by its 。 is whole, whatever sentence the cut falls in later)
                    yield self.diagnostic(
                        "inline", source.locate(ac.start, ac.end), phrase=source.value[ac.start:ac.end].strip(),
                        n=min(ac.possible, key=lambda k: (abs(k - ac.count), k)), items="、".join(ac.items),
                    )
                if id(block) in index:
                    yield from self._ordinals(doc, source, part.blocks, index[id(block)])
            yield from self._numbered(doc, part)

    def _ordinals(self, doc: Document, source, blocks: list, i: int) -> Iterator[Diagnostic]:
        """`存在三个方面的问题：一是…；二是…` in one paragraph (and the paragraphs a page broke it into)."""
        for oc in ordinal_counts(source.value):
            points = oc.points
            if points < 2 or points == oc.count:
                continue
            if points < oc.count:
                last, points = _points_after(blocks, i, points, oc.count)
                if points == oc.count:
                    continue
                end = last.text if last is not None else source
                if runs_to_the_end(doc, end.locate(len(end.value.rstrip()) - 1, len(end.value))):
                    continue  # the text stops in the list
            yield self.diagnostic("ordinal", source.locate(oc.start, oc.end),
                                  phrase=source.value[oc.start:oc.end].strip(), n=points)

    def _numbered(self, doc: Document, part: Part) -> Iterator[Diagnostic]:
        blocks = part.blocks
        for i, block in enumerate(blocks):
            if not isinstance(block, (Paragraph, Heading)):
                continue
            found = trailing_announcement(block.text.value)
            if found is None:
                continue
            count, start, end = found
            items = _numbered_items(blocks, i)
            if len(items) < 2:
                yield from self._ordinal_paragraphs(doc, blocks, i, count, block.text.locate(start, end),
                                                    block.text.value[start:end].strip())
                continue
            if len(items) == count:
                continue
            if len(items) < count and runs_to_the_end(doc, items[-1].text.locate()):
                continue  # the text stops in the list
            yield self.diagnostic(
                "numbered", block.text.locate(start, end), related=[(it.text.locate(), "see") for it in items[:1]],
                phrase=block.text.value[start:end].strip(), n=len(items), first=items[0].line, last=items[-1].line,
            )

    def _ordinal_paragraphs(self, doc: Document, blocks: list, i: int, count: int, where, phrase: str,
                            ) -> Iterator[Diagnostic]:
        """`存在以下三个问题：` then paragraphs that open with 一是, 二是 … (and the paragraphs a page
        broke them into)."""
        if i + 1 >= len(blocks) or not isinstance(blocks[i + 1], Paragraph):
            return
        first = blocks[i + 1]
        if opens_with_ordinal(first.text.value) != 1:
            return
        last, points = _points_after(blocks, i + 1, ordinal_points(first.text.value), count + 1)
        last = last or first
        if points < 2 or points == count or points < count and runs_to_the_end(doc, last.text.locate()):
            return  # (or the text stops in the list)
        yield self.diagnostic("ordinal", where, related=[(first.text.locate(), "see")], phrase=phrase, n=points)


def _matches(ac: AnnouncedCount) -> bool:
    if ac.partial:
        return ac.count >= min(ac.possible)
    return ac.count in ac.possible


def _numbered_items(blocks: list, i: int) -> list:
    """The numbered paragraphs right after block ``i``: one style, counting 1, 2, 3 …"""
    items: list = []
    style = None
    for block in blocks[i + 1:]:
        if isinstance(block, Table):
            if items:
                continue
            return []
        numbering = getattr(block, "numbering", None)
        if numbering is None:
            if isinstance(block, Heading) or not items:
                break
            continue  # a continuation of the item before
        if style is None:
            if numbering.value != 1:
                return []
            style = numbering.style
            items.append(block)
            continue
        if numbering.style == style:
            if numbering.value != len(items) + 1:
                break
            items.append(block)
        elif STYLE_RANK.get(numbering.style, 9) < STYLE_RANK.get(style, 9):
            break
    return items


def _points_after(blocks: list, i: int, done: int, count: int) -> tuple[Paragraph | None, int]:
    """Go on counting the ordinal points of a list after block ``i`` (``done`` counted so far) in
    the paragraphs a page broke it into, up to ``count``; stops at a heading, a table, a numbered
    paragraph or one that opens another list. Returns the last paragraph read and the points."""
    last = None
    for block in blocks[i + 1:]:
        if done >= count or not isinstance(block, Paragraph) or getattr(block, "numbering", None) is not None:
            break
        if opens_with_ordinal(block.text.value) == 1 or block.text.value.rstrip().endswith(("：", ":")):
            break  # another list, or another announcement
        done = ordinal_points(block.text.value, 0, done)
        last = block
    return last, done
