"""A PDF's running header (the report's title printed at every page break) is page debris.

Text taken from a PDF keeps, at each page break, the page number and the title printed at the
head of every page. Read as the report's title, it split an excerpt into reports at its first
page break, and the excerpt's outline (一、 above it) was taken for a cover's: the report was said
to start at 二、 (an error); a quote or a bracket the page broke was reported unpaired.
"""

from __future__ import annotations

from pathlib import Path

from perflint.read import lines as L
from perflint.read.text import parse_text
from perflint.testing import builtin_checks, lint_text

FIXTURE = Path(__file__).parent.parent / "fixtures" / "structure" / "running_header_excerpt.txt"


def _codes(text: str) -> list[tuple[str, str]]:
    return [(d.code, d.severity.name) for d in lint_text(text, path="excerpt.txt", checks=builtin_checks())]


def test_a_running_header_at_each_page_break_is_no_report_title() -> None:
    parts = parse_text(FIXTURE.read_text(encoding="utf-8"), "excerpt.txt").parts
    assert len(parts) == 1
    texts = [b.text.value for b in parts[0].blocks]
    assert not any("青禾县柳溪镇人民政府2023年度部门决算" == t.strip() for t in texts)
    # the sentence the page broke reads on across the page number and the running header
    assert any("“乡村振兴”衔接项目" in t and "（含村道硬化、饮水安全巩固提升）" in t for t in texts)


def test_the_excerpt_is_quiet_about_its_numbering_and_its_marks() -> None:
    codes = _codes(FIXTURE.read_text(encoding="utf-8"))
    assert not [c for c in codes if c[0] in ("S601", "S606", "T804", "T805")], codes


def test_a_skipped_heading_across_page_breaks_is_still_reported() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("三、财政拨款", "五、财政拨款").replace("四、一般", "六、一般")
    assert ("S601", "warning") in _codes(text) or ("S601", "error") in _codes(text)


def test_an_unpaired_quote_across_page_breaks_is_still_reported() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("用于“乡村", "用于乡村")
    assert any(c[0] == "T804" for c in _codes(text))


def test_a_title_at_one_page_break_only_is_kept() -> None:
    # one page break: no second sighting, the line is text (a bundle's next report may start on a new page)
    text = "一、收入情况\n本年收入合计100万元，全部为财政拨款。\n— 2 —\n青禾县柳溪镇人民政府2023年度部门决算\n二、支出情况\n本年支出合计100万元，全部为基本支出。\n"
    parts = parse_text(text, "a.txt").parts
    assert any(p.title == "青禾县柳溪镇人民政府2023年度部门决算" for p in parts)


def test_a_sentence_is_no_title_first_line() -> None:
    # a line ending a sentence above a report's title is not the title's first half
    text = "一、收入情况\n本年收入合计100万元。\n— 2 —\n青禾县柳溪镇人民政府2023年度部门决算\n二、支出情况\n本年支出合计100万元。\n"
    titles = [p.title for p in parse_text(text, "a.txt").parts]
    assert "青禾县柳溪镇人民政府2023年度部门决算" in titles
    assert not any(t.startswith("本年收入") for t in titles)


def test_a_bare_page_number_next_to_the_running_title_is_page_debris() -> None:
    # PDF text often prints the page number alone on its line (``4``): next to the report's title
    # at each break, the numbers going up, both are the page's
    text = FIXTURE.read_text(encoding="utf-8").replace("— 3 —", "3").replace("— 4 —", "4").replace("— 5 —", "5")
    parts = parse_text(text, "excerpt.txt").parts
    assert len(parts) == 1
    texts = [b.text.value.strip() for b in parts[0].blocks]
    assert not any(t in ("3", "4", "5") for t in texts)
    assert not [c for c in _codes(text) if c[0] in ("S601", "T804", "T805")]


def test_a_bare_number_beside_a_repeated_label_is_kept() -> None:
    # a table pasted one cell a line repeats its labels beside its figures: no report's title, no page
    text = "一、产出情况\n数量指标\n12\n质量指标\n数量指标\n15\n质量指标\n数量指标\n18\n"
    kinds = [ln.kind for ln in L.running_heads([L.classify(n, raw) for n, raw in enumerate(text.splitlines(), 1)])]
    assert "blank" not in kinds


def test_a_running_header_of_two_lines_is_page_debris() -> None:
    # the unit on one line, the report on the next, at every page break
    text = FIXTURE.read_text(encoding="utf-8").replace("青禾县柳溪镇人民政府2023年度部门决算", "青禾县柳溪镇人民政府\n2023年度部门决算")
    assert len(parse_text(text, "excerpt.txt").parts) == 1
    assert not [c for c in _codes(text) if c[0] in ("S601", "T804", "T805")]


TOWNSHIP = Path(__file__).parent.parent / "fixtures" / "clean" / "township-tables-over-page-break-2024.txt"


def test_a_continued_tables_title_line_is_no_row_of_it() -> None:
    # page number, then ``…决算表（续表）`` and the header rows again, no running title between:
    # the title line was read as a label row, the table ran on with its header rows inside, and
    # the 合计 missed the classes after the break (A101, A102 errors)
    lines = TOWNSHIP.read_text(encoding="utf-8").split("\n")
    text = "\n".join(ln for ln in lines if ln.strip() != "石门乡人民政府2024年度部门决算" or ln is lines[0])
    assert "（续表）" in text and "第 9 页 共 20 页" in text
    assert not [c for c in _codes(text) if c[0] in ("A101", "A102")]
    # a class the total misses after the break is still reported
    wrong = text.replace("221\t住房保障支出\t103.10", "221\t住房保障支出\t113.10")
    assert wrong != text and any(c[0] in ("A101", "A102") for c in _codes(wrong))


def test_a_numbered_heading_beside_page_numbers_by_chance_is_no_running_header() -> None:
    # a running title opens with no list marker and stands at a good share of the breaks; a
    # template heading (一、自评结论) next to two page numbers of a long bundle is the report's own
    lines = [L.classify(k, raw) for k, raw in enumerate(
        "\n".join(["甲", "- 1 -", "一、自评结论", "正文。"] * 2 + ["乙", "- 3 -", "正文。"] * 6).split("\n"), 1)]
    kinds = {ln.raw: ln.kind for ln in L.running_heads(lines)}
    assert kinds["一、自评结论"] == "text"


def test_a_short_line_at_two_breaks_of_many_is_no_running_header() -> None:
    # 得分 (a form's column) stands beside 2 of 12 page numbers: a running title stands at most
    body = ["得分", "- {n} -", "表中内容。"] * 2 + ["正文段落。", "- {n} -", "另一段正文。"] * 10
    raw = [x.format(n=k) for k, x in enumerate(body, 1)]
    lines = [L.classify(k, x) for k, x in enumerate(raw, 1)]
    assert [ln.kind for ln in L.running_heads(lines) if ln.raw == "得分"] == ["text", "text"]


TWO_PAGES = Path(__file__).parent.parent / "fixtures" / "structure" / "running_header_two_pages.txt"


def test_a_header_at_the_one_page_break_of_a_broken_sentence_is_page_debris() -> None:
    """A two-page report: its one page break falls inside a sentence, with the title printed on
    the line above the page number. A heading never stands inside a sentence: the title and the
    number are page debris, the sentence reads on, and the report stays one."""
    parts = parse_text(TWO_PAGES.read_text(encoding="utf-8"), "two.txt").parts
    assert len(parts) == 1
    texts = [b.text.value for b in parts[0].blocks]
    assert any("防火物资购置、护林员巡护补助和“防火宣传月”活动（含宣传册印制、标语制作）" in t for t in texts)
    assert [t for t in texts if t.strip() == "石门县林业局2023年度森林防火项目支出绩效自评报告"] == [texts[0]]
    assert not [c for c in _codes(TWO_PAGES.read_text(encoding="utf-8")) if c[0] in ("S601", "S606", "T804", "T805")]


def test_a_header_line_below_the_page_number_is_page_debris_too() -> None:
    # the header printed at the top of the next page: page number first, then the title
    text = TWO_PAGES.read_text(encoding="utf-8").replace(
        "石门县林业局2023年度森林防火项目支出绩效自评报告\n第 1 页 共 2 页\n", "— 1 —\n石门县林业局森林防火项目\n")
    parts = parse_text(text, "two.txt").parts
    assert len(parts) == 1
    assert not any(b.text.value.strip() == "石门县林业局森林防火项目" for b in parts[0].blocks)


def test_a_title_after_a_finished_sentence_at_the_one_page_break_is_kept() -> None:
    # the sentence ends before the page number: the next page may open a report of its own
    text = TWO_PAGES.read_text(encoding="utf-8").replace("防火物资购置、\n", "防火物资购置。\n").replace(
        "报告\n第 1 页", "报告（续）\n第 1 页")  # not the first line's words (a title printed twice is debris)
    kinds = [ln.kind for ln in L.running_heads([L.classify(n, raw) for n, raw in enumerate(text.splitlines(), 1)])]
    assert kinds[4] == "text"  # the title line before 第 1 页 stays


def test_a_heading_ending_a_page_is_no_broken_sentence() -> None:
    # a heading (no sentence mark) before the page number: the short line after it is the page's
    # own text, a sub-title of its section
    text = "一、项目基本情况\n— 1 —\n项目概况\n本项目年初预算资金86.00万元，全部为财政拨款。\n"
    kinds = [ln.kind for ln in L.running_heads([L.classify(n, raw) for n, raw in enumerate(text.splitlines(), 1)])]
    assert kinds[2] == "text"


def _pasted_form_pages(head: str) -> str:
    """A report pasted from a PDF: prose, then its 自评表 one cell a line (bare figures by the
    dozen), with the page number (``- 1 -``) and a running header at each of three page breaks."""
    cells = "\n".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
                      + [c for i in range(1, 9) for c in ("产出指标", "数量指标", f"指标{i}", "≥10次", "12次", "5", "5")])
    return (f"某县文物局2023年度文物保护修缮项目支出绩效自评报告\n一、项目基本情况\n全年修缮文物保护单位8处,"
            f"验收合格率100%。\n\n- 1 -\n\n{head}\n\n二、绩效目标完成情况\n群众满意度95%。\n\n- 2 -\n\n{head}\n\n"
            f"项目支出绩效自评表\n{cells}\n\n- 3 -\n\n{head}\n\n总分\n100\n100\n\n- 4 -\n")


def test_a_running_header_is_found_among_a_pasted_forms_bare_figures() -> None:
    """The form's bare figures (5, 12…) are its cells, not page numbers: where the text prints
    its page numbers, only those are its page breaks, and a header at each of them is debris."""
    head = "某县文物局2023年度文物保护修缮绩效自评报告"
    doc = parse_text(_pasted_form_pages(head), "pasted.txt")
    assert len(doc.parts) == 1
    assert not any(b.text.value.strip() == head for b in doc.parts[0].blocks)


def test_a_heading_repeated_beside_only_some_page_numbers_is_kept() -> None:
    text = _pasted_form_pages("某县文物局2023年度文物保护修缮绩效自评报告").replace(
        "\n\n- 2 -\n\n某县文物局2023年度文物保护修缮绩效自评报告\n\n", "\n\n- 2 -\n\n三、自评结论\n\n", 1).replace(
        "\n\n- 3 -\n\n某县文物局2023年度文物保护修缮绩效自评报告\n\n", "\n\n- 3 -\n\n", 1)
    lines = L.read_lines(enumerate(text.split("\n"), 1))
    kept = [ln.raw for ln in lines if ln.kind == "text" and "绩效自评报告" in ln.raw]
    assert len(kept) == 2  # the title, and the one header beside one break of three (no running header)
