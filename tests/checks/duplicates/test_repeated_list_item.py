"""D206 repeated-list-item: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import RepeatedListItem

from .._harness import run


def test_same_category_twice_in_an_enumeration():
    text = "全县共有定点零售药店 85 家、定点零售药店 12 家，均已接入结算系统。\n"
    [diag] = run(RepeatedListItem, text)
    assert "定点零售药店" in diag.message("zh") and "12 家" in diag.message("zh")
    fine = "全县共有定点零售药店 85 家、定点医疗机构 12 家，均已接入结算系统。\n"
    assert run(RepeatedListItem, fine) == []


def test_a_later_item_qualified_further_is_another_category():
    # only the first item's name runs on from the sentence's lead: a later one stands whole
    text = "核定编制 90 名，其中机关行政编制 40 名、机关后勤服务人员事业编制 5 名、事业编制 45 名。\n"
    assert run(RepeatedListItem, text) == []
    # the first item's wording ending in a later item's name is still the same category twice
    twice = "全镇共有村级便民服务站 7 个、便民服务站 4 个，均已投入使用。\n"
    [diag] = run(RepeatedListItem, twice)
    assert "便民服务站" in diag.message("zh")


CONTENTS = """示范县统计局2023年度部门决算
目录
第一部分 示范县统计局概况
一、主要职能
二、部门基本情况
第二部分 2023年度部门决算表
一、收入支出决算表
二、国有资产使用情况表
三、部门整体支出绩效自评情况
四、部门整体支出绩效自评表
五、项目支出绩效自评表
第三部分 其他重要事项及相关口径情况说明
一、机关运行经费支出情况
二、部门绩效自评情况
(一)部门整体支出绩效自评情况
(二)部门整体支出绩效自评表
第一部分 示范县统计局概况
一、主要职能
负责全县统计工作。
"""


def test_contents_entry_listed_twice_in_one_list():
    text = CONTENTS.replace("三、部门整体支出绩效自评情况", "三、部门整体支出绩效自评表")
    [diag] = run(RepeatedListItem, text)
    assert diag.location.line == 10 and diag.related[0].location.line == 9
    assert diag.message("zh") == "目录条目“部门整体支出绩效自评表”在同一列表中出现两次（三、 与 四、），其中一项可能应是别的部分"


def test_contents_entries_of_different_lists_may_share_a_title():
    # 部门整体支出绩效自评表 is in 第二部分's list and again in 第三部分's (一)(二) list
    assert run(RepeatedListItem, CONTENTS) == []
    # the same title after the numbers start again (the next part's list)
    again = CONTENTS.replace("二、部门绩效自评情况", "二、部门基本情况")
    assert run(RepeatedListItem, again) == []


NUMBERED = """（一）年度主要工作
1、组织送戏下乡，全年在各村演出地方戏曲32场；
2、开展阅读推广，举办读书分享会12期；
{third}
（二）下一阶段工作
1、组织送戏下乡，全年在各村演出地方戏曲32场。
"""


def test_item_repeated_in_a_numbered_list():
    text = NUMBERED.format(third="3、组织送戏下乡，全年在各村演出地方戏曲32场。")
    [diag] = run(RepeatedListItem, text)
    assert diag.location.line == 4 and diag.related[0].location.line == 2
    assert "列表第 3、 项" in diag.message("zh") or "第 3、" in diag.message("zh")


def test_own_items_and_the_same_item_in_the_next_list_are_quiet():
    # the same words under the next heading start another list
    assert run(RepeatedListItem, NUMBERED.format(third="3、培训基层文艺骨干，共培训86人次。")) == []


LABELLED = ("2023年度农村公路养护项目支出绩效自评报告\n二、效益指标完成情况\n"
            "1.社会效益。农村公路通行条件明显改善，沿线群众出行时间平均缩短约8分钟。\n"
            "2.可持续影响。{second}\n3.满意度指标。沿线群众满意度为94.4%。\n")


def test_one_account_copied_under_two_run_in_headings():
    text = LABELLED.format(second="农村公路通行条件明显改善，沿线群众出行时间平均缩短约8分钟。")
    [diag] = run(RepeatedListItem, text)
    assert diag.location.line == 4 and diag.related[0].location.line == 3
    assert "农村公路通行条件明显改善" in diag.message("zh") and "可持续影响" not in diag.message("zh")


def test_run_in_headings_with_their_own_or_short_accounts_are_quiet():
    assert run(RepeatedListItem, LABELLED.format(second="建立了县、乡、村三级路长制，落实了养护责任。")) == []
    # a short answer under two headings (全部完成, 不适用) is no copied account
    short = ("2023年度项目支出绩效自评报告\n二、效益指标完成情况\n1.经济效益。本项目不涉及。\n"
             "2.生态效益。本项目不涉及。\n")
    assert run(RepeatedListItem, short) == []


def test_a_word_listed_again_further_down_an_enumeration():
    # an item pasted twice with others between: the one that should have stood there is missing
    text = "中心负责辖区内的健康教育、预防接种、慢病随访、预防接种和卫生监督协管工作。\n"
    [diag] = run(RepeatedListItem, text)
    assert "“预防接种”在同一列举中出现两次" in diag.message("zh")
    assert diag.location.column == text.index("预防接种", 20) + 1
    assert diag.related and diag.related[0].location.column == text.index("预防接种") + 1
    fine = "中心负责辖区内的健康教育、预防接种、慢病随访、孕产妇管理和卫生监督协管工作。\n"
    assert run(RepeatedListItem, fine) == []


def test_word_lists_joined_or_closed_are_read_apart():
    # two lists joined by 及, or a list closed by 等 and another opened: a word may recur
    joined = "本所办理刑事、民事、行政案件的代理及刑事、民事案件的申诉。\n"
    closed = "负责道路养护、绿化、环卫等巡查、养护、验收工作。\n"
    # an item written twice in a row is D208's doubling
    adjacent = "开展防汛巡查、秸秆禁烧、秸秆禁烧、安全生产检查。\n"
    for text in (joined, closed, adjacent):
        assert run(RepeatedListItem, text) == []


def test_a_flattened_outline_repeats_its_titles():
    text = "目录 一、部门职责 二、机构设置 第二部分 一、部门职责 二、机构设置 三、人员情况\n"
    assert run(RepeatedListItem, text) == []


REWORDED = """示范区文旅局2022年度部门决算公开说明
目 录
第一部分 示范区文旅局概况
一、部门职责
二、机构设置
第二部分 2022年度部门决算情况说明
一、收入支出决算总体情况说明
二、收入决算情况说明
三、支出决算情况说明
四、预算绩效情况说明
五、其他重要事项情况说明
六、{sixth}
第三部分 名词解释
第一部分 示范区文旅局概况
一、部门职责
负责全区文化旅游工作。
"""


def test_contents_entry_listed_again_as_about_the_year():
    # the same section listed again in the template's other wording: 关于 + the year + 的
    text = REWORDED.format(sixth="关于2022年度预算绩效情况的说明")
    [diag] = run(RepeatedListItem, text)
    assert diag.location.line == 12 and diag.related[0].location.line == 10
    assert diag.message("zh") == ("目录条目“关于2022年度预算绩效情况的说明”与 四、“预算绩效情况说明”是同一部分的两种写法，"
                                  "其中一项可能应是别的部分")
    # another section in that wording is no repeat
    assert run(RepeatedListItem, REWORDED.format(sixth="关于2022年度政府采购情况的说明")) == []


def test_contents_entries_of_two_years_are_two_sections():
    text = REWORDED.replace("四、预算绩效情况说明", "四、2021年度预算绩效情况说明").format(
        sixth="2022年度预算绩效情况说明")
    assert run(RepeatedListItem, text) == []


DUTIES = ("主要职责是：办理本县的林地征占审核；{second}；负责全县林木采伐限额的编制和监督；{fourth}；"
          "承担本局的安全生产工作。\n")


def test_a_duty_written_twice_in_one_sentence_of_clauses():
    """A clause of a ；-joined list of duties written again further down the sentence, whole or
    with a stretch of its middle left out, is a duty pasted twice."""
    whole = DUTIES.format(second="指导和监督全县森林防火及林业有害生物防治工作",
                          fourth="指导和监督全县森林防火及林业有害生物防治工作")
    [diag] = run(RepeatedListItem, whole)
    assert "森林防火" in diag.message("zh") and diag.related
    cut = DUTIES.format(second="指导和监督全县森林防火、野生动物保护及林业有害生物防治工作",
                        fourth="指导和监督全县森林防火及林业有害生物防治工作")
    assert len(run(RepeatedListItem, cut)) == 1


def test_clauses_of_one_sentence_that_differ_are_quiet():
    # one word put for another is two duties (刑事 / 民事), not a stretch left out
    differ = DUTIES.format(second="审理不服基层人民法院判决、裁定的刑事上诉案件",
                           fourth="审理不服基层人民法院判决、裁定的民事上诉案件")
    assert run(RepeatedListItem, differ) == []
    # the same clause in two sentences is two statements (a target and its result)
    two = ("预期目标：完成全县林木采伐限额的编制和监督；完成林地征占审核；完成安全生产检查。"
           "实际完成：完成全县林木采伐限额的编制和监督；完成林地征占审核；完成安全生产检查。\n")
    assert run(RepeatedListItem, two) == []


def test_a_clause_doubled_in_a_run_is_left_to_doubled_word():
    run_of_three = ("及时拨付项目资金，履行项目资金保障；及时拨付项目资金，履行项目资金保障；"
                    "及时拨付项目资金，履行项目资金保障。\n")
    assert run(RepeatedListItem, run_of_three) == []
