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
