"""Y501 activity-outside-fiscal-year: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import ActivityOutsideFiscalYear

from perflint.check import Context
from perflint.read.text import parse_text

from .._harness import line_of
from ._drafts import GOOD, diagnostics


def test_y501_activity_of_the_previous_year():
    text = GOOD.replace("2023 年 6 月 12 日及 8 月 3 日", "2022 年 6 月 12 日及 8 月 3 日")
    found = diagnostics(text, ActivityOutsideFiscalYear)
    line = line_of(text, "2022 年 6 月 12 日")
    col = text.split("\n")[line - 1].index("2022 年 6 月") + 1
    assert [(d.location.line, d.location.column) for d in found] == [(line, col)]
    assert "2022年6月12日" in found[0].message("zh") and "2023" in found[0].message("zh")
    assert "2022" in found[0].message("en")


def test_y501_far_future_and_bare_year_option():
    text = GOOD.replace("2023 年 6 月 12 日及", "2026 年 6 月 12 日及")
    assert [d.code for d in diagnostics(text, ActivityOutsideFiscalYear)] == ["Y501"]
    bare = "某单位2023年度绩效自评报告\n\n一、完成情况\n2022年，组织开展技术培训3期。\n"
    assert diagnostics(bare, ActivityOutsideFiscalYear) == []
    loose = ActivityOutsideFiscalYear({"require_month": False})
    doc = parse_text(bare, "draft.txt")
    assert len(list(loose.run(doc, Context()))) == 1


def test_y501_quiet_when_the_sentence_sets_the_date_against_this_year():
    text = GOOD.replace("此前，2022 年 5 月曾组织同类培训 2 期。",
                        "2022 年 5 月组织培训 2 期，2023 年增至 3 期。")
    assert diagnostics(text, ActivityOutsideFiscalYear) == []


def test_y501_uses_the_year_option():
    # The same correct draft read as a 2024 report: its 2023 activities are now last year's.
    assert [d.code for d in diagnostics(GOOD, ActivityOutsideFiscalYear, year=2024)] == ["Y501"]


def test_y501_quiet_on_a_service_that_formally_began_years_ago():
    """A court's 部门职责 tells when it took on each kind of case (``2013年10月正式受理…案件``): a
    jurisdiction that begins then and goes on, not an activity of the report's year; a dated
    activity of an earlier year is still reported."""
    head = "示范林区法院2023年度部门决算\n一、部门职责\n"
    began = head + "经市中级人民法院指定，2013年10月正式受理原属示范区法院管辖的交通事故责任纠纷案件。\n"
    assert diagnostics(began, ActivityOutsideFiscalYear) == []
    done = head + "2022年10月受理交通事故责任纠纷案件 120 件。\n"
    assert len(diagnostics(done, ActivityOutsideFiscalYear)) == 1


DONE = """某县交通运输局2023年度农村公路养护工程项目支出绩效自评报告
一、绩效目标完成情况
时效指标：日常养护工程于{done}全部完工，危桥改造1座推迟至2024年3月底前完工。
补助资金在{paid}前全部拨付到位。
二、下一步改进措施
确保2024年10月底前完成剩余工程。
填报日期：2024年4月10日
"""


def _done(done: str = "2023年11月25日前", paid: str = "2023年12月20日") -> list:
    from .._harness import run

    return run(ActivityOutsideFiscalYear, DONE.format(done=done, paid=paid))


def test_y501_work_said_done_after_the_reports_own_date():
    [d] = _done(done="2024年11月25日前")
    assert d.location.line == 3 and "2024年4月10日" in d.message("zh") and d.related[0].location.line == 7
    # the year's own deadline, a delay (推迟至), a plan under 下一步 and a date before the report's stay quiet
    assert _done() == []
    assert _done(done="2024年3月底前") == []


def test_y501_the_years_work_said_done_by_a_deadline_before_the_year():
    [d] = _done(paid="2022年12月20日")
    assert d.location.line == 4 and "早于报告年度" in d.message("zh")
    # the previous year's deadline as background, not the work of this year
    quiet = DONE.format(done="2023年11月25日前", paid="2023年12月20日").replace(
        "补助资金在2023年12月20日前全部拨付到位。", "对2022年12月20日前完工的项目开展回访。")
    from .._harness import run

    assert run(ActivityOutsideFiscalYear, quiet) == []


def test_y501_work_done_by_a_deadline_before_the_year_with_a_second_done_verb():
    """``均在 D 前完工并通过验收``: two done-verbs joined by 并 still say the work was done by D."""
    from .._harness import run

    text = ("江北市第三中学2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
            "全年完成3项维修改造工程，均在{d}前完工并通过验收。\n")
    [found] = run(ActivityOutsideFiscalYear, text.format(d="2022年8月31日"))
    assert found.location.line == 3 and "早于报告年度" in found.message("zh")
    assert run(ActivityOutsideFiscalYear, text.format(d="2023年8月31日")) == []
    other = text.format(d="2022年8月31日").replace("完工并通过验收", "完工并开展回访")
    assert run(ActivityOutsideFiscalYear, other) == []


def test_y501_work_said_finished_on_a_date_after_the_reports_own_date():
    """``项目于2024年12月20日全部完工`` (no 前) in a 2023 report dated 2024年3月28日: the year slipped."""
    from .._harness import run

    text = ("示范县农业农村局2023年度高标准农田建设项目支出绩效自评报告\n一、绩效目标完成情况\n"
            "时效目标：项目于{d}全部完工。\n示范县农业农村局\n2024年3月28日\n")
    [d] = run(ActivityOutsideFiscalYear, text.format(d="2024年12月20日"))
    assert d.location.line == 3 and "2024年3月28日" in d.message("zh")
    assert run(ActivityOutsideFiscalYear, text.format(d="2023年12月20日")) == []


BUNDLE = """示范县农业农村局2023年度项目支出绩效自评报告
附件1
示范县农业农村局2023年度高标准农田建设项目支出绩效自评报告
一、绩效目标完成情况
项目于{d}前全部完工。
附件2
示范县农业农村局2023年度农村户厕改造项目支出绩效自评报告
一、绩效目标完成情况
全年完成农村户厕改造1300户。
示范县农业农村局
2024年3月28日
"""


def test_y501_an_annex_without_its_own_date_is_bounded_by_the_bundles():
    """A file of several project reports (附件1..N) signed once at its end: work an earlier annex
    says was done after that date cannot be the year's work either."""
    from .._harness import run

    [d] = run(ActivityOutsideFiscalYear, BUNDLE.format(d="2024年12月20日"))
    assert d.location.line == 5 and d.related[0].location.line == 11
    assert run(ActivityOutsideFiscalYear, BUNDLE.format(d="2023年12月20日")) == []
    assert run(ActivityOutsideFiscalYear, BUNDLE.format(d="2024年3月20日")) == []


def test_y501_an_activity_held_after_the_reports_own_date():
    """A 2023 report dated 2024年4月12日 that tells of a festival held in 2024年9月 (probe17d's planted
    部门整体 report): the year slipped. The same activity in 2023, a plan for 2024 and a date of
    2024 before the report's own stay quiet."""
    from .._harness import run

    text = ("示范县文化馆2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n"
            "2023年全年举办文化惠民演出126场。{d}举办全县非物质文化遗产展演周活动，参演群众1200人。\n"
            "二、下一步改进措施\n计划于2024年10月举办全县文艺汇演。\n示范县文化馆\n2024年4月12日\n")
    [d] = run(ActivityOutsideFiscalYear, text.format(d="2024年9月"))
    assert d.location.line == 3 and "2024年4月12日" in d.message("zh") and d.related[0].location.line == 7
    assert run(ActivityOutsideFiscalYear, text.format(d="2023年9月")) == []
    assert run(ActivityOutsideFiscalYear, text.format(d="2024年1月")) == []


PERIOD_FORM = """附件3 | |||||||
项目支出绩效目标表 | |||||||
（2023年度） | |||||||
预算单位: | 示范县应急管理局 | 金额单位:万元 | |||||
项目名称 | 安全生产专项督查工作经费 | 项目分类 | 日常管理类 | ||||
建设周期 | 2025年1月1日-2025年12月31日 | 业务主管部门 | 示范县应急管理局 | ||||
实施单位 | 示范县应急管理局 | 项目负责人 | 王某 | ||||
年度主要目标 | 开展安全生产专项督查，及时排除重大事故隐患。 | ||||||
"""


def test_y501_a_forms_period_wholly_after_the_forms_own_year():
    """A 2023 form whose 建设周期 runs from 2025年1月1日 to 2025年12月31日 (modelled on a county
    bureau's 绩效目标表): a period wholly after the year the form states is not that year's, so
    the period or the form's year is wrong. A warning at the period; a period within the year, or
    one that spans it, stays quiet, as does a form that does not state the year."""
    found = [d for d in diagnostics(PERIOD_FORM, ActivityOutsideFiscalYear) if d.key == "period_after"]
    assert len(found) == 1 and found[0].severity.name == "warning"
    assert found[0].location.line == line_of(PERIOD_FORM, "建设周期")
    assert "建设周期" in found[0].message("zh") and "2023" in found[0].message("zh")
    within = PERIOD_FORM.replace("2025年1月1日-2025年12月31日", "2023年1月1日-2023年12月31日")
    assert diagnostics(within, ActivityOutsideFiscalYear) == []
    spanning = PERIOD_FORM.replace("2025年1月1日-2025年12月31日", "2022年1月1日-2025年12月31日")
    assert diagnostics(spanning, ActivityOutsideFiscalYear) == []
    unstated = ("示范县应急管理局2023年度部门决算\n\n一、部门概况\n本局负责全县应急管理工作。\n\n"
                + PERIOD_FORM.replace("（2023年度） | |||||||\n", ""))
    assert [d for d in diagnostics(unstated, ActivityOutsideFiscalYear) if d.key == "period_after"] == []
