"""C726 publication-named-two-ways: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import PublicationNamedTwoWays

from .._harness import run

UNIT = """2023年度部门决算公开文本
单位名称：某市第五中学
2023年度单位决算公开文本
第一部分 单位概况
第二部分 2023年度单位决算报表
第三部分 2023 年单位决算情况说明
"""


def test_a_cover_of_the_department_template_on_a_units_publication():
    [d] = run(PublicationNamedTwoWays, UNIT)
    assert d.location.line == 1
    assert "2023年度部门决算" in d.message("zh") and "单位决算" in d.message("zh") and "3 处" in d.message("zh")
    assert "template" in d.message("en")


@pytest.mark.parametrize("text", [
    UNIT.replace("2023年度部门决算公开文本", "2023年度单位决算公开文本"),  # one name throughout
    UNIT.replace("单位决算", "部门决算"),
    # a department that names its unit's 单位决算 once, and its own 部门决算 twice: no clear usage
    "某局2023年度部门决算\n第二部分 2023年度部门决算表\n附：某中心2023年度单位决算\n",
    # another year, or a 预算 beside a 决算, is another publication
    UNIT.replace("2023年度部门决算公开文本", "2022年度部门决算公开文本"),
    UNIT.replace("2023年度部门决算公开文本", "2023年度部门预算公开文本"),
])
def test_quiet_when_the_publication_has_one_name(text):
    assert run(PublicationNamedTwoWays, text) == []
