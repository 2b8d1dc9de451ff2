"""B304: template slots left unfilled — alternatives, ××, blank dates, blank scores, no box ticked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import in_cut_sentence, is_excerpt, runs_to_the_end
from perflint.extract.form_answers import blank_label_cells, is_result_label, may_hold_blank_label
from perflint.extract.template_text import (
    blank_cover_fields,
    blank_repeated_totals,
    blank_total_rows,
    blank_value_labels,
    option_set_value,
    repeats_filled_total,
    unticked_choice_line,
    unticked_choice_rows,
)
from perflint.facts import facts_of
from perflint.model import Document, Paragraph, SelfEvaluation, Table, TocEntry
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

from ._facts import form_facts, texts, texts_with

# A contact detail masked for publication (联络电话 ×××××××) is not a template slot.
_CONTACT_LABEL = lazy_compile(r"(?:电话|手机|联系方式|身份证号?码?|邮箱)[:：]?[\s×xX*＊\d()（）\-－]*$")
# ``项目负责人及电话 刘洋×××××××××××``: a person's name between the label and a number masked
# whole (a landline's 7 or 8 digits, a mobile's 11), not a short slot
_NAMED_CONTACT = lazy_compile(r"(?:电话|手机|联系方式)[:：]?\s*[\u4e00-\u9fff]{2,4}\s*$")
_MASKED_NUMBER = lazy_compile(r"[×xX*＊]{7,}")


class UnfilledTemplate(Check):
    """## What it does
    Finds template slots that were never filled in:
    - both words of a choice left in: `增加(减少)`, `增长(下降)`, `小于(大于)`, or the other one as a
      bracketed option, `小于预算数(或与预算数持平)`; one word kept in the template's brackets
      (`较上年(减少)16.23万元`) is a warning: the choice is legible, its brackets are residue; so
      is a change choice over a change of 0 (`增加(减少)0万元`, `增长(下降)0%`: the sentence reads
      the same with either word); so is the unit's name typed into the template's `部门（单位）` with 单位 kept (`部门(某中学)(单位)职责`);
      a 定性 indicator's target or actual left as the template's list of options (`好坏`, `是/否`,
      `达成/未达成`), a warning, also in a row broken over two lines, after the cell that marks
      the indicator 定性 (`健全性 | 定性 | 好坏 |`);
    - placeholder marks: `××`, `XX`, `＊＊` (not a contact number masked for publication, after its
      label or after the name of the person it belongs to: `项目负责人及电话 王某×××××××××××`),
      or a target's comparison with no figure (`≥**个`,
      `(≥**%)`: the template's slot, read as `≥个`; not a link's arrow a host put where the
      figure stood, `点击查看>> 万元`); the same mark in three places or more (`20xx年` for every
      year, `XX市` for every name: a site masking its copy, or a sample) is a warning, and so is a
      `20xx` in a text that names no year in digits anywhere (its years masked too); a slot in brackets right after an
      indicator's name (`圈舍面积(≥**平方米)`, an indicator library's label form whose target
      goes in a column of its own) is a warning; the template's name slot in brackets
      (`填报单位：（单位名称）`, `（项目名称）`), or left bare in a part heading where the unit
      names itself (`第一部分 部门名称概况`, `第一部分：部门(单位)名称概况`); the template's ellipsis left as a clause's whole
      answer (`主要用于……。`) or between two of its words (`按……据实结算`), a warning (not in a
      cited title, `《关于……的通知》`, nor a contents line's run of dots); a document number's
      slots never filled in, the issuer's X and the sequence number (`X财农〔2021〕号`, or in
      square brackets after the issuer's code, `某财评[2018] 号`);
    - a date of the form with no digits: `年  月  日` (a warning: a signed paper copy is dated by
      hand, and a scan or extracted text loses the handwriting), or the form's year slot under its
      title, the century printed and the year never typed in (`（20  年度）`, a warning), or a
      report title's year slot left empty, the unit's name running into 年度 (`示范县司法局年度部门决算`,
      `某局____年度部门整体支出绩效自评报告`; not `本年度`, `财政年度`), a warning;
    - a unit whose figure is missing: `年初结转和结余万元`, `增长%`, or a fill-in line before it
      (`项目支出____万元`, `执行率＿＿%`; one in the sentence the text stops in, `控制率%` where a
      copy stopped before a flattened form's figures, is a warning); a figure typed both before and
      after 为 in a quantity's template sentence; a count with a blank where its figure belongs
      (`独立核算单位共 个`, `在职人员 人，`; not `个人`, `人员`, nor a header cell naming its unit), or
      a works target's figure left out with no blank before the measure of what is built
      (`完成道路建设座；`, a warning: a page may drop a figure too; not `建设处`, `建设条件`) (`保有量0为0辆`, a warning); a narrative's score
      with no figure (`评价得分为（  ）分`, `自评得分    分`, the form's `总分：    分`, and its weight slots, `产出指标（  分）` in the label cell) or announced with the grade and given only
      the grade (`评价得分及绩效等级为（良）`), a warning;
    - the 总分 above a 自评表 left blank (`总分：`);
    - a contents whose entries give their page as the template's empty brackets
      (`一、部门概况......()`; one warning, with the count), or every entry of a contents given one
      page (`一、概况......(1)`, `二、决算表......(1)`…: five entries or more over a body longer than
      they could share a page with, or ten or more however much of the body an excerpt kept; one
      warning, with the count);
    - the budget row's 得分 left blank beside its 分值 and a filled 执行率 (a warning: a cell
      lost on the way to text looks the same);
    - the budget row's 执行率 left blank: its cell empty between a filled 执行数 and a filled
      得分 in a row that lines up with its header, or, in text, the row gives one figure fewer
      than its header's six columns (`880 880 880 10 10`), none a percentage, and no reading
      puts 执行数 / 预算数 among them (a warning);
    - an indicator's 得分 (and often its 完成值) left blank beside its 分值 / 权重 (a warning,
      for the same reason);
    - the form's 合计 / 总分 row with its 分值 total (100, or the weights' sum) and its 得分
      cell empty, the row lined up with the indicator rows above it (a warning);
    - 项目类别 / 项目属性 / 项目类型 with every box unticked (`□`; a warning: a tick is often a
      symbol-font glyph that a PDF's or a web page's text loses);
    - `绩效自评综合得分` / `评价等次` with nothing beside them; a blank header field (`主管部门`,
      `实施单位`, `项目支出总额` …), or a row of the transfer-payment form's 资金管理情况 block that
      asks for a 情况说明 (`分配科学性`, `下达及时性`, `支出责任履行情况` …) left bare, is a warning: the unit may be its own 主管部门, a department may
      have had no project spending, a web table's merged cell may have lost its value; so is a report's
      cover written as `label value` lines with one field's line holding its label only (`项目单位 某市河道管理处` /
      `主管部门` / `评价方式:部门绩效自评`);
    - a table's `合计` row written a second time right after the filled one, holding nothing but
      its label (a warning: a row left over from the template, or a total never filled in).
    - a table's `合计` row written with its cells and every one empty, while the other rows fill
      a column of counts or amounts (a 决算 table of the units or staff it covers; a warning: not
      a column of codes, 序号 or rates, nor a text that stops in the total row).

    ## Why is this bad?
    The published report reads as a blank form: the reader cannot tell whether the figure
    increased or decreased, when the report was signed, or what grade the unit gave itself.

    ## Example
    ```text
    较上年增加(减少)0.00万元，增长(下降)0%。
    评价组组长（签字）：        年    月    日
    ```

    ## Use instead
    ```text
    与上年持平。
    评价组组长（签字）：        2024 年 3 月 18 日
    ```
    """

    doc_zh = """## 它检查什么
    查找从未填写的模板空位：
    - 二选一的词都留着：“增加(减少)”“增长(下降)”“小于(大于)”，或把另一种写成括注选项：“小于预算数(或与预算数持平)”；只在模板括号里留下一个词的（“较上年(减少)16.23万元”）为 warning：选择看得出来，只是括号没删；增减选择项后面的变动数为 0 的（“增加(减少)0万元”“增长(下降)0%”）也是 warning：变动为 0，用哪个词意思都一样；把单位名称填进模板“部门（单位）”的括号、又留下“（单位）”的（“部门(某中学)(单位)职责”）同样为 warning；定性指标的指标值或完成值照抄模板的全部选项（“好坏”“是/否”“达成/未达成”）的，为 warning，断成两行的指标行中标为“定性”的单元格之后出现的也算（“健全性 | 定性 | 好坏 |”）；
    - 占位符：“××”“XX”“＊＊”（公开时隐去的联系电话除外：紧跟在标签后，或跟在该标签所问的人名之后，如“项目负责人及电话 王某×××××××××××”），或指标值只有比较符号没有数字（“≥**个”“(≥**%)”，模板的空位，读作“≥个”；网站在数字处放的链接箭头“点击查看>> 万元”不算）；同一占位符在全文出现三处及以上的（每个年份都写“20xx年”、每个名称都写“XX市”：网站转载时统一隐去，或是范文），为 warning，全文没有一处用数字写出年份而出现“20xx”的也是（年份都被隐去了）；紧跟在指标名称后、写在括号里的空位（“圈舍面积(≥**平方米)”，指标库的名称写法，指标值另有一栏）为 warning；括号里的模板名称空位（“填报单位：（单位名称）”“（项目名称）”），或部分标题中本应写单位名称处留着的模板字样（“第一部分 部门名称概况”“第一部分：部门(单位)名称概况”）；留作一个分句全部内容的省略号（“主要用于……。”）或夹在分句两个词之间的省略号（“按……据实结算”），为 warning（引用的文件名“《关于……的通知》”中的省略、目录的点线不算）；文号中未填的发文机关代字 X 和序号（“X财农〔2021〕号”，或发文机关代字后用方括号的“某财评[2018] 号”）；
    - 没有数字的落款日期：“年  月  日”（warning：纸质签字件的日期常为手写，扫描件或提取的文字会丢失手写内容），或表头印好世纪、年份未填的年度栏（“（20  年度）”，warning），或报告标题的年份栏空着、单位名称直接接“年度”的（“示范县司法局年度部门决算”“某局____年度部门整体支出绩效自评报告”；“本年度”“财政年度”不算，warning）；
    - 有单位没有数字：“年初结转和结余万元”“增长%”，或单位前留着填空横线（“项目支出____万元”“执行率＿＿%”；位于全文最后一句（摘录在此截断）的，如摘录止于平铺表格的“控制率%”、其后的数字已被截去，作 warning）；数量留了空白、只剩量词（“独立核算单位共 个”“在职人员 人，”；“个人”“人员”等词和表头中的计量单位不算），或工程目标的数量漏填、建设类动词后直接接计量单位的（“完成道路建设座；”，warning：网页丢失数字也是这样；“建设处”“建设条件”不算）；数量的模板句中同一数字在“为”前后各填一次（“保有量0为0辆”，warning）；正文的得分没有数字（“评价得分为（  ）分”“自评得分    分”、表头的“总分：    分”，以及表内标签格中未填的分值“产出指标（  分）”），或模板句同时要求得分和等级、只填了等级（“评价得分及绩效等级为（良）”），warning；
    - 自评表上方的“总分：”空着；
    - 目录条目的页码只留着模板的空括号（“一、部门概况......()”；warning，报一次并给出条数），或目录各条目都写同一页码（“一、概况......(1)”“二、决算表......(1)”……：五条以上而正文之长远非一页所能容纳，或十条以上而不论摘录保留了多少正文；warning，报一次并给出条数）；
    - 预算执行行填了分值和执行率、得分却空着（warning：转成文字时丢失的单元格看起来也一样）；
    - 预算执行行的执行率空着：与表头逐栏对齐的行中，执行数和得分都已填写、执行率一栏为空；或在文字中，该行比表头的六栏少一个数字（“880 880 880 10 10”），没有百分数，且无论怎样对齐都找不到等于执行数/预算数的执行率（warning）；
    - 指标行有分值（权重），得分（常连同完成值）却空着（warning，理由同上）；
    - 自评表的“合计”“总分”行填了分值合计（100，或各指标分值之和），得分栏却空着，且该行与上方指标行逐栏对齐（warning）；
    - “项目类别”“项目属性”“项目类型”的方框（□）一个都没勾（warning：勾选符号常是符号字体的字形，PDF 或网页转成文字时会丢失）；
    - “绩效自评综合得分”“评价等次”后面什么都没写；表头栏目（“主管部门”“实施单位”“项目支出总额”等）或转移支付自评表“资金管理情况”中要求写情况说明的一行（“分配科学性”“下达及时性”“支出责任履行情况”等）空着的为 warning：单位可能就是自己的主管部门，部门可能当年没有项目支出，网页表格的合并单元格也可能在转成文字时丢了内容；报告封面逐行写“栏目 内容”、其中一行只有栏目名（“项目单位 某市河道管理处”“主管部门”“评价方式:部门绩效自评”）的，同样为 warning；
    - 表中已填写的“合计”行之后又出现一行“合计”，除行名外什么都没有（warning：可能是模板多留的行，也可能是漏填的合计）。
    - 表中“合计”行各栏都在却全部空着，而其他各行在某一栏填有数量或金额（如决算说明中的机构数、人员数表；warning：编码、序号、比率栏不算，文字在合计行处截断的也不算）。

    ## 为什么要改
    公开的报告读起来像一张空白表：读者看不出数字是增是减、报告何时签署、单位给自己评了什么等次。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B304"
    name = "unfilled-template"
    family = "boilerplate"
    severity = Severity.error
    title = {"zh": "模板内容未填写", "en": "Template slot left unfilled"}
    messages = {
        "alternative": {
            "zh": "模板选择项未选定：{items}",
            "en": "template alternatives left unresolved: {items}",
        },
        "placeholder": {
            "zh": "占位符“{items}”未替换为实际内容",
            "en": "placeholder '{items}' was never replaced",
        },
        "blank_date": {
            "zh": "日期“{items}”未填写",
            "en": "date '{items}' left blank",
        },
        "title_year": {
            "zh": "标题的年份未填写：“{items}”前没有年份",
            "en": "the title's year left blank: no year before '{items}'",
        },
        "filled_twice": {
            "zh": "“{items}”：同一数字在“为”前后各填了一次，模板空位填了两遍",
            "en": "'{items}': the same figure is typed both before and after 为, the template's slot filled twice",
        },
        "slot": {
            "zh": "“{items}”缺少数值",
            "en": "'{items}' has no figure",
        },
        "header_total": {
            "zh": "“{title}”表头总分未填写{bottom}",
            "en": "the 总分 above '{title}' is blank{bottom_en}",
        },
        "budget_score": {
            "zh": "“{item}”预算执行得分未填写（分值 {weight}，执行率 {rate}）",
            "en": "the budget-execution score of '{item}' is blank (weight {weight}, execution rate {rate})",
        },
        "total_blank": {
            "zh": "自评表“{label}”行的得分未填写（分值合计 {weight}）",
            "en": "the score of the form's '{label}' row is blank (weights total {weight})",
        },
        "rate_blank": {
            "zh": "“{item}”的执行率未填写（预算数 {budget}，执行数 {actual}）",
            "en": "the execution rate of '{item}' is blank (budget {budget}, spent {actual})",
        },
        "indicator_blank": {
            "zh": "指标“{name}”的{cells}未填写（分值 {weight}）",
            "en": "the {cells_en} of indicator '{name}' left blank (weight {weight})",
        },
        "unticked": {
            "zh": "“{label}”的选项均未勾选（{rows}）",
            "en": "no box is ticked in '{label}' ({rows_en})",
        },
        "blank_label": {
            "zh": "“{label}”未填写",
            "en": "'{label}' is left blank",
        },
        "contents_page_slot": {
            "zh": "目录中{count}个条目的页码只留着空括号“()”（首条：“{title}”），目录未填写完成",
            "en": "{count} contents entries give their page as empty brackets '()' (first: '{title}'): the contents was never filled in",
        },
        "contents_same_page": {
            "zh": "目录中{count}个条目的页码都是第{page}页（首条：“{title}”），这么多部分不可能在同一页，目录页码未按正文更新",
            "en": "all {count} contents entries give page {page} (first: '{title}') : so many sections never share one page, the contents was never paged",
        },
        "indicator_slot": {
            "zh": "模板占位行“{items}”未填写指标也未删除{more}",
            "en": "template indicator slot '{items}' was neither filled in nor deleted{more_en}",
        },
        "blank_total": {
            "zh": "表中“{label}”行重复出现，第二行没有任何数字：是多留的空行，还是漏填了？",
            "en": "the '{label}' row appears twice in the table and the second one holds no figure: "
                  "a row left over from the template, or one never filled in?",
        },
        "total_row_blank": {
            "zh": "表中“{label}”行各栏均未填写，而其他各行的“{column}”栏填有数字",
            "en": "every cell of the table's '{label}' row is blank, while the other rows fill the '{column}' column",
        },
        "see_column": {"zh": "已填数字的栏目", "en": "the column the rows fill"},
        "see_total": {"zh": "表内总分", "en": "the total in the table"},
        "see_filled_total": {"zh": "已填写的合计行", "en": "the filled total row"},
        "see_row": {"zh": "同样未勾选", "en": "also unticked"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        written = texts(doc)
        slotted = texts_with(doc, _SLOT_FINDERS)  # the texts that may hold a slot (about half)
        yield from self._text_slots(doc, written, slotted)
        yield from self._contents_slots(doc)
        yield from self._indicator_slots(doc, slotted)
        reported: set[int] = set()  # the cells of indicators left at the template's options
        yield from self._forms(doc, ctx, reported)
        yield from self._option_rows(doc, reported)
        yield from self._tables(doc)

    def _text_slots(self, doc: Document, written: list, slotted: list[int]) -> Iterator[Diagnostic]:
        masked: frozenset[str] | None = None  # the marks the page writes throughout: asked at a placeholder (rare)
        for k in slotted:
            t = written[k]
            value = t.text.value
            seen = t.found
            found = seen.placeholders
            if found:
                previous = written[k - 1].text.value if k else ""  # the text before (any text)
                before = compact(previous)
                # the first text of an excerpt opening on a masked value (×××××××): its label
                # (联络电话) may be the line above the cut
                opens = not previous and is_excerpt(t.part)
                slots = [m for m in found if not _masked_contact(before + value[:m.start], m.text)
                         and not (opens and not value[:m.start].strip())]
            else:
                slots = []
            alternatives, blank_dates = seen.template_alternatives, seen.blank_dates
            empty = seen.empty_slots if t.where == "paragraph" else ()
            if t.where == "cell" and "分" in value:
                # a form's weight slot left blank in its label cell (产出指标（  分）): the one slot
                # a cell of the form's head holds by design
                empty = tuple(m for m in seen.empty_slots if m.kind == "score_slot")
            twice = seen.slots_filled_twice if t.where == "paragraph" else ()
            if not (alternatives or slots or blank_dates or empty or twice):
                continue  # nearly every text: no list of groups to build
            title_years = ()
            if blank_dates and any(m.kind == "title_year" for m in blank_dates):
                title_years = tuple(m for m in blank_dates if m.kind == "title_year")
                blank_dates = tuple(m for m in blank_dates if m.kind != "title_year")
            groups = [("alternative", alternatives), ("placeholder", slots), ("blank_date", blank_dates),
                      ("title_year", title_years), ("slot", empty), ("filled_twice", twice)]
            for key, found in groups:
                if not found:
                    continue
                items = "、".join(dict.fromkeys(compact(m.text) for m in found))
                if key == "slot":  # the blank is the slot: quote it (单位共 个), not compacted away
                    items = "、".join(dict.fromkeys(_BLANK_RUN.sub(" ", m.text.strip()) for m in found))
                if key == "blank_date":
                    items = found[0].text.strip()
                if key == "title_year":
                    items = compact(found[0].text).strip("_＿") or "年度"
                # a slot in an indicator's name (农村低保人数(≥**人)) is the library's label form, its
                # target typed in a column of its own: residue, likely, not certainly, a blank value
                # half-width stars (********支出) may be a value a site masked on publication: likely
                # a slot left, not certainly
                # an ellipsis (主要用于……) may, rarely, be a writer's elision: likely a slot, not certainly
                if key == "placeholder" and masked is None:
                    masked = _masked_throughout(written, slotted, doc)
                named = key == "placeholder" and all(
                    m.kind in ("named_slot", "star_run", "ellipsis") or (t.where == "cell" and _glued_to_a_name(value, m))
                    or compact(m.text) in masked for m in found)
                # 较上年(减少)16.23万元: the choice kept in the template's brackets is legible;
                # 增加(减少)0万元: a change of 0 reads the same with either word
                named = named or key == "alternative" and all(m.kind in ("kept_choice", "choice_on_zero") for m in found)
                # a signature date is dated by hand on the signed paper copy; its scan or extracted
                # text loses the handwriting, so the blank is likely, not certainly, left unfilled
                named = named or key in ("blank_date", "title_year")
                # 保有量0为0辆: the slot holds a figure, only written twice; which one the template
                # meant is plain, so a warning
                named = named or key == "filled_twice"
                # a conclusion's score slot (评价得分为（  ）分): the figure is missing for sure, but a
                # person must say which score belongs there
                named = named or key == "slot" and all(m.kind == "score_slot" for m in found)
                # 完成道路建设座: a figure left out with no blank, or one a page dropped (a span lost)
                named = named or key == "slot" and all(m.kind == "glued_slot" for m in found)
                # a slot in the sentence the text stops in (``控制率%`` where the copy stopped): a
                # flattened form's figures follow its unit column, and they may be past the cut
                named = named or key == "slot" and all(in_cut_sentence(doc, t.text.locate(m.start, m.end)) for m in found)
                yield self.diagnostic(key, t.text.locate(found[0].start, found[0].end),
                                      severity=Severity.warning if named else None, items=items)

    def _contents_slots(self, doc: Document) -> Iterator[Diagnostic]:
        """A placeholder left in a contents entry (目录: 第二部分 部门名称2023年度部门决算表): the
        reader sees the template's words there too, whether or not the heading itself was filled.
        Only the plain marks of a value left out: an ellipsis or a comparison slot is no entry's."""
        blank_pages: list[TocEntry] = []
        paged: dict[int, list[TocEntry]] = {}  # each part's entries that give a page
        written = facts_of(doc).texts
        for t in written:
            if t.where != "toc":
                continue
            if t.block.page_left_blank:
                blank_pages.append(t.block)
            if t.block.page is not None:
                paged.setdefault(id(t.part), []).append(t.block)
            found = [m for m in t.found.placeholders if m.kind == "placeholder"]
            if found:
                items = "、".join(dict.fromkeys(compact(m.text) for m in found))
                yield self.diagnostic("placeholder", t.text.locate(found[0].start, found[0].end), items=items)
        if blank_pages:
            # page numbers left as the template's empty brackets (一、部门概况......()): one finding, at
            # the first, with the count. A warning: the contents is unfinished, but costs the reader little
            first = blank_pages[0]
            yield self.diagnostic("contents_page_slot", first.text.locate(), severity=Severity.warning,
                                  title=first.title, count=len(blank_pages))
        for part_id, entries in paged.items():
            if len(entries) >= _SAME_PAGE_ENTRIES and len({e.page for e in entries}) == 1 and (
                    len(entries) >= _NEVER_ONE_PAGE
                    or _body_length(written, part_id) >= _ONE_PAGE_CHARACTERS * len(entries) // 2):
                # 一、概况……(1), 二、决算表……(1), 三、情况说明……(1) over a body of many pages: the
                # template's pages never updated. A warning: the contents misleads, the report is whole
                first = entries[0]
                yield self.diagnostic("contents_same_page", first.text.locate(), severity=Severity.warning,
                                      title=first.title, count=len(entries), page=first.page)

    def _indicator_slots(self, doc: Document, slotted: list[int]) -> Iterator[Diagnostic]:
        """``指标2`` rows of the template: one finding per part, at the first, with the count.
        A warning: the slot is certainly template residue, but it costs the reader little."""
        found: dict[int, list] = {}
        written = texts(doc)
        for k in slotted:
            t = written[k]
            for m in t.found.indicator_placeholders:
                if m.text.rstrip().endswith((":", "：")) and runs_to_the_end(doc, t.text.locate(m.start, m.end)):
                    continue  # the text stops at ``指标1:``: the indicator's name, after the colon, is past the cut
                found.setdefault(id(t.part), []).append((t, m))
        for slots in found.values():
            t, m = slots[0]
            more = f"（本部分共 {len(slots)} 处）" if len(slots) > 1 else ""
            more_en = f" ({len(slots)} in this part)" if len(slots) > 1 else ""
            yield self.diagnostic("indicator_slot", t.text.locate(m.start, m.end), severity=Severity.warning,
                                  items=compact(m.text), more=more, more_en=more_en)

    def _option_sets(self, se: SelfEvaluation, reported: set[int]) -> Iterator[Diagnostic]:
        """A 定性 indicator whose target or actual holds the template's list of options (``好坏``,
        ``是/否``): a warning, once per indicator, at the first such cell."""
        for ind in se.indicators:
            for fig in (ind.target, ind.actual):
                if fig is not None and fig.quantity is None and option_set_value(fig.text):
                    reported.add(id(fig.cell.text))
                    yield self.diagnostic("alternative", fig.cell.text.locate(), severity=Severity.warning,
                                          items=compact(fig.text))
                    break

    def _option_rows(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A table row that marks its indicator 定性 (the 指标性质 column) and gives, after that
        cell, the template's list of options (``定性 | 好坏 | 好坏``) where the target or the actual
        belongs: the same unchosen answer, in a form the form reader did not take (a row broken
        over two lines). Screened by the texts holding 定性."""
        from perflint.extract.text_index import text_index

        index = text_index(doc)
        for k in index.holding("定性"):
            t = index.texts[k]
            if t.where != "cell" or t.text.value.strip() != "定性" or not isinstance(t.block, Table):
                continue
            for row in t.block.rows:
                at = next((i for i, c in enumerate(row.cells) if c.text is t.text), None)
                if at is None:
                    continue
                for cell in row.cells[at + 1:]:
                    value = cell.value.strip()
                    if id(cell.text) not in reported and option_set_value(value):
                        reported.add(id(cell.text))
                        yield self.diagnostic("alternative", cell.text.locate(), severity=Severity.warning,
                                              items=compact(value))
                        break
                break

    def _forms(self, doc: Document, ctx: Context, reported: set[int]) -> Iterator[Diagnostic]:
        for facts in form_facts(doc, ctx):
            se = facts.se
            yield from self._budget_scores(se)
            yield from self._indicator_blanks(se)
            yield from self._option_sets(se, reported)
            stated = se.header_total is not None and se.header_total.quantity is not None
            if se.blank_total is not None and se.blank_total_weight is not None and not stated:
                # the 总分 / 合计 row's 得分 cell empty beside its 分值 total: a warning, as for
                # the indicator rows (a cell lost on the way to text looks the same); a form
                # that states its 总分 above the table has given the score a reader looks for
                yield self.diagnostic("total_blank", se.blank_total.text.locate(), severity=Severity.warning,
                                      label=se.blank_total_label or "合计",
                                      weight=compact(se.blank_total_weight.cell.text.value))
            head = se.header_total
            if head is None or head.quantity is not None:
                continue
            label = compact(head.text)
            if label not in ("总分", "总分：", "总分:"):
                continue
            related = []
            bottom = bottom_en = ""
            if se.total is not None and se.total.value is not None:
                loc = se.total.cell.text.locate()
                related.append((loc, "see_total"))
                bottom = f"（表内总分为 {compact(se.total.text)}，第 {loc.line} 行）"
                bottom_en = f" (the table's total is {compact(se.total.text)}, line {loc.line})"
            yield self.diagnostic("header_total", head.cell.text.locate(), related=related,
                                  title=se.title or "自评表", bottom=bottom, bottom_en=bottom_en)

    def _budget_scores(self, se: SelfEvaluation) -> Iterator[Diagnostic]:
        """The budget row's 得分 left blank: its 分值 is a cell of the row and its 执行率 is
        filled, so the form has the column and the score it asks for is weight × rate. A
        warning: a cell lost on the way to text looks the same."""
        for b in se.budget:
            if b.rate_blank and b.budget is not None and b.actual is not None:
                # ``880 880 880 10 10`` under six columns: the 执行率's cell is the one missing
                yield self.diagnostic("rate_blank", b.row.cells[0].text.locate(), severity=Severity.warning,
                                      item=compact(b.item).rstrip("：:") or "年度资金总额",
                                      budget=compact(b.budget.text), actual=compact(b.actual.text))
                return
            if b.role == "part" or b.score is not None or b.weight_figure is None:
                continue
            if b.rate is None or b.rate.quantity is None or b.rate.quantity.kind != "percent":
                continue
            yield self.diagnostic("budget_score", b.weight_figure.cell.text.locate(), severity=Severity.warning,
                                  item=compact(b.item).rstrip("：:") or "年度资金总额",
                                  weight=compact(b.weight_figure.text), rate=compact(b.rate.text))
            return

    def _indicator_blanks(self, se: SelfEvaluation) -> Iterator[Diagnostic]:
        """An indicator row whose 得分 is a blank cell beside its weight (its 完成值 often blank
        too): the form asks for both, and the row counts toward the 总分. A warning: a cell lost
        on the way to text looks the same. Only rows the reader kept with a blank score cell
        (the cell is in the row, empty) are read; a row read without a score column is not."""
        for ind in se.indicators:
            score = ind.score
            if score is None or score.text or ind.weight is None or ind.target is None:
                continue
            actual_blank = ind.actual is not None and not ind.actual.text
            cell = ind.actual.cell if actual_blank else score.cell
            yield self.diagnostic("indicator_blank", cell.text.locate(), severity=Severity.warning,
                                  name=ind.name or compact(ind.target.text),
                                  cells="完成值和得分" if actual_blank else "得分",
                                  cells_en="result and score" if actual_blank else "score",
                                  weight=f"{ind.weight.normalize():f}")

    def _tables(self, doc: Document) -> Iterator[Diagnostic]:
        seen: set[int] = set()
        previous = None
        for _, block in doc.blocks():
            table, previous = previous, block
            if isinstance(block, Paragraph) and isinstance(table, Table) and len(block.text.value) < 8:
                filled = repeats_filled_total(table.rows, block.text.value)
                if filled is not None:  # 合计 alone on a line after the table that ends with it filled
                    yield self.diagnostic("blank_total", block.text.locate(), severity=Severity.warning,
                                          label=compact(block.text.value),
                                          related=[(filled.non_empty[0].text.locate(), "see_filled_total")])
            if isinstance(block, Paragraph) and (label := unticked_choice_line(block.text.value)):
                yield self.diagnostic("unticked", block.text.locate(), severity=Severity.warning,
                                      label=label, rows=label, rows_en=label)
            if not isinstance(block, Table):
                continue
            text = "".join([cell.value for row in block.rows for cell in row.cells])  # asked twice below
            unticked = unticked_choice_rows(block.rows, text)
            if unticked:
                first_row, _ = unticked[0]
                labels = "、".join(label for _, label in unticked)
                related = [(row.cells[0].text.locate(), "see_row") for row, _ in unticked[1:]]
                # a tick is often a symbol-font glyph (Wingdings ☑) that a PDF's or a web page's
                # text loses, leaving the bare boxes: likely, not certainly, left unticked
                yield self.diagnostic("unticked", first_row.cells[0].text.locate(), related=related,
                                      severity=Severity.warning, label=unticked[0][1], rows=labels, rows_en=labels)
            for row, filled in blank_repeated_totals(block.rows):
                cell = row.non_empty[0]
                yield self.diagnostic("blank_total", cell.text.locate(), severity=Severity.warning,
                                      label=compact(cell.value),
                                      related=[(filled.non_empty[0].text.locate(), "see_filled_total")])
            for row, column in blank_total_rows(block.rows) if ("合" in text or "总计" in text) else ():
                cell = row.cells[0]
                if runs_to_the_end(doc, row.cells[-1].text.locate()):
                    continue  # the text stops in the total row: its figures may be past the cut
                yield self.diagnostic("total_row_blank", cell.text.locate(), severity=Severity.warning,
                                      label=compact(cell.value), column=compact(column.value),
                                      related=[(column.text.locate(), "see_column")])
            for i in range(len(block.rows) if may_hold_blank_label(text) else 0):
                for cell in blank_label_cells(block.rows, i):
                    seen.add(cell.text.locate().line)
                    if _cut_after(doc, cell):
                        continue  # the text stops at the label: its value is past the cut
                    yield self._blank_label(cell)
        for part in doc.parts:  # forms written one cell per line: "主管部门 |" then an empty "|"
            for cell in [*blank_value_labels(part), *blank_cover_fields(part)]:
                if cell.text.locate().line not in seen:
                    seen.add(cell.text.locate().line)
                    if _cut_after(doc, cell):
                        continue  # the text stops at the label: its value, on the next line, is past the cut
                    yield self._blank_label(cell)

    def _blank_label(self, cell) -> Diagnostic:
        """The form's result (得分, 等次) left blank is certainly unfilled; a header field (主管部门,
        实施单位, 项目支出总额) may be blank for a reason the form cannot show (the unit is its own
        主管部门, a department had no project spending, a web table's merged cell lost its value on
        the way to text): a warning."""
        label = compact(cell.value).rstrip("：:")
        severity = None if is_result_label(label) else Severity.warning
        return self.diagnostic("blank_label", cell.text.locate(), severity=severity, label=label)


# The wording finders the two text readers above ask of a text.
_BLANK_RUN = lazy_compile(r"[\s\u3000]+")
_SLOT_FINDERS = ("placeholders", "template_alternatives", "blank_dates", "empty_slots", "slots_filled_twice",
                 "indicator_placeholders")


def _masked_throughout(written: list, slotted: list[int], doc: Document) -> frozenset[str]:
    """The marks (``20xx``, ``XX``, ``××``) a page writes in three places or more: a site that
    masks every year or name on publication (a sample-report host's ``20xx年``, a shared copy's
    ``XX市``), or a sample never meant as a unit's draft. Which it is the text cannot tell, so the
    slot is likely left, not certainly; a unit's own draft forgets a slot or two. So is a year
    mark (``20xx``) in a text that names no year in digits anywhere: its years are masked too."""
    counts: Counter[str] = Counter()
    for k in slotted:
        for m in written[k].found.placeholders:
            mark = compact(m.text)
            if _MASK_MARK.fullmatch(mark):
                counts[mark] += 1
    out = {mark for mark, n in counts.items() if n >= _MASKED_PLACES}
    years = [mark for mark in counts if mark not in out and _YEAR_MARK.fullmatch(mark)]
    if years and not any(_DIGIT_YEAR.search(line) for line in doc.lines):
        out.update(years)
    return frozenset(out)


# A mark that stands for a value (20xx, XX, ××, ＊＊), not a slot's words (部门名称, 〔2019〕号).
_MASK_MARK = lazy_compile(r"(?:20)?[XxＸｘ×✕╳＊*]+")
_MASKED_PLACES = 3
_YEAR_MARK = lazy_compile(r"20[XxＸｘ]{2}")
_DIGIT_YEAR = lazy_compile(r"(?:19|20)\d{2}\s*年")


def _masked_contact(before: str, mask: str) -> bool:
    """Whether a mask is a contact detail hidden for publication: right after its label
    (``联系电话：×××××××``), or after the person's name that label asks for too."""
    if _CONTACT_LABEL.search(before):
        return True
    return bool(_MASKED_NUMBER.search(mask)) and bool(_NAMED_CONTACT.search(before))


def _cut_after(doc: Document, cell) -> bool:
    """Whether the text stops right after a label (``项目名称 |`` on its last line): its value is
    past the cut. A tab after it is an empty cell written out (``评价等次\t``), not the cut."""
    where = cell.text.locate()
    if not runs_to_the_end(doc, where):
        return False
    line = doc.lines[(where.end_line or where.line) - 1]
    return "\t" not in line[(where.end_column or len(line) + 1) - 1:]


_COMPARATORS = "≥≤＞＜<>"


def _glued_to_a_name(value: str, m) -> bool:
    """A comparison slot that ends its cell right after an indicator's name (受益户数≥**户):
    the library's label form without its brackets, the target typed in a cell of its own. A
    slot alone in its cell (the target's) is left where it was."""
    if m.text[:1] not in _COMPARATORS or value[m.end:].strip():
        return False
    before = value[:m.start].rstrip()
    return "\u4e00" <= before[-1:] <= "\u9fff" and len(before) >= 2


# A contents of this many entries or more, all giving one page, over a body of more than half a
# page's characters for each entry, was never paged: so many sections never fit on one page.
_SAME_PAGE_ENTRIES = 5
_ONE_PAGE_CHARACTERS = 600
# A contents this long never lists one page, whatever of the body an excerpt kept.
_NEVER_ONE_PAGE = 10


def _body_length(written, part_id: int) -> int:
    """The characters of a part's text outside its contents (headings, paragraphs, cells)."""
    return sum(len(t.text.value) for t in written if t.where != "toc" and id(t.part) == part_id)
