"""S603 numbering-restart: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import NumberingRestart

from .._harness import line_of
from ._drafts import BAD, run


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


BUDGET = """示范县司法局2025年部门预算

目录
一、基本职能及主要工作
二、部门预算单位构成
三、收支预算情况说明
四、附件：2025年部门预算公开报表
1.部门收支总表
2.部门收入总表
3.部门支出总表
按照预算管理有关规定，部门预算实行综合预算制度，全部收入和支出都反映在预算中。
一、基本职能及主要工作
1、主要职能：负责全县普法宣传和人民调解。
二、部门预算单位构成
本部门预算仅含本级。
三、收支预算情况说明
（一）收入预算
2025年收入预算 820.00 万元。
（二）项目支出预算
{projects}
"""


def test_contents_listing_tables_then_a_lead_paragraph_are_no_restart():
    # the body's 一、 after the contents' 3. table entry and a paragraph opening the body
    quiet = BUDGET.format(projects="项目支出预算 30.00 万元。")
    assert run(quiet, NumberingRestart) == []
    # inside the body, 一、 under （二） while 三、 is open is still inverted levels
    bad = BUDGET.format(projects="一、普法宣传项目：\n预算 18.00 万元。\n二、人民调解项目：\n预算 12.00 万元。")
    assert [d.location.line for d in run(bad, NumberingRestart)] == [line_of(bad, "一、普法宣传项目")]


def test_a_heading_glued_to_the_sentence_before_it_opens_a_new_parent():
    """A web page that ran a heading onto the end of the paragraph above (``…附后）。 三、预算执行情况``):
    the ``（一）`` after it opens under that heading, it does not restart the ``（一）…（三）`` before."""
    text = ("示范镇中心小学2023年度部门决算说明\n一、单位概况\n（一）主要职能\n实施义务教育。\n（二）机构设置\n"
            "内设教务处等3个处室。\n（三）人员情况\n在职教职工42人，退休人员11人。 二、2023年度部门决算表\n"
            "具体表格见附件1。 三、预算执行情况分析\n（一）收支决算情况\n本年收入合计480.00万元。\n"
            "（二）三公经费情况\n本年无三公经费支出。\n")
    assert [d for d in run(text) if d.code == "S603"] == []
    # without the glued heading the restart is reported
    bare = text.replace("退休人员11人。 二、2023年度部门决算表\n具体表格见附件1。 三、预算执行情况分析\n",
                        "退休人员11人。\n具体表格见附件1。\n")
    assert [d.code for d in run(bare) if d.code == "S603"] == ["S603"]


GLOSSARY = """示范区档案局2017年度部门决算

一、机关运行经费支出情况说明
本局机关运行经费支出12万元。
二、政府采购支出情况说明
本局政府采购支出3万元。
三、对专业性较强的名词进行解释
一、财政拨款收入：指财政当年拨付的资金。
二、年初结转和结余：指以前年度支出预算因客观条件变化未执行完毕的资金。
三、年末结转和结余：指本年度预算安排未执行完毕的资金。
"""


def test_restart_right_under_a_glossary_heading_of_the_same_style():
    """``三、对专业性较强的名词进行解释`` followed at once by ``一、财政拨款收入：…`` (modelled on a
    district's 决算): the glossary's entries are its children, numbered like it. A new report
    starting at 一、 goes on being quiet; the entries numbered a level down, or under a 第四部分
    名词解释 of their own style, stay quiet."""
    [d] = run(GLOSSARY, NumberingRestart)
    assert d.location.line == line_of(GLOSSARY, "一、财政拨款收入")
    assert "三、对专业性较强的名词" in d.message("zh")
    lower = GLOSSARY.replace("一、财政", "（一）财政").replace("二、年初", "（二）年初").replace("三、年末", "（三）年末")
    assert run(lower, NumberingRestart) == []
    part = GLOSSARY.replace("三、对专业性较强的名词进行解释", "第四部分 名词解释")
    assert run(part, NumberingRestart) == []
    report = GLOSSARY.replace("三、对专业性较强的名词进行解释", "三、其他说明\n本局无其他需要说明的事项。\n"
                              "示范区档案局2017年度项目支出绩效自评报告")
    assert run(report, NumberingRestart) == []


def test_an_inline_list_inside_a_paragraph_is_no_open_level():
    """``…其中:1.本级财政拨款项目9个…;2.上年结转项目2个…`` is a list inside one paragraph; a line
    of its own numbered ``1.`` further on opens a list of its own (modelled on a bureau's project
    overview), no restart. A line list ``1.`` ``2.`` then ``1.`` under the same heading still is."""
    text = """示范市粮食储备中心2024年度项目支出绩效自评报告
一、项目基本情况
(一)项目概况
本中心2024年年初预算项目共11个,预算资金为1520.40万元,其中:1.本级财政拨款项目9个,预算资金为1490.20万元;2.上年结转项目2个,预算资金为30.20万元。
年中追加项目2个,资金16.30万元。
1.立项背景
根据储备管理办法设立本项目。
2.主要内容
开展储备粮轮换和监管。
"""
    assert run(text, NumberingRestart) == []
    lines = text.replace("其中:1.本级财政拨款项目9个,预算资金为1490.20万元;2.上年结转项目2个,预算资金为30.20万元。",
                         "其中:\n1.本级财政拨款项目9个。\n2.上年结转项目2个。")
    assert [d.location.line for d in run(lines, NumberingRestart)] == [line_of(lines, "1.立项背景")]


def test_an_excerpt_that_starts_inside_a_contents_list_of_parts():
    """An excerpt cut inside a contents list of parts, without its ``目录`` and first entries
    (``第四部分 名词解释``, or ``第三部分 …`` ``第五部分 附表`` › ``一、…十四、``), then the body's
    ``第一部分``: a run of parts that starts above 1 is the tail of what the cut removed, and the
    body numbering from ``第一部分`` opens a new run. A whole draft whose parts number from
    ``第一部分`` and fall back to it is still reported."""
    glossary_tail = ("第四部分 名词解释\n第一部分 示范镇卫生院概况\n一、主要职能\n"
                     "承担辖区基本医疗服务。\n二、机构设置\n内设3个科室。\n")
    assert run(glossary_tail, NumberingRestart) == []
    tables_tail = ("第三部分 名词解释\n第四部分 附件\n第五部分 附表\n一、收入支出决算总表\n二、收入决算表\n"
                   "三、支出决算表\n第一部分 示范镇卫生院概况\n一、主要职能\n承担辖区基本医疗服务。\n")
    assert run(tables_tail, NumberingRestart) == []
    sections_tail = "（十二）国有资产占有情况说明\n四、名词解释\n一、概况\n（一）单位职责\n承担辖区基本医疗服务。\n"
    assert run(sections_tail, NumberingRestart) == []
    whole = ("第一部分 示范镇卫生院概况\n一、主要职能\n承担辖区基本医疗服务。\n第二部分 名词解释\n"
             "第一部分 部门决算情况说明\n一、收入支出决算总体情况说明\n本年收入合计80万元。\n")
    assert [d.code for d in run(whole, NumberingRestart)] == ["S603"]
