"""S605: one list writes its markers two ways (``1、`` then ``2.``)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.outline import describe
from perflint.model import Document
from perflint.text.numbering import marker_like

from ._outline import findings


class NumberingStyleMixed(Check):
    """## What it does
    Reports a list item that continues its list (the next number, same parent) with the marker
    written another way than the items before it: `1、` then `2.`, `一、` then `二.`, or
    `（一）（二）` then `三)` (the opening bracket dropped, so the item is not taken for a new
    `一)` list that starts at 三).

    Two ways of writing a marker for two levels (`1、` headings with `1.` items under them) are
    not reported: a new level starts again at 1, so only an item that carries on the count is
    judged.

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
    报告接续其列表（下一个编号、同一上级）、编号写法却与前面各项不同的列表项：“1、”之后是“2.”，“一、”之后是“二.”，或“（一）（二）”之后是“三)”（漏了左括号，不当作从“三”开始的“一)”新列表）。两级各用一种写法（“1、”标题下用“1.”列表项）不报告：新的一级从 1 开始，只有接着计数的项才判断。

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
        "mixed": {
            "zh": "编号体例不一致：上条为“{prev}”（第 {prev_line} 行），此条为“{marker}”，应统一为“{expected}”",
            "en": "marker style changes within one list: “{prev}” (line {prev_line}) then “{marker}”; "
                  "write “{expected}”",
        },
        "previous": {"zh": "上一条", "en": "previous item"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for f in findings(doc, ctx, "mixed"):
            expected = marker_like(f.previous.marker, f.previous.style, f.item.value)
            yield self.diagnostic("mixed", f.item.location, related=[(f.previous.location, "previous")],
                                  prev=describe(f.previous), prev_line=f.previous.line, marker=f.item.marker,
                                  expected=expected)
