"""A124 total-score-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import TotalScoreMismatch

from .._forms import ONE_LINE, ONE_LINE_GOOD, run_flat
from ._drafts import run_scoring


def test_total_score_is_sum_of_scores():
    [diag] = run_scoring(TotalScoreMismatch, quality_score="30")
    assert diag.location.line == 12
    assert "10 + 25 + 30 + 20 + 10 = 95" in diag.message("zh")
    assert "95" in diag.message("en")


def test_total_of_a_stream_form_is_checked_only_when_its_rows_are_whole():
    assert run_flat(TotalScoreMismatch) == []
    [diag] = run_flat(TotalScoreMismatch, sum="95")
    assert "= 99.67" in diag.message("zh")
    # a row lost in reading (no weight/score pair): the sum would be partial, so stay quiet
    text = ONE_LINE.format(**{**ONE_LINE_GOOD, "sum": "95"}).replace("成本指标 养护成本 ≤60万元 58万元 10 10 ", "")
    assert run_flat(TotalScoreMismatch, text=text) == []


def test_total_of_a_form_the_text_opens_in_leaves_out_the_budget_score_above_the_cut():
    """An excerpt that opens at the indicator header: the budget block (and its 10 points) is
    above the cut, so 总分 100 against the indicators' 90 says nothing."""
    from perflint.check import Context
    from perflint.read.text import parse_text
    from tests.checks.arithmetic._drafts import SCORING_FORM, SCORING_GOOD

    whole = SCORING_FORM.format(**SCORING_GOOD)
    cut = whole[whole.index("一级指标"):]
    assert list(TotalScoreMismatch().run(parse_text(cut, "form.txt"), Context())) == []
    # a wrong indicator score in the same cut still shows as a total above the scores
    wrong = cut.replace("\t35\n", "\t55\n")
    [diag] = TotalScoreMismatch().run(parse_text(wrong, "form.txt"), Context())
    assert "25 + 55 + 20 + 10 = 110" in diag.message("zh")


def test_total_of_a_form_under_a_budget_row_cut_open_is_not_summed_short():
    """``资金总额`` / ``50 50 100% 10`` above the indicator header: the budget row's label and
    header were cut, its score is not read, and 总分 against the indicators says nothing."""
    from perflint.check import Context
    from perflint.read.text import parse_text
    from tests.checks.arithmetic._drafts import SCORING_FORM, SCORING_GOOD

    whole = SCORING_FORM.format(**SCORING_GOOD)
    cut = "资金总额\n50 50 100% 10\n\n" + whole[whole.index("一级指标"):]
    assert list(TotalScoreMismatch().run(parse_text(cut, "form.txt"), Context())) == []
    prose = "本项目全年预算资金 50 万元，已全部执行完毕。\n\n" + whole[whole.index("一级指标"):]
    assert list(TotalScoreMismatch().run(parse_text(prose, "form.txt"), Context())) != []


# A township's whole-budget form (modelled): the 部门整体支出总额 row left its 执行数 cell blank and
# the page dropped it, so 864 | 100% | 20 stand under 预算数 | 执行数 | 执行率 of a five-column header.
_BLANK_CELL_FORM = (
    "单位名称 | 示范镇人民政府 | ||||||||\n"
    "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
    "部门整体支出总额 | 864 | 100% | 20 | ||||||\n"
    "年度目标1:(80分) | 提高政府工作效率 | ||||||||\n"
    "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||\n"
    "产出指标 | 数量指标 | 办结信访案件 | 120起 | 120起 | 30 | ||||\n"
    "效益指标 | 社会效益指标 | 改善人居环境 | 有效改善 | 有效改善 | 30 | ||||\n"
    "满意度指标 | 满意度指标 | 群众满意度 | ≥90% | 95% | 20 | ||||\n"
    "总分 | {total}分 | ||||||||\n"
)


def test_a_budget_row_that_lost_a_cell_keeps_its_score_and_reads_no_rate():
    from perflint.checks.arithmetic import ExecutionRateMismatch

    from .._harness import run

    good = _BLANK_CELL_FORM.format(total="100")  # 20 + 30 + 30 + 20
    assert run(TotalScoreMismatch, good) == []
    assert run(ExecutionRateMismatch, good) == []  # no 执行率 of 20 read from 100% ÷ 864
    [d] = run(TotalScoreMismatch, _BLANK_CELL_FORM.format(total="90"))
    assert "= 100" in d.message("zh")


def test_scores_short_of_the_total_with_no_budget_row_read_are_no_error():
    """The same form pasted with spaces: its budget header stands above the table the reader
    finds, so the budget row's 20 points are not read; a total above the indicators' scores
    then may be that row's, and is a warning, never an error."""
    from perflint.diagnostics import Severity

    from .._harness import run

    spaced = _BLANK_CELL_FORM.format(total="100").replace(" | ", " ").replace("|", "")
    # (the header of names over the budget row now heads its table, so the row's 20 is read and
    # the total found right; were it not, a warning at most)
    assert [d for d in run(TotalScoreMismatch, spaced) if d.severity is not Severity.warning] == []
    # a form whose budget row is read still fails as an error
    [d] = run(TotalScoreMismatch, _BLANK_CELL_FORM.format(total="90"))
    assert d.severity is Severity.error


def test_a_total_score_over_100_is_read_from_the_score_column():
    """``总分 | 100 | 101.5`` under a form with a 分值 column: 100 is the weights' total and
    101.5 the scores'. A 总分 over 100 is wrong (A123 names the score above its weight), but it
    is still the 得分 column's: the sum of the scores is compared with it, not with 100."""
    from perflint.check import Context
    from perflint.read.text import parse_text

    form = ("某县农技站2023年度农技推广项目绩效评价评分表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n"
            "| 决策 | 项目立项 | 立项依据充分性 | 20 | 20 |\n"
            "| 过程 | 资金管理 | 资金到位率 | 20 | 20 |\n"
            "| 产出 | 产出数量 | 培训期数 | 30 | 30 |\n"
            "| 效益 | 社会效益 | 受训农户增收户数 | 30 | 31.5 |\n"
            "| 总分 | | | 100 | 101.5 |\n")
    assert list(TotalScoreMismatch().run(parse_text(form, "form.txt"), Context())) == []
    wrong = form.replace("| 30 | 30 |", "| 30 | 33 |")
    [diag] = TotalScoreMismatch().run(parse_text(wrong, "form.txt"), Context())
    assert diag.message("zh").startswith("总分 101.5 ")
    assert "20 + 20 + 33 + 31.5 = 104.5" in diag.message("zh")
