"""A125 weights-not-100: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import WeightsNotHundred

from ._drafts import run_scoring


def test_weights_must_make_100():
    [diag] = run_scoring(WeightsNotHundred, output_weight="50", quality_score="25", total="90")
    assert "10 + 50 + 30 = 90" in diag.message("zh")


def test_weights_making_100_are_quiet():
    assert run_scoring(WeightsNotHundred) == []  # 10 + 60 + 30


def test_weights_of_a_form_the_text_stops_inside_are_not_summed_short():
    """An excerpt that stops in the indicator rows, before 总分: the groups after the cut
    (效益指标, 满意度指标) are not in the text, so 10 + 50 says nothing."""
    from perflint.check import Context
    from perflint.read.text import parse_text
    from tests.checks.arithmetic._drafts import SCORING_FORM, SCORING_GOOD

    whole = SCORING_FORM.format(**SCORING_GOOD)
    cut = whole[:whole.index("效益指标")]
    assert list(WeightsNotHundred().run(parse_text(cut, "form.txt"), Context())) == []
    # the whole form with a group's weight wrong is reported
    wrong = whole.replace("效益指标（30分）", "效益指标（20分）")
    assert list(WeightsNotHundred().run(parse_text(wrong, "form.txt"), Context())) != []
