"""D205 same-indicator-twice-in-different-categories: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import SameIndicatorTwice

from .._harness import run
from ._drafts import SUBSIDY_ROWS, form


def test_same_measure_under_two_names():
    rows = [*SUBSIDY_ROWS[:3], "\t质量指标\t窗口办件效率\t明显提高\t全面提速\t10\n",
            "效益指标（40分）\t可持续影响指标\t推进办件效率提升\t明显提高\t全面提速\t20\n", SUBSIDY_ROWS[4]]
    [diag] = run(SameIndicatorTwice, form(rows))
    assert "办件效率" in diag.message("zh")
    same_words = [*SUBSIDY_ROWS[:3], "\t质量指标\t窗口办件效率\t明显提高\t明显提高\t10\n",
                  "效益指标（40分）\t可持续影响指标\t推进办件效率提升\t明显提高\t明显提高\t20\n", SUBSIDY_ROWS[4]]
    assert run(SameIndicatorTwice, form(same_words)) == []


def test_same_measure_quiet_when_the_actual_is_the_forms_stock_verdict():
    """``效果明显 → 达成预期指标`` on two rows: the grading band of the template, not a match."""
    rows = [*SUBSIDY_ROWS[:3], "效益指标（40分）\t社会效益指标\t对农户增收的影响程度\t效果明显\t达成预期指标\t20\n",
            "\t可持续影响指标\t对农机推广的影响程度\t效果明显\t达成预期指标\t20\n", SUBSIDY_ROWS[4]]
    assert run(SameIndicatorTwice, form(rows)) == []


def test_count_of_a_quantity_indicator_again_as_the_social_benefit():
    rows = [*SUBSIDY_ROWS[:3], "效益指标（40分）\t社会效益指标\t惠及农机户\t≥200台\t212台\t20\n", SUBSIDY_ROWS[4]]
    [diag] = run(SameIndicatorTwice, form(rows))
    assert diag.location.line == 9 and diag.related[0].location.line == 6
    assert "数量指标“补贴农机台数”是同一个数" in diag.message("zh")


def test_social_benefit_with_its_own_count_or_a_small_one_is_quiet():
    # the correct form: 受益农户数 168户 beside 补贴农机台数 212台
    assert run(SameIndicatorTwice, form(SUBSIDY_ROWS)) == []
    small = ["产出指标（50分）\t数量指标\t建成示范点\t≥2个\t2个\t20\n", *SUBSIDY_ROWS[1:3],
             "效益指标（40分）\t社会效益指标\t带动合作社\t≥2个\t2个\t20\n", SUBSIDY_ROWS[4]]
    assert run(SameIndicatorTwice, form(small)) == []
