"""Money figures of tables read in their table's declared unit, each with its row's name, so a
sentence that quotes a table (``公务接待费支出 0.39 万元`` under a 万元 table's ``公务接待费 | 0.39``)
can be paired with the cell it quotes."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.extract.amounts import document_places, label_key, labelled_amounts_of, period_before
from perflint.extract.quantities import part_prose, strip_end, vocab
from perflint.extract.table_grid import Grid, _figure_quantity, label_name, read_below, read_grid
from perflint.extract.table_units import table_unit
from perflint.facts import facts_of
from perflint.frozen import quick_init
from perflint.model import Cell, Document, Part, SourceText, Table
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, money_mark, normalise, quantities
from perflint.text.patterns import compile_pattern, lazy_compile
from perflint.text.sentences import sentences

# The money units a table declares, in 元.
MONEY_SCALE: dict[str, Decimal] = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(10) ** 8}


@quick_init  # made by the thousand: one per money cell of a document's tables
@dataclass(frozen=True)
class TableAmount:
    """A bare figure cell of a table that declares a money unit."""

    part: Part
    table: Table
    cell: Cell
    label: str  # the row's name (marker and bracketed note left out)
    key: str  # the name reduced for matching, as prose labels are (:func:`label_key`)
    value: Decimal  # the figure as written
    decimals: int
    unit: str  # the table's unit: 元 | 万元 | 亿元
    row: int = -1  # the row of the table's grid (cells of one row have one)
    header: str = ""  # the column's header texts, without blanks (预算数, 决算数 …)


def table_amounts(doc: Document) -> list[TableAmount]:
    """Every labelled bare figure of the document's tables that declare 元, 万元 or 亿元."""
    places = document_places(doc)
    out: list[TableAmount] = []
    names: dict[str, tuple[str, str]] = {}  # a row's label -> its name and key (rows repeat names)
    for part, block in doc.blocks():
        if not isinstance(block, Table) or (unit := table_unit(block)) not in MONEY_SCALE:
            continue
        for offset, grid in _stacked_grids(block):
            # a segment's value columns and a column's header texts are the grid's, whatever the
            # row: found once per grid, not once per cell
            columns = [(seg, grid.value_columns(seg)) for seg in grid.segments]
            columns = [(seg, cs) for seg, cs in columns if cs]  # a segment without figures adds none
            if not columns:
                continue
            headers: dict[int, str] = {}
            cells = grid.cells
            for r in grid.data_rows():
                row = cells[r]
                for seg, value_columns in columns:
                    raw = grid.row_label(r, seg)
                    named = names.get(raw)
                    if named is None:
                        label = _CODE_BEFORE_NAME.sub("", label_name(raw))
                        named = names[raw] = (label, label_key(label, places) if len(label) >= 2 else "")
                    label, key = named
                    if len(label) < 2:
                        continue
                    for c in value_columns:
                        if c >= len(row):
                            continue
                        cell = row[c]
                        q = _figure_quantity(cell.value)  # the figure of the cell (grid.figure's)
                        if q is None or q.unit is not None:
                            continue
                        header = headers.get(c)
                        if header is None:
                            header = headers[c] = "".join(compact(h[c]) for h in grid.headers if c < len(h))
                        out.append(TableAmount(part, block, cell, label, key, q.value, q.decimals, unit,
                                               offset + r, header))
    return out


def document_table_amounts(doc: Document) -> list[TableAmount]:
    """:func:`table_amounts` of ``doc``, read once for the rules that pair prose with table cells
    (U401 the unit 10⁴ off, C718 a figure the row does not hold: both read every money table)."""
    return facts_of(doc).cached("quantities.table_amounts", table_amounts)


def _parts_with_amounts(doc: Document) -> list[tuple[Part, list[TableAmount]]]:
    """Each part with money tables, and their amounts (what the prose of the part may quote):
    sorted out once per document for the three readers (U401, and C718's two)."""
    return facts_of(doc).cached("quantities.table_amounts:by_part", _amounts_by_part)


def _amounts_by_part(doc: Document) -> list[tuple[Part, list[TableAmount]]]:
    by_part: dict[int, list[TableAmount]] = {}
    for t in document_table_amounts(doc):
        by_part.setdefault(id(t.part), []).append(t)
    return [(part, by_part[id(part)]) for part in doc.parts if id(part) in by_part]


def _prose_money(doc: Document, part: Part) -> list[tuple[SourceText, list[Quantity]]]:
    """The prose texts of ``part`` that hold a money figure (no relation such as ``≥``), each with
    those figures: what the three readers of a part's prose against its tables start from. Sorted
    out once per document, for the parts with money tables; a text without one is left out (each
    reader looks for money figures only)."""
    by_part = facts_of(doc).cached("quantities.table_amounts:prose", _money_texts)
    found = by_part.get(id(part))
    return found if found is not None else _money_texts_of(doc, part)


def _money_texts(doc: Document) -> dict[int, list[tuple[SourceText, list[Quantity]]]]:
    return {id(part): _money_texts_of(doc, part) for part, _ in _parts_with_amounts(doc)}


def _money_texts_of(doc: Document, part: Part) -> list[tuple[SourceText, list[Quantity]]]:
    out = []
    mark = money_mark()
    for _block, source in part_prose(doc, part):
        if mark is not None and mark not in source.value:
            continue  # no money unit written (元): no money figure to list (the form's indicator lines)
        money = [q for q in quantities(source.value) if q.is_money and q.relation is None]
        if money:
            out.append((source, money))
    return out


_STACKED_MAX = 8  # tables stacked under one unit line (收入 / 支出 / 三公 / 资产 …), read at most


def _stacked_grids(table: Table) -> list[tuple[int, Grid]]:
    """The grid of each table stacked in ``table`` (a new header row after the figures ends one:
    ``年度收入情况`` then ``年度支出和结余情况`` under one ``（万元）``), with the index of its first
    row. The tables below the first share its declared unit."""
    out: list[tuple[int, Grid]] = []
    offset = 0
    grid = read_grid(table) if table.rows else None
    while grid is not None:
        out.append((offset, grid))
        if grid.data_end >= len(grid.cells) or len(out) >= _STACKED_MAX:  # a grid has a list of cells per row
            break
        offset += grid.data_end
        grid = read_below(grid)  # from the texts the grid above read
    return out


# An account code written before the row's name (``30217公务接待费`` in a 基本支出 table whose code
# and name cells were read as one label): the prose names the item without it.
_CODE_BEFORE_NAME = lazy_compile(r"^\d{3}(?:\d{2}){0,2}(?=\D)")
_FEE_STEM_MIN = 4  # 公务接待 of 公务接待费; not 会议 of 会议费, too common a word to pair by


def _names_match(row: str, sentence: str) -> bool:
    """A table row's name and a sentence's name of one quantity: equal, or the shorter (three
    characters or more) inside the longer (``公务接待费`` in ``公务接待费支出决算``). A row that
    names an expense item ``…费`` matches a sentence that writes it ``…支出`` (``国内公务接待支出``
    for ``公务接待费``) when the stem keeps four characters."""
    short, long_ = sorted((row, sentence), key=len)
    if len(short) >= 3 and short in long_:
        return True
    stem = row[:-1] if row.endswith("费") else ""
    return len(stem) >= _FEE_STEM_MIN and stem in sentence


@dataclass(frozen=True)
class ScaleSlip:
    """A sentence's money figure with the digits of a table cell whose unit is 10⁴ apart."""

    part: Part
    source: SourceText
    quantity: Quantity
    cell: TableAmount


def prose_scale_slips(doc: Document, fiscal_year_of: Callable[[Part], int | None]) -> list[ScaleSlip]:
    """The money figures of the document's prose that quote a table cell of their part with the
    unit 10⁴ off (``公务接待费支出 0.39 元`` against a 万元 table's ``公务接待费 | 0.39``)."""
    out: list[ScaleSlip] = []
    places = document_places(doc)
    for part, in_tables in _parts_with_amounts(doc):
        # the part's cells by their figure, sorted once for its texts (in table order within one)
        by_value: dict[Decimal, list[TableAmount]] = {}
        for t in in_tables:
            by_value.setdefault(t.value, []).append(t)
        for source, money in _prose_money(doc, part):
            found = [q for q in money if q.value in by_value]
            if not found:
                continue
            names = {la.quantity.start: la for la in labelled_amounts_of(source.value, places)}
            norm = normalise(source.value)
            quoted = _rows_quoted(norm, money, by_value)
            for q in found:
                year, past = period_before(norm, q.start)
                named = names.get(q.start)
                key = named.key if named else _name_before(norm, q.start)
                rows = quoted[bisect.bisect_right([start for start, _ in quoted], q.start) - 1][1] if quoted else set()
                cell = _quoted_cell(q, key, year, past, by_value[q.value], fiscal_year_of(part), rows)
                if cell is not None:
                    out.append(ScaleSlip(part, source, q, cell))
    return out


_CJK_RUN_END = lazy_compile(r"[\u4e00-\u9fff]+$")


def _name_before(norm: str, pos: int) -> str:
    """The words right before a figure that no labelled amount names (``公务接待费支出决算``
    in ``公务接待费支出决算0.39万元``), connectors (为, 共计 …) left out."""
    before = strip_end(norm[max(0, pos - 40):pos], vocab()["label_connectors"])
    run = _CJK_RUN_END.search(before)
    return run.group(0) if run else ""


def _words_for(text: str, norm: str, q: Quantity, named, total: bool = False) -> str:
    """The draft's own words for the figure ``q``: the name written before it (a labelled amount's
    label, else its clause's words before it, connectors such as 为 / 共计 left out). A message
    quotes these, not the key reduced for matching a row (``支出合计`` for ``本年支出合计``); ``total``:
    the figure was read as a total the prose names with 合计 / 总计, which stay in its words."""
    if named is not None and named.label and not norm[:named.label_start].endswith(_CLOSING_QUOTES):
        return named.label  # a label cut at a closing quote (“三公”经费…) is the clause's words' end
    start = max(0, q.start - 40)
    before = norm[start:q.start]
    cut = max(before.rfind(c) for c in _CLAUSE_BREAKS) + 1
    clause = before[cut:]
    connectors = vocab()["label_connectors"]
    if total:  # 本年支出合计 X: 合计 is the row's name here, not a connector (see _total_name_before)
        connectors = [w for w in connectors if not any(t.endswith(w) for t in _total_words())]
    words = strip_end(clause.rstrip(), connectors).rstrip()
    mark = _ITEM_MARK.match(words)  # 3.公务接待费支出: the item's number is no word of its name
    lead = mark.end() if mark else len(words) - len(words.lstrip())
    offset = start + cut + lead
    return text[offset:start + cut + len(words)]


_CLAUSE_BREAKS = "，,。；;：:、（(）)\n"
_CLOSING_QUOTES = ("”", "’", "」", "』", "\"", "'")


def _total_name_before(norm: str, pos: int, places: tuple[str, ...]) -> str:
    """The name of a figure the prose calls a total (``本年支出合计 291.70 万元`` -> ``支出合计``,
    the 总表's row of that name), or "": :func:`_name_before` drops 合计 and 总计 as connectors
    (``支出共计 X``), which leaves ``本年支出``, no row's name."""
    words = _total_words()
    before = strip_end(norm[max(0, pos - 40):pos], [w for w in vocab()["label_connectors"] if not any(t.endswith(w) for t in words)])
    run = _CJK_RUN_END.search(before)
    return label_key(run.group(0), places) if run and run.group(0).endswith(words) else ""


@cache
def _total_words() -> tuple[str, ...]:
    return tuple(data.load("consistency")["row_total_words"])


def _rows_quoted(norm: str, money: list[Quantity], by_value: dict[Decimal, list[TableAmount]]
                 ) -> list[tuple[int, set[tuple[int, int]]]]:
    """For each sentence of the text ``norm`` (its start), the table rows one of its money figures
    quotes in the table's own unit and digits (``年初预算 3.05 万元`` of a 万元 table's 总计 row 3.05).

    ``money`` are the text's money figures without a relation, read once from the whole text: a
    sentence ends at a stop (。！？), which no figure, unit or relation word holds and which is no
    blank, so the figures each sentence holds read alone are those of the whole text that stand in
    it (not read again sentence by sentence). ``by_value``: the part's cells by their figure."""
    out = []
    for start, end in sentences(norm):
        rows = {(id(t.table), t.row) for q in money if start <= q.start < end and q.value > 0
                for t in by_value.get(q.value, ()) if t.unit == q.unit}
        out.append((start, rows))
    return out


def _quoted_cell(q: Quantity, key: str, year: int | None, past: bool, cells: list[TableAmount],
                 fiscal_year: int | None, rows: set[tuple[int, int]] = frozenset()) -> TableAmount | None:
    """The cell ``q`` quotes with its unit 10⁴ off, or None: same digits, units 10⁴ apart, and
    no table holding those digits in the sentence's own unit. The row must have the sentence's
    name (``key``) or be a row another figure of the sentence quotes in the table's unit
    (``rows``: ``年初预算 3.05 万元，决算支出 1.75 元`` of a 总计 row holding 3.05 and 1.75), unless
    the figure has four significant digits or more (digits that do not meet by chance). Last
    year's figures (上年, 同期) and another year's are left alone."""
    if past or (year is not None and fiscal_year is not None and year != fiscal_year):
        return None
    if q.unit not in MONEY_SCALE or q.value <= 0 or (q.decimals == 0 and q.value < 100):
        return None
    same = [t for t in cells if t.value == q.value]
    named = [t for t in same if key and _names_match(t.key, key) or (id(t.table), t.row) in rows]
    if not named and significant_digits(q.value) >= 4:
        named = same  # 1133.18 in a 万元 table and 1133.18 元 in a sentence: no chance meeting
    if not named or any(t.unit == q.unit for t in same):
        return None
    for t in named:
        a, b = MONEY_SCALE[t.unit], MONEY_SCALE[q.unit]
        if a == b * 10000 or b == a * 10000:
            return t
    return None


def significant_digits(value: Decimal) -> int:
    """Digits of ``value`` from its first non-zero one to its last non-zero one (865.40 → 4)."""
    digits = str(abs(value).normalize()).replace(".", "").lstrip("0")
    return len(digits.rstrip("0")) if "E" not in digits else 1


@cache
def _quoting_suffixes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words a sentence may write after a table row's name when it quotes the row's figure,
    after the stem of a …费 row's name, and in a budget (perflint/data/consistency.yaml)."""
    conf = data.load("consistency")
    return (frozenset(conf["row_quoting_suffixes"]), frozenset(conf["row_fee_stem_suffixes"]),
            frozenset(conf["row_budget_suffixes"]))


def _quotes_row(row: str, name: str, budget: bool = False) -> bool:
    """Whether a sentence's name is a table row's own name (equal, or the row's name with a
    quoting word after it: ``公务接待费支出决算``; ``…费`` written ``…支出``; in a budget,
    ``公务接待费预算``)."""
    if len(row) < 3:
        return False
    suffixes, fee_suffixes, budget_suffixes = _quoting_suffixes()
    if "支出" in name[len(row):] and row.endswith(tuple(data.load("consistency")["row_income_endings"])):
        return False  # spending from a source of income, not the income row
    if name.startswith(row) and (name[len(row):] in suffixes or budget and name[len(row):] in budget_suffixes):
        return True
    return row.endswith("费") and len(row) - 1 >= _FEE_STEM_MIN and name.startswith(row[:-1]) \
        and name[len(row) - 1:] in fee_suffixes


def _is_budget(part: Part) -> bool:
    """A budget: its title or a heading line above its first tables names a 预算 and no 决算,
    自评, 评价 or 执行 (``附件2`` then ``…2020年部门“三公”经费预算``). Its tables are budgets."""
    head = [part.title] + [b.text.value for b in part.blocks[:6] if not isinstance(b, Table)]
    return any("预算" in t and not any(w in t for w in ("决算", "自评", "评价", "执行"))
               for t in head if len(t) <= 60 and "|" not in t)


@dataclass(frozen=True)
class RowMisquote:
    """A sentence's money figure for a table row that holds no such figure, in a sentence whose
    other figure quotes the same table (so the sentence speaks of that table)."""

    part: Part
    source: SourceText
    quantity: Quantity
    name: str  # the sentence's name of the figure, reduced to match a row's (支出合计, “三公”经费…)
    cells: tuple[TableAmount, ...]  # the row's figures (every table row of that name in the part)
    words: str = ""  # the draft's own words for the figure (本年支出合计, 支出决算), for the message


def _holds(cell: TableAmount, q: Quantity) -> bool:
    """Whether ``q`` states ``cell``'s figure, in its own unit and to its own last digit."""
    a, b = cell.value * MONEY_SCALE[cell.unit], q.value * MONEY_SCALE[q.unit]
    return abs(a - b) <= q.half_unit * MONEY_SCALE[q.unit] + _half_unit_of(cell) * MONEY_SCALE[cell.unit]


def _half_unit_of(cell: TableAmount) -> Decimal:
    return Decimal(5) * Decimal(10) ** (-(cell.decimals + 1))


_NEXT_PARAGRAPH = 2  # lines from one paragraph's last to the next one's first (a blank line between)
_ITEM_MARK = lazy_compile(r"\s*(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")


def prose_row_misquotes(doc: Document, fiscal_year_of: Callable[[Part], int | None]) -> list[RowMisquote]:
    """The money figures of the prose that name a row of a money table of their part (in a budget,
    a figure named …预算 too) but hold none of its figures (``公务接待费支出决算 1.53 万元`` where the 万元 table's ``公务接待费`` row holds
    0.53), where another figure of the same sentence is a figure of that table in its own unit
    and digits (the sentence quotes the table, and the table is read right) — or, for a sentence
    of one figure, a figure of a sentence beside it in the paragraph. Last year's and
    another year's figures are left alone."""
    out: list[RowMisquote] = []
    places = document_places(doc)
    for part, in_tables in _parts_with_amounts(doc):
        fiscal_year = fiscal_year_of(part)
        budget = _is_budget(part)
        quoting: dict[str, set[str]] = {}  # a name of the prose -> the row names it quotes
        figures = {(t.value, t.unit) for t in in_tables}
        by_first: dict[str, list[str]] | None = None  # the row names by their first character
        prev_line, prev_found = -_NEXT_PARAGRAPH, []
        titles: dict[int, str] = {}  # a table's title by its id, read when a 三公 total is met
        for source, money in _prose_money(doc, part):
            text = source.value
            found = [q for q in money if q.value > 0 and q.unit in MONEY_SCALE]
            # a numbered item of one figure, right after a paragraph of figures (the items of a 三公
            # passage: 2.公务用车购置及运行费支出 24.36 万元 / 3.公务接待费支出 4.28 万元): the
            # figures of the paragraph before it are its witnesses
            anchors = source.anchors
            outside = prev_found if len(found) == 1 and anchors[0][1] - prev_line <= _NEXT_PARAGRAPH \
                and _ITEM_MARK.match(text) else []
            prev_line, prev_found = anchors[-1][1], found
            if len(found) + len(outside) < 2 or not any((q.value, q.unit) in figures for q in found + outside):
                continue  # no figure of the paragraph is a table's: none can witness a quote
            norm = normalise(text)
            names = {la.quantity.start: la for la in labelled_amounts_of(text, places)}
            spans = sentences(norm)
            for i, (start, end) in enumerate(spans):
                in_sentence = [q for q in found if start <= q.start < end]
                if not in_sentence:
                    continue
                # the witnesses: the sentence's other figures, or where it has one, the figures of
                # the sentences beside it in the paragraph (…费安排18.00万元。具体而言：…运行费18.00万元)
                near = [q for q in found if spans[max(0, i - 1)][0] <= q.start < spans[min(len(spans) - 1, i + 1)][1]
                        ] + outside if len(in_sentence) == 1 else in_sentence
                if len(near) < 2 or not any((o.value, o.unit) in figures for o in near):
                    continue
                for q in in_sentence:
                    year, past = period_before(norm, q.start)
                    if past or (year is not None and fiscal_year is not None and year != fiscal_year):
                        continue
                    named = names.get(q.start)
                    within: set[int] | None = None
                    if named is not None and named.parent is not None:
                        # a part after 其中: its name may be a sub-item of the row's, unless the
                        # whole is a row the sentence quotes right and the part a row of that table
                        within = _tables_quoting(norm, in_sentence, q, start, in_tables)
                        if not within:
                            continue
                    name = named.key if named else _name_before(norm, q.start)
                    total = "" if named else _total_name_before(norm, q.start, places)
                    if total and any(t.key == total for t in in_tables):
                        name = total  # 本年支出合计 X: the 总表's 本年支出合计 row (key 支出合计)
                    quoted = quoting.get(name)
                    if quoted is None:  # each row name tried once per name the prose gives
                        if by_first is None:
                            by_first = {}
                            for k in dict.fromkeys(t.key for t in in_tables):
                                by_first.setdefault(k[:1], []).append(k)
                        # a row the name quotes opens it (the row's name, or a …费 row's stem)
                        quoted = quoting[name] = {k for k in by_first.get(name[:1], ()) if _quotes_row(k, name, budget)}
                    rows = [t for t in in_tables if t.key in quoted]
                    fund_rows = [] if rows else _fund_income_rows(in_tables, name)
                    rows = rows or fund_rows
                    if not rows and within is None:
                        # the 三公 total (“三公”经费…支出决算为 28.64 万元): the 合计 row of a 三公 table
                        rows = _sangong_total_rows(part, in_tables, norm, start, q, budget, titles)
                        if rows:
                            name = "“三公”经费" + name.removeprefix("经费")
                    if rows and _fund_scoped(norm, q.start - len(name)):
                        rows = [t for t in rows if not _all_funds_table(part, t.table)]
                    if within is not None:
                        rows = [t for t in rows if id(t.table) in within and (t.key == name or t in fund_rows)]
                    if not rows or any(_holds(t, q) for t in rows):
                        continue
                    tables = {id(t.table) for t in rows}
                    if not any(t.value == o.value and t.unit == o.unit and id(t.table) in tables
                               for o in near if o is not q for t in in_tables):
                        continue  # no other figure of the sentence (or beside it) quotes that table
                    out.append(RowMisquote(part, source, q, name, tuple(rows), _words_for(text, norm, q, named, name == total)))
    return out


def _fund_income_rows(in_tables: list[TableAmount], name: str) -> list[TableAmount]:
    """The 一般公共预算财政拨款收入 rows that are the prose's 财政拨款收入 (``其中：财政拨款收入
    272.40 万元`` against a 总表 that splits 财政拨款 by fund): in each table whose other funds'
    income rows are absent or zero, the 一般公共预算 row alone is the whole of it."""
    conf = data.load("consistency")["row_fund_income"]
    whole = conf["whole"]
    if not name.startswith(whole) or name[len(whole):] not in _quoting_suffixes()[0]:
        return []
    general, others = conf["general"], frozenset(conf["others"])
    by_table: dict[int, list[TableAmount]] = {}
    for t in in_tables:
        if t.key == general or t.key in others:
            by_table.setdefault(id(t.table), []).append(t)
    return [t for cells in by_table.values() if all(c.value == 0 for c in cells if c.key in others)
            for t in cells if t.key == general]


@cache
def _sangong_chain():
    """The 三公 mention and the chain of measures that may follow it up to a figure (data)."""
    conf = data.load("consistency")["row_sangong_total"]
    phrase = conf["between"]
    figure = r"\d[\d,]*(?:\.\d+)?\s*万?元\s*[,，;；]\s*"
    return (compile_pattern(conf["mention"]), compile_pattern(rf"(?:{phrase}\s*{figure})*({phrase})\s*"),
            frozenset(conf["total_rows"]), tuple(conf["other_in_table"]))


def _sangong_total_rows(part: Part, in_tables: list[TableAmount], norm: str, start: int, q: Quantity,
                        budget: bool, titles: dict[int, str]) -> list[TableAmount]:
    """The 合计 rows of the part's 三公 tables, where ``q`` is the prose's 三公 total: its sentence
    names “三公”经费 before it and nothing but measures stands between (``“三公”经费财政拨款支出预算为
    32.00 万元，支出决算为 28.64 万元``: both figures are totals). A budget figure is read only in a
    budget (a 决算's 三公 table may show no 预算数); an item, a 其中, 会议费 or 上年 between the
    mention and the figure make it another quantity. A table of 三公 and other spending (及会议费、
    培训费, 机关运行经费) totals more than the 三公."""
    mention, chain, total_rows, others = _sangong_chain()
    before = norm[start:q.start]
    found = list(mention.finditer(before))
    if not found:
        return []
    m = chain.fullmatch(before, found[-1].end())
    if m is None or (not budget and "预算" in m.group(1)):
        return []
    from perflint.extract.account_rows import table_title

    out = []
    for t in in_tables:
        if t.key not in total_rows:
            continue
        title = titles.get(id(t.table))
        if title is None:
            index = next((k for k, b in enumerate(part.blocks) if b is t.table), None)
            title = titles[id(t.table)] = "" if index is None else table_title(part, index)
        if "三公" in title and not any(w in title for w in others):
            out.append(t)
    return out


def _fund_scoped(norm: str, pos: int) -> bool:
    """Whether the text before ``pos`` names one fund's spending (一般公共预算财政拨款支出…)."""
    return any(w in norm[:pos] for w in data.load("consistency")["row_fund_scope_words"])


def _all_funds_table(part: Part, table: Table) -> bool:
    """Whether ``table`` is one of the all-funds 公开 tables (收入支出决算总表, 收入决算表,
    支出决算表) by the title written above it."""
    from perflint.extract.account_rows import table_title

    index = next((k for k, b in enumerate(part.blocks) if b is table), None)
    if index is None:
        return False
    return compile_pattern(data.load("consistency")["row_all_funds_tables"]).search(table_title(part, index)) is not None


def _tables_quoting(norm: str, in_sentence: list, q, start: int, in_tables: list[TableAmount]) -> set[int]:
    """The tables (by id) holding the figure the sentence gives right before the 其中 that ``q``
    follows (``本年收入合计286.40万元，其中：…`` and the 总表): the whole the parts are of."""
    cut = norm.rfind("其中", start, q.start)
    wholes = [o for o in in_sentence if o.start < cut] if cut >= 0 else []
    if not wholes:
        return set()
    whole = wholes[-1]
    return {id(t.table) for t in in_tables if t.value == whole.value and t.unit == whole.unit}


# After a figure, its change against the budget (…支出2.48万元，与2021年度预算相比无变化 / 减少0.1万元):
# the claim word, and for 增加 / 减少 the amount read after it.
_VERSUS_BUDGET = lazy_compile(
    r"\s*[，,]?\s*(?:与|较|比)\s*(?:\d{4}\s*年度?\s*)?(?:年初)?预算数?(?:相比|相较)?\s*[，,]?\s*"
    r"(无变化|无增减|持平|增加|减少)")


@dataclass(frozen=True)
class ChangeMisquote:
    """A sentence's change of a table row's spending against its budget (无变化, 增加 X, 减少 X)
    that the row's own 预算数 and 决算数 do not give."""

    source: SourceText
    start: int
    end: int  # the claim in ``source.value`` (the word, and its amount for 增加 / 减少)
    name: str  # the draft's own words for the row's figure (公务用车运行维护费支出)
    claim: str
    budget: TableAmount
    actual: TableAmount


def _budget_and_actual(row: list[TableAmount]) -> tuple[TableAmount, TableAmount] | None:
    """The row's 预算数 cell and its 决算数 cell, where each header names one of the two."""
    budget = [t for t in row if "预算" in t.header and "决算" not in t.header]
    actual = [t for t in row if "决算" in t.header and "预算" not in t.header]
    return (budget[0], actual[0]) if len(budget) == 1 and len(actual) == 1 else None


def prose_budget_change_misquotes(doc: Document) -> list[ChangeMisquote]:
    """``公务用车运行维护费支出 2.48 万元，与预算相比无变化`` where the 三公 table's row of that name
    holds 预算数 15 and 决算数 2.48: the sentence's figure is the row's 决算数 (so the sentence speaks
    of that row), and its change against the budget is not 决算数 − 预算数. Only a row whose two
    columns are headed 预算 and 决算 is read (a 三公 table laid out across, one column an item, has
    no such row and stays quiet); rounding at the last digit shown is allowed."""
    out: list[ChangeMisquote] = []
    places = document_places(doc)
    for part, in_tables in _parts_with_amounts(doc):
        for source, money in _prose_money(doc, part):
            text = source.value
            if "预算" not in text:
                continue
            quantities = [q for q in money if q.unit in MONEY_SCALE]
            if not quantities:
                continue  # no figure to follow with a change against the budget
            norm = normalise(text)
            names = {la.quantity.start: la for la in labelled_amounts_of(text, places)}
            for q in quantities:
                m = _VERSUS_BUDGET.match(norm, q.end)
                if not m:
                    continue
                named = names.get(q.start)
                if named is not None and named.parent is not None:
                    continue
                name = named.key if named else _name_before(norm, q.start)
                rows: dict[tuple[int, int], list[TableAmount]] = {}
                for t in in_tables:
                    if _quotes_row(t.key, name):
                        rows.setdefault((id(t.table), t.row), []).append(t)
                pairs = [p for p in map(_budget_and_actual, rows.values()) if p]
                if len(pairs) != 1:
                    continue
                budget, actual = pairs[0]
                if not _holds(actual, q):
                    continue  # not the row's 决算数: C718's business, or another figure
                scale = MONEY_SCALE[actual.unit]
                diff = (actual.value * scale - budget.value * MONEY_SCALE[budget.unit]) / scale
                slack = _half_unit_of(actual) + _half_unit_of(budget)
                word, end = m.group(1), m.end()
                if word in ("无变化", "无增减", "持平"):
                    wrong = abs(diff) > slack
                else:
                    amount = next((a for a in quantities if a.start >= m.end() and a.start - m.end() <= 2), None)
                    if amount is None or amount.unit not in MONEY_SCALE:
                        continue
                    end = amount.end
                    said = amount.value * MONEY_SCALE[amount.unit] / scale
                    sign = 1 if word == "增加" else -1
                    wrong = abs(sign * said - diff) > slack + amount.half_unit * MONEY_SCALE[amount.unit] / scale
                if wrong:
                    out.append(ChangeMisquote(source, m.start(1), end, _words_for(text, norm, q, named) or name,
                                              text[m.start(1):end], budget, actual))
    return out


# After a figure, its completion of the budget (…支出决算为28.64万元，完成预算的89.50%): the rate.
_COMPLETES_BUDGET = lazy_compile(
    r"\s*[，,]?\s*完成(?:了)?(?:年初|全年|调整后的?)?预算(?:数)?(?:的)?\s*(\d+(?:\.\d+)?)\s*%")


@dataclass(frozen=True)
class CompletionMisquote:
    """A sentence's completion rate of a table row's spending (``完成预算的 W%``) that the row's own
    决算数 ÷ 预算数 does not give."""

    source: SourceText
    start: int
    end: int  # the claim in ``source.value`` (完成预算的 W%)
    name: str
    said: str  # the sentence's figure, the row's 决算数
    rate: Decimal
    computed: Decimal
    budget: TableAmount
    actual: TableAmount


def prose_budget_completion_misquotes(doc: Document) -> list[CompletionMisquote]:
    """``“三公”经费支出决算为 28.64 万元，完成预算的 89.50%`` where the row that holds 28.64 as its
    决算数 (by the sentence's name, or else the one row of the part's tables with that 决算数)
    holds a 预算数 that does not give the rate: W ≠ 决算数 ÷ 预算数, beyond the figures' rounding."""
    out: list[CompletionMisquote] = []
    places = document_places(doc)
    for part, in_tables in _parts_with_amounts(doc):
        for source, money in _prose_money(doc, part):
            text = source.value
            if "完成" not in text or "预算" not in text:
                continue
            norm = normalise(text)
            names: dict[int, object] | None = None
            for q in money:
                if q.unit not in MONEY_SCALE or q.value <= 0:
                    continue
                m = _COMPLETES_BUDGET.match(norm, q.end)
                if not m:
                    continue
                if names is None:
                    names = {la.quantity.start: la for la in labelled_amounts_of(text, places)}
                named = names.get(q.start)
                if named is not None and named.parent is not None:
                    continue  # a part after 其中: its rate may be of the whole
                name = named.key if named else _name_before(norm, q.start)
                pair = _row_holding(in_tables, name, q)
                if pair is None:
                    continue
                budget, actual = pair
                b = budget.value * MONEY_SCALE[budget.unit]
                if b <= 0:
                    continue
                a = actual.value * MONEY_SCALE[actual.unit]
                ratio = a / b * 100
                err = ratio * (_half_unit_of(actual) * MONEY_SCALE[actual.unit] / a
                               + _half_unit_of(budget) * MONEY_SCALE[budget.unit] / b)
                rate = Decimal(m.group(1))
                half = Decimal(5) * Decimal(10) ** (-(len(m.group(1).partition(".")[2]) + 1))
                if abs(rate - ratio) > err + half:
                    if abs(rate - ratio) > err + 2 * half and _computed_in_sentence(text, budget, actual, rate):
                        continue  # one slip: the sentence's own arithmetic reports it (A107)
                    out.append(CompletionMisquote(source, norm.index("完成", m.start()), m.end(), name, q.text.strip(), rate, ratio,
                                                  budget, actual))
    return out


def _computed_in_sentence(text: str, budget: TableAmount, actual: TableAmount, rate: Decimal) -> bool:
    """Whether the sentence states the row's 预算数 and 决算数 itself, next to the rate
    (``预算为3万元，支出决算为1.71万元，完成预算的43%``): the rate is then wrong by the sentence's own
    figures, and the arithmetic of the sentence (A107) reports that one slip. Not where the sentence
    states another base the rate may be read against (A107 may keep quiet there), nor a rate off
    by a last digit only (A107 may be told to leave rounding alone)."""
    from perflint.extract.prose_rates import completions  # rare: a misquoted completion rate

    return any(cp.budget is not None and not cp.arrival and not cp.alternatives and not cp.uncertain
               and cp.rate.value == rate and _holds(budget, cp.budget) and _holds(actual, cp.actual)
               for cp in completions(text))


def _row_holding(in_tables: list[TableAmount], name: str, q) -> tuple[TableAmount, TableAmount] | None:
    """The (预算数, 决算数) cells of the row the sentence's figure ``q`` is the 决算数 of: the row of
    the sentence's name, else the one row of the tables whose 决算数 is ``q`` as written."""
    rows: dict[tuple[int, int], list[TableAmount]] = {}
    for t in in_tables:
        if _quotes_row(t.key, name):
            rows.setdefault((id(t.table), t.row), []).append(t)
    pairs = [p for p in map(_budget_and_actual, rows.values()) if p and _holds(p[1], q)]
    if not pairs:
        by_row: dict[tuple[int, int], list[TableAmount]] = {}
        for t in in_tables:
            by_row.setdefault((id(t.table), t.row), []).append(t)
        pairs = [p for p in map(_budget_and_actual, by_row.values())
                 if p and p[1].unit == q.unit and p[1].value == q.value and p[1].decimals == q.decimals]
    return pairs[0] if len(pairs) == 1 else None
