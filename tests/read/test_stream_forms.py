"""The stream reading of a 自评表 is skipped only where its tokens hold no row it could read.

:func:`perflint.read.forms.stream.may_read_rows` answers from the part's text, before the part
is cut into tokens; a "no" must never hide a budget row or an indicator the full reading finds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from perflint.read.errors import InputError
from perflint.read.forms import cells
from perflint.read.forms.cells import form_tokens, tokens
from perflint.read.forms.stream import may_read_rows, read_stream_forms, read_tokens
from perflint.read.loader import load
from perflint.read.text import parse_text

ROOT = Path(__file__).resolve().parents[2]

# The total's label of this form is 年度财政资金总额 and its indicator header has no 分值 column:
# the table reader reads it, the stream reading finds nothing to read.
NO_STREAM_ROWS = """\
2023年度示例项目绩效自评表

预算执行情况（万元）\t预算数\t执行数\t执行率\t得分
\t年度财政资金总额\t120.00\t108.00\t90.00%\t9.0
一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t得分
产出指标\t数量指标\t培训人次\t≥500人次\t520人次\t20
效益指标\t社会效益指标\t受益群众人数\t≥3000人\t3100人\t20
"""

# One cell per line: the header's 分值 and the total's label 年度资金总额 are cells of their own.
STREAM_ROWS = """\
2023年度示例项目绩效自评表
全年预算数
全年执行数
执行率
得分
年度资金总额
100
90
90%
9
三级指标
指标值
完成值
分值
得分
产出指标
数量指标
培训人次
≥500人次
520人次
20
20
"""


def _part(text: str):
    doc = parse_text(text, "form.txt")
    [part] = doc.parts
    return part


def _full_reading(part) -> list:
    return read_tokens(part, tokens(part))


def test_a_form_without_stream_rows_is_not_cut():
    part = _part(NO_STREAM_ROWS)
    assert not may_read_rows(part)
    assert _full_reading(part) == []
    assert read_stream_forms(part) == []
    [form] = part.forms  # the table reader's
    assert [row.item for row in form.budget] == ["年度财政资金总额"]
    assert [ind.name for ind in form.indicators] == ["培训人次", "受益群众人数"]


def test_a_form_one_cell_a_line_is_read_from_its_stream():
    part = _part(STREAM_ROWS)
    assert may_read_rows(part)
    [form] = read_stream_forms(part)
    assert [row.item for row in form.budget] == ["年度资金总额"]
    assert [ind.name for ind in form.indicators] == ["培训人次"]


def test_a_department_form_opens_its_budget_at_its_whole_spending():
    # a 部门整体支出 自评表 names its budget row 部门整体支出总额: the stream reads it as the total
    part = _part(STREAM_ROWS.replace("年度资金总额", "部门整体支出总额"))
    [form] = read_stream_forms(part)
    assert [(row.item, row.role) for row in form.budget] == [("年度资金总额", "total")]
    assert form.budget[0].score is not None and form.budget[0].score.text == "9"


@pytest.mark.parametrize("header", ["分值", "分\t—\t值", "分 / 值", "权重"])
def test_a_weight_column_however_the_header_is_cut_keeps_the_stream(header):
    # 分 and 值 on either side of an empty cell's mark are joined into one header word
    text = NO_STREAM_ROWS.replace("\t得分\n产出", f"\t{header}\t得分\n产出", 1)
    assert may_read_rows(_part(text))


@pytest.mark.parametrize("label", ["年度财政\n资金总额", "年度财政 资金总额", "其中：财政拨款"])
def test_a_total_label_cut_off_its_text_keeps_the_stream(label):
    # a line break or a space cuts 资金总额 off 年度财政: a total's label of its own
    text = f"2023年度示例项目绩效自评表\n\n{label} 100 90 90% 9\n"
    assert may_read_rows(_part(text))


def _drafts() -> list[Path]:
    kinds = (".txt", ".md", ".yaml", ".docx", ".xlsx")
    return sorted(p for folder in ("tests/fixtures", "examples") for p in (ROOT / folder).rglob("*")
                  if p.suffix in kinds)


def _draft_parts():
    """(path, part) of every draft we have that loads."""
    for path in _drafts():
        try:
            doc = load(path)
        except InputError:
            continue
        for part in doc.parts:
            yield path, part


def test_no_draft_we_have_loses_a_stream_row():
    skipped = 0
    for path, part in _draft_parts():
        if not may_read_rows(part):
            skipped += 1
            assert _full_reading(part) == [], (path, part)
    assert skipped > 10


# A report whose narrative runs long before its form: the stream cuts only the form's end of it.
NARRATIVE_THEN_FORM = "示例单位2023年度示例项目绩效自评报告\n\n" + "".join(
    f"（{n}）第{n}项工作 完成 {n + 10}场 培训 {n * 7}人次 投入 {n}.5万元 进度 {90 + n % 10}%。\n\n" for n in range(1, 16)
) + STREAM_ROWS


def _token_fields(toks) -> list[tuple]:
    return [(t.kind, t.value, tuple(t.text.anchors), t.quantity, t.glued) for t in toks]


def test_the_stream_reads_the_tail_of_a_long_part_as_the_whole():
    part = _part(NARRATIVE_THEN_FORM)
    whole = _token_fields(tokens(part))
    cells._last = None  # forget the importer's cut
    tail = form_tokens(part)
    assert 0 < len(tail) < len(whole) - 40  # the narrative before the form was not cut
    assert _token_fields(tail) == whole[len(whole) - len(tail):]
    assert _token_fields(tokens(part)) == whole  # the rest is cut when a check asks for all
    cells._last = None
    assert repr(read_stream_forms(part)) == repr(read_tokens(part, tokens(part)))
    [form] = read_stream_forms(part)
    assert [ind.name for ind in form.indicators] == ["培训人次"]


def test_no_draft_we_have_reads_its_tail_otherwise():
    for path, part in _draft_parts():
        cells._last = None
        whole = tokens(part)
        cells._last = None
        tail = form_tokens(part)
        assert _token_fields(tail) == _token_fields(whole[len(whole) - len(tail):]), (path, part)
        assert repr(read_tokens(part, tail)) == repr(read_tokens(part, whole)), (path, part)


# One cell per line, the budget row's 得分 cell left blank and the line gone, and the form's
# numbered note right after: the note's 1. is no score.
NOTE_AFTER_ROW = STREAM_ROWS.replace(
    "执行率\n得分\n年度资金总额\n100\n90\n90%\n9\n",
    "执行率\n分值\n得分\n年度资金总额\n100\n90\n90%\n10\n\n"
    "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的需说明\n")


def test_a_numbered_note_after_a_row_gives_it_no_score():
    assert "1.预算执行率" in NOTE_AFTER_ROW
    [form] = read_stream_forms(_part(NOTE_AFTER_ROW))
    [row] = form.budget
    assert row.budget is not None and row.budget.text == "100"
    assert row.score is None or row.score.text != "1"


SATISFACTION_ONE_CELL_A_LINE = """\
2023年度示例项目绩效自评表
项目资金（万元）
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
50
50
49
10
98%
9.8
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
产出指标
数量指标
培训人次
≥300人次
320人次
50
50
满意度指标
服务对象满意度指标
服务对象满意度
≥90%
94.5%
40
40
总分
100
99.8
"""


def test_an_indicator_named_after_its_category_keeps_its_name_in_the_stream():
    """``服务对象满意度`` under ``服务对象满意度指标``, one cell a line: the indicator's name, not
    its category given again (the table reader reads such a row the same way)."""
    [form] = read_stream_forms(_part(SATISFACTION_ONE_CELL_A_LINE))
    last = form.indicators[-1]
    assert (last.level2, last.name, last.actual.cell.value) == ("服务对象满意度指标", "服务对象满意度", "94.5%")


# Sichuan's 部门预算项目支出绩效自评表 names its goal block 1.项目年度目标完成情况, with the two texts
# under 项目年度目标 and 年度目标完成情况: as a web table turned to pipe text and one cell a line.
_SICHUAN_GOAL_CELLS = [
    ["某县林业局部门预算项目支出绩效自评表(2023年度)"] + [""] * 6,
    ["项目名称", "", "某县护林员补助经费", "", "", "", ""],
    ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "", "", "年度目标完成情况", ""],
    ["", "", "完成全县护林员选聘和巡护考核", "", "", "选聘护林员120名，考核合格", ""],
    ["", "2.项目实施内容及过程概述", "按季度发放护林员补助", "", "", "", ""],
    ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "得分"],
]


def test_sichuan_goal_block_read_from_a_pipe_table():
    from perflint.extract.selfeval import self_evaluations
    from perflint.read.text import parse_text

    text = "".join(("| " if row[0] == "" else "") + " | ".join(row[1:] if row[0] == "" else row) + " |\n"
                   for row in _SICHUAN_GOAL_CELLS)
    [form] = self_evaluations(parse_text(text, "form.txt"))
    assert form.goal is not None
    assert form.goal.expected.value == "完成全县护林员选聘和巡护考核"
    assert form.goal.actual.value == "选聘护林员120名，考核合格"


def test_sichuan_goal_block_read_one_cell_a_line():
    """The same form pasted one cell a line (with its budget and indicator blocks, which make
    it a form): the two texts after 项目年度目标 and 年度目标完成情况 are the goal."""
    from perflint.extract.selfeval import self_evaluations
    from perflint.read.text import parse_text

    rows = _SICHUAN_GOAL_CELLS[:5] + [
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
        ["总额", "5.00", "5.00", "5.00", "100.00%", "10", "10"],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"],
        ["产出指标", "数量指标", "巡护天数", "≥", "300", "天", "310", "90", "90"],
    ]
    text = "".join(cell + " |\n" for row in rows for cell in row if cell)
    [form] = self_evaluations(parse_text(text, "form.txt"))
    assert form.goal is not None and form.goal.label.value == "1.项目年度目标完成情况"
    assert form.goal.expected.value == "完成全县护林员选聘和巡护考核"
    assert form.goal.actual.value == "选聘护林员120名，考核合格"


def test_a_sentence_naming_the_project_goal_is_no_goal_label():
    from perflint.read.forms.goals import is_label

    assert is_label("1.项目年度目标完成情况") and is_label("项目年度目标完成情况")
    assert not is_label("项目年度目标完成情况良好，全部完成")


def test_a_fiscal_total_under_a_header_broken_over_the_lines_above_is_not_skipped():
    """``预算数(A) 执行数(B) 执行率(B/A) 得分`` / ``(20分*执行率)`` / ``年度财政资金总额 60 57 95 18``:
    the total opens a budget block after its header on the lines above, so the quick answer says yes."""
    part = _part("示范县2022年度宣传经费项目自评表\n预算执行情况(万元)\n(20分)\n"
                 "  预算数(A) 执行数(B) 执行率(B/A) 得分\n(20分*执行率)\n年度财政资金总额 60 57 95 18\n")
    assert may_read_rows(part)
    [form] = read_stream_forms(part)
    assert [row.item for row in form.budget] == ["年度资金总额"]


_SPACED_FORM = """示范县农业局2023年度项目支出绩效自评表
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
产出指标(50分) | 数量指标 | 新建育苗大棚12座 | ≥12座 | 12座 | 20 | 20 | |
购置灌溉设备及安装 | 40 | 35 | 15 | 13 | |
配套供电设施400KVA变压器2台 | 2 | 7.5 | 7.5 | |
效益指标(30分) | 经济效益指标 | 带动农户增收率(%) | ≥10% | 12% | 30 | 30 | |
总分 | 100 | 88 | |
"""


def test_a_name_cell_a_pdf_spaced_between_bars_is_one_cell():
    """A row that lost a cell, its name spaced by a PDF's text between Chinese and digits
    (``配套供电设施 400KVA变压器 2 台 | 2 | 7.5 | 7.5``): between bars the name is one cell, read as
    the unspaced draft reads it, not cut at its spaces into a name, a target and an actual (which
    put the score 7.5 over a weight of 2)."""
    from perflint.extract.selfeval import self_evaluations

    def rows(text):
        return [(i.name.replace(" ", ""), i.target and i.target.text.replace(" ", ""), i.actual and i.actual.text,
                 i.weight, i.score and i.score.text)
                for se in self_evaluations(parse_text(text, "d.txt")) for i in se.indicators]

    spaced = _SPACED_FORM.replace("设施400KVA变压器2台", "设施 400KVA变压器 2 台")
    assert rows(spaced) == rows(_SPACED_FORM)
    assert not any(name.endswith("设施") for name, *_ in rows(spaced))
