"""C702 same-quantity-different-values: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import SameQuantityDifferentValues

from .._harness import run
from ._drafts import CONSISTENCY, REPORT, run_fixture


def test_same_quantity_message_and_related():
    [d] = run_fixture(SameQuantityDifferentValues, "bad_project.txt")
    assert "320 万元" in d.message("zh") and "300 万元" in d.message("zh")
    assert [r.location.line for r in d.related] == [13, 17]


@pytest.mark.parametrize("body", [
    # one statement against one: which is right is not known
    "图书购置资金 30 万元已到位。\n\n图书购置资金 32 万元全部支出。",
    # last year's figure
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。上年图书购置资金 25 万元。",
    # another year's figure
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。2021年图书购置资金 25 万元。",
    # a part of another total
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。借阅经费 50 万元，其中图书购置资金 20 万元。",
    # parts of wholes that are not named by a money word: one 项目支出 per whole
    "机构运行 82.65 万元，其中：基本支出 82.65 万元，项目支出 0 万元。\n\n"
    "技术推广 6.40 万元，其中：基本支出 0 万元，项目支出 6.40 万元。\n\n"
    "住房公积金 7.01 万元，其中：基本支出 7.01 万元，项目支出 0 万元。\n\n"
    "事业单位医疗 4.53 万元，其中：基本支出 4.53 万元，项目支出 0 万元。",
    # 涉及资金 points back at the projects the clause before counts
    "5 个项目评为一等，涉及资金 128.40 万元；0 个项目评为二等，涉及资金 0 万元；"
    "0 个项目评为三等，涉及资金 0 万元；0 个项目评为四等，涉及资金 0 万元。",
])
def test_same_quantity_quiet_cases(body):
    assert run(SameQuantityDifferentValues, REPORT.format(body=body)) == []


def test_same_quantity_fires_on_the_lone_value():
    body = "图书购置资金 30 万元已到位。\n\n图书购置资金 30 万元按合同支付。\n\n图书购置资金 36 万元全部支出。"
    [d] = run(SameQuantityDifferentValues, REPORT.format(body=body))
    assert d.location.line == 7 and "36 万元" in d.message("zh")


def test_a_sentence_written_twice_is_one_statement():
    """A sentence doubled in place, or a paragraph written twice (found by mutation on a published
    budget page): its figure is stated once, so one against it is a tie, not a lone value (the
    doubling is D2xx's to report); two sentences of their own still outvote the lone one."""
    doubled = "图书购置资金 30 万元已到位。图书购置资金 30 万元已到位。\n\n图书购置资金 36 万元全部支出。"
    assert run(SameQuantityDifferentValues, REPORT.format(body=doubled)) == []
    twice = "图书购置资金 30 万元已到位。\n\n图书购置资金 30 万元已到位。\n\n图书购置资金 36 万元全部支出。"
    assert run(SameQuantityDifferentValues, REPORT.format(body=twice)) == []
    own = "图书购置资金 30 万元已到位。图书购置资金 30 万元按合同支付。\n\n图书购置资金 36 万元全部支出。"
    [d] = run(SameQuantityDifferentValues, REPORT.format(body=own))
    assert "36 万元" in d.message("zh")


def test_same_quantity_in_an_excerpt_one_against_two_is_a_warning():
    """An excerpt (no report title above its first line) may have lost statements above its
    cut: two scopes sharing a name (全部参保人 and 大病 both as 政策范围内费用) tie in the
    whole report, and a cut that drops one statement leaves a lone value that is no error."""
    body = ("二、资金使用情况\n\n政策范围内费用 605.50 万元，报销 420.00 万元。\n\n"
            "大病保险中，政策范围内费用 71.46 万元。\n\n其中政策范围内费用 71.46 万元由大病保险支付。\n")
    [d] = run(SameQuantityDifferentValues, body)
    assert d.severity.name == "warning" and "605.50" in d.message("zh")
    # the same three statements under the report's title: the whole report is there, an error
    [d] = run(SameQuantityDifferentValues, REPORT.format(body=body))
    assert d.severity.name == "error"
    # one against three in an excerpt: a fourth statement above the cut could not make a tie
    more = body + "\n政策范围内费用 71.46 万元已结算。\n"
    [d] = run(SameQuantityDifferentValues, more)
    assert d.severity.name == "error"


BUDGET_HEAD = "示范镇人民政府2024年度部门预算公开说明\n\n二、收支预算总体情况\n\n{body}\n"


def test_same_quantity_name_listed_twice_in_a_row_with_two_values():
    """``其中：a 支出 T，a 支出 x，b 支出 y``: the total copied over a part's name (a warning)."""
    body = ("（二）支出预算：2024年年初预算数 865.40 万元，其中：农林水支出 865.40 万元，"
            "农林水支出 512.30 万元，卫生健康支出 98.10 万元，住房保障支出 255.00 万元。")
    [d] = run(SameQuantityDifferentValues, BUDGET_HEAD.format(body=body))
    assert d.severity.name == "warning" and d.location.line == 5
    assert "“农林水支出”紧接着写了两次" in d.message("zh") and "865.40" in d.message("zh")
    assert "512.30" in d.message("zh") and len(d.related) == 1
    fixed = body.replace("农林水支出 865.40 万元，", "一般公共服务支出 0 万元，")
    assert run(SameQuantityDifferentValues, BUDGET_HEAD.format(body=fixed)) == []


@pytest.mark.parametrize("body", [
    # the same value twice: a doubled item, not two values (D-family)
    "其中：农林水支出 512.30 万元，农林水支出 512.30 万元，卫生健康支出 98.10 万元。",
    # another figure between the two: two lists, two scopes
    "本级：基本支出 300.00 万元，项目支出 20.00 万元；下属单位：基本支出 120.00 万元，项目支出 8.00 万元。",
    # a year in the name: two periods
    "2023年支出 300.00 万元，2024年支出 320.00 万元。",
    # a page that masked the names
    "其中：****支出 2.00 万元，****支出 2.06 万元，****支出 2.31 万元。",
    # a clause of its own between the two figures
    "农林水支出 512.30 万元，上年农林水支出 498.00 万元。",
])
def test_same_quantity_name_listed_twice_quiet_cases(body):
    assert [d for d in run(SameQuantityDifferentValues, BUDGET_HEAD.format(body=body))
            if d.key == "listed_twice"] == []


def test_c702_two_statements_whose_figures_differ_by_two_neighbouring_digits():
    """``村级组织运转经费 351.00`` and, two paragraphs on, ``315.00`` (modelled on a township's
    整体 report): one of the two is mistyped, whichever it is."""
    text = REPORT.format(body="全年拨付21个村村级组织运转经费351.00万元，按时拨付率100%。\n\n"
                              "下一步按季度拨付村级组织运转经费315.00万元。")
    [d] = run(SameQuantityDifferentValues, text)
    assert d.key == "transposed" and d.location.line == 5 and [r.location.line for r in d.related] == [3]


@pytest.mark.parametrize("second", [
    "下一步按季度拨付村级组织运转经费315.00万元。",   # the same figure
    "下一步按季度拨付村级组织运转经费325.00万元。",   # another figure, not the digits swapped: not known
    "下一步按季度拨付村民小组运转经费351.00万元。",   # another quantity
])
def test_c702_quiet_without_a_swap_of_one_quantitys_digits(second):
    text = REPORT.format(body=f"全年拨付21个村村级组织运转经费315.00万元，按时拨付率100%。\n\n{second}")
    assert run(SameQuantityDifferentValues, text) == []


def test_c702_sangong_line_under_its_older_name_and_a_change_without_its_verb():
    """A 决算说明 names the 三公 car line by its older name (公务用车购置及运行费) in 总体情况 and by
    the newer one (公务用车购置及运行维护费) in 具体情况: one item. Its change on last year written
    without 增加 (`支出决算 1.10 万元，增长 15.49%`) reads as the 决算 itself and contradicts the
    three statements of 8.20 万元 (`支出决算为 8.20 万元` among them)."""
    [d] = run_fixture(SameQuantityDifferentValues, "bad_sangong_accounts.txt")
    assert d.location.line == 7 and "1.10 万元" in d.message("zh") and "8.20 万元" in d.message("zh")
    assert [r.location.line for r in d.related] == [6, 9, 10]
    fixed = (CONSISTENCY / "bad_sangong_accounts.txt").read_text(encoding="utf-8").replace(
        "运行费支出决算 1.10", "运行费支出决算增加 1.10")
    assert run(SameQuantityDifferentValues, fixed) == []


FINAL_ACCOUNTS = "示范县文化馆2023年度部门决算说明\n\n七、“三公”经费支出情况说明\n\n{body}\n"


def test_a_name_with_a_bracket_is_read_whole_in_either_width():
    """因公出国（境）费支出 written with full- and half-width brackets is one quantity (ours): its
    lone value is found; its name is no longer cut to 费支出 at the bracket, where another
    name cut there (公务用车购置及运行（维护）费支出) was taken for the same quantity."""
    body = ("2023年因公出国（境）费支出1.20万元，主要用于赴外考察。\n\n"
            "因公出国(境)费支出1.20万元，比上年减少0.30万元。\n\n"
            "因公出国（境）费支出1.50万元，全部为财政拨款。")
    [d] = run(SameQuantityDifferentValues, FINAL_ACCOUNTS.format(body=body))
    assert "1.50" in d.message("zh") and "因公出国" in d.message("zh")
    assert run(SameQuantityDifferentValues, FINAL_ACCOUNTS.format(body=body.replace("1.50", "1.20"))) == []
    two_items = ("2023年因公出国（境）费支出1.20万元，主要用于赴外考察。\n\n"
                 "因公出国(境)费支出1.20万元，比上年减少0.30万元。\n\n"
                 "公务用车购置及运行（维护）费支出3.00万元，全部为财政拨款。")
    assert run(SameQuantityDifferentValues, FINAL_ACCOUNTS.format(body=two_items)) == []


def test_a_breakdown_in_brackets_between_a_name_and_its_figure():
    """``公务用车购置及运行维护费支出(其中：购置费…，运行维护费…)12.00万元`` (ours): the figure after the
    aside is the name's before it, compared with its other statements."""
    aside = "公务用车购置及运行维护费支出（其中：公务用车购置费0万元，公务用车运行维护费15.00万元）15.00万元。"
    body = ("公务用车购置及运行维护费支出12.00万元，用于公务用车日常运行。\n\n"
            "公务用车购置及运行维护费支出12.00万元，比上年减少1.00万元。\n\n" + aside)
    [d] = run(SameQuantityDifferentValues, FINAL_ACCOUNTS.format(body=body))
    assert "15.00" in d.message("zh") and d.location.line == 9
    assert run(SameQuantityDifferentValues, FINAL_ACCOUNTS.format(body=body.replace("15.00", "12.00"))) == []


_RESTATED = "2023年度我园保教专项经费项目财政资金总额{v}万元，全部为市级补助资金，全年按进度拨付使用。"


def test_c702_a_sentence_restated_with_one_figure_changed():
    """The 自评结论's funding sentence restated word for word under 佐证材料 (modelled on a
    school's project report), one copy edited and not the other: one statement of one scope with
    two values."""
    body = ("一、自评结论\n\n" + _RESTATED.format(v="24.80") + "\n\n二、佐证材料\n\n" + _RESTATED.format(v="26.30"))
    [d] = run(SameQuantityDifferentValues, REPORT.format(body=body))
    assert d.key == "restated" and d.location.line == 9 and [r.location.line for r in d.related] == [5]
    assert "24.80万元" in d.message("zh") and "26.30万元" in d.message("zh") and "restated" in d.message("en")


@pytest.mark.parametrize("second", [
    _RESTATED.format(v="24.80"),                                                   # the same figure
    _RESTATED.format(v="26.30").replace("市级补助资金", "县级配套资金"),            # worded otherwise: another scope may be meant
    "财政资金总额26.30万元。",                                                      # a bare label and figure
])
def test_c702_restated_quiet_cases(second):
    body = "一、自评结论\n\n" + _RESTATED.format(v="24.80") + "\n\n二、佐证材料\n\n" + second
    assert run(SameQuantityDifferentValues, REPORT.format(body=body)) == []


def test_same_quantity_narrowed_after_the_figure_it_narrows_is_a_part_of_it():
    """``住院 820 人次，总费用 506.20 万元，政策范围内总费用 471.35 万元`` and, in another sentence,
    ``门诊总费用 68.40 万元，政策范围内总费用 61.22 万元``: each 政策范围内总费用 narrows the 总费用
    right before it, so the 住院 one restated is no value the 门诊 one contradicts (modelled on a
    county medical-insurance report)."""
    body = ("全年农村贫困人口区域内住院 820 人次，总费用 506.20 万元，政策范围内总费用 471.35 万元，报销 420.18 万元。\n\n"
            "大病、特殊慢性病门诊总费用 68.40 万元，政策范围内总费用 61.22 万元，报销 55.10 万元。\n\n"
            "住院总费用 506.20 万元中，政策范围内总费用 471.35 万元，综合报销比例 89.14%。")
    assert run(SameQuantityDifferentValues, REPORT.format(body=body)) == []
    # the same measure restated with a figure of its own after the same whole still disagrees
    wrong = body + "\n\n全年区域内住院总费用 506.20 万元，政策范围内总费用 417.35 万元。"
    assert run(SameQuantityDifferentValues, REPORT.format(body=wrong)) != []


def test_c702_a_clause_after_a_semicolon_keeps_the_year_its_sentence_opened_with():
    """``2022年度支出合计 T，其中：基本支出 a；项目支出 b`` states 2022's 项目支出 after the
    semicolon: no value of the report year's 项目支出 stated twice elsewhere."""
    text = ("某县林草局2023年度部门决算说明\n二、支出决算情况说明\n"
            "2023年度支出合计 1864.20 万元，其中：基本支出 312.40 万元；项目支出 1551.80 万元。"
            "2022年度支出合计 905.60 万元，其中：基本支出 287.10 万元；项目支出 618.50 万元。"
            "2023年项目支出 1551.80 万元，2022年项目支出 618.50 万元。\n")
    assert run(SameQuantityDifferentValues, text) == []
    # the report year's own figure stated once otherwise still stands out
    wrong = text.replace("2022年度支出合计 905.60 万元，其中：基本支出 287.10 万元；项目支出 618.50 万元。",
                         "三、项目支出情况\n本年项目支出 1515.80 万元。\n")
    [d] = run(SameQuantityDifferentValues, wrong)
    assert "1515.80" in d.message()
