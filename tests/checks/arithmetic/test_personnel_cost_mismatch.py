"""A129 personnel-cost-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import PersonnelCostMismatch

from ._drafts import run_prose

BY_CLASS = ("(二)按经济分类划分。基本支出 247.63 万元,占一般公共预算支出的 90.12%。其中:"
            "工资福利支出 201.69 万元,较上年增加 3.30 万元;商品和服务支出 44.54 万元;对个人和家庭的补助 1.40 万元。")
PROJECTS = "项目支出 27.15 万元,其中:工资福利支出 1.20 万元,商品和服务支出 25.95 万元。"


def personnel(p: str = "203.09", c: str = "44.54", whole: str = "247.63") -> str:
    return f"六、一般公共预算基本支出情况说明\n\n本年一般公共预算基本支出 {whole} 万元,其中:人员经费 {p} 万元,主要包括基本工资、津贴补贴;公用经费 {c} 万元,主要包括办公费。"


def test_a129_personnel_cost_is_the_wage_and_household_classes_of_the_same_basic_spending():
    (d,) = run_prose(PersonnelCostMismatch, BY_CLASS, PROJECTS, personnel("212.83", "34.80"))
    assert d.code == "A129" and "人员经费 212.83万元 ≠ 工资福利支出 201.69 + 对个人和家庭的补助 1.40 = 203.09万元" in d.message()
    assert [r.location.line for r in d.related] == [5, 5]
    assert run_prose(PersonnelCostMismatch, BY_CLASS, PROJECTS, personnel()) == []


def test_a129_one_passage_with_both_splits_and_without_public_cost():
    both = BY_CLASS + "按用途分,人员经费 210.00 万元,公用经费 37.63 万元。"
    assert [d.code for d in run_prose(PersonnelCostMismatch, both)] == ["A129"]
    alone = "本年基本支出 247.63 万元,其中:人员经费 {} 万元,主要包括基本工资、津贴补贴。"
    assert [d.code for d in run_prose(PersonnelCostMismatch, BY_CLASS, alone.format("212.83"))] == ["A129"]
    assert run_prose(PersonnelCostMismatch, BY_CLASS, alone.format("203.09")) == []


def test_a129_quiet_when_the_splits_are_of_different_wholes_or_do_not_add_up():
    # 基本支出 of another scope (with the projects): the splits are not of one whole
    assert run_prose(PersonnelCostMismatch, BY_CLASS, personnel("250.00", "24.78", whole="274.78")) == []
    # the classes do not make their whole: the split cannot be trusted, nothing to compare
    broken = BY_CLASS.replace("44.54", "40.54")
    assert run_prose(PersonnelCostMismatch, broken, personnel("212.83", "34.80")) == []
    # 人员经费 and 公用经费 that do not make their whole: whose split it is is unclear
    assert run_prose(PersonnelCostMismatch, BY_CLASS, personnel("212.83", "30.00")) == []
    # the project classes after 项目支出 are not the basic spending's
    assert run_prose(PersonnelCostMismatch, PROJECTS, personnel()) == []
    # a last-digit difference between two roundings is no defect
    assert run_prose(PersonnelCostMismatch, BY_CLASS, personnel("203.10", "44.53")) == []
