"""The 偏差大或目标未完成原因分析 and 改进措施及结果应用方案 rows of a 自评表: the label and its
text, beside it, in the rows under it, or spilled out of the table as paragraphs (PDF text)."""

from __future__ import annotations

from perflint.model import Cell, Figure, Paragraph, Part, Row, SelfEvaluation, Table
from perflint.read.forms.labels import DEVIATION_LABEL, IMPROVEMENT_LABEL, is_total_label
from perflint.read.forms.table_rows import figure_cells
from perflint.text.normalise import compact as _compact
from perflint.text.numbers import parse_cell


def read_labelled(se: SelfEvaluation, rows: list[Row], i: int, which: str) -> int:
    """The 偏差… / 改进措施… label and its text: beside it, or in the rows after it."""
    label_text = DEVIATION_LABEL if which == "deviation" else IMPROVEMENT_LABEL
    row = rows[i]
    cells = figure_cells(row)
    label = cells[0]
    values = [c for c in cells[1:]]
    j = i + 1
    collected = _compact(label.value)
    # A label broken over several rows: keep reading while rows continue the label text.
    while not values and j < len(rows) and len(collected) < len(label_text):
        nxt = _compact(" ".join(c.value for c in figure_cells(rows[j])))
        if nxt and label_text.startswith(collected + nxt):
            collected += nxt
            j += 1
        else:
            break
    other = IMPROVEMENT_LABEL if which == "deviation" else DEVIATION_LABEL
    while not values and j < len(rows):
        nxt_cells = figure_cells(rows[j])
        text = _compact(" ".join(c.value for c in nxt_cells))
        if not text:
            j += 1
            continue
        if other[:4] in text or "备注" in text[:3]:
            break
        values.extend(nxt_cells)
        j += 1
    if which == "deviation":
        se.deviation_label, se.deviation = label, values
    else:
        se.improvement_label, se.improvement = label, values
    return max(j, i + 1)


def labels_after_table(se: SelfEvaluation, part: Part, index: int) -> None:
    """Forms whose last rows spill out of the table as paragraphs (PDF text)."""
    current: str | None = None
    for block in part.blocks[index + 1:index + 12]:
        if isinstance(block, Table):
            break
        text = _compact(block.text.value)
        if not isinstance(block, Paragraph):
            break
        if text.startswith("备注") or text.startswith("注："):
            break
        total = is_total_label(text)
        if total and se.total is None and total.group("value"):
            se.total = Figure(Cell(block.text), parse_cell(total.group("value")))
            continue
        if DEVIATION_LABEL.startswith(text[:6]) and len(text) <= len(DEVIATION_LABEL) and se.deviation_label is None:
            current = "deviation"
            se.deviation_label = Cell(block.text)
            continue
        if IMPROVEMENT_LABEL.startswith(text[:5]) and len(text) <= len(IMPROVEMENT_LABEL):
            current = "improvement"
            if se.improvement_label is None:
                se.improvement_label = Cell(block.text)
            continue
        if current is None and se.deviation_label is not None and not se.deviation and se.improvement_label is None:
            current = "deviation"
        label = DEVIATION_LABEL if current == "deviation" else IMPROVEMENT_LABEL
        if current and text in label and len(text) <= 6:
            continue  # a piece of a label broken over lines (偏差大或目 / 标未完成原 / 因分析)
        if current == "deviation":
            se.deviation.append(Cell(block.text))
        elif current == "improvement":
            se.improvement.append(Cell(block.text))
