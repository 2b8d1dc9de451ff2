"""A104–A107 on sentences we wrote in the shape of 决算说明 and 自评报告 prose."""

from perflint.checks.arithmetic import (
    BudgetCompletionMismatch,
    GrowthRateMismatch,
    ProseBreakdownMismatch,
    ShareMismatch,
)

from perflint.check import Context
from perflint.diagnostics import Severity
from perflint.read.text import parse_text


def run(check, *paragraphs, **options):
    text = "某某县农业服务中心2023年度部门决算\n\n一、情况说明\n\n" + "\n\n".join(paragraphs) + "\n"
    return list(check(options).run(parse_text(text, "draft.txt"), Context()))


# A104 ---------------------------------------------------------------------------------------


def test_a104_item_outside_the_total():
    wrong = ("本单位2023年度总支出843.20万元，其中：年末结转和结余42.00万元；基本支出512.30万元，"
             "含人员支出401.10万元、公用支出111.20万元；项目支出330.90万元。")
    (d,) = run(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.error
    assert "42.00 + 512.30 + 330.90 = 885.20 ≠ 843.20" in d.message()
    assert len(d.related) == 3
    right = wrong.replace("年末结转和结余42.00万元；", "")
    assert run(ProseBreakdownMismatch, right) == []


def test_a104_records_of_several_measures_are_no_breakdown():
    """``其中：甲支出 a，年初预算为 b，差值为 c；乙支出 …``: each item gives several measures;
    the commas inside one item do not list the parts of the total."""
    text = ("“三公”经费支出 3.10 万元，年初预算为 4.00 万元，差值为 0.90 万元。其中：因公出国（境）支出 0 万元，"
            "年初预算为 0 万元，差值为 0 万元；公务用车运行维护费支出 1.00 万元，年初预算为 2.00 万元，"
            "差值为 1.00 万元；公务接待费支出 2.10 万元，年初预算为 2.00 万元，差值为 0.10 万元。")
    assert run(ProseBreakdownMismatch, text) == []


def test_a104_nested_list_rounding():
    text = "基本支出512.30万元，其中：人员支出401.10万元，公用支出111.21万元。"
    (d,) = run(ProseBreakdownMismatch, text)
    assert d.severity is Severity.rounding
    assert run(ProseBreakdownMismatch, text, rounding=False) == []


def test_a104_selection_may_fall_short_but_not_exceed():
    short = "公用经费 96.40 万元，主要包括：办公费 12.50 万元、差旅费 8.30 万元、维修费 4.20 万元。"
    assert run(ProseBreakdownMismatch, short) == []
    over = "公用经费 16.40 万元，主要包括：办公费 12.50 万元、差旅费 8.30 万元。"
    (d,) = run(ProseBreakdownMismatch, over)
    assert d.severity is Severity.error and "超过总数" in d.message()


def test_a104_exhaustive_list_that_falls_short_is_a_warning():
    (d,) = run(ProseBreakdownMismatch, "收入合计 500.00 万元，其中：财政拨款收入 450.00 万元，事业收入 30.00 万元。")
    assert d.severity is Severity.warning
    assert "450.00 + 30.00 = 480.00，比总数 500.00 少 20.00" in d.message()


def test_a104_units_are_converted():
    assert run(ProseBreakdownMismatch, "培训费共计 1.2 万元，其中：讲课费 8000 元，资料费 4000 元。") == []
    (d,) = run(ProseBreakdownMismatch, "培训费共计 1.0 万元，其中：讲课费 8000 元，资料费 4000 元。")
    assert d.severity is Severity.error and "8000元 + 4000元 = 1.2 万元 ≠ 1.0万元：相差 0.2 万元" in d.message()


def test_a104_breakdown_over_paragraphs():
    head = "2023 年度一般公共预算财政拨款基本支出 640.50 万元，其中："
    right = ["人员经费 500.20 万元，主要包括基本工资、津贴补贴。", "公用经费 140.30 万元，主要包括办公费、差旅费。"]
    assert run(ProseBreakdownMismatch, head, *right) == []
    wrong = [right[0], right[1].replace("140.30", "150.30")]
    (d,) = run(ProseBreakdownMismatch, head, *wrong)
    assert d.location.line == 5 and "500.20 + 150.30 = 650.50 ≠ 640.50" in d.message()


# A105 ---------------------------------------------------------------------------------------


def test_a105_rate_copied_from_another_sentence():
    wrong = "2023 年度财政拨款收、支总计均为 742.10 万元。与 2022 年度相比，各减少 6.40 万元，4.9%。"
    (d,) = run(GrowthRateMismatch, wrong)
    assert d.severity is Severity.error
    assert "6.40 ÷ (742.10 + 6.40) = 0.86%" in d.message()
    assert run(GrowthRateMismatch, wrong.replace("4.9%", "0.9%")) == []


def test_a105_increase_stays_quiet_when_right_and_fires_when_wrong():
    right = "公务接待费支出决算为 0.48 万元，较上年增加 0.40 万元，增长 500%。"
    assert run(GrowthRateMismatch, right) == []
    (d,) = run(GrowthRateMismatch, right.replace("500%", "83.3%"))
    assert "0.40 ÷ (0.48 − 0.40) = 500.00%" in d.message()


def test_a105_fall_above_hundred_percent():
    (d,) = run(GrowthRateMismatch, "会议费支出 2.40 万元，比上年减少 3.60 万元，下降 150%。")
    assert "不可能" in d.message() and "3.60 ÷ (2.40 + 3.60) = 60.00%" in d.message()
    (d,) = run(GrowthRateMismatch, "培训费比上年降低 130%。")
    assert "不可能" in d.message()
    assert run(GrowthRateMismatch, "会议费支出 2.40 万元，比上年减少 3.60 万元，下降 60%。") == []


def test_a105_base_stated_instead_of_change():
    right = "日常公用经费 52.00 万元，比上年 40.00 万元增长 30%。"
    assert run(GrowthRateMismatch, right) == []
    (d,) = run(GrowthRateMismatch, right.replace("30%", "130%"))
    assert "(52.00 − 40.00) ÷ 40.00 = 30.00%" in d.message() and "不是增幅" in d.message()


def test_a105_last_year_figure_is_not_taken_as_this_year():
    assert run(GrowthRateMismatch, "上年支出 100 万元，本年增加 10 万元，增长 10%。") == []


def test_a105_change_after_a_breakdown_may_be_about_its_total():
    """``总额 T，其中：a、b，同比增加 X，增长 Y%``: the change may be the total's, not b's."""
    text = ("下属事业单位运行经费总预算 1250000.00 元，其中：基本支出预算 250000.00 元，"
            "项目支出预算 1000000.00 元，同比增加 250000.00 元，增长 {rate}。")
    assert run(GrowthRateMismatch, text.format(rate="25%")) == []  # 250000 ÷ (1250000 − 250000)
    assert run(GrowthRateMismatch, text.format(rate="33.33%")) == []  # 250000 ÷ (1000000 − 250000)
    (d,) = run(GrowthRateMismatch, text.format(rate="60%"))
    assert d.severity is Severity.warning  # which figure the change is about is a guess


# A106 ---------------------------------------------------------------------------------------


def test_a106_share_of_a_named_whole():
    text = ("2023年度支出合计 640.00 万元。其中：基本支出 480.00 万元，占本年支出 75%；"
            "项目支出 160.00 万元，占本年支出 {share}。")
    assert run(ShareMismatch, text.format(share="25%")) == []
    (d,) = run(ShareMismatch, text.format(share="35%"))
    assert "160.00 ÷ 640.00 = 25.00%" in d.message() and d.related[0].location.line == 5


def test_a106_procurement_category_shares():
    text = ("本部门政府采购支出总额 50 万元，其中：政府采购货物支出 30 万元、政府采购工程支出 0 万元、"
            "政府采购服务支出 20 万元。授予中小企业合同金额 40 万元，占政府采购支出总额的 80%；"
            "货物采购授予中小企业合同金额占货物支出金额的 {goods}，工程采购授予中小企业合同金额占工程支出金额的 0%，"
            "服务采购授予中小企业合同金额占服务支出金额的 50%。")
    assert run(ShareMismatch, text.format(goods="100%")) == []
    (d,) = run(ShareMismatch, text.format(goods="60%"))
    assert "60% × 30 + 0% × 0 + 50% × 20 = 28.00 ≠ 40" in d.message()


# A107 ---------------------------------------------------------------------------------------


def test_a107_completion_rate():
    text = "项目全年预算数为 36 万元，执行数为 30.6 万元，完成预算 {rate}。"
    assert run(BudgetCompletionMismatch, text.format(rate="85%")) == []
    (d,) = run(BudgetCompletionMismatch, text.format(rate="95%"))
    assert "30.6 ÷ 36 = 85.00%" in d.message()


def test_a107_ratio_written_as_increase():
    text = "机关运行经费支出 61.20 万元，比年初预算数 12.00 万元，增加了 {rate}。"
    assert run(BudgetCompletionMismatch, text.format(rate="410%")) == []
    (d,) = run(BudgetCompletionMismatch, text.format(rate="510%"))
    assert "(61.20 − 12.00) ÷ 12.00 = 410.00%" in d.message()
    assert "510% 是 61.20 ÷ 12.00" in d.message()
    assert "not the increase" in d.message("en")


def test_a104_integers_in_a_list_of_hundredths_are_exact():
    (d,) = run(ProseBreakdownMismatch, "全年实际支出64.46万元,按用途划分:设备购置20万元;人员培训20万元;宣传印刷24.48万元。")
    assert "20 + 20 + 24.48 = 64.48 ≠ 64.46" in d.message()
    assert run(ProseBreakdownMismatch, "全年实际支出64.48万元,按用途划分:设备购置20万元;人员培训20万元;宣传印刷24.48万元。") == []


def test_a104_count_parts_beyond_the_total_name_the_extra_group():
    text = "财政供养人员合计3,120人。其中:行政编制1,020人,事业编制2,100人,离退休人员640人。"
    (d,) = run(ProseBreakdownMismatch, text)
    assert d.severity is Severity.warning
    assert "前 2 项之和恰为总数，离退休人员不应列在其中" in d.message()
    assert run(ProseBreakdownMismatch, text.replace(",离退休人员640人", "")) == []
    # a count's 其中 may name only some of its groups
    assert run(ProseBreakdownMismatch, "职工合计80人。其中:女职工30人,党员25人。") == []


def test_a104_whole_stated_in_an_earlier_paragraph():
    (d,) = run(ProseBreakdownMismatch, "2023年“三公”经费支出3.00万元,比上年减少0.20万元。",
               "2023年“三公”经费支出的构成为:因公出国(境)费0万元;公务用车运行维护费1.10万元;公务接待费0.90万元。")
    assert d.severity is Severity.warning and "0 + 1.10 + 0.90 = 2.00" in d.message() and "总数见第" in d.message()
    assert run(ProseBreakdownMismatch, "2023年“三公”经费支出2.00万元,比上年减少0.20万元。",
               "2023年“三公”经费支出的构成为:因公出国(境)费0万元;公务用车运行维护费1.10万元;公务接待费0.90万元。") == []


def test_a104_breakdown_announced_at_the_end_of_a_paragraph():
    (d,) = run(ProseBreakdownMismatch, "2023年度基本支出720.50万元,分为:", "人员经费600.20万元,涵盖基本工资等。",
               "公用经费40.30万元,涵盖办公费等。")
    assert "「分为」" in d.message() and "600.20 + 40.30 = 640.50" in d.message()


def test_a106_share_of_the_breakdown_total():
    wrong = "2023年本年支出合计500.00万元,按性质分:基本支出440.00万元,占88%;项目支出6.00万元,占12%。"
    (d,) = run(ShareMismatch, wrong)
    assert d.severity is Severity.error and "6.00 ÷ 500.00 = 1.20%" in d.message() and "60.00" in d.message()
    assert run(ShareMismatch, wrong.replace("6.00万元", "60.00万元")) == []


def test_a106_shares_of_a_whole_stated_in_an_earlier_paragraph():
    first = "2023年“三公”经费支出2.00万元,比上年减少0.20万元。"
    wrong = "2023年“三公”经费支出的构成为:因公出国(境)费0万元,占0%;公务用车运行维护费1.10万元,占0.55%;公务接待费0.90万元,占45%。"
    (d,) = run(ShareMismatch, first, wrong)
    assert d.severity is Severity.warning and "1.10 ÷ 2.00 = 55.00%" in d.message()
    assert run(ShareMismatch, first, wrong.replace("0.55%", "55%")) == []


def test_a106_shares_of_an_unstated_whole_must_add_up():
    (d,) = run(ShareMismatch, "2023年“三公”经费支出的构成为:公务用车运行维护费1.10万元,占0.55%;公务接待费0.90万元,占0.45%。")
    assert d.severity is Severity.warning and "0.55% + 0.45% = 1.00%" in d.message()
    assert run(ShareMismatch, "2023年“三公”经费支出的构成为:公务用车运行维护费1.10万元,占55%;公务接待费0.90万元,占45%。") == []


def test_a106_sibling_shares_of_an_unstated_whole():
    a = "1. 基本支出 3000000.00 元,占一般公共预算支出的 75.00%,较上年减少 5000 元。"
    b = "2. 项目支出 1000000.00 元,占一般公共预算支出的 35.00%,较上年增加 8000 元。"
    (d,) = run(ShareMismatch, a, b)
    assert d.severity is Severity.warning and "1000000.00 ÷ 4000000 = 25.00%" in d.message()
    assert d.location.line > 6
    assert run(ShareMismatch, a, b.replace("35.00%", "25.00%")) == []


def test_a105_rate_in_brackets_after_the_change():
    (d,) = run(GrowthRateMismatch, "2、公务接待费3.20万元,较上年减少0.80万元(25.00%),主要是压缩接待。")
    assert "0.80 ÷ (3.20 + 0.80) = 20.00%" in d.message()
    assert run(GrowthRateMismatch, "2、公务接待费3.20万元,较上年减少0.80万元(20.00%),主要是压缩接待。") == []


def test_a107_completion_against_a_stated_overspend():
    wrong = "本单位支出总计1200.00万元,比上年减少30.00万元;完成年初预算100%,决算数大于预算数50.00万元,原因是增人增资。"
    (d,) = run(BudgetCompletionMismatch, wrong)
    assert d.severity is Severity.error and "1200.00 − 50.00 = 1150.00" in d.message() and "104.35%" in d.message()
    assert run(BudgetCompletionMismatch, wrong.replace("100%", "104.35%")) == []
    (d,) = run(BudgetCompletionMismatch, "教育支出800.00万元,完成年初预算98%,决算数大于预算数,原因是增人增资。")
    assert d.severity is Severity.error
    (d,) = run(BudgetCompletionMismatch, "教育支出800.00万元,完成年初预算100%,决算数大于预算数,原因是增人增资。")
    assert d.severity is Severity.warning
    assert run(BudgetCompletionMismatch, "教育支出800.00万元,完成年初预算102%,决算数大于预算数,原因是增人增资。") == []


def test_a105_names_a_rate_computed_on_this_years_figure():
    (d,) = run(GrowthRateMismatch, "社会保障和就业支出 120000.00 元,同比增加 20000.00 元,增长 16.67%。")
    assert "以本年数而不是上年数为基数" in d.message()


def test_a106_numbered_paragraphs_find_their_whole_by_name():
    first = "2025 年支出总预算 1000000.00 元。"
    parts = ["(一)教育支出类科目 800000.00 元,占支出总预算 80.00%。", "(二)卫生健康支出类科目 200000.00 元,占支出总预算 20.00%。"]
    assert run(ShareMismatch, first, *parts) == []
    (d,) = run(ShareMismatch, first, parts[0], parts[1].replace("20.00%", "25.00%"))
    assert d.severity is Severity.warning and "200000.00 ÷ 1000000.00 = 20.00%" in d.message()


def test_a108_changes_of_the_parts_add_up_to_the_change_of_the_whole():
    from perflint.checks.arithmetic import ChangeBreakdownMismatch
    whole = "2023年度“三公”经费财政拨款支出合计12.40万元,同比减少3.20万元。"
    parts = ("其中:因公出国(境)费0万元,同比减少0万元,主要是无出国安排。公务用车运行维护费8.10万元,同比减少2.90万元。"
             "公务接待费4.30万元,同比减少0.50万元,主要是压缩接待。")
    (d,) = run(ChangeBreakdownMismatch, whole, parts)
    assert d.severity is Severity.warning and "0 − 2.90 − 0.50 = −3.40 ≠ 总数增减额 −3.20" in d.message()
    assert run(ChangeBreakdownMismatch, whole.replace("3.20", "3.40"), parts) == []
    # a part stated twice with different figures makes the passage ambiguous: quiet
    assert run(ChangeBreakdownMismatch, whole, parts + "公务接待费5.00万元,同比减少0.20万元。") == []
