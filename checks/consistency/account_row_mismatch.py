"""C717: a figure the 决算说明 states for a row of its own 公开 expenditure table differs from the row."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Heading, Paragraph, Part, Table
from perflint.text.numbers import fmt

if TYPE_CHECKING:
    from perflint.extract.table_grid import Figure
    from perflint.text.numbers import Quantity

_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}
_KIND = {"actual": ("支出决算", "actual spending"), "budget:年初": ("年初预算", "initial budget"),
         "budget:调整": ("调整预算", "adjusted budget"), "budget:全年": ("全年预算", "full-year budget"),
         "budget:": ("预算数", "budget")}


class AccountRowMismatch(Check):
    """## What it does
    Reads the figures a 部门决算说明 states for a row of its expenditure tables, named by its
    account path (`一般公共服务（类）财政事务（款）行政运行（项）`), and compares each with that row
    of the table the section speaks of: a section on 一般公共预算财政拨款 spending with the
    一般公共预算财政拨款支出决算表, a section on all spending with the 支出决算表. It compares
    only like with like: the 支出决算 figure with the row's 合计/决算数 column, the 年初预算 figure
    with a 年初预算 column, after converting 元 and 万元 and allowing for rounding at the last digit
    shown. It stays quiet when the row is not unique (a 行政运行 under several 款 with no 款 given),
    when the table is not in the document, when the section's fund is unclear, for last year's
    figures and for the figures after a 其中.

    It also finds a path whose 类 is none of the function classes (2xx rows) of the document's
    tables (`一般公共服务（类）…` listed under 本部门使用的支出功能分类科目 where every table holds
    only 210 卫生健康支出): an account copied from another unit's 决算说明. Only when the table
    that would list it is there (the all-funds 支出决算表, or the general-budget one for a section
    on 一般公共预算财政拨款), and not for a paragraph on last year, a change, or a class with no
    spending (本年无…支出, a budget only, 支出决算为 0).

    ## Why is this bad?
    The 情况说明 explains the 公开 tables; a row's figure that differs from the table is wrong in
    one of the two places, usually the prose quoting the 款 or 类 total for one of its 项.

    ## Example
    ```text
    某县档案馆2023年度部门决算
    五、一般公共预算财政拨款支出决算表
    单位：万元
    | 科目代码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
    | 201 | 一般公共服务支出 | 520.60 | 480.20 | 40.40 |
    | 20126 | 档案事务 | 520.60 | 480.20 | 40.40 |
    | 2012601 | 行政运行 | 310.15 | 310.15 | 0.00 |
    | 2012604 | 档案馆 | 210.45 | 170.05 | 40.40 |
    六、一般公共预算财政拨款支出决算情况说明
    2023年度一般公共预算财政拨款支出决算为520.60万元，主要用于：
    一般公共服务（类）档案事务（款）行政运行（项）支出决算为520.60万元，主要用于机关运转。
    ```
    The table's 行政运行 row is 310.15 万元; 520.60 is the whole 款.

    ## Use instead
    ```text
    某县档案馆2023年度部门决算
    五、一般公共预算财政拨款支出决算表
    单位：万元
    | 科目代码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
    | 201 | 一般公共服务支出 | 520.60 | 480.20 | 40.40 |
    | 20126 | 档案事务 | 520.60 | 480.20 | 40.40 |
    | 2012601 | 行政运行 | 310.15 | 310.15 | 0.00 |
    | 2012604 | 档案馆 | 210.45 | 170.05 | 40.40 |
    六、一般公共预算财政拨款支出决算情况说明
    2023年度一般公共预算财政拨款支出决算为520.60万元，主要用于：
    一般公共服务（类）档案事务（款）行政运行（项）支出决算为310.15万元，主要用于机关运转。
    ```
    Quote the row's own figure (or correct the table).
    """

    doc_zh = """## 它检查什么
    读取部门决算说明按科目路径（“一般公共服务（类）财政事务（款）行政运行（项）”）为支出表某一行写出的数字，与该段所说的那张表中这一行比较：讲一般公共预算财政拨款支出的段落对照一般公共预算财政拨款支出决算表，讲全部支出的段落对照支出决算表。只比较同一种数：支出决算数对照该行的合计/决算数栏，年初预算数对照年初预算栏；元与万元换算后比较，并容许末位的四舍五入。科目行不唯一（几个款下都有“行政运行”而正文未写款）、文中没有这张表、段落所说的资金范围不明、上年数以及“其中”之后的分项，都不报告。

    同时查找“类”不在本文各表功能分类类级科目（2 开头的三位代码行）之中的科目路径（“本部门使用的支出功能分类科目”下列出“一般公共服务（类）……”，而各表只有 210 卫生健康支出）：这是从其他单位的决算说明套用来的科目。只在本应列出该类的表在文中时报告（全部资金的支出决算表；讲一般公共预算财政拨款的段落，也可以是一般公共预算财政拨款支出决算表）；讲上年、讲增减、或该类本年没有支出（“本年无……支出”、只写预算数、支出决算为 0）的段落不报告。

    ## 为什么要改
    情况说明是对公开表的解释；同一科目行的数字与表不符，两处必有一处错，常见的是把款或类的合计写成了其下某一项的数。

    ## 示例
    {example}
    表中行政运行一行为 310.15 万元，520.60 万元是整个款的数。

    ## 应改为
    {use_instead}
    引用该行自己的数字（或改正表格）。
    """

    code = "C717"
    name = "account-row-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "决算说明中科目行的数字与公开表不符", "en": "Account row figure differs from the 决算 table"}
    messages = {
        "mismatch": {
            "zh": "正文写 {path}{what} {said}，而{table}中该行（{code}）为 {value}（第 {line} 行）",
            "en": "the text gives {path} {what_en} {said}, but the row {code} of the {table_en} says {value} (line {line})",
        },
        "see": {"zh": "表中该科目行", "en": "the table's row"},
        "unknown_class": {
            "zh": "正文列出科目“{path}”，但本文的支出决算表中没有“{name}”这一类（表中的类为：{classes}）：是套用了其他单位的科目吗？",
            "en": "the text names the account “{path}”, but the 决算 tables have no class “{name}” (their classes: {classes}): "
                  "an account copied from another unit?",
        },
        "table": {"zh": "支出决算表", "en": "the expenditure table"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            if part.kind != "final_accounts":
                continue
            # imported here: only a 决算 part needs the account facts (and their table reader),
            # not every start of the command line
            from perflint.extract.account_rows import (
                account_statements,
                account_tables,
                resolve,
                section_scope,
            )

            tables = None
            year = ctx.fiscal_year_of(part)
            yield from self._unknown_classes(doc, part, year)
            for i, block in enumerate(part.blocks):
                if not isinstance(block, Paragraph):
                    continue
                text = block.text.value
                found = account_statements(text, year)
                if not found:
                    continue
                if tables is None:
                    tables = account_tables(part)
                if not tables:
                    break  # no expenditure table in this part: nothing to compare its prose with
                for st in found:
                    path, kind, q, s, e = st.path, st.kind, st.quantity, st.start, st.end
                    scope = section_scope(part, i, text[:s])
                    if scope is None:
                        continue
                    rows = [row for at in tables if at.scope == scope if (row := resolve(at, path)) is not None]
                    figs = [(row, row.figures[kind]) for row in rows if kind in row.figures]
                    if not figs or len({f.quantity.value * _SCALE.get(r.unit, Decimal(0)) for r, f in figs}) != 1:
                        continue  # no such row, or two tables of the scope disagree: which is meant is unsure
                    row, fig = figs[0]
                    if kind == "actual" and not _adds_up(row.figures):
                        continue  # 合计 ≠ 基本支出 + 项目支出: the table is wrong or misread, not the prose
                    if not _differs(q, fig, row.unit):
                        continue
                    where = fig.cell.text.locate()
                    zh, en = _KIND[kind]
                    yield self.diagnostic(
                        "mismatch", block.text.locate(q.start, q.end), related=[(where, "see")],
                        path=text[s:e].strip(), what=zh, what_en=en, said=q.text.strip(),
                        table="一般公共预算财政拨款支出决算表" if scope == "general" else "支出决算表",
                        table_en="一般公共预算财政拨款支出决算表 (general-budget appropriations)" if scope == "general"
                        else "支出决算表 (all spending)",
                        code=row.code, value=f"{fmt(fig.quantity.value)} {fig.quantity.unit or row.unit}",
                        line=where.line,
                    )


    def _unknown_classes(self, doc: Document, part: Part, year: int | None) -> Iterator[Diagnostic]:
        """A path whose 类 is none of the classes of the document's expenditure tables."""
        from perflint.extract.account_rows import (
            account_paths,
            account_statements,
            account_tables,
            class_names,
            names_class,
            section_scope,
        )

        tables = None
        named: set[str] | None = None
        quiet = _conf()["unknown_class_quiet"]
        for i, block in enumerate(part.blocks):
            if not isinstance(block, (Paragraph, Heading)):
                continue
            text = block.text.value
            paths = [p for p in account_paths(text) if p[2][0][0] == "类"]
            if not paths or any(w in text for w in quiet):
                continue  # 上年/减少/无…: a class the unit had last year or has none of is no slip
            if tables is None:
                tables = [at for at in account_tables(part) if any(len(c) == 3 for c in at.rows)]
                named = class_names([b for p in doc.parts for b in p.blocks if isinstance(b, Table)])
            if not tables or not named:
                return
            stated = account_statements(text, year)
            for s, e, path in paths:
                scope = section_scope(part, i, text[:s])
                if not any(at.scope == "all" or at.scope == scope for at in tables):
                    continue  # the table that would list this class is not in the document
                if names_class(path[0][1], named):
                    continue
                own = [st for st in stated if st.start == s]
                if own and not any(st.kind == "actual" and st.quantity.value > 0 for st in own):
                    continue  # a budget only, or nothing spent: the table need not list the class
                at = next(at for at in tables if at.scope == "all" or at.scope == scope)
                yield self.diagnostic(
                    "unknown_class", block.text.locate(s, e),
                    related=[(at.table.location, "table")],
                    path=text[s:e].strip(), name=path[0][1],
                    classes="、".join(sorted(named)),
                )


def _conf() -> dict:
    from perflint.extract.claims import phrases

    return phrases()["account_rows"]


def _differs(q: Quantity, fig: Figure, unit: str) -> bool:
    if fig.quantity.unit not in (None, "万元", "元", "亿元", "千元"):
        return False
    scale = _SCALE.get(fig.quantity.unit or unit)
    if scale is None:
        return False  # the table declares no unit: its figures cannot be compared
    table_base = fig.quantity.value * scale
    tolerance = q.half_unit * q.scale + fig.quantity.half_unit * scale
    if abs(q.base_value - table_base) <= tolerance:
        return False
    ratio = table_base / q.base_value if q.base_value else None
    return ratio not in (Decimal(10000), Decimal("0.0001"))  # a unit slip is another finding


def _adds_up(figures: dict[str, Figure]) -> bool:
    """Whether a row's 合计 is its 基本支出 + 项目支出 (when the table has both columns)."""
    parts = [figures.get("part:基本"), figures.get("part:项目")]
    if "actual" not in figures or any(p is None for p in parts):
        return True
    total = figures["actual"].quantity
    got = sum((p.quantity.value for p in parts if p is not None), Decimal(0))
    tol = total.half_unit + sum((p.quantity.half_unit for p in parts if p is not None), Decimal(0))
    return abs(total.value - got) <= tol
