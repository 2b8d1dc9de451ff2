"""T812 place-name-slip: fires on drafts we wrote with a place name one character off a real one,
stays quiet on real places (current, former, short forms) and on ordinary words ending in 区/市/县."""

from __future__ import annotations

import pytest
from perflint.checks.terms import PlaceNameSlip

from perflint.extract.place_slips import gazetteer, place_slips

from .._harness import fixture, run

DRAFT = """芜湖市湾址区财政局2023年度部门整体支出绩效自评报告

一、部门基本情况
湾址区财政局是区人民政府的工作部门，内设机构8个。
二、绩效目标完成情况
全区一般公共预算支出完成年度预算的98%，工业园区财政所运转正常。
"""


def test_a_same_sound_slip_in_the_units_county_is_reported_once_with_its_copies():
    [d] = run(PlaceNameSlip, DRAFT)
    assert d.location.line == 1
    assert "“湾址区”疑为“湾沚区”" in d.message("zh")
    assert [r.location.line for r in d.related] == [4]
    assert run(PlaceNameSlip, DRAFT.replace("湾址区", "湾沚区")) == []


def test_the_message_says_where_the_draft_spells_the_name_right():
    [d] = run(PlaceNameSlip, DRAFT.replace("芜湖市湾址区财政局2023", "芜湖市湾沚区财政局2023"))
    assert d.location.line == 4 and "本文他处作“湾沚区”" in d.message("zh")


@pytest.mark.parametrize("text, right", [
    ("根据安徽省芜湖市湾址区人民政府的安排", "湾沚区"),  # before an office, after its province and city
    ("安徽省芜湖市湾址区。", "湾沚区"),  # after a real prefecture, at a phrase's end
    ("湖南省株洲市炎凌县教育局", "炎陵县"),  # same sound (凌/陵)
    ("河北省邢台市临诚县卫生健康局", "临城县"),
    ("芜湖市鸠江区财政局与湾址区财政局", "湾沚区"),  # a real place of the same prefecture named
    ("安徽省芜湖市\n湾址区2023年度部门决算", "湾沚区"),  # the whole phrase: a title's name before its year
    ("芜湖市所辖繁昌区、湾址区、南陵县", "湾沚区"),  # a list's item
    ("跪林市司法局部门决算", "桂林市"),
    ("根据白沙励族自治县财政局的通知", "白沙黎族自治县"),  # a long name needs no other place  # a prefecture with a same-sound slip needs no other place  # another real place named: no province needed
])
def test_slips_read_where_a_place_is_named(text, right):
    [slip] = place_slips(text)
    assert slip.right == right


@pytest.mark.parametrize("text", [
    "安徽省芜湖市湾沚区财政局",  # the current name
    "安徽省芜湖市繁昌县财政局",  # a former name (now 繁昌区)
    "湖北省宜昌市长阳县教育局",  # the short form of 长阳土家族自治县
    "湖南省益阳市纳入南县财政局预算的单位",  # 南县 is a county of one character
    "工业园区财政局、开发区管委会和城市管理局",  # ordinary words ending in 区/市
    "推进城市卫生和社区教育，主城区教育局牵头",
    "洪州市东岸区人民政府办公室",  # names made up for an example: no real place to match
    "青溪县2023年度部门决算",  # a made-up county close to 明溪县: the draft names no real place
    "湘南省财政厅",
    "湖南省财政厅：青溪县财政局",  # a real province elsewhere: 明溪县 is in 福建  # a made-up province a look-alike away from 湖南省 (not the same sound)
    "纳入贫困县、试点县和示范区的项目（省级重点县）",  # ordinary words as whole phrases
])
def test_quiet_on_real_places_and_ordinary_words(text):
    assert list(place_slips(text)) == []


def test_a_close_name_is_not_reported_when_two_real_names_are_as_close():
    assert list(place_slips("临澄县卫生健康局与邯郸市财政局")) == []  # 临潭县, 临潼县, 临城县
    [slip] = place_slips("河北省邢台市临澄县卫生健康局")  # …unless the draft names one's prefecture
    assert slip.right == "临城县"
    places = gazetteer()
    assert len(places.near("湾址区", 1)) == 1
    assert "繁昌县" in places and "繁昌区" in places and "酃县" in places and "湾址区" not in places


def test_a_whole_draft_we_wrote():
    assert run(PlaceNameSlip, fixture("terms", "county_places_good.txt")) == []
    found = run(PlaceNameSlip, fixture("terms", "county_places_misspelt.txt"))
    assert [(d.location.line, d.message("zh")) for d in found] == [
        (4, "地名“阱德县”疑为“旌德县”之误（本文他处作“旌德县”）"),
        (5, "地名“湾址区”疑为“湾沚区”之误"),
    ]


# A unit's full name that lost its place's level, where its own short name keeps it: the draft
# names the body 省X / 市X, so the full name is 某省X, not 某X.
LEVEL_DRAFT = """某项目2023年度绩效自评报告
一、基本情况
根据省编办的批复，江西残疾人联合会（以下简称“省残联”）为省政府直属的人民团体。
省残联负责全省残疾人事业发展资金的管理。
"""


def test_a_units_full_name_without_the_level_its_short_name_opens_with_is_reported():
    [d] = run(PlaceNameSlip, LEVEL_DRAFT)
    assert d.location.line == 3
    assert "江西残疾人联合会" in d.message("zh") and "江西省残疾人联合会" in d.message("zh")
    assert "“省”" in d.message("zh")
    assert run(PlaceNameSlip, LEVEL_DRAFT.replace("江西残疾", "江西省残疾")) == []


@pytest.mark.parametrize("text", [
    "江西省残疾人联合会（以下简称“省残联”）",  # the level written
    "南昌市东湖区财政局（以下简称“区财政局”）",  # the county's own level
    "九江市浔阳区教育体育局（以下简称“区教体局”）",
    "江西残疾人联合会（以下简称“江西残联”）",  # a short name without a level
    "江西某某市场服务中心（以下简称“市场中心”）",  # 市场 is a word: no level
    "江西环境监测站（以下简称“省中心”）",  # the short name's body is not the full name's
    "南昌市残疾人联合会（以下简称“省残联”）",  # another level written: not a lost one
    "青溪残疾人联合会（以下简称“县残联”）",  # no real place
])
def test_quiet_where_the_full_name_keeps_its_level_or_the_short_name_has_none(text):
    assert run(PlaceNameSlip, "某单位2023年度部门决算\n" + text + "负责全县残疾人工作。\n") == []


def test_dropped_levels_reads_the_full_name_its_short_name_and_the_level():
    from perflint.extract.place_slips import dropped_levels

    text = "根据批复，江西残疾人联合会（简称：省残联）负责全省残疾人工作。"
    [d] = dropped_levels(text)
    assert text[d.start:d.end] == d.written == "江西残疾人联合会"
    assert (d.right, d.short, d.level) == ("江西省残疾人联合会", "省残联", "省")
    assert dropped_levels("江西残疾人联合会负责全省残疾人工作。") == []  # no short name


# An autonomous division's name with its level typed after its stem too (三都县水族自治县 for
# 三都水族自治县): the draft's short form (三都县) run into the full name (held28 DEV 011).
TWICE_DRAFT = """三都县水族自治县某某镇人民政府2023年部门整体支出绩效自评报告
一、部门基本情况
本镇位于三都县东部，辖8个行政村，镇政府内设机构5个。
"""


def test_an_autonomous_name_with_its_level_typed_twice_is_reported():
    [d] = run(PlaceNameSlip, TWICE_DRAFT)
    assert d.location.line == 1
    assert "“三都县水族自治县”" in d.message("zh") and "“三都水族自治县”" in d.message("zh")
    assert "“县”" in d.message("zh")
    assert run(PlaceNameSlip, TWICE_DRAFT.replace("三都县水族自治县", "三都水族自治县")) == []


@pytest.mark.parametrize("text, written, right", [
    ("楚雄州彝族自治州人民政府", "楚雄州彝族自治州", "楚雄彝族自治州"),
    ("根据寻甸县回族彝族自治县财政局的通知", "寻甸县回族彝族自治县", "寻甸回族彝族自治县"),
])
def test_level_typed_twice_reads_the_real_name_less_one_level(text, written, right):
    from perflint.extract.place_slips import levels_typed_twice

    [d] = levels_typed_twice(text)
    assert (text[d.start:d.end], d.written, d.right, d.level) == (written, written, right, written[-1])


@pytest.mark.parametrize("text", [
    "黔南州三都水族自治县财政局",  # the prefecture's short name before the county's full name
    "黔南布依族苗族自治州三都水族自治县",  # a 自治州 and its 自治县
    "红河州屏边苗族自治县人民政府",  # 州 then a 自治县: another level
    "三都县、荔波县和某某族自治县",  # no real name once the 县 is taken out
    "三都水族自治县",
])
def test_level_typed_twice_is_quiet_on_real_names(text):
    from perflint.extract.place_slips import levels_typed_twice

    assert levels_typed_twice(text) == []
