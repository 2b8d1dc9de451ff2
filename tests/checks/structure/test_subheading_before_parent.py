"""S609 subheading-before-parent: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import SubheadingBeforeParent

from .._harness import line_of, run

_BAD = """某县文化馆2023年度部门决算
第一部分 部门概况
（一）主要职能
一、部门主要职能
负责全县群众文化活动的组织和辅导。
二、部门决算单位构成
本部门决算由文化馆本级决算组成。
"""


def test_s609_subheading_right_before_the_first_heading_of_its_parent_level():
    (d,) = run(SubheadingBeforeParent, _BAD)
    assert d.location.line == line_of(_BAD, "（一）主要职能")
    assert "（一）" in d.message() and "一、" in d.message()


def test_s609_quiet_when_the_subheading_follows_its_parent():
    good = _BAD.replace("（一）主要职能\n一、部门主要职能\n", "一、部门主要职能\n（一）主要职能\n")
    assert run(SubheadingBeforeParent, good) == []
    # a part that numbers its sections （一）（二） only has no parent level to be above
    only = "第一部分 部门概况\n（一）主要职能\n负责群众文化活动。\n（二）机构设置\n内设办公室。\n"
    assert run(SubheadingBeforeParent, only) == []
    # text between them: the （一） list ended before the 一、 sequence began
    apart = _BAD.replace("（一）主要职能\n", "（一）主要职能\n负责群众文化活动。\n")
    assert run(SubheadingBeforeParent, apart) == []


def test_s609_one_title_at_two_levels_in_an_excerpt_that_ends_before_the_next_section():
    cut = "第一部分 部门概况\n（一）主要职能\n一、部门主要职能\n负责全县群众文化活动的组织和辅导。\n"
    (d,) = run(SubheadingBeforeParent, cut)
    assert d.location.line == 2
    other = cut.replace("（一）主要职能", "（一）工作开展情况")
    assert run(SubheadingBeforeParent, other) == []
