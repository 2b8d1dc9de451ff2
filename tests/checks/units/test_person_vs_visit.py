"""U405 person-vs-visit: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.units import PersonVsVisit

from .._harness import lint
from ._drafts import HEAD, form


def test_person_visit_sum_needs_exact_parts():
    text = "全年接诊 900 人次，其中门诊 500 人次、住院 400 人次。共服务 300 人次，其中老人 100 人、儿童 80 人。\n"
    assert lint(PersonVsVisit, text) == []


def test_person_visit_indicator_given_in_persons_in_prose():
    text = form("救助对象人次", "不低于上年", "4837").replace(
        "2023年度农机补贴项目绩效自评表", "全年救助困难群众 4837 人，发放救助金 96 万元。\n\n2023年度农机补贴项目绩效自评表")
    [d] = lint(PersonVsVisit, text)
    assert "4837" in d.message("zh") and d.related
    assert lint(PersonVsVisit, text.replace("4837 人", "4837 人次")) == []


def test_head_count_in_another_unit():
    (d,) = lint(PersonVsVisit, HEAD + "数量指标:补助社区数量 =6个,保障社区干部人数 =30个。\n")
    assert "社区干部人数" in d.message() and "=30个" in d.message()
    assert lint(PersonVsVisit, HEAD + "数量指标:补助社区数量 =6个,保障社区干部人数 =30人。\n") == []


def test_head_count_given_with_its_households_first_is_a_head_count():
    # 人数为 N户M人: the households, then the persons the name counts (ours: 青禾县种植补贴)
    text = HEAD + "各乡镇审核上报人数为1120户2694人，实际享受补贴人数为1119户、2690人。\n"
    assert lint(PersonVsVisit, text) == []
    (d,) = lint(PersonVsVisit, HEAD + "各乡镇审核上报人数为1120户，实际享受补贴人数为1119户、2690人。\n")
    assert "1120户" in d.message()


def test_standard_counted_per_person_and_per_household():
    (d,) = lint(PersonVsVisit, HEAD + "村级公务经费按人口数以8元每户标准拨付,不足2万元的村按2万元保底。\n")
    assert "计算口径矛盾" in d.message()
    assert lint(PersonVsVisit, HEAD + "村级公务经费按人口数以8元每人标准拨付,不足2万元的村按2万元保底。\n") == []


def test_visit_count_stated_in_persons_in_a_prose_indicator():
    """An indicator counted in 人次 whose 年初指标值 is given in 人 (modelled on a district 残联's
    transfer-payment self-evaluation: 资助接受托养服务人次数年初指标值为不低于…人)."""
    text = HEAD + "第二，资助康复训练人次数年初指标值为不低于120人，全年实际完成值131人次。\n"
    (d,) = lint(PersonVsVisit, text)
    assert "康复训练人次数" in d.message() and "不低于120人" in d.message()
    assert lint(PersonVsVisit, text.replace("不低于120人", "不低于120人次")) == []
    # outside the indicator template, 接待人次为…人 is how a 决算说明 words its 三公 rows
    assert lint(PersonVsVisit, HEAD + "国内公务接待批次为52个，接待人次为420人。\n") == []
    # a head count announced with its 年初指标值 in another unit is the same slip
    (d,) = lint(PersonVsVisit, HEAD + "受益残疾人人数年初指标值为不低于50个，全年实际完成值52人。\n")
    assert "残疾人人数" in d.message() and "不低于50个" in d.message()


def test_head_count_named_but_unit_column_says_visits():
    """A form with a 度量单位 column (``指标值 420 | 度量单位 人次 | 实际完成值 420``): the unit is
    the column's, so the message shows it beside the bare cell (``420人次``), not a bare ``420``
    that reads as if the unit were missing. The name and the column agreeing is quiet."""
    from ._drafts import run_fixture

    [d] = run_fixture(PersonVsVisit, "unit_column_visits.txt")
    assert d.location.line == 4 and "420人次" in d.message("zh")
    from .._harness import FIXTURES

    text = (FIXTURES / "units" / "unit_column_visits.txt").read_text(encoding="utf-8")
    assert lint(PersonVsVisit, text.replace("| 人次 |", "| 人 |")) == []


def test_a_long_indicator_name_shown_cut_is_marked_as_cut():
    """A name longer than the message shows (``发放残疾人机动轮椅车燃油补贴人次数``) is cut at its
    start; the cut is marked (``…疾人…``), so the message does not read as the draft's misspelling."""
    text = HEAD + "第三，发放残疾人机动轮椅车燃油补贴人次数年初指标值为不低于150人，全年实际完成值142人次。\n"
    (d,) = lint(PersonVsVisit, text)
    assert "“…" in d.message("zh") and "补贴人次数" in d.message("zh")


def test_indicator_counted_in_visits_given_in_persons_in_prose():
    """The form's actual carries its unit (``5368人次``) and the narrative gives the same figure
    as a head count (``资助学生5368人``), modelled on a county's 学生资助 report."""
    text = form("资助困难学生", "≥5200人次", "5368人次").replace(
        "2023年度农机补贴项目绩效自评表",
        "全年资助家庭经济困难学生5368人，发放资助资金842.16万元。\n\n2023年度农机补贴项目绩效自评表")
    [d] = lint(PersonVsVisit, text)
    assert "5368" in d.message("zh") and "人次" in d.message("zh") and d.related
    assert lint(PersonVsVisit, text.replace("学生5368人，", "学生5368人次，")) == []
    # a head count in the form and the narrative alike stays quiet
    same = form("资助困难学生", "≥5200人", "5368人").replace(
        "2023年度农机补贴项目绩效自评表",
        "全年资助家庭经济困难学生5368人，发放资助资金842.16万元。\n\n2023年度农机补贴项目绩效自评表")
    assert lint(PersonVsVisit, same) == []


def test_indicator_in_visits_given_in_persons_with_the_form_one_cell_a_line():
    """The same slip where the form was pasted from a page one cell a line: the form's own
    ``5368人次`` cell is not the narrative giving the figure in 人次."""
    cells = "\n".join([
        "示范县教育局2023年度学生资助项目支出绩效自评报告",
        "一、绩效目标完成情况",
        "全年资助家庭经济困难学生5368人，发放资助资金842.16万元。",
        "2023年度学生资助项目绩效自评表",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标", "数量指标", "资助困难学生", "≥5200人次", "5368人次", "50", "50",
        "满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "96%", "40", "40",
        "总分", "100", "100", ""])
    [d] = lint(PersonVsVisit, cells)
    assert "5368" in d.message("zh") and d.related[0].location.line == 3
    assert lint(PersonVsVisit, cells.replace("学生5368人，", "学生5368人次，")) == []


def test_one_measure_given_in_persons_and_in_visits():
    """``接待参观群众 6.4万人次`` in one paragraph, ``接待参观群众 6.4万人`` in another: the same
    measure with the same figure in two units; a warning on the later one."""
    text = HEAD + "全年共接待参观群众6.4万人次，举办专题展览9场。\n\n二、项目绩效\n\n档案馆全年接待参观群众6.4万人，群众满意度96%。\n"
    (d,) = lint(PersonVsVisit, text)
    assert d.location.line == 9 and "6.4万人次" in d.message("zh") and d.severity.name == "warning"
    assert lint(PersonVsVisit, text.replace("6.4万人，", "6.4万人次，")) == []


def test_persons_and_visits_of_different_measures_stay_apart():
    """Different measures (接待 / 惠及), a part of two wholes (其中女性), or a handful: no finding."""
    text = HEAD + ("全年共接待参观群众6.4万人次，惠及群众6.4万人。\n\n培训班学员中其中女性120人次。\n\n"
                   "另一期学员中其中女性120人。\n\n接待参观群众8人次，接待参观群众8人。\n")
    assert lint(PersonVsVisit, text) == []


def test_result_against_a_target_in_the_other_unit():
    """``培训800人，完成年度目标1000人次的80%``: a head count cannot complete a target of visits."""
    head = "示范县农业农村局2023年度高素质农民培训项目绩效自评报告\n\n"
    (d,) = lint(PersonVsVisit, head + "全年培训农民600人，完成年度目标750人次的80%。\n")
    assert d.key == "target" and "600人" in d.message() and "750人次" in d.message()
    (d,) = lint(PersonVsVisit, head + "年度目标750人次，实际培训农民600人。\n")
    assert d.key == "target" and "600人" in d.message()
    (d,) = lint(PersonVsVisit, head + "全年开展义诊服务1260人次，超额完成年度目标1000人。\n")
    assert d.key == "target" and "1260人次" in d.message()


def test_result_and_target_in_one_unit_or_apart_stay_quiet():
    head = "示范县农业农村局2023年度高素质农民培训项目绩效自评报告\n\n"
    assert lint(PersonVsVisit, head + "全年培训农民600人，完成年度目标750人的80%。\n") == []
    assert lint(PersonVsVisit, head + "全年培训农民600人次，完成年度目标750人次的80%。\n") == []
    # two measures of one sentence: the share is not the one over the other
    assert lint(PersonVsVisit, head + "全年培训农民600人，年度目标中的现场指导750人次完成了92%。\n") == []
    # a target in 人次 and an unrelated head count in another sentence
    assert lint(PersonVsVisit, head + "年度目标750人次。全年参训农民中有新型经营主体带头人600人。\n") == []


def test_a_figure_of_thousands_of_digits_is_read_without_failing():
    """A pasted cell of thousands of digits (a corrupt export, found by benchmarks/fuzz.py): the
    figure's last digits are taken without turning the whole number into a string, which Python
    refuses past 4,300 digits; the check runs and stays quiet."""
    huge = "5" * 5000
    text = form("资助困难学生", "≥5200人次", f"{huge}人次").replace(
        "2023年度农机补贴项目绩效自评表",
        f"全年资助家庭经济困难学生{huge}人次。\n\n2023年度农机补贴项目绩效自评表")
    assert lint(PersonVsVisit, text) == []
