"""T807: a punctuation slip — ,, or ，。 ; (1)、 ; a figure run into 其中 or a year ; a list's count without 个 ; a heading ending in “.”."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import attrgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.punctuation import (
    annex_without_colon,
    ends_sentences_halfwidth,
    nested_title_marks,
    title_closed_before_notice,
)
from perflint.model import Document, Heading, Paragraph

from ._facts import joined, texts

# this many doubled marks in one text are reported as one finding listing them all
_MANY = 3


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_SLIPS = attrgetter("found.punctuation_slips")


class PunctuationSlip(Check):
    """## What it does
    Finds punctuation typed wrong: two clause marks in a row (`,,` `，。` `、，`); a
    bracketed list marker followed by a 顿号 (`(1)、` — a bracket already ends the marker); a
    figure run straight into the `其中：` that opens its breakdown (`少28%其中：`), or an amount
    into the year that opens the next statement (`45.2万元2023年支出`), or a change's figure into
    the next clause (`下降8.7%主要原因是…`, `增长0.84%公务用车…`; a percent going on into what
    qualifies it, `增长5%以上`, and an amount into its use, `增加50万元用于…`, are right); a mark
    between 占 and the share it takes (`占,88.19%`), or between 共计/合计 and the figure it sums
    to (`共计 ,0 个`); a second decimal point typed after a figure,
    before its unit (`488.8. 万元`); an amount written with a leading zero, its decimal point
    lost (`减少01万元` for 0.1); a percent sign typed twice (`98%%`) or a target's comparison
    sign (`≥≥98%`); a figure whose thousands separators and decimal point are scrambled
    (`7,00.0,36`: a decimal point between two commas, a piece no figure is); a list's items counted
    straight into their noun without the measure word (`文化馆、图书馆、文管所3二级单位`: only a count
    that equals the items listed with 、 before it, followed by a Chinese numeral or a noun such as
    单位, 科室 that a count takes only with 个); two indicator categories run together in a list of
    them (`产出指标、社会指标满意度指标`; a 一级 category before a 二级 name under it, `产出指标数量指标`,
    is a form's row flattened); a lone Latin letter left after a table's title
    (`一、收入支出决算总表 P`); a heading
    that ends in an English full stop (`(三)收支情况.`); a title cited inside another title with
    the same book marks (`《关于印发《…办法》的通知》`: the inner one takes 〈〉), or a notice that issues or
    forwards another document cited with its closing mark before its 的通知 (`《…关于印发…办法》的通知`;
    a title that ends in 通知 itself, cited by a notice of its own, is right); in a list of annex lines counted in order
    (four or more) whose numbers all take a colon, the one that does not (`附件五：…` then `附件六重点…`); in a unit's list of duties, two duties run together
    without the mark between them (`…管理工作拟订全区…`: a duty's object straight into the next duty's
    verb and scope; not after 根据, 按照, 对… that frame one duty), or the next duty's 负责 typed before the mark
    that should precede it (`负责…登记注册负责；全省市场秩序…`; `由办公室负责；` is right); the numeral 一 typed for the dash between a subject's code and its
    name (`“2100499一其他公共卫生支出”`; `201一般公共服务支出` is the code and its name), or left after a
    mark before an income's name (`；一政府性基金预算财政拨款`); a person named in prose run into the
    next field's label (`项目负责人为王某某联系电话`).
    Three or more marks in a row (a
    filler, empty cells) are quiet unless three or four mixed marks that hold a sentence's end follow a
    word or a figure (`120万亩,;,。`: what is left of a clause cut out); `(1)、(2)` (two markers listed) and flattened table rows are quiet; three
    doubled marks or more in one text are one finding that lists every place.

    ## Why is this bad?
    The forms are published; the reviewer marks such slips first, and a figure glued to the
    next clause can be misread as part of it.

    ## Example
    ```text
    (1)、公务用车运行维护费 3 万元,比上年少 12%其中：燃油费 1 万元。
    ```

    ## Use instead
    ```text
    (1)公务用车运行维护费 3 万元，比上年少 12%，其中：燃油费 1 万元。
    ```
    """

    doc_zh = """## 它检查什么
    查找打错的标点：两个句读标点连用（“,,”“，。”“、，”）；带括号的序号后又加顿号（“(1)、”——括号已经结束了序号）；数字直接连着引出分项的“其中：”（“少28%其中：”），或金额直接连着下一句开头的年份（“45.2万元2023年支出”），或增减数字直接连着下一分句（“下降8.7%主要原因是……”“增长0.84%公务用车……”；百分数后接修饰它的“以上”“左右”等、金额后接用途的“增加50万元用于……”不算）；“占”与所占比例之间、“共计/合计”与其数字之间多了标点（“占,88.19%”“共计 ,0 个”）；数字与单位之间多打了一个小数点（“488.8. 万元”）；金额以 0 开头、漏了小数点（“减少01万元”，应为 0.1）；百分号重复（“98%%”）或目标值的比较符号重复（“≥≥98%”）；数字的千分位逗号与小数点位置错乱（“7,00.0,36”：两个逗号之间夹着小数点，且有一段不成数字）；列举各项后直接写计数而缺少量词（“文化馆、图书馆、文管所3二级单位”：仅当计数等于其前以顿号列举的项数，且其后为汉字数字或“单位”“科室”等须带“个”的名词）；列举的指标类别之间漏了顿号（“产出指标、社会指标满意度指标”；一级指标后接其下的二级指标，如“产出指标数量指标”，是表格行拼接，不报告）；表格标题后残留单个英文字母（“一、收入支出决算总表 P”）；标题以英文句点结尾（“(三)收支情况.”）；书名号内又用书名号引出另一标题（“《关于印发《……办法》的通知》”：内层应改用〈〉），或引用印发、转发类通知时书名号在“的通知”之前就已结束（“《……关于印发……办法》的通知”；标题本身以“通知”结尾、再被另一通知引用的不报告）；按序排列的附件清单（四项以上）各项编号后都有冒号、唯独一项没有的（“附件五：……”之后“附件六重点……”）；单位职责列举中两项职责之间漏了标点的（“……管理工作拟订全区……”：前一项的宾语直接连着后一项的动词和范围；有“根据”“按照”“对”等引出同一项职责的不算），或下一项职责的“负责”错打在标点之前的（“负责……登记注册负责；全省市场秩序……”；“由办公室负责；”没有错）；科目编码与名称之间把连接号打成汉字“一”的（“2100499一其他公共卫生支出”；“201一般公共服务支出”是编码加以“一般”开头的名称，没有错），或标点后、收入名称前多出“一”的（“；一政府性基金预算财政拨款”）；叙述中的人名直接连着下一栏目名称的（“项目负责人为王某某联系电话”）。三个及以上标点连用（填充符、空单元格）不报告，但紧接在文字或数字之后、含句末标点的三四个不同标点（“120万亩,;,。”：删去一句后的残留）仍报告；“(1)、(2)”（列举两个序号）以及拼接成行的表格不报告；同一段中三处及以上标点重复合并为一条，列出每一处。

    ## 为什么要改
    这些表格要公开；审核人最先标出的就是这类笔误，数字与下一分句连在一起还可能被误读为其中的一部分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T807"
    name = "punctuation-slip"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "标点笔误", "en": "Punctuation slip"}
    messages = {
        "doubled": {"zh": "标点重复或混用：“{wrong}”", "en": "doubled or mixed punctuation: '{wrong}'"},
        "doubled_many": {"zh": "标点重复或混用：“{wrong}”等，本段共 {count} 处",
                         "en": "doubled or mixed punctuation: '{wrong}' and others, {count} in this text"},
        "also": {"zh": "同类标点重复", "en": "another doubled mark"},
        "marker": {"zh": "序号“{wrong}”：带括号的序号后不加顿号", "en": "list marker '{wrong}': no 、 after a bracketed marker"},
        "glued": {"zh": "“{wrong}”：数字与“其中”之间缺少标点", "en": "'{wrong}': punctuation missing between the figure and 其中"},
        "glued_year": {"zh": "“{wrong}”：金额与下一句的年份之间缺少标点",
                       "en": "'{wrong}': punctuation missing between the amount and the next statement's year"},
        "glued_clause": {"zh": "“{wrong}”：增减数字与下一分句之间缺少标点",
                         "en": "'{wrong}': punctuation missing between the change's figure and the next clause"},
        "split": {"zh": "“占”与所占比例之间多了标点“{wrong}”", "en": "a stray '{wrong}' between 占 and the share it takes"},
        "split_total": {"zh": "“共计/合计”与其数字之间多了标点“{wrong}”",
                        "en": "a stray '{wrong}' between a total's word (共计, 合计) and its figure"},
        "stray_point": {"zh": "数字后多了一个小数点“{wrong}”", "en": "a stray decimal point '{wrong}' after the figure"},
        "doubled_percent": {"zh": "百分号重复：“{wrong}”", "en": "the percent sign typed twice: '{wrong}'"},
        "doubled_comparator": {"zh": "比较符号重复：“{wrong}”", "en": "the comparison sign typed twice: '{wrong}'"},
        "lost_point": {"zh": "金额“{wrong}”以 0 开头，疑似漏了小数点", "en": "the amount '{wrong}' starts with 0: a decimal point seems lost"},
        "scrambled_figure": {"zh": "数字“{wrong}”的千分位逗号与小数点位置错乱，无法读出数值",
                             "en": "the figure '{wrong}' has its thousands separators and decimal point out of place"},
        "bare_count": {"zh": "“{wrong}”：列举各项后的计数缺少量词（如“个”）",
                       "en": "'{wrong}': the list's count lacks its measure word (个)"},
        "joined_levels": {"zh": "“{wrong}”：两个指标类别之间缺少顿号",
                          "en": "'{wrong}': two indicator categories of the list run together without 、"},
        "glued_duty": {"zh": "“{wrong}”：两项职责之间缺少标点",
                       "en": "'{wrong}': two duties of the list run together without a mark"},
        "verb_before_mark": {"zh": "“{wrong}”：“负责”应在标点之后，引出下一项职责",
                             "en": "'{wrong}': the 负责 belongs after the mark, opening the next duty"},
        "one_for_dash": {"zh": "“{wrong}”：科目编码与名称之间的“一”疑为连接号“—”",
                         "en": "'{wrong}': the numeral 一 between a subject's code and its name looks typed for the dash"},
        "stray_one": {"zh": "“{wrong}”：标点后多出“一”", "en": "'{wrong}': a stray 一 after the mark"},
        "glued_name": {"zh": "“{wrong}”：姓名与“联系电话”之间缺少标点",
                       "en": "'{wrong}': punctuation missing between the name and the phone's label"},
        "stray_letter": {"zh": "表格标题后多出字母“{wrong}”", "en": "a stray letter '{wrong}' after the table's title"},
        "heading_period": {"zh": "标题“{wrong}”末尾误用英文句点", "en": "heading '{wrong}' ends in an English full stop"},
        "annex_colon": {"zh": "“{wrong}”：同列其他附件的编号后都有冒号，此处漏了冒号",
                        "en": "'{wrong}': every other annex of the list has a colon after its number, this one lacks it"},
        "closed_before_notice": {"zh": "书名号位置错：“{wrong}”，“的通知”应在书名号内",
                                 "en": "the title's closing mark stands before its notice: '{wrong}' (的通知 belongs inside)"},
        "nested_title": {"zh": "书名号嵌套：“{wrong}”内层应改用〈〉",
                         "en": "a title nested in a title with the same marks: '{wrong}' (the inner one takes 〈〉)"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        items = texts(doc)
        # most texts: nothing to report (picked out in C, no Python step for each text)
        for t in compress(items, map(_SLIPS, items)):
            source = t.text
            slips = t.found.punctuation_slips
            doubled = [slip for slip in slips if slip.kind == "doubled"] if len(slips) >= _MANY else ()
            if len(doubled) >= _MANY:
                # a text that doubles its marks again and again (a web page's commas rendered
                # twice, a habit of the typist): one finding with every place, not a screenful
                first = doubled[0]
                yield self.diagnostic("doubled_many", source.locate(first.start, first.end),
                                      related=[(source.locate(s.start, s.end), "also") for s in doubled[1:]],
                                      wrong=source.value[first.start:first.end], count=len(doubled))
                slips = [slip for slip in slips if slip.kind != "doubled"]
            for slip in slips:
                yield self.diagnostic(slip.kind, source.locate(slip.start, slip.end),
                                      wrong=source.value[slip.start:slip.end])
        whole = joined(doc, ctx)
        for start, end in nested_title_marks(whole.joined):  # 《关于印发《…》的通知》
            index, offset = whole.place(start)
            yield self.diagnostic("nested_title", items[index].text.locate(offset, offset + end - start),
                                  wrong=whole.joined[start:end])
        for start, end in title_closed_before_notice(whole.joined):  # 《…关于印发…办法》的通知
            index, offset = whole.place(start)
            yield self.diagnostic("closed_before_notice", items[index].text.locate(offset, offset + end - start),
                                  wrong=whole.joined[start:end])
        for start, end in annex_without_colon(whole.joined):  # 附件一：… 附件五：… 附件六重点…
            index, offset = whole.place(start)
            yield self.diagnostic("annex_colon", items[index].text.locate(offset, offset + end - start),
                                  wrong=whole.joined[start:end])
        if ends_sentences_halfwidth([b.text.value for _p, b in doc.blocks() if isinstance(b, Paragraph)]):
            return
        for _part, block in doc.blocks():
            if isinstance(block, Heading):
                value = block.text.value.rstrip()
                if len(value) > 1 and value[-1] in ".．" and _is_cjk(value[-2]):
                    yield self.diagnostic("heading_period", block.text.locate(len(value) - 1, len(value)),
                                          wrong=value)
