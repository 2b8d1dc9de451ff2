"""T801: a near-miss of one of the forms' standard terms (级效目标 for 绩效目标)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import opens_the_text, runs_to_the_end, starts_the_text
from perflint.extract.part_heads import (
    BarePartHead,
    bare_part_heads,
    cut_heading_titles,
    cut_note_entries,
    cut_part_heads,
    cut_table_entries,
    headless_heading_titles,
)
from perflint.extract.terms import ends_a_known_word
from perflint.model import Document

from ._facts import grouped, joined, texts


class MisspeltTerm(Check):
    """## What it does
    Finds a string one edit away from a standard term of the forms (绩效目标, 三级指标,
    公务用车运行维护费, 年末结转和结余…): one character replaced by a homophone or look-alike,
    or by a copy of its neighbour; one character dropped; two neighbouring characters swapped;
    in a term of six characters or more, one character put in (`卫生监督相协管`, `公共文体化服务体系`)
    unless it is a verb, makes a word with a neighbour, or stands between two words of the term
    (`下一步拟改进措施`), or belongs to a known word of three characters or more inside the string
    (`农畜产品质量安全`: 农畜产品, the pastoral regions' word).
    Only strings that are not themselves known words are reported, and an edit at a term's
    edge only when the surrounding text cannot be read another way. A string that opens an
    excerpt (the text's first character, on a line that is no report's title) and is the end of a
    longer known word (效指标 of 绩效指标) is left alone: the copy may have begun inside the word.
    So is a word closed by 部, 局, 处… running into a whole term (`防火指挥部主要职责`: 指挥部 and
    主要职责, not 部门主要职责 less its 门) or into words that open with one (`县委宣传部整体支出绩效自评`:
    宣传部 and 整体支出…; after a year, `2024年度部整体支出`, nothing closes a word before 部), and so is
    a year that lost its 年 before a term's second character (`2021度预算`: Y506 reports the year, not
    年度预算 less its 年), and so is
    a term less its second-to-last character when what is left of it is a function character linking on
    to the words after it (`经常性与国家机关`: 经常性 + 与, not 经常性赠与 less its 赠), and so is a term less its second-last character whose last
    character runs on into another word (政府采购程序 is 政府采购 + 程序, not 政府采购工程 less its 工;
    unless that character is a suffix that closes a word, as 率 does). A suffix morpheme (费, 率, 用…) dropped inside a term
    counts only in a term of seven characters or more, where it closes a word the drop breaks
    (`国有资产占情况`: 占用 lost its 用); after a whole word, or in a shorter term, it comes and goes
    (医疗补助 beside 医疗费补助, 延续项目 beside 延续性项目).
    A part heading that lost its 分 (`第三部 2023年度部门决算情况说明`) is reported too, in a report
    that writes its other part headings out (`第一部分`), and so is a heading or contents entry
    whose title lost its last character (`一、主要职`, `第四部分：名词解`) with more of the document
    after it (the last line of a text may be an excerpt's cut); the suggestion is the title as the
    document writes it out elsewhere (`主要职责`), when it does. So is an entry of a list of the
    public 决算 tables that names a standard table without its 表 (`五、一般公共预算财政拨款支出决算`)
    while three or more of its siblings end in 表 (a list that leaves 表 off throughout is left alone). So is a contents entry of the list
    of 情况说明 that stops where a standard title goes on (`六、一般公共预算财政拨款基本支出` for
    …基本支出决算情况说明) while three or more of its siblings are standard titles written out (one that stops at 决算 or
    情况, `…支出决算`, is a short form many templates write). So is a part heading that lost its
    第 (`四部分 名词解释` where the report writes 第三部分 or 第五部分 as a neighbour; a line that
    goes on as a sentence, `三部分组成`, is prose), and a heading or contents entry whose standard
    title (of the 决算说明's or the 整体/项目 self-evaluation's outline) lost its first character
    right after the marker (`五、他重要事项的情况说明`, `（二）门整体支出绩效目标`; a remainder that
    opens with a word of its own, `质量发展`, is left alone). A numbered heading whose whole title
    is a standard title of the outlines with one character replaced by a known homophone or
    look-alike (`一、完咸情况` for 完成情况) is reported too, the short titles only there. So is a heading
    or contents entry whose title is a standard title of the outlines with a word of it written
    once more inside it (`七、…“三公”经费支出情况决算情况说明` for `…经费支出决算情况说明`), or with the head
    word of its subject left out (`六、2023年度机关运行情况说明` for `机关运行经费情况说明`; the head words,
    经费 and 资产, are data: the outlines vary on 决算, 情况, 支出, never on them; a word doubled
    side by side is D208's), and, in a list whose titles explain final accounts (three or more say
    决算), the one title that says 预算 where the standard title says 决算
    (`八、政府性基金预算收入支出预算情况`: the budget report's title copied in; 预算 of a budget's
    name, 一般公共预算 or 政府性基金预算, and of 预算绩效 is no slip, and a list with two such titles
    or more is a budget's); a contents entry whose body heading reads right is left to C724. So is
    a standard term of five characters or more inside a cited document's title (《…》) with a
    two-character piece of it typed once more inside it (`《预算管理绩效管理工作考核办法》` for
    预算绩效管理; two words of a title that share a pair, `《城市管理专项资金管理办法》`, make no
    term across either copy). So is a
    科目 name where the text says it is one, before a level tag (`学期教育(项)`) or after a 科目 code
    (`2050201 学期教育`), one character from exactly one name of the classification, whatever the
    character, when the wrong character makes with its neighbours no pair of the classification's
    names (an unlisted 科目 such as 其他体育支出 is built from them and is left alone).
    The fixed words of the forms' positions are read by their position, whatever the character:
    a 自评表 cell of the indicator-level column (a table cell or a line holding the word alone, its
    weight or not, among the form's other level words, or a word before a group's weight in a form
    flattened into one line, `产业指标(60分) 数量指标…`, or a 绩效目标 written out as labelled
    lines, a line opening with the word and its colon, `产业指标：`, among lines labelled with the
    template's other levels and no label of the unit's own kind of target, `经济指标：增长8%`)
    one edit from a level of the template
    (`产业指标` for 产出指标, `时效指示`), a contents entry, heading or caption naming a public 决算
    table one edit from its standard title, or with its budget's name less 预算
    (`政府性基金财政拨款收入支出决算表`), and a budget's name blended from two
    (`政府性经营预算`, wherever it stands) or with 决算 for its 预算 before its grants
    (`一般公共决算财政拨款`; a slip on T802's list of common typos, 一般公共决算 among them, is told
    there, once). Every spelling real templates use (效果指标, 时效性指标,
    收入决算总表, 基本支出决算明细表…) is a member and never reported; the same words in prose
    (an industry's 产业指标) are not read.

    ## Why is this bad?
    The forms' vocabulary is fixed. A slip in a term (often from a pinyin IME or a PDF
    conversion) is visible to every reader of a published report, and a misspelt row name
    can make a table look like it reports something else.

    ## Example
    ```text
    本项目级效目标已全部完成，公用用车运行维护费 0 元。
    ```

    ## Use instead
    ```text
    本项目绩效目标已全部完成，公务用车运行维护费 0 元。
    ```
    """

    doc_zh = """## 它检查什么
    查找与表格标准术语（绩效目标、三级指标、公务用车运行维护费、年末结转和结余……）只差一处编辑的字符串：一个字被同音字、形近字或相邻字的重复替换，少了一个字，或相邻两字颠倒；六字以上的术语中多了一个字的（“卫生监督相协管”“公共文体化服务体系”）也报告，多出的字是动词、与相邻字成词、或位于术语的两个词之间的（“下一步拟改进措施”）不报告。多出的字属于窗口内三字以上的已知词语的（“农畜产品质量安全”中的“农畜产品”，牧区通用的说法）不报告。只报告本身不是已知词语的字符串；改动在术语边缘的，只有在上下文无法作别的读法时才报告。摘录开头（全文第一个字，且该行不是报告标题）、又是某个更长已知词语结尾（如“绩效指标”的“效指标”）的字符串不报告：复制可能是从词语中间开始的。以“部”“局”“处”等结尾的词后接一个完整术语的（“防火指挥部主要职责”是“指挥部”加“主要职责”，不是“部门主要职责”少了“门”字）也不报告，后接以已知词语开头的文字的（“县委宣传部整体支出绩效自评”是“宣传部”加“整体支出……”；紧跟年份的“2024年度部整体支出”前面没有词以“部”收尾，照常报告）也不报告。年份丢了“年”字、后接术语其余部分的（“2021度预算”由 Y506 报告年份，不是“年度预算”少了“年”字）也不报告。丢了倒数第二字、剩下的末字是与后文相连的虚词的（“经常性与国家机关”是“经常性”加“与”，不是“经常性赠与”少了“赠”字）也不报告。丢了倒数第二字、剩下的末字又与后文连成另一个词的（“按照政府采购程序申报”是“政府采购”加“程序”，不是“政府采购工程”少了“工”字；末字是“率”“费”等收尾语素的除外）也不报告。七字以上的术语中间丢了“费”“率”“用”等后缀语素的，只有在该字与前一字组成、因丢字而断开的词时才报告（“国有资产占情况”：“占用”丢了“用”）；紧跟在完整词语之后或较短术语中的后缀语素可有可无（“医疗补助”与“医疗费补助”，“延续项目”与“延续性项目”），不报告。其他部分标题写作“第一部分”的报告中，丢了“分”字的部分标题（“第三部 2023年度部门决算情况说明”）也报告；标题或目录条目丢了末字（“一、主要职”“第四部分：名词解”）、其后还有正文的，也报告（全文最后一行可能是摘录的截断处，不报告），建议用文中别处写全的标题（“主要职责”）。列出决算公开表格的一组条目中，三个以上同级条目以“表”结尾、某条标准表名却少了末字“表”的（“五、一般公共预算财政拨款支出决算”），也报告（整组都不写“表”的不报告）。目录中情况说明一组条目里，三个以上同级条目是写全的标准标题、某条却停在标准标题“决算”之前的（“六、一般公共预算财政拨款基本支出”应为“……基本支出决算情况说明”），也报告（停在“决算”或“情况”的，如“……支出决算”，是不少模板的简写，不报告）。丢了“第”字的部分标题（“四部分 名词解释”，而报告写有相邻的“第三部分”或“第五部分”；接着写成句子的“三部分组成”是正文）也报告；标题或目录条目中紧跟编号的标准标题（决算说明或整体/项目自评报告的提纲标题）丢了首字的（“五、他重要事项的情况说明”“（二）门整体支出绩效目标”）也报告，余下部分以独立词语开头的（“质量发展”）不报告。带编号的标题整条是提纲标准标题、只有一个字换成了已知的同音字或形近字的（“一、完咸情况”应为“完成情况”）也报告，较短的标准标题只在标题中这样读。标题或目录条目的标题是提纲标准标题、其中某个词在标题内又多写了一遍的（“七、…“三公”经费支出情况决算情况说明”应为“…经费支出决算情况说明”；相邻重复的由 D208 报告），或丢了所说事项的中心词的（“六、2023年度机关运行情况说明”应为“机关运行经费情况说明”；中心词“经费”“资产”列在数据文件中：提纲标题常在“决算”“情况”“支出”上有出入，从不省去中心词），也报告；各标题说明决算（三个以上含“决算”）的列表中，唯一一个把标准标题的“决算”写成“预算”的（“八、政府性基金预算收入支出预算情况”：套用了预算公开的标题；“一般公共预算”“政府性基金预算”等预算名称和“预算绩效”中的“预算”不算，含两个以上这样标题的列表是预算的）也报告；正文标题写对了的目录条目交给 C724 报告。引用文件标题（《…》）中五字以上的标准术语、其中两个字在术语内又多写了一遍的（“《预算管理绩效管理工作考核办法》”应为“预算绩效管理”），也报告；标题中两个词恰好有相同两字的（“《城市管理专项资金管理办法》”），去掉任一处都不构成术语，不报告。文中标明是科目名称的（后接“(项)”“(款)”“(类)”，或前面是科目编码，如“学期教育(项)”“2050201 学期教育”），与分类中恰好一个科目名称只差一个字的，不论是什么字都报告；错字与相邻字组成的两字在分类名称中都没有出现过才算，以分类本身用语组成、词表未收的科目（“其他体育支出”）不报告。表格固定位置上的用语按位置读，不论是什么字：自评表指标级别列的单元格（表格单元格，或只写该词的一行，带不带分值均可，周围有表格的其他级别用语；或整张表压成一行时紧接分值括号前的词，如“产业指标(60分) 数量指标……”；或正文把绩效目标按级别分行写出时，行首的级别用语加冒号，如“产业指标：”，前后几行有以模板其他级别用语开头的同类标签，且没有写着目标的非级别标签，如“经济指标：增长8%”）与模板级别用语只差一处编辑的（“产业指标”应为“产出指标”，“时效指示”），目录条目、标题或表名与公开决算表标准表名只差一处编辑的，或其中预算名称丢了“预算”二字的（“政府性基金财政拨款收入支出决算表”），以及由两个预算名称拼混而成的名称（“政府性经营预算”，不论出现在哪里）或在“财政拨款”前把“预算”写成“决算”的预算名称（“一般公共决算财政拨款”），都报告（T802 常见错别字表中已有的写法，如“一般公共决算”，由 T802 报告一次，本规则不重复报告）。各地模板实际使用的写法（效果指标、时效性指标、收入决算总表、基本支出决算明细表……）都算标准写法，不报告；同样的词出现在正文中（某产业的“产业指标”）不读。

    ## 为什么要改
    表格用语是固定的。术语中的笔误（多来自拼音输入法或 PDF 转换）公开后每个读者都看得见，行名写错还会让表格看起来像在报告别的东西。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T801"
    name = "misspelt-term"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "规范用语疑有错字", "en": "Misspelt standard term"}
    messages = {
        "misspelt": {"zh": "“{wrong}”疑为“{right}”之误", "en": "\"{wrong}\" looks like a misspelling of \"{right}\""},
        "also": {"zh": "同样的错字", "en": "the same slip"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for m, where, copies in grouped(doc, ctx, "misspellings"):
            if opens_the_text(doc, where) and not copies and ends_a_known_word(m.text):
                continue  # an excerpt that opens inside a word: its start is the cut's
            if (not copies and len(m.text) < len(m.suggestion) and m.suggestion.startswith(m.text[:-1])
                    and runs_to_the_end(doc, where)):
                continue  # a copy that stopped inside a word (经费支 of 经费支出): its end is the cut's
            yield self.diagnostic("misspelt", where, wrong=m.text, right=m.suggestion,
                                  related=[(loc, "also") for loc in copies])
        for cut in [*cut_part_heads(doc), *bare_part_heads(doc)]:
            if isinstance(cut, BarePartHead) and starts_the_text(doc, cut.source.locate(cut.start, cut.end)):
                continue  # ``二部分 …`` opening the text: the copy began after its 第
            yield self.diagnostic("misspelt", cut.source.locate(cut.start, cut.end), wrong=cut.text, right=cut.whole)
        found = list(grouped(doc, ctx, "misspellings"))
        reported = {(where.line, m.text) for m, where, _copies in found}
        # the lines the near-miss reader reported on (a copy too): a heading's title read whole
        # again below is the same slip
        lines = {loc.line for _m, where, copies in found for loc in (where, *copies)}
        from perflint.extract.marked_terms import (  # this rule's alone
            account_name_slips,
            confused_heading_titles,
        )

        for title in [*cut_heading_titles(doc), *headless_heading_titles(doc)]:
            where = title.source.locate(title.start, title.end)
            if title.term.endswith(title.text) and opens_the_text(doc, where):
                continue  # a title that lost its head where the excerpt opens: the cut took it
            if (where.line, title.text) not in reported:
                yield self.diagnostic("misspelt", where, wrong=title.text, right=title.term)
        for title in [*cut_table_entries(doc), *cut_note_entries(doc)]:
            where = title.source.locate(title.start, title.end)
            if where.line not in lines:  # (a title the near-miss reader read cut already)
                lines.add(where.line)
                yield self.diagnostic("misspelt", where, wrong=title.text, right=title.term)
        from perflint.extract.cited_titles import retyped_pieces
        from perflint.extract.part_heads import garbled_heading_titles
        joined_texts = joined(doc, ctx)
        items = texts(doc)
        for piece in retyped_pieces(joined_texts.joined):
            index, offset = joined_texts.place(piece.start)
            where = items[index].text.locate(offset, offset + piece.end - piece.start)
            if where.line not in lines:
                lines.add(where.line)
                yield self.diagnostic("misspelt", where, wrong=piece.written, right=piece.term)

        for slip in [*confused_heading_titles(doc), *account_name_slips(doc), *garbled_heading_titles(doc)]:
            where = slip.source.locate(slip.start, slip.end)
            if where.line not in lines:
                lines.add(where.line)
                yield self.diagnostic("misspelt", where, wrong=slip.text, right=slip.term)
        # the fixed words of the forms' positions: a 自评表's level cells, a 决算 table's title, a
        # budget's name blended from two (the line may hold another slip: told by the columns)
        from perflint.extract.form_words import (
            blended_budget_names,
            labelled_level_slips,
            level_cell_slips,
            table_title_slips,
            weighted_level_slips,
        )

        spans = {(where.line, where.column) for _m, where, _copies in found}
        slips = [(s.source.locate(s.start, s.end), s.text, s.term)
                 for s in [*level_cell_slips(items, joined_texts), *weighted_level_slips(items, joined_texts),
                           *labelled_level_slips(items, joined_texts), *table_title_slips(items, joined_texts)]]
        for start, end, written, meant in blended_budget_names(joined_texts.joined):
            index, offset = joined_texts.place(start)
            slips.append((items[index].text.locate(offset, offset + end - start), written, meant))
        # a slip T802's list tells already (一般公共决算 of 一般公共决算财政拨款): one finding, not two
        typos = list(grouped(doc, ctx, "typos")) if slips else []
        for where, written, meant in slips:
            if (where.line, where.column) in spans or (where.line in lines and _covered(where, found)):
                continue
            if meant.endswith(written) and opens_the_text(doc, where):
                continue  # ``入决算表`` opening an excerpt: the copy began inside ``二、收入决算表``
            if typos and _covered(where, typos):
                continue
            spans.add((where.line, where.column))
            yield self.diagnostic("misspelt", where, wrong=written, right=meant)


def _covered(where, found) -> bool:
    """Whether a finding of the near-miss reader already lies inside ``where`` (the same slip)."""
    for _m, at, copies in found:
        for loc in (at, *copies):
            if loc.line == where.line and where.column <= loc.column <= (where.end_column or where.column):
                return True
    return False
