"""A130 staff-control-rate-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import StaffControlRateMismatch

from .._harness import run

DRAFT = """某市档案馆2023年度部门整体支出绩效自评报告
一、部门概况
市档案馆内设5个科室。{staff}
二、绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际值 | 得分 |
| 投入 | 预算配置 | 在职人员控制率 | 5 | ≤100% | {rate} | 5 |
| 产出 | 职责履行 | 档案接收进馆数量 | 45 | ≥8000卷 | 8650卷 | 45 |
| 效益 | 履职效益 | 社会公众满意度 | 50 | ≥90% | 96% | 50 |
| 合计 |  |  | 100 |  |  | 100 |
"""
STAFF = "2023年末编制数32名，实有在职人员30名，退休人员14名。"


@pytest.mark.parametrize(("staff", "rate", "fires"), [
    (STAFF, "93.75%", False),
    (STAFF, "95.75%", True),
    (STAFF, "94%", False),  # 93.75 at whole points
    (STAFF, "96%", True),
    # a part of the staff after 其中 is not the staff
    ("2023年末编制数32名，实有在职人员30名，其中行政人员12名。", "93.75%", False),
    # two establishments (the unit's and a subordinate's): which one the rate is of is unknown
    ("编制数32名，实有在职人员30名；所属中心编制数8名。", "95.75%", False),
    # no establishment stated: nothing to compute
    ("实有在职人员30名。", "95.75%", False),
])
def test_form_rate_against_the_counts(staff, rate, fires):
    found = run(StaffControlRateMismatch, DRAFT.format(staff=staff, rate=rate))
    assert bool(found) == fires
    if fires:
        assert "30 ÷ 编制数 32 = 93.75%" in found[0].message("zh")


@pytest.mark.parametrize(("sentence", "fires"), [
    ("在职人员控制率为93.75%。", False),
    ("在职人员控制率为95%。", True),
    ("财政供养人员控制率为95%。", True),
    ("在职人员控制率目标为95%。", False),  # a target, not the result
])
def test_narrative_rate_against_the_counts(sentence, fires):
    text = DRAFT.format(staff=STAFF + sentence, rate="93.75%")
    assert bool(run(StaffControlRateMismatch, text)) == fires
