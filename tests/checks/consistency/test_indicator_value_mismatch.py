"""C707 indicator-value-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import IndicatorValueMismatch

from .._harness import run
from ._drafts import project


@pytest.mark.parametrize(("narrative", "fires"), [
    ("农户满意度达到 92%。", False),
    ("农户满意度达到 97%。", True),
    ("农户满意度目标为 95%。", False),  # a target
    ("农户满意度较上年提高到 97%。", False),  # a comparison with last year
])
def test_indicator_value_mismatch(narrative, fires):
    assert bool(run(IndicatorValueMismatch, project(narrative))) == fires


def test_indicator_value_mismatch_by_short_name():
    text = project("资金全部到位，到位率 90%。").replace(
        "效益指标（40分）", "\t时效指标\t补贴资金到位率\t100%\t100%\t0\n效益指标（40分）")
    [d] = run(IndicatorValueMismatch, text)
    assert "补贴资金到位率" in d.message("zh") and "90%" in d.message("zh")
