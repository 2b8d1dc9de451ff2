"""B301 deviation-none-despite-miss: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.boilerplate import DeviationNoneDespiteMiss

from perflint.check import Context
from perflint.read.text import parse_text

from .._forms import FORMS, cells, run_flat
from ._drafts import form, report, run_code


def test_b301_fires_on_missed_target_with_none():
    diags = run_code(report(table=form(deviation="无")), "B301")
    assert len(diags) == 1
    d = diags[0]
    assert "观众人次" in d.message("zh") and "≥8000人次" in d.message("zh") and "7600人次" in d.message("zh")
    text = report(table=form(deviation="无"))
    missed_row = next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("效益指标"))
    assert d.related and d.related[0].location.line == missed_row
    assert "misses the target" in d.message("en")


def test_b301_fires_on_strict_target_with_inequality_actual():
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
            "\t时效指标\t演出经费及时支付率\t>95%\t≥95%\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n"
            "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n")
    diags = run_code(report(narrative_score="100", table=form("总分：100", rows, "100")), "B301")
    assert len(diags) == 1 and "未能证明" in diags[0].message("zh")


def test_b301_fires_on_blank_deviation_and_lost_points():
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n")
    diags = run_code(report(narrative_score="96", table=form("总分：96", rows, "96", deviation="", budget="16")), "B301")
    assert len(diags) == 1 and "为空" in diags[0].message("zh") and "预算执行得分 16" in diags[0].message("zh")


def test_b301_quiet_when_reason_given_or_nothing_missed():
    assert run_code(report(table=form(deviation="观众人次未达目标，因两场演出遇雨取消。")), "B301") == []
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
            "\t成本指标\t单场演出成本\t1.5万元\t1.4万元\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8.6万人次\t30\n"
            "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n")
    assert run_code(report(narrative_score="100", problems="无。", table=form("总分：100", rows, "100")), "B301") == []


def test_cell_per_line_blank_deviation_beside_a_miss():
    [diag] = run_flat(DeviationNoneDespiteMiss, cells(reason=""))
    assert diag.location.line == 42


def test_header_before_the_levels_and_a_row_ending_at_its_score():
    """The indicator header starts before 一级指标 … 三级指标 and a row that stops at its score
    leaves its 偏差原因 cell empty: a miss there is reported."""
    text = (FORMS / "pipe_header_split.txt").read_text(encoding="utf-8")
    assert list(DeviationNoneDespiteMiss().run(parse_text(text, "form.txt"), Context())) == []
    missed = text.replace("| ≥ | 95 | % | 96% | 20 | 20 |  |", "| ≥ | 95 | % | 93% | 20 | 19 |")
    # the first row's reason may be a cell merged over the block: the second miss is not reported
    assert list(DeviationNoneDespiteMiss().run(parse_text(missed, "form.txt"), Context())) == []
    no_reason = missed.replace(" 部分学员因农忙未参训 |", "")
    diags = list(DeviationNoneDespiteMiss().run(parse_text(no_reason, "form.txt"), Context()))
    assert [d.location.line for d in diags] == [8, 9] and "结业考核合格率" in diags[1].message("zh")


def test_b301_a_standard_per_household_exceeded_with_no_reason():
    """``≤5300元/户`` against ``5830元/户`` (modelled on a 临时救助 self-evaluation): the cap was
    exceeded and the 偏差原因 left blank; the same figures inside the cap are quiet."""
    text = ("项目支出绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标\t质量指标\t临时救助标准\t≤5300元/户\t{aid}\t10\t10\t\n")
    [d] = run_code(text.format(aid="5830元/户"), "B301")
    assert "5830元/户" in d.message("zh")
    assert run_code(text.format(aid="5200元/户"), "B301") == []


def test_b301_a_reason_that_only_claims_the_target_was_met():
    """``项目按计划实施，达到预期目标`` copied as the 偏差原因 beside a missed target (modelled on a
    city hospital's and a sports centre's forms, where one sentence filled every row)."""
    [d] = run_code(report(table=form(deviation="项目按计划实施，达到预期目标。")), "B301")
    assert "达到预期目标" in d.message("zh") and "观众人次" in d.message("zh")


def test_b301_quiet_when_the_claim_concedes_or_nothing_was_missed():
    conceded = "项目按计划实施，但观众人次未达到预期目标，因两场演出遇雨取消。"
    assert run_code(report(table=form(deviation=conceded)), "B301") == []
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n"
            "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n")
    met = form("总分：80", rows, "80", deviation="项目按计划实施，达到预期目标。")
    assert run_code(report(narrative_score="100", problems="无。", table=met.replace("总分：80", "总分：100")
                           .replace("总分\t80", "总分\t100")), "B301") == []


# Modelled on a school's 校舍维修 form (probe17c): each row has its own 偏差原因 cell; the 时效
# target is a date, so the row shows its shortfall only by the points it lost.
DATED = (
    "示范县第二中学2023年度校舍维修改造项目支出绩效自评报告\n\n项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t维修校舍面积\t≥3200平方米\t3350平方米\t50\t50\t\n"
    "产出指标\t时效指标\t维修工程完工时间\t2023年8月25日前\t{done}\t40\t{score}\t{reason}\n"
    "总分\t90\t{total}\n"
)


def test_b301_a_row_that_lost_points_answers_none_in_its_own_cell():
    [d] = run_code(DATED.format(done="2023年9月10日", score="32", reason="无", total="82"), "B301")
    assert d.location.line == 6 and "得分 32" in d.message("zh")


def test_b301_quiet_when_the_row_explains_its_lost_points_or_scored_full():
    assert run_code(DATED.format(done="2023年9月10日", score="32", reason="雨季延误工期半个月", total="82"),
                    "B301") == []
    assert run_code(DATED.format(done="2023年8月20日", score="40", reason="", total="90"), "B301") == []


# A narrative results line that states a missed target and its actual, then denies any deviation.
_PROSE_HEAD = "某县园林局2023年度城区绿地养护项目支出绩效自评报告\n（二）绩效指标完成情况\n"


def _prose(line: str) -> list:
    return list(DeviationNoneDespiteMiss().run(parse_text(_PROSE_HEAD + line + "\n", "r.txt"), Context()))


def test_b301_a_sentence_denies_the_miss_it_states():
    for line, claim in [
        ("1.养护面积：年初目标值≥750万平方米，实际完成值700万平方米，无偏差。", "无偏差"),
        ("2.市民满意度：目标值≥90%，实际完成值85%，偏差原因：无。", "偏差原因：无"),
        ("3.苗木成活率：年初目标值≥95%，实际完成值90%，达到预期目标。", "达到预期目标"),
    ]:
        [d] = _prose(line)
        assert d.location.line == 3 and d.severity.name == "warning" and f"“{claim}”" in d.message("zh")


def test_b301_a_sentence_that_meets_or_explains_its_target_is_quiet():
    for line in [
        "1.养护面积：年初目标值≥750万平方米，实际完成值760万平方米，无偏差。",  # met
        "2.市民满意度：目标值≥90%，实际完成值85%，偏差原因：部分路段施工影响出行。",  # a reason
        "3.苗木成活率：年初目标值≥95%，实际完成值90%，未达到预期目标，主要原因是夏季高温。",
        "4.苗木成活率：年初目标值≥95%，实际完成值90%，补植后成活率96%，无偏差。",  # another figure after
    ]:
        assert _prose(line) == [], line
