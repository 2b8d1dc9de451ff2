"""T805: a bracket without its partner ((枫财函〔2024〕25号 with no “)”, 〔201910号, 2019年度)), or a
document number that lost both (某财发202211号)."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import opens_at_the_cut
from perflint.extract.punctuation import (
    BracketSlip,
    bare_document_numbers,
    bracket_family,
    find_bracket,
    unbalanced_brackets,
)
from perflint.model import Document, Location, SourceText
from perflint.text.dates import MalformedYear, glued_periods

from ._facts import joined, texts


def _units(doc: Document, ctx: Context) -> list[tuple[list[SourceText], bool]]:
    """The texts checked one at a time, among those holding a bracket: each paragraph or heading
    alone, each table's cells in reading order together (a cell wrapped over two rows,
    ``(20分*执行`` / ``率)``, balances across them). The flag marks the document's last text,
    which a cut excerpt may end mid-way.

    A unit without a bracket has nothing to report: the units holding one are found from one
    search of the draft's texts joined (most units, and most drafts' tables, hold none)."""
    items = texts(doc)
    if not items:
        return []
    shared = joined(doc, ctx)
    text_joined, starts = shared.joined, shared.starts
    # the document's last unit holds its last text that is a cell or is not blank
    last = len(items) - 1
    while last >= 0 and items[last].where != "cell" and not items[last].text.value.strip():
        last -= 1
    units: list[tuple[list[SourceText], bool]] = []
    at = find_bracket(text_joined)
    while at >= 0:
        k = bisect.bisect_right(starts, at) - 1
        item = items[k]
        first, end = k, k + 1
        if item.where == "cell":  # the table's cells, in reading order: its run of texts
            block = item.block
            while first > 0 and items[first - 1].block is block:
                first -= 1
            while end < len(items) and items[end].block is block:
                end += 1
        units.append(([t.text for t in items[first:end]], first <= last < end))
        at = find_bracket(text_joined, starts[end]) if end < len(starts) else -1
    return units


def _slips(doc: Document, texts: list[SourceText], last: bool,
           ) -> Iterator[tuple[BracketSlip, Location, MalformedYear | None, bool]]:
    """The unit's bracket slips, each with where it is, for a 〔 that opens a document number
    whose 〕 was lost (``〔20207号``) that number, and whether it stands in running text."""
    joined = "\n".join([t.value for t in texts])
    slips = unbalanced_brackets(joined)
    if not slips:
        return  # most texts and tables: no offsets to map back
    glued = {g.start: g for g in glued_periods(joined) if g.where == "glued_number"}
    prose: dict[int, bool] = {}  # whether each text holding a slip is running text
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t.value) + 1
    # the slips each text holds: more than a writer makes in one text are a flattened table's
    many = Counter(bisect.bisect_right(starts, slip.start) - 1 for slip in slips)
    for slip in slips:
        number = glued.get(slip.start) if slip.kind == "unclosed" else None
        if last and slip.kind == "unclosed" and number is None:
            continue  # the document ends inside the bracket: cut off, not mistyped (a number's 号 ends it)
        k = bisect.bisect_right(starts, slip.start) - 1  # the text the slip is in (a scan was quadratic)
        offset = slip.start - starts[k]
        where = texts[k].locate(offset, offset + (len(number.text) if number is not None else 1))
        if slip.kind == "stray" and opens_at_the_cut(doc, where):
            continue  # the text begins inside the bracket: an excerpt cut below its opening
        running = prose.get(k)
        if running is None:  # once per text: a long one may hold thousands of slips
            running = prose[k] = many[k] <= _MOST_IN_A_SENTENCE and _running_text(texts[k].value)
        yield slip, where, number, running


# More slips than this in one text are no writer's (a table or a page flattened into one line,
# its brackets cut apart): listed in one finding, as a form's labels are.
_MOST_IN_A_SENTENCE = 20

# the marks of a sentence: a text holding one is running text, not a label (财政供养人员情况(人)
_SENTENCE_MARKS = ("。", "，", ",", "；", ";")


def _running_text(value: str) -> bool:
    """Whether ``value`` is running text (a sentence), where each slip is a slip of its own; a
    label without such marks (a form's header, a table's name, ``(万元``) is repeated by the form.
    A garbled text (a mirror's page read one byte off, its readings' brackets lost in the garble)
    is not: its slips are the host's, one finding lists them."""
    if not any(mark in value for mark in _SENTENCE_MARKS):
        return False
    from perflint.text.garbled import garbled

    return not garbled(value)


class UnbalancedBracket(Check):
    """## What it does
    Finds a bracket without its partner: an opening parenthesis, hexagonal bracket 〔 or book
    title mark 《 never closed, or a closing one with nothing open of its kind. Half- and
    full-width marks count alike; a list marker's lone bracket (`1)`) is fine, and so is a marker written twice (`（2）2）`, S606's), a table cell
    wrapped over two rows is read as one, an opening mark typed twice (`((2019年度)`) is
    reported wherever it stands, a document that ends inside another bracket is taken
    as cut off, and so is one that begins inside a bracket (a closing mark on its first line,
    unless that line is a report's title). A mark with a publication's mask (`******`, `××`) in its
    sentence, on the side its partner would stand, is not judged: the mask may hide the partner.
    A slip in running text (a sentence) is reported where it stands, each one: the writer
    must mend each (unless the text is garbled, `?。ㄒ唬`, a mirror's page whose readings lost
    their brackets in the garble: those slips are the host's; or holds more than 20 of them,
    more than any writer makes: a table or page flattened into one line, listed in one finding). In labels (a form's headers, a table's name) one finding per document and
    kind of slip: the same slip repeated through a form (every `(万元` header) is one defect,
    its other places are listed with it. A document
    number whose `〕` was lost (`〔20207号`, its year run into the serial) is named where it
    stands, with how to write it (`〔2020〕7号`).
    A document number whose year lost both its brackets and runs into the serial
    (`某财发202211号` for `某财发〔2022〕11号`) is reported too, where an issuer's code (holding
    财, 政, 发, 办, 函 or 字) leads into the digits.

    ## Why is this bad?
    A document number like ``〔201910号`` or a title like ``2019年度)`` reads as garbled to the
    reviewer, and a missing bracket often means a character or a whole part was lost.

    ## Example
    ```text
    依据《关于做好2024年度绩效自评工作的通知》(某财函〔2024〕25号等文件精神，我局开展了自评。
    本年共完成项目 12 个。
    ```
    The text goes on after the unclosed `(`; a draft that ended inside it would be taken as cut off.

    ## Use instead
    ```text
    依据《关于做好2024年度绩效自评工作的通知》(某财函〔2024〕25号)等文件精神，我局开展了自评。
    本年共完成项目 12 个。
    ```
    """

    doc_zh = """## 它检查什么
    查找不配对的括号：左括号、六角括号“〔”或书名号“《”没有闭合，或右括号前没有同类的左括号。半角、全角一样对待；列表序号单独的括号（“1)”）没有问题，序号写了两遍的（“（2）2）”，S606 报告）也不算右括号不配对；跨两行的表格单元格视为一个；左括号重复输入的（“((2019年度)”）无论在哪里都报告；文档在其他括号内结束的，或开头第一行（报告标题除外）即是右括号、前面的左括号在截取范围之外的，视为被截断。句中在应有配对符号的一侧有公开时的遮盖符（“******”“××”）的，不作判断：配对的符号可能被遮盖了。正文句子中的错误逐处报告：每一处都要改（文字是乱码的除外，如“?。ㄒ唬”、转载网站注音的括号被乱码吞掉：那是网站造成的；一段文字中超过 20 处的也除外，那不是作者逐处写错，而是表格或页面被压成了一行，合为一条列出各处）。标签（表头、表名）中的，每份文档每种错误只报告一次：同一错误在表格中反复出现（每个“(万元”表头）算一处缺陷，其他位置附在该提示中。文号丢了“〕”、年份与序号连在一起的（“〔20207号”），在各自的位置报告，并给出正确写法（“〔2020〕7号”）。文号的年份两边的六角括号都丢了、年份与序号连在一起的（“某财发202211号”应为“某财发〔2022〕11号”），在发文机关代字（含“财”“政”“发”“办”“函”“字”之一）紧接数字时也报告。

    ## 为什么要改
    “〔201910号”这样的文号、“2019年度)”这样的标题，在审核人看来是乱码；缺括号还常常意味着丢了字甚至丢了一部分内容。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T805"
    name = "unbalanced-bracket"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "括号不配对", "en": "Unbalanced bracket"}
    messages = {
        "unclosed": {"zh": "括号不配对：“{mark}”没有对应的右括号{more}",
                     "en": "unbalanced bracket: '{mark}' is never closed{more_en}"},
        "stray": {"zh": "括号不配对：“{mark}”前没有对应的左括号{more}",
                  "en": "unbalanced bracket: nothing opens the '{mark}'{more_en}"},
        "doubled": {"zh": "括号不配对：左括号“{mark}”重复输入，多出的一个没有闭合{more}",
                    "en": "unbalanced bracket: '{mark}' typed twice, one is never closed{more_en}"},
        "bare_number": {"zh": "文号“{number}”的年份缺少六角括号，与序号连在一起：应写作“{fixed}”",
                        "en": "document number '{number}' lost the brackets round its year, which runs into "
                              "the serial: write '{fixed}'"},
        "glued_number": {"zh": "文号“{number}”缺少“〕”，年份与序号连在一起：应写作“{fixed}”",
                         "en": "document number '{number}' lost the 〕 after its year, which runs into the serial: "
                               "write '{fixed}'"},
        "also": {"zh": "同样的括号问题", "en": "the same bracket slip"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        groups: dict[tuple[str, str], list[tuple[BracketSlip, Location]]] = {}
        for unit, last in _units(doc, ctx):
            for slip, where, number, running in _slips(doc, unit, last):
                if number is not None:  # 〔20207号: the number named, each where it stands
                    digits = "".join(ch for ch in number.text if ch.isdigit())
                    yield self.diagnostic("glued_number", where, number=number.text.strip(),
                                          fixed=f"〔{digits[:4]}〕{digits[4:]}号")
                    continue
                if running:  # a slip in a sentence is the writer's, each where it stands
                    yield self.diagnostic(slip.kind, where, mark=slip.mark, more="", more_en="")
                    continue
                groups.setdefault((slip.kind, bracket_family(slip.mark)), []).append((slip, where))
        for (kind, _family), found in groups.items():
            (first, where), rest = found[0], found[1:]
            more = f"（另有 {len(rest)} 处同样问题）" if rest else ""
            more_en = f" ({len(rest)} more like it)" if rest else ""
            yield self.diagnostic(kind, where, mark=first.mark, more=more, more_en=more_en,
                                  related=[(loc, "also") for _s, loc in rest])
        yield from self._bare_numbers(doc, ctx)

    def _bare_numbers(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """Document numbers whose year lost both brackets: searched in the draft's texts joined
        (most drafts hold none)."""
        shared = joined(doc, ctx)
        if "号" not in shared.joined:
            return
        items = texts(doc)
        for found in bare_document_numbers(shared.joined):
            k, offset = shared.place(found.start)
            where = items[k].text.locate(offset, offset + found.end - found.start)
            number = found.code + found.year + found.serial + "号"
            fixed = f"{found.code}〔{found.year}〕{found.serial}号"
            yield self.diagnostic("bare_number", where, number=number, fixed=fixed)
