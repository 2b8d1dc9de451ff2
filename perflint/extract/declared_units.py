"""A table declared in one money unit whose figures are the prose's figures in another unit digit
for digit (``单位：千元`` or ``单位：元`` over ``1,236.45`` where the report says 收入合计 1,236.45
万元; a 万元 table whose figures the prose gives in 千元): the table was filled in the prose's unit,
or its unit line is wrong. One matching figure may be chance; several distinct ones, each of three
significant digits or more (or two of five or more), are not.

Such a table is one finding (U410); U401 keeps its per-figure findings
(extract.table_amounts.prose_scale_slips) for the cells of other tables, where a single figure is
misquoted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from perflint.extract.quantities import part_prose
from perflint.extract.table_amounts import significant_digits
from perflint.extract.table_grid import _figure_quantity
from perflint.extract.table_units import table_unit
from perflint.model import Cell, Document, Location, Paragraph, Part, SourceText, Table
from perflint.text.numbers import Quantity, declared_unit, money_mark, quantities

# The units a table's figures may be read in, besides the one it declares (in 元).
_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(10) ** 8}
_MIN_MATCHES = 3  # distinct figures quoted digit for digit in another unit
_MIN_DIGITS = 3  # significant digits of a figure that counts (not 0.00, 1, 12)
# two distinct figures suffice when each has this many significant digits (1,236.45 and 1,286.45:
# a chance equality of two such figures in one report is not to be had)
_LONG_MATCHES, _LONG_DIGITS = 2, 5


@dataclass(frozen=True)
class MisdeclaredTable:
    """A table whose declared unit the prose contradicts by quoting its figures in another unit."""

    table: Table
    declared: str  # the table's unit (元, 千元, 万元, 亿元)
    where: Location  # the unit line (or the table's first line)
    unit: str  # the unit the prose gives the same digits
    figures: tuple[tuple[Cell, SourceText, Quantity], ...]  # a table cell and the prose figure quoting it


def misdeclared_tables(doc: Document) -> list[MisdeclaredTable]:
    out = []
    prose: dict[int, list[tuple[SourceText, Quantity]]] = {}
    for part, block in doc.blocks():
        if not isinstance(block, Table):
            continue
        declared = table_unit(block)
        if declared not in _SCALE:
            continue
        if id(part) not in prose:
            prose[id(part)] = _prose_money(doc, part)
        found = _misdeclared(part, block, declared, prose[id(part)])
        if found is not None:
            out.append(found)
    return out


def _misdeclared(part: Part, table: Table, declared: str, money: list[tuple[SourceText, Quantity]]
                 ) -> MisdeclaredTable | None:
    # Only a cell whose figure the prose quotes can match (``by_unit`` looks the prose's figures
    # up among the cells): the others are not kept, nor their digits counted. Fewer than two such
    # cells leave fewer than two matches, which the test below turns down as the count of all
    # the table's cells did.
    quoted = {(q.value, q.decimals) for _source, q in money}
    if not quoted:
        return None
    cells: dict[tuple[Decimal, int], Cell] = {}
    for row in table.rows:
        for cell in row.cells:
            q = _figure_quantity(cell.value)
            if q is not None and (key := (q.value, q.decimals)) in quoted and q.unit is None and q.value > 0 \
                    and significant_digits(q.value) >= _MIN_DIGITS:
                cells.setdefault(key, cell)
    if len(cells) < min(_MIN_MATCHES, _LONG_MATCHES):
        return None
    by_unit: dict[str, dict[tuple[Decimal, int], tuple[Cell, SourceText, Quantity]]] = {}
    for source, q in money:
        cell = cells.get((q.value, q.decimals))
        if cell is not None:
            by_unit.setdefault(q.unit or "", {}).setdefault((q.value, q.decimals), (cell, source, q))
    if declared in by_unit:
        return None  # the prose quotes the table in its declared unit too: the digits may be chance
    unit, matched = max(by_unit.items(), key=lambda kv: len(kv[1]), default=("", {}))
    long = sum(significant_digits(v) >= _LONG_DIGITS for v, _d in matched)
    if len(matched) < _MIN_MATCHES and long < _LONG_MATCHES:
        return None
    return MisdeclaredTable(table, declared, _unit_line(part, table, declared), unit, tuple(matched.values()))


def _prose_money(doc: Document, part: Part) -> list[tuple[SourceText, Quantity]]:
    """The part's prose money figures (no relation such as ≥) in a unit other than 千元's reading."""
    mark = money_mark()
    out = []
    for _block, source in part_prose(doc, part):
        if mark is not None and mark not in source.value:
            continue
        out.extend((source, q) for q in quantities(source.value)
                   if q.is_money and q.relation is None and q.unit in _SCALE)
    return out


_LOOK_BACK = 3  # blocks before a table that may hold its unit line (title, 公开表 number, unit)


def _unit_line(part: Part, table: Table, declared: str) -> Location:
    """Where the table declares its unit: the cell of its unit line, else the line of its own
    just above it (``单位：千元`` under the title), else the table's first line."""
    for row in table.rows:
        for cell in row.cells:
            if declared_unit(cell.value) == declared:
                return cell.text.locate()
    at = next((i for i, b in enumerate(part.blocks) if b is table), None)
    for block in reversed(part.blocks[max(0, at - _LOOK_BACK):at] if at is not None else []):
        if isinstance(block, Paragraph) and declared_unit(block.text.value) == declared:
            return block.text.locate()
    return table.text.locate()
