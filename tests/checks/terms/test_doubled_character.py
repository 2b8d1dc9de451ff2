"""T803 doubled-character: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import DoubledCharacter

from .._harness import line_of, run
from ._drafts import BAD, GOOD


def test_doubled_character_reports_the_doubled_term():
    diags = run(DoubledCharacter, BAD)
    assert [d.message("zh") for d in diags] == ["“预算算公开”疑为“预算公开”之误（重复了“算”）"]
    assert diags[0].location.line == line_of(BAD, "预算算公开")
    assert diags[0].message("en") == '"预算算公开" looks like a misspelling of "预算公开" ("算" typed twice)'


def test_doubled_character_is_quiet_on_the_correct_draft_and_on_reduplication():
    assert run(DoubledCharacter, GOOD) == []  # 常常, 层层 are words
    assert run(DoubledCharacter, BAD.replace("预算算公开", "预算公开")) == []
