"""S605: one list writes its markers two ways (``1、`` then ``2.``)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import starts_the_text
from perflint.extract.outline import HALF_BRACKETED, describe
from perflint.model import Document
from perflint.text.numbering import marker_like

from ._outline import findings


class NumberingStyleMixed(Check):
    """## What it does
    Reports a list item that continues its list (the next number, same parent) with the marker
    written another way than the items before it: `1、` then `2.`, `一、` then `二.`, or
    `（一）（二）` then `三)` (the opening bracket dropped, so the item is not taken for a new
    `一)` list that starts at 三), or `一)` then `（二）` (the first item's bracket dropped, reported
    on that item), or `（一）（二）` then `3.` `4.` (the list going on in figures from its third
    item, not a `1.` list under `（二）` that starts at 3).

    Two ways of writing a marker for two levels (`1、` headings with `1.` items under them) are
    not reported: a new level starts again at 1, so only an item that carries on the count is
    judged.

    A body heading numbered at another level than its contents entry (contents
    `一、部门主要职责`, body `1. 部门主要职责`) is reported too, where the body writes that title
    once with a marker: figures for a Chinese numeral or the other way round.

    ## Why is this bad?
    The house style of official documents fixes one marker per level; a switch inside one list
    shows text pasted from another document and makes the reader wonder whether a level changed.

    ## Example
    ```text
    一、主要职能
    1、开展预防保健服务。
    2. 开展常见病诊治。
    ```

    ## Use instead
    ```text
    一、主要职能
    1、开展预防保健服务。
    2、开展常见病诊治。
    ```
    """

    doc_zh = """## 它检查什么
    报告接续其列表（下一个编号、同一上级）、编号写法却与前面各项不同的列表项：“1、”之后是“2.”，“一、”之后是“二.”，或“（一）（二）”之后是“三)”（漏了左括号，不当作从“三”开始的“一)”新列表），或“一)”之后是“（二）”（第一项漏了左括号，报告在该项上），或“（一）（二）”之后是“3.”“4.”（从第三项起改用数字接着编号，不当作“（二）”之下从 3 开始的“1.”列表）。两级各用一种写法（“1、”标题下用“1.”列表项）不报告：新的一级从 1 开始，只有接着计数的项才判断。

    正文标题的编号与目录中该条的层级不同的（目录“一、部门主要职责”，正文“1. 部门主要职责”）也报告：正文只有一行带编号地写这个标题，一边用中文数字、另一边用阿拉伯数字。

    ## 为什么要改
    公文格式规定每一级用一种编号；同一列表中途换写法，说明文字是从别的文档粘贴来的，也让读者怀疑层级是否变了。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S605"
    name = "numbering-style-mixed"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "编号体例不一致", "en": "One list writes its markers two ways"}
    messages = {
        "contents": {
            "zh": "“{body}”的编号与目录不一致：目录中此条为“{toc}”（第 {toc_line} 行），层级不同",
            "en": "“{body}” is numbered at another level than its contents entry “{toc}” (line {toc_line})",
        },
        "mixed": {
            "zh": "编号体例不一致：上条为“{prev}”（第 {prev_line} 行），此条为“{marker}”，应统一为“{expected}”",
            "en": "marker style changes within one list: “{prev}” (line {prev_line}) then “{marker}”; "
                  "write “{expected}”",
        },
        "half_before": {
            "zh": "编号体例不一致：此条“{marker}”漏了左括号，下一条为“{next}”（第 {next_line} 行），应为“{expected}”",
            "en": "marker style changes within one list: “{marker}” lost its opening bracket before “{next}” "
                  "(line {next_line}); write “{expected}”",
        },
        "previous": {"zh": "上一条", "en": "previous item"},
        "next": {"zh": "下一条", "en": "next item"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for f in findings(doc, ctx, "contents_restyled"):
            yield self.diagnostic("contents", f.item.location, related=[(f.previous.location, "previous")],
                                  body=f.item.block.text.value.strip(), toc=f.previous.marker + f.previous.block.title.strip(),
                                  toc_line=f.previous.line)
        for f in findings(doc, ctx, "mixed"):
            if HALF_BRACKETED.get(f.previous.style) == f.item.style:
                if starts_the_text(doc, f.previous.location):
                    continue  # ``一)`` opening the text: the copy began after its bracket
                # ``一)`` then ``（二）``: the item before is the one that lost its bracket
                expected = marker_like(f.item.marker, f.item.style, f.previous.value)
                yield self.diagnostic("half_before", f.previous.location, related=[(f.item.location, "next")],
                                      marker=f.previous.marker, next=describe(f.item), next_line=f.item.line,
                                      expected=expected)
                continue
            expected = marker_like(f.previous.marker, f.previous.style, f.item.value)
            yield self.diagnostic("mixed", f.item.location, related=[(f.previous.location, "previous")],
                                  prev=describe(f.previous), prev_line=f.previous.line, marker=f.item.marker,
                                  expected=expected)
