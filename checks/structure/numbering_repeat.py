"""S602: the same number twice among siblings (two （四）, （二） after （二））."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.outline import describe
from perflint.model import Document, Location, TocEntry
from perflint.text.numbering import marker_like

from ._outline import findings


class NumberingRepeat(Check):
    """## What it does
    Reports a heading or list item whose number was already used by a sibling: the same
    marker twice at one level under the same parent (`（四）存在的问题` then `（四）下一步措施`;
    a second `二、` among the top headings). In a file of several reports numbered as annexes, two
    reports under one annex number (`附件1` twice) are reported as a warning. The entries of a
    table of contents are read the same way (`3、人员情况` then `3、资金情况`), where the body does
    not bring the entry back as a heading (an excerpt cut before its body: the body's own headings,
    and C724's match of the contents against them, say the rest).

    A list that starts again under a new heading, after a label line or a table, or in the
    next report of a bundle is a new sequence and is not a repeat; two headings with the same
    number are a repeat even with a table between them. A run-in heading standing alone as a
    paragraph (`（一）基本情况。`) and the items right under it numbered from `（一）` again in its own
    style (`（一）贯彻…` `（二）拟订…`) is one list with `（一）` twice, even directly under a part.

    ## Why is this bad?
    Two siblings with one number usually mean an item was inserted or deleted without
    renumbering, often together with a gap elsewhere in the same run.

    ## Example
    ```text
    二、绩效目标完成情况
    （一）自评得分
    本项目自评得分 95 分。
    （二）存在的问题和原因
    部分资金拨付滞后。
    （二）下一步改进措施
    加快资金拨付进度。
    ```

    ## Use instead
    ```text
    二、绩效目标完成情况
    （一）自评得分
    本项目自评得分 95 分。
    （二）存在的问题和原因
    部分资金拨付滞后。
    （三）下一步改进措施
    加快资金拨付进度。
    ```
    """

    doc_zh = """## 它检查什么
    报告编号已被同级使用过的标题或列表项：同一上级下同一层级出现两次相同编号（“（四）存在的问题”之后又是“（四）下一步措施”；顶级标题中出现第二个“二、”）。在新标题下、标签行或表格之后、合订本的下一份报告中重新开始的列表是新的序列，不算重复；但两个编号相同的标题即使隔着表格也算重复。单独成段的段首小标题（“（一）基本情况。”）之后紧接着的各项又用同一体例从“（一）”编起（“（一）贯彻……”“（二）拟订……”），即使直接位于某一部分之下，也是同一列表中“（一）”出现两次。多个报告按附件编号合为一个文件时，两个报告用了同一个附件编号（两个“附件1”），报告 warning。目录条目按同样方式读取（“3、人员情况”之后又是“3、资金情况”），正文未再出现该条目标题的才报告（摘录在正文前截断；正文标题本身及 C724 对目录与正文的核对说明其余情况）。

    ## 为什么要改
    两个同级项用同一个编号，通常是插入或删除了一项却没有重新编号，同一序列的别处往往还伴有跳号。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S602"
    name = "numbering-repeat"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "同级编号重复", "en": "Numbering repeats a number"}
    messages = {
        "again": {
            "zh": "编号“{marker}”重复：前一项已是“{prev}”（第 {prev_line} 行），此处应为“{expected}”",
            "en": "numbering repeats “{marker}”: the previous sibling “{prev}” (line {prev_line}) has it; "
                  "expected “{expected}”",
        },
        "repeat": {
            "zh": "编号“{marker}”重复：同一级已有“{same}”（第 {same_line} 行），前一项为“{prev}”（第 {prev_line} 行），"
                  "此处应为“{expected}”",
            "en": "numbering repeats “{marker}”: “{same}” is at line {same_line}; the previous sibling is "
                  "“{prev}” (line {prev_line}), expected “{expected}”",
        },
        "contents": {
            "zh": "目录中编号“{marker}”重复：前一项已是“{prev}”（第 {prev_line} 行），此处应为“{expected}”",
            "en": "the contents repeat “{marker}”: the previous entry “{prev}” (line {prev_line}) has it; "
                  "expected “{expected}”",
        },
        "annex": {
            "zh": "附件编号“{marker}”重复：第 {same_line} 行已有“{marker}”",
            "en": "annex number “{marker}” repeats the one at line {same_line}",
        },
        "same": {"zh": "同号的前一项", "en": "same number here"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if len(doc.parts) > 1:
            yield from self._annexes(doc)
        if any(isinstance(b, TocEntry) for part in doc.parts for b in part.blocks):
            yield from self._contents(doc)
        for f in findings(doc, ctx, "repeat"):
            expected = marker_like(f.item.marker, f.item.style, f.previous.value + 1)
            yield self.diagnostic(
                "again" if f.same is f.previous else "repeat", f.item.location, related=[(f.same.location, "same")],
                marker=f.item.marker, same=describe(f.same), same_line=f.same.line,
                prev=describe(f.previous), prev_line=f.previous.line, expected=expected)

    def _contents(self, doc: Document) -> Iterator[Diagnostic]:
        """A number repeated among the entries of a table of contents (the outline reads the body's
        headings only), where the body does not bring the entry back."""
        from perflint.extract.contents_numbering import contents_repeats  # only a draft with contents

        for r in contents_repeats(doc):
            numbering = r.entry.numbering
            assert numbering is not None  # (a repeat is read between numbered entries)
            yield self.diagnostic("contents", r.entry.location, related=[(r.previous.location, "same")],
                                  marker=numbering.marker, prev=r.previous.text.value.strip(),
                                  prev_line=r.previous.line,
                                  expected=marker_like(numbering.marker, numbering.style, numbering.value + 1))

    def _annexes(self, doc: Document) -> Iterator[Diagnostic]:
        """附件1, 附件1: two reports of the file under one annex number. A warning."""
        from perflint.extract.annexes import annexes

        seen: dict[int, Location] = {}
        for item in annexes(doc):
            if item.number in seen:
                yield self.diagnostic("annex", item.location, severity=Severity.warning,
                                      related=[(seen[item.number], "same")], marker=item.marker,
                                      same_line=seen[item.number].line)
            seen.setdefault(item.number, item.location)
