"""C718 row-figure-misquoted: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import RowFigureMisquoted

from .._harness import run

# A 三公 table of a 决算 and the section that restates it.
DRAFT = """某县文物所2023年度单位决算
九、财政拨款“三公”经费支出决算表
单位：万元
| 项目 | 预算数 | 决算数 |
| 因公出国（境）费 | 0.00 | 0.00 |
| 公务接待费 | 0.80 | 0.47 |
| 公务用车购置及运行维护费 | 3.00 | 2.64 |
十、“三公”经费支出决算情况说明
{sentence}
"""


def test_a_row_restated_with_another_figure():
    text = DRAFT.format(sentence="2023年度“三公”经费支出决算中，公务接待费支出决算1.47万元，占15.11%；"
                                 "公务用车购置及运行维护费支出决算2.64万元，占84.89%。")
    [d] = run(RowFigureMisquoted, text)
    assert d.location.line == 9
    assert "1.47" in d.message("zh") and "0.80、0.47" in d.message("zh")


@pytest.mark.parametrize("sentence", [
    # the row's own figures: the 决算数, or the 预算数, or in 元
    "公务接待费支出决算0.47万元，公务用车购置及运行维护费支出决算2.64万元。",
    "公务接待费支出0.80万元，公务用车购置及运行维护费支出决算2.64万元。",
    # a budget is not read: a table of spending (基本支出明细表) does not show it
    "公务接待费预算1.50万元，公务用车购置及运行维护费支出决算2.64万元。",
    "公务接待费支出决算4700元，公务用车购置及运行维护费支出决算2.64万元。",
    # last year's figure, and a longer name (another scope)
    "公务接待费支出决算0.47万元，比上年减少0.35万元，上年公务接待费0.82万元。",
    "一般公共预算财政拨款公务接待费支出1.47万元，公务用车购置及运行维护费支出决算2.64万元。",
    # no other figure of the sentence quotes the table: which table is meant is not known
    "公务接待费支出决算1.47万元。",
])
def test_quiet_when_the_prose_quotes_the_row_or_another_quantity(sentence):
    assert run(RowFigureMisquoted, DRAFT.format(sentence=sentence)) == []


def test_a_one_figure_sentence_witnessed_by_the_sentence_beside_it():
    """``（三）公务用车购置及运行维护费支出2.84万元。具体而言：公务用车运行维护费2.64万元…`` (found by
    mutation on a 三公 draft): a sentence of one figure is read where a sentence beside it in the
    paragraph quotes the same table; a paragraph of that figure alone stays quiet."""
    table = DRAFT.replace("| 公务用车购置及运行维护费 | 3.00 | 2.64 |",
                          "| 公务用车购置及运行维护费 | 3.00 | 2.64 |\n| 其中：公务用车运行维护费 | 3.00 | 2.64 |")
    sentence = ("（三）公务用车购置及运行维护费支出决算{a}万元，与上年持平。"
                "具体而言：公务用车运行维护费2.64万元，主要用于车辆燃油和维修。")
    [d] = run(RowFigureMisquoted, table.format(sentence=sentence.format(a="2.84")))
    assert d.location.line == 10 and "2.84" in d.message("zh")
    assert run(RowFigureMisquoted, table.format(sentence=sentence.format(a="2.64"))) == []
    alone = "（三）公务用车购置及运行维护费支出决算2.84万元，与上年持平。主要用于车辆燃油和维修。"
    assert run(RowFigureMisquoted, table.format(sentence=alone)) == []


def test_in_a_budget_the_budget_figure_is_read():
    # a 预算 part's tables are budgets: 公务接待费预算 quotes the row
    budget = ("某县文物所2024年部门预算\n七、“三公”经费预算表\n单位：万元\n| 项目 | 2024年预算数 |\n"
              "| 公务接待费 | 0.80 |\n| 公务用车购置及运行维护费 | 3.00 |\n八、“三公”经费预算说明\n"
              "公务接待费预算{a}万元，公务用车购置及运行维护费预算3.00万元。\n")
    [d] = run(RowFigureMisquoted, budget.format(a="1.80"))
    assert "1.80" in d.message("zh")
    assert run(RowFigureMisquoted, budget.format(a="0.80")) == []


@pytest.mark.parametrize(("sentence", "claim"), [
    # the row's 决算数 quoted, its change against the row's 预算数 told wrong
    ("2.公务接待费支出0.47万元，与2023年度预算相比无变化，原因是厉行节约。", "无变化"),
    ("2.公务接待费支出0.47万元，与2023年度预算相比，减少0.03万元，下降3.75%。", "减少0.03万元"),
    ("3.公务用车购置及运行维护费支出2.64万元，与2023年度预算相比，增加0.36万元。", "增加0.36万元"),
])
def test_a_change_against_the_budget_the_row_does_not_give(sentence, claim):
    [d] = [d for d in run(RowFigureMisquoted, DRAFT.format(sentence=sentence)) if d.key == "change"]
    assert d.location.line == 9 and f"“{claim}”" in d.message("zh")
    assert "预算数 0.80 万元、决算数 0.47 万元" in d.message("zh") or "预算数 3.00 万元、决算数 2.64 万元" in d.message("zh")


@pytest.mark.parametrize("sentence", [
    "2.公务接待费支出0.47万元，与2023年度预算相比，减少0.33万元，下降41.25%。",
    "3.公务用车购置及运行维护费支出2.64万元，与2023年度预算相比，减少0.36万元。",
    "1.因公出国（境）费支出0.00万元，与2023年度预算相比无变化。",
    # a figure that is not the row's 决算数 (C718's own finding, if any) is not read for the change
    "2.公务接待费支出0.50万元，与2023年度预算相比无变化。",
])
def test_quiet_when_the_change_against_the_budget_is_the_rows(sentence):
    assert [d for d in run(RowFigureMisquoted, DRAFT.format(sentence=sentence)) if d.key == "change"] == []


def test_a_three_public_table_laid_out_across_is_not_read_for_the_change():
    """Columns per item, rows 预算数 / 决算数: no row is headed 预算 and 决算, nothing is read."""
    across = ("某县文物所2023年度单位决算\n九、财政拨款“三公”经费支出决算表\n单位：万元\n"
              "| 项目 | 合计 | 因公出国（境）费 | 公务接待费 |\n| 预算数 | 0.80 | 0.00 | 0.80 |\n"
              "| 决算数 | 0.47 | 0.00 | 0.47 |\n十、情况说明\n公务接待费支出0.47万元，与2023年度预算相比无变化。\n")
    assert [d for d in run(RowFigureMisquoted, across) if d.key == "change"] == []


TOTALS = """某县供销社2024年度部门决算说明
一、收入支出决算总体情况说明
{sentence}
收入支出决算总表
金额单位：万元
| 收入项目 | 金额 | 支出项目 | 金额 |
| 本年收入合计 | 286.40 | 本年支出合计 | 281.70 |
| 财政拨款收入 | 270.40 | 基本支出 | 236.50 |
| 其他收入 | 16.00 | 项目支出 | 45.20 |
"""


@pytest.mark.parametrize(("sentence", "fires"), [
    ("本年收入合计286.40万元，其中：财政拨款收入270.40万元，其他收入16.00万元。", False),
    ("本年收入合计286.40万元，其中：财政拨款收入272.40万元，其他收入14.00万元。", True),
    # the whole is no figure of the table: its parts may be of another scope
    ("本年收入合计290.00万元，其中：财政拨款收入272.40万元，其他收入17.60万元。", False),
    # a part whose name is no row of the table (a sub-item)
    ("本年收入合计286.40万元，其中：财政拨款收入270.40万元，含上级专项补助20.00万元。", False),
])
def test_a_part_after_qizhong_whose_whole_quotes_the_table(sentence, fires):
    assert bool(run(RowFigureMisquoted, TOTALS.format(sentence=sentence))) == fires


@pytest.mark.parametrize(("sentence", "fires"), [
    # 合计 ends the prose's name: the 总表's 本年支出合计 row, though 合计 is a connector elsewhere
    ("2024年度本年收入合计286.40万元，本年支出合计291.70万元，年末结转和结余4.70万元。", True),
    ("2024年度本年收入合计286.40万元，本年支出合计281.70万元，年末结转和结余4.70万元。", False),
    # 支出共计 X: no total row of that name (支出 alone names none)
    ("2024年度本年收入合计286.40万元，各项支出共计291.70万元。", False),
])
def test_a_total_the_prose_names_with_heji_is_the_total_row(sentence, fires):
    found = run(RowFigureMisquoted, TOTALS.format(sentence=sentence))
    assert bool(found) == fires
    if fires:
        assert "281.70" in found[0].message() and "291.70" in found[0].message()


# The numbered items of a 三公 passage, one figure a paragraph: an item is witnessed by the figure
# of the item right before it (a probe draft of ours had 3.公务接待费 misquoted and no finding).
_ITEMS = """某市交通运输局2023年度部门决算
七、一般公共预算财政拨款“三公”经费支出决算表
金额单位：万元
项目\t预算数\t决算数
合计\t32.00\t28.64
因公出国（境）费\t0.00\t0.00
公务用车购置及运行费\t27.00\t24.36
公务接待费\t5.00\t4.28
八、“三公”经费支出决算情况说明
2023年度“三公”经费财政拨款支出决算为28.64万元，{completion}。其中：
1.因公出国（境）费支出0.00万元。
2.公务用车购置及运行费支出24.36万元，主要用于执法执勤车辆燃料费、维修费等。
3.公务接待费支出{hosting}万元，国内公务接待38批次。
"""


def test_a_numbered_item_restated_with_another_figure():
    [d] = run(RowFigureMisquoted, _ITEMS.format(completion="完成预算的89.50%", hosting="4.82"))
    assert d.location.line == 13 and "4.82" in d.message("zh") and "5.00、4.28" in d.message("zh")


def test_numbered_items_that_quote_the_table_are_quiet():
    assert run(RowFigureMisquoted, _ITEMS.format(completion="完成预算的89.50%", hosting="4.28")) == []


def test_a_completion_of_the_budget_the_table_does_not_give():
    [d] = run(RowFigureMisquoted, _ITEMS.format(completion="完成预算的95.80%", hosting="4.28"))
    assert d.location.line == 10 and "89.50%" in d.message("zh") and "32.00" in d.message("zh")


@pytest.mark.parametrize("completion", ["完成预算的89.5%", "完成预算的90%", "比上年减少2.56万元"])
def test_a_completion_of_the_budget_the_table_gives_is_quiet(completion):
    assert run(RowFigureMisquoted, _ITEMS.format(completion=completion, hosting="4.28")) == []


# A 决算's 总表 (all funds) and 财政拨款 总表 beside its 情况说明 (text we wrote).
FUND_TOTALS = """某镇人民政府2023年度部门决算
公开01表 收入支出决算总表
单位：万元
| 项目 | 金额 | 项目 | 金额 |
| 一、一般公共预算财政拨款收入 | 1,204.50 | 一、一般公共服务支出 | 1,010.20 |
| 二、其他收入 | 20.00 | 二、城乡社区支出 | 214.30 |
| 本年收入合计 | 1,224.50 | 本年支出合计 | 1,224.50 |
公开04表 财政拨款收入支出决算总表
单位：万元
| 项目 | 金额 | 项目 | 合计 | 一般公共预算财政拨款 |
| 一、一般公共预算财政拨款 | 1,204.50 | 一、一般公共服务支出 | 1,010.20 | 1,010.20 |
| | | 二、城乡社区支出 | 194.30 | 194.30 |
| 本年收入合计 | 1,204.50 | 本年支出合计 | 1,204.50 | 1,204.50 |
五、一般公共预算财政拨款支出决算情况说明
{sentence}
"""


@pytest.mark.parametrize("sentence", [
    # spending from a source is not the source's income row (一、一般公共预算财政拨款 on the 收入 side)
    "2023年度一般公共预算财政拨款支出1194.30万元，一般公共服务支出1010.20万元。",
])
def test_quiet_on_one_funds_spending_against_the_income_rows(sentence):
    assert run(RowFigureMisquoted, FUND_TOTALS.format(sentence=sentence)) == []


def test_quiet_on_one_funds_spending_against_the_all_funds_rows():
    # a paragraph of one fund's spending quotes that fund's rows, not the all-funds 总表's (its
    # 一般公共服务支出 the same in both, its 城乡社区支出 holding the other funds' too)
    all_funds = FUND_TOTALS.split("公开04表")[0] + "五、一般公共预算财政拨款支出决算情况说明\n{sentence}\n"
    text = all_funds.format(sentence="2023年度一般公共预算财政拨款支出1204.50万元，主要用于：一般公共服务支出"
                                     "1010.20万元；城乡社区支出194.30万元。")
    assert run(RowFigureMisquoted, text) == []
    text = all_funds.format(sentence="2023年度本年支出合计1224.50万元，主要用于：一般公共服务支出"
                                     "1010.20万元；城乡社区支出194.30万元。")
    [d] = run(RowFigureMisquoted, text)  # all funds' spending: the 总表's row is quoted
    assert "194.30" in d.message("zh")


def test_the_all_funds_rows_are_still_read_where_the_paragraph_names_no_fund():
    text = FUND_TOTALS.format(sentence="2023年度本年支出合计1224.50万元，其中：一般公共服务支出1010.20万元；城乡社区支出241.30万元。")
    [d] = run(RowFigureMisquoted, text)
    assert d.location.line == 15 and "241.30" in d.message("zh")
    text = FUND_TOTALS.format(sentence="2023年度一般公共预算财政拨款收入1240.50万元，一般公共服务支出1010.20万元。")
    [d] = run(RowFigureMisquoted, text)  # the income row is still quoted by its own name
    assert "1240.50" in d.message("zh")


# The all-funds 总表 of a 决算 and the 一般公共预算财政拨款 section that lists its classes: the
# section's figures are of one fund, the 总表's rows of every source (a fund's spending, 政府性基金
# 预算 money here, is in the 总表's row and not in the section's).
ALL_FUNDS = """某县水务所2023年度部门决算说明
收入支出决算总表
单位：万元
| 收入 | 金额 | 支出 | 金额 |
| 一般公共预算财政拨款收入 | 650.00 | 社会保障和就业支出 | 80.00 |
| 政府性基金预算财政拨款收入 | 120.00 | 农林水支出 | 690.00 |
| 本年收入合计 | 770.00 | 本年支出合计 | 770.00 |
四、{heading}
{sentence}
"""


@pytest.mark.parametrize("heading,sentence", [
    ("一般公共预算财政拨款支出决算情况说明",
     "2023年度一般公共预算财政拨款支出650.00万元，主要用于：社会保障和就业支出80.00万元；农林水支出570.00万元。"),
])
def test_a_fund_section_is_not_read_against_the_all_funds_table(heading, sentence):
    """A 一般公共预算财政拨款 section quoting a class the 总表 shows for all funds (found on a 决算说明
    of our own, whose 农林水 class had 政府性基金 spending besides)."""
    assert run(RowFigureMisquoted, ALL_FUNDS.format(heading=heading, sentence=sentence)) == []


def test_an_all_funds_section_is_still_read_against_the_all_funds_table():
    text = ALL_FUNDS.format(heading="支出决算情况说明",
                            sentence="本年支出合计770.00万元，主要用于：社会保障和就业支出80.00万元；农林水支出590.00万元。")
    [d] = run(RowFigureMisquoted, text)
    assert "590.00" in d.message("zh")


# The 三公 total of the prose against the 合计 row of the 三公 table (a total restated with a figure
# the table does not hold, seen on real 决算 pages; text we wrote).
_TOTAL = """某市交通运输局2023年度部门决算
七、一般公共预算财政拨款“三公”经费支出决算表
金额单位：万元
项目\t预算数\t决算数
合计\t32.00\t28.64
因公出国（境）费\t0.00\t0.00
公务用车购置及运行费\t27.00\t24.36
公务接待费\t5.00\t4.28
八、“三公”经费支出决算情况说明
{sentence}
"""


def test_the_sangong_total_restated_with_another_figure():
    text = _TOTAL.format(sentence="2023年度“三公”经费财政拨款支出预算为32.00万元，支出决算为26.64万元，完成预算的83.25%。")
    [d] = run(RowFigureMisquoted, text)
    assert d.location.line == 10
    assert "26.64" in d.message("zh") and "“合计”" in d.message("zh") and "32.00、28.64" in d.message("zh")


@pytest.mark.parametrize("sentence", [
    # the total the table gives
    "2023年度“三公”经费财政拨款支出预算为32.00万元，支出决算为28.64万元，完成预算的89.50%。",
    # an item, a 其中 or last year between the mention and the figure: another quantity
    "2023年度“三公”经费中公务接待费支出4.28万元，公务用车购置及运行费支出24.36万元。",
    "“三公”经费财政拨款支出决算28.64万元，其中：公务接待费4.28万元，上年决算为31.20万元。",
    # 三公 and 会议费 together: a sum the 三公 table does not give
    "“三公”经费及会议费、培训费支出36.10万元，“三公”经费支出决算28.64万元。",
    # a budget in a 决算 is not read (a 决算's 三公 table may show no 预算数)
    "“三公”经费年初预算为30.00万元，支出决算为28.64万元。",
])
def test_the_sangong_total_quiet(sentence):
    assert run(RowFigureMisquoted, _TOTAL.format(sentence=sentence)) == []


def test_a_total_row_outside_a_sangong_table_is_not_the_sangong_total():
    text = _TOTAL.replace("七、一般公共预算财政拨款“三公”经费支出决算表", "七、一般公共预算财政拨款基本支出决算表").format(
        sentence="2023年度“三公”经费财政拨款支出预算为32.00万元，支出决算为26.64万元。")
    assert run(RowFigureMisquoted, text) == []


def test_the_total_of_a_table_of_sangong_and_other_spending_is_not_the_sangong_total():
    """A 三公 table that also lists 会议费 and 培训费 totals more than the 三公: its 合计 is not the
    figure the 三公 sentence restates."""
    text = (_TOTAL.replace("“三公”经费支出决算表", "“三公”经费及会议费、培训费支出决算表")
            .replace("合计\t32.00\t28.64", "合计\t34.00\t30.04")
            .replace("公务接待费\t5.00\t4.28\n", "公务接待费\t5.00\t4.28\n会议费\t2.00\t1.40\n")
            .format(sentence="2023年度“三公”经费财政拨款支出预算为32.00万元，支出决算为28.64万元。"))
    assert run(RowFigureMisquoted, text) == []


# A 总表 that splits 财政拨款 by fund, and the 收入 paragraph that restates it (text we wrote).
_BY_FUND = """某镇人民政府2023年度部门决算
公开01表 收入支出决算总表
单位：万元
| 项目 | 金额 | 项目 | 金额 |
| 一、一般公共预算财政拨款收入 | {general} | 一、一般公共服务支出 | 1,010.20 |
| 二、政府性基金预算财政拨款收入 | {fund} | 二、城乡社区支出 | 214.30 |
| 三、其他收入 | 20.00 | | |
| 本年收入合计 | 1,224.50 | 本年支出合计 | 1,224.50 |
二、收入决算情况说明
2023年度本年收入合计1224.50万元，其中：财政拨款收入{said}万元，占99.18%。
"""


def test_fiscal_income_against_the_general_budget_row_when_no_other_fund_has_any():
    """财政拨款收入 is the three funds' rows together; where 政府性基金 is zero, it is the
    一般公共预算财政拨款收入 row, and 1214.50 against 1,204.50 is a misquote."""
    [d] = run(RowFigureMisquoted, _BY_FUND.format(general="1,204.50", fund="0.00", said="1214.50"))
    assert d.location.line == 10
    assert "1214.50" in d.message("zh") and "一般公共预算财政拨款收入" in d.message("zh")
    assert run(RowFigureMisquoted, _BY_FUND.format(general="1,204.50", fund="0.00", said="1204.50")) == []


def test_fiscal_income_not_read_when_another_fund_has_income():
    # 1,194.50 + 10.00: 财政拨款收入 is their sum, which no row holds; it is not read
    for said in ("1204.50", "1214.50"):
        assert run(RowFigureMisquoted, _BY_FUND.format(general="1,194.50", fund="10.00", said=said)) == []


@pytest.mark.parametrize(("template", "sentence", "words"), [
    # the prose's total with 合计 (matched by the key 支出合计)
    (TOTALS, "2024年度本年收入合计286.40万元，本年支出合计291.70万元，年末结转和结余4.70万元。", "本年支出合计"),
    # the 三公 total, matched to the 合计 row by a name the draft does not write
    (_TOTAL, "2023年度“三公”经费财政拨款支出决算为26.64万元。公务接待费4.28万元。", "2023年度“三公”经费财政拨款支出决算"),
    (DRAFT, "2023年度“三公”经费支出决算中，公务接待费支出决算1.47万元，公务用车购置及运行维护费支出决算2.64万元。",
     "公务接待费支出决算"),
])
def test_the_message_quotes_the_drafts_words(template, sentence, words):
    """The message names the figure by the draft's own words, not by the key a row is matched
    with (支出合计, “三公”经费…), in both languages."""
    [d] = run(RowFigureMisquoted, template.format(sentence=sentence))
    assert f"正文写“{words}”" in d.message("zh")
    assert f"the text gives '{words}' as" in d.message("en")


def test_a_completion_wrong_by_the_sentences_own_figures_is_one_finding_of_a107():
    # modelled on a 三公 passage that states the 预算数 and 决算数 the table gives and a rate off
    # both: one slip, reported by the sentence's arithmetic (A107), not again against the table
    from perflint.checks.arithmetic import BudgetCompletionMismatch

    text = _TOTAL.format(sentence="2023年度“三公”经费财政拨款支出预算为32.00万元，支出决算为28.64万元，完成预算的10.50%。")
    assert run(RowFigureMisquoted, text) == []
    [d] = run(BudgetCompletionMismatch, text)
    assert d.location.line == 10 and "10.50%" in d.message("zh")
    # a sentence without the budget, or with a budget the table does not give, is still read against the table
    [d] = run(RowFigureMisquoted, _TOTAL.format(sentence="2023年度“三公”经费财政拨款支出决算为28.64万元，完成预算的10.50%。"))
    assert "完成预算的10.50%" in d.message("zh")
    [d] = run(RowFigureMisquoted, _TOTAL.format(
        sentence="2023年度“三公”经费财政拨款支出预算为30.00万元，支出决算为28.64万元，完成预算的95.47%。"))
    assert "32.00" in d.message("zh")
