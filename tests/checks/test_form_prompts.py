"""Prompts and placeholder rows of the blank 自评表 left where the answer belongs (forms we wrote)."""

from perflint.checks.boilerplate import TemplateInstructionLeft, UnfilledTemplate

from perflint.check import Context
from perflint.read.text import parse_text


def run(check, text):
    return list(check().run(parse_text(text, "form.txt"), Context()))


PIPE_FORM = """| 项目名称 | 农家书屋补充更新 | | |
| 评价结论 | {conclusion} | | |
| 存在问题 | {problem} | | |
| 改进措施 | 下一步加强图书采购计划管理。 | | |
"""


def test_column_prompt_left_in_a_pipe_row():
    diags = run(TemplateInstructionLeft, PIPE_FORM.format(
        conclusion="结合自评情况,说明项目自评总分及取得的成效。(200字以内)",
        problem="结合自评情况,分析存在的问题及原因。(200字以内)"))
    assert [d.location.line for d in diags] == [2, 3]


def test_filled_answers_are_quiet():
    assert run(TemplateInstructionLeft, PIPE_FORM.format(
        conclusion="项目自评得分96分,评价等次为优。", problem="图书更新周期偏长。")) == []


def test_prompt_in_a_form_flattened_onto_one_line():
    text = "年度目标完成情况 对照年度目标,说明相关任务目标的完成情况(100字以内) 绩效指标 一级指标\n"
    [diag] = run(TemplateInstructionLeft, text)
    assert "100字以内" in diag.message("zh")


def test_printed_note_under_the_form_is_form_text():
    text = "注：1.预算执行率=预算执行数/调整后预算数,执行率低于90%的应说明原因(100字以内);2.定量指标按比例计分。\n"
    assert run(TemplateInstructionLeft, text) == []


def test_note_telling_units_how_to_pick_indicators():
    text = "注:各地请根据实际情况,从上述绩效指标中选择适合的填报。\n"
    [diag] = run(TemplateInstructionLeft, text)
    assert diag.location.line == 1


def test_indicator_slot_left_one_cell_per_line():
    text = "数量指标\n\n指标1培训场次\n\n12\n\n12\n\n10\n\n10\n\n指标2\n\n \n\n质量指标\n\n指标1合格率\n\n指标2\n"
    diags = [d for d in run(UnfilledTemplate, text) if "占位行" in d.message("zh")]
    assert len(diags) == 1
    assert diags[0].location.line == 13 and "共 2 处" in diags[0].message("zh")
    assert diags[0].severity.name == "warning"


def test_numbered_indicators_with_names_are_quiet():
    text = "指标1:培训场次 12次 12次 2 2 指标2:参训人数 300人 310人 2 2\n"
    assert [d for d in run(UnfilledTemplate, text) if "占位行" in d.message("zh")] == []


def test_glued_slots_before_the_next_category():
    text = "质量指标合格率100%100%2020指标2:时效指标指标1:指标2:成本指标\n"
    [diag] = [d for d in run(UnfilledTemplate, text) if "占位行" in d.message("zh")]
    assert diag.location.line == 1


def test_blank_label_cell_in_a_form_written_one_cell_per_line():
    text = "项目名称 |\n乡村道路养护经费 |\n||||||\n主管部门 |\n|\n实施单位 |\n云塘镇农业服务中心 |\n||||||\n"
    diags = [d for d in run(UnfilledTemplate, text) if "未填写" in d.message("zh") and "占位" not in d.message("zh")]
    assert [d.location.line for d in diags] == [4]


def test_flattened_form_without_explicit_empty_cells_is_quiet():
    text = "项目名称 乡村道路养护经费 主管部门 云塘镇人民政府 实施单位 云塘镇农业服务中心\n"
    assert run(UnfilledTemplate, text) == []
