"""The 自评表 (self-evaluation form) as facts: budget execution, indicator rows, scores.

The paper form is the same everywhere (财政部's template): a 预算执行情况 block (预算数 A,
执行数 B, 执行率 B/A, 得分 = weight × 执行率), an indicator block (一级/二级/三级指标, 年初目标值,
实际完成值, [分值], 得分, [偏差原因]), a 总分 row, 偏差大或目标未完成原因分析 and
改进措施及结果应用方案. Drafts flatten it in many ways, so rows are read by header where the
header lines up and right-anchored otherwise (the score is the last figure of a row, the actual
and the target stand before it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from perflint.model import Cell, Document, Paragraph, Part, Row, Table
from perflint.text.numbers import Quantity, parse_cell

LEVEL1_WORDS = ("产出指标", "效益指标", "满意度指标", "成本指标")
LEVEL2_RE = re.compile(
    r"^(?:数量|质量|时效|时效性|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|"
    r"社会公众或服务对象满意度|服务对象满意度|满意度)(?:指标)?(?:执行)?$"
)
_WEIGHT_IN_LABEL = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]")
_TOTAL_LABEL = re.compile(r"^总\s*分\s*[:：]?\s*(?P<value>\d+(?:\.\d+)?)?\s*分?$")
_DEVIATION_LABEL = "偏差大或目标未完成原因分析"
_IMPROVEMENT_LABEL = "改进措施及结果应用方案"


@dataclass
class Figure:
    """A cell read as a figure (``quantity`` None when the cell holds words such as 成效明显)."""

    cell: Cell
    quantity: Quantity | None

    @property
    def text(self) -> str:
        return self.cell.value.strip()

    @property
    def value(self) -> Decimal | None:
        return self.quantity.value if self.quantity else None


@dataclass
class BudgetExecution:
    row: Row
    item: str
    budget: Figure | None
    actual: Figure | None
    rate: Figure | None
    score: Figure | None
    weight: Decimal | None  # from the header (20分 / 10分), None when not shown
    initial: Figure | None = None  # 年初预算数, when the form shows it beside 全年预算数
    role: str = ""  # total (年度资金总额) | part (其中 rows) | "" (not known)
    weight_figure: Figure | None = None  # the 分值 cell, when the weight is a cell of the row


@dataclass
class Indicator:
    row: Row
    level1: str
    level2: str
    name: str
    name_cell: Cell | None
    target: Figure | None
    actual: Figure | None
    score: Figure | None
    weight: Decimal | None = None  # a 分值 column, when the form shows one
    rate: Figure | None = None  # a 完成率 column, when the form shows one
    deviation: Figure | None = None  # a per-row 偏差原因 column, when the form shows one


@dataclass
class SelfEvaluation:
    """One 自评表 found in a part."""

    part: Part
    table: Table
    title: str
    budget: list[BudgetExecution] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    total: Figure | None = None  # the 总分 row at the bottom
    header_total: Figure | None = None  # 总分：N written above the table (None if absent; empty cell if blank)
    header_total_cell: Cell | None = None
    deviation: list[Cell] = field(default_factory=list)  # 偏差大或目标未完成原因分析 text cells
    deviation_label: Cell | None = None
    improvement: list[Cell] = field(default_factory=list)
    improvement_label: Cell | None = None
    level1_weights: dict[str, Decimal] = field(default_factory=dict)
    # 部门整体 forms: 按收入性质分 / 按支出性质分 under the budget block, each a stated total
    # (None when not written) and its 其中 parts (一般公共预算…, 基本支出 / 项目支出)
    by_income: tuple[Figure | None, list[tuple[str, Figure]]] | None = None
    by_spending: tuple[Figure | None, list[tuple[str, Figure]]] | None = None


def figure(cell: Cell | None) -> Figure | None:
    if cell is None:
        return None
    return Figure(cell, parse_cell(cell.value))


def self_evaluations(doc: Document) -> list[SelfEvaluation]:
    """Every 自评表 in the document, in order."""
    from perflint.extract.selfeval_reader import read_self_evaluations

    return read_self_evaluations(doc)


def weight_in(text: str) -> Decimal | None:
    m = _WEIGHT_IN_LABEL.search(text.replace(" ", ""))
    return Decimal(m.group(1)) if m else None


def is_total_label(text: str) -> re.Match[str] | None:
    return _TOTAL_LABEL.match(text.replace(" ", ""))


__all__ = [
    "BudgetExecution", "Figure", "Indicator", "SelfEvaluation", "figure", "self_evaluations", "weight_in",
    "is_total_label", "LEVEL1_WORDS", "LEVEL2_RE", "Paragraph",
]
