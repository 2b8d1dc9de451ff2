"""perflint.text.patterns.required_chars: a text holding none of the characters a pattern's every
match holds cannot match it (the screen spares searching a long union of wordings)."""

from __future__ import annotations

import functools
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
    for screen, chars, starts in (template_text._alternative_gate(), template_text._placeholder_gate(),
                                  template_text._instruction_gate()):
        assert screen is not None and chars is not None
        assert chars is screen_chars(screen.pattern, screen.flags)
        # each union is tried only where a match can begin: the first characters are known
        assert starts is not None and starts.wrapped() is not screen
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


@pytest.mark.parametrize("pattern,firsts", [
    (r"(?<![A-Za-z])[XＸ]{2,}(?![A-Za-z])", "XＸ"),
    (r"^\s*模板\s*$", ""),  # begins at the text's first offset only
    (r"\A\d+", ""),
    (r"(?:^|(?<=[\s|｜]))(?:对照|结合)说明", "对结"),
    (r"(?:[≥≤]|[<>]=?)\s*(?:[*＊]+\s*)?元", "≥≤<>"),
    (r"a?b", "ab"),
    (r"\bx", "x"),
    (r"a*", None),  # may be empty
    (r"\s*a", None),  # a class too wide to list
    (r"[^a]b", None),
    (r"(?i)ab", None),
    (r"(?i:a)b", None),
    (r"(?m)^ab", None),
    (r"[一-鿿]{2}", None),
    (r".a", None),
])
def test_first_chars(pattern, firsts):
    from perflint.extract import template_text

    found = template_text.first_chars(re.compile(pattern))
    assert found == (None if firsts is None else frozenset(firsts))


@pytest.mark.parametrize(("pattern", "expected"), [(r"(?:^|(?<=\s))(?:对照|结合)说明", frozenset("对结")),
                                                 (r"\s*a", None)])
def test_first_chars_kept_across_runs(tmp_path, monkeypatch, pattern: str, expected) -> None:
    """The first characters of a union (a set or None) are parsed once and read back by the next
    process's store, under a key of their own."""
    from perflint.extract import template_text
    from perflint.text import patterns

    monkeypatch.setattr(patterns, "_CODE_STORE", _store(tmp_path))
    assert template_text.first_chars(re.compile(pattern)) == expected
    assert patterns._CODE_STORE.entries()[("firsts", pattern, re.compile(pattern).flags)] == (expected,)
    patterns._CODE_STORE.write()
    monkeypatch.setattr(patterns, "_CODE_STORE", _store(tmp_path))
    monkeypatch.setattr(template_text, "_first_chars", lambda *args: pytest.fail("parsed again"))
    assert template_text.first_chars(re.compile(pattern)) == expected


_GATE_ALPHABET = ("（(）)【】[]［］×✕╳＊*XＸxｘ2020□…≤≥＜＞<>=%年月日元万个人次 \u3000\t\n|｜请填写说明根据实际情况进行调整细化"
                  "参考样表模板增加减少上年大于小于一二三、.．限字以内对照结合简要需公开单位部门编写项目名称用于主要有其中：，。")


@given(st.text(alphabet=_GATE_ALPHABET, max_size=40))
@settings(max_examples=600, deadline=None)
def test_the_started_unions_find_what_the_unions_find(text: str) -> None:
    """Tried only where a match can begin, each template union finds something in exactly the
    texts the union finds something in (template_text._started)."""
    for screen, _chars, starts in (template_text._alternative_gate(), template_text._placeholder_gate(),
                                   template_text._instruction_gate()):
        wrapped = starts.wrapped()  # (a run searches with the union itself at first)
        assert (wrapped.search(text) is None) == (screen.search(text) is None)
        assert (starts.search(text) is None) == (screen.search(text) is None)
        before = _wrapped_before(screen)  # the wrapping this one replaced
        assert (before.search(text) is None) == (wrapped.search(text) is None)
        for at in range(0, len(text), 7):  # and from inside the text, as the finders search
            assert (wrapped.search(text, at) is None) == (screen.search(text, at) is None)
            assert (before.search(text, at) is None) == (wrapped.search(text, at) is None)


@functools.cache
def _wrapped_before(screen: re.Pattern[str]) -> re.Pattern[str]:
    """The union tried where a match can begin as one pattern opening with an alternation
    (``(?:^|(?=[…]))(?:union)``), as template_text._started built it until the eighteenth
    session of speed work."""
    firsts = template_text.first_chars(screen)
    assert firsts is not None
    cls = "[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "]"
    return re.compile((r"(?:^|(?=" + cls + r"))" if firsts else "^") + "(?:" + screen.pattern + ")", screen.flags)


_WORDING_PIECES = ("预算执行情况口径", "尾数误差", "尾数", "误差", "（注）：", "注:", "备注：", "本表反映", "不设权重，酌情扣分",
                   "不设权重", "绩效自评覆盖率=", "评价总得分不得超过", "不作为必评指标", "定性指标计分原则")


@given(st.lists(st.one_of(st.sampled_from(_WORDING_PIECES),
                          st.text(alphabet="预算执行尾数误差注备本表反映权重（(）):：=＝ \n甲1", max_size=3)),
                max_size=8).map("".join))
@settings(max_examples=600, deadline=None)
def test_the_prescribed_wordings_are_found_where_their_union_finds_them(text: str) -> None:
    """template_passages.prescribed_words screens with its union tried only where a wording can
    begin: the same answer as the union's own search, and as each wording's."""
    screen = template_passages._screen()
    gate = template_passages._screen_gate()
    starts = gate[2]
    assert starts is not None and starts.wrapped() is not screen
    squeezed = template_passages.compact(text)
    expected = any(p.search(squeezed) for p in template_passages._template()[0])
    assert (screen.search(squeezed) is not None) == expected
    assert (starts.wrapped().search(squeezed) is not None) == expected
    assert (_wrapped_before(screen).search(squeezed) is not None) == expected
    assert template_passages.prescribed_words(text) == expected
