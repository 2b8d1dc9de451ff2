"""Rules written as data: the schema is enforced with a message naming the file and the rule,
and each kind of rule runs as a check."""

from __future__ import annotations

import copy

import pytest

from perflint.check import Context
from perflint.datarules import RuleDataError, checks_from
from perflint.read.text import parse_text

BASE = {
    "code": "B399", "name": "demo-phrase", "family": "boilerplate", "severity": "warning",
    "kind": "existence", "title": {"zh": "示例", "en": "demo"},
    "message": {"zh": "“{match}”", "en": "“{match}”"},
    "tokens": ["有关情况详见附件"],
    "docs": {p: {"zh": "说明", "en": "text"} for p in ("what", "why", "example", "use_instead")},
}


def _rule(**changes):
    rule = copy.deepcopy(BASE)
    rule.update(changes)
    return rule


def _run(rule, text):
    (cls,) = checks_from({"rules": [rule]}, "my-rules.yaml")
    return list(cls().run(parse_text(text, "d.txt"), Context()))


def test_existence_rule_with_exception():
    rule = _rule(tokens=["详见附件"], exceptions=["具体详见附件3"])
    found = _run(rule, "有关情况详见附件。具体详见附件3。")
    assert [(d.code, d.args["match"], d.location.column) for d in found] == [("B399", "详见附件", 5)]


def test_substitution_rule_suggests():
    rule = _rule(code="T899", family="terms", kind="substitution", tokens=None,
                 swap={"在计算得分": "再计算得分"}, message={"zh": "“{match}”应为“{suggestion}”", "en": "{match} -> {suggestion}"})
    found = _run(rule, "先汇总完成数，在计算得分。")
    assert [(d.args["match"], d.args["suggestion"]) for d in found] == [("在计算得分", "再计算得分")]
    assert found[0].message("zh") == "“在计算得分”应为“再计算得分”"


def test_pattern_rule_and_docs():
    (cls,) = checks_from({"rules": [_rule(tokens=None, patterns=[r"\d+字以内"])]}, "x.yaml")
    assert "## What it does" in cls.docs() and cls.code == "B399"
    assert [d.args["match"] for d in cls().run(parse_text("说明成效。（200字以内）", "d"), Context())] == ["200字以内"]


@pytest.mark.parametrize("change, words", [
    ({"family": "Not A Family"}, "bad family"),
    ({"kind": "maybe"}, "kind must be"),
    ({"code": "b1"}, "code must be"),
    ({"tokens": None}, "needs tokens or patterns"),
    ({"patterns": ["("]}, "bad pattern"),
    ({"message": {"zh": "只有中文"}}, "needs zh and en"),
    ({"severity": "fatal"}, "unknown severity"),
])
def test_schema_errors_name_file_and_rule(change, words):
    rule = _rule(**change)
    with pytest.raises(RuleDataError) as err:
        checks_from({"rules": [rule]}, "my-rules.yaml")
    assert "my-rules.yaml" in str(err.value) and words in str(err.value)


def test_missing_keys_and_duplicate_codes():
    broken = _rule()
    del broken["docs"]
    with pytest.raises(RuleDataError, match="missing docs"):
        checks_from({"rules": [broken]}, "r.yaml")
    with pytest.raises(RuleDataError, match="defined twice"):
        checks_from({"rules": [_rule(), _rule()]}, "r.yaml")
    with pytest.raises(RuleDataError, match="top-level 'rules'"):
        checks_from([], "r.yaml")


# The unfolded screen (``_Matcher.unfolded``): where it finds nothing, the folded search finds
# nothing either, whatever the width of the characters and the white space between them.
_SCREEN_CHARS = "根据提供的数作为AＡIＩ一个 \u3000\t\n，,（(）)：:"


@pytest.mark.parametrize("kind,extra", [
    ("existence", {"tokens": ["根据提供的数据", "作为AI", "（注）"]}),
    ("substitution", {"swap": {"作为一个AI": "作为", "提供(": "提供"}}),
    ("repetition", {"tokens": ["，", "作为"]}),
])
def test_unfolded_screen_is_as_permissive_as_the_folded_search(kind, extra):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from perflint.datarules import _Matcher, validate

    matcher = _Matcher(validate(_rule(kind=kind, **extra), "my-rules.yaml"))
    screen = matcher.unfolded()
    assert screen is not None

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=_SCREEN_CHARS, max_size=24))
    def holds(text):
        if list(matcher.find(text)):
            assert screen.search(text) is not None

    holds()
    # spaced and full-width spellings are screened in, as the folded search finds them
    for text in ("根 据\u3000提供的数据", "作为ＡＩ", "作为 A\tI"):
        if list(matcher.find(text)):
            assert screen.search(text) is not None


def test_rule_with_patterns_has_no_unfolded_screen():
    from perflint.datarules import _Matcher, validate

    assert _Matcher(validate(_rule(patterns=[r"详见附件\d"]), "my-rules.yaml")).unfolded() is None


def test_data_rule_finds_a_spaced_full_width_phrase_in_a_long_draft():
    rule = _rule(tokens=["作为AI"])
    text = "一、基本情况\n" + "本年度完成各项任务。\n" * 50 + "作为 ＡＩ，我无法判断。\n"
    found = _run(rule, text)
    assert [(d.location.line, d.args["match"]) for d in found] == [(52, "作为 ＡＩ")]
