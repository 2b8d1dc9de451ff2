"""T805 unbalanced-bracket: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.terms import UnbalancedBracket

from perflint.extract.punctuation import unbalanced_brackets

from .._harness import run


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("依据《绩效自评通知》(青财函〔2024〕8号等文件要求开展自评。", [("(", "unclosed")]),
        ("依据《实施意见》(青政发〔20197号)和《办法》执行。", [("〔", "unclosed")]),
        ("依据《通知》(青财预2022〕31号)下达资金。", [("〕", "stray")]),
        ("《关于下达补助资金的通知》青财预〔2023〕5号)中央补助 2 万元。", [(")", "stray")]),
        ("项目支出绩效自评表2023年度)项目名称", [(")", "stray")]),
        ("人员情况（人 编制数 12 实有 11", [("（", "unclosed")]),
        # an opening mark typed twice: the first one is the slip, whatever closes later
        ("部门整体自评报告（（2023年度）单位名称：某站", [("（", "doubled")]),
        ("依据《《预算法》》和《实施条例》执行。", []),
        ("依据((某财发〔2023〕4号)文件，共下达资金 5 万元。", [("(", "doubled")]),
    ],
)
def test_unbalanced_brackets_are_found(text, found):
    assert [(text[s.start], s.kind) for s in unbalanced_brackets(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "依据《关于印发〈绩效评价办法〉的通知》（青财绩〔2021〕6号）执行。",
        "因公出国(境)费 0 元，单位（含下属 2 个所）共 30 人。",
        "主要措施：1)加强管理；2)规范流程；a)按月报送。",
        "（1）加强预算执行（含结转资金）。(2)规范采购。",
        "按照（一）（二）两部分填报，金额单位：（万元）。",
        # one closing mark for two openings: no telling which one lacks its partner
        "计分原则：（即目标值为≥X，得分=权重*B/A，反向指标（即目标值为≤X，得分=权重*A/B），不得超过权重。",
    ],
)
def test_balanced_brackets_are_quiet(text):
    assert unbalanced_brackets(text) == []


def test_bracket_check_reports_one_finding_per_repeated_slip():
    draft = ("某镇2023年度部门整体支出绩效评价基础数据表\n\n财政供养人员情况(人\n\n编制数 40\n\n"
             "经费控制情况(万元\n\n三公经费 3.2\n\n依据《通知》(某财函〔2023〕12号等文件开展自评。\n\n二、结论\n")
    # the form's labels: one finding, the other label listed; the sentence's slip: its own
    label, sentence = sorted(run(UnbalancedBracket, draft), key=lambda d: d.location.line)
    assert label.location.line == 3 and [r.location.line for r in label.related] == [7]
    assert sentence.location.line == 11 and sentence.related == []


def test_each_slip_in_running_text_is_reported_where_it_stands():
    """The same sentence written twice with its bracket lost (modelled on a district's lottery-fund
    narrative citing two notices): the writer must mend both places, each is a finding."""
    cited = "收到《某省财政厅关于下达补助资金的通知》（某财综〔2024〕3号）、某财综〔2023〕9号）后，及时拨付。"
    draft = f"一、项目概况\n\n{cited}\n\n二、资金管理\n\n{cited}\n"
    found = run(UnbalancedBracket, draft)
    assert [d.location.line for d in found] == [3, 7]
    assert all("另有" not in d.message("zh") for d in found)


def test_bracket_check_reads_a_wrapped_table_cell_as_one_and_ignores_a_cut_last_line():
    draft = ("一级指标\t分值\t计分方法\n预算执行率\t10\t（10分*执行\n \t \t率）\n产出指标\t20\t按完成比例\n\n"
             "二、部门(单位\n")
    assert run(UnbalancedBracket, draft) == []
    assert run(UnbalancedBracket, "一、依据《通知》(某财函〔2023〕12号等文件。\n\n二、结论\n")


def test_brackets_are_judged_apart_from_a_figure_glued_to_its_breakdown():
    # a figure run into 其中 is a punctuation slip (T807), never a bracket slip: T805 must not
    # receive it (it crashed on such a draft)
    text = "公务接待费支出2万元，比上年减少28%其中：国内接待2万元（含外事接待0万元）。"
    assert all(isinstance(s.mark, str) for s in unbalanced_brackets(text))
    assert run(UnbalancedBracket, text) == []


def test_a_web_pages_controls_left_open_are_not_the_reports_brackets():
    """A report copied from a government site brings the page's buttons along (``浏览次数：0 次
    【字体：``, ``【阅读：``), whether on the page's own line (left out of the document) or joined
    to a line of the report; an open 【 before other words at a line's end is still reported."""
    page = "示范县卫生健康局2022年度部门决算\n来源：县卫健局 发布时间：2023-10-10 浏览次数：0 次 【字体：\n一、主要职责\n"
    assert run(UnbalancedBracket, page) == []
    assert run(UnbalancedBracket, page.replace("【字体：", "【阅读：")) == []
    joined = "示范县卫生健康局2022年度部门决算\n一、主要职责\n本局负责全县卫生健康工作。【字体：\n二、机构设置\n本局设办公室。\n"
    assert run(UnbalancedBracket, joined) == []
    (d,) = run(UnbalancedBracket, joined.replace("【字体：", "依据【2023\n"))
    assert d.code == "T805"


def test_a_text_that_begins_inside_a_bracket_is_an_excerpt_cut_below_its_opening():
    # an excerpt copied from the middle of a sentence: the “(” is above the cut
    cut = "2人、协管员12人)，环卫所共有职工86人。\n\n二、机构设置\n\n本所设办公室。\n"
    assert run(UnbalancedBracket, cut) == []
    # the same slip further down is reported, and so is one in a report's title on the first line
    assert [d.code for d in run(UnbalancedBracket, "二、人员情况\n\n" + cut)] == ["T805"]
    titled = "示范县环卫所2023年度)部门决算\n\n一、概况\n\n本所设办公室。\n"
    assert [d.code for d in run(UnbalancedBracket, titled)] == ["T805"]


def test_an_excerpt_whose_first_sentence_a_page_wrapped_is_cut_below_its_opening_too():
    # the same cut sentence over two lines of a PDF's page: the “)” on the second line is still
    # in the text's first sentence
    cut = ("2人、协管员12人、保洁人员和绿化养护人员共计三十\n六人)，环卫所共有职工86人。\n\n"
           "二、机构设置\n\n本所设办公室。\n")
    assert run(UnbalancedBracket, cut) == []
    assert [d.code for d in run(UnbalancedBracket, "二、人员情况\n\n" + cut)] == ["T805"]
    # short lines the reader joined across blank lines (a form's title and cells) are no wrapped
    # sentence: the “)” of the third is a slip
    form = "示范项目经费 绩效自评表\n\n附件1\n\n项目支出绩效自评表\n\n2023年度)\n\n项目名称\n\n示范项目经费\n"
    assert [d.code for d in run(UnbalancedBracket, form)] == ["T805"]


def test_an_excerpt_cut_inside_a_long_bracketed_list():
    # the “(” opened a list of vehicles by category above the cut; the list runs long before “)”
    cut = ("务用车0辆，主要领导干部用车3辆，机要通信用车0辆，应急保障用车10辆，执法执勤用车417辆，"
           "特种专业技术用车15辆，离退休干部用车0辆，其他用车1,318辆)。\n\n二、三公经费支出情况\n\n本年支出 12 万元。\n")
    assert run(UnbalancedBracket, cut) == []
    # past the first sentence of that line the bracket is the draft's own slip
    assert [d.code for d in run(UnbalancedBracket, "本年共有车辆 1,763 辆。" + cut)] == ["T805"]


def test_an_excerpt_cut_inside_a_bracketed_note_whose_sentence_ends_before_the_bracket():
    # the note ``(说明：…科目。)`` was cut after its “(”: the full stop is the bracketed sentence's
    cut = "以上数据取自财决07表，只列出本单位实际发生的科目。)\n\n二、三公经费支出情况\n\n本年支出 12 万元。\n"
    assert run(UnbalancedBracket, cut) == []
    # a second sentence before the bracket: the cut is behind it
    assert [d.code for d in run(UnbalancedBracket, "本年无变化。" + cut)] == ["T805"]


def test_an_opening_mark_typed_twice_is_found_on_a_cut_last_line_too():
    # an excerpt that ends inside a bracket is taken as cut off, but a doubled opening mark is
    # a slip wherever it stands: the second one is closed, the first never will be
    draft = "某站2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n部门整体支出绩效自评报告（（2023年度）单位名称：某站 评价小组"
    [diag] = run(UnbalancedBracket, draft)
    assert diag.location.line == 5 and diag.key == "doubled"
    # its quiet twins: one opening mark, and a last line cut inside an ordinary bracket
    assert run(UnbalancedBracket, draft.replace("（（", "（")) == []
    assert run(UnbalancedBracket, draft.replace("（（2023年度）", "（2023年度")) == []


def test_t805_document_number_whose_year_lost_both_brackets():
    """``某财乡办202311号`` (modelled on a township's report): the year 2023 runs into the serial 11
    with neither bracket left; the issuer's code leads into the digits."""
    text = "依据县财政局《关于下达奖励资金的通知》(示财乡办202311号)文件精神，下达奖励资金12万元。\n"
    [d] = run(UnbalancedBracket, text)
    assert "示财乡办〔2023〕11号" in d.message("zh")
    # cited without brackets after the sentence's lead-in: the issuer's code starts after it
    [d] = run(UnbalancedBracket, "根据示政办发202215号文件要求，开展绩效自评。\n")
    assert "“示政办发202215号”" in d.message("zh") and d.location.column == 3


def test_t805_bare_document_number_in_a_pdfs_spaced_text():
    """A PDF's text puts a space between Chinese and digits (``示财乡办 202311 号``): the year still
    runs into the serial. Spaced, a count of people and a filing number stay quiet."""
    [d] = run(UnbalancedBracket, "依据县财政局《关于下达奖励资金的通知》(示财乡办 202311 号)文件精神执行。\n")
    assert "示财乡办〔2023〕11号" in d.message("zh")
    assert run(UnbalancedBracket, "共接待来访群众 2023 人，办理案件 11 件。\n京ICP备 2023011 号-1\n") == []


@pytest.mark.parametrize("text", [
    "依据《关于下达奖励资金的通知》(示财乡办〔2023〕11号)文件精神执行。\n",  # brackets kept
    "京ICP备2023011号-1 网站标识码1234567890\n",                           # a filing number
    "本批次为第2023011号合同，编号2023011号。\n",                            # numbers of another kind
    "共接待来访群众2023人，办理案件11件。\n",
])
def test_t805_quiet_on_numbers_that_are_no_bare_document_number(text):
    assert run(UnbalancedBracket, text) == []


def test_a_document_number_that_lost_its_closing_bracket_is_named_each_time():
    """``〔20207号`` (modelled on funding notices cited in a self-evaluation): the 〕 after the year
    was lost and the year runs into the serial. Each number is reported where it stands, with
    how to write it, apart from the other unclosed brackets; its 号 ends it, so a draft that
    ends right after it is not cut off inside the bracket."""
    draft = "依据《通知》（示财农〔20207号）和《办法》（示政发〔201910号）拨付资金。\n\n二、结论\n"
    found = run(UnbalancedBracket, draft)
    assert [d.message("zh") for d in found] == [
        "文号“〔20207号”缺少“〕”，年份与序号连在一起：应写作“〔2020〕7号”",
        "文号“〔201910号”缺少“〕”，年份与序号连在一起：应写作“〔2019〕10号”",
    ]
    assert len(run(UnbalancedBracket, "依据《通知》拨付资金，文号示财农〔20207号\n")) == 1
    assert run(UnbalancedBracket, "依据《通知》（示财农〔2020〕7号）拨付资金。\n\n二、结论\n") == []


def test_a_bare_number_after_another_number_starts_at_its_own_issuer():
    """``…202211号文件和示政发20167号``: the second number's issuer code is 示政发, not the words
    since the first number's 号."""
    draft = "依据示财发202211号文件和示政发20167号文件安排资金。\n\n二、结论\n"
    found = [d.message("zh") for d in run(UnbalancedBracket, draft)]
    assert any("“示政发20167号”" in m for m in found) and not any("号文件和" in m for m in found)


def test_a_mask_before_a_stray_closing_mark_is_read_in_its_sentence_only():
    """A mask (``******``) may hide an opening mark: a closing one after it in the same sentence
    is not stray, one in a later sentence is. Asked of every stray mark of a long text, where the
    sentence starts was read from the text's start each time (quadratic: benchmarks/fuzz.py found
    a 66 KB one-line draft that took 3 s); the text's masks are now looked for once."""
    masked = "项目依据******批复)实施。另见附表)。"
    assert [(masked[s.start], s.kind) for s in unbalanced_brackets(masked)] == [(")", "stray")]
    assert unbalanced_brackets(masked)[0].start == masked.rindex(")")
    many = "资金到位)" * 5000
    assert len(unbalanced_brackets(many)) == 5000
    assert unbalanced_brackets("******" + many) == []  # one sentence: every mark may close a masked one


def test_a_marker_written_twice_is_no_stray_bracket():
    """``（2）2）某财建〔2023〕86号…`` (modelled on a 交通运输局's list of funds, whose page drew
    T805 and S606 on the same characters): the item's marker written twice is S606's retyped
    marker; its second ``2）`` closes no bracket of the sentence. A stray ``）`` in the same
    list's text is still one (``…86号文）国省干线…``)."""
    from perflint.checks.structure import MarkerMissing

    draft = ("某县交通运输局2023年度项目支出绩效自评报告\n\n一、资金情况\n\n"
             "（1）某财建〔2023〕80号国省干线养护资金43万元，预算执行率100%。\n\n"
             "（2）2）某财建〔2023〕86号节能减排补助资金59万元，预算执行率100%。\n\n"
             "（3）某财建〔2023〕90号农村公路养护资金200万元，预算执行率30%。\n")
    assert run(UnbalancedBracket, draft) == []
    assert [d.key for d in run(MarkerMissing, draft)] == ["retyped"]
    stray = draft.replace("80号国省干线", "80号文）国省干线")
    assert [(d.location.line, d.args.get("mark")) for d in run(UnbalancedBracket, stray)] == [(5, "）")]
    # another ordinal after the marker is no copy of it: its ）closes nothing, as before
    assert [s.kind for s in unbalanced_brackets("（2）3）某财建〔2023〕86号资金59万元。")] == ["stray"]


def test_a_sentence_of_very_many_slips_is_one_finding_that_lists_them():
    """A text holding more slips than any writer makes (a table or a page flattened into one line,
    its brackets cut apart): one finding listing every place, as a form's labels are; a sentence
    of a few slips keeps one finding each."""
    many = "一、项目概况\n\n" + "资金到位)，" * 40 + "按时拨付。\n"
    [d] = run(UnbalancedBracket, many)
    assert "另有 39 处" in d.message("zh") and len(d.related) == 39
    few = "一、项目概况\n\n" + "资金到位)，" * 3 + "按时拨付。\n"
    assert len(run(UnbalancedBracket, few)) == 3
