"""T808: a word cut short, with the draft as its own dictionary (终端单的 where it writes 终端单位)."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import runs_to_the_end, starts_the_text
from perflint.extract.figure_heads import headless_figures, yuanless_amounts
from perflint.extract.name_heads import cut_issuers, headless_names, tailless_names
from perflint.extract.slips import truncated_words
from perflint.model import Document, Location

from ._facts import grouped, texts
from ._facts import values as shared_values


class TruncatedWord(Check):
    """## What it does
    Finds a word that lost its last character, using the draft itself as the dictionary: a stem
    of three to six characters stops here (at punctuation, 的/和…, or a cell's end) while the
    same draft everywhere else continues it with one and the same character, and that
    character nearly always follows the stem's last one (终端单的考核 beside 终端单位 ×3;
    a cell 人均发放成本预 beside 宣传成本预算). A stem may stop right before a figure too
    (`服务体系建84.5万元` beside 服务体系建设 ×N), where its last character stops at no mark
    anywhere in the draft and comes before no other figure, and the lost character makes a word of
    the vocabulary with it (建设; 项目支出总额 before its figure beside 项目支出总额比上年 is whole). No general dictionary is needed, and a stem that
    ends in a known word (管理费; a park's name, 大学科技园 beside 农业科技园区), a cell wrapped
    onto the next row, a word whose last characters stand free elsewhere, a noun whose missing
    character is a locative particle (本行政区域的决定 beside 本行政区域内), or a place named
    alone where the draft otherwise writes it as the start of its government's or court's name
    (东城区 beside 东城区人民法院), or a word followed elsewhere by a word that stands on its own
    in the draft (维修养护 beside 维修养护项目, where 本项目 and 项目名称 show 项目 is a word of its
    own) or is a word of the forms (车购税 beside 车购税收入), or the first field a body is named
    for before its 和 (青山区文化和旅游局 beside 青山区文化馆) is left alone.
    It also finds a unit's name that lost its first character (`闻县前山镇人民政府` where the draft
    writes `徐闻县前山镇人民政府` on its own elsewhere), unless the text opens with it (an excerpt);
    one that lost its last character right before what the sentence says the unit is or has
    (`岳阳县医疗保障属县财政全额拨款的行政单位` where the draft writes `岳阳县医疗保障局`; only
    before 属县/为市/下设/现有在编 and the like, so a sector the name opens, 某县教育系统, stays quiet;
    or before the 关于 of a document it issues, `《徐闻县财政关于开展…的通知》` beside 徐闻县财政局);
    and a figure that lost its leading digits before a thousands separator (`支出总计,867.48万元`
    where the draft writes `1,867.48` and no other figure ending in `,867.48`); and an amount
    after a word of money written with 万 alone and left there (`公务用车购置费0万` at the end of
    its line, in a draft that writes N万元 at least as often: its 元 was lost; `参保38万人` is a count;
    one that ends the whole text is where an excerpt was cut; one U402 reports, named by its money
    word with the sentence going on after 万, `运行维护费7.5万。`, is left to U402: one slip, one finding).

    ## Why is this bad?
    A lost character turns a form's field or a unit's name into a fragment the reader must
    guess at; in a 三级指标 name it leaves the indicator undefined.

    ## Example
    ```text
    某县气象局2023年度部门整体支出绩效自评报告
    一、基本情况
    本局负责全县自动观测站点的运行维护，共设观测站点 36 个。
    二、绩效目标完成情况
    组织对各观测站的巡检，巡检结果按月通报。观测站点数据实时上传，观测站点设备完好率 98%。
    ```
    Everywhere else the draft writes 观测站点; only 各观测站的巡检 lacks its 点.

    ## Use instead
    ```text
    某县气象局2023年度部门整体支出绩效自评报告
    一、基本情况
    本局负责全县自动观测站点的运行维护，共设观测站点 36 个。
    二、绩效目标完成情况
    组织对各观测站点的巡检，巡检结果按月通报。观测站点数据实时上传，观测站点设备完好率 98%。
    ```
    """

    doc_zh = """## 它检查什么
    以草稿本身为词典，查找丢了末字的词：一个三到六字的词干在此处中断（遇到标点、“的/和”等或单元格结尾），而同一草稿其他各处都用同一个字把它接续下去，且该字几乎总是跟在词干末字之后（别处均作“终端单位”，此处写“终端单的考核”；单元格“人均发放成本预”旁有“宣传成本预算”）。词干也可能断在数字前（别处均作“服务体系建设”，此处写“服务体系建84.5万元”），此时其末字在草稿中从不在标点前结束、也不在别的数字前出现，且与所缺的字组成词表中的词（“建设”；“项目支出总额”后接数字，而他处作“项目支出总额比上年”的，是完整的词，不报告）。不需要通用词典；词干以已知词语结尾的（“管理费”；园区旁写的“大学科技园”是园的名称）、单元格折到下一行的、末字在别处独立成词的、缺的字是方位词的（“本行政区域的决定”旁有“本行政区域内”）、地名单独出现而别处都作其政府或法院名称开头的（“东城区”旁有“东城区人民法院”）、别处接续的是草稿中独立成词的另一个词的（“维修养护”旁有“维修养护项目”，而“本项目”“项目名称”表明“项目”自成一词；或接续的是表格用语中的词：“车购税”旁有“车购税收入”），以及“和”前面是机构名称所含两个领域中前一个的（“青山区文化馆”旁有“青山区文化和旅游局”），不报告。同样以草稿为词典，查找丢了首字的单位名称（他处单独写作“徐闻县前山镇人民政府”，此处写“闻县前山镇人民政府”），摘录以它开头的不报告；在说明单位性质或构成的词语前丢了末字的单位名称（他处作“岳阳县医疗保障局”，此处写“岳阳县医疗保障属县财政全额拨款的行政单位”；只认“属县”“为市”“下设”“现有在编”等，故“某县教育系统”这类以地名开头的行业说法不报告；单位发文标题中“关于”前丢了末字的，如他处作“徐闻县财政局”、此处写“《徐闻县财政关于开展……的通知》”，也报告）；以及千分位逗号前丢了数字的金额（他处作“1,867.48”，且没有别的以“,867.48”结尾的数，此处写“支出总计,867.48万元”）；以及紧跟在钱款词语后、只写“万”就断句或结束的金额（本文写“N万元”的次数不少于这种写法，此处写“公务用车购置费0万”：漏了“元”；“参保38万人”是人数，不报告；写在全文最末、正文就此中断的，是摘录的截断处，不报告；U402 已报告的、资金名称后以“万”断句而句子接续的“运行维护费7.5万。”，留给 U402，不重复报告）。

    ## 为什么要改
    丢了一个字，表格栏目或单位名称就成了读者要去猜的残片；出现在三级指标名称中，指标就没有定义了。

    ## 示例
    {example}
    别处都写“观测站点”，只有“各观测站的巡检”少了“点”。

    ## 应改为
    {use_instead}
    """

    code = "T808"
    name = "truncated-word"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "词语漏字", "en": "Word cut short"}
    messages = {
        "cut": {"zh": "“{wrong}”疑漏字，本文其他处均作“{right}”",
                "en": "\"{wrong}\" looks cut short: the draft elsewhere always writes \"{right}\""},
        "headless": {"zh": "“{wrong}”疑漏了首字，本文他处作“{right}”",
                     "en": "\"{wrong}\" looks to have lost its first character: the draft elsewhere writes \"{right}\""},
        "tailless": {"zh": "“{wrong}”疑漏了末字，本文他处作“{right}”",
                     "en": "\"{wrong}\" looks to have lost its last character: the draft elsewhere writes \"{right}\""},
        "yuan": {"zh": "“{wrong}”疑漏了“元”：本文其他金额写作“万元”，应为“{right}”",
                 "en": "\"{wrong}\" looks to have lost its 元: the draft writes 万元 elsewhere, \"{right}\""},
        "figure": {"zh": "“{wrong}”以千分位逗号开头，疑漏了前面的数字：本文他处作“{right}”",
                   "en": "\"{wrong}\" opens with a thousands separator, its leading digits lost? The draft elsewhere writes \"{right}\""},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        sources = list(map(attrgetter("text"), texts(doc)))
        values = shared_values(doc, ctx)  # (the same list for every check: their joined texts are made once)
        vocabulary: list[Location] | None = None  # where T801 reads a slip, read at the first cut
        for cut in truncated_words(values):
            where = sources[cut.index].locate(cut.start, cut.end)
            if runs_to_the_end(doc, where):
                continue  # the text stops there: an excerpt cut mid-word, not a word cut short
            if vocabulary is None:
                vocabulary = _vocabulary_slips(doc, ctx)
            if any(_overlap(where, at) for at in vocabulary):
                continue  # T801 reads this word against its vocabulary (机构设置情): one slip, one finding
            yield self.diagnostic("cut", where, wrong=cut.written, right=cut.written + cut.missing)
        for name in headless_names(values):
            where = sources[name.index].locate(name.start, name.end)
            if starts_the_text(doc, where):
                continue  # an excerpt whose copy began inside the name (a title's too)
            yield self.diagnostic("headless", where, wrong=name.written, right=name.whole)
        for name in [*tailless_names(values), *cut_issuers(values)]:
            yield self.diagnostic("tailless", sources[name.index].locate(name.start, name.end),
                                  wrong=name.written, right=name.whole)
        reported: set[tuple[int, int]] | None = None  # U402's amounts in 万 without 元, read at the first
        for amount in yuanless_amounts(values):
            where = sources[amount.index].locate(amount.start, amount.end)
            if runs_to_the_end(doc, where):
                continue  # the text stops there: an excerpt cut after 万, not a 元 lost
            if reported is None:
                from perflint.extract.figure_units import wan_amount_places

                reported = wan_amount_places(doc)
            if (where.line, where.column) in reported:
                continue  # U402 reports this 元 lost after the money word (one slip, one finding)
            yield self.diagnostic("yuan", where, wrong=amount.written, right=amount.whole)
        for figure in headless_figures(values):
            yield self.diagnostic("figure", sources[figure.index].locate(figure.start, figure.end),
                                  wrong=figure.written, right=figure.whole)


def _vocabulary_slips(doc: Document, ctx: Context) -> list[Location]:
    """Where T801 reads a slip against its vocabulary (a term, a standard heading's or contents
    entry's title cut short): a word T808 finds cut there is the same slip."""
    from perflint.extract.part_heads import (
        cut_heading_titles,
        cut_note_entries,
        cut_table_entries,
        headless_heading_titles,
    )

    out = [loc for _m, at, copies in grouped(doc, ctx, "misspellings") for loc in (at, *copies)]
    out += [t.source.locate(t.start, t.end)
            for t in [*cut_heading_titles(doc), *headless_heading_titles(doc), *cut_table_entries(doc),
                      *cut_note_entries(doc)]]
    return out


def _overlap(a: Location, b: Location) -> bool:
    """Whether two spans of one line share a character."""
    return (a.line == b.line and a.column <= (b.end_column or b.column)
            and b.column <= (a.end_column or a.column))
