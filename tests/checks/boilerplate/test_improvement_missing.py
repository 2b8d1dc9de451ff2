"""B309 improvement-missing: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

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
