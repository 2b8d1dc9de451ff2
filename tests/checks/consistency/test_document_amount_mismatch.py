"""C723 document-amount-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import DocumentAmountMismatch

from .._harness import line_of, run

REPORT = """某县水利局2023年度水利发展资金绩效自评报告
一、资金来源
市财政局示财农〔2023〕10号文件下达我县2023年中央水利发展资金200万元。市财政局示财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》，下达我县2023年资金{first}。
二、资金使用
市财政局示财农〔2023〕10号文件下达我县2023年中央水利发展资金200万元，其中：中小河流治理150万元，小流域治理50万元。
市财政局示财农〔2023〕41号文件《关于下达2023年水利发展资金预算的通知》，下达我县2023年{second}。
"""


def test_c723_one_document_two_amounts():
    draft = REPORT.format(first="5万元", second="山洪灾害防治设施维养6万元")
    [d] = run(DocumentAmountMismatch, draft)
    assert d.severity.name == "warning"
    assert d.location.line == line_of(draft, "山洪灾害防治设施维养")
    assert [r.location.line for r in d.related] == [3]
    assert "〔2023〕41号" in d.message("zh") and "5万元" in d.message("zh")


@pytest.mark.parametrize("first,second", [
    ("6万元", "山洪灾害防治设施维养6万元"),   # the part equals the whole
    ("8万元", "山洪灾害防治设施维养6万元"),   # a part within the whole
    ("6万元", "资金6万元"),                   # the same amount twice
    ("5万元", "山洪灾害防治设施维养3万元、水文站维护3万元"),  # a list: parts, not read
])
def test_c723_quiet_cases(first, second):
    assert run(DocumentAmountMismatch, REPORT.format(first=first, second=second)) == []


def test_c723_the_same_amount_twice_differs():
    draft = REPORT.format(first="5万元", second="资金6万元")
    assert len(run(DocumentAmountMismatch, draft)) == 1
