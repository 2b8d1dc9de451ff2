"""A piece of a text keeps the source anchors inside it (found by bisection, issue 10)."""

from __future__ import annotations

import random

from perflint.model import SourceText
from perflint.read.forms.cells import sub_text


def _reference(st: SourceText, start: int, end: int) -> list[tuple[int, int, int]]:
    line, column = st.position(start)
    return [(0, line, column)] + [(o - start, li, co) for o, li, co in st.anchors if start < o < end]


def test_a_piece_keeps_exactly_the_anchors_strictly_inside_it():
    rng = random.Random(5)
    for _ in range(300):
        value = "预算执行率" * rng.randint(1, 8)
        offsets = sorted(rng.sample(range(len(value)), rng.randint(1, min(6, len(value)))))
        st = SourceText(value, "d.txt", [(o, 10 + i, 1) for i, o in enumerate([0, *offsets[1:]])])
        start = rng.randint(0, len(value))
        end = rng.randint(start, len(value))
        piece = sub_text(st, start, end)
        assert piece.value == value[start:end]
        assert piece.anchors == _reference(st, start, end)
