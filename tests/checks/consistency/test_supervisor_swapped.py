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


_STATED = ("某县农业农村局2022年度农田管护经费项目支出绩效自评报告\n"
           "一、项目概况\n本项目主管部门为{prose}，实施单位为某县农田建设服务站。\n"
           "项目支出绩效自评表\n项目名称  农田管护经费\n"
           "主管部门  {form}    实施单位  某县农田建设服务站\n")


def test_c713_form_and_prose_name_two_departments_in_charge():
    found = run(SupervisorSwapped, _STATED.format(prose="某县农业农村局", form="某县水利局"))
    assert [(d.location.line, d.related[0].location.line) for d in found] == [(6, 3)]
    assert "某县水利局" in found[0].message() and "某县农业农村局" in found[0].message()


@pytest.mark.parametrize(("prose", "form"), [
    ("某县农业农村局", "某县农业农村局"),
    ("县农业农村局", "某县农业农村局"),
    ("某县农业农村局", "某县农业农村局部门"),
])
def test_c713_quiet_when_form_and_prose_name_one_department(prose, form):
    assert run(SupervisorSwapped, _STATED.format(prose=prose, form=form)) == []


@pytest.mark.parametrize(("a", "b", "cut"), [
    ("白石区文化和旅游", "白石区文化和旅游局", "白石区文化和旅游"),  # the 主管部门 lost its 局
    ("白石区发展和改革局", "白石区发展和改革", "白石区发展和改革"),  # the 实施单位 lost it
])
def test_c713_one_name_cut_before_its_bureau_word(a, b, cut):
    (d,) = run(SupervisorSwapped, FORM_HEAD.format(a=a, b=b))
    assert d.location.line == 4 and f"“{cut}”" in d.message() and f"“{cut}局”" in d.message()


@pytest.mark.parametrize(("a", "b"), [
    ("白石区文化和旅游局", "白石区文化和旅游局"),
    ("白石区石桥街道", "白石区石桥街道办事处"),  # a usual short form
    ("白石区残联", "白石区残联服务中心"),  # an institution under its supervisor
])
def test_c713_quiet_on_whole_and_short_names(a, b):
    assert run(SupervisorSwapped, FORM_HEAD.format(a=a, b=b)) == []
