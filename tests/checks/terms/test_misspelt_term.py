"""T801 misspelt-term: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import CommonTypo, MisspeltTerm

from .._harness import fixture, line_of, lint_text, run
from ._drafts import BAD, GOOD


def test_misspelt_term_reports_each_near_miss_at_its_span():
    diags = run(MisspeltTerm, BAD)
    # the heading repeats the table of contents' slip: one finding, the copy listed with it
    [toc] = [d for d in diags if "级效" in d.message("zh")]
    assert [r.location.line for r in toc.related] == [line_of(BAD, "二、级效目标完成情况", whole=True)]
    found = sorted((d.location.line, d.message("zh")) for d in diags)
    assert found == sorted([
        (line_of(BAD, "二、级效目标完成情况....."), "“级效目标完成情况”疑为“绩效目标完成情况”之误"),
        (line_of(BAD, "财务表报"), "“财务表报”疑为“财务报表”之误"),
        (line_of(BAD, "节余"), "“年末结转和节余”疑为“年末结转和结余”之误"),
        (line_of(BAD, "节余"), "“公用用车运行维护费”疑为“公务用车运行维护费”之误"),
        (line_of(BAD, "数量指表"), "“数量指表”疑为“数量指标”之误"),
        (line_of(BAD, "偏差原因分折"), "“偏差原因分折”疑为“偏差原因分析”之误"),
    ])
    table_diag = next(d for d in diags if "数量指表" in d.message("zh"))
    line = BAD.splitlines()[table_diag.location.line - 1]
    assert line[table_diag.location.column - 1:table_diag.location.end_column - 1] == "数量指表"
    assert all(d.code == "T801" and d.severity.name == "warning" for d in diags)
    en = next(d for d in diags if "节余" in d.message("zh")).message("en")
    assert en == '"年末结转和节余" looks like a misspelling of "年末结转和结余"'


def test_misspelt_term_is_quiet_on_the_correct_draft():
    assert run(MisspeltTerm, GOOD) == []


def test_yujuesuan_is_a_word_not_a_shortened_budget():
    """``部门预决算信息`` (budgets and final accounts, a site's category) is not 部门预算 missing 算;
    a shortened term with nothing after it still is."""
    assert run(MisspeltTerm, "组配分类：部门预决算信息\n2022年度部门决算\n") == []
    assert [d.message("zh") for d in run(MisspeltTerm, "一、部门预编制情况\n")] == ["“部门预”疑为“部门预算”之误"]


def test_a_word_the_excerpts_cut_opens_on_is_no_misspelling():
    """An excerpt starts wherever the copy began, inside a word too (``效指标`` of ``绩效指标``):
    what looks like a term missing a character at the text's first character is the cut's. The
    same slip later in the text, or on a report's title line, is still reported."""
    assert run(MisspeltTerm, "效指标\n产出指标完成情况良好。\n") == []
    assert run(MisspeltTerm, "  效指标\n产出指标完成情况良好。\n") == []
    [d] = run(MisspeltTerm, "产出指标完成情况良好。\n效指标\n")
    assert "效指标" in d.message("zh") and d.location.line == 2


def test_a_table_title_the_excerpt_opens_inside_is_no_misspelling():
    """A contents list of the 决算 tables copied from its second entry, the copy begun after
    ``二、收`` (``入决算表``): the title the suggestion ends with is the cut's, not a slip. The same
    entry inside the list is still reported."""
    tail = "三、支出决算表\n四、财政拨款收入支出决算总表\n"
    assert run(MisspeltTerm, "入决算表\n" + tail) == []
    assert run(MisspeltTerm, "出决算表\n" + tail) == []
    [d] = run(MisspeltTerm, "示范局2023年度部门决算目录\n一、收入支出决算总表\n二、入决算表\n" + tail)
    assert "“入决算表”疑为“收入决算表”" in d.message("zh")


def test_a_rate_term_without_its_rate_is_the_activity_it_measures():
    """``疫苗接种率`` is in the vocabulary; a health centre's duties ``进行新冠疫苗接种`` name the
    activity, not the rate typed short. A term cut short of another character still is a slip."""
    text = "一、主要职能\n\n1.负责辖区内疫情防控工作,进行新冠疫苗接种。\n\n2.按时上报资金到位。\n"
    assert run(MisspeltTerm, text) == []
    assert [d.message("zh") for d in run(MisspeltTerm, "二、专项资使用情况\n")] == ["“专项资”疑为“专项资金”之误"]


def test_a_reading_in_brackets_does_not_cut_the_word_it_annotates():
    """Pages that print each hard character's pinyin after it (項(xiàng)目支出, 結(jié)余分配) leave the
    rest of the word after the bracket: whole, not the term less its first character. A bracket
    holding a heading's number is no reading: what follows it is still a term cut short."""
    text = "2020年度项(xiàng)目支出绩效自评表\n本年支出合计 434.16 万元，结(jié)余分配 0.00 万元。\n"
    assert run(MisspeltTerm, text) == []
    found = [d.message("zh") for d in run(MisspeltTerm, "（二）目支出情况\n")]
    assert found == ["“目支出情况”疑为“项目支出情况”之误"]  # the outline's whole title


def test_a_slip_opening_the_text_is_reported_when_no_cut_could_leave_it():
    """A cut leaves the end of a word (效指标 of 绩效指标); 设背购置 ends no known word: a project
    titled so in a one-line draft was typed wrong, wherever the copy began."""
    [d] = run(MisspeltTerm, "设背购置项目绩效自评报告一、项目概况：本项目购置教学设备。\n")
    assert d.message("zh") == "“设背购置”疑为“设备购置”之误"
    assert run(MisspeltTerm, "效指标\n产出指标完成情况良好。\n") == []


def test_a_space_after_a_headings_marker_is_no_layout_gap():
    """``一、 入支出决算总体情况说明`` (a 决算 heading typed with a space after its marker, the 收 lost):
    the space is the typist's, not where a flattened page's box ended; without the space the same
    slip was already reported. A term split by a space inside the text is still left alone."""
    text = "第二部分 2023年度单位决算情况说明\n\n一、 入支出决算总体情况说明\n\n（二） 出决算情况说明\n"
    found = [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, text)]
    assert found == [(3, "“入支出决算总体情况说明”疑为“收入支出决算总体情况说明”之误"),
                     (5, "“出决算情况说明”疑为“支出决算情况说明”之误")]
    assert run(MisspeltTerm, text.replace("一、 入", "一、 收入").replace("（二） 出", "（二） 支出")) == []
    assert run(MisspeltTerm, "财政拨款收 入支出决算总体情况说明\n") == []


def test_a_header_cut_before_its_bracketed_unit_is_reported():
    """``实际规(㎡)`` beside ``批复规模(㎡)`` (the 基本建设 columns of a form, modelled on a county
    department's 自评表): a bracket holding only a unit is no second half of a pair (收(支)), the
    word before it lost its last character. The pair written short on purpose stays quiet."""
    text = "部门整体支出绩效自评表\n项目 | 批复规模(㎡) | 实际规(㎡) | 规模控制情况 |\n"
    found = [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, text)]
    assert found == [(2, "“实际规”疑为“实际规模”之误")]
    assert run(MisspeltTerm, text.replace("实际规(㎡)", "实际规模(㎡)")) == []
    assert run(MisspeltTerm, "2023年度财政拨款收(支)总计均为 120.50 万元。\n") == []


def test_a_part_heading_that_lost_its_fen():
    """``第三部 2023年度部门决算情况说明`` in a 决算 whose other parts read 第一部分, 第二部分 (modelled
    on two county units' 决算): the part's 分 was lost. Alone (no whole part heading to compare
    with), or 第三部门 (the third sector), it stays quiet."""
    text = ("示范县林业局2023年度部门决算\n\n第一部分 部门概况\n\n一、主要职责\n\n负责全县林业工作。\n\n"
            "第二部分 2023年度部门决算表\n\n第三部 2023年度部门决算情况说明\n\n一、收入决算情况说明\n")
    found = [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, text)]
    assert found == [(11, "“第三部”疑为“第三部分”之误")]
    assert run(MisspeltTerm, text.replace("第三部 ", "第三部分 ")) == []
    assert run(MisspeltTerm, "第三部 2023年度部门决算情况说明\n\n一、收入决算情况说明\n") == []
    assert run(MisspeltTerm, text.replace("第三部 2023年度部门决算情况说明", "第三部门 参与社会治理情况")) == []


LOUTANG = ("十、楼堂馆所控制情况\n"
           "2023年完工项目 | 批复规模(㎡) | {actual}(㎡) | 规模控制情况 | 预算投资(万元) | 实际投资(万元) |\n"
           "办公楼维修 | 1200 | 1180 | 未超规模 | 300 | 295 |\n"
           "项目预算投入 300 万元，实际投入 295 万元；财政拨款收(支)总计见附表。\n")


def test_misspelt_term_a_column_header_short_of_its_last_character_before_its_unit():
    """``实际规(㎡)`` beside ``批复规模(㎡)`` in the 楼堂馆所 table (modelled on a 决算说明): the
    bracket holds the column's unit, so the word ended there; ``收(支)`` stays a pair written short."""
    bad = LOUTANG.format(actual="实际规")
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, bad)] == [
        (2, "“实际规”疑为“实际规模”之误")]
    assert run(MisspeltTerm, LOUTANG.format(actual="实际规模")) == []


def test_yiwu_jiaoyu_that_lost_its_yu():
    """``城乡义务教保障机制`` (modelled on a primary school's 校舍维修 self-evaluation listing its
    funding notices): 义务教育 lost 育."""
    text = "下达2021年城乡义务教保障机制中央和市级资金，用于校舍维修。\n"
    [d] = run(MisspeltTerm, text)
    assert d.message("zh") == "“义务教”疑为“义务教育”之误"
    good = ("下达2021年城乡义务教育经费保障机制中央和市级资金，用于校舍维修；"
            "义务教育阶段学生全部享受补助。\n")
    assert run(MisspeltTerm, good) == []


CUT_TITLES = """某县档案馆2023年度部门决算
目录
第一部分 部门概况
一、主要职
二、机构设置
第二部分 2023年度部门决算情况说明
第三部分 名词解
第一部分 部门概况
一、主要职责
负责全县档案的收集、整理和保管工作。
"""


def test_t801_a_title_that_lost_its_last_character_before_more_of_the_document():
    """Contents entries cut by a PDF's text layer (`一、主要职`, `第三部分 名词解`): a line with
    lines after it was not cut by the excerpt, so the title lost its last character. The
    suggestion is the title as the document writes it out (主要职责, not the vocabulary's 主要职能)."""
    found = run(MisspeltTerm, CUT_TITLES)
    assert [(d.location.line, d.message()) for d in found] == [
        (4, "“主要职”疑为“主要职责”之误"), (line_of(CUT_TITLES, "第三部分 名词解"), "“名词解”疑为“名词解释”之误")]
    whole = CUT_TITLES.replace("一、主要职\n", "一、主要职责\n").replace("名词解\n", "名词解释\n")
    assert run(MisspeltTerm, whole) == []
    # the document's last line may be where the excerpt was cut: quiet
    assert run(MisspeltTerm, "某县档案馆2023年度部门决算\n目录\n第一部分 部门概况\n一、主要职\n") == []


def test_t801_yin_typed_as_its_look_alike_kun():
    [d] = run(MisspeltTerm, "| 一级指标 | 三级指标 | 偏差原困分析 |\n")
    assert "偏差原因分析" in d.message("zh")
    assert run(MisspeltTerm, "| 一级指标 | 三级指标 | 偏差原因分析 |\n项目实施困难较多。\n") == []


def test_a_word_a_longer_term_holds_less_one_character_is_that_word():
    """体育场馆 (the 功能分类 item) less 场 is 体育馆, a gymnasium: a cell naming one is no slip,
    and 体育场馆 written out, or with a character of it confused, still is checked."""
    assert run(MisspeltTerm, "| 名称 | 面积 |\n|---|---|\n| 体育馆 | 1200 |\n", "a.md") == []
    assert run(MisspeltTerm, "二、资产情况\n体育馆\n其他\n") == []
    [d] = run(MisspeltTerm, "二、支出情况\n体育场管 20 万元。\n")
    assert d.message("zh") == "“体育场管”疑为“体育场馆”之误"


def test_a_whole_word_and_a_verb_after_it_are_no_term_cut_short():
    """``资金分配`` is in the vocabulary; ``资金分年度安排`` and ``资金按进度拨付`` are the whole word
    资金 and a verb that opens a phrase of its own, not 资金分配 typed short. A term cut short
    before a character that opens no phrase still is a slip."""
    text = "三、资金管理\n\n项目资金分年度安排，资金按进度拨付。\n"
    assert run(MisspeltTerm, text) == []
    assert [d.message("zh") for d in run(MisspeltTerm, "二、专项资使用情况\n")] == ["“专项资”疑为“专项资金”之误"]


def test_performance_appraisal_typed_with_a_homophone():
    """绩效考核 (the appraisal a subsidy is paid by) with 合 for 核 (hé): a near-miss of the term."""
    text = "一、项目资金使用情况\n\n资金按照绩效考{c}结果拨付至各社区卫生服务中心。\n"
    [d] = run(MisspeltTerm, text.format(c="合"))
    assert "“绩效考合”疑为“绩效考核”之误" in d.message("zh")
    assert run(MisspeltTerm, text.format(c="核")) == []


def test_a_provinces_own_heading_of_the_outline_is_no_misspelling():
    """``八、其他需说明的问题`` is how a province's self-evaluation outline words the national
    ``其他需要说明的问题`` (modelled on a city office's 专项资金 self-evaluation): a heading of its
    own template, not the national one with a character dropped."""
    text = "某项目2017年度自评报告\n\n七、绩效自评工作的经验、问题和建议\n\n加强管理。\n\n八、其他需说明的问题\n\n无\n"
    assert run(MisspeltTerm, text) == []
    # a form's row label in a province's 申报表 words it shorter still; neither is the other's slip
    assert run(MisspeltTerm, text.replace("其他需说明的问题", "其他说明的问题")) == []
    [d] = run(MisspeltTerm, text.replace("其他需说明的问题", "其他需要说名的问题"))
    assert "其他需要说明的问题" in d.message("zh")


def test_guoyou_typed_with_its_look_alike_gu():
    """国有资本经营预算 with 固 for 国 (one stroke inside the same 囗; modelled on a county unit's
    部门预算 table of contents): a near-miss of the term. 固定资产 and 固有 in its own sense
    (发挥固有优势) are words of their own."""
    text = "第二部分 部门预算表\n十二、{c}有资本经营预算支出表\n十三、部门整体支出绩效目标表\n"
    [d] = run(MisspeltTerm, text.format(c="固"))
    assert d.message("zh") == "“固有资本经营预算支出”疑为“国有资本经营预算支出”之误"
    assert run(MisspeltTerm, text.format(c="国")) == []
    assert run(MisspeltTerm, "二、资产情况\n固定资产 80 万元，发挥固有优势。\n") == []


def test_quiet_where_a_term_runs_into_the_word_after_it():
    """``绩效自评`` then ``评价机构``: a flattened form's two cells glued (评价方式：部门绩效自评 |
    评价机构：评价组, modelled on a county report read from a scan), or ``绩效自评评价`` in a sentence;
    the second 评 opens 评价, it is no slip for 绩效自评表. A 评 closing the term stays one."""
    glued = "评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组\n"
    assert run(MisspeltTerm, glued) == []
    assert run(MisspeltTerm, "本局组织开展了绩效自评评价工作。\n") == []
    [d] = run(MisspeltTerm, "附件：项目支出绩效自评评\n")
    assert "绩效自评表" in d.message("zh")


def test_reception_abroad_is_no_foreign_affairs_reception_short_of_a_character():
    """The 三公 notes split 公务接待费 into 国内接待费 and 国(境)外接待费 (modelled on a county
    committee's 2022 三公 note): 外接待费 after 国(境), 国 or 境 is reception abroad, not
    外事接待费 missing 事. Written bare, it still is the slip."""
    text = "公务接待费 3,000.00 元，其中国内接待费 3,000.00 元（其中：外事接待费 0 元），{abroad}接待费 0 元。\n"
    for abroad in ("国(境)外", "国（境）外", "国外", "境外"):
        assert run(MisspeltTerm, text.format(abroad=abroad)) == [], abroad
    [d] = run(MisspeltTerm, "公务接待费 3,000.00 元，其中：外接待费 0 元。\n")
    assert d.message("zh") == "“外接待费”疑为“外事接待费”之误"


def test_a_word_ending_in_a_suffix_then_a_whole_term_is_no_dropped_character():
    """``…指挥部主要职责`` (a headquarters' duties, modelled on a county's forest-fire report) is
    防火指挥部 + 主要职责, not 部门主要职责 less its 门: the 部 closes the word before it. The
    same remainder standing alone (after a heading's marker) is still the term typed short."""
    assert run(MisspeltTerm, "一、项目概况\n县防汛指挥部主要职责是统一调度全县防汛工作。\n") == []
    assert run(MisspeltTerm, "一、项目概况\n本单位设在县农业局主要职责不变。\n") == []
    [d] = run(MisspeltTerm, "一、部门概况\n(一)部主要职责\n负责全县农业工作。\n")
    assert d.message("zh") == "“部主要职责”疑为“部门主要职责”之误"


def test_bokuan_typed_with_its_look_alike_tou():
    """财政拨款 with 投 for 拨 (扌 and a right half of like shape, modelled on a county 自评表 read
    from a scan): a near-miss of the term. 投入 and 投资 are words of their own."""
    text = "项目资金(万元) 年度资金总额 120\n其中:财政{c}款 120\n"
    [d] = run(MisspeltTerm, text.format(c="投"))
    assert d.message("zh") == "“财政投款”疑为“财政拨款”之误"
    assert run(MisspeltTerm, text.format(c="拨")) == []
    assert run(MisspeltTerm, "一、资金投入\n财政投入资金 120 万元，社会投资 30 万元。\n") == []


def test_a_drainage_works_project_is_no_water_conservancy_term_short_of_li():
    """``某村排洪排水工程建设`` in a county's allocation table (modelled on a water bureau's notice
    of a provincial small-works fund): 排水工程 is drainage works, so 水工程建设 there is the
    end of 排水 + 工程建设, not 水利工程建设 less its 利. Written after a word it does not close,
    the remainder is still the term typed short."""
    table = "单位:万元\n序号 | 乡镇名称 | 项目名称 | 金额\n1 | 示范镇 | 东坑村排洪{w}工程建设 | 20\n合计 | | | 20\n"
    for word in ("排水", "供水", "引水", "蓄水"):
        assert run(MisspeltTerm, table.format(w=word)) == [], word
    [d] = run(MisspeltTerm, "二、项目实施情况\n全年完成农田水工程建设3处。\n")
    assert d.message("zh") == "“水工程建设”疑为“水利工程建设”之误"


def test_a_section_title_of_the_final_accounts_that_lost_a_suffix_inside_a_word():
    """``国有资产占情况`` (modelled on a township's 决算说明 whose part headings lost characters): 用 is
    a suffix morpheme, but here it closes 占用, a word the drop breaks (占 ends no word); and the
    Hunan template's ``一般性支出情况说明`` is a known title too."""
    text = ("示范镇2024年度部门决算\n\n第四部分 其他重要事项的情况说明\n\n一、国有资产占情况\n\n"
            "截至2024年12月31日，本单位共有车辆2辆。\n\n二、一般性支情况说明\n\n"
            "2024年度本单位未开支会议费。\n")
    found = [(d.location.line, d.args["wrong"], d.args["right"]) for d in run(MisspeltTerm, text)]
    assert found == [(5, "国有资产占情况", "国有资产占用情况"), (9, "一般性支情况说明", "一般性支出情况说明")]
    good = text.replace("占情况", "占用情况").replace("一般性支情况", "一般性支出情况")
    assert run(MisspeltTerm, good) == []
    # a suffix after a whole word still comes and goes (医疗补助 beside 医疗费补助)
    assert run(MisspeltTerm, "示范镇2024年度部门决算\n\n一、医疗补助情况\n\n本年医疗补助资金2万元。\n") == []


def test_a_short_term_loses_a_suffix_as_another_word():
    # 延续项目 beside 延续性项目, 执法执勤车辆 beside 执法执勤用车: both words, no slip
    text = "示范局2024年度部门决算\n\n一、项目情况\n\n本年延续项目3个，新增项目2个，执法执勤车辆2辆。\n"
    assert run(MisspeltTerm, text) == []


def test_an_inspection_pass_rate_is_no_acceptance_rate_short_of_shou():
    """``药品检验合格率`` (an indicator of a market-regulation unit's form, as fp22b saw T801
    suggest 验收合格率 on our own fixture): 检验 is a whole word, so 验合格率 there is its end
    + 合格率, not 验收合格率 less 收. After a word it does not close, the remainder is still the
    term typed short."""
    for text in ("本年度药品检验合格率达到98%。\n", "抽检样品检验合格率100%，检疫合格率100%。\n"):
        assert run(MisspeltTerm, "一、项目概况\n" + text) == [], text
    [d] = run(MisspeltTerm, "一、项目概况\n本年度项目验合格率达到100%。\n")
    assert d.message("zh") == "“验合格率”疑为“验收合格率”之误"


def test_a_term_less_its_second_last_character_running_on_into_another_word():
    """``按照政府采购程序申报`` (modelled on a county bureau's report): 政府采购 + 程序, not 政府采购工程
    less its 工 — the one character left after the drop runs on into another word. Where nothing
    can continue it (``政府采购程，``) the slip stands."""
    text = "示范县城管局2024年度项目支出绩效自评报告\n\n项目实施前，按照政府采购程序申报，资金到位后足额拨付。\n"
    assert run(MisspeltTerm, text) == []
    cut = text.replace("政府采购程序申报", "政府采购程")
    assert [d.message("zh") for d in run(MisspeltTerm, cut)] == ["“政府采购程”疑为“政府采购工程”之误"]


PARTS = """示范县文旅局2023年度部门决算
第一部分 部门概况
负责全县文化旅游工作。
第二部分 2023年度部门决算情况说明
本年度收入合计 120.00 万元。
{fourth} 名词解释
财政拨款收入：指本级财政当年拨付的资金。
第五部分 附件
"""


def test_a_part_heading_that_lost_its_di():
    """``四部分 名词解释`` between 第二部分 … and 第五部分 … (modelled on a county unit's report): the
    part's 第 was lost. Written out, or a sentence that opens with a count of parts, stays quiet."""
    bad = PARTS.format(fourth="四部分")
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, bad)] == [
        (6, "“四部分”疑为“第四部分”之误")]
    assert run(MisspeltTerm, PARTS.format(fourth="第四部分")) == []
    assert run(MisspeltTerm, PARTS.format(fourth="三部分组成，分别是概况、说明和")) == []
    # no neighbour in the sequence written out: nothing to go by
    assert run(MisspeltTerm, "示范县文旅局2023年度部门决算\n第一部分 部门概况\n四部分 名词解释\n正文。\n") == []


OUTLINE = """示范县水利局2023年度部门整体支出绩效自评报告
一、部门基本情况
本局内设股室5个。
二、部门整体支出绩效实现情况
全年完成水利工程建设4处。
三、{other}
无。
"""


def test_a_heading_whose_standard_title_lost_its_first_character():
    """``三、他重要事项`` (modelled on an 整体 report's outline): 其他重要事项 lost its 其 right after
    the marker. Whole titles, and a title opening with a word of its own, stay quiet."""
    bad = OUTLINE.format(other="他重要事项")
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, bad)] == [
        (6, "“他重要事项”疑为“其他重要事项”之误")]
    assert run(MisspeltTerm, OUTLINE.format(other="其他重要事项")) == []
    assert run(MisspeltTerm, OUTLINE.format(other="质量发展情况")) == []
    [d] = run(MisspeltTerm, OUTLINE.replace("二、部门整体支出绩效实现情况", "二、门整体支出绩效实现情况").format(
        other="其他重要事项"))
    assert d.message("zh") == "“门整体支出绩效实现情况”疑为“部门整体支出绩效实现情况”之误"


def test_a_compound_term_less_its_last_character_before_a_verb_morpheme():
    """``本次评价指标分项目决策、项目过程…`` (modelled on a county evaluation report): the words
    绩效评价指标 and the verb 分 (divided into), not 绩效评价指标分析 typed short. Written as a heading
    that lost its last character and goes on, the slip still stands."""
    text = "某县残联2023年度项目支出绩效自评报告\n本次绩效评价指标分项目决策、项目过程、项目产出、项目效益四个方面。\n"
    assert run(MisspeltTerm, text) == []
    # with nothing for the verb to take, the term was cut short
    cut = text.replace("分项目决策、项目过程、项目产出、项目效益四个方面", "分，得分90分")
    assert [d.message("zh") for d in run(MisspeltTerm, cut)] == ["“绩效评价指标分”疑为“绩效评价指标分析”之误"]


# A 整体 self-evaluation's outline (our own wording) whose first section heading is {title}.
SECTIONS = ("某县农业农村局2023年度部门整体支出绩效自评报告\n一、{title}\n本局全年完成年度目标任务。\n"
            "二、存在问题\n部分项目进度偏慢。\n")


def test_a_heading_whose_short_standard_title_has_a_look_alike():
    """``一、完咸情况``: the outline's 完成情况 with 成 read as its look-alike 咸. Short titles are not
    read near-miss in sentences, only as a numbered heading's whole title; a right title, a title
    with a character that is no known confusion (完工情况), and one that is itself a word stay quiet."""
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, SECTIONS.format(title="完咸情况"))] == [
        (2, "“完咸情况”疑为“完成情况”之误")]
    [d] = run(MisspeltTerm, SECTIONS.format(title="完咸情况：").replace("一、", "（一）"))
    assert d.message("zh") == "“完咸情况”疑为“完成情况”之误"
    for title in ("完成情况", "完工情况", "主要做法", "执行情况"):
        assert run(MisspeltTerm, SECTIONS.format(title=title)) == [], title
    # in a sentence the short title is not read
    assert run(MisspeltTerm, SECTIONS.format(title="基本情况").replace("本局全年", "完咸情况良好，本局全年")) == []


# A 决算说明's prose and a flattened table row (our own figures and wording).
ACCOUNTS = ("某县教育局2023年度部门决算说明\n"
            "一般公共预算财政拨款支出 860.00 万元，其中：教育支出(类){item}(项)支出 120.00 万元，"
            "主要用于幼儿园运转。\n"
            "2050201 {item}\n")


def test_an_account_name_before_a_level_tag_or_after_its_code():
    """``学期教育(项)``: the 项 学前教育 with 前 typed as 期 (学期, an IME's completion). A level tag
    after the name, or a 科目 code before it, says it is a 科目's name, so any one-character slip
    counts; a name the vocabulary lacks built from the classification's own words (其他体育支出
    beside 其他教育支出) and the right name stay quiet."""
    found = sorted((d.location.line, d.message("zh")) for d in run(MisspeltTerm, ACCOUNTS.format(item="学期教育")))
    assert found == [(2, "“学期教育”疑为“学前教育”之误"), (3, "“学期教育”疑为“学前教育”之误")]
    for item in ("学前教育", "其他体育支出", "小学教育", "高中教育"):
        assert run(MisspeltTerm, ACCOUNTS.format(item=item)) == [], item
    # without the tag or code the name is not known to be a 科目's: 学期 is a word
    assert run(MisspeltTerm, "本年度学期教育经费按计划安排。\n") == []


def test_an_account_name_in_the_cell_after_its_code():
    """A 决算 table's 科目名称 cell beside its 科目编码 cell (our own figures): the code says the cell
    holds a 科目's name."""
    table = ("某县2023年度部门决算\n一般公共预算财政拨款支出决算表\n| 科目编码 | 科目名称 | 决算数 |\n"
             "| --- | --- | --- |\n| 2050201 | {item} | 120.00 |\n| 2050202 | 小学教育 | 300.00 |\n")
    [d] = run(MisspeltTerm, table.format(item="学期教育"))
    assert d.message("zh") == "“学期教育”疑为“学前教育”之误" and d.location.line == 5
    assert run(MisspeltTerm, table.format(item="学前教育")) == []


def test_sangong_expenditure_that_lost_a_character_of_juesuan():
    """A 三公 heading that lost the 算 of 决算 (`“三公”经费决支出情况说明`), or the 出 of 支出."""
    text = ("某县2022年度“三公”经费决支出情况说明\n"
            "2022年，县本级“三公”经费支出决算为 90 万元。某局“三公”经费支决算为 12 万元。\n")
    found = sorted(d.message("zh") for d in run(MisspeltTerm, text))
    assert found == sorted(["“经费支决算”疑为“经费支出决算”之误", "“经费决支出”疑为“经费决算支出”之误"])
    right = text.replace("经费决支出", "经费决算支出").replace("经费支决算", "经费支出决算")
    assert run(MisspeltTerm, right) == []


def test_a_scans_look_alike_in_a_term():
    """A printed form scanned and read back: a stroke or a radical lost or gained (质→贡, 标→栎,
    出→岀, 设→没) in a term of the form."""
    text = ("示范县2023年度项目支出绩效自评表\n\n"
            "产出指标\t贡量指标\t验收合格率\t100%\n"
            "成本指栎\t人均补助标准\t1250元\n"
            "预算执行情况：项目支岀进度符合要求，没备购置按计划完成。\n")
    found = sorted((d.location.line, d.message("zh")) for d in run(MisspeltTerm, text))
    assert found == sorted([
        (line_of(text, "贡量指标"), "“贡量指标”疑为“质量指标”之误"),
        (line_of(text, "成本指栎"), "“成本指栎”疑为“成本指标”之误"),
        (line_of(text, "支岀"), "“项目支岀”疑为“项目支出”之误"),
        (line_of(text, "没备"), "“没备购置”疑为“设备购置”之误"),
    ])


def test_quiet_on_the_words_the_scans_look_alikes_make():
    text = ("示范县2023年度项目支出绩效自评表\n\n"
            "产出指标\t质量指标\t验收合格率\t100%\n成本指标\t人均补助标准\t1250元\n"
            "依法没收违法所得，最高限价以内采购，住房公积金按规定缴存，杜绝虚报冒领，成本最低。\n")
    assert run(MisspeltTerm, text) == []


def test_the_total_score_with_its_two_characters_swapped():
    """``自评分总为95分`` (modelled on a project report's 自评结论): the form's 自评总分 with 总 and 分
    swapped; 自评分 followed by a word of its own (总体, 总计) is no slip."""
    [d] = run(MisspeltTerm, "一、自评结论\n本项目自评分总为95分，评价等次为优。\n")
    assert d.message("zh") == "“自评分总”疑为“自评总分”之误"
    assert run(MisspeltTerm, "一、自评结论\n本项目自评总分为95分，各项目自评分总体较高，自评分总计285分。\n") == []


ACCOUNTS_CONTENTS = """示范县档案馆2023年度部门决算
目录
第一部分 示范县档案馆概况
一、部门职责
二、机构设置
第二部分 示范县档案馆2023年度部门决算情况说明
一、收入支出决算总体情况说明
二、收入决算情况说明
三、支出决算情况说明
四、财政拨款收入支出决算总体情况说明
五、一般公共预算财政拨款支出决算情况说明
六、{seventh}
七、{eighth}
八、其他重要事项的情况说明
第三部分 名词解释
第一部分 示范县档案馆概况
一、部门职责
负责全县档案资料的收集、整理、保管和利用。
"""
_SEVENTH = "一般公共预算财政拨款“三公”经费支出决算情况说明"
_EIGHTH = "政府性基金预算收入支出决算情况说明"


def test_a_contents_title_with_a_word_of_it_written_twice():
    """``…经费支出情况决算情况说明`` (modelled on a provincial bureau's contents, whose body was cut
    before that part): 情况 of the standard title written a second time inside it."""
    bad = ACCOUNTS_CONTENTS.format(seventh="一般公共预算财政拨款“三公”经费支出情况决算情况说明", eighth=_EIGHTH)
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, bad)] == [
        (12, f"“一般公共预算财政拨款“三公”经费支出情况决算情况说明”疑为“{_SEVENTH}”之误")]
    assert run(MisspeltTerm, ACCOUNTS_CONTENTS.format(seventh=_SEVENTH, eighth=_EIGHTH)) == []
    # two clauses joined, each with its own 情况: a title of its own, no slip
    assert run(MisspeltTerm, ACCOUNTS_CONTENTS.format(seventh="预算执行情况和绩效情况", eighth=_EIGHTH)) == []
    # a word before the title qualifies it (a unit's 单位决算单位构成 for 部门决算单位构成)
    assert run(MisspeltTerm, ACCOUNTS_CONTENTS.format(seventh="单位决算单位构成", eighth=_EIGHTH)) == []


def test_a_final_accounts_title_written_as_the_budget_s():
    """``政府性基金预算收入支出预算情况`` among titles that all explain the 决算: the budget
    template's title copied in. 预算 of a budget's name (一般公共预算, 政府性基金预算) and 预算绩效
    are no slip, and a budget report's own titles say 预算 throughout."""
    bad = ACCOUNTS_CONTENTS.format(seventh=_SEVENTH, eighth="政府性基金预算收入支出预算情况")
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, bad)] == [
        (13, "“政府性基金预算收入支出预算情况”疑为“政府性基金预算收入支出决算情况”之误")]
    assert run(MisspeltTerm, ACCOUNTS_CONTENTS.format(seventh=_SEVENTH, eighth="预算绩效情况说明")) == []
    budget = ("示范县档案馆2024年部门预算\n目录\n一、收入支出预算总体情况说明\n二、收入预算情况说明\n"
              "三、支出预算情况说明\n四、政府性基金预算收入支出预算情况\n一、收入支出预算总体情况说明\n本年收入预算100万元。\n")
    assert run(MisspeltTerm, budget) == []


def test_a_garbled_contents_title_whose_body_heading_is_there_is_left_to_c724():
    """The body heads the part with the standard title: C724 names the heading the entry differs
    from; T801 does not report the entry a second time."""
    bad = ACCOUNTS_CONTENTS.format(seventh="一般公共预算财政拨款“三公”经费支出情况决算情况说明", eighth=_EIGHTH)
    bad += f"第二部分 示范县档案馆2023年度部门决算情况说明\n六、{_SEVENTH}\n本年“三公”经费支出1.2万元。\n"
    assert run(MisspeltTerm, bad) == []


def test_the_recurring_wording_read_near_miss():
    """The narratives' own wording outside the forms' labels (terms.recurring_wording), with a
    homophone or a scan's look-alike (财正局, 贯彻职行, 集中支信, 为桥改造)."""
    text = ("某县2023年度部门整体支出绩效自评报告\n一、基本情况\n"
            "县财正局及时下达资金，我局认真贯彻职行上级决策部署。\n"
            "严格按照国库集中支信制度拨付资金，完成农村公路为桥改造 4 座。\n")
    found = sorted(d.message("zh") for d in run(MisspeltTerm, text))
    assert found == sorted(["“县财正局”疑为“县财政局”之误", "“贯彻职行”疑为“贯彻执行”之误",
                            "“国库集中支信”疑为“国库集中支付”之误", "“为桥改造”疑为“危桥改造”之误"])


def test_the_recurring_wording_beside_words_of_its_own_is_quiet():
    """Staff counted 行政编 / 事业编 (short for 行政编制), 预算编审, 促进一部分, 成为桥梁, 收支信息, and
    the rates and phrases written right."""
    text = ("某县2023年度部门决算说明\n一、基本情况\n"
            "核定编制 30 人（行政编 10 人、全额事业编 20 人）。加强部门预算编审，预算编报及时。\n"
            "促进一部分农户增收，完成率 100%，合格率 98%，知晓率 90%，覆盖率提升，及时率较高。\n"
            "让公路养护成为桥梁安全的防线，收支信息及时公开，支付信息系统运行正常。\n"
            "综合管理办公室负责日常工作，预算调剂 2 万元，上级补贴到位，与上年相比减少 2 万元。\n"
            "区（县）级财政保基本民生，主要因为人员增加，主要是为了保障运转。\n"
            "根据《某市市级部门预算绩效管理办法》，严格落实重大支出决策程序。\n"
            "养护工程交工验收合格率 100%，资金使用效益明显。\n")
    assert run(MisspeltTerm, text) == []


CUT_TABLE_ENTRY = """示范县农业农村局2023年度部门决算

目录

第二部分 2023年度部门决算表

一、收入支出决算总表

二、收入决算表

三、支出决算表

四、财政拨款收入支出决算总表

五、一般公共预算财政拨款支出决算

六、一般公共预算财政拨款基本支出决算明细

七、政府性基金预算财政拨款收入支出决算表

第三部分 2023年度部门决算情况说明

一、收入支出决算总体情况说明

本局2023年度收入总计812.40万元。
"""


def test_t801_a_contents_entry_naming_a_standard_table_without_its_last_character():
    """A 决算 contents listing the public tables, each entry ending in 表, where one or two entries
    stop at 决算 / 决算明细 (五、一般公共预算财政拨款支出决算): the standard table's title cut short
    (seen on Hubei and Yunnan 决算 contents). Sections titled without 表 in a list of 情况说明 stay quiet."""
    found = [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, CUT_TABLE_ENTRY)]
    assert (line_of(CUT_TABLE_ENTRY, "五、一般公共预算财政拨款支出决算"),
            "“一般公共预算财政拨款支出决算”疑为“一般公共预算财政拨款支出决算表”之误") in found
    assert line_of(CUT_TABLE_ENTRY, "六、一般公共预算财政拨款基本支出决算明细") in [line for line, _m in found]
    fixed = CUT_TABLE_ENTRY.replace("支出决算\n", "支出决算表\n").replace("决算明细\n", "决算明细表\n")
    assert run(MisspeltTerm, fixed) == []
    # the 表 wrapped onto a line of its own (a PDF's narrow contents column) is the whole title
    wrapped = CUT_TABLE_ENTRY.replace("支出决算\n", "支出决算\n表\n").replace("决算明细\n", "决算明细表\n")
    assert run(MisspeltTerm, wrapped) == []
    # a list of sections that name the tables without 表 (one list, one way) is no slip
    bare = ("示范县农业农村局2023年度部门决算说明\n\n一、收入支出决算总体情况\n\n二、收入决算情况\n\n"
            "三、一般公共预算财政拨款支出决算\n\n本局一般公共预算财政拨款支出500.00万元。\n\n"
            "四、政府性基金预算财政拨款收入支出决算情况\n\n本局无政府性基金收支。\n")
    assert run(MisspeltTerm, bare) == []


def test_a_part_heading_the_copy_began_inside_is_the_cut():
    """``二部分 2023年度部门决算情况说明`` as the text's first line (the excerpt began after its
    第, a title line or not): the cut's, not a slip. The same heading inside the text is one."""
    text = ("二部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
            "第三部分 名词解释\n第四部分 附件\n")
    assert run(MisspeltTerm, text) == []
    inside = "一、收入支出决算总体情况说明\n" + text
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, inside)] == [
        (2, "“二部分”疑为“第二部分”之误")]


def test_a_term_the_text_stops_inside_is_the_cut():
    """``…“三公”经费支`` as the text's last characters (the copy stopped inside a table's name,
    ``经费支出决算表``): a term short of a character there is the cut's. The same line inside the
    text is reported."""
    text = "六、一般公共预算财政拨款基本支出决算表\n七、一般公共预算财政拨款“三公”经费支"
    assert run(MisspeltTerm, text) == []
    inside = text + "\n八、政府性基金预算财政拨款收入支出决算表\n"
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, inside)] == [
        (2, "“经费支”疑为“经费开支”之误")]


def test_an_itemised_spending_heading_is_no_project_spending_short_of_mu():
    """``分项支出情况`` (the 三公 section's 分项: item by item) reads 分项 + 支出情况, not 项目支出情况
    less its 目 (a contents list of a county office's 决算 has it); the slip itself is still found."""
    draft = ("四、2023年“三公”经费情况说明\n(一)“三公”经费支出总额情况\n(二)“三公”经费分项支出情况\n"
             "(三)“三公”经费单项支出情况\n")
    assert run(MisspeltTerm, draft) == []
    assert [d.message("zh") for d in run(MisspeltTerm, "二、项支出情况\n三、基本支出情况\n")] \
        == ["“项支出情况”疑为“项目支出情况”之误"]


def test_a_total_cut_short_after_a_figure_and_a_list_comma():
    """``收、支总计`` shares 总计 on purpose; after a figure (``收入95.10万元、支总计90.20万元``) the 、
    only separates two statements, and ``支总计`` is 支出总计 that lost its 出."""
    [d] = run(MisspeltTerm, "二、收入支出决算总体情况说明\n\n2023年财政拨款收入95.10万元、支总计90.20万元。\n")
    assert d.message("zh") == "“支总计”疑为“支出总计”之误"
    assert run(MisspeltTerm, "二、收入支出决算总体情况说明\n\n2023年财政拨款收、支总计均为90.20万元。\n") == []
    assert run(MisspeltTerm, "2023年财政拨款收入95.10万元、支出总计90.20万元。\n") == []


# A cited document's title holding a standard term with one of its two-character pieces typed
# again inside it (held28 DEV 021: 《预算管理绩效管理…》 for 预算绩效管理); rewritten here.
CITED = """某县林业局2023年度项目支出绩效自评报告
一、自评依据
根据《某县预算管理绩效管理工作实施细则》（某财绩〔2021〕8号）和《某县城市管理专项资金管理办法》，开展本次自评。
"""


def test_a_standard_term_in_a_cited_title_with_a_piece_typed_again_is_reported():
    [d] = [d for d in run(MisspeltTerm, CITED) if "管理绩效管理" in d.message("zh")]
    assert d.location.line == 3
    assert d.message("zh") == "“预算管理绩效管理”疑为“预算绩效管理”之误"
    line = CITED.splitlines()[2]
    assert line[d.location.column - 1:d.location.end_column - 1] == "预算管理绩效管理"
    assert not [d for d in run(MisspeltTerm, CITED.replace("预算管理绩效管理", "预算绩效管理"))
                if "管理" in d.message("zh")]


def test_retyped_pieces_reads_only_a_standard_term_with_its_own_piece_again():
    from perflint.extract.cited_titles import retyped_pieces

    text = "依据《关于印发预算管理绩效管理工作考核办法的通知》执行。"
    [p] = retyped_pieces(text)
    assert (text[p.start:p.end], p.written, p.term) == ("预算管理绩效管理", "预算管理绩效管理", "预算绩效管理")
    assert retyped_pieces("依据预算管理绩效管理工作考核办法执行。") == []  # not inside a title
    assert retyped_pieces("依据《某县城市管理专项资金管理办法》执行。") == []  # two words of a title
    assert retyped_pieces("依据《中共某市委 某市人民政府关于全面实施预算绩效管理的实施意见》。") == []


def test_an_office_closed_by_bu_then_its_whole_expenditure_is_no_dropped_men():
    """``现将县委宣传部整体支出绩效自评结果报告如下`` (modelled on a county party office's 整体自评):
    宣传部 + 整体支出绩效自评, not 部门整体支出绩效自评 less its 门. The 部 closes the office's name
    and a known word (整体支出) opens what follows. After a year (``2024年度部整体支出…``) nothing
    closes a word before 部: the slip stands."""
    text = "示范县委宣传部2024年部门整体支出绩效自评报告\n一、摘要\n现将县委宣传部整体支出绩效自评结果报告如下。\n"
    assert run(MisspeltTerm, text) == []
    slip = text.replace("县委宣传部整体支出", "2024年度部整体支出")
    assert [d.message("zh") for d in run(MisspeltTerm, slip)] == ["“部整体支出绩效自评”疑为“部门整体支出绩效自评”之误"]


def test_a_function_character_left_after_a_drop_that_links_on_is_prose():
    """``经常性与国家机关…沟通联络`` (modelled on a city's liaison office report): 经常性 + 与 + what it
    is done with, not 经常性赠与 less its 赠 — the 与 left after the drop links to the words after it.
    The same remainder closing a table's row label (``经常性与 12.00``) is still the term typed short."""
    text = "示范市驻京联络处2022年度项目支出绩效自评报告\n一、自评结论\n联络处经常性与国家机关及各行业协会沟通联络，建立紧密联系。\n"
    assert run(MisspeltTerm, text) == []
    row = "示范市驻京联络处2022年度项目支出绩效自评报告\n一、支出明细\n其中：经常性与 12.00\n"
    assert [d.message("zh") for d in run(MisspeltTerm, row)] == ["“经常性与”疑为“经常性赠与”之误"]


def test_a_year_that_lost_its_nian_is_no_term_less_its_first_character():
    """``2021度预算绩效情况`` is a year without its 年 (Y506, T802 report it), not 年度预算 less its
    年: the same slip is not reported a third time; a term less its first character after
    punctuation still is (fp30: a contents title of a 决算说明 page)."""
    text = "某局2022年度部门决算\n目录\n十四、2021度预算绩效情况说明\n十五、其他说明\n"
    assert run(MisspeltTerm, text) == []
    cut = "某局2022年度部门决算\n目录\n三、其他说明：度预算执行良好\n"
    assert [d.message("zh") for d in run(MisspeltTerm, cut)] == ["“度预算”疑为“年度预算”之误"]


def test_a_heading_whose_overview_title_is_typed_as_summary():
    """``一、项目概括``: the outline's 项目概况 (an overview) with 况 typed as its near homophone 括
    (概括, to sum up); in a sentence 概括 is left alone (modelled on a province's commerce project
    self-evaluation)."""
    assert [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, SECTIONS.format(title="项目概括"))] == [
        (2, "“项目概括”疑为“项目概况”之误")]
    assert run(MisspeltTerm, SECTIONS.format(title="项目概况")) == []
    assert run(MisspeltTerm, SECTIONS.format(title="基本情况").replace("本局全年", "项目概括起来有三点，本局全年")) == []
    # 部门概括 is a listed typo (T802's): the heading reading leaves it
    assert run(MisspeltTerm, SECTIONS.format(title="部门概括")) == []
def test_a_word_then_a_preposition_heading_a_date_is_no_term_cut_short():
    """``该项目自2021年3月启动以来`` (modelled on an archive's project report): the whole word 项目
    and 自 ("since") heading the date, not 项目自评 typed short. A term cut short before a
    figure (``专项资500万元``) still is a slip."""
    text = "一、项目基本情况\n\n该项目自2021年3月启动以来，已完成馆藏档案数字化加工 12 万页。\n"
    assert run(MisspeltTerm, text) == []
    [d] = run(MisspeltTerm, "一、资金情况\n\n下达专项资500万元，已全部拨付。\n")
    assert "“专项资”疑为“专项资金”之误" in d.message("zh")

















def test_a_term_less_its_last_character_whose_half_opens_a_prefixed_word():
    """``项目预评估时间`` (a Hainan province's evaluation report's key-facts table, fp32 028; written
    anew): 项目 then 预评估 (a pre-assessment), not 项目预算 less its 算; the same for 预评价, 预审,
    预拨, 预验收. 预 before a word it opens no word with (预执行情况) stays a slip."""
    text = ("某示范项目绩效评价报告\n\n项目预评估时间为2020年6月，项目预评价结论为良好。\n"
            "项目预审工作于5月完成，项目预拨资金已到位，项目预验收已通过。\n")
    assert run(MisspeltTerm, text) == []
    [d] = run(MisspeltTerm, "某示范项目绩效评价报告\n\n本年度项目预执行情况良好。\n")
    assert d.message("zh") == "“预执行情况”疑为“预算执行情况”之误"


# T801 on the fixed words of the forms' positions: a 自评表's level cells, the 决算 tables'
# titles, a budget's name blended from two (perflint/extract/form_words.py, perflint/data/forms.yaml).

FORMS_BAD = fixture("terms", "forms_fixed_words_misspelt.txt")
FORMS_GOOD = fixture("terms", "forms_fixed_words_good.txt")
FORMS_ONCE = fixture("terms", "forms_budget_name_once.txt")


def test_slips_in_the_forms_fixed_words_are_reported():
    found = sorted((d.location.line, d.message("zh")) for d in run(MisspeltTerm, FORMS_BAD))
    assert found == sorted([
        (line_of(FORMS_BAD, "基本支出决表"), "“一般公共预算财政拨款基本支出决表”疑为“一般公共预算财政拨款基本支出决算表”之误"),
        (line_of(FORMS_BAD, "八、政府性基金财政拨款"), "“政府性基金财政拨款收入支出决算表”疑为“政府性基金预算财政拨款收入支出决算表”之误"),
        (line_of(FORMS_BAD, "九、政府性经营预算"), "“政府性经营预算财政拨款支出决算表”疑为“国有资本经营预算财政拨款支出决算表”之误"),
        (line_of(FORMS_BAD, "本站不涉及"), "“政府性经营预算”疑为“政府性基金预算/国有资本经营预算”之误"),
        (line_of(FORMS_BAD, "产业指标"), "“产业指标”疑为“产出指标”之误"),
        (line_of(FORMS_BAD, "时效指示"), "“时效指示”疑为“时效指标”之误"),
        (line_of(FORMS_BAD, "社会效应指标"), "“社会效应指标”疑为“社会效益指标”之误"),
        (line_of(FORMS_BAD, "产业指标(60分)"), "“产业指标”疑为“产出指标”之误"),
    ])
    assert all(d.severity.name == "warning" for d in run(MisspeltTerm, FORMS_BAD))
    # 一般公共决算 (决算 for the fund's 预算) is on T802's list: told there, once
    assert [(d.location.line, d.message("zh")) for d in run(CommonTypo, FORMS_BAD)] == [
        (line_of(FORMS_BAD, "一般公共决算财政拨款"), "“一般公共决算”疑为“一般公共预算”之误")]


def test_the_level_cell_is_reported_at_its_word_without_its_weight():
    [d] = [d for d in run(MisspeltTerm, FORMS_BAD) if "产业指标" in d.message("zh") and d.location.line < 30]
    line = FORMS_BAD.splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:d.location.end_column - 1] == "产业指标"


def test_the_templates_own_spellings_and_prose_stay_quiet():
    """收入决算总表, 基本支出决算明细表, quotes or none round 三公, a table after a lead of its own
    (非财政拨款…), 效果指标 / 时效性指标 / 社会效益 / 服务对象满意度指标等 in the level column, and
    产业指标 in prose (an industry's indicator)."""
    assert run(MisspeltTerm, FORMS_GOOD) == []


def test_a_level_word_away_from_a_form_is_not_read():
    text = "某县2023年经济运行情况\n\n产业指标\n\n全县工业增加值增长5%，服务业平稳。\n"
    assert run(MisspeltTerm, text) == []


def test_a_level_cell_cut_at_its_edge_is_a_wrapped_word():
    """满意度指 | 标: a narrow column wrapped the word, no character was dropped."""
    text = ("项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---|---|\n"
            "| 产出指标 | 数量指标 | 培训人数 | 50 | 50 |\n| 满意度指 | 服务对象满意度指标 | 满意度 | 50 | 50 |\n")
    assert run(MisspeltTerm, text) == []


def test_a_budget_publications_tables_are_no_slips_of_the_final_accounts():
    """收入预算表, 支出预算表…: a 部门预算 names its tables as the 决算 does, 预算 for 决算."""
    text = ("某某局2024年部门预算\n\n目录\n一、收入支出预算总表\n二、收入预算表\n三、支出预算表\n"
            "四、财政拨款收入支出预算总表\n五、一般公共预算财政拨款支出预算表\n"
            "六、一般公共预算财政拨款基本支出预算表\n七、一般公共预算财政拨款“三公”经费支出预算表\n")
    assert run(MisspeltTerm, text) == []


def test_a_weighted_word_away_from_a_form_is_not_read():
    """产业指标（20分） as a scoring item of another table (a county's assessment), no level word
    of a 自评表 beside it."""
    text = "某县2023年乡村振兴考核评分办法\n\n一、产业指标（20分）：主导产业产值增长5%以上。\n"
    assert run(MisspeltTerm, text) == []


def test_a_budget_names_slip_is_one_finding_across_t801_and_t802():
    """八、政府性经营预算财政拨款支出决算表 among the 决算 tables and 一般公共决算财政拨款 in prose (a
    written 决算 modelled on a district's publication, held30 DEV 022:27 and a city bureau's contents,
    audit26d 001:3): each slip is told once, T801 naming the table the position holds (国有资本经营预算
    here: the list names 政府性基金预算 already), not T802 again with its one fixed reading."""
    found = sorted((d.location.line, d.code, d.message("zh"))
                   for rule in (MisspeltTerm, CommonTypo) for d in run(rule, FORMS_ONCE))
    assert found == sorted([
        (line_of(FORMS_ONCE, "八、政府性经营预算"), "T801",
         "“政府性经营预算财政拨款支出决算表”疑为“国有资本经营预算财政拨款支出决算表”之误"),
        (line_of(FORMS_ONCE, "一般公共决算财政拨款"), "T802", "“一般公共决算”疑为“一般公共预算”之误"),
    ])


# Modelled on mirror pages that republish a traditional-character draft read one byte off: the
# garble (``?。ㄒ唬`` for ``（一）``) eats the character before a term, which then reads as a term
# cut short. A garbled text is the host's, not the draft's: its near misses are not reported;
# the same slip in clean text still is.
GARBLED_MIRROR = (
    "某縣2023年度部門決算公開說明\n第一部分 部門概況\n一、部門職責\n?。ㄒ唬╉?xiàng)目概況\n"
    "本單位負責全縣項目概況的匯總。\n二、機關運行經費情況說明\n。ㄒ唬C關運行經費支出5.2萬元，機關運行經費比上年減少。\n"
)


def test_t801_quiet_on_a_term_a_mirrors_garble_cut():
    assert lint_text(GARBLED_MIRROR, checks=[MisspeltTerm]) == []
    clean = GARBLED_MIRROR.replace("?。ㄒ唬╉?xiàng)目概況", "(一)目概況")  # a real slip, line 7 still garbled
    assert [d.location.line for d in lint_text(clean, checks=[MisspeltTerm])] == [4]


# A 绩效目标 written as labelled lines in the narrative (``产出指标：`` alone on its line or before
# its target, a list mark before it or not) puts the levels' words in a position of their own: a
# label one edit from a level among the other levels' labels is the same slip as in the form's cell.

LABELLED_LEVELS = """某县2023年美丽乡村建设项目绩效自评报告

（四）绩效目标
产业指标：
建成示范村12个，受益农户3600户。
时效指标：
项目于2023年12月前完工。
成本指标：
县级安排资金520万元。
"""

LABELLED_WITH_TARGETS = """某县2023年农村道路养护项目绩效自评报告

二、绩效目标
1.产出指标：养护农村公路120公里，路况优良率≥85%。
2.效溢指标：群众出行条件得到改善。
3.满意度指标：群众满意度≥90%。
"""


def test_a_labelled_level_one_edit_from_its_word_is_reported():
    [d] = run(MisspeltTerm, LABELLED_LEVELS)
    assert d.message("zh") == "“产业指标”疑为“产出指标”之误"
    assert d.location.line == line_of(LABELLED_LEVELS, "产业指标")
    line = LABELLED_LEVELS.splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:d.location.end_column - 1] == "产业指标"
    [d] = run(MisspeltTerm, LABELLED_WITH_TARGETS)
    assert d.message("zh") == "“效溢指标”疑为“效益指标”之误"
    line = LABELLED_WITH_TARGETS.splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:d.location.end_column - 1] == "效溢指标"


def test_labelled_levels_written_right_or_alone_stay_quiet():
    """The template's words and the spellings real templates use (成效指标, 效果指标) are no slips;
    an 产业指标 labelling an industry's figures, with no other level's label near it, is prose."""
    good = LABELLED_LEVELS.replace("产业指标", "产出指标")
    assert run(MisspeltTerm, good) == []
    assert run(MisspeltTerm, LABELLED_WITH_TARGETS.replace("效溢指标", "成效指标")) == []
    alone = "某县2023年经济运行情况\n\n一、主要指标\n产业指标：全县工业增加值增长5%。\n服务业平稳增长。\n"
    assert run(MisspeltTerm, alone) == []


def test_livestock_products_are_a_term_of_their_own_not_a_slip():
    """``农畜产品`` (crop and livestock products, the pastoral regions' usage) and ``农副产品`` are
    words of their own: ``农畜产品质量安全`` is no ``农产品质量安全`` with a character put in. A
    character that makes no such word is still reported."""
    text = ("一、单位职能\n某某盟农畜产品质量安全监测站负责全盟农畜产品质量安全检测工作。\n"
            "二、主要职责\n负责农副产品质量安全抽检。\n")
    assert run(MisspeltTerm, text) == []
    [d] = run(MisspeltTerm, "一、单位职能\n负责全县公共文体化服务体系建设。\n")
    assert "公共文化服务体系" in d.message("zh")


def test_a_standard_title_that_lost_the_head_word_of_its_term():
    """``六、2023年度机关运行情况说明`` for the standard ``机关运行经费情况说明``: the title's term
    (机关运行经费) lost its head word 经费, and 机关运行 is not what the section explains. Titles
    that leave out words the outlines vary on (``政府采购情况说明`` without 支出,
    ``国有资本经营预算财政拨款支出情况说明`` without 决算) stay quiet."""
    text = ("目录\n五、2023年度政府采购情况说明\n六、2023年度机关运行情况说明\n"
            "七、国有资本经营预算财政拨款支出情况说明\n八、2023年度国有资产占用情况说明\n")
    found = [(d.location.line, d.message("zh")) for d in run(MisspeltTerm, text)]
    assert found == [(3, "“机关运行情况说明”疑为“机关运行经费情况说明”之误")]


def test_self_evaluation_and_the_courts_staffing_term_are_words_not_slips():
    """``绩效自我评价`` is the long form of ``绩效自评``, not the term with 我 put in, and
    ``行政政法专项编制`` (the 政法专项编制 of a court or procuratorate) is no ``行政执法`` with its 执
    written as 政. A real slip in the same lines is still reported (held33 015, a court's 整体自评)."""
    text = ("为切实做好2019年度部门整体支出绩效自我评价工作，现将我院自评结果报告如下：\n"
            "一、单位概况\n本院行政政法专项编制56人，政法编制另列，事业编3人。\n")
    assert run(MisspeltTerm, text) == []
    [d] = run(MisspeltTerm, text + "负责全院行政职法工作。\n")
    assert "行政执法" in d.message("zh")


def test_a_prefix_morpheme_that_makes_a_word_with_the_verb_after_it_is_no_cut_term():
    """``经费预安排`` is 经费 + 预安排 (arranged in advance, as a 预算 is first 预安排 and then
    批复), not 经费预算 less its 算: the character left at the end of the window makes a known
    word with the word that follows it (预 + 安排, 预 + 下达), so the term is not read cut short
    (fp37 page 002, a county's 三公 budget note). A term cut before a word the prefix does not
    join is still reported."""
    text = ("某县2024年“三公”经费情况说明\n"
            "全县“三公”经费预安排58.6万元，转移支付资金预下达120万元。\n")
    assert run(MisspeltTerm, text) == []
    [d] = run(MisspeltTerm, "某县2024年“三公”经费情况说明\n全县“三公”经费预安全58.6万元。\n")
    assert "经费预算" in d.message("zh")
def test_an_animal_disease_of_the_immunisation_programme_lost_a_character():
    """小反兽疫 for 小反刍兽疫 (a 动物防疫 project's 强制免疫 of audit33's round): the disease's name is
    fixed by the national programme."""
    text = ("示范县农业农村局2023年度项目支出绩效自评报告\n\n一、项目概况\n\n"
            "完成口蹄疫、小反兽疫等重大动物疫病强制免疫。\n")
    assert [d.message("zh") for d in run(MisspeltTerm, text)] == ["“小反兽疫”疑为“小反刍兽疫”之误"]
    assert run(MisspeltTerm, text.replace("小反兽疫", "小反刍兽疫")) == []


CUT_NOTE_ENTRY = """示范县农业农村局2023年度部门决算

目录

第三部分 2023年度部门决算情况说明

一、收入支出决算总体情况说明

二、收入决算情况说明

三、支出决算情况说明

四、一般公共预算财政拨款基本支出

五、机关运行经费支出情况说明

第四部分 名词解释
"""


def test_a_contents_entry_of_the_notes_that_lost_its_last_words():
    """A contents entry of the 情况说明 list that stops where a standard title goes on (…基本支出
    for …基本支出决算情况说明) while three siblings or more are written out: the entry cut."""
    [d] = run(MisspeltTerm, CUT_NOTE_ENTRY)
    assert (d.location.line, d.message("zh")) == (
        line_of(CUT_NOTE_ENTRY, "四、"), "“一般公共预算财政拨款基本支出”疑为“一般公共预算财政拨款基本支出决算情况说明”之误")
    fixed = CUT_NOTE_ENTRY.replace("基本支出\n", "基本支出决算情况说明\n")
    assert run(MisspeltTerm, fixed) == []
    # an entry that stops at 决算 or 情况 is a short form many templates write
    for stop in ("基本支出决算\n", "基本支出决算情况\n"):
        assert run(MisspeltTerm, CUT_NOTE_ENTRY.replace("基本支出\n", stop)) == [], stop
    # a list that names its sections short throughout is no slip
    short = ("示范县农业农村局2023年度部门决算\n\n目录\n\n一、收入支出决算总体情况\n\n二、收入决算\n\n"
             "三、支出决算\n\n四、一般公共预算财政拨款基本支出\n\n第四部分 名词解释\n")
    assert run(MisspeltTerm, short) == []
