"""A128 score-not-following-completion: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import ScoreNotFollowingCompletion

from perflint.read.text import parse_text

from .._forms import ONE_LINE, ONE_LINE_GOOD, run_flat
from .._harness import run


def test_score_above_the_completed_share_is_a_warning():
    [diag] = run_flat(ScoreNotFollowingCompletion, km="30公里", km_score="18")
    assert "20 × 75.0% = 15.00" in diag.message("zh")
    assert diag.severity.name == "warning"


def test_full_points_for_a_missed_target():
    [diag] = run_flat(ScoreNotFollowingCompletion, km="38公里")
    assert "表中得 20" in diag.message("zh")


def test_points_lost_although_the_target_was_met():
    [diag] = run_flat(ScoreNotFollowingCompletion, q_score="18", sum="97.67")
    assert "已达到目标" in diag.message("zh")


def test_score_at_the_share_is_quiet():
    assert run_flat(ScoreNotFollowingCompletion, km="30公里", km_score="15") == []


def test_direction_guessed_from_the_name_alone_is_not_judged():
    # 控制数 may be a cap or a count to reach: no reading is chosen; 9 fits neither (10 met, 8.33 missed)
    text = ONE_LINE.format(**ONE_LINE_GOOD).replace("养护成本 ≤60万元 58万元 10 10", "病例控制数 60人 50人 10 9")
    [diag] = run_flat(ScoreNotFollowingCompletion, text=text)
    assert "两种读法都不符" in diag.message("zh") and "完成 " not in diag.message("zh")
    for fits in ("10", "8"):
        assert run_flat(ScoreNotFollowingCompletion, text=text.replace("50人 10 9", f"50人 10 {fits}")) == []


GLUED = ("项目支出绩效自评表(2023年度)项目名称社区书屋更新经费 绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
         "偏差原因分析及改进措施产出指标数量指标新增图书册数3000册3000册3030质量指标图书验收合格率100%100%3030"
         "成本指标采购成本8万元8万元2018满意度指标读者满意度95%96%2020总分10098项目名称")


def test_form_written_with_nothing_between_cells():
    from perflint.extract.selfeval import self_evaluations

    [form] = self_evaluations(parse_text(GLUED + "\n", "form.txt"))
    got = [(str(i.target.value), str(i.actual.value), str(i.weight), str(i.score.value)) for i in form.indicators]
    assert got == [("3000", "3000", "30", "30"), ("100", "100", "30", "30"), ("8", "8", "20", "18"),
                   ("95", "96", "20", "20")]
    assert str(form.total.value) == "98"
    [diag] = run_flat(ScoreNotFollowingCompletion, text=GLUED + "\n")
    assert "已达到目标" in diag.message("zh")


def test_points_lost_with_the_reason_in_the_rows_own_cell_are_quiet():
    text = ("项目支出绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标\t数量指标\t资助学生人次\t≥300人次\t340人次\t20\t20\t\n"
            "满意度指标\t服务对象满意度指标\t受助学生满意度\t≥90%\t97.02%\t10\t9\t个别学生反映发放通知不及时，今后提前告知\n"
            "满意度指标\t服务对象满意度指标\t家长满意度\t≥90%\t95%\t10\t9\t无\n")
    [diag] = run_flat(ScoreNotFollowingCompletion, text=text)
    assert "家长满意度" in diag.message("zh")


def test_animals_counted_in_zhi_and_tou_are_figures():
    # a livestock project's form: 只 and 头 are counting units like 台, so a target met in them is met
    text = ("项目支出绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标\t数量指标\t补助家禽养殖数量\t150只\t150只\t20\t{birds}\t\n"
            "产出指标\t数量指标\t补助生猪养殖数量\t≥10头\t12头\t20\t20\t\n")
    [diag] = run_flat(ScoreNotFollowingCompletion, text=text.format(birds="16"))
    assert "已达到目标" in diag.message("zh") and "150只" in diag.message("zh")
    assert run_flat(ScoreNotFollowingCompletion, text=text.format(birds="20")) == []


def test_archives_counted_in_juan_are_figures():
    # an archives office's form: 卷 (files of archives) counts like 件 and 册, so a missed target in
    # 卷 given full points is reported and a met one is quiet
    text = ("部门整体支出绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t档案接收进馆数量\t≥8000卷\t{files}\t15\t15\n"
            "满意度指标\t服务对象满意度指标\t社会公众满意度\t≥90%\t96%\t15\t15\n")
    [diag] = run_flat(ScoreNotFollowingCompletion, text=text.format(files="7650卷"))
    assert "7650卷" in diag.message("zh") and "14.34" in diag.message("zh")
    assert run_flat(ScoreNotFollowingCompletion, text=text.format(files="8650卷")) == []


def test_a_standard_per_household_is_a_figure_of_its_own_rate():
    """``≤5300元/户`` against ``5830元/户`` (modelled on a county's 临时救助 self-evaluation whose
    standard capped the aid per household): a reverse target exceeded, scored in full. A figure
    per unit is compared only with one of the same rate (元/户 is not 元/人·月)."""
    text = ("项目支出绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标\t质量指标\t临时救助标准\t≤5300元/户\t{aid}\t10\t10\t\n"
            "产出指标\t质量指标\t低保标准\t≥530元/人*月\t583元/人·月\t10\t10\t\n")
    [diag] = run_flat(ScoreNotFollowingCompletion, text=text.format(aid="5830元/户"))
    assert "10 × 90.9% = 9.09" in diag.message("zh")
    assert run_flat(ScoreNotFollowingCompletion, text=text.format(aid="5200元/户")) == []
    assert run_flat(ScoreNotFollowingCompletion, text=text.format(aid="5830元/人")) == []  # another rate


def test_a_target_with_its_bound_after_the_figure_is_a_figure():
    """``200人次以上`` is the form's ``≥200人次`` written the other way round (modelled on training
    and service forms that write 以上 / 及以上 after the figure): a missed one scored in full is
    reported, a met one is quiet."""
    text = ("项目支出绩效自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
            "产出指标 | 数量指标 | 技能培训人次 | 300人次以上 | {trained} | 20 | 20 | 无 |\n"
            "产出指标 | 质量指标 | 结业考核合格率 | 90%及以上 | 94% | 10 | 10 | 无 |\n")
    [diag] = run_flat(ScoreNotFollowingCompletion, text=text.format(trained="240人次"))
    assert "20 × 80.0% = 16.00" in diag.message("zh")
    assert run_flat(ScoreNotFollowingCompletion, text=text.format(trained="318人次")) == []


def test_a_bound_after_the_figure_in_a_form_run_onto_one_line():
    missed = ONE_LINE.format(**{**ONE_LINE_GOOD, "km": "32公里"}).replace("≥40公里", "40公里以上")
    [diag] = run_flat(ScoreNotFollowingCompletion, text=missed)
    assert "40公里以上" in diag.message("zh") and "20 × 80.0% = 16.00" in diag.message("zh")
    met = ONE_LINE.format(**ONE_LINE_GOOD).replace("≥40公里", "40公里以上")
    assert run_flat(ScoreNotFollowingCompletion, text=met) == []


DEADLINE = ("项目支出绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标\t数量指标\t修缮面积\t600平方米\t600平方米\t20\t20\t\n"
            "产出指标\t时效指标\t完工时间\t{target}\t{actual}\t10\t{score}\t{reason}\n"
            "产出指标\t质量指标\t验收等级\t合格\t合格\t10\t9\t\n")


def deadline(**changes):
    values = dict(target="2023年11月30日前", actual="2023年11月30日前", score="8", reason="")
    return DEADLINE.format(**{**values, **changes})


def test_points_lost_on_a_deadline_met_as_set():
    [diag] = run_flat(ScoreNotFollowingCompletion, text=deadline())
    assert "完工时间" in diag.message("zh") and "已达到目标" in diag.message("zh")
    assert diag.severity.name == "warning"


def test_deadline_met_with_full_points_or_a_reason_is_quiet():
    assert run_flat(ScoreNotFollowingCompletion, text=deadline(score="10")) == []
    assert run_flat(ScoreNotFollowingCompletion, text=deadline(reason="竣工资料报送延迟，扣2分")) == []


def test_deadline_whose_actual_differs_is_not_judged():
    # a later (or merely other) date is no target met as set: how far it fell short is not known
    assert run_flat(ScoreNotFollowingCompletion, text=deadline(actual="2024年1月15日")) == []


def test_words_without_a_date_repeated_as_the_actual_are_not_judged():
    # 合格 | 合格 | 10 | 9 (in every variant above) is a judgement of quality, not a deadline
    assert run_flat(ScoreNotFollowingCompletion, text=deadline(target="按期完成", actual="按期完成")) == []


SMALL_COUNTS = ("某县文化馆2023年度项目支出绩效自评表\n"
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
                "产出指标\t数量指标\t下乡演出场次\t≥6场\t5场\t20\t{score}\t{reason}\n"
                "产出指标\t质量指标\t演出合格率\t100%\t100%\t20\t20\t\n"
                "效益指标\t社会效益指标\t受益群众人数\t≥3000人\t3200人\t30\t30\t\n"
                "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20\t\n")


def test_full_points_for_a_small_whole_count_missed():
    # 5 of 6 shows are counted, not rounded: no rounding slack lifts 20 × 5/6 = 16.67 to the weight
    [diag] = run_flat(ScoreNotFollowingCompletion, text=SMALL_COUNTS.format(score="20", reason="场地维修停演一场"))
    assert "20 × 83.3% = 16.67" in diag.message("zh")


def test_small_whole_count_scored_at_its_share_is_quiet():
    for score in ("16.67", "17", "16"):
        assert run_flat(ScoreNotFollowingCompletion, text=SMALL_COUNTS.format(score=score, reason="场地维修停演一场")) == []


# indicator scores in whole points, but the budget row and the 总分 show hundredths
_HUNDREDTHS = (
    "某县卫生健康局2023年度基本公共卫生服务项目支出绩效自评表\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t500\t500\t490\t10\t98.00%\t9.80\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t高血压患者规范管理人数\t≥8500人\t8320人\t5\t{score}\n"
    "满意度指标\t服务对象满意度指标\t居民满意度\t≥85%\t91%\t85\t85\n"
    "总分\t\t\t\t\t100\t{total}\n"
)


def test_full_points_for_a_near_miss_on_a_form_that_scores_to_hundredths():
    """8320 of 8500 is 97.9%: 5 × 97.9% = 4.89, which whole points would round to 5; on a form
    whose 9.80 and 99.69 show hundredths, 5 is full points for a missed target."""
    from .._harness import run

    [diag] = run(ScoreNotFollowingCompletion, _HUNDREDTHS.format(score="5", total="99.80"), "form.txt")
    assert diag.location.line == 5 and "表中得 5" in diag.message("zh")
    assert run(ScoreNotFollowingCompletion, _HUNDREDTHS.format(score="4.89", total="99.69"), "form.txt") == []
    # scored in whole points throughout, 4.89 rounds to 5
    whole = _HUNDREDTHS.replace("\t9.80\n", "\t10\n")
    assert run(ScoreNotFollowingCompletion, whole.format(score="5", total="100"), "form.txt") == []


_DEADLINE = (
    "某县交通运输局2023年度农村公路养护工程项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t养护里程\t≥100公里\t100公里\t50\t50\n"
    "产出指标\t时效指标\t养护工程完工时间\t{target}\t{actual}\t10\t{score}\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t94%\t40\t40\n"
)


@pytest.mark.parametrize(("target", "actual", "score", "fires"), [
    ("2023年11月30日前", "2023年12月25日", "10", True),  # a deadline missed, full points
    ("2023年11月底前", "2023年12月", "10", True),
    ("2023年11月30日前", "2023年12月25日", "8", False),  # points taken for it
    ("2023年11月30日前", "2023年11月25日", "10", False),  # met
    ("2023年11月30日前", "2023年11月30日", "10", False),  # on the day
    ("2023年11月底前", "2023年11月28日", "10", False),  # inside the month
    ("2023年11月30日前", "2023年11月30日前", "10", False),  # the deadline restated
    ("2023年11月30日前", "2023年12月底前完成", "10", False),  # another deadline, not a day done
    ("2023年11月", "2023年12月", "10", False),  # no deadline word: a month, not a deadline
])
def test_full_points_for_a_missed_deadline(target, actual, score, fires):
    from .._harness import run

    text = _DEADLINE.format(target=target, actual=actual, score=score)
    diags = run(ScoreNotFollowingCompletion, text, "form.txt")
    assert bool(diags) == fires
    if fires:
        assert diags[0].location.line == 4 and "已逾期" in diags[0].message("zh")


def test_full_points_for_a_deadline_missed():
    """A 时效 indicator set for ``2023年11月30日前`` and done ``2024年1月15日`` missed its deadline:
    full points with no reason given do not follow the form's rule."""
    [diag] = run_flat(ScoreNotFollowingCompletion, text=deadline(actual="2024年1月15日", score="10"))
    assert "完工时间" in diag.message("zh") and "逾期" in diag.message("zh")
    assert "after its deadline" in diag.message("en") and diag.severity.name == "warning"
    # the end of a month is its last day; a month written alone is read at its first day
    [_] = run_flat(ScoreNotFollowingCompletion, text=deadline(target="2023年11月底前", actual="2023年12月", score="10"))


def test_deadline_met_or_missed_with_a_reason_is_quiet_at_full_points():
    quiet = [deadline(actual="2023年11月28日", score="10"),
             deadline(target="2023年11月底前", actual="2023年11月", score="10"),
             deadline(target="2023年11月底前", actual="2023年11月30日", score="10"),
             deadline(actual="2024年1月15日", score="10", reason="经批准工期调整至2024年1月"),
             deadline(actual="2023年12月至2024年1月", score="10"),  # two dates: which one ends it is not read
             deadline(target="2023年11月", actual="2024年1月15日", score="10")]  # no 前: a month, not a deadline
    for text in quiet:
        assert run_flat(ScoreNotFollowingCompletion, text=text) == [], text


COST = ("某县交通运输局2023年度农村公路养护项目支出绩效自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t路面修复里程\t≥38公里\t38公里\t40\t40\n"
        "成本指标\t经济成本指标\t每公里修复成本\t≤5万元\t{cost}\t10\t{score}\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t40\t40\n")


def test_full_points_for_a_cost_above_its_ceiling():
    """A ceiling (≤5万元) is set, not measured: it has no rounding slack, so 5.6万元 against it
    (10 × 5 ÷ 5.6 = 8.93) does not round to full points."""
    [diag] = run_flat(ScoreNotFollowingCompletion, text=COST.format(cost="5.6万元", score="10"))
    assert "8.93" in diag.message("zh")
    assert run_flat(ScoreNotFollowingCompletion, text=COST.format(cost="5.6万元", score="9")) == []
    assert run_flat(ScoreNotFollowingCompletion, text=COST.format(cost="4.8万元", score="10")) == []


CONTROL = ("项目支出绩效自评表\n"
           "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
           "产出指标\t数量指标\t慢病患者随访控制人数\t2400人\t2040人\t4\t{score}\t\n"
           "产出指标\t数量指标\t健康档案建档人数\t≥5000人\t5100人\t4\t4\t\n")


def test_a_score_fitting_neither_direction_of_a_control_count_is_a_warning():
    # 控制 in the name leaves the direction open: 2040 of 2400 is 85% missed (3.40 points) or a
    # cap kept (4 points); 3.8 is neither
    [diag] = run_flat(ScoreNotFollowingCompletion, text=CONTROL.format(score="3.8"))
    assert "4 × 85.0% = 3.40" in diag.message("zh") and "两种读法都不符" in diag.message("zh")
    assert diag.severity.name == "warning"


@pytest.mark.parametrize("score", ["3.4", "3.2", "4"])
def test_a_control_count_scored_either_way_is_quiet(score):
    assert run_flat(ScoreNotFollowingCompletion, text=CONTROL.format(score=score)) == []


UNFINISHED_FORM = (
    "某县体育发展中心2023年度项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t新建健身步道条数\t3条\t{actual}\t40\t{score}\t{reason}\n"
    "产出指标\t质量指标\t新增健身器材数量\t≥40套\t42套\t30\t30\t\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t30\t30\t\n"
    "总分\t100\t{total}\n"
)


def test_full_points_for_work_still_under_way():
    """A quantified target answered ``建设中`` / ``进行中`` (modelled on a held-out 2023 fitness-centre
    form) is not met, yet the row takes its full weight and gives no reason."""
    for actual in ("建设中", "进行中", "正在实施", "尚未完工"):
        text = UNFINISHED_FORM.format(actual=actual, score="40", reason="", total="100")
        [diag] = run(ScoreNotFollowingCompletion, text, "form.txt")
        assert actual in diag.message("zh") and "满分" in diag.message("zh"), actual
        assert diag.location.line == 3


def test_work_under_way_scored_down_or_explained_is_quiet():
    quiet = (UNFINISHED_FORM.format(actual="建设中", score="20", reason="", total="80"),
             UNFINISHED_FORM.format(actual="建设中", score="40", reason="工程跨年度实施，预计次年6月完工", total="100"),
             UNFINISHED_FORM.format(actual="已建成", score="40", reason="", total="100"),
             UNFINISHED_FORM.format(actual="3条", score="40", reason="", total="100"))
    for text in quiet:
        assert run(ScoreNotFollowingCompletion, text, "form.txt") == []
