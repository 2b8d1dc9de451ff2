"""C727: a total two 公开 tables of a 部门决算 both state differs between them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Part, Table
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern, lazy_compile

_REGEX_SYNTAX = lazy_compile(r"\(\?[^)]*\)|\(\?:[^)]*\)\??|[$^]")

if TYPE_CHECKING:
    from perflint.extract.table_grid import Figure, Grid

_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}


class FinalAccountsTableTotalsDiffer(Check):
    """## What it does
    Compares a total that two 公开 tables of one 部门决算 both state: the 收入支出决算总表's
    本年支出合计 with the 合计 row of the 支出决算表, its 本年收入合计 with the 合计 row of the
    收入决算表, and the 财政拨款收入支出决算总表's 本年支出合计 in its 一般公共预算财政拨款
    column with the 合计 row of the 一般公共预算财政拨款支出决算表 (the pairs live in
    `perflint/data/consistency.yaml`, `table_totals`). Tables are found by the title written
    above them; figures are compared in 元 after each table's own unit, allowing for rounding at
    the last digit shown. Equal figures under two different units are reported as a unit slip.
    A table whose title, total row or column is not found is left alone.

    ## Why is this bad?
    The 总表 summarises the detail tables: its 本年支出合计 is by construction the 支出决算表's
    total. Two values mean one table was edited or retyped after the other, or one table's unit is
    wrong.

    ## Example
    ```text
    示范县图书馆2024年度部门决算
    收入支出决算总表
    单位：万元
    | 项目 | 决算数 | 项目 | 决算数 |
    | 一、一般公共预算财政拨款收入 | 300.00 | 一、文化旅游体育与传媒支出 | 300.00 |
    | 本年收入合计 | 300.00 | 本年支出合计 | 300.00 |
    | 总计 | 300.00 | 总计 | 300.00 |
    支出决算表
    单位：万元
    | 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |
    |  | 合计 | 310.00 | 250.00 | 60.00 |
    | 207 | 文化旅游体育与传媒支出 | 310.00 | 250.00 | 60.00 |
    ```
    The 总表 says 300.00 was spent, the 支出决算表 310.00.

    ## Use instead
    ```text
    示范县图书馆2024年度部门决算
    收入支出决算总表
    单位：万元
    | 项目 | 决算数 | 项目 | 决算数 |
    | 一、一般公共预算财政拨款收入 | 300.00 | 一、文化旅游体育与传媒支出 | 300.00 |
    | 本年收入合计 | 300.00 | 本年支出合计 | 300.00 |
    | 总计 | 300.00 | 总计 | 300.00 |
    支出决算表
    单位：万元
    | 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |
    |  | 合计 | 300.00 | 240.00 | 60.00 |
    | 207 | 文化旅游体育与传媒支出 | 300.00 | 240.00 | 60.00 |
    ```
    """

    doc_zh = """## 它检查什么
    比较同一部门决算中两张公开表都列出的同一个总数：收入支出决算总表的“本年支出合计”与支出决算表的合计行，“本年收入合计”与收入决算表的合计行，财政拨款收入支出决算总表“一般公共预算财政拨款”栏的“本年支出合计”与一般公共预算财政拨款支出决算表的合计行（配对见 `perflint/data/consistency.yaml` 的 `table_totals`）。按表上方的标题识别各表，按各表自己的金额单位换算为元后比较，容许末位的四舍五入。数值相同而单位不同的，报告为单位错误。找不到表题、合计行或所需栏目的，不检查。

    ## 为什么要改
    总表是各明细表的汇总：总表的本年支出合计按定义就是支出决算表的合计。两表数值不同，说明其中一张表在另一张之后被改过或重新录入，或某张表的单位写错了。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C727"
    name = "final-accounts-tables-disagree"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "决算公开表之间同一总数不一致", "en": "One total differs between two 决算 tables"}
    messages = {
        "differ": {
            "zh": "{detail}合计 {value} 与{summary}的{row} {other}（第 {line} 行）不一致：两表的同一总数应相等",
            "en": "the {detail}'s total {value} differs from the {summary}'s {row} {other} (line {line}): both state one total",
        },
        "unit": {
            "zh": "{detail}合计 {value} 与{summary}的{row} {other}（第 {line} 行）数值相同而单位不同：有一张表的金额单位写错了",
            "en": "the {detail}'s total {value} and the {summary}'s {row} {other} (line {line}) are the same number under "
                  "different units: one table's unit is wrong",
        },
        "see": {"zh": "总表中的同一总数", "en": "the same total in the summary table"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            if part.kind != "final_accounts":
                continue
            tables = [(i, b) for i, b in enumerate(part.blocks) if isinstance(b, Table)]
            if len(tables) < 2:
                continue
            # imported here: only a 决算 part with tables needs them
            from perflint.extract.account_rows import table_title
            from perflint.extract.claims import phrases

            conf = phrases()["table_totals"]
            titled = [(table_title(part, i), b) for i, b in tables]
            for pair in conf["pairs"]:
                yield from self._pair(part, titled, pair, conf["total_rows"])

    def _pair(self, part: Part, titled: list[tuple[str, Table]], pair: dict, total_rows: list[str]
              ) -> Iterator[Diagnostic]:
        from perflint.extract.table_grid import read_grid
        from perflint.extract.table_units import table_unit

        summaries = [b for t, b in titled if t and compile_pattern(pair["summary"]).search(t)]
        details = [b for t, b in titled if t and compile_pattern(pair["detail"]).search(t)
                   and not any(w in t for w in pair["not_in_detail"])]
        if len(summaries) != 1 or len(details) != 1 or summaries[0] is details[0]:
            return  # none, or two of one kind (several units' tables): which pairs with which is a guess
        summary, detail = summaries[0], details[0]
        sgrid, dgrid = read_grid(summary), read_grid(detail)
        if sgrid is None or dgrid is None:
            return
        stated = _labelled_figure(sgrid, pair["row"], pair.get("column"))
        total = next((f for label in total_rows if (f := _labelled_figure(dgrid, label, None)) is not None), None)
        if stated is None or total is None:
            return
        sunit, dunit = table_unit(summary) or "", table_unit(detail) or ""
        sscale, dscale = _SCALE.get(stated.quantity.unit or sunit), _SCALE.get(total.quantity.unit or dunit)
        if sscale is None or dscale is None:
            # a table whose unit is not read is taken in the other's (one publication's tables
            # share one); a tenthousandfold difference is then still told as a unit slip
            sscale = dscale = sscale or dscale or Decimal(1)
        a, b = stated.quantity.value, total.quantity.value
        where = stated.cell.text.locate()
        args = {"detail": _name(pair["detail"]), "summary": _name(pair["summary"]), "row": pair["row"],
                "value": f"{total.quantity.text.strip()}{'' if total.quantity.unit else dunit}",
                "other": f"{stated.quantity.text.strip()}{'' if stated.quantity.unit else sunit}", "line": where.line}
        tolerance = stated.quantity.half_unit * sscale + total.quantity.half_unit * dscale
        if abs(a * sscale - b * dscale) <= tolerance:
            return
        key = "unit" if sscale != dscale and abs(a - b) <= stated.quantity.half_unit + total.quantity.half_unit else "differ"
        if key == "differ" and a and b * dscale / (a * sscale) in (Decimal(10000), Decimal("0.0001")):
            key = "unit"
        yield self.diagnostic(key, total.cell.text.locate(), related=[(where, "see")], **args)


def _name(pattern: str) -> str:
    """The table a title pattern names, as the message writes it."""
    return _REGEX_SYNTAX.sub("", pattern)


def _labelled_figure(grid: Grid, label: str, column: str | None) -> Figure | None:
    """The figure of the one data row labelled ``label``: the first figure right of the label, or
    the one under a header matching ``column``. None when the label is not on exactly one row."""
    from perflint.extract.table_identities import _label_cells, _value_right_of

    cells = _label_cells(grid, label)
    if len({r for r, _c in cells}) != 1:
        return None
    r, c = cells[0]
    if column is None:
        return _value_right_of(grid, r, c)
    seg = grid.segment_of(c)
    if seg is None:
        return None
    cols = [v for v in grid.value_columns(seg) if v > c
            and compile_pattern(column).search(compact("".join(h[v] for h in grid.headers if v < len(h))))]
    return grid.figure(r, cols[0]) if len(cols) == 1 else None
