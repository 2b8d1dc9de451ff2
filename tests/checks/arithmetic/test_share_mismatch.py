"""A106 share-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ShareMismatch

from perflint.diagnostics import Severity

from .._harness import FIXTURES, run
from ._drafts import run_prose


def test_a106_share_of_a_named_whole():
    text = ("2023年度支出合计 640.00 万元。其中：基本支出 480.00 万元，占本年支出 75%；"
            "项目支出 160.00 万元，占本年支出 {share}。")
    assert run_prose(ShareMismatch, text.format(share="25%")) == []
    (d,) = run_prose(ShareMismatch, text.format(share="35%"))
    assert "160.00 ÷ 640.00 = 25.00%" in d.message() and d.related[0].location.line == 5


def test_a106_procurement_category_shares():
    text = ("本部门政府采购支出总额 50 万元，其中：政府采购货物支出 30 万元、政府采购工程支出 0 万元、"
            "政府采购服务支出 20 万元。授予中小企业合同金额 40 万元，占政府采购支出总额的 80%；"
            "货物采购授予中小企业合同金额占货物支出金额的 {goods}，工程采购授予中小企业合同金额占工程支出金额的 0%，"
            "服务采购授予中小企业合同金额占服务支出金额的 50%。")
    assert run_prose(ShareMismatch, text.format(goods="100%")) == []
    (d,) = run_prose(ShareMismatch, text.format(goods="60%"))
    assert "60% × 30 + 0% × 0 + 50% × 20 = 28.00 ≠ 40" in d.message()


def test_a106_share_of_the_breakdown_total():
    wrong = "2023年本年支出合计500.00万元,按性质分:基本支出440.00万元,占88%;项目支出6.00万元,占12%。"
    (d,) = run_prose(ShareMismatch, wrong)
    assert d.severity is Severity.error and "6.00 ÷ 500.00 = 1.20%" in d.message() and "60.00" in d.message()
    assert run_prose(ShareMismatch, wrong.replace("6.00万元", "60.00万元")) == []


def test_a106_shares_of_a_whole_stated_in_an_earlier_paragraph():
    first = "2023年“三公”经费支出2.00万元,比上年减少0.20万元。"
    wrong = "2023年“三公”经费支出的构成为:因公出国(境)费0万元,占0%;公务用车运行维护费1.10万元,占0.55%;公务接待费0.90万元,占45%。"
    (d,) = run_prose(ShareMismatch, first, wrong)
    assert d.severity is Severity.warning and "1.10 ÷ 2.00 = 55.00%" in d.message()
    assert run_prose(ShareMismatch, first, wrong.replace("0.55%", "55%")) == []


def test_a106_shares_of_an_unstated_whole_must_add_up():
    (d,) = run_prose(ShareMismatch, "2023年“三公”经费支出的构成为:公务用车运行维护费1.10万元,占0.55%;公务接待费0.90万元,占0.45%。")
    assert d.severity is Severity.warning and "0.55% + 0.45% = 1.00%" in d.message()
    assert run_prose(ShareMismatch, "2023年“三公”经费支出的构成为:公务用车运行维护费1.10万元,占55%;公务接待费0.90万元,占45%。") == []


def test_a106_sibling_shares_of_an_unstated_whole():
    a = "1. 基本支出 3000000.00 元,占一般公共预算支出的 75.00%,较上年减少 5000 元。"
    b = "2. 项目支出 1000000.00 元,占一般公共预算支出的 35.00%,较上年增加 8000 元。"
    (d,) = run_prose(ShareMismatch, a, b)
    assert d.severity is Severity.warning and "1000000.00 ÷ 4000000 = 25.00%" in d.message()
    assert d.location.line > 6
    assert run_prose(ShareMismatch, a, b.replace("35.00%", "25.00%")) == []


def test_a106_numbered_paragraphs_find_their_whole_by_name():
    first = "2025 年支出总预算 1000000.00 元。"
    parts = ["(一)教育支出类科目 800000.00 元,占支出总预算 80.00%。", "(二)卫生健康支出类科目 200000.00 元,占支出总预算 20.00%。"]
    assert run_prose(ShareMismatch, first, *parts) == []
    (d,) = run_prose(ShareMismatch, first, parts[0], parts[1].replace("20.00%", "25.00%"))
    assert d.severity is Severity.warning and "200000.00 ÷ 1000000.00 = 20.00%" in d.message()


def test_a106_a_total_is_not_a_sum_of_the_year():
    # 支出总计 (with the carry-overs) and 本年支出合计 are two quantities of a 决算: the share of
    # 本年支出合计 is not measured against the nearer 财政拨款 支出总计
    paras = ["2023年度本年支出合计18,320.12万元，其中：基本支出17,105.72万元，项目支出1,214.40万元。",
             "2023年度财政拨款收入总计1,820.30万元，支出总计1,820.30万元。",
             "2023年度一般公共预算财政拨款支出1,820.30万元，占本年支出合计的9.94%。"]
    assert run_prose(ShareMismatch, *paras) == []
    (d,) = run_prose(ShareMismatch, *paras[:2], paras[2].replace("9.94%", "8.94%"))
    assert "18,320.12" in d.message()


def test_a106_listed_parts_and_their_listed_shares_pair_respectively():
    """``a、b 和 c，占 … 的 x%、y% 和 z%``: each share belongs to the part in its place."""
    text = ("2023年本部门政府采购支出总额 200.00 万元。按类别分,货物、工程、服务采购分别为 50.00 万元、"
            "30.00 万元和 120.00 万元,占政府采购支出总额的比例为 {goods}、15.00% 和 60.00%。")
    assert run_prose(ShareMismatch, text.format(goods="25.00%")) == []
    (d,) = run_prose(ShareMismatch, text.format(goods="35.00%"))
    assert "50.00 ÷ 200.00 = 25.00%" in d.message()


def test_a106_shares_of_each_parts_own_class_have_no_common_whole():
    """``占同类产品采购规模的 …``: each share is of the part's own class, so they need not add up."""
    text = ("2023年本部门优先采购节能产品 12.00 万元,占同类产品采购规模的 90.00%;"
            "优先采购环保产品 8.00 万元,占同类产品采购规模的 80.00%。")
    assert run_prose(ShareMismatch, text) == []


def test_a106_a_whole_broken_down_twice_is_two_complete_breakdowns():
    """An unstated whole broken down by structure, then by function: each set makes 100% on its
    own, so the shares of both together (200%) are no excess; a set that overshoots still is."""
    lines = ["1. 基本支出预算 950000 元,占支出总预算的 95.00%,同比减少 3000 元。",
             "2. 项目支出预算 50000 元,占支出总预算的 5.00%,同比无变化。其中:",
             "(一)教育支出类科目 700000 元,占支出总预算 70.00%,同比减少 2000 元。",
             "(二)社会保障和就业支出类科目 200000 元,占支出总预算 20.00%,同比减少 1000 元。",
             "(三)卫生健康支出类科目 100000 元,占支出总预算 {health},同比无变化。"]
    paras = [line.format(health="10.01%") for line in lines]
    assert run_prose(ShareMismatch, *paras) == []
    paras = [line.format(health="15.00%") for line in lines]
    (d,) = run_prose(ShareMismatch, *paras)
    assert "70.00% + 20.00% + 15.00% = 105.00%" in d.message()



def test_a106_a_complete_breakdown_after_a_lone_share_is_no_excess():
    """The structural breakdown's other share is not read as a claim (stated before the text
    starts, or in words no claim reads): its lone 项目支出 5.00% stands before a complete
    breakdown by function, whose 100% is complete on its own (modelled on a budget statement
    whose excerpt opens inside the 基本支出 sentence)."""
    lines = ["支出总预算的 95.00%,同比减少 3000 元;项目支出预算 50000 元,占支出总预算的 5.00%,同比无变化。其中:",
             "(一)教育支出类科目 700000 元,占支出总预算 70.00%,同比减少 2000 元。",
             "(二)社会保障和就业支出类科目 200000 元,占支出总预算 20.00%,同比减少 1000 元。",
             "(三)卫生健康支出类科目 100000 元,占支出总预算 {health},同比无变化。"]
    # (10.01%: a share rounded a little off, as published figures are, so no one whole fits them all)
    assert run_prose(ShareMismatch, *[line.format(health="10.01%") for line in lines]) == []
    # the function breakdown that overshoots on its own is still reported
    (d,) = run_prose(ShareMismatch, *[line.format(health="15.00%") for line in lines])
    assert "70.00% + 20.00% + 15.00%" in d.message()

def test_a106_shares_stated_respectively_after_the_listed_parts():
    """``基本支出、项目支出分别为 a 万元和 b 万元，分别占 … 的 x% 和 y%``."""
    text = ("2023年度基本支出、项目支出分别为 300.00 万元和 180.00 万元,"
            "分别占本年支出合计的 62.50% 和 {other}。")
    assert run_prose(ShareMismatch, text.format(other="37.50%")) == []
    (d,) = run_prose(ShareMismatch, text.format(other="47.50%"))
    assert "180.00 ÷ 480 = 37.50%" in d.message()


def test_a106_labelled_parts_and_their_listed_shares_pair_respectively():
    """``基本支出 a 万元、项目支出 b 万元，分别占 … 的 x%、y%``: each part named before its figure."""
    text = "本年支出 480.00 万元，其中基本支出 300.00 万元{sep}项目支出 180.00 万元，分别占本年支出的 62.5%{join}{other}。"
    for sep, join in (("、", "、"), ("，", "和"), ("；", "、")):
        assert run_prose(ShareMismatch, text.format(sep=sep, join=join, other="37.5%")) == [], sep
        (d,) = run_prose(ShareMismatch, text.format(sep=sep, join=join, other="35.5%"))
        assert "180.00 ÷ 480.00 = 37.50%" in d.message(), sep
    # three parts named, two shares: which part each share is of cannot be told
    assert run_prose(ShareMismatch, "本年支出 480.00 万元，其中基本支出 300.00 万元、项目支出 150.00 万元、"
                     "其他支出 30.00 万元，分别占本年支出的 62.5%、35.5%。") == []
    # the whole stated right before its named parts, without 其中
    text = "本年支出 480.00 万元，基本支出 300.00 万元、项目支出 180.00 万元，分别占本年支出的 62.5%、{other}。"
    assert run_prose(ShareMismatch, text.format(other="37.5%")) == []
    assert len(run_prose(ShareMismatch, text.format(other="35.5%"))) == 1


def test_a106_shares_of_a_total_whose_parts_follow_its_makeup_is():
    """``具体构成是：`` opens the parts of the figure before it as ``构成为：`` does: each part's
    所占比重 is read against that total."""
    text = ("2023年“三公”经费实际支出16.00万元,具体构成是:公务接待费12.00万元,所占比重{share};"
            "公务用车运行维护费4.00万元,所占比重25%。")
    assert run_prose(ShareMismatch, text.format(share="75%")) == []
    (d,) = run_prose(ShareMismatch, text.format(share="70%"))
    assert "12.00 ÷ 16.00 = 75.00%" in d.message()


def test_a106_shares_with_no_whole_named_that_make_up_100_percent():
    """``A 0.53 万元，占 31%；B 1.18 万元，占 69%``: shares of one whole that make up 100% are
    shares of the parts' sum; two shares swapped (69% on 0.53) are both reported."""
    text = ("“三公”经费支出决算中，公务接待费支出决算 0.53 万元，占 {a}；"
            "公务用车购置及运行维护费支出决算 1.18 万元，占 {b}。")
    assert run_prose(ShareMismatch, text.format(a="31%", b="69%")) == []
    swapped = run_prose(ShareMismatch, text.format(a="69%", b="31%"))
    assert len(swapped) == 2 and all(d.severity is Severity.warning for d in swapped)
    assert "0.53 + 1.18 = 1.71" in swapped[0].message() and "0.53 ÷ 1.71 = 30.99%" in swapped[0].message()
    # shares that do not make up 100% may be of a whole with parts not listed: quiet
    assert run_prose(ShareMismatch, text.format(a="20%", b="45%")) == []
    # shares rounded to their last digit fit
    assert run_prose(ShareMismatch, "基本支出 2.00 万元，占 66.7%；项目支出 1.00 万元，占 33.3%。") == []


def test_a106_share_of_a_whole_whose_owner_is_named_before_the_year():
    """A news page quotes another unit's figures: ``示范省财政厅2022年度政府采购支出总额 …，
    其中…，占政府采购支出总额的 Z%``. The unit before the year is the whole's owner, not part
    of its name, as ``本部门`` is."""
    text = ("示范省财政厅2022年度政府采购支出总额2560.40万元，其中授予中小企业合同金额2304.36万元，"
            "占政府采购支出总额的{share}。")
    assert run_prose(ShareMismatch, text.format(share="90%")) == []
    (d,) = run_prose(ShareMismatch, text.format(share="83%"))
    assert "2304.36 ÷ 2560.40 = 90.00%" in d.message()
    # a figure of another name after the owner is no whole of this share
    other = text.replace("政府采购支出总额2560.40", "一般公共预算支出总额2560.40")
    assert run_prose(ShareMismatch, other.format(share="83%")) == []


def test_a106_figures_stated_against_their_own_budgets_are_no_shares():
    """``税收收入 A 万元，占预算的 101.6%，非税收入 B 万元，占预算的 96.3%`` (a county's final
    accounts report): each figure is set against its own budget, a completion, so the rates have
    no common whole to add up to; shares of a whole named otherwise still must."""
    text = "税收收入 7786 万元，占预算的 101.6%，非税收入 3162 万元，占预算的 96.3%。"
    assert run_prose(ShareMismatch, text) == []
    named = "税收收入 7786 万元，占一般公共预算收入的 71.1%，非税收入 3162 万元，占一般公共预算收入的 48.9%。"
    assert "一般公共预算收入" in run_prose(ShareMismatch, named)[0].message("zh")


def test_a106_whole_named_with_the_unit_after_the_year():
    """``2022年某某镇人民政府收入预算总额为 …``: the unit's full name after the year is the
    whole's owner, not part of its name, so ``占收入预算总额的`` finds it (a township budget note
    that wrote 90.3% for 100% − 9.7% although a carry-over is part of the total too)."""
    text = ("2022年示范县示范镇人民政府收入预算总额为6420.50万元。其中:财政拨款收入600.00万元,"
            "占收入预算总额的9.3%;其他收入5800.00万元,占收入预算总额的90.7%;上年结转20.50万元。")
    [d] = run_prose(ShareMismatch, text)
    assert d.severity is Severity.error and "5800.00 ÷ 6420.50 = 90.34%" in d.message("zh")
    assert run_prose(ShareMismatch, text.replace("90.7%", "90.3%")) == []
    # a name that merely contains a unit word keeps its words: no whole of that name is stated
    other = ("2022年服务中心建设经费为300.00万元。其中:设备购置100.00万元,占建设经费的50.0%。")
    assert run_prose(ShareMismatch, other) == []


def test_a106_shares_of_one_list_imply_one_whole():
    # shares not making up 100% (a part may be left out) must still imply one whole: 9.00 ÷ 70% ≠ 3.00 ÷ 25%
    text = ("2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；"
            "公务用车购置及运行维护费支出决算9.00万元，占{car}；公务接待费支出决算3.00万元，占25.00%。")
    assert run_prose(ShareMismatch, text.format(car="75.00%")) == []
    (d,) = run_prose(ShareMismatch, text.format(car="70.00%"))
    assert d.severity is Severity.warning and "9.00 ÷ 70.00% = 12.86，3.00 ÷ 25.00% = 12.00" in d.message()
    # shares of a whole whose other parts are not listed, all implying one whole: quiet
    partial = "“三公”经费支出决算中，公务接待费 0.53 万元，占 20%；公务用车购置及运行维护费 1.18 万元，占 45%。"
    assert run_prose(ShareMismatch, partial) == []
    # a part's own breakdown inside the list: its shares are of that part
    nested = "本年支出 1220.00 万元。基本支出 900.00 万元，占 73.77%，其中：人员经费 700.00 万元，占 77.78%。"
    assert run_prose(ShareMismatch, nested) == []


def test_a106_listed_parts_against_shares_of_their_sum():
    # the shares make up 100% and no whole is stated: each share is part ÷ the parts' sum
    text = ("2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；"
            "公务用车购置及运行维护费支出决算9.00万元，占75.00%；公务接待费支出决算{recv}万元，占25.00%。")
    assert run_prose(ShareMismatch, text.format(recv="3.00")) == []
    found = run_prose(ShareMismatch, text.format(recv="4.00"))
    assert found and all(d.severity is Severity.warning for d in found) and "0 + 9.00 + 4.00 = 13" in found[0].message()


def test_a106_a_part_that_details_itself_before_the_next_part():
    # the first part's own 包括 list (a1、a2) comes before the list's next part (after ；): the
    # list is still 基本支出 and 项目支出, each with its share of 支出合计
    text = ("2024年度支出合计479.12万元，其中：基本支出352.68万元，占{a}，包括人员经费301.24万元、"
            "公用经费51.44万元；项目支出126.44万元，占{b}，主要用于统计调查。")
    assert run_prose(ShareMismatch, text.format(a="73.61%", b="26.39%")) == []
    (d,) = run_prose(ShareMismatch, text.format(a="73.61%", b="28.39%"))
    assert "126.44 ÷ 479.12 = 26.39%" in d.message()


def test_a106_shares_of_a_list_after_a_sentence_comparing_the_whole():
    """Each 类's 占 Z% of the whole stated two sentences before, a comparison with last year between."""
    text = ("2023年度一般公共预算财政拨款支出2,236.10万元。与上年相比，财政拨款支出增加196.10万元，增长9.61%。"
            "主要用于以下方面：一般公共服务支出（类）12.00万元，占0.54%；卫生健康支出（类）68.50万元，占{share}；"
            "自然资源海洋气象等支出（类）1,850.00万元，占82.73%；住房保障支出（类）305.60万元，占13.67%。")
    assert run_prose(ShareMismatch, text.format(share="3.06%")) == []
    assert len(run_prose(ShareMismatch, text.format(share="3.60%"))) == 1


def test_a106_share_taken_of_the_budget_instead_of_the_final_figure():
    """A 三公 paragraph states the budget and the final figure, then each line of the final figure
    with a share and no whole named: 8.20 ÷ 15.00 = 54.67% is the part over the budget; the line
    is one of the 10.40 万元 spent, so its share is 78.85% (a warning, with the right share)."""
    path = FIXTURES / "arithmetic" / "sangong_budget_shares.txt"
    text = path.read_text(encoding="utf-8")
    found = run(ShareMismatch, text, str(path))
    assert [(d.location.line, d.severity) for d in found] == [(5, Severity.warning)] * 2
    assert "8.20 ÷ 10.40 = 78.85%" in found[0].message() and "15.00" in found[0].message()
    assert "2.20 ÷ 10.40 = 21.15%" in found[1].message()
    fixed = text.replace("占 54.67%", "占 78.85%").replace("占 14.67%", "占 21.15%")
    assert run(ShareMismatch, fixed) == []


def test_a106_budget_base_quiet_without_both_bases_in_the_paragraph():
    """The budget stated in another paragraph (or no final figure before the shares): which base
    the share was meant of is not known from its paragraph."""
    apart = ("2023年度“三公”经费支出预算为 15.00 万元。",
             "支出决算为 10.40 万元。其中：公务用车购置及运行维护费支出决算 8.20 万元，占 54.67%。")
    assert run_prose(ShareMismatch, *apart) == []
    one = "“三公”经费支出预算为 18.00 万元，支出决算为 6.28 万元。在支出决算中，公务接待费支出决算 6.28 万元，占 {share}。"
    (d,) = run_prose(ShareMismatch, one.format(share="34.89%"))
    assert "6.28 ÷ 6.28 = 100.00%" in d.message()
    assert run_prose(ShareMismatch, one.format(share="100%")) == []
    # bases two paragraphs back and more: too far to be the shares' own
    assert run_prose(ShareMismatch, "2023年度“三公”经费支出预算为 15.00 万元，支出决算为 10.40 万元。",
                     "决算数小于预算数的主要原因是压缩公务接待，减少公务用车使用。",
                     "全年共接待上级检查指导 12 批次、86 人次，均按规定标准安排。",
                     "“三公”经费支出决算中，公务用车运行维护费支出决算 8.20 万元，占 54.67%。") == []


# The national 决算 template's 三公 section: （一）总体情况 states the budget and the final figure,
# （二）具体情况 breaks the final figure down (`“三公”经费支出决算中，…占…%`). Modelled on 17
# published pages whose shares are of the final figure of the paragraph before.
SANGONG_TWO_PARAGRAPHS = ("（一）“三公”经费支出决算总体情况说明。",
                          "示范县水利局2023年度“三公”经费支出预算为 25.00 万元，支出决算为 12.50 万元，完成预算的 50.00%。",
                          "（二）“三公”经费支出决算具体情况说明。",
                          "示范县水利局2023年度“三公”经费支出决算中，因公出国（境）费支出决算 0 万元，占 0%；"
                          "公务接待费支出决算 2.50 万元，占 {reception}；公务用车购置及运行维护费支出决算 10.00 万元，占 {car}。")


def test_a106_share_of_the_budget_stated_in_the_paragraph_before():
    """The shares of （二） taken of the budget (10.00 ÷ 25.00 = 40%) where their words name the
    final figure (决算中) that （一） states: a warning with the right share."""
    *head, shares = SANGONG_TWO_PARAGRAPHS
    found = run_prose(ShareMismatch, *head, shares.format(reception="10.00%", car="40.00%"))
    assert [d.severity for d in found] == [Severity.warning] * 2
    assert "2.50 ÷ 12.50 = 20.00%" in found[0].message() and "25.00" in found[0].message()
    assert "10.00 ÷ 12.50 = 80.00%" in found[1].message()
    assert found[0].related[0].location.line < found[0].location.line


def test_a106_share_of_the_final_figure_stated_in_the_paragraph_before_is_quiet():
    *head, shares = SANGONG_TWO_PARAGRAPHS
    assert run_prose(ShareMismatch, *head, shares.format(reception="20.00%", car="80.00%")) == []
    # a share list that does not name the final figure as its whole: not known to be of it
    other = shares.replace("“三公”经费支出决算中，", "").format(reception="10.00%", car="40.00%")
    assert [d for d in run_prose(ShareMismatch, *head, other) if "预算数" in d.message()] == []


def test_a106_share_naming_no_whole_after_the_total_of_the_paragraph_before():
    """``其中：基本支出…，占比…`` after a paragraph stating the 支出 total (ours): the share is of
    that total, read from the block before (a warning: its words name no whole). Right shares,
    a block not opening with 其中, a part after a second 其中, and a block before stating two
    支出 totals are quiet."""
    total = "2023年度支出总计800.00万元，比上年增加40.00万元，增长5.26%。"
    wrong = "其中：基本支出600.00万元，占比70.00%；项目支出200.00万元，占比30.00%。"
    found = run_prose(ShareMismatch, total, wrong)
    assert [d.severity for d in found] == [Severity.warning, Severity.warning]
    assert "600.00 ÷ 800.00 = 75.00%" in found[0].message() and "支出总计" in found[0].message()
    assert run_prose(ShareMismatch, total, wrong.replace("70.00%", "75.00%").replace("30.00%", "25.00%")) == []
    assert run_prose(ShareMismatch, total, wrong.replace("其中：", "")) == []
    nested = "其中：基本支出600.00万元，占比75.00%，其中商品和服务支出100.00万元，占比16.67%。"
    assert run_prose(ShareMismatch, total, nested) == []
    two = "2023年度支出总计800.00万元，财政拨款支出750.00万元。"
    assert run_prose(ShareMismatch, two, wrong) == []


def test_a106_share_of_the_total_in_its_own_comma_piece():
    """``其中 a 万元，占总支出的 x%，b 万元，占…``: the share names the list's total (总支出)."""
    wrong = ("2022年本单位支出合计 840.50 万元，其中基本支出 600.20 万元，占总支出的 76.41%，"
             "项目支出 240.30 万元，占总支出的 28.59%。")
    found = run_prose(ShareMismatch, wrong)
    assert len(found) == 1 and "76.41%" in found[0].message()
    right = wrong.replace("76.41%", "71.41%")
    assert run_prose(ShareMismatch, right) == []


def test_a106_completion_shares_of_targets_counted_in_different_units():
    """``开工改造棚户区 A 套，占目标任务的 x%，发放租赁补贴 B 户，占目标任务的 y%`` (modelled on a
    city's housing-programme progress note): each share is a completion rate of its own target (套
    and 户 count different things), not a part of one whole, so they are not added up. Counts of one
    unit that overshoot one whole still are."""
    text = ("截至年底，开工改造棚户区1005套，占目标任务的80.40%，发放租赁补贴1430{unit}，"
            "占目标任务的130.59%。")
    assert run_prose(ShareMismatch, text.format(unit="户")) == []
    (d,) = run_prose(ShareMismatch, text.format(unit="套"))
    assert "80.40% + 130.59%" in d.message()


def test_a106_counts_of_one_whole_with_their_shares():
    """``优秀案件 14 宗，占比 14%；良好案件 20 宗，占比 20%；合格案件 66 宗，占比 66%`` (modelled on a
    legal-aid centre's case review): counts of one kind of thing (…案件) split by grade, each with
    its share, are parts of one whole as money parts are."""
    text = "抽取100宗案件进行评估，评估结果为：优秀案件14宗，占比{a}；良好案件20宗，占比20%；合格案件66宗，占比66%。"
    assert run_prose(ShareMismatch, text.format(a="14%")) == []
    (d,) = run_prose(ShareMismatch, text.format(a="16%"))
    assert d.severity is Severity.warning and "16%" in d.message()
    # counts of different things (受理 / 办结) are shares of different wholes: not read
    stages = "全年受理案件50件，占全市20%；办结45件，占比90%。"
    assert run_prose(ShareMismatch, stages) == []


def test_a106_bare_share_after_the_paragraphs_own_qizhong_is_of_its_total():
    # the total before the paragraph's 其中, a change between; one part given with its share (the
    # list cut short), so no run of shares makes up 100%
    text = ("2.支出情况。2023年度本所支出合计 520.00 万元，较上年决算数减少 26.00 万元，下降 4.76%，"
            "主要原因是设备购置减少。其中：基本支出 416.00 万元，占 {share}。")
    assert run_prose(ShareMismatch, text.format(share="80.00%")) == []
    (d,) = run_prose(ShareMismatch, text.format(share="72.00%"))
    assert "416.00 ÷ 520.00 = 80.00%" in d.message() and d.severity is Severity.warning
    # a part after a second 其中 is a part of a part: its whole is not the paragraph's total
    nested = ("2.支出情况。2023年度本所支出合计 520.00 万元，其中：基本支出 416.00 万元，"
              "其中人员经费 300.00 万元，占 72.12%。")
    assert run_prose(ShareMismatch, nested) == []
    # two totals of the head noun before the 其中: which one is meant cannot be told
    two = ("2.支出情况。2023年度本所支出合计 520.00 万元，财政拨款支出 500.00 万元。"
           "其中：基本支出 416.00 万元，占 70.00%。")
    assert run_prose(ShareMismatch, two) == []


def test_a106_shares_made_up_to_100_of_parts_short_of_the_stated_total():
    """``本年收入合计 T，其中：a，占 x%；b，占 y%`` with x + y = 100 but a + b < T (other income
    left out): x is right of T, so T is the whole and only y, made up to 100%, is wrong."""
    text = ("2023年某镇中心卫生院本年收入合计480.00万元，与上年相比增加20.00万元；其中：财政拨款收入120.00万元，"
            "占25.00%，与上年相比增加10.00万元；事业收入300.00万元，占75.00%，与上年相比增加6.00万元。")
    (d,) = run_prose(ShareMismatch, text)
    assert "75.00%" in d.message() and "300.00 ÷ 480.00 = 62.50%" in d.message()
    right = text.replace("占75.00%", "占62.50%")
    assert run_prose(ShareMismatch, right) == []


THIS_YEAR_BASE = """示范县实验中学2023年度部门决算说明

三、支出决算情况说明

2023年度支出合计4200.00万元，其中：基本支出3360.00万元，占80.0%；项目支出840.00万元，占20.0%。

四、财政拨款收入支出决算总体情况说明

2023年度财政拨款收入总计3780.00万元，支出总计3780.00万元。

五、一般公共预算财政拨款支出决算情况说明

2023年度一般公共预算财政拨款支出3780.00万元，占本年支出的{rate}。
"""


def test_a106_a_share_of_this_years_spending_is_not_taken_of_a_total_with_the_balances():
    """``占本年支出的 90.0%`` after ``支出总计`` (the 财政拨款 total, carry-overs added): 本年支出 is the
    支出合计 stated earlier (modelled on a school's 决算), never a 总计."""
    assert run(ShareMismatch, THIS_YEAR_BASE.format(rate="90.0%")) == []
    [d] = run(ShareMismatch, THIS_YEAR_BASE.format(rate="95.0%"))
    assert d.code == "A106" and "4200.00" in d.message("zh") and d.location.line == 13
def test_a106_a_share_of_the_narrower_total_its_own_paragraph_states():
    """``一般公共预算财政拨款基本支出 700.00 万元，其中：人员经费 600.00 万元，占基本支出的 85.71%``:
    the 基本支出 the share names is the paragraph's own (the 财政拨款 one, 700), not the unit's
    whole 基本支出 (800) stated in an earlier paragraph. A share that fits neither is still reported."""
    text = ("示范县水利局2023年度部门决算说明\n\n三、支出决算情况说明\n\n本年支出合计1150.00万元，其中：基本支出800.00万元，"
            "占69.57%；项目支出350.00万元，占30.43%。\n\n五、一般公共预算财政拨款基本支出决算情况说明\n\n"
            "2023年一般公共预算财政拨款基本支出700.00万元，其中：人员经费600.00万元，占基本支出的85.71%；"
            "公用经费100.00万元，占14.29%。\n")
    assert [d for d in run(ShareMismatch, text) if d.severity is not Severity.rounding] == []
    wrong = text.replace("占基本支出的85.71%", "占基本支出的90.71%")
    assert len([d for d in run(ShareMismatch, wrong) if "90.71%" in d.message("zh")]) == 1


def test_a106_each_part_against_its_own_task_is_no_share_of_one_whole():
    """``甲部门完成 a 万元，占任务数的 57.2%；乙部门完成 b 万元，占任务数的 56.8%`` (modelled on a district's
    monthly revenue note): each figure is measured against its own task, plan or target, so the
    rates are completions, not shares of one whole, and may add up to more than 100%."""
    text = ("1-6月全区一般公共预算收入累计完成48210万元，同比增长8.2%。其中税务部门完成21530万元，"
            "占{whole}的57.2%；财政部门完成26680万元，占{whole}的56.8%。")
    for whole in ("任务数", "年度计划", "全年任务"):
        assert run_prose(ShareMismatch, text.format(whole=whole)) == []
    # shares of one whole that is no plan still add up to at most 100%
    assert run_prose(ShareMismatch, text.format(whole="全区收入")) != []


def test_a106_leaves_a_total_written_in_yuan_to_the_unit_slip():
    """``全年预算数 3156元，其中中央资金 2804万元，占 88.85%`` : the share is right of the digits as
    written, the total lost its 万 (U401 reports that slip as an error): one slip, one error, so A106
    stays quiet (held33 028). A share wrong of the digits too is still reported."""
    from perflint.checks.units import MoneyScale

    text = ("2023年设备更新补助项目资金全年预算数3156元:其中中央财政资金合计2804万元,占比88.85%;"
            "省级配套资金352万元,占比11.15%。")
    assert run_prose(ShareMismatch, text) == []
    assert [d.code for d in run_prose(MoneyScale, text)] == ["U401"]
    wrong = text.replace("88.85%", "78.85%")
    assert [d.location.column for d in run_prose(ShareMismatch, wrong)] != []


def test_a106_a_listed_parts_share_named_after_the_list():
    """``T，其中 a，b，非税收入占比 x%`` / ``税收占…收入的比重为 x%`` (modelled on a county's revenue
    summary): the share names one listed part and the total's own whole, so it is part ÷ T."""
    named = "全年一般公共预算收入完成80000万元，其中税收收入50000万元，非税收入30000万元，非税收入占比{r}%。"
    (d,) = run_prose(ShareMismatch, named.format(r="32.5"))
    assert "30000 ÷ 80000 = 37.50%" in d.message("zh")
    assert run_prose(ShareMismatch, named.format(r="37.5")) == []
    whole = ("全年一般公共预算收入完成80000万元，其中税收收入50000万元，非税收入30000万元，"
             "税收占一般公共预算收入的比重为{r}%。")
    (d,) = run_prose(ShareMismatch, whole.format(r="65.5"))
    assert "50000 ÷ 80000 = 62.50%" in d.message("zh")
    assert run_prose(ShareMismatch, whole.format(r="62.5")) == []
    # a share of another whole (the province's), or of a name no part has, is left alone
    other = whole.replace("税收占一般公共预算收入的比重", "税收占全省税收的比重")
    assert run_prose(ShareMismatch, other.format(r="3.5")) == []
    unnamed = named.replace("非税收入占比", "罚没收入占比")
    assert run_prose(ShareMismatch, unnamed.format(r="3.5")) == []


def test_a106_a_share_within_a_listed_part_is_not_the_parts_share():
    """``…，税收收入中增值税占比 40%`` / ``非税收入中专项收入占比 50%`` (fp38's probe of the named-share
    reading; both read as the listed part ÷ the list's total, two false errors): the share is of a
    piece inside the part, whose figure the list does not give."""
    inner = "全年一般公共预算收入完成1200万元，其中税收收入800万元，非税收入400万元，{name}占比{r}%。"
    assert run_prose(ShareMismatch, inner.format(name="税收收入中增值税", r="40")) == []
    assert run_prose(ShareMismatch, inner.format(name="非税收入中专项收入", r="50")) == []
    # the part's own name, shortened or whole, is still read
    (d,) = run_prose(ShareMismatch, inner.format(name="非税收入", r="25"))
    assert "400 ÷ 1200 = 33.33%" in d.message("zh")
