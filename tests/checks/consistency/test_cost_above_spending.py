"""C714 cost-above-spending: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import CostAboveSpending

from .._forms import ONE_LINE, ONE_LINE_GOOD, run_flat


def test_cost_indicator_above_the_money_spent():
    text = ONE_LINE.format(**{**ONE_LINE_GOOD, "total": "60万 60万 50万 10 83.33% 8.33", "part": "60万 60万 50万"})
    text = text.replace("养护成本 ≤60万元 58万元", "养护成本 ≤60万元 48万元")
    assert run_flat(CostAboveSpending, text=text) == []
    text = text.replace("养护成本 ≤60万元 48万元", "养护成本 ≤60万元 60万元")
    [diag] = run_flat(CostAboveSpending, text=text)
    assert "超过本表全年执行数 50万" in diag.message("zh") and diag.severity.name == "warning"
