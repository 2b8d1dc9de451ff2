"""C705: a project's 预算数 / 执行数 in the narrative differ from its 自评表."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.budget_statements import (
    BudgetStatement,
    budget_statements,
    mentions_budget,
    one_statement,
    statement_figures,
)
from perflint.extract.selfeval import BudgetExecution, Figure, SelfEvaluation
from perflint.model import Document
from perflint.text.dates import YEAR_NIAN
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, fmt
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import statements

from ._forms import form_for, forms, is_excerpt, is_unit_form, linker_of, project_names

_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}
_TOTAL_ITEM = lazy_compile(r"总额|合计|总计|小计|财政资金|年度资金|^$")
_PAST = ("上年", "去年", "上一年", "以前年度", "同期")
_YEAR = YEAR_NIAN


class BudgetMismatch(Check):
    """## What it does
    Compares the `预算数为 X 万元，执行数为 Y 万元` a project's narrative states with the 预算数
    and 执行数 of the project's 自评表 (预算执行情况), units converted (the form's unit is the one its
    budget header declares, `项目资金（千元）`, also on a form read one cell a line). The narrative is matched
    to its form by the project's name, else by position. A 执行率 the same sentence states
    (`全年执行 228 万元，预算执行率 95%`) is compared with the form's, and a 年初 budget named
    beside the adjusted one, or alone as the sentence's budget (`本项目年初预算数为 B`), with the
    form's 年初预算数 column, each as a warning (a rate may be
    reckoned on another base; a form's 年初 column is often left with the adjusted figure).
    Last year's figures, a 年初 budget that was later adjusted and comparisons with the budget
    are left out. A sentence that names
    the budget as another fund's (`城乡居民地方配套资金预算数为…` under another project's form) gives
    a warning: a programme the project draws on, or another project's analysis pasted in. A
    department report's sentences on the whole unit's money (naming no 基本支出, 人员经费,
    公用经费, 项目支出, 三公经费, 其中 or fund) are compared with its one 部门整体 form's
    年度资金总额 row; a sentence that opens with one expense line of the form (`项目支出全年预算
    86.80万元，执行81.20万元`, `基本支出…`) and names no project or 其中, with that line's row.
    A bare `执行` opening the clause after the budget's (`全年预算 50 万元，执行 48 万元`) states
    the amount spent. Both are warnings: the sentence is tied to the row by its opening words, and
    a bare 执行 does not say of which period. So is a rate the prose names by an expense line with
    no amount beside it (`项目支出执行率87.75%` against the 项目支出 row's 79.75%), unless the
    sentence is of another year or names a project; and a project report's rate of its own with
    no amount beside it (`本项目预算执行率100%，未发现问题` against the form's 80%; not a fund's,
    `中央资金执行率`, nor another year's). A claim that the money was spent in full
    (`资金已全部执行完毕`, `项目资金全部支出`, `无结余`; not `全部拨付`, `拨付到位`, nor a claim of one
    source of it: `中央资金…`, `上年结转资金…`) beside a form whose 执行数 is below its 预算数 is a
    warning too; a self-evaluation without a form is read against its own prose: the claim's
    paragraph stating its budget and spending with less spent, or a 执行率 below 100%
    (`预算数 860.20 万元，执行数 790.50 万元，预算执行率 91.9%，资金已全部执行完毕`), else the one budget
    and spending a project's narrative states (not a claim of the money that arrived or was passed
    on, `到位资金…`, nor, in a department's report, of one expense line, `项目资金…`). So is the money a project's narrative says was left (`年末结余资金 41.20 万元`,
    `项目结转结余 2 万元`, the one money figure of its sentence, of the year and of the whole
    project) when it is not the form's 预算数 − 执行数 beyond the figures' rounding; a project
    report without a form is read against the one budget and spending its narrative states.

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
    把项目正文所写的“预算数为 X 万元，执行数为 Y 万元”与该项目自评表“预算执行情况”中的预算数、执行数比较（单位自动换算；自评表的单位按其预算表头所写，如“项目资金（千元）”，逐格一行读出的自评表也是如此）。同一句中所写的执行率（“全年执行 228 万元，预算执行率 95%”）也与自评表的执行率比较，与调整后预算并列写出的年初预算、以及句中唯一写出的年初预算（“本项目年初预算数为 B”）与自评表“年初预算数”一栏比较，均为 warning（执行率可能按其他口径计算；自评表的年初一栏常被填成调整后的数）。正文按项目名称与自评表对应，名称对不上时按先后位置对应。上年的数、调整前的年初预算、与预算的比较句不参与比较。句中把预算说成另一项资金的（在别的项目自评表前写“城乡居民地方配套资金预算数为……”），为 warning：可能是项目所属的资金盘子，也可能是粘贴了别的项目的分析。部门整体支出自评报告中讲全单位资金的句子（未提基本支出、人员经费、公用经费、项目支出、三公经费、“其中”或某项资金）与报告唯一的部门整体支出自评表“年度资金总额”一行比较；以自评表某一支出行开头（“项目支出全年预算86.80万元，执行81.20万元”“基本支出……”）、未提项目或“其中”的句子，与该行比较。预算数之后另起分句的“执行”（“全年预算 50 万元，执行 48 万元”）是执行数。这两种情况均为 warning：句子只凭开头的字词对应到该行，单写“执行”也没有说明是哪个时段的执行数。正文以支出行名称写出、旁边没有金额的执行率（“项目支出执行率87.75%”，而表中项目支出一行为 79.75%）也与该行比较，同为 warning；句子讲的是其他年度或某个项目的除外；项目报告正文旁边没有金额、只讲本项目的执行率（“本项目预算执行率100%，未发现问题”，而自评表为 80%；某一来源资金的“中央资金执行率”、其他年度的除外）也与自评表比较，同为 warning。正文称资金已全部支出（“资金已全部执行完毕”“项目资金全部支出”“无结余”；“全部拨付”“拨付到位”不算，只说某一来源的资金“中央资金……”“上年结转资金……”也不算），而自评表执行数低于预算数的，同为 warning；没有自评表的自评报告与正文自己的数字比较：该段写出的预算数、执行数显示未执行完，或执行率低于 100%（“预算数 860.20 万元，执行数 790.50 万元，预算执行率 91.9%，资金已全部执行完毕”），否则与项目正文唯一写出的一组预算数、执行数比较（说的是到位、下达资金的“到位资金……”，或部门报告中某一支出行的“项目资金……”，不算）。项目正文所写的结余（“年末结余资金 41.20 万元”“项目结转结余 2 万元”；须是该句唯一的金额，是本年度、整个项目的结余）与自评表预算数 − 执行数相差超过尾数误差的，同为 warning；没有自评表的项目报告，与正文唯一写出的一组预算数、执行数比较。

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
        "spent_in_full": {
            "zh": "正文称“{claim}”，而自评表执行数 {actual}、预算数 {budget}，资金并未全部支出（第 {line} 行）",
            "en": "the narrative says '{claim}', but the form's actual {actual} is below its budget {budget} (line {line})",
        },
        "balance": {
            "zh": "正文结余 {stated}，而自评表预算数 {budget} − 执行数 {actual} = {computed}（第 {line} 行）",
            "en": "the narrative's balance is {stated}, but the form's budget {budget} − actual {actual} = {computed} (line {line})",
        },
        "balance_prose": {
            "zh": "正文结余 {stated}，而正文所写预算数 {budget} − 执行数 {actual} = {computed}（第 {line} 行）",
            "en": "the narrative's balance is {stated}, but its budget {budget} − actual {actual} = {computed} (line {line})",
        },
        "spent_in_full_prose": {
            "zh": "正文称“{claim}”，而正文自己写的{stated}，资金并未全部支出（第 {line} 行）",
            "en": "the narrative says '{claim}', but its own figures ({stated_en}) show less spent than budgeted (line {line})",
        },
        "see": {"zh": "自评表预算执行情况", "en": "the form's budget execution row"},
        "stated": {"zh": "预算数、执行数", "en": "budget and actual"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not forms(doc, ctx):
            # no 自评表: no total row to compare a statement with, but a balance the narrative
            # states may be read against the budget and spending it states elsewhere
            for part in doc.parts:
                fiscal_year = ctx.fiscal_year_of(part)
                yield from self._spent_claims_in_prose(part, fiscal_year)
                yield from self._balances(None, part, fiscal_year)
            return
        for part in doc.parts:
            linker = linker_of(doc, part)
            fiscal_year = ctx.fiscal_year_of(part)  # the part's, for each of its sentences
            found = []
            for block in part.paragraphs():
                text = block.text.value
                if not mentions_budget(text):
                    continue  # no sentence of it can state a budget
                for s, e in statements(text):
                    sentence = text[s:e]
                    if not mentions_budget(sentence) or _other_period(sentence, fiscal_year):
                        continue  # (budget_statements' own first test, before its figures are listed)
                    # the sentence's figures from the paragraph's, not read again sentence by sentence
                    for st in budget_statements(sentence, statement_figures(text, s, e)):
                        found.append((block, s, sentence, st))
            lines = [b.text.locate(s + (st.budget or st.actual).start).line for b, s, _, st in found]
            for (block, offset, sentence, st), line in zip(found, lines, strict=True):
                whole = _speaks_of_the_whole(sentence)
                se = form_for(linker, block, block.text.value, offset, line, lines, unit_form=whole)
                row = _total_row(se) if se is not None else None
                line_row = False
                if se is None:
                    se, row = _expense_line_row(linker, sentence, st)
                    line_row = row is not None
                if row is None:
                    continue
                # a sentence whose only budget is the 年初 one (本项目年初预算数为 B) speaks of the form's
                # 年初预算数 column where it has one, not of the adjusted 全年预算数
                initial_only = st.budget is not None and st.budget is st.initial
                by_initial = initial_only and row.initial is not None and row.initial.quantity is not None
                budget = None if by_initial else st.budget
                pairs = [(what, q, fig) for what, q, fig in (("budget", budget, row.budget), ("actual", st.actual, row.actual))
                         if _differs(q, fig, se)]
                if st.initial is not None and (st.initial is not st.budget or by_initial) \
                        and _differs(st.initial, row.initial, se):
                    pairs.append(("initial", st.initial, row.initial))  # the form's 年初预算数 column
                if _rate_differs(st.rate, row.rate):
                    pairs.append(("rate", st.rate, row.rate))
                if not pairs:
                    continue
                zh = {"budget": "预算数", "actual": "执行数", "rate": "执行率", "initial": "年初预算数"}
                first_q = pairs[0][1]
                where = pairs[0][2].cell.text.locate()
                unit = _form_unit(se) or "万元"
                yield self.diagnostic(
                    "budget", block.text.locate(offset + first_q.start, offset + first_q.end), related=[(where, "see")],
                    # a 执行率 may be of another base (年初预算) or rounded otherwise, and a form's 年初预算数
                    # column is often left with the adjusted figure: either alone is a warning; so is a
                    # sentence tied to an expense line by its opening words, or spending read from a bare 执行
                    severity=Severity.warning if _names_another_fund(st, se) or line_row or st.bare_actual or initial_only or all(
                        w in ("rate", "initial") for w, _, _ in pairs) else None,
                    what="、".join(f"{zh[w]} {q.text.strip()}" for w, q, _ in pairs),
                    what_en=", ".join(f"{w} {q.text.strip()}" for w, q, _ in pairs),
                    table="、".join(f"{zh[w]} {_shown(f, unit)}" for w, _, f in pairs),
                    table_en=", ".join(f"{w} {_shown(f, unit)}" for w, _, f in pairs),
                    line=where.line,
                )
            read = {(id(b), o + st.rate.start) for b, o, _, st in found if st.rate is not None}
            yield from self._line_rates(linker, part, fiscal_year, read)
            yield from self._project_rates(linker, part, fiscal_year, read)
            yield from self._spent_claims(linker, part, fiscal_year)
            yield from self._balances(linker, part, fiscal_year)

    def _spent_claims(self, linker, part, fiscal_year: int | None) -> Iterator[Diagnostic]:
        """A claim that the money was spent in full (资金已全部执行完毕, 无结余) while the form's
        row shows less spent than budgeted; a warning: the claim may speak of another sum. A
        self-evaluation without a form is read against the budget and spending its own prose
        states (:meth:`_spent_claims_in_prose`)."""
        if not linker.forms:
            yield from self._spent_claims_in_prose(part, fiscal_year)
            return
        from perflint.extract.spent_claims import spent_in_full  # (imported on use: cold start)

        for block in part.paragraphs():
            text = block.text.value
            for start, end in spent_in_full(text):
                sentence = next((text[a:b] for a, b in statements(text) if a <= start < b), text)
                if _other_period(sentence, fiscal_year):
                    continue
                line = block.text.locate(start).line
                se = form_for(linker, block, text, start, line, [], unit_form=True)
                row = _total_row(se) if se is not None else None
                if row is None or not _spent_less(row):
                    continue
                where = (row.actual or row.budget).cell.text.locate()
                unit = _form_unit(se) or "万元"
                yield self.diagnostic(
                    "spent_in_full", block.text.locate(start, end), related=[(where, "see")],
                    severity=Severity.warning, claim=compact(text[start:end]), actual=_shown(row.actual, unit),
                    budget=_shown(row.budget, unit), line=where.line,
                )

    def _spent_claims_in_prose(self, part, fiscal_year: int | None) -> Iterator[Diagnostic]:
        """A self-evaluation without a form that claims its money was spent in full while its own
        prose states less spent than budgeted: in the claim's paragraph (`预算 B 万元，执行 A 万元`,
        or a 执行率 below 100% beside them), else, in a project's report, the one budget and
        spending its narrative states. Not a claim of the money that arrived or was passed on
        (到位资金已全部支出, 下达资金…): that may be less than the budget."""
        if part.kind not in ("project_self_evaluation", "department_self_evaluation"):
            return  # a 决算's 结余 and carry-over speak of other sums
        from perflint.extract.spent_claims import spent_in_full  # (imported on use: cold start)

        prose_pair: tuple | None = ()  # the part's one budget and spending, read on first need
        for block in part.paragraphs():
            text = block.text.value
            for start, end in spent_in_full(text):
                sentence = next((text[a:b] for a, b in statements(text) if a <= start < b), text)
                if _other_period(sentence, fiscal_year) or _ARRIVED_MONEY.search(sentence):
                    continue
                if part.kind == "department_self_evaluation" and _LINE_MONEY.search(text, max(0, start - 8), start):
                    continue  # one expense line's money (项目资金已全部执行完毕), not the department's
                found = _short_in(block, text, fiscal_year)
                if found is None and part.kind == "project_self_evaluation":
                    if prose_pair == ():
                        prose_pair = _prose_pair(part, fiscal_year)
                    if prose_pair is not None and _less_spent(prose_pair[1], prose_pair[2]):
                        found = prose_pair[0], prose_pair[1], prose_pair[2], None
                if found is None:
                    continue
                where, budget, actual, rate = found
                yield self.diagnostic(
                    "spent_in_full_prose", block.text.locate(start, end), related=[(where, "stated")],
                    severity=Severity.warning, claim=compact(text[start:end]),
                    stated=_figures(("预算", "执行", "执行率"), "，", budget, actual, rate),
                    stated_en=_figures(("budget", "actual", "rate"), ", ", budget, actual, rate),
                    line=where.line)

    def _balances(self, linker, part, fiscal_year: int | None) -> Iterator[Diagnostic]:
        """The money a project's narrative says was left (``年末结余资金 U``) against its form's
        预算数 − 执行数, the form's own definition of 结余; a warning: the sentence is tied to the
        form by name or position."""
        from perflint.extract.stated_balances import stated_balances  # (imported on use: cold start)

        prose_pair: tuple | None = ()  # the part's one budget and spending in prose, read on first need
        for block in part.paragraphs():
            text = block.text.value
            for q in stated_balances(text):
                sentence = next((text[a:b] for a, b in statements(text) if a <= q.start < b), text)
                if _other_period(sentence, fiscal_year):
                    continue
                line = block.text.locate(q.start).line
                se = form_for(linker, block, text, q.start, line, [], unit_form=False) \
                    if linker is not None and linker.forms else None
                if se is None and (linker is None or not linker.forms):
                    if part.kind != "project_self_evaluation":
                        continue  # a department's or a 决算's 结余 may hold earlier years' money
                    if prose_pair == ():
                        prose_pair = _prose_pair(part, fiscal_year)
                    if prose_pair is not None:
                        yield from self._prose_balance(block, q, *prose_pair)
                    continue
                if se is None or is_unit_form(se):
                    continue  # a department's 结转结余 is the 决算's, not its form's budget − actual
                row = _total_row(se)
                left = _left_of(row, _form_unit(se)) if row is not None else None
                if left is None or not _balance_differs(q, *left):
                    continue
                unit = _form_unit(se) or "万元"
                where = row.actual.cell.text.locate()
                yield self.diagnostic(
                    "balance", block.text.locate(q.start, q.end), related=[(where, "see")], severity=Severity.warning,
                    stated=q.text.strip(), budget=_shown(row.budget, unit), actual=_shown(row.actual, unit),
                    computed=f"{fmt(left[0] / _SCALE.get(unit, Decimal(10000)), max(left[2], 0))} {unit}",
                    line=where.line,
                )

    def _prose_balance(self, block, q: Quantity, where, budget: Quantity, actual: Quantity) -> Iterator[Diagnostic]:
        """A balance against the one budget and spending the report's narrative states."""
        left = budget.base_value - actual.base_value
        slack = (budget.half_unit * budget.scale + actual.half_unit * actual.scale)
        if not _balance_differs(q, left, slack, 0):
            return
        decimals = max(budget.decimals, actual.decimals)
        unit = budget.unit or "万元"
        yield self.diagnostic(
            "balance_prose", block.text.locate(q.start, q.end), related=[(where, "stated")], severity=Severity.warning,
            stated=q.text.strip(), budget=budget.text.strip(), actual=actual.text.strip(),
            computed=f"{fmt(left / budget.scale, decimals)} {unit}", line=where.line)

    def _line_rates(self, linker, part, fiscal_year: int | None, read: set) -> Iterator[Diagnostic]:
        """A department report's rate named by an expense line of its 部门整体 form
        (``项目支出执行率87.75%``) against that line's row; a warning: the prose may compute it on
        another base."""
        if part.kind != "department_self_evaluation" or len(linker.forms) != 1 or is_excerpt(part) \
                or not is_unit_form(linker.forms[0]):
            return
        se = linker.forms[0]
        rows = {compact(b.item).removeprefix("其中").lstrip("：:"): b for b in se.budget}
        from perflint.extract.line_rates import line_rates  # (imported on use: cold start)

        for block in part.paragraphs():
            text = block.text.value
            for lr in line_rates(text):
                row = rows.get(lr.line)
                q = lr.quantity
                if row is None or (id(block), q.start) in read:
                    continue
                sentence = next((text[a:b] for a, b in statements(text) if a <= q.start < b), text)
                if _other_period(sentence, fiscal_year) or "项目" in sentence.replace("项目支出", ""):
                    continue  # last year's rate, or a project's
                if not _rate_differs(q, row.rate):
                    continue
                where = row.rate.cell.text.locate()
                yield self.diagnostic(
                    "budget", block.text.locate(q.start, q.end), related=[(where, "see")], severity=Severity.warning,
                    what=f"{lr.line}执行率 {q.text.strip()}", what_en=f"{lr.line} rate {q.text.strip()}",
                    table=f"{lr.line}执行率 {row.rate.text.strip()}", table_en=f"{lr.line} rate {row.rate.text.strip()}",
                    line=where.line,
                )


    def _project_rates(self, linker, part, fiscal_year: int | None, read: set) -> Iterator[Diagnostic]:
        """A project report's rate of its own, stated without amounts (``本项目预算执行率100%``),
        against the total row of the form the sentence speaks of; a warning: the prose may
        compute it on another base."""
        if part.kind != "project_self_evaluation":
            return
        from perflint.extract.line_rates import project_rates  # (imported on use: cold start)

        found = []
        for block in part.paragraphs():
            text = block.text.value
            for q in project_rates(text):
                if (id(block), q.start) in read:
                    continue  # a budget statement's, compared above
                sentence = next((text[a:b] for a, b in statements(text) if a <= q.start < b), text)
                if _other_period(sentence, fiscal_year):
                    continue  # last year's rate
                found.append((block, text, q))
        lines = [block.text.locate(q.start).line for block, _, q in found]
        for (block, text, q), line in zip(found, lines, strict=True):
            se = form_for(linker, block, text, q.start, line, lines)
            row = _total_row(se) if se is not None else None
            if row is None or not _rate_differs(q, row.rate):
                continue
            assert row.rate is not None
            where = row.rate.cell.text.locate()
            yield self.diagnostic(
                "budget", block.text.locate(q.start, q.end), related=[(where, "see")], severity=Severity.warning,
                what=f"执行率 {q.text.strip()}", what_en=f"rate {q.text.strip()}",
                table=f"执行率 {row.rate.text.strip()}", table_en=f"rate {row.rate.text.strip()}", line=where.line,
            )


def _spent_less(row: BudgetExecution) -> bool:
    """Whether the row's 执行数 is below its 预算数 beyond the figures' display rounding."""
    b = row.budget.quantity if row.budget is not None else None
    a = row.actual.quantity if row.actual is not None else None
    if a is None or b is None or a.is_percent or b.is_percent or a.relation or b.relation or a.unit != b.unit:
        return False
    return a.value * a.scale + a.half_unit * a.scale + b.half_unit * b.scale < b.value * b.scale


# A claim of the money that arrived or was passed on, not of the budget (到位资金已全部支出).
_ARRIVED_MONEY = lazy_compile(r"到位|下达|拨付|拨入|收到")
# In a department's report, the money of one expense line or fund, not of the whole unit.
_LINE_MONEY = lazy_compile(r"项目|基本|专项|人员|公用|三公")


def _less_spent(budget: Quantity, actual: Quantity) -> bool:
    """Whether ``actual`` is below ``budget`` beyond the two figures' display rounding."""
    if budget.relation or actual.relation or budget.is_percent or actual.is_percent:
        return False
    slack = budget.half_unit * budget.scale + actual.half_unit * actual.scale
    return actual.base_value + slack < budget.base_value


def _short_in(block, text: str, fiscal_year: int | None) -> tuple | None:
    """Where the paragraph states its budget and spending with less spent (`全年预算 B 万元，执行
    A 万元`, A < B) or a 执行率 below 100%: (the place, budget, actual, rate); None when it states
    neither, or the money in full, or two statements of another fund or year."""
    if not mentions_budget(text):
        return None
    short = []
    for s, e in statements(text):
        sentence = text[s:e]
        if not mentions_budget(sentence) or _other_period(sentence, fiscal_year):
            continue
        for st in budget_statements(sentence, statement_figures(text, s, e)):
            if st.subject:
                continue  # another fund's budget
            rate_short = st.rate is not None and st.rate.relation is None and st.rate.value < 100 \
                and st.rate.decimals >= 0
            money_short = st.budget is not None and st.actual is not None and _less_spent(st.budget, st.actual)
            if rate_short or money_short:
                first = min((q for q in (st.budget, st.actual, st.rate) if q is not None), key=lambda q: q.start)
                last = max((q for q in (st.budget, st.actual, st.rate) if q is not None), key=lambda q: q.end)
                short.append((block.text.locate(s + first.start, s + last.end), st.budget, st.actual,
                              st.rate if rate_short else None))
    return short[0] if len(short) == 1 else None


def _prose_pair(part, fiscal_year: int | None) -> tuple | None:
    """Where the narrative states the part's budget and spending, and the two figures, when it
    states one pair only (every statement of either agrees); None when it states none, or two."""
    found = one_statement(part.paragraphs(), lambda sentence: _other_period(sentence, fiscal_year))
    if found is None:
        return None
    block, s, st = found
    return block.text.locate(s + st.budget.start, s + st.actual.end), st.budget, st.actual


def _left_of(row: BudgetExecution, form_unit: str | None) -> tuple[Decimal, Decimal, int] | None:
    """The row's 预算数 − 执行数 in 元, the rounding its two figures allow, and their decimals;
    None when either is missing, a rate, an inequality, of another unit than money, or the
    budget is 0."""
    b = row.budget.quantity if row.budget is not None else None
    a = row.actual.quantity if row.actual is not None else None
    if a is None or b is None or a.is_percent or b.is_percent or a.relation or b.relation or a.unit != b.unit \
            or a.unit not in (None, "万元", "元", "千元", "亿元") or b.value == 0:
        return None  # (a total row left at 0 beside filled part rows says nothing of the balance)
    scale = _SCALE.get(a.unit or form_unit or "万元", Decimal(10000))
    return (b.value - a.value) * scale, (a.half_unit + b.half_unit) * scale, max(a.decimals, b.decimals)


def _balance_differs(q: Quantity, left: Decimal, slack: Decimal, _decimals: int) -> bool:
    """Whether a stated balance is off the form's by more than the three figures' rounding (a
    factor of 10⁴ is a unit slip, another rule's)."""
    if abs(q.base_value - left) <= slack + q.half_unit * q.scale:
        return False
    return not (left and q.base_value and q.base_value / left in (Decimal(10000), Decimal("0.0001")))


def _form_unit(se: SelfEvaluation) -> str | None:
    """The money unit of a form's budget block: its table's, or the one its budget header
    declares where the form was read from its cells one a line (项目资金（千元）)."""
    return se.table.declared_unit or se.unit


def _shown(fig: Figure, unit: str) -> str:
    q = fig.quantity
    return fig.text.strip() if q.is_percent else f"{fmt(q.value)} {q.unit or unit}"


def _rate_differs(q: Quantity | None, fig: Figure | None) -> bool:
    """A narrative 执行率 against the form's, both percentages, beyond their display rounding."""
    if q is None or fig is None or fig.quantity is None or not fig.quantity.is_percent:
        return False
    return abs(q.value - fig.quantity.value) > q.half_unit + fig.quantity.half_unit


# A department report's budget sentences speak of the whole unit's money unless they name a part
# of it (基本支出 and its 人员经费 / 公用经费, 项目支出 — see form_for — 三公经费, a fund).
_PART_WORDS = ("基本支出", "人员经费", "公用经费", "人员支出", "公用支出", "三公", "其中", "资金", "经费")


def _speaks_of_the_whole(sentence: str) -> bool:
    """Whether the sentence (a statement of its paragraph) names no part of the unit's money."""
    return not any(w in sentence for w in _PART_WORDS)


_YEAR_WORDS = lazy_compile(r"\d{4}年度?|本年度?|全年|年度|[，,：:]")
# The lines of a 部门整体 form's budget block a department report's sentence may open with.
_EXPENSE_LINES = ("基本支出", "项目支出")


def _expense_line_row(linker, sentence: str, st: BudgetStatement):
    """The form and the row of the expense line a department report's sentence (a statement of
    its paragraph, whose offsets ``st`` gives) states the budget of (``项目支出全年预算 86.80 万元，
    执行 82.10 万元`` with the 部门整体 form's 项目支出 row): the sentence names that one line
    before its first figure, and no 其中 or project."""
    if linker.part.kind != "department_self_evaluation" or len(linker.forms) != 1 or is_excerpt(linker.part):
        return None, None
    se = linker.forms[0]
    if not is_unit_form(se):
        return None, None
    first = min(q.start for q in (st.budget, st.actual) if q is not None)
    lead = compact(sentence[:first])
    named = [w for w in _EXPENSE_LINES if w in lead]
    if len(named) != 1 or "其中" in lead or "项目" in lead.replace("项目支出", ""):
        return None, None
    if len(_YEAR_WORDS.sub("", lead[:lead.find(named[0])])) > 2:
        return None, None  # 阅读推广项目支出: a project's spending, not the line's
    rows = [b for b in se.budget if compact(b.item).removeprefix("其中").lstrip("：:") == named[0]]
    return (se, rows[0]) if len(rows) == 1 else (None, None)


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
    table_scale = _SCALE.get(fig.quantity.unit or _form_unit(se) or "万元", Decimal(10000))
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
    if not totals:
        return None
    if _all_zero(totals[0]):
        # 年度资金总额 left at 0 with one 其中 row filled (A127 reports the total): the form's
        # figures are that row's
        filled = [b for b in se.budget if b is not totals[0] and not _all_zero(b)]
        if len(filled) == 1:
            return filled[0]
    return totals[0]


def _all_zero(row: BudgetExecution) -> bool:
    """Whether a budget row's 年初, 全年 and 执行 figures are all 0 or blank."""
    return all(f is None or not f.value for f in (row.initial, row.budget, row.actual))


def _other_period(sentence: str, fiscal_year: int | None) -> bool:
    if any(w in sentence for w in _PAST):
        return True
    years = {int(y) for y in _YEAR.findall(sentence)} if "年" in sentence else set()  # the pattern needs 年
    return bool(fiscal_year and years and years != {fiscal_year})


def _figures(names: tuple[str, str, str], sep: str, *figures) -> str:
    """``预算 B，执行 A，执行率 W%`` (or in English) of the figures stated, in that order."""
    return sep.join(f"{name} {q.text.strip()}" for name, q in zip(names, figures, strict=True) if q is not None)
