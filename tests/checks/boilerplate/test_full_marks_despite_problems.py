"""B302 full-marks-despite-problems: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from ._drafts import FULL_ROWS, form, report, run_code


def test_b302_fires_on_full_marks_with_problems():
    diags = run_code(report(narrative_score="100", table=form("总分：100", FULL_ROWS, "100")), "B302")
    assert len(diags) == 1
    assert "演出场地条件较差" in diags[0].message("zh")
    assert diags[0].related[0].location.line == 11


def test_b302_quiet_without_problems_or_without_full_marks():
    full = form("总分：100", FULL_ROWS, "100")
    assert run_code(report(narrative_score="100", problems="本项目实施中未发现明显问题。", table=full), "B302") == []
    assert run_code(report(narrative_score="98", table=full), "B302") == []
    assert run_code(report(), "B302") == []


def test_b302_ties_problems_to_their_own_project():
    narratives = (
        "一、图书配送经费项目绩效自评综述：\n\n发现的问题及原因：无。\n\n"
        "二、送戏下乡经费项目绩效自评综述：\n\n发现的问题及原因：演出场地条件较差。\n\n"
    )
    book = form("总分：100", FULL_ROWS, "100").replace("送戏下乡经费", "图书配送经费")
    play = form("总分：100", FULL_ROWS, "100")
    draft = "示范县文化局2023年度部门决算\n\n" + narratives + book + "\n" + play
    diags = run_code(draft, "B302")
    assert len(diags) == 1
    play_total = [i for i, line in enumerate(draft.splitlines(), 1) if line.startswith("总分\t")][1]
    assert diags[0].location.line == play_total


def test_b302_fires_on_a_narrative_score_of_100_with_problems_and_no_form():
    """A 自评报告 given without its 自评表 (attached elsewhere): the narrative's own 自评得分 of 100
    next to the problems it lists is the same contradiction."""
    draft = report(narrative_score="100", table="")
    (d,) = run_code(draft, "B302")
    assert d.location.line == 7 and "演出场地条件较差" in d.message("zh")
    assert run_code(report(narrative_score="96", table=""), "B302") == []
    assert run_code(report(narrative_score="100", problems="无。", table=""), "B302") == []
    assert run_code(report(narrative_score="100", problems="本项目实施中未发现明显问题。", table=""), "B302") == []


def test_b302_narrative_score_of_100_while_its_own_figures_show_money_unspent():
    """A 自评报告 without its 自评表 that gives itself 100 while its own figures show part of the
    budget unspent (36 of 40 万元, 90%): the budget's points cannot all have been earned. Quiet
    when the money was spent in full, or when the score is below 100."""
    def draft(score: str, spent: str) -> str:
        return (
            "示范县剧团送戏下乡经费2023年度绩效自评报告\n\n"
            "一、项目基本情况\n\n"
            f"本项目全年预算数 40 万元，执行数 {spent} 万元。\n\n"
            "二、自评结论\n\n"
            f"2023 年度送戏下乡经费自评得分 {score} 分。\n\n"
            "三、存在的问题\n\n本项目实施中未发现明显问题。\n"
        )
    (d,) = run_code(draft("100", "36"), "B302")
    assert d.severity.name == "warning" and "90" in d.message("zh") and d.location.line == 9
    assert run_code(draft("100", "40"), "B302") == []
    assert run_code(draft("96", "36"), "B302") == []
