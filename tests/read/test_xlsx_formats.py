"""Excel cells read as Excel shows them under the number formats units give them.

A unit's 自评表 or 决算 sheet formats its figures: ``0.00"万元"`` (the unit is part of what the
cell shows), ``0.0"%"`` or ``0.0\\%`` (a percent sign as text: 95.5 shows 95.5%, never 9550.0%),
会计专用 ``_ ¥* #,##0.00_ `` (the currency sign is decoration), and Excel rounds a displayed
figure half away from zero (12.345 under ``0.00`` shows 12.35). The workbook is built here with
openpyxl from figures we made up.
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from perflint.model import Table
from perflint.read.loader import load
from perflint.read.xlsx import display

ACCOUNTING = '_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ '


@pytest.mark.parametrize("value, fmt, shown", [
    (12.5, '0.00"万元"', "12.50万元"), (3, '0"人"', "3人"), (12, '#"场"', "12场"),
    (95.5, '0.0"%"', "95.5%"), (95.5, "0.0\\%", "95.5%"), (0.955, "0.0%", "95.5%"),
    (1208.75, ACCOUNTING, "1,208.75"), (-1208.75, ACCOUNTING, "-1,208.75"),
    (1208.75, '"¥"#,##0.00', "1,208.75"), (-5.5, "#,##0.00;[Red]-#,##0.00", "-5.50"),
    (12.345, "0.00", "12.35"), (0.125, "0.00", "0.13"), (2.5, "0", "3"), (-2.5, "0", "-3"),
    (5, "@", "5"), (1234.5, "[$-804]#,##0.0", "1,234.5"),
])
def test_cells_show_as_excel_shows_them(value, fmt, shown):
    assert display(value, fmt) == shown


def test_a_sheet_of_percent_and_unit_formats_reads_as_shown(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "自评表"
    rows = [["三级指标", "年度指标值", "实际完成值"], ["演出场次", 12, 14], ["群众满意度", 90, 95.5]]
    for row in rows:
        sheet.append(row)
    for cell in ("B2", "C2"):
        sheet[cell].number_format = '0"场"'
    for cell in ("B3", "C3"):
        sheet[cell].number_format = '0.0"%"'
    path = tmp_path / "form.xlsx"
    book.save(path)
    [table] = [b for _p, b in load(path).blocks() if isinstance(b, Table)]
    assert [row.texts() for row in table.rows][1:] == [["演出场次", "12场", "14场"],
                                                       ["群众满意度", "90.0%", "95.5%"]]
