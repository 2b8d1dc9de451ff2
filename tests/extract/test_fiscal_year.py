"""The fiscal year of a part without a title year: from labels, form titles and the body."""

from __future__ import annotations

from perflint.extract.fiscal_year import infer_fiscal_year
from perflint.read.text import parse_text


def test_labelled_year():
    assert infer_fiscal_year(["项目名称：某某经费", "评价年度：2023", "填报日期：2024年4月2日"]) == 2023


def test_form_title_with_the_year_in_brackets():
    assert infer_fiscal_year(["项目支出绩效自评表", "（ 2022 年度）", "项目名称 | 某某经费"]) == 2022
    assert infer_fiscal_year(["部门预算项目支出绩效自评表(2022年度) | 项目名称 | 某某经费"]) == 2022


def test_body_year_must_dominate():
    body = ["2023年单位收入预算合计 50 万元。", "2023年度支出预算 50 万元。", "与2022年相比增加 2 万元。"]
    assert infer_fiscal_year(body) == 2023
    mixed = ["2023年完成培训 3 期。", "2022年完成培训 3 期。", "2023年度收入 5 万元。", "2022年度收入 5 万元。"]
    assert infer_fiscal_year(mixed) is None


def test_filing_date_alone_gives_the_year_before():
    assert infer_fiscal_year(["绩效目标完成良好。", "填报日期：2024年3月8日"]) == 2023


def test_publication_dates_and_document_numbers_do_not_count():
    body = ["发布日期：2024-08-15", "依据某财预〔2021〕5号文件。", "《某县十四五规划（2021—2025年）》"]
    assert infer_fiscal_year(body) is None


def test_part_without_title_takes_the_body_year():
    text = ("首页>信息公开>预决算公开\n生成日期 2024-08-15\n\n第一部分 单位概况\n"
            "一、2023年单位收支预算总表的说明\n2023年收支预算总额为 80.00 万元。\n"
            "二、2023年收入预算总表的说明\n2023年本单位收入预算合计 80.00 万元。\n")
    doc = parse_text(text, "draft.txt")
    assert [p.fiscal_year for p in doc.parts] == [2023]


def test_a_single_year_named_as_a_year_counts_but_a_lone_date_does_not():
    assert infer_fiscal_year(["一、项目支出基本情况", "某馆2023年年初下达专项经费 84 万元。"]) == 2023
    assert infer_fiscal_year(["评价机构：某会计师事务所 2024年6月20日", "一、项目存在的问题"]) is None


def test_comparisons_with_a_past_year_speak_for_the_year_after():
    """``比2020年度决算数少`` is written in a 2021 report: an excerpt without its title whose
    only plain year is a past event (``2020年曾下拨``) is not a 2020 report."""
    body = ["二是2020年曾下拨抚恤金 74.31 万元。", "上级补助收入比2020年度决算数少 17.40 万元。",
            "支出比2020年度决算数少 90.49 万元。", "社会保障支出比2020年度决算数少 91.91 万元。"]
    assert infer_fiscal_year(body) == 2021
    assert infer_fiscal_year(body[:2]) is None  # one event, one comparison: unclear


def test_a_sentence_standing_first_does_not_give_its_year():
    text = ("补助等经费下拨减少；二是2020年曾下拨抚恤金 74.31 万元。\n"
            "上级补助收入8.38万元，比2020年度决算数少17.40万元。\n支出比2020年度决算数少90.49万元。\n"
            "社会保障支出比2020年度决算数少91.91万元。\n")
    [part] = parse_text(text, "d.txt").parts
    assert part.fiscal_year == 2021


# Excerpts whose title was cut off: the body's own statements give the year (module rule 2).

def test_accounts_totals_give_the_year_over_a_comparison_two_years_back():
    """A 决算说明 page without its title, comparing with Y−2 (the defect Y503 reports): one
    statement of the year's totals settles the year that one comparison could not."""
    body = ["一、收入支出决算总体情况说明",
            "2019年度收入总计 512.30 万元、支出总计 512.30 万元。与2017年度相比，收、支总计各增加 20.10 万元。"]
    assert infer_fiscal_year(body) == 2019
    # without it, the comparison alone names no year: unknown (it gave 2018 through the only-year
    # fallback, a year the page never names), never 2019
    assert infer_fiscal_year(["一、收入支出决算总体情况说明",
                              "本年收入总计 512.30 万元。与2017年度相比，收、支总计各增加 20.10 万元。"]) is None


def test_accounts_template_phrases_give_the_year():
    assert infer_fiscal_year(["纳入本部门2020年度决算编制范围的单位共 2 个。"]) == 2020
    assert infer_fiscal_year(["2020年度一般公共预算财政拨款支出 88.00 万元，主要用于基本支出。"]) == 2020
    assert infer_fiscal_year(["（一）本单位2020年度总收入 90.00 万元，较2019年度决算数减少 4.00 万元。"]) == 2020
    # a comparison with that year's accounts is the year before, never the report's
    assert infer_fiscal_year(["一般公共预算财政拨款支出比2020年度收入决算减少 3.00 万元。"]) != 2020


def test_year_end_stock_gives_the_year_but_a_bare_year_end_does_not():
    body = ["三、人员情况", "截至2018年12月31日，本单位在职人员 31 人，其中行政编制 20 人。"]
    assert infer_fiscal_year(body) == 2018
    assert infer_fiscal_year(["截至2018年底，共有公务用车 2 辆，均为执法执勤用车。",
                              "1986年建站，2006年改制。"]) == 2018
    # 2017年末 without 截至 may be last year's stock stated beside this year's figures
    assert infer_fiscal_year(["本单位核定编制 24 个，2017年末在职 30 人。", "1999年建站，2006年改制。"]) is None
    # a mid-year 截至 date is the date of writing, never the year's end
    assert infer_fiscal_year(["截至2019年6月30日，资金已全部支付。", "1999年建站，2006年改制。"]) is None


def test_the_year_evaluated_gives_the_year():
    body = ["根据《某市财政局关于开展2021年度市级预算绩效自评工作的通知》要求，我局成立自评小组。",
            "一、部门基本情况"]
    assert infer_fiscal_year(body) == 2021
    # the evaluation word must belong to the year's own clause
    assert infer_fiscal_year(["2016年建成投用，后经多次改造，绩效自评由财务科牵头。", "1998年建站。"]) is None


def test_the_later_year_of_a_comparison_with_the_year_before():
    assert infer_fiscal_year(["2022年项目支出 40.00 万元，比2021年增加 5.00 万元。"]) == 2022
    assert infer_fiscal_year(["与2021年相比，2022年接待批次减少 3 批次。"]) == 2022


def test_statements_of_two_years_leave_the_year_unknown():
    """A bundle or a page with two years' accounts: no guess, not even from the weights."""
    body = ["2019年度收入总计 500.00 万元。", "2020年度收入总计 520.00 万元，2020年度支出总计 520.00 万元。",
            "2020年度本年支出 520.00 万元。"]
    assert infer_fiscal_year(body) is None


def test_a_stated_year_outweighed_by_another_is_left_unknown():
    body = ["2020年度收入总计 50.00 万元。", "2022年完成培训 3 期。", "2022年举办活动 4 场。",
            "2022年新增设备 2 台。"]
    assert infer_fiscal_year(body) is None


def test_a_year_end_stock_beside_a_later_year_is_no_evidence():
    """A budget states last year's stock (截至2023年底) and speaks of its own year; a final-accounts
    note stating its year's totals keeps its year, so Y507 can report the stock dated a year early."""
    budget = ["截至2023年底，本单位共有车辆2辆。", "2024年部门预算未安排购置车辆。"]
    assert infer_fiscal_year(budget) is None
    accounts = ["截至2023年底，本单位共有车辆2辆。", "2024年度部门决算中无车辆购置支出。",
                "2024年实行绩效目标管理的项目3个。"]
    assert infer_fiscal_year(accounts) == 2024


def test_a_lone_comparison_names_no_year_of_its_own():
    """``比2021年增加`` alone implies 2022 but names it nowhere: not the only year the body names.
    With the later year in the statement it is rule 2's evidence, as before."""
    assert infer_fiscal_year(["项目支出总计比2021年增加 5.00 万元，主要是新增培训。"]) is None
    assert infer_fiscal_year(["2022年项目支出 40.00 万元，比2021年增加 5.00 万元。"]) == 2022


def test_a_year_opening_a_sentence_keeps_another_from_being_the_only_one():
    """``2024年，某局印发…`` reads as a policy's date, yet may be the report's year: a lone 2023
    elsewhere is then not the only year the body names (it used to win)."""
    body = ["2024年，县财政局印发了项目资金管理办法，全年完成培训12期。", "该项目于2023年立项。"]
    assert infer_fiscal_year(body) is None
    # the quiet twin: with no year opening a sentence, the lone year is the body's
    assert infer_fiscal_year(["全年完成培训12期。", "该项目于2023年立项。"]) == 2023


def test_one_statement_against_four_is_a_slip_not_a_second_year():
    """A title-less 决算说明 excerpt states its totals four times for one year and once for the
    year before: a slip in that one statement (the year rules report it), not a bundle of two
    years. Against three it stays unknown (see the test above)."""
    body = ["2022年度收入总计 520.00 万元，支出总计 520.00 万元。", "2022年度本年收入合计 500.00 万元。",
            "2021年度本年支出合计 500.00 万元。", "2022年度财政拨款收入总计 480.00 万元。",
            "2022年度一般公共预算财政拨款支出 480.00 万元。"]
    assert infer_fiscal_year(body) == 2022
    assert infer_fiscal_year(body[:2] + body[3:4] + ["2021年度本年支出合计 500.00 万元。"] * 2) is None
