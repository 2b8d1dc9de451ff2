"""S603 numbering-restart: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import NumberingRestart

from .._harness import line_of
from ._drafts import BAD, run


def test_restart_under_the_same_parent_and_inverted_levels():
    diags = run(BAD, NumberingRestart)
    assert [d.location.line for d in diags] == [line_of(BAD, "（一）充实检查力量"), line_of(BAD, "（一）资金投入")]
    assert "同级应续为“（五）”" in diags[0].message("zh")
    inverted = """示范县渔政站2023年度部门决算

一、预算绩效情况说明

（一）绩效管理工作开展情况

已全面开展。

（二）项目绩效自评结果

一、渔船检查项目综述：

预算 18 万元。

二、渔政执法项目综述：

预算 12 万元。

（三）结果应用情况

已公开。
"""
    [d] = run(inverted, NumberingRestart)
    assert d.location.line == 11
    assert d.message("zh") == ("层级颠倒：“一、”与上级“一、预算绩效情况说明”（第 3 行）编号样式相同，"
                               "却编在“（二）项目绩效自评结果”（第 9 行）之下")
    assert [r.location.line for r in d.related] == [9, 3]


def test_restart_is_quiet_after_a_label_or_between_two_lists():
    text = """示范县渔政站2023年度绩效自评报告

一、自评结论

（一）存在的问题

1、人员不足。

2、设备老化。

针对上述问题，提出以下改进意见。

1、充实人员。

2、更新设备。

下一步工作安排：

1、开展培训。
"""
    assert run(text) == []
