"""A127: a 自评表's 年度资金总额 row that is not the sum of its 其中 rows."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.checks.arithmetic._scoring import forms, where

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import runs_to_the_end, stops_in_rows
from perflint.extract.selfeval import BudgetExecution, Figure
from perflint.model import Document
from perflint.text.normalise import compact
from perflint.text.numbers import fmt
from perflint.text.patterns import lazy_compile

_TOTAL_ITEM = lazy_compile(r"资金总额")
# the sources a 其中 row names: a project form's (财政拨款, 上年结转, 其他资金) and a 部门整体
# form's (一般公共预算, 政府性基金, 国有资本经营预算, 财政专户管理资金, 事业收入, 经营收入, 单位资金)
_PART_ITEM = lazy_compile(r"^(?:其中[:：]?)?(?:本年|当年)?(?:财政拨款|上年结转|其他资金|一般公共预算|政府性基金|"
                          r"国有资本经营|财政专户|事业收入|经营收入|单位资金|单位自有资金)")
# the sources a 其中 row names by the level of government or the outside money it came from
# (中央补助, 省级资金, 县级配套, 自筹资金): read as the total's parts only when every part row is
# one of them, for a form that names both (财政拨款, then 中央资金 under it) nests them. The levels
# of an autonomous region (自治区, 自治州, 盟, 旗, 自治县) and two levels named together (盟市,
# 旗县, 市县, 县区: the money of both) are levels too.
_LEVEL_ITEM = lazy_compile(r"^(?:其中[:：]?)?(?:中央|自治区级?|自治州|自治县|省级|省|地市|市州|州市|盟市|市县|县市区|县市|"
                           r"县区|区县|旗县|市级|市|州级|州|盟级?|旗级?|县级|县|区级|区|乡级|乡镇|镇级|本级|地方)"
                           r"(?:财政)?(?:补助|配套|专项|转移支付)?(?:资金)?$|^(?:其中[:：]?)?(?:单位)?自筹(?:资金)?$|"
                           r"^(?:其中[:：]?)?社会(?:资金|投资|投入)$")
# 其他资金 with the template's note on what it holds (包括以前年度结转资金) is the same row
_OTHER_FUNDS = lazy_compile(r"^(?:其中[:：]?)?其他资金(?:[(（][^()（）]*[)）])?$")
_NATURE_ITEMS = {  # a 部门整体 form's rows by spending nature, under 年度资金总额
    "basic": lazy_compile(r"^(?:其中[:：]?)?基本支出$"),
    "project": lazy_compile(r"^(?:其中[:：]?)?项目支出$"),
    "personnel": lazy_compile(r"^(?:其中[:：]?)?人员(?:经费|支出)$"),
    "public": lazy_compile(r"^(?:其中[:：]?)?公用(?:经费|支出)$"),
    "other": lazy_compile(r"^其他(?:支出)?$"),  # the spending that is neither (a row of its own)
}
_COLUMNS = (("initial", "年初预算数", "initial budget"), ("budget", "全年预算数", "full-year budget"),
            ("actual", "全年执行数", "full-year actual"))


def _role(row: BudgetExecution) -> str:
    if row.role:
        return row.role
    item = compact(row.item)
    if _TOTAL_ITEM.search(item):
        return "total"
    return "part" if _PART_ITEM.match(item) else ""


def _nature(row: BudgetExecution) -> str | None:
    """Which row by spending nature ``row`` is (basic, project, personnel, public, other), if any."""
    item = compact(row.item)
    return next((k for k, pattern in _NATURE_ITEMS.items() if pattern.match(item)), None)


def _amount(fig: Figure | None) -> Decimal | None:
    if fig is None or fig.quantity is None or fig.quantity.relation is not None or fig.quantity.is_percent:
        return None
    q = fig.quantity
    return q.base_value if q.is_money else q.value


class BudgetTotalParts(Check):
    """## What it does
    Adds up the 其中 rows of a 自评表's budget block (本年财政拨款, 上年结转资金, 其他资金; on a
    部门整体 form 一般公共预算, 政府性基金, 财政专户管理资金, 事业收入 …) and compares the sum with
    the 年度资金总额 row, column by column (年初预算数, 全年预算数, 全年执行数). A block with a row
    of figures that names no source it knows is not summed: that row may be one of the parts.
    Sources named by the level of government or outside money they came from (`其中：中央补助`,
    `县级配套`, `地方资金`, `自筹资金`) are the parts when every part row is one of them or 其他资金
    (the 转移支付 区域绩效自评表's `中央补助 | 地方资金 | 其他资金`). When one 其中 row repeats the total while another source holds money, the
    message names that row (copied from the total, or the total leaves the others out); the
    one 其中 row that holds all the money may repeat the total, 分值 and 得分 included. An excerpt
    that stops at a source row's name with its figures gone (`地方资金` as the last line) says
    nothing when its sources fall short; one that stops right after a source row's figures may
    have lost the rows below, so a sum short of the total there is a warning. So is a filled total
    over source rows all at 0: the breakdown was left at the template's zeros, while the 执行率
    and score computed from the total still hold (a total left at 0 over a filled source makes
    them wrong: an error).

    On a 部门整体 form, also checks that 按收入性质分 / 按支出性质分 equal their 其中 parts, and
    (as a warning) that the 全年执行数 is the money spent by nature (基本支出 + 项目支出) —
    unless that breakdown equals the budget, which some forms break down there instead. A
    部门整体 form whose rows under 年度资金总额 are 基本支出 (with 人员经费 and 公用经费 under it)
    and 项目支出 is checked column by column: 基本支出 + 项目支出 = 年度资金总额 and 人员经费 +
    公用经费 = 基本支出 (an 其他支出 row joins the first sum; a sum short of its total is a
    warning: a row may be left out).

    The funds block of a 财政支出项目绩效评价自评报告's 项目基本概况 grid (计划安排资金, 实际到位资金,
    实际支出, 结余, each with the same 其中：中央财政 / 省财政 / 市财政 / 县（区）财政 / 其它 under it)
    is summed by column too: the sources with figures make the column's total (a warning: pasted
    one cell a line, or run together on one line by a PDF's extraction, the columns are told apart
    by the order of the mentions; a block is read only when each source is named once a column).

    ## Why is this bad?
    The three sources are the whole of the project's money, so the total is their sum. A total
    left at 0 while the 财政拨款 row holds the money makes the 执行率 and the
    budget-execution score computed from it wrong; a total with all its parts at 0 leaves the
    source of the money untold.

    ## Example
    ```text
    年度资金总额        0    0    0   10  0  0
    其中：本年财政拨款   90   89.97 89.97
    ```
    The total is left at 0 while its 财政拨款 part holds 90.

    ## Use instead
    ```text
    年度资金总额        90   89.97 89.97 10 100% 10
    其中：本年财政拨款   90   89.97 89.97
    ```
    """

    doc_zh = """## 它检查什么
    把自评表预算部分“其中”各行（本年财政拨款、上年结转资金、其他资金；部门整体表为一般公共预算、政府性基金、财政专户管理资金、事业收入等）相加，按列（年初预算数、全年预算数、全年执行数）与“年度资金总额”一行比较。预算部分有一行带数字、却不是已知来源的，不相加：该行可能也是分项之一。按资金来源层级命名的各行（“其中：中央补助”“县级配套”“地方资金”“自筹资金”），在所有分项行都是这类来源或“其他资金”时作为分项相加（转移支付区域绩效自评表的“中央补助 | 地方资金 | 其他资金”）。某一“其中”行与总额完全相同、而其他来源不为 0 时，提示指出该行（照抄了总额，或总额漏计了其他来源）；只有一行“其中”有钱时，该行照录总额（含分值、得分）不报告。摘录止于某来源行的名称、其数字已被截去（末行为“地方资金”）时，分项之和小于总额不报告；止于某来源行的最后一个数字时，其下各行可能已被截去，分项之和小于总额作 warning。总额已填、各“其中”行都是 0 的，也是 warning：分项停在模板的 0 上没有填，而据总额计算的执行率和得分仍然成立（总额填 0、分项有数的，执行率和得分随之出错，是 error）。部门整体支出自评表还核对“按收入性质分”“按支出性质分”与其“其中”各项是否相等，并（以 warning 级别）核对全年执行数是否等于按性质分的支出（基本支出 + 项目支出）——若该分项等于预算数则不报告，因为有的表在那里分解的是预算。年度资金总额下按行列出基本支出（其下为人员经费、公用经费）和项目支出的部门整体支出自评表，按列核对基本支出 + 项目支出 = 年度资金总额、人员经费 + 公用经费 = 基本支出（有“其他支出”行的计入前一式；分项之和小于总数时为 warning：可能漏列了某一行）。财政支出项目绩效评价自评报告“项目基本概况”的资金栏（计划安排资金、实际到位资金、实际支出、结余，各栏下同样列出“其中：中央财政、省财政、市财政、县（区）财政、其它”）也按栏核对：各来源之和应等于该栏总数（warning：逐格粘贴或从 PDF 提取后连成一行时，各栏靠各来源出现的次序区分；每个来源须在每栏恰好出现一次才读）。

    ## 为什么要改
    三个来源就是项目资金的全部，总额应等于三者之和。财政拨款一行有钱而总额填 0，会让据此计算的执行率和预算执行得分出错；总额有数而各分项都是 0，资金来源就没有交代。

    ## 示例
    {example}
    年度资金总额填了 0，而其中财政拨款为 90。

    ## 应改为
    {use_instead}
    """

    code = "A127"
    name = "budget-total-parts-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "年度资金总额不等于其中各项之和", "en": "Budget total is not the sum of its sources"}
    messages = {
        "mismatch": {
            "zh": "年度资金总额{column}为 {total}，其中各项之和 {terms} = {sum}",
            "en": "the budget total's {column_en} is {total}, but its sources add up to {terms} = {sum}",
        },
        "mismatch_one": {
            "zh": "年度资金总额{column}为 {total}，而其中“{item}”为 {part}（其中各项只填了这一项）",
            "en": "the budget total's {column_en} is {total}, but its only source filled in, '{item}', is {part}",
        },
        "copied_total": {
            "zh": "年度资金总额{column}为 {total}，其中各项之和 {terms} = {sum}：其中“{item}”一行与总额相同，"
                  "而其他来源不为 0，疑为照抄了总额（或总额漏计了其他来源）",
            "en": "the budget total's {column_en} is {total}, but its sources add up to {terms} = {sum}: the source "
                  "'{item}' repeats the total while another source is not 0 (copied from the total, or the total "
                  "leaves the other sources out)",
        },
        "nature_sum": {
            "zh": "{group}合计 {total}，其中各项之和 {terms} = {sum}",
            "en": "{group} totals {total}, but its parts add up to {terms} = {sum}",
        },
        "spending": {
            "zh": "全年执行数 {actual}，而按支出性质分的支出为 {terms} = {sum}，执行数应为实际支出",
            "en": "the full-year actual is {actual}, but spending by nature is {terms} = {sum}",
        },
        "rows_sum": {
            "zh": "{whole}{column}为 {total}，而 {terms} = {sum}",
            "en": "{whole}'s {column_en} is {total}, but {terms} = {sum}",
        },
        "fund_column": {
            "zh": "{label}为 {total}，其中各来源之和 {terms} = {sum}",
            "en": "{label} is {total}, but its sources add up to {terms} = {sum}",
        },
        "part": {"zh": "其中项", "en": "source row"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for form in forms(doc, ctx):
            totals = [b for b in form.budget if _role(b) == "total"]
            # rows by spending nature (基本支出, 项目支出) are read as 其中 rows one cell a line:
            # they are summed as such in either layout, their own rule deciding the severity
            # (其他 alone is a row by nature only beside them: on a 项目支出 form it is 其他资金)
            by_nature = any(_nature(b) in ("basic", "project") for b in form.budget)
            parts = [b for b in form.budget if _role(b) == "part" and not (by_nature and _nature(b))]
            levels = [b for b in form.budget if not _role(b) and _LEVEL_ITEM.match(compact(b.item))]
            if levels and not parts:
                parts = levels  # 其中：中央补助 | 县级配套: the sources by level, all of them
            elif levels and all(_OTHER_FUNDS.match(compact(b.item)) for b in parts):
                # 其中：中央补助 | 地方资金 | 其他资金: a 转移支付 区域绩效自评表's sources by level,
                # and the rest
                parts = levels + parts
            # a row of the block that names no source this rule knows, with figures, may be
            # one of the parts: the sum of those known would leave it out
            counted = {id(b) for b in parts}
            unknown = any(not _role(b) and not _nature(b) and id(b) not in counted and _amount(b.budget) is not None
                          for b in form.budget)
            if len(totals) == 1 and parts and not unknown:
                yield from self._compare(doc, totals[0], parts)
            if len(totals) == 1:
                # 基本支出 + 项目支出 read as the total's parts were compared above
                # (a form that breaks it down both by source and by nature sums both)
                yield from self._by_nature_rows(totals[0], form.budget, with_total=by_nature or not parts)
            yield from self._by_nature(doc, form, totals[0] if len(totals) == 1 else None)
        yield from self._fund_columns(doc)

    def _fund_columns(self, doc: Document) -> Iterator[Diagnostic]:
        """A 项目基本概况 grid's funds block (计划安排资金 / 实际到位资金 / 实际支出, each with the
        same 其中 sources under it): a column's total not the sum of its sources. A warning: the
        block may come one cell a line, its columns told apart by the order of the mentions."""
        from perflint.extract.fund_columns import fund_columns

        for column in fund_columns(doc):
            total = column.total.quantity
            figures = [(name, cell.quantity) for name, cell in column.parts]
            summed = sum((q.value for _, q in figures), Decimal(0))
            tolerance = sum((q.half_unit for _, q in figures), total.half_unit)
            if abs(summed - total.value) <= tolerance:
                continue
            decimals = max(q.decimals for _, q in figures)
            yield self.diagnostic(
                "fund_column", column.total.text.locate(), severity=Severity.warning,
                related=[(cell.text.locate(), "part") for _, cell in column.parts],
                label=column.label, total=column.total.value,
                terms=" + ".join(f"{name} {cell.value}" for name, cell in column.parts), sum=fmt(summed, decimals),
            )

    def _by_nature(self, doc: Document, form, total: BudgetExecution | None) -> Iterator[Diagnostic]:
        """部门整体 forms: each 按…性质分 total is the sum of its parts (error), and the money
        spent by nature (基本支出 + 项目支出) is the 全年执行数 (warning: some forms break down
        the budget instead)."""
        # the two breakdowns share rows (收入 on the left, 支出 on the right): the last of either
        last_line = max((f.cell.line for b in (form.by_income, form.by_spending) if b for _, f in b[1]), default=0)
        for group, breakdown in (("按收入性质分", form.by_income), ("按支出性质分", form.by_spending)):
            if breakdown is None:
                continue
            stated, parts = breakdown
            if stated is None or len(parts) < 2 or _amount(stated) is None:
                continue
            summed = sum((_amount(f) for _, f in parts), Decimal(0))
            if summed < _amount(stated) and stops_in_rows(doc, last_line):
                continue  # the text stops inside the rows: the parts after them are past the cut
            if abs(summed - _amount(stated)) > sum((_half(f) for _, f in parts), Decimal(0)) + _half(stated):
                yield self.diagnostic("nature_sum", where(stated), group=group, total=stated.text,
                                      terms=" + ".join(f.text for _, f in parts),
                                      sum=_show(summed, parts[0][1], max(f.quantity.decimals for _, f in parts)))
                return
        if total is None or form.by_spending is None or _amount(total.actual) is None:
            return
        stated, parts = form.by_spending
        if len(parts) >= 2:
            figures = [f for _, f in parts]
            summed = sum((_amount(f) for f in figures), Decimal(0))
        elif stated is not None and _amount(stated) is not None:
            figures, summed = [stated], _amount(stated)
        else:
            return
        slack = sum((_half(f) for f in figures), Decimal(0))
        if abs(summed - _amount(total.actual)) <= slack + _half(total.actual):
            return
        for column in (total.budget, total.initial):
            if _amount(column) is not None and abs(summed - _amount(column)) <= slack + _half(column):
                return  # the form breaks down the budget by nature, not the spending
        yield self.diagnostic("spending", where(total.actual), severity=Severity.warning,
                              related=[(where(figures[0]), "part")], actual=total.actual.text,
                              terms=" + ".join(f.text for f in figures),
                              sum=_show(summed, figures[0], max(f.quantity.decimals for f in figures)))

    def _by_nature_rows(self, total: BudgetExecution, rows: list[BudgetExecution],
                        with_total: bool = True) -> Iterator[Diagnostic]:
        """部门整体 forms that break the total down in rows: 基本支出 + 项目支出 = 年度资金总额, and
        人员经费 + 公用经费 = 基本支出, column by column. A sum short of its total is a warning (a
        form may leave a row out, 上缴上级支出 or 经营支出); a sum above it is an error."""
        found: dict[str, BudgetExecution] = {}
        for row in rows:
            kind = _nature(row)
            if kind is not None and kind not in found:
                found[kind] = row
        # an 其他 row left blank holds nothing to add (the template's row nobody filled in)
        other = found.get("other")
        filled = other is not None and any(_amount(getattr(other, attr)) is not None for attr, _, _ in _COLUMNS)
        spending = ("basic", "project", "other") if filled else ("basic", "project")
        pairs = [(total if with_total else None, spending), (found.get("basic"), ("personnel", "public"))]
        for whole, names in pairs:
            if whole is None or not all(n in found for n in names):
                continue
            yield from self._rows_sum(whole, [found[n] for n in names])

    def _rows_sum(self, whole: BudgetExecution, parts: list[BudgetExecution]) -> Iterator[Diagnostic]:
        for attr, zh, en in _COLUMNS:
            stated = getattr(whole, attr)
            figures = [getattr(p, attr) for p in parts]
            if _amount(stated) is None or any(_amount(f) is None for f in figures):
                continue
            summed = sum((_amount(f) for f in figures), Decimal(0))
            tolerance = sum((_half(f) for f in figures), Decimal(0)) + _half(stated)
            if abs(summed - _amount(stated)) <= tolerance:
                continue
            severity = Severity.warning if summed < _amount(stated) else None
            terms = " + ".join(f"{_item_name(p.item)} {f.text}" for p, f in zip(parts, figures, strict=True))
            yield self.diagnostic(
                "rows_sum", where(stated), severity=severity, related=[(where(f), "part") for f in figures],
                whole=_item_name(whole.item), column=zh, column_en=en, total=stated.text, terms=terms,
                sum=_show(summed, figures[0], max(f.quantity.decimals for f in figures)),
            )
            return  # one finding a breakdown: the other columns usually repeat it

    def _compare(self, doc: Document, total: BudgetExecution, parts: list[BudgetExecution]) -> Iterator[Diagnostic]:
        # the text stops inside the rows (``地方资金`` whose figures are past the cut): the sources
        # after the last one read may hold what the sum lacks
        cells = [where(f) for p in parts for attr in _ROW_CELLS if (f := getattr(p, attr)) is not None]
        final = max(cells, key=lambda loc: (loc.line, loc.column), default=None)
        last = final.line if final is not None else 0
        after = [compact(line).strip("|｜") for line in doc.lines[last:] if line.strip()] if last else []
        cut = bool(after) and all(_source_label(t) for t in after)
        # the text ends right after the last part row's figures, or on a source row the reader could
        # not take whole (``地方资金`` and one of its figures, the others past the cut)
        ends = final is not None and runs_to_the_end(doc, final) or bool(after) and any(
            _source_label(t) for t in after) and all(_source_label(t) or _FIGURE_CELL.match(t) for t in after)
        for attr, zh, en in _COLUMNS:
            stated = getattr(total, attr)
            value = _amount(stated)
            figures = [(p, getattr(p, attr)) for p in parts]
            shown = [(p, f) for p, f in figures if _amount(f) is not None]
            if value is None or not shown:
                continue
            amounts = [_amount(f) for _, f in shown]
            summed = sum(amounts, Decimal(0))
            tolerance = sum((_half(f) for _, f in shown), Decimal(0)) + _half(stated)
            if abs(summed - value) <= tolerance:
                continue
            if summed < value and cut:
                continue
            decimals = max(f.quantity.decimals for _, f in shown)
            # a source row left blank may hold the missing money: then a person must judge; so may
            # the rows after the last one read when the text ends right there (a copy that stopped)
            # every source row at 0 under a filled total: the breakdown was left at the template's
            # zeros; the 执行率 and score computed from the total still hold, a person must judge
            severity = Severity.warning if summed < value and (len(shown) < len(figures) or ends or summed == 0) \
                else None
            if len(shown) == 1:  # "其中各项之和 60 = 60" would say nothing: name the one row
                part, figure = shown[0]
                yield self.diagnostic(
                    "mismatch_one", where(stated), severity=severity, related=[(where(figure), "part")],
                    column=zh, column_en=en, total=stated.text, item=_item_name(part.item), part=figure.text,
                )
                return
            copied = _copying_part(total, parts, shown)
            if copied is not None:
                yield self.diagnostic(
                    "copied_total", where(stated), severity=severity, related=[(where(copied[1]), "part")],
                    column=zh, column_en=en, total=stated.text, item=_item_name(copied[0].item),
                    terms=" + ".join(f.text for _, f in shown), sum=_show(summed, shown[0][1], decimals),
                )
                return
            yield self.diagnostic(
                "mismatch", where(stated), severity=severity, related=[(where(f), "part") for _, f in shown],
                column=zh, column_en=en, total=stated.text,
                terms=" + ".join(f.text for _, f in shown), sum=_show(summed, shown[0][1], decimals),
            )
            return  # one finding per form: the other columns usually repeat it


_FIGURE_CELL = lazy_compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")


def _source_label(text: str) -> bool:
    """A source row's name alone, its figures gone (``地方资金`` where the copy stopped)."""
    return bool(_PART_ITEM.match(text) or _LEVEL_ITEM.match(text) or _OTHER_FUNDS.match(text)) \
        and not any(ch.isdigit() for ch in text)


_ROW_CELLS = ("initial", "budget", "actual", "rate", "score", "weight_figure", "own_weight", "own_score")


def _copying_part(total: BudgetExecution, parts: list[BudgetExecution],
                  shown: list[tuple[BudgetExecution, Figure]]) -> tuple[BudgetExecution, Figure] | None:
    """The one source row that repeats the total in every amount column both fill, while another
    source of this column is not 0 (``其中：财政拨款 50 50 45`` under ``总额 50 50 45`` beside
    ``上年结转 10``): the row copied the total, or the total left the others out."""
    found = []
    for part, figure in shown:
        pairs = [(_amount(getattr(total, attr)), _amount(getattr(part, attr))) for attr, _, _ in _COLUMNS]
        pairs = [(t, v) for t, v in pairs if t is not None and v is not None]
        if pairs and all(t == v and t != 0 for t, v in pairs):
            found.append((part, figure))
    if len(found) != 1:
        return None
    others = [f for p, f in shown if p is not found[0][0]]
    return found[0] if any(_amount(f) for f in others) else None


def _item_name(item: str) -> str:
    """A source row's label without the form's 其中 prefix (``其中:本年财政拨款`` → ``本年财政拨款``)."""
    name = item.strip()
    for prefix in ("其中：", "其中:", "其中"):
        if name.startswith(prefix):
            return name[len(prefix):].strip() or name
    return name


def _half(fig: Figure) -> Decimal:
    q = fig.quantity
    return q.half_unit * (q.scale if q.is_money else 1)


def _show(value: Decimal, like: Figure, decimals: int) -> str:
    q = like.quantity
    scale = q.scale if q.is_money else Decimal(1)
    return fmt(value / scale, decimals)
