"""Patterns compiled with the class of their first characters (perflint.text.patterns.
_code_with_firsts) find exactly what ``re.compile``'s find: the class only tells the engine's
search loop where a match may begin, so each pattern perflint compiles in a run of the examples
is compared with ``re.compile``'s on texts made of its own characters."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from perflint.testing import lint_file  # noqa: E402
from perflint.text import patterns  # noqa: E402
from perflint.text.patterns import _code_with_firsts, compile_pattern  # noqa: E402

pytestmark = pytest.mark.skipif(patterns._sre is None, reason="CPython's compiler internals only")

EXAMPLES = Path(__file__).parents[1] / "examples"


def _with_firsts(pattern: str, flags: int = 0) -> bool:
    parsed = patterns._parser.parse(pattern, flags)
    return _code_with_firsts(parsed, flags) != patterns._compiler._code(parsed, flags)


@pytest.mark.parametrize("pattern", [
    r"(?<![\d.\-/])(?P<y>(?:19|20)\d(?:\d\d)?)\s*年",  # a lookbehind first
    r"((?:19|20)\d{2})\s*年|上年|去年",  # an alternation opening with a group
    r"[,:;、。，：；]{2,}", r"\s+", r"\s*[-+\d]",  # a repeat first
    r"(?:^|(?<=[\s|｜]))(?:对照|请)",  # an anchor in an alternation
    r"(?<=\d),(?=\d{3}(?!\d))",
])
def test_patterns_the_engine_had_nothing_to_skip_by_get_their_first_characters(pattern: str) -> None:
    assert _with_firsts(pattern)


@pytest.mark.parametrize(("pattern", "flags"), [
    ("abc", 0), ("[ab]c", 0), ("上年|去年", 0),  # re lists these itself
    ("^abc", 0), (r"\Aabc", 0),  # tried at the first offset only
    ("a*", 0), (r"(?:\d+)?年?", 0),  # may match the empty string
    ("[^x]y", 0), (".y", 0), (r"(a)\1", 0),  # a first character not listed
    (r"\s+k", re.IGNORECASE), (r"(?i:k)x", 0),  # case folded
])
def test_patterns_left_as_re_compiles_them(pattern: str, flags: int) -> None:
    assert not _with_firsts(pattern, flags)
    assert compile_pattern(pattern, flags) == re.compile(pattern, flags)


@functools.cache
def _run_patterns() -> tuple[tuple[str, int, str], ...]:
    """Every pattern a run over the examples compiles through compile_pattern, with the
    characters its source names (its literals, for texts that reach far into it)."""
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix in (".txt", ".md", ".yaml"):
            lint_file(path)
    found = []
    for (pattern, flags), compiled in sorted(patterns._COMPILED.items()):
        if compiled != re.compile(pattern, flags):
            chars = "".join(sorted({ch for ch in pattern if not ch.isascii() or ch.isalnum() or ch in ",.:;-+%()/ "}))
            found.append((pattern, flags, chars))
    return tuple(found)


def _spans(p: re.Pattern[str], text: str, pos: int) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in p.finditer(text, pos)]


def test_a_run_compiles_patterns_with_their_first_characters() -> None:
    assert len(_run_patterns()) > 50


@given(st.data())
@settings(max_examples=150, deadline=None)
def test_each_pattern_of_a_run_finds_what_re_compile_finds(data) -> None:
    for pattern, flags, chars in _run_patterns():
        text = data.draw(st.text(alphabet=chars + "12０９年 \n，。甲x", max_size=30), label=pattern[:40])
        mine, plain = compile_pattern(pattern, flags), re.compile(pattern, flags)
        for pos in (0, len(text) // 2):
            assert _spans(mine, text, pos) == _spans(plain, text, pos), pattern
            assert (mine.search(text, pos) is None) == (plain.search(text, pos) is None)
        assert mine.sub("#", text) == plain.sub("#", text)
        assert mine.split(text) == plain.split(text)


@pytest.mark.parametrize("pattern", [r"\d\s*万元", r"[\s\d（(]x", r"\s*[-+\d]", r"(?:^|\s)第", r"[\w，]+年", r"\D\S"])
def test_categories_in_the_first_characters_are_spelt_out(pattern: str) -> None:
    """A category of the first characters becomes ranges (one table lookup a character tested)."""
    assert _with_firsts(pattern)  # re's own class (\d…, [\s\d（(]…) too
    text = "12 万元 ٣万元\u3000x（x 第 \U000104a0\U000104a1年 𝟙年 ab，年\u2028第"
    mine, plain = compile_pattern(pattern), re.compile(pattern)
    for pos in range(len(text)):
        assert _spans(mine, text, pos) == _spans(plain, text, pos)


@pytest.mark.parametrize("source", [r"\d", r"\D", r"\s", r"\S", r"\w", r"\W"])
@pytest.mark.parametrize("flags", [0, re.ASCII])
def test_a_spelt_out_category_takes_what_re_takes(source: str, flags: int) -> None:
    c = patterns._parser
    category = next(av for op, av in c.parse(f"[{source}]", flags)[0][1] if op is c.CATEGORY)
    spans = patterns._category_spans(category, flags & re.ASCII)
    assert spans[-1] == (0x10000, 0x10FFFF)  # every character past the plane: a superset there
    taken = {ch for lo, hi in spans[:-1] for ch in range(lo, hi + 1)}
    one = re.compile(f"[{source}]", flags)
    assert taken == {ch for ch in range(0x10000) if one.fullmatch(chr(ch))}
