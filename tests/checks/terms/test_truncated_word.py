"""T808 truncated-word: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import TruncatedWord

from perflint.extract.slips import truncated_words

from .._harness import lint_text, run

CUT_DRAFT = """某区网格服务中心2023年度部门整体支出绩效自评报告

一、基本情况
中心负责全区网格监测站点的日常巡查，共设监测站点 42 个。

二、绩效目标完成情况
组织对各监测站的考核，考核结果与经费挂钩。监测站点数据按月上报，监测站点设备完好率 98%。

三、存在的问题
个别春节慰问经费使用进度偏慢，春节慰问金已全部发放。
"""


def test_truncated_word_uses_the_draft_as_its_dictionary():
    diags = run(TruncatedWord, CUT_DRAFT)
    assert [(d.location.line, d.message("zh")) for d in diags] == [
        (7, "“监测站”疑漏字，本文其他处均作“监测站点”")]
    fixed = CUT_DRAFT.replace("各监测站的考核", "各监测站点的考核")
    assert run(TruncatedWord, fixed) == []


def test_truncated_word_leaves_a_wrapped_cell_and_a_free_word_alone():
    texts = ["数量指", "产出指标", "标", "数量指标", "数量指标", "质量指标"]
    assert truncated_words(texts) == []
    assert truncated_words(["管理费的使用", "管理费用 3 万元", "管理费用", "管理费用"]) == []


def test_two_heads_sharing_the_rest_are_not_cut_short():
    # 高血压和2型糖尿病患者: 高血压 shares 患者 with the head after the joiner
    rows = ["高血压患者规范管理人数", "高血压患者规范管理率", "高血压患者随访", "糖尿病患者规范管理人数",
            "高血压患者健康管理"]
    assert truncated_words(["为高血压和2型糖尿病患者提供服务", *rows]) == []
    # the same stop where nothing after the joiner carries 患 is still read as a word cut short
    cut = truncated_words(["为高血压和老年人提供服务", *rows])
    assert [(t.written, t.missing) for t in cut] == [("高血压", "患")]


def test_an_organisation_name_is_not_a_word_cut_short():
    # 财政部 (the ministry) is whole even where the draft says 财政部门 three times elsewhere
    texts = ["根据财政部门要求，", "配合财政部门开展检查，", "报送财政部门审核。", "按照财政部门规定", "上报财政部。"]
    assert truncated_words(texts) == []


def test_the_field_an_organisation_is_named_for_is_not_its_name_cut_short():
    # the bureau is 示范区水利和湖泊局 throughout; 关于水利和湖泊、“三农”工作 names its field
    texts = ["示范区水利和湖泊局概况", "示范区水利和湖泊局贯彻落实党中央关于水利和湖泊、“三农”工作的方针政策",
             "示范区水利和湖泊局2023年部门决算表", "示范区水利和湖泊局部门决算情况说明"]
    assert truncated_words(texts) == []


def test_a_place_is_not_the_name_of_its_court_or_government_cut_short():
    """A 区 court's budget names its district alone once (为首都和示范区的和谐稳定) and otherwise
    always as the start of the court's name (示范区人民法院, modelled on a district court's budget
    page); a township writes 示范乡 beside 示范乡人民政府. The place is whole."""
    court = ["示范区人民法院是国家的审判机关。", "所属事业单位1个，为示范区人民法院综合事务中心。",
             "示范区人民法院包括1个预算单位。", "示范区人民法院行政编制362人。",
             "为首都和示范区的和谐稳定发展提供司法保障。"]
    assert truncated_words(court) == []
    town = ["示范乡人民政府2026年预算公开目录", "第一部分 示范乡人民政府2026年部门预算编制说明",
            "第二部分 示范乡人民政府2026年部门预算表", "示范乡是国家行政管理的基层机关，"]
    assert truncated_words(town) == []
    # a word cut inside a place's name still is one: 农贸市 where the draft writes 农贸市场
    market = ["农贸市场改造", "新建农贸市场一处，", "维修农贸市场顶棚。", "农贸市场管理", "农贸市的摊位已出租。"]
    assert [(t.written, t.missing) for t in truncated_words(market)] == [("农贸市", "场")]


def test_a_word_the_text_stops_in_is_the_cut_of_an_excerpt():
    # the excerpt ends mid-word: the edge is not a slip; the same stem inside the text still is
    cut_off = CUT_DRAFT.replace("各监测站的考核", "各监测站点的考核") + "共巡查监测站\n\n"
    assert run(TruncatedWord, cut_off) == []
    inside = CUT_DRAFT.replace("各监测站的考核", "各监测站点的考核") + "共巡查监测站，完成率100%。\n"
    assert [d.location.line for d in run(TruncatedWord, inside)] == [11]


def test_a_stem_that_ends_in_a_whole_word_is_not_cut():
    """A body title ``示范学校2021年度部门决算情况`` where the contents write ``…情况说明`` again and
    again: 情况 is a word, the title just says less. A stem cut inside a word still fires."""
    draft = """示范学校2021年度部门决算
目录
第一部分 示范学校2021年部门决算情况说明
一、部门职责
二、机构设置
三、示范学校2021年度部门决算说明
(一)收入支出决算总体情况说明
(二)收入决算情况说明
(三)支出决算情况说明
(四)财政拨款收入支出决算总体情况说明
第二部分 示范学校2021年部门决算公开报表
示范学校2021年度部门决算情况
一、部门职责
负责全校教育教学工作。
二、机构设置
下设办公室、教务处。
"""
    assert run(TruncatedWord, draft) == []
    assert len(run(TruncatedWord, CUT_DRAFT)) == 1  # 监测站 for 监测站点 still fires


def test_a_noun_without_its_locative_particle_is_not_cut_short():
    # a town's duties: 本行政区域内 four times, then 本行政区域的决定 (whole: 内 means "within")
    duties = ("（1）管理本行政区域内的经济工作。（2）管理本行政区域内的道路建设。（3）负责本行政区域内的护林防火。"
              "（4）负责本行政区域内的应急管理。（5）在法律许可的范围内发布本行政区域的决定和命令。")
    assert truncated_words([duties]) == []
    # in a draft that also cuts a word short, that cut alone is reported
    draft = CUT_DRAFT + "\n四、部门职责\n" + duties + "\n"
    assert [d.message("zh") for d in run(TruncatedWord, draft)] == ["“监测站”疑漏字，本文其他处均作“监测站点”"]


def test_a_units_name_that_lost_its_first_character():
    """``闻县前山镇人民政府`` beside ``徐闻县前山镇人民政府`` (modelled on a township's self-evaluation):
    the county's first character was lost at the start of the sentence. A real two-character county
    after a word (2023年南县财政局), a name after 省/市, or an excerpt opening on the name, stay quiet."""
    text = ("青河镇部门整体支出绩效自评报告\n\n评价单位(公章):青河县青河镇人民政府\n\n"
            "(一)单位机构设置情况。河县青河镇人民政府为青河县财政局下的行政单位，无下属二级预算单位。\n")
    found = [(d.location.line, d.key, d.message("zh")) for d in run(TruncatedWord, text)]
    assert found == [(5, "headless", "“河县青河镇人民政府”疑漏了首字，本文他处作“青河县青河镇人民政府”")]
    assert run(TruncatedWord, text.replace("。河县青河镇", "。青河县青河镇")) == []
    quiet = ("示范镇2023年度部门决算\n\n2023年南县财政局下达资金20万元。\n\n南县财政局按时拨付。\n"
             "某省南县财政局负责复核。\n")
    assert run(TruncatedWord, quiet) == []
    assert run(TruncatedWord, "河县青河镇人民政府为行政单位。\n评价单位:青河县青河镇人民政府\n") == []


def test_list_items_run_together_elsewhere_are_not_cut_short():
    """``关于园林、绿化、市容工作`` beside ``关于园林绿化工作`` and the bureau's name: the stem
    stops at the list's joiner and the next item opens with the very character the draft
    elsewhere goes on with (modelled on a culture and tourism bureau's duties)."""
    draft = """某县园林绿化局2023年度部门决算

一、部门职责
某县园林绿化局贯彻执行党和国家关于园林、绿化、市容工作的方针政策，落实县委关于园林绿化工作的要求。
二、机构设置
某县园林绿化局内设3个股室，为一级预算单位。
"""
    assert run(TruncatedWord, draft) == []
    assert run(TruncatedWord, draft.replace("园林、绿化", "园林和绿化")) == []
    # a stem cut short where no list goes on with its character is still read
    cut = draft.replace("关于园林、绿化、市容工作", "关于园林的市容工作")
    assert [d.message("zh") for d in run(TruncatedWord, cut)] == ["“关于园林”疑漏字，本文其他处均作“关于园林绿”"]


def test_truncated_word_quiet_on_a_stem_ending_in_a_whole_word():
    """``收入支出决算总体及增减变动情况`` beside ``部门支出决算总体情况表``: 总体 is a whole word, and
    及 joins it to the next; nothing was lost (a 决算 contents line)."""
    text = ("示范区人大常委会办公室2017年部门决算\n\n一、2017年度收入支出决算总体及增减变动情况\n\n"
            "表6:部门收支决算总体情况表\n\n表7:部门收入决算总体情况表\n\n表8:部门支出决算总体情况表\n")
    assert run(TruncatedWord, text) == []
    cut = text + "\n本单位决算单的编制按要求完成,决算单位按时报送,决算单位数据准确,决算单位审核无误。\n"
    assert [d.location.line for d in run(TruncatedWord, cut)] == [11]


def test_a_units_name_that_lost_its_last_character_before_what_it_is():
    """``石门县林业属县财政全额拨款的行政单位`` beside the form's ``石门县林业局`` (modelled on a 整体
    支出 self-evaluation's 基本情况): the name lost its 局 before 属. The name whole, the sector the
    place's name opens (石门县林业系统, 石门县林业现有林地), or a draft that never writes the name
    whole, stay quiet."""
    text = ("部门整体支出绩效自评报告\n\n部门(单位)名称:  石门县林业局\n\n"
            "一、基本情况\n石门县林业属县财政全额拨款的行政单位，现有在编 20 人。\n")
    found = [(d.location.line, d.key, d.message("zh")) for d in run(TruncatedWord, text)]
    assert found == [(6, "tailless", "“石门县林业”疑漏了末字，本文他处作“石门县林业局”")]
    assert run(TruncatedWord, text.replace("石门县林业属", "石门县林业局属")) == []
    sector = text.replace("石门县林业属县财政全额拨款的行政单位，现有在编 20 人。",
                          "石门县林业系统共有职工 80 人，石门县林业现有林地 12 万亩。")
    assert run(TruncatedWord, sector) == []
    assert run(TruncatedWord, text.replace("名称:  石门县林业局", "名称:  本局")) == []


def test_a_figure_that_lost_its_leading_digits():
    """``支出总计,867.48万元`` beside ``财力为1,867.48万元`` (modelled on a township's budget
    statement): the 1 before the thousands separator was lost. The figure whole, a figure of its
    own after a comma (收入,867.48万元 with no 1,867.48 anywhere), or one whose groups the draft
    writes with two different heads, stay quiet."""
    text = ("某镇2023年度预算执行情况\n\n本镇一般公共预算财力为1,867.48万元,由本级收入111.11万元和上级补助"
            "1,756.37万元组成。支出总计,867.48万元,年度收支平衡。\n")
    found = [(d.location.line, d.key, d.message("zh")) for d in run(TruncatedWord, text)]
    assert found == [(3, "figure", "“,867.48”以千分位逗号开头，疑漏了前面的数字：本文他处作“1,867.48”")]
    assert run(TruncatedWord, text.replace("支出总计,867.48", "支出总计1,867.48")) == []
    assert run(TruncatedWord, text.replace("财力为1,867.48", "财力为1,900.00")) == []
    both = text.replace("上级补助1,756.37", "上级补助2,867.48")
    assert run(TruncatedWord, both) == []


def test_an_amount_whose_wan_yuan_lost_its_yuan():
    """``公务用车购置费0万`` closing a 三公 paragraph of 万元 figures (modelled on a 部门预算说明):
    the 元 was lost. A count in 万 (参保38万人), 万 with 元 after it, or a draft that never writes
    万元 (its own habit, not a slip), stay quiet."""
    text = ("某县卫健局2023年度三公经费说明\n\n1、公务接待费1.20万元,较上年减少0.30万元。\n\n"
            "2、公务用车运行维护费7.50万元。\n\n3、公务用车购置费0万\n\n二、其他说明\n")
    found = [(d.location.line, d.key, d.message("zh")) for d in run(TruncatedWord, text)]
    assert found == [(7, "yuan", "“0万”疑漏了“元”：本文其他金额写作“万元”，应为“0万元”")]
    assert run(TruncatedWord, text.replace("购置费0万", "购置费0万元")) == []
    assert run(TruncatedWord, text.replace("购置费0万", "参保人数38万人")) == []
    assert run(TruncatedWord, text.replace("购置费0万", "参保人数38万")) == []
    assert run(TruncatedWord, text.replace("万元", "万")) == []
    # 万 alone more often than 万元 (资金29.6万，执行数29.6万 beside one 29.6万元): the draft's habit
    habit = "某区残联2023年度项目说明\n\n下达资金29.6万元。\n\n投入资金29.6万,执行数29.6万,执行率100%。\n"
    assert run(TruncatedWord, habit) == []


def test_an_amount_money_without_unit_reports_is_left_to_it():
    """``安排公务用车运行维护费7.5万。`` in a 三公 paragraph of 万元 figures (modelled on a
    达州 road-maintenance unit's 预算说明, whose page drew both T808 and U402 on one figure): U402
    names the amount by its money word and reports the lost 元 (its family, unit); T808 leaves
    that slip to it. A 万 at the end of a line (a wrapped 万 | 元 U402 does not read) is T808's."""
    from perflint.checks.units import MoneyWithoutUnit

    text = ("某县公路养护站2023年度三公经费说明\n\n一、三公经费\n\n1、公务接待费1.20万元,较上年减少0.30万元。\n\n"
            "2、安排公务用车运行维护费7.5万。较上年减少0.5万元。\n")
    assert run(TruncatedWord, text) == []
    assert [(d.location.line, d.key) for d in run(MoneyWithoutUnit, text)] == [(7, "wan")]
    ended = text.replace("7.5万。较上年减少0.5万元。", "7.5万\n\n二、其他说明")
    assert [(d.location.line, d.key) for d in run(TruncatedWord, ended)] == [(7, "yuan")]
    assert run(MoneyWithoutUnit, ended) == []


def test_an_amount_whose_wan_yuan_lost_its_yuan_in_a_spaced_pdf_text():
    """The same slip in text a PDF spaced (``公务用车购置费 0 万``): the space before 万 is the
    PDF's. A spaced figure running on into the next (``854 万 854 万``) is no amount left there."""
    text = ("某县卫健局 2023 年度三公经费说明\n\n1、公务接待费 1.20 万元,较上年减少 0.30 万元。\n\n"
            "2、公务用车运行维护费 7.50 万元。\n\n3、公务用车购置费 0 万\n\n二、其他说明\n")
    found = [(d.location.line, d.key, d.args["wrong"]) for d in run(TruncatedWord, text)]
    assert found == [(7, "yuan", "0 万")]
    assert run(TruncatedWord, text.replace("购置费 0 万", "购置费 0 万元")) == []
    assert run(TruncatedWord, text.replace("购置费 0 万", "购置费 0 万 0 万(上年结转)")) == []


def test_a_wan_yuan_split_by_a_pdf_blank_keeps_its_yuan():
    """``财政拨款收入 300.45 万 元(其中…`` (modelled on a 决算说明 flattened from a PDF whose line
    wrapped between 万 and 元): the 元 is there, after the PDF's blank. The same figure with its
    元 really gone still fires."""
    text = ("某站2022年度单位决算\n\n本年收入合计 310.45 万元;包括财政拨款收入 300.45 万 元(其中,一般"
            "公共预算 300.45 万元),其他收入 10.00 万元。本年支出合计 310.45 万元。\n")
    assert run(TruncatedWord, text) == []
    found = [(d.key, d.args["wrong"]) for d in run(TruncatedWord, text.replace("300.45 万 元(", "300.45 万,("))]
    assert found == [("yuan", "300.45 万")]


def test_a_soil_term_inside_a_subsidy_name_is_whole_alone():
    """``提升耕地地力`` in a draft that otherwise writes 耕地地力保护补贴 (modelled on a township's
    subsidy report): 耕地地力 is the soil's fertility, whole without the subsidy's 保护."""
    draft = ("示范镇人民政府2023年度耕地地力保护补贴项目支出绩效自评报告\n"
             "一、基本情况\n"
             "耕地地力保护补贴按每亩105元的标准发放，引导农民自觉提升耕地地力。\n"
             "二、绩效目标完成情况\n"
             "全年发放耕地地力保护补贴444.78万元，耕地地力保护补贴发放准确率100%。\n")
    assert run(TruncatedWord, draft) == []
    assert len(run(TruncatedWord, CUT_DRAFT)) == 1


def test_an_amount_cut_off_by_the_end_of_the_text_is_the_cut():
    """``④某某路改造项目缺口资金6万`` as the text's last characters (a page excerpt cut there,
    modelled on a district 老旧小区 self-evaluation): the excerpt stops mid-word; the 元 was not lost."""
    head = "某区2023年度老旧小区改造项目自评报告\n\n区级预算200万元，①工程尾款43.96万元；②前期费用45万元；③缺口资金6万"
    assert run(TruncatedWord, head) == []
    from perflint.checks.units import MoneyWithoutUnit

    assert run(MoneyWithoutUnit, head) == []
    # the same amount closing its sentence: a 元 lost after the money word, U402's (T808 leaves it)
    assert [d.key for d in run(MoneyWithoutUnit, head + "。\n")] == ["wan"]
    assert run(TruncatedWord, head + "。\n") == []


def test_a_whole_word_before_the_next_word_is_not_cut_short():
    """``…的维修养护，资金来源…`` where the draft elsewhere writes 维修养护项目 and 本项目 / 项目名称:
    项 opens the word 项目, which stands on its own, so 维修养护 is whole, not 维修养护项 cut short."""
    texts = ["项目名称：示范县小型水库维修养护项目", "本项目用于全县12座小型水库的维修养护，资金来源为县级财政资金。",
             "维修养护项目全年完成12座。", "维修养护项目验收合格率100%。", "部分维修养护项目进度偏慢。"]
    assert truncated_words(texts) == []
    # a word really cut short in the same draft is still found
    cut = [texts[0], texts[1].replace("的维修养护，", "的维修养，"), *texts[2:]]
    assert [(t.written, t.missing) for t in truncated_words(cut)] == [("维修养", "护")]


def test_a_stem_before_a_word_opening_on_a_function_character_is_whole():
    # 对 ends a stem as a preposition (对各站巡查), but 对象 is a word: 脱贫户和边缘对象户 is whole
    # beside 脱贫户和边缘户 (ours: 青禾县种植补贴; the page had 监测对象户, and 监测 is a known word
    # of its own since D208 reads 监测预测预警, so 边缘 keeps this test on the 对象 guard)
    texts = ["对全县脱贫户和边缘对象户种植的小麦进行补贴", "脱贫户和边缘户满意度", "脱贫户和边缘户户数",
             "补贴脱贫户和边缘户", "增加脱贫户和边缘户收入"]
    assert truncated_words(texts) == []
    cut = ["对全县脱贫户和边缘的小麦进行补贴", *texts[1:]]
    assert [(t.written, t.missing) for t in truncated_words(cut)] == [("脱贫户和边缘", "户")]


def test_a_science_park_named_whole_is_not_a_park_zone_cut_short():
    """``大学科技园等平台`` in a draft that writes 园区 everywhere else (农业科技园区, 示范园区; modelled
    on a county's special-bond project report): 科技园, like 产业园 and 工业园, is a whole name, not
    科技园区 that lost its 区. A zone's name that did lose it still fires."""
    draft = ("示范县2023年度产业园区专项债券项目支出绩效自评报告\n"
             "一、项目背景\n"
             "规划提出改造提升高新技术产业开发区、农业科技园区、大学科技园等平台。"
             "示范县加快建设现代农业示范园区，生态园区企业创新能力不断增强，园区管理逐步规范。\n"
             "二、绩效目标完成情况\n"
             "生态园区入驻企业12家，园区道路改造3.2公里。\n")
    assert run(TruncatedWord, draft) == []
    # (the park's own stop is the one 园 may end in; without it a cut zone name stands out)
    cut = draft.replace("、大学科技园等平台", "等平台").replace("园区管理逐步规范", "生态园的管理逐步规范")
    assert [d.message("zh") for d in run(TruncatedWord, cut)] == ["“生态园”疑漏字，本文其他处均作“生态园区”"]


def test_a_name_before_a_known_word_of_the_forms_is_whole():
    """``车购税“以奖代补”资金`` where the draft elsewhere writes 车购税收入补助 (modelled on a county's
    transfer-payment report): 收 opens 收入, a word of the forms, so 车购税 is the tax's short
    name, whole where it stops, not 车购税收 cut short."""
    texts = ["示范县2024年度车购税收入补助地方资金绩效自评报告", "下达车购税“以奖代补”资金共800万元。",
             "车购税收入补助地方资金主要用于农村公路建设。", "车购税收入补助资金已全部到位。",
             "纳入评价的车购税收入补助资金共800万元。"]
    assert truncated_words(texts) == []
    # a word really cut short in the same draft is still found
    cut = texts + [line for line in CUT_DRAFT.splitlines() if line]
    assert [(t.written, t.missing) for t in truncated_words(cut)] == [("监测站", "点")]


def test_a_units_name_opening_a_title_the_copy_began_inside_is_the_cut():
    """An excerpt whose copy began inside its first line, a report's title (``河县水务局2022年…``
    of ``青河县水务局2022年…``): the title's lost head is the cut's. The same name later in the
    text is still reported."""
    text = ("河县水务局2022年衔接资金项目绩效自评报告\n一、绩效目标分解下达情况\n"
            "（一）青河县水务局2022年衔接资金共下达80万元，用于实施灌溉渠道改造。\n")
    assert run(TruncatedWord, text) == []
    later = text + "（二）河县水务局按时拨付资金。\n"
    assert [(d.location.line, d.key) for d in run(TruncatedWord, later)] == [(4, "headless")]


def test_a_name_joined_with_another_into_a_bodys_name_is_not_cut():
    """``青山区文化馆`` throughout, and once ``青山区文化和旅游局`` (the bureau named for two fields,
    文化和旅游, 住房和城乡建设): 青山区文化 goes on into the bureau's name after 和, not the 馆's
    name cut short. ``青山区文化`` stopping before a plain 和 of prose is still cut short."""
    text = ("示范市青山区文化馆2023年度部门整体支出绩效自评报告\n\n2021年原青山县文化馆更名为青山区文化馆。"
            "青山区文化馆为青山区文化和旅游局所属事业单位。\n\n青山区文化馆全年举办培训40期。\n")
    assert run(TruncatedWord, text) == []
    cut = text.replace("青山区文化和旅游局所属事业单位", "青山区文化和图书借阅服务单位")
    assert len(run(TruncatedWord, cut)) == 1
# A stem cut short right before a figure (held28 DEV 007: …服务体系建84.5万元 where the draft
# writes …服务体系建设 ten times); rewritten here.
FIGURE_DRAFT = """某县文化馆2023年度乡村文化阵地建设资金绩效自评报告
一、项目概况
乡村文化阵地建设资金用于村级文化室改造，乡村文化阵地建设覆盖12个行政村。
二、资金使用情况
资金共支出60万元：设备购置15.5万元，乡村文化阵地建44.5万元。
三、绩效目标完成情况
乡村文化阵地建设任务全部完成，乡村文化阵地建设验收合格率100%。
"""


def test_a_word_cut_short_right_before_a_figure():
    diags = [d for d in run(TruncatedWord, FIGURE_DRAFT) if "阵地建" in d.message("zh")]
    assert [(d.location.line, d.message("zh")) for d in diags] == [
        (5, "“村文化阵地建”疑漏字，本文其他处均作“村文化阵地建设”")]
    assert run(TruncatedWord, FIGURE_DRAFT.replace("阵地建44.5", "阵地建设44.5")) == []


def test_a_whole_word_before_a_figure_is_not_cut_short():
    # 资金 ends a word before its figure (资金60万元) though the draft goes on with 使用 elsewhere
    texts = ["资金使用情况", "资金使用合规", "资金使用率", "下达资金60万元"]
    assert truncated_words(texts) == []
    # a character that stops a word elsewhere (出 of 支出, at a mark) is no cut before a figure
    texts = ["支出决算", "支出决算表", "支出决算数", "本年支出", "本年支出25万元"]
    assert truncated_words(texts) == []
    # the next character opens the next word (总额 + 比上年): no word of the vocabulary is broken
    texts = ["项目支出总额比上年增加", "项目支出总额比上年减少", "项目支出总额比预算", "项目21个,项目支出总额656.93万元"]
    assert truncated_words(texts) == []


def test_an_issuing_units_name_that_lost_its_last_character_before_guanyu():
    """``《某县财政关于开展…的通知》`` (auditS28 DEV 008, rewritten): the issuer 某县财政局 lost its 局
    in the document's title, where the draft names the bureau in full."""
    from perflint.extract.name_heads import cut_issuers

    texts = ["根据《青溪县财政关于开展2024年度绩效自评工作的通知》要求，开展自评。",
             "本镇人民政府为青溪县财政局预算单位。"]
    [name] = cut_issuers(texts)
    assert (name.written, name.whole) == ("青溪县财政", "青溪县财政局")
    assert texts[0][name.start:name.end] == "青溪县财政"
    assert cut_issuers([texts[0].replace("财政关于", "财政局关于"), texts[1]]) == []
    assert cut_issuers([texts[0], "本镇人民政府为县财政预算单位。"]) == []  # not written whole
    assert cut_issuers(["《青溪县人民政府关于印发…的通知》", "青溪县人民政府办公室"]) == []


# Modelled on a hospital's 决算 contents copied from a PDF: a contents entry lost its last
# character (机构设置情) where the body writes 机构设置情况. T801 reads it against its vocabulary of
# standard titles and T808 against the draft itself: one slip, one finding (T801's).
CUT_CONTENTS = (
    "某市第三人民医院2024年度单位决算\n目录\n第一部分 某市第三人民医院概况\n一、本单位职责\n二、机构设置情\n"
    "第二部分 2024年度单位决算表\n正文\n第一部分 某市第三人民医院概况\n一、本单位职责\n"
    "承担全市精神卫生专科诊疗工作。\n二、机构设置情况\n本院内设职能科室12个、临床科室15个，机构设置情况详见下表，人员情况和预算执行情况见第三部分。\n"
)


def test_t808_leaves_a_cut_word_to_t801_when_its_vocabulary_reads_it():
    from perflint.checks.terms import MisspeltTerm

    found = lint_text(CUT_CONTENTS, checks=[MisspeltTerm, TruncatedWord])
    on_line = [d for d in found if d.location.line == 5]
    assert [d.code for d in on_line] == ["T801"]
    # a cut word no vocabulary knows is still T808's (the draft writes 机构设置情况 three times)
    other = CUT_CONTENTS.replace("机构设置情", "科室布局情")
    assert [d.location.line for d in run(TruncatedWord, other)] == [5]
