"""C738 vehicles-held-against-assets: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import VehiclesHeldAgainstAssets

from .._harness import run

# a county bureau's 决算说明 (modelled on how they are written, not copied): income, 三公, assets
REPORT = (
    "示范县水利局2023年度部门决算说明\n\n"
    "一、收入决算情况说明\n\n{income}\n\n"
    "二、“三公”经费支出决算情况说明\n\n{sangong}\n\n"
    "三、国有资产占用情况说明\n\n{assets}\n"
)
FUNDED = "本年收入合计 860.20 万元，其中：财政拨款收入 860.20 万元，占本年收入 100%；其他收入 0 万元，占本年收入 0%。"
MIXED = "本年收入合计 960.20 万元，其中：财政拨款收入 860.20 万元，占本年收入 89.6%；事业收入 100.00 万元，占本年收入 10.4%。"
HELD_0 = "公务用车运行维护费 0 万元。截至2023年12月31日，开支财政拨款的公务用车保有量 0 辆。"
HELD_3 = "公务用车运行维护费 6.30 万元。截至2023年12月31日，开支财政拨款的公务用车保有量 3 辆。"
FLEET_3 = "截至2023年12月31日，部门共有车辆 3 辆，其中：执法执勤用车 2 辆、其他用车 1 辆。"


def _lint(income: str, sangong: str, assets: str):
    return run(VehiclesHeldAgainstAssets, REPORT.format(income=income, sangong=sangong, assets=assets))


@pytest.mark.parametrize(("income", "sangong", "assets", "start"), [
    # wholly 财政拨款, yet fewer vehicles run on it than held
    (FUNDED, HELD_0, FLEET_3, "国有资产占用情况称共有车辆 3辆"),
    (FUNDED, "截至2023年12月31日，开支财政拨款的公务用车保有量1为1辆。", FLEET_3, "国有资产占用情况称共有车辆 3辆"),
    ("本部门收入全部为财政拨款，本年收入合计 860.20 万元。", HELD_0, "年末现有车辆 2 辆，均为执法执勤用车。",
     "国有资产占用情况称共有车辆 2辆"),
    # more held on 财政拨款 than held in all: whatever the income
    (MIXED, "截至年底，公务用车保有量 5 辆，当年购置公务用车 0 辆。", FLEET_3, "“三公”部分称公务用车保有量 5辆"),
    ("", "年末保有公务用车 4 辆。", "截至2023年12月31日，本部门共有车辆 3 辆。", "“三公”部分称公务用车保有量 4辆"),
    ("", "截至年底实有公务用车 5 辆。", "截至2023年12月31日，本部门共有车辆 3 辆。", "“三公”部分称公务用车保有量 5辆"),
])
def test_vehicles_held_against_the_assets(income, sangong, assets, start):
    [d] = _lint(income, sangong, assets)
    assert d.severity.name == "warning"
    assert d.message("zh").startswith(start)
    assert d.location.line == 13  # the assets' count; the 三公 count is the related place


@pytest.mark.parametrize(("income", "sangong", "assets"), [
    (FUNDED, HELD_3, FLEET_3),
    (FUNDED, "截至年底实有公务用车 3 辆。", FLEET_3),
    # fewer held on 财政拨款 while other income may run the rest
    (MIXED, HELD_0, FLEET_3),
    ("", HELD_0, FLEET_3),
    # last year's or a budgeted count is another quantity
    (FUNDED, HELD_3 + "上年公务用车保有量 5 辆。", FLEET_3),
    (FUNDED, HELD_3 + "2024年预算公务用车保有量 4 辆。", FLEET_3),
    # two counts held (机关 and 下属单位): which pairs with the assets is unknown
    (FUNDED, "机关公务用车保有量 1 辆，下属单位公务用车保有量 2 辆。", FLEET_3),
    # no assets total: a breakdown alone is not read
    (FUNDED, HELD_0, "其中：执法执勤用车 2 辆、其他用车 1 辆。"),
])
def test_vehicles_held_matching_the_assets_are_quiet(income, sangong, assets):
    assert _lint(income, sangong, assets) == []
