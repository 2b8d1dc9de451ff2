"""B306 empty-section: fires on drafts we wrote with the defect, stays quiet on correct ones.

Also where the reader's shapes matter: contents lines and one-cell-a-line tables.
"""

from __future__ import annotations

from pathlib import Path

from perflint.checks.boilerplate import EmptySection

from perflint.model import TocEntry
from perflint.read.text import parse_text
from perflint.testing import builtin_checks, lint_text

from .._harness import FIXTURES, lines, run
from ._drafts import run_code


def test_b306_empty_heading():
    text = ("二、专项支出\n\n1、资金安排情况分析\n\n2、资金使用情况分析\n\n"
            "资金专款专用。\n\n三、组织实施情况\n\n（一）组织情况\n\n第二部分 附件\n\n附件内容。\n")
    assert lines(run_code(text, "B306")) == [3, 11]


def test_b306_quiet_on_lists_and_nested_numbering():
    listed = "二、机构设置\n\n下属单位包括：\n\n1. 示范县剧团\n2. 示范县文化站\n\n三、人员情况\n\n在编 12 人。\n"
    assert run_code(listed, "B306") == []
    statements = "（三）存在的问题\n\n1、场地不足。\n2、人员偏少。\n\n（四）改进措施\n\n增加投入。\n"
    assert run_code(statements, "B306") == []
    nested = "五、评价报告综述\n\n一、部门概况\n\n本部门有在编人员 12 人。\n"
    assert run_code(nested, "B306") == []
    sentences = "1. 因公出国(境)费支出为0万元。\n\n2. 公务接待费支出为1.10万元。其中：\n\n国内接待 6 批次。\n"
    assert run_code(sentences, "B306") == []


CLEAN = FIXTURES / "clean"


def test_b306_quiet_on_a_table_of_contents_without_page_numbers():
    text = (CLEAN / "forestry-station-accounts-2023.txt").read_text(encoding="utf-8")
    assert run(EmptySection, text) == []


def test_b306_still_fires_on_an_empty_heading_after_the_contents():
    text = (CLEAN / "forestry-station-accounts-2023.txt").read_text(encoding="utf-8")
    emptied = text.replace("本站内设综合股、资源管理股和技术推广股，均为本级单位，无下属单位。\n", "")
    [d] = run(EmptySection, emptied)
    assert d.location.line == 20 and "二、机构设置" in d.message("zh")


def test_b306_quiet_on_row_labels_of_a_table_read_one_cell_a_line():
    text = ("示范县2023年决算编制说明\n\n项目支出:\n\n874.20\n\n308.17\n\n1、业务工作经费\n\n\n\n"
            "2、运行维护经费\n\n\n\n……\n\n三、其他说明\n\n无。\n")
    assert run(EmptySection, text) == []


def test_b306_quiet_on_a_numbered_line_with_a_short_answer_after_its_colon():
    text = ("（四）下一步改进措施及有关建议\n\n"
            "1.措施：提前谋划活动场次，按季度拨付经费，并在每期活动后及时收集群众意见。\n\n"
            "2.建议：无。\n\n二、佐证材料\n\n（一）项目基本情况\n\n项目全年开展送书下乡 36 场。\n")
    assert run(EmptySection, text) == []


def test_b306_quiet_on_a_short_item_of_a_list_of_duties():
    text = ("一、部门基本情况\n\n（一）部门职责\n\n"
            "（1）负责全县河道堤防、水库和灌区的日常巡查与维护管理，组织汛前安全检查和隐患整改。\n"
            "（2）负责防汛抢险物资的储备。\n"
            "（3）承担农村饮水安全工程的运行监督、水质抽检和用水户培训，指导各乡镇管水员开展工作。\n"
            "（二）机构设置\n\n本局内设办公室、工程股、水政股 3 个股室。\n")
    assert run(EmptySection, text) == []


def test_b306_still_fires_on_a_heading_whose_colon_has_nothing_after_it():
    text = ("二、绩效目标完成情况\n\n（一）产出指标完成情况：\n\n（二）效益指标完成情况\n\n"
            "带动农户增收 12 万元。\n\n三、存在的问题\n\n无。\n")
    [d] = run(EmptySection, text)
    assert "产出指标完成情况" in d.message("zh")


def test_b306_fires_on_a_bare_term_among_terms_with_definitions():
    text = ("第五部分 名词解释\n\n"
            "（一）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n"
            "（二）项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。\n"
            "（三）其他专用名词。\n\n第六部分 附件\n\n附件内容见后。\n")
    [d] = run(EmptySection, text)
    assert "其他专用名词" in d.message("zh")


def test_b306_quiet_on_an_excerpt_that_opens_inside_the_contents():
    # the 目录 line and the first entries cut away: bodiless lines that pass 第三部分 and number
    # again from 一、 are contents; the body's 第一部分 after 第四部分 starts the report
    cut = ("三、支出决算情况说明\n四、财政拨款收入支出决算总体情况说明\n五、其他重要事项的情况说明\n"
           "第三部分 名词解释\n第四部分 附表\n一、收入支出决算总表\n二、收入决算表\n")
    assert run_code(cut, "B306") == []
    body = cut + "第一部分 示范县文化站概况\n一、主要职责\n二、机构设置\n内设办公室。\n"
    assert lines(run_code(body, "B306")) == [9]  # the body's empty 一、主要职责 still counts


def test_b306_quiet_on_a_duty_that_lost_its_full_stop_in_a_list_of_duties():
    """``4、…。`` ``5、负责…执法制度`` ``6、…。``: the duty between two sentences of its list is one
    more item, not an empty section; a short heading between sentences of another style still fires."""
    duties = ("（一）职能职责\n\n4、预防和侦查违法犯罪活动，参与处置重大治安事件。\n\n"
              "5、负责全县公安机关的行政复议和执法制度\n\n"
              "6、依法管理全县社会治安、户政和出入境工作，管理集会游行活动。\n\n（二）机构设置\n\n内设 12 个股室。\n")
    assert run_code(duties, "B306") == []
    assert lines(run_code("二、专项支出\n\n1、资金安排情况分析\n\n2、资金使用情况分析\n\n资金专款专用。\n\n三、结论\n\n好。\n",
                          "B306")) == [3]


def test_b306_quiet_on_an_excerpt_of_contents_that_opens_on_table_names():
    """The contents of final accounts list their public tables unnumbered: an excerpt cut
    there opens on table names, then the parts and sections without a body under any."""
    cut = ("财政拨款“三公”经费支出决算表\n\n政府性基金预算财政拨款收入支出决算表\n\n国有资本经营预算财政拨款支出决算表\n\n"
           "第三部分  2024年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n二、收入决算情况说明\n\n"
           "三、支出决算情况说明\n\n四、财政拨款收入支出决算总体情况说明\n\n五、一般公共预算财政拨款支出决算情况说明\n")
    assert run_code(cut, "B306") == []
    entries = [b for b in parse_text(cut, "draft.txt").parts[0].blocks if isinstance(b, TocEntry)]
    assert len(entries) == 6  # read as contents after the table names: the part and its five sections


def test_b306_quiet_on_a_text_of_headings_only():
    """Headings and nothing else (a piece of an outline or of contents that lost its title):
    an empty section shows only among sections that have text."""
    outline = "九、国有资本经营预算财政拨款支出情况说明\n\n十、机关运行经费支出情况说明\n\n十一、政府采购情况说明\n"
    assert run_code(outline, "B306") == []
    parts = "九、其他重要事项情况说明\n\n十、名词解释\n\n第四部分  名词解释\n\n第五部分  附件\n"
    assert run_code(parts, "B306") == []
    # one section with its text: the others are empty sections
    assert lines(run_code(outline.replace("十、机关", "本年度政府采购支出 12.40 万元。\n\n十、机关"), "B306")) == [5]


def test_b306_quiet_on_contents_lines_that_lost_their_leaders():
    contents = ("示范中学2022年度单位决算公开报告\n\n第一部分 基本情况.............. 3\n"
                "一、收入决算情况说明.............. 4\n二、基本支出决算情况说明      7\n"
                "三、政府性基金预算情况说明   8\n四、“三公”经费支出决算情况说明........ 8\n\n"
                "第一部分 基本情况\n\n一、收入决算情况说明\n\n收入合计100.00万元。\n\n二、基本支出决算情况说明\n\n"
                "三、政府性基金预算情况说明\n\n本单位无政府性基金收支。\n")
    # the contents lines are quiet; the body's empty heading (line 15) is still reported
    assert lines(run_code(contents, "B306")) == [15]


def test_b306_quiet_on_a_heading_that_says_why_it_is_empty():
    # the unit's staffing is classified: the heading says so in its closing bracket
    text = ("一、单位基本情况\n\n（一）单位情况\n\n本局是市政府工作部门。\n\n（二）人员情况（涉密）\n\n"
            "（三）工作职能\n\n负责全市公安工作。\n\n（四）资产情况\n\n（五）其他情况\n\n无。\n")
    # the withheld one is quiet; the plain empty heading (line 13) is still reported
    assert lines(run_code(text, "B306")) == [13]



def test_b306_quiet_on_a_heading_whose_note_sends_the_reader_to_an_attachment():
    """``三、专项资金主要绩效（附专项资金绩效目标自评表）``: the section's content is the attached
    form the note names, not missing (a county bureau's 专项资金绩效评价报告 heads it so)."""
    text = ("一、专项资金基本情况\n\n全年安排资金60万元。\n\n二、专项资金主要绩效{note}\n\n"
            "三、存在的问题\n\n无。\n")
    assert run_code(text.format(note="（附专项资金绩效目标自评表）"), "B306") == []
    assert run_code(text.format(note="（详见附件2）"), "B306") == []
    assert lines(run_code(text.format(note="（含上年结转）"), "B306")) == [5]
    assert lines(run_code(text.format(note=""), "B306")) == [5]


def test_b306_quiet_on_a_heading_whose_note_says_there_is_no_content():
    """A 单位 budget keeps the 部门 template's heading with a note of its own (modelled on a
    provincial unit's 预算公开): the note says in a clause why nothing follows. A note that says
    what the section holds is no such reason: the empty heading is still reported."""
    text = ("一、单位概况\n\n（一）主要职能\n\n负责全省散装水泥推广工作。\n\n"
            "（二）预算单位构成{note}\n\n（三）人员情况\n\n编制12名。\n")
    assert run_code(text.format(note="（本单位公开不含这部分内容）"), "B306") == []
    assert run_code(text.format(note="（本单位没有此部分内容）"), "B306") == []
    assert lines(run_code(text.format(note="（含下属单位）"), "B306")) == [7]


def test_b306_quiet_on_contents_whose_body_renumbers_its_sections():
    text = ("示范县委办公室2023年部门整体支出绩效自评报告\n目录\n一、摘要\n二、部门概况\n（一）部门职能\n"
            "三、绩效目标\n四、存在的问题\n附件1成本费用分析报告\n2023年度部门整体支出绩效自评报告\n摘要\n"
            "一、部门概况\n（一）部门职能\n（二）人员情况\n在职实有32人。\n二、绩效目标\n完成全年工作任务。\n")
    # the contents (lines 3-8) are quiet; the body's empty （一）部门职能 (line 12) is reported
    assert lines(run_code(text, "B306")) == [12]


def test_b306_quiet_on_headings_naming_one_part_of_a_table():
    # a table published in two parts, each under its own heading (the tables were images)
    text = ("第二部分 2021年度部门决算报表\n\n五、一般公共预算财政拨款支出决算表（一）\n\n"
            "六、一般公共预算财政拨款支出决算表（二）\n\n七、部门决算情况分析（一）\n\n八、名词解释\n\n见附件。\n")
    # the table headings are quiet; an analysis heading with nothing under it (line 7) is reported
    assert lines(run_code(text, "B306")) == [7]


def test_b306_quiet_on_an_excerpt_opening_on_a_run_of_contents_headings():
    """An excerpt cut inside a table of contents whose 目录 line is above the cut, and whose
    body is below it (so no line comes back to mark the run as contents): a run of bodiless
    headings opening the text is the contents, not empty sections. A heading left empty after
    text has started still counts."""
    cut = ("情况\n(二)示范县疾控中心2022年收入预算情况说明\n(三)示范县疾控中心2022年支出预算情况说明\n"
           "(四)示范县疾控中心2022年财政拨款收支预算情况说明\n(五)其他重要事项的情况说明\n三、名词解释\n"
           "四、示范县疾控中心2022年部门预算表\n本中心2022年收入预算 1200.50 万元，支出预算 1200.50 万元。\n")
    assert run_code(cut, "B306") == []
    # two bodiless headings opening the text are no contents run: still reported
    short = "情况\n(二)收入预算情况说明\n(三)支出预算情况说明\n本中心2022年收入预算 1200.50 万元。\n"
    assert lines(run_code(short, "B306")) == [2]
    # after the text has started, a run of empty headings is empty sections
    later = "本中心2022年收入预算 1200.50 万元。\n" + cut.split("\n", 1)[1]
    assert len(run_code(later, "B306")) >= 3


# Contents of final accounts that list their public tables in title marks, one a line, under
# numbered lines announcing them: more table names than numbered lines in the run.
_TABLES_IN_TITLE_MARKS = (
    "目 录\n第一部分示范街道社区卫生服务中心概况\n一、主要职能及人员情况\n二、决算单位构成\n"
    "第二部分决算情况说明\n一、收支总体情况\n（一）收入支出决算总体情况说明\n（二）收入总体情况说明\n"
    "二、财政拨款收支情况\n第三部分名词解释\n第四部分决算报表\n一、报表封面\n二、收支总体情况(6张):\n"
    "《收入支出决算总表》\n《收入决算表》\n《支出决算表》\n《行政事业类项目收入支出决算表》\n"
    "《基本建设类项目收入支出决算表》\n《财政专户管理资金收入支出决算表》\n三、财政拨款收支情况(6张)\n"
    "《财政拨款收入支出决算总表》\n《一般公共预算财政拨款收入支出决算表》\n"
    "《一般公共预算财政拨款基本支出决算明细表》\n《一般公共预算财政拨款项目支出决算明细表》\n"
    "《政府性基金预算财政拨款收入支出决算表》\n《政府性基金预算财政拨款支出决算明细表》\n")


def test_b306_quiet_on_contents_listing_tables_in_title_marks():
    """Each 《…表》 line is an entry of its own (not wrapped prose glued into one paragraph) and
    counts with the numbered lines: an excerpt cut inside such contents has no empty heading."""
    cut = _TABLES_IN_TITLE_MARKS + "四、单\n"
    assert run_code(cut, "B306") == []
    entries = [b for b in parse_text(cut, "draft.txt").parts[0].blocks if isinstance(b, TocEntry)]
    assert len(entries) == 26  # every line under 目 录, the cut 四、单 included


def test_b306_still_fires_in_the_body_after_contents_listing_tables_in_title_marks():
    body = ("第一部分示范街道社区卫生服务中心概况\n一、主要职能及人员情况\n本中心承担辖区基本医疗和公共卫生服务。\n"
            "二、决算单位构成\n第二部分决算情况说明\n一、收支总体情况\n本年收入合计 320.50 万元。\n")
    text = _TABLES_IN_TITLE_MARKS + body
    [d] = run_code(text, "B306")
    # the body's heading, not the contents line of the same title (line 4)
    assert "二、决算单位构成" in d.message("zh") and d.location.line == len(_TABLES_IN_TITLE_MARKS.splitlines()) + 4


def test_b306_quiet_on_contents_whose_entry_holds_a_comma():
    """A contents entry may hold a comma (``四、存在的问题,原因及改进措施``): a short numbered line
    carrying the run's next number is an entry, so the run is still contents; the body's empty
    heading is still reported."""
    text = ("目录\n第一部分单位概况\n一、职能简介\n二、重点工作完成情况\n第二部分决算情况说明\n"
            "一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、支出决算情况说明\n"
            "四、存在的问题,原因及改进措施\n第三部分名词解释\n"
            "第一部分单位概况\n一、职能简介\n示范镇中心小学实施小学义务教育。\n二、重点工作完成情况\n"
            "第二部分决算情况说明\n一、收入支出决算总体情况说明\n本年收入合计 512.30 万元。\n")
    [d] = run_code(text, "B306")
    assert "二、重点工作完成情况" in d.message("zh") and d.location.line == 14


def test_b306_quiet_on_the_last_contents_entries_before_the_body_starts_again():
    """An excerpt cut near the end of the contents: the last section entry, then the later parts
    (第四部分 名词解释, 第五部分 附件), then the body from 第一部分. Fewer than three empty sections,
    but parts numbered past 一 that the body starts again from 第一部分 are the contents'."""
    cut = ("情况说明\n十、其他重要事项的情况说明\n第四部分 名词解释\n"
           "第一部分 示范县文化站概况\n一、主要职责\n本站负责群众文化活动、非遗保护和文艺辅导等工作。\n")
    assert run_code(cut, "B306") == []
    # without the body starting again at 第一部分 the lines are judged as before
    body = cut.replace("第一部分 示范县文化站概况\n", "")
    assert len(run_code(body, "B306")) >= 1



# A page's heading above its contents, so the run below 目录 does not open the text (where a run
# of bodiless headings is read as a contents cut below its 目录 line anyway).
_PAGE_HEAD = "示范县2022年度部门决算\n发布日期：2023-09-20，来源：示范县财政局。\n"


def test_b306_quiet_on_contents_whose_first_line_comes_back_with_its_section_renamed():
    """Under a 目录 line, the body opens with the contents' first line word for word and titles
    its first section otherwise (``（一）部门主要职责`` for the contents' ``（一）机构、职能设置``):
    the run above is the contents, not a string of empty sections."""
    text = _PAGE_HEAD + (
        "目录\n一、示范县公安局基本情况\n（一）机构、职能设置\n（二）人员情况\n二、收入支出预算执行情况分析\n"
        "（一）收入支出预算安排情况\n三、“三公”经费支出情况\n四、名词解释\n"
        "一、示范县公安局基本情况\n（一）部门主要职责\n负责全县公安工作。\n（二）人员情况\n"
        "二、收入支出预算执行情况分析\n本年收入 1200.50 万元。\n")
    # the contents (lines 4-10) are quiet; the body's empty （二）人员情况 (line 14) is reported
    assert lines(run_code(text, "B306")) == [14]


def test_b306_quiet_on_contents_whose_body_lost_its_headings():
    """Under a 目录 line, a run through 第一部分 and 第二部分 with nothing under any line, then the
    body's text under a heading of a style the run never used (``（一）主要职能。``): the body's own
    headings were lost on the page, the run is still its contents."""
    text = _PAGE_HEAD + (
        "目录\n第一部分 部门概况\n一、基本职能及主要工作\n二、机构设置\n第二部分 部门决算情况说明\n"
        "一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、支出决算情况说明\n第三部分 名词解释\n"
        "（一）主要职能。\n1、负责全市不动产登记工作；\n2、建立不动产统一登记制度；\n（二）重点工作完成情况\n"
        "（三）其他情况\n全年办理登记 3.2 万件。\n")
    # the contents (lines 4-11) are quiet; the body's empty （二）重点工作完成情况 (line 15) is reported
    assert lines(run_code(text, "B306")) == [15]
    # a run that never passes a second part is not taken for contents so
    one_part = text.replace("第二部分 部门决算情况说明\n", "").replace("第三部分 名词解释\n", "")
    assert len(run_code(one_part, "B306")) >= 3


def test_b306_quiet_on_contents_up_to_the_report_title():
    """Under a 目录 line, six bodiless lines or more, among them annex entries the reader ran into
    one line (``附件2…框架附件3问卷调查报告附件4工作底稿``), up to the report's title over its body:
    the run is the contents, though the excerpt stops before the body repeats a line of it."""
    text = ("示范县应急管理局2023年部门预算绩效自评报告\n评价机构：示范县应急管理局自评小组。\n目录\n一、摘要\n"
            "二、部门概况\n（一）部门机构设置\n（二）部门职能\n三、绩效目标\n四、存在的问题\n五、改进措施及建议\n"
            "附件1 成本效益分析报告\n附件2部门整体支出绩效评价共性指标体系框架附件3问卷调查报告附件4工作底稿"
            "附件5 示范县应急管理局部门2023年项目预算、决算明细表(单位:元)\n"
            "示范县应急管理局2023年部门整体支出绩效自评报告\n示范县财政局：\n"
            "根据有关文件，我局对2023年度部门整体支出进行了绩效自评。\n")
    assert run_code(text, "B306") == []
    # the same headings after the text has started are empty sections
    body = text.replace("目录\n", "本局2023年度部门整体支出 812.30 万元。\n")
    assert len(run_code(body, "B306")) >= 3


def test_b306_quiet_on_contents_whose_numerals_a_pdf_spaced_out():
    """``十 一 、一般性支出情况说明``: a PDF's letter spacing set the numeral's characters apart.
    Still markers, so the contents read on to 第五部分 and its last entries are no empty sections
    (modelled on a district bureau's published contents)."""
    entries = ["第一部分单位概况", "一、部门职责", "二、机构设置", "第二部分部门决算情况说明",
               "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明",
               "四、财政拨款收入支出决算总体情况说明", "五、一般公共预算财政拨款支出决算情况说明",
               "六、一般公共预算财政拨款基本支出决算情况说明", "七、财政拨款三公经费支出决算情况说明",
               "八、政府性基金预算收入支出决算情况", "九、国有资本经营预算收入支出决算情况",
               "十 、关于机关运行经费支出说明", "十 一 、一般性支出情况说明", "十 二 、关于政府采购支出说明",
               "十 三 、关于 2023 年度预算绩效情况的说明", "第三部分名词解释", "第四部分附件"]
    body = ("第一部分\n\n某县水利局\n\n单位概况\n\n一、部门职责\n\n"
            "（一）贯彻执行水利工作的方针政策，负责全县水资源的统一监督管理。\n\n"
            "二、机构设置\n\n本局内设办公室、水政股和工程股三个股室。\n")
    text = "某县水利局2023年度部门决算公开\n\n目录\n\n" + "\n\n".join(entries) + "\n\n\n" + body
    assert run(EmptySection, text) == []
    # read as wrapped text, the spaced entries ran together into one entry without a marker (S606)
    from perflint.checks.structure import MarkerMissing

    assert run(MarkerMissing, text) == []
    # a contents entry that did lose its marker is still read
    lost = text.replace("十 二 、关于政府采购支出说明", "关于政府采购支出说明")
    assert [d.location.line for d in run(MarkerMissing, lost)] == [35]


def test_spaced_numerals_are_markers_only_when_they_spell_a_numeral():
    from perflint.text.numbering import parse_marker

    numbering, _ = parse_marker("十 一 、一般性支出情况说明")
    assert (numbering.style, numbering.value) == ("cn", 11)
    assert parse_marker("三 五、两项工作") is None  # 三五 spells no numeral
    assert parse_marker("十四、其他")[0].value == 14


def test_b306_quiet_on_a_page_that_publishes_the_outline_of_attached_parts():
    """A county's 政府决算公开 page: under its title and the site's metadata lines, the outline of
    the report (第一部分… 第二部分 一、… 五、…) whose parts are attached files, then the list of
    attached tables under 第三部分. No heading but the last has text: an outline, not empty
    sections (modelled on a district's published page)."""
    tables = ["一般公共预算收入决算表", "一般公共预算支出决算表", "政府性基金收入决算表", "政府性基金支出决算表",
              "国有资本经营预算收入决算表", "社会保险基金收入决算表"]
    outline = ("某县2022年度政府决算公开\n  • 发布时间:2023-09-20 10:40\n  • 信息来源:某县\n  • 审核人:某某\n"
               "  • 【字体:\n打印\n\n\n\n"
               "第一部分:政府决算报告\n\n第二部分:2022年度政府决算情况说明\n\n一、2022年度举借债务情况说明\n\n"
               "二、2022年度本级“三公”经费决算执行情况说明\n\n三、2022年度预算绩效评价工作开展情况说明\n\n"
               "四、2022年度本级转移支付执行情况说明\n\n五、2022年度重点项目绩效执行结果\n\n"
               "第三部分:2022年政府决算公开相关附件\n\n" + "".join(f"{k}:{t}\n\n" for k, t in enumerate(tables, 1)))
    assert run(EmptySection, outline) == []
    # once the report's text has begun, the same empty headings are sections left unwritten
    begun = outline.replace("打印\n", "打印\n\n2022年全县一般公共预算收入完成 8.35 亿元，支出 30.12 亿元。\n")
    assert len(run(EmptySection, begun)) >= 3


def test_b306_quiet_on_a_list_of_tables_cut_above_its_contents_line():
    """An excerpt opening inside the contents' list of tables (七、…表 … 十、…公开), the body then
    starting from 第一部分: entries numbered past 一 before the parts start are the contents'."""
    cut = ("七、一般公共预算“三公”经费支出情况表\n八、政府性基金预算支出情况表\n九、国有资本经营预算支出情况\n"
           "十、部门预算项目绩效目标公开\n第一部分:单位概况\n一、主要职能\n1、负责全县群众文化活动;\n2、负责非遗保护;\n")
    assert run_code(cut, "B306") == []
    # in a report under way (its sections written), the same empty section is reported
    body = ("一、主要职能\n本馆负责群众文化活动。\n九、国有资本经营预算支出情况\n十、部门预算项目绩效目标公开\n"
            "本单位无此项预算。\n")
    assert len(run_code(body, "B306")) == 1


def test_b306_quiet_on_table_rows_flattened_with_their_figures():
    """A 三公 budget table pasted as text: each numbered row label carries its figure at the end
    (`2.公务用车运行维护费4.20`), an empty row has none. Rows, not headings without content."""
    text = ("示范县科技局2018年部门预算“三公”经费情况说明\n\n2018年财政拨款“三公”经费支出合计6.80万元。\n\n"
            "表8\n2018年一般公共预算安排的行政经费及“三公”经费预算表\n单位:万元\n项目2018年预算\n"
            "行政经费126.40 \n“三公”经费6.80 \n      其中:(一)因公出国(境)支出\n"
            "           (二)公务用车购置及运行维护支出\n                   1.公务用车购置\n"
            "                   2.公务用车运行维护费4.20 \n           (三)公务接待费支出2.60 \n")
    assert run(EmptySection, text) == []
    # a heading without a figure followed by another is still reported
    empty = "二、专项支出\n\n1、资金安排情况分析\n\n2、资金使用情况分析\n\n资金专款专用。\n\n三、组织实施情况\n\n组织有力。\n"
    assert lines(run_code(empty, "B306")) == [3]


def test_b306_quiet_on_table_titles_in_book_marks():
    """A 决算 publication's part of tables, each table's title in 《》 (some with its scope in
    brackets), the tables themselves images the text lost: headings naming tables, not sections
    left unwritten. A heading in 《》 that names no table is still reported."""
    text = ("示范区幼儿园2022年度部门决算\n\n第一部分 概况\n\n一、主要职责\n\n实施学前教育。\n\n"
            "第二部分 2022年度部门决算表\n\n一、《收入支出决算总表》\n\n二、《收入决算表(按功能分类列示)》\n\n"
            "三、《收入决算表(按单位列示)》\n\n第三部分 2022年度部门决算情况说明\n\n一、收支决算总体情况说明\n\n"
            "本年收入合计300万元。\n")
    assert run(EmptySection, text) == []
    unwritten = text.replace("二、《收入决算表(按功能分类列示)》", "二、《园务工作情况》")
    assert lines(run_code(unwritten, "B306")) == [13]



def test_b306_a_contents_that_lost_its_title_line_is_no_empty_section():
    """A published page that lost the 目录 line (metadata, the title in three lines, then the
    entries 一、…概况 /（一）部门职责 /（二）机构设置 …): its entries are empty headings up to
    the end of their part and come back below as the body's headings. A table named with its
    scope in brackets (`收入决算表(分单位)`) names a table."""
    text = (FIXTURES / "boilerplate" / "contents_without_title.txt").read_text(encoding="utf-8")
    assert run_code(text, "B306") == []
    # nothing of the run comes back below: its two empty sections were left unwritten
    elsewhere = text.replace("一、宁波市江北区审计局(汇总)概况\n(一)部门职责\n负责", "一、单位基本情况\n(一)单位职能\n负责").replace("(二)机构设置\n内设", "(二)内设股室\n内设")
    assert lines(run_code(elsewhere, "B306")) == [11, 12]


# Contents typed by hand whose longest entry a PDF page's width wrapped (``…增减变动情况`` |
# ``说明。``), then the body, one of whose sections is empty (written for this test).
WRAPPED_CONTENTS = (Path(__file__).parents[2] / "fixtures" / "structure" / "wrapped_contents.txt").read_text(
    encoding="utf-8") + """第一部分:基本情况
一、部门主要职能
负责全县档案的收集和保管。
二、部门机构设置情况
内设办公室和档案管理股。
第二部分:2023年度部门决算情况说明
一、2023年度收入支出决算总体情况。
收入、支出总计均为120.00万元。
二、2023年度一般公共预算财政拨款安排的“三公”经费支出决算及增减变动情况说明。
“三公”经费支出2.00万元。
三、2023年度政府性基金支出决算情况
第三部分:其他重要事项情况说明
一、关于机关运行经费支出说明
机关运行经费支出10.00万元。
二、关于政府采购支出说明
政府采购支出总额0万元。
第四部分:名词解释
财政拨款收入：指本年度从本级财政部门取得的财政拨款。
"""


def test_b306_on_contents_with_a_wrapped_entry_only_in_the_body():
    # the contents are no run of empty sections, wrapped or not; the body's empty section is
    one_line = WRAPPED_CONTENTS.replace("情况\n说明。", "情况说明。", 1)
    assert lines(run_code(one_line, "B306")) == [24]
    assert lines(run_code(WRAPPED_CONTENTS, "B306")) == [25]
    # nor a numbering that starts at 三、 (an error), nor contents that differ from the body
    everything = [(d.code, d.location.line) for d in lint_text(WRAPPED_CONTENTS, checks=builtin_checks())]
    assert everything == [("B306", 25)]


def test_b306_quiet_on_a_list_announced_with_its_first_item_after_the_colon():
    """``附件：1.评价结果`` then ``2.…`` and ``3.…`` on lines of their own: the colon announces a
    list whose first item shares its line; the items after it are entries of that list, not
    sections left empty. The same numbered lines with no such lead are still headings."""
    text = ("四是公开考核指标体系，进一步提升评价质量。\n"
            "附件：1.示范市财政支出绩效评价结果\n2.第三方机构评价报告评级指标\n3.部门自评报告抽查指标\n"
            "附件1\n示范市财政支出绩效评价结果\n提交审议的重点项目共 5 个。\n")
    assert run_code(text, "B306") == []
    headings = ("四是公开考核指标体系，进一步提升评价质量。\n"
                "1.示范市财政支出绩效评价结果\n2.第三方机构评价报告评级指标\n3.部门自评报告抽查指标\n"
                "提交审议的重点项目共 5 个。\n")
    assert lines(run_code(headings, "B306")) == [2, 3]


def test_b306_quiet_on_an_untitled_contents_closed_with_semicolons():
    """No 目录 line, entries closed like a list's items (``一、《收入决算表》；``): the run comes
    back as the body, so its lines are contents, not empty sections."""
    text = ("2023年度示范县水务站部门决算\n"
            "第一部分 示范县水务站概况\n一、主要职能\n二、部门决算单位构成\n"
            "第二部分 示范县水务站2023年度部门决算表\n"
            "一、《收入支出决算总表》；\n二、《收入决算表》；\n"
            "第三部分 2023年度部门决算情况说明\n第四部分 名词解释\n"
            "第一部分 水务站概况\n一、主要职能：\n负责全县小型水利工程的管理。\n"
            "二、部门决算单位构成\n本部门决算编制范围包括预算单位1个。\n"
            "第二部分 示范县水务站2023年度部门决算表\n第三部分 2023年度部门决算情况说明\n本年收入合计100.00万元。\n")
    assert run_code(text, "B306") == []


def test_b306_quiet_on_the_rows_of_a_pipe_table_with_an_empty_column():
    # modelled on a "三公" 预算情况表 whose 上年执行数 column was left blank: its numbered rows
    # (``2、公务接待费 | | 8600``) are rows, not headings with nothing under them
    table = ("项目 | 2022年执行数 | 2023年预算数\n一、支出合计 | | 26000\n1、因公出国(境)费用 | |\n"
             "2、公务接待费 | | 8600\n3、公务用车费 | | 17400\n二、相关统计数 | |\n"
             "1.因公出国(境)团组数(个) | | 0\n4.公务用车保有量(辆) | | 2\n5.公务接待批次(批) | | 12\n")
    text = "示范县文化馆2023年度“三公”经费预算情况表\n\n单位:元\n" + table
    assert run_code(text, "B306") == []
    # the same numbered lines written as headings with nothing under them are still found
    bare = "二、相关情况\n\n1、公务接待费\n\n2、公务用车费\n\n公务用车运行正常。\n"
    assert lines(run_code(bare, "B306")) == [3]


def test_b306_quiet_on_the_contents_last_entries_written_without_page_numbers():
    """The contents' last parts typed without leader or page (第四部分 其他需要说明的情况 / 第五部分
    名词解释 after 十四、…29): they carry on the count of the entries above them, so they are entries,
    not empty sections, even where the excerpt stops before the body repeats them (seen on a real
    Hubei 决算's contents)."""
    text = ("示范市某局2023年度部门决算\n\n目 录\n\n第一部分 示范市某局概况..............1\n\n"
            "一、部门主要职责..............1\n\n第三部分 2023年度部门决算情况说明..............10\n\n"
            "一、收入支出决算总体情况说明..............10\n\n二、收入决算情况说明..............10\n\n"
            "第四部分 其他需要说明的情况\n\n第五部分 名词解释\n\n"
            "2023年度部门决算于2024年9月30日经市财政局批复，我单位于2024年10月9日予以公开。\n")
    assert run(EmptySection, text) == []
    # a body heading that starts the count again right after the contents is a section of its own
    body = text.replace("第四部分 其他需要说明的情况\n\n第五部分 名词解释\n\n",
                        "第一部分 示范市某局概况\n\n第二部分 部门决算表\n\n")
    assert lines(run(EmptySection, body)) == [15]


def test_b306_quiet_on_a_heading_whose_next_line_is_a_figure_with_many_decimals():
    """A flattened 基础数据表 puts a row's figure on a line of its own (``48.203615``): that is the
    heading's content, not a heading ``48.`` numbered like an item (modelled on a county
    education bureau's 部门整体支出绩效评价基础数据表)."""
    text = ("一、经费控制情况\n"
            "1、业务工作经费\n"
            "316.72\n"
            "2、专项资金\n"
            "48.203615\n"
            "（原代课教师生活补助）\n"
            "3、其他资金\n"
            "本年无其他资金。\n")
    assert run_code(text, "B306") == []
    from perflint.text.numbering import parse_marker

    assert parse_marker("48.203615") is None and parse_marker("12.4567万元用于购置设备") is None
    # a year after an item's number is still the item's text; so is a figure with its unit
    assert parse_marker("1.2023年度重点工作")[0].value == 1
    assert parse_marker("3.1000元以上的设备")[0].value == 3


def test_b306_quiet_on_table_rows_whose_columns_glued_into_one_figure():
    """A budget table of three columns (上年决算、本年预算、本年决算) pasted as text, each row's
    figures run together at the end of its label (``1、会议费12.304.5011.88``, ``2、差旅费000``
    for three zeros), a row with no figures between two that have them: rows, not headings."""
    text = ("版权说明：本文档由用户上传，仅供阅读。\n文档简介\n部门整体支出绩效评价基础数据表\n"
            "项目2020年决算2021年预算2021年决算\n公用经费:56.3060.0058.12\n1、会议费12.304.5011.88\n"
            "2、培训费\n3、差旅费000\n4、印刷费3.203.002.95\n项目支出:120.5098.00110.30\n"
            "1、业务经费60.1050.0055.20\n2、运行经费\n3、专项经费\n42.5038.00\n")
    assert run(EmptySection, text) == []
    # numbered sections with no figures anywhere near are still reported
    empty = ("示范县档案馆2021年度三公经费情况说明\n\n一、公用经费情况\n\n1、会议费\n\n2、培训费\n\n"
             "全年培训12次。\n\n二、三公经费情况\n\n严格控制。\n")
    assert lines(run_code(empty, "B306")) == [5]


# A project report published as a web page: its last section, then the page's footer.
_ON_A_PAGE = """示范区2023年度光明路新建工程项目绩效自评报告
一、项目基本情况
本项目新建道路600米，总投资800万元。
二、绩效目标完成情况
完成道路建设600米，质量验收合格。
三、其他需要说明的问题
{last}
扫一扫在手机打开当前页
网站声明 | 联系我们 | 网站地图
主办：示范区人民政府 版权所有 承办：示范区人民政府办公室
网站标识码：1100000000 京ICP备00000000号
"""


def test_b306_the_last_heading_with_only_the_pages_footer_after_it():
    """The page's footer right under the last heading: the page holds the whole report, and the
    section was left empty (held29 DEV 018:54)."""
    text = _ON_A_PAGE.format(last="")
    [d] = run(EmptySection, text)
    assert d.location.line == 6 and "页脚" in d.message("zh")


def test_b306_quiet_on_a_last_section_with_its_text_or_an_excerpt_stopping_at_it():
    assert run(EmptySection, _ON_A_PAGE.format(last="无。")) == []
    assert run(EmptySection, _ON_A_PAGE.format(last="无")) == []
    # no footer: the excerpt may stop right under the heading
    cut = _ON_A_PAGE.format(last="").split("扫一扫")[0]
    assert run(EmptySection, cut) == []


def test_b306_a_template_analysis_heading_closed_with_a_full_stop_is_no_statement():
    """``（二）项目资金使用情况分析。`` between two analyses with text under them (modelled on a
    school's network project 自评): the template's heading closed with a full stop, not one of a
    list of statements; nothing under it is an empty section. Statements stay quiet."""
    text = ("示范中学2023年度项目支出绩效自评报告\n二、项目资金使用及管理情况\n（一）项目资金到位情况分析。\n"
            "省级专项资金已足额到位。\n（二）项目资金使用情况分析。\n（三）项目资金管理情况分析。\n"
            "资金专款专用。\n三、项目组织实施情况\n组织有力。\n")
    [d] = run_code(text, "B306")
    assert d.location.line == 5
    filled = text.replace("（二）项目资金使用情况分析。\n", "（二）项目资金使用情况分析。\n全年支出120万元。\n")
    assert run_code(filled, "B306") == []
    statements = "（三）存在的问题\n\n1、场地不足。\n2、人员偏少。\n\n（四）改进措施\n\n增加投入。\n"
    assert run_code(statements, "B306") == []


def test_b306_quiet_on_a_publication_contents_of_one_level_under_its_title():
    """A government 决算 publication page: ``…政府决算公开目录``, then its items 一、 to 九、 (one
    marker style, counting on from one, one of them an annex line naming its tables at length),
    nothing under any, then the text of the first document: the run is the page's contents,
    though no item comes back as a heading (modelled on a district's published 决算 page)."""
    items = ["一、人大常委会批准决算的决议", "二、关于示范区2022年财政决算的报告",
             "三、关于2022年转移支付情况的说明", "四、关于2022年政府债务情况的说明",
             "五、2022年“三公”经费决算情况说明", "六、附件一:人大常委会批准决算的决议",
             "七、附件二:表1-表20  一般公共预算收支、政府性基金预算收支、国有资本经营预算收支、社会保险基金收支决算表",
             "八、附件三:2022年转移支付分地区分项目表", "九、附件四:2022年政府债务情况表"]
    head = "示范区2022年政府决算公开\n\n信息来源:区财政局 日期:2023-09-12\n示范区2022年政府决算公开目录\n\n"
    body = ("\n\n\n关于示范区2022年财政决算的审议意见\n\n"
            "8月30日,区人大常委会听取了区财政局所作的报告。会议认为,全区财政运行总体平稳。\n")
    text = head + "\n\n".join(items) + body
    assert run_code(text, "B306") == []
    # the same items under no contents line, after the text has started, are empty sections
    started = text.replace("示范区2022年政府决算公开目录\n", "全区一般公共预算收入完成 5.2 亿元。\n")
    assert len(run_code(started, "B306")) >= 3
    # a run that restarts its numbering (两级) under the contents line is not read so
    restarted = text.replace("四、关于", "一、关于").replace("五、2022", "二、2022")
    assert len(run_code(restarted, "B306")) >= 1
def test_b306_quiet_on_paged_contents_under_a_contents_line_that_lost_most_entries():
    """A page kept its ``目 录`` line and three entries, each with its page after a space
    (``七、…情况说明 7``); the body starts at a part they do not list: contents, not empty sections."""
    text = ("来源：示范县教育局\n发布时间：2024-09-20 10:05\n示范县第二幼儿园2023年度部门决算公开报告\n目 录\n"
            "七、政府性基金预算财政拨款支出决算情况说明 7\n八、国有资本经营预算财政拨款支出决算情况说明 8\n"
            "十一、其他重要事项情况说明 12\n第一部分 基本情况\n一、部门职责\n为学龄前儿童提供保育和教育服务。\n")
    assert run(EmptySection, text) == []


def test_b306_quiet_on_table_rows_whose_whole_figures_stand_apart_after_their_labels():
    """A 三公 budget form pasted as lines under a web page's header, each row its label then its
    whole figure (元, no decimals) after a run of blanks, some rows left empty
    (``1、因公出国(境)费用``, ``2.公务用车购置数(辆)``): a flattened table, no empty heading
    (written anew after a Hunan county's 三公 budget form, fp32 030). Headings without figures
    still fire."""
    text = ("某中心2024年度部门“三公”经费预算情况表\n来源:某县某中心   2024-03-01 00:00\n阅读次数:3 | | | |\n"
            "单位:元\n项目 2023-执行数 2024-预算数\n"
            "一、支出合计   86000\n1、因公出国(境)费用    \n2、公务接待费   56000\n3、公务用车费   30000\n"
            "其中:(1)公务用车运行维护费   30000\n(2)公务用车购置    \n"
            "二、相关统计数    \n1.因公出国(境)团组数(个)   0\n2.公务用车购置数(辆)    \n"
            "3.公务用车保有量(辆)   1\n4.公务接待批次(批)   12\n5.公务接待人数(人)   300\n"
            "三、“三公”经费增减变化原因等说明    \n")
    assert run_code(text, "B306") == []
    empty = ("示范县档案馆2021年度三公经费情况说明\n\n一、公用经费情况\n\n1、会议费\n\n2、培训费\n\n"
             "全年培训12次。\n\n二、三公经费情况\n\n严格控制。\n")
    assert lines(run_code(empty, "B306")) == [5]


def test_b306_announced_list_missing_before_the_next_section():
    """A paragraph that ends by announcing what follows (``绩效目标如下：``) and is followed straight
    by the next section of its own or a higher level: what it announced was never written
    (modelled on a 乡村振兴补助资金 自评报告)."""
    text = ("某区2022年度乡村振兴补助资金绩效自评报告\n\n一、绩效目标分解下达情况\n\n"
            "区财政下达补助资金80万元，主要用于村集体产业发展。区里分解下达绩效目标要求，绩效目标如下：\n\n"
            "二、绩效目标完成情况分析\n\n资金全部到位。\n")
    [d] = run_code(text, "B306")
    assert d.location.line == 5 and "如下" in d.message("zh")


def test_b306_announced_list_quiet_where_it_follows():
    # the report's opening sentence: the sections are what it announces
    opening = ("某区2022年度乡村振兴补助资金绩效自评报告\n\n现将自评情况报告如下：\n\n"
               "一、绩效目标分解下达情况\n\n资金80万元。\n\n二、绩效目标完成情况分析\n\n资金全部到位。\n")
    assert run_code(opening, "B306") == []
    # the same opening under the report's first heading (一、摘要 …现将自评结果报告如下：)
    under_first = ("一、绩效自评工作开展情况\n\n我中心对项目资金投入情况进行了自评，并形成自评报告如下：\n\n"
                   "二、绩效目标完成情况分析\n\n资金全部到位。\n")
    assert run_code(under_first, "B306") == []
    # the announced items as sub-headings, or as a table, or as a paragraph
    nested = ("一、绩效目标分解下达情况\n\n绩效目标如下：\n\n（一）建设冷库一座。\n\n（二）带动农户增收。\n\n"
              "二、绩效目标完成情况分析\n\n资金全部到位。\n")
    assert run_code(nested, "B306") == []
    prose = ("一、绩效目标分解下达情况\n\n绩效目标如下：\n\n建设冷库一座，带动农户增收。\n\n"
             "二、绩效目标完成情况分析\n\n资金全部到位。\n")
    assert run_code(prose, "B306") == []
