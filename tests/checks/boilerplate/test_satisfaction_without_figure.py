"""B312 satisfaction-without-figure: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b312_satisfaction_without_figure():
    bad = "（3）满意度指标完成情况\n\n群众对送戏下乡活动普遍认可。\n\n（4）其他\n\n无。\n"
    assert lines(run_code(bad, "B312")) == [3]
    good = "（3）满意度指标完成情况\n\n发放问卷 300 份，满意度 95.2%。\n\n（4）其他\n\n无。\n"
    assert run_code(good, "B312") == []


def test_b312_a_bare_satisfaction_heading_under_the_results():
    text = ("示范县档案馆2023年度档案数字化项目绩效自评报告\n\n三、绩效目标完成情况\n\n（一）产出指标\n\n"
            "全年完成档案数字化加工126.4万页。\n\n（二）满意度指标\n\n查档群众对档案馆服务普遍表示满意。\n\n"
            "四、存在的问题\n\n部分早期档案纸张老化。\n")
    assert lines(run_code(text, "B312")) == [11]
    surveyed = text.replace("查档群众对档案馆服务普遍表示满意。", "收回有效问卷210份，查档群众满意度为94.5%。")
    assert run_code(surveyed, "B312") == []
    # the same sub-heading under the targets (二、绩效目标) states a target, not a result
    targets = text.replace("三、绩效目标完成情况", "三、年度绩效目标")
    assert run_code(targets, "B312") == []
