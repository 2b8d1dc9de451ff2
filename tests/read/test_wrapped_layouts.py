"""A draft whose paragraphs a PDF's page wrapped reads as the same draft typed one paragraph a
line (drafts written for these tests, wrapped here at a page's width as a PDF's text is)."""

from __future__ import annotations

from perflint.model import Heading, Paragraph
from perflint.read.text import parse_text

WIDTH = 30

TITLE = "示范县林业站2023年度整体支出绩效自评报告"
HEADING = "（一）基本情况"
# a paragraph whose second sentence ends exactly at the page's edge (the 30th character)
FIRST = ("本站是县林业局所属的公益一类事业单位，主要负责全县公益林管护、林业有害生物防治、护林员的培训和管理、"
         "森林防火宣传和巡查、林木种苗的质量检验等工作。本站下设综合股、管护股、防治股等。"
         "本站核定编制十五名，实有在编人员十二名，另聘护林员八十名，分布在全县十二个乡镇。")
SECOND = ("本年度完成公益林管护面积三万亩，开展林业有害生物普查两次，组织护林员集中培训三期，"
          "累计培训二百四十人次，森林防火期间未发生较大森林火灾，各项工作均按计划完成。")
# a long paragraph first: the reader learns the page's width from the lines a page broke
OPENING = ("根据县财政局关于开展2023年度部门整体支出绩效自评工作的通知要求，本站成立了由站长任组长、"
           "分管副站长任副组长、各股室负责人为成员的绩效自评工作小组，对照年初设定的绩效目标，"
           "采取资料核查、实地查看、座谈了解和问卷调查相结合的方式，对本站2023年度部门整体支出的"
           "预算编制、预算执行、资金管理、项目管理、绩效目标完成情况以及取得的社会效益和生态效益"
           "进行了全面系统的评价，现将有关情况报告如下。")
TITLE_LINE = "部门整体支出规模、使用方向和主要内容"  # a title line of its own, shorter than the page
THIRD = ("本站2023年度总支出500.00万元，其中基本支出400.00万元，主要用于人员工资、社会保障缴费和日常运转；"
         "项目支出100.00万元，主要用于护林员补助、有害生物防治和防火物资购置，资金均按规定用途使用。")
# two sentences whose line breaks fall between 主要 and 原因：, the next lines reading like a
# form's fields (原因：…): a field ends at its line, a line as wide as the page does not
FOURTH = ("2.公务用车运行维护费预算为10.00万元，支出决算为9.50万元，完成预算的95%。本年的决算数较年初预算数减少的主要"
          "原因：严格执行公务用车规定，减少出行。决算数较上年减少的主要"
          "原因：本年公务用车的使用次数比上年有所下降。")


# a list run inline in one paragraph, the page breaking a line right before its 3. and its 三是
DUTIES = ("主要职责：1.负责全县公益林的日常管护和巡查工作。2.负责全县林业有害生物的监测、预报、防治和检疫等"
          "各项具体的执法工作。3.负责护林员的培训和考核，组织开展森林防火宣传。")
PROBLEMS = ("存在的问题：一是，部分护林员年龄偏大，巡护效率不高，管护质量有待提高；"
            "二是防火物资储备不足，个别乡镇的防火器材老化严重；三是资金拨付进度偏慢。")


def _wrap(paragraph: str) -> list[str]:
    return [paragraph[k:k + WIDTH] for k in range(0, len(paragraph), WIDTH)]


def _draft(*paragraphs: str) -> str:
    lines = [TITLE, "", HEADING, ""]
    for p in (OPENING, *paragraphs):
        lines += (_wrap(p) if len(p) > WIDTH else [p]) + [""]
    return "\n".join(lines)


def _values(text: str) -> list[str]:
    return [b.text.value for b in parse_text(text, "d.txt").parts[0].blocks if isinstance(b, (Paragraph, Heading))]


def test_the_fixture_breaks_a_line_right_after_a_full_stop():
    assert any(line.endswith("。") and len(line) == WIDTH for line in _wrap(FIRST))


def test_a_line_as_wide_as_the_page_ending_a_sentence_goes_on_in_the_next():
    values = _values(_draft(FIRST, SECOND))
    assert FIRST in values and SECOND in values


def test_a_paragraph_ending_at_a_line_shorter_than_the_page_ends_there():
    values = _values(_draft(SECOND, FIRST))
    assert values[-2:] == [SECOND, FIRST]


def test_an_indented_line_after_a_full_line_opens_a_paragraph_of_its_own():
    # a paragraph's last line fills the page exactly, and the next paragraph keeps its indent
    exact = SECOND[:WIDTH * 2 - 1] + "。"
    text = "\n".join([TITLE, "", HEADING, "", *_wrap(OPENING), "", *_wrap(FIRST), *_wrap(exact), "　　" + SECOND[:WIDTH - 2], *_wrap(SECOND[WIDTH - 2:])])
    values = _values(text)
    assert exact in values and SECOND in values


def test_a_title_line_above_a_wrapped_paragraph_stands_alone():
    values = _values(_draft(FIRST, SECOND, TITLE_LINE, THIRD))
    assert TITLE_LINE in values and THIRD in values


def test_a_line_reading_like_a_field_inside_a_wrapped_sentence_is_joined():
    assert any(line.startswith("原因：") for line in _wrap(FOURTH))
    values = _values(_draft(FIRST, FOURTH))
    assert FOURTH in values


def test_the_same_draft_one_paragraph_a_line_reads_the_same():
    text = "\n".join([TITLE, "", HEADING, "", OPENING, "", FIRST, "", SECOND, "", TITLE_LINE, "", THIRD, "", FOURTH, ""])
    wrapped = _draft(FIRST, SECOND, TITLE_LINE, THIRD, FOURTH)
    assert _values(text) == _values(wrapped)


def test_the_next_item_of_a_list_run_inline_goes_on_after_a_full_line():
    assert any(line.startswith("3.") for line in _wrap(DUTIES)) and any(line.startswith("三是") for line in _wrap(PROBLEMS))
    values = _values(_draft(FIRST, DUTIES, PROBLEMS))
    assert DUTIES in values and PROBLEMS in values


def test_an_item_of_its_own_after_a_full_line_opens_a_paragraph():
    # 2. and 3. each a paragraph of its own: no 2. inside the paragraph above the 3.
    second = "2.负责全县林业有害生物的监测、预报、防治和检疫执法工作，指导乡镇开展防治和检疫，按季度报送全县的监测数据和防治情况等。"
    third = "3.负责护林员的培训和考核，组织开展森林防火宣传。"
    assert _wrap(second)[-1].endswith("。") and len(_wrap(second)[-1]) == WIDTH
    values = _values(_draft(FIRST, second + third))
    assert second in values and third in values


def test_an_attachment_label_before_a_form_title_keeps_it_a_line_of_its_own():
    """``附件：2023年度项目支出绩效自评表`` above a form pasted one cell a line: the form's first cell
    (项目名称) is no wrapped tail of the title, whose colon belongs to the attachment's label."""
    text = ("某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n经综合评价，本项目自评得分为97.7分。\n\n"
            "附件：2023年度项目支出绩效自评表\n项目名称\n农村公路养护项目\n主管部门\n某县交通运输局\n")
    values = _values(text)
    assert "附件：2023年度项目支出绩效自评表" in values
    assert not any(v.startswith("附件：") and v != "附件：2023年度项目支出绩效自评表" for v in values)


def test_a_clause_opening_with_a_list_comma_goes_on_where_the_page_width_is_unknown():
    """A short draft holds too few broken lines to learn the page's width from; a paragraph the
    page broke right before a 、 (``…管护股、防治股`` | ``、综合股和办公室等。``) goes on in that
    line all the same when the line before is long and open and the 、 line holds a clause: no
    title ends in 。 or holds a ，. A title that lost its numeral (``、机构设置``) stays a line."""
    head = "本站为县林业局所属的公益一类事业单位，目前下设管护股、检疫股"
    assert len(head) == WIDTH
    text = f"{TITLE}\n\n一、机构设置\n{head}\n、综合股和办公室等。\n二、人员情况\n在编人员十二名。\n"
    assert head + "、综合股和办公室等。" in _values(text)
    bare = f"{TITLE}\n\n一、单位概况\n{head}\n、机构设置\n内设三个股室。\n"
    assert head in _values(bare)  # (the 、 line opens a block of its own)
