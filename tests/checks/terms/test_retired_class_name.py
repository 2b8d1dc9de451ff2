"""T813 retired-class-name: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import RetiredClassName

from .._harness import line_of, run

# modelled on a county office's 2021 名词解释 that still names the 210 class by its pre-2019 name
STALE = """示范县司法局2021年度部门决算说明

三、名词解释

1.医疗卫生与计划生育(类)行政事业单位医疗(款)行政单位医疗(项):指机关缴纳的基本医疗保险费。

2.医疗卫生与计划生育(类)行政事业单位医疗(款)事业单位医疗(项):指事业单位缴纳的基本医疗保险费。
"""


def test_a_class_named_by_its_retired_name_in_a_later_year():
    [d] = run(RetiredClassName, STALE)
    assert d.code == "T813" and d.location.line == line_of(STALE, "1.医疗卫生与计划生育")
    assert d.message("zh") == "“医疗卫生与计划生育”是 2019 年以前的支出功能分类科目名称，2021 年度该类为“卫生健康支出”"
    assert [r.location.line for r in d.related] == [line_of(STALE, "2.医疗卫生与计划生育")]


def test_the_new_name_an_old_year_and_a_name_given_as_the_old_one_are_quiet():
    assert run(RetiredClassName, STALE.replace("医疗卫生与计划生育", "卫生健康支出")) == []
    assert run(RetiredClassName, STALE.replace("2021年度", "2018年度")) == []
    assert run(RetiredClassName, STALE.replace("2021年度", "2019年度")) == []
    renamed = ("示范县卫生健康局2021年度部门决算说明\n\n卫生健康支出(类)(原医疗卫生与计划生育支出)"
               "支出120.00万元。\n")
    assert run(RetiredClassName, renamed) == []
