"""D208: a word or a sentence written twice in a row (区政府政府, 原因原因是)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain
from operator import attrgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.repetition import (
    Doubling,
    column_pairs,
    doublings,
    doublings_on_one_line,
    repeated_paragraph,
)
from perflint.model import Document, Location, SourceText, Table

from ._passages import written_twice

# Blocks a paragraph pasted twice can be: a short numbered one reads as a heading.


class DoubledWord(Check):
    """## What it does
    Finds a word of two or more characters, or a whole sentence, written twice in a row in a
    paragraph or heading (`依据区政府政府的批示`, `下降的原因原因是`, a sentence pasted twice), a
    figure with its unit typed twice with nothing between where prose goes on after it
    (`854万854万（其中…）`, `安排资金45万元45万元，用于…`), a particle never doubled in prose
    (`主要是是接待`, `支出的的构成`; not 但是是否, 目的的, 的的确确), an account's last character
    written twice right before its figure (`因公出国(境)经费费62万元`), a money unit typed twice right
    after its figure before the sentence goes on (`基本支出2,871.40万元万元，其中…`), an item of a `、` list
    written twice in a row (`防汛巡查、秸秆禁烧、秸秆禁烧、安全生产检查`), a whole clause (seven Chinese characters
    or more) written again right after its comma (`与上年度预算相比，与上年度预算相比持平`; not where the
    second copy opens a phrase of its own or holds figures, `完成目标任务，完成目标任务的比例为100%`, or where it stands three times or more), a lead-in label typed twice
    with its colon (`其中：其中：商品和服务支出…`), a word in brackets written again right after
    them (`东部(重庆)重庆科学城`), the document type closing a title in 《》 written again right
    after it (`《关于…的通知》通知`; not `《…通知》精神`), a paragraph written again
    right after itself, however long (text copied from further away is D203's), or a numbered
    heading written again right under itself, the same number and title (`(一)职能职责` twice). A clause of ten
    Chinese characters or more, without figures, written again later in its own sentence with
    other clauses between is reported too (`…，增强了服务体系的综合能力，是…的需要，增强了服务体系的综合能力。`),
    unless it stands three times or more, or a block of clauses comes back together
    (`X，Z，X，Z`: a form's target and result cells joined). A verb with its 了 written again a few
    characters on in its clause, no mark between (`建立了某县建立了…领导小组`: an edit left half
    made; not 为了, 除了, nor with figures between) is reported too. A term of the
    forms (专项, 资金, 经费, 绩效), or any phrase of four characters or more, written twice is
    reported even where the second copy runs on into a longer word (`防火专项专项资金`,
    `财政拨款财政拨款支出`), and so is a two-character word whose second copy runs on into the rate
    named after it in prose (`降低事故发生发生率。`, `群众满意满意度达96%`; not after a known term ending in it,
    `预算执行执行率`, nor with a figure right after the rate), where two shorter words meeting (`本项目` +
    `项目资金`) are not. A year written as a figure and again as 今年 (去年, 明年) in one
    time phrase (`2022年今年以来共接待…`, `比2021年去年同期增加`) is reported too.
    A place name followed by a word that begins the same way (`某城市城市建设档案馆`) and the
    cells of a flattened table (target and actual side by side, or one column's cells read across a
    line, `省财政省财政省财政` or `其中:中央财政其中:中央财政其中:中央财政`: three copies or more, or a
    pair among more copies of the word within a few characters and no comma, headers an OCR cut
    apart, `中央财其中;中央财央财政`; a field's value
    ending in the word the next field's label opens with, `…配套项目项目单位:`, or, without a colon, where a
    label the forms know stands before the value and opens after it (`项目名称…配套项目项目类型…`); a figure twice followed by a score,
    `2万元2万元18`; two cells of the scoring table where one ends in the word the next begins
    with, `项目执行执行规范`; any two cells of a row whose cells were glued together, a figure
    running straight into the next, `800万元800万元10…提供医疗服务服务人口扩大`; two cells saying
    the same, read in alternating pieces into one line, where the words on both sides of the
    doubling recur a few characters away, `…管网改造病险水库病险水库除险加固工程当年目标除险加固工程…`;
    two or more paragraphs in a row each written again right under itself, `A A B B`: a form's
    预期目标 and 实际完成情况 columns pasted one cell a line, each result cell copying its target;
    a header row naming the same group of columns for each of two years, on a line with no
    sentence, `预算数决算数预算数决算数`) are not reported.

    ## Why is this bad?
    A doubled word or sentence is a typing or pasting slip that a reader notices at once and
    that makes a published report look unchecked.

    ## Example
    ```text
    支出下降的原因原因是压减了会议费。
    ```

    ## Use instead
    ```text
    支出下降的原因是压减了会议费。
    ```
    """

    doc_zh = """## 它检查什么
    查找段落或标题中紧接着重复书写的词语（两个字及以上）或整句，如“依据区政府政府的批示”“下降的原因原因是”，或同一句话连贴两遍；带单位的数字中间无任何间隔地连写两遍、其后接着是文字的（“854万854万（其中…）”“安排资金45万元45万元，用于…”）；行文中从不重叠的虚字写了两遍（“主要是是接待”“支出的的构成”；“但是是否”“目的的”“的的确确”不算）；科目名称的末字紧挨着金额写了两遍（“因公出国(境)经费费62万元”）；金额后的单位紧接着写了两遍、句子随后继续的（“基本支出2,871.40万元万元，其中……”）；以“、”列举的一项紧接着写了两遍（“防汛巡查、秸秆禁烧、秸秆禁烧、安全生产检查”）；逗号前的整个分句（七个汉字以上）在逗号后紧接着又写了一遍（“与上年度预算相比，与上年度预算相比持平”；第二遍之后另起词组或带数字的，如“完成目标任务，完成目标任务的比例为100%”，以及连写三遍及以上的，不算）；引导语连同冒号写了两遍（“其中：其中：商品和服务支出…”）；括号里的词紧接着括号又写了一遍（“东部(重庆)重庆科学城”）；书名号里末尾的文种紧接着书名号又写了一遍（“《关于…的通知》通知”；“《…通知》精神”不算）；紧接着重复出现的一段文字（无论长短；从较远处复制的文字属于 D203 复制段落），以及紧接着原样重复的带编号标题（编号和标题都相同，如“(一)职能职责”连写两行）。同一句中，一个分句（十个汉字以上、不含数字）隔着别的分句又原样写了一遍的，也报告（“…，增强了服务体系的综合能力，是…的现实需要，增强了服务体系的综合能力。”）；写了三遍及以上的，或几个分句成块地一起重复的（“X，Z，X，Z”：表格的目标栏与完成栏拼成一行），不报告。动词连同“了”在同一分句中隔几个字又写了一遍、中间没有标点的（“建立了某县建立了…领导小组”：修改时留下的；“为了”“除了”以及中间有数字的不算），也报告。报表用语（专项、资金、经费、绩效）或四个字以上的词组写了两遍的，即使第二遍接着连成更长的词语，也报告（“防火专项专项资金”“财政拨款财政拨款支出”）；两个字的词写了两遍、第二遍接着连成以它命名的比率（“降低事故发生发生率。”“群众满意满意度达96%”）的，也报告（前面已知术语以它结尾的“预算执行执行率”、比率后紧跟数字的不算）；同一时间状语里年份既写数字又写“今年”（“去年”“明年”）的（“2022年今年以来共接待…”“比2021年去年同期增加”），也报告；其他较短的两个词首尾相接（“本项目”+“项目资金”）不报告。地名后接同字开头的词（“某城市城市建设档案馆”）、表格拼接成行后并列的单元格（目标值与实际值并排，或同一列的单元格连成一行，如“省财政省财政省财政”“其中:中央财政其中:中央财政其中:中央财政”，连写三遍及以上，或重复处前后不远、没有逗号句号的范围内同一词另外还出现两次以上（表头被识别打乱，如“中央财其中;中央财央财政”）；表格拼成一行后，前一栏填写内容的末尾与后一栏标签的开头同词，如“…配套项目项目单位:”，没有冒号时，填写内容前有表中已知的栏目名、重复处又接着另一个已知栏目名的也是如此，如“项目名称…配套项目项目类型…”；数字连写两遍后紧跟得分，如“2万元2万元18”；评分表相邻两格前一格末尾与后一格开头同词，如“项目执行执行规范”；单元格之间毫无间隔地粘连成行的表格（数字紧接下一个数字，如“800万元800万元10…提供医疗服务服务人口扩大”）中相邻两格；内容相同的两格交错拼成一行、重复处前后的文字在近旁也各重复一遍的，如“…管网改造病险水库病险水库除险加固工程当年目标除险加固工程…”；两个年度各列同一组栏目的表头行，所在行没有句子的，如“预算数决算数预算数决算数”）不报告。

    ## 为什么要改
    重复的词句是录入或粘贴失误，读者一眼就能看出，让公开的报告显得没有校对过。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "D208"
    name = "doubled-word"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "词语或句子连续重复", "en": "Word or sentence written twice in a row"}
    messages = {
        "word": {"zh": "“{unit}”连续写了两遍（“{text}”）", "en": "“{unit}” is written twice in a row (“{text}”)"},
        "figure": {"zh": "数字“{unit}”连续写了两遍（“{text}”）", "en": "the figure “{unit}” is written twice in a row (“{text}”)"},
        "aside": {"zh": "括号里的“{unit}”紧接着又写了一遍（“{text}”）",
                  "en": "“{unit}” in brackets is written again right after them (“{text}”)"},
        "title": {"zh": "书名号里最后的“{unit}”紧接着又写了一遍（“{text}”）",
                  "en": "“{unit}”, the last word of the title in 《》, is written again right after it (“{text}”)"},
        "sentence": {"zh": "同一句话连续出现两遍：“{unit}”", "en": "the same sentence appears twice in a row: “{unit}”"},
        "echo": {"zh": "同一句中“{unit}”写了两遍，中间隔着别的分句", "en": "“{unit}” is written twice in one sentence, other clauses between"},
        "verb": {"zh": "“{unit}”在同一分句中写了两遍（“{text}”）：修改时留下的？",
                 "en": "“{unit}” is written twice in one clause (“{text}”): left from an edit?"},
        "year": {"zh": "“{text}”把年份写了两遍：“{unit}年”就是“{word}”，保留其一",
                 "en": "“{text}” states the year twice: “{unit}” is “{word}”; keep one"},
        "paragraph": {"zh": "同一段话连续出现两遍：“{unit}”", "en": "the same paragraph appears twice in a row: “{unit}”"},
        "heading": {"zh": "同一标题连续出现两遍：“{unit}”", "en": "the same heading appears twice in a row: “{unit}”"},
        "first": {"zh": "前一段", "en": "the paragraph before"},
        "also": {"zh": "同样的重复", "en": "the same doubling"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # One finding per doubled unit: the same slip in a title quoted twice is one defect.
        seen: dict[str, tuple[SourceText, Doubling, list[Location]]] = {}
        for source, found in _doubled_texts(doc):
            for d in found:
                if d.unit in seen:
                    seen[d.unit][2].append(source.locate(d.start, d.end))
                else:
                    seen[d.unit] = (source, d, [])
        for source, d, copies in seen.values():
            unit = d.unit if len(d.unit) <= 40 else d.unit[:38] + "…"
            text = source.value[d.start:d.end]
            yield self.diagnostic(d.kind, source.locate(d.start, d.end), unit=unit, text=text,
                                  word=text[-2:], related=[(loc, "also") for loc in copies])
        twice = written_twice(doc, ctx)
        columns = column_pairs(doc, twice)  # a form's two columns pasted one cell a line
        for before, block in twice:
            if id(block) in columns:
                continue
            unit = block.text.value.strip()
            # (a numbered heading of a few words has no sentence for repeated_paragraph)
            kind = "paragraph" if repeated_paragraph(before.text.value, block.text.value) else "heading"
            yield self.diagnostic(kind, block.text.locate(), unit=unit if len(unit) <= 40 else unit[:38] + "…",
                                  related=[(before.text.locate(), "first")])


_CELLS, _TEXT, _VALUE, _ANCHOR_LIST = attrgetter("cells"), attrgetter("text"), attrgetter("value"), attrgetter("anchor_list")


def _doubled_texts(doc: Document) -> list[tuple[SourceText, Sequence[Doubling]]]:
    """The texts of :meth:`Document.texts` that double something, in order, with their doublings.

    Walked here rather than through the generator, and a text of one line (every cell, most
    paragraphs) answered by its remembered doublings: nearly every text has none, and the walk
    around that one lookup was most of the rule's cost."""
    out: list[tuple[SourceText, Sequence[Doubling]]] = []
    one_line = doublings_on_one_line
    for part in doc.parts:
        for block in part.blocks:
            if isinstance(block, Table):
                cells = list(chain.from_iterable(map(_CELLS, block.rows)))
                if not any(map(_ANCHOR_LIST, map(_TEXT, cells))):
                    # every cell on one line (nearly every table): the doublings of all its
                    # cells looked up in one C-level pass, the few that have any kept
                    for cell, found in zip(cells, map(one_line, map(_VALUE, cells)), strict=True):
                        if found and not cell.is_empty:
                            out.append((cell.text, found))
                    continue
                for cell in cells:
                    if cell.is_empty:
                        continue
                    source = cell.text
                    anchors = source.anchor_list  # None: one place of one line
                    found = one_line(cell.value) if anchors is None or len(anchors) < 2 \
                        else doublings(cell.value, _line_starts(source))
                    if found:
                        out.append((source, found))
            else:
                source = block.text
                anchors = source.anchor_list
                found = one_line(source.value) if anchors is None or len(anchors) < 2 \
                    else doublings(source.value, _line_starts(source))
                if found:
                    out.append((source, found))
    return out


def _line_starts(source: SourceText) -> set[int]:
    """Offsets where a new line of the file begins inside a paragraph the reader joined."""
    if source.single_anchor is not None:
        return set()
    return {offset for offset, _line, _col in source.anchors[1:]}
