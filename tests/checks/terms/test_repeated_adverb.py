"""T806 repeated-adverb: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import RepeatedAdverb

from perflint.extract.slips import doubled_adverbs

from .._harness import run


def test_adverb_repeated_around_jiang_in_one_clause():
    [rep] = doubled_adverbs("区财政局及时将配套资金及时拨付到位。")
    assert rep.unit == "及时"
    assert doubled_adverbs("做到及时发现及时处理，及时将资金拨付到位，及时公开。") == []
    diags = run(RepeatedAdverb, "某局2023年度自评报告\n\n二、执行情况\n我局及时将补助资金及时拨付到位。\n")
    assert [(d.location.line, d.message("zh")) for d in diags] == [
        (4, "“及时”在同一分句中重复（“及时将……及时”），应删去其一")]


def test_adverb_written_once_in_a_clause_is_quiet():
    text = "某局2023年度自评报告\n\n二、执行情况\n我局及时将补助资金拨付到位，做到及时发现及时处理。\n"
    assert run(RepeatedAdverb, text) == []
