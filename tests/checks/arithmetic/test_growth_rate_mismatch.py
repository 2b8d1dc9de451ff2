"""A105 growth-rate-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import GrowthRateMismatch

from perflint.diagnostics import Severity

from .._harness import lint
from ._drafts import run_prose


def test_a105_rate_copied_from_another_sentence():
    wrong = "2023 年度财政拨款收、支总计均为 742.10 万元。与 2022 年度相比，各减少 6.40 万元，4.9%。"
    (d,) = run_prose(GrowthRateMismatch, wrong)
    assert d.severity is Severity.error
    assert "6.40 ÷ (742.10 + 6.40) = 0.86%" in d.message()
    assert run_prose(GrowthRateMismatch, wrong.replace("4.9%", "0.9%")) == []


def test_a105_increase_stays_quiet_when_right_and_fires_when_wrong():
    right = "公务接待费支出决算为 0.48 万元，较上年增加 0.40 万元，增长 500%。"
    assert run_prose(GrowthRateMismatch, right) == []
    (d,) = run_prose(GrowthRateMismatch, right.replace("500%", "83.3%"))
    assert "0.40 ÷ (0.48 − 0.40) = 500.00%" in d.message()


def test_a105_fall_above_hundred_percent():
    (d,) = run_prose(GrowthRateMismatch, "会议费支出 2.40 万元，比上年减少 3.60 万元，下降 150%。")
    assert "不可能" in d.message() and "3.60 ÷ (2.40 + 3.60) = 60.00%" in d.message()
    (d,) = run_prose(GrowthRateMismatch, "培训费比上年降低 130%。")
    assert "不可能" in d.message()
    assert run_prose(GrowthRateMismatch, "会议费支出 2.40 万元，比上年减少 3.60 万元，下降 60%。") == []


def test_a105_base_stated_instead_of_change():
    right = "日常公用经费 52.00 万元，比上年 40.00 万元增长 30%。"
    assert run_prose(GrowthRateMismatch, right) == []
    (d,) = run_prose(GrowthRateMismatch, right.replace("30%", "130%"))
    assert "(52.00 − 40.00) ÷ 40.00 = 30.00%" in d.message() and "不是增幅" in d.message()


def test_a105_last_year_figure_is_not_taken_as_this_year():
    assert run_prose(GrowthRateMismatch, "上年支出 100 万元，本年增加 10 万元，增长 10%。") == []


def test_a105_change_after_a_breakdown_may_be_about_its_total():
    """``总额 T，其中：a、b，同比增加 X，增长 Y%``: the change may be the total's, not b's."""
    text = ("下属事业单位运行经费总预算 1250000.00 元，其中：基本支出预算 250000.00 元，"
            "项目支出预算 1000000.00 元，同比增加 250000.00 元，增长 {rate}。")
    assert run_prose(GrowthRateMismatch, text.format(rate="25%")) == []  # 250000 ÷ (1250000 − 250000)
    assert run_prose(GrowthRateMismatch, text.format(rate="33.33%")) == []  # 250000 ÷ (1000000 − 250000)
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="60%"))
    assert d.severity is Severity.warning  # which figure the change is about is a guess


def test_a105_rate_in_brackets_after_the_change():
    (d,) = run_prose(GrowthRateMismatch, "2、公务接待费3.20万元,较上年减少0.80万元(25.00%),主要是压缩接待。")
    assert "0.80 ÷ (3.20 + 0.80) = 20.00%" in d.message()
    assert run_prose(GrowthRateMismatch, "2、公务接待费3.20万元,较上年减少0.80万元(20.00%),主要是压缩接待。") == []


def test_a105_whole_percent_on_this_years_figure_is_no_rounding():
    """``减少 6.00，降低 10%`` with this year 60.00: the right rate 9.09% shows as 9%, and 10% is
    exactly 6.00 ÷ 60.00, the change over this year's figure: a wrong base, not a last digit."""
    (d,) = run_prose(GrowthRateMismatch, "机关运行经费支出60.00万元，比上年减少6.00万元，降低10%。")
    assert d.severity is Severity.warning
    assert "以本年数而不是上年数为基数" in d.message()
    assert run_prose(GrowthRateMismatch, "机关运行经费支出60.00万元，比上年减少6.00万元，降低9%。") == []


def test_a105_whole_percent_no_rounding_reaches_is_an_error():
    """6.00 ÷ 66.00 = 9.09% (9.08–9.10% within the figures' rounding): no rounding, truncation
    or rounding up gives 8%, so 8% is a wrong figure, not a last digit."""
    (d,) = run_prose(GrowthRateMismatch, "机关运行经费支出60.00万元，比上年减少6.00万元，降低8%。")
    assert d.severity is Severity.error


def test_a105_rate_one_unit_off_is_an_error_unless_truncation_reaches_it():
    """Modelled on a budget office's 收入预算 sentence: 18.30 ÷ (518.3 − 18.30) is 3.659–3.661%
    over the figures' own rounding (518.3 is 518.25–518.35). 3.7% rounds it, 3.6% truncates it
    (a 尾数差异); 3.8% is reached by no rounding of any input: an error."""
    text = "本年收入预算总额518.3万元，较上年增加18.30万元，同比增长{rate}。"
    assert run_prose(GrowthRateMismatch, text.format(rate="3.7%")) == []
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="3.6%"))
    assert d.severity is Severity.rounding
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="3.8%"))
    assert d.severity is Severity.error and "3.66%" in d.message()


def test_a105_names_a_rate_computed_on_this_years_figure():
    (d,) = run_prose(GrowthRateMismatch, "社会保障和就业支出 120000.00 元,同比增加 20000.00 元,增长 16.67%。")
    assert "以本年数而不是上年数为基数" in d.message()


def test_a105_a_rise_on_a_base_of_zero_has_no_rate():
    (d,) = run_prose(GrowthRateMismatch, "因公出国(境)费支出 3.60 万元，与预算相比增加 3.60 万元，增长 100%。")
    assert d.severity is Severity.warning and "基数为 0" in d.message()
    assert run_prose(GrowthRateMismatch, "因公出国(境)费支出 3.60 万元，与预算相比增加 3.60 万元，上年未安排，增幅无法计算。") == []
    assert run_prose(GrowthRateMismatch, "因公出国(境)费支出 3.60 万元，比上年增加 1.80 万元，增长 100%。") == []


def test_a105_base_named_inside_yu_xiangbi_is_not_the_current_figure():
    """``与 2022 年度预算 B 万元相比，增加 X 万元，增长 Y%``: B is the base, the figure before it the
    current one (X ÷ (C − X)), not a level figure of its own."""
    text = "2023年度收入预算 505.00 万元，与{base} 500.00 万元相比，增加 5.00 万元，增长 {rate}。"
    for base in ("2022年度预算", "上年度预算", "上年", "2022年度决算数"):
        assert run_prose(GrowthRateMismatch, text.format(base=base, rate="1.00%")) == [], base
        assert run_prose(GrowthRateMismatch, text.format(base=base, rate="1%")) == [], base
        (d,) = run_prose(GrowthRateMismatch, text.format(base=base, rate="1.25%"))
        assert "5.00 ÷ (505.00 − 5.00) = 1.00%" in d.message(), base


def test_a105_base_inside_yu_xiangbi_with_the_rate_only():
    """``与上年度决算数 B 万元相比，增长 Y%``: Y = (C − B) ÷ B."""
    text = "本年支出 505.00 万元，与{base} 500.00 万元相比，{verb} {rate}。"
    for base in ("上年度决算数", "2022年度决算数", "上年"):
        assert run_prose(GrowthRateMismatch, text.format(base=base, verb="增长", rate="1.00%")) == [], base
        (d,) = run_prose(GrowthRateMismatch, text.format(base=base, verb="增长", rate="1.25%"))
        assert "(505.00 − 500.00) ÷ 500.00 = 1.00%" in d.message(), base
    falling = "本年支出 495.00 万元，与上年 500.00 万元相比下降 {rate}。"
    assert run_prose(GrowthRateMismatch, falling.format(rate="1.0%")) == []
    assert len(run_prose(GrowthRateMismatch, falling.format(rate="1.5%"))) == 1


def test_a105_listed_changes_and_their_listed_rates_pair_respectively():
    """``X 和 Y 分别为 c1、c2 万元，比上年分别增加 x1、x2 万元，分别增长 a%、b%``."""
    rise = ("人员经费和公用经费分别为 220.00 万元、80.00 万元，比上年分别增加 20.00 万元、10.00 万元，"
            "分别增长 10.00%、{rate}。")
    assert run_prose(GrowthRateMismatch, rise.format(rate="14.29%")) == []
    assert run_prose(GrowthRateMismatch, rise.format(rate="14.3%")) == []
    (d,) = run_prose(GrowthRateMismatch, rise.format(rate="12.50%"))
    assert d.severity is Severity.error and "10.00 ÷ (80.00 − 10.00) = 14.29%" in d.message()
    fall = ("人员经费 180.00 万元、公用经费 60.00 万元，分别比上年减少 20.00 万元和 10.00 万元，"
            "分别下降 {a} 和 14.29%。")
    assert run_prose(GrowthRateMismatch, fall.format(a="10.00%")) == []
    (d,) = run_prose(GrowthRateMismatch, fall.format(a="11.11%"))
    assert "20.00 ÷ (180.00 + 20.00) = 10.00%" in d.message()


def test_a105_listed_rates_that_cannot_be_paired_stay_quiet():
    """Counts that do not match (two changes, three rates; a total before the parts) claim nothing."""
    assert run_prose(GrowthRateMismatch, "人员经费和公用经费分别为 220.00 万元、80.00 万元，比上年分别增加 "
                     "20.00 万元、10.00 万元，分别增长 10.00%、12.50%、30.00%。") == []
    assert run_prose(GrowthRateMismatch, "基本支出 300.00 万元，人员经费和公用经费分别为 220.00 万元、80.00 万元，"
                     "比上年分别增加 20.00 万元、10.00 万元、5.00 万元，分别增长 10.00%、12.50%、30.00%。") == []


def test_a105_change_after_a_completion_is_about_the_subject_not_the_budget():
    """``决算为 A，完成全年预算 B 的 W%，比上年增加 X，增长 Y%``: Y is X ÷ (A − X); B is only the
    completion's denominator (a 三公 sentence of a provincial department's final accounts)."""
    text = "公务接待费支出决算为 15.40 万元，完成全年预算 30.00 万元的 51.3%，比上年决算数增加 11.00 万元，增长 {rate}。"
    assert run_prose(GrowthRateMismatch, text.format(rate="250.0%")) == []  # 11.00 ÷ (15.40 − 11.00)
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="57.9%"))  # 11.00 ÷ (30.00 − 11.00): wrong base
    assert d.severity is Severity.error and "11.00 ÷ (15.40 − 11.00)" in d.message()


def test_a105_change_after_last_years_figure_stated_beside_this_years():
    """``本年 C，上年 P，减少 X，降幅 Y%``: no 比上年 before the change, last year's figure stated
    instead; C − P = X says which figure the change is about."""
    text = "公务用车运行维护费支出186万元,上年累计支出为240万元,减少54万元,降幅{rate},主要是压减开支。"
    assert run_prose(GrowthRateMismatch, text.format(rate="22.5%")) == []
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="29%"))
    assert "54 ÷ (186 + 54) = 22.50%" in d.message()


def test_a105_figures_that_do_not_make_the_change_leave_it_unread():
    """When C − P is not the change, the sentence's figures are not current, prior and change:
    the rate is not checked against them."""
    text = "公务用车运行维护费支出186万元,上年累计支出为240万元,其他费用减少30万元,降幅29%。"
    assert run_prose(GrowthRateMismatch, text) == []


def test_a105_second_comparison_of_the_same_figure():
    """``C，较年初预算数减少 B，下降 X%，较上年支出数减少 D，下降 Y%``: the second comparison is
    about C too (a "三公" paragraph compares the year's spending with its budget, then with last
    year); it was read as about nothing, so a wrong Y passed."""
    text = ("示范镇2023年“三公”经费支出共计12.60万元，较年初预算数减少7.40万元，下降37.00%，"
            "较上年支出数减少1.40万元，下降{rate}，主要原因是严控公务接待。")
    assert run_prose(GrowthRateMismatch, text.format(rate="10.00%")) == []
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="17.00%"))
    assert "1.40 ÷ (12.60 + 1.40) = 10.00%" in d.message()
    # a figure or a 其中 between the two comparisons: the second is about something else
    other = text.replace("，较上年支出数", "，其中公务接待费较上年支出数")
    assert run_prose(GrowthRateMismatch, other.format(rate="17.00%")) == []


def test_a105_change_named_by_its_own_verb_after_a_plan_completion():
    """``收入完成 A，完成年初预算 B1 的 W1%，完成调整预算收入计划 B2 的 W2%，同比增收 X，增长 Y%``
    (a county's budget execution report): 增收 is the change, and a plan named at length is a
    completion's denominator, so Y is X ÷ (A − X), not X's rate over the plan."""
    text = ("全县地方税收收入完成 38200 万元，完成年初预算 35000 万元的 109%，完成调整预算收入计划 38000 万元的 "
            "101%，同比增收 4200 万元，同比增长 {rate}。")
    assert run_prose(GrowthRateMismatch, text.format(rate="12%")) == []  # 4200 ÷ (38200 − 4200)
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="20%"))
    assert d.severity is Severity.error and "4200 ÷ (38200 − 4200)" in d.message()
    # a label that goes on past 预算 names the actual spending, which the change is about
    spent = "全年完成预算支出 480 万元，同比增支 80 万元，增长 {rate}。"
    assert run_prose(GrowthRateMismatch, spent.format(rate="20%")) == []
    (d,) = run_prose(GrowthRateMismatch, spent.format(rate="10%"))
    assert "80 ÷ (480 − 80)" in d.message()


def test_a105_change_and_rate_in_opposite_directions():
    """``减 X 万元，增 Y%``: the two words of one change contradict each other (a warning: which is
    wrong is not known)."""
    wrong = "2.商品和服务支出较上年减0.06万元,增0.02%。主要原因是:办公用品采购减少。"
    (d,) = run_prose(GrowthRateMismatch, wrong)
    assert d.severity is Severity.warning and "增减方向自相矛盾" in d.message()
    assert "减少 0.06" in d.message() and "增长 0.02%" in d.message()
    assert run_prose(GrowthRateMismatch, wrong.replace("增0.02%", "减0.02%")) == []
    (d,) = run_prose(GrowthRateMismatch, "印刷费 8.00 万元，比上年增加 2.00 万元（下降 33.33%）。")
    assert "增减方向自相矛盾" in d.message() and "下降 33.33%" in d.message()
    assert run_prose(GrowthRateMismatch, "印刷费 8.00 万元，比上年增加 2.00 万元（增长 33.33%）。") == []
    # a rate with no word of its own is read with the change's
    assert run_prose(GrowthRateMismatch, "印刷费 8.00 万元，比上年增加 2.00 万元，33.33%。") == []


def test_a105_rate_labelled_as_a_rate_of_decrease():
    text = "公用经费支出86.40万元，较上年减少9.60万元，减少率{rate}。"
    assert run_prose(GrowthRateMismatch, text.format(rate="10.00%")) == []
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="11.11%"))
    assert "9.60 ÷ (86.40 + 9.60) = 10.00%" in d.message()


def test_a105_rate_against_last_years_figure_stated_by_its_year():
    # this year's figure rounded to the 万元 lets C ± X agree; last year's, stated, does not
    text = "“三公”经费支出2024年预算6万元，2023年9.6万元，对比减少{x}万元，减少率{rate}。"
    (d,) = run_prose(GrowthRateMismatch, text.format(x="3.45", rate="36.51%"))
    assert d.severity is Severity.warning and "3.45 ÷ 9.6 = 35.94%" in d.message()
    assert run_prose(GrowthRateMismatch, text.format(x="3.6", rate="37.50%")) == []


def test_a105_figure_compared_with_the_budget_then_with_last_year():
    text = "“三公”经费支出决算总额为8.40万元，比预算增加0万元，比去年增加2.40万元，增长{rate}。"
    assert run_prose(GrowthRateMismatch, text.format(rate="40.0%")) == []
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="28.6%"))
    assert d.severity is Severity.error and "2.40 ÷ (8.40 − 2.40) = 40.00%" in d.message()


def test_a105_clauses_of_a_breakdown_item_set_off_by_semicolons():
    # an item of a 三公 list: the years' figures, the change and its rate each after a semicolon
    text = "其中：1、公务接待费2024年预算6万元，2023年预算9.6万元；对比减少3.45万元；减少率{rate}，原因是厉行节约。"
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="36.51%"))
    assert d.severity is Severity.warning and "3.45 ÷ 9.6 = 35.94%" in d.message() and "上年数" in d.message()
    assert run_prose(GrowthRateMismatch, text.format(rate="35.94%")) == []


def test_a105_figures_in_two_scales_are_shown_with_their_units():
    """``1.2亿元`` beside ``4000万元``: the rate is computed in one scale, and the message shows
    each figure with its unit (the bare digits would read ``4000 ÷ (1.2 + 4000)``)."""
    wrong = "本年支出合计1.2亿元，比上年减少4000万元，下降30%。"
    (d,) = run_prose(GrowthRateMismatch, wrong)
    assert "4000万元 ÷ (1.2亿元 + 4000万元) = 25.00%" in d.message()
    assert run_prose(GrowthRateMismatch, wrong.replace("30%", "25%")) == []


def test_a105_change_whose_subject_names_the_figures_of_the_sentence_before():
    """A 决算说明 opens ``收入总计 C，支出总计 C。收入支出总计比上年减少 D，下降 Y%``: the change's
    subject names the two totals of the sentence before, so Y is D ÷ (C + D)."""
    para = "2023年度收入总计1286.40万元，支出总计1286.40万元。{subject}比上年减少82.36万元，下降{rate}。"
    (d,) = run_prose(GrowthRateMismatch, para.format(subject="收入支出总计", rate="7.0%"))
    assert "82.36 ÷ (1286.40 + 82.36) = 6.02%" in d.message()
    assert run_prose(GrowthRateMismatch, para.format(subject="收入支出总计", rate="6.0%")) == []
    both = "2023年度收入、支出总计均为1286.40万元。收支总计较上年减少82.36万元，下降{rate}。"
    assert run_prose(GrowthRateMismatch, both.format(rate="7.0%")) != []
    assert run_prose(GrowthRateMismatch, both.format(rate="6.0%")) == []
    # a subject that names another quantity than the sentence before is not read against it
    assert run_prose(GrowthRateMismatch, para.format(subject="项目支出", rate="7.0%")) == []


def test_a105_change_after_a_budget_actual_and_completion_sentence():
    """The 三公 passage of a 决算说明: ``预算为 B，支出决算为 A，完成预算的 W%。较上年减少 X，下降 Y%``.
    The change is the actual's (A), the sentence before's figure the completion rate is reckoned on."""
    text = ("2023年度“三公”经费财政拨款支出预算为12.00万元，支出决算为8.25万元，完成预算的68.75%。"
            "较上年减少1.35万元，下降{rate}%，主要原因是压减公务接待批次。")
    assert run_prose(GrowthRateMismatch, text.format(rate="14.06")) == []
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="16.40"))
    assert "1.35 ÷ (8.25 + 1.35) = 14.06%" in d.message()
    opened = text.replace("较上年", "与2022年度相比，“三公”经费支出")
    assert run_prose(GrowthRateMismatch, opened.format(rate="14.06")) == []
    assert len(run_prose(GrowthRateMismatch, opened.format(rate="16.40"))) == 1
    # two figures without a completion rate: which one changed is not said
    plain = "“三公”经费预算为12.00万元，支出决算为8.25万元。较上年减少1.35万元，下降16.40%。"
    assert run_prose(GrowthRateMismatch, plain) == []


@pytest.mark.parametrize(("sentence", "fires"), [
    # a signed 变动率 after this year's and last year's figures (the 部门整体 共性指标's way)
    ("“三公”经费支出3.12万元，上年3.45万元，“三公”经费变动率-9.57%。", False),
    ("“三公”经费支出3.12万元，上年3.45万元，“三公”经费变动率-8.57%。", True),
    ("“三公”经费支出3.12万元，上年3.45万元，变动率为9.57%。", True),  # the sign says a rise
    ("公用经费支出53.12万元，上年45.30万元，变动率17.26%。", False),
    # the sign written as a PDF's minus sign (U+2212)
    ("“三公”经费支出3.12万元，上年3.45万元，“三公”经费变动率\u22129.57%。", False),
    ("“三公”经费支出3.12万元，上年3.45万元，“三公”经费变动率\u22128.57%。", True),
    ("公用经费支出53.12万元，上年45.30万元，变动率16.26%。", True),
])
def test_a105_signed_rate_of_change_beside_last_years_figure(sentence, fires):
    assert bool(run_prose(GrowthRateMismatch, sentence)) == fires


@pytest.mark.parametrize(("rate", "fires"), [("11.48%", False), ("12.48%", True)])
def test_a105_a_change_named_after_the_account_of_a_completion_sentence_two_back(rate, fires):
    # the 三公 paragraph: budget, actual and completion; a 其中 sentence detailing the actual; then
    # the change, its subject naming the account (in quotes)
    text = ("2024年度“三公”经费预算6.00万元，决算4.32万元，完成预算的72.00%。其中：因公出国（境）费0万元；"
            "公务用车运行维护费3.50万元；公务接待费0.82万元。“三公”经费决算比上年减少0.56万元，"
            f"下降{rate}，主要是严格执行公务接待标准。")
    assert bool(run_prose(GrowthRateMismatch, text)) == fires


def test_a105_a_subject_naming_another_account_is_not_read_as_the_completion_sentences():
    text = ("2024年度“三公”经费预算6.00万元，决算4.32万元，完成预算的72.00%。其中：公务接待费0.82万元。"
            "机关运行经费比上年减少0.56万元，下降12.48%。")
    assert run_prose(GrowthRateMismatch, text) == []


@pytest.mark.parametrize(("sentence", "fires"), [
    # a signed rate of growth after a decrease (the statistical way: 同比增长-4.38%): the sign
    # gives the direction, which the change's agrees with
    ("本年支出合计12,450.00万元，比上年减少570.00万元，同比增长-4.38%。", False),
    ("本年支出合计12,450.00万元，比上年减少570.00万元，同比增长-5.38%。", True),  # the size is wrong
    ("本年支出合计12,450.00万元，比上年减少570.00万元，同比增长4.38%。", True),  # the words contradict
    ("本年支出合计12,450.00万元，比上年增加570.00万元，同比增长-4.38%。", True),
])
def test_a105_signed_rate_of_growth_after_a_change(sentence, fires):
    assert bool(run_prose(GrowthRateMismatch, sentence)) == fires


# A 三公 passage that states each item's level in one paragraph and its change on last year in the
# next, by the item's name (总体情况: 支出决算为 A，完成预算的 W%; then 比上年: 其中 X 减少 d，下降 r%).
_LEVELS = ("示范县档案馆2023年度一般公共预算财政拨款“三公”经费支出决算为6.20万元，完成年初预算的77.50%。"
           "其中：公务用车运行维护费支出决算为4.00万元，完成年初预算的80.00%；"
           "公务接待费支出决算为2.20万元，完成年初预算的73.33%。")
_CHANGES = ("2023年度“三公”经费支出决算比上年减少1.00万元，下降13.89%。其中：公务用车运行维护费支出决算"
            "减少1.00万元，下降{rate}；公务接待费支出决算与上年持平。")


def test_a105_item_change_read_against_its_level_in_the_paragraph_before():
    (d,) = run_prose(GrowthRateMismatch, _LEVELS, _CHANGES.format(rate="25.00%"))
    assert d.severity is Severity.warning  # the level was read by name from another paragraph
    assert "1.00 ÷ (4.00 + 1.00) = 20.00%" in d.message()
    assert d.related[0].location.line == d.location.line - 2


def test_a105_item_change_right_against_its_level_in_the_paragraph_before_is_quiet():
    assert run_prose(GrowthRateMismatch, _LEVELS, _CHANGES.format(rate="20.00%")) == []


def test_a105_item_change_with_two_levels_of_its_name_before_is_not_read():
    """Two different figures of the name in the nearest paragraph that names it: which one the
    change is about is not known."""
    assert run_prose(GrowthRateMismatch, "本级公务用车运行维护费支出4.00万元；下属单位公务用车运行维护费支出4.50万元。",
                     "其中：公务用车运行维护费支出减少1.00万元，下降25.00%。") == []


def test_a105_item_level_of_last_year_is_not_this_years():
    """``2022年公务接待费支出决算为 P`` in a 2023 report is last year's figure: no level for the change."""
    assert run_prose(GrowthRateMismatch, "2022年公务接待费支出决算为3.00万元，主要用于接待上级检查。",
                     "其中：公务接待费支出决算减少1.00万元，下降20.00%。", fiscal_year=2023) == []
    (d,) = run_prose(GrowthRateMismatch, "2023年公务接待费支出决算为3.00万元，主要用于接待上级检查。",
                     "其中：公务接待费支出决算减少1.00万元，下降20.00%。", fiscal_year=2023)
    assert "1.00 ÷ (3.00 + 1.00) = 25.00%" in d.message()


def test_a105_item_levels_of_a_paragraph_about_another_year_are_not_read():
    """A paragraph that opens on another year (``2021年度…决算为 A；其中公务接待费支出决算为 P``)
    gives that year's levels, whatever its labels say: a change in the next paragraph is not read
    against them. A paragraph naming another year only as the comparison (比2022年) still is."""
    earlier = ("2021年度，本单位一般公共预算财政拨款“三公”经费支出决算为7.73万元，"
               "其中公务接待费支出决算为2.27万元。")
    assert run_prose(GrowthRateMismatch, earlier,
                     "其中：公务接待费支出决算减少0.67万元，下降29.37%。", fiscal_year=2023) == []
    compared = "2023年度公务接待费支出决算为3.00万元，比2022年有所减少。"
    (d,) = run_prose(GrowthRateMismatch, compared,
                     "其中：公务接待费支出决算减少1.00万元，下降20.00%。", fiscal_year=2023)
    assert "1.00 ÷ (3.00 + 1.00) = 25.00%" in d.message()


@pytest.mark.parametrize("hedged", ["增长约2.8%", "增长2.8%左右", "增长近2.8%", "增长大约2.8%", "增长接近2.8%",
                                    "增长约为2.8%", "增长了约2.8%"])
def test_a105_a_hedged_rate_is_never_certainly_wrong(hedged: str):
    """``约`` / ``左右`` / ``近`` say the rate is approximate: beyond every rounding of its figures
    it is worth a look (warning), not certainly wrong; within it, nothing. Every hedge word of
    units.yaml between the rate's verb and its figure is read so (``增长近``, ``增长约为``), not
    left unread."""
    text = "本年支出317.6万元，比上年增加8.25万元，{}。"
    (d,) = run_prose(GrowthRateMismatch, text.format(hedged))
    assert d.severity is Severity.warning
    (d,) = run_prose(GrowthRateMismatch, text.format("增长2.8%"))
    assert d.severity is Severity.error
    assert run_prose(GrowthRateMismatch, text.format(hedged.replace("2.8", "2.7"))) == []


def test_a105_last_year_run_of_totals_is_not_this_year():
    """``2023年度收入总计 C，支出总计 C，2022年度收入总计 P，支出总计 P，与2022年度相比，各增加 X，
    增长 Y%``: the figure right before the change belongs to the 2022 run (its year word stands at
    the run's head), so the change is about the 2023 figure of the same name and Y is X ÷ P."""
    text = ("2023年度收入总计612.40万元，支出总计612.40万元，2022年度收入总计548.00万元，"
            "支出总计548.00万元，与2022年度相比，收入、支出总计各增加64.40万元，增长{rate}。")
    assert run_prose(GrowthRateMismatch, text.format(rate="11.75%")) == []  # 64.40 ÷ 548.00
    (d,) = run_prose(GrowthRateMismatch, text.format(rate="10.52%"))  # 64.40 ÷ 612.40: the wrong base
    assert "64.40 ÷ (612.40 − 64.40) = 11.75%" in d.message()


def test_a105_run_of_totals_without_a_matching_difference_stays_unread():
    """The two runs' difference is not the change: the change may be about something else, so the
    rate is not checked against the last figure before it either."""
    text = ("2023年度收入总计612.40万元，支出总计612.40万元，2022年度收入总计548.00万元，"
            "支出总计548.00万元，与2022年度相比，收入、支出总计各增加70.00万元，增长12.77%。")
    assert run_prose(GrowthRateMismatch, text) == []


def test_a105_bare_shou_zhi_names_both_totals_of_the_sentence_before():
    """``收入总计 C，支出总计 C。收支较上年决算数增加 X，增长 Y%``: 收支 alone names the two totals."""
    wrong = ("1.总体情况。2022年度收入总计 616.17万元，支出总计 616.17万元。收支较上年决算数增加 246.63万元，"
             "增长 74.0%，主要原因是项目经费增加。")
    (d,) = run_prose(GrowthRateMismatch, wrong)
    assert "66.74%" in d.message()
    assert run_prose(GrowthRateMismatch, wrong.replace("74.0%", "66.7%")) == []
    other = wrong.replace("支出总计 616.17万元", "本年支出合计 600.00万元")
    assert run_prose(GrowthRateMismatch, other) == []  # two levels: which one the change is of is unclear


def test_a105_shou_zhi_names_the_totals_the_unit_names_before_them():
    """``本单位收入总计 C，支出总计 C。收支较上年…``: the unit named before its totals (本单位) is no
    part of their names, so 收支 still names both."""
    wrong = ("1.总体情况。2022年度本单位收入总计 616.17万元，支出总计 616.17万元。收支较上年决算数增加 246.63万元，"
             "增长 74.0%，主要原因是项目经费增加。")
    (d,) = run_prose(GrowthRateMismatch, wrong)
    assert "66.74%" in d.message()
    assert run_prose(GrowthRateMismatch, wrong.replace("74.0%", "66.7%")) == []
    other = wrong.replace("支出总计 616.17万元", "本单位本年支出合计 600.00万元")
    assert run_prose(GrowthRateMismatch, other) == []


def test_a105_rates_of_a_pair_read_each_against_its_own_figure():
    """``收、支总计各是 A,B 万元。…各减少 a,b 万元，各下降 x%、y%`` (modelled on a county school's
    决算说明 and a bureau's of the same province's template): each rate is its change over its
    own total of last year; a rate taken over this year's total is reported, a warning (the figures
    are read by their order)."""
    right = ("2023年度收、支总计各是3210.50,3305.20万元。与2022年相比,收、支总计各减少802.40,1204.60万元,"
             "各下降20.00%、26.71%。")
    assert run_prose(GrowthRateMismatch, right) == []
    wrong = right.replace("20.00%", "24.99%")  # 802.40 ÷ 3210.50: this year's total for the base
    (d,) = run_prose(GrowthRateMismatch, wrong)
    assert d.severity is Severity.warning
    assert "802.40 ÷ (3210.50 + 802.40) = 20.00%" in d.message()
    # the figures written once with their unit after the pair (收入 A、支出总计 B 万元), one verb each
    pair = ("2021年度收入512.30、支出总计498.70万元。与2020年相比,收入减少90.10、支出总计减少110.40万元,"
            "分别下降{a}、{b}。")
    assert run_prose(GrowthRateMismatch, pair.format(a="14.96%", b="18.13%")) == []
    found = run_prose(GrowthRateMismatch, pair.format(a="17.6%", b="22.1%"))  # each over this year's
    assert [d.message().split("与")[0] for d in found] == ["下降 17.6% ", "下降 22.1% "]


def test_a105_a_pair_whose_figures_do_not_pair_stays_unread():
    """Three figures before the rates, or mixed directions, are no pair the rates can be read by."""
    three = ("2023年度收入总计3210.50万元，本年收入2900.00万元，支出总计3305.20万元。与2022年相比,"
             "收、支总计各减少802.40,1204.60万元,各下降30.00%、40.00%。")
    assert run_prose(GrowthRateMismatch, three) == []
    mixed = ("2023年度收、支总计各是3210.50,3305.20万元。与2022年相比,收入增加802.40、支出减少1204.60万元,"
             "分别变动30.00%、40.00%。")
    assert run_prose(GrowthRateMismatch, mixed) == []


def test_a105_a_pair_shared_out_at_its_changes_and_rated_after_a_bare_verb():
    """``收入、支出总计各增加 a、b 万元，增长 x%、y%`` (modelled on a regional committee's 决算说明): the
    changes are shared out by 各, and the two rates after the bare 增长 follow the same order; one
    sentence holds the two totals before the comparison."""
    text = ("2024年度收入总计4620.00万元，支出总计4180.00万元，与2023年度相比，收入、支出总计各增加"
            "620.00万元、380.00万元，增长{a}、{b}。")
    assert run_prose(GrowthRateMismatch, text.format(a="15.50%", b="10.00%")) == []
    found = run_prose(GrowthRateMismatch, text.format(a="13.42%", b="9.09%"))  # each over this year's total
    assert len(found) == 2 and all(d.severity is Severity.warning for d in found)
    assert "620.00 ÷ (4620.00 − 620.00) = 15.50%" in found[0].message()
    # no 各 or 分别 at the changes: the two rates are not shared out, and nothing is read
    bare = text.replace("各增加", "增加").format(a="13.42%", b="9.09%")
    assert run_prose(GrowthRateMismatch, bare) == []


def test_a105_last_years_figure_run_into_its_year():
    """``较2022 7.40 万元增加了 0.62 万元``, the 年 lost and the year run into last year's figure
    (``较20227.40万元``, modelled on a county office's 决算说明): the figure after the year is last
    year's (8.02 − 0.62 = 7.40), so the rate is still checked against the change."""
    text = "2023年本单位机关运行经费支出8.02万元，较20227.40万元增加了0.62万元，增长率为{r}，主要是办公用品价格上涨。"
    assert run_prose(GrowthRateMismatch, text.format(r="8.38%")) == []
    (d,) = run_prose(GrowthRateMismatch, text.format(r="18%"))
    assert "0.62 ÷ (8.02 − 0.62)" in d.message()
    # a figure that only starts like a year is left as written: 20227.40 is no 2022 + 7.40 here
    other = "2023年本单位机关运行经费支出8.02万元，较20227.40万元减少了0.62万元，下降18%。"
    assert all("0.62 ÷ (8.02" not in d.message() for d in run_prose(GrowthRateMismatch, other))


def test_a105_a_shortfall_against_the_budget_is_not_the_level_a_change_is_about():
    # 短收 D is the gap between the revenue and its budget, not this year's revenue: the change
    # after it is about the revenue R, and 5210 ÷ (1870 + 5210) = 73.6%
    right = ("土地出让收入 1870 万元，完成预算 9640 万元的 19.4%，短收 7770 万元，同比减收 5210 万元，"
             "下降 73.6%。")
    assert run_prose(GrowthRateMismatch, right) == []
    (d,) = run_prose(GrowthRateMismatch, right.replace("73.6%", "53.6%"))
    assert "5210 ÷ (1870 + 5210)" in d.message()
    for gap in ("超收", "欠收", "超支"):
        assert run_prose(GrowthRateMismatch, right.replace("短收", gap)) == []


def test_a105_the_budget_a_share_of_the_budget_is_read_against_is_not_the_level():
    # ``占预算 B 的 W%``: B is the rate's denominator, as in ``完成预算 B 的 W%``; the comparison
    # after it is about the revenue R: (58120 − 41370) ÷ 58120 = 28.8%
    right = "全年财政收入累计完成 41370 万元，占预算 76500 万元的 54.1%，较上年同期 58120 万元下降 28.8%，减收 16750 万元。"
    assert run_prose(GrowthRateMismatch, right) == []
    (d,) = run_prose(GrowthRateMismatch, right.replace("28.8%", "18.8%"))
    assert "(58120 − 41370) ÷ 58120" in d.message()


def test_a105_gap_against_the_budget_is_not_the_figure_compared():
    """``收入 C，完成预算 B 的 W%，超收 G，同比减收 X，下降 Y%`` (a county's 政府决算): G is the gap
    against the budget, not a level; the change is about C."""
    right = "政府性基金收入 52380 万元，完成预算 30000 万元的 174.6%，超收 22380 万元，同比减收 8620 万元，下降 14.1%。"
    assert run_prose(GrowthRateMismatch, right) == []  # 8620 ÷ (52380 + 8620) = 14.13%
    (d,) = run_prose(GrowthRateMismatch, right.replace("下降 14.1%", "下降 18.1%"))
    assert "8620 ÷ (52380 + 8620) = 14.13%" in d.message()
    short = "非税收入 4210 万元，完成预算 4500 万元的 93.6%，短收 290 万元，同比增收 410 万元，增长 10.8%。"
    assert run_prose(GrowthRateMismatch, short) == []  # 410 ÷ (4210 − 410) = 10.79%


def test_a105_budget_a_share_is_taken_of_is_not_the_figure_compared():
    """``收入完成 C，占预算 B 的 W%，较上年同期 P 下降 Y%``: B is the completion's budget; Y is
    (C − P) ÷ P."""
    right = "全县财政收入累计完成 81240 万元，占预算 76500 万元的 106.2%，较上年同期 90150 万元下降 9.9%，减收 8910 万元。"
    assert run_prose(GrowthRateMismatch, right) == []  # (81240 − 90150) ÷ 90150 = −9.88%
    (d,) = run_prose(GrowthRateMismatch, right.replace("下降 9.9%", "下降 12.9%"))
    assert "81240" in d.message() and "90150" in d.message()


def test_a105_a_figure_a_garble_ate_into_is_not_read():
    """A mirror's wrong decoding (``С?8639``) eats the leading digits of the figure after it: the
    figure left (8639 of 48639) is not the draft's, so no rate is computed from it."""
    page = ("某区2022年区本级财政决算说明\n\n一、區本級支出決算說明\n"
            "2022年度某區本級一般公共預算支出數為315200萬元,增支21000萬元,增長7.1%。主要項目支出情況如下:\n"
            "{line}其中:\n1.人大事務1087萬元,較上年增支204萬元,增長23.1%;\n")
    garbled = "?。ㄒ唬┮话愎卜罩С?6214萬元,較上年減支4120萬元,下降7.8%,主要是上年新館建設支出的影響。"
    assert lint(GrowthRateMismatch, page.format(line=garbled)) == []
    clean = "(一)一般公共服務支出6214萬元,較上年減支4120萬元,下降7.8%,主要是上年新館建設支出的影響。"
    (d,) = lint(GrowthRateMismatch, page.format(line=clean))
    assert "4120 ÷ (6214 + 4120)" in d.message()
