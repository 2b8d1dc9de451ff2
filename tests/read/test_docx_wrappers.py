"""Word forms hold their text in places a plain walk over paragraphs and cells misses.

- a content control (``w:sdt``): form templates put their 填写 fields in them, around whole
  paragraphs and tables or inside a cell; what the unit typed there is the report's text;
- a table nested in a cell;
- a row that starts further right than the table (``w:gridBefore``), as rows of pasted or
  converted forms do: its cells stand under their own columns, not shifted left.

The files are built here with python-docx from text we wrote.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from perflint.model import Table
from perflint.read.loader import load
from perflint.read.rendering import native_location


def _control(text: str) -> object:
    """A content control holding one paragraph of ``text``."""
    return parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="填写"/></w:sdtPr><w:sdtContent>'
                     f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>')


def _tables(path: Path) -> list[list[list[str]]]:
    return [[row.texts() for row in b.rows] for _p, b in load(path).blocks() if isinstance(b, Table)]


def test_text_in_content_controls_is_read(tmp_path):
    word = WordDocument()
    word.add_paragraph("青禾县文化馆2023年度群众文化活动项目支出绩效自评报告")
    word.add_paragraph("一、项目基本情况")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目名称"
    table.cell(1, 0).text = "主管部门"
    table.cell(0, 1)._tc.append(_control("群众文化活动"))  # the cell's 填写 field
    table.cell(1, 1)._tc.append(_control("青禾县文化和旅游局"))
    # a paragraph of the body inside a content control, between the heading and the table
    word.element.body.insert(2, _control("全年举办文艺演出12场。"))
    path = tmp_path / "controls.docx"
    word.save(path)
    doc = load(path)
    assert doc.lines[2] == "全年举办文艺演出12场。"
    assert native_location(doc, 3).startswith("段落 3")
    assert _tables(path)[0] == [["项目名称", "群众文化活动"], ["主管部门", "青禾县文化和旅游局"]]


def test_a_table_nested_in_a_cell_gives_its_text(tmp_path):
    word = WordDocument()
    word.add_paragraph("青禾县文化馆2023年度部门整体支出绩效自评报告")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "绩效指标"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "演出场次"
    inner.cell(0, 1).text = "12场"
    path = tmp_path / "nested.docx"
    word.save(path)
    assert _tables(path)[0][0] == ["绩效指标", "演出场次 12场"]


def test_a_row_starting_further_right_keeps_its_columns(tmp_path):
    word = WordDocument()
    word.add_paragraph("青禾县文化馆2023年度支出决算表")
    table = word.add_table(rows=3, cols=3)
    for r, values in enumerate([["科目", "预算数", "决算数"], ["基本支出", "10.00", "9.00"],
                                ["", "5.00", "4.00"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    tr = table.rows[2]._tr
    tr.remove(tr.findall(qn("w:tc"))[0])  # the row's first grid column has no cell
    tr.insert(0, parse_xml(f'<w:trPr {nsdecls("w")}><w:gridBefore w:val="1"/></w:trPr>'))
    path = tmp_path / "grid-before.docx"
    word.save(path)
    assert _tables(path)[0][2] == ["", "5.00", "4.00"]
