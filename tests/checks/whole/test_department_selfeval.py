"""A 部门整体支出绩效自评报告 with its 自评表, in two layouts (tab rows; one cell a line as pasted
from a PDF): correct, and with one planted defect each. The checks that should see a defect fire
on it; the correct report stays quiet under every built-in check."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import BudgetTotalParts, ExecutionRateMismatch, TotalScoreMismatch
from perflint.checks.boilerplate import DeviationNoneDespiteMiss, UnmetTargetDenied
from perflint.checks.consistency import BudgetMismatch, ScoreMismatch
from perflint.checks.years import OtherYearAsCurrent

from perflint.diagnostics import Severity
from perflint.testing import builtin_checks, lint_text

from .._harness import fixture, lines, run

LAYOUTS = ("tab", "cells")


def _draft(name: str, layout: str) -> str:
    return fixture("whole", f"overall_{name}_{layout}.txt")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_correct_department_report_is_quiet(layout):
    assert lint_text(_draft("good", layout), checks=builtin_checks()) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_c701_narrative_score_differs_from_the_unit_form(layout):
    found = run(ScoreMismatch, _draft("narr_total", layout))
    assert lines(found) == [33]
    assert "96.8" in found[0].message() and "98.6" in found[0].message()
    assert run(ScoreMismatch, _draft("good", layout)) == []


def test_c701_a_project_score_in_a_department_report_is_not_the_unit_forms():
    text = _draft("good", "tab").replace(
        "四、自评结论\n", "四、自评结论\n\n其中，农业技术示范基地建设项目自评得分92分。\n")
    assert run(ScoreMismatch, text) == []


def test_a_satisfaction_indicator_named_like_its_category_is_read_with_its_weight():
    # 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 93% | 10 | 10: the third cell is the name
    from perflint.extract.selfeval import self_evaluations
    from perflint.read.text import parse_text

    (se,) = self_evaluations(parse_text(_draft("good", "tab"), "draft.txt"))
    last = se.indicators[-1]
    assert (last.name, last.weight, last.score.value) == ("服务对象满意度", 10, 10)
    assert [i.weight for i in se.indicators].count(None) == 0


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a124_total_differs_from_the_scores_with_dashes_in_the_budget_rows(layout):
    # the 其中 rows under 年度资金总额 are scored "—": no score, not a reason to skip the sum
    found = run(TotalScoreMismatch, _draft("total_sum", layout))
    assert len(found) == 1 and "97.6" in found[0].message() and "98.6" in found[0].message()
    assert run(TotalScoreMismatch, _draft("good", layout)) == []


def test_a127_basic_and_project_rows_do_not_make_the_total():
    found = run(BudgetTotalParts, _draft("parts_sum", "tab"))
    assert lines(found) == [53]
    assert "650.00" in found[0].message() and "620.00" in found[0].message()
    assert run(BudgetTotalParts, _draft("good", "tab")) == []


def test_a127_personnel_and_public_rows_do_not_make_basic_spending():
    found = run(BudgetTotalParts, _draft("personnel", "tab"))
    assert lines(found) == [54]
    assert "人员经费 400.00 + 公用经费 70.00 = 470.00" in found[0].message()
    # a sum above its total is certainly wrong; one short of it may leave a row out
    over = _draft("personnel", "tab").replace("人员经费\t390.00\t400.00\t400.00", "人员经费\t390.00\t420.00\t420.00")
    assert [d.severity for d in run(BudgetTotalParts, over)] == [Severity.error]
    assert [d.severity for d in found] == [Severity.warning]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_b315_no_problem_while_the_form_shows_a_missed_target(layout):
    found = run(UnmetTargetDenied, _draft("no_problem", layout))
    assert lines(found) == [37]
    assert "存在的问题及原因" in found[0].message() and "180元" in found[0].message()
    assert run(UnmetTargetDenied, _draft("good", layout)) == []


def test_b315_no_problem_with_every_target_met_is_quiet():
    met = _draft("no_problem", "tab").replace("180元\t10\t9\t", "210元\t10\t10\t").replace("得分98.6分", "得分99.6分") \
        .replace("总分\t100\t98.6", "总分\t100\t99.6")
    assert run(UnmetTargetDenied, met) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_y507_the_reports_own_score_under_last_years_name(layout):
    found = run(OtherYearAsCurrent, _draft("year_concl", layout))
    assert lines(found) == [33] and "自评得分" in found[0].message()
    assert run(OtherYearAsCurrent, _draft("good", layout)) == []


def test_y507_last_years_score_compared_or_beside_this_years_is_quiet():
    good = _draft("good", "tab")
    for sentence in ("中心2022年度部门整体支出绩效自评得分95分，较上年提高3.6分。",
                     "中心2022年度自评得分95分，2023年度自评得分98.6分。"):
        assert run(OtherYearAsCurrent, good.replace("七、结果应用\n", f"七、结果应用\n\n{sentence}\n")) == [], sentence


def test_one_cell_a_line_reads_personnel_and_public_rows_under_basic_spending():
    from perflint.extract.selfeval import self_evaluations
    from perflint.read.text import parse_text

    (se,) = self_evaluations(parse_text(_draft("good", "cells"), "draft.txt"))
    rows = [(b.item, b.role, b.budget.text, b.actual.text, b.rate.text) for b in se.budget]
    assert rows == [("年度资金总额", "total", "700.00", "672.00", "96.00%"),
                    ("其中：基本支出", "part", "480.00", "480.00", "100.00%"),
                    ("人员经费", "detail", "410.00", "410.00", "100.00%"),
                    ("公用经费", "detail", "70.00", "70.00", "100.00%"),
                    ("项目支出", "part", "220.00", "192.00", "87.27%")]


def test_a121_a127_on_the_rows_under_basic_spending_one_cell_a_line():
    assert lines(run(ExecutionRateMismatch, _draft("exec_rate", "cells"))) == [93]
    assert run(ExecutionRateMismatch, _draft("good", "cells")) == []
    found = run(BudgetTotalParts, _draft("personnel", "cells"))
    assert len(found) == 1 and "人员经费 400.00 + 公用经费 70.00 = 470.00" in found[0].message()
    assert run(BudgetTotalParts, _draft("good", "cells")) == []


def test_a127_an_other_spending_row_counts_with_basic_and_project():
    text = _draft("good", "tab").replace("年度资金总额\t620.00\t700.00\t672.00", "年度资金总额\t630.00\t710.00\t682.00") \
        .replace("项目支出\t170.00\t220.00\t192.00\t—\t87.27%\t—\n", "项目支出\t170.00\t220.00\t192.00\t—\t87.27%\t—\n"
                 "其他支出\t10.00\t10.00\t10.00\t—\t100.00%\t—\n")
    assert "其他支出" in text and run(BudgetTotalParts, text) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_b301_deviation_answered_none_beside_the_missed_target(layout):
    # one cell a line: the 无 on the line after the score is the row's 偏差原因 cell
    found = run(DeviationNoneDespiteMiss, _draft("deviation_none", layout))
    assert len(found) == 1 and "示范基地亩均增收" in found[0].message()
    assert run(DeviationNoneDespiteMiss, _draft("good", layout)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_c705_the_units_spending_in_the_narrative_differs_from_the_form(layout):
    found = run(BudgetMismatch, _draft("narr_exec", layout))
    assert lines(found) == [17] and "627.00" in found[0].message() and "672" in found[0].message()
    # the sentences on 基本支出 and 项目支出 speak of parts of the total: never compared with it
    assert run(BudgetMismatch, _draft("good", layout)) == []
