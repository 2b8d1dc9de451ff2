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
