"""B311 conclusion-without-result: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b311_conclusion_without_score_or_grade():
    bad = "三、绩效评价结论\n\n资金主要用于送戏下乡和购置音响设备。\n\n四、存在问题\n\n场地不足。\n"
    assert lines(run_code(bad, "B311")) == [1]
    good = "三、绩效评价结论\n\n本项目自评得分 93 分，评价等次为优。\n\n四、存在问题\n\n场地不足。\n"
    assert run_code(good, "B311") == []


def test_b311_quiet_when_the_conclusion_runs_into_the_texts_end():
    # an excerpt cut inside the section (``(一)自评得``): its score may follow the cut
    cut = "示范县2023年度项目绩效自评报告\n\n一、自评结论\n\n(一)自评得\n"
    assert run_code(cut, "B311") == []
    assert lines(run_code(cut + "\n二、项目概况\n\n本项目预算 20 万元。\n", "B311")) == [3]


# The 部门预算项目支出绩效自评表's closing rows, whose instruction asks for the total score
# (modelled on a county bureau's form answered with how the money was paid out).
_FORM_END = ("绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 |\n"
             "产出指标 | 数量指标 | 维修村级道路 | ≥3公里 | 3.2公里 | 90 | 90 |\n"
             "合计 | 100 | |||||\n"
             "评价结论 | {conclusion} | |||||||\n"
             "存在问题 | 无 | |||||||\n")


def test_b311_conclusion_row_of_a_form_without_score():
    bad = _FORM_END.format(conclusion="按照资金管理办法，将资金拨付给了道路施工单位。")
    [d] = run_code(bad, "B311")
    assert d.location.line == 4 and d.key == "cell" and "评价结论" in d.message("zh")
    good = _FORM_END.format(conclusion="经自评，本项目得分100分，等次为优，村级道路通行条件明显改善。")
    assert run_code(good, "B311") == []


def test_b311_conclusion_row_still_holding_the_instruction_is_left_to_b307():
    left = _FORM_END.format(conclusion="结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)")
    assert run_code(left, "B311") == []
    assert lines(run_code(left, "B307")) == [4]
