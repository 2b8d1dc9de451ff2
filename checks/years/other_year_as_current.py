"""Y507: a heading, a year-end stock or an annual target of a year-Y report dated another year."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.dates import (
    announces_the_report,
    is_stock_sentence,
    marks_past,
    opens_target,
    phrases,
    year_field,
    year_fields_in_line,
)
from perflint.model import Document, Heading, Location, Paragraph, Table
from perflint.text.dates import YEAR
from perflint.text.numbers import normalise
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import inside_book_title

from ._facts import DateFact, date_facts, date_label, date_label_en
from ._facts import is_budget_part as _is_budget

_TITLE_WORDS = lazy_compile(r"(?:表|情况|说明|报告|概况|目标|分析|总结)")
_STOCK_FIGURE = lazy_compile(r"\d")
_YEAR_LINE = lazy_compile(rf"^[（(]\s*{YEAR}\s*年度?\s*[)）]$")
# A project named by the year it was set up (2023年农田灌溉改造项目), not a report of a 年度.
_PROJECT_OF_YEAR = lazy_compile(rf"{YEAR}\s*年(?!度)[^，。；|]{{0,30}}项目")
# Contexts in which a year stands for the period a heading or a target covers.
_PERIOD = ("plain", "activity", "plan", "deadline")


class OtherYearAsCurrent(Check):
    """## What it does
    In a report on fiscal year Y, finds the places where only Y can stand but an earlier year
    is written:
    - a heading, a table title or a contents entry (`（二）2022年度收入支出决算情况说明`, a form's year
      line `（2022年度）`, `第三部分 2022年度部门决算情况说明` in the 目录); and one that names the accounts
      or the evaluation of the next year (`第三部分 2024年度部门决算情况说明` in a 2023 决算), a year not
      over when the report was written (the next year's budget or plan, `2024年部门预算`, stays quiet);
    - a stock stated at the end of an earlier year as the current one (`2022年末在职实有60人`,
      `截至2022年12月31日` in a 2023 决算; the unit's set-up listed by name, `2022年末下设机构分别为：
      党政办公室、…`, is one too), unless the sentence compares it, sets a level to reach by that
      year's end (`原则上要求到2012年底…不低于12000元`: the clause before the date requires or plans it),
      or speaks of balances carried into Y (the year's execution opening the clause, `截至2022年12月31日，项目执行数…，
      预算执行率…，结余…`, is the year's, its 结余 included); and one stated at the end of the next
      year (`2024年末编制人数62人` in a 2023 report), a year not over when the report was written,
      unless a plan (`预计到2024年末…将…`);
    - the annual target of a 自评表 (`年度目标 | 2022年拟安排资金45万元…`) or of the report's prose
      (`年度目标：2022年完成…`, `2022年度目标：…`; a 总体目标 may be a multi-year project's), and an indicator's
      年度指标值 that opens with an earlier year (`项目完成时间 | 2022年12月31日前` in a 2023 form);
    - a form's year field (`自评年度 | 2023`, `评价年度：2023年度` in a 2024 report): the year the form
      evaluates (a 上年度 column or a 填报年度 is another field);
    - a stock as of a bare earlier year stated as the current one (`截止2019年，全县共有村卫生室120个` in a
      2023 report), unless the sentence names Y, compares, or tells what was done up to then
      (累计, 已, 以来);
    - the scope of the accounts the report compiles (`纳入本部门2022年度决算编制的二级预算单位`,
      `纳入某某卫生院2022年度部门决算编制范围的`; a sentence opening with the year of the scope it
      states, `2022年度决算编制范围包括…`);
    - in a 决算说明, a sentence opened by the next year that states one of the accounts' totals or
      compares the figure with the year before (`2.收入情况。2024年度收入合计400.10万元，较上年决算数
      减少…` in a 2023 决算), and the scope of the accounts named by the next year: that year was not
      over when the report was written (its budget or plans, `2024年度预算安排…`, `2024年将…`, stay quiet);
    - a sentence that opens with an earlier year and compares with the previous year
      (`2022年“三公”经费支出3.46万元，比上年增加…` in a 2023 决算): Y's figure under Y−1's name;
    - the report's own 自评得分 (`2022年度部门整体支出绩效自评得分98.6分` in a 2023 report), unless
      the sentence names Y too or compares, or the paragraph states Y's own score beside it;
    - what the unit says it had none of in the year (`本单位2022年度无政府性基金预算财政拨款收入`,
      `本部门2022年度未安排因公出国（境）` in a 2023 决算), unless the sentence names Y too or compares;
    - a sentence that opens with an earlier year and states the whole year's results
      (`2022年全年开展培训12期`, `2022年项目全年预算数60万元`, `2022年度全局共接待检查16批次`,
      `2022年，我局全面完成年度重点工作任务` in a
      2023 report; in a 决算说明, one of the accounts' totals, `2022年度政府采购支出总额1,356.80万元` in a
      2023 决算), unless it names Y too, compares, says it looks back (`此前`, `上年`), stands under a
      heading about that year, or its paragraph states Y's figure in the same words (`2023年度支出合计
      A…。2022年度支出合计 B…`: the two years side by side);
    - an indicator's 实际完成值 dated in an earlier year (`2022年10月26日` in a 2023 form), and its
      年度指标值 at the end of the next year (`2024年12月31日前` in a 2023 form; a date inside the
      next year, `2024年6月30日前`, may be a project that runs across the two and stays quiet);
    - a yearly task of two or more years back named anywhere in a 自评表's target — its 预期目标, an
      indicator's name or 年度指标值 (`配合完成对我市2019年度退耕还林工程的检查验收` in a 2023 form) —
      unless the cell names Y too, compares, or speaks of that year's funds, a carry-over or results
      being consolidated (`使用2020年度中央补助资金`, `巩固2020年度成果`); the year before is left alone
      (its works are inspected in Y);
    - a sentence opening with Y−1 or Y+1 whose first words open two or more sentences of Y and no
      other year's (`2022年示范区动物疫病预防控制中心安排专项资金…` beside two `2023年示范区动物疫病预防控制中心…`
      in a 2023 report): a templated sentence whose year was not updated (a review year by year
      names more than one other year);
    - the sentence that presents the report itself (`现将某县文化馆2022年度部门决算情况公开如下` in a
      2023 决算): the report's own year, unlike a notice's title cited before it.
    Comparisons, policy titles, document numbers and founding dates stay quiet, and so do budgets
    and mid-year forms, written before their year ends (last year's figures are their baseline).

    ## Why is this bad?
    These are the spots copied from last year's report and not updated: a heading that names last
    year means the section under it may hold last year's figures; a head count at the end of last
    year describes last year's unit; a target of last year is not what the year-Y money was for.

    ## Example
    ```text
    某县林业站2023年度部门决算说明
    2023年核定行政编制 24 名，2022年末在职实有 60 人。
    ```

    ## Use instead
    ```text
    某县林业站2023年度部门决算说明
    2023年核定行政编制 24 名，2023年末在职实有 60 人。
    ```
    """

    doc_zh = """## 它检查什么
    在 Y 年度的报告中，查找只能是 Y 年、却写了更早年份的几处地方：
    - 标题、表题或目录条目（“（二）2022年度收入支出决算情况说明”，表题下单独一行的“（2022年度）”，目录中的“第三部分 2022年度部门决算情况说明”）；以及写作下一年度决算或评价的标题、目录条目（2023 年决算中的“第三部分 2024年度部门决算情况说明”）：报告编写时该年尚未结束（下一年度的预算或计划，“2024年部门预算”，不报告）；
    - 把更早年份年末的存量当作现状（2023 年决算中的“2022年末在职实有60人”“截至2022年12月31日”；逐一列出机构名称的“2022年末下设机构分别为：党政办公室、……”也是），除非句中是比较、是要求或计划到该年末达到的水平（“原则上要求到2012年底……不低于12000元”：日期前的分句写有要求或计划），或讲的是结转到 Y 年的余额（日期之后紧接着写本年预算执行的，“截至2022年12月31日，项目执行数……，预算执行率……，结余……”，说的是本年的数，其中的结余也是）；以及写成下一年年末的存量（2023 年度报告中的“2024年末编制人数62人”：报告编写时该年尚未结束），计划（“预计到2024年末……将……”）除外；
    - 自评表或报告正文的年度目标（“年度目标 | 2022年拟安排资金45万元……”“年度目标：2022年完成……”“2022年度目标：……”；总体目标可能是跨年度项目的，不报告），以及以更早年度开头的指标年度指标值（2023年度自评表中“项目完成时间 | 2022年12月31日前”）；
    - 自评表的年度栏（2024 年度报告中的“自评年度 | 2023”“评价年度：2023年度”）：表所评价的年度（“上年度”栏、“填报年度”是另一回事）；
    - 把截至某个更早年份（不写年末）的数当作现状（2023 年度报告中的“截止2019年，全县共有村卫生室120个”），句中写有 Y 年、是比较或讲截至当时的经过（“累计”“已”“以来”）的除外；
    - 本报告所编决算的范围（“纳入本部门2022年度决算编制的二级预算单位”“纳入某某卫生院2022年度部门决算编制范围的”，以该年度开头的“2022年度决算编制范围包括……”）；
    - 决算说明中以下一年度开头、陈述决算总数或与上年比较的句子（2023 年决算中的“2.收入情况。2024年度收入合计400.10万元，较上年决算数减少…”），以及写作下一年度的决算编制范围：报告编写时该年尚未结束（下一年度的预算或计划，“2024年度预算安排…”“2024年将…”，不报告）；
    - 以更早年份开头、又与上年比较的句子（2023 年决算中的“2022年‘三公’经费支出3.46万元，比上年增加……”）：Y 年的数字挂着 Y−1 年的名字；
    - 报告本身的自评得分（2023 年度报告中的“2022年度部门整体支出绩效自评得分98.6分”），句中同时写有 Y 年或是比较的、或本段另写有 Y 年度自评得分的除外；
    - 单位自述本年度没有的事项（2023 年决算中的“本单位2022年度无政府性基金预算财政拨款收入”“本部门2022年度未安排因公出国（境）”），句中同时写有 Y 年或是比较的除外；
    - 以更早年份开头、陈述全年完成情况的句子（2023 年度报告中的“2022年全年开展培训12期”“2022年项目全年预算数60万元”“2022年度全局共接待检查16批次”“2022年，我局全面完成年度重点工作任务”；决算说明中以更早年份开头、紧接决算总额的句子，如 2023 年决算中的“2022年度政府采购支出总额1,356.80万元”），句中同时写有 Y 年、是比较、明说是回顾（“此前”“上年”）、位于讲该年度的标题之下，或同段以 Y 年和相同词语写了 Y 年的数（“2023年度支出合计 A……。2022年度支出合计 B……”：两年并列）的除外；
    - 自评表中日期在更早年份的指标实际完成值（2023 年度自评表中的“2022年10月26日”），以及写成下一年年末的年度指标值（2023 年度自评表中的“2024年12月31日前”；下一年年中的日期如“2024年6月30日前”可能是跨年度项目，不报告）；
    - 自评表目标（预期目标、指标名称或年度指标值）中任何位置写到两年以前某年度的任务（2023 年度自评表中的“配合完成对我市2019年度退耕还林工程的检查验收”），该格同时写有 Y 年、是比较，或讲的是该年度的资金、结转或巩固成果（“使用2020年度中央补助资金”“巩固2020年度成果”）的除外；上一年度不报告（其工程在 Y 年验收）；
    - 以 Y−1 或 Y+1 年开头、其后的词语与两句以上以 Y 年开头的句子相同（且这些词语不跟其他年份）的句子（2023 年度报告中两句“2023年示范区动物疫病预防控制中心……”之外的“2022年示范区动物疫病预防控制中心安排专项资金……”）：同一模板句的年份没有更新（逐年回顾会写到不止一个其他年份，不报告）；
    - 介绍本报告的“现将……如下”句（2023 年决算中的“现将某县文化馆2022年度部门决算情况公开如下”）：应是报告本身的年度，句前引用的通知标题不算。

    比较、政策名称、文号和成立日期不报告；预算和年中表格在年度结束前编写（上年数是其基数），也不报告。

    ## 为什么要改
    这些正是从上年报告抄来、没有更新的地方：标题写上年，其下各节可能都是上年的数字；上年末的人数描述的是上年的单位；上年的目标也不是 Y 年资金的用途。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "Y507"
    name = "other-year-as-current"
    family = "years"
    severity = Severity.warning
    title = {"zh": "本年度的标题、年末数或年度目标写成其他年度", "en": "Heading, year-end stock or target of another year"}
    messages = {
        "heading": {
            "zh": "{fy} 年度报告中的标题写作 {date}：是否沿用了上年报告？",
            "en": "a heading of a {fy} report names {date_en}: carried over from last year's report?",
        },
        "contents": {
            "zh": "{fy} 年度报告的目录条目写作 {date}：是否沿用了上年报告？",
            "en": "a contents entry of a {fy} report names {date_en}: carried over from last year's report?",
        },
        "heading_next": {
            "zh": "{fy} 年度报告中的标题写作 {date}：该年度在报告编写时尚未结束，应为 {fy} 年度，年份是否写错？",
            "en": "a heading of a {fy} report names {date_en}, a year not over when the report was written: "
                  "{fy} mistyped?",
        },
        "contents_next": {
            "zh": "{fy} 年度报告的目录条目写作 {date}：该年度在报告编写时尚未结束，应为 {fy} 年度，年份是否写错？",
            "en": "a contents entry of a {fy} report names {date_en}, a year not over when the report was written: "
                  "{fy} mistyped?",
        },
        "stock": {
            "zh": "{fy} 年度报告以 {date} 的年末数作为现状：应为 {fy} 年末，或说明为何引用上年数",
            "en": "a {fy} report states a stock at the end of {date_en} as current: should be the end of {fy}, or say why",
        },
        "stock_next": {
            "zh": "{fy} 年度报告以 {date} 的年末数作为现状：该年末在报告编写时尚未到来，应为 {fy} 年末",
            "en": "a {fy} report states a stock at the end of {date_en}, a year not over when it was written: "
                  "should be the end of {fy}",
        },
        "accounts_next": {
            "zh": "{fy} 年度决算报告中以 {date} 开头的句子陈述该年的决算数：该年在报告编写时尚未结束，所述应为 {fy} 年的数，年份是否写错？",
            "en": "in a {fy} final-accounts report a sentence opening with {date_en} states that year's accounts, "
                  "a year not over when the report was written: {fy}'s figures under a wrong year?",
        },
        "compared": {
            "zh": "{fy} 年度报告中以 {date} 开头的句子与“上年”比较：所述应为 {fy} 年的数，年份是否写错？",
            "en": "in a {fy} report a sentence opening with {date_en} compares with the previous year: {fy}'s figure under a wrong year?",
        },
        "scope": {
            "zh": "{fy} 年度决算的编制范围写作 {date}：纳入本部门决算编制的应为 {fy} 年度的单位",
            "en": "the scope of the {fy} final accounts names {date_en}: the units compiled are {fy}'s",
        },
        "stale_as_of": {
            "zh": "{fy} 年度报告把截至 {date} 的数作为现状：应为 {fy} 年的数，或说明为何引用旧数",
            "en": "a {fy} report states a stock as of {date_en} as current: should be {fy}'s, or say why",
        },
        "score": {
            "zh": "{fy} 年度报告把本次自评得分写成 {date} 的得分：应为 {fy} 年度",
            "en": "the self-evaluation score of a {fy} report is said to be {date_en}'s: the score is {fy}'s",
        },
        "nil": {
            "zh": "{fy} 年度报告中本单位自述“无/未”的事项写作 {date}：所述应为 {fy} 年度，是否沿用了上年报告？",
            "en": "in a {fy} report the unit says it had none of something in {date_en}: {fy}'s statement, copied from last year's report?",
        },
        "announce": {
            "zh": "{fy} 年度报告中“现将……如下”介绍本报告的句子写作 {date}：是否沿用了上年报告？",
            "en": "in a {fy} report the sentence presenting the report itself (现将…如下) names {date_en}: carried over from last year's report?",
        },
        "whole_year": {
            "zh": "{fy} 年度报告中以 {date} 开头的句子陈述全年完成情况：所述应为 {fy} 年的工作，是否沿用了上年报告？",
            "en": "in a {fy} report a sentence opening with {date_en} states the whole year's results: {fy}'s work, copied from last year's report?",
        },
        "target": {
            "zh": "{fy} 年度自评表的年度目标写作 {date}：目标应为 {fy} 年度的",
            "en": "the annual target of a {fy} form names {date_en}: the target should be {fy}'s",
        },
        "target_prose": {
            "zh": "{fy} 年度报告的年度目标写作 {date}：目标应为 {fy} 年度的，是否沿用了上年报告？",
            "en": "the annual target of a {fy} report names {date_en}: the target should be {fy}'s, copied from last year's report?",
        },
        "year_field": {
            "zh": "{fy} 年度报告的自评表年度栏填写为 {year}：应为 {fy}",
            "en": "the year field of a {fy} report's form says {year}: it should be {fy}",
        },
        "indicator": {
            "zh": "{fy} 年度自评表的指标年度指标值写作 {date}：应为 {fy} 年度的目标",
            "en": "an indicator's annual target in a {fy} form names {date_en}: the target should be {fy}'s",
        },
        "stale_task": {
            "zh": "{fy} 年度自评表的目标写的是 {date}的任务：是否沿用了旧表？应为 {fy} 年度的目标",
            "en": "a target of a {fy} form names a task of {date_en}: copied from an old form? the target should be {fy}'s",
        },
        "sibling": {
            "zh": "以同样的“{subject}”开头的 {count} 句都写 {fy} 年，唯此句写 {date}：年份是否没有更新？",
            "en": "{count} sentences opening with the same '{subject}' name {fy}; this one names {date_en}: a year not updated?",
        },
        "actual": {
            "zh": "{fy} 年度自评表的指标实际完成值写作 {date}：本年度的完成情况不会早于 {fy} 年",
            "en": "an indicator's actual value in a {fy} form is dated {date_en}: the year's result cannot precede {fy}",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        yield from self._year_fields(doc, ctx)
        facts = date_facts(doc, ctx)
        year_end_of_fy = {(id(f.source), f.sentence_span[0]) for f in facts
                          if ctx.fiscal_year_of(f.part) == f.mention.year and _year_end(f)}
        budgets = {id(p) for p in doc.parts if _is_budget(p)}
        targets: set[tuple[int, int]] | None = None  # read the forms only when a date may stand in one
        stale: set[int] | None = None
        siblings: dict[int, dict[str, Counter[int]]] | None = None  # read only when a year is Y±1
        for fact in facts:
            fy = ctx.fiscal_year_of(fact.part)
            m = fact.mention
            if fy is None or m.year is None or m.year > fy + 1 or fact.forward or id(fact.part) in budgets:
                continue
            if m.year == fy + 1:
                # a 时效 indicator's 年度指标值 at the end of the next year (2024年12月31日前 in a 2023
                # form): the year's deadline under the next year's name (a date inside the next year,
                # 2024年6月30日前, may be a project that runs across the two)
                if m.month == 12 and m.day in (None, 31) and fact.context in _PERIOD \
                        and fact.where in ("paragraph", "cell"):
                    targets = _indicator_cells(doc, ctx) if targets is None else targets
                    if _opens_cell(fact, targets) == "target":
                        yield self.diagnostic("indicator", fact.location, date=date_label(m),
                                              date_en=date_label_en(m), fy=fy)
                elif self._next_year_end_stock(fact):
                    yield self.diagnostic("stock_next", fact.location, date=date_label(m),
                                          date_en=date_label_en(m), fy=fy)
                elif _names_the_accounts_scope(fact):
                    yield self.diagnostic("scope", fact.location, date=date_label(m), date_en=date_label_en(m), fy=fy)
                elif _next_year_accounts(fact):
                    yield self.diagnostic("accounts_next", fact.location, date=date_label(m),
                                          date_en=date_label_en(m), fy=fy)
                elif _next_year_heading(fact, fy):
                    yield self.diagnostic("heading_next" if fact.where != "toc" else "contents_next", fact.location,
                                          date=date_label(m), date_en=date_label_en(m), fy=fy)
                else:
                    siblings = _sibling_openers(facts, ctx) if siblings is None else siblings
                    if (odd := _odd_sibling(fact, fy, siblings)) is not None:
                        yield self.diagnostic("sibling", fact.location, date=date_label(m), date_en=date_label_en(m),
                                              fy=fy, subject=_nested(odd[0]), count=odd[1])
                continue
            if m.year == fy:
                continue
            key = self._kind(fact, fy, year_end_of_fy)
            if key is None and fact.context in (*_PERIOD, "standalone") and fact.where in ("paragraph", "cell"):
                # a 时效 indicator's 年度指标值 (2022年12月31日前) in a 2023 form, or its 实际完成值
                # (2022年10月26日): the year's result dated the year before
                targets = _indicator_cells(doc, ctx) if targets is None else targets
                role = _opens_cell(fact, targets)
                if role == "target" and fact.context != "standalone":
                    key = "indicator"
                elif role == "actual" and m.month is not None:
                    key = "actual"
            if key is None and m.year <= fy - 2 and m.month is None and fact.where == "cell":
                # a task of a year long past named inside a target's text (完成对我市2019年度退耕还林
                # 工程的检查验收 in a 2023 form): the year need not open the cell
                stale = _target_cells(doc, ctx) if stale is None else stale
                if id(fact.source) in stale and _stale_task(fact, fy):
                    key = "stale_task"
            if key is None and m.year == fy - 1:
                siblings = _sibling_openers(facts, ctx) if siblings is None else siblings
                if (odd := _odd_sibling(fact, fy, siblings)) is not None:
                    yield self.diagnostic("sibling", fact.location, date=date_label(m), date_en=date_label_en(m),
                                          fy=fy, subject=_nested(odd[0]), count=odd[1])
                    continue
            if key == "target" and fact.where == "paragraph" and "|" not in fact.source.value:
                key = "target_prose"  # a report's prose, not a form's cell
            if key:
                yield self.diagnostic(key, fact.location, date=date_label(m), date_en=date_label_en(m), fy=fy)

    def _year_fields(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """A form's year field (``自评年度 | 2023`` in a 2024 report): the year the form evaluates,
        which only the report's can be."""
        for part in doc.parts:
            fy = ctx.fiscal_year_of(part)
            if fy is None:
                continue
            for block in part.blocks:
                for year, loc in _year_field_places(block):
                    if year != fy:
                        yield self.diagnostic("year_field", loc, year=year, fy=fy)

    @staticmethod
    def _next_year_end_stock(fact: DateFact) -> bool:
        """A stock stated at the end of the year after the report's (``2024年末编制人数62人`` in a
        2023 report): a year not over when the report was written, the report's year-end mistyped."""
        if fact.where not in ("paragraph", "cell") or fact.context != "as_of" or not _year_end(fact):
            return False
        m, sentence = fact.mention, fact.sentence
        at = sentence.find(m.text)
        head, tail = (sentence[:at], sentence[at + len(m.text):]) if at >= 0 else ("", sentence)
        clause = re.split(r"[，,；;：:]", head)[-1]
        if any(w in clause for w in phrases()["plan_before"]) or "将" in tail:
            return False  # 预计到2024年末，实有人数将达到60人: a plan, not a stock
        if _later_project_evaluation(fact.part.title):
            return False  # 某区2023年…项目重点绩效评价: written after the project ran
        return is_stock_sentence(sentence) and _STOCK_FIGURE.search(tail) is not None and not _compares(sentence)

    @staticmethod
    def _kind(fact: DateFact, fy: int, year_end_of_fy: set[tuple[int, int]]) -> str | None:
        m = fact.mention
        text = normalise(fact.source.value)
        if (_is_heading(fact) or fact.where == "toc") and m.month is None and fact.context in _PERIOD:
            if str(fy) in text or _compares(text) or _follows_up(text):
                return None
            return "contents" if fact.where == "toc" else "heading"
        if fact.where not in ("paragraph", "cell"):
            return None
        if fact.context == "as_of" and _year_end(fact):
            sentence = fact.sentence
            tail = sentence[sentence.find(m.text) + len(m.text):] if m.text in sentence else sentence
            if _required_by(fact):
                return None  # 要求到2012年底…不低于12000元: a level to reach by then, no stock
            if (((is_stock_sentence(sentence) or _states_execution(tail, sentence)) and _STOCK_FIGURE.search(tail)
                 or _lists_set_up(tail) and not _compares(sentence))
                    and (id(fact.source), fact.sentence_span[0]) not in year_end_of_fy):
                return "stock"
            return None
        if fact.context == "as_of" and m.month is None and fact.where == "paragraph" and _stale_as_of(fact, fy):
            return "stale_as_of"
        if _names_the_accounts_scope(fact) and not _compares(fact.sentence):
            return "scope"
        if fact.context in _PERIOD and _names_own_score(fact) and str(fy) not in fact.sentence \
                and not _compares(fact.sentence) and not _states_score_of(fact.source.value, fy):
            return "score"
        if _names_own_nil(fact) and str(fy) not in fact.sentence and not _compares(fact.sentence):
            return "nil"
        if m.month is None and fact.where == "paragraph" \
                and announces_the_report(fact.source.value, m.start, m.end):
            return "announce"
        if _opens_sentence(fact) and str(fy) not in fact.sentence \
                and any(w in fact.sentence for w in phrases()["last_year_comparison"]):
            return "compared"
        if fact.context in _PERIOD and fact.where == "paragraph" and _opens_sentence(fact) \
                and _whole_year_result(fact, fy):
            return "whole_year"
        if fact.context in _PERIOD and str(fy) not in _own_cell(fact) \
                and (_in_target(fact, text) or _labels_target(fact)):
            return "target"
        return None


def _required_by(fact: DateFact) -> bool:
    """The year-end closes what a requirement or a plan asks for by then (``原则上要求到2012年底…
    不低于12000元``, ``力争到2021年底…``): the clause before the date holds the requirement's word.
    (到 alone is no such word: ``到2022年底，全县共有卫生院12个`` states a stock.)"""
    sentence, text = fact.sentence, fact.mention.text
    at = sentence.find(text)
    if at <= 0:
        return False
    clause = re.split(r"[，,；;：:]", sentence[:at])[-1]
    p = phrases()
    return any(w in clause for w in p["requirement_before"]) \
        or any(w in clause for w in p["plan_before"] if w != "到")


def _year_field_places(block) -> Iterator[tuple[int, Location]]:
    """Each year field of a block (a table's label cell and the value cell after it, or a form row
    flattened into a line) with the place of its year."""
    if isinstance(block, Table):
        for row in block.rows:
            cells = row.non_empty
            for label, value in zip(cells, cells[1:], strict=False):
                if "年度" in label.value and (year := year_field(label.value, value.value)) is not None:
                    yield year, value.text.locate()
        return
    if isinstance(block, Heading | Paragraph):
        for year, start, end in year_fields_in_line(block.text.value):
            yield year, block.text.locate(start, end)


def _states_execution(tail: str, sentence: str) -> bool:
    """The year-end date opens the year's budget execution (``截至…，项目执行数…，预算执行率…，结余…``):
    a figure of the year itself, whatever the sentence goes on to give (its 结余 is the
    execution's), unless the sentence compares it with another year."""
    p = phrases()
    head = _EXECUTION_HEAD.match(normalise(tail))
    return head is not None and any(w in head.group(1) for w in p["execution_after_year_end"]) \
        and not any(w in sentence for w in p["comparison_sentence"])


# the first clause after the date, up to the first figure: its subject
_EXECUTION_HEAD = lazy_compile(r"^\s*[，,]?\s*([^，,。；;\d]{1,16})")


def _indicator_cells(doc: Document, ctx: Context) -> dict[tuple[int, int], str]:
    """Where each 自评表 indicator's 年度指标值 (``target``) and 实际完成值 (``actual``) cell
    begins (line, column)."""
    from perflint.extract.selfeval import self_evaluations

    out: dict[tuple[int, int], str] = {}
    for se in ctx.cached(doc, "selfeval", self_evaluations):
        for ind in se.indicators:
            for role, figure in (("target", ind.target), ("actual", ind.actual)):
                if figure is not None and figure.cell.value.strip():
                    loc = figure.cell.text.locate()
                    out.setdefault((loc.line, loc.column), role)
    return out


def _target_cells(doc: Document, ctx: Context) -> set[int]:
    """The texts of the cells that state a 自评表's targets: the 年度总体目标's 预期目标, and each
    indicator's name and 年度指标值 (by identity of their source text)."""
    from perflint.extract.selfeval import self_evaluations

    out: set[int] = set()
    for se in ctx.cached(doc, "selfeval", self_evaluations):
        if se.goal is not None and se.goal.expected is not None:
            out.add(id(se.goal.expected.text))
        for ind in se.indicators:
            for cell in (ind.name_cell, ind.target.cell if ind.target is not None else None):
                if cell is not None and cell.value.strip():
                    out.add(id(cell.text))
    return out


def _stale_task(fact: DateFact, fy: int) -> bool:
    """The year names a yearly task (``2019年度退耕还林工程``: 年度 then the task's words), not a
    span, a start (以来, 起), a policy title, a comparison, funds or a carry-over of that year,
    nor results being consolidated; and the cell does not name the report's year too."""
    text = normalise(fact.source.value)
    m = fact.mention
    after = text[m.start:m.start + len(m.text) + 4]
    tail = after[len(m.text):] if after.startswith(m.text) else after
    if not _TASK_YEAR.match(m.text + tail) or inside_book_title(text, m.start):
        return False
    own = _own_cell(fact)
    return str(fy) not in own and not _compares(own) \
        and not any(w in _clause(text, m.start) for w in phrases()["stale_task_exempt"])


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` around position ``at``, between the punctuation that ends clauses."""
    start = max(text.rfind(ch, 0, at) for ch in "，,；;。|｜") + 1
    ends = [i for i in (text.find(ch, at) for ch in "，,；;。|｜") if i >= 0]
    return text[start:min(ends, default=len(text))]


# ``2019年度`` then a word (not a span 2019—2023年度, nor 2019年度以来 / 起 / 至今)
_TASK_YEAR = lazy_compile(r"^\d{4}\s*年度(?![—–\-~～至到])\s*(?!以来|起|至|前|末|底|初)[\u4e00-\u9fff]")


def _opens_cell(fact: DateFact, starts: dict[tuple[int, int], str]) -> str | None:
    """The role of the form cell the date is the first thing in (``target``, ``actual``), if any."""
    loc = fact.location
    if (loc.line, loc.column) in starts:
        return starts[(loc.line, loc.column)]
    before = fact.source.value[:fact.mention.start]
    if before and not before.strip(" \t\u3000≤≥<>＜＞"):
        return starts.get((loc.line, loc.column - len(before)))
    return None




def _is_heading(fact: DateFact) -> bool:
    if fact.where == "heading":
        return True
    t = fact.source.value.strip()
    if fact.where == "paragraph" and _YEAR_LINE.match(t):
        return True  # a form's year line under its title: ``项目支出绩效自评表`` / ``（2023年度）``
    if fact.where == "cell":
        return _table_title_cell(fact, t)
    return fact.where == "paragraph" and len(t) <= 50 and not re.search(r"[，,。；;：:]", t) \
        and bool(_TITLE_WORDS.search(t[-6:]))


# What a heading of the next year names that only the report's own year can have: the year's
# accounts or its evaluation (a budget or plan of the next year may stand in a 决算 bundle).
_OWN_YEAR_WORKS = lazy_compile(r"决算|自评|评价|绩效报告")
_NEXT_YEAR_PLAN = lazy_compile(r"预算(?!财政拨款|支出决算|收入决算|拨款)|计划|规划|目标|打算|安排|思路|展望|工作要点|工作重点")


def _next_year_heading(fact: DateFact, fy: int) -> bool:
    """A heading or contents entry of a year-Y report that names the accounts or the evaluation of
    Y+1 (``第三部分 2024年度部门决算情况说明`` in a 2023 决算): that year was not over when the report
    was written, so it is Y's, its year mistyped. A heading of the next year's budget or plan
    (``2024年预算安排``, ``2024年工作计划``) is the next year's on purpose and stays quiet."""
    if fact.mention.month is not None or fact.context not in _PERIOD:
        return False
    if not (fact.where == "toc" or _is_heading(fact)):
        return False
    text = normalise(fact.source.value)
    if str(fy) in text or _compares(text) or _follows_up(text) or _NEXT_YEAR_PLAN.search(text):
        return False
    return _OWN_YEAR_WORKS.search(text) is not None


def _table_title_cell(fact: DateFact, t: str) -> bool:
    """A table's title read into its first rows as a cell alone on its row (``2022年度收入支出决算总表``
    over the 公开表's header): a heading of the report, not a figure's label."""
    if not isinstance(fact.block, Table) or len(t) > 50 or re.search(r"[，,。；;：:]", t) \
            or not t.endswith("表"):
        return False
    for row in fact.block.rows[:2]:
        cells = row.non_empty
        if len(cells) == 1 and cells[0].text is fact.source:
            return True
    return False


# 2022年全年开展培训12期 / 2022年，我局全面完成年度重点工作任务: an earlier year opening a sentence
# that states what the whole year achieved — the report's own year's result under last year's name,
# a paragraph copied from last year's report.
# The subject may stand between the year and 全年 (2022年项目全年预算数…, 2022年本局全年共…): a few
# words, none saying the year is a starting point or a bound (2022年起, 2022年以来, 2022年底前).
# The unit itself may stand there as 全局/全院/全校… with 共 (2022年度全局共接待检查考察16批次): the
# whole unit's count of the year (a place, 全县共有…, may be a census's background and is left alone).
_WHOLE_YEAR_AFTER = lazy_compile(
    r"^\s*度?\s*(?:[，,]\s*)?(?:[^\d，,。；;：:、起以始至到前后底末初中内间]{0,6}?全年"
    r"|[，,]\s*[^，,。；;]{0,8}全面完成[^，,。；;]{0,4}年度"
    r"|[，,]?\s*(?:我|本)?全(?:局|院|校|所|站|中心|部门|单位|系统)(?:上下)?共(?!有))")


# ``2022年度政府采购支出总额1,356.80万元``: a 决算说明's sentence opening with the year and one of the
# accounts' totals, the figure right after it — the year's accounts, which only Y can be.
_ACCOUNTS_TOTAL_AFTER = lazy_compile(
    r"^\s*度?\s*(?:本单位|本部门|我单位|本级)?(?:本年|全年)?(?:收入|支出|收、支|收支|财政拨款|一般公共预算|政府采购|“?三公”?经费|机关运行经费)"
    r"[^，,。；;\d]{0,16}?(?:合计|总计|总额|支出|收入)(?:决算)?(?:为|是|共)?\s*\d")


def _whole_year_result(fact: DateFact, fy: int) -> bool:
    m, sentence = fact.mention, fact.sentence
    after = normalise(fact.source.value[m.end:m.end + 40])
    accounts = fact.part is not None and fact.part.kind == "final_accounts" and _ACCOUNTS_TOTAL_AFTER.match(after)
    if m.month is not None or not (_WHOLE_YEAR_AFTER.match(after[:24]) or accounts):
        return False
    if str(fy) in sentence or _compares(sentence) or marks_past(sentence):
        return False
    if _states_fy_alike(fact, fy):
        return False  # the two years' figures side by side: last year's is the comparison
    return not any(str(m.year) in title for title in fact.block.section)  # a section about that year


def _states_fy_alike(fact: DateFact, fy: int) -> bool:
    """Whether the paragraph also opens a statement with Y and the same words the sentence names
    after its year (``2023年度支出合计 A，…。2022年度支出合计 B，…``)."""
    subject = _subject(fact)
    if subject is None:
        return False
    text, year = fact.source.value, str(fy)
    at = text.find(year)
    while at >= 0:
        found = _SUBJECT.match(text, at + len(year))
        if found is not None and found.group(1) == subject:
            return True
        at = text.find(year, at + len(year))
    return False


# What the sentence says of the next year when it plans rather than reports: a budget (预算安排,
# 预算数), a plan, a target, an intention.
_PLAN_AFTER = lazy_compile(r"预算(?:数|为|安排|总额|资金)|计划|目标|拟|将|预计|力争")


def _next_year_accounts(fact: DateFact) -> bool:
    """``2024年度收入合计 C，较上年决算数减少 X`` in a 2023 决算说明: a sentence opened by the next
    year that states one of the accounts' totals, or compares the year's figure with the year
    before — the next year was not over when the report was written, so only Y can stand there.
    A budget or plan of the next year (``2024年度预算安排…``, ``2024年将…``) stays quiet."""
    m = fact.mention
    if fact.part is None or fact.part.kind != "final_accounts" or fact.where != "paragraph" \
            or m.month is not None or fact.context not in _PERIOD or not _opens_sentence(fact):
        return False
    after = normalise(fact.source.value[m.end:m.end + 40])
    if _PLAN_AFTER.search(fact.sentence) or any(w in fact.sentence for w in phrases()["plan_before"]):
        return False
    if _ACCOUNTS_TOTAL_AFTER.match(after):
        return True
    return any(w in fact.sentence for w in phrases()["last_year_comparison"]) and bool(_STOCK_FIGURE.search(after))


# The words a templated sentence names after its opening year (``2023年示范区动物疫病预防控制中心追加预算``):
# its first four characters, no figure or clause mark among them.
_SUBJECT = lazy_compile(r"\s*年?\s*度?\s*[,，]?\s*([^\d\s，,。；;：:、()（）]{4})")
_SIBLINGS_MIN = 2  # sentences of the report's year with the same opening, at least


def _subject(fact: DateFact) -> str | None:
    """The first words after a sentence's opening year (a plain year, no month)."""
    m = fact.mention
    if m.month is not None or fact.where != "paragraph" or fact.context not in _PERIOD:
        return None
    found = _SUBJECT.match(fact.source.value, m.end)
    return found.group(1) if found else None


def _nested(subject: str) -> str:
    """The subject's own double quotes as single ones, for the message quotes it (“‘三公’”)."""
    return subject.replace("“", "‘").replace("”", "’")


def _sibling_openers(facts: list[DateFact], ctx: Context) -> dict[int, dict[str, Counter[int]]]:
    """For each part, the years that open its sentences, by the words that follow them."""
    out: dict[int, dict[str, Counter[int]]] = {}
    for fact in facts:
        if fact.mention.year is None or not _opens_sentence(fact) or (subject := _subject(fact)) is None:
            continue
        out.setdefault(id(fact.part), {}).setdefault(subject, Counter())[fact.mention.year] += 1
    return out


def _odd_sibling(fact: DateFact, fy: int, siblings: dict[int, dict[str, Counter[int]]]) -> tuple[str, int] | None:
    """A sentence that opens with Y−1 or Y+1 where the same words open two or more sentences with Y
    and with no other year (``2022年示范区动物疫病预防控制中心安排专项资金…`` among two such sentences of
    2023 in a 2023 report): one templated sentence whose year was not updated. A review year by
    year has more than one other year; a comparison or a follow-up names its other year on purpose.
    The subject and the count of Y sentences, or None."""
    if not _opens_sentence(fact) or (subject := _subject(fact)) is None:
        return None
    years = siblings.get(id(fact.part), {}).get(subject)
    if years is None or years[fy] < _SIBLINGS_MIN or years[fact.mention.year] != 1 or len(years) != 2:
        return None
    if _compares(fact.source.value) or _follows_up(fact.sentence):
        return None  # (2019年参保 499016 人。2020年参保 500609 人。2020年比2019年提高…: a baseline)
    return subject, years[fy]


def _opens_sentence(fact: DateFact) -> bool:
    """The date is the sentence's first words (after a list marker): it names the sentence's year."""
    s, _ = fact.sentence_span
    lead = fact.source.value[s:fact.mention.start]
    return fact.mention.month is None and not lead.strip(" \t\u3000（()）、.．0123456789一二三四五六七八九十")


# ``纳入本部门2021年度决算编制（范围）的``: the report's own accounts, whose year only Y can be. The
# template names the unit there as often as 本部门 (纳入某某卫生院2021年度部门决算编制范围的): a name
# without a digit or a clause mark between 纳入 and the year.
# ``2022年度部门整体支出绩效自评得分98.6分`` in a 2023 report: the score the report gives itself,
# which only Y's evaluation can have.
_OWN_SCORE_AFTER = lazy_compile(r"^\s*年?\s*度?[^\d，,。；;：:、\n]{0,30}?(?:绩效)?自评\s*(?:综合|最终)?\s*(?:得分|总分)")
_SCOPE_BEFORE = lazy_compile(r"(?:纳入|列入)[^\d，,。；;：:、\n]{0,30}$")
_SCOPE_AFTER = lazy_compile(r"^\s*年?\s*度?\s*(?:部门|单位)?\s*决算\s*(?:编制|汇编)")
_SCOPE_OPENING = lazy_compile(r"^\s*年?\s*度?\s*(?:部门|单位)?\s*决算\s*(?:编制|汇编)\s*范围")


def _names_the_accounts_scope(fact: DateFact) -> bool:
    """The date names the year of the accounts the report compiles (纳入本部门 Y 年度决算编制)."""
    text, m = fact.source.value, fact.mention
    if m.month is not None:
        return False
    after = text[m.end:m.end + 16]
    if _SCOPE_BEFORE.search(text[max(0, m.start - 34):m.start]) and _SCOPE_AFTER.match(after):
        return True
    # ``2022年度决算编制范围包括…``: the sentence opens with the year of the scope it states
    return bool(_SCOPE_OPENING.match(after)) and _opens_sentence(fact)


def _names_own_score(fact: DateFact) -> bool:
    """The date names the year of the 自评得分 the sentence states (``2022年度部门整体支出绩效自评得分``)."""
    m = fact.mention
    return m.month is None and bool(_OWN_SCORE_AFTER.match(fact.source.value[m.end:m.end + 40]))


def _states_score_of(text: str, fy: int) -> bool:
    """Whether ``text`` also states the 自评得分 of the year ``fy`` (``…；2023年度自评得分为95分``):
    another year's score beside it is named for comparison, as history."""
    year = str(fy)
    at = text.find(year)
    while at >= 0:
        if _OWN_SCORE_AFTER.match(text[at + len(year):at + len(year) + 40]):
            return True
        at = text.find(year, at + len(year))
    return False


# ``本单位2022年度无政府性基金…``, ``本部门2022年度未安排因公出国（境）``: the unit, then the year,
# then what it had none of. The 决算说明 states each absence for the year it reports, and only Y can
# stand there (a 2023 report saying 2022 had none is last year's sentence left in).
_OWN_SUBJECT_BEFORE = lazy_compile(r"(?:本|我)(?:单位|部门|局|院|校|镇|乡|街道|委|办|中心|所|站)\s*$")
_NIL_AFTER = lazy_compile(r"^\s*年?\s*度?\s*(?:无|未|没有)")


def _names_own_nil(fact: DateFact) -> bool:
    """The date is the year the unit says it had none of something in (``本单位2022年度无…``)."""
    text, m = fact.source.value, fact.mention
    return m.month is None and bool(_OWN_SUBJECT_BEFORE.search(text[max(0, m.start - 6):m.start])) \
        and bool(_NIL_AFTER.match(text[m.end:m.end + 8]))


def _follows_up(text: str) -> bool:
    """A heading about what came of an earlier year's evaluation or audit (``（四）2020年度水利发展
    资金绩效评价整改情况``): that year is the heading's subject, not a year left from last report."""
    return any(w in text for w in phrases()["follow_up_headings"])


def _compares(text: str) -> bool:
    return any(w in text for w in phrases()["comparison_sentence"] + ["比", "较", "与"])


def _lists_set_up(tail: str) -> bool:
    """The words right after a year-end date list the unit's set-up by name (``2021年末下设机构分别为：
    党政办公室、…``): a stock without a figure, the organisation as it stood then (its 分别为 lists
    the offices, it compares nothing)."""
    words = normalise(tail[:10]).lstrip()
    end = next((w for w in sorted(phrases()["year_end_after"], key=len, reverse=True) if words.startswith(w)), "")
    return words[len(end):].lstrip("，,：: ").startswith(tuple(phrases()["set_up_after_year_end"]))


def _stale_as_of(fact: DateFact, fy: int) -> bool:
    """A stock stated 截至 a bare earlier year (``截止2013年，全县共有村卫生室120个`` in a 2017 report):
    the status of that year given as the current one. Not when the sentence names the report's year,
    compares, or tells a history (累计, 已, 以来: what was done up to then)."""
    sentence = fact.sentence
    m = fact.mention
    tail = sentence[sentence.find(m.text) + len(m.text):] if m.text in sentence else ""
    return (bool(tail) and str(fy) not in sentence and is_stock_sentence(sentence)
            and not any(w in sentence for w in phrases()["as_of_history"])
            and _STOCK_FIGURE.search(tail) is not None)


def _year_end(fact: DateFact) -> bool:
    m = fact.mention
    if m.month is not None:
        return m.month == 12 and m.day in (None, 31)
    after = normalise(fact.source.value[m.end:m.end + 3]).lstrip()  # same-length: slice first
    return any(after.startswith(w) for w in phrases()["year_end_after"])


def _in_target(fact: DateFact, text: str) -> bool:
    """The date opens the text of an annual target: right after a 年度目标 label."""
    before = text[:fact.mention.start]
    lead = before.rstrip(" \t\u3000（()）、.．0123456789一二三四五六七八九十目标:：")
    if before.strip(" \t|｜") and lead.endswith(("|", "｜", "目标")) and opens_target(before):
        return True  # the target's text opens with the year (not 巩固2022年成果 inside it)
    if _ANNUAL_TARGET_LABEL_END.search(before.rstrip(" \t\u3000")):
        return True  # 2.年度目标：2022年完成… / 年度绩效目标：2022年度为… (a prose label and its colon)
    if fact.where != "cell" or not isinstance(fact.block, Table) or before.strip():
        return False
    previous: list = []
    for row in fact.block.rows:
        cells = row.non_empty
        for k, cell in enumerate(cells):
            if cell.text is not fact.source:
                continue
            if k > 0:
                return opens_target(cells[k - 1].value + "|")
            # the row's first text under a header row that names the annual target
            # (项目年度目标 | 年度目标完成情况, then the target's text on the next row)
            return any(opens_target(c.value + "|") for c in previous)
        previous = cells
    return False


# the label of the year's target right before its text, a colon after it (``年度目标：``,
# ``年度绩效目标：``); a 总体目标 may be a multi-year project's, whose text may open with an earlier year
_ANNUAL_TARGET_LABEL_END = lazy_compile(r"年度(?:绩效|总体|工作)?目标\s*[:：]$")
# ``2022年度目标：…`` opening a sentence: the label itself names the year of the target
_TARGET_LABEL_AFTER = lazy_compile(r"^\s*(?:年?度)?\s*(?:绩效|工作|主要|总体)?\s*目标\s*[:：]")


def _labels_target(fact: DateFact) -> bool:
    """The date opens a sentence and names the year of the target the label introduces
    (``2022年度目标：…`` in a 2023 report): the year's target under last year's name."""
    m = fact.mention
    return m.month is None and _opens_sentence(fact) \
        and bool(_TARGET_LABEL_AFTER.match(fact.source.value[m.end:m.end + 12]))


def _own_cell(fact: DateFact) -> str:
    """The date's sentence, cut at a cell border of a flattened table row (``… | 2022年…``)."""
    s, e = fact.sentence_span
    text = fact.source.value
    start = max(s, max(text.rfind(bar, s, fact.mention.start) for bar in "|｜") + 1)
    end = min([i for i in (text.find(bar, fact.mention.end, e) for bar in "|｜") if i >= 0] + [e])
    return text[start:end]


def _later_project_evaluation(title: str) -> bool:
    """An evaluation of a project named by its year (``某区2023年农田灌溉改造项目重点绩效评价报告``),
    not the unit's own 自评: written after the project ran, so it may state the project's money as
    of the end of the next year."""
    p = phrases()
    return (any(w in title for w in p["later_evaluation_words"])
            and not any(w in title for w in p["self_evaluation_words"])
            and _PROJECT_OF_YEAR.search(normalise(title)) is not None)
