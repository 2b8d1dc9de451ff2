"""Account rows of a 部门决算's 公开 expenditure tables and the figures its 情况说明 states for them.

A 决算说明 restates rows of its own tables in prose: ``一般公共服务（类）财政事务（款）行政运行
（项）年初预算为 A 万元，支出决算为 B 万元``. This module reads both sides without judging:

- :func:`account_tables`: the 一般公共预算财政拨款支出决算表 (and the all-funds 支出决算表) of a
  part, found by the title written above them, read as grids: each row's account code, name and
  its figures by column kind (``actual`` 决算/合计, ``budget:年初`` …; 基本/项目支出 aside);
- :func:`account_statements`: in a paragraph, the rows named by their (类)/(款)/(项) path and the
  figures stated right after the path, each with its kind, the fund scope the section speaks of.

Phrase lists live in ``perflint/data/consistency.yaml`` (``account_rows``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from perflint.extract.claims import phrases
from perflint.extract.quantities import strip_end
from perflint.extract.table_grid import ACCOUNT_CODE, Figure, read_grid
from perflint.extract.table_units import table_unit
from perflint.model import Heading, Paragraph, Part, Table
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities, normalise
from perflint.text.patterns import compile_pattern, lazy_compile

_LEVELS = {"类": 3, "款": 5, "项": 7}
# A name: Chinese words, with bracketed words inside it (政府办公厅（室）及相关机构事务, 中医（民族）医院).
_NAME = r"(?:[\u4e00-\u9fff、]|[（(](?![类款项][)）])[\u4e00-\u9fff]{1,6}[)）])+?"
_PATH = lazy_compile(
    rf"(?:(?P<lei>{_NAME})[（(]类[)）]\s*)?"
    rf"(?:(?P<kuan>{_NAME})[（(]款[)）]\s*)?"
    rf"(?:(?P<xiang>{_NAME})[（(]项[)）])?"
)
_MARKER = lazy_compile(r"[（(][类款项][)）]")
_BUDGET = lazy_compile(r"(?P<q>年初|调整后|调整|全年)?预算(?:数)?")
_ACTUAL = lazy_compile(r"(?:本年|全年|年度)?(?:支出决算数?|决算数?|决算支出|实际支出|支出)")
_YEAR_LEAD = lazy_compile(r"^(?P<y>\d{4})年度?")
_HEADING_LIKE = lazy_compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
_TITLE = lazy_compile(r"^.*?决算(?:明细|总)?表(?:[（(][^（()）]{1,12}[)）])?")
_CONNECTORS = ["为", "是", "：", ":", "达", "共计", "计"]


@dataclass(frozen=True)
class AccountRow:
    """One row of a table with an account code: its name and figures by column kind."""

    code: str
    name: str
    figures: dict[str, Figure]  # actual | budget:年初 | budget:调整 | budget: | part:基本 | part:项目 -> cell
    table: Table
    unit: str


@dataclass
class AccountTable:
    """A 公开 expenditure table by account code: its fund scope and rows."""

    table: Table
    scope: str  # general (一般公共预算财政拨款) | all (支出决算表)
    rows: dict[str, AccountRow] = field(default_factory=dict)


@dataclass(frozen=True)
class AccountStatement:
    """A figure the prose states for a row named by its (类)/(款)/(项) path."""

    path: tuple[tuple[str, str], ...]  # (level marker, name), widest first
    kind: str  # actual | budget:<qualifier>
    quantity: Quantity
    start: int  # of the path in the paragraph
    end: int


def _conf() -> dict:
    return phrases()["account_rows"]


def bare(name: str) -> str:
    """A row or path name compared: without blanks, a leading ordinal or a trailing 支出."""
    name = compact(name).replace("(", "（").replace(")", "）")
    name = _LEADING_ORDINAL.sub("", name)
    return name[:-2] if name.endswith("支出") and len(name) > 2 else name


_LONE_FIGURE = lazy_compile(r"^\s*\d{1,2}\s*$")
_LEADING_ORDINAL = lazy_compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])")
_TITLE_NUMBER = lazy_compile(r"^[一二三四五六七八九十\d]{1,3}[、.．]")
_TRAILING_NOTE = lazy_compile(r"[（(][^（()）]{1,12}[)）]$")
_FISCAL_GRANT = lazy_compile("财政拨款")


def _title_of(part: Part, index: int) -> str:
    """The 决算表 title written just above the table (its caption or one of the 4 blocks before)."""
    table = part.blocks[index]
    texts = [table.caption] if isinstance(table, Table) else []
    above = 0
    for b in reversed(part.blocks[max(0, index - 12):index]):
        if isinstance(b, Table) or above == 4:
            break
        if isinstance(b, (Heading, Paragraph)) and not _LONE_FIGURE.match(b.text.value):
            texts.append(b.text.value)  # (the 栏次 numbers of a header pasted one cell a line are passed over)
            above += 1
    for t in texts:
        m = _TITLE.search(compact(t))
        if m and len(m.group(0)) <= 40:
            return m.group(0)  # without the 公开05表 / 单位：万元 a line may run on with
    return ""


def table_title(part: Part, index: int) -> str:
    """The 决算表 title of the table ``part.blocks[index]`` (see :func:`_title_of`), without a
    leading 五、 or a trailing bracketed note, blanks removed; "" when none is written."""
    t = re.sub(r"^[一二三四五六七八九十\d]{1,3}[、.．]", "", _title_of(part, index))
    return re.sub(r"[（(][^（()）]{1,12}[)）]$", "", t)


def _scope_of_title(title: str) -> str | None:
    conf = _conf()
    t = _TITLE_NUMBER.sub("", title)
    t = _TRAILING_NOTE.sub("", t)  # （按功能分类）, (公开05表)
    if any(w in t for w in conf["other_tables"]):
        return None
    if compile_pattern(conf["general_table"]).search(t):
        return "general"
    if compile_pattern(conf["all_table"]).search(t):
        return "all"
    return None


def _column_kind(header: str) -> str | None:
    conf = _conf()
    if "基本支出" in header and "项目支出" not in header:
        return "part:基本"
    if "项目支出" in header and "基本支出" not in header:
        return "part:项目"
    if any(w in header for w in conf["part_columns"]):
        return None
    if "预算" in header and "决算" not in header:
        m = _BUDGET.search(header)
        return "budget:" + ((m.group("q") or "") if m else "").replace("调整后", "调整")
    if any(w in header for w in conf["actual_columns"]):
        return "actual"
    return None


def account_tables(part: Part) -> list[AccountTable]:
    """The part's 一般公共预算财政拨款支出决算表 and 支出决算表 by account code."""
    out: list[AccountTable] = []
    for i, block in enumerate(part.blocks):
        if not isinstance(block, Table):
            continue
        scope = _scope_of_title(_title_of(part, i))
        if scope is None:
            continue
        grid = read_grid(block)
        if grid is None or len(grid.segments) != 1:
            continue
        seg = grid.segments[0]
        kinds: dict[int, str] = {}
        for c in grid.value_columns(seg):
            head = compact("".join(h[c] for h in grid.headers if c < len(h)))
            if (k := _column_kind(head)) is not None:
                kinds[c] = k
        if list(kinds.values()).count("actual") > 1 or len(set(kinds.values())) != len(kinds):
            continue  # two columns of one kind: which the prose means is a guess
        unit = table_unit(block) or ""
        at = AccountTable(block, scope)
        seen: set[str] = set()
        for r in grid.data_rows():
            code = grid.code(r, seg)
            if not code or not ACCOUNT_CODE.match(code):
                continue
            if code in seen:
                at.rows.pop(code, None)
                continue
            seen.add(code)
            name = "".join(grid.text(r, c) for c in range(*seg) if grid.roles[c] == "label")
            figs = {k: f for c, k in kinds.items() if (f := grid.figure(r, c)) is not None}
            at.rows[code] = AccountRow(code, bare(name), figs, block, unit)
        if at.rows:
            out.append(at)
    return out


def resolve(at: AccountTable, path: tuple[tuple[str, str], ...]) -> AccountRow | None:
    """The one row of ``at`` the path names, else None (unknown or ambiguous).

    The widest level's name may carry words before it (``主要用于一般公共服务``) when those are
    a lead-in (:func:`lead_words_ok`), never part of another name."""
    level, name = path[-1]
    out = []
    for code, row in at.rows.items():
        if len(code) != _LEVELS[level] or not _names_match(row.name, name, len(path) == 1):
            continue
        for k, (lv, nm) in enumerate(path[:-1]):
            parent = at.rows.get(code[:_LEVELS[lv]])
            if parent is None or not _names_match(parent.name, nm, k == 0):
                break
        else:
            out.append(code)
    return at.rows[out[0]] if len(out) == 1 else None


def _names_match(row_name: str, said: str, lead: bool) -> bool:
    said_b = bare(said)
    if said_b == row_name:
        return True
    return lead and said_b.endswith(row_name) and lead_words_ok(said_b, row_name)


def lead_words_ok(said: str, name: str) -> bool:
    """Whether the words before ``name`` in ``said`` are a lead-in (用于, 其中), not part of a name."""
    lead = said[:len(said) - len(name)] if said.endswith(name) else None
    if lead is None:
        return bare(said) == name
    return lead == "" or lead.endswith(tuple(_conf()["lead_words"]))


def _scope_words(text: str) -> str | None:
    """The fund scope the text speaks of last: general, other, mixed (财政拨款 of every fund) or
    all (every source of money, when no 财政拨款 or 预算 is named)."""
    conf = _conf()
    found: list[tuple[int, str]] = []
    covered: set[int] = set()
    for scope, words in (("general", conf["general_words"]), ("other", conf["other_words"])):
        for w in words:
            for m in compile_pattern(re.escape(w)).finditer(text):
                found.append((m.start(), scope))
                covered.update(range(m.start(), m.end()))
    for m in _FISCAL_GRANT.finditer(text):
        if m.start() not in covered:
            found.append((m.start(), "mixed"))
    if "财政拨款" not in text and "预算" not in text:
        found.extend((text.find(w), "all") for w in conf["all_words"] if w in text)
    return max(found)[1] if found else None


def section_scope(part: Part, index: int, upto: str) -> str | None:
    """The fund scope (general | all) the paragraph at ``index`` speaks of: its own words before
    the row, else the nearest earlier paragraph of its section naming one; None when unsure."""
    texts = [upto]
    for b in reversed(part.blocks[max(0, index - 30):index]):
        if isinstance(b, Table):
            break
        if isinstance(b, (Heading, Paragraph)):
            texts.append(b.text.value)
            if isinstance(b, Heading) or _HEADING_LIKE.match(b.text.value.strip()):
                break
    for t in texts:
        s = _scope_words(compact(t))
        if s is not None:
            return s if s in ("general", "all") else None
    return None


def account_paths(text: str) -> list[tuple[int, int, tuple[tuple[str, str], ...]]]:
    """Each row the text names by its (类)/(款)/(项) path: (start, end, path widest first)."""
    if not _MARKER.search(text):
        return []
    paths = []
    for m in _PATH.finditer(normalise(text)):
        if m.end() == m.start():
            continue
        path = tuple((lv, m.group(g)) for lv, g in (("类", "lei"), ("款", "kuan"), ("项", "xiang")) if m.group(g))
        levels = [_LEVELS[lv] for lv, _ in path]
        if levels != sorted(levels):
            continue
        paths.append((m.start(), m.end(), path))
    return paths


def class_names(tables: list[Table]) -> set[str]:
    """The names (:func:`bare`) of the 类 rows of the function classification (a three-digit code
    2xx; 3xx and 5xx are economic classes) of any of ``tables``: every fund's tables, and a table
    split by a page break whose title stayed on the first piece."""
    names: set[str] = set()
    for block in tables:
        grid = read_grid(block)
        if grid is None:
            continue
        for seg in grid.segments:
            for r in grid.data_rows():
                code = grid.code(r, seg)
                if code and len(code) == 3 and code.startswith("2") and ACCOUNT_CODE.match(code):
                    names.add(bare("".join(grid.text(r, c) for c in range(*seg) if grid.roles[c] == "label")))
    return names - {""}


def names_class(said: str, names: set[str]) -> bool:
    """Whether the widest name of a path (lead-in words allowed before it) is one of ``names``."""
    return any(_names_match(name, said, True) for name in names)


def account_statements(text: str, fiscal_year: int | None) -> list[AccountStatement]:
    """Each figure the text states for a row
    named by its (类)/(款)/(项) path: the figures right after the path, up to the first sentence
    end that follows one, a 其中 or the next path. Last year's figures and comparisons are left out."""
    paths = account_paths(text)
    if not paths:
        return []
    norm = normalise(text)
    money = [q for q in find_quantities(text) if q.kind == "money" and q.relation is None]
    conf = _conf()
    out = []
    for k, (s, e, path) in enumerate(paths):
        stop = paths[k + 1][0] if k + 1 < len(paths) else len(norm)
        seen_figure = False
        clause_start = e
        pos = e
        for q in money:
            if q.start < e or q.start >= stop:
                continue
            between = norm[pos:q.start]
            if seen_figure and re.search(r"[。；;]", between):
                break
            ends = [m.start() for m in re.finditer(r"[。；;]", norm[e:q.start])]
            if not seen_figure and (len(ends) > 1 or ends and norm[e:e + ends[0]].strip(" ：:，,")):
                break  # the figure is in a later sentence than the one the path heads
            if any(w in norm[e:q.start] for w in conf["part_words"]):
                break  # 其中: the figures after it are parts of another whole
            cut = max(norm.rfind(c, e, q.start) for c in "，,；;。：:")
            clause_start = max(e, cut + 1)
            label = compact(norm[clause_start:q.start])
            label = strip_end(label, _CONNECTORS)
            if any(w in label for w in conf["other_period"]):
                pos = q.end
                seen_figure = True
                continue
            if (y := _YEAR_LEAD.match(label)) is not None:
                if fiscal_year is None or int(y.group("y")) != fiscal_year:
                    pos = q.end
                    seen_figure = True
                    continue
                label = label[y.end():]
            kind = None
            if (b := _BUDGET.fullmatch(label)) is not None:
                kind = "budget:" + (b.group("q") or "").replace("调整后", "调整")
            elif label == "" and norm[e:q.start].strip(" ：:") == "":
                kind = "actual"  # 卫生健康支出（类）260.43 万元: the row's own amount, right after its path
            elif _ACTUAL.fullmatch(label):
                kind = "actual"
            seen_figure = True
            pos = q.end
            if kind is not None:
                out.append(AccountStatement(path, kind, q, s, e))
    return out


__all__ = ["AccountRow", "AccountStatement", "AccountTable", "account_paths", "account_statements", "account_tables", "bare",
           "class_names", "lead_words_ok", "names_class", "resolve", "section_scope"]
