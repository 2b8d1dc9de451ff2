"""Page debris that PDF text keeps at page breaks, beyond a page number and a running title each
on their own line (see test_running_headers.py).

- The page number printed on the running title's line (``某县…决算说明    3``, ``— 3 — 某县…
  自评报告``): read as text, it broke a figure the page broke (项目支出 | title 3 | 460.00万元 read
  as 3460.00) or was read as a report's title at every page.
- Short sentences under a numbered heading above the only page break's running title are a
  report's body, not its cover: the outline starts at 一、, not at the title's 二、.
- A table of space-separated rows repeats its header row at the next page's top (after
  ``（续表）`` or not): read again as a row, it cut the account codes after it from the 合计 and
  from their parents, and a wrong subtotal there went unreported.
"""

from __future__ import annotations

from pathlib import Path

from perflint.read import lines as L
from perflint.read.text import parse_text
from perflint.testing import builtin_checks, lint_text

FIXTURES = Path(__file__).parent.parent / "fixtures"
SAME_LINE = FIXTURES / "structure" / "running_title_page_number_same_line.txt"
DASHED = FIXTURES / "structure" / "dashed_page_number_before_running_title.txt"
SHORT = FIXTURES / "structure" / "one_page_break_short_sentences.txt"
LOOSE = FIXTURES / "tables" / "account_code_loose_rows_over_page_break.txt"


def _codes(text: str) -> list[tuple[str, str]]:
    return [(d.code, d.severity.name) for d in lint_text(text, path="excerpt.txt", checks=builtin_checks())]


def _kinds(text: str) -> list[str]:
    return [ln.kind for ln in L.running_heads([L.classify(n, raw) for n, raw in enumerate(text.splitlines(), 1)])]


# -- 1. the page number on the running title's line ------------------------------------------

def test_a_title_then_its_page_number_is_page_debris() -> None:
    text = SAME_LINE.read_text(encoding="utf-8")
    assert "示范县教育局2024年度部门决算说明    3" in text
    assert _codes(text) == []  # A104 and A106 errors read 项目支出 as 3460.00万元
    texts = [b.text.value for p in parse_text(text, "x.txt").parts for b in p.blocks]
    assert any("项目支出460.00万元" in t for t in texts)
    assert not any("决算说明" in t and "    " in t for t in texts)


def test_a_wrong_share_across_such_a_break_is_still_reported() -> None:
    text = SAME_LINE.read_text(encoding="utf-8").replace("占18.85%", "占28.85%")
    assert any(c[0] == "A106" for c in _codes(text))


def test_a_dashed_page_number_before_the_title_is_page_debris() -> None:
    text = DASHED.read_text(encoding="utf-8")
    parts = parse_text(text, "x.txt").parts
    assert len(parts) == 1  # each page's header was read as a report's title
    assert not [c for c in _codes(text) if c[0] in ("S601", "S606", "T805")]
    gap = text.replace("三、偏离", "四、偏离").replace("四、绩效自评结果", "五、绩效自评结果")
    assert any(c[0] == "S601" for c in _codes(gap))


def test_a_title_with_a_number_seen_once_or_numbers_going_down_is_text() -> None:
    once = "一、概况\n示范县教育局2024年度部门决算说明    3\n二、收入\n"
    assert "blank" not in _kinds(once)
    down = "示范县教育局2024年度部门决算说明    5\n一、概况\n示范县教育局2024年度部门决算说明    3\n"
    assert "blank" not in _kinds(down)
    # a figure after a label and spaces is no page number: no year and kind, no title
    rows = "一、概况\n基本支出    3\n项目支出    4\n基本支出    3\n项目支出    5\n"
    assert "blank" not in _kinds(rows)


def test_a_page_mark_in_either_shape_beside_the_title() -> None:
    text = "示范县教育局2024年度部门决算 第 2 页\n一、概况\n示范县教育局2024年度部门决算 第 3 页\n二、收入\n"
    assert _kinds(text).count("blank") == 2


# -- 2. one page break, short sentences above the title ---------------------------------------

def test_short_sentences_under_a_heading_are_no_cover() -> None:
    text = SHORT.read_text(encoding="utf-8")
    assert not [c for c in _codes(text) if c[0] == "S601"]  # an S601 error at 二、
    gap = text.replace("四、收入", "五、收入")
    assert any(c[0] == "S601" for c in _codes(gap))


def test_a_cover_above_the_title_still_belongs_to_the_report() -> None:
    cover = "示范县教育局\n2025年3月\n示范县教育局2024年度部门决算说明\n二、部门机构设置\n下设科室6个。\n"
    assert [c for c in _codes(cover) if c[0] == "S601"]


# -- 3. a loose table's header repeated after a page break ------------------------------------

def test_a_repeated_header_row_is_no_row_of_the_table() -> None:
    text = LOOSE.read_text(encoding="utf-8")
    assert "— 9 —" in text and text.count("科目编码 科目名称 合计 基本支出 项目支出") == 2
    tables = [b for p in parse_text(text, "x.txt").parts for b in p.blocks if hasattr(b, "rows")]
    rows = [r.texts() for t in tables for r in t.rows]
    assert ["208", "社会保障和就业支出", "150.00", "150.00", "0.00"] in rows
    # the header is read once, as the table's first row, and not again after the page break
    assert [r for r in rows if r and r[0] == "科目编码"] == [rows[0]]
    assert not any(r and "示范县教育局" in r[0] for r in rows)
    assert not [c for c in _codes(text) if c[0].startswith("A")]


def test_a_wrong_subtotal_after_the_break_is_reported() -> None:
    text = LOOSE.read_text(encoding="utf-8")
    wrong = text.replace("208 社会保障和就业支出 150.00", "208 社会保障和就业支出 160.00")
    assert wrong != text
    assert any(c[0] in ("A101", "A102") for c in _codes(wrong))


def test_a_continued_line_and_the_header_are_left_out() -> None:
    text = LOOSE.read_text(encoding="utf-8").replace(
        "示范县教育局2024年度部门决算\n科目编码", "示范县教育局2024年度部门决算\n一般公共预算财政拨款支出决算表（续表）\n科目编码")
    assert "（续表）" in text
    assert not [c for c in _codes(text) if c[0].startswith("A")]
    wrong = text.replace("22102 住房改革支出 80.00", "22102 住房改革支出 90.00")
    assert any(c[0] in ("A101", "A102") for c in _codes(wrong))


def test_a_row_without_figures_that_is_no_header_is_kept() -> None:
    # a label row after a page break (a group of rows) is the table's, not its header again
    text = LOOSE.read_text(encoding="utf-8").replace(
        "科目编码 科目名称 合计 基本支出 项目支出\n208", "社会保障 住房保障\n208")
    rows = [r.texts() for p in parse_text(text, "x.txt").parts for b in p.blocks if hasattr(b, "rows") for r in b.rows]
    assert ["社会保障", "住房保障"] in rows


TAB_ROWS = FIXTURES / "tables" / "account_code_tab_rows_over_page_break.txt"
CELL_LINES = FIXTURES / "tables" / "account_code_cell_per_line_over_page_break.txt"


def test_a_tab_table_whose_header_was_joined_above_drops_it_after_the_break() -> None:
    # the header joined to 金额单位 above the first half, a tab row again after the break
    text = TAB_ROWS.read_text(encoding="utf-8")
    assert "科目编码\t科目名称\t合计\t基本支出\t项目支出" in text
    assert not [c for c in _codes(text) if c[0].startswith("A")]
    wrong = text.replace("208\t社会保障和就业支出\t150.00", "208\t社会保障和就业支出\t160.00")
    assert wrong != text and any(c[0] in ("A101", "A102") for c in _codes(wrong))
    # its cells one a line after the break: label rows of one cell each, dropped as well
    lines = text.replace("科目编码\t科目名称\t合计\t基本支出\t项目支出", "科目编码\n科目名称\n合计\n基本支出\n项目支出")
    assert not [c for c in _codes(lines) if c[0].startswith("A")]
    assert any(c[0] in ("A101", "A102") for c in _codes(lines.replace("22102\t住房改革支出\t80.00", "22102\t住房改革支出\t70.00")))


def test_a_table_one_cell_a_line_goes_on_over_its_repeated_header() -> None:
    text = CELL_LINES.read_text(encoding="utf-8")
    assert text.count("科目编码") == 2 and "— 9 —" in text
    assert not [c for c in _codes(text) if c[0].startswith("A")]  # A101: the 合计 missed the second half
    wrong = text.replace("\n\n80.00\n\n80.00\n\n0.00\n\n22102", "\n\n90.00\n\n80.00\n\n0.00\n\n22102")
    assert wrong != text and any(c[0] in ("A101", "A102") for c in _codes(wrong))


def test_a_header_row_in_a_table_with_no_page_break_is_kept() -> None:
    # no page number between: a second header row is the table's own (a group's), not page debris
    text = TAB_ROWS.read_text(encoding="utf-8").replace("— 9 —\n示范县教育局2024年度部门决算\n", "")
    rows = [r.texts() for p in parse_text(text, "x.txt").parts for b in p.blocks if hasattr(b, "rows") for r in b.rows]
    assert ["科目编码", "科目名称", "合计", "基本支出", "项目支出"] in rows
