"""S601 numbering-gap: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import NumberingGap

from perflint.diagnostics import Severity

from .._harness import line_of
from ._drafts import BAD, run


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


def test_an_excerpt_may_start_at_two():
    """A draft cut before its title starts wherever the cut fell: （二） first is no finding."""
    text = "公用经费开支标准列支。\n(二)政府采购预算安排情况说明。\n本年安排政府采购预算1.70万元。\n(三)国有资产占用情况说明。\n"
    assert run(text, NumberingGap) == []
    numbered_first = "一、项目支出基本情况\n本年下达专项经费84万元。\n二、绩效运行监控情况\n按季度监控。\n"
    assert run(numbered_first, NumberingGap) == []


def test_an_excerpt_may_open_with_the_end_of_another_report():
    """Text above the first report title that is not a cover (a sentence, a table) is the end
    of the report before it, cut: its numbering starts where the cut fell."""
    text = ("4、满意度指标暂可不作为必评指标，以资金额度为权重计算。\n5、定性指标按等级计分。\n"
            "示范县2023年度农机补贴项目绩效自评报告\n一、基本情况\n项目预算40万元。\n二、绩效目标\n完成补贴。\n")
    assert run(text, NumberingGap) == []
    # a cover above the title belongs to the report: its outline still starts at the title
    cover = "示范县农业农村局\n2024年3月\n示范县2023年度农机补贴项目绩效自评报告\n二、绩效目标\n完成补贴。\n"
    [d] = run(cover, NumberingGap)
    assert d.location.line == 4


def test_an_excerpt_still_reports_a_start_under_a_visible_parent():
    text = "公用经费开支标准列支。\n一、收入情况\n（二）财政拨款收入\n本年财政拨款100万元。\n"
    [d] = run(text, NumberingGap)
    assert d.location.line == 3 and "“一、收入情况”（第 2 行）之下" in d.message("zh")
    # under the excerpt's first item the levels above it are not in the text: a warning; under a
    # later item an error, as in a whole report
    assert d.severity is Severity.warning
    later = text.replace("一、收入情况", "一、收入情况\n本年收入100万元。\n二、支出情况")
    [d] = run(later, NumberingGap)
    assert "“二、支出情况”" in d.message("zh") and d.severity is Severity.error


def test_gap_in_a_note_list_run_together_after_a_colon():
    note = "总分 100 100\n注:1.一级指标分值按规定设定,三级指标分值自行确定,{}.定量指标按完成比例计分。\n"
    [d] = run("示范县2023年度项目支出绩效自评表\n" + note.format(3), NumberingGap)
    assert d.location.line == 3 and "缺少“2.”" in d.message("zh")
    assert run("示范县2023年度项目支出绩效自评表\n" + note.format(2), NumberingGap) == []
    figures = "示范县2023年度项目支出绩效自评表\n注:1.本表金额为万元,3.5万元为结转资金。\n"
    assert run(figures, NumberingGap) == []


def test_a_note_item_opening_with_a_quotation_mark_is_an_item():
    """``备注:1、“三公”经费包括…。 2、“三公”经费数包括…。 3、注明…`` (written anew after a Hunan
    county's 三公 budget form, fp32 030): the 2、 whose text opens with a quotation mark is the
    second item, no gap; a note that skips its 2 still fires."""
    note = ("示范县某中心2024年度部门“三公”经费预算情况表\n"
            "备注:1、“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。{}“三公”经费数包括"
            "基本支出和项目支出中的“三公”经费。 3、注明公务接待批次和人数。\n")
    assert run(note.format(" 2、"), NumberingGap) == []
    assert run(note.format("2、"), NumberingGap) == []
    assert [d.code for d in run(note.format(" "), NumberingGap)] == ["S601"]  # 1、 then 3、


def test_first_item_run_into_the_heading_line_is_no_late_start():
    """Line breaks lost: ``一、基本情况 1.单位构成`` and ``2.人员情况(1)按性质划分：``."""
    text = ("示范县2023年度部门决算汇编说明\n\n一、基本情况 1.单位构成\n\n纳入汇编的单位共 12 个。\n\n"
            "2.人员情况(1)按性质划分：行政人员 30 人。\n\n(2)按经费划分：全额拨款 30 人。\n")
    assert run(text, NumberingGap) == []
    late = text.replace("一、基本情况 1.单位构成", "一、基本情况 单位构成")
    assert [d.code for d in run(late, NumberingGap)] == ["S601"]


def test_a_report_opening_at_a_later_part_is_a_warning():
    """部门决算 are often published one part per file: a file that opens at 第三部分 under its
    title is likely incomplete, not certainly (an error would fail a CI gate on a correct file)."""
    text = ("示范县农业农村局2023年度部门决算\n\n第三部分 2023年度部门决算情况说明\n\n"
            "一、收入支出决算总体情况说明\n\n本年收入合计100万元。\n")
    [d] = run(text, NumberingGap)
    assert d.severity == Severity.warning and d.location.line == 3
    assert "第一部分" in d.message("zh")


def test_start_quiet_under_a_marker_the_excerpt_cut_open():
    """An excerpt starting inside ``(二)机构设置情况`` reads ``二)…`` on its first line: the
    ``二、`` below it is no first item of a list under it (its ``一、`` lies above the cut)."""
    cut = ("二)机构设置情况\n示范幼儿园为县教育局直属事业单位。\n二、2023年度部门决算情况说明\n"
           "(一)收入决算情况。\n本年收入 120 万元。\n")
    assert run(cut, NumberingGap) == []
    # a whole marker on the first line is a visible parent: its list must start at 一、
    whole = "(二)机构设置情况\n示范幼儿园为县教育局直属事业单位。\n1.幼儿园设园长室。\n3.设保教室。\n"
    assert [d.location.line for d in run(whole, NumberingGap)] == [4]


def test_top_level_list_interrupted_by_a_higher_style_goes_on():
    """Units that put 1、 above （一）: ``1、`` ``（一）`` ``（二）`` ``2、`` is one list of 1、 2、
    with （一）（二） under 1、, also at an excerpt's top where 1、 has no parent."""
    text = ("1、预算执行情况分析\n本年预算 20 万元。\n（一）资金投入情况分析\n资金及时到位。\n"
            "（二）资金使用情况分析\n资金专款专用。\n2、绩效目标完成情况分析\n目标全部完成。\n")
    assert run(text, NumberingGap) == []
    # a list that skips a number after the interruption is still reported
    [d] = run(text.replace("2、绩效", "3、绩效"), NumberingGap)
    assert d.location.line == 7


def test_numbering_above_the_report_title_is_not_the_reports():
    """A copy that opens inside a table of contents (its 目录 heading above the cut, so the
    entries read as headings) and then gives the report's title: the entries' numbers are the
    contents', not where the report's numbering starts. Below the title the report's own
    numbering is judged as in any report."""
    contents = ("(四)部门管理制度\n(五)部门资金来源及使用情况\n三、绩效目标\n四、评价思路和过程\n"
                "(一)评价思路\n(二)评价依据\n五、评价结论和绩效分析\n六、存在的问题\n")
    body = "示范县文化馆\n示范县文化馆2023年度部门整体支出绩效自评报告\n一、部门概况\n本馆编制12名。\n二、部门资金情况\n本年支出300万元。\n"
    assert run(contents + body, NumberingGap) == []
    late = body.replace("一、部门概况", "二、部门概况").replace("二、部门资金情况", "三、部门资金情况")
    [d] = run(contents + late, NumberingGap)
    assert d.severity is Severity.error and d.location.line == line_of(contents + late, "二、部门概况")


def test_a_start_at_two_after_an_unmarked_title_line_is_a_warning():
    """（二） first under its heading, with a title line right above it that carries no marker:
    the first item may have lost its （一）, a slip of another kind — likely, not certain, that
    the list starts at 二."""
    text = ("示范县林业局2024年度部门决算\n\n一、部门绩效自评情况\n\n部门整体绩效自评情况\n\n本局开展了整体自评。\n\n"
            "（二）项目绩效自评情况\n\n本局对 3 个项目开展了自评。\n")
    [d] = run(text, NumberingGap)
    assert d.severity is Severity.warning and "（二）" in d.message("zh")
    # with a paragraph of text right above it there is no lost marker to suppose: an error
    plain = text.replace("部门整体绩效自评情况\n\n", "")
    [d] = run(plain, NumberingGap)
    assert d.severity is Severity.error


def test_a_start_at_two_after_a_title_closed_like_its_siblings_is_a_warning():
    """A drafter who closes each heading with a full stop (``（二）绩效目标完成情况分析。``) closes
    the first one so too: ``资金投入情况分析。`` right under the parent, then its 1. 2. items, then
    ``（二）``, is the first heading that lost its （一） (modelled on a district project report)."""
    text = ("示范区住建中心2023年度项目支出绩效自评报告\n一、绩效目标完成情况分析\n资金投入情况分析。\n"
            "1.项目资金到位情况分析。\n区财政安排资金80万元，全部到位。\n2.项目资金执行情况分析。\n"
            "已支付80万元。\n（二）绩效目标完成情况分析。\n产出指标全部完成。\n")
    [d] = run(text, NumberingGap)
    assert d.severity is Severity.warning and "（二）" in d.message("zh")
    # headings not closed so: a sentence above is no lost title, the start at 二 an error
    plain = text.replace("（二）绩效目标完成情况分析。", "（二）绩效目标完成情况分析")
    [d] = run(plain, NumberingGap)
    assert d.severity is Severity.error
    # a sentence with clauses, closed by a full stop, is no title either
    prose = text.replace("资金投入情况分析。", "本项目资金投入情况如下，详见附表。")
    [d] = run(prose, NumberingGap)
    assert d.severity is Severity.error


def test_a_report_title_numbered_in_its_list_carries_the_list_on():
    """A title written as an item of a list (``三、某校2021年度部门决算说明`` among contents whose
    目录 line was cut off) starts a part; the ``四、`` after its sub-items continues the title's
    own number, it does not start a list at 四."""
    text = ("一、部门职责\n二、机构设置\n三、示范县实验学校2021年度部门决算说明\n(一)收入决算情况说明\n"
            "(二)支出决算情况说明\n四、名词解释\n第二部分 部门决算公开报表\n")
    assert [d for d in run(text, NumberingGap) if d.severity is Severity.error] == []
    # a list that does not go on from the title's number is judged as before
    late = text.replace("三、示范县", "一、示范县").replace("四、名词解释", "三、名词解释")
    assert any("三、" in d.message("zh") for d in run(late, NumberingGap))


# A 财政支出项目绩效自评报告 form published as a web page, its tables pasted one cell a line
# (label, value, label, value …) between the form's numbered sections (modelled, not copied).
_FORM_PAGE = """示范区财政支出项目绩效评价自评报告
评价方式：部门（单位）绩效自评
一、项目基本概况
项目负责人
张三
计划安排资金（万元）
170
实际支出（万元）
168.5
{middle}
三、项目绩效自评情况
项目绩效目标已基本完成。
"""


def test_gap_across_a_table_pasted_one_cell_a_line_that_holds_no_skipped_marker():
    """The section between is missing: the cells between the two headings hold no ``二、``, so
    no table hides it. A cell that carries ``二、`` may be the section the reader left inside
    the table: quiet, as before."""
    text = _FORM_PAGE.format(middle="结余（万元）\n1.5")
    [diag] = run(text, NumberingGap)
    assert (diag.location.line, diag.args["missing"]) == (line_of(text, "三、项目"), "“二、”")
    hidden = _FORM_PAGE.format(middle="二、项目支出明细情况\n168.5")
    assert run(hidden, NumberingGap) == []


def test_a_list_item_ending_a_page_above_its_page_number_is_no_row_label():
    """``10.…。`` then the page number ``1`` on the next line: a sentence is no row label of a
    table, so the list is followed through it (``11.`` after ``9.`` skips ``10.``)."""
    duties = "".join(f"{n}.负责全区第{n}项教育管理工作；指导各级学校开展相关工作。\n" for n in range(1, 10))
    head = "示范区教育委员会2024年度部门决算公开说明\n一、单位基本情况\n（一）职能职责\n"
    last = "实施全区语言文字管理工作；负责普通话培训测试工作。\n1\n"
    assert run(head + duties + "10." + last, NumberingGap) == []
    text = head + duties + "11." + last
    [diag] = run(text, NumberingGap)
    assert (diag.location.line, diag.args["missing"]) == (line_of(text, "11.实施"), "“10.”")


def test_a_numbered_title_below_cut_contents_is_no_item_of_the_report():
    """The report's title written as an item (``三、某校2021年度部门决算说明``) below contents that
    lost their 目录 line: the title is the report's, not an item starting a list at 三."""
    text = ("第一部分 示范县实验学校2021年部门决算情况说明\n一、部门职责\n二、机构设置\n"
            "三、示范县实验学校2021年度部门决算说明\n(一)收入决算情况说明\n(二)支出决算情况说明\n四、名词解释\n")
    assert [d for d in run(text, NumberingGap) if d.severity is Severity.error] == []


def test_items_named_after_their_grants_year_continue_the_run():
    """``分别为:(1)…(2)2019年省级补助资金…``: an item opening with a year is an item (modelled on
    a county culture bureau's list of special funds)."""
    items = ("示范县文化局2019年度专项资金项目自评报告\n"
             "一、基本情况\n"
             "1.公共文化项目资金210.40万元,实施项目4个,分别为:(1)剧团运转资金20万元。"
             "(2)2019年省级公共文化补助资金102.04万元。(3)非遗保护资金40.36万元。"
             "(4)2019年中央补助地方美术馆资金48万元。\n")
    assert run(items, NumberingGap) == []
    [d] = run(items.replace("(2)2019年省级", "2019年省级"), NumberingGap)  # the marker really lost
    assert "缺少“(2)”" in d.message("zh")


TOC_WITH_PAGES = """示范区幼儿园2022年度部门决算

目 录
第一部分 概 况 1
一、主要职责 1
二、机构设置 1
第二部分 2022年度部门决算情况说明 4
一、收支决算总体情况说明 4
二、收入决算情况说明 4
三、支出决算情况说明 4
五、国有资产占有使用情况说明 8
第三部分 名词解释 9
第一部分 概 况
一、主要职责
实施学前教育。
"""


def test_gap_in_a_table_of_contents_with_page_numbers():
    """A contents list whose entries carry page numbers (read as contents, not as headings)
    skips 四; a part starts its lists again from 一."""
    [d] = run(TOC_WITH_PAGES, NumberingGap)
    assert d.location.line == 11 and "缺少“四、”" in d.message("zh")
    fixed = TOC_WITH_PAGES.replace("五、国有资产", "四、国有资产")
    assert run(fixed, NumberingGap) == []


def test_a_first_item_glued_onto_the_heading_line_above_is_there():
    """A page that flattened its headings onto one line (``二、完成情况(一)资金投入情况1.资金分配
    情况。``, modelled on a copied evaluation report): the ``1.`` is glued after the titles, so
    the ``2.`` further down starts no list late."""
    text = ("示范县农田建设补助资金绩效自评报告\n"
            "一、绩效目标分解下达情况\n本年度安排补助资金 820 万元，已全部下达。\n"
            "二、绩效目标完成情况(一)资金投入情况分析1.资金分配情况。\n"
            "资金按照任务量分配到各乡镇，按每亩统一标准下达。\n"
            "2.资金使用情况。\n资金已全部拨付到项目实施单位。\n")
    assert run(text, NumberingGap) == []
    # the same layout with no 1. anywhere still starts the list late, and certainly so
    lost = text.replace("分析1.资金分配情况", "分析资金分配情况")
    [d] = run(lost, NumberingGap)
    assert d.severity is Severity.error and "缺少“1.”" in d.message("zh")
    # a 1. inside running prose of the heading line's paragraph is no glued marker
    prose = text.replace("二、绩效目标完成情况(一)资金投入情况分析1.资金分配情况。",
                         "二、绩效目标完成情况。资金到位后按计划拨付，共计1.5万元。")
    assert [d.args["missing"] for d in run(prose, NumberingGap)] == ["“1.”"]


def test_contents_without_page_numbers_starting_late_is_a_warning():
    """A 目录 printed without page numbers (so not read as contents) often lists only some entries:
    its first entry at （二） is likely, not certainly, a lost item. The same start in the body
    stays an error."""
    text = ("示范区城市管理局2024年度背街小巷整治项目重点绩效评价报告\n\n目  录\n\n"
            "（二）评价原则、评价方法和评价标准\n\n（三）评价发现的主要问题\n\n"
            "本报告对项目的实施情况进行了评价。\n")
    [d] = run(text, NumberingGap)
    assert d.severity is Severity.warning and "（二）" in d.message("zh")
    body = text.replace("目  录\n\n", "")
    [d] = run(body, NumberingGap)
    assert d.severity is Severity.error


def test_gap_in_points_enumerated_with_shi():
    """``一是…；二是…；四是…``: points a paragraph counts off with 是 skip a number."""
    text = ("示范县2023年度部门整体支出绩效自评报告\n\n一、存在的问题\n\n"
            "一是项目前期准备不充分；二是支出进度偏慢；{}是绩效指标不够细化。\n")
    [d] = run(text.format("四"), NumberingGap)
    assert d.location.line == 5 and "缺少“三是”" in d.message("zh")
    assert run(text.format("三"), NumberingGap) == []
    # one point per paragraph, the same way
    lines = ("示范县2023年度部门整体支出绩效自评报告\n\n一、改进措施\n\n一是加强项目前期论证。\n\n"
             "{}是细化量化绩效指标。\n")
    assert [d.location.line for d in run(lines.format("三"), NumberingGap)] == [7]
    assert run(lines.format("二"), NumberingGap) == []
    # 统一是, 第一是, 其一是 and a 是 of another word count nothing
    words = "示范县2023年度报告\n\n统一是基本要求；唯一是目标；三是指三项。\n"
    assert run(words, NumberingGap) == []


def test_items_naming_an_age_group_are_items_not_decimals():
    """``1.65岁及以上老年人…`` ``2.0-6岁儿童…``: the 基本公共卫生服务 lists name their groups by
    age, and the item's number runs into the age (modelled on a county health bureau's report)."""
    items = ("示范县卫生健康局2023年度基本公共卫生服务项目支出绩效自评报告\n"
             "一、绩效目标完成情况\n"
             "1.65岁及以上老年人健康管理率65.3%。\n"
             "2.0-6岁儿童健康管理率92.1%。\n"
             "3.0～36个月儿童中医药健康管理率70.2%。\n"
             "4.高血压患者基层规范管理服务率63.8%。\n")
    assert run(items, NumberingGap) == []
    [d] = run(items.replace("3.0～36个月", "5.0～36个月"), NumberingGap)
    assert "缺少“3.”" in d.message("zh")
    # a decimal opening a line is still a figure: 1.5万元 is no item 1
    from perflint.text.numbering import parse_marker

    assert parse_marker("1.5万元用于印制资料") is None and parse_marker("1.5-2.0万元") is None


_BUNDLE = """示范县农业农村局2023年度项目支出绩效自评报告
附件1
示范县农业农村局2023年度高标准农田建设项目支出绩效自评报告
一、项目基本情况
新建高标准农田20000亩。
附件{second}
示范县农业农村局2023年度农村户厕改造项目支出绩效自评报告
一、项目基本情况
完成农村户厕改造1300户。
附件{third}
示范县农业农村局2023年度耕地地力保护补贴项目支出绩效自评报告
一、项目基本情况
发放补贴444.78万元。
"""


def test_annexes_of_a_bundle_skip_a_number():
    """A file of project reports numbered 附件1, 附件3 …: a report left out or a number mistyped
    (a warning: an annex may be published on its own)."""
    from perflint.checks.structure import NumberingRepeat

    text = _BUNDLE.format(second="3", third="4")
    [d] = run(text, NumberingGap)
    assert d.severity == Severity.warning and d.location.line == 6 and "附件2" in d.message("zh")
    assert run(_BUNDLE.format(second="2", third="3"), NumberingGap) == []
    assert run(_BUNDLE.format(second="2", third="3"), NumberingRepeat) == []
    [r] = run(_BUNDLE.format(second="1", third="2"), NumberingRepeat)
    assert r.location.line == 6 and r.related[0].location.line == 2 and "附件1" in r.message("zh")


def test_a_circled_number_opening_a_formula_is_no_list_item():
    """A 部门整体支出绩效自评表 header read from a sheet (modelled on a city office's 2018 form):
    the columns are labelled by formulas (``④ = ①+② +③``, ``⑥=⑤/④``); a circled number
    followed by ``=`` opens an equation, not an item, so no ⑤ is missing. Items numbered
    ① ② ④ in a list still skip one."""
    header = ("部门整体支出绩效自评表\n（2018年度）\n预算安排 拨付情况 结余情况\n年初部门预算安排金额\n"
              "历年结余结转\n年中调整金额③ 小计\n④ = ①+② +③\n年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n"
              "本年度结余金额\n⑦=④-⑤\n资金结余率\n(%)\n⑧=⑦/④\n")
    assert run(header, NumberingGap) == []
    listed = "一、资金来源\n①中央及省级财政资金 100 万元\n②市级财政资金 50 万元\n④县级财政资金 20 万元\n"
    [d] = run(listed, NumberingGap)
    assert "③" in d.message("zh")


def test_a_list_opened_inside_a_flattened_page_line_starts_there():
    """A school's 决算 read from a page that ran its contents and first section into one line
    (modelled on a county high school's 2017 决算): ``…目录第一部分…概况一、部门职责二、机构设置第二部分…
    第一部分…概况一、部门职责某中学是…`` holds 一、 and 第一部分 glued in sequence before the
    next ones; the ``二、机构设置`` and ``第二部分`` that open later lines go on from there. The same
    ``二、`` with no glued run above it still starts late (an error)."""
    glued = ("某县第一中学2017年度部门决算二〇一八年九月目录第一部分某县第一中学概况一、部门职责二、机构设置"
             "第二部分2017年度部门决算表一、收入支出决算总表二、收入决算表第三部分2017年度部门决算情况说明"
             "一、收入支出决算总体情况说明第一部分某县第一中学概况一、部门职责某县第一中学是示范性高中,"
             "现有72个教学班。\n")
    body = ("(一)贯彻党的教育方针,坚持社会主义办学方向。\n(二)实施高中学历教育,促进教育事业发展。\n"
            "二、机构设置某县第一中学无所属二级预算单位,本级决算为汇总决算。\n"
            "第二部分2017年度部门决算表收入支出\n")
    assert run("某县第一中学2017年度部门决算\n" + glued + body, NumberingGap) == []
    [d] = run("某县第一中学2017年度部门决算\n" + body.replace("第二部分2017年度部门决算表收入支出\n", ""), NumberingGap)
    assert d.severity is Severity.error and "“二、”" in d.message("zh")


_PUBLISHED_TABLES = """示范县第三幼儿园2023年度部门决算公开报告
第一部分 基本情况
一、单位职责
本园实施学前教育。
第二部分 2023年度部门决算公开报表
一、收入支出决算公开表
{second}
六、一般公共预算财政拨款基本支出决算公开表
八、国有资本经营预算财政拨款收入支出决算公开表
以上报表见附件。
第三部分 2023年度部门决算情况说明
一、收入支出总体情况说明
收入、支出总计均为120.00万元。
"""


def test_published_tables_keep_their_own_numbers():
    """A list naming the final accounts' public tables by their numbers in the standard set
    (一、四、六、八: the tables published) skips the ones left out on purpose: no gap."""
    assert run(_PUBLISHED_TABLES.format(second="四、财政拨款收入支出决算公开表"), NumberingGap) == []


def test_a_gap_among_sections_is_still_a_gap():
    """The same gap where a line is no table's name (a section of the text) is still reported."""
    diags = run(_PUBLISHED_TABLES.format(second="四、财政拨款收支情况"), NumberingGap)
    assert 7 in [d.location.line for d in diags]


def test_a_part_heading_that_lost_its_di_is_no_gap():
    """``四部分 名词解释`` between 第三部分 and 第五部分 (modelled on a 部门决算's outline): the
    fourth part is there, its 第 lost. T801 reports the slip at its line; S601 would report the
    same slip again at 第五部分. With the fourth part truly missing, the gap stays."""
    draft = ("第一部分 单位概况\n\n正文。\n\n第二部分 决算表\n\n正文。\n\n第三部分 情况说明\n\n正文。\n\n"
             "{fourth}\n\n正文。\n\n第五部分 附件\n\n无。\n")
    assert run(draft.format(fourth="四部分 名词解释"), NumberingGap) == []
    assert len(run(draft.format(fourth="名词解释"), NumberingGap)) == 1


def test_contents_under_a_titled_contents_heading_starting_late_is_a_warning():
    """The 目录 heading written with the report's name (某县林业局2022年度部门决算目录, modelled on
    a county bureau's published 决算) heads the same contents: its first entry at ``二、`` is
    likely, not certainly, a lost entry. A long sentence ending in 目录 is no such heading."""
    text = ("某县林业局2022年度部门决算\n\n某县林业局2022年度部门决算目录\n\n二、部门基本情况\n\n"
            "三、收入支出决算总表\n\n本部门决算由以下部分组成。\n")
    [d] = run(text, NumberingGap)
    assert d.severity is Severity.warning and "二、" in d.message("zh")
    body = text.replace("某县林业局2022年度部门决算目录\n\n", "本部门按照财政局的统一要求编制了决算并列出下列目录，现将有关情况说明如下\n\n")
    [d] = run(body, NumberingGap)
    assert d.severity is Severity.error


def test_titled_contents_heading_is_not_the_tail_of_the_line_above():
    """A web page's index line, unpunctuated, right above the titled 目录 line: the reader once
    glued the heading onto it, and the contents' first entry (``二、`` listed before the parts)
    read as the report's first heading, an error."""
    text = ("某县林业局2022年度部门决算\n\n  • 某县林业局\n  • 0151587/2024-00618\n  • 2024-01-15 09:30\n\n"
            "信息索引号53010000000000000\n\n\n某县林业局2022年度部门决算目录\n\n二、部门基本情况\n\n第一部分 某县林业局概况\n\n一、主要职能\n\n"
            "第二部分 2022年度部门决算表\n\n一、收入支出决算总表\n\n二、收入决算表\n\n三、支出决算表\n")
    assert [d for d in run(text, NumberingGap) if d.severity is Severity.error] == []


# S601 on a report pasted as one paragraph (a web page or PDF that lost its line breaks): the
# top-level headings run together in one line (``一、…，二、…，四、…``), and a number skipped among
# them is reported as a warning; quiet on a complete run, on prose that counts things off
# (``一、二级``), on a list of public tables and on a run cut before its end.

_HEAD = "示范县农技站2023年度植保项目绩效自评报告\n\n"


def _flat(*headings: str) -> str:
    """A report pasted as one paragraph: each heading run into the text before and after it."""
    bodies = ["本项目预算资金12万元，全部由县财政安排", "全年完成病虫害统防统治面积3000亩",
              "个别乡镇资金拨付偏慢，下一年度加强督促", "自评结果在县政府网站公开"]
    return "".join(f"{h}{bodies[i % len(bodies)]}，" for i, h in enumerate(headings)).rstrip("，") + "。\n"


def test_a_skipped_heading_in_a_flattened_report_is_a_warning():
    text = _HEAD + _flat("一、项目基本情况", "二、绩效目标完成情况", "四、存在的问题及改进措施", "五、自评结果公开情况")
    [d] = run(text, NumberingGap)
    assert d.severity == Severity.warning
    assert d.location.line == 3 and text.splitlines()[2][d.location.column - 1:].startswith("四、")
    assert "缺少“三、”" in d.message("zh") and "前一项为“二、绩效目标完成情况" in d.message("zh")


def test_a_skip_after_a_percent_or_bracket_is_read_too():
    text = _HEAD + ("一、项目基本情况本项目预算资金12万元，二、绩效目标完成情况合格率100%"
                    "四、存在的问题及改进措施个别乡镇资金拨付偏慢（已整改）五、自评结果公开情况已公开。\n")
    [d] = run(text, NumberingGap)
    assert d.severity == Severity.warning and "缺少“三、”" in d.message("zh")


def test_a_complete_flattened_report_is_quiet():
    text = _HEAD + _flat("一、项目基本情况", "二、绩效目标完成情况", "三、存在的问题及改进措施", "四、自评结果公开情况")
    assert run(text, NumberingGap) == []


def test_a_run_cut_before_its_end_or_starting_late_is_quiet():
    # an excerpt cut mid-report: the run starts at 三、 (the page's start was cut), or stops at 二、
    text = _flat("三、存在的问题及改进措施", "四、自评结果公开情况")
    assert run(text, NumberingGap) == []
    text = _HEAD + _flat("一、项目基本情况", "二、绩效目标完成情况")
    assert run(text, NumberingGap) == []


def test_numerals_counted_off_in_prose_are_no_headings():
    text = _HEAD + ("本站负责全县一、二级病虫害测报点的管理，其中一、二类点位共12个，"
                    "四、五月份为防治关键期，全年完成统防统治面积3000亩，较上年增加200亩。\n")
    assert run(text, NumberingGap) == []


def test_a_flattened_list_of_public_tables_keeps_their_numbers():
    text = ("示范县农技站2023年度部门决算\n\n目录：一、收入支出决算总表，二、收入决算表，"
            "四、财政拨款收入支出决算总表，六、一般公共预算财政拨款基本支出决算表，本单位无其他表。\n")
    assert run(text, NumberingGap) == []


def test_a_flattened_table_whose_rows_keep_their_numbers_is_quiet():
    # a 收入 table pasted as one line, its empty rows left out: each label is followed by its figure
    text = ("示范县农技站2023年度部门决算\n\n本年收入情况：一、一般公共预算财政拨款收入 120.50 "
            "二、政府性基金预算财政拨款收入 10.00 五、事业收入 8.20 八、其他收入 1.30 本年收入合计 140.00\n")
    assert run(text, NumberingGap) == []


def test_the_skipped_heading_written_elsewhere_in_the_paragraph_is_quiet():
    # 三 written with the wrong mark (三.) is there: the slip is another rule's, not a lost heading
    text = _HEAD + ("一、项目基本情况本项目预算资金12万元，二、绩效目标完成情况全部完成，三.存在的问题个别"
                    "乡镇拨付偏慢，四、自评结果公开情况已公开，五、其他需要说明的问题无。\n")
    assert run(text, NumberingGap) == []


_NESTED = ("一、项目基本情况本项目预算资金12万元，二、绩效目标完成情况分析(一)资金投入情况分析，县财政下达资金"
           "12万元，{first}项目资金管理情况分析，制度健全，(二)产出情况分析1.数量指标完成情况，完成3000亩，"
           "2.质量指标完成情况，合格率100%，{fourth}时效指标完成情况，按期完成，三、存在的问题及改进措施拨付偏慢。\n")


def test_levels_below_a_flattened_heading_that_start_late_or_skip():
    """Under the run-in ``(一)`` the first ``1.`` item is ``3.`` (1. and 2. lost), and under
    ``(二)`` 3. is skipped: warnings, both (an abridged page drops items too)."""
    text = _HEAD + _NESTED.format(first="3.", fourth="4.")
    found = sorted((d.severity, d.message("zh")) for d in run(text, NumberingGap))
    assert [s for s, _m in found] == [Severity.warning, Severity.warning]
    assert any("“(一)资金投入情况分析”（第 3 行）之下第一项为“3.”，缺少“1.”“2.”" in m for _s, m in found)
    assert any("“4.”前一项为“2.质量指标完成情况" in m and "缺少“3.”" in m for _s, m in found)


def test_complete_levels_figures_and_table_numbers_below_flattened_headings_are_quiet():
    text = _HEAD + _NESTED.format(first="1.", fourth="3.")
    assert run(text, NumberingGap) == []
    # a figure (1.5万元) and a table's number (表2.) are no items; 1、 written for 1. is there
    figures = _HEAD + _NESTED.format(first="另拨付1.5万元，见表2.资金明细，1、资金到位情况，2.", fourth="3.")
    assert run(figures, NumberingGap) == []
    # rows of a table under a heading, labelled and followed by their figures, keep their numbers
    rows = _HEAD + _NESTED.format(first="3.项目支出 8.00 ", fourth="3.")
    assert run(rows, NumberingGap) == []
    # no run of headings (一、二、三、) in the paragraph: its (一) and 3. are left to the walker's rules
    lone = _HEAD + ("(一)资金投入情况分析，县财政下达资金12万元，全部到位，资金使用规范，"
                    "3.项目资金管理情况分析，制度健全，账务清晰，手续完备，未发现违规使用资金问题。\n")
    assert run(lone, NumberingGap) == []


def test_a_title_the_copy_began_inside_opens_an_excerpt():
    """``园2017年度部门决算说明`` (the copy began inside ``某某幼儿园…``, or at a page's running
    title) over ``二、机构设置``: one character before the year is no unit's name, and the ``一、``
    may be above the cut. The same lines under a whole title are a report that starts at ``二、``."""
    body = "二、机构设置\n\n本园内设3个部门。\n\n三、人员情况\n\n在职5人。\n"
    assert run("园2017年度部门决算说明\n" + body, NumberingGap) == []
    [d] = run("青禾幼儿园2017年度部门决算说明\n" + body, NumberingGap)
    assert d.key == "start" and d.severity is Severity.error


def test_a_start_at_two_after_an_unmarked_title_line_points_at_that_line():
    """``第一部分 单位概况`` / ``主要职责`` / its text / ``二、机构设置``: the title line that carries
    no marker is where the 一、 was lost, so the finding stands on it, the 二、 related."""
    text = ("示范县农技站2024年度单位决算\n\n第一部分 单位概况\n\n主要职责\n\n负责农业技术推广和培训。\n\n"
            "二、机构设置\n\n本站为县农业农村局下属事业单位。\n")
    [d] = run(text, NumberingGap)
    assert d.severity is Severity.warning and "二、" in d.message("zh")
    assert d.location.line == line_of(text, "主要职责")
    assert any(r.location.line == line_of(text, "二、机构设置") for r in d.related)


GLUED_FIGURE = """示范县文化广电旅游局2023年中央补助公共文化服务体系建设专项资金绩效自评报告

一、基本情况

2023年下达公共文化服务体系建设专项资金预算150.00万元，绩效目标情况：
1.保障126个基层综合性文化服务中心正常运行。
2.85个农家书屋更新图书2400册。
3.开展送文化下乡活动20场。
4.维护应急广播设备300套。
"""


def test_numbering_gap_quiet_when_the_item_runs_its_figure_into_its_dot():
    """``2.85个农家书屋…`` between ``1.`` and ``3.`` (modelled on a county's 自评报告): the item's
    number with its figure right after the dot, read as the figure 2.85. No number is missing;
    the list without that line does miss its 2."""
    assert run(GLUED_FIGURE, NumberingGap) == []
    [d] = run(GLUED_FIGURE.replace("2.85个农家书屋更新图书2400册。\n", ""), NumberingGap)
    assert d.code == "S601" and "缺少“2.”" in d.message("zh")
def test_a_list_of_public_tables_opening_at_a_later_table_is_a_warning():
    """A 决算 page whose first two public tables were published as images (the text keeps the
    third, with its note that the table is empty): the list of tables starts at ``三、支出决算表``.
    The tables before it may be in the publication, not in the text: likely, not certain."""
    text = ("示范镇人民政府2022年度部门决算\n\n第一部分 示范镇人民政府概况\n\n（一）主要职能\n\n"
            "负责全镇经济发展和社会管理。\n\n（二）机构设置\n\n本镇设党政办公室等五个机构。\n\n"
            "第二部分 2022年度部门决算表\n\n三、支出决算表\n\n本单位无此项内容，本表无数据。\n\n"
            "四、财政拨款收入支出决算总表\n\n见附表。\n")
    [d] = run(text, NumberingGap)
    assert d.severity is Severity.warning and d.location.line == line_of(text, "三、支出决算表")
    # the same late start on a section that names no table stays an error
    sections = text.replace("三、支出决算表", "三、支出情况").replace("四、财政拨款收入支出决算总表", "四、收入情况")
    [d] = run(sections, NumberingGap)
    assert d.severity is Severity.error


def test_sub_items_numbered_on_across_their_parents_start_no_list_late():
    """A table of contents of a project's outlays read as lines (modelled on a province's
    monitoring-network evaluation): 4 items, 6 sub-items numbered (1)…(6) straight through, so the
    first under ``2.`` is ``(3)``. That goes on from the cousin list under ``1.``, nothing is
    missing (nor under ``3.`` and ``4.``, the count going back to the ``(1)`` under ``1.``); a
    ``(3)`` first under ``1.`` itself still starts late."""
    text = ("示范省2023年监测网络运行维护资金绩效评价报告\n一、项目基本情况\n"
            "项目共包括4项内容、6个子项，具体如下。\n"
            "1.水质监测运维\n(1)水质自动站运维\n对12个自动站实施运维。\n(2)水源地站运行补助\n对8个水源地站给予补助。\n"
            "2.空气监测运维\n(3)城市空气站服务费\n向2家供应商购买数据。\n(4)县级空气站服务费\n确定3家供应商实施运维。\n"
            "3.噪声监测运维\n(5)功能区站运维\n对6个站实施运维。\n"
            "4.平台运维\n(6)数据平台运维\n平台全年正常运行。\n")
    assert run(text, NumberingGap) == []
    late = text.replace("(1)水质自动站运维", "(3)水质自动站运维").replace("(2)水源地站运行补助", "(4)水源地站运行补助")
    assert any("缺少“(1)”“(2)”" in d.message("zh") and d.severity == Severity.error for d in run(late, NumberingGap))


JOINED = """示范乡人民政府2023年度部门决算

第一部分 示范乡人民政府概况
一、主要职能
二、单位基本情况
第二部分 2023年度单位决算表
一、收入支出决算表
二、收入决算表三、支出决算表
四、财政拨款收入支出决算总表
五、一般公共预算财政拨款收入支出决算表
第三部分 2023年度部门决算情况说明

第一部分 示范乡人民政府概况
一、主要职能
本乡负责全乡经济社会事务管理。
"""


def test_numbering_gap_reports_two_contents_entries_run_into_one_line():
    """Two entries of a contents list written on one line (``二、收入决算表三、支出决算表``, then
    ``四、``; modelled on a township's 决算): the list skips nothing, but the second entry lost its
    line. A warning at the second entry; a line where a page number or leaders stand between the
    two (a flattened PDF contents) stays quiet, as does each entry on its own line."""
    found = [d for d in run(JOINED, NumberingGap) if d.key == "joined"]
    assert len(found) == 1 and found[0].severity == Severity.warning
    line = line_of(JOINED, "二、收入决算表三、支出决算表")
    assert found[0].location.line == line and found[0].location.column == len("二、收入决算表") + 1
    assert "三、" in found[0].message("zh")
    split = JOINED.replace("收入决算表三、", "收入决算表\n三、")
    assert run(split, NumberingGap) == []
    paged = JOINED.replace("收入决算表三、", "收入决算表……82三、")
    assert [d for d in run(paged, NumberingGap) if d.key == "joined"] == []


def test_no_gap_in_contents_that_list_only_some_entries_from_a_later_one():
    """Contents under a ``目 录`` line that open at ``七、`` (a page that kept only some entries,
    each with its page): they list a selection, so ``十一、`` after ``八、`` skips nothing the
    contents meant to list. Contents that open at ``一、`` and skip one still do (see above)."""
    text = ("来源：示范县教育局\n发布时间：2024-09-20 10:05\n示范县第二幼儿园2023年度部门决算公开报告\n目 录\n"
            "七、政府性基金预算财政拨款支出决算情况说明 7\n八、国有资本经营预算财政拨款支出决算情况说明 8\n"
            "十一、其他重要事项情况说明 12\n第一部分 基本情况\n一、部门职责\n为学龄前儿童提供保育和教育服务。\n")
    assert run(text, NumberingGap) == []


def test_a_late_start_or_gap_after_garbled_lines_is_a_warning():
    # a mirror that decoded the page in the wrong encoding leaves Bopomofo where `（一）` stood
    # (`。ㄒ唬…`) or a replacement character where a glyph was lost: the marker the list
    # seems to lack may be among what is unreadable, so the numbering is likely, not certainly, wrong
    garbled = ("示范县红十字会2023年度部门决算\n\n一、主要职责\n\n。ㄒ唬┐蛟旃救助体系，组织开展应急救护培训。\n\n"
               "（二）开展救灾准备工作，管理备灾设施。\n\n（三）开展无偿献血宣传。\n")
    [d] = run(garbled, NumberingGap)
    assert d.severity is Severity.warning and d.location.line == line_of(garbled, "（二）开展救灾")
    lost = ("示范县红十字会2023年度部门决算\n\n一、主要职责\n\n（一）组织开展应急救护培训。\n\n"
            "\ufffd\ufffd开展救灾准备工作，管理备灾设施。\n\n（三）开展无偿献血宣传。\n")
    [d] = run(lost, NumberingGap)
    assert d.severity is Severity.warning and d.location.line == line_of(lost, "（三）开展无偿")
    # the same late start with every line readable is still an error
    clean = garbled.replace("。ㄒ唬┐蛟旃救助体系，", "本会负责建立救助体系，")
    [d] = run(clean, NumberingGap)
    assert d.severity is Severity.error
