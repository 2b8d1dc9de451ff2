"""Y508 basis-issued-after-year: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import BasisIssuedAfterYear

from .._harness import line_of
from ._drafts import ACCOUNTS, diagnostics


def test_y508_rule_issued_after_the_year():
    text = ACCOUNTS + "经费使用严格执行《某县因公临时出国经费管理办法》（某财行〔2024〕58号）等规定。\n"
    found = diagnostics(text, BasisIssuedAfterYear)
    assert [d.location.line for d in found] == [line_of(text, "〔2024〕58号")]


def test_y508_quiet_for_the_evaluation_notice_and_older_rules():
    text = ACCOUNTS + ("按照《关于开展2023年度部门整体支出绩效自评的通知》（某财绩〔2024〕7号）的部署开展自评。"
                       "经费使用严格执行《某县差旅费管理办法》（某财行〔2016〕12号）。\n")
    assert diagnostics(text, BasisIssuedAfterYear) == []


def test_y508_funds_notice_numbered_after_the_year_it_allocates():
    text = ACCOUNTS + "专项资金由《关于下达2023年公共文化服务补助资金的通知》（某财教〔2024〕31号）下达。\n"
    found = diagnostics(text, BasisIssuedAfterYear)
    assert [(d.location.line, d.key) for d in found] == [(line_of(text, "〔2024〕31号"), "funding")]


def test_y508_quiet_for_funds_advanced_or_settled():
    text = ACCOUNTS + ("专项资金由《关于提前下达2023年公共文化服务补助资金的通知》（某财教〔2022〕88号）下达，"
                       "《关于下达2023年公共文化服务补助资金的通知》（某财教〔2023〕5号）追加。"
                       "《关于下达2022年度公共文化服务补助清算资金的通知》（某财教〔2023〕9号）已执行。\n")
    assert diagnostics(text, BasisIssuedAfterYear) == []
