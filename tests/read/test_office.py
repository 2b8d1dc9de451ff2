"""Word and Excel drafts are read into the same model as text drafts, with each finding's place
in the original file; legacy and unknown formats are refused with a message saying what to do.
The files are built here with python-docx and openpyxl from drafts we wrote."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn
from openpyxl import Workbook
from typer.testing import CliRunner

from perflint.cli import app
from perflint.model import Heading, Table
from perflint.read.errors import InputError
from perflint.read.loader import load
from perflint.read.rendering import native_location
from perflint.read.xlsx import display
from perflint.testing import ignore_others

NARRATIVE = [
    "青禾县文化馆2023年度群众文化活动项目支出绩效自评报告",
    "一、项目基本情况",
    "项目全年预算数20万元，执行数18万元，执行率90%。",
    "二、绩效目标完成情况",
    "全年举办文艺演出12场，观众4600人次。",
]


def _word(tmp_path: Path, name: str = "report.docx") -> Path:
    doc = WordDocument()
    for text in NARRATIVE:
        doc.add_paragraph(text)
    table = doc.add_table(rows=4, cols=4)
    rows = [["一级指标", "三级指标", "年度指标值", "实际完成值"],
            ["产出指标", "文艺演出场次", "≥12场", "12场"],
            ["", "观众人次", "≥4000人次", "4600人次"],
            ["效益指标", "群众满意度", "≥90%", "95%"]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0))  # 产出指标 spans two rows
    table.cell(1, 0).text = "产出指标"
    path = tmp_path / name
    doc.save(path)
    return path


def test_word_paragraphs_and_tables_in_order_with_merged_cells(tmp_path):
    doc = load(_word(tmp_path))
    assert doc.source_format == "docx"
    assert doc.lines[:5] == NARRATIVE
    tables = [b for _p, b in doc.blocks() if isinstance(b, Table)]
    assert len(tables) == 1
    cells = [row.texts() for row in tables[0].rows]
    assert cells[1][:2] == ["产出指标", "文艺演出场次"]
    assert cells[2][0] == ""  # the vertical merge is blank below its first cell
    assert native_location(doc, 2) == "段落 2"  # a heading is its own place
    assert native_location(doc, 3) == "段落 3，“一、项目基本情况”下"  # a Word user finds it by its heading
    table_line = doc.lines.index("产出指标\t文艺演出场次\t≥12场\t12场") + 1
    assert native_location(doc, table_line, 1) == "表1 第2行 第1列，“二、绩效目标完成情况”下"
    assert native_location(doc, table_line, len("产出指标\t文艺演出场次\t") + 1).startswith("表1 第2行 第3列，")


def _numbered_paragraph(doc, text: str, num_id: int, level: int = 0):
    p = doc.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.makeelement(qn("w:numPr"), {})
    ilvl = numpr.makeelement(qn("w:ilvl"), {qn("w:val"): str(level)})
    nid = numpr.makeelement(qn("w:numId"), {qn("w:val"): str(num_id)})
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)
    return p


def _add_chinese_list(doc) -> int:
    numbering = doc.part.numbering_part.element
    abstract = numbering.makeelement(qn("w:abstractNum"), {qn("w:abstractNumId"): "90"})
    for ilvl, (fmt, text) in enumerate([("chineseCounting", "%1、"), ("chineseCounting", "（%2）")]):
        lvl = abstract.makeelement(qn("w:lvl"), {qn("w:ilvl"): str(ilvl)})
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            lvl.append(lvl.makeelement(qn(tag), {qn("w:val"): val}))
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = numbering.makeelement(qn("w:num"), {qn("w:numId"): "90"})
    num.append(num.makeelement(qn("w:abstractNumId"), {qn("w:val"): "90"}))
    numbering.append(num)
    return 90


def test_word_automatic_numbering_heading_styles_and_tracked_changes(tmp_path):
    doc = WordDocument()
    doc.add_heading("青禾县文化馆2023年度部门整体支出绩效自评报告", level=1)
    nid = _add_chinese_list(doc)
    _numbered_paragraph(doc, "部门基本情况", nid)
    _numbered_paragraph(doc, "机构设置", nid, 1)
    _numbered_paragraph(doc, "人员情况", nid, 1)
    _numbered_paragraph(doc, "绩效目标完成情况", nid)
    p = doc.add_paragraph("全年支出")
    # tracked changes: an inserted run is kept, a deleted run is dropped
    ins = p._p.makeelement(qn("w:ins"), {qn("w:id"): "1", qn("w:author"): "审核人"})
    run = copy.deepcopy(p.runs[0]._r)
    run.find(qn("w:t")).text = "86.20万元"
    ins.append(run)
    p._p.append(ins)
    dele = p._p.makeelement(qn("w:del"), {qn("w:id"): "2", qn("w:author"): "审核人"})
    drun = p.runs[0]._r.makeelement(qn("w:r"), {})
    dt = drun.makeelement(qn("w:delText"), {})
    dt.text = "90.00万元"
    drun.append(dt)
    dele.append(drun)
    p._p.append(dele)
    path = tmp_path / "numbered.docx"
    doc.save(path)
    read = load(path)
    assert "一、部门基本情况" in read.lines
    assert "（一）机构设置" in read.lines and "（二）人员情况" in read.lines
    assert "二、绩效目标完成情况" in read.lines
    assert "全年支出86.20万元" in read.lines
    headings = [b.text.value for _p, b in read.blocks() if isinstance(b, Heading)]
    assert any("二、绩效目标完成情况" in h for h in headings)


def _excel(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "收支表"
    sheet.append(["青禾县文化馆2023年度收入支出决算表"])
    sheet.append(["金额单位：万元"])
    sheet.append(["项目", "本年收入", "本年支出"])
    sheet.append(["基本支出", 120.5, 120.5])
    sheet.append(["项目支出", 30.25, 30.25])
    sheet.append(["合计", 150.85, 150.85])  # 120.5 + 30.25 = 150.75: the total is wrong
    for row in sheet.iter_rows(min_row=4, max_row=6, min_col=2, max_col=3):
        for cell in row:
            cell.number_format = "0.00"
    sheet.merge_cells("A1:C1")
    path = tmp_path / "accounts.xlsx"
    book.save(path)
    return path


def test_excel_sheet_rows_merged_ranges_and_displayed_precision(tmp_path):
    doc = load(_excel(tmp_path))
    assert doc.source_format == "xlsx"
    assert "基本支出\t120.50\t120.50" in doc.lines
    line = doc.lines.index("合计\t150.85\t150.85") + 1
    assert native_location(doc, line, len("合计\t") + 1) == "收支表!B6"


@pytest.mark.parametrize("value, fmt, shown", [
    (0.955, "0.0%", "95.5%"), (1133.18, "General", "1133.18"), (12.0, "General", "12"),
    (1234567.5, "#,##0.00", "1,234,567.50"), (7, "0", "7"), (None, "General", ""),
])
def test_excel_values_as_displayed(value, fmt, shown):
    assert display(value, fmt) == shown


def test_findings_in_office_files_name_their_place(tmp_path):
    result = CliRunner().invoke(app, ["check", "--format", "json", "--select", "A101", str(_excel(tmp_path))])
    found = json.loads(result.stdout)
    assert found, result.stdout
    assert any(d["source_location"].startswith("收支表!") for d in found)


@pytest.mark.parametrize("raw, name, words", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "old.doc", "另存为"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "table.et", ".xlsx"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 16, "scan.txt", "OCR"),
    (b"Rar!\x1a\x07\x00", "drafts.txt", "archive"),
    (b"PK\x03\x04garbage", "broken.docx", "damaged"),
])
def test_legacy_and_unknown_formats_are_refused_with_advice(tmp_path, raw, name, words):
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(InputError) as err:
        load(path)
    assert words in str(err.value) and name in str(err.value)


def test_word_file_recognised_by_content_whatever_its_name(tmp_path):
    renamed = _word(tmp_path).rename(tmp_path / "report.txt")
    assert load(renamed).source_format == "docx"


def test_show_prints_the_rendering_with_locations(tmp_path):
    path = _word(tmp_path)
    plain = CliRunner().invoke(app, ["show", str(path)])
    assert plain.exit_code == 0
    assert plain.stdout.splitlines()[2].split(None, 1) == ["3", NARRATIVE[2]]
    located = CliRunner().invoke(app, ["show", "--locations", str(path)])
    assert "[段落 3，“一、项目基本情况”下] " + NARRATIVE[2] in located.stdout
    assert "[表1 第2行 第1列，“二、绩效目标完成情况”下] 产出指标" in located.stdout
    missing = CliRunner().invoke(app, ["show", str(tmp_path / "nope.docx")])
    assert missing.exit_code == 2 and "nope.docx: 文件不存在" in missing.stderr
    missing = CliRunner().invoke(app, ["show", "--lang", "en", str(tmp_path / "nope.docx")])
    assert missing.exit_code == 2 and "nope.docx: no such file" in missing.stderr


def _check_json(path: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["check", "--format", "json", "--select", "A121,A107,Y501", str(path)])
    return json.loads(result.stdout)


def test_word_comment_suppresses_the_finding_it_is_anchored_on(tmp_path):
    doc = WordDocument()
    doc.add_paragraph("青禾县文化馆2023年度群众文化活动项目支出绩效自评报告")
    doc.add_paragraph("一、项目基本情况")
    first = doc.add_paragraph("业务经费预算数20.00万元，执行数18.00万元，完成预算的95%。")
    doc.add_paragraph("二、绩效目标完成情况")
    doc.add_paragraph("补助资金预算数10.00万元，执行数8.00万元，完成预算的90%。")
    plain = tmp_path / "plain.docx"
    doc.save(plain)
    assert [d["line"] for d in _check_json(plain)] == [3, 5]
    doc.add_comment(first.runs, text="经核实，执行数以财政批复为准。perflint: ignore[A107]", author="审核")
    commented = tmp_path / "commented.docx"
    doc.save(commented)
    assert [d["line"] for d in _check_json(commented)] == [5]  # only the paragraph it is on


def test_excel_cell_note_suppresses_the_finding_in_its_row(tmp_path):
    from openpyxl.comments import Comment

    book = Workbook()
    sheet = book.active
    sheet.title = "自评表"
    sheet.append(["项目", "预算数", "执行数", "执行率"])
    sheet.append(["年度资金总额", "20.00", "18.00", "95%"])
    sheet.append(["其中：财政拨款", "10.00", "8.00", "90%"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    before = _check_json(plain)
    assert len(before) == 2, before
    sheet["D2"].comment = Comment("perflint：ignore［A121］ 按批复口径", "审核")
    commented = tmp_path / "commented.xlsx"
    book.save(commented)
    after = _check_json(commented)
    assert [d["line"] for d in after] == [before[1]["line"]]


def test_a_fault_in_perflints_own_reading_of_a_word_file_is_not_called_a_damaged_file(monkeypatch):
    # a bug after the Word file was walked (in the text pipeline) must surface as perflint's own
    # internal error, never as "the Word file is damaged", which would send the user to a wrong fix
    import perflint.read.text as text_reader
    from perflint.read.errors import InputError
    from perflint.read.loader import load

    def broken(doc):
        raise RuntimeError("bug in perflint")

    monkeypatch.setattr(text_reader, "attach_forms", broken)
    example = Path(__file__).resolve().parents[2] / "examples" / "budget-office-2023.docx"
    with pytest.raises(RuntimeError):
        try:
            load(example)
        except InputError as exc:  # pragma: no cover - the defect this test guards against
            pytest.fail(f"reported as an input error: {exc}")


def _sangong_workbook(tmp_path: Path, hosting: float) -> Path:
    """A 三公 table as workbooks lay it out: 预算数 and 决算数 merged over their six columns, the
    公务用车 group over its three, the other names merged down over two header rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "三公经费表"
    sheet.append(["梅岭县人民医院2023年度一般公共预算财政拨款“三公”经费支出决算表"])
    sheet.append(["编制单位：梅岭县人民医院", None, None, None, None, None, None, None, None, None, None, "金额单位：万元"])
    sheet.append(["预算数", None, None, None, None, None, "决算数"])
    names = ["合计", "因公出国（境）费", "公务用车购置及运行费", None, None, "公务接待费"]
    sheet.append(names + names)
    sheet.append([None, None, "小计", "公务用车购置费", "公务用车运行费", None] * 2)
    sheet.append([12.0, 0.0, 8.0, 0.0, 8.0, 4.0, 8.25, 0.0, 6.4, 0.0, 6.4, hosting])
    for cell in sheet[6]:
        cell.number_format = "0.00"
    for rng in ("A1:L1", "A2:K2", "A3:F3", "G3:L3", "C4:E4", "I4:K4"):
        sheet.merge_cells(rng)
    for col in "ABFGHL":
        sheet.merge_cells(f"{col}4:{col}5")
    path = tmp_path / f"sangong-{hosting}.xlsx"
    book.save(path)
    return path


def test_excel_merged_header_keeps_its_blanks_to_the_ranges_end(tmp_path):
    """A merged range's blanks at a row's end (决算数 over G:L, 公务接待费 merged down over L4:L5)
    are cells of the row: the header is as wide as the figures, so the 合计 is checked."""
    def a101(path: Path) -> list[dict]:
        result = CliRunner().invoke(app, ["check", "--format", "json", "--select", "A101", str(path)])
        return json.loads(result.stdout)

    assert a101(_sangong_workbook(tmp_path, 1.85)) == []
    found = a101(_sangong_workbook(tmp_path, 1.58))
    assert [(d["code"], d["line"]) for d in found] == [("A101", found[0]["line"])]
    assert "0.00 + 6.40 + 1.58 = 7.98" in found[0]["message"]


def test_excel_workbook_of_a_units_accounts_is_quiet():
    """A county hospital's 单位决算 we wrote as a workbook, one table a sheet, merged headers and unit
    lines (编制单位 | … | 金额单位) as wide as each table, and the 情况说明 on a sheet of its own: every
    check stays quiet on the correct figures."""
    path = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "hospital-unit-workbook-2023.xlsx"
    result = CliRunner().invoke(app, ignore_others(["check", "--isolated", "--format", "json", str(path)]))
    assert json.loads(result.stdout) == []


def _png() -> bytes:
    """A 1×1 PNG: a picture python-docx can place."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def test_a_word_picture_stands_in_the_flow_as_a_figure(tmp_path):
    """A chart pasted as a picture is the content a 如下： announces, or the section's content
    under its heading: the reader keeps it as a line of its own (``[图片]``), so the next
    heading does not follow the announcement or the heading with nothing between."""
    import io

    def b306(picture: bool) -> list:
        doc = WordDocument()
        for text in ["某县统计局2023年度部门整体支出绩效自评报告", "一、基本情况", "（一）支出结构",
                     "2023年支出结构如下："]:
            doc.add_paragraph(text)
        if picture:
            doc.add_picture(io.BytesIO(_png()))
        doc.add_paragraph("（二）绩效目标")
        doc.add_paragraph("全年完成统计调查任务12项，按期发布统计公报。")
        path = tmp_path / f"chart{picture}.docx"
        doc.save(str(path))
        if picture:
            assert "[图片]" in load(path).lines[4]
        found = json.loads(CliRunner().invoke(app, ["check", str(path), "--isolated", "--format", "json",
                                                    "--fail-on", "never"]).stdout)
        return [d for d in found if d["code"] == "B306"]

    assert b306(picture=True) == []
    assert len(b306(picture=False)) == 1  # nothing under 如下： at all: reported
