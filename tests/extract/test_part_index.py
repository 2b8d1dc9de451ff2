"""Facts grouped by part in one pass (issue 10: no rule filters the document's facts per part)."""

from __future__ import annotations

from dataclasses import dataclass

from perflint.extract.part_index import by_part
from perflint.model import Part


@dataclass
class _Fact:
    part: Part
    n: int


def test_items_are_grouped_by_their_part_in_order_and_a_part_without_items_has_none():
    a, b, c = Part("甲", 1), Part("乙", 10), Part("丙", 20)
    facts = [_Fact(a, 1), _Fact(b, 2), _Fact(a, 3)]
    index = by_part(facts)
    assert [f.n for f in index[a]] == [1, 3] and [f.n for f in index[b]] == [2] and index[c] == []
    # parts are told apart by identity: two parts with equal titles and lines are two parts
    assert by_part([_Fact(Part("甲", 1), 4)])[a] == []


def test_the_part_can_be_read_another_way():
    a = Part("甲", 1)
    assert by_part([(a, "x")], part_of=lambda item: item[0])[a] == [(a, "x")]
