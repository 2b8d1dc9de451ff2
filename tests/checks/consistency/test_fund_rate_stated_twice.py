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
