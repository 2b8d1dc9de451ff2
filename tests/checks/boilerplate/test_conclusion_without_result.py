"""B311 conclusion-without-result: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b311_conclusion_without_score_or_grade():
    bad = "三、绩效评价结论\n\n资金主要用于送戏下乡和购置音响设备。\n\n四、存在问题\n\n场地不足。\n"
    assert lines(run_code(bad, "B311")) == [1]
    good = "三、绩效评价结论\n\n本项目自评得分 93 分，评价等次为优。\n\n四、存在问题\n\n场地不足。\n"
    assert run_code(good, "B311") == []
