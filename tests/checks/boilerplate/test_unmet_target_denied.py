"""B315 unmet-target-denied: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code

# Modelled on a school's 校园维修改造 self-evaluation (the Yunnan-style narrative template): the
# 完成的绩效目标 lists a satisfaction rate below its target, the next item answers 无.
DRAFT = (
    "示范中学2023年度校舍维修项目支出绩效自评报告\n\n一、自评结论\n\n（一）自评得分98分\n\n"
    "（二）绩效目标完成情况\n\n1.执行率情况。年初预算80万元，全年执行80万元，执行率100%。\n\n"
    "2.完成的绩效目标。\n\n维修校舍面积年初目标值≥1200平方米，实际完成值1260平方米。"
    "家长满意度年初目标值≥95%，实际完成值93.50%，扣1分。\n\n"
    "3.未完成的绩效目标（无）\n\n（三）存在的问题和原因\n\n项目支出集中在下半年。\n"
)


def test_b315_unmet_targets_answered_none_beside_a_stated_miss():
    assert lines(run_code(DRAFT, "B315")) == [15]
    # the answer on the line after the item
    below = DRAFT.replace("3.未完成的绩效目标（无）", "3.未完成的绩效目标。\n\n无。")
    assert lines(run_code(below, "B315")) == [17]
    # a reverse target (cost) exceeded is a miss too
    cost = DRAFT.replace("家长满意度年初目标值≥95%，实际完成值93.50%，扣1分。",
                         "单位维修成本年初目标值≤600元/平方米，实际完成值640元/平方米。")
    assert lines(run_code(cost, "B315")) == [15]


def test_b315_quiet_when_the_miss_is_listed_or_every_target_was_met():
    listed = DRAFT.replace("3.未完成的绩效目标（无）", "3.未完成的绩效目标：家长满意度未达到95%，原因是施工期间影响通行。")
    assert run_code(listed, "B315") == []
    met = DRAFT.replace("实际完成值93.50%，扣1分", "实际完成值96.20%")
    assert run_code(met, "B315") == []
    # a target written without an inequality is not read: its direction is unknown
    plain = DRAFT.replace("年初目标值≥95%", "年初目标值95%")
    assert run_code(plain, "B315") == []
