"""C736 trend-word-against-figures: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import TrendWordAgainstFigures

from .._harness import run

HEAD = "某县农业农村局2023年度部门决算说明\n（三）“三公”经费支出情况\n"


@pytest.mark.parametrize("sentence, word", [
    # the base is the comparison's own
    ("公务接待费支出3.20万元，比上年5.60万元有所增加，主要原因是接待任务增多。", "有所增加"),
    ("公务接待费支出21.00万元，与上年21.00万元相比略有减少。", "略有减少"),  # the same figure both years
    ("培训支出8.40万元，较上年6.10万元大幅下降。", "大幅下降"),
    # last year's figure beside this year's
    ("“三公”经费支出12.50万元，上年10.20万元，与上年持平。", "持平"),
    ("会议费支出4.00万元，上年2.00万元，大幅减少。", "大幅减少"),
    ("因公出国（境）费支出0万元，上年8.00万元，基本持平。", "基本持平"),
    # the budget and the actual, the comparison with the budget written out
    ("公务用车运行维护费预算15.00万元，决算2.48万元，与预算相比无增减。", "无增减"),
    ("公务接待费决算6.30万元，预算5.00万元，比预算有所减少。", "有所减少"),
    # last year's figure in brackets after the comparison's words
    ("会议费支出1.20万元，较上年（2.30万元）有所增加。", "有所增加"),
    ("培训费支出6.00万元，比上年(4.50万元)明显下降，主要原因是培训次数减少。", "明显下降"),
    # the word first, last year's figure in the clause after it
    ("公务接待费支出2.50万元，与上年持平，上年为3.10万元。", "持平"),
    ("会议费支出1.20万元，较上年有所增加，上年支出2.30万元。", "有所增加"),
])
def test_c736_trend_word_the_figures_contradict(sentence: str, word: str):
    (d,) = run(TrendWordAgainstFigures, HEAD + sentence + "\n")
    assert d.location.line == 3 and f"“{word}”" in d.message()
    assert d.severity.name == "warning" and len(d.related) == 2


@pytest.mark.parametrize("sentence", [
    "公务接待费支出3.20万元，比上年5.60万元有所减少，主要原因是厉行节约。",
    "公务接待费支出21.00万元，与上年21.00万元相比持平。",
    "培训支出8.40万元，较上年6.10万元大幅增长。",
    "“三公”经费支出12.50万元，上年12.50万元，与上年持平。",
    "会议费支出4.00万元，上年2.00万元，大幅增加。",
    "会议费支出4.00万元，上年3.80万元，基本持平。",  # about the same: within half as large again
    "公务用车运行维护费预算15.00万元，决算15.00万元，与预算相比无增减。",
    "公务接待费决算4.30万元，预算5.00万元，比预算有所减少。",
    # a stated change (A110's), a bare word after a pair that may compare with last year, another item
    "公务接待费支出3.20万元，比上年5.60万元增加2.40万元。",
    "公务用车运行维护费预算15.00万元，决算2.48万元，无增减。",
    "公务接待费预算5.00万元，会议费支出6.30万元，均有所减少。",
    # rounding at the last digit shown
    "公务接待费支出3.2万元，上年3.24万元，与上年持平。",
    # the bracketed and the trailing base, borne out
    "会议费支出1.20万元，较上年（0.80万元）有所增加。",
    "公务接待费支出2.50万元，与上年持平，上年为2.50万元。",
    "会议费支出1.20万元，较上年有所增加，上年支出0.80万元。",
    # a bracket holding the change, not the base; a trailing figure of another item or of the budget
    "会议费支出1.20万元，较上年（增加0.40万元）有所增加。",
    "公务接待费支出2.50万元，与上年持平，会议费3.10万元。",
    "公务接待费支出2.50万元，与上年持平，预算为3.10万元。",
])
def test_c736_trend_word_the_figures_bear_out_or_other_shapes_are_quiet(sentence: str):
    assert run(TrendWordAgainstFigures, HEAD + sentence + "\n") == []


# The 决算说明 template's 决算数大于/小于预算数 after the budget and the actual it compares
ITEM = "（一）农林水支出（类）农业农村（款）行政运行（项）。年初预算为400.00万元，支出决算为{actual}万元"


@pytest.mark.parametrize("tail, actual, fires", [
    ("，决算数小于预算数，主要原因是厉行节约。", "386.40", False),
    ("，决算数小于预算数，主要原因是厉行节约。", "441.72", True),
    ("。决算数大于预算数的主要原因是人员增加。", "441.72", False),  # the next sentence opens with it
    ("。决算数大于预算数的主要原因是人员增加。", "386.40", True),
    ("，决算数与预算数持平。", "400.00", False),
    ("，决算数与预算数持平。", "386.40", True),
    ("，决算数小于预算数(或与预算数持平)。", "441.72", False),  # a template left open: B304's
    # beside a completion rate in its sentence: C709 judges the direction against the rate
    ("，完成年初预算的110.43%，决算数小于预算数。", "441.72", False),
])
def test_c736_budget_direction_against_the_two_figures(tail: str, actual: str, fires: bool):
    found = run(TrendWordAgainstFigures, HEAD + ITEM.format(actual=actual) + tail + "\n")
    assert bool(found) is fires, found
    if fires:
        assert "预算 400.00万元" in found[0].message("zh")


def test_c736_budget_direction_needs_one_budget_and_one_actual():
    two = "（一）行政运行（项）年初预算为400.00万元，调整预算为420.00万元，支出决算为441.72万元，决算数小于预算数。"
    assert run(TrendWordAgainstFigures, HEAD + two + "\n") == []
