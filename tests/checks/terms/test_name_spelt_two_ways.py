"""T809 name-spelt-two-ways: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.terms import NameSpeltTwoWays

from perflint.extract.name_variants import name_variants

from .._harness import run

DRAFT = """青禾县畜牧站2023年青禾山羊良种繁育经费的绩效自评报告

一、项目概况
青禾县畜牧站2023年青荷山羊良种繁育经费的绩效自评报告如下。
本项目预算 30 万元，用于种羊场建设，全年执行 30 万元。
"""


def test_the_title_name_written_with_one_character_changed_is_reported():
    [d] = run(NameSpeltTwoWays, DRAFT)
    assert d.location.line == 4
    assert "“荷”/“禾”" in d.message("zh") and "青荷山羊良种繁育经费" in d.message("zh")
    assert d.related and d.related[0].location.line == 1
    assert run(NameSpeltTwoWays, DRAFT.replace("青荷山羊", "青禾山羊")) == []


@pytest.mark.parametrize("body", [
    "青禾县畜牧站2023年青禾山羊良种繁育经费的绩效自评报告如下。",  # the same spelling
    "另有市级山羊良种繁育经费 10 万元，由市畜牧站实施。",  # 县 / 市: another fund, not a misspelling
    "青禾县畜牧站2022年青禾山羊良种繁育经费已于上年评价。",  # another year (digits differ)
    "青禾县畜牧站青禾山羊良种繁育和推广经费另行报告。",  # words added, not one changed
    "青禾县畜牧站2023年青禾黄牛良种繁育经费的绩效自评报告另附。",  # two characters: another breed
])
def test_quiet_where_the_body_names_the_project_or_another_one(body):
    draft = DRAFT.replace("青禾县畜牧站2023年青荷山羊良种繁育经费的绩效自评报告如下。", body)
    assert run(NameSpeltTwoWays, draft) == []


def test_function_characters_and_long_flattened_titles_are_no_names():
    title = "部门整体支出及项目支出绩效自评报告"
    assert name_variants([title], ["本部门由基本支出和项目支出绩效两部分构成"]) == []
    flattened = "项目支出绩效自评表 三级指标 及时(按期)开工率 ≥90% 及时(按期)完工率 ≥90% 验收合格率 100%" * 2
    assert name_variants([flattened], [flattened.replace("开工率", "完工率", 1)]) == []


def test_t809_quiet_when_the_first_line_is_no_report_title():
    """An excerpt's first line stands as its part's title: a note or a sentence there is no
    dictionary of names (离休 and 退休 are two counts, 本年无 and 本年度 two phrases)."""
    note = ("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。\n"
            "二、收入情况\n国有资本经营预算财政拨款收入 0 万元，主要原因是本年无国有资本经营预算财政拨款收入。\n")
    assert run(NameSpeltTwoWays, note) == []
    sentence = ("本单位编制总数 15 人，实有在职人员 14 人，实有离休人员 0 人，实有退休人员 0 人。\n"
                "明细如下：专技岗 7 人，管理岗 4 人。\n")
    assert run(NameSpeltTwoWays, sentence) == []


def test_a_name_a_pdf_spaced_beside_its_year_is_compared_as_the_title():
    """A PDF's text puts a space between Chinese and digits (…畜牧站 2023 年青荷山羊…): the changed
    character stands next to the spaced year, and the stretch compared with the unspaced title
    stopped at the space, too short on the left. Read without its spaces, it is the name typed
    without them, located where the text writes it; the same spelling stays quiet."""
    spaced = DRAFT.replace("青禾县畜牧站2023年青荷山羊", "青禾县畜牧站 2023 年青荷山羊")
    [d] = run(NameSpeltTwoWays, spaced)
    assert d.location.line == 4 and d.location.column == 1
    assert "“青禾县畜牧站2023年青荷山羊良种繁育经费的绩效自评报告”" in d.message("zh") and "“荷”/“禾”" in d.message("zh")
    assert run(NameSpeltTwoWays, spaced.replace("青荷山羊", "青禾山羊")) == []
    [v] = name_variants(["青禾县畜牧站2023年青禾山羊良种繁育经费的绩效自评报告"], ["见青禾县畜牧站 2023 年青荷山羊良种繁育"])
    assert (v.start, v.end, v.written[v.offset]) == (1, 22, "荷")


OWN = """示范县司法局2023年度部门整体支出绩效自评报告
一、基本情况
本局负责审查县政府规范性文件，指导各乡镇规范性文件备案工作。
二、履职情况
全年审查规泛性文件 36 件，均按期办结。
"""


def test_a_word_the_draft_writes_twice_written_once_with_a_confused_character():
    [d] = run(NameSpeltTwoWays, OWN)
    assert d.location.line == 5
    assert "规泛性文" in d.message("zh") and "“泛”/“范”" in d.message("zh")
    assert d.related and d.related[0].location.line == 3
    assert run(NameSpeltTwoWays, OWN.replace("规泛性", "规范性")) == []


@pytest.mark.parametrize("slip", [
    "全年审查规犯性文件 36 件",  # 犯/范 confused, like 泛
])
def test_any_confused_character_of_the_vocabulary_counts(slip):
    [d] = run(NameSpeltTwoWays, OWN.replace("全年审查规泛性文件 36 件", slip))
    assert d.location.line == 5


@pytest.mark.parametrize("body", [
    "全年审查规章性文件 36 件，均按期办结。",  # 章/范 are never typed for each other: another word
    "全年审查乡镇规范性文件 36 件，均按期办结。",  # the same spelling
    "全年审查县政府规范性文件 36 件，市政府规范性文件 2 件。",  # 县 / 市 tell two bodies apart
])
def test_quiet_where_the_word_is_another_or_the_same(body):
    assert run(NameSpeltTwoWays, OWN.replace("全年审查规泛性文件 36 件，均按期办结。", body)) == []


UNIT = """示范县机构编制委员会办公室2023年度部门整体支出绩效自评报告
一、基本情况
示范县机构编治委员会办公室内设综合股、体制改革股两个股室。
"""


def test_a_name_written_once_each_way_is_read_against_the_title_only():
    # the title's stretch (eight characters or more) names the unit; the body's own strings,
    # written once each way, tell no spelling (对象自付费用 / 对象自负费用 may both be words)
    [d] = run(NameSpeltTwoWays, UNIT)
    assert d.location.line == 3 and "“治”/“制”" in d.message("zh")
    assert run(NameSpeltTwoWays, UNIT.replace("编治", "编制")) == []


def test_a_word_the_draft_writes_twice_written_once_with_a_character_typed_twice():
    draft = OWN.replace("全年审查规泛性文件 36 件", "全年审查规范范性文件 36 件")
    [d] = run(NameSpeltTwoWays, draft)
    assert d.location.line == 5 and "多写了一个“范”" in d.message("zh")
    # a character doubled at the string's edge may end one word and open the next: left alone
    assert run(NameSpeltTwoWays, OWN.replace("全年审查规泛性文件 36 件", "全年审查审查规范性文件 36 件")) == []


def test_two_spellings_written_once_each_are_left_alone():
    text = """示范县医疗保障局2023年度医疗救助资金绩效自评报告
一、基本情况
重点救助对象自付费用年度限额内住院救助比例达到70%。
二、指标完成情况
质量指标：重点救助对象自负费用年度限额内住院救助比例≥70%，实际70%。
"""
    assert run(NameSpeltTwoWays, text) == []


def test_a_cited_title_keeps_its_own_wording():
    text = """示范县司法局2023年度部门整体支出绩效自评报告
一、政策依据
依据《示范省法制宣传教育条例》和《示范省法制宣传教育规划》开展工作。
二、履职情况
全年开展法治宣传教育活动 24 场。
"""
    assert run(NameSpeltTwoWays, text) == []

