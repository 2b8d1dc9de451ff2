"""B307: instruction text of the blank form left in the report."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.text_index import text_index
from perflint.extract.wording import text_facts
from perflint.model import Document, Location
from perflint.text.normalise import compact

from ._facts import texts, texts_with


class TemplateInstructionLeft(Check):
    """## What it does
    Finds instruction text of the blank forms that was left in the report:
    `（参考样表）`, `…根据部门实际进行调整细化`, `参照部门预算公开的范围、体例和内容进行公开`,
    `填写说明`, `请填写…`, the blank report's label of itself (`（参考提纲）`), and the word limit
    a section heading of the template still carries (`摘要（2000字以内）`), or the note to the writer in
    a numbered heading's bracket: what to write there (`三、绩效目标完成情况（对照年度绩效目标逐项说明
    完成情况）`, `1.项目资金到位情况分析（说明各级资金到位情况）`), what a unit must do (`（无此项支出的
    部门应公开空表并作出说明）`), a word limit after such a note (`（针对存在的问题提出改进措施，200字
    以内）`), or a bracket telling the writer what to fill in where the answer belongs
    (`（填写偏差原因）`), or the outline's note on what a section holds after a numbered heading
    (`（一）项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。`, every item a kind of
    content, none a fact of the unit's own); a bracket that says what the section holds (`（涉密）`,
    `（按支出性质分类）`) is no note. A bracketed note to the unit among the contents list's entries
    (`（注：请单位根据实际注明页码）`) is read too, though the entries themselves are not, and so is
    the same note on a line of its own without its brackets (`注：请部门根据实际注明页码`). The title of a document of
    notes a unit writes (`2023年度部门决算填报说明`, with or without an aside after it, `（汇总）`)
    is no such label and is left alone. So is a paragraph made only of the blank report's yes/no
    questions (two or more `…是否…？`, perhaps after the slot's label: `其他需要说明的问题：项目资金
    是否按时足额到位？资金使用是否合规？`), left where the answer belongs; a question answered
    (`…到位？是。`) or a form's 评价要点 cell is no such checklist. One instruction left in many
    places of one report (a `【模板】` mark on each page) is one finding at its first place,
    with the others listed as related lines.

    ## Why is this bad?
    The instructions tell the unit how to fill the form; left in, they show the report was
    not finished, and they often do not fit the unit (a county unit told about 市委市政府).

    ## Example
    ```text
    整体支出绩效评价评分表（参考样表）
    ```

    ## Use instead
    ```text
    整体支出绩效评价评分表
    ```
    """

    doc_zh = """## 它检查什么
    查找留在报告里的空白表格说明文字：“（参考样表）”“……根据部门实际进行调整细化”“参照部门预算公开的范围、体例和内容进行公开”“填写说明”“请填写……”，空白报告对自身的标注（“（参考提纲）”），以及模板小标题后仍保留的字数要求（“摘要（2000字以内）”），编号标题后括号里写给填报人的说明：这里写什么（“三、绩效目标完成情况（对照年度绩效目标逐项说明完成情况）”“1.项目资金到位情况分析（说明各级资金到位情况）”）、单位应做什么（“（无此项支出的部门应公开空表并作出说明）”），或说明后的字数要求（“（针对存在的问题提出改进措施，200字以内）”），以及留在应填内容处、告诉填报人填什么的括号（“（填写偏差原因）”），或编号标题后提纲说明本节写什么的话（“（一）项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。”，所列各项都是内容类别，不是本单位的具体事实）；说明本节内容范围的括号（“（涉密）”“（按支出性质分类）”）不是说明文字。目录各条目不检查，但目录中写给填报单位的括号注（“（注：请单位根据实际注明页码）”）也检查，目录后单独成行、不带括号的同一提示（“注：请部门根据实际注明页码”）同样检查。单位自己撰写的说明文件的标题（“2023年度部门决算填报说明”，后面带不带“（汇总）”之类的附注）不是这种标注，不报告。只由空白报告的是非提问组成的段落（两个以上“……是否……？”，前面可有该栏的标签：“其他需要说明的问题：项目资金是否按时足额到位？资金使用是否合规？”），留在应填写回答之处的，同样报告；问题后写了回答的（“……到位？是。”）、自评表“评价要点”单元格中的提问不算。同一说明文字在一份报告中多处出现（如每页都有的“【模板】”），只在第一处报告一次，其余各处列为相关位置。

    ## 为什么要改
    说明文字是告诉单位怎么填表的；留在报告里，说明报告没有完成，而且常常与本单位不符（如县级单位的报告里出现“市委市政府”）。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B307"
    name = "template-instruction-left"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "模板说明文字未删除", "en": "Template instruction left in the report"}
    messages = {
        "left": {
            "zh": "模板说明文字“{phrase}”未删除{more}",
            "en": "template instruction '{phrase}' left in the report{more_en}",
        },
        "also": {"zh": "同一模板说明文字", "en": "the same template instruction"},
        "checklist": {
            "zh": "此处是模板的提问清单（“{first}”……），未作回答：应逐项写明实际情况",
            "en": "the template's checklist of questions ('{first}' …) is left here unanswered: state the facts instead",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        written = texts(doc)
        # one finding per instruction and report, at its first place, naming the others: a
        # form's mark (【模板】) repeated on each of its pages is one thing to delete, not many
        places: dict[tuple[int, str], list[Location]] = {}
        for k in texts_with(doc, ("template_instructions",)):  # the texts that may hold one
            t = written[k]
            for m in t.found.template_instructions:
                if _names_the_document(t.text.value, m) or _inside_a_name(t.text.value, m):
                    continue
                places.setdefault((id(t.part), compact(m.text)), []).append(t.text.locate(m.start, m.end))
        for part, entry in _contents_notes(doc):  # a note the contents list carries (its entries are left out)
            for m in text_facts(entry.text.value).template_instructions:
                places.setdefault((id(part), compact(m.text)), []).append(entry.text.locate(m.start, m.end))
        for (_part, phrase), (first, *rest) in places.items():
            more = f"（本报告另有 {len(rest)} 处）" if rest else ""
            more_en = f" ({len(rest)} more in this report)" if rest else ""
            yield self.diagnostic("left", first, phrase=phrase, more=more, more_en=more_en,
                                  related=[(loc, "also") for loc in rest])
        from perflint.extract.template_text import question_checklist  # (imported on use: cold start)

        index = text_index(doc)  # the texts holding 是否, found in C
        for i in index.holding("是否"):
            t = index.texts[i]
            # a paragraph only: a form's 评价要点 cells are its scoring questions, printed there
            if t.where == "paragraph":
                found = question_checklist(t.text.value)
                if found is not None:
                    yield self.diagnostic("checklist", t.text.locate(found.start, found.end),
                                          first=_first_question(found.text))


def _contents_notes(doc: Document) -> list:
    """The contents list's entries that are notes to the unit, not entries (``（注：请单位根据实际
    注明页码）`` read as an entry where it ends the list), each with its part. The family reads no
    contents entry, a copy of a heading it reads in the body; a note has no heading to be read at."""
    return [(part, entry) for part in doc.parts for entry in part.toc() if _opens_a_note(entry.text.value)]


def _opens_a_note(value: str) -> bool:
    """The text opens with a bracketed note: ``（注：``, ``(注:``."""
    head = value.lstrip()[:3]
    return len(head) == 3 and head[0] in "（(" and head[1] == "注" and head[2] in "：:"


def _first_question(text: str) -> str:
    """The checklist's first question, to name it in the message."""
    end = min((i for i in (text.find("？"), text.find("?")) if i >= 0), default=len(text) - 1)
    return compact(text[:end + 1])


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _inside_a_name(text: str, m) -> bool:
    """``本套决算填报说明附表数据…``: notes named between other words of a sentence (the tables of
    a 决算填报说明, a document units write) are no label of the blank form's notes, which stands
    on its own (``填报说明：1.…``)."""
    phrase = compact(m.text)
    return (phrase.endswith("说明") and 0 < m.start and m.end < len(text)
            and _is_cjk(text[m.start - 1]) and _is_cjk(text[m.end]))


def _names_the_document(text: str, m) -> bool:
    """``2023年度部门决算填报说明``: a short line that ends in the phrase after other words is
    the title of a document of notes, not the blank form's instruction left in; so is such a
    title with an aside after it (``…部门决算填报说明（汇总）``, ``…填报说明 上册``), as long as
    no colon follows to introduce notes (``收入决算表填报说明：1.…`` is the form's label)."""
    value = compact(text).rstrip("。.：:")
    phrase = compact(m.text)
    if not phrase.endswith("说明"):
        return False
    if len(value) <= 30 and value.endswith(phrase) and len(value) > len(phrase) + 1 \
            and not any(p in value for p in "，,；;：:（("):
        return True
    return _title_with_aside(text, m)


def _title_with_aside(text: str, m) -> bool:
    """The phrase ends a name opening the line (two or more characters of it before, no clause
    mark) and an aside in brackets or after a space follows, with no colon."""
    before = text[:m.start].strip()
    after = text[m.end:]
    if len(before) < 2 or len(before) + len(compact(m.text)) > 30 or not _is_cjk(text[m.start - 1]):
        return False
    if any(p in before for p in "，,；;：:。（("):
        return False
    if not after[:1] or after[:1] not in " \u3000\t（(":
        return False
    rest = after.strip()
    return bool(rest) and rest[0] not in "：:" and not any(p in rest for p in "：:。；;")
