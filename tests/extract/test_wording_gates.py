"""The finders a text cannot feed are not called, and the answer is the same.

A finder of :class:`perflint.extract.wording.TextFacts` that declares what a text must hold
(``needs``: one character of each string) is skipped for a text without it, its empty answer
read from the text's class (issue 11: throughput). ``needs`` copies the finder's own first test;
these tests hold every gated answer to the finder's, on every line of our drafts and on random
text made of the characters the gates and finders care about, so a finder that comes to find
something the gate would hide fails here.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from perflint.extract import wording
from perflint.extract.wording import DIGIT, TextFacts, _Finding, text_facts

ROOT = Path(__file__).resolve().parents[2]


def _gated() -> dict[str, _Finding]:
    """The findings with a gate (a declared one, or one a function gives from the finder's screen)."""
    gated = {attr for attr, _groups, _empty in wording._gated()}
    return {attr: f for attr, f in vars(TextFacts).items() if isinstance(f, _Finding) and attr in gated}


def _direct(f: _Finding, text: str):
    return f.shape(getattr(importlib.import_module(f.module), f.name)(text))


def _lines() -> list[str]:
    texts: set[str] = set()
    for path in [*sorted((ROOT / "tests" / "fixtures").rglob("*.txt")), *sorted((ROOT / "examples").glob("*.txt"))]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line:
                texts.add(line)
                texts.update(cell.strip() for cell in line.split("|") if cell.strip())
    return sorted(texts)


def test_some_finders_are_gated() -> None:
    gated = _gated()
    assert {"malformed_years", "glued_units", "rate_statements", "tiny_funds", "placeholders", "empty_slots",
            "template_alternatives", "template_instructions", "indicator_placeholders"} <= set(gated)
    for _attr, groups, _empty in wording._gated():
        assert groups and all(groups)


def test_gated_answers_are_the_finders_on_every_line_of_our_drafts() -> None:
    lines = _lines()
    assert len(lines) > 1000
    gated = _gated()
    wrong = [(attr, text) for text in lines for attr, f in gated.items()
             if getattr(wording.TextFacts(text), attr) != _direct(f, text)  # the finder, through the descriptor
             or getattr(text_facts(text), attr) != _direct(f, text)]
    assert not wrong, wrong[:5]
    # and the gates do skip: most lines hold what few of the finders need
    skipped = sum(1 for text in lines for attr in gated if attr in vars(type(text_facts(text))))
    assert skipped > len(lines)


def test_a_text_without_the_needed_characters_never_calls_the_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    called = []
    monkeypatch.setattr("perflint.extract.slips.zai_for_zai", lambda text: called.append(text) or [])
    f = vars(TextFacts)["zai_for_zai"]
    monkeypatch.setattr(f, "finder", None)  # looked up again on first use
    assert text_facts("已在先期完成测算工作的基础上").zai_for_zai == ()  # 在 and 先: asked
    assert called == ["已在先期完成测算工作的基础上"]
    assert text_facts("在完成测算工作的基础上").zai_for_zai == ()  # no 先: not asked
    assert called == ["已在先期完成测算工作的基础上"]
    plain = text_facts("项目资金到位情况良好")  # no digit, no percent sign
    assert "rate_statements" in vars(type(plain)) and plain.rate_statements == ()


def test_the_digit_gate_reads_full_width_digits() -> None:
    found = text_facts("公开时间:２０２３９２１").misread_years
    assert found and found == tuple(wording.TextFacts("公开时间:２０２３９２１").misread_years)


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CHARS = sorted({c for _attr, groups, _empty in wording._gated() for g in groups if DIGIT not in g for c in g}
                | set("0123456789０１２３４５６７８９.,%：:，。；、（）() 年月日度号元万人次其中上按为/将把在先再“”‘’\"'-—")
                | set("资金预算完成率支出减少增长下降比较同期合计名户个项百分点比"))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CHARS), max_size=40).map("".join))
def test_gated_answers_are_the_finders_on_random_text(text: str) -> None:
    for attr, f in _gated().items():
        assert getattr(text_facts(text), attr) == _direct(f, text), attr


def test_the_class_of_a_set_of_characters_gates_exactly_the_finders_it_starves() -> None:
    """A text's class (told by the groups its characters meet, as bits) answers a finder empty
    exactly when the text holds no character of one of the finder's groups: the loop over every
    finder's groups it replaced, on random sets of the gates' characters."""
    import random

    gates = wording._Gates()
    alphabet = sorted({c for _attr, groups, _empty in gates.gated for g in groups for c in g}) + ["x", "中"]
    rng = random.Random(11)
    sets = [frozenset()] + [frozenset(rng.sample(alphabet, rng.randint(1, 12))) for _ in range(3000)]
    sets += [frozenset(g) for _attr, groups, _empty in gates.gated for g in groups] + [frozenset(alphabet)]
    for held in sets:
        cls = gates._subclass(held)
        for attr, groups, empty in gates.gated:
            starved = any(g.isdisjoint(held) for g in groups)
            answered = attr in vars(cls) and not isinstance(vars(cls)[attr], _Finding)
            assert answered == starved, (attr, sorted(held))
            if starved:
                assert vars(cls)[attr] == empty
        assert gates._subclass(held) is cls  # the same class again
