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
