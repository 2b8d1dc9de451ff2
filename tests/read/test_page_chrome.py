"""A report copied from a government portal with the page around it reads as the report alone.

The pages we wrote here carry what portals put around a report: breadcrumbs (whose 预决算公开
named an untitled 自评表 excerpt a 决算 report), a publication line, the page's buttons, a table
of the document's particulars (索引号 | … | 发文日期 | …, in pipes, tabs or key: value lines) and
the site's footer.
"""

from __future__ import annotations

import pytest
from perflint.checks.consistency import IncomeExpenseTotalsUnequal
from perflint.checks.terms import UnbalancedBracket

from perflint.read.text import parse_text
from perflint.text.page_chrome import is_chrome_line, is_page_line

from ..checks._forms import ONE_LINE, ONE_LINE_GOOD
from ..checks._harness import FIXTURES, run

NAV = ("首页 > 政务公开 > 法定主动公开内容 > 预决算公开\n"
       "发布时间：2024-05-06 10:20:31  来源：县财政局  浏览次数：1532\n"
       "【字体：大 中 小】【打印】【关闭】\n\n")
PIPES = ("索 引 号: | 000000000/2024-00001 | 发文字号: | 无 | 发文日期: | 2024年05月06日 |\n"
         "发文单位: | 青石镇人民政府 | 发布日期: | 2024年05月06日 | ||\n"
         "主题分类: | 财政 | 效力状态: | 有效 |\n")
BRACKETS = ("| [ 索引号 ] | 000000000/2024-00001 | [ 发布机构 ] | 青石镇人民政府 |\n"
            "| [ 发文日期 ] | 2024-05-06 | 【主题分类】 | 财政 |\n")
TABS = "索引号：\t000000000/2024-00001\t主题分类：\t财政预决算\n发布机构：\t青石镇人民政府\t发文日期：\t2024-05-06\n名称：\t决算公开\n\n"
KEYS = "索引号: 000000000/2024-00001 组配分类: 预决算\n发布机构: 青石镇人民政府 主题分类: 财政\n\n"
FOOTER = ("\n【打印本页】【关闭窗口】\n主办单位：青石镇人民政府  承办单位：青石镇党政办\n"
          "网站标识码：0000000001  蜀ICP备00000000号-1\n")


def _part(text: str):
    [part] = parse_text(text, "page.txt").parts
    return part


@pytest.mark.parametrize("page", [NAV, PIPES, BRACKETS, TABS, KEYS])
def test_an_untitled_form_excerpt_is_named_by_its_own_first_line(page: str) -> None:
    form = ONE_LINE.format(**ONE_LINE_GOOD)
    alone, copied = _part(form), _part(page + form)
    assert copied.kind == alone.kind == "project_self_evaluation"  # not final_accounts by 预决算公开
    assert copied.title == alone.title
    assert copied.fiscal_year == alone.fiscal_year == 2023


@pytest.mark.parametrize("page", [NAV, PIPES, BRACKETS, TABS, KEYS])
def test_an_untitled_accounts_excerpt_keeps_its_checks(page: str) -> None:
    body = (FIXTURES / "consistency" / "good_town_accounts.txt").read_text(encoding="utf-8")
    body = body[body.index("第二部分"):]  # an excerpt from below the title
    body = body.replace("分别为 845.60 万元和 845.60 万元", "分别为 812.40 万元和 830.15 万元")
    alone = [(d.code, d.location.line) for d in run(IncomeExpenseTotalsUnequal, body)]
    shift = page.count("\n")
    copied = [(d.code, d.location.line - shift) for d in run(IncomeExpenseTotalsUnequal, page + body)]
    assert alone and copied == alone


def test_the_page_is_not_where_an_excerpt_is_cut() -> None:
    """An excerpt that starts and stops mid-sentence is cut there, not at the page's lines."""
    body = "地质灾害隐患点巡查）等工作，全年共巡查 36 次。\n二、存在问题\n部分监测设备（雨量计"
    assert run(UnbalancedBracket, body) == []
    assert run(UnbalancedBracket, NAV + PIPES + body + FOOTER) == []
    inside = "二、存在问题\n部分监测设备（雨量计老化，需要更换。\n三、下一步工作\n加强巡查。\n"
    assert len(run(UnbalancedBracket, NAV + PIPES + inside + FOOTER)) == 1  # inside the text it is reported


def test_the_pages_own_words_are_read_by_no_rule() -> None:
    doc = parse_text(NAV + PIPES + "二、存在问题\n无。\n" + FOOTER, "page.txt")
    texts = " ".join(b.text.value for p in doc.parts for b in p.blocks)
    assert "浏览次数" not in texts and "索" not in texts and "ICP" not in texts
    assert "存在问题" in texts
    assert doc.lines[0].startswith("首页")  # the source keeps them, for a report to show


@pytest.mark.parametrize("line", [
    "您当前的位置：首页>政务公开>法定主动公开内容>预算/决算>决算公开",
    "政务公开 > 示范县文化广播电视和旅游局 > 预算/决算",
    "来源: 示范县卫生健康局 发布时间: 2022-04-24 15:32 浏览次数: 1",
    "发布时间:2023-12-05 15:04",
    "【字体: 】 【发布时间:2022-04-15 14:54】 【作者:县政协办】【阅读:",
    "网站标识码：0000000001 蜀ICP备00000000号-1",
    "编辑: 示范 | 2021-03-09 |",
    "责任编辑：王某 2022-04-24",
    "（注：本页文字由图片识别得到，可能有误，以原件为准）",
    "以下内容经OCR识别，如有差异请以原件为准。",
    "详情见附件（提示：附件图片经文字识别，个别字词可能不准确，请核对）",
])
def test_lines_of_the_page(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "资金来源：县财政局拨付 45 万元，发布时间为 2023 年 5 月。",
    "一、收入支出决算总体情况说明",
    "来源：县财政局",
    "技术支持：由县信息中心提供运维服务。",
    "收入>支出，差额为结余。",
    "项目名称 | 示范县道路养护 | 实施单位 | 示范县交通运输局 |",
    "详情见附件",
    "详见附件1。",
    "编辑：示范县融媒体中心完成宣传片剪辑 3 部。",
    "人脸识别门禁系统识别准确率达到 99%（以验收报告为准）。",
    "（三）项目车辆识别系统维护，运行正常，识别有误的情况已核对。",
])
def test_lines_of_the_report(line: str) -> None:
    assert not is_chrome_line(line) and not is_page_line(line)


def test_every_chrome_pattern_is_screened_by_a_mark() -> None:
    """The quick screen asked of every line must let each kind of page line through."""
    for line in ("京公网安备 11000002000001号", "蜀ICP备00000000号-1", "版权所有 示范县人民政府", "打印本页 关闭窗口",
                 "索引号：000000000/2024-00001", "首页 > 政务公开 > 预决算公开"):
        assert is_chrome_line(line), line


def test_a_notice_glued_before_a_forms_title_is_no_part_of_it() -> None:
    """A page that read the form from an image puts its notice in the title's cell
    (详情见附件（注：…识别…以原件为准）部门预算项目支出绩效自评表): the title is the form's
    own, so the form's 项目名称 is not compared with the page's words (a false C706)."""
    from perflint.checks.consistency import ProjectNameMismatch

    from perflint.extract.selfeval import self_evaluations

    text = (FIXTURES / "forms" / "notice_before_title.txt").read_text(encoding="utf-8")
    [se] = self_evaluations(parse_text(text, "page.txt"))
    assert se.title == "部门预算项目支出绩效自评表(2023年度)"
    assert run(ProjectNameMismatch, text) == []
    other = text.replace("部门预算项目支出绩效自评表", "2023年度河道保洁经费项目支出绩效自评表")
    [d] = run(ProjectNameMismatch, other)  # a title naming another project still does
    assert "河道保洁经费" in d.message("zh") and "识别" not in d.message("zh")


def test_an_excerpt_below_an_editor_line_opens_inside_its_bracket() -> None:
    """``编辑: 示范 | 2021-03-09 |`` above a text copied from mid-table is the page's line: the
    text begins on the line below, inside a bracket opened above the cut (T805 quiet), as it
    does without the page's line."""
    body = "10 分）项目管理（20 分）资金管理 5 5\n二、存在问题\n无。\n"
    assert run(UnbalancedBracket, body) == []
    assert run(UnbalancedBracket, "编辑: 示范 | 2021-03-09 |\n" + body) == []
    inside = "二、存在问题\n部分监测设备（雨量计老化，需要更换。\n三、下一步工作\n加强巡查。\n"
    assert len(run(UnbalancedBracket, "编辑: 示范 | 2021-03-09 |\n" + inside)) == 1


def test_a_title_run_onto_the_breadcrumbs_line_is_kept() -> None:
    """``首页 > 信息公开 > 预算绩效 某项目支出绩效自评表``: the page ran the form's title onto its
    breadcrumbs' line. The breadcrumbs are the page's, the title is the report's: the form is
    named and dated by it, and a title naming another project than the form's is found (C706).
    A last crumb that is the page's title, written again on the next line, is not kept twice."""
    from perflint.checks.consistency import ProjectNameMismatch

    from perflint.extract.selfeval import self_evaluations

    form = ("项目名称 | 河道保洁经费 | | |\n主管部门 | 某某县水利局 | 实施单位 | 某某县河道管理站 |\n"
            "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n"
            "总额 | 40.00 | 40.00 | 38.00 | 95.00% | 10 | 9.5 |\n")
    crumbs = "首页 > 信息公开 > 预算绩效 2023年度河道保洁经费项目支出绩效自评表\n"
    assert is_chrome_line(crumbs.strip()) and not is_page_line(crumbs.strip())
    doc = parse_text(crumbs + form, "page.txt")
    [part] = doc.parts
    assert part.fiscal_year == 2023
    [se] = self_evaluations(doc)
    assert se.title == "2023年度河道保洁经费项目支出绩效自评表"
    assert run(ProjectNameMismatch, crumbs + form) == []
    [d] = run(ProjectNameMismatch, crumbs.replace("河道保洁", "乡村道路养护") + form)
    assert "乡村道路养护经费" in d.message("zh")
    assert not any("首页" in b.text.value for _, b in doc.blocks())
    page_title = "首页 > 通知公告 > 预算绩效 2023年度河道保洁经费项目支出绩效自评表\n2023年度河道保洁经费项目支出绩效自评表\n"
    assert [b.text.value for _, b in parse_text(page_title + form, "page.txt").blocks()][:1] == [
        "2023年度河道保洁经费项目支出绩效自评表"]
    assert is_page_line("首页 > 通知公告 > 某某县2023年度部门整体支出绩效自评报告")


def test_bracketed_particulars_labels_are_the_page_s() -> None:
    """A page that sets its particulars' labels in brackets (``| [ 索引号 ] | … | [ 发布机构 ] |``):
    its rows are the page's lines, and its table is left out of the document."""
    first, second = BRACKETS.splitlines()
    assert is_page_line(first) and is_page_line(second)
    assert not is_page_line("| [ 项目名称 ] | 河道保洁经费 |")
    doc = parse_text(BRACKETS + "\n二、存在问题\n无。\n", "page.txt")
    assert not any("索引号" in b.text.value for _, b in doc.blocks())


def test_a_last_crumb_that_is_the_title_is_kept_when_not_written_again() -> None:
    """``首页 > 通知公告 > 某县某站2023年度某项目支出绩效自评报告`` and no title below: the last crumb is
    the report's only title (it was left out with the breadcrumbs, so the part had no title and
    no year). Written again a few lines below (after the page's 发布时间 line) it is not kept
    twice; a short crumb (a portal's section, 部门决算) is no title."""
    body = "发布时间：2024-03-15 来源：县农业农村局\n一、项目基本情况\n全年举办培训12期。\n"
    title = "某县农业技术推广站2023年度农技培训项目支出绩效自评报告"
    doc = parse_text(f"首页 > 信息公开 > 预算绩效 > {title}\n" + body, "page.txt")
    [part] = doc.parts
    assert part.title == title and part.fiscal_year == 2023
    assert not any("首页" in b.text.value for _, b in doc.blocks())
    again = parse_text(f"首页 > 信息公开 > 预算绩效 > {title}\n发布时间：2024-03-15\n{title}\n一、项目基本情况\n", "page.txt")
    assert [b.text.value for _, b in again.blocks()].count(title) == 1
    split = parse_text(f"首页 > 信息公开 > 预算绩效 > {title}\n{title[:17]}\n{title[17:]}\n一、项目基本情况\n", "page.txt")
    assert title not in [b.text.value for _, b in split.blocks()]
    section = parse_text("首页 > 财政信息 > 部门决算\n" + body, "page.txt")
    assert not any("部门决算" == b.text.value for _, b in section.blocks())


def test_a_document_sharing_sites_terms_are_the_sites_not_the_reports():
    """The lines a document-sharing site puts above a report it serves (its terms, long lines a
    page's header never is; the 《….docx》由会员分享 line): the site's words. A report's sentence
    about its own documents stays the report's."""
    terms = [
        "- 1、本网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人学习、研究之用,"
        "不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。。",
        "- 2、本站文档均由网友上传,本站不保证文档的完整性和权威性!文档内容仅供研究参考,付费前请自行鉴别。"
        "如您付费,意味着您自己接受本站规则且自行承担风险,本站不退款。",
        "- 3、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
        "《示范县2023年度项目支出绩效自评报告.docx》由会员分享,可在线阅读,更多相关《绩效自评报告.docx》请在示范文库上搜索。",
    ]
    for line in terms:
        assert is_chrome_line(line), line
    for line in ("档案馆全年完成文档数字化12万页，群众可在网站下载办事指南。",
                 "建成电子文档管理系统，实现文档在线查阅。", "二、项目文档管理情况"):
        assert not is_chrome_line(line), line
    report = "示范县档案馆2023年度档案数字化项目支出绩效自评报告\n\n一、项目概况\n\n全年完成档案数字化加工126万页。。\n"
    blocks = parse_text("\n".join(terms) + "\n\n" + report, "page.txt").parts[0].blocks
    assert blocks[0].text.value.startswith("示范县档案馆2023年度")


def test_a_sites_masthead_above_its_breadcrumbs_is_the_sites():
    """``示范市东岭区区教育委员会`` (the site's name, a doubled 区 in it) above ``您当前的位置：首页 > …``
    (modelled on a district portal): the page's masthead, not a line of the school's report."""
    page = ("示范市东岭区区教育委员会\n\n您当前的位置:首页 >区教育委员会 >政务公开 >财务信息\n\n"
            "示范市东岭第二中学校2023年度部门决算公开说明\n\n一、单位基本情况\n\n负责初中和普通高中教育工作。\n")
    blocks = parse_text(page, "page.txt").parts[0].blocks
    assert blocks[0].text.value == "示范市东岭第二中学校2023年度部门决算公开说明"
    # a report's title above the breadcrumbs is no masthead
    titled = "示范市东岭第二中学校2023年度部门决算公开说明\n\n当前位置：首页 > 政务公开 > 财务信息\n\n一、单位基本情况\n"
    assert parse_text(titled, "page.txt").parts[0].blocks[0].text.value.startswith("示范市东岭第二中学校2023年度")


def test_a_toolbar_line_that_lost_its_first_bracket_is_the_page_s() -> None:
    """``打印 】【收藏``: the page's row of buttons copied from its edge, the first button's
    opening bracket cut off. The buttons are the page's words (T805 quiet), as ``【打印】【收藏】``
    is; a report's own line with a bracket left open is still found."""
    body = "二、存在问题\n部分监测设备老化。\n"
    for toolbar in ("打印 】【收藏", "关闭】【打印】", "分享】【关闭"):
        assert is_chrome_line(toolbar), toolbar
        assert run(UnbalancedBracket, "示范县水利局项目绩效自评报告\n" + toolbar + "\n" + body) == []
    assert not is_chrome_line("打印费用】【说明")
    broken = "二、存在问题\n部分监测设备（雨量计老化，需要更换。\n三、下一步工作\n加强巡查。\n"
    assert len(run(UnbalancedBracket, "打印 】【收藏\n" + broken)) == 1
