"""C708 income-expense-totals-unequal: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import IncomeExpenseTotalsUnequal

from .._harness import line_of, run
from ._drafts import TOWN, lines_of


def test_c708_income_and_expense_totals_differ():
    text = TOWN.replace("分别为 845.60 万元和 845.60 万元", "分别为 812.40 万元和 830.15 万元")
    assert lines_of(IncomeExpenseTotalsUnequal, text) == [line_of(text, "收入、支出总计")]
    split = TOWN.replace("本单位2023年度收入、支出总计分别为 845.60 万元和 845.60 万元。",
                         "收入总计 845.60 万元，较上年增加 3.00 万元；支出总计 830.15 万元。")
    assert lines_of(IncomeExpenseTotalsUnequal, split) == [line_of(split, "收入总计")]


def test_c708_only_in_final_accounts():
    text = "某单位2023年度项目支出绩效自评报告\n收入总计 5.00 万元，支出总计 4.00 万元。\n"
    assert run(IncomeExpenseTotalsUnequal, text) == []


def test_c708_totals_of_different_scopes_are_not_paired():
    text = TOWN.replace("本单位2023年度收入、支出总计分别为 845.60 万元和 845.60 万元。",
                        "财政拨款收入总计 790.00 万元；一般公共预算财政拨款支出总计 830.15 万元。")
    assert run(IncomeExpenseTotalsUnequal, text) == []


def test_c708_totals_given_as_a_pair_sharing_one_unit():
    # The 四川 template: 收、支总计各是 A、B万元 (the unit written after the second figure only).
    text = TOWN.replace("本单位2023年度收入、支出总计分别为 845.60 万元和 845.60 万元。",
                        "2023年度收、支总计各是812.40、830.15万元。与2022年相比，收、支总计各减少20.10、2.35万元。")
    assert lines_of(IncomeExpenseTotalsUnequal, text) == [line_of(text, "收、支总计各是")]
    comma = text.replace("812.40、830.15万元", "812.40,830.15万元")
    assert lines_of(IncomeExpenseTotalsUnequal, comma) == [line_of(comma, "收、支总计各是")]


def test_c708_quiet_on_an_equal_pair_sharing_one_unit():
    text = TOWN.replace("本单位2023年度收入、支出总计分别为 845.60 万元和 845.60 万元。",
                        "2023年度收、支总计各是845.60、845.60万元。与2022年相比，收、支总计各减少20.10、20.10万元。")
    assert run(IncomeExpenseTotalsUnequal, text) == []


def test_c708_totals_stated_apart_beside_their_joint_change():
    """``收入总计 A，支出总计 B。…收入、支出总计各增加 X`` (a county school's 决算说明): the joint
    change states neither total, so the two statements are a pair."""
    text = ("示范县第一中学2023年度单位决算情况说明\n\n一、收入支出决算总体情况说明\n\n"
            "2023年度收入总计2856.34万元，支出总计2865.34万元。与2022年度相比，收入、支出总计各增加156.20万元，"
            "增长5.78%。\n")
    [d] = run(IncomeExpenseTotalsUnequal, text)
    assert d.location.line == line_of(text, "收入总计2856.34")


def test_c708_quiet_when_the_totals_stated_apart_agree():
    text = ("示范县第一中学2023年度单位决算情况说明\n\n一、收入支出决算总体情况说明\n\n"
            "2023年度收入总计2856.34万元，支出总计2856.34万元。与2022年度相比，收入、支出总计各增加156.20万元，"
            "增长5.78%。\n")
    assert run(IncomeExpenseTotalsUnequal, text) == []


def test_c708_an_expense_total_that_takes_the_income_totals_scope():
    # 财政拨款收入总计 A、支出总计 B: the 支出总计 is the 财政拨款 one, written once for both
    said = "本单位2023年度收入、支出总计分别为 845.60 万元和 845.60 万元。"
    text = TOWN.replace(said, "2023年度财政拨款收入总计790.00万元、支出总计709.00万元。")
    assert lines_of(IncomeExpenseTotalsUnequal, text) == [line_of(text, "财政拨款收入总计")]
    right = TOWN.replace(said, "2023年度财政拨款收入总计790.00万元、支出总计790.00万元。")
    assert run(IncomeExpenseTotalsUnequal, right) == []
    # a 支出总计 of its own scope, or one after other words, stays unpaired
    for other in ["2023年度财政拨款收入总计790.00万元、一般公共预算财政拨款支出总计709.00万元。",
                  "2023年度财政拨款收入总计790.00万元，比上年增加3.00万元；支出总计709.00万元。"]:
        assert run(IncomeExpenseTotalsUnequal, TOWN.replace(said, other)) == []


def test_c708_quiet_where_the_sentence_carries_the_difference_forward():
    # a government's 财政决算: 支出总计 leaves out what is carried to next year, and the sentence
    # says so with the very difference (收支相抵，结转下年 A − B)
    report = ("某县2023年财政决算报告\n"
              "全县地方收入30120万元，转移支付收入55300万元，上年结余1000万元，收入总计86420万元。"
              "一般公共预算支出71350万元，上解支出2150万元，支出总计{exp}万元，"
              "收支相抵，结转下年支出{carry}万元。\n")
    assert run(IncomeExpenseTotalsUnequal, report.format(exp="73500", carry="12920")) == []
    # a carry-over that does not close the gap explains nothing
    wrong = report.format(exp="73500", carry="11920")
    assert lines_of(IncomeExpenseTotalsUnequal, wrong) == [line_of(wrong, "收入总计")]
