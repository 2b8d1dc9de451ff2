"""Findings standing on a figure an excerpt's cut may have shortened are dropped (engine step,
``perflint.extract.edges.cut_figure``): a copy that starts inside ``3460 元`` reads ``460 元``."""

from __future__ import annotations

from perflint.checks.arithmetic import GrowthRateMismatch

from perflint.diagnostics import Severity
from tests.checks._harness import lint

# a fall of 540 from 4,000 is 13.5%; with the first digit cut off, 540 ÷ (460 + 540) is 54%
CUT_AT_THE_TOP = "460 元，占商品和服务支出 1.2%，较上年减少 540 元，下降 13.5%。\n"
WRONG_BELOW = "会议费支出 2.40 万元，比上年减少 3.60 万元，下降 15%。\n"


def test_figure_opening_an_excerpt_is_not_computed_with():
    assert lint(GrowthRateMismatch, CUT_AT_THE_TOP) == []
    # the same figures below the text's first line are the draft's own: reported
    (d,) = lint(GrowthRateMismatch, "二、支出情况\n" + CUT_AT_THE_TOP.replace("460", "本年支出 460"))
    assert d.severity is Severity.error


def test_a_wrong_rate_further_down_is_still_reported():
    (d,) = lint(GrowthRateMismatch, CUT_AT_THE_TOP + WRONG_BELOW)
    assert d.location.line == 2 and "60.00%" in d.message()



def test_a_finding_on_the_figure_that_ends_the_text_is_a_warning_at_most():
    """``86`` of ``860人次`` where a copy stopped, or a whole report's last cell: whether digits
    were lost is not known, so the finding stays, as a warning."""
    from perflint.checks.arithmetic import TableTotalMismatch

    table = "二、支出明细\n\n项目\t金额\n会议费\t2.00\n培训费\t3.00\n合计\t6.00\n"
    (d,) = lint(TableTotalMismatch, table)
    assert d.severity is Severity.warning and "≠ 6.00" in d.message()
    (d,) = lint(TableTotalMismatch, table + "\n三、其他说明\n\n无。\n")
    assert d.severity is Severity.error


def test_a_year_opening_the_text_is_no_cut_figure():
    """A title opening on its year (even a malformed one, ``20233年度…``) is no figure a cut
    shortened: findings on it stay."""
    from perflint.checks.years import MalformedYear

    (d,) = lint(MalformedYear, "20233年度示范县农机补贴项目绩效自评报告\n一、基本情况\n本项目预算 40 万元。\n")
    assert d.code == "Y506"


def test_a_computed_finding_in_the_sentence_an_excerpt_opens_inside_is_a_warning_at_most():
    """``算29.6万元的92.8%，比上年决算数增加6.32万元，增长29.9%``: the copy began inside the
    sentence and lost the figure the rates are of (the actual, 27.48), so 29.6 (the budget) reads
    as the year's figure. The finding stays, as a warning; after a full stop it is an error again."""
    cut = "算29.6万元的92.8%，比上年决算数增加6.32万元，增长29.9%；会议费 2 万元。\n二、其他\n无。\n"
    (d,) = lint(GrowthRateMismatch, cut)
    assert d.severity is Severity.warning
    (d,) = lint(GrowthRateMismatch, "公务用车支出如下。" + cut.replace("算29.6", "本年支出29.6"))
    assert d.severity is Severity.error


def test_a_total_in_the_sentence_an_excerpt_opens_inside_makes_its_breakdown_a_warning_at_most():
    """``022年有防汛经费31.05万元。其中：…``: the copy began inside ``2022年`` and lost the sentence's
    subject (the year's spending, 180.40): the breakdown after it is read against 31.05. The
    finding stays, as a warning; the same text with its opening whole is an error."""
    from perflint.checks.arithmetic import ProseBreakdownMismatch

    tail = "年有防汛经费31.05万元。其中：基本支出132.30万元；项目支出48.10万元。\n二、其他\n无。\n"
    found = lint(ProseBreakdownMismatch, "022" + tail)
    assert found and all(d.severity is Severity.warning for d in found)
    (d,) = lint(ProseBreakdownMismatch, "三、支出情况\n2022" + tail)
    assert d.severity is Severity.error
