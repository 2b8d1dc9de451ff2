"""C712 misdefined-term: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import MisdefinedTerm

from .._harness import line_of, run
from ._drafts import TOWN


def test_c712_term_explained_with_another_definition():
    text = TOWN.replace("系从主管部门和上级单位取得的非财政补助收入", "系事业单位开展业务活动所取得的收入")
    found = run(MisdefinedTerm, text)
    assert [d.location.line for d in found] == [line_of(text, "2.上级补助收入")]
    assert "事业收入" in found[0].message()


def test_c712_quiet_when_each_term_keeps_its_definition():
    assert run(MisdefinedTerm, TOWN) == []


def test_c712_a_units_nature_stated_as_another_kinds():
    """A court said to be what a 司法局 is, a township's government what a county department is."""
    court = "一、单位概况\n\n青岗县人民法院是司法行政机关，依法行使审判权。\n"
    [d] = run(MisdefinedTerm, court)
    assert "司法行政机关" in d.message("zh") and "人民法院" in d.message("zh")
    town = "一、单位概况\n\n青岗县溪口乡人民政府是县委、县政府的组成部门，主要职责是：执行本级人大的决议。\n"
    assert len(run(MisdefinedTerm, town)) == 1


def test_c712_a_units_own_nature_is_quiet():
    assert run(MisdefinedTerm, "青岗县人民法院是国家审判机关，依法独立行使审判权。\n") == []
    assert run(MisdefinedTerm, "青岗县人民检察院是国家的法律监督机关。\n") == []
    assert run(MisdefinedTerm, "溪口乡人民政府是县人民政府领导下的一级政府。\n") == []
    assert run(MisdefinedTerm, "溪口乡人民政府为县级部门决算的组成部门，纳入汇总。\n") == []
    # two kinds with their two natures in one breath
    assert run(MisdefinedTerm, "人民法院与人民检察院是国家的审判机关和法律监督机关。\n") == []
    # the county's own departments are its 组成部门
    assert run(MisdefinedTerm, "青岗县司法局是县人民政府的工作部门，主管全县司法行政工作。\n") == []
    # the nature word modifying what the unit is (…工作部门的一级政府): not its nature (fp38's probe)
    assert run(MisdefinedTerm, "溪口乡人民政府是统筹协调乡内各工作部门的一级政府。\n") == []
    assert run(MisdefinedTerm, "青岗县人民法院是配合司法行政机关之外的审判机关。\n") == []
