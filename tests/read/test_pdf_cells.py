"""A PDF table cell whose text its column wrapped is read as the one text it is.

Published 自评表 and 决算 tables have narrow columns: Word wraps ``全年预算数`` into ``全年预`` /
``算数`` and a figure into ``1,208.`` / ``75``. Joined with a space these read ``全年预 算数`` (a
header no column name matches) and ``1,208. 75`` (no figure, or two). The PDFs are drawn here
with reportlab's CJK font from tables we wrote.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from perflint.model import Table
from perflint.read.loader import load

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _pdf(path: Path, rows: list[list[list[str]]], widths: list[float]) -> Path:
    """One ruled table; each cell a list of the lines drawn in it, left-aligned 4 points in."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _width, height = A4
    c.setFont(FONT, 12)
    c.drawString(72, height - 72, "青禾县文化馆2023年度支出决算表")
    top = height - 100
    for row in rows:
        tall = 14 * max(len(cell) for cell in row) + 8
        x = 72.0
        for lines, w in zip(row, widths, strict=True):
            c.rect(x, top - tall, w, tall)
            c.setFont(FONT, 10)
            for k, text in enumerate(lines):
                c.drawString(x + 4, top - 14 - 14 * k, text)
            x += w
        top -= tall
    c.showPage()
    c.save()
    return path


def _rows(path: Path) -> list[list[str]]:
    [table] = [b for _p, b in load(path).blocks() if isinstance(b, Table)]
    return [row.texts() for row in table.rows]


def test_a_cell_its_column_wrapped_is_one_text(tmp_path):
    rows = [
        [["科目"], ["年初预", "算数"], ["说明"]],
        [["基本支出"], ["1,208.", "75"], ["指标1：完成", "指标2：基本完成"]],
        [["项目支出"], ["30.25"], ["100", "95"]],
    ]
    texts = _rows(_pdf(tmp_path / "wrapped.pdf", rows, [90, 38, 160]))
    assert texts[0][:2] == ["科目", "年初预算数"]
    assert texts[1][1] == "1,208.75"
    # lines a wide cell did not wrap are a paragraph's end, as before: a space between them
    assert texts[1][2] == "指标1：完成 指标2：基本完成"
    assert texts[2][2] == "100 95"


def _split_row_pdf(path: Path, rest: list[str]) -> Path:
    """A 决算 table over two pages; the last row on page 1 is cut by the page and ``rest`` is the
    first row on page 2 (the header printed again above it)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _width, height = A4
    widths = [110, 38, 38]
    header = [["科目"], ["预算数"], ["决算数"]]
    pages = [[header, [["商品和服务支出"], ["10.00"], ["9.50"]], [["基本支出"], ["1,208."], ["1,100."]]],
             [header, [[t] if t else [] for t in rest], [["合计"], ["1,218.75"], ["1,110.00"]]]]
    for rows in pages:
        c.setFont(FONT, 12)
        c.drawString(72, height - 60, "青禾县文化馆2023年度支出决算表")
        top = height - 90
        for row in rows:
            x = 72.0
            for lines, w in zip(row, widths, strict=True):
                c.rect(x, top - 22, w, 22)
                c.setFont(FONT, 10)
                for text in lines:
                    c.drawString(x + 4, top - 15, text)
                x += w
            top -= 22
        c.showPage()
    c.save()
    return path


def test_a_row_the_page_broke_is_one_row(tmp_path):
    texts = _rows(_split_row_pdf(tmp_path / "split.pdf", ["", "75", "50"]))
    assert ["基本支出", "1,208.75", "1,100.50"] in texts
    assert ["", "75", "50"] not in texts
    assert texts[-1] == ["合计", "1,218.75", "1,110.00"]


def test_a_new_row_at_the_top_of_a_page_stays_a_row(tmp_path):
    # its label is filled: a row of its own, though the cells above reached their edges
    texts = _rows(_split_row_pdf(tmp_path / "new-row.pdf", ["项目支出", "75", "50"]))
    assert ["基本支出", "1,208.", "1,100."] in texts and ["项目支出", "75", "50"] in texts


def _regridded_pdf(path: Path) -> Path:
    """A 自评表 over two pages whose rows on page 1 merge the right-hand columns into one cell
    (pdfplumber finds 3 columns there) and on page 2 use all 5: the page cut the last row of
    page 1, its rest (``75``) is the first row of page 2."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _width, height = A4
    widths = [110, 38, 50, 50, 50]
    pages = [
        [[(1, "项目名称"), (1, ""), (3, "青禾县文化馆免费开放")],
         [(1, "年度资金总额"), (1, "1,208."), (3, "—")]],
        [[(1, ""), (1, "75"), (3, "")],
         [(1, "一级指标"), (1, "分值"), (1, "指标值"), (1, "完成值"), (1, "得分")],
         [(1, "产出指标"), (1, "50"), (1, "100%"), (1, "100%"), (1, "50")]],
    ]
    for rows in pages:
        top = height - 90
        for row in rows:
            x, col = 72.0, 0
            for span, text in row:
                w = sum(widths[col:col + span])
                c.rect(x, top - 22, w, 22)
                c.setFont(FONT, 10)
                c.drawString(x + 4, top - 15, text)
                x, col = x + w, col + span
            top -= 22
        c.showPage()
    c.save()
    return path


def test_a_table_going_on_with_a_finer_grid_is_one_table(tmp_path):
    # pdfplumber reads page 1 with 3 columns and page 2 with 5: the grids are aligned by the
    # x-positions of the cells' edges, the table goes on, and the row the page cut is one row
    texts = _rows(_regridded_pdf(tmp_path / "regrid.pdf"))
    assert ["年度资金总额", "1,208.75", "—"] in texts  # (the rendering drops trailing empty cells)
    assert not any(row[:2] == ["", "75"] for row in texts)
    assert texts[-1] == ["产出指标", "50", "100%", "100%", "50"]
