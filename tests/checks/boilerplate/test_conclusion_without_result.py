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
