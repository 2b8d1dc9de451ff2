"""The regex gate in front of phrase lists matches exactly where one of its patterns does."""

import re

from perflint.extract.prefilter import union


def test_union_matches_where_any_pattern_matches() -> None:
    pats = [re.compile(r"(?<![A-Za-z])[XＸ]{2,}"), re.compile(r"参照[^。]{0,4}样表"), re.compile(r"^指标\d")]
    gate = union(pats)
    for text in ("金额XX万元", "参照省级样表", "指标2", "aXX", "本年度完成", "其中指标2", ""):
        assert bool(gate.search(text)) == any(p.search(text) for p in pats), text


def test_union_lets_everything_through_when_patterns_cannot_join() -> None:
    backref = [re.compile(r"(好)\1"), re.compile("坏")]
    mixed = [re.compile("a", re.I), re.compile("b")]
    for pats in (backref, mixed, []):
        assert union(pats).search("任何文本") is not None
