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
