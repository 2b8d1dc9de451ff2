"""B313 problem-section-without-problem: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b313_problem_section_reporting_progress():
    bad = "六、存在问题\n\n已完成智慧图书馆一期建设，二期正在筹备中。\n\n七、有关建议\n\n增加投入。\n"
    assert lines(run_code(bad, "B313")) == [3]
    good = "六、存在问题\n\n智慧图书馆二期因资金未到位推迟开工。\n\n七、有关建议\n\n增加投入。\n"
    assert run_code(good, "B313") == []
    none = "六、存在问题\n\n无。\n\n七、有关建议\n\n增加投入。\n"
    assert run_code(none, "B313") == []


def test_b313_quiet_when_the_text_stops_inside_the_sections_sentence():
    """An excerpt that stops inside the section's first sentence (``一是养护类项目小``): the
    problem it was coming to is past the cut."""
    cut = "（二）绩效目标完成情况\n\n已完成。\n\n（三）存在的问题和原因\n\n一是道路养护类项目小修保养预算资金依据定额测算，从实际执行情况来看"
    assert run_code(cut, "B313") == []
    whole = cut + "，定额已明显低于市场价格。\n\n（四）下一步改进措施\n\n调整定额。\n"
    assert run_code(whole, "B313") == []
    progress = cut.replace("，从实际执行情况来看", "。") + "\n\n（四）下一步改进措施\n\n调整定额。\n"
    assert lines(run_code(progress, "B313")) == [7]


def test_b313_a_stock_admission_that_names_no_matter():
    text = ("示范镇人民政府2023年度部门整体支出绩效自评报告\n\n五、存在的问题及原因\n\n"
            "我镇在预算管理和绩效管理方面还存在一些不足，有待进一步加强。\n\n六、下一步改进措施\n\n加快资金支付进度。\n")
    [finding] = run_code(text, "B313")
    assert finding.location.line == 5 and "套话" in finding.message("zh")
    named = text.replace("我镇在预算管理和绩效管理方面还存在一些不足，有待进一步加强。",
                         "村级保洁人员年龄偏大，管护水平有待进一步提高。")
    assert run_code(named, "B313") == []
