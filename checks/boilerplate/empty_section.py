"""B306: a numbered heading with nothing under it."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.part_index import positions
from perflint.extract.report_sections import (
    closing_empty_heading,
    contents_come_back,
    empty_sections,
    unanswered_announcements,
)
from perflint.model import Block, Document, Heading, Paragraph, Table
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

# A label with its figure glued on at the end of the line: a table row read as text, no heading.
# The figures of several columns may run together into one (``会议费12.304.5011.88``), and a
# row of zeros into ``000``: a run of digits no figure is written as (a leading 0 before a digit).
_GLUED_VALUE = lazy_compile(r"[\u4e00-\u9fff）)](?:\d[\d,]*\.\d[\d,.]*|0\d[\d.]*)$")
# A label, a run of blanks (a table's column gap kept as spaces) and one figure ending the line:
# ``2、公务接待费   150000``, ``4.公务用车保有量(辆)   1`` (whole figures of a form in 元 or counts).
_SPACED_VALUE = lazy_compile(r"[^\s\d][ \t\u3000]{2,}[-+]?\d[\d,]*(?:\.\d+)?$")
_ROW_REACH = 8  # lines looked back over for a row with its figures, from a row without any


def _row_with_value(text: str) -> bool:
    """Whether a line reads as a table row with its figure: glued to its label, or apart after
    the blanks of a column gap."""
    return bool(_GLUED_VALUE.search(compact(text)) or _SPACED_VALUE.search(text.rstrip()))
_BARE_CELL = lazy_compile(r"^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|…+|—+|-)$")


def _after_glued_rows(blocks: list[Block], i: int) -> bool:
    """Whether the heading at ``i`` ends a run of headings (or follows the line above such a run)
    one of which carries its row's figures glued to its label: all rows of one flattened table,
    a row left empty among them (``2、培训费`` between ``1、会议费12.304.5011.88`` and
    ``3、差旅费000``)."""
    for j in range(i - 1, max(-1, i - 1 - _ROW_REACH), -1):
        block = blocks[j]
        if not isinstance(block, (Heading, Paragraph)):
            return False
        if _row_with_value(block.text.value):
            return True
        if not isinstance(block, Heading):
            return False
    return False


def _among_cells(blocks: list[Block], i: int) -> bool:
    """Whether the heading is a row label of a table read one cell a line: the line above it
    is a lone figure (``1025.20``, ``0``, ``……``), as no paragraph of prose is, or the last row
    of a table pasted one cell a line (each cell on a line of its own), which ends where rows
    that lost their empty cells no longer line up."""
    before = next((b for b in reversed(blocks[max(0, i - 3):i]) if not isinstance(b, Heading)), None)
    if isinstance(before, Table) and before.rows:
        last = before.rows[-1].cells
        return len(last) > 1 and last[0].line != last[-1].line and bool(_BARE_CELL.match(compact(last[-1].value)))
    return isinstance(before, Paragraph) and bool(_BARE_CELL.match(compact(before.text.value)))


class EmptySection(Check):
    """## What it does
    Finds a numbered heading followed directly by the next heading of the same or a higher
    level, with no paragraph, table or sub-heading between them. Numbered lists announced by
    a colon (`包括：` 1. 2. 3., or `附件：1.…` with the first item on the colon's line), lists of one-line statements
    (a template's analysis heading closed with a full stop, `（二）项目资金使用情况分析。`, is no statement),
    the last heading of a part, a
    heading that says in a closing bracket why nothing follows (`（二）人员情况（涉密）`) or where its
    content is (`三、专项资金主要绩效（附专项资金绩效目标自评表）`),
    row labels of a table read one cell a line (a lone figure, or such a table's last row, just above),
    and numbered rows of a table flattened into lines with the figure glued to the label
    (`2.公务用车运行维护费3.60`, the figures of several columns run together: `1、会议费12.304.5011.88`)
    or standing apart after a column gap of blanks (`2、公务接待费   150000`)
    with the rows without figures among them are left alone, as is a table of contents that lost its 目录
    line: a run of empty headings up to the end of its part, one of whose entries comes back,
    numbered and titled alike, as a heading of the body further on, and a publication's contents of one
    level right under its 目录 line (`…决算公开目录`, then 一、 to 六、 or more, counted from one, with nothing
    under any item; the body need not repeat them). The report's last heading
    is reported too where nothing but the web page's footer follows it (`扫一扫在手机打开当前页`,
    `网站声明 | 联系我们`, `版权所有…`): the page holds the whole report, so nothing was cut off.
    A paragraph of a numbered section that ends by announcing what follows (`…，绩效目标如下：`) and is
    followed straight by the next heading of the section's own or a higher level is reported too: what
    it announced was never written (the report's opening `现将…报告如下：` under its title announces
    the sections themselves, and sub-headings, a table or a paragraph after it are what it announced).

    ## Why is this bad?
    The template asked for this analysis (`专项资金实际使用情况分析`) and the report gives
    none: either the text was lost when the draft was assembled or the section was never
    written.

    ## Example
    ```text
    四、资金使用情况分析
    1、专项资金安排落实、总投入等情况分析
    2、专项资金实际使用情况分析
    3、专项资金管理情况分析
    资金实行专账核算，专款专用。
    ```

    ## Use instead
    ```text
    四、资金使用情况分析
    1、专项资金安排落实、总投入等情况分析
    专项资金 80 万元已于 3 月全部下达。
    2、专项资金实际使用情况分析
    全年支出 78.6 万元，主要用于设备购置。
    3、专项资金管理情况分析
    资金实行专账核算，专款专用。
    ```
    Write the analysis under each heading, or remove the headings that do not apply.
    """

    doc_zh = """## 它检查什么
    查找编号标题后紧跟着同级或更高级的下一个标题、中间没有任何段落、表格或下级标题的情况。以冒号引出的编号列表（“包括：”1. 2. 3.，或第一项就写在冒号后的“附件：1.……”）、逐行一句的陈述列表（以句号结尾的模板分析标题“（二）项目资金使用情况分析。”不算陈述）、一个部分的最后一个标题、在末尾括号里说明为何无内容的标题（“（二）人员情况（涉密）”）或内容所在附件的标题（“三、专项资金主要绩效（附专项资金绩效目标自评表）”），逐格一行读出的表格行名（上方紧挨着一个数字，或这种表格的最后一行），以及表格压成文字后行名与数字连写的编号行（“2.公务用车运行维护费3.60”，几栏数字连成一串：“1、会议费12.304.5011.88”；或行名后隔一段空格写数字：“2、公务接待费   150000”）及夹在其间没有数字的行不报告；丢了“目录”二字的目录（直到本部分末尾的一串空标题，其中某条以相同编号、相近标题在后文正文中再次出现）也不报告；紧接在“目录”行（“……决算公开目录”）之下、从“一、”起连续编号六项以上且各项下都无内容的单层目录（正文不必重复其标题）同样不报告。报告的最后一个标题之后只有网页页脚的（“扫一扫在手机打开当前页”“网站声明 | 联系我们”“版权所有……”），网页载有报告全文、没有截断，也报告。编号小节中以“如下：”结尾的段落，其后紧接着同级或更高级的下一个标题的，也报告：所列内容没有写出（标题之下的开篇语“现将……报告如下：”引出的是各节本身；其后是下级标题、表格或段落的，即是所列内容）。

    ## 为什么要改
    模板要求写这项分析（如“专项资金实际使用情况分析”），报告却什么都没写：要么组稿时丢了文字，要么这一节根本没写。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    在每个标题下写出分析，或删去不适用的标题。
    """

    code = "B306"
    name = "empty-section"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "标题下无内容", "en": "Heading with no content"}
    messages = {
        "empty": {
            "zh": "标题“{heading}”下没有内容，紧接着是“{next}”（第 {line} 行）",
            "en": "heading '{heading}' has no content; '{next}' follows directly (line {line})",
        },
        "footer": {
            "zh": "标题“{heading}”下没有内容，其后即是网页的页脚（第 {line} 行）",
            "en": "heading '{heading}' has no content; the web page's footer follows (line {line})",
        },
        "announced": {
            "zh": "段末写“如下”，其后却没有所列内容，紧接着是下一节“{next}”（第 {line} 行）",
            "en": "the paragraph announces what follows (如下) but nothing follows it: the next section '{next}' "
                  "comes directly (line {line})",
        },
        "see": {"zh": "下一个标题", "en": "next heading"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        closing = closing_empty_heading(doc)
        if closing is not None:
            heading, line = closing
            yield self.diagnostic("footer", heading.text.locate(), heading=compact(heading.text.value), line=line)
        for part in doc.parts:
            for para, nxt in unanswered_announcements(part):
                yield self.diagnostic("announced", para.text.locate(), related=[(nxt.text.locate(), "see")],
                                      next=_shown(nxt), line=nxt.line)
            sections = empty_sections(part)
            if not sections:  # most parts: no index of the part's blocks to make
                continue
            places = positions(part.blocks)
            for heading, nxt in sections:
                at = places[id(heading)]
                if _among_cells(part.blocks, at):
                    continue
                if _row_with_value(heading.text.value) or _row_with_value(nxt.text.value):
                    continue  # `2.公务用车运行维护费3.60`, `2、公务接待费   150000`: rows of a table flattened into lines
                if _after_glued_rows(part.blocks, at):
                    continue  # a row without figures among such rows
                if contents_come_back(doc, part, heading):
                    continue  # a contents that lost its 目录 line: its entries come back as the body's headings
                yield self.diagnostic("empty", heading.text.locate(), related=[(nxt.text.locate(), "see")],
                                      heading=compact(heading.text.value), next=_shown(nxt), line=nxt.line)


def _shown(block: Block) -> str:
    """The next heading as a message shows it: compacted, cut at 24 characters."""
    text = compact(block.text.value)
    return text[:24] + "…" if len(text) > 24 else text
