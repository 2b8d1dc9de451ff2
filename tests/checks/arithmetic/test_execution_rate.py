"""A121 execution-rate-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ExecutionRateMismatch

from .._harness import run
from ._drafts import run_scoring


def test_execution_rate_recomputed():
    [diag] = run_scoring(ExecutionRateMismatch, actual="45", rate="95%", budget_score="9.5")
    assert diag.location.line == 6
    assert "45 ÷ 50 = 90%" in diag.message("zh")


def test_execution_rate_at_displayed_precision_is_quiet():
    assert run_scoring(ExecutionRateMismatch, actual="45.55", rate="91.1%", budget_score="9.11") == []


def test_execution_rate_no_rounding_reaches_is_an_error():
    """45 ÷ 50 is exactly 90%: 91% is reached by no rounding of the figures (a whole unit of its
    last digit off), so it is a wrong rate, not a 尾数差异; 91.0% for 45.55 ÷ 50 = 91.09–91.11%
    is a truncation, a 尾数差异."""
    from perflint.diagnostics import Severity

    [diag] = run_scoring(ExecutionRateMismatch, actual="45", rate="91%", budget_score="9.1")
    assert diag.severity is Severity.error
    [diag] = run_scoring(ExecutionRateMismatch, actual="45.55", rate="91.0%", budget_score="9.1")
    assert diag.severity is Severity.rounding


def test_execution_rate_written_as_a_fraction_is_read_as_one():
    """Spreadsheet exports show 90% as 0.9: a fraction, not 0.9%."""
    assert run_scoring(ExecutionRateMismatch, actual="45", rate="0.9", budget_score="9") == []
    [diag] = run_scoring(ExecutionRateMismatch, actual="45", rate="0.95", budget_score="9.5")
    assert "45 ÷ 50 = 90" in diag.message("zh")


# A pipe table copied from a web page: each row's label on a line of its own, its cells on the
# next; the 年初预算数 cells were blank and the page dropped them, so five figures stand under six
# columns (modelled on a county forestry bureau's published form).
PIPE_FORM_DROPPED_BLANK = """\
项目支出绩效自评表 |
| ( 2023年度) |
项目名称 | 示范林场管护站建设项目 |
主管部门 | 某县林业和草原局 | 实施单位 | 某县林业和草原局 |
项目资金 (万元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 |
| 40.5 | 38.88 | 10 | {rate} | 9.6 |
其中:当年财政拨款 |
| 40.5 | 38.88 | 10 | {rate} | 9.6 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
产出指标 | 数量指标 | 管护站 | ≥2个 | 2个 | 40 | 40 | 无 |
效益指标 | 社会效益指标 | 提供务工岗位 | ≥5个 | 5个 | 30 | 30 | 无 |
"""


def test_execution_rate_row_that_lost_its_blank_first_cell():
    """``| 40.5 | 38.88 | 10 | 96.00% | 9.6 |`` under 年初预算数 / 全年预算数 / 全年执行数 / 分值 /
    执行率 / 得分: the percentage stands in the 执行率 column, so the figures are the header's last
    five columns (38.88 ÷ 40.5 = 96%), not 10 ÷ 38.88 read left to right."""
    assert run(ExecutionRateMismatch, PIPE_FORM_DROPPED_BLANK.format(rate="96.00%"), "form.txt") == []
    wrong = run(ExecutionRateMismatch, PIPE_FORM_DROPPED_BLANK.format(rate="86.00%"), "form.txt")
    assert wrong and all("38.88 ÷ 40.5 = 96" in d.message("zh") for d in wrong)


_ZERO_ROW = """示范县农机站2023年度农机补贴项目绩效自评表

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度资金总额\t50\t50\t100%\t10
\t其中：当年财政拨款\t50\t50\t100%\t—
\t其他资金\t0\t0\t{rate}\t—
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（50分）\t数量指标\t补贴农机台数\t≥200台\t210台\t50
效益指标（40分）\t社会效益指标\t农户增收户数\t≥100户\t120户\t40
总分\t100
"""


def test_execution_rate_of_a_row_with_nothing_budgeted_and_nothing_spent():
    # 0 ÷ 0 is no rate: a warning at the rate, quiet when the cell says so
    [diag] = run(ExecutionRateMismatch, _ZERO_ROW.format(rate="100%"), "form.txt")
    assert diag.location.line == 6
    assert diag.severity.name == "warning"
    assert "无从计算" in diag.message("zh") and "both 0" in diag.message("en")
    for rate in ("/", "—", ""):
        assert run(ExecutionRateMismatch, _ZERO_ROW.format(rate=rate), "form.txt") == []


def test_rows_of_blocks_side_by_side_are_not_read_by_position():
    # 预算安排 | 资金到位 | 资金执行 side by side, each 其中 row once for each block: the third
    # figure is the spent money, not a 执行率 (modelled on a county civil affairs bureau's form)
    from perflint.check import Context
    from perflint.read.loader import load

    from .._forms import FORMS

    doc = load(FORMS / "blocks_side_by_side_rows.txt")
    assert list(ExecutionRateMismatch().run(doc, Context())) == []
    # an ordinary row whose 执行率 does not compute still fires
    [diag] = run_scoring(ExecutionRateMismatch, actual="45", rate="95%", budget_score="9.5")
    assert "45 ÷ 50 = 90%" in diag.message("zh")


def test_row_amount_in_the_rates_place_is_no_certain_mismatch():
    """A Hebei-style 预算执行情况 block (预算安排 / 到位 / 执行 side by side, each with its own
    label, ``其中:财政资金 28.80`` three times and no 执行进度 cell): the third amount stands
    where a rate would be. 28.80 is the row's own budget, not a rate computed wrong: a warning
    at most, never an error."""
    from pathlib import Path

    from perflint.diagnostics import Severity

    path = Path(__file__).parents[2] / "fixtures" / "forms" / "hebei_label_value_budget.txt"
    found = run(ExecutionRateMismatch, path.read_text(encoding="utf-8"))
    assert all(d.severity is not Severity.error for d in found)
    # a rate that is no amount of its row is still an error
    text = ("某县2023年度培训项目绩效自评表\n"
            "| 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |\n"
            "| 年度财政资金总额 | 30 | 27 | 95 | 9.5 |\n")
    [d] = run(ExecutionRateMismatch, text)
    assert d.severity is Severity.error


# A transfer-payment form: its budget header names 全年预算数(A) / 全年执行数(B) / 预算执行率, and a
# funding source with nothing budgeted is filled 0 | 0 | 100%.
_TRANSFER_FORM = """某县2024年度困难群众救助补助资金绩效自评表
资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||
年度资金总额: | 812.40 | 806.10 | 99.22% | ||||
其中:中央财政资金 | 500.00 | 500.00 | 100% | ||||
彩票公益金 | 0 | 0 | {rate} | ||||
地方资金 | 312.40 | 306.10 | {local} | ||||
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际值 | 分值 | 得分 |
产出指标 | 数量指标 | 救助人次 | ≥1200人次 | 1260人次 | 50 | 50 |
"""


def test_execution_rate_under_a_header_named_by_its_columns_roles():
    [zero] = run(ExecutionRateMismatch, _TRANSFER_FORM.format(rate="100%", local="97.98%"), "form.txt")
    assert (zero.location.line, zero.severity.name) == (5, "warning")
    [wrong] = run(ExecutionRateMismatch, _TRANSFER_FORM.format(rate="/", local="99.98%"), "form.txt")
    assert wrong.location.line == 6 and "306.10 ÷ 312.40 = 97.98%" in wrong.message("zh")
    assert run(ExecutionRateMismatch, _TRANSFER_FORM.format(rate="/", local="97.98%"), "form.txt") == []


def test_row_score_in_the_rates_place_is_no_certain_mismatch():
    """``年度资金总额: 640 640 640 10 10`` under six columns, its 执行率 cell left blank and lost
    on the way to text (the indicator block past the end of the excerpt): read from the right,
    the 得分 column's 10 stands where the rate would be. A bare figure in the rate's place that is
    the row's own 得分 or 分值 is the row read one column off: a warning at most."""
    from perflint.diagnostics import Severity

    text = ("项目资金\n(万元)\n年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
            "年度资金总额: 640 640 640 10 10\n 其中:本年财政拨款 640 640 640 - -\n    上年结转资金 - -\n"
            "       其他资金 - -\n年度总体目标完成情况 预期目标 实际完成情况\n")
    found = run(ExecutionRateMismatch, text)
    assert all(d.severity is not Severity.error for d in found)
