"""Y503 comparison-with-same-year: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import ComparisonWithSameYear

from .._harness import line_of
from ._drafts import GOOD, diagnostics


def test_y503_comparison_with_the_same_year():
    text = GOOD.replace("与 2022 年度相比", "与 2023 年度相比")
    found = diagnostics(text, ComparisonWithSameYear)
    assert [d.location.line for d in found] == [line_of(text, "与 2023 年度相比")]
    assert "2022" in found[0].message("zh")
    text = GOOD.replace("比2022年度决算数", "比2023年度")
    assert [d.location.line for d in diagnostics(text, ComparisonWithSameYear)] == [line_of(text, "比2023年度")]


def test_y503_quiet_when_the_year_is_the_subject_not_the_comparand():
    """``2023年公务接待 12 批次，较上年减少``: 2023 is what is compared, 上年 the comparand;
    a colon or a list opens a new comparison (``与2022年预算持平：一、2023年因公出国费…``)."""
    subject = GOOD.replace("比2022年度决算数减少 6.10 万元。",
                           "2023年公务接待 12 批次，支出 0.80 万元，较上年减少 0.10 万元。")
    assert diagnostics(subject, ComparisonWithSameYear) == []
    listed = GOOD.replace("比2022年度决算数减少 6.10 万元。",
                          "三公经费预算 30 万元，与2022年预算持平：一、2023年因公出国费预算 0 万元，与上年持平。")
    assert diagnostics(listed, ComparisonWithSameYear) == []


def test_y503_quiet_for_and_and_for_a_later_year():
    text = GOOD.replace("比2022年度决算数减少 6.10 万元。",
                        "2022年与2023年均获评优秀。预计2024年比2023年增长 5%。")
    assert diagnostics(text, ComparisonWithSameYear) == []


def test_y503_quiet_after_a_lead_in_comparison_word():
    """``经比较2023年度“三公”经费…，较上年减少``: 经比较 ("having compared") opens the sentence;
    the year after it is the subject, 上年 the comparand (a town's published 三公 statement)."""
    lead_in = GOOD.replace("比2022年度决算数减少 6.10 万元。",
                           "经比较2023年度镇本级“三公”经费 41 万元，较上年减少 19 万元。")
    assert diagnostics(lead_in, ComparisonWithSameYear) == []
    compared = GOOD.replace("比2022年度决算数减少 6.10 万元。", "比较2023年度减少 6.10 万元。")
    assert [d.location.line for d in diagnostics(compared, ComparisonWithSameYear)] == [
        line_of(compared, "比较2023年度")]


def test_y503_previous_year_glossed_as_the_year_itself():
    text = GOOD.replace("此前，2022 年 5 月曾组织", "上年（2023年）收入合计 818.50 万元。此前，2022 年 5 月曾组织") \
        + "本年决算数 812.40 万元，2023年度（上年）决算数 818.50 万元。\n"
    found = diagnostics(text, ComparisonWithSameYear)
    assert [(d.location.line, d.key) for d in found] == [
        (line_of(text, "上年（2023年）"), "glossed"), (line_of(text, "2023年度（上年）"), "glossed")]


def test_y503_quiet_when_the_previous_year_is_glossed_right():
    text = GOOD + "上年（2022年）收入合计 818.50 万元，上年决算数(2022年度)与本年（2023年）相近。\n"
    assert diagnostics(text, ComparisonWithSameYear) == []


def test_y503_previous_year_glossed_two_years_back():
    """``比上年（2021年）`` in a 2023 report (modelled on a 部门整体 report's spending paragraph): the
    gloss moved back once too often. A statement about 2022 compared with its own previous year,
    and a gloss of the right year, stay quiet."""
    text = ("某县文化馆2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            "2023年度本单位支出合计 356.20 万元，比上年（{gloss}年）增加 25.30 万元。\n"
            "2022年度本单位支出比上年（2021年）增加 12.00 万元。\n")
    found = diagnostics(text.format(gloss="2021"), ComparisonWithSameYear)
    assert [(d.location.line, d.key) for d in found] == [(3, "glossed")]
    assert "上年应为 2022 年" in found[0].message("zh")
    assert diagnostics(text.format(gloss="2022"), ComparisonWithSameYear) == []


JUESUAN = """某县林业站2023年度部门决算说明

第二部分 2023年度部门决算情况说明
一、收入支出决算总体情况说明
2023年度收入总计 812.40 万元，支出总计 812.40 万元。{sentence}
"""


def test_y503_final_accounts_change_against_two_years_back():
    """A 决算说明 compares each figure with the year before: a change stated against Y−2 is the
    year moved back once too often (or not advanced with the figures)."""
    for sentence in ("与2021年度相比，收、支总计各增加 35.20 万元，增长 4.53%。",
                     "比2021年减少 6.10 万元，主要原因是人员调出。",
                     "较2021年度下降 0.74%。"):
        text = JUESUAN.format(sentence=sentence)
        (d,) = diagnostics(text, ComparisonWithSameYear)
        assert d.location.line == line_of(text, "2021") and "2022" in d.message("zh")


def test_y503_quiet_on_two_years_back_without_a_change_or_outside_final_accounts():
    quiet = ("与2022年度相比，收、支总计各增加 35.20 万元，增长 4.53%。",  # the year before: right
             "与2021年度相比，收、支总计基本持平。",  # no change stated
             "2021年至2023年累计投入 1200 万元。",  # no comparison
             "与2021年度预算相比，增加 35.20 万元。")  # that year's budget, not its figures
    for sentence in quiet:
        assert diagnostics(JUESUAN.format(sentence=sentence), ComparisonWithSameYear) == [], sentence
    # a 自评报告 may compare across years on purpose (a trend since the project began)
    report = GOOD.replace("比2022年度决算数减少 6.10 万元。", "与2021年度相比，受益农户增加 320 户。")
    assert diagnostics(report, ComparisonWithSameYear) == []


# A 决算说明 page whose title was cut off: its totals statement gives the year (fiscal_year rule 2).
_UNTITLED_ACCOUNTS = (
    "一、收入支出决算总体情况说明\n"
    "2019年度收入总计 512.30 万元、支出总计 512.30 万元。与{compared}年度相比，收、支总计各增加 20.10 万元，"
    "主要原因是人员经费增加。\n"
    "二、收入决算情况说明\n"
    "本年收入合计 500.00 万元，其中：一般公共预算财政拨款收入 500.00 万元。\n"
)


def test_y503_two_back_in_an_untitled_accounts_excerpt():
    text = _UNTITLED_ACCOUNTS.format(compared=2017)
    found = diagnostics(text, ComparisonWithSameYear)
    assert [d.location.line for d in found] == [2]
    assert "2018" in found[0].message("zh")


def test_y503_quiet_in_an_untitled_accounts_excerpt_compared_with_the_year_before():
    assert diagnostics(_UNTITLED_ACCOUNTS.format(compared=2018), ComparisonWithSameYear) == []


def test_y503_quiet_when_an_untitled_excerpt_states_two_years():
    """A page holding two years' statements gives no year: nothing is compared against a guess."""
    text = _UNTITLED_ACCOUNTS.format(compared=2017) + "2020年度收入总计 530.00 万元，2020年度支出总计 530.00 万元。\n"
    assert diagnostics(text, ComparisonWithSameYear) == []


def test_y503_quiet_on_the_years_budget_in_traditional_script():
    """A mirrored page in Traditional script compares the year's spending with the year's own
    budget (``與2021年度預算相比``): no comparison of years, as in simplified script."""
    head = ("一、2021年度一般公共預算財政撥款“三公”經費支出決算表\n"
            "二、2021年度一般公共預算財政撥款“三公”經費支出情況說明\n")
    budget = head + "公務接待費支出3.20萬元，與2021年度預算相比，減少0.80萬元，下降20%。\n"
    assert diagnostics(budget, ComparisonWithSameYear) == []
    same = head + "公務接待費支出3.20萬元，與2021年度相比，減少0.80萬元，下降20%。\n"
    assert [d.location.line for d in diagnostics(same, ComparisonWithSameYear)] == [3]


# A budget's 收支总体情况 (modelled on a county weather office's 部门预算公开说明): each figure is
# compared with the budget of the year before.
_BUDGET = (
    "示范县气象站\n"
    "2024年部门预算公开说明\n"
    "一、部门收支总体情况\n"
    "2024年预算收入 93.14 万元，比{compared}年预算增加 2.37 万元，增长 2.6%，主要原因是人员补助增加。\n"
    "二、一般公共预算情况\n"
    "2024年一般公共预算支出 93.14 万元，其中：基本支出 24.44 万元，项目支出 68.70 万元。\n"
)


def test_y503_budget_change_against_two_years_back():
    text = _BUDGET.format(compared=2022)
    (d,) = diagnostics(text, ComparisonWithSameYear)
    assert d.location.line == line_of(text, "比2022年") and "2023" in d.message("zh") and "预算" in d.message("zh")


def test_y503_quiet_on_a_budget_compared_with_the_year_before():
    assert diagnostics(_BUDGET.format(compared=2023), ComparisonWithSameYear) == []
    # no change stated: a figure set beside an older year's on purpose
    text = _BUDGET.format(compared=2022).replace("增加 2.37 万元，增长 2.6%，主要原因是人员补助增加", "基本持平")
    assert diagnostics(text, ComparisonWithSameYear) == []


# A district's report on its final accounts (modelled on a municipal district's 决算报告): each total
# is set beside the same year's 执行数 that the people's congress heard in the spring, to say
# whether the final figures moved. The 执行数 is that year's own preliminary figure, not a year.
_FINAL_REPORT = (
    "示范区2023年决算报告\n"
    "一、全区收支决算情况\n"
    "2023年全区一般公共预算收入 86,412 万元，增长 4.2%。加上级补助等，收入总量为 312,560 万元。\n"
    "与区人大二次会议审议的2023年执行数相比，全区一般公共预算收支决算数总量无变化。\n"
    "2023年全区政府性基金预算收入 41,230 万元，收入总量为 98,004 万元。\n"
    "与2023年执行数相比，全区政府性基金预算收支决算数总量无变化。\n"
)


def test_y503_quiet_on_the_final_accounts_set_beside_the_years_execution_figures():
    assert diagnostics(_FINAL_REPORT, ComparisonWithSameYear) == []
    # the year's own figures set beside themselves stay a finding
    same = _FINAL_REPORT.replace("与2023年执行数相比", "与2023年相比")
    assert [d.location.line for d in diagnostics(same, ComparisonWithSameYear)] == [line_of(same, "与2023年相比")]
