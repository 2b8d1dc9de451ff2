"""S605 numbering-style-mixed: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import NumberingStyleMixed

from perflint.diagnostics import Severity

from ._drafts import run


def test_style_mixed_fires_when_a_list_changes_its_marker():
    text = "示范县卫生院2023年度部门预算\n\n一、主要职能\n\n1、开展预防保健服务。\n\n2. 开展常见病诊治。\n\n3. 开展康复护理。\n"
    [d] = run(text, NumberingStyleMixed)
    assert d.code == "S605" and d.severity == Severity.warning and d.location.line == 7
    assert d.message("zh") == "编号体例不一致：上条为“1、开展预防保健服务”（第 5 行），此条为“2.”，应统一为“2、”"


def test_style_mixed_is_quiet_for_two_levels_and_one_style():
    levels = "示范县卫生院2023年度部门预算\n\n1、人员情况\n\n1.在编人员12人。\n\n2.聘用人员3人。\n\n2、资产情况\n\n房屋1处。\n"
    assert run(levels, NumberingStyleMixed) == []
    one = "示范县卫生院2023年度部门预算\n\n一、主要职能\n\n1、开展预防保健服务。\n\n2、开展常见病诊治。\n"
    assert run(one, NumberingStyleMixed) == []
