"""Build the Word and Excel examples from the text examples beside this script.

    python examples/make_office_examples.py

``budget-office-2023.docx`` is ``budget-office-2023.txt`` written as Word writes it: each line a
paragraph, each run of tab-separated lines a real table (the 自评表), the first-level indicator
cells merged down over the rows they cover. ``final-accounts-2023.xlsx`` is the 决算 of
``final-accounts-2023.md`` as a finance office keeps it in Excel: the table on a sheet of its own
with a number format of two decimals, and the explanatory text on a second sheet, one paragraph
per row. perflint finds the same defects in each pair (tests/read/test_office_examples.py).

The script needs python-docx and openpyxl (both installed with perflint).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document as WordDocument
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def word_from_text(text: str) -> WordDocument:
    """A Word document holding ``text``: lines as paragraphs, tab-separated runs as tables."""
    doc = WordDocument()
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            _add_table(doc, rows)
            rows = []
        if line.strip():
            doc.add_paragraph(line)
    return doc


def _add_table(doc: WordDocument, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    # A first-column cell left blank under a filled one is a merged cell in Word's own forms.
    top = None
    for r, values in enumerate(rows):
        first = values[0] if values else ""
        if first.strip():
            top = r
        elif top is not None and r > top and len(values) == width:
            kept = table.cell(top, 0).text
            table.cell(top, 0).merge(table.cell(r, 0))
            table.cell(top, 0).text = kept


_MD_ROW = re.compile(r"^\|(.*)\|\s*$")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}")


def workbook_from_markdown(text: str) -> Workbook:
    """An Excel workbook holding a Markdown 决算: its tables on one sheet, its prose on another."""
    book = Workbook()
    tables = book.active
    tables.title = "决算表"
    prose = book.create_sheet("情况说明")
    for line in text.splitlines():
        m = _MD_ROW.match(line)
        if _MD_RULE.match(line):
            continue
        if m:
            tables.append([_cell(c.strip()) for c in m.group(1).split("|")])
            for cell in tables[tables.max_row]:
                if isinstance(cell.value, float):
                    cell.number_format = "0.00"
        elif line.strip():
            target = tables if not prose.max_row > 1 and _before_prose(line) else prose
            target.append([line.lstrip("#").strip()])
        elif tables.max_row > 1:
            tables.append([])
    return book


def _before_prose(line: str) -> bool:
    """Titles and table captions stay with the tables; the 情况说明 part starts the prose sheet."""
    return "情况说明" not in line


def _cell(value: str) -> str | float:
    """Amounts (with decimals) as numbers; account codes (213, 2130201) stay text, as finance
    offices type them so Excel does not reformat them."""
    return float(value) if re.fullmatch(r"-?\d+\.\d+", value) else value


def main(out: Path = HERE) -> None:
    word_from_text((HERE / "budget-office-2023.txt").read_text(encoding="utf-8")).save(out / "budget-office-2023.docx")
    workbook_from_markdown((HERE / "final-accounts-2023.md").read_text(encoding="utf-8")).save(
        out / "final-accounts-2023.xlsx")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
