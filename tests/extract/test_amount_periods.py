"""The period before a figure, read from one scan per statement (amounts._Periods), is what
scanning the statement up to the figure finds (amounts.period_before), in any order of asking."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from perflint.extract.amounts import _Periods, period_before

PIECES = ["2023年", "2022 年", "2021\n年", "上年", "上年度", "同期", "本年", "本年度", "今年", "以前年度",
          "支出", "30万元", "，", "。", "；", "\n", " ", "2", "年", "度", "上"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80), st.data())
def test_one_scan_per_statement_is_the_scan_to_each_figure(pieces, data):
    norm = "".join(pieces)
    positions = data.draw(st.lists(st.integers(min_value=0, max_value=len(norm)), max_size=20))
    periods = _Periods(norm)
    for pos in [*sorted(positions), *positions]:  # in text order, then in any order
        assert periods.before(pos) == period_before(norm, pos), (norm, pos)


def test_a_statement_without_a_stop_is_scanned_once():
    norm = "2024年基本支出480.00万元，上年支出400.00万元，" * 2000
    periods = _Periods(norm)
    for pos in range(0, len(norm), 997):
        assert periods.before(pos) == period_before(norm, pos)
    assert len(periods._scans) == 1
