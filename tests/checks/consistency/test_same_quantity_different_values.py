"""C702 same-quantity-different-values: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import SameQuantityDifferentValues

from .._harness import run
from ._drafts import REPORT, run_fixture


def test_same_quantity_message_and_related():
    [d] = run_fixture(SameQuantityDifferentValues, "bad_project.txt")
    assert "320 万元" in d.message("zh") and "300 万元" in d.message("zh")
    assert [r.location.line for r in d.related] == [13, 17]


@pytest.mark.parametrize("body", [
    # one statement against one: which is right is not known
    "图书购置资金 30 万元已到位。\n\n图书购置资金 32 万元全部支出。",
    # last year's figure
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。上年图书购置资金 25 万元。",
    # another year's figure
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。2021年图书购置资金 25 万元。",
    # a part of another total
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。借阅经费 50 万元，其中图书购置资金 20 万元。",
])
def test_same_quantity_quiet_cases(body):
    assert run(SameQuantityDifferentValues, REPORT.format(body=body)) == []


def test_same_quantity_fires_on_the_lone_value():
    body = "图书购置资金 30 万元已到位。\n\n图书购置资金 30 万元按合同支付。\n\n图书购置资金 36 万元全部支出。"
    [d] = run(SameQuantityDifferentValues, REPORT.format(body=body))
    assert d.location.line == 7 and "36 万元" in d.message("zh")
