"""Y507 other-year-as-current: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import OtherYearAsCurrent

from .._harness import line_of, run
from ._drafts import ACCOUNTS, diagnostics


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


def test_y507_target_on_the_row_under_its_header():
    # the header row names the target column; the target's text is the next row's first cell
    form = ("部门预算项目支出绩效自评表(2023年度) | ||||\n"
            "项目名称 | 城乡居民医保监管工作经费 | ||||\n"
            "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |\n"
            "{year}年拟安排财政资金45万元，用于聘用人员工资发放。 | 已按计划完成。 | |||\n")
    [found] = diagnostics(form.format(year=2022), OtherYearAsCurrent)
    assert found.location.line == 4 and "2022" in found.message("zh")
    assert diagnostics(form.format(year=2023), OtherYearAsCurrent) == []


def test_the_scope_of_the_years_accounts_names_the_year():
    """``纳入本部门2020年度决算编制的二级预算单位`` in a 2021 决算: the units whose accounts this report
    compiles are the year's; an earlier year there was copied from last year's report."""
    text = ("示范县幼儿园2021年度部门决算\n\n一、部门基本情况\n\n"
            "从预算单位构成看，纳入本部门{year}年度决算编制的二级预算单位主要包括示范幼儿园本部。\n")
    [d] = run(OtherYearAsCurrent, text.format(year=2020))
    assert "2020" in d.message("zh") and d.location.line == 5
    assert run(OtherYearAsCurrent, text.format(year=2021)) == []
    # last year's accounts named to compare with are no scope
    compared = text.format(year=2021).replace("主要包括示范幼儿园本部。", "与纳入2020年度决算编制的单位相比无变化。")
    assert run(OtherYearAsCurrent, compared) == []


def test_the_scope_names_the_unit_instead_of_the_department():
    """The template often names the unit between 纳入 and the year (纳入某某卫生院2022年度部门决算编制
    范围的…, modelled on a township health centre's 2023 决算): the scope is still the year's."""
    text = ("青禾镇卫生院2023年度部门决算\n\n一、机构设置情况\n\n"
            "从单位构成看，青禾镇卫生院部门决算由本级决算组成。\n\n"
            "纳入青禾镇卫生院{year}年度部门决算编制范围的二级预算单位包括：青禾镇卫生院（本级）。\n")
    [d] = run(OtherYearAsCurrent, text.format(year=2022))
    assert d.key == "scope" and "2022" in d.message("zh") and d.location.line == 7
    assert run(OtherYearAsCurrent, text.format(year=2023)) == []
    # a clause between 纳入 and the year: the year belongs to something else
    other = text.format(year=2023).replace("纳入青禾镇卫生院2023年度", "纳入，2022年度")
    assert [d for d in run(OtherYearAsCurrent, other) if d.key == "scope"] == []


def test_y507_heading_on_an_earlier_years_evaluation_follow_up_is_quiet():
    """``（四）2022年度…绩效评价整改情况`` in a 2023 self-evaluation (modelled on a county water fund
    report): what came of last year's evaluation, named by its year on purpose."""
    head = ("示范县2023年农村饮水工程维修养护资金绩效自评报告\n\n一、概述\n\n（一）资金下达情况\n\n"
            "下达资金40万元。\n\n（二）{heading}\n\n上年评价指出的问题均已整改到位。\n")
    assert run(OtherYearAsCurrent, head.format(heading="2022年度水利发展资金绩效评价整改情况")) == []
    [d] = run(OtherYearAsCurrent, head.format(heading="2022年度资金使用情况"))  # still last year's heading
    assert "标题" in d.message()


def test_y507_quiet_in_a_budget_excerpt_whose_title_was_cut_off():
    """The 其他重要事项 of a 2024 budget without its title: the year-end stock of 2023 is the baseline
    a budget reports. The same lines in a 2024 final-accounts note date the stock a year early."""
    budget = ("（三）国有资产占有使用情况\n截至2023年底，本单位共有车辆2辆，单位价值100万元以上大型设备0台（套）。\n"
              "2024年部门预算未安排购置车辆。\n（四）预算绩效情况\n2024年实行绩效目标管理的项目3个，涉及预算120.00万元。\n")
    assert diagnostics(budget, OtherYearAsCurrent) == []
    accounts = budget.replace("2024年部门预算未安排购置车辆", "2024年度部门决算中无车辆购置支出")
    (d,) = diagnostics(accounts, OtherYearAsCurrent)
    assert d.location.line == line_of(accounts, "截至2023年底")


# A 2023 form whose 时效 indicator's 年度指标值 opens with a date of the year before.
TIMELINESS_FORM = (
    "示范县2023年度农机补贴项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t补贴户数\t≥100户\t120户\t50\t50\n"
    "产出指标\t时效指标\t补贴发放时间\t{deadline}\t2023年11月20日\t40\t40\n"
    "总分\t90\t90\n"
)


def test_y507_indicator_target_dated_the_year_before():
    text = TIMELINESS_FORM.format(deadline="2022年12月31日前")
    for variant in (text, "\n".join(c for line in text.split("\n") for c in line.split("\t"))):
        [finding] = run(OtherYearAsCurrent, variant)
        assert finding.location.line == line_of(variant, "2022年12月31日前") and "年度指标值" in finding.message()


def test_y507_quiet_on_an_indicator_target_of_the_report_year():
    assert run(OtherYearAsCurrent, TIMELINESS_FORM.format(deadline="2023年12月31日前")) == []
    # a later year is no target copied from last year's form
    assert run(OtherYearAsCurrent, TIMELINESS_FORM.format(deadline="2024年6月30日前")) == []


def test_y507_form_year_line_of_the_year_before():
    """``项目支出绩效自评表`` / ``（2022年度）`` in a 2023 report: the form's title year, copied."""
    report = "示范县2023年度农机补贴项目支出绩效自评报告\n\n一、自评结论\n\n自评得分90分。\n\n项目支出绩效自评表\n{year}\n" + \
        TIMELINESS_FORM.format(deadline="2023年12月31日前").split("\n", 1)[1]
    [finding] = run(OtherYearAsCurrent, report.format(year="（2022年度）"))
    assert finding.location.line == 8
    assert run(OtherYearAsCurrent, report.format(year="（2023年度）")) == []


def test_y507_indicator_target_at_the_end_of_the_next_year():
    text = TIMELINESS_FORM.format(deadline="2024年12月31日前")
    [finding] = run(OtherYearAsCurrent, text)
    assert finding.location.line == line_of(text, "2024年12月31日前") and finding.key == "indicator"


def test_y507_indicator_actual_dated_the_year_before():
    text = TIMELINESS_FORM.format(deadline="2023年12月31日前").replace("2023年11月20日", "2022年11月20日")
    [finding] = run(OtherYearAsCurrent, text)
    assert finding.location.line == line_of(text, "2022年11月20日") and finding.key == "actual"


def test_y507_sentence_of_an_earlier_year_stating_the_whole_years_results():
    text = ACCOUNTS + "2022年全年开展展览12场，接待群众1.2万人次。\n2022年，我馆全面完成年度各项工作任务。\n"
    found = run(OtherYearAsCurrent, text)
    assert [(d.location.line, d.key) for d in found] == [
        (line_of(text, "2022年全年开展"), "whole_year"), (line_of(text, "2022年，我馆全面"), "whole_year")]


def test_y507_quiet_for_an_earlier_years_results_set_against_this_year():
    text = ACCOUNTS + ("2022年全年开展展览10场，2023年增至12场。\n此前，2022年全年开展展览10场。\n"
                       "三、2022年度绩效评价问题整改情况\n2022年全年开展展览10场。\n")
    assert run(OtherYearAsCurrent, text) == []


def test_y507_what_the_unit_had_none_of_in_another_year():
    text = ("某县人民医院2023年度单位决算\n"
            "九、政府性基金预算财政拨款收入支出决算情况说明\n"
            "本单位{y}年度无政府性基金预算财政拨款收入、支出及结转结余。\n"
            "1.因公出国（境）费支出0万元。本部门{y}年度未安排因公出国（境）。\n")
    assert run(OtherYearAsCurrent, text.format(y=2023)) == []
    found = run(OtherYearAsCurrent, text.format(y=2022))
    assert [d.location.line for d in found] == [3, 4]
    assert "无/未" in found[0].message()
    # a comparison with the year before is no statement about the year
    compared = "本单位2022年度无政府性基金收入，与上年相比2023年度新增专项债券资金。"
    assert run(OtherYearAsCurrent, "某县人民医院2023年度单位决算\n" + compared + "\n") == []


def test_y507_a_total_of_the_accounts_under_an_earlier_year():
    """In a 2023 决算说明, ``2022年度政府采购支出总额…`` opening a sentence states the accounts of the
    year under last year's name; a comparison that names 2023 too stays quiet."""
    head = "某县人民医院2023年度单位决算\n十一、政府采购支出情况说明\n"
    [d] = run(OtherYearAsCurrent, head + "2022年度政府采购支出总额1,356.80万元，其中：货物支出1,120.40万元。\n")
    assert d.location.line == 3
    assert run(OtherYearAsCurrent, head + "2023年度政府采购支出总额1,356.80万元，其中：货物支出1,120.40万元。\n") == []
    assert run(OtherYearAsCurrent, head + "2022年度政府采购支出总额1,200.00万元，2023年度增加156.80万元。\n") == []


def test_y507_whole_year_figures_with_their_subject_before_quanian():
    text = ACCOUNTS + ("2022年项目全年预算数60万元，其中：省级资金40万元，县级资金20万元。\n"
                       "2022年度本馆全年共开展展览12场。\n")
    found = run(OtherYearAsCurrent, text)
    assert [(d.location.line, d.key) for d in found] == [
        (line_of(text, "2022年项目全年"), "whole_year"), (line_of(text, "2022年度本馆全年"), "whole_year")]


def test_y507_quiet_for_a_year_that_starts_or_bounds_the_whole_year_figures():
    text = ACCOUNTS + ("2022年起全年开放展厅，免费接待群众。\n2022年以来全年开展展览均在10场以上。\n"
                       "2023年项目全年预算数60万元，全年执行数57万元。\n")
    assert run(OtherYearAsCurrent, text) == []


def test_y507_the_years_execution_stated_at_the_end_of_the_year_before():
    """``截至2022年12月31日，项目执行数…，预算执行率…，结余…`` in a 2023 project report: the
    year's execution cannot be measured before the year began; the 结余 it goes on to give is
    that execution's, not an opening balance (modelled on a county 学生资助 report)."""
    text = ("示范县教育局2023年度学生资助项目支出绩效自评报告\n一、项目资金情况\n"
            "2023年项目全年预算数856.40万元。截至{d}，项目执行数842.16万元，预算执行率98.34%，结余14.24万元。\n")
    [d] = run(OtherYearAsCurrent, text.format(d="2022年12月31日"))
    assert d.location.line == 3 and "2022年12月31日" in d.message("zh")
    assert run(OtherYearAsCurrent, text.format(d="2023年12月31日")) == []
    # the opening balance at the end of the year before is a stock the report may cite
    opening = ("示范县教育局2023年度学生资助项目支出绩效自评报告\n一、项目资金情况\n"
               "截至2022年12月31日，项目结转结余资金14.24万元，已全部纳入2023年预算统筹使用。\n")
    assert run(OtherYearAsCurrent, opening) == []


NEXT_YEAR_END = ("某镇人民政府2023年度部门整体支出绩效自评报告\n一、部门基本情况\n{stock}\n"
                 "二、部门整体支出情况\n2023年度全年支出合计2798.60万元。\n")


def test_y507_stock_at_the_end_of_the_next_year():
    """A 2023 report cannot know the staff at the end of 2024: the report's year-end mistyped."""
    for stock in ("2024年末编制人数62人，实有在职人员58人。", "截至2024年12月31日，编制人数62人，实有在职人员58人。"):
        (d,) = run(OtherYearAsCurrent, NEXT_YEAR_END.format(stock=stock))
        assert d.key == "stock_next" and d.location.line == 3 and "2024" in d.message()
    # the report's own year-end, a date of writing in the next year, or a plan, stay quiet
    for stock in ("2023年末编制人数62人，实有在职人员58人。", "截至2024年3月31日，已支付资金120万元。",
                  "预计到2024年末，实有人数将达到60人。"):
        assert run(OtherYearAsCurrent, NEXT_YEAR_END.format(stock=stock)) == [], stock


PROJECT_EVALUATION = ("某区2023年农田灌溉改造项目重点绩效评价报告\n一、基本情况\n"
                      "项目总投资300万元，其中中央资金240万元、区级资金60万元。\n"
                      "区农业农村局2024年累计申请项目资金240万元。\n{stock}\n")


def test_y507_later_evaluation_of_a_project_named_by_its_year():
    """An evaluation (not the unit's 自评) of a project named by the year it was set up is written
    after the project ran: the money it received by the end of the next year is its progress."""
    stock = "截至2024年12月31日，项目实际收到资金240万元，共支付228万元。"
    assert run(OtherYearAsCurrent, PROJECT_EVALUATION.format(stock=stock)) == []
    # the unit's own 自评 of the year, or a report of the year's accounts, cannot know that year-end
    for title in ("某区2023年农田灌溉改造项目绩效自评报告", "某区2023年度农田灌溉改造项目重点绩效评价报告"):
        text = PROJECT_EVALUATION.replace("某区2023年农田灌溉改造项目重点绩效评价报告", title).format(stock=stock)
        (d,) = run(OtherYearAsCurrent, text)
        assert d.key == "stock_next", title


def test_y507_later_evaluation_titled_as_a_summary():
    """A 重点绩效评价报告摘要 (the summary a finance bureau publishes, modelled on a district's
    farmland project) saved from the web under its address (``# https://…``) is the same later
    evaluation: a bare address is no report's title, the evaluation's title is, and the project's
    money at the end of the next year is its progress."""
    stock = "截至2024年12月31日，项目实际收到资金240万元，共支付228万元。"
    text = "# https://www.example.gov.cn/c/2025-10-28/101.shtml\n" + PROJECT_EVALUATION.replace(
        "重点绩效评价报告", "重点绩效评价报告摘要").format(stock=stock)
    assert run(OtherYearAsCurrent, text) == []
    own = text.replace("项目重点绩效评价报告摘要", "项目绩效自评报告摘要")
    (d,) = run(OtherYearAsCurrent, own)
    assert d.key == "stock_next"


STALE_TASK_FORM = (
    "某市林业局2023年度项目支出绩效自评表\n"
    "项目名称\t某市退耕还林工作经费\n"
    "年度总体目标\t预期目标\t实际完成情况\n"
    "\t{goal}\t已完成\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t{name}\t{target}\t4个\t50\t50\n"
    "产出指标\t质量指标\t检查验收合格率\t100%\t100%\t40\t40\n"
    "总分\t90\t90\n"
)
_GOAL = "配合上级部门完成对我市{year}年度退耕还林工程的检查验收"


def test_y507_annual_target_naming_a_task_of_an_older_year_inside_its_text():
    """A 2023 form whose annual target or 年度指标值 names a year's task two or more years back
    (``完成对我市2019年度退耕还林工程的检查验收``, modelled on a held-out forestry form): the
    target copied from an old form; the year need not open the text."""
    text = STALE_TASK_FORM.format(goal=_GOAL.format(year=2019), name="验收县数", target="4个")
    [finding] = run(OtherYearAsCurrent, text)
    assert finding.location.line == 4 and finding.key == "stale_task"
    text = STALE_TASK_FORM.format(goal=_GOAL.format(year=2023), name="验收县数", target="完成2020年度补植任务")
    [finding] = run(OtherYearAsCurrent, text)
    assert finding.location.line == 6 and finding.key == "stale_task"


def test_y507_quiet_on_older_years_a_target_rightly_names():
    """The year before (its works inspected in Y), the report's year, a policy title, a span, a
    carry-over, funds of an earlier year and results being consolidated are no stale task."""
    for goal in (_GOAL.format(year=2022), _GOAL.format(year=2023),
                 "落实《某省2019年度退耕还林实施方案》要求",
                 "完成2019—2023年度退耕还林补植任务",
                 "完成2020年度结转项目建设",
                 "使用2020年度中央财政补助资金完成补植",
                 "巩固2020年度退耕还林成果",
                 "自2019年度以来累计完成退耕还林5万亩"):
        text = STALE_TASK_FORM.format(goal=goal, name="验收县数", target="4个")
        assert run(OtherYearAsCurrent, text) == [], goal


def test_y507_stale_task_beside_a_clause_that_consolidates():
    """The exemptions read the year's own clause: results consolidated in the next clause do not
    excuse an old task in this one."""
    goal = _GOAL.format(year=2019) + "，巩固退耕还林成果"
    [finding] = run(OtherYearAsCurrent, STALE_TASK_FORM.format(goal=goal, name="验收县数", target="4个"))
    assert finding.key == "stale_task"


def test_y507_annual_target_of_another_year_in_the_reports_prose():
    """A report's own 年度目标 paragraph (a label and its colon, or a label that names the year)
    opening with last year: the year's target copied from last year's report."""
    text = ("某县林业站2023年度森林防火经费项目支出绩效自评报告\n一、项目基本情况\n"
            "（二）项目绩效目标\n1.总体目标：2021年建成瞭望塔，2022—2025年每年开展巡护。\n"
            "2.年度目标：{a}年开展防火巡护 300 次，培训护林员 40 人。\n"
            "{b}年度目标：森林火灾受害率控制在 0.9‰ 以内。\n")
    found = diagnostics(text.format(a=2022, b=2022), OtherYearAsCurrent)
    assert [d.location.line for d in found] == [5, 6]
    assert all("年度目标" in d.message() for d in found)
    assert diagnostics(text.format(a=2023, b=2023), OtherYearAsCurrent) == []


def test_y507_quiet_on_a_target_that_names_last_year_inside_it():
    text = ("某县林业站2023年度森林防火经费项目支出绩效自评报告\n"
            "年度目标：巩固2022年创建成果，开展防火巡护 300 次。\n"
            "年度绩效目标：与2022年相比，森林火灾受害率下降。\n"
            "总体目标：2021年至2025年建成防火监测网络。\n")
    assert diagnostics(text, OtherYearAsCurrent) == []


def test_y507_table_title_read_into_the_table_names_last_year():
    """A 公开表's title read as the table's first row (a cell alone on its row) names last year."""
    text = ("某区司法局2021年度部门决算说明\n公开01表\n{year}年度收入支出决算总表\n单位：万元\n"
            "收入 决算数 支出 决算数\n一、一般公共预算财政拨款收入 1,236.45 一、公共安全支出 1,236.45\n"
            "本年收入合计 1,236.45 本年支出合计 1,236.45\n")
    found = [d for d in diagnostics(text.format(year=2020), OtherYearAsCurrent)]
    assert [(d.location.line, "标题" in d.message()) for d in found] == [(3, True)]
    assert diagnostics(text.format(year=2021), OtherYearAsCurrent) == []


def test_y507_quiet_on_a_table_row_naming_last_years_accounts():
    text = ("某区司法局2021年度部门决算说明\n单位：万元\n项目 2021年度 2020年度\n"
            "2020年度决算数 1,138.32 1,138.32\n本年支出合计 1,236.45 1,138.32\n")
    assert diagnostics(text, OtherYearAsCurrent) == []


def test_y507_form_year_field_of_another_year():
    text = ("某县第二小学2024年度营养改善计划补助资金绩效自评报告\n项目支出绩效自评表\n"
            "| 项目名称 | 营养改善计划补助资金 | | |\n| 自评年度 | {a} | | |\n"
            "项目名称  营养改善计划补助资金    评价年度：{b}年度\n")
    found = diagnostics(text.format(a=2023, b=2023), OtherYearAsCurrent)
    assert [d.location.line for d in found] == [4, 5]
    assert all("年度栏" in d.message() for d in found)
    assert diagnostics(text.format(a=2024, b=2024), OtherYearAsCurrent) == []


def test_y507_quiet_on_last_years_column_and_filing_year():
    text = ("某县第二小学2024年度营养改善计划补助资金绩效自评报告\n"
            "| 项目 | 上年度 | 2023 | 本年度 | 2024 |\n| 填报年度 | 2025 | | |\n")
    assert diagnostics(text, OtherYearAsCurrent) == []


def test_y507_whole_units_count_of_last_year_as_the_years():
    text = ACCOUNTS + "{year}年度全局共接待来访检查考察16批次、142人次。\n"
    found = diagnostics(text.format(year=2022), OtherYearAsCurrent)
    assert [d.location.line for d in found] == [line_of(text.format(year=2022), "全局共接待")]
    assert diagnostics(text.format(year=2023), OtherYearAsCurrent) == []


def test_y507_quiet_on_a_places_count_or_a_comparison_of_last_year():
    text = ACCOUNTS + ("2022年全县共有常住人口 31.2 万人。\n2022年度全局共接待检查16批次，2023年度共接待20批次。\n"
                       "2022年度全局共有在职人员 58 人。\n")
    assert diagnostics(text, OtherYearAsCurrent) == []


def test_y507_stale_task_in_the_goal_of_sichuans_form_as_pipe_text():
    """Sichuan's form names its goal block 1.项目年度目标完成情况 (texts under 项目年度目标 and
    年度目标完成情况); a web page turned it to pipe text, the merged cells as empty ones."""
    rows = ("某市林业局部门预算项目支出绩效自评表(2023年度) | | | | | | |\n"
            "项目名称 | | 某市退耕还林工作经费 | | | | |\n"
            "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | | | 年度目标完成情况 | |\n"
            "| | {goal} | | | 已完成 | |\n"
            "| 2.项目实施内容及过程概述 | 开展退耕还林检查验收和业务培训 | | | | |\n"
            "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 得分 |\n"
            "| 总额 | 5.00 | 5.00 | 5.00 | 100.00% | 10 |\n"
            "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 得分 |\n"
            "| 产出指标 | 数量指标 | 验收县数 | 4个 | 4个 | 90 |\n")
    found = run(OtherYearAsCurrent, rows.format(goal=_GOAL.format(year=2019)))
    assert [(d.location.line, d.key) for d in found] == [(4, "stale_task")]
    assert run(OtherYearAsCurrent, rows.format(goal=_GOAL.format(year=2023))) == []


ORGANISATION_AT_YEAR_END = ("重庆市某区某镇人民政府2022年度部门决算情况说明\n一、部门基本情况\n(二)机构设置\n{stock}\n")


def test_y507_set_up_listed_at_the_end_of_the_previous_year():
    """A town's 2022 决算说明 (modelled on a district town's): ``2021年末下设机构分别为：党政办公室、…``
    lists the unit's set-up, a stock stated by names rather than a figure, at the end of the year
    before, copied from last year's note. The set-up at the end of 2022, a comparison with last
    year's, and a change dated 2021 (an event, not a stock) are not reported."""
    (d,) = run(OtherYearAsCurrent, ORGANISATION_AT_YEAR_END.format(
        stock="2021年末下设机构分别为:党政办公室、党群工作办公室、财政办公室、应急管理办公室。"))
    assert d.key == "stock" and d.location.line == 4 and "2021" in d.message()
    for stock in ("2022年末下设机构分别为:党政办公室、党群工作办公室、财政办公室、应急管理办公室。",
                  "与2021年末相比,下设机构减少了规划建设办公室。",
                  "2021年末,根据区委编委文件撤销了原社会事务办公室。"):
        assert run(OtherYearAsCurrent, ORGANISATION_AT_YEAR_END.format(stock=stock)) == [], stock


def test_a_status_as_of_a_bare_earlier_year():
    """``截至2019年，全镇共有卫生室14个`` in a 2023 report (modelled on a project's background copied
    from an old report): the status of 2019 given as the current one. A history up to then
    (累计, 已), or the report's own year in the sentence, stays quiet."""
    text = "某镇卫生院2023年度项目支出绩效自评报告\n一、项目概况\n{line}\n"
    [d] = run(OtherYearAsCurrent, text.format(line="截至2019年，全镇共有村卫生室14个，乡村医生30名。"))
    assert d.location.line == 3 and d.severity.name == "warning"
    assert d.message("zh") == "2023 年度报告把截至 2019年 的数作为现状：应为 2023 年的数，或说明为何引用旧数"
    assert run(OtherYearAsCurrent, text.format(line="截至2019年，全镇已累计建成村卫生室14个。")) == []
    assert run(OtherYearAsCurrent, text.format(line="截至2023年，全镇共有村卫生室14个。")) == []


def test_y507_accounts_of_the_next_year_as_the_report_years():
    """``2.收入情况。2024年度收入合计 C，较上年决算数减少…`` in a 2023 决算说明: the next year's
    accounts were not closed when the report was written — the year's figure under a wrong year.
    A plan or a budget of the next year, and a sentence not opened by the year, stay quiet."""
    text = ("某县文化馆2023年度单位决算说明\n"
            "一、收入支出决算总体情况说明\n"
            "1.总体情况。2023年度收入总计 412.50 万元，支出总计 412.50 万元。\n"
            "2.收入情况。2024年度收入合计 400.10 万元，较上年决算数减少 12.40 万元，下降 3.0%。\n"
            "3.支出情况。2023年度支出合计 405.20 万元，较上年决算数减少 10.10 万元，下降 2.4%。\n"
            "4.其他。2024年度预算安排 420.00 万元，较上年增加 7.50 万元。2024年将继续压减一般性支出。\n"
            "5.纳入本单位2024年度决算编制的单位为本级。\n")
    found = diagnostics(text, OtherYearAsCurrent)
    assert [d.location.line for d in found] == [line_of(text, "2024年度收入合计"), line_of(text, "纳入本单位2024")]
    assert "尚未结束" in found[0].message()
    assert diagnostics(text.replace("2024年度收入合计", "2023年度收入合计").replace("本单位2024", "本单位2023"),
                       OtherYearAsCurrent) == []


# A 部门整体支出 report's 资金情况 written one templated sentence an item (modelled on a district
# animal-disease centre's report): each opens with the year and the unit's name.
_TEMPLATED = (
    "示范区动物疫病预防控制中心2023年度部门整体支出绩效自评报告\n"
    "二、部门资金基本情况\n"
    "{first}年示范区动物疫病预防控制中心基本支出 127.31 万元，主要用于工资和公用经费。\n"
    "{second}年示范区动物疫病预防控制中心追加预算 82.25 万元，支出 7.48 万元。\n"
    "{third}年示范区动物疫病预防控制中心安排专项资金 5.60 万元，支出 1.51 万元。\n"
    "三、绩效目标完成情况分析\n"
    "各项产出指标均按要求完成。\n"
)


def test_y507_templated_sentence_with_another_year_than_its_siblings():
    for first, second, third in (("2023", "2023", "2022"), ("2023", "2024", "2023")):
        text = _TEMPLATED.format(first=first, second=second, third=third)
        odd = next(y for y in (first, second, third) if y != "2023")
        (d,) = diagnostics(text, OtherYearAsCurrent)
        assert d.location.line == line_of(text, f"{odd}年示范区") and "2023" in d.message("zh")


def test_y507_sibling_message_nests_the_subjects_own_quotes():
    """A subject that opens with the draft's own quotes (“三公”经费) is quoted once: its inner
    quotes become single ones (“‘三公’”), never ““三公””."""
    text = _TEMPLATED.format(first="2023", second="2023", third="2022").replace(
        "示范区动物疫病预防控制中心基本", "“三公”经费基本").replace(
        "示范区动物疫病预防控制中心追加", "“三公”经费追加").replace(
        "示范区动物疫病预防控制中心安排", "“三公”经费安排")
    (d,) = diagnostics(text, OtherYearAsCurrent)
    assert "“‘三公’”" in d.message("zh") and "““" not in d.message("zh")


def test_y507_quiet_on_templated_sentences_of_the_year_or_of_several_years():
    assert diagnostics(_TEMPLATED.format(first="2023", second="2023", third="2023"), OtherYearAsCurrent) == []
    # a review year by year (2021, 2022, 2023): more than one other year, no odd one out
    review = _TEMPLATED.format(first="2021", second="2022", third="2023").replace(
        "三、绩效目标", "2023年示范区动物疫病预防控制中心完成免疫 3 万头。\n三、绩效目标")
    assert diagnostics(review, OtherYearAsCurrent) == []
    # one sibling of the year only: too little to call the other sentence odd
    two = _TEMPLATED.format(first="2023", second="2022", third="2023").replace(
        "2023年示范区动物疫病预防控制中心安排", "本中心安排")
    assert diagnostics(two, OtherYearAsCurrent) == []
    # the year before stated as the baseline of a comparison the paragraph goes on to make
    baseline = two.replace("本中心安排专项资金 5.60 万元，支出 1.51 万元。",
                           "2023年示范区动物疫病预防控制中心免疫 3.1 万头。").replace(
        "2022年示范区动物疫病预防控制中心追加预算 82.25 万元，支出 7.48 万元。",
        "2022年示范区动物疫病预防控制中心免疫 3.0 万头。2023年比2022年增长 3.33%。")
    assert diagnostics(baseline, OtherYearAsCurrent) == []



# A title-less 决算说明 excerpt (modelled on a county office's 收入支出决算总体情况说明): four
# statements of the year's totals and one of the year before.
_TITLELESS = (
    "一、收入支出决算总体情况说明\n"
    "2022年度收入总计 520.00 万元，支出总计 520.00 万元。\n"
    "二、收入决算情况说明\n"
    "2022年度本年收入合计 500.00 万元，其中：财政拨款收入 480.00 万元，其他收入 20.00 万元。\n"
    "三、支出决算情况说明\n"
    "{year}年度本年支出合计 500.00 万元，其中：基本支出 400.00 万元，项目支出 100.00 万元。\n"
    "四、财政拨款收入支出决算总体情况说明\n"
    "2022年度财政拨款收入总计 480.00 万元，财政拨款支出总计 480.00 万元。\n"
    "五、一般公共预算财政拨款支出决算情况说明\n"
    "2022年度一般公共预算财政拨款支出 480.00 万元，占本年支出合计的 96.0%。\n"
)


def test_y507_one_totals_statement_of_the_year_before_in_a_titleless_excerpt():
    text = _TITLELESS.format(year=2021)
    assert [d.location.line for d in run(OtherYearAsCurrent, text)] == [line_of(text, "2021年度本年支出")]
    assert run(OtherYearAsCurrent, _TITLELESS.format(year=2022)) == []


_CONTENTS = ("某县园林所2023年度部门决算\n\n目录\n第一部分 单位概况\n第二部分 2023年度部门决算表\n"
             "第三部分 {entry}\n\n第一部分 单位概况\n本所负责城区公园绿地的养护管理。\n"
             "2023年度收入总计 286.40 万元。\n")


def test_y507_contents_entry_of_an_earlier_year():
    text = _CONTENTS.format(entry="2022年度部门决算情况说明")
    [d] = diagnostics(text, OtherYearAsCurrent)
    assert d.location.line == line_of(text, "2022年度部门决算情况说明")
    assert "目录" in d.message()
    assert diagnostics(_CONTENTS.format(entry="2023年度部门决算情况说明"), OtherYearAsCurrent) == []
    # an entry on an earlier year's follow-up is that year's on purpose
    assert diagnostics(_CONTENTS.format(entry="2022年度绩效评价整改情况"), OtherYearAsCurrent) == []


def test_y507_heading_or_contents_entry_of_the_next_years_accounts():
    text = _CONTENTS.format(entry="2024年度部门决算情况说明")
    [d] = diagnostics(text, OtherYearAsCurrent)
    assert d.location.line == line_of(text, "2024年度部门决算情况说明")
    assert "尚未结束" in d.message()
    heading = ACCOUNTS.replace("二、2023年度收入支出决算情况说明", "二、2024年度收入支出决算情况说明")
    [d] = diagnostics(heading, OtherYearAsCurrent)
    assert d.location.line == line_of(heading, "二、2024年度") and "标题" in d.message()
    # the next year's budget or plan beside the accounts is the next year's on purpose
    assert diagnostics(_CONTENTS.format(entry="2024年部门预算情况说明"), OtherYearAsCurrent) == []
    assert diagnostics(ACCOUNTS.replace("二、2023年度收入支出决算情况说明", "二、2024年度工作计划"),
                       OtherYearAsCurrent) == []


def test_y507_sentence_opening_with_another_year_of_the_scope_or_the_units_totals():
    head = "某县园林所2023年度部门决算说明\n\n一、收入支出决算总体情况\n"
    scope = head + "1.决算范围。{year}年度决算编制范围包括本级及所属单位2个。\n2023年度收入总计 286.40 万元。\n"
    [d] = diagnostics(scope.format(year="2022"), OtherYearAsCurrent)
    assert d.location.line == line_of(scope, "1.决算范围") and "编制范围" in d.message()
    assert diagnostics(scope.format(year="2023"), OtherYearAsCurrent) == []
    totals = head + "1.总体情况。{year}年度本单位收入总计 286.40 万元，较上年决算数减少 12.10 万元。\n"
    [d] = diagnostics(totals.format(year="2024"), OtherYearAsCurrent)
    assert "尚未结束" in d.message()
    assert diagnostics(totals.format(year="2023"), OtherYearAsCurrent) == []
    plan = head + "1.总体情况。2023年度收入总计 286.40 万元。2024年度本单位收入预算 300.00 万元。\n"
    assert diagnostics(plan, OtherYearAsCurrent) == []  # the next year's budget


def test_y507_last_years_score_beside_this_years_is_history():
    """``2022年度部门整体支出绩效自评得分为92分…；2023年度自评得分为95分``: the paragraph gives the
    report year's own score too; last year's is named for comparison, not written in its place.
    Last year's score standing alone is still reported."""
    report = ("示范县林业局2023年度部门整体支出绩效自评报告\n\n一、自评结论\n\n"
              "本局2022年度部门整体支出绩效自评得分为92分，评价等级为“优”；2023年度自评得分为95分。\n")
    assert run(OtherYearAsCurrent, report) == []
    alone = report.replace("；2023年度自评得分为95分", "")
    assert [d.location.line for d in run(OtherYearAsCurrent, alone)] == [line_of(alone, "本局2022年度")]


# Modelled on a ministry's report on a transfer to the provinces' universities: its background
# cites an old policy's requirement of a level to reach by an earlier year's end.
_REQUIRED_BY = ("示范省2023年度支持地方高校改革发展资金绩效自评报告\n一、基本情况\n"
                "根据《关于提高地方高校生均拨款水平的意见》，要求各地建立生均拨款动态调整机制，"
                "原则上{clause}各地高校生均拨款水平不低于12000元。\n")


def test_y507_quiet_on_a_level_required_by_an_earlier_years_end():
    """``原则上要求到2012年底…不低于12000元``: a requirement to be met by that year's end, which a
    policy the background cites set; no stock given as the current one."""
    assert diagnostics(_REQUIRED_BY.format(clause="要求到2015年底"), OtherYearAsCurrent) == []
    # the same year-end as a stock the unit states stays a finding
    text = ACCOUNTS.replace("2023年末在职实有", "2022年末在职实有")
    assert [d.location.line for d in diagnostics(text, OtherYearAsCurrent)] == [line_of(text, "2022年末在职实有")]


def test_y507_last_years_totals_set_beside_this_years_in_one_paragraph():
    """``2023年度支出合计 A，其中…。2022年度支出合计 B，其中…``: the paragraph states both years'
    totals in the same words, side by side: last year's is the comparison, not a stale sentence."""
    head = "某县文化馆2023年度单位决算说明\n三、支出决算情况说明\n"
    pair = ("2023年度支出合计 518.30 万元，其中：基本支出 402.10 万元；项目支出 116.20 万元。"
            "2022年度支出合计 476.90 万元，其中：基本支出 389.50 万元；项目支出 87.40 万元。\n")
    assert run(OtherYearAsCurrent, head + pair) == []
    # alone, last year's total under its own year is a stale sentence
    [d] = run(OtherYearAsCurrent, head + "2022年度支出合计 476.90 万元，其中：基本支出 389.50 万元；项目支出 87.40 万元。\n")
    assert d.key == "whole_year"


def test_y507_the_sentence_that_announces_the_report_names_another_year():
    """现将<unit><Y−1>年度部门决算…公开如下: the sentence presenting the document itself, copied from
    last year's and not updated; a cited notice's title (《关于2022年度…的通知》) stays quiet."""
    text = ACCOUNTS.replace("一、单位概况\n", "一、单位概况\n根据县财政局《关于2022年度部门决算公开的通知》要求，"
                            "现将某县文化馆2022年度部门决算情况公开如下。\n")
    found = diagnostics(text, OtherYearAsCurrent)
    line = text.splitlines()[line_of(text, "现将") - 1]
    assert [(d.location.line, d.location.column > line.index("现将")) for d in found] == [(line_of(text, "现将"), True)]
    assert "如下" in found[0].message("zh")
    assert diagnostics(text.replace("文化馆2022年度部门", "文化馆2023年度部门"), OtherYearAsCurrent) == []
    # the year of something else the sentence presents (a rectification of last year's audit)
    other = ACCOUNTS.replace("一、单位概况\n", "一、单位概况\n现将2022年度审计发现问题整改情况报告如下。\n")
    assert diagnostics(other, OtherYearAsCurrent) == []
