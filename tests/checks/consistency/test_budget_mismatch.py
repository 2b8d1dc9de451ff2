"""C705 budget-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import BudgetMismatch

from .._harness import run
from ._drafts import project


@pytest.mark.parametrize(("narrative", "fires"), [
    ("项目全年预算数为 40 万元，执行数为 38 万元。", False),
    ("项目全年预算数为 40 万元，执行数为 40 万元。", True),
    ("项目年初预算数为 30 万元，调整后预算数为 40 万元，执行数为 38 万元。", False),  # the adjusted budget
    ("上年预算数为 35 万元，执行数为 35 万元。", False),  # last year
    ("项目预算数为 400000 元，执行数为 380000 元。", False),  # the same in 元
    ("机关运行经费支出 30 万元，比年初预算数 20 万元增加 10 万元。", False),  # a comparison
    ("项目全年预算40万元，全年执行38万元。", False),  # 全年执行 is the 执行数
    ("项目全年预算40万元，全年执行36万元。", True),
    ("项目全年预算40万元，累计支出36万元。", True),
    ("项目全年预算40万元，全年执行38万元，预算执行率95%。", False),
    ("项目全年预算40万元，全年执行38万元，预算执行率97%。", True),  # the 执行率 against the form's
    ("项目全年预算40万元，全年执行38万元，其中财政资金执行率96%。", False),  # a part's rate
    ("项目全年预算40万元，执行38万元。", False),  # a bare 执行 after the budget's clause
    ("项目全年预算40万元，执行36万元。", True),
])
def test_budget_mismatch(narrative, fires):
    assert bool(run(BudgetMismatch, project(narrative))) == fires


# An excerpt of a bundle: one project's form, then the reports of two other projects whose own
# forms were cut away. Their budgets are theirs, not the form's.
BUNDLE_EXCERPT = """2023年度农机补贴项目绩效自评表

项目名称\t农机补贴
预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t40\t38\t95%\t9.5
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（50分）\t数量指标\t补贴户数\t≥100户\t120户\t50
效益指标（40分）\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t40
总分\t99.5

四、动物防疫经费项目绩效自评综述：项目全年预算数为15万元，执行数为15万元。

五、农技推广培训经费项目绩效自评综述：项目全年预算数为9万元，执行数为9万元。
"""


def test_budget_mismatch_leaves_other_projects_of_a_bundle_excerpt_alone():
    assert run(BudgetMismatch, BUNDLE_EXCERPT) == []
    # one project report whose header misnames it: still compared with its only form
    slip = project("三、农机购置项目绩效自评综述：项目全年预算数为40万元，执行数为40万元。")
    assert run(BudgetMismatch, slip) != []


def test_budget_mismatch_in_an_excerpt_links_a_statement_outside_the_form_only_by_name():
    """An excerpt has no report title: a statement above the form may close the report before it
    (its own form above the cut), one below may open the next; neither is the form's by place."""
    form = BUNDLE_EXCERPT.split("\n\n四、")[0] + "\n"
    above = "执行数为 200 万元，完成预算 100%。\n\n" + form
    assert run(BudgetMismatch, above) == []
    below = form + "\n四、动物防疫经费项目绩效自评综述：项目全年预算数为15万元，执行数为15万元。\n"
    assert run(BudgetMismatch, below) == []
    # under a report's title the report's only form is its own
    titled = "示范县2023年度农机补贴项目绩效自评报告\n\n项目全年预算数为 40 万元，执行数为 40 万元。\n\n" + form
    assert run(BudgetMismatch, titled) != []


@pytest.mark.parametrize(("narrative", "severity"), [
    # the project's own budget, unnamed or by its name: certainly the form's figures
    ("项目全年预算数为 40 万元，执行数为 40 万元。", "error"),
    ("本项目预算数为 40 万元，执行数为 40 万元。", "error"),
    ("2023年农机补贴项目预算数为 40 万元，执行数为 40 万元。", "error"),
    ("本项目共完成预算资金 40 万元。", "error"),  # a verb, not a fund's name, before the label
    # a budget the sentence names as another fund's (a programme the project draws on, or another
    # project's analysis pasted in): likely not this form's figures, but a person must judge
    ("2023年示范县城乡居民医保地方配套资金预算数为 4200 万元，实际执行数为 3900 万元。", "warning"),
])
def test_budget_mismatch_on_a_budget_the_sentence_names_as_another_funds(narrative, severity):
    [diag] = run(BudgetMismatch, project(narrative))
    assert diag.severity.name == severity


# A project's own 执行率 stated with no amounts beside it (a 未发现问题 line of the conclusion): read
# against the form's rate too, as a warning; a fund's or last year's rate is not the project's.
@pytest.mark.parametrize(("narrative", "fires"), [
    ("本项目预算执行率100%，各项指标全部完成，未发现问题。", True),
    ("本项目预算执行率95%，各项指标全部完成。", False),
    ("资金执行率为100%。", True),
    ("其中中央资金执行率100%。", False),  # a fund of the project, not its whole
    ("上年度项目预算执行率100%。", False),  # last year's
])
def test_a_project_rate_without_amounts_against_the_form(narrative, fires):
    found = run(BudgetMismatch, project(narrative))
    assert bool(found) == fires
    if fires:
        assert found[0].severity.name == "warning" and "95%" in found[0].message("zh")


def test_narrative_rate_against_the_form_is_a_warning():
    """A 执行率 may be reckoned on the 年初 budget: unlike an amount, it is not certainly wrong."""
    [finding] = run(BudgetMismatch, project("项目全年预算40万元，全年执行38万元，预算执行率97%。"))
    assert finding.severity.name == "warning"
    assert "执行率 97%" in finding.message("zh") and "95%" in finding.message("zh")


INITIAL_FORM = """示范县2023年度农机补贴绩效自评报告

一、自评结论

{narrative}

2023年度农机补贴项目绩效自评表

项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t30\t40\t38\t10\t95%\t9.5
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t补贴户数\t≥100户\t120户\t50\t50
效益指标\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t40\t40
总分\t100\t99.5
"""


def test_narrative_initial_budget_against_the_forms_initial_column():
    [finding] = run(BudgetMismatch, INITIAL_FORM.format(narrative="年初预算35万元，调整后全年预算40万元，全年执行38万元。"))
    assert finding.severity.name == "warning" and "年初预算数 35万元" in finding.message("zh")
    assert run(BudgetMismatch, INITIAL_FORM.format(narrative="年初预算30万元，调整后全年预算40万元，全年执行38万元。")) == []


def test_a_narrative_naming_only_the_initial_budget_is_read_against_the_initial_column():
    """``年初预算30万元`` alone is the 年初 budget, not the adjusted 40 of the 全年预算数 column: it
    had been compared with 40 and reported as an error on a correct draft."""
    assert run(BudgetMismatch, INITIAL_FORM.format(narrative="本项目年初预算数为30万元，全年执行38万元。")) == []
    assert run(BudgetMismatch, INITIAL_FORM.format(narrative="本项目年初预算数为30万元，年中追加10万元。")) == []
    [finding] = run(BudgetMismatch, INITIAL_FORM.format(narrative="本项目年初预算数为35万元，全年执行38万元。"))
    assert finding.severity.name == "warning" and "年初预算数 35万元" in finding.message("zh")


# A 部门整体 report: a sentence on one expense line against that line's row of the form.
OVERALL = """某县图书馆2024年度部门整体支出绩效自评报告
一、部门整体支出情况
{sentence}
二、部门整体支出绩效自评表
年度预算申请\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t420.50\t436.80\t431.20\t10\t98.72%\t9.87
其中：基本支出\t345.00\t350.00\t350.00\t—\t100.00%\t—
项目支出\t75.50\t86.80\t81.20\t—\t93.55%\t—
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t举办阅读推广活动\t≥60场\t72场\t90\t90
总分\t100\t99.87
"""


@pytest.mark.parametrize(("sentence", "fires"), [
    ("项目支出全年预算86.80万元，执行81.20万元，执行率93.55%。", False),
    ("项目支出全年预算86.80万元，执行82.10万元，执行率94.59%。", True),  # the 项目支出 row's 81.20
    ("基本支出全年预算350.00万元，执行350.00万元。", False),
    ("基本支出全年预算352.00万元，执行352.00万元。", True),
    ("全年预算436.80万元，执行431.20万元。", False),  # the whole unit's: the 年度资金总额 row
    # a project's budget, and a part after 其中: no line of the form
    ("阅读推广项目支出全年预算20.00万元，执行19.00万元。", False),
    ("全年预算436.80万元，其中项目支出预算90.00万元。", False),
])
def test_a_department_sentence_on_one_expense_line_against_its_row(sentence, fires):
    assert bool(run(BudgetMismatch, OVERALL.format(sentence=sentence))) == fires


def test_a_sentence_tied_by_its_opening_words_or_a_bare_zhixing_is_a_warning():
    [d] = run(BudgetMismatch, OVERALL.format(sentence="项目支出全年预算86.80万元，执行82.10万元。"))
    assert d.severity.name == "warning"
    [d] = run(BudgetMismatch, project("项目全年预算40万元，执行36万元。"))
    assert d.severity.name == "warning"
    [d] = run(BudgetMismatch, project("项目全年预算40万元，全年执行36万元。"))
    assert d.severity.name == "error"


def test_a_form_read_one_cell_a_line_keeps_the_unit_its_budget_header_declares():
    # a 自评表 pasted from a PDF one cell a line: its 项目资金（千元） header sets the unit of the
    # budget rows, as it does when the form is read as a table
    cells = ["项目名称", "职业技能培训补贴", "项目资金（千元）", "年初预算数", "全年预算数", "全年执行数", "分值",
             "执行率", "得分", "年度资金总额", "8,600", "8,600", "8,514", "20", "99.00%", "19.8",
             "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "产出指标", "数量指标", "补贴培训人数", "≥5000人", "5,236人", "80", "80", "总分", "100", "99.8"]
    text = ("示范市人社局2023年度职业技能培训补贴项目支出绩效自评报告\n\n一、预算执行\n\n"
            "全年预算{budget}千元，全年执行8,514千元，执行率99.00%。\n\n二、项目支出绩效自评表\n\n"
            + "\n".join(cells) + "\n")
    assert run(BudgetMismatch, text.format(budget="8,600")) == []
    (d,) = run(BudgetMismatch, text.format(budget="8,900"))
    assert "8,900" in d.message("zh") and "千元" in d.message("zh")


@pytest.mark.parametrize(("sentence", "fires"), [
    # a county market regulator's problems (probe17c): the rate named by the expense line, no amount
    ("部分检测合同年底才完成验收，项目支出执行率87.75%，低于预期。", True),  # the row's 93.55%
    ("部分检测合同年底才完成验收，项目支出执行率93.55%，低于预期。", False),
    ("基本支出预算执行率为100%。", False),
    ("基本支出预算执行率为98%。", True),
    # last year's rate, and a project's
    ("上年项目支出执行率87.75%。", False),
    ("阅读推广项目的项目支出执行率87.75%。", False),
])
def test_a_department_rate_named_by_an_expense_line_against_its_row(sentence, fires):
    found = run(BudgetMismatch, OVERALL.format(sentence=sentence))
    assert bool(found) == fires
    assert all(d.severity.name == "warning" and "执行率" in d.message("zh") for d in found)


@pytest.mark.parametrize(("narrative", "fires"), [
    # a county 农田管护 report (probe17c): the money said to be spent in full beside 38 of 40
    ("项目全年预算40万元，资金已全部执行完毕。", True),
    ("项目资金已全部支出，无结余。", True),
    ("项目资金全部使用完毕。", True),
    # not a claim of spending: paid on or received; denied; of one source; another year
    ("项目资金已全部拨付到位。", False),
    ("项目资金尚未全部使用完毕，结余2万元。", False),
    ("其中中央资金已全部执行完毕，县级配套资金结余2万元。", False),
    ("上年结转资金已全部使用完毕。", False),
    ("2022年度项目资金已全部执行完毕。", False),
])
def test_a_claim_that_the_money_was_spent_in_full_against_the_form(narrative, fires):
    found = run(BudgetMismatch, project(narrative))
    assert bool(found) == fires
    assert all(d.severity.name == "warning" and "38" in d.message("zh") for d in found)


def test_a_claim_of_spending_in_full_quiet_when_the_form_spent_it():
    spent = project("项目资金已全部执行完毕，无结余。").replace("\t40\t38\t95%\t9.5", "\t40\t40\t100%\t10")
    assert run(BudgetMismatch, spent) == []


@pytest.mark.parametrize(("narrative", "fires"), [
    # the form's row: 预算数 40, 执行数 38 (万元): 2 万元 left
    ("截至年底，项目年末结余资金 4.00 万元。", True),
    ("项目结转结余 20000 元，按规定收回财政。", False),  # the same in 元
    ("项目结转结余 50000 元，按规定收回财政。", True),
    ("项目年末结余资金 2.00 万元。", False),
    # not the project's balance of the year: a source's, last year's, cumulative; nor a sentence
    # that states the budget and spending beside it (read as a whole by A107)
    ("县级配套资金结余 3 万元。", False),
    ("上年结余资金 5 万元已全部使用。", False),
    ("项目累计结余 6 万元。", False),
    ("项目全年预算40万元，实际支出37万元，结余3万元。", False),
])
def test_a_balance_the_narrative_states_against_the_forms_budget_less_actual(narrative, fires):
    found = run(BudgetMismatch, project(narrative))
    if not fires:
        assert all("结余" not in d.message("zh") for d in found)
        return
    (d,) = found
    assert d.severity.name == "warning" and "40 万元 − 执行数 38 万元 = 2" in d.message("zh")


PROSE_ONLY = """某县农业农村局2023年度耕地保护项目支出绩效自评报告

一、项目资金情况

本项目全年预算数为 126.40 万元，全年执行数为 118.25 万元。

二、项目绩效情况

截至2023年12月31日，{balance}
"""


@pytest.mark.parametrize(("balance", "fires"), [
    ("项目年末结余资金 8.51 万元，已按规定收回。", True),
    ("项目年末结余资金 8.15 万元，已按规定收回。", False),
    ("项目结转结余 81500 元，已按规定收回。", False),
    ("培训子项目结余资金 3.00 万元。", False),  # a part's balance, not the project's
    ("中央资金结余 5.00 万元。", False),  # one source's
])
def test_a_balance_against_the_budget_and_spending_the_narrative_states(balance, fires):
    found = run(BudgetMismatch, PROSE_ONLY.format(balance=balance))
    assert bool(found) == fires
    assert all(d.severity.name == "warning" and "126.40 万元 − 执行数 118.25 万元 = 8.15 万元" in d.message("zh")
               for d in found)


def test_a_balance_is_not_read_against_two_budgets_the_narrative_states():
    two = PROSE_ONLY.replace("二、项目绩效情况", "另一子项目全年预算数为 20.00 万元，全年执行数为 18.00 万元。\n\n二、项目绩效情况")
    assert run(BudgetMismatch, two.format(balance="项目年末结余资金 8.51 万元。")) == []


def test_a_balance_is_not_read_against_a_total_row_left_at_zero():
    blank_total = project("项目年末结余资金 4.00 万元。").replace("\t40\t38\t95%\t9.5", "\t0\t0\t0%\t0")
    assert all("结余" not in d.message("zh") for d in run(BudgetMismatch, blank_total))


# A township's project form whose 年度资金总额 row was left at 0 while its one 其中 row holds the
# figures (modelled on a township's entrusted-services project): A127 reports the empty total;
# the narrative is read against the row that carries the form's figures.
ZERO_TOTAL = """示范镇2022年度委托业务项目绩效自评报告

一、自评结论

{narrative}

2022年度项目支出绩效自评表

项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额：\t0\t0\t0\t10\t0\t0
其中：本年财政拨款\t60\t60\t58.46\t\t\t
上年结转资金\t\t\t\t\t\t
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t委托事项数\t≥3项\t3项\t50\t50
效益指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t40\t40
总分\t100\t100
"""


def test_a_zero_total_row_reads_the_one_filled_row_below_it():
    assert run(BudgetMismatch, ZERO_TOTAL.format(narrative="本项目全年预算60万元，全年执行58.46万元。")) == []
    [finding] = run(BudgetMismatch, ZERO_TOTAL.format(narrative="本项目全年预算60万元，全年执行56.46万元。"))
    assert "56.46" in finding.message("zh")


SPENT_PROSE = """示范县文化旅游局2023年度{kind}绩效自评报告

一、{money_heading}

{money}

二、绩效目标完成情况

{claim}
"""


@pytest.mark.parametrize(("kind", "money", "claim", "fires"), [
    # a project without a form: the claim against the budget and spending its own prose states
    ("非遗保护项目支出", "本项目全年预算数为 60.00 万元，全年执行数为 52.40 万元。", "项目资金已全部执行完毕，各项目标均已完成。", True),
    ("非遗保护项目支出", "本项目全年预算数为 60.00 万元，全年执行数为 60.00 万元。", "项目资金已全部执行完毕。", False),
    # the claim and a 执行率 below 100% in one paragraph (a department's, no form)
    ("部门整体支出", "全年预算数 860.20 万元，执行数 790.50 万元，预算执行率 91.9%，预算资金已全部执行完毕。", "各项工作有序推进。", True),
    ("部门整体支出", "全年预算数 860.20 万元，执行数 860.20 万元，预算执行率 100%，预算资金已全部执行完毕。", "各项工作有序推进。", False),
    # a department's claim on one expense line's money is not the unit's
    ("部门整体支出", "全年预算数 860.20 万元，执行数 790.50 万元，预算执行率 91.9%。项目资金已全部执行完毕。", "各项工作有序推进。", False),
    # the money that arrived, not the budget; last year's
    ("非遗保护项目支出", "本项目全年预算数为 60.00 万元，全年执行数为 52.40 万元。", "到位资金已全部支出完毕。", False),
    ("非遗保护项目支出", "本项目全年预算数为 60.00 万元，全年执行数为 52.40 万元。", "上年结转资金已全部使用完毕。", False),
    # two budgets stated: which one the claim speaks of is unknown
    ("非遗保护项目支出", "本项目全年预算数为 60.00 万元，全年执行数为 52.40 万元。另一子项目全年预算数为 20.00 万元，全年执行数为 20.00 万元。",
     "项目资金已全部执行完毕。", False),
])
def test_a_claim_of_spending_in_full_against_the_narratives_own_figures(kind, money, claim, fires):
    found = run(BudgetMismatch, SPENT_PROSE.format(kind=kind, money_heading="资金情况", money=money, claim=claim))
    assert bool(found) == fires
    assert all(d.severity.name == "warning" and "资金并未全部支出" in d.message("zh") for d in found)


def test_a_claim_of_spending_in_full_names_its_figures_in_the_message_language():
    text = SPENT_PROSE.format(kind="部门整体支出", money_heading="资金情况", claim="各项工作有序推进。",
                              money="全年预算数 860.20 万元，执行数 790.50 万元，预算执行率 91.9%，预算资金已全部执行完毕。")
    (d,) = run(BudgetMismatch, text)
    assert "预算 860.20 万元，执行 790.50 万元，执行率 91.9%" in d.message("zh")
    assert "budget 860.20 万元, actual 790.50 万元, rate 91.9%" in d.message("en")
    assert "执行" not in d.message("en").split("(")[1]
