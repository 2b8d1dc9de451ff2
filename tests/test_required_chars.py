"""perflint.text.patterns.required_chars: a text holding none of the characters a pattern's every
match holds cannot match it (the screen spares searching a long union of wordings)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perflint.extract import template_passages, template_text
from perflint.text.patterns import required_chars, screen_chars


@pytest.mark.parametrize(("pattern", "expected"), [
    ("根[\\s\\u3000]*据", "根"),  # the first literal a match consumes
    ("[（(]\\s*参考\\s*[)）]", "（("),  # a small class: one of its characters
    ("(?:^|(?<=\\s))(?:请|说明)[^|]{0,8}字", "请说"),  # anchors and lookarounds consume nothing
    ("(?:三颗星|★+)为必填", "三★"),  # alternatives: one character of each
    ("^\\s*[一-鿿]{2,12}\\s*(?P<note>[（(]\\d+字[)）])$", "（("),  # a wide class tells nothing: the next item
    ("(?:甲)?乙", "乙"),  # an optional group tells nothing
    ("(?:甲|\\d)乙", "乙"),  # nor alternatives one of which tells nothing
])
def test_required_chars(pattern: str, expected: str) -> None:
    assert required_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", ["\\d+", "(?:甲)?", "[^甲]", ".", "(?i)x", "(?i:x)y?"])
def test_nothing_listed_when_the_pattern_does_not_tell(pattern: str) -> None:
    assert required_chars(pattern) is None
    assert screen_chars(pattern) is None


def test_ignore_case_flag() -> None:
    assert required_chars("x", re.IGNORECASE) is None


_PATTERNS = ["根[\\s\\u3000]*据实际", "[（(]\\s*(?:参考)?\\s*模板\\s*[)）]|^\\s*模板\\s*$",
             "(?:^|(?<=[\\s|｜]))(?:对照|请)[^|｜]{0,8}?[（(]\\s*\\d+\\s*字[)）]", "(?:三颗星|★+)(?:为|是)必填"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="根据实际模板请对照（()）字三颗星★为是必填 |12甲", max_size=30))
def test_a_text_without_them_never_matches(text: str) -> None:
    for pattern in _PATTERNS:
        screen = screen_chars(pattern)
        assert screen is not None
        if screen.search(text) is None:
            assert re.search(pattern, text) is None


def test_the_template_screens_are_screened() -> None:
    """The unions of the data files' wordings each have a screen (else the screen spares nothing)."""
    for screen, chars in (template_text._alternative_gate(), template_text._placeholder_gate(),
                          template_text._instruction_gate()):
        assert screen is not None and chars is not None
        assert chars is screen_chars(screen.pattern, screen.flags)
    screen = template_passages._screen()
    assert screen is not None and screen_chars(screen.pattern, screen.flags) is not None


def _store(folder):
    from perflint.text import patterns

    store = patterns._CodeStore()
    store.folder = folder
    return store


@pytest.mark.parametrize(("pattern", "expected"), [("(?:三颗星|★+)为必填", frozenset("三★")), ("\\d+", None)])
def test_kept_across_runs(tmp_path, monkeypatch, pattern: str, expected) -> None:
    """The answer (a set or None) is parsed once and read back by the next process's store."""
    from perflint.text import patterns

    monkeypatch.setattr(patterns, "_CODE_STORE", _store(tmp_path))
    assert required_chars.__wrapped__(pattern, 0) == expected
    patterns._CODE_STORE.write()
    monkeypatch.setattr(patterns, "_CODE_STORE", _store(tmp_path))
    monkeypatch.setattr(patterns, "_required_chars", lambda *args: pytest.fail("parsed again"))
    assert required_chars.__wrapped__(pattern, 0) == expected


def test_a_foreign_entry_is_parsed_again(tmp_path, monkeypatch) -> None:
    from perflint.text import patterns

    store = _store(tmp_path)
    store.entries()[("required", "甲乙", 0)] = ("not a set",)
    monkeypatch.setattr(patterns, "_CODE_STORE", store)
    assert required_chars.__wrapped__("甲乙", 0) == frozenset("甲")
