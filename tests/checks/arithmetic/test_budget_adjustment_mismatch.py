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
