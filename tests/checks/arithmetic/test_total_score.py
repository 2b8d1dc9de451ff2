"""A124 total-score-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import TotalScoreMismatch

from .._forms import ONE_LINE, ONE_LINE_GOOD, run_flat
from ._drafts import run_scoring


def test_total_score_is_sum_of_scores():
    [diag] = run_scoring(TotalScoreMismatch, quality_score="30")
    assert diag.location.line == 12
    assert "10 + 25 + 30 + 20 + 10 = 95" in diag.message("zh")
    assert "95" in diag.message("en")


def test_total_of_a_stream_form_is_checked_only_when_its_rows_are_whole():
    assert run_flat(TotalScoreMismatch) == []
    [diag] = run_flat(TotalScoreMismatch, sum="95")
    assert "= 99.67" in diag.message("zh")
    # a row lost in reading (no weight/score pair): the sum would be partial, so stay quiet
    text = ONE_LINE.format(**{**ONE_LINE_GOOD, "sum": "95"}).replace("成本指标 养护成本 ≤60万元 58万元 10 10 ", "")
    assert run_flat(TotalScoreMismatch, text=text) == []


def test_total_of_a_form_the_text_opens_in_leaves_out_the_budget_score_above_the_cut():
    """An excerpt that opens at the indicator header: the budget block (and its 10 points) is
    above the cut, so 总分 100 against the indicators' 90 says nothing."""
    from perflint.check import Context
    from perflint.read.text import parse_text
    from tests.checks.arithmetic._drafts import SCORING_FORM, SCORING_GOOD

    whole = SCORING_FORM.format(**SCORING_GOOD)
    cut = whole[whole.index("一级指标"):]
    assert list(TotalScoreMismatch().run(parse_text(cut, "form.txt"), Context())) == []
    # a wrong indicator score in the same cut still shows as a total above the scores
    wrong = cut.replace("\t35\n", "\t55\n")
    [diag] = TotalScoreMismatch().run(parse_text(wrong, "form.txt"), Context())
    assert "25 + 55 + 20 + 10 = 110" in diag.message("zh")


def test_total_of_a_form_under_a_budget_row_cut_open_is_not_summed_short():
    """``资金总额`` / ``50 50 100% 10`` above the indicator header: the budget row's label and
    header were cut, its score is not read, and 总分 against the indicators says nothing."""
    from perflint.check import Context
    from perflint.read.text import parse_text
    from tests.checks.arithmetic._drafts import SCORING_FORM, SCORING_GOOD

    whole = SCORING_FORM.format(**SCORING_GOOD)
    cut = "资金总额\n50 50 100% 10\n\n" + whole[whole.index("一级指标"):]
    assert list(TotalScoreMismatch().run(parse_text(cut, "form.txt"), Context())) == []
    prose = "本项目全年预算资金 50 万元，已全部执行完毕。\n\n" + whole[whole.index("一级指标"):]
    assert list(TotalScoreMismatch().run(parse_text(prose, "form.txt"), Context())) != []
