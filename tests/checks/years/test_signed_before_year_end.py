"""Y502 signed-before-year-end: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import SignedBeforeYearEnd

from .._harness import line_of
from ._drafts import GOOD, diagnostics


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


def test_y502_quiet_for_a_unit_and_year_title_line():
    text = ("某县图书馆2023年度\n“三公”经费支出决算情况说明\n\n一、2023年度“三公”经费支出情况\n"
            "2023年度“三公”经费支出 1.20 万元。\n")
    assert diagnostics(text, SignedBeforeYearEnd) == []


def test_y502_with_the_year_read_from_the_body_is_a_warning():
    """An excerpt with no report title (or a title with no year) takes its fiscal year from the
    body: a date at its end inside that year is likely a signature too early, not certainly one
    (the year read may be wrong, the date may be a table's cell)."""
    from perflint.diagnostics import Severity

    body = ("一、项目资金情况\n\n2016年度低保专项资金 66.9 万元，已全部发放。\n\n"
            "二、项目实施情况\n\n2016年全年共发放低保金 12 次。\n\n示范县民政局\n\n2016年4月\n")
    found = diagnostics(body, SignedBeforeYearEnd)
    assert [d.severity for d in found] == [Severity.warning]
    titled = "示范县民政局2016年度低保专项绩效自评报告\n\n" + body
    found = diagnostics(titled, SignedBeforeYearEnd)
    assert [d.severity for d in found] == [Severity.error]
    # the year given on the command line is certain too
    assert [d.severity for d in diagnostics(body, SignedBeforeYearEnd, year=2016)] == [Severity.error]


def test_y502_quiet_for_a_budget_statement_dated_in_its_year():
    # a note on the year's budget (its title names 2024年预算) is drawn up inside 2024
    budget = ("2024年预算部分单位未列政府采购项目的情况说明\n"
              "2024年县本级年初预算安排政府采购资金 320 万元，由各单位按需申请。\n"
              "2024年11月30日\n")
    assert diagnostics(budget, SignedBeforeYearEnd) == []
    # the same year naming a budget's execution or an evaluation is a report on the year
    for title in ("2024年预算执行情况说明", "2024年预算项目绩效自评报告", "2024年预算资金使用情况报告"):
        report = budget.replace("2024年预算部分单位未列政府采购项目的情况说明", title)
        assert [d.code for d in diagnostics(report, SignedBeforeYearEnd)] == ["Y502"], title


def test_y502_evaluation_stages_dated_inside_the_year():
    """The stages of the self-evaluation's own work dated inside the fiscal year (modelled on a
    广电 project report whose 准备/实施/总结阶段 all fell in the year evaluated): one warning at the
    first stage, the others related. The project's own stages inside the year, and the evaluation's
    stages in the next year, stay quiet."""
    from pathlib import Path

    from perflint.diagnostics import Severity

    root = Path(__file__).parents[2] / "fixtures" / "years"
    bad = (root / "evaluation_stages_copied.txt").read_text(encoding="utf-8")
    [d] = diagnostics(bad, SignedBeforeYearEnd)
    assert (d.key, d.location.line, d.severity) == ("stage", line_of(bad, "准备阶段"), Severity.warning)
    assert [r.location.line for r in d.related] == [line_of(bad, "实施阶段"), line_of(bad, "总结阶段")]
    good = (root / "evaluation_stages_right.txt").read_text(encoding="utf-8")
    assert diagnostics(good, SignedBeforeYearEnd) == []


def test_y502_the_years_last_day_is_a_warning():
    """报告日期 on 12月31日 of the year may be the evaluation's cut-off date in the date line:
    likely, not certain. A day earlier stays an error."""
    from perflint.diagnostics import Severity

    cover = "某镇政府2023年度部门整体支出绩效自评报告\n\n报告日期：2023年12月31日\n\n一、基本情况\n略。\n"
    [found] = diagnostics(cover, SignedBeforeYearEnd)
    assert found.severity is Severity.warning
    [earlier] = diagnostics(cover.replace("12月31日", "12月30日"), SignedBeforeYearEnd)
    assert earlier.severity is Severity.error


_SIGNED = "某县民政局2023年度临时救助项目支出绩效自评报告\n\n一、项目概况\n本项目2023年度预算50万元，已全部执行。\n\n{line}\n"


def test_y502_a_signers_name_then_the_date_on_one_line():
    """``负责人签字：张某<tab>2023年12月20日``: the signer's line dates the report, whether read as a
    line or as two cells, with a tab, spaces or a 日期 label between."""
    for line in ("负责人签字：张某\t2023年12月20日", "负责人签字：张某    2023年12月20日",
                 "单位负责人（签字）：张某  日期：2023年12月20日", "签字日期：2023年12月20日",
                 "填报人签名：王某某\t2023年11月3日"):
        found = diagnostics(_SIGNED.format(line=line), SignedBeforeYearEnd)
        assert [d.location.line for d in found] == [6], line


def test_y502_a_signers_line_after_the_year_or_a_sentence_stays_quiet():
    assert diagnostics(_SIGNED.format(line="负责人签字：张某\t2024年3月20日"), SignedBeforeYearEnd) == []
    # a sentence about signing is no signature line
    said = "2023年5月，与承办单位签字确认了补助协议，并于2023年6月20日拨付资金。"
    assert diagnostics(_SIGNED.format(line=said), SignedBeforeYearEnd) == []
    signed = "负责人签字确认，资金于\t2023年6月20日拨付"
    assert diagnostics(_SIGNED.format(line=signed), SignedBeforeYearEnd) == []


def test_y502_the_publication_date_of_the_accounts_inside_their_year():
    """A 决算's contents open on its publication date (公开时间：…); the accounts of year Y are
    published in Y+1, so a date inside Y is last year's template carried over (seen twice on
    real Sichuan 决算 pages: 2023年度…决算 公开时间:2023年9月26日)."""
    text = ("2023年度示范县人民法院单位决算\n\n目录 公开时间：2023年9月26日\n\n第一部分 部门概况\n\n"
            "一、部门职责\n\n依法审理案件。\n")
    found = diagnostics(text, SignedBeforeYearEnd)
    assert [d.location.line for d in found] == [line_of(text, "公开时间")]
    assert diagnostics(text.replace("2023年9月26日", "2024年9月26日"), SignedBeforeYearEnd) == []
    # a budget is published in its own year: no finding
    budget = "示范县人民法院2023年部门预算\n\n公开时间：2023年2月10日\n\n一、部门职责\n\n依法审理案件。\n"
    assert diagnostics(budget, SignedBeforeYearEnd) == []


def test_y502_quiet_for_a_target_declaration_filled_before_its_year():
    # a 绩效目标申报 is drawn up before its year: its 填报日期 falls in the year before, rightly
    titled = ("某市农业局2025年部门整体绩效目标申报\n"
              "部门整体支出绩效目标申报表 填报日期:2024 年 11 月 26 日 部门(单位)名称 某市农业局 "
              "当年金额 财政拨款 2360.50 其他资金 12.00\n")
    assert diagnostics(titled, SignedBeforeYearEnd) == []
    # a page that lost its line breaks: the form's title and its 填报日期 on the date's own line
    flattened = ("某市农业局2025年部门整体支出\n"
                 "附件 2: 部门整体支出绩效目标申报表 填报日期:2024 年 11 月 26 日 部门(单位)名称 某市农业局 "
                 "当年金额 财政拨款 2360.50 其他资金 12.00 年度主要任务 保障春耕备耕，完成农技推广。\n")
    assert diagnostics(flattened, SignedBeforeYearEnd) == []
    # a self-evaluation whose line mentions the declared targets is still a report on its year
    report = ("某市农业局2025年度部门整体支出绩效自评报告\n一、自评结论\n对照绩效目标申报表，本年目标全部完成。\n\n"
              "填报日期：2025 年 11 月 26 日\n")
    assert [d.code for d in diagnostics(report, SignedBeforeYearEnd)] == ["Y502"]


# Two funding notices published on one page above the 自评表 they fund (modelled on a district's
# 直达资金 column): each closes with 特此通知 and its own date, in the fiscal year.
_NOTICES = """示范区市政管理委员会:
根据《示范市财政局关于下达2021年中央直达资金额度的通知》有关规定,现下达你单位2021年中央直达资金2600万元,用于冬季清洁取暖补助。
本次下达资金为中央直达资金,请你单位及时将资金支付到最终收款方,并建立实名台账,确保资金精准直达基层。
特此通知。
2021年6月18日
示范区市政管理委员会:
根据《示范市财政局关于调整2021年中央直达资金项目的通知》有关规定,现收回你单位2021年中央直达资金900万元。
本次下达资金为中央直达资金,请你单位及时将资金支付到最终收款方,并建立实名台账,确保资金精准直达基层。
特此通知。
2021年11月2日
附件2
冬季清洁取暖补助项目绩效目标自评表
(2021年度)
"""


def test_y502_a_funding_notices_date_is_no_signature_of_the_report():
    """A date right under 特此通知 dates the notice printed above the report (the funds it
    allocates), not the report: quiet. The report's own date line inside the year still fires."""
    assert diagnostics(_NOTICES, SignedBeforeYearEnd) == []
    signed = _NOTICES + "一、绩效目标完成情况\n全部完成。\n\n填报日期:2021年12月20日\n"
    assert [d.location.line for d in diagnostics(signed, SignedBeforeYearEnd)] == [line_of(signed, "填报日期")]
