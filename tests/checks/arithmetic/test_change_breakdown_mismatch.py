"""A108 change-breakdown-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ChangeBreakdownMismatch

from perflint.diagnostics import Severity

from ._drafts import run_prose


def test_a108_changes_of_the_parts_add_up_to_the_change_of_the_whole():
    whole = "2023年度“三公”经费财政拨款支出合计12.40万元,同比减少3.20万元。"
    parts = ("其中:因公出国(境)费0万元,同比减少0万元,主要是无出国安排。公务用车运行维护费8.10万元,同比减少2.90万元。"
             "公务接待费4.30万元,同比减少0.50万元,主要是压缩接待。")
    (d,) = run_prose(ChangeBreakdownMismatch, whole, parts)
    assert d.severity is Severity.warning and "0 − 2.90 − 0.50 = −3.40 ≠ 总数增减额 −3.20" in d.message()
    assert run_prose(ChangeBreakdownMismatch, whole.replace("3.20", "3.40"), parts) == []
    # a part stated twice with different figures makes the passage ambiguous: quiet
    assert run_prose(ChangeBreakdownMismatch, whole, parts + "公务接待费5.00万元,同比减少0.20万元。") == []


def test_a108_basic_spending_explained_by_the_changes_of_its_economic_classes():
    """A 预算说明 states 基本支出's change and, one numbered line each, the changes of 工资福利支出,
    商品和服务支出 and 对个人和家庭的补助 — changes alone, without this year's figures."""
    lines = ["2024年基本支出预算较上年增 23.40 万元，增幅 12.10%。主要变动原因如下：",
             "1.工资福利支出较上年增 20.10 万元，增 14.20%。主要原因是调整工资标准。",
             "2.商品和服务支出较上年减 1.20 万元，减 3.50%。主要原因是压减公用经费。",
             "3.对个人和家庭补助支出较上年增加 6.50 万元，增幅 18.00%。主要原因是退休人员增加。"]
    (d,) = run_prose(ChangeBreakdownMismatch, *lines)
    assert "20.10 − 1.20 + 6.50 = 25.40 ≠ 总数增减额 23.40" in d.message() and d.severity is Severity.warning
    right = [lines[0].replace("23.40", "25.40"), *lines[1:]]
    assert run_prose(ChangeBreakdownMismatch, *right) == []
    # a class left out (one line only): the parts are not all there, nothing to add up
    assert run_prose(ChangeBreakdownMismatch, lines[0], lines[1]) == []


NESTED = [
    "2023 年度收、支总计均为 862.40 万元。与 2022 年度相比，收、支总计各减少 36.10 万元，下降 4.0%。",
    "2023 年度支出合计 862.40 万元，与 2022 年度相比，支出合计减少 9.60 万元，下降 1.1%。",
    "2023年度一般公共预算财政拨款支出862.40万元，占本年支出合计的100%。与2022年度相比，"
    "一般公共预算财政拨款支出减少{change}万元，下降{rate}%。",
]


def test_a108_a_part_whose_change_puts_last_year_above_its_whole():
    """一般公共预算财政拨款支出 is all of this year's spending; its fall of 36.10 (the 收支总计's,
    copied) would make last year's 一般公共预算 spending 898.50, above last year's 支出合计 872.00."""
    wrong = [*NESTED[:2], NESTED[2].format(change="36.10", rate="4.0")]
    (d,) = [d for d in run_prose(ChangeBreakdownMismatch, *wrong) if d.key == "part_above_whole"]
    assert d.severity is Severity.warning and d.location.line == 9
    assert "862.40 + 36.10 = 898.50万元" in d.message() and "支出合计上年 862.40 + 9.60 = 872.00万元" in d.message()
    assert [r.location.line for r in d.related] == [7]
    right = [*NESTED[:2], NESTED[2].format(change="9.60", rate="1.1")]
    assert run_prose(ChangeBreakdownMismatch, *right) == []


def test_a108_a_part_below_its_whole_last_year_is_quiet():
    """A part that fell less than its whole (it was smaller last year) is no contradiction, nor is
    the 收支总计 falling more than the 支出合计 (年末结转 changes too)."""
    fine = [*NESTED[:2], NESTED[2].format(change="5.20", rate="0.6")]
    assert run_prose(ChangeBreakdownMismatch, *fine) == []
    # an increase of the part larger than the whole's: last year the part was smaller, fine
    up = ["2023 年度支出合计 500.00 万元，比上年增加 10.00 万元。",
          "2023 年度一般公共预算财政拨款支出 480.00 万元，比上年增加 30.00 万元。"]
    assert run_prose(ChangeBreakdownMismatch, *up) == []
    # compared with the budget, not with last year: not read
    budget = ["2023 年度支出合计 500.00 万元，比上年减少 10.00 万元。",
              "2023 年度一般公共预算财政拨款支出 500.00 万元，比年初预算减少 30.00 万元。"]
    assert run_prose(ChangeBreakdownMismatch, *budget) == []


def test_a108_a_fund_part_above_the_fiscal_total_last_year():
    """政府性基金预算财政拨款支出 is part of 财政拨款本年支出 too (its 预算 names the fund, no budget)."""
    text = ["2023 年度财政拨款本年支出 300.00 万元，比上年减少 20.00 万元。",
            "2023 年度政府性基金预算财政拨款支出 300.00 万元，比上年减少 {x} 万元。"]
    (d,) = run_prose(ChangeBreakdownMismatch, text[0], text[1].format(x="50.00"))
    assert "350.00万元" in d.message() and "320.00万元" in d.message()
    assert run_prose(ChangeBreakdownMismatch, text[0], text[1].format(x="20.00")) == []


def test_a108_basic_spending_above_the_year_total_last_year():
    """基本支出 is part of 本年支出合计: it cannot have been larger last year."""
    total = "2023 年度本年支出合计 640.00 万元，比上年增加 40.00 万元，增长 6.67%。"
    part = "2023 年度基本支出 600.00 万元，比上年减少 {x} 万元。"
    (d,) = run_prose(ChangeBreakdownMismatch, total, part.format(x="12.00"))
    assert "612.00万元" in d.message() and "600.00万元" in d.message()
    assert run_prose(ChangeBreakdownMismatch, total, part.format(x="0")) == []


def test_a108_a_part_stated_unchanged_in_words_is_a_change_of_zero():
    """A 预算说明's “三公”经费 paragraph says of a part `较上年无增减` / `与上年持平` instead of a
    figure: that part changed by 0, so the other parts' changes alone must make the whole's."""
    text = ("2024年“三公”经费预算8.20万元,比上年减少0.60万元。其中:因公出国(境)费用0万元,较上年无增减;"
            "公务接待费0.80万元,与上年持平;公务用车运行维护费7.40万元,比上年减少1.20万元,主要是压减用车开支。")
    (d,) = run_prose(ChangeBreakdownMismatch, text)
    assert d.severity is Severity.warning and "0 − 1.20 + 0 = −1.20 ≠ 总数增减额 −0.60" in d.message()
    assert run_prose(ChangeBreakdownMismatch, text.replace("减少0.60", "减少1.20")) == []
    # an unchanged part is not a zero change when its words say something else (`较上年增加`)
    assert run_prose(ChangeBreakdownMismatch, text.replace("与上年持平", "较上年增加0.60万元")) == []


def test_a108_a_part_left_out_at_zero_cannot_make_up_the_whole_change():
    """A township's “三公”经费 without its 因公出国(境)费 (modelled on a 决算 whose listed parts make up
    the whole's level, so the part left out is 0 this year and could only have fallen): against the
    budget, the listed parts fell by more than the whole did — a part at 0 cannot make that up."""
    whole = "2024年度“三公”经费36.40万元，较上年减少12.30万元，较年初预算数减少3.10万元。"
    parts = ("其中：公务用车购置及运行维护费20.20万元，较上年减少9.50万元，较年初预算数减少3.10万元；"
             "公务接待费16.20万元，较上年减少2.40万元，较年初预算数减少1.00万元。")
    (d,) = run_prose(ChangeBreakdownMismatch, whole, parts)
    assert d.severity is Severity.warning and d.key == "partial"
    assert "−3.10 − 1.00 = −4.10" in d.message() and "较预算" in d.message()
    # on last year the whole fell by more than the listed parts: the part left out fell by 0.40
    assert run_prose(ChangeBreakdownMismatch, whole.replace("减少3.10万元。", "减少4.10万元。"), parts) == []
    # a part left out that holds a level this year (the listed ones fall short of 36.40): anything goes
    assert run_prose(ChangeBreakdownMismatch, whole.replace("36.40", "38.40"), parts) == []


def test_a108_changes_against_the_budget_with_every_part():
    whole = "2024年度“三公”经费36.40万元，较年初预算数减少3.10万元。"
    parts = ("其中：因公出国(境)费0万元，较年初预算数减少0万元；公务用车购置及运行维护费20.20万元，较年初预算数减少2.10万元；"
             "公务接待费16.20万元，较年初预算数减少1.50万元。")
    (d,) = run_prose(ChangeBreakdownMismatch, whole, parts)
    assert d.key == "budget" and "−3.60 ≠ 总数较预算增减额 −3.10" in d.message()
    assert run_prose(ChangeBreakdownMismatch, whole.replace("3.10", "3.60"), parts) == []


def test_a108_a_part_whose_change_names_the_part_again():
    """``公务接待费4.30万元,公务接待费同比减少0.50万元`` (modelled on a 决算说明 that repeats each part's
    name before its change): the part's change all the same."""
    whole = "2023年度“三公”经费财政拨款支出合计12.40万元,同比减少3.20万元。"
    parts = ("其中:因公出国(境)费0万元,同比减少0万元。公务用车运行维护费8.10万元,同比减少2.90万元。"
             "公务接待费4.30万元,公务接待费同比减少0.50万元。")
    (d,) = run_prose(ChangeBreakdownMismatch, whole, parts)
    assert "0 − 2.90 − 0.50 = −3.40 ≠ 总数增减额 −3.20" in d.message()
    assert run_prose(ChangeBreakdownMismatch, whole.replace("3.20", "3.40"), parts) == []
