"""C707 indicator-value-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import IndicatorValueMismatch

from .._harness import run
from ._drafts import project


@pytest.mark.parametrize(("narrative", "fires"), [
    ("农户满意度达到 92%。", False),
    ("农户满意度达到 97%。", True),
    ("农户满意度目标为 95%。", False),  # a target
    ("农户满意度较上年提高到 97%。", False),  # a comparison with last year
    ("农户满意度达到85%-95%。", False),  # a range is a band, never one result
    ("农户满意度达到85%～95%。", False),
    ("农户满意度达到85%至95%。", False),
    ("农户满意度达到85%，高于上年。", True),  # one figure is a result
])
def test_indicator_value_mismatch(narrative, fires):
    assert bool(run(IndicatorValueMismatch, project(narrative))) == fires


def test_indicator_value_mismatch_by_short_name():
    text = project("资金全部到位，到位率 90%。").replace(
        "效益指标（40分）", "\t时效指标\t补贴资金到位率\t100%\t100%\t0\n效益指标（40分）")
    [d] = run(IndicatorValueMismatch, text)
    assert "补贴资金到位率" in d.message("zh") and "90%" in d.message("zh")


@pytest.mark.parametrize(("narrative", "fires"), [
    ("全年补贴户数达到 120 户。", False),  # the form's actual
    ("全年补贴户数达到 126 户。", True),  # neither the actual nor the target
    ("补贴户数共计126户，农户满意度达到 92%。", True),
    ("补贴户数目标为 100 户。", False),  # a target
    ("补贴户数达到 126 人。", False),  # another unit counts something else
    ("补贴户数约 126 户。", False),  # approximate: 约 is not a connector of counts
    ("补贴户数较上年增加到 126 户。", False),  # a comparison with last year
])
def test_count_indicator_against_the_form(narrative, fires):
    assert bool(run(IndicatorValueMismatch, project(narrative))) == fires


def test_count_indicator_names_both_figures():
    [d] = run(IndicatorValueMismatch, project("补贴户数达到 126 户。"))
    assert "126" in d.message("zh") and "120户" in d.message("zh")


@pytest.mark.parametrize(("narrative", "fires"), [
    # the result first, then a clause that opens with the target (a city hospital's report)
    ("补贴户数126户，目标≥100户。", True),
    ("补贴户数120户，目标≥100户。", False),  # the form's actual
    ("农户满意度97%，目标≥90%。", True),
    # a target named before the figure, or in its own clause, still makes it a target
    ("目标补贴户数126户。", False),
    ("补贴户数126户以上，目标≥100户。", False),
    ("按目标，补贴户数126户。", False),
])
def test_result_stated_before_its_target(narrative, fires):
    assert bool(run(IndicatorValueMismatch, project(narrative))) == fires


SUBJECT = """某县档案馆2024年度档案数字化项目支出绩效自评报告
一、绩效目标完成情况
{narrative}
二、项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 档案数字化加工页数 | ≥120万页 | 126.4万页 | 50 | 50 |
| 产出指标 | 数量指标 | 档案库房改造面积 | ≥800平方米 | 1000平方米 | 10 | 10 |
| 效益指标 | 社会效益指标 | 年查档利用人次 | ≥3000人次 | 3260人次 | 30 | 30 |
| 总分 | | | | | 90 | 90 |
"""


@pytest.mark.parametrize(("narrative", "fires"), [
    ("全年完成档案数字化加工126.4万页，接待查档利用3260人次。", False),
    ("全年完成档案数字化加工128.6万页。", True),  # the subject of 档案数字化加工页数
    ("全年接待查档利用3180人次。", True),  # the subject of 年查档利用人次
    ("全年接待查档利用3260人次，其中网上查档利用1180人次。", False),  # a part after 其中
    ("全年完成档案数字化加工126.4万页，其中婚姻档案数字化加工20万页。", False),
    ("全年完成档案库房改造1200平方米。", True),  # the subject of 档案库房改造面积
    ("全年完成档案库房改造1000平方米。", False),
])
def test_count_indicator_found_by_its_subject(narrative, fires):
    assert bool(run(IndicatorValueMismatch, SUBJECT.format(narrative=narrative))) == fires


HEALTH = """某县疾病预防控制中心2023年度基本公共卫生服务项目支出绩效自评报告
一、绩效目标完成情况
{narrative}
二、项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 高血压患者规范管理人数 | ≥6000人 | 6420人 | 20 | 20 |
| 产出指标 | 数量指标 | 村卫生室标准化改造数 | 5个 | 5个 | 20 | 20 |
| 产出指标 | 数量指标 | 高标准示范点建设面积 | 1.5万平方米 | 1.5万平方米 | 20 | 20 |
| 效益指标 | 社会效益指标 | 群众满意度 | ≥90% | 93% | 30 | 30 |
| 总分 | | | | | 90 | 90 |
"""


@pytest.mark.parametrize(("narrative", "fires"), [
    # an age group (60岁以上) and a kind of works (标准化, 高标准) set no target in the sentence
    ("完成60岁以上高血压患者规范管理6240人。", True),
    ("完成60岁以上高血压患者规范管理6420人。", False),
    ("完成60周岁及以上高血压患者规范管理0.642万人。", False),  # the same count in 万人
    ("完成60岁以上高血压患者规范管理6240人次。", False),  # 人次 counts visits, not people
    ("完成村卫生室标准化改造6个。", True),  # the subject of …标准化改造数
    ("完成村卫生室标准化改造5个。", False),
    ("完成高标准示范点建设面积1.3万平方米。", True),
    ("完成高标准示范点建设面积1.5万平方米。", False),
    # a generic noun (服务) between the subject and its figure
    ("开展高血压患者规范管理服务6240人。", True),
    ("开展高血压患者规范管理服务6420人。", False),
    ("开展高血压患者规范管理服务6240人次。", False),  # visits, not people
    # a target word that is one still keeps the sentence quiet
    ("高血压患者规范管理人数目标为6240人。", False),
    ("完成高血压患者规范管理人数6000人以上。", False),
])
def test_words_holding_a_target_word_set_no_target(narrative, fires):
    assert bool(run(IndicatorValueMismatch, HEALTH.format(narrative=narrative))) == fires


ROAD = """某县交通运输局2023年度农村公路养护项目支出绩效自评报告
一、绩效目标完成情况
{narrative}
二、项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 路面修复里程 | ≥38公里 | 40公里 | 30 | 30 |
| 产出指标 | 数量指标 | 危桥改造数量 | 3座 | 3座 | 30 | 30 |
| 效益指标 | 社会效益指标 | 群众满意度 | ≥90% | 93% | 30 | 30 |
| 总分 | | | | | 90 | 90 |
"""


@pytest.mark.parametrize(("narrative", "fires"), [
    # a subject of an object and a verb (路面修复) is written verb first in the narrative too
    ("全年修复路面36公里，改造危桥3座。", True),
    ("全年修复路面40公里，改造危桥3座。", False),
    ("全年改造危桥4座。", True),
    ("全年完成路面修复36公里。", True),
    ("全年修复路面40.0公里。", False),
])
def test_count_subject_written_verb_first(narrative, fires):
    assert bool(run(IndicatorValueMismatch, ROAD.format(narrative=narrative))) == fires


@pytest.mark.parametrize(("narrative", "fires"), [
    # a target word (标准) or another year in a later clause speaks of something else: the
    # result before it is still compared
    ("补贴户数达到126户，按每户500元标准发放补贴。", True),
    ("补贴户数达到120户，按每户500元标准发放补贴。", False),
    ("补贴户数达到126户，另有6户推迟至2024年3月发放。", True),
    ("补贴户数达到120户，另有6户推迟至2024年3月发放。", False),
    # another year in the figure's clause, or opening the sentence, governs the figure
    ("2022年补贴户数达到126户。", False),
    ("2022年，补贴户数达到126户。", False),
    ("与2022年相比，补贴户数达到126户。", False),
])
def test_words_in_a_later_clause_do_not_silence_the_result(narrative, fires):
    assert bool(run(IndicatorValueMismatch, project(narrative))) == fires


BULLETINS = """某县统计局2024年度部门整体支出绩效自评报告
一、绩效目标完成情况
{narrative}
二、绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 发布统计信息期数 | ≥100期 | 120期 | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 95% | 50 | 50 |
| 总分 | | | | | 100 | 100 |
"""


@pytest.mark.parametrize(("narrative", "fires"), [
    # a name of its subject, the unit it counts in and 数 (期数, not in the list of measures)
    ("全年发布统计信息102期。", True),
    ("全年发布统计信息120期。", False),
    ("全年发布统计信息102篇。", False),  # another unit counts something else
    # a longer subject of an object and its verb, verb first (统计信息发布 → 发布统计信息)
    ("全年统计信息发布102期。", True),
    ("全年统计信息发布120期。", False),
])
def test_count_named_by_its_unit(narrative, fires):
    assert bool(run(IndicatorValueMismatch, BULLETINS.format(narrative=narrative))) == fires


INSPECTIONS = """某区卫生健康局2023年度部门整体支出绩效自评报告
一、绩效目标完成情况
{narrative}
二、绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出 | 职责履行 | 卫生监督检查户次 | ≥1200户次 | 1260户次 | 50 | 50 |
| 效果 | 服务对象满意度 | 群众满意度 | ≥90% | 93% | 50 | 50 |
| 合计 | | | | | 100 | 100 |
"""


@pytest.mark.parametrize(("narrative", "fires"), [
    # a name of its subject and the unit it counts in, a word of its own (户次, no 数 after it)
    ("全年开展卫生监督检查1300户次。", True),
    ("全年开展卫生监督检查1260户次。", False),
    ("全年开展卫生监督检查1260户次，完成年度目标的108.00%。", True),  # 1260 ÷ 1200 = 105%
    ("全年开展卫生监督检查1260户次，完成年度目标的105.00%。", False),
])
def test_count_named_by_a_unit_of_two_characters(narrative, fires):
    assert bool(run(IndicatorValueMismatch, INSPECTIONS.format(narrative=narrative))) == fires


ROADS = """某县交通运输局2023年度农村公路养护项目支出绩效自评报告
一、绩效目标完成情况
{narrative}
二、项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 养护里程 | ≥150公里 | 156公里 | 40 | 40 |
| 产出指标 | 成本指标 | 每公里日常养护成本 | ≤7200元 | 7000元 | 20 | 20 |
| 产出指标 | 成本指标 | 亩均投资 | ≤1500元 | 1480元 | 10 | 10 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94% | 20 | 20 |
| 总分 | | | | | 90 | 90 |
"""


@pytest.mark.parametrize(("narrative", "fires"), [
    # a cost indicator's result in money, right after its name (每 of its own name sets no target)
    ("每公里日常养护成本7600元，控制在目标以内。", True),
    ("每公里日常养护成本7000元，控制在目标以内。", False),
    ("每公里日常养护成本0.7万元。", False),  # the same amount in 万元
    ("亩均投资1600元，控制在预算标准以内。", True),
    ("亩均投资1480元，控制在预算标准以内。", False),
    ("亩均投资1500元以下。", False),  # the target, in its own clause
    ("亩均投资约1600元。", False),  # approximate
])
def test_cost_indicator_against_the_form(narrative, fires):
    assert bool(run(IndicatorValueMismatch, ROADS.format(narrative=narrative))) == fires


@pytest.mark.parametrize(("narrative", "fires"), [
    # a sentence that states the form's result gives its other figures as parts of it
    ("上半年补贴户数达到56户，下半年补贴户数64户，全年补贴户数共计120户，每户补贴标准500元。", False),
    ("上半年补贴户数达到56户，下半年补贴户数64户，全年补贴户数共计126户，每户补贴标准500元。", True),
])
def test_parts_beside_the_result_in_one_sentence(narrative, fires):
    assert bool(run(IndicatorValueMismatch, project(narrative))) == fires


GOAL_CELL = ("某县交通运输局2023年度农村公路养护项目支出绩效自评表\n"
             "年度总体目标\t预期目标\t实际完成情况\n"
             "\t完成日常养护里程1260公里，修复路面38公里。\t{actual}\n"
             "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
             "产出指标\t数量指标\t路面修复里程\t≥38公里\t40公里\t40\t40\n"
             "产出指标\t质量指标\t优良中等路率\t≥85%\t86%\t20\t20\n"
             "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t30\t30\n"
             "总分\t\t\t\t\t90\t90\n")


@pytest.mark.parametrize(("actual", "fires"), [
    ("完成日常养护里程1260公里，修复路面40公里，优良中等路率86%。", False),
    ("完成日常养护里程1260公里，修复路面36公里，优良中等路率86%。", True),
    ("完成日常养护里程1260公里，修复路面40公里，优良中等路率80%。", True),
])
def test_the_forms_own_actual_completion_cell_against_its_indicators(actual, fires):
    """The form's 实际完成情况 cell is the form's own narrative of its results."""
    assert bool(run(IndicatorValueMismatch, GOAL_CELL.format(actual=actual))) == fires


# The form's actual stated in the narrative with its completion rate: the rate is the form's
# actual ÷ its target (a probe draft of ours wrote 110.33% for 26 of ≥24).
@pytest.mark.parametrize(("narrative", "fires"), [
    ("补贴户数120户，完成率120%。", False),
    ("补贴户数120户，完成率120.0%。", False),
    ("补贴户数120户，完成率100%。", False),  # a target exceeded, its rate capped at 100%
    ("补贴户数120户，完成率125%。", True),
    ("补贴户数120户，完成率为125%。", True),
])
def test_a_completion_rate_after_the_forms_actual(narrative, fires):
    found = run(IndicatorValueMismatch, project(narrative))
    assert bool(found) is fires, found
    if fires:
        assert "120%" in found[0].message("zh") and found[0].location.line == 5


# -- fast paths (issue 11: throughput): each reads as the plain loop it replaced -------------------

def _aliases_reference(se) -> dict:
    """``_aliases`` as it was: every alias word tried against every indicator name."""
    from perflint.checks.consistency.indicator_value_mismatch import _alias_words

    from perflint.extract.quantities import clean_name

    by_word: dict = {}
    for ind in se.indicators:
        name = clean_name(ind.name)
        for word in _alias_words():
            if name.endswith(word) and name != word:
                by_word.setdefault(word, []).append(ind)
    return {w: inds[0] for w, inds in by_word.items() if len({id(i) for i in inds}) == 1}


def test_rate_aliases_by_suffix_lookup_as_every_word_tried():
    from itertools import product
    from types import SimpleNamespace

    from perflint.checks.consistency.indicator_value_mismatch import _alias_words, _aliases

    words = list(_alias_words())
    heads = ["", "各类", "资金", "群众", "项目资金", "（%）"]
    names = ["".join(p) for p in product(heads, [*words[:25], "率", "到位", ""])]
    for k in range(0, len(names), 7):  # forms of a few indicators each, names shared between forms
        se = SimpleNamespace(indicators=[SimpleNamespace(name=n) for n in names[k:k + 9]])
        got, want = _aliases(se), _aliases_reference(se)
        assert got.keys() == want.keys()
        assert all(got[w] is want[w] for w in want)
    one = SimpleNamespace(indicators=[SimpleNamespace(name="各类" + words[0])])
    two = SimpleNamespace(indicators=[SimpleNamespace(name="各类" + words[0]), SimpleNamespace(name="群众" + words[0])])
    assert words[0] in _aliases(one) and words[0] not in _aliases(two)


@pytest.mark.parametrize("text", [
    "项目资金到位率达到100%，群众满意度为95%。",
    "培训人次达到530人次，目标≥500人次。",
    "2023年资金到位率98%，覆盖率90%以上。",
    "开展家庭医生签约服务4.6万人，签约率达到85%。",
])
def test_names_prepared_once_read_as_the_names_themselves(text):
    from perflint.extract.percentages import prepared_names, stated_counts, stated_percentages

    names, counts = ["资金到位率", "群众满意度", "签约率", "覆盖率"], ["培训人次", "家庭医生签约"]
    assert stated_percentages(text, names, 2023, prepared=prepared_names(names)) == stated_percentages(text, names, 2023)
    assert stated_counts(text, counts, 2023, prepared=prepared_names(counts)) == stated_counts(text, counts, 2023)
    assert stated_percentages("项目资金到位率达到100%。", names, 2023)  # the names are found at all


@pytest.mark.parametrize(("narrative", "fires"), [
    # an indicator category's label (成本目标：, 数量目标：) opening the sentence of its results in a
    # 绩效目标完成情况 section names the category, not a target (modelled on a county's 高标准农田 report)
    ("4.成本目标：亩均投资1600元，控制在预算标准以内。", True),
    ("4.成本目标：亩均投资1480元，控制在预算标准以内。", False),
    ("1.数量目标：养护里程162公里。", True),
    ("1.数量目标：养护里程156公里。", False),
    ("1.数量目标：养护里程不少于150公里。", False),  # the target itself, in words
    ("4.成本目标：亩均投资不超过1500元。", False),
])
def test_a_category_label_opening_the_results_sets_no_target(narrative, fires):
    assert bool(run(IndicatorValueMismatch, ROADS.format(narrative=narrative))) == fires


# Modelled on a county 高标准农田管护 report (probe17c): the results section gives the indicator's
# target as its result while the form's actual falls short of it.
FARMLAND = (
    "示范县农业农村局2023年度农田设施管护项目支出绩效自评报告\n\n"
    "一、项目基本情况\n\n项目主要内容为维修灌排渠道18公里。\n\n"
    "二、绩效目标完成情况\n\n{results}\n\n"
    "三、存在的问题及原因\n\n部分渠道维修推迟至次年春季。\n\n"
    "项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t维修灌排渠道长度\t≥18公里\t{actual}\t50\t{score}\t受汛期影响推迟\n"
    "满意度指标\t服务对象满意度指标\t受益农户满意度\t≥90%\t{satisfied}\t40\t40\t\n"
    "总分\t90\t{total}\n"
)


def _farmland(results="全年维修灌排渠道16.5公里，受益农户满意度93.6%。", actual="16.5公里", score="45.83",
              satisfied="93.6%", total="85.83"):
    return FARMLAND.format(results=results, actual=actual, score=score, satisfied=satisfied, total=total)


def test_the_target_given_as_the_result_beside_a_missed_target():
    [d] = run(IndicatorValueMismatch, _farmland(results="全年维修灌排渠道18公里，受益农户满意度93.6%。"))
    assert d.location.line == 9 and "≥18公里" in d.message("zh") and "16.5公里" in d.message("zh")
    [d] = run(IndicatorValueMismatch, _farmland(results="全年维修灌排渠道16.5公里，受益农户满意度90%。",
                                                satisfied="88%"))
    assert d.location.line == 9 and "88%" in d.message("zh")


def test_the_target_quiet_outside_the_results_or_when_met():
    # the correct twin: the results give the form's actual; the overview's 18公里 is the plan
    assert run(IndicatorValueMismatch, _farmland()) == []
    # the target met: 18公里 is the actual too
    assert run(IndicatorValueMismatch, _farmland(results="全年维修灌排渠道18公里，受益农户满意度93.6%。",
                                                 actual="18公里", score="50", total="90")) == []
    # a sentence that names the target (目标) is a target
    assert run(IndicatorValueMismatch, _farmland(results="维修灌排渠道16.5公里，未达到18公里的目标。")) == []


def test_the_subject_turned_with_its_measure_kept():
    """`校舍维修面积` for the form's `维修校舍面积` (a school's 校舍维修 report)."""
    text = _farmland(results="全年灌排渠道维修长度15公里。")
    [d] = run(IndicatorValueMismatch, text)
    assert "15公里" in d.message("zh") and "16.5公里" in d.message("zh")
    assert run(IndicatorValueMismatch, _farmland(results="全年灌排渠道维修长度16.5公里。")) == []


# Modelled on a county 市场监管局's 部门整体 report (probe17c): the prose names a rate by its short
# name (办结率), which only one indicator of the unit's form ends with.
MARKET = (
    "# 示范县市场监督管理局2023年度部门整体支出绩效自评报告\n\n"
    "## 一、绩效目标完成情况\n\n处理消费投诉举报1,238件，办结率{rate}。\n\n"
    "## 二、部门整体支出绩效自评表\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 产出指标 | 时效指标 | 投诉举报按时办结率 | ≥98% | 98.6% | 50 | 50 |\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92.5% | 50 | 50 |\n"
    "| 总分 | | | | | 100 | 100 |\n"
)


def test_a_short_name_in_a_department_report():
    [d] = run(IndicatorValueMismatch, MARKET.format(rate="97.6%"), path="draft.md")
    assert "投诉举报按时办结率" in d.message("zh") and "97.6%" in d.message("zh")
    assert run(IndicatorValueMismatch, MARKET.format(rate="98.6%"), path="draft.md") == []


@pytest.mark.parametrize(("narrative", "fires"), [
    # the form's actual compared with a target the form does not give (≥100户, ≥90%)
    ("全年补贴户数达到 120 户，超过年初目标 110 户。", True),
    ("全年补贴户数达到 120 户，超过年初目标 100 户。", False),
    ("农户满意度达到 92%，超过年度目标值 95%。", True),
    ("农户满意度达到 92%，超过年度目标值 90%。", False),
    ("农户满意度达到 92%，高于 85% 的行业标准。", False),  # a standard is not the form's target
    # the target set beside the figure without a verb
    ("全年补贴户数达到 120 户，年初目标 110 户。", True),
    ("全年补贴户数达到 120 户，年初目标为 100 户。", False),
])
def test_indicator_value_mismatch_target_compared(narrative, fires):
    found = run(IndicatorValueMismatch, project(narrative))
    assert bool(found) == fires
    if fires:
        assert "年度指标值" in found[0].message("zh")
