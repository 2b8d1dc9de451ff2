"""S606 marker-missing: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import MarkerMissing

from perflint.diagnostics import Severity

from .._harness import line_of
from ._drafts import FLAT_LIST, run


def test_marker_missing_finds_a_bare_number_in_a_flattened_list():
    [d] = run(FLAT_LIST, MarkerMissing)
    assert d.code == "S606" and d.severity == Severity.warning and d.location.line == 2
    assert FLAT_LIST.split("\n")[1][d.location.column - 1] == "6"
    assert d.message("zh").startswith("编号“6”缺少标点，应为“6.”")
    assert run(FLAT_LIST.replace("6持续", "6.持续"), MarkerMissing) == []


def test_marker_missing_finds_a_bare_number_a_pdf_spaced_from_its_item():
    """A PDF's text puts a space between the bare number and the Chinese after it (。6 持续…):
    still a number without its dot among 5. and 7., as 6持续 is. A count after a full stop
    (。3 个站点…) that no next number follows is no item."""
    spaced = FLAT_LIST.replace("6持续", "6 持续")
    [d] = run(spaced, MarkerMissing)
    assert d.message("zh").startswith("编号“6”缺少标点，应为“6.”") and spaced.split("\n")[1][d.location.column - 1] == "6"
    assert run("（一）主要职责\n1.开展培训。2.完成检查。3.全年服务 12 家企业。4 个站点已建成。\n", MarkerMissing) == []


def test_marker_missing_in_a_list_typed_with_full_width_digits():
    """A draft typed with full-width digits (``５.…。６持续…。７.…``): the same slip, and the
    marker it should have is written in the draft's digits."""
    full = FLAT_LIST.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    [d] = run(full, MarkerMissing)
    assert d.message("zh").startswith("编号“６”缺少标点，应为“６.”")
    assert run(full.replace("６持续", "６.持续"), MarkerMissing) == []


def test_marker_missing_is_quiet_on_figures_in_prose():
    text = "（一）主要职责\n1.开展培训。2.完成检查。3.全年服务12家企业。4.建成5个站点。\n"
    assert run(text, MarkerMissing) == []


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
    """Each entry that lost its number is its own slip, reported on its line with the number it
    lacks (a reviewer who fixes ``四、`` still has ``五、`` to fix)."""
    d, e = [d for d in run(TOC_UNMARKED) if d.code == "S606"]
    assert (d.location.line, e.location.line) == (7, 8)
    assert "应为“四、”" in d.message("zh") and "应为“五、”" in e.message("zh")
    assert "前面有编号的一项为“三、支出决算表”（第 6 行）" in e.message("zh")
    numbered = TOC_UNMARKED.replace("政府性", "四、政府性").replace("国有资本", "五、国有资本")
    assert [d for d in run(numbered) if d.code == "S606"] == []
    annex = TOC_UNMARKED.replace("政府性基金", "附件1：政府性基金").replace("国有资本", "附件2：国有资本")
    assert [d for d in run(annex) if d.code == "S606"] == []



def test_an_ellipsis_line_of_a_template_is_no_unnumbered_entry():
    """A template's outline (``(1)……`` / ``(2)……`` / ``……``): the closing line of dots says the
    list goes on, it is no entry that lost its number."""
    text = ("某项目绩效报告（范本）\n四、自评情况\n(一)业务自评情况\n1、立项情况\n(1)……\n(2)……\n……\n"
            "2、完成程度\n(1)……\n(2)……\n……\n")
    assert [d for d in run(text) if d.code == "S606"] == []
    assert [d.location.line for d in run(text.replace("(2)……\n……\n2、", "(2)……\n目标完成……\n2、"))
            if d.code == "S606"] == [7]


LONG = "本年度总支出500.00万元，其中基本支出400.00万元，项目支出100.00万元，主要用于人员工资和日常运转。"


def test_marker_missing_finds_the_lost_second_heading():
    text = (f"示范县林业站2023年度整体支出绩效自评报告\n\n一、部门概况\n\n（一）基本情况\n\n本站有职工12人，内设三个股室。\n\n"
            f"整体支出规模和使用方向\n\n{LONG}\n\n二、绩效情况\n\n{LONG}\n")
    [d] = run(text, MarkerMissing)
    assert d.location.line == 9 and "它与“（一）基本情况”（第 5 行）同级，应为“（二）”" in d.message("zh")
    numbered = text.replace("整体支出规模", "（二）整体支出规模")
    assert run(numbered, MarkerMissing) == []


def test_marker_missing_leaves_a_title_numbered_with_a_half_bracket_alone():
    """``一、主要职能`` over items numbered ``1)`` ``2)`` (modelled on a college's 决算 page):
    ``2)深化…`` carries its own number and lost none; it is no second heading of ``一、``."""
    text = ("示范职业学院2023年度单位决算\n\n一、主要职能\n\n1)全面履行办学职能\n\n" f"{LONG}\n\n"
            "2)深化人才培养模式改革\n\n" f"{LONG}\n")
    assert run(text, MarkerMissing) == []
    # the same title line without its number under a lone heading still lost its marker
    lost = text.replace("1)全面履行办学职能", "（一）全面履行办学职能").replace("2)深化", "深化")
    [d] = run(lost + f"\n二、机构设置\n\n{LONG}\n", MarkerMissing)
    assert "应为“（二）”" in d.message("zh")


def test_marker_missing_leaves_a_line_wrapped_mid_sentence_alone():
    """A PDF wraps a sentence (``在全省通过不到`` / ``20年的时间，…``, modelled on a 法律援助 evaluation
    copied from a document site): the short line ends where no title ends, so it is no lost
    ``二、`` between two paragraphs."""
    text = ("示范省2018年度法律援助补助资金绩效评价报告\n\n一、项目基本情况\n\n"
            "法律援助是国家建立的一项法律制度，维护当事人合法权益。\n\n在全省通过不到\n\n"
            "20年的时间，已建成覆盖城乡的法律援助体系，省财政不断加大经费保障力度。\n")
    assert run(text, MarkerMissing) == []
    titled = text.replace("在全省通过不到", "法律援助体系建设")
    [d] = run(titled, MarkerMissing)
    assert d.key == "heading_unmarked"


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


EMPTY_BRACKETS = """某县农业农村局2022年度部门决算
一、部门基本情况
()职能职责
负责全县农业农村工作的统筹协调。
(二)机构设置
内设办公室、财务股等5个股室。
"""

EMPTY_LIST = """二、本级决算表
（）收入支出决算总表
（）收入决算表
（） “三公”经费支出决算表
三、情况说明
"""


def test_marker_missing_finds_a_title_whose_brackets_hold_no_number():
    """``()职能职责``: the number inside the brackets was the word processor's and did not come
    out with the text; the sibling ``(二)`` after it shows the place was numbered."""
    [d] = run(EMPTY_BRACKETS, MarkerMissing)
    assert d.code == "S606" and d.location.line == 3 and d.location.column == 1
    assert d.message("zh") == "“职能职责”的编号“()”括号内缺少序号"
    assert run(EMPTY_BRACKETS.replace("()职能", "(一)职能"), MarkerMissing) == []


def test_marker_missing_reports_a_list_of_empty_brackets_once():
    [d] = run(EMPTY_LIST, MarkerMissing)
    assert d.location.line == 2 and "等 3 行" in d.message("zh")
    assert "and 2 more lines" in d.message("en")


CUT_BRACKETS = """一、部门基本情况
（一）部门职责
负责全镇的经济发展和社会事务管理。
)内设机构
镇设党政办公室、经济发展办公室等6个办公室。
（三）人员情况
"""


def test_marker_missing_finds_a_title_left_with_only_its_closing_bracket():
    """``)内设机构``: the opening bracket and the number were lost together, the closing bracket
    left at the line's start (the title's marker, not a stray mark)."""
    [d] = run(CUT_BRACKETS, MarkerMissing)
    assert d.code == "S606" and d.location.line == 4 and d.location.column == 1
    assert d.message("zh") == "“内设机构”的编号只剩“)”，缺少左括号和序号"
    assert run(CUT_BRACKETS.replace(")内设", "（二）内设"), MarkerMissing) == []


def test_marker_missing_leaves_a_bracket_closing_the_line_above_alone():
    """A parenthesis wrapped onto the next line (``（含\n)下属单位…``) closes the one above."""
    text = "一、基本情况\n本单位决算包括本级及所属单位（含\n)下属二级单位决算\n二、收入情况\n"
    assert [d for d in run(text, MarkerMissing) if "只剩" in d.message("zh")] == []


def test_marker_missing_leaves_choice_boxes_and_sentences_alone():
    """A bracket pair with a space inside is a box to tick; one before a sentence is no title."""
    text = "一、自评情况\n（ ）是否按期完成\n()本单位是否有结余资金，如有请说明。\n二、其他\n"
    assert [d for d in run(text, MarkerMissing) if "括号内缺少序号" in d.message("zh")] == []


BARE_LINES = """一、主要职能
（一）部门主要职责为：
1负责全县残疾人证的核发工作。
2组织实施按比例安排残疾人就业。
3宣传贯彻残疾人保障法律法规。
（二）机构设置
"""


def test_marker_missing_finds_a_list_of_lines_numbered_without_dots():
    """Each item on its own line with its number run into the text (``1负责…``/``2组织…``):
    the list's dots were lost; one finding, at the first line."""
    [d] = [d for d in run(BARE_LINES, MarkerMissing) if "缺少标点" in d.message("zh")]
    assert d.location.line == 3 and d.message("zh") == "第 1–3 项的编号“1”“2”……缺少标点，应为“1.”"
    fixed = BARE_LINES.replace("\n1负责", "\n1.负责").replace("\n2组织", "\n2.组织").replace("\n3宣传", "\n3.宣传")
    assert [d for d in run(fixed, MarkerMissing) if "缺少标点" in d.message("zh")] == []


def test_marker_missing_finds_the_list_in_a_pdfs_spaced_text():
    """The same list as a PDF's text gives it, a space between each number and its word
    (``1 负责…``): the dots are lacking all the same; counts spaced (``1 人退休``) stay quiet."""
    spaced = BARE_LINES.replace("\n1负责", "\n1 负责").replace("\n2组织", "\n2 组织").replace("\n3宣传", "\n3 宣传")
    assert spaced != BARE_LINES
    [d] = [d for d in run(spaced, MarkerMissing) if "缺少标点" in d.message("zh")]
    assert d.location.line == 3
    counts = "一、人员情况\n1 人退休。\n2 个科室合并。\n3 家单位划入。\n"
    assert [d for d in run(counts, MarkerMissing) if "缺少标点" in d.message("zh")] == []


def test_marker_missing_leaves_counts_opening_lines_alone():
    """Lines opening with counts (1人 / 2个 / 3家) or only two bare numbers are no lost list."""
    counts = "一、人员情况\n1人退休。\n2个科室合并。\n3家单位划入。\n"
    assert [d for d in run(counts, MarkerMissing) if "缺少标点" in d.message("zh")] == []
    two = "一、主要职能\n1负责残疾人证核发。\n2组织残疾人就业。\n二、机构设置\n"
    assert [d for d in run(two, MarkerMissing) if "缺少标点" in d.message("zh")] == []


def test_marker_missing_finds_a_title_numbered_with_a_colon():
    """``一:主要职能``: a heading's Chinese numeral takes 、; the reader takes 一: for no marker."""
    text = "第一部分 部门概况\n一:主要职能\n负责全县水资源的开发利用。\n二、机构设置\n内设股室4个。\n"
    [d] = [d for d in run(text, MarkerMissing) if "冒号" in d.message("zh")]
    assert d.location.line == 2 and d.message("zh") == "编号“一:”用了冒号，应为“一、”"
    assert [d for d in run(text.replace("一:", "一、"), MarkerMissing) if "冒号" in d.message("zh")] == []
    # a sentence after the colon is no title: 其一: and the like are left alone
    assert [d for d in run("一:按期完成了全部任务，效果良好。\n", MarkerMissing) if "冒号" in d.message("zh")] == []


PART_WITHOUT_ORDINAL = """某县水务局2024年度部门决算
目录
第一部分 部门概况
第二部分 2024年度部门决算表
第三部分 2024年度部门决算情况说明
第四部分 其他重要事项的情况说明
部分 名词解释
第一部分 部门概况
一、主要职责
负责全县水资源的统一管理。
"""


def test_marker_missing_finds_a_part_title_without_its_ordinal():
    """``部分 名词解释`` after 第二…第四部分: the title lost its 第五."""
    [d] = [d for d in run(PART_WITHOUT_ORDINAL, MarkerMissing) if "缺少序数" in d.message("zh")]
    assert d.location.line == 7 and d.message("zh").endswith("应为“第五部分”")
    fixed = PART_WITHOUT_ORDINAL.replace("\n部分 名词解释", "\n第五部分 名词解释")
    assert [d for d in run(fixed, MarkerMissing) if "缺少序数" in d.message("zh")] == []
    # one 第一部分 alone counts no parts yet: 部分 opening a line after it is left alone
    alone = "第一部分 部门概况\n部分 单位未纳入本次汇总。\n部分 职能划转\n"
    assert [d for d in run(alone, MarkerMissing) if "缺少序数" in d.message("zh")] == []


def test_marker_missing_finds_part_titles_that_lost_their_ordinal_after_the_first():
    """``第一部分`` / ``部分 …`` / ``部分 …`` / ``第四部分``: the next numbered part counts the two
    lines as parts two and three, so each lost its 第N (a budget's contents)."""
    text = ("示范县示范镇2022年部门预算\n目录\n第一部分示范镇人民政府概况\n一、基本职能及主要工作\n"
            "部分示范镇人民政府2022年部门预算情况说明\n部分示范镇人民政府2022年部门预算表\n一、部门收支总表\n"
            "第四部分名词解释\n第一部分示范镇人民政府概况\n一、基本职能及主要工作\n负责全镇行政事务。\n")
    found = [d for d in run(text, MarkerMissing) if "缺少序数" in d.message("zh")]
    assert [(d.location.line, d.message("zh")[-8:]) for d in found] == [(5, "应为“第二部分”"), (6, "应为“第三部分”")]
    # when the next part does not count them (第二部分 follows), they are left alone
    assert [d for d in run(text.replace("第四部分名词解释", "第二部分名词解释"), MarkerMissing)
            if "缺少序数" in d.message("zh")] == []


def test_marker_missing_finds_a_lost_marker_between_headings_closed_with_a_full_stop():
    """``1、执行率情况。`` then a paragraph, ``完成的绩效目标。`` then a paragraph, then ``（三）``
    (modelled on a college's 奖助学金 self-evaluation): the drafter closes titles with 。, so the
    second line is the lost ``2、``. Without the full stop on the first heading a sentence line
    there is no title; a sentence of its own length with a comma is none either."""
    from pathlib import Path

    path = Path(__file__).parents[2] / "fixtures" / "structure" / "heading_full_stop_lost_marker.txt"
    text = path.read_text(encoding="utf-8")
    [d] = run(text, MarkerMissing)
    assert (d.key, d.location.line) == ("heading_unmarked", 8)
    assert run(text.replace("完成的绩效目标。", "2、完成的绩效目标。"), MarkerMissing) == []
    assert run(text.replace("1、执行率情况。", "1、执行率情况"), MarkerMissing) == []
    assert run(text.replace("完成的绩效目标。", "目标完成，效果良好。"), MarkerMissing) == []


LOST_NUMERAL = """第一部分 部门概况
一、部门主要职责
1、执行上级行政机关的决定、命令,制定并落实本行政区域的经济计划和措施。
2、制定社会各项事业发展计划,发展卫生、科技、民政、文化、体育事业。
、部门决算单位构成
纳入本级部门决算编制范围的单位1个,即某镇人民政府。在编人数20人。
第二部分 2023年度部门决算表
一、收入支出决算总表
"""


def test_marker_missing_finds_a_title_that_kept_its_comma_and_lost_its_numeral():
    """`、部门决算单位构成` after `一、部门主要职责` and its `1、` `2、` items: the title kept the
    、 of `二、` and lost the numeral (the reader joins it with the paragraph under it)."""
    [d] = run(LOST_NUMERAL, MarkerMissing)
    assert d.location.line == 5 and "同级，应为“二、”" in d.message("zh")
    assert run(LOST_NUMERAL.replace("、部门决算", "二、部门决算"), MarkerMissing) == []
    # a 、 opening a sentence is no title; a title numbered after it that does not count it: quiet
    assert run(LOST_NUMERAL.replace("、部门决算单位构成", "、部门决算单位构成,包括本级。"), MarkerMissing) == []
    assert run(LOST_NUMERAL.replace("一、收入支出", "收入支出").replace("第二部分 2023年度部门决算表\n", "二、人员情况\n"),
               MarkerMissing) == []


LOST_FIRST_NUMERAL = """示范市某局2023年度部门决算
目 录
第一部分 示范市某局概况
一、部门主要职责..............1
二、机构设置情况..............1
第二部分 示范市某局2023年度部门决算表
、收入支出决算总表..............2
二、收入决算表..............3
三、支出决算表..............3
第三部分 2023年度部门决算情况说明
一、收入支出决算总体情况说明..............9
第一部分 示范市某局概况
一、部门主要职责
负责全市某项工作。
"""


def test_marker_missing_finds_the_first_entry_that_lost_its_numeral():
    """`、收入支出决算总表` opening the list of tables in the contents, before `二、收入决算表`: the
    entry kept the 、 of `一、` and lost the numeral (seen in a Hubei 决算's contents)."""
    found = [d for d in run(LOST_FIRST_NUMERAL, MarkerMissing) if d.location.line == 7]
    assert len(found) == 1 and "应为“一、”" in found[0].message("zh")
    assert [d for d in run(LOST_FIRST_NUMERAL.replace("\n、收入支出", "\n一、收入支出"), MarkerMissing)] == []
    # a list whose next title does not count the line (三、 after it) is left alone
    assert [d for d in run(LOST_FIRST_NUMERAL.replace("二、收入决算表", "三、收入决算表")
                           .replace("三、支出决算表", "四、支出决算表"), MarkerMissing) if d.location.line == 7] == []


def test_a_sentence_opening_with_bufen_is_no_part_title():
    # 部分 (“some”) opens sentences in every report; after 第二部分 it is no title that lost its 第三
    text = ("示范县林业局2023年度部门整体支出绩效自评报告\n\n第一部分 部门概况\n\n本局内设机构5个。\n\n"
            "第二部分 存在的问题\n\n部分造林地块苗木成活率不高。\n\n部分乡镇管护人员不足\n")
    assert [d for d in run(text, MarkerMissing) if "缺少序数" in d.message("zh")] == []
    # a title set apart from 部分 by a blank is still one (部分  名词解释 after 第四部分)
    [d] = [d for d in run(PART_WITHOUT_ORDINAL, MarkerMissing) if "缺少序数" in d.message("zh")]
    assert d.location.line == 7


DOUBLED_NUMERAL = """第一部分 单位概况
一一、主要职能
负责全镇农业技术推广和农村经济管理工作。
二、机构设置
内设综合办公室、农技站2个股室。
"""


def test_marker_missing_finds_a_numeral_typed_twice():
    """``一一、主要职能``: the 一 typed twice over; no numeral repeats a character side by side."""
    [d] = [d for d in run(DOUBLED_NUMERAL, MarkerMissing) if "多打" in d.message("zh")]
    assert d.location.line == 2 and d.message("zh") == "编号“一一、”的数字多打了一个字，应为“一、”"
    bracketed = DOUBLED_NUMERAL.replace("二、机构设置", "二、机构设置\n（一）内设机构\n（二二）人员编制")
    [d] = [d for d in run(bracketed.replace("一一、", "一、"), MarkerMissing) if "多打" in d.message("zh")]
    assert d.message("zh") == "编号“（二二）”的数字多打了一个字，应为“（二）”"


def test_marker_missing_leaves_real_numerals_and_words_alone():
    """十一、 二十一、 一百零一 are numerals; 一一对应 in prose is a word, not a marker."""
    assert [d for d in run(DOUBLED_NUMERAL.replace("一一、", "一、"), MarkerMissing) if "多打" in d.message("zh")] == []
    real = ("一、主要职能\n负责全镇农业工作。\n十一、其他事项\n无。\n十二、名词解释\n无。\n二十一、附表\n见附件。\n"
            "一一对应建立台账，逐项销号。\n")
    assert [d for d in run(real, MarkerMissing) if "多打" in d.message("zh")] == []


TOC_UNMARKED_MIXED = """示范乡人民政府2022年度部门决算

目录
第三部分 2022年度部门决算情况说明
一、收入支出决算总体情况说明
二、收入决算情况说明
三、支出决算情况说明
四、一般公共预算财政拨款“三公”经费支出决算情况说明
政府性基金预算收支决算情况
机关运行经费支出说明
七、一般性支出情况说明
八、政府采购支出说明
第四部分 名词解释
"""


def test_marker_missing_finds_toc_entries_unmarked_where_the_count_goes_on():
    """The contents of a 部门决算 (modelled on township and street-office pages of one province):
    ``四、…情况说明`` then two entries typed without their numbers, one of them ending in another
    word (``…决算情况``), then ``七、``. The next entry counts both lines, so both lost a number,
    whatever word they end in."""
    d, e = [d for d in run(TOC_UNMARKED_MIXED) if d.code == "S606"]
    assert (d.location.line, e.location.line) == (9, 10)
    assert "应为“五、”" in d.message("zh") and "应为“六、”" in e.message("zh")
    numbered = TOC_UNMARKED_MIXED.replace("政府性基金", "五、政府性基金").replace("机关运行", "六、机关运行")
    assert [d for d in run(numbered) if d.code == "S606"] == []
    # the count does not go on over them (``五、`` follows): they are no lost siblings
    recount = TOC_UNMARKED_MIXED.replace("七、一般性", "五、一般性").replace("八、政府采购", "六、政府采购")
    assert [d for d in run(recount) if d.code == "S606"] == []


def test_a_heading_the_copy_began_inside_is_the_cut():
    """``、部门职责`` as the text's first line, ``二、机构设置`` below: the excerpt began after the
    marker ``一``; what the cut took is not a marker the draft lacks. The same heading under the
    report's title is reported."""
    text = "、部门职责\n\n负责全县的招商引资工作。\n\n二、机构设置\n\n本单位内设3个股室。\n"
    assert run(text, MarkerMissing) == []
    inside = "某县招商服务中心2019年度部门决算说明\n" + text
    assert [(d.key, d.location.line) for d in run(inside, MarkerMissing)] == [("heading_unmarked", 2)]


def test_a_colon_after_a_number_the_copy_began_inside_is_the_cut():
    """``二:收入决算表`` as the text's first line, ``表三:`` below it: the copy began after the
    表 of ``表二:``, a table's label, not a list marker written with a colon."""
    text = "二:收入决算表\n表三:支出决算表\n表四:财政拨款收入支出决算总表\n\n一、收入支出决算总体情况说明\n\n本年收入合计 100 万元。\n"
    assert run(text, MarkerMissing) == []


# A 决算's contents as a city district's page printed them (the closing brackets of the table
# numbers lost, the last table's numeral and the last two parts' 第N too): our own unit and titles.
CONTENTS_LOST = """云岭区农业农村局2023年度部门决算

目录

第一部分:部门概况

一、部门职责

第二部分:云岭区农业农村局2023年度部门决算表

一、收入支出决算总表(公开01表

二、收入决算表(公开02表

七、政府性基金预算财政拨款收入支出决算表(公开08表

八、国有资本经营预算财政拨款支出决算表(公开09表

、一般公共预算财政拨款“三公”经费支出决算表(公开07表

第三部分:2023年度部门决算情况说明

第四部分:其他需要说明的情况

部分:名词解释

部分:附件

第一部分部门概况

一、部门职责

负责全区农业农村发展规划的拟订和实施。
"""


def test_marker_missing_in_contents_whose_brackets_the_page_left_open():
    """``、一般公共预算…(公开07表`` under ``八、…(公开09表``: a line that opens with 、 is never the
    wrap of the one above (no page starts a line with 、), so the title that lost its 九 is read on
    its own; ``部分:名词解释`` and ``部分:附件`` after ``第四部分`` lost 第五 and 第六 (a colon sets the
    title apart as a space does)."""
    found = run(CONTENTS_LOST, MarkerMissing)
    def said(text: str, needle: str) -> bool:
        return any(needle in d.message("zh") for d in found if d.location.line == line_of(CONTENTS_LOST, text))

    assert said("、一般公共预算", "“九、”")
    # said once: the contents' reading and the lost numeral's are one slip
    assert sum(d.location.line == line_of(CONTENTS_LOST, "、一般公共预算") for d in found) == 1
    assert said("部分:名词解释", "应为“第五部分”") and said("部分:附件", "应为“第六部分”")
    fixed = (CONTENTS_LOST.replace("\n、一般", "\n九、一般").replace("\n部分:名词", "\n第五部分:名词")
             .replace("\n部分:附件", "\n第六部分:附件"))
    assert run(fixed, MarkerMissing) == []


def test_part_titles_that_lost_their_ordinals_are_counted_on_even_when_one_opens_with_its_year():
    """``部分  2023年度…部门决算表`` between ``部分  名词解释`` and ``部分  附件`` (modelled on a city
    bureau's contents): a part title too, so the 附件 is the fifth part, not the fourth."""
    text = ("示范市水务局2023年度部门决算\n目录\n第一部分  示范市水务局概况\n一、主要职责\n"
            "第二部分  2023年度部门决算情况说明\n一、收入支出决算总体情况说明\n部分  名词解释\n"
            "部分  2023年度示范市水务局部门决算表\n一、收入支出决算总表\n部分  附件\n"
            "第一部分 示范市水务局概况\n一、主要职责\n负责全市水资源的统一管理。\n")
    said = [d.message("zh") for d in run(text, MarkerMissing) if "缺少序数" in d.message("zh")]
    assert len(said) == 3 and "第五部分" in said[-1] and "第四部分" in said[1]
def test_marker_missing_leaves_a_title_numbered_in_decimals_alone():
    """An evaluation report numbering its sections ``1.引言`` / ``1.1…`` / ``1.2…`` (a second level
    in decimals): ``1.2部门支出描述`` carries its own number and lost none; it is no second ``1.``."""
    text = ("示范县法院2022年度部门整体支出绩效评价报告\n\n1.引言\n\n1.1部门职责概述\n\n" f"{LONG}\n\n"
            f"{LONG}\n\n1.2部门支出描述\n\n" f"{LONG}\n")
    assert run(text, MarkerMissing) == []
    # the same title line without its number under a lone 1. still lost its marker
    lost = text.replace("1.1部门职责概述\n\n", "").replace("1.2部门支出描述", "部门支出描述")
    [d] = run(lost, MarkerMissing)
    assert "应为“2.”" in d.message("zh")




CONTENTS_WITHOUT_A_MARKER = """示范县第一中学2024年度部门决算

目录

第一部分 单位概况

一、主要职责

二、基本情况

第二部分 2024年度部门决算表

一、收入支出决算表

二、收入决算表

三、支出决算表

{entry}财政拨款收入支出决算表

五、一般公共预算财政拨款收入支出决算表

第三部分 2024年度部门决算情况说明

第一部分 单位概况

一、主要职责

负责全县高中教育。
"""


def test_a_contents_entry_without_its_marker_is_one_finding():
    """A contents entry left with its 、 only (``、财政拨款收入支出决算表``) is read as a contents entry
    and as a sibling of the entries around it: one item, one finding (the contents list's)."""
    diags = run(CONTENTS_WITHOUT_A_MARKER.format(entry="、"), MarkerMissing)
    assert [d.location.line for d in diags] == [19]
    assert diags[0].message("zh").startswith("目录条目") and "“四、”" in diags[0].message("zh")
    assert run(CONTENTS_WITHOUT_A_MARKER.format(entry="四、"), MarkerMissing) == []


RETYPED_MARKER = """三、项目资金使用情况
(1)县财预〔2022〕18号下达道路养护资金35万元，执行率100%。
(2)2)县财建〔2022〕40号下达节能补助资金52万元，执行率100%。
(3)县财预〔2022〕77号下达道路养护资金16万元，执行率100%。
"""


def test_marker_missing_finds_a_bracketed_marker_written_twice():
    """``(2)2)县财建…``: the word processor's ``(2)`` and the writer's own ``2)`` on top of each
    other; also ``（二）（二）``. A title opening with another figure (``(2)2022年…``) is whole."""
    [d] = [d for d in run(RETYPED_MARKER, MarkerMissing) if "两遍" in d.message("zh")]
    assert d.location.line == 3 and d.location.column == 1
    assert d.message("zh") == "编号“(2)”写了两遍（“(2)2)”），应只留一个“(2)”"
    assert [d for d in run(RETYPED_MARKER.replace("(2)2)", "(2)"), MarkerMissing) if "两遍" in d.message("zh")] == []
    assert [d for d in run(RETYPED_MARKER.replace("(2)2)", "(2)2022年"), MarkerMissing) if "两遍" in d.message("zh")] == []
    cn = "一、基本情况\n（一）部门职责\n负责全县水利工作。\n（二）（二）机构设置\n内设4个股室。\n"
    [d] = [d for d in run(cn, MarkerMissing) if "两遍" in d.message("zh")]
    assert d.location.line == 4
    assert [d for d in run(cn.replace("（二）（二）", "（二）"), MarkerMissing) if "两遍" in d.message("zh")] == []


BODY_UNMARKED = """示范县畜牧站2024年度单位决算

目录
第一部分 单位概况3
一、主要职能3
二、机构设置3
第二部分 2024年度单位决算情况说明4
一、收入支出决算总体情况说明4
二、收入决算情况说明5
第一部分 单位概况
一、主要职能
负责全县畜牧技术推广和疫病防控。
二、机构设置
本站为县畜牧局下属事业单位。
第二部分 2024年度单位决算情况说明
收入支出决算总体情况说明
2024年度收、支总计520.00万元，比上年增加20.00万元。
收入决算情况说明
2024年本年收入合计500.00万元。
"""


def test_marker_missing_finds_a_body_title_that_lost_the_marker_the_contents_give():
    """The contents list ``一、收入支出决算总体情况说明`` (its page typed onto it), the body heads the
    section with the bare title: the heading lost its ``一、``."""
    d, e = [d for d in run(BODY_UNMARKED) if d.code == "S606"]
    assert (d.location.line, e.location.line) == (16, 18) and d.key == "contents_unmarked"
    assert "正文标题应为“一、收入支出决算总体情况说明”" in d.message("zh") and "应为“二、收入决算情况说明”" in e.message("zh")
    numbered = BODY_UNMARKED.replace("\n收入支出决算总体情况说明\n", "\n一、收入支出决算总体情况说明\n").replace(
        "\n收入决算情况说明\n", "\n二、收入决算情况说明\n")
    assert [d for d in run(numbered) if d.code in ("S606", "S601")] == []


def test_marker_missing_finds_a_part_title_that_lost_its_ordinal_against_the_contents():
    text = BODY_UNMARKED.replace("\n第一部分 单位概况\n一、主要职能\n", "\n示范县畜牧站2024年度单位决算\n单位概况\n一、主要职能\n")
    assert [d.location.line for d in run(text) if d.code == "S606"] == [11, 17, 19]
    # the ordinal set on the line above: one heading over two lines, nothing lost
    over_two = BODY_UNMARKED.replace("\n第一部分 单位概况\n一、主要职能\n", "\n第一部分\n单位概况\n一、主要职能\n")
    assert [d.location.line for d in run(over_two) if d.code == "S606"] == [17, 19]
    over_three = BODY_UNMARKED.replace("\n第一部分 单位概况\n一、主要职能\n", "\n第一部分\n示范县畜牧站\n单位概况\n一、主要职能\n")
    assert [d.location.line for d in run(over_three) if d.code == "S606"] == [18, 20]


def test_marker_missing_reads_a_bare_title_under_a_table():
    """A table just above the bare title (a form pasted before the section): the lines above are
    looked at for the marker set on its own line, and a table is no such line (it raised
    AttributeError: found by benchmarks/fuzz.py). The title still lost its ``一、``."""
    table = "| 项目 | 金额 |\n| --- | --- |\n| 收入 | 520.00 |\n"
    text = BODY_UNMARKED.replace("\n收入支出决算总体情况说明\n", "\n" + table + "收入支出决算总体情况说明\n")
    found = [d for d in run(text) if d.code == "S606" and d.key == "contents_unmarked"]
    assert [d.location.line for d in found] == [19, 21]


def test_marker_missing_leaves_a_bare_title_the_body_numbers_elsewhere_or_a_caption_alone():
    """A running header that repeats a numbered heading, or a table's caption (the contents'
    ``一、收入支出决算总表``): no heading lost its marker."""
    header = BODY_UNMARKED.replace("\n收入支出决算总体情况说明\n", "\n一、收入支出决算总体情况说明\n").replace(
        "\n收入决算情况说明\n", "\n二、收入决算情况说明\n").replace("2024年本年收入合计", "收入支出决算总体情况说明\n2024年本年收入合计")
    assert [d for d in run(header) if d.code == "S606"] == []
    tables = ("示范县畜牧站2024年度单位决算\n\n目录\n一、收入支出决算总表3\n二、收入决算表4\n"
              "收入支出决算总表\n本表金额单位为万元。\n二、收入决算表\n本表金额单位为万元。\n")
    assert [d for d in run(tables) if d.code == "S606"] == []


def test_marker_missing_finds_a_lost_numeral_with_no_numbered_sibling_to_count_it():
    """``、机构设置`` right under ``第一部分`` (its ``一、`` given as prose above) and a report whose only
    heading lost its numeral: the 、 of the marker stayed, the numeral is gone, though no numbered
    title of the list is there to tell which."""
    text = ("示范镇中心小学2023年度决算编制说明\n\n第一部分 单位概况\n\n学校坚持立德树人，办学条件持续改善，教学质量稳步提升。\n\n"
            "、机构设置\n\n本校为公益一类事业单位，无下属单位。\n\n第二部分 决算情况说明\n\n一、收入支出决算总体情况说明\n\n"
            "本年收入合计300.00万元。\n")
    [d] = run(text, MarkerMissing)
    assert d.key == "numeral_lost" and d.location.line == line_of(text, "、机构设置")
    assert d.message("zh") == "“、机构设置”的编号只剩“、”，缺少序号"
    assert run(text.replace("、机构设置", "二、机构设置"), MarkerMissing) == []
    alone = "示范县交通局2022年绩效自评报告\n\n发布日期：2023-06-30\n\n 、绩效自评工作组织开展情况\n\n成立绩效自评工作领导小组，分工负责。\n"
    assert [d.key for d in run(alone, MarkerMissing)] == ["numeral_lost"]


def test_marker_missing_leaves_term_and_gloss_lines_a_page_cut_alone():
    """``、经济效益:项目完成后…`` lines of a form's notes whose numbers a page's columns cut: a list
    of glosses, no heading that lost its numeral."""
    text = ("项目支出绩效自评表\n\n、经济效益：项目完成后所具有的经济效益状况\n\n、社会效益：项目完成后所具有的社会效益状况\n\n"
            "、生态效益：项目完成后对生态环境的影响\n")
    assert run(text, MarkerMissing) == []


def test_marker_missing_finds_the_closing_duty_that_lost_its_number():
    """A unit's duties ``1.``–``4.`` and then the duty every such list closes with, standing alone
    without its ``5.``: the last item lost its marker. A remark after the list is left alone."""
    duties = "".join(f"{n}.{work}。\n\n" for n, work in
                     ((1, "制定并组织实施全镇经济社会发展计划"), (2, "组织村镇规划和公共设施建设"),
                      (3, "负责民政、文化教育等社会事业工作"), (4, "组织本级财政收入，增强财政实力")))
    text = f"示范镇人民政府2023年度部门决算\n\n一、部门概况\n\n（一）主要职能\n\n{duties}完成县委县政府交办的其他事项。\n\n（二）机构设置\n\n本镇设5个内设机构。\n"
    [d] = run(text, MarkerMissing)
    assert d.key == "item_unmarked" and d.location.line == line_of(text, "完成县委") and "应为“5.”" in d.message("zh")
    assert run(text.replace("完成县委", "5.完成县委"), MarkerMissing) == []
    remark = text.replace("完成县委县政府交办的其他事项。", "以上职能均按要求履行到位，全年未发生重大事故。")
    assert run(remark, MarkerMissing) == []
