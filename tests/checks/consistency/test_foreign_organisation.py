"""C704 foreign-organisation: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ForeignOrganisation

from .._harness import line_of, run
from ._drafts import REPORT, TOWN, lines_of


def test_foreign_organisation_only_in_definitions():
    body = ("一、收入情况\n\n本年收到省级财政补助资金 10 万元。\n\n二、名词解释\n\n"
            "（一）财政拨款收入：指县级财政当年拨付的资金。\n\n（二）“三公”经费：指省直部门用财政拨款安排的公务接待费。")
    [d] = run(ForeignOrganisation, REPORT.format(body=body))
    assert "省直部门" in d.message("zh") and d.location.line == 11


def test_foreign_organisation_quiet_for_a_provincial_unit():
    text = ("示范省文化厅2023年度部门决算\n\n名词解释\n\n（一）财政拨款收入：指省级财政当年拨付的资金。\n")
    assert run(ForeignOrganisation, text) == []


def test_c704_another_towns_government_in_a_town_report():
    text = TOWN.replace("完成镇人民政府交办的各项工作", "推广白石镇人民政府村账乡代管制度")
    assert lines_of(ForeignOrganisation, text) == [line_of(text, "白石镇人民政府")]
    assert "白石镇人民政府" in run(ForeignOrganisation, text)[0].message()


def test_c704_quiet_for_a_former_town_merged_into_this_one():
    assert run(ForeignOrganisation, TOWN + "原白马乡人民政府于2019年并入本镇。\n") == []


def test_c704_quiet_when_year_and_part_marker_are_glued_to_the_towns_name():
    # A town's accounts titled 年度 first, whose part heading runs the marker into the unit's name
    # (第一部分 on the line above 青石镇人民政府单位概况, joined when read): the words before the
    # name are no part of it, so the heading names the report's own town.
    text = ("2023年度青石镇人民政府部门决算\n\n第一部分\n\n青石镇人民政府单位概况\n\n"
            "一、部门职责\n\n完成上级交办的各项工作。\n")
    assert run(ForeignOrganisation, text) == []
    other = text.replace("完成上级交办的各项工作", "推广白石镇人民政府村账乡代管制度")
    assert lines_of(ForeignOrganisation, other) == [line_of(other, "白石镇人民政府")]


def test_c704_quiet_for_the_generic_word_for_townships():
    # 乡镇 / 镇乡 is the generic word (the duties a town's government takes on, written of all
    # townships): the words before it (负责, 指导) are no town's name
    text = TOWN + "负责对乡镇政府实施政治领导；负责乡镇政府党风廉政建设；指导各镇乡人民政府做好安全生产。\n"
    assert run(ForeignOrganisation, text) == []
    other = text.replace("负责乡镇政府党风廉政建设", "推广白石镇人民政府党风廉政建设经验")
    assert lines_of(ForeignOrganisation, other) == [line_of(other, "白石镇人民政府")]


def test_c704_a_sub_district_office_named_after_its_district_government():
    # 示范区人民政府青石街道办事处: the sub-district office's full name puts the district's
    # government before the sub-district's; the report's own sub-district is 青石街道, and a
    # short form of it (简称青石街道办事处) is no other town's
    text = ("示范市示范区人民政府青石街道办事处\n2024年度部门决算\n一、部门基本情况\n"
            "示范区人民政府青石街道办事处（简称青石街道办事处）是区政府的派出机关。\n")
    assert run(ForeignOrganisation, text) == []
    other = text.replace("是区政府的派出机关", "参照白石街道办事处的做法开展工作")
    assert lines_of(ForeignOrganisation, other) == [line_of(other, "白石街道办事处")]


def test_c704_quiet_for_the_same_town_named_at_another_level():
    # 青石镇 made a sub-district (镇改街道): its page names the publisher 青石街道办事处 while the
    # report, of an earlier year, is the town's; the same stem at another level is the same place
    text = ("示范市青石镇2021年度部门决算\n来源：示范市青石街道办事处\n一、部门基本情况\n"
            "青石镇人民政府负责全镇经济社会发展。\n")
    assert run(ForeignOrganisation, text) == []
    other = text.replace("来源：示范市青石街道办事处", "来源：示范市白石街道办事处")
    assert lines_of(ForeignOrganisation, other) == [line_of(other, "白石街道办事处")]


ARCHIVE = ("松岭县档案馆2023年度档案数字化项目支出绩效自评报告\n\n"
           "一、项目概况\n\n项目由{implementer}组织实施，全年完成档案数字化加工126万页。\n")


def test_c704_the_same_unit_of_another_county():
    """A county archive's report naming another county's archive as the implementer: the text
    was copied from that archive's report."""
    text = ARCHIVE.format(implementer="栖霞县档案馆")
    [d] = run(ForeignOrganisation, text)
    assert d.location.line == line_of(text, "栖霞县档案馆") and "栖霞县档案馆" in d.message()


def test_c704_the_same_unit_of_another_city_in_a_form_cell():
    text = ("云台市图书馆2024年度少儿阅读推广项目支出绩效自评报告\n\n"
            "项目名称\t少儿阅读推广\n主管部门\t云台市文化广电和旅游局\t实施单位\t临江市图书馆\n")
    assert lines_of(ForeignOrganisation, text) == [line_of(text, "临江市图书馆")]


def test_c704_quiet_for_the_own_unit_a_peer_and_words_ending_in_a_level():
    for implementer in ("松岭县档案馆", "县档案馆", "与栖霞县档案馆联合举办展览的县档案馆", "赴栖霞县档案馆学习后的县档案馆",
                        "全县档案馆", "松岭区档案馆"):
        assert run(ForeignOrganisation, ARCHIVE.format(implementer=implementer)) == [], implementer
    # a 社区 is no district, and words running on before 区 name no place (关于调整区公安局)
    text = ("觅子店社区卫生服务中心2023年度部门决算\n\n一、概况\n\n2008年增加社区卫生服务中心功能。\n")
    assert run(ForeignOrganisation, text) == []
    text = ("示范市綦江区公安局2023年度部门决算\n\n一、概况\n\n按照《关于调整区公安局部分内设机构设置的通知》执行。\n")
    assert run(ForeignOrganisation, text) == []


# The units a 决算 lists as its own (决算单位构成): one named after another city of the report's level
# was copied from that city's report.
_OWN_UNITS = """澄江市交通运输局2023年度部门决算说明

二、部门决算单位构成
本部门决算由局机关本级决算和所属2个事业单位决算组成，即{first}、{second}。
"""


def test_an_own_unit_named_after_another_city():
    [d] = run(ForeignOrganisation, _OWN_UNITS.format(first="澄江市公路事业发展中心", second="临江市交通运输综合行政执法支队"))
    assert d.location.line == 4 and "临江市交通运输综合行政执法支队" in d.message("zh")


@pytest.mark.parametrize(("first", "second"), [
    ("澄江市公路事业发展中心", "澄江市交通运输综合行政执法支队"),
    ("市公路事业发展中心", "市交通运输综合行政执法支队"),  # no place named
    ("澄江市公路事业发展中心", "城区交通运输服务站"),  # no place of the city's level
    ("澄江市公路事业发展中心", "江北区公路养护站"),  # a district: another level, not another city
    # the report's own place first, then a word ending in 市 (a market's name, modelled on a city
    # 机关事务管理局's list of its units): 澄江花市 is no other city but 澄江 + 花市
    ("澄江市公路事业发展中心", "澄江花市服务中心"),
])
def test_own_units_of_the_report_s_place_are_quiet(first, second):
    assert run(ForeignOrganisation, _OWN_UNITS.format(first=first, second=second)) == []


# A school's 决算 with its 部门整体支出绩效自评报告 bound as 附件: the annex's title names the school
# (after 附件：), and a school of another city in the annex is the report it was copied from.
_SCHOOL = ("江北市第三中学2023年度部门决算\n"
           "一、单位概况\n"
           "江北市第三中学是市教育局所属公益一类事业单位，实施普通高中学历教育。\n"
           "附件：江北市第三中学2023年度部门整体支出绩效自评报告\n"
           "一、部门基本情况\n"
           "{name}为市教育局所属公益一类事业单位，2023年末设教学班48个。\n")


def test_c704_another_citys_school_in_the_annex_of_a_schools_report():
    assert run(ForeignOrganisation, _SCHOOL.format(name="江北市第三中学")) == []
    [d] = run(ForeignOrganisation, _SCHOOL.format(name="江南市第三中学"))
    assert d.location.line == 6 and "江南市第三中学" in d.message()


TOWN_FORM = """石桥镇人民政府2023年度农村公路养护项目支出绩效自评报告
一、基本情况
全镇共有农村公路128.6公里。
2023年度农村公路养护项目绩效自评表
| 项目名称 | 农村公路养护 | | |
| 主管部门 | 示范县交通运输局 | 实施单位 | {unit} |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 养护里程 | ≥128公里 | 128.6公里 | 90 | 90 |
| 总分 | | | | | 90 | 90 |
"""


def test_c704_another_towns_government_named_as_the_forms_unit():
    """A town's form whose 实施单位 cell names another town's government (modelled on a township
    bundle): the form was filled in from that town's."""
    text = TOWN_FORM.format(unit="河口镇人民政府")
    assert lines_of(ForeignOrganisation, text) == [line_of(text, "河口镇人民政府")]
    assert run(ForeignOrganisation, TOWN_FORM.format(unit="石桥镇人民政府")) == []
    # a cell that only mentions another town among other words is no unit of the form
    listed = TOWN_FORM.format(unit="石桥镇人民政府").replace("| 养护里程 |", "| 与河口镇人民政府共建路段养护里程 |")
    assert run(ForeignOrganisation, listed) == []


_SELF = ("{own}2024年度营养改善计划补助资金绩效自评报告\n一、项目实施情况\n"
         "（一）组织实施\n{subject}高度重视营养改善计划的实施，成立了工作领导小组。\n")


@pytest.mark.parametrize(("own", "subject"), [
    ("云岗县第二小学", "云岗县实验小学"),
    ("江州市文化和旅游局", "市体育局党组"),
])
def test_c704_another_unit_of_the_own_kind_says_what_the_reporting_unit_says(own, subject):
    [d] = run(ForeignOrganisation, _SELF.format(own=own, subject=subject))
    assert d.location.line == 4 and own in d.message()


@pytest.mark.parametrize(("own", "subject"), [
    ("云岗县第二小学", "云岗县第二小学"),
    ("云岗县第二小学", "县二小"),
    ("云岗县第二小学", "云岗县教育局"),
    ("江州市文化和旅游局", "市文旅局党组"),
    ("江州市文化和旅游局", "市委市政府"),
])
def test_c704_quiet_when_the_subject_is_the_unit_or_another_kind(own, subject):
    assert run(ForeignOrganisation, _SELF.format(own=own, subject=subject)) == []


def test_c704_a_local_party_committee_named_as_the_central_committees():
    text = "部门整体支出绩效评价报告\n\n项目单位：枫县机构编制委员会办公室\n\n主管部门：中共中央枫县县委\n\n一、部门基本情况\n"
    [d] = run(ForeignOrganisation, text)
    assert d.location.line == 5 and "应为“中共枫县县委”" in d.message("zh")
    # a city's discipline commission and a province's city committee in full
    [d] = run(ForeignOrganisation, text.replace("中共中央枫县县委", "中共中央柳江市纪委"))
    assert "中共柳江市纪委" in d.message("zh")
    [d] = run(ForeignOrganisation, text.replace("中共中央枫县县委", "中共中央南岭省柳江市委员会"))
    assert "中共南岭省柳江市委员会" in d.message("zh")
    # quiet twins: the committee written right, the central organs' own names, two bodies joined,
    # 中共中央 as the subject or a title's opening
    assert run(ForeignOrganisation, text.replace("中共中央枫县县委", "中共枫县县委")) == []
    quiet = ("部门整体支出绩效评价报告\n\n根据《中共中央 国务院关于全面实施预算绩效管理的意见》和中共中央纪律检查委员会、"
             "中共中央政法委员会的部署，贯彻中共中央、省委、县委的决策，落实中共中央关于枫县委托事项的要求。"
             "中共中央办公厅、国务院办公厅印发的通知，经中共中央批准柳江市委调整，中共中央任命某同志为柳江市委书记，"
             "中共中央组织部、枫县委组织部联合开展调研，中共中央党校、中共中央宣传部的课程。\n")
    assert run(ForeignOrganisation, quiet) == []


def test_a_duty_verb_before_the_towns_party_committee_is_no_town_name():
    """A town's duties (modelled on a district's 镇人民政府 决算说明): ``督促检查镇党委和政府各项决议``,
    ``负责镇党委和政府的日常事务`` speak of the report's own town; 检查镇 and 负责镇 are a verb
    before 镇党委, not towns. Another town named as the unit's own body still is reported."""
    text = ("重庆市某区青石镇人民政府2022年度部门决算情况说明\n"
            "一、部门基本情况\n"
            "1.党政办公室。负责督促检查镇党委和政府各项决议以及领导指示贯彻落实情况;"
            "负责镇党委和政府的日常事务、后勤等工作。\n"
            "2.党群工作办公室。主要负责基层党建工作,指导镇党委开展组织生活,监督镇政府依法行政。\n")
    assert run(ForeignOrganisation, text) == []
    bad = text + "单位构成情况:行政部门1个:白沙镇人民政府(本级)。\n"
    [d] = run(ForeignOrganisation, bad)
    assert "白沙镇人民政府" in d.message("zh")


# A 自评表 whose title names no unit: the unit its cells and signature name (twice or more, more
# than any other) is the report's own.
_UNTITLED_FORM = ("档案数字化项目支出绩效自评表\n\n"
                  "主管部门\t松岭县档案馆\t实施单位\t{implementer}\n"
                  "年度总体目标\t完成档案数字化加工126万页\n\n"
                  "填报单位：松岭县档案馆\n")


def test_c704_another_countys_unit_in_a_form_whose_title_names_none():
    text = _UNTITLED_FORM.format(implementer="栖霞县档案馆")
    [d] = run(ForeignOrganisation, text)
    assert d.location.line == line_of(text, "栖霞县档案馆") and "松岭县档案馆" in d.message()


def test_c704_quiet_for_a_form_whose_title_names_none_and_no_unit_prevails():
    assert run(ForeignOrganisation, _UNTITLED_FORM.format(implementer="松岭县档案馆")) == []
    # two units, each named once as often: neither is the report's own
    text = _UNTITLED_FORM.replace("填报单位：松岭县档案馆\n", "").format(implementer="栖霞县档案馆")
    assert run(ForeignOrganisation, text) == []


# A county whose name is one character before 县 (such counties exist: 青县, 礼县 …): the report's
# unit is told from its title as any other (before, its place went unread, and a name run on
# with the word before it, 对青县文化馆, was taken for the unit instead).
_ONE_CHARACTER_COUNTY = ("青县文化馆2022年度部门整体支出绩效评价报告\n\n"
                         "一、自评得分情况\n\n按照评价指标体系，对青县文化馆2022年度整体支出开展了绩效评价，综合评分为95分。\n\n"
                         "按照评价指标体系，对青县文化馆2022年度整体支出开展了绩效评价，综合评分为95分。\n\n"
                         "二、单位基本概况\n\n纳入青县文化馆部门预算编制范围的单位有1个，分别为青县文化馆本级。\n\n"
                         "三、项目实施\n\n送戏下乡项目由{implementer}组织实施，全年演出42场。\n")


def test_c704_quiet_on_a_one_character_countys_own_unit_after_a_verb():
    assert run(ForeignOrganisation, _ONE_CHARACTER_COUNTY.format(implementer="县文化馆")) == []


def test_c704_the_same_unit_of_another_county_in_a_one_character_countys_report():
    text = _ONE_CHARACTER_COUNTY.format(implementer="栖霞县文化馆")
    [d] = run(ForeignOrganisation, text)
    assert d.location.line == line_of(text, "栖霞县文化馆") and "青县文化馆" in d.message()


@pytest.mark.parametrize("clause", ["我馆积极配合县文化馆开展送戏下乡", "为规范县文化馆演出管理，制定了制度",
                                    "协助县文化馆完成普查", "全年演出42场"])
def test_c704_a_verb_before_the_report_levels_unit_is_no_place(clause):
    """``配合县文化馆``, ``为规范县文化馆``: a verb taking the report's own level's unit as its object,
    not another place (规范 or 配合 is no county); in a two-character county's report as in a
    one-character county's."""
    for county in ("青县", "松岭县"):
        text = _ONE_CHARACTER_COUNTY.replace("青县", county).format(implementer="县文化馆") + f"\n\n{clause}。\n"
        assert run(ForeignOrganisation, text) == [], (county, clause)


def test_c704_a_placeholder_county_is_no_place():
    """``某县文化馆`` (a template's or a fixture's placeholder) names no county, so no other county's
    unit is told apart from it."""
    text = _ONE_CHARACTER_COUNTY.replace("青县", "某县").format(implementer="栖霞县文化馆")
    assert run(ForeignOrganisation, text) == []


def test_c704_an_excerpt_opening_on_a_sentence_names_no_town_of_its_own():
    """An excerpt whose first line is prose (``…环境。抓好镇域经济发展…``): its 镇域 is no town
    the report is of, and the town's government named below is the report's own, not another's."""
    text = ("造良好发展环境。抓好镇域经济发展和新农村建设规划，促进农村经济发展。\n"
            "（二）加强社会管理。按规定权限管理镇域内教育、民政等事务。\n"
            "二、机构设置\n1.青石镇人民政府（本级）\n")
    assert run(ForeignOrganisation, text) == []


COURT_HISTORY = ("示范市东岭区人民法院2023年度部门决算情况说明\n\n一、部门基本情况\n\n"
                 "根据《关于设立东岭区人民法院的通知》，撤销示范市南岸区人民法院和示范市东岭县人民法院，"
                 "设立示范市东岭区人民法院，新的东岭区人民法院于2012年3月1日正式对外办公。\n\n"
                 "东岭区人民法院内设机构9个，派出法庭3个。\n")


def test_c704_quiet_on_the_units_a_restructuring_merged_into_the_unit():
    """A court's history (modelled on a district court's 决算): 撤销 two courts, 设立 this one. The
    other district's court it names was merged into the unit, not copied from its report."""
    assert run(ForeignOrganisation, COURT_HISTORY) == []
    # the same court named in a statement of the unit's own work is another unit's text
    text = COURT_HISTORY.replace("东岭区人民法院内设机构9个", "南岸区人民法院内设机构9个")
    assert lines_of(ForeignOrganisation, text) == [line_of(text, "南岸区人民法院内设机构")]
def test_c704_quiet_for_a_town_the_report_tells_was_abolished_into_this_one():
    """The report tells its town's history: another town's government was abolished (or merged)
    and its duties came to this one (``2019年白马镇人民政府撤销后…划入本镇``); that town named again
    further on (its old account) is the same history, not another town's material copied in.
    The year before the name is no part of it (``2019年白马镇``)."""
    history = ("2019年白马镇人民政府撤销后，其承担的农村公路养护职能划入本镇，"
               "相关经费由白马镇人民政府原账户结转。\n")
    assert run(ForeignOrganisation, TOWN + history) == []
    # another town named without any history is still material of another town
    copied = TOWN + "2019年本镇推广白马镇人民政府村账乡代管制度。\n"
    [d] = run(ForeignOrganisation, copied)
    assert "“白马镇人民政府”" in d.message("zh")


SCHOOL = ("青岗县溪口中学2023年度部门决算\n\n第一部分 单位概况\n\n一、主要职责\n\n"
          "1.贯彻执行国家的教育方针，落实县教育局的工作部署。\n\n2.{duty}\n\n"
          "3.负责本校的教育教学和安全管理工作。\n\n二、机构设置\n\n本校设教务处、政教处、总务处。\n")


def test_a_schools_duties_copied_from_the_county_bureau():
    """A school (a township health centre, a township government) whose duties draw up the whole
    county's plans: the list was copied from the county department's."""
    [d] = run(ForeignOrganisation, SCHOOL.format(duty="负责全县基础教育的统筹规划和协调管理。"))
    assert "全县基础教育的统筹规划" in d.message("zh") and "中学" in d.message("zh")
    plan = SCHOOL.format(duty="拟订全县中小学校舍建设规划并组织实施。")
    assert len(run(ForeignOrganisation, plan)) == 1


def test_a_schools_own_duties_and_help_to_the_bureau_are_quiet():
    assert run(ForeignOrganisation, SCHOOL.format(duty="拟订本校教育教学发展规划并组织实施。")) == []
    assert run(ForeignOrganisation, SCHOOL.format(duty="配合县教育局拟订全县教育事业发展规划。")) == []
    assert run(ForeignOrganisation, SCHOOL.format(duty="落实全县教育事业发展规划，完成年度招生计划。")) == []
    # the county bureau itself draws up the county's plans
    bureau = SCHOOL.replace("青岗县溪口中学", "青岗县教育局").replace("本校", "本局")
    found = run(ForeignOrganisation, bureau.format(duty="负责全县基础教育的统筹规划和协调管理。"))
    assert not [d for d in found if "统筹规划" in d.message("zh")]


def test_a_teachers_training_school_plans_the_countys_training():
    school = SCHOOL.replace("溪口中学", "教师进修学校")
    found = run(ForeignOrganisation, school.format(duty="拟订全县中小学教师培训规划并组织实施。"))
    assert not [d for d in found if "培训规划" in d.message("zh")]
