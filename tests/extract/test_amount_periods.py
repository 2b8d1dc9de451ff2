"""The period before a figure, read from one scan per statement (amounts._Periods), is what
scanning the statement up to the figure finds (amounts.period_before), in any order of asking;
a figure's whole, found by bisection (amounts._with_parents), is what walking back finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from perflint.extract.amounts import (
    _PART_OF,
    LabelledAmount,
    _Periods,
    _with_parents,
    labelled_amounts,
    period_before,
)
from perflint.text.numbers import find_quantities, normalise
from perflint.text.sentences import statements

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


def _parents_by_walking(norm, facts, wholes):
    """The definition: for each fact, walk back over its sentence's earlier money figures to the
    first with a part word (其中, 含 …) between it and the end of the fact's label."""
    out = []
    for s, e in statements(norm):
        earlier = [w for w in wholes if s <= w[0] <= e]
        for fact in [f for f in facts if s <= f.label_start < e]:
            parent = None
            for end, name in reversed(earlier):
                if end > fact.label_start:
                    continue
                if any(w in norm[end:fact.label_start + len(fact.label)] for w in _PART_OF):
                    parent = name
                    break
            out.append((fact.label_start, parent))
    return out


CLAUSES = ["机构运行82.65万元", "，", "其中：", "基本支出50.00万元", "项目支出32.65万元", "含", "包含",
           "主要包括", "分别为", "即", "。", "；", "办公费1.2万元", "、", "\n", "（", "）", "合计"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAUSES), max_size=60))
def test_parents_by_bisection_are_the_walk(clauses):
    text = "".join(clauses)
    facts = labelled_amounts(text)
    norm = normalise(text)
    wholes = []
    for q in find_quantities(text):
        if q.is_money and q.relation is None:
            wholes.append((q.end, q.text))
    bare = [LabelledAmount(f.label, f.key, f.quantity, f.label_start, None, f.year, f.past) for f in facts]
    fast = _with_parents(norm, bare, wholes)
    assert [(f.label_start, f.parent) for f in fast] == _parents_by_walking(norm, bare, wholes)
