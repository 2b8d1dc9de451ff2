"""B309 improvement-missing: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import FULL_ROWS, form, report, run_code


def test_b309_blank_nothing_and_figures():
    blank = run_code(report(table=form(improvement="")), "B309")
    assert len(blank) == 1 and "未填写" in blank[0].message("zh") and "存在的问题" in blank[0].message("zh")
    nothing = run_code(report(table=form(improvement="无")), "B309")
    assert len(nothing) == 1 and "填“无”" in nothing[0].message("zh")
    figures = run_code(report(table=form(improvement="全县 120 个行政村，每村 3000 元，共计 36 万元。")), "B309")
    assert len(figures) == 1 and "只有数字说明" in figures[0].message("zh")


def test_b309_quiet_on_measures():
    assert run_code(report(), "B309") == []
    full = form("总分：100", FULL_ROWS, "100", improvement="无")
    assert run_code(report(narrative_score="100", problems="无。", table=full), "B309") == []


def test_b309_narrative_improvement_item_answered_none_beside_a_problem():
    """The Yunnan-style narrative (modelled on a school's 校园维修改造 self-evaluation): the
    存在的问题 names one, the 下一步拟改进措施 item (its template gloss kept) answers 无."""
    bad = ("示范中学2023年度校舍维修项目支出绩效自评报告\n\n一、自评结论\n\n"
           "（三）存在的问题和原因\n\n项目经费执行进度不均衡，主要集中在下半年支付。\n\n"
           "（四）下一步拟改进措施\n\n1.下一步拟改进措施，包括项目整改和绩效目标调整完善等相关内容。\n\n无\n\n"
           "2.拟与预算安排相结合情况。\n")
    found = run_code(bad, "B309")
    assert lines(found) == [13] and found[0].key == "narrative"
    inline = bad.replace("1.下一步拟改进措施，包括项目整改和绩效目标调整完善等相关内容。\n\n无",
                         "1.下一步拟改进措施：无。")
    assert lines(run_code(inline, "B309")) == [11]
    good = bad.replace("\n无\n", "\n提前编制采购计划，按月调度支付进度。\n")
    assert run_code(good, "B309") == []
    no_problem = bad.replace("项目经费执行进度不均衡，主要集中在下半年支付。", "无。")
    assert run_code(no_problem, "B309") == []
