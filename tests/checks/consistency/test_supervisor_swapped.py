"""C713 supervisor-swapped: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import SupervisorSwapped

from .._harness import run
from ._drafts import FORM_HEAD, lines_of


def test_c713_supervisor_and_implementer_swapped():
    text = FORM_HEAD.format(a="白石区民间艺术剧团", b="白石区文化和旅游局")
    assert lines_of(SupervisorSwapped, text) == [4]
    flat = "项目名称文艺演出设备购置经费主管部门白石区民间艺术剧团实施单位白石区文化和旅游局机关项目资金(万元)\n"
    assert lines_of(SupervisorSwapped, flat) == [1]


@pytest.mark.parametrize(("a", "b"), [
    ("白石区文化和旅游局", "白石区民间艺术剧团"),
    ("白石区文化和旅游局", "白石区文化和旅游局"),
    ("白石区医疗保障局", "白石区医疗保障服务中心"),
])
def test_c713_quiet_when_the_department_is_in_charge(a, b):
    assert run(SupervisorSwapped, FORM_HEAD.format(a=a, b=b)) == []
