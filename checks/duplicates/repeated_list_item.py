"""D206: one item listed twice in an enumeration of figures, or one entry twice in a table of contents."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.contents import normalise_title, section_wording
from perflint.extract.outline_items import run_in_label_end
from perflint.extract.similarity import Item, enumeration_groups, normalise
from perflint.model import Document, Heading, Paragraph, SourceText, Table, TocEntry

_MIN_SUFFIX = 4  # 药店 alone may be another kind of 药店; 门诊药店 may not
_MIN_ENTRY = 4  # a contents entry this long at least (概况 may head several parts' lists)
# A numbered list's item: this long at least (工作 may open several items), and shorter than a
# paragraph D203 (copied-paragraph) weighs as a copy
_MIN_ITEM = 8
_MAX_ITEM = 40
_MIN_LABELLED = 12  # the words after a run-in heading compared without it
_B = TypeVar("_B", Paragraph, TocEntry)
_MIN_CLAUSE_SEPS = 2  # ；in a paragraph for its clauses to be read as a list (three clauses)
_ITEM_SEP = "、"  # what joins the items of an enumeration (perflint.extract.similarity.enumerations)


class RepeatedListItem(Check):
    """## What it does
    Finds an enumeration of figures joined by `、` (`定点医院 12 家、定点药店 30 家`) that names
    the same item twice, exactly or as the tail of the first item's wording
    (`共有…特殊病种门诊药店 7 家、特殊病种门诊药店 4 家`); an enumeration of words that names one
    item again with other items between (`管理律师、法律援助、律师、公证`: read inside one clause,
    a list joined by 及/和/与/或 or closed by 等 on its own; an item doubled right after itself is
    D208's); and a table of contents whose
    numbered list names one entry twice under two numbers (`十二、部门整体支出绩效自评表` /
    `十三、部门整体支出绩效自评表`), or twice in the template's two wordings of one section
    (`十、预算绩效情况说明` / `十三、关于2020年度预算绩效情况的说明`: a leading 关于, the year and
    the 的 of `…的说明` aside; one title written for two different years is two sections). A list runs while its numbers go up; `一、` again starts another
    (the next part's), where the same title may come back. A numbered list of paragraphs (`1、`
    `2、` `3、`) is read the same way: an item whose words (at least eight characters, fewer than a
    copied paragraph D203 weighs) are an earlier item's of the same list is reported; the list
    ends at a heading or a table, or where its numbers start again. Items that open with a run-in
    heading of their own (`1.社会效益。…`, `2.可持续影响。…`) are compared by the words after it
    (twelve characters or more): one account copied under two headings. A sentence of clauses joined
    by `；` (a unit's duties written in one paragraph: `依法审判…案件；审理…案件；负责…工作`, three
    clauses or more) is read as a list too: a clause of twelve characters or more written again
    further down the same sentence, whole or with a stretch of its middle left out (`审理…减刑案件和
    依法应由高级人民法院审理的假释案件；…；审理…减刑案件和假释案件`), is reported; a clause right after
    its double is D208's.

    ## Why is this bad?
    A category counted twice with two figures is a slip: one of the two is a different
    category whose name was pasted over (门诊医院 became 门诊药店), and the reader cannot tell
    which figure belongs to what. A contents entry listed twice is a line copied over the one
    that should have stood there (the 自评情况 before the 自评表): the reader looks for a section
    the document does not have. A list item written again under the next number is a line
    pasted twice: the item that should have stood there is missing.

    ## Example
    ```text
    全县共有定点零售药店 85 家、定点零售药店 12 家。
    ```

    ## Use instead
    ```text
    全县共有定点零售药店 85 家、定点医疗机构 12 家。
    ```
    """

    doc_zh = """## 它检查什么
    查找以“、”连接的数字列举（“定点医院 12 家、定点药店 30 家”）中同一项出现两次的情况：完全相同，或是前一项表述的结尾（“共有……特殊病种门诊药店 7 家、特殊病种门诊药店 4 家”）；文字列举中同一项隔着其他项再次出现的（“律师、法律援助、律师、公证”：在同一分句内读，以“及”“和”“与”“或”连接或以“等”结束的列举各自单读；紧挨着重复的归 D208）；以及目录的同一编号列表中，同一条目以两个编号出现两次（“十二、部门整体支出绩效自评表”/“十三、部门整体支出绩效自评表”），或以模板的两种写法出现两次（“十、预算绩效情况说明”/“十三、关于2020年度预算绩效情况的说明”：不计开头的“关于”、年度和“……的说明”的“的”；同一标题分写两个不同年度的，是两个部分）。编号递增时为同一列表；重新从“一、”开始的是另一列表（下一部分的），其中可以再次出现同一标题。编号段落组成的列表（“1、”“2、”“3、”）也这样读：某一项的文字（至少八个字，短于 D203 复制段落所计的长度）与同一列表前面某项相同的，报告；列表到标题或表格、或编号重新开始处结束。各项以自己的小标题开头的（“1.社会效益。……”“2.可持续影响。……”），比较小标题之后的文字（至少十二个字）：同一段说明抄在了两个小标题下。以“；”连接各分句的一句话（在一段里写成的单位职责：“依法审判……案件；审理……案件；负责……工作”，三个分句以上）也作为列举来读：某一分句（至少十二个字）在同一句后面再次出现的，无论完全相同，还是删去了中间一段（“审理……减刑案件和依法应由高级人民法院审理的假释案件；……；审理……减刑案件和假释案件”），都报告；紧挨着重复的归 D208。

    ## 为什么要改
    一个类别配两个数字是笔误：其中一个本是另一类别，名称被粘贴覆盖了（“门诊医院”变成了“门诊药店”），读者分不清哪个数字属于什么。目录条目重复，是复制的一行盖住了本应在那里的条目（自评表之前的“自评情况”），读者会去找文档中没有的部分。列表中同一项以下一个编号再写一遍，是粘贴了两次的一行：本应在那里的一项缺了。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "D206"
    name = "repeated-list-item"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "列举中同一项目出现两次", "en": "Same item twice in one enumeration"}
    messages = {
        "twice": {
            "zh": "“{name}”在同一列举中出现两次（{figure0} 与 {figure}），其中一项可能是别的类别",
            "en": "“{name}” is listed twice in one enumeration ({figure0} and {figure}); one of them is probably "
                  "another category",
        },
        "first": {"zh": "第一次列出", "en": "first listed"},
        "item_twice": {
            "zh": "列表第 {marker} 项“{name}”与第 {marker0} 项相同",
            "en": "item {marker} of the list, “{name}”, repeats item {marker0}",
        },
        "word_twice": {
            "zh": "“{name}”在同一列举中出现两次，其中一项可能本应是别的内容",
            "en": "“{name}” is listed twice in one enumeration; one of them probably stood for something else",
        },
        "clause_twice": {
            "zh": "分项“{name}”在同一句的列举中已写过一次，其中一项可能本应是别的内容",
            "en": "the clause “{name}” is already listed earlier in the same sentence; one of them probably "
                  "stood for something else",
        },
        "toc_reworded": {
            "zh": "目录条目“{name}”与 {marker0}“{name0}”是同一部分的两种写法，其中一项可能应是别的部分",
            "en": "the contents entry “{name}” is {marker0} “{name0}” in other words; one of them probably stands "
                  "for another section",
        },
        "toc_twice": {
            "zh": "目录条目“{name}”在同一列表中出现两次（{marker0} 与 {marker}），其中一项可能应是别的部分",
            "en": "the contents list “{name}” twice ({marker0} and {marker}); one of them probably stands for "
                  "another section",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        listing, entries, items, clausal = _walk(doc)
        if listing or clausal:  # this rule's alone: imported once a run, when a text is listed
            from perflint.extract.word_lists import repeated_clauses, repeated_list_words
        for text in listing:
            for group in enumeration_groups(text.value):
                for k, item in enumerate(group):
                    first = next((p for j, p in enumerate(group[:k]) if _same(p, item, leads=j == 0)), None)
                    if first is not None:
                        yield self.diagnostic("twice", text.locate(item.start, item.end),
                                              related=[(text.locate(first.start, first.end), "first")],
                                              name=item.name, figure0=first.figure, figure=item.figure)
            for word in repeated_list_words(text.value):
                yield self.diagnostic("word_twice", text.locate(word.start, word.end),
                                      related=[(text.locate(word.first_start, word.first_end), "first")],
                                      name=word.name)
        for text in clausal:
            for clause in repeated_clauses(text.value):
                yield self.diagnostic("clause_twice", text.locate(clause.start, clause.end),
                                      related=[(text.locate(clause.first_start, clause.first_end), "first")],
                                      name=clause.name)
        for entry, first in _contents_repeats(entries):
            same = normalise_title(entry.title) == normalise_title(first.title)
            yield self.diagnostic("toc_twice" if same else "toc_reworded", entry.text.locate(),
                                  related=[(first.text.locate(), "first")], name=entry.title.strip(),
                                  name0=first.title.strip(), marker0=first.numbering.marker,
                                  marker=entry.numbering.marker)
        for item, first in _numbered_repeats(items):
            yield self.diagnostic("item_twice", item.text.locate(), related=[(first.text.locate(), "first")],
                                  name=_item_words(item), marker0=first.numbering.marker, marker=item.numbering.marker)


def _walk(doc: Document) -> tuple[list[SourceText], list[TocEntry], list[Paragraph | None], list[SourceText]]:
    """One walk over the document for the four readings, each in order: the texts (cells,
    paragraphs, headings, entries) that hold 、 (an enumeration's own screen, without a call
    for each cell), the numbered contents entries, and the numbered paragraphs with a None
    where a heading or a table ends their list."""
    listing: list[SourceText] = []
    entries: list[TocEntry] = []
    items: list[Paragraph | None] = []
    clausal: list[SourceText] = []  # paragraphs of clauses joined by ；(two ；at least)
    for part in doc.parts:
        for block in part.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        if _ITEM_SEP in cell.value:
                            listing.append(cell.text)
                items.append(None)
                continue
            if _ITEM_SEP in block.text.value:
                listing.append(block.text)
            if isinstance(block, Heading):
                items.append(None)
            elif isinstance(block, Paragraph):
                if block.numbering is not None:
                    items.append(block)
                value = block.text.value
                if value.count("；") + value.count(";") >= _MIN_CLAUSE_SEPS:
                    clausal.append(block.text)
            elif isinstance(block, TocEntry) and block.numbering is not None:
                entries.append(block)
    return listing, entries, items, clausal


def _contents_repeats(entries: list[TocEntry]) -> Iterator[tuple[TocEntry, TocEntry]]:
    """(entry, the earlier entry of its list with the same title): the same words, or the same
    section in the template's other wording (``关于2020年度…的说明``); a title written for two
    different years is two sections. A list runs as :func:`_repeats` reads one."""
    runs: dict[str, tuple[int, list[tuple[TocEntry, str, tuple[str, ...]]]]] = {}
    for entry in entries:
        style, value = entry.numbering.style, entry.numbering.value
        last, seen = runs.get(style, (0, []))
        if value <= last:
            seen = []
        runs[style] = (value, seen)
        wording, years = section_wording(entry.title)
        if len(wording) < _MIN_ENTRY:
            continue
        first = next((e for e, w, y in seen if w == wording and (not y or not years or y == years)), None)
        if first is not None:
            yield entry, first
        else:
            seen.append((entry, wording, years))


def _numbered_repeats(items: list[Paragraph | None]) -> Iterator[tuple[Paragraph, Paragraph]]:
    """(item, the earlier item of its numbered list with the same words); a list also ends at a
    heading or a table (a None among the items). Items that open with a run-in heading of their
    own (``1.社会效益。…``, ``2.可持续影响。…``) are compared by the words after it: one account
    copied under two headings is the copy, however the headings differ."""
    return _repeats(items, lambda p: normalise(_item_words(p)), lambda key: _MIN_ITEM <= len(key) < _MAX_ITEM)


def _item_words(item: Paragraph) -> str:
    """An item's words after its marker and its run-in heading, when the words left are long
    enough to be an account of their own (``社会效益。全部完成`` is compared whole)."""
    text = _item_text(item)
    end = run_in_label_end(text)
    return text[end:] if end and len(text) - end >= _MIN_LABELLED else text


def _repeats(items: Iterable[_B | None], key_of: Callable[[_B], str],
             counts: Callable[[str], bool]) -> Iterator[tuple[_B, _B]]:
    """(item, the earlier item of its list with the same key): a list of one numbering style runs
    while its numbers go up and ends where they start again, or at a None among the items."""
    runs: dict[str, tuple[int, dict[str, _B]]] = {}
    for item in items:
        if item is None:
            runs = {}
            continue
        style, value = item.numbering.style, item.numbering.value
        last, seen = runs.get(style, (0, {}))
        if value <= last:
            seen = {}
        runs[style] = (value, seen)
        key = key_of(item)
        if not counts(key):
            continue
        if key in seen:
            yield item, seen[key]
        else:
            seen[key] = item


def _item_text(item: Paragraph) -> str:
    """A numbered paragraph's words after its marker, without the closing punctuation."""
    text = item.text.value.strip()
    marker = item.numbering.marker if item.numbering is not None else ""
    if marker and text.startswith(marker):
        text = text[len(marker):]
    return text.strip().rstrip("；;。.，,")


def _same(earlier: Item, later: Item, leads: bool) -> bool:
    """Whether two items of one enumeration name the same thing: the same name, or the later
    item's name ending the earlier one's when that is the enumeration's first item, whose name
    runs on from the sentence's lead (共有……特殊病种门诊药店). A later item's name stands whole
    between its marks: one qualified further (机关后勤服务人员事业编制 4 名、事业编制 63 名) is
    another category."""
    if len(later.name) < 2:
        return False
    if earlier.name == later.name:
        return True
    return leads and len(later.name) >= _MIN_SUFFIX and earlier.name.endswith(later.name)
