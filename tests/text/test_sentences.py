"""The statement around a position, found in windows searched backwards and forwards, is the one
a character-by-character walk finds (perflint.text.sentences.statement_start, statement_end)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from perflint.text.sentences import LONG_TEXT, STATEMENT_END, statement_around, statement_end, statement_start


def _walk(text: str, pos: int) -> int:
    """The definition: step back from ``pos`` until the character before is a statement end."""
    while pos > 0 and text[pos - 1] not in STATEMENT_END:
        pos -= 1
    return pos


def _walk_forward(text: str, pos: int) -> int:
    """The definition: step forward from ``pos`` until a statement end (or the text's end)."""
    while pos < len(text) and text[pos] not in STATEMENT_END:
        pos += 1
    return pos


TEXTS = st.text(alphabet=st.sampled_from(list("预算执行率万元，：、" + STATEMENT_END)), max_size=600)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_statement_start_is_the_walk(text, data):
    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert statement_start(text, pos) == _walk(text, pos)
    assert statement_end(text, pos) == _walk_forward(text, pos)


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.data())
def test_long_texts_bisect_their_stops_as_the_walk_finds(text, data):
    long = text * (LONG_TEXT // max(1, len(text)) + 2) if text else "预算" * LONG_TEXT
    for pos in data.draw(st.lists(st.integers(min_value=0, max_value=len(long)), max_size=10)):
        assert statement_start(long, pos) == _walk(long, pos)
        assert statement_end(long, pos) == _walk_forward(long, pos)


def test_long_statements_and_edges():
    long = "预算" * 5000 + "。" + "执行" * 3000
    for pos in (0, 1, 9_999, 10_000, 10_001, 10_500, len(long)):
        assert statement_start(long, pos) == _walk(long, pos)
        assert statement_end(long, pos) == _walk_forward(long, pos)
    assert statement_start("无标点的一句话", 7) == 0
    assert statement_around("甲。乙丙；丁", 3, 4) == (2, 4)
