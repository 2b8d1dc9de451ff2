"""An excerpt without its report title is the kind of report its body says it is.

Excerpts start below the title: a 决算说明 from its 单位概况, a 自评报告 from a paragraph that
happens to mention 决算. The rules of one kind of report (C708's totals of final accounts) must
still run on it, and not on the other kind.
"""

from __future__ import annotations

from perflint.checks.consistency import IncomeExpenseTotalsUnequal

from perflint.extract.report_kind import infer_report_kind
from perflint.read.text import parse_text

from ..checks._harness import FIXTURES, run

TOWN = (FIXTURES / "consistency" / "good_town_accounts.txt").read_text(encoding="utf-8")
UNTITLED = TOWN.split("\n", 1)[1]  # from 第一部分 单位概况: no word of the title's
EVALUATION = ("按照上年决算数安排的项目资金，本年度执行良好。\n"
              "一、绩效指标完成情况\n产出指标：三级指标“培训人次”年度指标值 200 人次，实际完成值 210 人次。\n"
              "效益指标：三级指标“结业率”年度指标值 90%，实际完成值 95%。\n"
              "满意度指标：学员满意度年度指标值 90%，实际完成值 93%。\n二、偏差原因\n无。\n")


def test_an_accounts_excerpt_below_its_title_is_final_accounts() -> None:
    [part] = parse_text(UNTITLED, "a.txt").parts
    assert part.kind == "final_accounts"
    wrong = UNTITLED.replace("分别为 845.60 万元和 845.60 万元", "分别为 812.40 万元和 830.15 万元")
    assert len(run(IncomeExpenseTotalsUnequal, wrong)) == 1
    assert run(IncomeExpenseTotalsUnequal, UNTITLED) == []


def test_an_evaluation_excerpt_whose_first_line_says_juesuan_is_a_self_evaluation() -> None:
    [part] = parse_text(EVALUATION, "e.txt").parts
    assert part.kind == "project_self_evaluation"


def test_a_title_settles_the_kind_whatever_the_body() -> None:
    titled = "示范县文化馆2023年度项目支出绩效自评报告\n" + UNTITLED
    assert parse_text(titled, "t.txt").parts[0].kind == "project_self_evaluation"


def test_the_body_decides_only_when_clear() -> None:
    assert infer_report_kind(["本年决算数 10 万元。", "自评得分 90 分。"]) is None
    assert infer_report_kind(["决算"] * 3) == "final_accounts"
    assert infer_report_kind(["三级指标 年度指标值 实际完成值"], "部门整体支出绩效自评表") == "department_self_evaluation"


def test_the_common_accounts_titles_are_report_titles() -> None:
    """部门决算情况说明 (the most common title of a 决算说明) names the report, its unit and year;
    the same words behind 第三部分 are a section of the report above, and a 三公 section is none."""
    body = TOWN.split("\n", 1)[1]
    [part] = parse_text("青石镇人民政府\n2023年度部门决算情况说明\n" + body, "t.txt").parts
    assert (part.kind, part.fiscal_year, part.organisation) == ("final_accounts", 2023, "青石镇人民政府")
    assert part.title == "青石镇人民政府2023年度部门决算情况说明"
    whole = TOWN.replace("第二部分 2023年度部门决算情况说明", "第二部分 2023年度单位决算公开说明")
    assert len(parse_text(whole, "w.txt").parts) == 1
    sections = TOWN + "\n2023年度“三公”经费决算情况说明\n本年“三公”经费支出 2.10 万元。\n"
    assert len(parse_text(sections, "s.txt").parts) == 1


def test_a_part_heading_of_another_years_report_in_a_bundle_starts_a_report() -> None:
    """A reviewer's bundle: a 2023 report, then an excerpt of a 2022 决算说明 that opens at its
    第二部分: another year's report, not a section of the one above."""
    first = "示范县文化馆2023年度项目支出绩效自评报告\n一、项目概况\n本项目预算 20 万元。\n"
    second = "第二部分 2022年度单位决算情况说明\n一、收入支出决算总体情况说明\n本年收入合计 120 万元。\n"
    parts = parse_text(first + second, "b.txt").parts
    assert [(p.kind, p.fiscal_year) for p in parts] == [("project_self_evaluation", 2023), ("final_accounts", 2022)]


# A 决算说明 we wrote, its 第二部分 heading going on from its own 第一部分 (the year of the title
# and of the body agree here; the planted twin below moves the title back a year)
_ACCOUNTS_OF_ONE_YEAR = """某县测绘站2023年度部门决算说明
目 录
第一部分 部门概况
第二部分 2023年度部门决算情况说明
第一部分 部门概况
一、主要职责
负责全县基础测绘和地理信息管理工作。
第二部分 2023年度部门决算情况说明
一、收入支出决算总体情况说明
2023年度收入总计 210.50 万元，支出总计 210.50 万元。
二、支出决算情况说明
2023年度本年支出合计 205.30 万元，其中基本支出 160.20 万元。
2023年度政府采购支出总额 12.40 万元。
三、国有资产占用情况
截至2023年12月31日，本单位共有车辆 1 辆。
"""


def test_a_part_heading_going_on_from_the_reports_own_parts_is_a_section_whatever_its_year() -> None:
    """第二部分 right after the report's own 第一部分 is the report's next part even when its year
    differs from the title's: a year slip inside one report (for Y504 to find), not a bundle."""
    assert len(parse_text(_ACCOUNTS_OF_ONE_YEAR, "a.txt").parts) == 1
    slipped = _ACCOUNTS_OF_ONE_YEAR.replace("某县测绘站2023年度", "某县测绘站2022年度", 1)
    [part] = parse_text(slipped, "s.txt").parts
    assert part.fiscal_year == 2022
