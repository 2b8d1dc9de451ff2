"""C724 toc-mismatch (formerly S604): fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import TocMismatch

from perflint.diagnostics import Severity

from ..structure._drafts import run

TOC = """示范县渔政站2023年度部门决算

目录

一、部门主要职责.....2
二、严格资金管理，规范支出程序.....3
图 1：收入结构.....4
三、其他需要说明的情况.....5

一、部门主要职责

负责渔政执法工作。

二、严格资金管理，规范支付程序

资金管理规范。

三、其他需要说明的情况

无。
"""


def test_toc_near_match_is_reported_at_the_heading_naming_the_toc_line():
    [d] = run(TOC, TocMismatch)
    assert d.location.line == 14 and d.location.column == 3
    assert d.message("zh") == "正文标题“规范支付程序”与目录“规范支出程序”（第 6 行）不一致"
    assert d.related[0].location.line == 6


def test_toc_is_quiet_when_it_matches_and_figures_are_not_reported():
    fixed = TOC.replace("规范支出程序", "规范支付程序")
    assert run(fixed, TocMismatch) == []
    [d] = run(fixed, TocMismatch, {"report_missing": True})
    assert d.severity == Severity.info and d.location.line == 7
    assert run(TOC, TocMismatch, {"threshold": 99}) == []


PLAIN_TOC = """示范县林业站2023年度单位决算

第一部分 单位概况
一、主要职责
二、机构设置
第二部分 2023年度单位决算情况说明
一、收入支出决算总体情况说明
第一部分 部门概况
一、主要职责
负责全县林木种苗管理。
二、机构设置
内设综合股和资源股。
第二部分 2023年度单位决算情况说明
一、收入支出决算总体情况说明
收入、支出总计均为100.00万元。
"""


def test_toc_without_page_numbers_is_matched_by_place():
    """The entry and the body line share a marker and a place but not a title."""
    [d] = run(PLAIN_TOC, TocMismatch)
    assert d.severity == Severity.warning and d.location.line == 8
    assert d.message("zh") == "正文标题“部门概况”与目录“单位概况”（第 3 行）不一致"


def test_toc_without_page_numbers_is_quiet_when_titles_agree():
    fixed = PLAIN_TOC.replace("第一部分 部门概况", "第一部分 单位概况")
    assert run(fixed) == []


def test_toc_entry_matches_a_body_heading_wrapped_over_lines():
    """The body sets a part's title on three lines (``第一部分`` / unit name / ``单位概况``)."""
    text = ("目录\n\n第一部分 示范镇人民政府单位概况\n\n第二部分 部门决算情况说明\n\n第三部分 名词解释\n\n"
            "第一部分\n\n示范镇人民政府\n\n单位概况\n\n本镇辖 8 个村。\n\n"
            "第二部分 部门决算情况说明\n\n收入合计 300.00 万元。\n\n第三部分 名词解释\n\n财政拨款收入：本级财政拨付的资金。\n")
    assert run(text, TocMismatch) == []


def test_an_entry_is_not_matched_to_a_similar_heading_with_another_number():
    # an excerpt from the middle of the contents to the body's 第二部分: the nearest title to the
    # 第三部分 entry is 第二部分's, another section (the 第三部分 itself lies past the cut)
    text = """目录
三、支出决算表……4
第三部分 示范县水务局2023年度部门决算情况说明……9
第四部分 名词解释……15
第一部分 示范县水务局概况
负责全县水资源管理。
第二部分 示范县水务局2023年度部门决算表
"""
    assert run(text, TocMismatch) == []
    [d] = run(text + "第三部分 示范县水务局2023年度部门决算情况分析\n", TocMismatch)  # same number
    assert d.location.line == 8 and d.related[0].location.line == 3


def test_s604_a_body_title_resembling_several_entries_is_the_closest_ones():
    """Three entries resemble the body's 第一部分 title (the text stops before the others'
    headings); only the closest is compared with it."""
    draft = """示范学校2021年度部门决算
目录
第一部分 示范学校2021年部门决算情况说明……1
一、部门职责……1
二、示范学校2021年度部门决算说明……2
第二部分 示范学校2021年部门决算公开报表……5
第一部分 示范学校2021年度部门决算情况
一、部门职责
负责全校教育教学工作。
"""
    found = run(draft, TocMismatch)
    assert [d.location.line for d in found] == [7]


def test_s604_the_unit_named_where_the_contents_say_department():
    """Contents written for any unit (``第一部分 部门概况``) and a body naming the unit
    (``第一部分 示范市公安局概况``) are one heading; a different word is still reported."""
    draft = """示范市公安局2022年度部门决算
目录
第一部分 部门概况……1
一、主要职责……1
二、部门决算单位构成……2
第一部分 示范市公安局概况
一、主要职责
负责全市公安工作。
二、部门决算单位构成
本部门由局本级构成。
"""
    assert run(draft, TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("示范市公安局概况", "示范市公安局简介"), TocMismatch)] == [6]


def test_s604_a_part_title_set_over_three_lines_with_blank_lines_between():
    # a bare 第一部分, a line with a space, the unit's name and 单位概况 (a centre's accounts as
    # published): not a mismatch with an empty title; a renamed entry is still found
    text = ("目录\n\n第一部分示范市疾病预防控制中心单位概况\n\n一、部门职责\n\n二、机构设置\n\n第二部分部门决算表\n\n"
            "一、收入支出决算总表\n\n第一部分\n\n \n\n示范市疾病预防控制中心\n\n\n单位概况\n\n一、部门职责\n\n"
            "负责全市疾病预防控制。\n\n二、机构设置\n\n内设科室12个。\n\n第二部分部门决算表\n\n一、收入支出决算总表\n\n本表无数据。\n")
    assert run(text, TocMismatch) == []
    renamed = text.replace("\n\n第二部分部门决算表\n\n一、收入支出决算总表\n\n本表",
                                                        "\n\n第二部分部门决算公开表\n\n一、收入支出决算总表\n\n本表")
    assert [d.message("zh") for d in run(renamed, TocMismatch)] == [
        "正文标题“部门决算公开表”与目录“部门决算表”（第 9 行）不一致"]


def test_s604_the_unit_named_in_the_contents_where_the_body_says_department():
    """The other way round: contents naming the unit (``第一部分：示范区卫健局概况``) over a body
    written for any unit (``第一部分 部门概况``) are one heading; a different word is still reported."""
    draft = """示范区卫健局2022年部门决算公开
目 录
第一部分：示范区卫健局概况
一、部门主要职责
二、部门决算单位构成
第二部分：部门决算表
第一部分 部门概况
一、部门主要职责
负责全区卫生健康工作。
二、部门决算单位构成
本部门由局本级构成。
"""
    assert run(draft, TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("第一部分 部门概况", "第一部分 部门简介"), TocMismatch)] == [7]


def test_s604_the_templates_choice_of_words_and_a_glued_page_number():
    """Contents that keep the template's ``部门(单位)`` while the body picked ``单位``, and contents
    whose page numbers are typed onto the titles (``部门职责1``): one heading each; another word is
    still a mismatch."""
    draft = """示范县林业局2023年度部门决算
目录
第一部分 示范县林业局部门(单位)概况
一、部门职责1
二、机构设置2
第一部分 示范县林业局单位概况
一、部门职责
负责全县林业工作。
二、机构设置
内设股室 5 个。
"""
    assert run(draft, TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("林业局单位概况", "林业局部门(单位)简况"), TocMismatch)] == [6]
    longer = draft.replace("一、部门职责1", "一、部门主要职责和工作任务1")
    assert run(longer.replace("一、部门职责\n", "一、部门主要职责和工作任务\n"), TocMismatch) == []
    assert [d.location.line for d in run(longer.replace("一、部门职责\n", "一、部门主要职能和工作任务\n"),
                                         TocMismatch)] == [7]


def test_s604_the_accounts_scope_in_brackets_written_in_one_of_them():
    """Contents ``第一部分 示范县水务局概况`` over the body's ``示范县水务局(本级)概况``: the scope of
    the accounts (本级, 汇总) named in the body only, one heading (modelled on a city bureau's
    published accounts); another word in the brackets is still a mismatch."""
    draft = """2023年度
示范县水务局(本级)部门决算
目录
第一部分 示范县水务局概况
一、部门职责
二、机构设置
第一部分
示范县水务局(本级)概况
一、部门职责
负责全县水务工作。
二、机构设置
内设股室 5 个。
"""
    assert run(draft, TocMismatch) == []
    assert run(draft.replace("水务局(本级)概况", "水务局(汇总)概况"), TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("水务局(本级)概况", "水务局(供水站)概况"), TocMismatch)] == [8]



def test_s604_the_unit_and_its_scope_named_in_the_contents_where_the_body_says_department():
    """Contents ``第一部分 示范市教育局(本级)部门概况`` over the body's ``第一部分 部门概况``
    (modelled on a city bureau's published accounts): the unit named, with the accounts' scope in
    brackets, before the template's words; one heading. Another word is still reported."""
    draft = """2023年度 示范市教育局(本级)部门决算
目录
第一部分 示范市教育局(本级)部门概况
一、部门职责
二、机构设置
第二部分 部门决算表
第一部分 部门概况
一、部门职责
主管全市教育工作。
二、机构设置
内设股室 6 个。
"""
    assert run(draft, TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("第一部分 部门概况", "第一部分 部门简介"), TocMismatch)] == [7]

UNIT_IN_HEADINGS = """示范县示范镇人民政府2022年部门预算

目 录
第一部分 概况
一、部门主要职责
第二部分 2022年部门预算情况说明
一、2022年部门预算收支情况说明
第三部分 2022年部门预算表
一、《收支预算总表》
二、《部门收入总表》
第一部分 示范县示范镇人民政府概况
一、部门主要职责
负责全镇经济社会发展。
第二部分 示范县示范镇人民政府2022年部门预算情况说明
一、2022年部门预算收支情况说明
收入预算总额1200万元。
第三部分 2022年部门预算表
一、收支预算总表
见附表。
二、部门收入总表
见附表。
"""


def test_toc_quiet_on_the_unit_named_in_the_heading_and_a_table_title_in_book_marks():
    """The contents' bare titles (概况, 2022年部门预算情况说明) and the headings with the unit's full
    name before them are one title; so are a table's title in 《》 and without. A real rewording
    is still reported."""
    assert run(UNIT_IN_HEADINGS, TocMismatch) == []
    [d] = run(UNIT_IN_HEADINGS.replace("一、2022年部门预算收支情况说明\n收入", "一、2022年部门预算收支总体情况说明\n收入"),
              TocMismatch)
    assert d.location.line == 15
    # a name that does not end as a unit's is no unit: 示范镇人民政府 written as 示范镇有关 is reported
    [d] = run(UNIT_IN_HEADINGS.replace("第二部分 示范县示范镇人民政府2022年", "第二部分 示范县有关2022年"), TocMismatch)
    assert d.location.line == 14


def test_toc_quiet_on_the_last_heading_cut_where_the_copy_stops():
    """An excerpt that stops inside its first body heading (``一、部门基本概``): the cut took the
    heading's end, it differs from the contents line by nothing else."""
    text = ("示范县示范镇人民政府2022年部门预算\n\n目 录\n第一部分 部门预算编制说明\n一、部门基本概况\n"
            "二、部门预算单位构成\n第一部分 部门预算编制说明\n一、部门基本概\n")
    assert run(text, TocMismatch) == []
    # the same short heading with more text after it is reported
    [d] = run(text + "本镇负责全镇行政事务。\n二、部门预算单位构成\n本镇为一级预算单位。\n", TocMismatch)
    assert d.location.line == 8


# The body stops after the first section (an excerpt): only the part heading before the entry
# anchors its place.
SHORT_ENTRY = """示范乡党政办2023年度部门决算

第一部分示范乡党政办概况
    一、主要职责
    二、基本情况
第二部分 2023年度部门决算表
第一部分示范乡党政办概况
一、主要职能
1、宣传贯彻党的路线、方针、政策。
2、监督本乡机关工作人员依法行政。
"""


def test_short_entry_placed_by_the_heading_before_it():
    [d] = run(SHORT_ENTRY, TocMismatch)
    assert d.location.line == 8
    assert d.message("zh") == "正文标题“主要职能”与目录“主要职责”（第 4 行）不一致"


def test_short_entry_placed_by_the_heading_before_it_quiet_when_equal_or_unalike():
    assert run(SHORT_ENTRY.replace("一、主要职能", "一、主要职责"), TocMismatch) == []
    # nothing alike: another section, not the entry renamed
    assert run(SHORT_ENTRY.replace("一、主要职能", "一、收入决算情况"), TocMismatch) == []
    # two body lines with the marker before the next anchor: no single place
    two = SHORT_ENTRY.replace("1、宣传", "一、宣传")
    assert run(two, TocMismatch) == []


def test_entry_placed_after_a_near_matched_heading():
    """The part heading before the entry differs too (a near match): it still anchors the place."""
    text = """示范镇中心学校2023年度部门决算
目录
第一部分 示范镇中心学校部门概况
一、部门主要职责
二、部门基本情况
第一部分 示范镇中心学校所部门概况
一、部门主要职能
负责全镇教育教学工作。
二、部门基本情况
本部门年末实有人数151人。
"""
    assert sorted(d.location.line for d in run(text, TocMismatch)) == [6, 7]
    fixed = text.replace("学校所部门", "学校部门").replace("部门主要职能", "部门主要职责")
    assert run(fixed, TocMismatch) == []


def test_short_entry_placed_by_the_heading_before_it_quiet_when_abridged():
    # the contents abridge a longer heading: not one character slipped
    longer = SHORT_ENTRY.replace("一、主要职能", "一、主要职责及机构设置")
    assert run(longer, TocMismatch) == []


def test_toc_quiet_on_a_year_written_with_and_without_du():
    """``2023年度部门决算表`` in the contents over the body's ``2023年部门决算表``: the same title,
    the year written with or without 度 (both are how titles name a fiscal year); another year or
    another word is still a mismatch."""
    draft = """示范县水务站部门决算
目录
第一部分 示范县水务站概况
第二部分 示范县水务站2023年度部门决算表
第三部分 2023年度部门决算情况说明
第一部分 示范县水务站概况
负责全县水务工作。
第二部分 示范县水务站2023年部门决算表
见附表。
第三部分 2023年度部门决算情况说明
本年收入合计100.00万元。
"""
    assert run(draft, TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("水务站2023年部门决算表", "水务站2022年部门决算表"),
                                         TocMismatch)] == [8]
    assert [d.location.line for d in run(draft.replace("水务站2023年部门决算表", "水务站2023年单位决算表"),
                                         TocMismatch)] == [8]


def test_an_entry_whose_label_the_body_sets_on_the_line_above_its_title():
    # 附件 on its own line, the title under it (a Word layout): the contents join the two lines
    text = """示范县气象局2023年度部门整体支出绩效自评报告

目录
一、部门基本情况 ………… 1
附件 部门整体支出绩效自评表 ………… 5

一、部门基本情况

负责全县气象服务。

附件

部门整体支出绩效自评表

见下表。
"""
    assert run(text, TocMismatch) == []
    # a line above that is not the entry's head leaves the title a near match, reported
    [d] = run(text.replace("附件\n\n部门整体", "说明\n\n部门整体"), TocMismatch)
    assert "部门整体支出绩效自评表" in d.message("zh")


# A contents list that numbers a section one way while the body numbers the same title another:
# the contents counted an unnumbered 摘要 as 一、, so every later entry is one ahead of the body.
RENUMBERED = """示范县档案局2023年部门整体支出绩效自评报告
目录
一、摘要
二、部门概况
三、绩效目标
示范县档案局2023年度部门整体支出绩效自评报告
摘要
本局2023年整体支出绩效良好。
一、部门概况
本局核定行政编制12名。
二、绩效目标
全年完成档案接收任务。
"""


def test_an_entry_numbered_otherwise_than_its_body_heading_is_reported():
    found = run(RENUMBERED, TocMismatch)
    assert [(d.location.line, d.related[0].location.line) for d in found] == [(4, 9), (5, 11)]
    assert found[0].severity == Severity.warning
    assert found[0].message("zh") == "目录“二、部门概况”与正文标题“一、部门概况”（第 9 行）编号不同"


def test_entries_numbered_as_their_body_headings_are_quiet():
    fixed = RENUMBERED.replace("一、摘要\n二、部门概况\n三、绩效目标", "摘要\n一、部门概况\n二、绩效目标")
    assert run(fixed, TocMismatch) == []


def test_a_title_listed_twice_in_the_contents_is_not_renumbered():
    """Two lists of the same tables (第二部分 and 附表) number them each its own way: the body
    line the title matches first is not the one either entry means for certain."""
    text = """示范乡2023年度部门决算
目录
第二部分 部门决算表
一、收入支出决算总表
第五部分 附表
三、收入支出决算总表
第二部分 部门决算表
一、收入支出决算总表
本表反映全年收支。
"""
    assert run(text, TocMismatch) == []


def test_a_note_in_brackets_after_the_body_heading_is_the_same_title():
    """Contents ``一、部门职能`` over the body's ``一、部门职能（按“三定”规定确定的职能）``: a note in
    brackets closing one of them says how the section was written, not another section (modelled
    on a school's published accounts); a word changed before the note is still a mismatch."""
    draft = """示范镇中心学校2023年度部门决算

目录

一、部门主要职能.....2
二、机构设置.....3

一、部门主要职能（按“三定”规定确定）

实施义务教育。

二、机构设置

内设教务处等 3 个处室。
"""
    assert [d.location.line for d in run(draft.replace("（按“三定”规定确定）", ""), TocMismatch)] == []
    assert run(draft, TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("主要职能（", "主要职责（"), TocMismatch)] == [8]


def test_toc_quiet_on_the_units_place_named_on_one_side_only():
    """Contents naming the unit with its county (``第一部分示范县水利管理站概况``) over a body that
    names it without (``第一部分 水利管理站概况``, modelled on a county water station's 决算), and
    the other way round: one heading. A different word is still reported."""
    draft = """2016年度示范县水利管理站部门决算
目录
第一部分示范县水利管理站概况
一、主要职能
第二部分示范县水利管理站2016年度部门决算表
第一部分 水利管理站概况
一、主要职能
负责全县水利工程的运行管理。
第二部分 示范县水利管理站2016年度部门决算表
"""
    assert run(draft, TocMismatch) == []
    swapped = draft.replace("第一部分示范县水利管理站概况", "第一部分水利管理站概况").replace(
        "第一部分 水利管理站概况", "第一部分 示范县水利管理站概况")
    assert run(swapped, TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("第一部分 水利管理站概况", "第一部分 水利管理站简介"),
                                         TocMismatch)] == [6]


PART_RENAMED = """示范县人民法院2022年度部门决算

目录

第一部分 部门基本情况

一、部门概况

二、部门机构设置及决算单位构成情况

第二部分 2022年度部门决算情况说明

一、收入支出决算总体情况说明

第一部分 部门概况

一、主要职能、职责

本院是国家审判机关，依法独立行使审判权。

二、部门机构设置及决算单位构成情况

本院内设机构8个。
"""


def test_a_part_whose_title_the_body_words_otherwise_is_reported():
    """A part's marker (第一部分) stands once in the contents and once in the body: the entry and
    the heading under it are one section, whatever their titles (seen in a real Inner Mongolia
    court's 决算: contents 第一部分 部门基本情况, body 第一部分 部门概况)."""
    found = run(PART_RENAMED, TocMismatch)
    assert [d.location.line for d in found] == [15]
    assert "部门基本情况" in found[0].message("zh") and "部门概况" in found[0].message("zh")
    assert run(PART_RENAMED.replace("第一部分 部门基本情况", "第一部分 部门概况"), TocMismatch) == []
    # the unit named in the heading where the contents say 部门 is the same title
    named = PART_RENAMED.replace("第一部分 部门基本情况", "第一部分 部门概况").replace(
        "第一部分 部门概况\n\n一、主要", "第一部分 示范县人民法院概况\n\n一、主要")
    assert run(named, TocMismatch) == []
    # a body with the part twice (a bundle of two reports) is not matched by place
    twice = PART_RENAMED + "\n第一部分 部门概况\n\n另一份报告。\n"
    assert run(twice, TocMismatch) == []
    # the text cut inside the next part's title (the excerpt stops at 第二部分 2022年度单位): no rename
    cut = PART_RENAMED.replace("第一部分 部门基本情况", "第一部分 部门概况") + "\n第二部分 2022年度单位"
    assert run(cut, TocMismatch) == []


def test_c724_a_unit_named_by_its_usual_short_form_in_the_contents():
    """Contents ``第一部分 示范县妇联概况`` over the body's ``示范县妇女联合会概况``: the usual short
    form of the unit's name (工商联, 妇联, 残联, 科协, 人社局 …) in one of them is the same heading
    (modelled on a district federation's published accounts); another word is still a mismatch."""
    draft = """示范县妇女联合会2024年度部门决算
目录
第一部分 示范县妇联概况
一、单位主要职责
二、机构设置
第一部分 示范县妇女联合会概况
一、单位主要职责
团结动员全县妇女参与经济社会建设。
二、机构设置
内设办公室 1 个。
"""
    assert run(draft, TocMismatch) == []
    assert run(draft.replace("示范县妇联概况", "示范县妇女联合会概况").replace(
        "第一部分 示范县妇女联合会概况\n一、", "第一部分 示范县妇联概况\n一、"), TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("示范县妇联概况", "示范县科协概况"), TocMismatch)] == [6]
# The contents list the accounts' explanations, then (after two parts written as a table row)
# the tables' list; the body opens again at 第一部分. The tables' list is still the contents.
_TABLES_LISTED = """示范县文化馆2023年度部门决算
目录
第一部分 部门概况
一、主要职能
二、机构设置
第二部分 部门决算情况说明
一、收入支出决算总体情况说明
二、一般公共预算财政拨款基本支出决算情况说明
三、一般公共预算财政拨款项目支出决算情况说明
第三部分 | 名词解释 |
第四部分 | 部门决算表 |
一、收入支出决算总表
二、一般公共预算财政拨款基本支出决算明细表
三、一般公共预算财政拨款项目支出决算明细表
第一部分 部门概况
一、主要职能
负责全县群众文化活动的组织和辅导。
二、机构设置
本馆内设办公室等3个股室。
第二部分 部门决算情况说明
{body}
"""


def test_toc_quiet_on_the_tables_list_that_still_belongs_to_the_contents():
    """An entry of the explanations is not matched to the tables' list further down the
    contents (…决算情况说明 / …决算明细表): the body has not begun before its 第一部分."""
    text = _TABLES_LISTED.format(body="一、收入支出决算总体情况说明\n本年收入合计100万元。")
    assert run(text, TocMismatch) == []


def test_toc_still_reports_a_body_heading_renamed_after_the_tables_list():
    """The body's own heading, worded otherwise than its entry, is still reported."""
    text = _TABLES_LISTED.replace("二、机构设置\n本馆", "二、机构设置情况\n本馆").format(
        body="一、收入支出决算总体情况说明\n本年收入合计100万元。")
    assert [d.location.line for d in run(text, TocMismatch)] == [18]


# A contents list and its body in traditional characters, one heading worded otherwise in the body
# (modelled on a Hong-Kong-style typeset 决算 page: 目錄 / 部門主要職責 over the body's 部門主要職能).
TRADITIONAL = """示範縣檔案館2023年度部門決算
目錄
第一部分 部門概況
一、部門主要職責
二、部門決算單位構成
第二部分 2023年度部門決算表
第一部分 部門概況
一、部門主要職能
負責全縣檔案的收集和保管。
二、部門決算單位構成
本館為一級預算單位。
"""


def test_c724_reports_at_the_heading_and_names_the_contents_line():
    """The finding sits on the body heading (where a reader of the text meets the slip), the
    contents line named in the message and as the related place."""
    [d] = run(TRADITIONAL, TocMismatch)
    assert d.location.line == 8 and d.related[0].location.line == 4
    assert d.message("zh") == "正文标题“部門主要職能”与目录“部門主要職責”（第 4 行）不一致"
    assert run(TRADITIONAL.replace("一、部門主要職能", "一、部門主要職責"), TocMismatch) == []


def test_c724_reports_at_the_contents_line_when_only_the_heading_reads_as_the_standard_title():
    """Contents ``二、部门决算单位构造`` over the body's ``二、部门决算单位构成`` (the outline's own
    title): the slip is the contents', reported there, the heading named."""
    text = TRADITIONAL.replace("部門主要職能", "部門主要職責")
    simplified = ("示范县档案馆2023年度部门决算\n目录\n第一部分 部门概况\n一、部门主要职责\n二、部门决算单位构造\n"
                  "第二部分 2023年度部门决算表\n第一部分 部门概况\n一、部门主要职责\n负责全县档案的收集和保管。\n"
                  "二、部门决算单位构成\n本馆为一级预算单位。\n")
    assert run(text, TocMismatch) == []
    [d] = run(simplified, TocMismatch)
    assert d.location.line == 5 and d.related[0].location.line == 10
    assert d.message("zh") == "目录“部门决算单位构造”与正文标题“部门决算单位构成”（第 10 行）不一致"
    # the other way round (the heading garbled, the contents standard): at the heading
    swapped = simplified.replace("二、部门决算单位构造", "二、部门决算单位构成").replace(
        "二、部门决算单位构成\n本馆", "二、部门决算单位构造\n本馆")
    assert [d.location.line for d in run(swapped, TocMismatch)] == [10]
    # 单位 for 部门 is the outline's title written for a unit: both read standard, at the heading
    unit = simplified.replace("二、部门决算单位构造", "二、部门决算单位构成").replace("一、部门主要职责\n二", "一、单位主要职责\n二")
    assert [(d.location.line, d.related[0].location.line) for d in run(unit, TocMismatch)] == [(8, 4)]


def test_c724_the_body_names_the_unit_by_its_level_and_short_name():
    """Contents ``第一部分 示范市东湖区卫生健康委员会单位概况`` over the body's ``区卫健委单位概况``:
    the body calls the unit by its level (区) and usual short name, the place before it left out;
    the same heading. The level written out without the short form (``区卫生健康委员会单位概况``)
    is the same too; a level the full name does not end its place with is still a mismatch."""
    draft = """示范市东湖区卫生健康委员会
2023年度决算
目录
第一部分 示范市东湖区卫生健康委员会单位概况
一、单位主要职责
二、单位基本情况
第一部分 区卫健委单位概况
一、单位主要职责
统筹全区卫生健康事业发展。
二、单位基本情况
内设科室6个。
"""
    assert run(draft, TocMismatch) == []
    assert run(draft.replace("区卫健委单位概况", "区卫生健康委员会单位概况"), TocMismatch) == []
    assert [d.location.line for d in run(draft.replace("区卫健委单位概况", "县卫健委单位概况"), TocMismatch)] == [7]


def test_c724_a_renamed_heading_written_twice_still_holds_its_place():
    """The body writes the renamed heading twice (``一、部门主要职能`` over itself, a doubling D208
    reports) and opens its first paragraph with ``一、`` too: the entry ``一、部门主要职责`` still
    finds its heading by place (modelled on a district committee's published accounts)."""
    draft = """示范区政协2021年度部门决算
目录
第一部分 部门概况
一、部门主要职责
二、部门基本情况
第二部分 部门决算表
第一部分 部门概况
一、部门主要职能
一、部门主要职能
一、政协的主要职能是政治协商、民主监督、参政议政。
二、部门基本情况
内设机构3个。
"""
    assert [d.location.line for d in run(draft, TocMismatch)] == [8]
    assert run(draft.replace("一、部门主要职责", "一、部门主要职能"), TocMismatch) == []


def test_c724_a_report_titled_formally_in_the_body():
    """The body titles a report formally (``关于2023年县级财政决算的报告``) where the contents list
    it as ``2023年县级财政决算报告``: one document (held33 004, a city's 决算 publication). A
    body title that names another report is still reported."""
    text = ("2023年政府决算公开目录\n一、2023年县级财政决算报告\n二、2023年转移支付情况说明\n\n"
            "示范县人民政府\n一、关于2023年县级财政决算的报告\n2023年县级一般公共预算收入5.2亿元。\n"
            "二、2023年转移支付情况说明\n上级转移支付3.1亿元。\n")
    assert run(text, TocMismatch) == []
    other = text.replace("一、关于2023年县级财政决算的报告", "一、关于2023年县级财政预算执行的报告")
    assert [d.code for d in run(other, TocMismatch)] == ["C724"]


# A contents list that numbers the sections of its first part at the second level's style while
# the body heads them, as every other part's, with 一、 (modelled on a city bureau's 决算).
RESTYLED = """示范市农业农村局2022年度部门决算
目录
第一部分 部门概况
（一）部门职责
（二）机构设置
第二部分 部门决算情况说明
一、收入支出决算总体情况说明
二、收入决算情况说明
第一部分 部门概况
一、部门职责
本局负责全市农业农村工作。
二、机构设置
本局内设科室8个。
第二部分 部门决算情况说明
一、收入支出决算总体情况说明
本年收入支出总计1200万元。
二、收入决算情况说明
本年收入1200万元。
"""


def test_an_entry_numbered_at_another_levels_style_is_reported_once():
    """（一）部门职责 in the contents, 一、部门职责 in the body: the contents number the title at
    another level; the same pair of styles again (（二）/二、) is the same slip, said once."""
    found = run(RESTYLED, TocMismatch)
    assert [(d.location.line, d.related[0].location.line) for d in found] == [(4, 10)]
    assert found[0].severity == Severity.warning
    assert found[0].message("zh") == "目录“（一）部门职责”与正文标题“一、部门职责”（第 10 行）编号不同"
    fixed = RESTYLED.replace("（一）部门职责\n（二）机构设置", "一、部门职责\n二、机构设置")
    assert run(fixed, TocMismatch) == []
    # two ways of writing one level's marker (一、 / 一.) are no other level
    dotted = fixed.replace("一、部门职责\n本局", "一.部门职责\n本局")
    assert run(dotted, TocMismatch) == []
