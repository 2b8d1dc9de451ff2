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
