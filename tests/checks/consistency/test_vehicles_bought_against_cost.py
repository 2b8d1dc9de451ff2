"""C735 vehicles-bought-against-cost: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import VehiclesBoughtAgainstCost

from .._harness import run

# a 决算说明's 三公 paragraph (modelled on a county bureau's, not copied)
SANGONG = "示范县林业局2023年度部门决算说明\n\n五、“三公”经费支出决算情况说明\n\n{body}\n"


@pytest.mark.parametrize(("body", "key"), [
    # the count of vehicles held typed where the count bought belongs
    ("公务用车购置及运行维护费 12.6 万元，其中公车购置费 0 万元，公务用车运行维护费 12.6 万元。"
     "本年度使用一般公共预算财政拨款购置公务用车 3 辆，年末保有公务用车 3 辆。", "bought_free"),
    ("公务用车购置费 25.8 万元，公务用车运行维护费 6.2 万元。本年度购置（更新）公务用车 0 辆，年末保有 4 辆。", "paid_none"),
])
def test_vehicles_bought_against_their_cost(body, key):
    [d] = run(VehiclesBoughtAgainstCost, SANGONG.format(body=body))
    assert d.severity.name == "warning"
    assert d.message("zh").startswith("称购置公务用车" if key == "bought_free" else "购置费为")


@pytest.mark.parametrize("body", [
    "公务用车购置费 0 万元，公务用车运行维护费 12.6 万元。本年度购置公务用车 0 辆，年末保有公务用车 3 辆。",
    "公务用车购置费 25.8 万元，公务用车运行维护费 6.2 万元。本年度购置（更新）公务用车 1 辆，年末保有 4 辆。",
    # a budget, or last year's cost, is another quantity
    "公务用车购置费预算 0 万元，因执法工作需要，本年度购置公务用车 1 辆。",
    "上年公务用车购置费 20 万元，本年度购置公务用车 0 辆。",
    # two counts bought (two scopes): which one the cost answers is unknown
    "公务用车购置费 0 万元。使用财政拨款购置公务用车 0 辆，使用其他资金购置公务用车 1 辆。",
])
def test_vehicles_matching_their_cost_are_quiet(body):
    assert run(VehiclesBoughtAgainstCost, SANGONG.format(body=body)) == []
