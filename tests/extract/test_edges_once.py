"""The text's first and last lines with text are found once per document.

Rules ask where the excerpt starts and stops of each finding (perflint.extract.edges). A draft
pasted onto one long line with thousands of findings (a run of unbalanced brackets) read that
line whole for each of them: 30 s for 24 KB. The count of lines read is what is tested here, not
the time (speed lives in benchmarks/).
"""

from __future__ import annotations

import perflint.extract.edges as edges
from perflint.extract.edges import first_line, last_line


def test_first_and_last_line_are_read_once_for_a_document_however_often_asked(monkeypatch) -> None:
    from perflint.read.text import parse_text

    calls = []
    real = edges._has_text
    monkeypatch.setattr(edges, "_has_text", lambda line: calls.append(line) or real(line))
    doc = parse_text("示范县2024年度决算公开说明 | 项目 | 金额 | " + "[" * 4000 + " | 合计 | 12 |\n", "one_line.txt")
    assert first_line(doc) == 1 and last_line(doc) == 1
    read = len(calls)
    for _ in range(1000):  # as a rule asks of each of its findings
        assert first_line(doc) == 1 and last_line(doc) == 1
    assert len(calls) == read, "the line is not read again however often it is asked"


def test_first_and_last_line_skip_bars_and_blank_lines() -> None:
    from perflint.read.text import parse_text

    doc = parse_text("\n|---|---|\n示范县2024年度决算公开说明\n正文一段。\n\n", "d.txt")
    assert (first_line(doc), last_line(doc)) == (3, 4)


def test_first_and_last_line_skip_a_pdfs_page_numbers() -> None:
    # an excerpt of a PDF's text with its page's number above and below (``- 2 -``, ``—3—``)
    from perflint.read.text import parse_text

    doc = parse_text("—2—\n内设机构5个，即：办公室、财务室、\n- 3 -\n", "d.txt")
    assert (first_line(doc), last_line(doc)) == (2, 2)


def test_a_list_cut_at_the_end_of_an_excerpt_is_left_alone_with_a_page_number_below() -> None:
    # C703: the count's list runs on past the cut; the page number a PDF's text puts below the
    # cut does not make the list whole (written for this test)
    from perflint.checks.consistency import AnnouncedCountMismatch

    from perflint.check import Context
    from perflint.read.text import parse_text

    cut = "一、机构设置\n\n本园内设机构6个，即：办公室、教务处、后勤办、保健室、"
    for tail in ("\n", "\n- 2 -\n"):
        doc = parse_text(cut + tail, "d.txt")
        assert list(AnnouncedCountMismatch({}).run(doc, Context())) == []
    whole = "一、机构设置\n\n本园内设机构6个，即：办公室、教务处、后勤办、保健室。\n\n二、人员情况\n\n在编12人。\n- 2 -\n"
    assert [d.code for d in AnnouncedCountMismatch({}).run(parse_text(whole, "d.txt"), Context())] == ["C703"]
