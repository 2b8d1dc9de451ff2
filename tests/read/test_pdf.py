"""Published PDFs: page text in reading order, tables as tables, running headers and footers
dropped, scans refused. The PDFs are drawn here with reportlab's CJK font from drafts we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from perflint.model import Table
from perflint.read.errors import InputError
from perflint.read.loader import load
from perflint.read.rendering import native_location

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _pdf(tmp_path: Path, pages: list[list[str]], table_on_page: int | None = None) -> Path:
    path = tmp_path / "accounts.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        c.setFont(FONT, 10)
        c.drawString(72, height - 30, "青禾县文化馆2023年度部门决算公开")  # running header
        y = height - 90
        for text in lines:
            c.setFont(FONT, 12)
            c.drawString(72, y, text)
            y -= 22
        if table_on_page == number:
            rows = [["项目", "本年收入", "本年支出"], ["基本支出", "120.50", "120.50"],
                    ["项目支出", "30.25", "30.25"], ["合计", "150.85", "150.85"]]
            top = y - 10
            for r, row in enumerate(rows):
                for col, text in enumerate(row):
                    x = 72 + col * 120
                    c.rect(x, top - (r + 1) * 24, 120, 24)
                    c.drawString(x + 6, top - (r + 1) * 24 + 8, text)
        c.setFont(FONT, 10)
        c.drawString(width / 2 - 10, 30, f"- {number} -")
        c.showPage()
    c.save()
    return path


def test_pdf_text_in_reading_order_without_running_headers(tmp_path):
    pages = [["一、收入支出决算总体情况说明", "本年收入合计150.85万元。"],
             ["二、收入决算情况说明", "财政拨款收入150.85万元。"],
             ["三、支出决算情况说明", "基本支出120.50万元，项目支出30.25万元。"]]
    doc = load(_pdf(tmp_path, pages))
    assert doc.source_format == "pdf"
    text = [line for line in doc.lines if line.strip()]
    assert "青禾县文化馆2023年度部门决算公开" not in text  # repeated on every page: debris
    assert text[0] == "一、收入支出决算总体情况说明"
    assert text.index("二、收入决算情况说明") < text.index("三、支出决算情况说明")
    line = doc.lines.index("财政拨款收入150.85万元。") + 1
    assert native_location(doc, line) == "第2页 第3行"


def test_pdf_tables_become_tables(tmp_path):
    doc = load(_pdf(tmp_path, [["一、收入支出决算总表", "金额单位：万元"]], table_on_page=1))
    tables = [b for _p, b in doc.blocks() if isinstance(b, Table)]
    assert tables and ["合计", "150.85", "150.85"] in [row.texts() for row in tables[0].rows]


def test_scanned_pdf_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(100, 100, 200, 200, fill=1)  # a page with no text layer
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="OCR"):
        load(path)


def _table_pdf(tmp_path: Path, total: str, header_again: bool = False) -> Path:
    """A 决算 table that runs over two pages: its header on page 1, the rest and 合计 on page 2."""
    path = tmp_path / "accounts-table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    head = [["科目名称", "年初预算数", "决算数"]]
    first = [[f"第{i}类支出", f"{10 + i}.00", f"{10 + i}.50"] for i in range(1, 9)]
    second = [[f"第{i}类支出", f"{10 + i}.00", f"{10 + i}.50"] for i in range(9, 13)]
    rows_by_page = [head + first, [*(head if header_again else []), *second, ["合计", "198.00", total]]]
    for number, rows in enumerate(rows_by_page, start=1):
        c.setFont(FONT, 10)
        c.drawString(72, height - 30, "青禾县文化馆2023年度部门决算公开")
        top = height - 90
        if number == 1:
            c.setFont(FONT, 12)
            c.drawString(72, top, "一、支出决算表")
            c.drawString(72, top - 22, "金额单位：万元")
            top -= 50
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                x = 72 + col * 140
                c.rect(x, top - (r + 1) * 24, 140, 24)
                c.setFont(FONT, 11)
                c.drawString(x + 6, top - (r + 1) * 24 + 8, text)
        c.setFont(FONT, 10)
        c.drawString(width / 2 - 10, 30, f"- {number} -")
        c.showPage()
    c.save()
    return path


def _a101(path: Path) -> list:
    from perflint.check import Context
    from perflint.engine import run_checks
    from perflint.testing import builtin_checks

    checks = [cls() for cls in builtin_checks() if cls.code == "A101"]
    return run_checks(load(path), checks, Context()).diagnostics


@pytest.mark.parametrize("header_again", [False, True])
def test_table_across_pages_is_checked_as_one_table(tmp_path, header_again):
    # 11.50 + … + 22.50 over 12 rows = 204.00; page numbers and the running header are debris
    assert _a101(_table_pdf(tmp_path, "204.00", header_again)) == []
    [wrong] = _a101(_table_pdf(tmp_path, "214.00", header_again))
    assert "204.00" in wrong.message("zh") and wrong.location.native.startswith("第2页")


def _pdf_from_text(text: str, path: Path) -> Path:
    """The text draft as a published PDF: lines drawn as text, tab rows as a ruled table."""
    from reportlab.lib.pagesizes import landscape

    size = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=size)
    _width, height = size
    y = height - 50
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if y < 60:
            c.showPage()
            y = height - 50
        if "\t" not in lines[i]:
            if lines[i].strip():
                c.setFont(FONT, 10)
                c.drawString(40, y - 12, lines[i])
            y -= 18
            i += 1
            continue
        rows = []
        while i < len(lines) and "\t" in lines[i]:
            rows.append(lines[i].split("\t"))
            i += 1
        cols = max(len(r) for r in rows)
        cells = [r + [""] * (cols - len(r)) for r in rows]
        widths = [max(60, *(pdfmetrics.stringWidth(r[k], FONT, 8) + 10 for r in cells)) for k in range(cols)]
        for row in cells:
            x = 40
            for k, value in enumerate(row):
                c.rect(x, y - 16, widths[k], 16)
                c.setFont(FONT, 8)
                c.drawString(x + 4, y - 11, value)
                x += widths[k]
            y -= 16
        y -= 14
    c.showPage()
    c.save()
    return path


def test_pdf_of_the_example_has_the_findings_of_its_text_draft(tmp_path):
    from collections import Counter

    from perflint.baseline import message_identity
    from perflint.check import Context
    from perflint.engine import run_checks
    from perflint.testing import builtin_checks

    example = Path(__file__).resolve().parents[2] / "examples" / "budget-office-2023.txt"
    pdf = _pdf_from_text(example.read_text(encoding="utf-8"), tmp_path / "budget-office-2023.pdf")

    def findings(path: Path) -> list:
        return run_checks(load(path), [cls() for cls in builtin_checks()], Context()).diagnostics

    found = findings(pdf)
    assert Counter((d.code, message_identity(d)) for d in found) == \
        Counter((d.code, message_identity(d)) for d in findings(example))
    assert {d.code: d.location.native for d in found}["A121"] == "第2页 表2 第2行"


def test_figures_in_a_latin_font_stay_on_their_line(tmp_path):
    """A title's year set in a Latin font whose glyphs a PDF places a few points off the Chinese
    ones (a font with no bounding box of its own): ``2023`` stays inside its line, not on a line of
    its own (where it would read as a page number and be dropped, and the report lose its year)."""
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    x, y = 72, height - 90
    for text, font, shift in (("某县卫生健康局", FONT, 0), ("2023", "Times-Bold", -5), ("年度项目支出绩效自评报告", FONT, 0)):
        c.setFont(font, 18)
        c.drawString(x, y + shift, text)
        x += pdfmetrics.stringWidth(text, font, 18)
    c.setFont(FONT, 12)
    c.drawString(72, y - 30, "一、项目基本情况")
    c.drawString(72, y - 48, "项目预算资金2860万元，全年执行2802.8万元。")
    c.showPage()
    c.save()
    lines = [line for line in load(path).lines if line.strip()]
    assert lines[:3] == ["某县卫生健康局2023年度项目支出绩效自评报告", "一、项目基本情况",
                         "项目预算资金2860万元，全年执行2802.8万元。"]


def _one_page(path: Path, header: tuple[str, float] | None, title: tuple[str, float, float],
              footer: tuple[str, float] | None = None) -> Path:
    """One page: a running header (text, font size) in the top margin, the report's title (text,
    size, its baseline's distance from the page's top), body lines and a footer."""
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    if header:
        c.setFont(FONT, header[1])
        c.drawString(72, height - 30, header[0])
    c.setFont(FONT, title[1])
    c.drawString(150, height - title[2], title[0])
    c.setFont(FONT, 12)
    for k, text in enumerate(["一、部门基本情况", "本部门共有在职人员12人。", "二、收入支出决算总体情况说明"]):
        c.drawString(72, height - title[2] - 40 - 22 * k, text)
    if footer:
        c.setFont(FONT, footer[1])
        c.drawString(width / 2 - 40, 30, footer[0])
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(("header", "footer"), [
    (("青禾县文化馆2023年度部门决算公开", 9), ("- 1 -", 9)),  # a smaller font than the body's
    (("青禾县文化馆2023年度部门决算说明", 12), ("第1页", 12)),  # the title printed again as header
    (("青禾县文化馆", 9), ("青禾县文化馆印制", 9)),  # a footer in a smaller font
])
def test_one_page_pdf_drops_its_header_and_footer(tmp_path, header, footer):
    doc = load(_one_page(tmp_path / "one.pdf", header, ("青禾县文化馆2023年度部门决算说明", 16, 90), footer))
    text = [line for line in doc.lines if line.strip()]
    assert text[0] == "青禾县文化馆2023年度部门决算说明"  # the title is the first body line
    assert header[0] not in text[1:] and (header[0] != text[0] or text.count(header[0]) == 1)
    assert footer[0] not in text and text[-1] == "二、收入支出决算总体情况说明"


def test_one_page_pdf_keeps_a_title_set_in_the_top_margin(tmp_path):
    # narrow margins: the title itself stands in the top margin band, a gap below it; larger
    # than the body, it is the report's title, no header
    doc = load(_one_page(tmp_path / "narrow.pdf", None, ("青禾县文化馆2023年度部门决算说明", 16, 40)))
    assert [line for line in doc.lines if line.strip()][0] == "青禾县文化馆2023年度部门决算说明"


def test_one_page_pdf_keeps_a_note_at_the_foot_of_the_page(tmp_path):
    # a small-font note in the bottom margin is the table's note, no footer
    note = "注：本表反映部门本年度一般公共预算财政拨款支出情况。"
    doc = load(_one_page(tmp_path / "note.pdf", None, ("青禾县文化馆2023年度部门决算说明", 16, 90), (note, 9)))
    assert note in doc.lines


def test_a_picture_on_the_page_stands_in_the_flow_as_a_figure(tmp_path):
    """A chart printed as a picture is the content a 如下： announces: the reader keeps it as a
    line of its own (``[图片]``) where it stands, so the next heading does not follow the
    announcement with nothing between; a small mark (a seal, a logo) is no figure."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    def draft(picture_height: int) -> list[str]:
        path = tmp_path / f"chart{picture_height}.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        width, height = A4
        y = height - 90
        for text in ["某县统计局2023年度部门整体支出绩效自评报告", "一、基本情况", "（一）支出结构",
                     "2023年支出结构如下："]:
            c.setFont(FONT, 12)
            c.drawString(72, y, text)
            y -= 22
        if picture_height:
            y -= picture_height
            c.drawImage(ImageReader(Image.new("RGB", (60, 30), "white")), 72, y, width=picture_height * 2,
                        height=picture_height)
            y -= 22
        for text in ["（二）绩效目标", "全年完成统计调查任务12项，按期发布统计公报。"]:
            c.drawString(72, y, text)
            y -= 22
        c.showPage()
        c.save()
        return [line for line in load(path).lines if line.strip()]

    lines = draft(150)
    assert lines[lines.index("2023年支出结构如下：") + 1] == "[图片]"
    assert "[图片]" not in draft(12)  # a mark no bigger than a character
