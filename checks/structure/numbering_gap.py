"""S601: a sibling sequence of headings or list items skips numbers or starts above 1."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.outline import describe, markers, names_public_table
from perflint.model import Document

from ._outline import findings


class NumberingGap(Check):
    """## What it does
    Follows each run of sibling headings and numbered list items (same marker style, same
    parent) and reports a number that is skipped (`1、 2、 5、`, `一、 二、 三、 六、`, the points a
    paragraph counts off with 是: `一是…；二是…；四是…`) or a run
    whose first item is not 1 (a report whose first heading is `二、`, a `3、` with no `1、`
    before it). The second is an error: something is certainly missing or misnumbered; a
    report opening at a later part (`第三部分`) is a warning, since a publication is often split
    into one file per part, and so is a late start under the first numbered item of an excerpt
    (a text with no report title), whose levels above that item were cut away, and a `（二）`
    first under its heading when the heading's first line is a title with no marker (the `（一）`
    may be what was lost there, so the finding stands on that title line, the `（二）` related; a title closed with a full stop counts when the `（二）` is closed so), and a late start right under a `目录` heading (contents printed
    without page numbers often list only some entries), and a list of the final accounts' public
    tables opening at a later table (`三、支出决算表`: the tables before it are often published as
    images, in the publication but not in its text), and a late start after lines a mirror garbled
    (Bopomofo or U+FFFD between the heading and the item: `。ㄒ唬…` where `（一）` stood, a
    wrong decoding; the first markers may be among what is unreadable). Sub-items numbered straight on across their
    parents (`1.水质监控系统运维` `(1)…` `(2)…` `2.空气监控系统运维` `(3)…`, a project's sub-items counted
    through) go on from the list under the parent before: the `(3)` starts nothing late. Numbered lines above a report's title (a cover, contents whose
    目录 line was cut off) are not the report's numbering.

    Lists restart under every heading, after a label line (`发现的问题及原因：`), after each
    table and in each report of a bundle; those restarts are expected. A gap across a table is
    not judged, since the importer may have left the missing item inside a cell (and list items
    on either side may belong to lists the table split), unless both sides are headings and no
    cell, caption or note of the table carries a skipped marker; a jump over more than three
    numbers is taken for a stray numeral, not a missing item. A list naming the final accounts'
    public tables (`一、收入支出决算公开表` `四、财政拨款收入支出决算公开表` `六、…`) keeps each
    table's number in the standard set when only some are published: its gaps are not reported.
    Entries of a table of contents
    (lines with page numbers) are followed the same way, one line an entry: a skip between two
    adjacent entries is reported, unless the earlier line already holds the missing entry (two
    entries run into one line: where the missing marker follows the earlier title's last Chinese
    character with no page or leaders between, `二、收入决算表三、支出决算表`, the entry that lost
    its line is reported as such, a warning) or an entry between them lost its marker (S606 says so), or the
    contents open that list at a later number with no entry above it (`七、…说明 7` first: a page
    that kept some of its entries, or contents that list a selection). A list
    whose first items sit glued, in order, in a page its reader flattened onto one long line
    (`…目录第一部分…概况一、部门职责二、机构设置第二部分…`) goes on from there: its `二、` on a later
    line does not start late. A number that opens an equation (a form's column labels `④ = ①+②+③`,
    `⑥=⑤/④`) is no list item.

    A report pasted as one paragraph (a web page or PDF that lost its line breaks) runs its
    top-level headings together (`一、基本情况…，二、绩效目标…，四、存在问题…`): a number
    skipped among them, from `一、` with two more after it, is a warning (a site may show an
    abridged page); a count in prose (`一、二级`), a list of public tables, and a skipped numeral
    written another way in the paragraph (`三.`) are left alone. Below such a run, the `(一)` and
    `1.` items of each heading are read the same way: a level that starts above 1
    (`(一)资金投入情况分析，…，3.项目资金管理情况分析`) or skips a number is a warning too; a figure
    (`1.5万元`) or a table's number (`表2.`) is no item. A line between two items that opens
    with the missing number, its dot and a figure run into it (`2.164个农家书屋…` between `1.`
    and `3.`) holds that item: no number is missing.

    In a file of several reports numbered as annexes, an annex number skipped (`附件1` then
    `附件3`) is a warning too: a report left out or misnumbered (an annex may be published alone).

    ## Why is this bad?
    A skipped number means a heading or list item was deleted or never written, or the
    numbering was copied from another report; readers and reviewers look for the missing part.

    ## Example
    ```text
    （二）绩效目标完成情况
    1、执行率情况
    3、完成的绩效目标
    ```

    ## Use instead
    ```text
    （二）绩效目标完成情况
    1、执行率情况
    2、完成的绩效目标
    ```
    """

    doc_zh = """## 它检查什么
    沿着每一串同级标题和编号列表项（同一编号体例、同一上级）检查，报告跳过的编号（“1、 2、 5、”“一、 二、 三、 六、”，以及段落中用“是”列举的要点：“一是……；二是……；四是……”），以及第一项不是 1 的序列（报告的第一个标题就是“二、”，前面没有“1、”的“3、”）。后一种是 error：一定有内容缺失或编号错误；报告从后面的部分开始（“第三部分”）则是 warning，因为公开时常按部分分成多个文件；摘录（没有报告标题的文本）在其第一个编号项之下的序列不从 1 开始，也是 warning，因为该项之上的层级已被截去；上级标题下第一行是没有编号的标题、随后才是“（二）”的，也是 warning（丢失的可能是“（一）”这个编号，故报告在该标题行上，并关联“（二）”；“（二）”以句号结尾时，以句号结尾的标题行也算）；紧跟“目录”标题、没有页码的目录条目从后面的编号开始，也是 warning（这样的目录常只列出部分条目）；决算公开表的列表从后面的表开始（“三、支出决算表”），也是 warning（前面的表常以图片公开，在公开件中而不在其文字里）；上级标题与该项之间有乱码行的（注音符号或替换字符 U+FFFD：转载网站用错编码，“（一）”成了“。ㄒ唬…”），也是 warning（前几项的编号可能就在乱码中）。子项跨上级连续编号的（“1.水质监控系统运维”“(1)……”“(2)……”“2.空气监控系统运维”“(3)……”，项目子项一路数下来），接续前一上级下的列表：“(3)”不算从后面开始。报告标题之上的编号行（封面、目录标题被截去的目录）不算报告的编号。

    每个标题之下、标签行（“发现的问题及原因：”）之后、每张表格之后以及合订本的每份报告中，列表都会重新开始，这些都是正常的。隔着表格的缺号不判断（缺的那项可能被导入程序留在了单元格里，表格两侧的列表项也可能属于被表格隔开的不同列表），除非两侧都是标题、且表格的单元格、表题和表注都不含缺少的编号；跳过三个以上的编号视为游离的数字，而不是缺项。列出决算公开表的列表（“一、收入支出决算公开表”“四、财政拨款收入支出决算公开表”“六、……”）只公开部分表时沿用各表在整套公开表中的序号，其跳号不报告。目录条目（带页码的行）按同样方式逐行检查：相邻两条之间跳号即报告，除非前一行里已含缺少的条目（两条挤在一行：缺少的编号紧接在前一条标题的汉字之后、中间没有页码或前导符的，作为“挤在同一行”报告，warning），或中间有条目丢了编号（由 S606 报告），或目录的这一列表从后面的编号开始、其上没有条目（第一条就是“七、……说明 7”：页面只保留了部分条目，或目录只列出部分条目）。页面被读取程序压成一长行、列表的前几项按顺序粘连在其中的（“…目录第一部分…概况一、部门职责二、机构设置第二部分…”），列表从那里接续：后面行首的“二、”不算从后面开始。后接等号的编号是公式（表格栏目标注“④ = ①+②+③”“⑥=⑤/④”），不是列表项。

    整篇报告粘贴成一段（网页或 PDF 丢了换行）时，顶级标题连在一行中（“一、基本情况……，二、绩效目标……，四、存在问题……”）：从“一、”起、其后至少还有两个标题的序列中跳过编号，报告 warning（网站展示的可能是节选）；正文中的计数（“一、二级”）、公开表清单，以及段落中以别的写法出现的缺号（“三.”）不报告。这样的标题序列之下，各标题的“(一)”“1.”各级按同样方式读取：某级不从 1 开始（“(一)资金投入情况分析，……，3.项目资金管理情况分析”）或跳号的，也报告 warning；数字（“1.5万元”）、表号（“表2.”）不算编号。两项之间有一行以缺少的编号、点号开头、紧接着数字的（“1.”与“3.”之间的“2.164个农家书屋……”），就是那一项，编号并未缺少。

    多个报告按附件编号合为一个文件时，附件编号跳号（“附件1”之后是“附件3”）也报告 warning：有报告漏掉或编号写错（附件也可能单独公开）。

    ## 为什么要改
    编号跳过，说明某个标题或列表项被删除、从没写，或编号是从别的报告抄来的；读者和审核人会去找缺失的部分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S601"
    name = "numbering-gap"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "编号不连续", "en": "Numbering skips a number"}
    messages = {
        "gap": {
            "zh": "编号不连续：“{marker}”前一项为“{prev}”（第 {prev_line} 行），缺少{missing}",
            "en": "numbering skips {missing}: “{marker}” follows “{prev}” (line {prev_line})",
        },
        "start": {
            "zh": "编号未从第一项开始：{where}第一项为“{marker}”，缺少{missing}",
            "en": "numbering starts at “{marker}”{where_en}: {missing} missing",
        },
        "start_unmarked": {
            "zh": "“{title}”疑为漏了编号{missing}的第一项：其后同级的“{marker}”（第 {line} 行）之前没有{missing}",
            "en": "“{title}” looks like the first item, its marker {missing} lost: the next item “{marker}” "
                  "(line {line}) has no {missing} before it",
        },
        "next": {"zh": "下一项", "en": "next item"},
        "annex": {
            "zh": "附件编号不连续：“{marker}”前一个附件为“{prev}”（第 {prev_line} 行），缺少{missing}",
            "en": "annex numbering skips: “{marker}” follows “{prev}” (line {prev_line}); missing {missing}",
        },
        "joined": {
            "zh": "“{marker}”一条与上一条“{prev}”挤在同一行，应另起一行",
            "en": "the entry “{marker}” runs on the line of the entry before it, “{prev}”: it wants a line of its own",
        },
        "previous": {"zh": "前一项", "en": "previous item"},
        "parent": {"zh": "上级标题", "en": "parent heading"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if len(doc.parts) > 1:
            yield from self._annexes(doc)
        for f in findings(doc, ctx, "gap"):
            yield self.diagnostic(
                "gap", f.item.location, related=[(f.previous.location, "previous")],
                marker=f.item.marker, prev=describe(f.previous), prev_line=f.previous.line,
                missing=markers(f.item, f.missing))
        for f in findings(doc, ctx, "joined"):
            # the list skips nothing, but an entry lost its line: plain to read, so a warning
            yield self.diagnostic("joined", f.item.location, severity=Severity.warning,
                                  marker=f.item.marker, prev=describe(f.previous))
        for f in findings(doc, ctx, "start"):
            if f.parent is not None:
                where = f"“{describe(f.parent)}”（第 {f.parent.line} 行）之下"
                where_en = f" under “{describe(f.parent)}” (line {f.parent.line})"
                related = [(f.parent.location, "parent")]
            else:
                where, where_en, related = "本报告", " at the top of the report", []
            # A document opening at 第三部分 is often one file of a publication split by part
            # (部门决算: 概况, 决算表, 情况说明 on separate pages): likely, not certain, so a warning.
            # At an excerpt's top the levels above its first item are not in the text: likely too.
            # A title line with no marker first under the parent may be the first item that lost
            # its marker (S606's kind of slip): likely, not certain, that the list starts late.
            # Contents printed without page numbers, right under 目录, may list only some entries.
            # A list of the final accounts' public tables opening at a later table (三、支出决算表):
            # the tables before it are often published as images, in the publication and not in
            # its text, or left out of the set (as its gaps are): likely, not certain.
            # Lines garbled by a mirror's wrong decoding (`。ㄒ唬…` where `（一）` stood) between the
            # parent and the item: the first items' markers may be among what is unreadable.
            severity = Severity.warning if (f.parent is None and f.item.marker.startswith("第")) or f.at_the_cut \
                or f.unmarked_first or f.in_contents or f.run_in or names_public_table(f.item) \
                or _garbled_between(doc, f.parent.line if f.parent is not None else 0, f.item.line) \
                else Severity.error
            if f.unmarked_block is not None and not f.in_contents:
                # the title line with no marker right under the parent is where the first item's
                # marker was lost: the finding stands on it, the item it precedes related
                title = f.unmarked_block.text.value.strip()
                at = f.unmarked_block.text.value.find(title)
                yield self.diagnostic(
                    "start_unmarked", f.unmarked_block.text.locate(at, at + len(title)), severity=severity,
                    related=[*related, (f.item.location, "next")], title=title, marker=f.item.marker,
                    line=f.item.line, missing=markers(f.item, f.missing))
                continue
            yield self.diagnostic(
                "start", f.item.location, severity=severity, related=related,
                marker=f.item.marker, where=where, where_en=where_en, missing=markers(f.item, f.missing))

    def _annexes(self, doc: Document) -> Iterator[Diagnostic]:
        """附件1, 附件3: a report of the file left out or its number mistyped. A warning: an annex
        may be published on its own, and a first number above 1 is an excerpt's."""
        from perflint.extract.annexes import annexes

        found = annexes(doc)
        for prev, item in zip(found, found[1:], strict=False):
            if item.number > prev.number + 1:
                missing = "".join(f"“附件{n}”" for n in range(prev.number + 1, item.number))
                yield self.diagnostic("annex", item.location, severity=Severity.warning,
                                      related=[(prev.location, "previous")], marker=item.marker,
                                      prev=prev.marker, prev_line=prev.location.line, missing=missing)


def _garbled_between(doc: Document, first: int, last: int) -> bool:
    """Whether a line after line ``first`` and before line ``last`` (1-based) holds characters a
    wrong decoding or a lost glyph leaves (Bopomofo, U+FFFD): a marker may be unreadable there."""
    from perflint.text.scripts import GARBLED

    return any(GARBLED.search(line) for line in doc.lines[max(first, 0):max(last - 1, 0)])
