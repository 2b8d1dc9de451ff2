"""The years family on small drafts: each rule fires on a wrong draft and stays quiet on a right one."""

from __future__ import annotations

from perflint.checks.years import CHECKS
from perflint.checks.years.activity_outside_fiscal_year import ActivityOutsideFiscalYear
from perflint.checks.years.basis_issued_after_year import BasisIssuedAfterYear
from perflint.checks.years.comparison_with_same_year import ComparisonWithSameYear
from perflint.checks.years.malformed_year import MalformedYear
from perflint.checks.years.other_year_as_current import OtherYearAsCurrent
from perflint.checks.years.signed_before_year_end import SignedBeforeYearEnd
from perflint.checks.years.stale_plan_year import StalePlanYear
from perflint.checks.years.title_year_mismatch import TitleYearMismatch

from perflint.check import Context
from perflint.read.text import parse_text

# A correct 2023 report that uses every kind of year that must stay quiet.
GOOD = """某县农业农村局2023年度项目支出绩效自评报告

一、基本情况
县农技推广中心成立于2019年8月，为局属二级单位。2020年6月，经县委编委批准印发《某县农业农村局职能配置、内设机构和人员编制规定》，内设4个股室。
依据《某省财政厅关于加强项目管理的通知》（某财预〔2020〕15号）和《某县“十四五”农业发展规划（2021—2025年）》，本项目从2021年3月起实施。
自 2021 年 5 月 8 日平台上线以来，运行平稳。

二、绩效目标完成情况
2023 年计划开展农技培训 3 期，实际完成 3 期。2023 年 6 月 12 日及 8 月 3 日，在县文化广场举办农技下乡宣传活动，发放资料 2000 余份。
2023 年度收入合计 812.40 万元，与 2022 年度相比，减少 6.10 万元，下降 0.7%。比2022年度决算数减少 6.10 万元。
2023 年度支出 800.00 万元，与 2023 年预算相比节约 12.40 万元。
截至2023年12月31日，固定资产原值 86.40 万元。
此前，2022 年 5 月曾组织同类培训 2 期。

三、存在的问题和原因
2023 年部分乡镇培训场地不足，资金拨付滞后。

四、下一步改进措施
1、加快资金拨付进度，确保 2024 年度各项补助按时发放到位。
2、及时做好 2023 年度资金清算和绩效自评工作。

某县农业农村局
2024 年 4 月 20 日

2023年度农技推广服务经费项目绩效自评表
填报日期：2024 年 4 月
"""


def diagnostics(text: str, check=None, year: int | None = None):
    doc = parse_text(text, "draft.txt")
    ctx = Context(fiscal_year=year)
    checks = [check] if check else CHECKS
    return [d for c in checks for d in c().run(doc, ctx)]


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


def codes(text: str, year: int | None = None) -> list[tuple[str, int]]:
    return sorted((d.code, d.location.line) for d in diagnostics(text, year=year))


def test_registered():
    assert [c.code for c in CHECKS][:6] == ["Y501", "Y502", "Y503", "Y504", "Y505", "Y506"]
    assert all(c.family == "years" and c.docs() for c in CHECKS)


def test_correct_draft_is_quiet():
    assert codes(GOOD) == []


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


def test_y502_signature_inside_the_year():
    text = GOOD.replace("2024 年 4 月 20 日", "2023 年 4 月 20 日")
    found = diagnostics(text, SignedBeforeYearEnd)
    assert [d.location.line for d in found] == [line_of(text, "2023 年 4 月 20 日")]
    assert found[0].related and found[0].related[0].location.line == line_of(text, "填报日期")
    assert "2023年4月20日" in found[0].message("zh")


def test_y502_labelled_filing_date_and_report_date():
    text = GOOD.replace("填报日期：2024 年 4 月", "填报日期：2023 年 11 月")
    assert [d.location.line for d in diagnostics(text, SignedBeforeYearEnd)] == [line_of(text, "填报日期")]
    cover = "某单位2023年度整体支出绩效自评报告\n\n报告日期：2023年 12 月 28 日\n\n一、基本情况\n略。\n"
    assert [d.code for d in diagnostics(cover, SignedBeforeYearEnd)] == ["Y502"]


def test_y502_quiet_for_a_timeline_and_for_monitoring_forms():
    timeline = "某单位2023年度绩效自评报告\n\n一、工作进度\n2023 年 3 月\n完成招标采购。\n2023 年 9 月\n完成验收。\n"
    assert diagnostics(timeline, SignedBeforeYearEnd) == []
    balance = "某单位2023年度部门决算\n\n一、资产情况\n2023年12月31日\n\n资产\t期末数\n固定资产\t86.40\n"
    assert diagnostics(balance, SignedBeforeYearEnd) == []
    monitor = "某单位2023年度项目绩效运行监控报告\n\n一、进度\n上半年执行 40%。\n\n填报日期：2023 年 7 月\n"
    assert diagnostics(monitor, SignedBeforeYearEnd) == []


def test_y503_comparison_with_the_same_year():
    text = GOOD.replace("与 2022 年度相比", "与 2023 年度相比")
    found = diagnostics(text, ComparisonWithSameYear)
    assert [d.location.line for d in found] == [line_of(text, "与 2023 年度相比")]
    assert "2022" in found[0].message("zh")
    text = GOOD.replace("比2022年度决算数", "比2023年度")
    assert [d.location.line for d in diagnostics(text, ComparisonWithSameYear)] == [line_of(text, "比2023年度")]


def test_y503_quiet_when_the_year_is_the_subject_not_the_comparand():
    """``2023年公务接待 12 批次，较上年减少``: 2023 is what is compared, 上年 the comparand;
    a colon or a list opens a new comparison (``与2022年预算持平：一、2023年因公出国费…``)."""
    subject = GOOD.replace("比2022年度决算数减少 6.10 万元。",
                           "2023年公务接待 12 批次，支出 0.80 万元，较上年减少 0.10 万元。")
    assert diagnostics(subject, ComparisonWithSameYear) == []
    listed = GOOD.replace("比2022年度决算数减少 6.10 万元。",
                          "三公经费预算 30 万元，与2022年预算持平：一、2023年因公出国费预算 0 万元，与上年持平。")
    assert diagnostics(listed, ComparisonWithSameYear) == []


def test_y503_quiet_for_and_and_for_a_later_year():
    text = GOOD.replace("比2022年度决算数减少 6.10 万元。",
                        "2022年与2023年均获评优秀。预计2024年比2023年增长 5%。")
    assert diagnostics(text, ComparisonWithSameYear) == []


def test_y504_title_year_differs_from_body():
    body = "\n".join(f"{i}、2022 年度完成第 {i} 项任务。" for i in range(1, 7))
    text = f"某单位2023年度项目支出绩效自评报告\n\n一、完成情况\n{body}\n"
    found = diagnostics(text, TitleYearMismatch)
    assert [(d.code, d.location.line) for d in found] == [("Y504", 1)]
    assert "6/6" in found[0].message("zh")


def test_y504_forms_inside_name_another_year():
    text = GOOD.replace("2023年度农技推广服务经费项目绩效自评表", "2022年度农技推广服务经费项目绩效自评表")
    text += "\n2022年度农技推广补助资金项目绩效自评表\n填报日期：2024 年 4 月\n"
    found = diagnostics(text, TitleYearMismatch)
    assert [d.location.line for d in found] == [1]
    assert "2022" in found[0].message("zh")


def test_y504_quiet_when_body_is_mixed():
    text = "某单位2023年度项目支出绩效自评报告\n\n一、完成情况\n2022 年度完成任务。\n2022年度收入 5 万元。\n2023 年度完成任务。\n"
    assert diagnostics(text, TitleYearMismatch) == []


def test_y505_plan_aimed_at_the_closed_year():
    text = GOOD.replace("确保 2024 年度各项补助", "确保 2023 年度各项补助")
    found = diagnostics(text, StalePlanYear)
    assert [d.location.line for d in found] == [line_of(text, "确保 2023 年度")]
    assert "2024" in found[0].message("zh")


def test_y505_form_row_label_opens_a_plan():
    form = ("某单位2023年度项目绩效自评报告\n\n一、完成情况\n全年完成任务。\n\n"
            "偏差大或目标未完成原因分析\n无\n改进措施及结果应用方案\n"
            "1：及时拨付配套资金，让群众按时享受到 2023 年度各项补助。\n备注：\n1、2023 年度预算数为调整后数。\n")
    found = diagnostics(form, StalePlanYear)
    assert [d.location.line for d in found] == [line_of(form, "享受到 2023")]


def test_y505_quiet_for_problems_inside_an_improvement_section():
    text = GOOD.replace("1、加快资金拨付进度", "1、2023 年部分资金拨付滞后的问题要解决。加快资金拨付进度")
    assert diagnostics(text, StalePlanYear) == []


def test_no_fiscal_year_no_findings():
    text = "工作总结\n\n2019 年 4 月 22 日，举办宣传活动。\n与 2019 年相比增加。\n"
    assert diagnostics(text) == []


def test_y504_quiet_when_the_first_block_is_a_web_page_header():
    body = "\n".join(f"{i}、2023年收入预算说明第 {i} 项。" for i in range(1, 6))
    text = f"首页>信息公开>预决算公开\n生成日期 2024-08-15\n某县图书馆2023年预算\n发布日期: 2024-08-15\n\n{body}\n"
    assert diagnostics(text, TitleYearMismatch) == []


def test_y502_quiet_for_a_unit_and_year_title_line():
    text = ("某县图书馆2023年度\n“三公”经费支出决算情况说明\n\n一、2023年度“三公”经费支出情况\n"
            "2023年度“三公”经费支出 1.20 万元。\n")
    assert diagnostics(text, SignedBeforeYearEnd) == []


def test_y506_document_number_and_date_with_a_three_digit_year():
    text = GOOD.replace("（某财预〔2020〕15号）", "（某财预〔202〕15号）").replace(
        "2023 年 6 月 12 日及", "203 年 6 月 12 日及")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.severity.name) for d in found] == [
        (line_of(text, "〔202〕"), "error"), (line_of(text, "203 年 6 月"), "error")]


def test_y506_quiet_for_list_items_and_counts():
    text = GOOD + "\n（1）12号楼维修完成。共服务202年次。〔2023〕5号。\n"
    assert diagnostics(text, MalformedYear) == []


ACCOUNTS = """某县文化馆2023年度单位决算说明

一、单位概况
2023年本单位核定事业编制 18 名，2023年末在职实有 16 人，退休 5 人。
截至2023年12月31日，本单位共有车辆 2 辆。
年初结转和结余 3.20 万元，为2022年末结转结余资金。
2022年末在职 17 人，比上年末减少 1 人。

二、2023年度收入支出决算情况说明
2023年度收入总计 412.50 万元。
"""


def test_y507_quiet_on_a_correct_accounts_note():
    assert diagnostics(ACCOUNTS, OtherYearAsCurrent) == []


def test_y507_heading_and_year_end_stock_of_the_previous_year():
    text = ACCOUNTS.replace("2023年末在职实有", "2022年末在职实有").replace(
        "二、2023年度收入支出决算情况说明", "二、2022年度收入支出决算情况说明").replace(
        "截至2023年12月31日", "截至2022年12月31日")
    found = diagnostics(text, OtherYearAsCurrent)
    assert [(d.location.line, d.message("en").split()[1]) for d in found] == [
        (line_of(text, "2022年末在职实有"), "2023"), (line_of(text, "截至2022年"), "2023"),
        (line_of(text, "二、2022年度"), "heading")]
    assert ["年末数" in found[0].message(), "年末数" in found[1].message(), "标题" in found[2].message()] == [True] * 3


def test_y507_annual_target_of_another_year():
    form = ("项目支出绩效自评表\n（2023年度）\n"
            "项目名称 | 社区文化活动经费 |\n"
            "年度总体目标 | 2022年拟安排资金 12 万元，用于举办社区文化活动 20 场。 | 全年举办 20 场。 |\n")
    found = diagnostics(form, OtherYearAsCurrent)
    assert [d.location.line for d in found] == [line_of(form, "2022年拟安排")]
    assert "年度目标" in found[0].message()
    assert diagnostics(form.replace("2022年拟安排", "2023年拟安排"), OtherYearAsCurrent) == []
    inside = form.replace("2022年拟安排资金 12 万元", "巩固2022年创建成果，安排资金 12 万元")
    assert diagnostics(inside, OtherYearAsCurrent) == []


def test_y507_quiet_in_a_budget_written_the_year_before():
    text = ("某县文化馆2024年部门预算情况说明\n\n一、单位概况\n2024年核定事业编制 18 名，2023年末在职实有 16 人。\n"
            "二、2023年预算执行情况\n2023年支出 400.00 万元。\n")
    assert diagnostics(text, OtherYearAsCurrent) == []


def test_y507_quiet_in_a_three_public_budget_note_with_last_years_accounts():
    """A 三公 budget note headed by its sections only (no report title) gives last year's 决算."""
    text = ("一、2024年“三公”经费预算安排情况\n2024年度“三公”经费预算 12.00 万元。\n"
            "二、2023年“三公”经费决算情况\n2023年度“三公”经费支出 11.20 万元。\n")
    assert diagnostics(text, OtherYearAsCurrent) == []


def test_y507_sentence_of_the_previous_year_compared_with_its_previous_year():
    text = ACCOUNTS + "2022年“三公”经费支出 3.46 万元，比上年增加 0.40 万元。\n"
    found = diagnostics(text, OtherYearAsCurrent)
    assert [d.location.line for d in found] == [line_of(text, "2022年“三公”")]
    assert diagnostics(ACCOUNTS + "2023年“三公”经费支出 3.46 万元，比上年增加 0.40 万元。\n", OtherYearAsCurrent) == []


def test_y508_rule_issued_after_the_year():
    text = ACCOUNTS + "经费使用严格执行《某县因公临时出国经费管理办法》（某财行〔2024〕58号）等规定。\n"
    found = diagnostics(text, BasisIssuedAfterYear)
    assert [d.location.line for d in found] == [line_of(text, "〔2024〕58号")]


def test_y508_quiet_for_the_evaluation_notice_and_older_rules():
    text = ACCOUNTS + ("按照《关于开展2023年度部门整体支出绩效自评的通知》（某财绩〔2024〕7号）的部署开展自评。"
                       "经费使用严格执行《某县差旅费管理办法》（某财行〔2016〕12号）。\n")
    assert diagnostics(text, BasisIssuedAfterYear) == []


def test_y505_quiet_on_the_next_forms_fields_after_an_improvement_row():
    # a bundle of 自评表 pasted as pipe rows: the 改进措施 row of one form is followed by the
    # signatures and the next form's title and 项目名称, which are not part of the plan
    form = ("某县司法局2023年度项目支出绩效自评表\n"
            "改进措施 | 无 | ||||\n"
            "项目负责人:王某 | 财务负责人:李某 | ||||\n"
            "部门预算项目支出绩效自评表(2023年度) | ||||\n"
            "项目名称 | 2023年全县普法宣传补助资金项目 | ||||\n"
            "主管部门 | 某县司法局 | 实施单位 | 某县司法局 | ||\n")
    assert diagnostics(form, StalePlanYear) == []


def test_y507_target_on_the_row_under_its_header():
    # the header row names the target column; the target's text is the next row's first cell
    form = ("部门预算项目支出绩效自评表(2023年度) | ||||\n"
            "项目名称 | 城乡居民医保监管工作经费 | ||||\n"
            "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |\n"
            "{year}年拟安排财政资金45万元，用于聘用人员工资发放。 | 已按计划完成。 | |||\n")
    [found] = diagnostics(form.format(year=2022), OtherYearAsCurrent)
    assert found.location.line == 4 and "2022" in found.message("zh")
    assert diagnostics(form.format(year=2023), OtherYearAsCurrent) == []
