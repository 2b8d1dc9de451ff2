"""Drafts in Traditional script are read as Simplified, with their own characters kept for
what a finding shows (perflint.text.scripts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from perflint.text.scripts import is_traditional, own_lines, restore_quotes, simplified

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "scripts" / "traditional.txt"


def _check(path: Path, *args: str) -> subprocess.CompletedProcess:
    # run from the tests' folder: from the repository's root, ``-m`` would import the source tree's
    # perflint before the installed one (and its built-in checks with it)
    return subprocess.run([sys.executable, "-m", "perflint.cli", "check", "--isolated", *args, str(path)],
                          capture_output=True, text=True, encoding="utf-8", cwd=Path(__file__).resolve().parent)


def test_one_character_for_one():
    text = "收入總計356.20萬元，比上年減少12.00萬元，增長-3%。"
    assert simplified(text) == "收入总计356.20万元，比上年减少12.00万元，增长-3%。"
    assert len(simplified(text)) == len(text)


def test_a_simplified_draft_is_left_alone():
    """No character a Simplified draft writes is in the map (GB2312 is left as it is), and a draft
    quoting one odd Traditional character is not taken for a Traditional one."""
    text = "著名的乾隆年间，于是发展了。收入总计356.20万元（萬元）。"
    assert simplified(text.replace("萬", "")) == text.replace("萬", "")
    assert not is_traditional(text)
    assert is_traditional("部門決算說明：收入總計356.20萬元")


def test_quotes_and_lines_in_the_drafts_own_script():
    original = "一、說明\r\n收入總計 5 萬元\n"
    plain = simplified(original)
    assert own_lines(plain.replace("\r\n", "\n").split("\n"), plain, original) == ["一、說明", "收入總計 5 萬元", ""]
    assert restore_quotes("收入总计", plain, original) == "收入總計"
    assert restore_quotes("其中", plain, original) == "其中"  # nothing mapped: as it is


def test_a_traditional_draft_is_checked(tmp_path):
    out = json.loads(_check(FIXTURE, "--format", "json", "--select", "A104").stdout)
    assert [(d["code"], d["line"]) for d in out] == [("A104", 4)]
    assert "320.00 + 30.00 = 350.00" in out[0]["message"]
    shown = _check(FIXTURE, "--select", "A104").stdout
    assert "財政撥款收入320.00萬元" in shown  # the source line as the draft writes it
    fixed = tmp_path / "fixed.txt"
    fixed.write_text(FIXTURE.read_text(encoding="utf-8").replace("356.20", "350.00"), encoding="utf-8")
    assert json.loads(_check(fixed, "--format", "json", "--select", "A104").stdout) == []


def test_a_finding_quotes_the_drafts_own_characters():
    out = json.loads(_check(FIXTURE, "--format", "json", "--select", "S601").stdout)
    assert [d["code"] for d in out] == ["S601"]
    assert "“一、收入支出決算總體情況說明”" in out[0]["message"]


def _lines_of_fixture() -> list[str]:
    return FIXTURE.read_text(encoding="utf-8").splitlines()


def test_a_traditional_word_file_is_read_as_simplified(tmp_path):
    """Word, Excel and PDF render to text: that rendering is read through the map too."""
    from docx import Document as WordDocument

    from perflint.testing import lint_file

    word = WordDocument()
    for line in _lines_of_fixture():
        word.add_paragraph(line)
    path = tmp_path / "report.docx"
    word.save(path)
    found = lint_file(path, checks=["A104"])
    assert [d.code for d in found] == ["A104"]
    assert "320.00 + 30.00 = 350.00" in found[0].message("zh")
    # the correct draft stays quiet
    fixed = WordDocument()
    for line in _lines_of_fixture():
        fixed.add_paragraph(line.replace("356.20", "350.00"))
    fixed.save(path)
    assert lint_file(path, checks=["A104"]) == []


def test_a_traditional_excel_file_is_read_as_simplified(tmp_path):
    from openpyxl import Workbook

    from perflint.testing import lint_file

    book = Workbook()
    sheet = book.active
    for line in _lines_of_fixture():
        sheet.append([line])
    path = tmp_path / "report.xlsx"
    book.save(path)
    assert [d.code for d in lint_file(path, checks=["A104"])] == ["A104"]


def test_lint_text_reads_a_traditional_draft_and_quotes_its_own_characters():
    from perflint.testing import lint_text

    text = FIXTURE.read_text(encoding="utf-8")
    assert [d.code for d in lint_text(text, checks=["A104"])] == ["A104"]
    assert lint_text(text.replace("356.20", "350.00"), checks=["A104"]) == []
    [heading] = lint_text(text, checks=["S601"])
    assert "“一、收入支出決算總體情況說明”" in heading.message("zh")
