"""S605 numbering-style-mixed: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import NumberingStyleMixed

from perflint.diagnostics import Severity

from ._drafts import run


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


# A self-evaluation whose third sub-heading lost its opening bracket (``三)`` after ``（一）（二）``):
# the list runs on, written another way. Not a ``一）`` list starting at 三 (a false S601 error).
_DROPPED_BRACKET = (
    "示范中学2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n（一）部门概况\n\n"
    "1.职责职能\n\n实施初中义务教育。\n\n2.机构设置及人员情况\n\n在编教师31人。\n\n"
    "（二）年度工作目标\n\n提升教学质量。\n\n三）当年部门整体支出绩效目标\n\n保障学校运转。\n")


def test_style_mixed_fires_on_a_dropped_opening_bracket_and_no_numbering_error():
    from perflint.checks.structure import NumberingGap

    [d] = run(_DROPPED_BRACKET, NumberingStyleMixed)
    assert d.severity == Severity.warning and d.location.line == 19
    assert "此条为“三）”，应统一为“（三）”" in d.message("zh")
    assert run(_DROPPED_BRACKET, NumberingGap) == []


def test_a_half_bracket_list_of_its_own_still_starts_at_one():
    from perflint.checks.structure import NumberingGap

    # no bracketed list to continue: ``三）`` opening a list is still a list starting at 三
    text = "示范中学2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n三）当年部门整体支出绩效目标\n\n保障学校运转。\n"
    [d] = run(text, NumberingGap)
    assert d.code == "S601" and d.severity == Severity.error


# A statistics notice whose first sub-heading lost its opening bracket (``一)`` then ``（二）（三）``):
# ``（二）`` goes on with that list. Not a ``（一）`` list that starts at 二 (a false S601 error).
_FIRST_BRACKET_DROPPED = (
    "示范县2023年全县教育经费执行情况统计公告\n\n二、一般公共预算教育经费情况\n\n全县一般公共预算教育经费为1,200.50万元。\n\n"
    "一）各级教育生均一般公共预算教育经费增长情况\n\n普通小学为12,710.81元。\n\n"
    "（二）各级教育生均一般公共预算教育事业费支出增长情况\n\n普通小学为12,205.82元。\n\n"
    "（三）各级教育生均一般公共预算公用经费支出增长情况\n\n普通小学为2,105.30元。\n")


def test_style_mixed_fires_on_the_first_item_that_dropped_its_bracket_and_no_numbering_error():
    from perflint.checks.structure import NumberingGap

    [d] = run(_FIRST_BRACKET_DROPPED, NumberingStyleMixed)
    assert d.severity == Severity.warning and d.location.line == 7
    assert "此条“一）”漏了左括号" in d.message("zh") and "应为“（一）”" in d.message("zh")
    assert run(_FIRST_BRACKET_DROPPED, NumberingGap) == []
    # the bracketed list on its own, starting at （二）, is still a list that does not start at one
    alone = _FIRST_BRACKET_DROPPED.replace("一）各级教育生均一般公共预算教育经费增长情况\n\n普通小学为12,710.81元。\n\n", "")
    [gap] = run(alone, NumberingGap)
    assert gap.code == "S601"


# ``1)`` lists: a style of its own (a township's 职责 list), and ``（1）`` that lost its bracket.
_HALF_ARABIC = ("青禾镇人民政府2023年度部门决算说明\n一、部门职责\n{a}党政办负责处理政府机关日常事务；\n"
                "{b}社会事务办负责民政、优抚等工作；\n{c}财政所负责政府的财务收支工作；\n"
                "{d}妇联负责妇女儿童工作。\n二、机构设置\n本单位内设机构3个。\n")


def test_half_bracketed_arabic_markers_are_a_list():
    from perflint.checks.structure import NumberingGap

    own = _HALF_ARABIC.format(a="1)", b="2)", c="3)", d="4）")
    assert run(own, NumberingStyleMixed) == [] and run(own, NumberingGap) == []
    [gap] = run(_HALF_ARABIC.format(a="1)", b="2)", c="4)", d="5)"), NumberingGap)
    assert gap.location.line == 5 and "缺少“3)”" in gap.message("zh")
    [mixed] = run(_HALF_ARABIC.format(a="(1)", b="(2)", c="3)", d="(4)"), NumberingStyleMixed)
    assert mixed.location.line == 5 and "应统一为“(3)”" in mixed.message("zh")


def test_style_mixed_quiet_on_the_rows_of_a_pipe_table_with_an_empty_column():
    # modelled on a "三公" 预算情况表 whose 上年执行数 column is blank: ``3、公务用车费 | | 17400``
    # then ``4.公务用车保有量(辆) | | 2`` are rows of one table, not a list changing its marker
    table = ("示范县文化馆2023年度“三公”经费预算情况表\n\n单位:元\n"
             "项目 | 2022年执行数 | 2023年预算数\n一、支出合计 | | 26000\n1、因公出国(境)费用 | |\n"
             "2、公务接待费 | | 8600\n3、公务用车费 | | 17400\n二、相关统计数 | |\n"
             "1.因公出国(境)团组数(个) | | 0\n4.公务用车保有量(辆) | | 2\n5.公务接待批次(批) | | 12\n")
    assert run(table, NumberingStyleMixed) == []
    # the numbered lines written as a list that changes its marker are still found
    listed = "示范县文化馆2023年度部门预算\n\n二、三公经费\n\n3、公务用车费17400元。\n\n4.公务用车保有量2辆。\n"
    [d] = run(listed, NumberingStyleMixed)
    assert d.location.line == 7


# A self-evaluation whose stages run （一）（二） and then 3. 4.: the list goes on in arabic
# figures (modelled on a city 团委's 自评工作开展情况), not a ``1.`` list under （二） starting at 3.
_SCRIPT_SWITCH = (
    "示范县团委2023年度项目绩效自评报告\n\n一、项目基本情况\n\n该项目用于志愿服务工作。\n\n"
    "二、绩效自评工作开展情况\n\n（一）准备阶段（2024年1月）\n\n学习有关规定。\n\n"
    "（二）实施阶段（2024年2月）\n\n开展自评。\n\n3.整改阶段（2024年3月）\n\n按意见整改。\n\n"
    "4.总结阶段（2024年4月）\n\n总结经验。\n\n三、项目绩效实现情况\n\n资金到位5万元。\n")


def test_style_mixed_fires_when_a_list_goes_on_in_arabic_figures():
    from perflint.checks.structure import NumberingGap

    [d] = run(_SCRIPT_SWITCH, NumberingStyleMixed)
    assert d.severity == Severity.warning and d.location.line == 17
    assert "此条为“3.”，应统一为“（三）”" in d.message("zh")
    assert run(_SCRIPT_SWITCH, NumberingGap) == []
    good = _SCRIPT_SWITCH.replace("3.整改", "（三）整改").replace("4.总结", "（四）总结")
    assert run(good, NumberingStyleMixed) == [] and run(good, NumberingGap) == []


def test_a_list_starting_late_under_its_first_item_is_still_a_gap():
    """Under （一） a list that opens at 3. does not go on from （一）: its 1. and 2. are missing."""
    from perflint.checks.structure import NumberingGap

    text = _SCRIPT_SWITCH.replace("（二）实施阶段（2024年2月）\n\n开展自评。\n\n", "")
    assert [d.code for d in run(text, NumberingGap)] == ["S601"]
    assert run(text, NumberingStyleMixed) == []


def test_a_marker_the_copy_began_inside_is_the_cut():
    """``一)自评得分`` as the text's first line, ``(二)`` below: the excerpt began after ``(``,
    which the draft did not lose. The same marker inside the text is reported."""
    text = "一)自评得分\n\n本项目自评得分96分。\n\n(二)绩效目标完成情况\n\n项目全部完成。\n"
    assert run(text, NumberingStyleMixed) == []
    inside = "二、自评结论\n\n" + text
    assert [d.key for d in run(inside, NumberingStyleMixed)] == ["half_before"]


def test_style_mixed_reports_a_switch_to_dropped_brackets_once():
    """``（1）（2）`` then ``3)`` ``4)`` ``5)``: the list goes on without its opening brackets from
    its third item; that switch is one finding, not one a further item (each "to be written 4)")."""
    text = ("一、资金使用情况\n\n（1）甲文件下达养护资金43万元。\n\n（2）乙文件下达补助资金59万元。\n\n"
            "3)丙文件下达转移支付资金143.13万元。\n\n4)丁文件下达专项资金40万元。\n\n"
            "5)戊文件下达建设资金200万元。\n")
    [d] = run(text, NumberingStyleMixed)
    assert d.location.line == 7
    assert "应统一为“（3）”" in d.message("zh")


def test_style_mixed_finds_a_body_heading_numbered_at_another_level_than_its_contents_entry():
    """Contents ``一、部门主要职责``, body ``1. 部门主要职责`` with its own ``1、`` duties under it: the
    heading took the items' level."""
    from perflint.checks.structure import NumberingStyleMixed

    from .._harness import line_of
    from ._drafts import run

    text = ("示范区教育局2023年度部门决算\n\n目录\n\n第一部分 部门概况 1\n\n一、部门主要职责 1\n\n二、机构设置 2\n\n"
            "第二部分 部门决算情况说明 3\n\n第一部分 部门概况\n\n  1. 部门主要职责\n\n1、贯彻执行国家的教育方针政策。\n\n"
            "2、统筹全区各级各类教育发展。\n\n二、机构设置\n\n本局内设6个股室。\n")
    [d] = run(text, NumberingStyleMixed)
    assert d.location.line == line_of(text, "1. 部门主要职责") and "目录中此条为“一、部门主要职责”" in d.message("zh")
    assert run(text.replace("  1. 部门主要职责", "一、部门主要职责"), NumberingStyleMixed) == []
