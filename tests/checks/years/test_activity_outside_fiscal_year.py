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
