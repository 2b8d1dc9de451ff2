"""Several arithmetic rules at once on drafts we wrote: correct forms and tables quiet for every rule,
a 决算说明 fixture with every defect found on its line."""

from __future__ import annotations

from perflint.checks.arithmetic import CHECKS as ARITHMETIC
from perflint.checks.arithmetic import (
    AccountCodeNesting,
    BudgetScoreMismatch,
    BudgetTotalParts,
    CompletionRateMismatch,
    ExecutionRateMismatch,
    FinalAccountsIdentity,
    ScoreAboveWeight,
    ScoreNotFollowingCompletion,
    TableTotalMismatch,
    TotalScoreMismatch,
    WeightsNotHundred,
)
from perflint.checks.boilerplate import DeviationNoneDespiteMiss
from perflint.checks.units import CHECKS as UNITS

from perflint.check import Context
from perflint.read.text import parse_text

from .._forms import cells, run_flat
from .._harness import FIXTURES
from ._drafts import run_scoring


def test_correct_form_is_quiet_for_every_scoring_rule():
    for check in (ExecutionRateMismatch, BudgetScoreMismatch, ScoreAboveWeight, TotalScoreMismatch,
                  WeightsNotHundred, CompletionRateMismatch):
        assert run_scoring(check) == [], check.code


def test_second_table_with_the_same_layout_is_checked_too():
    """公开02 and 公开03 share a layout; a wrong sum in the second must not be skipped as seen."""
    table = ("项目\t\t本年合计\t甲\t乙\n科目代码\t科目名称\n合计\t\t{total}\t60.00\t40.00\n"
             "208\t社会保障和就业支出\t{total}\t60.00\t40.00\n"
             "20801\t人力资源和社会保障管理事务\t100.00\t60.00\t40.00\n")
    text = ("示范局2023年度部门决算\n\n一、收入决算表\n\n金额单位：万元\n\n" + table.format(total="100.00")
            + "\n二、支出决算表\n\n金额单位：万元\n\n" + table.format(total="110.00"))
    doc = parse_text(text, "two.txt")
    lines = {d.location.line for cls in (TableTotalMismatch, AccountCodeNesting) for d in cls().run(doc, Context())}
    assert lines and min(lines) > 12, lines  # only the second table is wrong


def test_correct_flattened_form_is_quiet():
    for check in (BudgetTotalParts, ScoreNotFollowingCompletion, BudgetScoreMismatch, WeightsNotHundred):
        assert run_flat(check) == [], check.code


def test_cell_per_line_form_is_quiet_when_right():
    for check in (BudgetTotalParts, ScoreNotFollowingCompletion, BudgetScoreMismatch, WeightsNotHundred,
                  DeviationNoneDespiteMiss):
        assert run_flat(check, cells()) == [], check.code


def test_cell_per_line_budget_score_and_weight_of_100():
    [score] = run_flat(BudgetScoreMismatch, cells(weight="100", score="98"))
    assert score.location.line == 16
    [weights] = run_flat(WeightsNotHundred, cells(weight="100", score="98"))
    assert weights.location.line == 14 and "= 190" in weights.message("zh")


PROSE = FIXTURES / "arithmetic"


def found(name: str) -> list[tuple[int, str]]:
    """(line, code) of every arithmetic and units finding on a 决算说明 fixture, sorted."""
    path = PROSE / name
    doc = parse_text(path.read_text(encoding="utf-8"), str(path))
    out = []
    for check in [*ARITHMETIC, *UNITS]:
        out.extend((d.location.line, d.code) for d in check({}).run(doc, Context()))
    return sorted(out)


def test_every_defect_is_found_on_its_line():
    assert found("bad_prose.txt") == [
        (5, "A104"), (5, "A106"),  # 560.00 + 8.00 ≠ 640.00; 8.00 ÷ 640.00 ≠ 12.50%
        (7, "A104"),  # 分为: 470.00 + 50.00 ≠ 560.00
        (15, "A107"),  # 完成年初预算100% but 决算数大于预算数30.00
        (21, "A104"), (21, "A105"), (21, "A106"),  # 构成为 vs 5.00 of line 19; 0.60%; (40.00%)
        (25, "A104"),  # 40 + 16 + 12 > 56
        (33, "U401"),  # 8元 among 万元
        (35, "U401"), (35, "U402"),  # 配套资金2.4元; 200/人
        (39, "A105"),  # 与2023年度预算12.00万元相比 增加0.60: 0.60 ÷ 12.00 = 5.00%, not 4.76%
        (41, "A105"),  # 分别增加 10.00、5.00, 分别增长 2.00%、10.00%: 5.00 ÷ 45.00 = 11.11%
        (43, "A106"),  # 基本支出…、项目支出 80.00, 分别占 87.50%、13.50%: 80.00 ÷ 640.00 = 12.50%
    ]


def test_the_corrected_draft_is_quiet():
    assert found("good_prose.txt") == []


def test_figures_written_with_their_scale_and_no_unit_are_compared_at_their_magnitude():
    """A narrative that writes its money ``180万`` and ``1.2亿`` (no 元): the rate, the change and
    the breakdowns are read at the figures' magnitudes (``0.4亿`` among 万 figures is 4000 万元);
    an approximate figure (``2.7万余人``, ``2万余``) is in no sum."""
    assert found("scaled_prose_bad.txt") == [
        (5, "A107"),  # 162万 ÷ 180万 = 90%, not 95%
        (7, "A104"),  # 6000万 + 3000万 + 1000万 = 1.0亿 < 1.2亿
        (9, "A105"),  # 3000万 ÷ 1.2亿 = 25%, not 30%
        (11, "A104"),  # 4500万 + 0.4亿 = 8500万 < 9500万
    ]


def test_figures_written_with_their_scale_are_quiet_when_right():
    assert found("scaled_prose_good.txt") == []


def test_final_accounts_table_read_one_cell_per_line_is_quiet_when_right():
    """收入支出决算总表 pasted one cell per line with blank lines between (a fixture we wrote): its
    identities hold, and A103 reads them from the grid; a wrong 总计 is found at its line."""
    text = (FIXTURES / "tables" / "final_accounts_cell_per_line.txt").read_text(encoding="utf-8")
    for check in (TableTotalMismatch, FinalAccountsIdentity):
        assert list(check().run(parse_text(text, "t.txt"), Context())) == [], check.code
    wrong = text.replace("\n1,244.90\n", "\n1,254.90\n")
    (d,) = FinalAccountsIdentity().run(parse_text(wrong, "t.txt"), Context())
    assert d.location.line == 65
