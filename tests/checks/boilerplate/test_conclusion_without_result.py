"""B311 conclusion-without-result: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b311_conclusion_without_score_or_grade():
    bad = "三、绩效评价结论\n\n资金主要用于送戏下乡和购置音响设备。\n\n四、存在问题\n\n场地不足。\n"
    assert lines(run_code(bad, "B311")) == [1]
    good = "三、绩效评价结论\n\n本项目自评得分 93 分，评价等次为优。\n\n四、存在问题\n\n场地不足。\n"
    assert run_code(good, "B311") == []


def test_b311_quiet_when_the_conclusion_runs_into_the_texts_end():
    # an excerpt cut inside the section (``(一)自评得``): its score may follow the cut
    cut = "示范县2023年度项目绩效自评报告\n\n一、自评结论\n\n(一)自评得\n"
    assert run_code(cut, "B311") == []
    assert lines(run_code(cut + "\n二、项目概况\n\n本项目预算 20 万元。\n", "B311")) == [3]


FORM_TAIL = ("示范县2023年度项目支出绩效自评表\n"
             "合计 | 100 | 95 |\n"
             "评价结论 | {answer} |\n"
             "存在问题 | 无 |\n"
             "改进措施 | 无 |\n")


def test_b311_the_forms_conclusion_row_without_score_or_grade():
    """A 自评表's 评价结论 row that only says where the money went (modelled on a published form)."""
    bad = FORM_TAIL.format(answer="按照资金管理办法，将资金拨付给项目施工单位。")
    assert lines(run_code(bad, "B311")) == [3]
    for good in ("经自评，本项目得分 95 分，评价等次为优。", "自评等次为良好，项目按期完工。"):
        assert run_code(FORM_TAIL.format(answer=good), "B311") == []


def test_b311_a_conclusion_row_left_as_the_template_or_cut_is_not_this_rules():
    instruction = FORM_TAIL.format(answer="结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）")
    assert run_code(instruction, "B311") == []  # B307's: the template's instruction left
    cut = "合计 | 100 | 95 |\n评价结论 | 按照资金管理办法，将资金拨付给"
    assert run_code(cut, "B311") == []  # an excerpt that stops in the answer


def test_b311_quiet_when_a_titled_text_stops_inside_the_conclusions_sentence():
    """A whole report's copy that stops inside the conclusion's first sentence (``绩效评``): the
    score was in the words the copy lost."""
    head = "示范县卫健委2023年度春节慰问经费项目绩效自评报告\n\n一、自评结论\n\n"
    assert run_code(head + "项目严格按照实施方案推进，绩效评", "B311") == []
    assert lines(run_code(head + "项目严格按照实施方案推进。\n", "B311")) == [3]


def test_b311_a_good_result_described_is_no_grade():
    """良好的 / 较好的 describe the benefits: neither a score nor a grade is given."""
    text = ("示范市图书馆2024年度少儿阅读推广项目绩效自评报告\n\n四、自评结论\n\n"
            "项目实施取得了良好的社会效益，为优化公共文化服务打下基础。\n\n五、存在的问题\n\n宣传覆盖面不够广。\n")
    assert lines(run_code(text, "B311")) == [3]
    graded = text.replace("项目实施取得了良好的社会效益，为优化公共文化服务打下基础。", "经自评，本项目评价等次为良好。")
    assert run_code(graded, "B311") == []


def test_b311_a_grade_of_the_good_to_poor_scale_is_a_grade():
    """Transfer-payment self-evaluations grade on 好/较好/一般/较差 (``总体评价评为好``): that is the
    conclusion's grade, as 优/良/中/差 is; 好 on its own in prose (效果好) is none."""
    head = "示范县2023年度学生资助补助经费转移支付绩效自评报告\n\n二、综合评价结论\n\n"
    tail = "\n\n三、绩效情况分析\n\n资金执行率 100%。\n"
    for graded in ("资金使用合理，完成情况好，总体绩效评价评为好。", "经综合评定，本项目评定为“较好”。",
                   "自评等级为一般，部分指标未完成。"):
        assert run_code(head + graded + tail, "B311") == [], graded
    assert lines(run_code(head + "资金使用合理，完成情况好，群众反映效果好。" + tail, "B311")) == [3]
