"""B303 stock-claim: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b303_stock_claim_cell_and_lone_paragraph():
    table = "预期目标\t实际完成\n目标1：全年演出 20 场\t所有预期目标全部顺利完成\n"
    assert lines(run_code(table, "B303")) == [2]
    alone = "一、绩效目标完成情况\n\n各项绩效目标均已完成。\n\n二、存在的问题\n\n场地不足。\n"
    assert lines(run_code(alone, "B303")) == [3]


def test_b303_quiet_on_results_and_single_indicator_answer():
    table = "预期目标\t实际完成\n目标1：全年演出 20 场\t演出 24 场\n按时完成验收\t全部完成\n"
    assert run_code(table, "B303") == []
    detailed = "一、绩效目标完成情况\n\n各项绩效目标均已完成。\n\n全年演出 24 场，观众 8600 人次。\n"
    assert run_code(detailed, "B303") == []
