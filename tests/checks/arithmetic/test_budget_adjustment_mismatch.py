"""A111 budget-adjustment-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import BudgetAdjustmentMismatch

from perflint.diagnostics import Severity

from ._drafts import run_prose


def test_a111_adjusted_budget_is_not_initial_plus_additions():
    para = ("2023年部门年初预算 1240.6 万元，其中：基本支出 610.6 万元，项目支出 630 万元。"
            "年中追加预算 {added}，全年预算数 1398.6 万元。")
    (d,) = run_prose(BudgetAdjustmentMismatch, para.format(added="148 万元"))
    assert d.severity is Severity.warning
    assert "1240.6 + 148 = 1388.6" in d.message() and "1398.6" in d.message()
    assert [r.location.line for r in d.related] == [d.location.line]
    assert run_prose(BudgetAdjustmentMismatch, para.format(added="158 万元")) == []


@pytest.mark.parametrize(("para", "fires"), [
    # 调整后预算 named, additions and reductions both
    ("年初预算为 120 万元，年中调减 10 万元，追加 25.5 万元，调整后预算 135.5 万元。", False),
    ("年初预算为 120 万元，年中调减 10 万元，追加 25.5 万元，调整后预算 145.5 万元。", True),
    ("本项目年初预算数 800 万元，年中调增 120 万元，调整后的预算为 920 万元。", False),
    ("本项目年初预算数 800 万元，年中调增 120 万元，调整后的预算为 930 万元。", True),
    # the adjusted budget written with one decimal more
    ("年初预算 800 万元，年中追加 120 万元，全年预算 920.0 万元。", False),
    # other money the adjusted budget may hold: not read
    ("年初预算 800 万元，年中追加 120 万元，全年预算 950 万元（含上年结转 30 万元）。", False),
    # a part's own addition (项目支出追加) is no addition to the whole
    ("年初预算 800 万元，其中项目支出 500 万元，项目支出追加 120 万元，全年预算 950 万元。", False),
    # an addition with no 年初 budget, or no adjusted budget after it
    ("年中追加预算 120 万元，全年预算数 950 万元。", False),
    ("年初预算 800 万元，年中追加 120 万元，主要用于设备购置。", False),
])
def test_a111_twins(para, fires):
    assert bool(run_prose(BudgetAdjustmentMismatch, para)) == fires


def test_a111_rounding_option():
    para = "年初预算 800.25 万元，年中追加 120.3 万元，全年预算 920.6 万元。"
    (d,) = run_prose(BudgetAdjustmentMismatch, para)
    assert d.severity is Severity.rounding
    assert run_prose(BudgetAdjustmentMismatch, para, rounding=False) == []


@pytest.mark.parametrize(("para", "right", "wrong"), [
    # a net reduction detailed by source, signed parts: 620.40 − 385.10 − 890.55 = −655.25
    ("本局年初支出预算 9860.30 万元，年中调减 {net} 万元，具体情况为：财政拨款调增 620.40 万元，"
     "事业收入调减 385.10 万元，使用上年结转结余调减 890.55 万元，全年支出预算 9205.05 万元。", "655.25", "655.52"),
    # a net addition detailed after 其中: 40 − 12 = 28
    ("年中追加 {net} 万元，其中：一般公共预算调增 40 万元，政府性基金预算调减 12 万元。", "28", "30"),
])
def test_a111_net_adjustment_against_its_sources(para, right, wrong):
    assert run_prose(BudgetAdjustmentMismatch, para.format(net=right)) == []
    (d,) = run_prose(BudgetAdjustmentMismatch, para.format(net=wrong))
    assert d.severity is Severity.warning and "净调整额" in d.message()


def test_a111_net_adjustment_left_at_the_last_digit_is_a_rounding_difference():
    text = "年中调减 100.01 万元，具体为：财政拨款调增 20.50 万元，其他收入调减 120.50 万元。"
    (d,) = run_prose(BudgetAdjustmentMismatch, text)
    assert d.severity is Severity.rounding


@pytest.mark.parametrize("para", [
    # a single source: nothing to add up
    "年中调减 30 万元，具体情况为：财政拨款调减 30 万元。",
    # the sources' changes are not named as changes (levels of the budget): not a detail
    "年中追加 50 万元，其中：财政拨款 20 万元，单位自筹 20 万元。",
    # no words announce the detail: two adjustments in a row
    "年中调减 30 万元，财政拨款调增 10 万元，事业收入调减 25 万元。",
])
def test_a111_net_adjustment_read_only_when_detailed_by_source(para):
    assert run_prose(BudgetAdjustmentMismatch, para) == []
