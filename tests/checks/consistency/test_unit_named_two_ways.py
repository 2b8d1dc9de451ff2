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
