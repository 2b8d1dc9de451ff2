"""Computed findings on a row an excerpt's cut broke are warnings at most (engine step,
``perflint.extract.edges.rests_on_a_cut_row``): a copy that stops inside a form's last row, or
starts inside its header row, leaves cells that are read in the wrong columns."""

from __future__ import annotations

from perflint.checks.arithmetic import ExecutionRateMismatch

from perflint.diagnostics import Severity
from tests.checks._harness import lint

WHOLE = ("某乡2024年度道路养护项目支出绩效自评表 |\n| ( 2024年度) |\n项目名称 | 某乡村道路养护项目 |\n项目资金 (万元) |\n"
         "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 |\n| 48.6 | 46.20 | 10 | 95.06% | 9.5 |\n"
         "其中:当年财政拨款 |\n| 48.6 | 46.20 | 10 | 95.06% | 9.5 |\n年度 总体 目标 | 预期目标 | 实际完成情况 |\n")


def test_a_row_the_copy_stopped_inside_is_no_certain_finding():
    assert lint(ExecutionRateMismatch, WHOLE) == []
    # the copy stopped before the 得分 cell of the last row: its cells are read one column off
    stopped = WHOLE.split("年度 总体")[0].rstrip("\n").removesuffix("| 9.5 |")
    assert [d.severity for d in lint(ExecutionRateMismatch, stopped)] == [Severity.warning]


def test_a_table_the_copy_starts_inside_its_header_row_is_no_certain_finding():
    # ``| 年初预算数 | 全年`` was cut away: the header is two cells narrower than the rows below
    opened = "预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n" + WHOLE.split("得分 |\n", 1)[1]
    found = lint(ExecutionRateMismatch, opened)
    assert found and all(d.severity is Severity.warning for d in found)


def test_a_wrong_rate_in_a_whole_form_stays_an_error():
    wrong = WHOLE.replace("| 48.6 | 46.20 | 10 | 95.06% | 9.5 |\n其中", "| 48.6 | 46.20 | 10 | 90.06% | 9 |\n其中")
    (d,) = lint(ExecutionRateMismatch, wrong)
    assert d.severity is Severity.error
    # so does one on the last row of a whole form that ends the text
    last = wrong.split("其中:当年财政拨款")[0]
    (d,) = lint(ExecutionRateMismatch, last)
    assert d.severity is Severity.error


def test_a_table_the_copy_starts_inside_a_row_of_keeps_its_sums_warnings_at_most():
    """A 基本支出决算明细表 in tabs whose copy opens on the last cell of a row (``0.00``): the row
    with 302 商品和服务支出 was cut away, so 公用经费合计 is read against the classes left (310,
    399): a warning at most (the whole table adds up). A line with no word above a table's first
    row opens the text with it (robust34), so the identity is not read at all now."""
    from perflint.checks.arithmetic import FinalAccountsIdentity

    rows = ("30101\t基本工资\t200.00\t302\t商品和服务支出\t60.50\t30701\t国内债务付息\t0.00\n"
            "30102\t津贴补贴\t100.00\t30201\t办公费\t60.50\t310\t资本性支出\t20.00\n"
            "30103\t奖金\t0.00\t30202\t印刷费\t0.00\t31002\t办公设备购置\t20.00\n"
            "30106\t伙食补助费\t0.00\t30205\t水费\t0.00\t399\t其他支出\t0.00\n"
            "人员经费合计\t\t300.00\t公用经费合计\t\t\t\t80.50\t\n注：本表反映本年度基本支出明细情况。\n")
    head = "某单位一般公共预算财政拨款基本支出决算明细表\n科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\n"
    assert [d for d in lint(FinalAccountsIdentity, head + rows) if d.severity is Severity.error] == []
    opened = "0.00\n" + rows.split("\n", 1)[1]
    found = lint(FinalAccountsIdentity, opened)
    assert all(d.severity is Severity.warning for d in found)


# a form's budget and indicator rows (modelled on a forest farm's 自评表, names and figures ours)
INDICATORS = ("某林场2023年野生动物救护站建设项目支出绩效自评表 |\n| ( 2023年度) |\n"
              "项目名称 | 某林场野生动物救护站建设项目 |\n主管部门 | 某县林业局 | 实施单位 | 某县林业局 |\n"
              "项目资金 (万元) |\n| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 |\n"
              "| 30 | 30 | 10 | 100% | 10 |\n年度 总体 目标 | 预期目标 | 实际完成情况 |\n"
              "建成救护用房和防护围栏，及时救助受伤野生动物。 | 已建成并投入使用。 |\n|\n"
              "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n|\n"
              "产出指标 | 数量指标 | 救护用房面积 | ≥180平方米 | 186.2平方米 | 10 | 10 | 无 |\n"
              "数量指标 | 防护围栏长度 | ≥100米 | 104.5米 | 10 | 10 | 无 |\n")


def test_a_finding_on_the_figure_the_copy_stopped_at_inside_a_row_is_dropped():
    """The copy stopped inside the last row, after the first digit of its 得分 (``10`` read
    ``1``) and before its 偏差 cell: a lost score and an empty reason there are the cut's."""
    from perflint.checks.arithmetic import ScoreNotFollowingCompletion
    from perflint.checks.boilerplate import DeviationNoneDespiteMiss

    stopped = INDICATORS.removesuffix("0 | 无 |\n")
    assert stopped.endswith("| 10 | 1")
    assert lint(DeviationNoneDespiteMiss, stopped) == [] and lint(ScoreNotFollowingCompletion, stopped) == []
    # the same score lost in a whole row, its reason 无, is reported
    whole = INDICATORS.replace("104.5米 | 10 | 10 | 无 |", "104.5米 | 10 | 1 | 无 |")
    assert [d.code for d in lint(DeviationNoneDespiteMiss, whole)] == ["B301"]
