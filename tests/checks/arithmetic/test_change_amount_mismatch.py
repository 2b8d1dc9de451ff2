"""A110 change-amount-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ChangeAmountMismatch, GrowthRateMismatch

from perflint.diagnostics import Severity

from ._drafts import run_prose


def test_a110_change_is_not_the_difference():
    wrong = "2023年度支出合计1,368.40万元，比上年1,210.15万元增加58.25万元，主要是人员增加。"
    (d,) = run_prose(ChangeAmountMismatch, wrong)
    assert d.severity is Severity.error
    assert "1,368.40 − 1,210.15 = 158.25" in d.message() and "增加 58.25" in d.message()
    assert run_prose(ChangeAmountMismatch, wrong.replace("58.25", "158.25")) == []


def test_a110_the_verb_goes_the_wrong_way():
    """Last year's sentence kept with new figures: the figures fell, the text says 增加."""
    wrong = "2023年度收入合计842.60万元，与上年896.10万元相比增加53.50万元。"
    (d,) = run_prose(ChangeAmountMismatch, wrong)
    assert d.severity is Severity.error and "应为减少 53.50" in d.message()
    assert run_prose(ChangeAmountMismatch, wrong.replace("相比增加", "相比减少")) == []


def test_a110_last_years_figure_beside_this_years_is_a_warning():
    """``本年 C，上年 P，增加 X``: last year's figure is read from its place, not from the
    comparison's own words, so a mismatch is a warning."""
    wrong = "本年“三公”经费支出12.30万元，上年支出15.80万元，增加3.50万元。"
    (d,) = run_prose(ChangeAmountMismatch, wrong)
    assert d.severity is Severity.warning and "应为减少 3.50" in d.message()
    assert run_prose(ChangeAmountMismatch, wrong.replace("增加3.50", "减少3.50")) == []


def test_a110_a_budget_stated_inside_the_comparison():
    (d,) = run_prose(ChangeAmountMismatch, "公务接待费支出1.20万元，比预算数2.00万元减少0.20万元。")
    assert d.severity is Severity.error and "1.20 − 2.00 = -0.80" in d.message()
    (d,) = run_prose(ChangeAmountMismatch, "公务接待费支出1.20万元，比预算数2.00万元增加0.80万元。")
    assert "决算 1.20 低于预算 2.00，应为减少 0.80" in d.message()
    assert run_prose(ChangeAmountMismatch, "公务接待费支出1.20万元，比预算数2.00万元减少0.80万元。") == []


def test_a110_quiet_without_last_years_figure():
    quiet = [
        "2023年度支出合计1,368.40万元，比上年增加58.25万元，增长4.45%。",  # no last year's figure
        "公务接待费支出1.20万元，比预算减少0.80万元。",  # no budget figure
        "支出合计1,368.40万元，其中基本支出1,000.00万元，比上年增加58.25万元。",  # another subject
        "支出合计100.00万元，比上年100.04万元减少0.04万元。",  # exact
    ]
    for text in quiet:
        assert run_prose(ChangeAmountMismatch, text) == [], text


def test_a110_rounding_difference():
    (d,) = run_prose(ChangeAmountMismatch, "支出合计1,200.00万元，比上年1,150.02万元增加50.00万元。")
    assert d.severity is Severity.rounding


def test_a105_leaves_a_disputed_change_to_a110():
    """With last year's figure stated and contradicting the change, the rate's operands are not
    known: A105 does not compute one from the change, A110 reports the change."""
    text = "2023年度支出合计1,200.00万元，较2022年度的1,250.00万元增加50.00万元，增长4.00%。"
    assert run_prose(GrowthRateMismatch, text) == []
    assert len(run_prose(ChangeAmountMismatch, text)) == 1


def test_a110_last_years_figure_in_brackets_after_the_change():
    """A 预算说明 gives last year's total in brackets after the change: ``C，较上年增加 X（上年 P）``."""
    wrong = "2022年，本部门总收入1,520.30万元，较上年增加98.60万元（上年总收入1,420.70万元），主要是人员经费增加。"
    (d,) = run_prose(ChangeAmountMismatch, wrong)
    assert d.severity is Severity.error
    assert "1,520.30 − 1,420.70 = 99.60" in d.message() and "增加 98.60" in d.message()
    assert run_prose(ChangeAmountMismatch, wrong.replace("98.60", "99.60")) == []
    # a bracket that is not last year's figure (a part of the change) is left alone
    part = "2022年，本部门总收入1,520.30万元，较上年增加98.60万元（其中人员经费40.00万元）。"
    assert run_prose(ChangeAmountMismatch, part) == []


def test_a110_two_years_in_sentences_of_their_own_then_the_change():
    """A district's 三公 summary states each year's total in a sentence opened by its year, then
    the change of the later year: it must be the difference of the two (not the sum of some
    parts' changes). 万 alone after a total among 万元 figures is 万元."""
    totals = ("某区2023年的“三公”经费决算数合计为620.40万,其中:公务用车购置费210.00万元、公务接待费30.40万元、"
              "会议费180.00万元。2022年的“三公”经费决算数合计为540.20万,其中:公务用车购置费150.00万元、"
              "公务接待费25.20万元、会议费215.00万元。")
    change = "2023年“三公”经费决算数相较于上年增加{x}万元,主要原因是更换到期车辆。"
    (d,) = run_prose(ChangeAmountMismatch, totals, change.format(x="65.20"))
    assert d.severity is Severity.warning and "= 80.20，而文中写增加 65.20" in d.message()
    assert run_prose(ChangeAmountMismatch, totals, change.format(x="80.20")) == []
    # another quantity's change (会议费) is not the totals': quiet
    assert run_prose(ChangeAmountMismatch, totals, "2023年会议费较上年减少35.00万元。") == []


def test_a110_figures_labelled_by_their_years():
    # ``2024年预算 C，2023年 P，对比减少 X``: which figure is the base the words leave open (a warning)
    text = "“三公”经费支出2024年预算6.00万元，2023年9.60万元，对比减少{x}万元。"
    assert run_prose(ChangeAmountMismatch, text.format(x="3.60")) == []
    (d,) = run_prose(ChangeAmountMismatch, text.format(x="3.45"))
    assert d.severity is Severity.warning and "6.00 − 9.60 = -3.60" in d.message()
    # two years apart: not last year's figure
    assert run_prose(ChangeAmountMismatch, text.format(x="3.45").replace("2023年", "2022年")) == []


def test_a110_from_one_figure_to_another_then_the_change():
    """``由上年的 P 下降到 C，下降 X``: the sentence names where the figure started and where it
    went, so the change is their difference whatever year the first is of."""
    wrong = "机关运行经费由上年的62.50万元下降到58.10万元，下降5.40万元，主要是压减一般性支出。"
    (d,) = run_prose(ChangeAmountMismatch, wrong)
    assert d.severity is Severity.error and "58.10 − 62.50 = -4.40" in d.message("zh")
    assert run_prose(ChangeAmountMismatch, wrong.replace("5.40", "4.40")) == []
    counted = "公务接待由2022年的42批次减少至36批次，增加6批次。"
    (d,) = run_prose(ChangeAmountMismatch, counted)
    assert "应为减少 6" in d.message("zh")
    # the message speaks of where the figure moved from and to, not of this year and last
    assert d.message("zh").startswith("由 42 变为 36") and "本年" not in d.message("zh")
    assert d.message("en").startswith("from 42 to 36") and d.related[0].text("zh") == "起始数"
    assert run_prose(ChangeAmountMismatch, counted.replace("增加6批次", "减少6批次")) == []
    # a rate's change after the two figures (下降7.04%) is A105's, and no 由 names a start
    assert run_prose(ChangeAmountMismatch, "机关运行经费由上年的62.50万元下降到58.10万元，下降7.04%。") == []
    assert run_prose(ChangeAmountMismatch, "年初预算62.50万元，执行中下降到58.10万元，下降5.40万元。") == []


def test_a110_two_rates_and_their_change_in_points():
    """``由上年的 6.2% 下降到 5.1%，下降 X 个百分点``: X is the difference of the two rates, in the
    direction of its verb (a change in points carries none of its own)."""
    wrong = "学生贫血率由上年的6.2%下降到5.1%，下降1.4个百分点。"
    (d,) = run_prose(ChangeAmountMismatch, wrong)
    assert d.severity is Severity.error and "5.1 − 6.2 = -1.1" in d.message("zh")
    assert run_prose(ChangeAmountMismatch, wrong.replace("1.4", "1.1")) == []
    (d,) = run_prose(ChangeAmountMismatch, "义务教育入学率由95.2%提高到97.1%，下降1.9个百分点。")
    assert "应为增加 1.9" in d.message("zh")
    assert run_prose(ChangeAmountMismatch, "义务教育入学率由95.2%提高到97.1%，提高1.9个百分点。") == []


def test_a110_excess_over_the_target_is_actual_minus_target():
    """``目标 T，实际 C，超过目标 X``: X is C − T, whole counts exactly (no rounding slack)."""
    wrong = "年度目标为新建村级服务站点24个，实际建成27个，超过年度目标4个。"
    (d,) = run_prose(ChangeAmountMismatch, wrong)
    assert d.severity is Severity.error and "实际 27 − 目标 24 = 3" in d.message() and "超过目标 4" in d.message()
    assert run_prose(ChangeAmountMismatch, wrong.replace("4个。", "3个。")) == []
    short = "全年计划举办专题培训16期，实际举办13期，比计划少2期。"
    (d,) = run_prose(ChangeAmountMismatch, short)
    assert "= -3" in d.message()
    assert run_prose(ChangeAmountMismatch, short.replace("少2期", "少3期")) == []


def test_a110_excess_the_figures_contradict():
    (d,) = run_prose(ChangeAmountMismatch, "计划完成农户走访800户，实际走访760户，比计划多40户。")
    assert "实际 760 低于目标 800" in d.message()


def test_a110_excess_read_only_after_a_target_and_its_actual():
    """The figure before the actual must be named as the target; a target in the sentence before
    is a warning; another figure in between leaves the target unknown."""
    assert run_prose(ChangeAmountMismatch, "上年建成站点24个，今年建成27个，超过年度目标4个。") == []
    assert run_prose(ChangeAmountMismatch,
                     "年度目标为建设站点24个，其中新建10个，实际建成27个，超过年度目标4个。") == []
    (d,) = run_prose(ChangeAmountMismatch, "年度目标为新建站点24个。经验收，实际建成27个，超过年度目标4个。")
    assert d.severity is Severity.warning


def test_a110_excess_over_a_target_rate_in_points():
    """``目标 90%，实际 95%，超过目标 3 个百分点``: a rate's excess is in points, actual − target."""
    wrong = "年度目标群众满意度达到90%，实际调查满意度为95%，超过年度目标{x}个百分点。"
    (d,) = run_prose(ChangeAmountMismatch, wrong.format(x="2"))
    assert d.severity is Severity.error and "实际 95 − 目标 90 = 5" in d.message()
    # two points off whole-percent figures: within the last-digit slack the house allows (尾数差异)
    (d,) = run_prose(ChangeAmountMismatch, wrong.format(x="3"))
    assert d.severity is Severity.rounding
    assert run_prose(ChangeAmountMismatch, wrong.format(x="5")) == []
    (d,) = run_prose(ChangeAmountMismatch, "目标值≥85.0%，实际完成率92.5%，比目标高{x}个百分点。".format(x="8.5"))
    assert "实际 92.5 − 目标 ≥85.0 = 7.5，而文中写超过目标 8.5个百分点" in d.message()
    assert run_prose(ChangeAmountMismatch, "目标值≥85.0%，实际完成率92.5%，比目标高7.5个百分点。") == []
    below = "计划验收合格率98%，实际合格率96%，低于目标{x}个百分点。"
    assert run_prose(ChangeAmountMismatch, below.format(x="2")) == []
    assert run_prose(ChangeAmountMismatch, below.format(x="5")) != []
    # a rise on last year, a plain % excess (relative or points?), a rate of another indicator between,
    # or a target range: not read
    assert run_prose(ChangeAmountMismatch, "目标值90%，实际完成96.5%，比上年提高3个百分点。") == []
    assert run_prose(ChangeAmountMismatch, "目标满意度90%，实际满意度95%，超过目标3%。") == []
    assert run_prose(ChangeAmountMismatch, "就业率目标90%，实际就业率95%，满意度98%，超过目标3个百分点。") == []
    assert run_prose(ChangeAmountMismatch, "满意度目标90%-95%，实际96%，超过目标3个百分点。") == []


def test_a110_last_years_figure_run_into_its_year_is_named_so():
    """``较20165.20万元增加了0.60万元`` (modelled on a street-lamp office's 运行经费 note): last year's
    figure is 5.20 with the year 2016 run into it (its 年 lost), and 5.80 − 5.20 = 0.60 agrees; the
    slip is named (a warning), not a difference of twenty thousand. A large figure that no year
    explains stays an error."""
    text = "本年本单位运行经费支出5.80万元，较20165.20万元增加了0.60万元，增加率为11.5%。"
    (d,) = run_prose(ChangeAmountMismatch, text)
    assert d.key == "glued_year" and d.severity is Severity.warning
    assert d.message("zh") == "上年数“20165.20”像是年份“2016”与“5.20”连写（缺“年”）：5.80 − 5.20 = 0.60，与文中相符"
    assert run_prose(ChangeAmountMismatch, text.replace("较20165.20万元", "较2016年5.20万元")) == []
    (d,) = run_prose(ChangeAmountMismatch, text.replace("较20165.20万元", "较20165.10万元"))
    assert d.key == "amount" and d.severity is Severity.error


def test_a110_leaves_a_year_run_into_last_years_figure_to_y506():
    """``2017年…5.80万元，较20165.20万元增加了0.60万元``: the paragraph names 2017年, so the year
    grammar reads 2016年 5.20万元 with its 年 lost and Y506 reports it; A110 does not repeat it."""
    from perflint.checks.years import MalformedYear

    from .._harness import run_all

    text = "2017年本单位运行经费支出5.80万元，较20165.20万元增加了0.60万元，增加率为11.5%。"
    assert run_prose(ChangeAmountMismatch, text) == []
    found = run_all([ChangeAmountMismatch, MalformedYear], "某单位2017年度决算说明\n\n" + text + "\n")
    assert [(d.code, d.key) for d in found] == [("Y506", "year_figure")]


def test_a110_last_years_figure_of_thousands_of_digits_is_read_without_failing():
    """A figure of thousands of digits after 较 (a corrupt paste, found by benchmarks/fuzz.py) is
    no year run into a figure: the reading declines it instead of turning the whole number into a
    string, which Python refuses past 4,300 digits; the plain mismatch is still reported."""
    huge = "20" + "1" * 5000
    found = run_prose(ChangeAmountMismatch, f"2023年“三公”经费支出6.39万元，较{huge}万元增加了0.51万元。\n")
    assert [d.code for d in found] == ["A110"]
