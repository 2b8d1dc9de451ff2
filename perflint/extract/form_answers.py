"""What the 自评表's answer cells say: 偏差原因分析, 改进措施 and the labels around them.

Forms put an answer in the cell after its label, or below it, or (flattened by a PDF) in the
lines that follow the table; these functions find the answer wherever the layout put it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from perflint.extract.boilerplate_phrases import PUNCT_EDGES, phrases
from perflint.extract.narrative_scores import score_word_re
from perflint.extract.problems import looks_like_section_start, problem_label
from perflint.model import Cell, Paragraph, Part, Row, Table
from perflint.read.forms.labels import DEVIATION_LABEL, IMPROVEMENT_LABEL
from perflint.text.normalise import compact
from perflint.text.numbers import find_quantities
from perflint.text.patterns import any_of

_DEVIATION_LABEL, _IMPROVEMENT_LABEL = DEVIATION_LABEL, IMPROVEMENT_LABEL


def is_label_fragment(text: str, label: str) -> bool:
    """A piece of a form label that a flattened table broke over lines (``未完成原因分``)."""
    core = compact(text).strip(PUNCT_EDGES)
    return bool(core) and core in label


def answer_cells(cells: list[Cell], label: str) -> list[Cell]:
    """The cells that answer a label, without pieces of the label itself."""
    return [c for c in cells if not c.is_empty and not is_label_fragment(c.value, label)]


def deviation_answer(cells: list[Cell]) -> list[Cell]:
    return answer_cells(cells, _DEVIATION_LABEL)


def improvement_answer(cells: list[Cell]) -> list[Cell]:
    return answer_cells(cells, _IMPROVEMENT_LABEL)


def label_core(text: str) -> str:
    return compact(text).rstrip("：:")


@cache
def _form_labels() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The labels that want a value beside them, every form label, and the first characters of
    the former (built once, not per row)."""
    ph = phrases()
    wanted = frozenset(ph["score_labels"]) | frozenset(ph["value_labels"])
    return wanted, wanted | frozenset(ph["other_form_labels"]), frozenset(w[:1] for w in wanted)


def is_result_label(label: str) -> bool:
    """Whether a form label asks for the self-evaluation's result (``绩效自评综合得分``, ``评价等次``),
    as against a header field (``主管部门``, ``项目支出总额``)."""
    return label_core(label) in frozenset(phrases()["score_labels"])


def may_hold_blank_label(text: str) -> bool:
    """Whether a table whose cells' text, joined, is ``text`` may hold a cell :func:`blank_label_cells`
    reads as a label: such a cell holds, blanks aside, one of the labels that want a value
    (and a colon at most), so the table's text without blanks holds it. One search for a table
    instead of a look at each cell of each row (most tables hold no such label)."""
    return _wanted_screen().search(compact(text)) is not None


@cache
def _wanted_screen():
    wanted, _, _ = _form_labels()
    return any_of(tuple(sorted(wanted)))


def blank_label_cells(rows: list[Row], index: int) -> list[Cell]:
    """Label cells of a form row with nothing beside them: ``绩效自评综合得分`` / ``评价等次`` /
    ``项目支出总额`` followed by an empty cell (and, for a lone label, no value on the next line)."""
    wanted, labels, firsts = _form_labels()
    row = rows[index]
    # a cell's first character after blanks is its label's first: most cells are ruled out by it
    candidates = [i for i, cell in enumerate(row.cells) if cell.value.lstrip()[:1] in firsts
                  and not cell.is_empty and label_core(cell.value) in wanted]
    if not candidates:  # nearly every row: no label of the kind at all
        return []
    filled = [c for c in row.cells if not c.is_empty]
    out: list[Cell] = []
    keyed = any(any(ch.isdigit() for ch in c.value) for c in filled) or \
        sum(label_core(c.value) in labels for c in filled) * 2 > len(filled)
    for i in candidates:
        cell = row.cells[i]
        after = [c for c in row.cells[i + 1:] if not c.is_empty]
        if after and label_core(after[0].value) not in labels:
            continue
        if len(filled) > 1 and not (keyed and i + 1 < len(row.cells) and row.cells[i + 1].is_empty):
            continue  # a header row (… 自评得分 | 评价等次), not a label waiting for its value
        if len(filled) == 1 and index + 1 < len(rows):
            # the next line that holds anything: a table pasted one cell a line with a ``|``
            # line between cells (``单位名称`` ``|`` ``单位性质`` ``|`` … ``检察院``) reads as rows
            # with an empty row between them
            later = (r for r in rows[index + 1:index + 3] if any(not c.is_empty for c in r.cells))
            nxt = [c for c in next(later, rows[index + 1]).cells if not c.is_empty]
            if len(nxt) == 1 and label_core(nxt[0].value) not in labels:
                continue  # the value (or the next column's header) stands on the next line of a flattened table
        out.append(cell)
    return out


def score_sheet_total(row: Row) -> Cell | None:
    """The score cell of a 评分表 总分 row that gives full marks (``总 分 … 100  100``)."""
    filled = [c for c in row.cells if not c.is_empty]
    if len(filled) != 3 or label_core(filled[0].value) not in ("总分", "得分合计", "合计得分", "总得分"):
        return None
    values = []
    for c in filled[1:]:
        found = find_quantities(c.value)
        if len(found) != 1 or found[0].relation is not None or found[0].unit not in (None, "分") or found[0].scale != 1 \
                or compact(c.value) != compact(found[0].text):
            return None
        values.append(found[0].value)
    return filled[2] if values == [Decimal(100), Decimal(100)] else None


@dataclass
class Spill:
    """Form rows that spilled out of a table as paragraphs (PDF text): answers before any label
    (they answer the table's last label) and answers under a label found among the paragraphs."""

    lead: list[Paragraph]
    labels: dict[str, Paragraph]
    answers: dict[str, list[Paragraph]]


def _label_piece(text: str) -> str | None:
    core = compact(text).strip(PUNCT_EDGES)
    if len(core) < 2:
        return None
    for which, label in (("deviation", _DEVIATION_LABEL), ("improvement", _IMPROVEMENT_LABEL)):
        if core in label:
            return which
    return None


def spill_after_table(part: Part, table: Table, limit: int = 12) -> Spill:
    """The paragraphs after a 自评表 up to 备注 or the next form, sorted by the label they answer."""
    blocks = part.blocks
    spill = Spill([], {}, {})
    try:
        index = next(i for i, b in enumerate(blocks) if b is table)
    except StopIteration:
        return spill
    current: str | None = None
    for block in blocks[index + 1:index + 1 + limit]:
        if not isinstance(block, Paragraph):
            break
        text = compact(block.text.value)
        if text.startswith(("备注", "注：", "注:", "填报日期", "填表日期", "总分", "说明：")) or text.endswith("表"):
            break
        which = _label_piece(text)
        if which is not None and len(text) < 4 and which != current:
            which = None  # a short word such as 分析 starts no label by itself
        if which is not None:
            if which not in spill.labels:
                spill.labels[which] = block
                spill.answers[which] = []
            current = which
            continue
        if looks_like_section_start(block) or problem_label(block) or score_word_re().search(text):
            break
        if current is None:
            spill.lead.append(block)
        else:
            spill.answers[current].append(block)
    return spill


def cells_after_label(table: Table, cell: Cell, label: str, other: str) -> list[Cell]:
    """The answer rows under a label broken over a row of fragments (``偏差大或目标 | 未完成原因分 |
    析`` then the answer on the next row), up to the other label or 备注."""
    rows = [r for r in table.rows if r.non_empty]
    for i, row in enumerate(rows):
        if not any(c is cell for c in row.cells):
            continue
        out: list[Cell] = []
        for nxt in rows[i + 1:]:
            text = compact(" ".join(c.value for c in nxt.non_empty))
            if text.startswith((other[:4], "备注", "注：")):
                break
            out.extend(c for c in nxt.non_empty if not is_label_fragment(c.value, label))
        return out
    return []


def is_last_row_label(table: Table, cell: Cell, label: str = _IMPROVEMENT_LABEL) -> bool:
    """Whether ``cell`` ends ``table``: only pieces of ``label`` follow it (its answer may spill out)."""
    rows = [r for r in table.rows if r.non_empty]
    for i, row in enumerate(rows):
        if any(c is cell for c in row.cells):
            others = [c for c in row.non_empty if c is not cell]
            if any(not is_label_fragment(c.value, label) for c in others):
                return False
            return all(all(is_label_fragment(c.value, label) for c in r.non_empty) for r in rows[i + 1:])
    return False
