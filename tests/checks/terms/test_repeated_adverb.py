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


# A verb written again right after the quoted name it governs (安装“两车”安装防盗系统): the
# sentence was reworded around the name and the first verb was left (held26 023, a city's public
# security report; written anew here).

def test_a_word_written_again_right_after_its_quoted_object():
    from perflint.extract.slips import words_around_quotes

    [rep] = words_around_quotes("全县推广“智慧农机”推广北斗终端320台。")
    assert rep.unit == "推广"
    text = "某局2023年度自评报告\n\n二、执行情况\n全县推广“智慧农机”推广北斗终端320台，覆盖率85%。\n"
    diags = run(RepeatedAdverb, text)
    assert [(d.location.line, d.message("zh")) for d in diags] == [
        (4, "“推广”在同一分句中写了两遍（“推广“智慧农机”推广”），应删去其一")]
    line = text.splitlines()[3]
    [d] = diags
    assert line[d.location.column - 1:d.location.end_column - 1] == "推广"


def test_a_quoted_name_between_two_different_words_or_clauses_is_quiet():
    from perflint.extract.slips import words_around_quotes

    assert words_around_quotes("全县推广“智慧农机”终端320台，推广北斗导航。") == []
    assert words_around_quotes("全县推广“智慧农机”，推广北斗终端320台。") == []  # two clauses
    assert words_around_quotes("打造“平安乡村”“和谐乡村”品牌。") == []
    text = "某局2023年度自评报告\n\n二、执行情况\n全县推广“智慧农机”北斗终端320台，覆盖率85%。\n"
    assert run(RepeatedAdverb, text) == []


def test_a_word_again_after_a_quoted_name_as_the_head_of_a_document_or_system_is_quiet():
    """The second copy heading the name of a plan, a system or a rule (实施“某工程”实施方案: the plan
    for carrying out the project), or both copies inside a cited title, are no verb left twice."""
    from perflint.extract.slips import words_around_quotes

    assert words_around_quotes("按照全镇实施“清水河道”实施方案要求，完成整治。") == []
    assert words_around_quotes("管理“一网通办”管理系统运行平稳。") == []
    assert words_around_quotes("依据《某区推进“放管服”推进办法》开展工作。") == []
    assert words_around_quotes("依据《某区推进“放管服”推进工作要点》开展工作。") == []  # a cited title
    [rep] = words_around_quotes("依据《某区放管服办法》，推进“放管服”推进审批改革。")  # after the title
    assert rep.unit == "推进"

