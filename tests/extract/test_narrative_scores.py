"""narrative_scores: the 自评得分 a report's prose states."""

from __future__ import annotations

from perflint.extract.narrative_scores import narrative_scores
from perflint.read.text import parse_text


def _scores(text: str) -> list[str]:
    [part] = parse_text(text, "report.txt").parts
    return [str(s.quantity.value) for s in narrative_scores(part)]


def test_score_after_a_clause_that_says_how_it_was_scored():
    """``对照…各项指标值进行打分，自评得分96分``: the 指标 of the clause before is what was scored
    against, not an indicator's own score."""
    assert _scores("一、自评结论\n对照年初设定的各项指标值进行打分，自评得分96分。\n") == ["96"]
    assert _scores("一、自评结论\n按评分标准对各项指标进行评价，自评分为88分。\n") == ["88"]


def test_scores_of_something_else_are_not_the_reports():
    assert _scores("一、自评结论\n单项指标得分96分。\n") == []
    assert _scores("一、自评结论\n开展群众满意度调查，综合得分92分。\n") == []
