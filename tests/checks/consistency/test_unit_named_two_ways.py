"""C711 unit-named-two-ways: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import UnitNamedTwoWays

from .._harness import line_of, run
from ._drafts import TOWN, lines_of


def test_c711_unit_named_two_ways_in_one_paragraph():
    text = TOWN.replace("两个事业单位。", "两个事业单位，青石镇退役军人服务中心有在编人员 2 名。")
    assert lines_of(UnitNamedTwoWays, text) == [line_of(text, "青石镇退役军人服务中心")]


def test_c711_quiet_when_the_unit_keeps_its_name():
    text = TOWN.replace("两个事业单位。", "两个事业单位，青石镇退役军人服务站有在编人员 2 名。")
    assert run(UnitNamedTwoWays, text) == []


def test_a_place_written_once_as_a_county_where_the_report_names_it_a_district():
    """``繁昌县56.5万元`` among three ``繁昌区`` (modelled on a city bureau's allocation of central
    funds to its districts): the county became a district and one line kept the old name."""
    text = ("示范市文化和旅游局关于公共文化服务体系建设补助资金支出绩效的自评报告\n\n"
            "1.给予运行维护费：东岭区34.7万元，青浦区16.2万元，南溪区16.2万元。\n\n"
            "2.分配至各区：南溪区93万元，东岭区52万元，青浦区25万元，共计170万元。\n\n"
            "3.按因素法分配：东岭区24.6万元，南溪县56.5万元，青浦区74.1万元，共计155.2万元。\n")
    [d] = run(UnitNamedTwoWays, text)
    assert d.key == "place" and d.location.line == 7
    assert "“南溪县”在本文其他 2 处作“南溪区”" in d.message("zh")
    assert run(UnitNamedTwoWays, text.replace("南溪县56.5", "南溪区56.5")) == []
    # the former county, or a report that speaks of the change, is no slip
    assert run(UnitNamedTwoWays, text.replace("南溪县56.5", "原南溪县56.5")) == []
    assert run(UnitNamedTwoWays, text + "\n2021年南溪撤县设区后，资金按区级标准分配。\n") == []


def test_c711_the_title_town_written_at_the_other_level():
    """``石桥乡人民政府`` in the body of ``…石桥镇人民政府`` 's report (modelled on a township's 整体 report)."""
    text = ("示范县石桥镇人民政府2022年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"
            "石桥乡人民政府内设4个内设机构，下设3个事业单位。\n")
    [d] = run(UnitNamedTwoWays, text)
    assert d.key == "town_level" and d.location.line == 5


def test_c711_quiet_for_another_town_or_a_stated_change_of_level():
    head = "示范县石桥镇人民政府2022年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"
    assert run(UnitNamedTwoWays, head + "大石桥乡人民政府与本镇相邻。\n") == []
    assert run(UnitNamedTwoWays, head + "2021年撤乡设镇，原石桥乡人民政府更名为石桥镇人民政府。\n") == []
    assert run(UnitNamedTwoWays, head + "石桥镇人民政府内设4个内设机构。\n") == []


def test_c711_a_county_named_after_qizhong_counts():
    """``其中南湖县…`` is read as a place: with 南湖县 twice, the one 南湖区 is the slip."""
    text = ("示范市农业农村局2023年度高标准农田建设项目绩效自评报告\n\n"
            "涉及东坪区、南湖县2个县（区）。其中南湖县建成0.8万亩。\n\n南湖区有1个标段未完成验收。\n")
    [d] = run(UnitNamedTwoWays, text)
    assert d.key == "place" and d.location.line == 5


MARKET = ("安平县市场监督管理局2023年度部门决算说明\n\n一、主要职能\n\n{name}主要负责全县市场主体登记注册和"
          "食品安全监管。\n")


def test_c711_the_titles_unit_written_with_words_added():
    """The unit's former name (市场和质量监督管理局) in the text of a report titled with its name."""
    text = MARKET.format(name="安平县市场和质量监督管理局")
    [d] = run(UnitNamedTwoWays, text)
    assert d.location.line == line_of(text, "市场和质量") and "安平县市场监督管理局" in d.message()


def test_c711_quiet_for_the_titles_unit_its_abbreviation_and_words_after_it():
    for name in ("安平县市场监督管理局", "安平县市场监管局", "安平县市场监督管理局机关", "安平县市场监督管理局局长"):
        assert run(UnitNamedTwoWays, MARKET.format(name=name)) == [], name


HEALTH = ("青山县卫生健康局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n{name}负责全县医疗卫生、"
          "疾病预防控制和计划生育工作，年度目标任务均已完成。\n")


def test_c711_the_titles_bureau_written_as_a_commission():
    """A report titled with the unit's 局 that names it a 委员会 (or 委) in its text: a template
    from a place where the line of work is a commission's, or the unit's former name."""
    for name in ("青山县卫生健康委员会", "青山县卫生健康委"):
        text = HEALTH.format(name=name)
        [d] = run(UnitNamedTwoWays, text)
        assert d.key == "reclassed" and d.location.line == line_of(text, name)
        assert "青山县卫生健康局" in d.message("zh")


def test_c711_quiet_for_the_bureau_its_former_name_said_so_and_a_notice_of_the_commission():
    for name in ("青山县卫生健康局", "原青山县卫生健康委员会职责划入后，青山县卫生健康局",
                 "按照《青山县卫生健康委员会关于印发工作要点的通知》，青山县卫生健康局",
                 "青山县卫生健康局党委"):
        assert run(UnitNamedTwoWays, HEALTH.format(name=name)) == [], name


DROPPED_CHARACTER = """长林县龙湾卫生院部门2022年度部门决算

第一部分 长林县青龙湾卫生院概况

一、主要职责

长林县青龙湾卫生院承担辖区基本医疗和公共卫生服务。

二、机构设置

长林县青龙湾卫生院为全额拨款事业单位，内设科室6个。
"""


def test_c711_the_unit_named_without_the_first_character_of_its_name_after_its_county():
    """The title names the unit without the first character after its county (长林县龙湾卫生院)
    while the body writes it whole (长林县青龙湾卫生院) — one of the two is wrong (seen on a Yunnan
    卫生院's 决算). Reported once, at the first short name, with the whole one as related."""
    found = [d for d in run(UnitNamedTwoWays, DROPPED_CHARACTER) if d.key == "dropped"]
    assert [d.location.line for d in found] == [1] and found[0].severity.name == "warning"
    assert "长林县青龙湾卫生院" in found[0].message("zh") and "长林县龙湾卫生院" in found[0].message("zh")
    fixed = DROPPED_CHARACTER.replace("长林县龙湾", "长林县青龙湾")
    assert [d for d in run(UnitNamedTwoWays, fixed) if d.key == "dropped"] == []
    # a name whose remainder is short (县人民医院 beside 县民医院 is three characters) is left alone,
    # and so is a different unit whose name happens to end the same way (two units, two names)
    short = "长林县人民医院2022年度部门决算\n\n长林县民医院负责急诊。\n\n长林县人民医院内设科室6个。\n"
    assert [d for d in run(UnitNamedTwoWays, short) if d.key == "dropped"] == []


def test_c711_quiet_on_the_county_a_restructuring_statement_names():
    """``撤销…东岭县人民法院，设立…东岭区人民法院`` (modelled on a district court's 决算): the county's
    court before the change, named in the unit's history; the same 县 in a sentence of this
    year's work is the old name left in."""
    head = "示范市东岭区人民法院2023年度部门决算情况说明\n\n一、部门基本情况\n\n"
    history = ("撤销示范市南岸区人民法院和示范市东岭县人民法院，设立示范市东岭区人民法院，"
               "新的东岭区人民法院于2012年3月1日正式对外办公。\n\n东岭区人民法院内设机构9个。\n")
    assert run(UnitNamedTwoWays, head + history) == []
    slip = head + history + "\n2023年，东岭县人民法院受理案件1.2万件。\n"
    [d] = run(UnitNamedTwoWays, slip)
    assert d.key == "place" and d.location.line == line_of(slip, "2023年，东岭县")


SCHOOL = ("{title}2023年度部门决算\n\n第一部分 青峰县第三实验小学概况\n\n一、主要职责\n\n"
          "青峰县第三实验小学承担一至六年级的义务教育，在校学生 860 人。\n")


def test_c711_the_title_is_the_name_that_lost_a_character():
    """The title names the unit one character short (青峰县第三实小学) and the text writes it whole
    twice or more: the slip is the title's, and the finding is there, not at the text's name."""
    text = SCHOOL.format(title="青峰县第三实小学")
    [d] = run(UnitNamedTwoWays, text)
    assert d.location.line == 1
    assert "青峰县第三实小学" in d.message() and "验" in d.message()


def test_c711_quiet_when_the_title_names_the_unit_whole():
    assert run(UnitNamedTwoWays, SCHOOL.format(title="青峰县第三实验小学")) == []


DISTRICT = """示范市松溪区农业农村局2023年度部门决算
第一部分 部门概况
一、部门职责
（一）在全县经济社会发展总体规划的框架内，拟订全区农业农村发展规划。
（二）负责全区农产品质量安全监督管理。
二、机构设置
本局是区委和区政府主管农业农村工作的区政府工作部门。
"""


def test_c711_a_districts_unit_writing_of_the_whole_county():
    """A district's unit (示范市松溪区…局) whose text still speaks of 全县 or of 县委、县政府: the
    text of the county the district was made from (撤县设区): one stale text, one warning, at the
    first such word."""
    found = run(UnitNamedTwoWays, DISTRICT)
    assert [d.location.line for d in found] == [4]
    assert "全县" in found[0].message("zh") and "松溪区" in found[0].message("zh")
    text = DISTRICT.replace("本局是区委和区政府", "本局是县委和县政府")
    assert [d.location.line for d in run(UnitNamedTwoWays, text)] == [4]


def test_c711_quiet_on_a_districts_own_words_a_county_named_and_the_change_told():
    """The district's own words (全区), another county named in the text (对口帮扶…县), the
    change told (撤县设区), a county's unit or a zone's (开发区) and a hedge (全县（区）) stay quiet."""
    assert run(UnitNamedTwoWays, DISTRICT.replace("全县", "全区")) == []
    assert run(UnitNamedTwoWays, DISTRICT + "2019年松溪撤县设区后，职责划转至本局。\n") == []
    assert run(UnitNamedTwoWays, DISTRICT.replace("在全县经济社会", "对口帮扶青川县，在全县经济社会")) == []
    assert run(UnitNamedTwoWays, DISTRICT.replace("示范市松溪区", "示范县松溪工业园区")) == []
    assert run(UnitNamedTwoWays, DISTRICT.replace("示范市松溪区", "示范市经济开发区")) == []
    assert run(UnitNamedTwoWays, DISTRICT.replace("在全县经济社会", "在全县（区）经济社会")) == []
    assert run(UnitNamedTwoWays, DISTRICT.replace("示范市松溪区", "示范市松溪县").replace("全区", "全县")) == []


# A district's bureau whose duties were copied from before its county became a district.
_DISTRICT = """示范市青川区水利局2023年度部门决算
第一部分 青川区水利局概况
一、部门职责
（一）贯彻执行国家有关水利工作的法律法规，拟订{whole}水利工作的中长期规划。
（二）负责{whole}水旱灾害防治工作。
二、机构设置
青川区水利局内设办公室等4个股室。
"""


def test_c711_a_districts_unit_speaking_of_its_whole_county():
    """全县 in a 区's report: the text kept from before the county became a district (once, at
    the first)."""
    text = _DISTRICT.format(whole="全县")
    [d] = run(UnitNamedTwoWays, text)
    assert d.location.line == 4 and "全县" in d.message("zh")


def test_c711_quiet_on_whole_district_a_county_report_and_another_county_named():
    assert run(UnitNamedTwoWays, _DISTRICT.format(whole="全区")) == []
    county = _DISTRICT.format(whole="全县").replace("青川区", "青川县")
    assert run(UnitNamedTwoWays, county) == []
    # a county named in the draft (帮扶南溪县): 全县 may be that county's
    helped = _DISTRICT.format(whole="全县") + "三、对口帮扶\n帮扶南溪县完成水利项目3个。\n"
    assert run(UnitNamedTwoWays, helped) == []
    # a development zone is no district
    zone = _DISTRICT.format(whole="全县").replace("示范市青川区水利局", "示范县经济开发区管委会").replace(
        "青川区水利局", "开发区管委会")
    assert run(UnitNamedTwoWays, zone) == []


def test_c711_a_district_named_only_in_the_contents_heading():
    """A publication whose title was lost opens with its contents (第一部分青川区水利局单位概况):
    the unit's district is read from that heading; a county named anywhere keeps it quiet."""
    text = ("目 录\n第一部分青川区水利局单位概况\n一、部门职责\n二、机构设置\n"
            "第一部分青川区水利局单位概况\n一、部门职责\n"
            "(一)贯彻执行国家有关水利工作的法律法规，拟订全县水利工作的中长期规划。\n")
    [d] = run(UnitNamedTwoWays, text)
    assert d.location.line == 7 and "青川区" in d.message("zh")
    assert run(UnitNamedTwoWays, text.replace("青川区", "青川县")) == []
    assert run(UnitNamedTwoWays, text + "三、对口帮扶南溪县完成水利项目3个。\n") == []


COMMITTEE_DROPPED = """中共青岭市委老干部局2022年度部门决算

第一部分 中共青岭市老干部局概况

一、主要职责

中共青岭市委老干部局负责全市离退休干部工作。

二、机构设置

中共青岭市老干部局内设科室4个。
"""


def test_c711_a_party_units_name_without_the_committees_character():
    """A 中共 unit named with its place's committee (中共青岭市委老干部局) and elsewhere without
    the 委 (中共青岭市老干部局: 中共 heads a committee, never a place): one of the two is wrong
    (seen on a 信访局's 决算). Reported once, at the first short name, a warning."""
    found = [d for d in run(UnitNamedTwoWays, COMMITTEE_DROPPED) if d.key == "dropped"]
    assert [d.location.line for d in found] == [3] and found[0].severity.name == "warning"
    assert "中共青岭市老干部局" in found[0].message("zh") and "“委”" in found[0].message("zh")
    assert [r.location.line for r in found[0].related] == [1]
    fixed = COMMITTEE_DROPPED.replace("中共青岭市老干部局", "中共青岭市委老干部局")
    assert [d for d in run(UnitNamedTwoWays, fixed) if d.key == "dropped"] == []
    # a body that is itself a committee (中共青岭市纪律检查委员会) needs no 委 after the place,
    # and a draft that never writes the name with 委 says nothing of it
    own_committee = ("中共青岭市委纪律检查委员会2022年度部门决算\n\n中共青岭市纪律检查委员会内设室6个。\n")
    assert [d for d in run(UnitNamedTwoWays, own_committee) if d.key == "dropped"] == []
    never = COMMITTEE_DROPPED.replace("中共青岭市委老干部局", "中共青岭市老干部局")
    assert [d for d in run(UnitNamedTwoWays, never) if d.key == "dropped"] == []


# A town's 自评表 whose 年度目标 copy the 职能 of a township (乡) template (modelled on a county's
# township forms): the town's own words are 本镇, 全镇.
TOWN_FORM = """部门整体支出绩效自评表
单位(盖章):示范县青石镇人民政府 | 填报日期:2023年3月6日
部门(单位)名称 | 示范县青石镇人民政府
年度总体目标 | 年初设定目标 | 年度总体目标完成情况
(1)组织实施全镇经济和社会发展计划,搞好商品流通,协调好本乡与外地区的经济交流与合作,抓好招商引资。
(2)负责全镇安全生产和防汛工作。
"""


def test_c711_a_towns_report_speaking_of_its_place_as_a_township():
    """A 镇's report writing 本乡 (or 全乡): the text of a township's template; one finding at the
    first. Quiet where the report names a township (原石桥乡, 与白马乡联合: that 乡's), after
    原/撤, in 本乡镇 (both levels), and in a 乡's own report."""
    found = run(UnitNamedTwoWays, TOWN_FORM)
    assert [(d.location.line, d.severity.name) for d in found] == [(5, "warning")]
    assert "本乡" in found[0].message("zh") and "青石镇" in found[0].message("zh")
    assert run(UnitNamedTwoWays, TOWN_FORM.replace("本乡与", "本乡镇与")) == []
    assert run(UnitNamedTwoWays, TOWN_FORM.replace("负责全镇安全", "配合白马乡做好安全")) == []
    township = TOWN_FORM.replace("青石镇", "青石乡").replace("全镇", "全乡")
    assert run(UnitNamedTwoWays, township) == []
    assert [d.location.line for d in run(UnitNamedTwoWays, township.replace("全乡安全", "全镇安全"))] == [6]


# A town's 决算 publication whose title was lost: it opens with its contents, which name the unit
# (第一部分…镇人民政府…概况), as a district's does for the county words.
TOWN_CONTENTS = """目 录
第一部分示范县青石镇人民政府部门(单位)概况
一、部门职责
二、机构设置
第二部分2023年度部门决算表
第一部分示范县青石镇人民政府部门(单位)概况
一、部门职责
(一)政府职能:(1)组织实施全镇经济和社会发展计划,协调好本乡与外地区的经济交流与合作。(2)负责全镇安全生产工作。
"""


def test_c711_a_towns_publication_opening_with_its_contents():
    """The 镇 is named by the contents' first part when no title names it (held33 030); a
    township's contents keep 本乡 quiet."""
    found = run(UnitNamedTwoWays, TOWN_CONTENTS)
    assert [(d.location.line, d.severity.name) for d in found] == [(8, "warning")]
    assert run(UnitNamedTwoWays, TOWN_CONTENTS.replace("青石镇", "青石乡").replace("全镇", "全乡")) == []


def test_c711_a_town_whose_name_holds_a_city_character():
    """A town named with 市 in its name (草市镇, after its county's 某某市) is still the report's
    town: the walk back from 镇 stops at the county's 市, not at the town's own (held33 030)."""
    text = TOWN_CONTENTS.replace("示范县青石镇", "示范市草市镇")
    assert [d.location.line for d in run(UnitNamedTwoWays, text)] == [8]
    from perflint.extract.claims import own_towns

    assert own_towns("示范市草市镇人民政府") == {"草市镇"}
    assert own_towns("全市镇村道路建设") == set()
    assert own_towns("本市镇人民政府") == set()


# A court's 决算 that lists the courts it covers, one of them named once with its city's 市 and once
# without it (modelled on a provincial court's 决算; names and places are ours).
LEVEL_DROPPED = """青州省高级人民法院2022年度部门决算

一、部门决算单位构成

1、青州省高级人民法院本级。

2、柳湾市中级人民法院，包括柳湾中级人民法院本级、东河区人民法院、西岭区人民法院。
"""


def test_c711_a_unit_named_without_its_places_level():
    """A unit written with its place's level (柳湾市中级人民法院) and, where a name stands
    (包括…), without it (柳湾中级人民法院): the same unit named two ways (seen on a provincial
    court's 决算). Reported once, at the first short name, a warning, the whole name related."""
    found = [d for d in run(UnitNamedTwoWays, LEVEL_DROPPED) if d.key == "dropped"]
    assert [d.location.line for d in found] == [line_of(LEVEL_DROPPED, "包括柳湾中级")]
    assert found[0].severity.name == "warning" and "“市”" in found[0].message("zh")
    assert "柳湾中级人民法院" in found[0].message("zh")
    fixed = LEVEL_DROPPED.replace("包括柳湾中级", "包括柳湾市中级")
    assert [d for d in run(UnitNamedTwoWays, fixed) if d.key == "dropped"] == []
    # a bureau of three characters after the place counts too (个旧财政局 beside 个旧市财政局)
    bureau = "石林市财政局2022年度部门决算\n\n石林财政局内设科室5个。\n"
    assert [d.location.line for d in run(UnitNamedTwoWays, bureau) if d.key == "dropped"] == [3]


def test_c711_quiet_on_a_level_word_that_belongs_to_the_sentence():
    """全市财政局, 本县…: the character before the level is a word of the sentence, not a place's
    name; and a name inside running words (东柳湾中级…) is no name standing on its own."""
    text = "柳湾市财政局2022年度部门决算\n\n全市财政局系统共有干部120人，柳湾市财政局内设科室5个。\n"
    assert [d for d in run(UnitNamedTwoWays, text) if d.key == "dropped"] == []
    inside = LEVEL_DROPPED.replace("包括柳湾中级", "包括东柳湾中级")
    assert [d for d in run(UnitNamedTwoWays, inside) if d.key == "dropped"] == []
