"""B314 goal-in-figures: fires on forms we wrote whose 年度总体目标 holds figures only, stays
quiet on a goal written in words, in every layout a form reaches us in."""

from __future__ import annotations

from .._harness import lines
from ._drafts import form, run_code

_BUDGET_ROW = "\t年度财政资金总额\t36\t36\t100%\t20\n"


def _with_goal(block: str) -> str:
    """The family's tab-separated 自评表 with a 年度总体目标 block between budget and indicators."""
    text = form()
    assert _BUDGET_ROW in text
    return text.replace(_BUDGET_ROW, _BUDGET_ROW + block)


def test_b314_goal_block_of_amounts_in_tab_rows():
    bad = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t36\t36\n")
    found = run_code(bad, "B314")
    assert lines(found) == [10]
    assert "36、36" in found[0].message()


def test_b314_goal_label_beside_its_figures():
    """The label merged down beside the two cells: ``年度总体目标 | 36 | 35.2`` in one row."""
    bad = _with_goal("\t预期目标\t实际完成情况\n年度总体目标\t36\t35.2\n")
    assert lines(run_code(bad, "B314")) == [10]


def test_b314_quiet_on_a_goal_in_words():
    good = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t完成送戏下乡演出20场\t完成演出24场，观众8600人次\n")
    assert run_code(good, "B314") == []
    # a goal in words that quotes amounts is a goal in words
    mixed = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t安排资金36万元，演出20场\t支出36万元，演出24场\n")
    assert run_code(mixed, "B314") == []


def test_b314_one_cell_a_line():
    """The form pasted from a PDF one cell a line, as many published forms reach us."""
    cells = [
        "项目支出绩效自评表", "（2023年度）", "项目名称", "送戏下乡经费", "项目资金（万元）", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "36", "36", "35.2", "10",
        "97.8%", "9.8", "年度总体目标", "预期目标", "实际完成情况", "{goal}", "{done}", "一级指标", "二级指标",
        "三级指标", "年度指标值", "实际完成值", "分值", "得分", "产出指标", "数量指标", "演出场次", "≥20场",
        "24场", "50", "50", "满意度指标", "服务对象满意度", "观众满意度", "≥90%", "94%", "40", "40",
    ]
    text = "\n\n".join(cells) + "\n"
    bad = text.replace("{goal}", "36").replace("{done}", "35.2")
    assert lines(run_code(bad, "B314")) == [43]
    good = text.replace("{goal}", "完成送戏下乡演出20场").replace("{done}", "完成演出24场")
    assert run_code(good, "B314") == []


def test_b314_quiet_on_narrative_about_the_goal():
    """A report's sentence about its 年度总体目标 is no form's block."""
    text = ("一、年度总体目标完成情况\n\n全年完成演出24场，观众8600人次。\n\n" + form())
    assert run_code(text, "B314") == []


def test_b314_quiet_on_a_lone_figure_after_the_label():
    """One figure after the headers and then the indicators: a page number the copy kept, or a
    block the form left blank but for a stray cell, not the two cells of the block."""
    text = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t3\n")
    assert run_code(text, "B314") == []


def test_b314_goal_block_holding_only_the_projects_name():
    """预期目标 and 实际完成情况 that only repeat the project's name (modelled on a 卫片执法补助 form
    whose block read ``补助经费 | 补助经费``): no goal, no result."""
    bad = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t送戏下乡经费\t送戏下乡经费\n")
    found = run_code(bad, "B314")
    assert lines(found) == [10] and "送戏下乡经费" in found[0].message("zh") and "名称" in found[0].message("zh")
    # with the year before the name, as the title writes it
    bad_year = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t2023年送戏下乡经费\t已完成\n")
    assert lines(run_code(bad_year, "B314")) == [10]


def test_b314_goal_block_holding_only_a_funds_name_twice_in_a_form_without_its_name_cell():
    """The form's 项目名称 lost to the layout: a fund's name written as both 预期目标 and
    实际完成情况 still states no goal."""
    bad = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t乡村文化设施维护补助经费\t乡村文化设施维护补助经费\n")
    assert lines(run_code(bad, "B314")) == [10]
    # a goal of works written twice is a goal (if copied), not a name: B314 stays quiet
    works = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t完成乡村文化设施维护工程\t完成乡村文化设施维护工程\n")
    assert run_code(works, "B314") == []


def test_b314_quiet_on_a_goal_that_names_the_project_in_a_sentence():
    good = _with_goal("年度总体目标\t预期目标\t实际完成情况\n\t用好送戏下乡经费，演出20场\t送戏下乡经费全部支出，演出24场\n")
    assert run_code(good, "B314") == []
