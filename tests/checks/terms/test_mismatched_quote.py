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


def test_a_closing_mark_with_no_opening_mark_before_it_is_found():
    """``七、三公”经费…`` lost the opening mark of “三公”: a closing mark with nothing open."""
    [slip] = unbalanced_quotes("七、三公”经费财政拨款支出决算情况说明")
    assert (slip.start, slip.opening, slip.wrong) == (4, -1, "”")
    assert unbalanced_quotes("七、“三公”经费财政拨款支出决算情况说明") == []
    # straight quotes mixed with curly ones: the opening may be the straight one
    assert unbalanced_quotes('七、"三公”经费财政拨款支出决算情况说明') == []
    # a second closing after a closed pair is stray too
    assert [s.start for s in unbalanced_quotes("落实“一站式”结算和先诊疗后付费”。")] == [16]


def test_a_stray_closing_mark_at_an_excerpts_start_was_opened_above_the_cut():
    check = MismatchedQuote()
    cut = parse_text("三公”经费支出 2 万元，比上年减少。\n\n二、政府采购\n\n本年无政府采购。\n", "q.txt")
    assert list(check.run(cut, Context())) == []
    later = parse_text("一、概况\n\n本年支出 100 万元。\n\n七、三公”经费说明\n\n本年 2 万元。\n", "q.txt")
    [diag] = list(check.run(later, Context()))
    assert diag.location.line == 5 and "左引号" in diag.message("zh")


def test_a_stray_closing_mark_in_a_title_line_after_its_year_is_found():
    """A title opening the text (某镇2015年三公”经费支出说明, a page of fp2's round) is whole: the
    quotation mark after its year was not opened above a cut. Without the year before the mark,
    the line may still be a cut sentence."""
    check = MismatchedQuote()
    titled = parse_text("某镇2015年三公”经费支出说明\n\n一、因公出国(境)经费\n\n本年支出 0 万元。\n", "q.txt")
    [diag] = list(check.run(titled, Context()))
    assert diag.location.line == 1 and "左引号" in diag.message("zh")
    whole = parse_text("某镇2015年“三公”经费支出说明\n\n一、因公出国(境)经费\n\n本年支出 0 万元。\n", "q.txt")
    assert list(check.run(whole, Context())) == []
    cut = parse_text("三公”经费支出说明\n\n一、因公出国(境)经费\n\n2015年支出 0 万元。\n", "q.txt")
    assert list(check.run(cut, Context())) == []


def test_curly_quotation_closed_with_a_straight_mark():
    """``“三公"经费`` (modelled on a township's 三公经费 paragraph): the curly quotation is closed
    with the straight mark. Straight marks in pairs, or a long span, are left alone."""
    [slip] = unbalanced_quotes("本部门安排的“三公\"经费支出2.05万元。")
    assert (slip.wrong, slip.right, slip.start) == ('"', "”", 9)
    assert unbalanced_quotes("本部门安排的“三公”经费支出2.05万元。") == []
    assert unbalanced_quotes('文件称"三公"经费，“会议费”另列。') == []
    assert unbalanced_quotes("“" + "按照中央八项规定精神严格控制各项一般性支出并压减" + '"') == []
