"""The 自评表 as a node of the document model: built by each importer, every field located."""

from __future__ import annotations

from decimal import Decimal

from perflint.extract.selfeval import self_evaluations
from perflint.model import Document, Part, Table
from perflint.read.forms import attach_forms
from perflint.read.text import parse_text
from perflint.read.yaml_draft import parse_yaml

YAML_FORM = """\
title: 示例区文化馆2023年度送戏下乡项目支出绩效自评报告
fiscal_year: 2023
self_evaluation:
  title: 2023年度项目支出绩效自评表
  total_score: 92
  budget_execution:
    weight: 10
    rows:
      - {item: 年度资金总额, budget: 40, actual: 36, rate: 90%, score: 9}
  indicators:
    - {level1: 产出指标（50分）, level2: 数量指标, level3: 演出场次, target: ≥20场, actual: 22场, weight: 20, score: 20}
    - {level3: 观众人次, target: ≥5000人次, actual: 4800人次, weight: 20, score: 18}
    - {level2: 质量指标, level3: 节目合格率, target: 100%, actual: 100%, weight: 10, score: 10}
    - {level1: 满意度指标, level2: 服务对象满意度, level3: 群众满意度, target: ≥90%, weight: 10}
    - {level3: 产出指标, actual: 1, score: 1}
  deviation_analysis: 观众人次未达目标，因两场演出遇雨改期。
  improvement: ""
"""


def yaml_form():
    doc = parse_yaml(YAML_FORM, "form.yaml")
    [part] = doc.parts
    assert part.forms is not None
    [form] = part.forms
    return doc, form


def line_of(needle: str) -> int:
    return next(i for i, line in enumerate(YAML_FORM.splitlines(), 1) if needle in line)


def test_yaml_form_is_built_from_its_fields_with_locations():
    doc, form = yaml_form()
    [budget] = form.budget
    assert (budget.item, budget.budget.value, budget.actual.value, budget.weight) == (
        "年度资金总额", Decimal(40), Decimal(36), Decimal(10))
    assert budget.actual.cell.text.locate().line == line_of("item: 年度资金总额")
    assert form.header_total.value == Decimal(92) and form.total.value == Decimal(92)
    assert form.total.cell.text.locate().line == line_of("total_score: 92")
    assert self_evaluations(doc) == [form]


def test_yaml_form_carries_categories_down_and_reads_their_weights():
    _, form = yaml_form()
    names = [(i.level1, i.level2, i.name) for i in form.indicators]
    assert names == [("产出指标", "数量指标", "演出场次"), ("产出指标", "数量指标", "观众人次"),
                     ("产出指标", "质量指标", "节目合格率")]
    assert form.level1_weights == {"产出指标": Decimal(50)}
    second = form.indicators[1]
    assert (second.target.quantity.relation, second.actual.value, second.score.value) == ("≥", Decimal(4800), Decimal(18))
    assert second.name_cell.text.locate().line == line_of("level3: 观众人次")


def test_yaml_rows_without_a_result_or_a_name_are_not_indicators():
    # 群众满意度 has neither an actual nor a score; a category word is not an indicator's name
    _, form = yaml_form()
    assert "群众满意度" not in [i.name for i in form.indicators]
    assert "产出指标" not in [i.name for i in form.indicators]


def test_yaml_text_rows_of_the_form():
    _, form = yaml_form()
    assert [c.value for c in form.deviation] == ["观众人次未达目标，因两场演出遇雨改期。"]
    assert form.improvement_label is not None and form.improvement == []


def test_yaml_form_is_also_laid_out_as_the_paper_form():
    doc, form = yaml_form()
    tables = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    assert [t.caption for t in tables] == ["预算执行情况", "绩效指标"]
    assert form.table.rows == tables[0].rows + tables[1].rows


def test_yaml_self_evaluation_without_a_table_is_no_form():
    doc = parse_yaml("title: 某报告\nself_evaluation:\n  title: 自评表\n", "t.yaml")
    assert doc.parts[0].forms == []


TEXT_FORM = """\
某县农业农村局2023年度项目支出绩效自评报告

附件：项目支出绩效自评表
项目名称 | 农技推广 | | | |
项目 | 预算数 | 执行数 | 执行率 | 分值 | 得分
年度资金总额 | 30 | 27 | 90% | 10 | 9
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
产出指标 | 数量指标 | 培训人次 | ≥800人次 | 860人次 | 20 | 20
总分 | | | | | 100 | 95
"""


def test_text_importer_attaches_the_forms_it_recognises():
    doc = parse_text(TEXT_FORM, "draft.txt")
    forms = [se for part in doc.parts for se in part.forms]
    assert len(forms) == 1
    [indicator] = forms[0].indicators
    assert indicator.name == "培训人次" and indicator.actual.cell.text.locate().line == 8
    assert self_evaluations(doc) == forms


def test_forms_are_read_for_a_model_built_by_hand():
    parsed = parse_text(TEXT_FORM, "draft.txt")
    blocks = [b for part in parsed.parts for b in part.blocks]
    doc = Document(path="by-hand.txt", source_format="text", lines=parsed.lines,
                   parts=[Part(title="by hand", line=1, blocks=blocks)])
    assert doc.parts[0].forms is None
    attach_forms(doc)
    assert [len(se.indicators) for se in doc.parts[0].forms] == [1]


# -- office files: a 自评表 table or sheet becomes a form node ------------------------------------

def test_word_self_evaluation_table_is_a_form_node_located_in_the_table():
    from pathlib import Path

    from perflint.read.loader import load
    from perflint.read.rendering import native_location

    root = Path(__file__).resolve().parents[2]
    doc = load(root / "examples" / "budget-office-2023.docx")
    [form] = [se for part in doc.parts for se in part.forms]
    assert form.indicators and form.budget
    cell = form.indicators[0].actual.cell.text.locate()
    assert native_location(doc, cell.line, cell.column).startswith("表")


def test_excel_self_evaluation_sheet_is_a_form_node_whatever_row_it_starts_on(tmp_path):
    from openpyxl import Workbook

    from perflint.read.loader import load
    from perflint.read.rendering import native_location

    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    rows = [
        ["2023年度送戏下乡经费项目绩效自评表"],
        ["项目名称", "送戏下乡经费"],
        ["项目", "预算数", "执行数", "执行率", "分值", "得分"],
        ["年度资金总额", 40, 36, "90%", 10, 9],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "演出场次", "≥20场", "22场", 20, 20],
        ["总分", None, None, None, None, 100, 92],
    ]
    for i, row in enumerate(rows, start=5):  # the form starts on row 5, under a few blank rows
        for j, value in enumerate(row, start=2):  # and in column B
            if value is not None:
                ws.cell(row=i, column=j, value=value)
    path = tmp_path / "form.xlsx"
    wb.save(path)
    doc = load(path)
    [form] = [se for part in doc.parts for se in part.forms]
    [indicator] = form.indicators
    assert indicator.name == "演出场次" and indicator.actual.value == Decimal(22)
    where = indicator.actual.cell.text.locate()
    assert "F10" in native_location(doc, where.line, where.column)


def test_a_whole_unit_scoring_form_groups_its_indicators_by_the_frameworks_levels():
    """The 部门整体 评分表 groups indicators as 投入/过程/产出/效果 (a project's evaluation as
    决策/过程/产出/效益): a cell that is such a group, with its weight or not, sets the group; a
    result cell that only starts like one (效果明显) does not."""
    text = ("某县水利局2023年度部门整体支出绩效评价评分表\n"
            "一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分\n"
            "投入（20分）\t预算配置\t在职人员控制率\t20\t≤100%\t93.75%\t20\n"
            "过程\t预算执行\t预算完成率\t30\t≥95%\t96%\t30\n"
            "产出指标\t职责履行\t河道巡查次数\t30\t≥120次\t126次\t30\n"
            "效果（20分）\t社会效益\t宣传成效\t20\t效果明显\t效果明显\t18\n"
            "合计\t\t\t100\t\t\t98\n")
    doc = parse_text(text, "form.txt")
    attach_forms(doc)
    [form] = self_evaluations(doc)
    assert [i.level1 for i in form.indicators] == ["投入", "过程", "产出指标", "效果"]
    assert form.level1_weights == {"投入": Decimal(20), "效果": Decimal(20)}


def test_a_yaml_forms_level1_field_names_its_group_whatever_the_framework_calls_it():
    """Our YAML format names the group in its own field: a framework's group (投入) or any other a
    province's framework uses (履职效能) is the group, its weight read from the label."""
    text = ("title: 某区卫生健康局2023年度部门整体支出绩效自评报告\nfiscal_year: 2023\nself_evaluation:\n"
            "  title: 2023年度部门整体支出绩效自评评分表\n  total_score: 100\n  indicators:\n"
            "    - {level1: 投入（20分）, level2: 预算配置, level3: 在职人员控制率, target: ≤100%, actual: 93.75%, weight: 20, score: 20}\n"
            "    - {level1: 履职效能（80分）, level2: 职责履行, level3: 卫生监督检查户次, target: ≥1200户次, actual: 1260户次, weight: 80, score: 80}\n")
    doc = parse_yaml(text, "draft.yaml")
    [form] = self_evaluations(doc)
    assert [i.level1 for i in form.indicators] == ["投入", "履职效能"]
    assert form.level1_weights == {"投入": Decimal(20), "履职效能": Decimal(80)}


def test_a_whole_unit_scoring_form_one_cell_a_line_keeps_its_second_levels_apart():
    """Pasted one cell a line, the 部门整体 评分表's 二级指标 (预算配置, 预算管理, 职责履行) are
    categories, not the first words of the indicator's name (预算配置在职人员控制率)."""
    rows = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"],
            ["投入（20分）", "预算配置", "在职人员控制率", "20", "≤100%", "93.75%", "20"],
            ["过程（30分）", "预算管理", "管理制度健全性", "30", "健全", "健全", "30"],
            ["产出（50分）", "职责履行", "卫生监督检查户次", "50", "≥1200户次", "1260户次", "50"],
            ["合计", "", "", "100", "", "", "100"]]
    text = "某区卫生健康局2023年度部门整体支出绩效自评评分表\n" + "\n".join(c for row in rows for c in row if c) + "\n"
    doc = parse_text(text, "form.txt")
    attach_forms(doc)
    [form] = self_evaluations(doc)
    assert [(i.level2, i.name) for i in form.indicators] == [
        ("预算配置", "在职人员控制率"), ("预算管理", "管理制度健全性"), ("职责履行", "卫生监督检查户次")]


def test_forms_stacked_in_one_pipe_table_are_read_one_by_one():
    """A unit publishes its 自评表 back to back as one pipe table, each opening on a title row
    (``部门预算项目支出绩效自评表(2023年度) | ||||``): a title row after rows of a form starts the
    next table, so each form keeps its own weights, scores and indicators (ours: 青禾县司法局)."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / "fixtures" / "forms" / "pipe_forms_back_to_back.txt").read_text()
    doc = parse_text(text, "forms.txt")
    tables = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    assert [t.rows[0].line for t in tables] == [1, 11]
    forms = doc.parts[0].forms
    assert len(forms) == 2
    assert [[i.name for i in se.indicators] for se in forms] == [["购置终端数量", "干警满意度"], ["培训人次", "干警满意度"]]


def test_a_title_row_at_the_top_of_a_pipe_table_is_its_first_row():
    """The title row above a form's first rows (nothing read yet) stays in the form's table."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / "fixtures" / "forms" / "pipe_forms_back_to_back.txt").read_text()
    first = "".join(text.splitlines(keepends=True)[:10])
    doc = parse_text(first, "form.txt")
    [table] = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    assert table.rows[0].cells[0].value.startswith("部门预算项目支出绩效自评表") and len(table.rows) == 10


def test_forms_stacked_in_one_tab_table_are_read_one_by_one():
    """The same batch exported with tabs (a spreadsheet's rows, the title row's empty cells kept)."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / "fixtures" / "forms" / "pipe_forms_back_to_back.txt").read_text()
    tabs = "\n".join("\t".join(c.strip() for c in line.split("|")) for line in text.splitlines()) + "\n"
    doc = parse_text(tabs, "forms.txt")
    assert len(doc.parts[0].forms) == 2
    assert [len(se.indicators) for se in doc.parts[0].forms] == [2, 2]
