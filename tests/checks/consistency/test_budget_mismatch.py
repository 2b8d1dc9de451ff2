"""C705 budget-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import BudgetMismatch

from .._harness import run
from ._drafts import project


@pytest.mark.parametrize(("narrative", "fires"), [
    ("项目全年预算数为 40 万元，执行数为 38 万元。", False),
    ("项目全年预算数为 40 万元，执行数为 40 万元。", True),
    ("项目年初预算数为 30 万元，调整后预算数为 40 万元，执行数为 38 万元。", False),  # the adjusted budget
    ("上年预算数为 35 万元，执行数为 35 万元。", False),  # last year
    ("项目预算数为 400000 元，执行数为 380000 元。", False),  # the same in 元
    ("机关运行经费支出 30 万元，比年初预算数 20 万元增加 10 万元。", False),  # a comparison
])
def test_budget_mismatch(narrative, fires):
    assert bool(run(BudgetMismatch, project(narrative))) == fires
