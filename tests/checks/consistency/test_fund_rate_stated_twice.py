"""C737 fund-rate-stated-twice: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import FundRateStatedTwice

from .._harness import run

HEAD = "某区2024年度乡村振兴示范创建资金绩效自评报告\n一、基本情况\n"
# modelled on a blind audit's miss: a fund stated 100% executed, and a few sentences on its payments
# at another rate that its own figures give
WRONG = ("区级下达示范创建专项资金共计2000.00万元，执行率100%。各镇按先建后补方式组织实施，"
         "截至年底已拨付补助资金800.00万元，其余资金待验收后拨付，实际支出率40.00%。")


def test_c737_one_fund_at_two_rates():
    (d,) = run(FundRateStatedTwice, HEAD + WRONG + "\n")
    assert d.location.line == 3 and d.severity.name == "warning" and d.related
    assert "800.00万元 ÷ 2000.00万元 = 40.00%" in d.message("zh") and "100%" in d.message("zh")


def test_c737_a_rate_cut_at_its_last_digit_still_reads():
    text = WRONG.replace("800.00万元", "801.23万元").replace("40.00%", "40.06%")  # 40.0615%: cut, not rounded
    assert len(run(FundRateStatedTwice, HEAD + text + "\n")) == 1


@pytest.mark.parametrize("text", [
    WRONG.replace("执行率100%", "执行率40%"),  # the two rates agree
    WRONG.replace("执行率100%", "资金到位率100%"),  # arrived in full, spent in part: no contradiction
    WRONG.replace("40.00%", "40%"),  # a whole-number rate: too many quotients give it
    WRONG.replace("40.00%", "45.00%"),  # not the paid amount over the fund: another fund's rate
    # the rate not right after the fund's amount
    WRONG.replace("共计2000.00万元，执行率100%", "共计2000.00万元，覆盖9个村，执行率100%"),
])
def test_c737_quiet_when_the_rates_are_not_of_one_fund_or_agree(text: str):
    assert run(FundRateStatedTwice, HEAD + text + "\n") == []


# Modelled on a district's lottery-fund narrative: each project's fund is named with its amount in
# the overview, and the results item states each project's payment rate as 100% while the next
# sentence gives what was paid and its share of that fund.
NAMED = (
    "某区2024年度社会公益事业补助资金绩效自评报告\n一、项目概况\n"
    "下达补助资金300万元，分配至：示范镇河滨村文化广场及配套设施项目资金120万元、示范镇西山村步道提升工程项目资金180万元。\n"
    "二、绩效目标完成情况\n"
    "1.资金目标：（1）示范镇河滨村文化广场及配套设施项目资金拨付率100%。该项目按工程进度拨付，截至2024年6月已拨付工程款86.4万元，及时率72.00%；"
    "（2）示范镇西山村步道提升工程项目资金拨付率100%。该项目已完工，资金已全部拨付。\n"
)


def test_c737_a_fund_named_with_its_amount_elsewhere():
    (d,) = run(FundRateStatedTwice, NAMED)
    assert d.location.line == 5 and d.severity.name == "warning"
    assert "86.4万元 ÷ 120万元 = 72.00%" in d.message("zh")
    assert 3 in [r.location.line for r in d.related]
    # the message names the rate as the draft wrote it (拨付率), not as an execution rate
    assert "拨付率 100%" in d.message("zh") and "执行率" not in d.message("zh")


def test_c737_the_message_names_the_stated_rate_as_written():
    (d,) = run(FundRateStatedTwice, HEAD + WRONG + "\n")
    assert "执行率 100%" in d.message("zh")
    (d,) = run(FundRateStatedTwice, HEAD + WRONG.replace("执行率100%", "资金支付进度为100%") + "\n")
    assert "支付进度 100%" in d.message("zh") and "支付进度" in d.message("en")


@pytest.mark.parametrize("old, new", [
    ("及时率72.00%", "及时率100.00%"),  # the paid amount is not that share of the fund: quiet
    ("86.4万元", "120万元"),  # all of it paid: the rates agree
    ("拨付率100%", "到位率100%"),  # arrived, not paid: no contradiction
    # another fund's name: the rate is not tied to the amount named above
    ("（1）示范镇河滨村文化广场及配套设施项目资金拨付率", "（1）示范镇东湖村污水管网工程项目资金拨付率"),
])
def test_c737_a_named_fund_quiet_when_not_the_same_fund_or_the_rates_agree(old, new):
    assert run(FundRateStatedTwice, NAMED.replace(old, new, 1)) == []
