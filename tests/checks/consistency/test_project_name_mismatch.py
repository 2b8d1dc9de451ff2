"""C706 project-name-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ProjectNameMismatch

from .._harness import run
from ._drafts import project


@pytest.mark.parametrize(("title", "name", "fires"), [
    ("农机补贴", "农机补贴", False),
    ("示范县农机补贴", "农机补贴", False),  # a place-name prefix
    ("农机购置补贴", "农机补贴", True),
    ("部门预算", "农机补贴", False),  # 部门预算项目支出绩效自评表: the form's name, not a project's
])
def test_project_name_mismatch(title, name, fires):
    assert bool(run(ProjectNameMismatch, project("无。", title=title, name=name))) == fires


_HOSPITAL = """示范市第二人民医院2022年度医疗设备购置项目绩效自评报告
一、项目资金使用情况
项目全年预算数为300.00万元，执行数为288.60万元。
附：项目支出绩效自评表
| 项目名称 | {name} | | | | | | |
| 预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |
| 年度资金总额 | 300.00 | 300.00 | 288.60 | 10 | 96.20% | 9.62 | |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 |
| 产出指标 | 数量指标 | 购置设备数量 | 3台 | 3台 | 90 | 90 | |
| 总分 | | | | | 100 | 99.62 | |
"""


def test_c706_form_titled_only_as_a_form_against_its_report_title():
    """A form titled ``附：项目支出绩效自评表`` under a project report: the report's title names the
    project its 项目名称 row must name (modelled on a city hospital's equipment report)."""
    text = _HOSPITAL.format(name="医疗设备更新项目")
    [d] = run(ProjectNameMismatch, text)
    assert d.key == "report_differs" and d.location.line == 5
    assert "医疗设备购置" in d.message("zh")


def test_c706_quiet_when_the_form_names_the_report_titles_project():
    assert run(ProjectNameMismatch, _HOSPITAL.format(name="医疗设备购置项目")) == []
    # a department report's form is the unit's: its title names no project to compare
    text = _HOSPITAL.format(name="医疗设备更新项目").replace("医疗设备购置项目绩效自评报告", "部门整体支出绩效自评报告")
    assert run(ProjectNameMismatch, text) == []


_UNIT_TITLED = """某县文化馆{year}项目支出绩效自评表
项目名称\t文化下乡演出经费
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t下乡演出场次\t≥6场\t6场\t50\t50
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t50\t50
"""


def test_c706_form_titled_by_its_unit_and_year_names_no_project():
    """``某县文化馆2023年度项目支出绩效自评表``: the unit and the year, then the form's name; the
    title names no project to set against 项目名称 (it was read as the project 某县文化馆2023年度)."""
    for year in ("2023年度", "2023年", "2023 年度"):
        assert run(ProjectNameMismatch, _UNIT_TITLED.format(year=year)) == []
    # a title naming another project after the unit and the year still fires
    [d] = run(ProjectNameMismatch, _UNIT_TITLED.format(year="2023年度送戏进村"))
    assert "送戏进村" in d.message("zh")


_ROAD_FORM = ("某县交通运输局2023年度农村公路养护项目支出绩效自评表\n"
              "项目名称\t{name}\n"
              "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
              "\t年度资金总额\t420\t450\t436.5\t10\t97.00%\t9.7\n"
              "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
              "产出指标\t数量指标\t日常养护里程\t≥1260公里\t1260公里\t90\t90\n"
              "总分\t\t\t\t\t100\t99.7\n")


@pytest.mark.parametrize(("name", "fires"), [
    ("农村公路养护工程", False),  # the title's project after the unit and the year, with 工程
    ("某县2023年农村公路养护项目", False),  # a name that carries its place and year
    ("危桥改造工程", True),
])
def test_c706_title_of_the_unit_the_year_and_the_project(name, fires):
    assert bool(run(ProjectNameMismatch, _ROAD_FORM.format(name=name))) == fires


_ANNEX = """示范县教育局2023年度{report}项目支出绩效自评报告
一、自评结论
本项目自评得分99.9分。
2023年度{form}项目绩效自评表
{name_line}主管部门：示范县教育局\t实施单位：示范县教育局
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t600.00\t600.00\t594.00\t10\t99%\t9.9
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t受益学生人数\t≥5900人\t5940人\t90\t90
总分\t\t\t\t\t100\t99.9
"""


def test_c706_a_project_name_line_above_the_forms_table():
    """``项目名称：X`` written as a line between the form's title and its table (a page pasted as
    text, or the YAML draft's ``project:``), modelled on a county education bureau's bundle."""
    text = _ANNEX.format(report="营养改善计划", form="营养改善计划", name_line="项目名称：学生资助项目\n")
    [d] = run(ProjectNameMismatch, text)
    assert d.location.line == 5 and "学生资助" in d.message("zh")
    assert run(ProjectNameMismatch, _ANNEX.format(report="营养改善计划", form="营养改善计划",
                                                  name_line="项目名称：营养改善计划\n")) == []


def test_c706_a_forms_title_naming_another_project_than_its_report():
    """The one form of an annex titled with the bundle's other project (农村户厕改造's report, its form
    ``2023年度高标准农田建设项目绩效自评表``), with no 项目名称 row to compare with."""
    text = _ANNEX.format(report="农村户厕改造", form="高标准农田建设", name_line="")
    [d] = run(ProjectNameMismatch, text)
    assert d.location.line == 4 and "农村户厕改造" in d.message("zh") and "高标准农田建设" in d.message("zh")
    assert run(ProjectNameMismatch, _ANNEX.format(report="农村户厕改造", form="农村户厕改造", name_line="")) == []
    # the same project worded a little differently in the two titles
    assert run(ProjectNameMismatch, _ANNEX.format(report="农村饮水安全工程维修养护", form="农村饮水工程维修养护资金",
                                                  name_line="")) == []


def test_c706_a_section_heading_above_the_indicator_table_is_no_forms_title():
    """A report whose indicator table stands under its own numbered heading
    (``三、项目绩效目标完成情况``), with no form title: the heading names no other project (a
    false warning on probe17d's correct .docx report)."""
    text = _ANNEX.format(report="学前教育幼儿资助", form="高标准农田建设", name_line="")
    assert len(run(ProjectNameMismatch, text)) == 1
    heading = text.replace("2023年度高标准农田建设项目绩效自评表", "三、项目绩效目标完成情况")
    assert run(ProjectNameMismatch, heading) == []


def test_c706_the_project_of_a_yaml_form():
    """A YAML draft's ``project:`` against its form's ``title:``."""
    from perflint.testing import lint_yaml

    draft = """perflint: 1
title: 示范县民政局2023年度困难群众救助补助资金项目支出绩效自评报告
self_evaluation:
  title: 2023年度困难群众救助补助资金项目绩效自评表
  project: {project}
  budget_execution:
    weight: 10
    rows:
      - {{item: 年度资金总额, budget: 100, actual: 100, rate: 100%, score: 10}}
  indicators:
    - {{level1: 产出指标, level2: 数量指标, level3: 城乡低保保障人数, target: "≥9800人", actual: 10236人, weight: 90, score: 90}}
"""
    found = lint_yaml(draft.format(project="基本公共卫生服务项目"), checks=[ProjectNameMismatch])
    assert [d.location.line for d in found] == [5]
    assert lint_yaml(draft.format(project="困难群众救助补助资金项目"), checks=[ProjectNameMismatch]) == []


_TARGET_FORM = """{title} | | | | | |
项目名称 | 农机补贴 | 项目负责人及电话 | 张三 | | |
一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |
产出指标 | 数量指标 | 补贴农机台数 | 90 | ≥100台 | 105台 | 90 |
总分 | 100 | 100 | | | |
"""


@pytest.mark.parametrize(("title", "fires"), [
    ("绩效目标自评表", False),  # the 安徽 / 四川 template's name for its 自评表: no project's
    ("2023年度农机补贴项目绩效目标自评表", False),
    ("2023年度农机购置补贴项目绩效目标自评表", True),
])
def test_c706_a_form_named_绩效目标自评表(title, fires):
    assert bool(run(ProjectNameMismatch, _TARGET_FORM.format(title=title))) == fires


_ADDRESS_OVER_FORM = """{lead}
项目名称 | 示范县农产品冷链仓储建设项目 | ||||
主管部门 | 示范县农业农村局 | 实施单位 | 示范县国有资产经营有限公司 | ||
项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 800 | 800 | 800 | 10 | 100% | 10 |
绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
产出指标(50分) | 数量指标 | 新建冷库面积 | ≥900平方米 | 920平方米 | 50 | 50 |
"""


def test_c706_a_web_address_over_a_form_is_no_title():
    """A page saved with its web address on the line above a form with no title of its own
    (modelled on a county's published 自评表): the address is no title naming a project."""
    page = _ADDRESS_OVER_FORM.format(lead="# https://www.example.gov.cn/info/1234/567890.htm")
    assert run(ProjectNameMismatch, page) == []
    titled = _ADDRESS_OVER_FORM.format(lead="2023年度示范县蔬菜大棚建设项目支出绩效自评表")
    assert len(run(ProjectNameMismatch, titled)) == 1


_WEB_NOTICE = """东岭区2021年省级耕地质量提升项目补助资金绩效自评
- 索引号
- 11530001-2/20230412-00021
- 发布机构
- 东岭区农业农村局
- 日期
- 2023-04-12
2022年度项目支出绩效自评表
单位名称：东岭区农技推广中心 填报日期：2023年3月8日
| 项目名称 | {name} | | | | |
| 预算执行情况（万元）（20分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 | |
| 年度财政资金总额 | 120.00 | 118.80 | 99.00% | 19.8 | |
| 一级指标 | 二级指标 | 三级指标 | 年初目标值（A） | 实际完成值（B） | 得分 |
| 产出指标 | 数量指标 | 耕地质量监测点 | ≥12个 | 12个 | 80 |
"""


def test_c706_a_web_pages_notice_lines_glued_above_the_forms_title():
    """A published page: the article's title and its notice list (索引号, 发布机构, 日期) run on
    into the form's title line with no blank line between them. The form's title is the line
    that names the form (``2022年度项目支出绩效自评表``), not the whole run of lines (a false
    warning on a district farm bureau's page, audit26p)."""
    assert run(ProjectNameMismatch, _WEB_NOTICE.format(name="东岭区2021年省级耕地质量提升项目补助资金")) == []
    # a form whose own title line names another project still fires
    text = _WEB_NOTICE.format(name="东岭区2021年省级耕地质量提升项目补助资金").replace(
        "2022年度项目支出绩效自评表", "2022年度高标准农田建设项目支出绩效自评表")
    [d] = run(ProjectNameMismatch, text)
    assert "高标准农田建设" in d.message("zh") and "索引号" not in d.message("zh")


def test_the_forms_title_is_its_own_line_of_a_run_of_lines():
    """The reader takes the form's title from the line of the run that names the form; a title
    wrapped onto a short second line (``支出绩效自评表``) keeps the line above."""
    from perflint.read.text import parse_text
    doc = parse_text(_WEB_NOTICE.format(name="东岭区2021年省级耕地质量提升项目补助资金"))
    [se] = [se for part in doc.parts for se in part.forms or []]
    assert se.title == "2022年度项目支出绩效自评表"
    wrapped = _WEB_NOTICE.replace("2022年度项目支出绩效自评表", "东岭区2022年度耕地质量监测项目\n支出绩效自评表")
    [se] = [se for part in parse_text(wrapped.format(name="耕地质量监测项目")).parts for se in part.forms or []]
    assert se.title == "东岭区2022年度耕地质量监测项目支出绩效自评表"


_BODY = """某镇人民政府关于{title}项目的绩效自评报告
为加强资金使用管理，根据县财政局要求，我镇认真部署，开展了{body}项目的绩效评价自评工作，现将有关情况报告如下。
一、项目概况
项目年初预算 35 万元，全部到位，实际支出 35 万元。
"""


def test_c706_the_report_says_it_evaluated_another_project_than_its_title():
    """A project report whose opening names the project it evaluated (开展了Y项目的绩效评价自评工作)
    as another than its title's (modelled on a township's report, names rewritten): the opening
    was kept from another project's report."""
    [d] = run(ProjectNameMismatch, _BODY.format(title="农村户厕改造", body="东坪村美丽乡村示范点建设"))
    assert d.location.line == 2 and d.severity.name == "warning"
    assert "农村户厕改造" in d.message("zh") and "东坪村美丽乡村示范点建设" in d.message("zh")
    # the same project, or the title's project worded a little otherwise, or a demonstrative
    assert run(ProjectNameMismatch, _BODY.format(title="农村户厕改造", body="2023年度农村户厕改造")) == []
    assert run(ProjectNameMismatch, _BODY.format(title="农村饮水安全工程维修养护", body="农村饮水工程维修养护")) == []
    assert run(ProjectNameMismatch, _BODY.format(title="农村户厕改造", body="该")) == []
    # a title with a year before the project, the evaluation said as 对Y项目开展绩效自评
    dated = ("某县水利局2023年度小型水库维修养护项目支出绩效自评报告\n"
             "根据县财政局通知要求，我局对{body}项目开展了绩效自评，现将自评情况报告如下。\n")
    assert len(run(ProjectNameMismatch, dated.format(body="城区防洪堤加固"))) == 1
    assert run(ProjectNameMismatch, dated.format(body="小型水库维修养护")) == []


def test_c706_quiet_when_the_prose_also_says_it_evaluated_the_titles_project():
    """A report that says it evaluated its title's project and then names another project it
    evaluated too (同时对Y项目开展了绩效自评，另行报告) kept no other report's opening: the title's
    project is among those evaluated. Another project alone is still reported."""
    other_only = _BODY.format(title="农村公路养护", body="东坪村美丽乡村示范点建设")
    both = other_only.replace("我镇认真部署，", "我镇对农村公路养护项目开展了绩效自评，同时")
    assert "同时开展了东坪村美丽乡村示范点建设项目" in both
    assert run(ProjectNameMismatch, both) == []
    assert len(run(ProjectNameMismatch, other_only)) == 1
