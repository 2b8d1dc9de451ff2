"""C721 unbudgeted-claim: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import UnbudgetedClaim

from .._harness import run

BUDGET = "示范县林业站2025年“三公”经费预算情况说明\n\n{body}\n"


def test_c721_a_figure_said_not_to_be_budgeted():
    body = ("（二）公务用车购置及运行维护费预算 6.50 万元，本年预算与上年持平。其中：公务用车运行维护费 6.50 万元，"
            "本年预算与上年持平，持平原因是该项经费本年未安排；公务用车购置费 0 万元，本年预算与上年持平，"
            "持平原因是该项经费本年未安排。")
    [d] = run(UnbudgetedClaim, BUDGET.format(body=body))
    assert d.severity.name == "warning" and d.location.line == 3
    assert "6.50万元" in d.message("zh") and "该项经费本年未安排" in d.message("zh")
    assert len(d.related) == 1
    fixed = body.replace("持平原因是该项经费本年未安排；", "主要用于 2 辆公务用车的燃料和维修；", 1)
    assert run(UnbudgetedClaim, BUDGET.format(body=fixed)) == []


@pytest.mark.parametrize("body", [
    # the item of 0: the claim is true
    "公务用车购置费预算 0 万元，与上年持平，原因是该项经费本年未安排。",
    # a claim about another plan, not pointing back at the figure
    "公务用车运行维护费预算 6.50 万元，与上年持平，本年未安排公务用车购置计划。",
    # no budget in the sentence: a figure spent without a budget may be "not budgeted"
    "培训费支出 1.20 万元，该项经费年初未安排，系年中追加。",
    # another item starts between the figure and the claim
    "公务用车购置及运行维护费预算 6.50 万元，其中：公务用车购置费，该项经费本年未安排。",
    # the figure before the claim is a change, not the item's figure
    "会议费预算 3.00 万元，比上年减少 1.00 万元，原因是该项经费本年未安排专题会议。",
])
def test_c721_quiet_cases(body):
    assert run(UnbudgetedClaim, BUDGET.format(body=body)) == []


DRAFT = "示范县气象站2023年度单位决算\n\n{body}\n"


def test_c721_a_category_said_to_be_absent_has_an_amount():
    body = ("一、收入决算情况说明\n\n2023年本年收入合计500.00万元，其中：一般公共预算财政拨款收入470.00万元，"
            "政府性基金预算财政拨款收入30.00万元。\n\n八、政府性基金预算支出决算情况说明\n\n"
            "本单位2023年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故该表以空表列示。")
    [d] = run(UnbudgetedClaim, DRAFT.format(body=body))
    assert d.severity.name == "warning" and d.location.line == 9 and d.related[0].location.line == 5
    assert "无政府性基金预算财政拨款收入" in d.message("zh") and "30.00万元" in d.message("zh")
    assert run(UnbudgetedClaim, DRAFT.format(body=body.replace("收入30.00万元", "收入0万元"))) == []


def test_c721_the_reason_of_a_change_says_the_fund_is_absent():
    body = ("2023年本年收入合计500.00万元，其中：一般公共预算财政拨款收入470.00万元，"
            "政府性基金预算财政拨款收入{fund}万元。\n\n政府性基金预算财政拨款支出0万元，与上年相比无变化，"
            "主要原因是：无政府性基金预算。")
    [d] = run(UnbudgetedClaim, DRAFT.format(body=body.format(fund="30.00")))
    assert "无政府性基金预算" in d.message("zh") and d.related[0].location.line == 3
    assert run(UnbudgetedClaim, DRAFT.format(body=body.format(fund="0"))) == []


@pytest.mark.parametrize("body", [
    # the category's budget, last year's figure or a balance are not this year's amount
    "本单位无机关运行经费支出。机关运行经费预算3.00万元，因机构性质调整未执行。",
    "本单位2023年无因公出国（境）费支出，上年因公出国（境）费支出2.00万元。",
    # a claim of last year
    "上年无公务接待费支出。2023年公务接待费支出0.80万元，主要用于上级检查接待。",
    # no 收入 claimed, the figure is 支出 (spent from a balance carried over)
    "本单位无政府性基金预算财政拨款收入。使用年初结转的政府性基金预算财政拨款支出12.00万元。",
    # one kind of procurement absent, not procurement as a whole
    "本单位无政府采购工程支出，政府采购货物支出5.00万元。",
])
def test_c721_absent_category_quiet(body):
    assert run(UnbudgetedClaim, DRAFT.format(body=body)) == []


EMPTY_TABLE = """示范县林业站2024年度部门决算

政府性基金预算财政拨款收入支出决算表

公开08表

单位：万元

科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余
\t合计\t{opening}\t{income}\t{income}\t0.00

注：本单位2024年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。

国有资本经营预算财政拨款收入支出决算表

公开09表
"""


def test_c721_a_table_noted_as_empty_holds_a_figure():
    [d] = run(UnbudgetedClaim, EMPTY_TABLE.format(opening="0.00", income="8.00"))
    assert d.severity.name == "warning" and d.location.line == 10
    assert "本表为空表" in d.message("zh") and "表中有 2 个非零金额（首个为 8.00）" in d.message("zh")
    assert d.related[0].location.line == 12
    assert run(UnbudgetedClaim, EMPTY_TABLE.format(opening="0.00", income="0.00")) == []


@pytest.mark.parametrize("text", [
    # the note's table is empty; the table above its title (the 三公 table) holds figures
    "示范县林业站2024年度部门决算\n\n“三公”经费支出决算表\n\n项目\t合计\t公务接待费\n决算数\t3.00\t3.00\n\n"
    "政府性基金预算财政拨款收入支出决算表\n\n单位：万元\n\n注：本单位无政府性基金预算财政拨款收支，本表为空表。\n",
    # a section of the 情况说明 under its heading, after the tables
    "示范县林业站2024年度部门决算\n\n“三公”经费支出决算表\n\n项目\t合计\t公务接待费\n决算数\t3.00\t3.00\n\n"
    "七、政府性基金预算财政拨款收入支出决算情况\n\n本单位无政府性基金预算财政拨款收支，以空表列示。\n",
])
def test_c721_empty_table_note_quiet(text):
    assert run(UnbudgetedClaim, text) == []


THREE_PUBLIC = ("七、财政拨款“三公”经费支出决算情况说明\n\n"
                "（一）2023年度“三公”经费财政拨款支出预算为{budget}万元，支出决算为{actual}万元，完成预算的{rate}。\n\n"
                "（二）因公出国（境）经费支出0万元。本单位2023年度无“三公”经费支出。")


def test_c721_no_three_public_spending_claimed_while_its_actual_is_stated():
    # the 决算 clause goes on from the clause naming the category (预算为 B，支出决算为 A)
    body = THREE_PUBLIC.format(budget="40.00", actual="36.23", rate="90.58%")
    [d] = run(UnbudgetedClaim, DRAFT.format(body=body))
    assert "无“三公”经费支出" in d.message("zh") and "36.23" in d.message("zh") and d.related[0].location.line == 5
    # a budget alone is no amount spent; nothing spent, nothing denied
    assert run(UnbudgetedClaim, DRAFT.format(body=THREE_PUBLIC.format(budget="40.00", actual="0", rate="0%"))) == []
    # a clause that starts another item is not the category's figure
    other = body.replace("支出决算为36.23万元", "公务接待费支出决算为1.96万元")
    assert run(UnbudgetedClaim, DRAFT.format(body=other)) == []
