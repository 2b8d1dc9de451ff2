"""C705: a project's 预算数 / 执行数 in the narrative differ from its 自评表."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.budget_statements import BudgetStatement, budget_statements, mentions_budget
from perflint.extract.selfeval import BudgetExecution, Figure, SelfEvaluation
from perflint.model import Document
from perflint.text.dates import YEAR_NIAN
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, fmt
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import statements

from ._forms import form_for, forms, linker_of, project_names

_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}
_TOTAL_ITEM = lazy_compile(r"总额|合计|总计|小计|财政资金|年度资金|^$")
_PAST = ("上年", "去年", "上一年", "以前年度", "同期")
_YEAR = YEAR_NIAN


class BudgetMismatch(Check):
    """## What it does
    Compares the `预算数为 X 万元，执行数为 Y 万元` a project's narrative states with the 预算数
    and 执行数 of the project's 自评表 (预算执行情况), units converted. The narrative is matched
    to its form by the project's name, else by position. Last year's figures, a 年初 budget
    that was later adjusted and comparisons with the budget are left out. A sentence that names
    the budget as another fund's (`城乡居民地方配套资金预算数为…` under another project's form) gives
    a warning: a programme the project draws on, or another project's analysis pasted in. A
    department report's sentences on the whole unit's money (naming no 基本支出, 人员经费,
    公用经费, 项目支出, 三公经费, 其中 or fund) are compared with its one 部门整体 form's
    年度资金总额 row.

    ## Why is this bad?
    The form's 执行率 and budget score are computed from its own row; a narrative that quotes
    other figures describes another budget, usually last year's or another project's.

    ## Example
    ```text
    某县水利局2023年度农村饮水安全项目绩效自评报告
    一、项目资金情况
    项目全年预算数为 40 万元，执行数为 40 万元。
    二、农村饮水安全项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 40 | 38 | 95% | 9.5 |
    ```
    The narrative's 执行数 is 40 万元, the form's 38.

    ## Use instead
    ```text
    某县水利局2023年度农村饮水安全项目绩效自评报告
    一、项目资金情况
    项目全年预算数为 40 万元，执行数为 38 万元。
    二、农村饮水安全项目绩效自评表
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 40 | 38 | 95% | 9.5 |
    ```
    Quote the form's figures (or correct the form).
    """

    doc_zh = """## 它检查什么
    把项目正文所写的“预算数为 X 万元，执行数为 Y 万元”与该项目自评表“预算执行情况”中的预算数、执行数比较（单位自动换算）。正文按项目名称与自评表对应，名称对不上时按先后位置对应。上年的数、调整前的年初预算、与预算的比较句不参与比较。句中把预算说成另一项资金的（在别的项目自评表前写“城乡居民地方配套资金预算数为……”），为 warning：可能是项目所属的资金盘子，也可能是粘贴了别的项目的分析。部门整体支出自评报告中讲全单位资金的句子（未提基本支出、人员经费、公用经费、项目支出、三公经费、“其中”或某项资金）与报告唯一的部门整体支出自评表“年度资金总额”一行比较。

    ## 为什么要改
    自评表的执行率和预算执行得分是按表中这一行算出的；正文引用别的数字，说的是另一份预算，通常是上年的或别的项目的。

    ## 示例
    {example}
    正文执行数 40 万元，自评表为 38 万元。

    ## 应改为
    {use_instead}
    引用自评表的数字（或改正自评表）。
    """

    code = "C705"
    name = "budget-mismatch"
    family = "consistency"
    severity = Severity.error
    title = {"zh": "正文预算数/执行数与自评表不符", "en": "Narrative budget / actual differs from the form"}
    messages = {
        "budget": {
            "zh": "正文{what}，而自评表为{table}（第 {line} 行）",
            "en": "the narrative states {what_en}, but the form says {table_en} (line {line})",
        },
        "see": {"zh": "自评表预算执行情况", "en": "the form's budget execution row"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not forms(doc, ctx):
            return  # no 自评表: no total row to compare a statement with
        for part in doc.parts:
            linker = linker_of(doc, part)
            found = []
            for block in part.paragraphs():
                text = block.text.value
                if not mentions_budget(text):
                    continue  # no sentence of it can state a budget
                for s, e in statements(text):
                    sentence = text[s:e]
                    if _other_period(sentence, ctx.fiscal_year_of(part)):
                        continue
                    for st in budget_statements(sentence):
                        found.append((block, s, st))
            lines = [b.text.locate(s + (st.budget or st.actual).start).line for b, s, st in found]
            for (block, offset, st), line in zip(found, lines, strict=True):
                se = form_for(linker, block, block.text.value, offset, line, lines,
                              unit_form=_speaks_of_the_whole(block.text.value, offset))
                row = _total_row(se) if se is not None else None
                if row is None:
                    continue
                pairs = [(what, q, fig) for what, q, fig in (("budget", st.budget, row.budget), ("actual", st.actual, row.actual))
                         if _differs(q, fig, se)]
                if not pairs:
                    continue
                zh = {"budget": "预算数", "actual": "执行数"}
                first_q = pairs[0][1]
                where = pairs[0][2].cell.text.locate()
                unit = se.table.declared_unit or "万元"
                yield self.diagnostic(
                    "budget", block.text.locate(offset + first_q.start, offset + first_q.end), related=[(where, "see")],
                    severity=Severity.warning if _names_another_fund(st, se) else None,
                    what="、".join(f"{zh[w]} {q.text.strip()}" for w, q, _ in pairs),
                    what_en=", ".join(f"{w} {q.text.strip()}" for w, q, _ in pairs),
                    table="、".join(f"{zh[w]} {fmt(f.quantity.value)} {f.quantity.unit or unit}" for w, _, f in pairs),
                    table_en=", ".join(f"{w} {fmt(f.quantity.value)} {f.quantity.unit or unit}" for w, _, f in pairs),
                    line=where.line,
                )


# A department report's budget sentences speak of the whole unit's money unless they name a part
# of it (基本支出 and its 人员经费 / 公用经费, 项目支出 — see form_for — 三公经费, a fund).
_PART_WORDS = ("基本支出", "人员经费", "公用经费", "人员支出", "公用支出", "三公", "其中", "资金", "经费")


def _speaks_of_the_whole(text: str, offset: int) -> bool:
    """Whether the sentence at ``offset`` names no part of the unit's money."""
    sentence = next((text[s:e] for s, e in statements(text) if s <= offset < e), text)
    return not any(w in sentence for w in _PART_WORDS)


def _names_another_fund(st: BudgetStatement, se: SelfEvaluation) -> bool:
    """Whether the sentence says the budget is of something other than the form's project
    (``城乡居民地方配套资金预算数为…`` under another project's form): a programme the project draws
    on, or another project's analysis pasted in. Likely not the form's figures, not certainly."""
    if not st.subject:
        return False
    return not any(name in st.subject or st.subject in name for name in project_names(se))


def _differs(q: Quantity | None, fig: Figure | None, se: SelfEvaluation) -> bool:
    if q is None or fig is None or fig.quantity is None or fig.quantity.unit not in (None, "万元", "元", "亿元"):
        return False
    table_scale = _SCALE.get(fig.quantity.unit or se.table.declared_unit or "万元", Decimal(10000))
    table_base = fig.quantity.value * table_scale
    tolerance = q.half_unit * q.scale + fig.quantity.half_unit * table_scale
    if abs(q.base_value - table_base) <= tolerance:
        return False
    ratio = table_base / q.base_value if q.base_value else None
    return ratio not in (Decimal(10000), Decimal("0.0001"))  # a unit slip is not another budget


def _total_row(se: SelfEvaluation) -> BudgetExecution | None:
    if not se.budget:
        return None
    if len(se.budget) == 1:
        return se.budget[0]
    totals = [b for b in se.budget if _TOTAL_ITEM.search(compact(b.item))]
    return totals[0] if totals else None


def _other_period(sentence: str, fiscal_year: int | None) -> bool:
    if any(w in sentence for w in _PAST):
        return True
    years = {int(y) for y in _YEAR.findall(sentence)} if "年" in sentence else set()  # the pattern needs 年
    return bool(fiscal_year and years and years != {fiscal_year})
