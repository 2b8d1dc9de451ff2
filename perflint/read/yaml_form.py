"""The 自评表 of a YAML draft, built as a model node straight from its fields.

A YAML draft names every field of the form (``budget_execution.rows[i].actual``,
``indicators[i].level3`` …), so nothing here is recognised by pattern: each field becomes the
cell of the form node it names, located at its YAML scalar. The form is also laid out as the
paper form's two tables (预算执行情况 and 绩效指标, with the template's header rows), because
checks that read tables (sums, copied tables, unfilled cells) see a YAML form as they see a
form in a text draft. The template's words (``产出指标``, ``（50分）``) are read with the same
vocabulary the text reader uses (:mod:`perflint.read.forms.labels`).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from perflint.model import (
    AnnualGoal,
    BudgetExecution,
    Cell,
    Figure,
    Indicator,
    Paragraph,
    Part,
    Row,
    SelfEvaluation,
    Table,
)
from perflint.read.forms.labels import (
    LEVEL2_NAMES,
    figure,
    group_name,
    is_total_label,
    level1_word,
    weight_in,
)
from perflint.read.forms.table_rows import is_category, score_figure
from perflint.text.normalise import compact
from perflint.text.numbers import parse_cell

SELF_EVALUATION_KEYS = ("title", "project", "fill_date", "total_score", "budget_execution", "annual_goal",
                        "indicators", "deviation_analysis", "improvement")
GOAL_KEYS = ("expected", "actual")
BUDGET_KEYS = ("weight", "unit", "rows")
BUDGET_ROW_KEYS = ("item", "budget", "actual", "rate", "weight", "score")
INDICATOR_KEYS = ("level1", "level2", "level3", "target", "actual", "weight", "score", "deviation")

# The paper 自评表's header rows, which the YAML form leaves implicit.
BUDGET_HEADER = ("项目", "预算数(A)", "执行数(B)", "执行率(B/A)", "分值", "得分")
GOAL_HEADER = ("年度总体目标", "预期目标", "实际完成情况")
INDICATOR_HEADER = ("一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "分值", "得分", "偏差原因分析")
TOTAL_LABEL = "总分"
DEVIATION_LABEL = "偏差大或目标未完成原因分析"
IMPROVEMENT_LABEL = "改进措施及结果应用方案"


def _number(cell: Cell) -> Decimal | None:
    q = parse_cell(cell.value)
    return q.value if q is not None else None


class FormFields:
    """The YAML reader's part that builds a 自评表 (mixed into the reader, whose typed access
    to nodes — ``mapping``, ``sequence``, ``scalar``, ``cell`` … — it uses)."""

    def self_evaluation(self: Any, entry: Any, where: str, money_unit: str | None, part: Part) -> SelfEvaluation | None:
        """Lay the form out in ``part`` and return it as a node (None when it has no table)."""
        entries = self.mapping(entry.value, where, SELF_EVALUATION_KEYS)
        paragraphs: dict[str, Paragraph] = {}
        for key, label in (("title", ""), ("project", "项目名称："), ("fill_date", "填报日期："),
                           ("total_score", f"{TOTAL_LABEL}：")):
            if key in entries:
                node = self.scalar(entries[key].value, f"{where}.{key}")
                if label or self.raw(node).strip():
                    paragraphs[key] = Paragraph(self.source_text(node, label, entries[key].key))
                    part.blocks.append(paragraphs[key])
        budget = self.budget_table(entries["budget_execution"], f"{where}.budget_execution", money_unit) \
            if "budget_execution" in entries else None
        goal = self.goal_table(entries["annual_goal"], f"{where}.annual_goal") if "annual_goal" in entries else None
        indicators = self.indicator_table(entries, where)
        tables = [t for t in (budget, goal, indicators) if t is not None]
        part.blocks.extend(tables)
        if not tables or tables == [goal]:
            return None  # a title and a date but no form: nothing to read as a 自评表
        if len(tables) > 1:  # one form: the budget block, the goal and the indicator block under it
            first = tables[0]
            table = Table(text=first.text, section=first.section, rows=[r for t in tables for r in t.rows],
                          caption=first.caption, declared_unit=budget.declared_unit if budget else None,
                          kind="indicators")
        else:
            table = tables[0]
        title = compact(paragraphs["title"].text.value) if "title" in paragraphs else table.caption or ""
        se = SelfEvaluation(part=part, table=table, title=title)
        if "total_score" in paragraphs:
            cell = Cell(paragraphs["total_score"].text)
            m = is_total_label(compact(cell.value))
            se.header_total_cell = cell
            se.header_total = Figure(cell, parse_cell(m.group("value")) if m and m.group("value") else None)
        if budget is not None:
            se.budget = [self.budget_line(row) for row in budget.rows[1:]]
        if indicators is not None:
            self.indicator_lines(se, indicators)
        if goal is not None:
            label, expected, actual = goal.rows[1].cells
            filled = [c for c in (expected, actual) if not c.is_empty]
            se.goal = AnnualGoal(label, expected, actual,
                                 words=not filled or any(parse_cell(c.value) is None for c in filled))
        return se

    def goal_table(self: Any, entry: Any, where: str) -> Table:
        """年度总体目标: its header row and the row of the two texts, as on the paper form."""
        fields = self.mapping(entry.value, where, GOAL_KEYS)
        header = Row([self.fixed_cell(h, entry.key) for h in GOAL_HEADER], entry.key.start_mark.line + 1)
        values = self.field_row(fields, GOAL_KEYS, entry.value, where)
        row = Row([self.fixed_cell(GOAL_HEADER[0], entry.key), *values.cells], values.line)
        return Table(header.cells[0].text, (), [header, row], caption=GOAL_HEADER[0], declared_unit=None, kind="goal")

    # -- 预算执行情况 ---------------------------------------------------------------------------

    def budget_table(self: Any, entry: Any, where: str, money_unit: str | None) -> Table:
        entries = self.mapping(entry.value, where, BUDGET_KEYS)
        weight = self.scalar(entries["weight"].value, f"{where}.weight") if "weight" in entries else None
        unit = money_unit
        if "unit" in entries:
            unit = self.text(entries["unit"].value, f"{where}.unit").strip() or None
        rows = [Row([self.fixed_cell(h, entry.key) for h in BUDGET_HEADER], entry.key.start_mark.line + 1)]
        items = self.sequence(entries["rows"].value, f"{where}.rows") if "rows" in entries else []
        for i, item in enumerate(items):
            fields = self.mapping(item, f"{where}.rows[{i}]", BUDGET_ROW_KEYS)
            # The section's weight (预算执行情况（10分）) sits beside the first row, as on the form.
            if "weight" not in fields and i == 0 and weight is not None:
                fields["weight"] = replace(entries["weight"], value=weight)
            rows.append(self.field_row(fields, BUDGET_ROW_KEYS, item, f"{where}.rows[{i}]"))
        return Table(rows[0].cells[0].text, (), rows, caption="预算执行情况", declared_unit=unit,
                     kind="budget_execution")

    @staticmethod
    def budget_line(row: Row) -> BudgetExecution:
        item, budget, actual, rate, weight, score = row.cells
        return BudgetExecution(row, compact(item.value), figure(budget), figure(actual), figure(rate),
                               score_figure(score) if not score.is_empty else None, _number(weight))

    # -- 绩效指标 --------------------------------------------------------------------------------

    def indicator_table(self: Any, entries: dict[str, Any], where: str) -> Table | None:
        present = [k for k in ("indicators", "total_score", "deviation_analysis", "improvement") if k in entries]
        if not present:
            return None
        at = entries[present[0]].key
        rows = [Row([self.fixed_cell(h, at) for h in INDICATOR_HEADER], at.start_mark.line + 1)]
        items = self.sequence(entries["indicators"].value, f"{where}.indicators") if "indicators" in entries else []
        for i, item in enumerate(items):
            fields = self.mapping(item, f"{where}.indicators[{i}]", INDICATOR_KEYS)
            rows.append(self.field_row(fields, INDICATOR_KEYS, item, f"{where}.indicators[{i}]"))
        if "total_score" in entries:
            key = entries["total_score"].key
            score = self.cell(entries["total_score"].value, f"{where}.total_score")
            cells = [self.fixed_cell(TOTAL_LABEL, key)] + [self.empty_cell(key) for _ in range(5)] + [score]
            rows.append(Row(cells, key.start_mark.line + 1))
        for name, label in (("deviation_analysis", DEVIATION_LABEL), ("improvement", IMPROVEMENT_LABEL)):
            if name in entries:
                key = entries[name].key
                value = self.cell(entries[name].value, f"{where}.{name}")
                rows.append(Row([self.fixed_cell(label, key), value], key.start_mark.line + 1))
        return Table(rows[0].cells[0].text, (), rows, caption="绩效指标", declared_unit=None, kind="indicators")

    @staticmethod
    def indicator_lines(se: SelfEvaluation, table: Table) -> None:
        """The indicator rows, 总分 and the two text rows of ``table`` (laid out above) as form fields.

        一级/二级 cells left blank belong to the category above, as merged cells do on the form;
        a row without a 三级指标 name, or with neither an actual nor a score, is not a result."""
        level1 = level2 = ""
        for row in table.rows[1:]:
            if len(row.cells) != len(INDICATOR_KEYS):  # 总分, 偏差…, 改进措施… rows (laid out above)
                label = row.cells[0].value
            else:
                label = ""
            if label == TOTAL_LABEL:
                score = row.cells[-1]
                se.total = score_figure(score) if not score.is_empty else None
                continue
            if label in (DEVIATION_LABEL, IMPROVEMENT_LABEL):
                which = "deviation" if label == DEVIATION_LABEL else "improvement"
                setattr(se, f"{which}_label", row.cells[0])
                setattr(se, which, [row.cells[1]] if not row.cells[1].is_empty else [])
                continue
            l1, l2, name, target, actual, weight, score, deviation = row.cells
            text1, text2 = compact(l1.value), compact(l2.value)
            # the field names the group: a template's or a framework's word (level1_word), or any
            # other group a province's framework names (履职效能), without its weight
            category = level1_word(text1, first=True) or (group_name(text1) if text1 else None)
            if category:
                level1, level2 = category, ""
                if (w := weight_in(l1.value)) is not None:
                    se.level1_weights[category] = w
            if text2 in LEVEL2_NAMES:  # LEVEL2_RE.match(text2), compacted
                level2 = text2
            if name.is_empty or is_category(name.value) or (actual.is_empty and score.is_empty):
                continue
            se.indicators.append(Indicator(
                row=row, level1=level1, level2=level2, name=compact(name.value), name_cell=name,
                target=figure(target), actual=figure(actual),
                score=score_figure(score) if not score.is_empty else None, weight=_number(weight),
                deviation=figure(deviation),
            ))

    def field_row(self: Any, fields: dict[str, Any], keys: tuple[str, ...], node: Any, where: str) -> Row:
        cells = [self.cell(fields[k].value, f"{where}.{k}") if k in fields else self.empty_cell(node) for k in keys]
        return Row(cells, node.start_mark.line + 1)
