"""The structure family on drafts we write: each rule fires on a wrong draft, stays quiet on a right one."""

from __future__ import annotations

from pathlib import Path

from perflint.checks.structure import CHECKS
from perflint.checks.structure.marker_missing import MarkerMissing
from perflint.checks.structure.numbering_gap import NumberingGap
from perflint.checks.structure.numbering_repeat import NumberingRepeat
from perflint.checks.structure.numbering_restart import NumberingRestart
from perflint.checks.structure.numbering_style_mixed import NumberingStyleMixed
from perflint.checks.structure.toc_mismatch import TocMismatch

from perflint.diagnostics import Severity
from perflint.testing import lint_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "structure"


def run(text: str, check=None, options=None, path: str = "draft.txt"):
    return lint_text(text, checks=[check] if check else CHECKS, options={check.code: options} if options else None,
                     path=path)


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def line_of(text: str, needle: str, start: int = 1) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if i >= start and needle in line)


def test_family_exports_its_checks():
    assert [c.code for c in CHECKS] == ["S601", "S602", "S603", "S604", "S605", "S606"]
    assert all(c.family == "structure" and c.docs() for c in CHECKS)


def test_correct_drafts_are_quiet():
    assert run(fixture("good_project.txt")) == []
    assert run(fixture("good_accounts.md"), path="good_accounts.md") == []


BAD = fixture("bad_project.txt")


def test_gap_points_at_the_marker_and_names_the_previous_sibling():
    diags = run(BAD, NumberingGap)
    gaps = [d for d in diags if d.severity == Severity.warning]
    lines = [d.location.line for d in gaps]
    assert lines == [line_of(BAD, "3、完成的绩效目标"), line_of(BAD, "（四）存在的问题"),
                     line_of(BAD, "（三）项目资金情况"), line_of(BAD, "5、开展秋冬季")]
    first = gaps[0]
    assert first.location.column == 1 and first.location.end_column == 3
    assert first.message("zh") == f"编号不连续：“3、”前一项为“1、执行率情况”（第 {line_of(BAD, '1、执行率情况')} 行），缺少“2、”"
    assert "skips “2、”" in first.message("en")
    assert first.related[0].location.line == line_of(BAD, "1、执行率情况")
    assert "缺少“3、”“4、”" in gaps[-1].message("zh")


def test_a_report_starting_at_two_is_an_error():
    errors = [d for d in run(BAD, NumberingGap) if d.severity == Severity.error]
    assert [d.location.line for d in errors] == [line_of(BAD, "二、自评结论")]
    assert errors[0].message("zh") == "编号未从第一项开始：本报告第一项为“二、”，缺少“一、”"


def test_start_above_one_under_a_heading_names_the_heading():
    text = "示范县渔政站2023年度绩效自评报告\n\n一、基本情况\n\n（一）资金投入情况分析\n\n资金到位。\n\n3、项目资金管理情况分析\n\n管理规范。\n"
    [d] = run(text, NumberingGap)
    assert d.severity == Severity.error and d.location.line == 9
    assert "“（一）资金投入情况分析”（第 5 行）之下第一项为“3、”，缺少“1、”“2、”" in d.message("zh")


def test_repeat_fires_on_a_second_sibling_with_the_same_number():
    diags = run(BAD, NumberingRepeat)
    assert [d.location.line for d in diags] == [line_of(BAD, "（四）下一步改进措施"), line_of(BAD, "二、佐证材料")]
    assert diags[0].message("zh") == (
        f"编号“（四）”重复：前一项已是“（四）存在的问题和原因”（第 {line_of(BAD, '（四）存在的问题')} 行），此处应为“（五）”")


def test_repeat_names_the_earlier_sibling_with_the_same_heading_number():
    text = "示范县渔政站2023年度绩效自评报告\n\n一、概况\n\n二、目标\n\n三、完成情况\n\n二、存在问题\n\n四、措施\n"
    [d] = run(text, NumberingRepeat)
    assert d.location.line == 9
    assert "同一级已有“二、目标”（第 5 行），前一项为“三、完成情况”（第 7 行），此处应为“四、”" in d.message("zh")


def test_repeat_is_quiet_when_lists_restart_under_new_headings():
    text = ("示范县渔政站2023年度绩效自评报告\n\n一、存在问题\n\n1、人员不足。\n\n2、设备老化。\n\n"
            "二、改进措施\n\n1、充实人员。\n\n2、更新设备。\n")
    assert run(text) == []


def test_restart_under_the_same_parent_and_inverted_levels():
    diags = run(BAD, NumberingRestart)
    assert [d.location.line for d in diags] == [line_of(BAD, "（一）充实检查力量"), line_of(BAD, "（一）资金投入")]
    assert "同级应续为“（五）”" in diags[0].message("zh")
    inverted = """示范县渔政站2023年度部门决算

一、预算绩效情况说明

（一）绩效管理工作开展情况

已全面开展。

（二）项目绩效自评结果

一、渔船检查项目综述：

预算 18 万元。

二、渔政执法项目综述：

预算 12 万元。

（三）结果应用情况

已公开。
"""
    [d] = run(inverted, NumberingRestart)
    assert d.location.line == 11
    assert d.message("zh") == ("层级颠倒：“一、”与上级“一、预算绩效情况说明”（第 3 行）编号样式相同，"
                               "却编在“（二）项目绩效自评结果”（第 9 行）之下")
    assert [r.location.line for r in d.related] == [9, 3]


def test_restart_is_quiet_after_a_label_or_between_two_lists():
    text = """示范县渔政站2023年度绩效自评报告

一、自评结论

（一）存在的问题

1、人员不足。

2、设备老化。

针对上述问题，提出以下改进意见。

1、充实人员。

2、更新设备。

下一步工作安排：

1、开展培训。
"""
    assert run(text) == []


TOC = """示范县渔政站2023年度部门决算

目录

一、部门主要职责.....2
二、严格资金管理，规范支出程序.....3
图 1：收入结构.....4
三、其他需要说明的情况.....5

一、部门主要职责

负责渔政执法工作。

二、严格资金管理，规范支付程序

资金管理规范。

三、其他需要说明的情况

无。
"""


def test_toc_near_match_is_reported_at_the_toc_line():
    [d] = run(TOC, TocMismatch)
    assert d.location.line == 6 and d.location.column == 3
    assert d.message("zh") == "目录“规范支出程序”与正文标题“规范支付程序”（第 14 行）不一致"
    assert d.related[0].location.line == 14


def test_toc_is_quiet_when_it_matches_and_figures_are_not_reported():
    fixed = TOC.replace("规范支出程序", "规范支付程序")
    assert run(fixed, TocMismatch) == []
    [d] = run(fixed, TocMismatch, {"report_missing": True})
    assert d.severity == Severity.info and d.location.line == 7
    assert run(TOC, TocMismatch, {"threshold": 99}) == []


PLAIN_TOC = """示范县林业站2023年度单位决算

第一部分 单位概况
一、主要职责
二、机构设置
第二部分 2023年度单位决算情况说明
一、收入支出决算总体情况说明
第一部分 部门概况
一、主要职责
负责全县林木种苗管理。
二、机构设置
内设综合股和资源股。
第二部分 2023年度单位决算情况说明
一、收入支出决算总体情况说明
收入、支出总计均为100.00万元。
"""


def test_toc_without_page_numbers_is_matched_by_place():
    """The entry and the body line share a marker and a place but not a title."""
    [d] = run(PLAIN_TOC, TocMismatch)
    assert d.severity == Severity.warning and d.location.line == 3
    assert d.message("zh") == "目录“单位概况”与正文标题“部门概况”（第 8 行）不一致"


def test_toc_without_page_numbers_is_quiet_when_titles_agree():
    fixed = PLAIN_TOC.replace("第一部分 部门概况", "第一部分 单位概况")
    assert run(fixed) == []


def test_an_excerpt_may_start_at_two():
    """A draft cut before its title starts wherever the cut fell: （二） first is no finding."""
    text = "公用经费开支标准列支。\n(二)政府采购预算安排情况说明。\n本年安排政府采购预算1.70万元。\n(三)国有资产占用情况说明。\n"
    assert run(text, NumberingGap) == []
    numbered_first = "一、项目支出基本情况\n本年下达专项经费84万元。\n二、绩效运行监控情况\n按季度监控。\n"
    assert run(numbered_first, NumberingGap) == []


def test_an_excerpt_still_reports_a_start_under_a_visible_parent():
    text = "公用经费开支标准列支。\n一、收入情况\n（二）财政拨款收入\n本年财政拨款100万元。\n"
    [d] = run(text, NumberingGap)
    assert d.location.line == 3 and "“一、收入情况”（第 2 行）之下" in d.message("zh")


def test_style_mixed_fires_when_a_list_changes_its_marker():
    text = "示范县卫生院2023年度部门预算\n\n一、主要职能\n\n1、开展预防保健服务。\n\n2. 开展常见病诊治。\n\n3. 开展康复护理。\n"
    [d] = run(text, NumberingStyleMixed)
    assert d.code == "S605" and d.severity == Severity.warning and d.location.line == 7
    assert d.message("zh") == "编号体例不一致：上条为“1、开展预防保健服务”（第 5 行），此条为“2.”，应统一为“2、”"


def test_style_mixed_is_quiet_for_two_levels_and_one_style():
    levels = "示范县卫生院2023年度部门预算\n\n1、人员情况\n\n1.在编人员12人。\n\n2.聘用人员3人。\n\n2、资产情况\n\n房屋1处。\n"
    assert run(levels, NumberingStyleMixed) == []
    one = "示范县卫生院2023年度部门预算\n\n一、主要职能\n\n1、开展预防保健服务。\n\n2、开展常见病诊治。\n"
    assert run(one, NumberingStyleMixed) == []


FLAT_LIST = ("（一）主要职责\n"
             "1.贯彻执行上级决议。2.组织实施发展规划。3.促进产业结构调整。4.改善民生。"
             "5.维护社会秩序。6持续完善维稳体系。7.办理上级交办的其他事项。\n")


def test_marker_missing_finds_a_bare_number_in_a_flattened_list():
    [d] = run(FLAT_LIST, MarkerMissing)
    assert d.code == "S606" and d.severity == Severity.warning and d.location.line == 2
    assert FLAT_LIST.split("\n")[1][d.location.column - 1] == "6"
    assert d.message("zh").startswith("编号“6”缺少标点，应为“6.”")
    assert run(FLAT_LIST.replace("6持续", "6.持续"), MarkerMissing) == []


def test_marker_missing_is_quiet_on_figures_in_prose():
    text = "（一）主要职责\n1.开展培训。2.完成检查。3.全年服务12家企业。4.建成5个站点。\n"
    assert run(text, MarkerMissing) == []


def test_repeat_inside_a_flattened_list():
    text = FLAT_LIST.replace("5.维护社会秩序", "4.维护社会秩序").replace("6持续", "6.持续")
    [d] = run(text, NumberingRepeat)
    assert d.location.line == 2 and "编号“4.”重复" in d.message("zh") and "此处应为“5.”" in d.message("zh")


TOC_UNMARKED = """示范县卫生院2023年度部门决算

第一部分 部门决算表
一、收入支出决算总表
二、收入决算表
三、支出决算表
政府性基金预算财政拨款收入支出决算表
国有资本经营预算财政拨款支出决算表
第二部分 情况说明
第一部分 部门决算表
一、收入支出决算总表
本表金额单位为万元。
"""


def test_marker_missing_finds_toc_entries_typed_without_markers():
    [d] = [d for d in run(TOC_UNMARKED) if d.code == "S606"]
    assert d.location.line == 7
    assert "等 2 项缺少编号" in d.message("zh") and "应依次为“四、”“五、”" in d.message("zh")
    numbered = TOC_UNMARKED.replace("政府性", "四、政府性").replace("国有资本", "五、国有资本")
    assert [d for d in run(numbered) if d.code == "S606"] == []
    annex = TOC_UNMARKED.replace("政府性基金", "附件1：政府性基金").replace("国有资本", "附件2：国有资本")
    assert [d for d in run(annex) if d.code == "S606"] == []


LONG = "本年度总支出500.00万元，其中基本支出400.00万元，项目支出100.00万元，主要用于人员工资和日常运转。"


def test_marker_missing_finds_the_lost_second_heading():
    text = (f"示范县林业站2023年度整体支出绩效自评报告\n\n一、部门概况\n\n（一）基本情况\n\n本站有职工12人，内设三个股室。\n\n"
            f"整体支出规模和使用方向\n\n{LONG}\n\n二、绩效情况\n\n{LONG}\n")
    [d] = run(text, MarkerMissing)
    assert d.location.line == 9 and "它与“（一）基本情况”（第 5 行）同级，应为“（二）”" in d.message("zh")
    numbered = text.replace("整体支出规模", "（二）整体支出规模")
    assert run(numbered, MarkerMissing) == []


def test_marker_missing_finds_the_lost_last_item_written_like_its_siblings():
    items = "".join(f"（{n}）{name}。负责{work}。\n\n" for n, name, work in
                    (("一", "办公室", "日常运转"), ("二", "资源股", "林木资源管理"), ("三", "技术股", "技术推广")))
    text = f"示范县林业站2023年度整体支出绩效自评报告\n\n本站设下列内设机构：\n\n{items}人事股。负责人事和工会工作。\n"
    [d] = run(text, MarkerMissing)
    assert d.location.line == 11 and "应为“（四）”" in d.message("zh")
    prose = text.replace("人事股。负责人事和工会工作。", "以上股室均按编制配齐人员，运转正常。")
    assert run(prose, MarkerMissing) == []


def test_marker_missing_finds_an_inline_list_numbered_from_two():
    text = "示范县林业站2023年度项目绩效目标表\n资金总额120万元财政拨款:100万元(其中:上级资金:100万元)二、自有资金:0万元三、其他:20万元项目概况略\n"
    [d] = run(text, MarkerMissing)
    assert d.location.line == 2 and d.message("zh") == "列表从“二、”编起：“二、自有资金”之前的第一项缺少“一、”"
    assert run(text.replace("资金总额", "一、资金总额"), MarkerMissing) == []
    sentence = "示范县林业站2023年度项目绩效目标表\n资金到位。二、自有资金:0万元三、其他:20万元\n"
    assert run(sentence, MarkerMissing) == []


def test_marker_missing_is_quiet_on_unnumbered_closing_entries_and_short_sentences():
    closing = TOC_UNMARKED.replace("政府性基金预算财政拨款收入支出决算表\n国有资本经营预算财政拨款支出决算表\n第二部分 情况说明\n",
                                   "名词解释\n")
    assert [d for d in run(closing) if d.code == "S606"] == []
    items = "".join(f"（{n}）{name}。负责{work}。\n\n" for n, name, work in
                    (("一", "办公室", "日常运转"), ("二", "资源股", "林木资源管理"), ("三", "技术股", "技术推广")))
    text = f"示范县林业站2023年度整体支出绩效自评报告\n\n本站设下列内设机构：\n\n{items}运转平稳。\n"
    assert run(text, MarkerMissing) == []


def test_gap_in_a_note_list_run_together_after_a_colon():
    note = "总分 100 100\n注:1.一级指标分值按规定设定,三级指标分值自行确定,{}.定量指标按完成比例计分。\n"
    [d] = run("示范县2023年度项目支出绩效自评表\n" + note.format(3), NumberingGap)
    assert d.location.line == 3 and "缺少“2.”" in d.message("zh")
    assert run("示范县2023年度项目支出绩效自评表\n" + note.format(2), NumberingGap) == []
    figures = "示范县2023年度项目支出绩效自评表\n注:1.本表金额为万元,3.5万元为结转资金。\n"
    assert run(figures, NumberingGap) == []


def test_table_flattened_one_cell_a_line_is_no_outline():
    """公开01表 pasted one cell a line: 收入 and 支出 row labels interleave (一、一、二、二、…)."""
    rows = [("一、一般公共预算财政拨款收入", "1", "120.00", "一、一般公共服务支出", "29", "110.00"),
            ("二、政府性基金预算财政拨款收入", "2", "0.00", "二、外交支出", "30", "0.00"),
            ("三、上级补助收入", "3", "5.00", "三、国防支出", "31", "0.00"),
            ("四、事业收入", "4", "0.00", "四、公共安全支出", "32", "0.00")]
    cells = "\n\n".join("\n\n".join(r) for r in rows)
    text = "示范县招商中心2023年度部门决算\n\n收入支出决算总表\n\n金额单位：万元\n\n" + cells + "\n"
    assert run(text) == []
    # numbered headings each over a paragraph of text still form an outline
    wrong = "一、主要职能\n\n负责招商。\n\n二、机构设置\n\n内设两个股室。\n\n二、人员情况\n\n在编 8 人。\n"
    assert [d.code for d in run(wrong)] == ["S602"]


def test_toc_entry_matches_a_body_heading_wrapped_over_lines():
    """The body sets a part's title on three lines (``第一部分`` / unit name / ``单位概况``)."""
    text = ("目录\n\n第一部分 示范镇人民政府单位概况\n\n第二部分 部门决算情况说明\n\n第三部分 名词解释\n\n"
            "第一部分\n\n示范镇人民政府\n\n单位概况\n\n本镇辖 8 个村。\n\n"
            "第二部分 部门决算情况说明\n\n收入合计 300.00 万元。\n\n第三部分 名词解释\n\n财政拨款收入：本级财政拨付的资金。\n")
    assert run(text, TocMismatch) == []


def test_first_item_run_into_the_heading_line_is_no_late_start():
    """Line breaks lost: ``一、基本情况 1.单位构成`` and ``2.人员情况(1)按性质划分：``."""
    text = ("示范县2023年度部门决算汇编说明\n\n一、基本情况 1.单位构成\n\n纳入汇编的单位共 12 个。\n\n"
            "2.人员情况(1)按性质划分：行政人员 30 人。\n\n(2)按经费划分：全额拨款 30 人。\n")
    assert run(text, NumberingGap) == []
    late = text.replace("一、基本情况 1.单位构成", "一、基本情况 单位构成")
    assert [d.code for d in run(late, NumberingGap)] == ["S601"]
