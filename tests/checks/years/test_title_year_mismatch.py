"""Y504 title-year-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import TitleYearMismatch

from ._drafts import GOOD, diagnostics


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


def test_y504_quiet_when_the_first_block_is_a_web_page_header():
    body = "\n".join(f"{i}、2023年收入预算说明第 {i} 项。" for i in range(1, 6))
    text = f"首页>信息公开>预决算公开\n生成日期 2024-08-15\n某县图书馆2023年预算\n发布日期: 2024-08-15\n\n{body}\n"
    assert diagnostics(text, TitleYearMismatch) == []


def test_y504_quiet_when_the_text_opens_inside_an_article():
    # no title: the first line is a sentence naming an earlier year in passing
    body = "\n".join(f"{i}、2017 年计划更新车辆 {i} 辆。" for i in range(1, 7))
    text = f"公车改革持续推进。2015年底，本级公车改革基本完成；2016年起事业单位改革启动。\n{body}\n"
    assert diagnostics(text, TitleYearMismatch) == []
    # a title naming 2015 over the same body still is a mismatch
    titled = f"某单位2015年度公务用车购置情况说明\n{body}\n"
    assert [d.location.line for d in diagnostics(titled, TitleYearMismatch)] == [1]


def test_y504_plans_and_evaluation_stages_do_not_count_for_the_body():
    # a 2022 body under a 2021 title: the plans and the evaluation's stages, dated 2023 on purpose,
    # do not dilute it
    body = "\n".join(f"{i}、2022 年度完成第 {i} 项任务。" for i in range(1, 5))
    text = (f"某单位2021年度项目支出绩效自评报告\n\n一、自评工作开展情况\n1.准备阶段（2023年1月）：制定方案。\n"
            f"2.总结阶段（2023年3月）：撰写报告。\n二、完成情况\n{body}\n三、下一步改进措施\n"
            "2023年完成村医轮训，2023年底前实现全覆盖。\n")
    found = diagnostics(text, TitleYearMismatch)
    assert [(d.code, d.location.line) for d in found] == [("Y504", 1)]


ONE_FORM = ("某县文物局\n{title}年度文物保护修缮项目支出绩效自评报告\n一、项目基本情况\n"
            "{body}年项目全年预算数400万元，全年执行数384万元，执行率96%。\n"
            "二、存在的问题\n部分工程进度偏慢。\n项目支出绩效自评表\n（{form}年度）\n"
            "项目名称\t文物保护修缮\n填报日期：2024年3月18日\n")


def test_y504_the_one_form_and_the_body_name_another_year_than_the_title():
    text = ONE_FORM.format(title=2022, body=2023, form=2023)
    found = diagnostics(text, TitleYearMismatch)
    assert [(d.location.line, d.key) for d in found] == [(2, "form")]
    assert [r.location.line for r in found[0].related] == [text.splitlines().index("（2023年度）") + 1]


def test_y504_quiet_when_only_the_form_or_only_the_body_differs():
    for title, body, form in ((2023, 2023, 2023), (2023, 2023, 2022), (2023, 2022, 2023), (2022, 2022, 2023)):
        assert diagnostics(ONE_FORM.format(title=title, body=body, form=form), TitleYearMismatch) == [], (title, body, form)


def test_y504_final_accounts_whose_part_headings_name_the_body_year():
    """A 决算说明 whose title was moved back a year while its 第二部分 heading and body stayed:
    the heading goes on from the report's own 第一部分, so the body is the title's report's."""
    from tests.read.test_report_kind import _ACCOUNTS_OF_ONE_YEAR

    assert diagnostics(_ACCOUNTS_OF_ONE_YEAR, TitleYearMismatch) == []
    slipped = _ACCOUNTS_OF_ONE_YEAR.replace("某县测绘站2023年度", "某县测绘站2022年度", 1)
    found = diagnostics(slipped, TitleYearMismatch)
    assert [(d.code, d.location.line) for d in found] == [("Y504", 1)]


_LONE_FORM = """某县卫生健康局{title}年度基本公共卫生服务项目支出绩效自评表
（2023年度）
项目名称\t基本公共卫生服务项目
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t1,350.00\t1,386.00\t1,372.14\t10\t99.00%\t9.90
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t健康教育讲座次数\t≥48次\t52次\t90\t90
总分\t\t\t\t\t100\t99.90
填报人：王某\t填报日期：{signed}
"""


def test_y504_a_lone_form_whose_title_year_differs_from_its_year_line_and_date():
    """A form standing alone (probe17d's planted .xlsx): title 2022, year line （2023年度）, signed in
    2024. The year line and the date agree against the title."""
    found = diagnostics(_LONE_FORM.format(title="2022", signed="2024年3月28日"), TitleYearMismatch)
    assert [(d.code, d.location.line) for d in found] == [("Y504", 1)]
    assert "2023" in found[0].message("zh")
    assert diagnostics(_LONE_FORM.format(title="2023", signed="2024年3月28日"), TitleYearMismatch) == []
    # the date does not take sides (signed in the title's next year): one of the two lines is wrong,
    # but which is not told
    assert diagnostics(_LONE_FORM.format(title="2022", signed="2023年3月28日"), TitleYearMismatch) == []


ODD_FORM = ("某县交通运输局{title}年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n"
            "{body}年度项目全年预算为900.00万元，实际支出873.00万元。\n"
            "二、绩效目标完成情况\n{body}年完成农村公路日常养护1286.4公里。\n"
            "三、自评结论\n本项目{body}年度自评得分为97.7分。\n"
            "附件：{form}年度项目支出{kind}\n项目名称\t农村公路养护项目\n")


def test_y504_the_one_self_evaluation_form_names_a_year_found_nowhere_else():
    """Title and body agree on 2023; the attached 自评表's title says 2022 (last year's template)."""
    text = ODD_FORM.format(title=2023, body=2023, form=2022, kind="绩效自评表")
    (d,) = diagnostics(text, TitleYearMismatch)
    assert d.key == "form_odd" and d.location.line == text.splitlines().index("附件：2022年度项目支出绩效自评表") + 1
    assert "2022" in d.message() and "2023" in d.message() and [r.location.line for r in d.related] == [1]
    # the form of the report's year, a target form for the next year, or a body that also speaks
    # of the form's year, stay quiet
    assert diagnostics(ODD_FORM.format(title=2023, body=2023, form=2023, kind="绩效自评表"), TitleYearMismatch) == []
    assert diagnostics(ODD_FORM.format(title=2023, body=2023, form=2024, kind="绩效目标表"), TitleYearMismatch) == []
    mixed = text.replace("实际支出873.00万元。", "实际支出873.00万元，2022年度支出812.00万元。")
    assert diagnostics(mixed, TitleYearMismatch) == []


def test_y504_the_sentence_introducing_the_report_names_another_year():
    text = ("某县卫生健康局2023年度部门整体支出绩效自评报告\n"
            "根据《关于开展2023年度绩效自评工作的通知》要求，现将我局{year}年度部门整体支出绩效自评情况报告如下。\n"
            "一、部门基本情况\n2023年全局实有在职人员 81 人。\n")
    [d] = diagnostics(text.format(year=2022), TitleYearMismatch)
    assert d.location.line == 2 and "2022" in d.message("zh") and "2023" in d.message("zh")
    assert diagnostics(text.format(year=2023), TitleYearMismatch) == []


def test_y504_quiet_on_an_introduced_follow_up_of_an_earlier_year():
    text = ("某县卫生健康局2023年度部门整体支出绩效自评报告\n"
            "现将我局2022年度绩效评价问题整改情况报告如下。\n2023年全局实有在职人员 81 人。\n")
    assert diagnostics(text, TitleYearMismatch) == []


def test_y504_comparisons_in_traditional_script_name_the_prior_year():
    """A page mirrored in Traditional script (較2021年決算數, 與2021年相比): the prior year there is
    the comparison's baseline, as in Simplified, not the year the body reports."""
    body = "\n".join(f"{i}、第{i}項支出{10 * i}萬元,較2021年決算數增加{i}萬元。" for i in range(1, 7))
    text = f"某區2022年度部門決算說明\n\n一、支出決算說明\n{body}\n與2021年相比,總支出增加21萬元。\n"
    assert diagnostics(text, TitleYearMismatch) == []
    # the body of another year still differs from the title
    wrong = "\n".join(f"{i}、2021年度完成第{i}項任務。" for i in range(1, 7))
    assert [d.code for d in diagnostics(f"某區2022年度部門決算說明\n\n一、完成情況\n{wrong}\n", TitleYearMismatch)] == ["Y504"]


# A county site's page over a hospital's 决算 (modelled on a page we read, names and figures ours):
# the site's header gives the page's own fields — its index number, its publication dates in the
# next year, and a title of its own that names the wrong year — above the report's title line.
_PAGE_OVER_REPORT = """号: swjk012-/2024-0301005 信息分类: 示范市部门预决算
发文日期: 2024-03-01
称: 示范市中医医院2024年预算公开

示范市中医医院2024年预算公开

发表时间:2024-03-01

监督索引号53000001234501000

示范市中医医院2023年度部门决算

目录

第一部分 部门概况
第二部分 2023年度部门决算表
第三部分 2023年度部门决算情况说明

第一部分 部门概况
一、主要职能
为辖区群众提供医疗、护理、预防、保健服务。
"""


def test_y504_quiet_on_the_years_of_a_web_pages_header_above_the_report_title():
    assert diagnostics(_PAGE_OVER_REPORT, TitleYearMismatch) == []
    # the body under the title naming the other year stays a finding
    body = "\n".join(f"{i}、2024 年度完成第 {i} 项任务。" for i in range(1, 6))
    text = _PAGE_OVER_REPORT + body + "\n"
    assert [d.code for d in diagnostics(text, TitleYearMismatch)] == ["Y504"]
