"""S606: a list item written without the marker its siblings carry."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import starts_the_text
from perflint.extract.outline import describe, markers
from perflint.model import Document
from perflint.text.numbering import marker_like

from ._outline import findings

# the findings of a line without its marker: at the text's very start, what the cut took
_CUT_KINDS = frozenset({"heading_unmarked", "item_unmarked", "part_unmarked"})


class MarkerMissing(Check):
    """## What it does
    Reports an item of a numbered list whose marker is missing or incomplete while its
    siblings carry theirs:

    - *bare*: in a list run into one paragraph (`…。8.保障…。9持续完善…。10.办理…`), a number
      written without its dot or 、;
    - *first unmarked*: an inline list of `label:` items numbered from `二、`
      (`财政拨款:…二、自有资金:…三、其他:…`) whose first item has no `一、`, with no `一、`
      anywhere before it in the report;
    - *unmarked*: in a table of contents, an entry typed without a marker after numbered
      siblings (`七、…决算表` then `政府性基金预算…决算表`), where the next entry is of a higher
      level or carries on the count as if it had been numbered; each such entry is reported on
      its own line with the number it lacks (`八、`, then `九、`);
    - *unmarked against the contents*: a body title line standing alone without the marker the
      contents give it (contents `一、收入支出决算总体情况说明`, body `收入支出决算总体情况说明`;
      contents `第一部分 部门概况`, body `部门概况`), where the match is certain: the contents list
      the title once, the body writes it once and numbers it nowhere, the marker is not set on the
      line above, and the title names no table (a table's caption is written without its number);
    - *unmarked in the body*: a `（一）` heading with no `（二）` and one unmarked title line
      between two paragraphs where the `（二）` belongs (a heading closed with a full stop,
      `1、执行率情况。`, has its sibling closed so: `完成的绩效目标。`); a list of `（一）办公室。负责…` items
      followed by one more item written the same way without its marker; a list of duties whose
      closing duty (`完成上级交办的其他事项。`) stands right after it without its number;
    - *empty*: a title line whose brackets hold no number (`()职能职责`), the word processor's
      automatic number lost when the text was copied out, or a title line left with only the
      closing bracket (`)机构设置`), its opening bracket and number lost with it (not when a bracket
      of the line above is still open: that line's clause wrapped); lines written so one after
      another are reported once, at the first;
    - *bare lines*: three lines or more numbered 1, 2, 3… one after another with the number run
      into the text (`1核发…` / `2组织…` / `3宣传…`), reported once, at the first; a count
      (`3个乡镇`, `2023年`) is no item;
    - *colon*: a title line numbered with a Chinese numeral and a colon (`一:主要职能`), where a
      heading's numeral takes 、;
    - *part unmarked*: a part title written `部分  名词解释` (or `部分：名词解释`) after `第二部分`…
      `第四部分`, its `第五` lost, the next one so written its `第六` (a title run into 部分, `部分名词解释`, only when the next numbered part counts it:
      a sentence opens with 部分 too, `部分造林地块苗木成活率不高`, and a line closed with 。 is none);
    - *numeral lost*: a title line that kept the 、 of its marker and lost the numeral
      (`、部门决算单位构成` after `一、部门主要职责` and its `1、` items); also where no numbered title
      of its list is there to count it (`、机构设置` right under `第一部分`), a short title with no
      gloss after a colon, one or two such lines (a run of `、term:gloss` lines is a list a page's
      columns cut);
    - *doubled*: a marker whose Chinese numeral has a character typed twice over (`一一、部门职责`,
      `（三三）`): no numeral repeats a character side by side (`十一、` `二十二、` are numerals),
      and a word such as `一一对应` in prose takes no 、 and is no marker;
    - *retyped*: a bracketed marker written again right after itself (`(2)2)冀财建…`,
      `（二）（二）…`), the word processor's number and the writer's own one on top of the other.

    Annex lines (`附件`, `附表`) after a list are not items of it and are left alone.

    ## Why is this bad?
    A missing marker makes the list read as if an item were a stray line, and the count of the
    items no longer matches what the reader sees; the two usually come from a careless edit.

    ## Example
    ```text
    一、主要职能
    1.宣传政策。2.推进乡村振兴。3.建设基础设施。4开展社会救助。5.推进安全生产。
    ```

    ## Use instead
    ```text
    一、主要职能
    1.宣传政策。2.推进乡村振兴。3.建设基础设施。4.开展社会救助。5.推进安全生产。
    ```
    """

    doc_zh = """## 它检查什么
    报告编号列表中、同级各项都有编号而本项编号缺失或不完整的项：
    - 缺标点：连写在一段里的列表（“…。8.保障…。9持续完善…。10.办理…”）中，某个数字后面没有“.”或“、”；
    - 首项无编号：从“二、”开始编号的行内“标签：”列表（“财政拨款：…二、自有资金：…三、其他：…”），第一项没有“一、”，报告中此前也没有任何“一、”；
    - 目录漏编：目录中有编号的同级条目之后，某条目没有编号（“七、…决算表”之后是“政府性基金预算…决算表”），而下一条是更高一级，或接着计数、仿佛此条已编了号；每个这样的条目在其所在行单独报告，并指出它缺少的编号（“八、”，其后“九、”）；
    - 正文漏编（对照目录）：目录给了编号的标题，在正文中单独成行却没有编号（目录“一、收入支出决算总体情况说明”，正文“收入支出决算总体情况说明”；目录“第一部分 部门概况”，正文“部门概况”），仅在对应确定时报告：目录只列一次该标题，正文只有一行这样写、别处也没有带编号的同名标题，上一行不是单独成行的编号，且标题不是表名（表格上方的表题本就不带列表编号）；
    - 正文漏编：只有“（一）”没有“（二）”的标题，在应为“（二）”的位置、两段之间有一行无编号的标题（标题以句号结尾的，如“1、执行率情况。”，其同级标题也以句号结尾，如“完成的绩效目标。”）；或一串“（一）办公室。负责…”式的列表项之后，还有一项同样写法却没有编号；职责列表之后紧接着没有编号的收尾一项（“完成上级交办的其他事项。”）；
    - 空括号：标题行的括号里没有序号（“()职能职责”），是文字处理软件的自动编号在复制时丢失；或标题行只剩右括号（“)机构设置”），左括号和序号一并丢失（上一行仍有未闭合的括号时不报告：那是上一行的括注折行）；连续多行如此的，只在第一行报告一次；
    - 整列缺标点：连续三行及以上按 1、2、3… 编号，数字直接连着正文（“1核发…”“2组织…”“3宣传…”），只在第一行报告一次；数字后是量词的（“3个乡镇”“2023年”）不是编号；
    - 冒号编号：标题行的中文数字后用了冒号（“一:主要职能”），标题编号应用顿号；
    - 部分缺序数：在“第二部分”……“第四部分”之后，某一部分的标题写成“部分  名词解释”（或“部分：名词解释”），丢了“第五”，其后又一个这样写的丢了“第六”（“部分”与标题连写的，如“部分名词解释”，须下一个有序数的部分把它计入才报告：句子也以“部分”开头，如“部分造林地块苗木成活率不高”；以句号结尾的行不是标题）；
    - 缺数字：标题行保留了编号的“、”而丢了数字（“一、部门主要职责”及其“1、”各项之后的“、部门决算单位构成”）；没有同级的编号标题可供推算序号时（紧接“第一部分”的“、机构设置”）也报告，限于不带冒号释义的短标题、一两行如此（连续多行“、术语:释义”是页面分栏截去的列表）；
    - 数字重复：编号的中文数字把一个字连打了两次（“一一、部门职责”“（三三）”）：没有哪个数字会把同一个字连写两次（“十一、”“二十二、”是数字），正文里的“一一对应”是词语，后面没有“、”或括号，不是编号；
    - 编号重写：带括号的编号紧接着又写了一遍（“(2)2)冀财建…”“（二）（二）…”），是文字处理软件的自动编号与手写编号叠在一起。

    列表之后的附件行（“附件”“附表”）不属于该列表，不报告。

    ## 为什么要改
    缺了编号，这一项读起来像一行游离的文字，项数也与读者看到的不符；两者通常来自一次粗心的修改。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S606"
    name = "marker-missing"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "编号缺失或不完整", "en": "List item without its marker"}
    messages = {
        "bare": {
            "zh": "编号“{marker}”缺少标点，应为“{expected}”，与同一列表“{prev}”（第 {prev_line} 行）体例不一致",
            "en": "the number “{marker}” lacks its punctuation: write “{expected}” as in “{prev}” (line {prev_line})",
        },
        "heading_unmarked": {
            "zh": "“{entry}”缺少编号：它与“{prev}”（第 {prev_line} 行）同级，应为“{expected}”",
            "en": "“{entry}” has no marker: it is the sibling of “{prev}” (line {prev_line}); expected “{expected}”",
        },
        "item_unmarked": {
            "zh": "“{entry}”缺少编号：与前面各项写法相同，前一项为“{prev}”（第 {prev_line} 行），应为“{expected}”",
            "en": "“{entry}” has no marker though written like the items before it (“{prev}”, line {prev_line}); "
                  "expected “{expected}”",
        },
        "first_unmarked": {
            "zh": "列表从“{marker}”编起：“{prev}”之前的第一项缺少“{expected}”",
            "en": "the list is numbered from “{marker}”: the item before “{prev}” lacks “{expected}”",
        },
        "toc_unmarked": {
            "zh": "目录条目“{entry}”缺少编号，前面有编号的一项为“{prev}”（第 {prev_line} 行），应为{missing}",
            "en": "the table-of-contents entry “{entry}” has no marker after “{prev}” (line {prev_line}); "
                  "expected {missing}",
        },
        "numeral_lost": {
            "zh": "“{entry}”的编号只剩“、”，缺少序号",
            "en": "the marker of “{entry}” is only “、”: its numeral is lost",
        },
        "contents_unmarked": {
            "zh": "“{entry}”缺少编号：目录中此条为“{prev}”（第 {prev_line} 行），正文标题应为“{expected}{entry}”",
            "en": "“{entry}” has no marker: the contents list it as “{prev}” (line {prev_line}); "
                  "write “{expected}{entry}”",
        },
        "empty": {
            "zh": "“{entry}”{more}的编号“{marker}”括号内缺少序号",
            "en": "the marker “{marker}” of “{entry}”{more_en} has no number inside its brackets",
        },
        "cut": {
            "zh": "“{entry}”{more}的编号只剩“{marker}”，缺少左括号和序号",
            "en": "the marker of “{entry}”{more_en} is only “{marker}”: its opening bracket and number are lost",
        },
        "bare_lines": {
            "zh": "第 {first}–{last} 项的编号“{marker}”“{second}”……缺少标点，应为“{expected}”",
            "en": "the markers “{marker}”, “{second}”… of items {first}–{last} lack their punctuation: write “{expected}”",
        },
        "part_unmarked": {
            "zh": "“{entry}”缺少序数：前一部分为“{prev}”（第 {prev_line} 行），应为“{expected}”",
            "en": "“{entry}” lacks its ordinal after “{prev}” (line {prev_line}): expected “{expected}”",
        },
        "colon": {
            "zh": "编号“{marker}”用了冒号，应为“{expected}”",
            "en": "the marker “{marker}” takes a colon: write “{expected}”",
        },
        "doubled": {
            "zh": "编号“{marker}”的数字多打了一个字，应为“{expected}”",
            "en": "the marker “{marker}” has a numeral character typed twice: write “{expected}”",
        },
        "retyped": {
            "zh": "编号“{marker}”写了两遍（“{written}”），应只留一个“{marker}”",
            "en": "the marker “{marker}” is written twice (“{written}”): keep one “{marker}”",
        },
        "previous": {"zh": "前一项", "en": "previous item"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        emptied = set()  # lines read as a marker emptied or cut: no other reading of their marker
        for f in findings(doc, ctx, "empty"):
            emptied.update(it.location.line for it in f.sequence.items)
            entry = f.item.block.text.value[f.item.end:].strip()
            more = len(f.missing) - 1
            yield self.diagnostic("empty" if len(f.item.marker) > 1 else "cut", f.item.location, marker=f.item.marker,
                                  entry=entry[:24] + ("…" if len(entry) > 24 else ""),
                                  more=f"等 {more + 1} 行" if more else "", more_en=f" and {more} more lines" if more else "")
        for f in findings(doc, ctx, "bare_lines"):
            yield self.diagnostic("bare_lines", f.item.location, marker=f.item.marker,
                                  second=f.sequence.items[1].marker, first=f.missing[0], last=f.missing[-1],
                                  expected=f"{f.item.marker}.")
        for f in findings(doc, ctx, "colon"):
            if starts_the_text(doc, f.item.location):
                continue  # ``二:收入决算表`` opening the text: the copy began after a label's 表
            yield self.diagnostic("colon", f.item.location, marker=f.item.marker,
                                  expected=marker_like("一、", "cn", f.item.value))
        for f in findings(doc, ctx, "retyped"):
            written = f.item.block.text.value[f.item.start:f.item.end]
            yield self.diagnostic("retyped", f.item.location, marker=f.item.marker, written=written.strip())
        for f in findings(doc, ctx, "doubled"):
            yield self.diagnostic("doubled", f.item.location, marker=f.item.marker,
                                  expected=marker_like(f.item.marker, f.item.style, f.item.value))
        for f in findings(doc, ctx, "numeral_lost"):
            if f.item.location.line in emptied or starts_the_text(doc, f.item.location):
                continue  # the text's first line (``、部门职责``): the copy began after its marker
            from perflint.extract.list_markers import source_line

            entry = source_line(f.item.block).strip()
            yield self.diagnostic("numeral_lost", f.item.location, entry=entry[:24] + ("…" if len(entry) > 24 else ""))
        # a title line S601 already reads as the first item that lost its marker is said once, there
        first_lost = {f.unmarked_block.text.line for f in findings(doc, ctx, "start") if f.unmarked_block is not None}
        for f in findings(doc, ctx, "contents_unmarked"):
            if f.item.block.text.line in first_lost:
                continue
            entry = f.item.block.text.value.strip()
            yield self.diagnostic("contents_unmarked", f.item.location, related=[(f.previous.location, "previous")],
                                  entry=entry, prev=describe(f.previous), prev_line=f.previous.line,
                                  expected=f.previous.marker.strip() + (" " if f.previous.style == "part" else ""))
        for kind in ("bare", "first_unmarked", "toc_unmarked", "heading_unmarked", "item_unmarked", "part_unmarked"):
            for f in findings(doc, ctx, kind):
                if kind in _CUT_KINDS and (f.item.location.line in emptied or starts_the_text(doc, f.item.location)):
                    continue  # the text's first line (``、部门职责``): the copy began after its marker
                expected = marker_like(f.previous.marker, f.previous.style, f.missing[0] if f.missing else f.item.value)
                entry = f.item.block.text.value.strip()
                more = len(f.missing) - 1
                yield self.diagnostic(kind, f.item.location, related=[(f.previous.location, "previous")],
                                      marker=f.item.marker, expected=expected, prev=describe(f.previous),
                                      prev_line=f.previous.line, entry=entry[:24] + ("…" if len(entry) > 24 else ""),
                                      missing=markers(f.item, f.missing or (f.item.value,)),
                                      more=f"等 {more + 1} 项" if more else "", more_en=f" and {more} more" if more else "")
