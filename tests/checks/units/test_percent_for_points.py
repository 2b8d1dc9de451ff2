"""U408: a change between two rates written in % where it is their difference in 百分点."""

from __future__ import annotations

import pytest
from perflint.checks.units import PercentForPoints

from .._harness import run
from ._drafts import HEAD


@pytest.mark.parametrize("sentence", [
    "城乡居民医保参保率96.30%，较上年的95.10%提高1.20%。",
    "考核得分率由82%提高到96%，提高14%。",
    "基本支出占比60%，比上年的50%增长10%。",
])
def test_a_difference_of_rates_in_percent_fires(sentence):
    found = run(PercentForPoints, HEAD + sentence + "\n")
    assert [d.code for d in found] == ["U408"]


@pytest.mark.parametrize("sentence", [
    "城乡居民医保参保率96.30%，较上年的95.10%提高1.20个百分点。",
    "城乡居民医保参保率96.30%，较上年的95.10%提高1.26%。",  # relative to last year
    "考核得分率由92%提高到96%，提高4%。",  # 4 ÷ 92 = 4.35%: both readings round to 4%
    "支出占比30%，其中人员经费占20%，增长10%。",  # parts of one whole, no comparison
])
def test_points_or_a_relative_change_stay_quiet(sentence):
    assert run(PercentForPoints, HEAD + sentence + "\n") == []
