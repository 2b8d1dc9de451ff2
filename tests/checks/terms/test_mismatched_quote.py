"""T804 mismatched-quote: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import MismatchedQuote

from perflint.check import Context
from perflint.extract.punctuation import unbalanced_quotes
from perflint.read.text import parse_text


def test_opening_mark_used_to_close_is_found():
    [slip] = unbalanced_quotes("做到了“三个到位“。即政策宣传到位。")
    assert (slip.start, slip.wrong, slip.right) == (8, "“", "”")


def test_balanced_nested_and_multiple_quotations_are_quiet():
    assert unbalanced_quotes("落实“一站式”结算和“先诊疗后付费”。") == []
    assert unbalanced_quotes("按照“‘两不愁三保障’要求”执行。") == []
    assert unbalanced_quotes("“三假”问题与“双通道”管理。") == []


def test_stray_opening_mark_before_a_proper_pair_is_not_reported_as_the_close():
    # “ … “X” : the first mark is stray, the pair “X” is fine — nothing to suggest at the second.
    assert unbalanced_quotes("开展“宣传月活动，落实“五个一”工作法。") == []


def test_check_points_at_the_wrong_mark_in_a_draft():
    doc = parse_text("示范项目2023年度绩效自评报告\n\n群众满意度达到“满意“以上。\n", "q.txt")
    [diag] = list(MismatchedQuote().run(doc, Context()))
    assert (diag.location.line, diag.location.column) == (3, 11)
    assert "”" in diag.message("zh")
    assert list(MismatchedQuote().run(parse_text("群众满意度达到“满意”以上。\n", "ok.txt"), Context())) == []
