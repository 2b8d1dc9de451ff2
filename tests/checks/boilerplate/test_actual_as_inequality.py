"""B308 actual-as-inequality: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from ._drafts import form, report, run_code


def test_b308_inequality_actual():
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t≥20场\t20\n"
            "\t质量指标\t演出验收合格率\t≥95%\t98%以上\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n")
    diags = run_code(report(table=form(rows=rows)), "B308")
    assert len(diags) == 2 and "≥20场" in diags[0].message("zh")
    assert run_code(report(), "B308") == []


# An unscored indicator table of a special-fund self-evaluation (modelled on a training
# subsidy's 目标值 | 完成值 table): rows under a merged 一级/二级指标 cell lose it on the left.
_UNSCORED = (
    "一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |\n"
    "产出指标 | 产出数量 | 完成年度技能培训任务 | 3200名 | 3105名 |\n"
    "| 产出质量 | 结业考核通过率 | 100% | 99.1% |\n"
    "效益指标 | 社会效益 | 参训人员就业率 | 60%及以上 | 61.2% |\n"
    "| 满意度 | 参训人员满意度 | 95%及以上 | 90%以上 |\n"
)


def test_b308_unscored_target_table():
    [d] = run_code(_UNSCORED, "B308")
    assert d.location.line == 5 and "90%以上" in d.message("zh") and "参训人员满意度" in d.message("zh")


def test_b308_unscored_table_quiet_when_actuals_are_values_or_prose():
    assert run_code(_UNSCORED.replace("90%以上", "93.6%"), "B308") == []
    # a 预期目标 | 实际完成情况 table of prose answers names no indicator column
    prose = ("年度总体目标 | 预期目标 | 实际完成情况 |\n"
             "目标1 | 群众满意度达到90%以上 | 群众满意度达到95%以上 |\n")
    assert run_code(prose, "B308") == []


# Modelled on a township's 冷链物流 and a county's 公路安全 self-evaluation narratives: under
# 完成的绩效目标 / 绩效指标完成情况分析 the results are the targets copied (≥…), not values achieved.
NARRATIVE = (
    "某镇2023年度农产品仓储项目支出绩效自评报告\n\n一、自评结论\n\n（一）自评得分\n\n自评得分90分。\n\n"
    "（二）绩效目标完成情况\n\n1.执行率情况。年度财政资金预算300万元，执行300万元，执行率100%。\n\n"
    "2.完成的绩效目标。\n\n（1）产出指标。新建仓储用房面积≥1200㎡，验收合格率100%。\n\n"
    "（2）效益指标。带动村集体经济收入≥8万元，年初目标值≥95%的满意度实际达到97%。\n\n"
    "3.未完成的绩效目标。\n\n群众满意度≥95%的目标已实现，无未完成目标。\n\n"
    "（三）存在的问题和原因\n\n项目管理有待加强，力争满意度≥98%。\n"
)


def test_b308_results_written_as_inequalities_in_the_narrative():
    diags = run_code(NARRATIVE, "B308")
    assert sorted(d.location.line for d in diags) == [15, 17]
    assert "≥1200㎡" in diags[0].message("zh") or "≥1200㎡" in diags[1].message("zh")


def test_b308_narrative_quiet_on_values_and_on_targets():
    good = NARRATIVE.replace("≥1200㎡", "1260㎡").replace("≥8万元", "8.6万元")
    assert run_code(good, "B308") == []
    # outside the results sections, or naming a target, an inequality is a target
    assert run_code(NARRATIVE.replace("2.完成的绩效目标。", "2.年度绩效目标。"), "B308") == []


def test_b308_narrative_quiet_on_a_form_pasted_one_cell_a_line_under_a_results_item():
    # the 自评表's indicator rows pasted one cell a line under 2.完成的绩效目标: ≥1200㎡ alone on
    # its line is the row's target, 1260㎡ on the next its actual; no result is written as ≥
    cells = NARRATIVE.replace(
        "（1）产出指标。新建仓储用房面积≥1200㎡，验收合格率100%。\n\n（2）效益指标。带动村集体经济收入≥8万元，年初目标值≥95%的满意度实际达到97%。\n\n",
        "数量指标\n新建仓储用房面积\n≥1200㎡\n1260㎡\n20\n效益指标\n带动村集体经济收入\n≥8万元\n8.6万元\n10\n\n")
    assert cells != NARRATIVE
    assert run_code(cells, "B308") == []
    # written as a result in words, the same figure still is one
    assert [d.location.line for d in run_code(cells.replace("\n≥1200㎡\n", "\n面积≥1200㎡。\n"), "B308")] == [17]


# Modelled on a county school's self-evaluation: under 2.完成的绩效目标 each kind of indicator has a
# heading of its own ((1)产出指标), and the satisfaction result is only the target's bound.
SUBHEADED = (
    "某小学2023年度项目支出绩效自评报告\n一、自评结论\n（二）绩效目标完成情况\n2. 完成的绩效目标。\n"
    "（1）产出指标\n①数量指标：全年资助家庭经济困难学生≥120人，资助资金全部发放到位。\n（3）满意度指标\n"
    "②服务对象满意度指标：学生家长满意度高于年度指标值≥95%。\n3. 未完成的绩效目标。\n无。\n"
)


def test_b308_results_under_subheadings_of_the_results_item():
    diags = run_code(SUBHEADED, "B308")
    assert sorted(d.location.line for d in diags) == [6, 8]
    good = SUBHEADED.replace("≥120人", "126人").replace(
        "学生家长满意度高于年度指标值≥95%", "学生家长满意度为97.2%，高于年度指标值≥95%")
    assert run_code(good, "B308") == []
    # a heading of the same rank that is no results item ends them
    other = SUBHEADED.replace("2. 完成的绩效目标。", "2. 年度绩效目标。")
    assert run_code(other, "B308") == []


# Modelled on a province's aviation fire-patrol fund narrative: under 绩效指标完成情况分析 each
# indicator is written "name≥target, 实际 value" — the ≥ figure is the target, the next clause of
# the same sentence its result.
PAIRED = (
    "某省2023年度森林巡护补助资金绩效自评报告\n一、绩效目标完成情况分析\n（三）绩效指标完成情况分析。\n"
    "（1）产出指标。\n"
    "数量指标：投入巡护艇≥12艘，实际投入12艘；巡护里程≥5600公里，实际巡护里程5432.5公里。\n"
)


def test_b308_quiet_when_the_same_sentence_gives_the_value_achieved():
    assert run_code(PAIRED, "B308") == []
    # without the 实际 clause the ≥ figure stands alone as the result: still one
    bare = PAIRED.replace("，实际投入12艘", "").replace("，实际巡护里程5432.5公里", "")
    assert sorted(d.location.line for d in run_code(bare, "B308")) == [5, 5]
    # an 实际 clause with no figure of its own gives no value achieved
    vague = PAIRED.replace("实际投入12艘", "实际已投入").replace("实际巡护里程5432.5公里", "实际基本完成")
    assert len(run_code(vague, "B308")) == 2


# Modelled on a transfer-payment 区域绩效目标自评表 turned to text with spaces between cells:
# ``三级指标 | 指标值 | 完成值`` and no 得分 column, each row ``指标N.名称 | ≥目标 | 实际``. The bound is
# the target and the plain figure after it the actual, not a score after an actual ``≥5``.
_SPACED = (
    "2022年中央对地方转移支付区域绩效目标自评表\n"
    "一级指标 二级指标 三级指标 指标值 完成值\n"
    "数量指标 指标1.农机具检验台数 ≥5 6\n"
    "指标2.培训班期数 ≥4 9\n"
    "指标3.技术推广户数 ≥150 162\n"
    "质量指标 指标1.出厂检测合格率 100% 100%\n"
    "指标2.服务对象满意度 ≥90% 96%\n"
)


def test_b308_quiet_on_a_bound_target_before_its_actual_in_a_spaced_row():
    assert run_code(_SPACED, "B308") == []


def test_b308_spaced_rows_still_find_an_actual_written_as_a_bound():
    [d] = run_code(_SPACED.replace("≥90% 96%", "≥90% ≥90%"), "B308")
    assert d.location.line == 7 and "服务对象满意度" in d.message("zh")


# Modelled on a county's village-toilet and legal-aid narratives: under 绩效目标及指标完成情况 /
# 完成绩效产出指标 each indicator's result is the target's upper bound (≦100%, ≤0%) copied in,
# a reverse indicator (成本, 不合格率) stated as its bound and no value achieved.
UPPER = (
    "某县2023年度村级公厕改造项目支出绩效自评报告\n一、项目基本情况\n改造公厕40座。\n"
    "二、绩效目标及指标完成情况（自评得分90分）\n（一）完成绩效产出指标（自评得分50分）\n"
    "1.数量指标（自评得分20分）：完成改造村级公厕40座。\n"
    "2.质量指标（自评得分10分）：采购设备不合格率≤0%。\n"
    "3.成本指标（自评得分10分）：公厕改造成本控制率≦100%。\n"
    "三、存在的问题\n成本控制在≤100%以内的要求仍需坚持。\n"
)


def test_b308_results_written_as_an_upper_bound_in_the_narrative():
    diags = run_code(UPPER, "B308")
    assert sorted(d.location.line for d in diags) == [7, 8]
    assert any("≦100%" in d.message("zh") for d in diags)


def test_b308_upper_bounds_quiet_on_values_targets_and_other_sections():
    good = UPPER.replace("不合格率≤0%", "不合格率为0").replace("控制率≦100%", "控制率为96.5%")
    assert run_code(good, "B308") == []
    # a clause that names the target, or a value after 实际, is no result written as a bound
    aimed = UPPER.replace("采购设备不合格率≤0%", "采购设备不合格率目标≤0%，实际为0").replace(
        "公厕改造成本控制率≦100%", "公厕改造成本控制在≦100%")
    assert run_code(aimed, "B308") == []
    # the same sentences under an item that states the targets say nothing of results
    planned = UPPER.replace("二、绩效目标及指标完成情况（自评得分90分）", "二、年度绩效目标").replace(
        "（一）完成绩效产出指标（自评得分50分）", "（一）产出指标")
    assert run_code(planned, "B308") == []


# Modelled on a province's inclusive-finance 区域绩效自评表 a site printed as one run of text, its
# cells glued with nothing between them: under 指标值 | 完成值 a row's target and actual stand side
# by side, and an actual copied from its target repeats the inequality (≥85%≥85%).
GLUED = (
    "专项名称小额信贷贴息资金年度金额150万元绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分"
    "产出指标数量指标贴息贷款发放额增长率≥8%12.4%20%20质量指标贷款回收率≥95%97.2%20%20"
    "满意度指标服务对象满意度指标贴息对象满意度≥85%≥85%10%10合作银行满意度≥85%96%10%10\n"
)


def test_b308_an_actual_glued_after_its_equal_target_in_a_flattened_form():
    [d] = run_code(GLUED, "B308")
    assert d.location.line == 1 and "≥85%" in d.message("zh")
    assert run_code(GLUED.replace("≥85%≥85%", "≥85%91%"), "B308") == []
    # without the header's 指标值 | 完成值 the two figures may be two targets (中期 | 年度)
    planned = GLUED.replace("指标值完成值权重得分", "中期指标值年度指标值")
    assert run_code(planned, "B308") == []
