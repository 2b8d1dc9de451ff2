"""B312 satisfaction-without-figure: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b312_satisfaction_without_figure():
    bad = "（3）满意度指标完成情况\n\n群众对送戏下乡活动普遍认可。\n\n（4）其他\n\n无。\n"
    assert lines(run_code(bad, "B312")) == [3]
    good = "（3）满意度指标完成情况\n\n发放问卷 300 份，满意度 95.2%。\n\n（4）其他\n\n无。\n"
    assert run_code(good, "B312") == []
