"""The screens in front of the table and prose readers pass by only what the readers would not
use (issue 11: throughput).

Each screen is compared with the reader it spares, on random text made of the characters the
reader cares about: a text the screen passes by must give the reader nothing.
"""

from __future__ import annotations

from unittest import mock

import pytest

from perflint import data
from perflint.extract import prose_rates
from perflint.extract.budget_statements import statement_figures
from perflint.text.numbers import money_mark, money_per_unit, normalise, quantities
from perflint.text.sentences import sentences, statements

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

CHECK = settings(max_examples=300, deadline=None)


def pieces(*chars: str, max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(chars), max_size=max_size).map("".join)


_FIGURES = ("12", "3.5", "0.53", "100", "万", "亿", "元", "万元", "千", "百万", "余", "多", "%", "人", "次",
            "占", "总", "支出", "的", "，", "。", "；", " ", "\n", "≥", "约", "为", "公务接待费", "年")


def test_money_mark_is_held_by_every_money_unit():
    spellings = list(data.load("units")["money"])
    assert money_mark() == "元"
    assert all(money_mark() in s for s in spellings)


@CHECK
@given(pieces(*(p for p in _FIGURES if "元" not in p)))
def test_a_text_without_the_money_mark_holds_no_money(text: str):
    assert not any(q.is_money for q in quantities(text))


@CHECK
@given(pieces(*_FIGURES, "分别", "各", "比重"))
def test_share_screens_pass_by_only_texts_without_shares(text: str):
    for lead in (prose_rates._BARE_LEAD, prose_rates._CLAIM_LEAD):
        screen = prose_rates._share_screen(lead)
        assert screen is not None and screen.pattern == "[占]"
    with mock.patch.object(prose_rates, "_holds_no_share", lambda norm, leads: False):  # the readers unscreened
        bare, claims = prose_rates.bare_shares(text), prose_rates._read_share_claims(text)
    assert prose_rates.bare_shares(text) == bare
    assert prose_rates._read_share_claims(text) == claims
    if "占" not in text:
        assert bare == [] and claims == []


def test_shares_still_read_past_the_screen():
    found = prose_rates.bare_shares("公务接待费 0.53 万元，占 31%；公务用车运行费 1.18 万元，占 69%。")
    assert [c.rate.value for c in found] == [31, 69]
    claims = prose_rates.share_claims("项目支出 60 万元，占部门总支出 200 万元的 30%。")
    assert [(c.rate.value, c.whole.value) for c in claims] == [(30, 200)]


def test_money_per_unit_remembered_answer_is_the_reading():
    assert money_per_unit("≤1.50万元/场")[1] == "场"
    assert money_per_unit("≤1.50万元/场") is money_per_unit("≤1.50万元/场")
    assert money_per_unit("95%") is None
    assert money_per_unit("48元")[1] == ""


_SENTENCE_PIECES = ("12", "3.5", "1,101.35", "0", "万元", "元", "万", "余", "%", "人次", "年", "号", "≥", "不低于", "-",
                    "+", "约", "。", "！", "？", "!", "?", "；", "\n", " ", "　", "（", "）", "A", "第", "．", "预算")


def _figures(found) -> list[tuple]:
    return [(q.value, q.unit, q.kind, q.relation, q.text, q.scale, q.decimals, q.approximate) for q in found]


@CHECK
@given(pieces(*_SENTENCE_PIECES, max_size=40))
def test_a_sentence_holds_the_figures_of_the_whole_text_that_stand_in_it(text: str):
    """What ``table_amounts._rows_quoted`` relies on: a sentence's figures read alone are the
    whole text's figures that start in it (a stop is no blank, no unit, no part of a figure)."""
    norm = normalise(text)
    whole = quantities(text)
    for start, end in sentences(norm):
        alone = quantities(text[start:end])
        assert _figures(alone) == _figures([q for q in whole if start <= q.start < end])


@CHECK
@given(pieces(*_SENTENCE_PIECES, max_size=40))
def test_statement_figures_are_the_statement_read_alone(text: str):
    """C705's statements take their figures from the paragraph's (moved to the statement's
    offsets): the same figures, to every field, as the statement read alone; a text with a line
    break (a blank a relation word reaches over) is read statement by statement."""
    for start, end in statements(text):
        assert statement_figures(text, start, end) == quantities(text[start:end])


def test_a_relation_word_reaches_over_a_line_break():
    text = "指标值不低于\n90%"
    assert quantities(text)[0].relation == "≥"  # read whole, the line's figure has the relation
    start, end = statements(text)[1]
    assert quantities(text[start:end])[0].relation is None  # read alone, it has none
    assert statement_figures(text, start, end)[0].relation is None
