"""A Word or Excel 自评表 whose rows end in a blank 偏差原因 cell: Word and Excel rows end where
their last filled cell does, so every indicator that met its target (no deviation to explain)
comes out one cell shorter than the header. Such rows are read by the header's columns (name,
target, actual, weight, score), and the form's budget block with them; a form we wrote, built
here with python-docx and openpyxl (merged label cells as the 财政部 form has them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import Workbook

from perflint.extract.selfeval import self_evaluations
from perflint.read.loader import load
from perflint.testing import builtin_checks, lint_file
from tests.checks._office_specs import merges, word_table

TITLE = ["某县文物局", "2023年度不可移动文物保护修缮项目支出绩效自评报告", "一、项目基本情况",
         "2023年项目全年预算数400万元，全年执行数384万元，执行率96%。", "项目支出绩效自评表"]
# "^" merges a cell with the one above, "<" with the one on its left; trailing blanks are left out
ROWS = [
    ["项目名称", "不可移动文物保护修缮", "<", "<", "<", "<", "<", "<", "<"],
    ["项目资金（万元）", "", "<", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["^", "年度资金总额", "<", "400", "400", "384.00", "10", "96.00%", "9.60"],
    ["^", "其中：当年财政拨款", "<", "400", "400", "384.00", "—", "96.00%", "—"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["^", "产出指标", "数量指标", "修缮文物保护单位数量", "≥8处", "8处", "30", "30"],
    ["^", "^", "质量指标", "修缮工程验收合格率", "100%", "100%", "30", "30"],
    ["^", "效益指标", "社会效益指标", "文物开放接待人次", "≥12000人次", "11400人次", "20", "19", "2处文物修缮期间暂停开放"],
    ["^", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"],
    ["总分", "<", "<", "<", "<", "<", "100", "98.60"],
]


def _word(path: Path, rows) -> Path:
    doc = WordDocument()
    for line in TITLE:
        doc.add_paragraph(line)
    word_table(doc, [row + [""] * (9 - len(row)) for row in rows])
    doc.add_paragraph("填报日期：2024年3月18日")
    doc.save(path)
    return path


def _excel(path: Path, rows) -> Path:
    book = Workbook()
    sheet = book.active
    for line in TITLE:
        sheet.append([line])
    top = sheet.max_row
    for r, row in enumerate(rows, top + 1):
        for c, value in enumerate(row, 1):
            if value not in ("^", "<", ""):
                sheet.cell(r, c, float(value) if value.replace(".", "").isdigit() else value)
    for r0, c0, r1, c1 in merges(rows):
        sheet.merge_cells(start_row=top + r0 + 1, start_column=c0 + 1, end_row=top + r1 + 1, end_column=c1 + 1)
    sheet.append(["填报日期：2024年3月18日"])
    book.save(path)
    return path


BUILDERS = {"docx": _word, "xlsx": _excel}


def _planted(old: str, new: str):
    return [[new if v == old else v for v in row] for row in ROWS]


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_rows_without_a_deviation_cell_are_read_by_the_header(tmp_path, kind):
    path = BUILDERS[kind](tmp_path / f"form.{kind}", ROWS)
    [form] = [f for f in self_evaluations(load(path)) if f.indicators]
    assert [i.name for i in form.indicators] == ["修缮文物保护单位数量", "修缮工程验收合格率", "文物开放接待人次", "群众满意度"]
    assert [(i.target.text, i.actual.text, i.weight, i.score.text) for i in form.indicators][0] == ("≥8处", "8处", 30, "30")
    assert [(b.item, b.rate.text) for b in form.budget][0] == ("年度资金总额", "96.00%")
    assert lint_file(path, checks=builtin_checks()) == []


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_a_wrong_rate_in_the_budget_block_is_found(tmp_path, kind):
    path = BUILDERS[kind](tmp_path / f"form.{kind}", _planted("96.00%", "98.00%"))
    found = lint_file(path, checks=builtin_checks())
    doc = load(path)
    line = next(n for n, text in enumerate(doc.lines, 1) if text.startswith("\t年度资金总额"))
    assert any(d.code == "A121" and d.location.line == line for d in found), [(d.code, d.location.line) for d in found]


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_a_score_above_its_share_on_a_row_without_a_deviation_cell(tmp_path, kind):
    rows = [list(r) for r in ROWS]
    rows[8] = ["^", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "85%", "10", "10"]
    found = lint_file(BUILDERS[kind](tmp_path / f"form.{kind}", rows), checks=builtin_checks())
    doc = load(tmp_path / f"form.{kind}")
    line = next(n for n, text in enumerate(doc.lines, 1) if "群众满意度" in text)
    assert any(d.code == "A128" and d.location.line == line for d in found), [(d.code, d.location.line) for d in found]
