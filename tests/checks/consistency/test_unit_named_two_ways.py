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
