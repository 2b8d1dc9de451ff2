"""S602 numbering-repeat: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import NumberingRepeat

from .._harness import line_of
from ._drafts import BAD, FLAT_LIST, run


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


def test_repeat_inside_a_flattened_list():
    text = FLAT_LIST.replace("5.维护社会秩序", "4.维护社会秩序").replace("6持续", "6.持续")
    [d] = run(text, NumberingRepeat)
    assert d.location.line == 2 and "编号“4.”重复" in d.message("zh") and "此处应为“5.”" in d.message("zh")


def test_second_top_heading_numbered_one_again():
    """``一、`` ``一、`` ``二、``: a report starts a new list after a whole one, not after its own
    single heading; the second ``一、`` is a repeat (and ``二、`` then follows it)."""
    text = ("示范县水利局2023年度部门决算说明\n\n一、部门基本情况\n\n本局负责全县水利工程管理。\n\n"
            "一、收入支出决算总体情况说明\n\n本年收入合计 100 万元。\n\n二、收入决算情况说明\n\n本年收入 100 万元。\n")
    [d] = run(text, NumberingRepeat)
    assert d.location.line == line_of(text, "一、收入支出") and "此处应为“二、”" in d.message("zh")
    # numbered right, or a second report of a bundle after a whole list of its own: quiet
    assert run(text.replace("一、收入支出", "二、收入支出").replace("二、收入决算", "三、收入决算"), NumberingRepeat) == []
    bundle = ("示范县水利局2023年度部门决算说明\n\n一、部门基本情况\n\n本局负责水利工程管理。\n\n二、收支情况\n\n"
              "本年收入 100 万元。\n\n一、项目概况\n\n本项目预算 20 万元。\n\n二、项目绩效\n\n项目按期完成。\n")
    assert run(bundle, NumberingRepeat) == []


def test_excerpt_opening_on_a_later_heading_then_numbering_from_one():
    """An excerpt that opens on ``五、`` (its 一、 to 四、 above the cut) and then numbers from
    ``一、`` again has no repeat: only a single ``一、`` followed by ``一、`` is one."""
    text = ("五、评价报告综述\n\n本年度各项目均按计划实施。\n\n一、部门概况\n\n本部门有在编人员 12 人。\n\n"
            "二、部门整体支出情况\n\n本年支出 100 万元。\n")
    assert run(text, NumberingRepeat) == []


# A 项目支出绩效自评报告 form published as a web page, each table pasted one cell a line
# (label, value …) under the form's numbered sections (modelled, not copied).
_FORM_PAGE = """示范区财政支出项目绩效评价自评报告
一、项目基本概况
计划安排资金（万元）
170
二、项目支出明细情况
上半年补助发放
67
下半年补助发放
101.5
{third}、项目绩效自评情况
项目绩效目标已基本完成。
"""


def test_repeat_of_a_heading_across_a_table_pasted_one_cell_a_line():
    """A table between two headings may split lists, never the report's own sections: ``二、``
    twice around the 支出明细 cells is a repeat."""
    assert run(_FORM_PAGE.format(third="三"), NumberingRepeat) == []
    text = _FORM_PAGE.format(third="二")
    [diag] = run(text, NumberingRepeat)
    assert diag.location.line == line_of(text, "二、项目绩效")


def test_a_point_counted_off_with_shi_twice():
    """``一是…；二是…；二是…``: the third point numbered as the second."""
    text = ("示范县2023年度部门整体支出绩效自评报告\n\n一、存在的问题\n\n"
            "一是项目前期准备不充分；二是支出进度偏慢；{}是绩效指标不够细化。\n")
    [d] = run(text.format("二"), NumberingRepeat)
    assert d.location.line == 5 and d.code == "S602"
    assert run(text.format("三"), NumberingRepeat) == []


CONTENTS_ONLY = """示范县水利局2023年度部门整体支出绩效自评报告
目录
一、部门基本情况
1、部门职责
2、机构设置
3、人员情况
{fourth}、资金情况
二、部门整体支出绩效实现情况
"""


def test_s602_a_number_repeated_inside_the_contents():
    """``3、人员情况`` then ``3、资金情况`` in the contents of an excerpt cut before its body (modelled
    on an 整体 report): the contents' own numbering repeats a number. Numbered in sequence, or a
    list restarting under the next top entry, it is quiet."""
    [d] = run(CONTENTS_ONLY.format(fourth="3"), NumberingRepeat)
    assert (d.location.line, d.message("zh")) == (7, "目录中编号“3、”重复：前一项已是“3、人员情况”（第 6 行），此处应为“4、”")
    assert run(CONTENTS_ONLY.format(fourth="4"), NumberingRepeat) == []
    restart = CONTENTS_ONLY.format(fourth="4") + "1、产出指标\n2、效益指标\n"
    assert run(restart, NumberingRepeat) == []


# contents that give page numbers to their entries only, the part headings bare (modelled on a
# 部门决算's contents layout; names made up), then the body
_PART_CONTENTS = """目 录
第一部分 示范县档案馆概况
一、部门主要职责......1
二、机构设置情况......1
第二部分 2023年度部门决算表
{first}、收入支出决算总表......2
二、收入决算表......3
第三部分 2023年度部门决算情况说明
一、收入支出决算总体情况说明......5
第一部分 示范县档案馆概况
一、部门主要职责
负责全县档案的收集和保管。
二、机构设置情况
内设办公室、业务科。
"""


def test_s602_quiet_on_a_body_repeating_contents_whose_part_headings_have_no_page_numbers():
    """The bare part headings belong to the contents: the body's 第一部分 repeats none of them, and
    the contents' lists restart under each part."""
    assert run(_PART_CONTENTS.format(first="一"), NumberingRepeat) == []


def test_s602_a_repeat_under_a_bare_part_heading_of_the_contents_still_found():
    [d] = run(_PART_CONTENTS.format(first="二"), NumberingRepeat)
    assert d.location.line == 7 and "目录中编号“二、”重复" in d.message("zh")


# A unit's duties numbered （一）（二）… as sentences under a heading of the same style (（一）部门职能), as
# 决算 and 自评 reports copy them from the unit's 三定 plan. A duty numbered again with the number
# before it (（二）, （二）) is a repeat in the duties, not the next heading after （一）部门职能 (before,
# it was read as that heading, and nothing was reported).
DUTIES = ("某镇人民政府2023年度部门整体支出绩效评价报告\n一、部门基本情况\n（一）部门职能\n"
          "根据本镇职能配置规定，本镇的主要职责是：\n"
          "（一）宣传贯彻执行党的路线方针政策和上级党组织的决议。\n"
          "（二）讨论和决定本镇经济建设、社会建设中的重大问题。\n"
          "{third}\n"
          "（{fourth}）执行本行政区域内的经济和社会发展计划、预算。\n")


def test_repeat_in_a_list_of_duties_under_a_heading_of_its_style():
    text = DUTIES.format(third="（二）组织召开本级人民代表大会，做好人大代表工作。", fourth="三")
    [d] = run(text, NumberingRepeat)
    assert d.location.line == line_of(text, "（二）组织召开") and "此处应为“（三）”" in d.message("zh")
    short = DUTIES.format(third="（二）负责本镇信访工作。", fourth="三")
    assert [d.location.line for d in run(short, NumberingRepeat)] == [line_of(short, "（二）负责本镇信访工作")]


def test_repeat_quiet_on_duties_then_the_next_heading_of_their_style():
    # the duties numbered right (（三）), and a paragraph opening on a head of its own after them
    # (（二）机构设置：…): the next heading, run into its text
    assert run(DUTIES.format(third="（三）组织召开本级人民代表大会，做好人大代表工作。", fourth="四"), NumberingRepeat) == []
    text = ("某镇人民政府2023年度部门整体支出绩效评价报告\n一、部门基本情况\n（一）部门职能\n本镇的主要职责是：\n"
            "（一）宣传贯彻执行党的路线方针政策。\n（二）讨论和决定本镇经济建设中的重大问题。\n"
            "（二）机构设置：本镇内设党政办公室、经济发展办公室等6个办公室。\n（三）人员情况：年末实有人数42人。\n")
    assert run(text, NumberingRepeat) == []


RUN_IN = ("某县档案馆2023年度部门决算\n\n第一部分 单位概况\n\n1.单位职责\n\n{head}\n\n"
          "（一）贯彻执行国家档案工作的法律法规，落实县委县政府的工作部署。\n\n"
          "（二）负责接收、征集和保管本县的各类档案。\n\n（三）负责档案的开发利用和编研工作。\n\n"
          "2.机构设置\n\n本馆内设2个股室。\n")


def test_a_run_in_heading_whose_items_number_from_its_own_number_again():
    """``（一）基本情况。`` standing alone, then the items under it numbered ``（一）（二）…`` in its
    own style: the second ``（一）`` repeats the first."""
    [d] = run(RUN_IN.format(head="（一）基本情况。"), NumberingRepeat)
    assert d.location.line == 9


def test_a_list_after_a_numbered_paragraph_of_its_own_is_another_list():
    # a paragraph with its own content, not a heading standing alone: the list after it is new
    text = RUN_IN.format(head="（一）本馆为县政府直属的公益一类事业单位，核定编制6名。")
    assert run(text, NumberingRepeat) == []
