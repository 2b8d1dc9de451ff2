"""Y503: a year-Y report compares its figures with year Y itself."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.dates import comparison_with_year
from perflint.model import Document
from perflint.text.dates import DateMention
from perflint.text.patterns import lazy_compile

from ._facts import date_facts, date_label, date_label_en, is_budget_part


class ComparisonWithSameYear(Check):
    """## What it does
    Finds `与Y年相比`, `比Y年`, `较Y年度` in a report on fiscal year Y. A comparison with that
    year's budget or plan (`与Y年预算相比`, `比Y年初`) or with its execution figures heard by the
    congress before the accounts closed (`与Y年执行数相比，…决算数总量无变化`), a later year compared with Y
    (`2024年比2023年增长`), a comparison word used as a lead-in (`经比较2023年度…，较上年减少`,
    where the year is the subject) and plans stay quiet. Also finds the previous year glossed
    as Y itself: `上年（2023年）`, `上年决算数(2023年度)`, `2023年（上年）` in a 2023 report, or
    as Y−2 (`比上年（2021年）增加` in a 2023 report) where the statement names no year but Y and
    that one (`2022年…比上年（2021年）` speaks of 2022 and is right).
    In a 决算说明, whose template compares each figure with the year before, a comparison with
    Y−2 (`与2021年度相比，收、支总计各增加 213.16 万元` in a 2023 one) whose sentence states the
    change (增加/减少/增长/下降 and a figure) is found too: the year was moved back once too often
    or not advanced with the figures. So is one in a budget (`2024年部门预算` and the like), whose
    template compares each figure with the budget of the year before (`比2022年预算增加 2.37 万元`
    in a 2024 one).

    ## Why is this bad?
    Year-on-year changes compare Y with Y−1. `与2023年相比` in a 2023 report is a sentence
    copied from last year's report with the year advanced in one place only, and the change it
    states belongs to the wrong pair of years.

    ## Example
    ```text
    某县林业站2023年度部门决算说明
    收入合计 812.40 万元，与 2023 年度相比，减少 6.10 万元。
    ```

    ## Use instead
    ```text
    某县林业站2023年度部门决算说明
    收入合计 812.40 万元，与 2022 年度相比，减少 6.10 万元。
    ```
    """

    doc_zh = """## 它检查什么
    在 Y 年度的报告中查找“与Y年相比”“比Y年”“较Y年度”。与该年预算或计划的比较（“与Y年预算相比”“比Y年初”）、与决算前提请人大审议的该年执行数的比较（“与Y年执行数相比，……决算数总量无变化”）、以后年度与 Y 年的比较（“2024年比2023年增长”）、作引语的比较词（“经比较2023年度…，较上年减少”，年份是主语）以及计划不报告。也查找把“上年”注为 Y 年本身的写法：2023 年度报告中的“上年（2023年）”“上年决算数(2023年度)”“2023年（上年）”；以及注为 Y−2 年的写法（2023 年度报告中的“比上年（2021年）增加”），该句除此之外只写了 Y 年或未写年份（“2022年…比上年（2021年）”讲的是 2022 年，没有错）。决算说明的模板逐项与上年比较，其中与 Y−2 年比较、且句中写出变动（增加、减少、增长、下降及数额）的（2023 年度决算说明中的“与2021年度相比，收、支总计各增加213.16万元”）也报告：年份多退了一年，或没有随数字更新。预算（“2024年部门预算”等）的模板逐项与上年预算比较，其中与 Y−2 年（预算）比较且写出变动的（2024 年预算中的“比2022年预算增加2.37万元”）同样报告。

    ## 为什么要改
    同比变化是 Y 年与 Y−1 年比较。2023 年度报告里的“与2023年相比”，是从上年报告抄来、只在一处改了年份的句子，它所说的变化属于错误的一对年份。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "Y503"
    name = "comparison-with-same-year"
    family = "years"
    severity = Severity.warning
    title = {"zh": "与报告年度自身比较", "en": "Comparison with the report's own year"}
    messages = {
        "same": {
            "zh": "{fy} 年度报告与 {date} 比较：应与上年（{prev} 年）比较",
            "en": "a {fy} report compares with {date_en}: the comparison should be with the previous year {prev}",
        },
        "two_back": {
            "zh": "{fy} 年度决算说明与 {date} 比较变动：决算说明应与上年（{prev} 年）比较",
            "en": "a {fy} 决算说明 states a change against {date_en}: its changes are against the previous year {prev}",
        },
        "two_back_budget": {
            "zh": "{fy} 年度预算与 {date} 比较变动：预算应与上年（{prev} 年）的预算比较",
            "en": "a {fy} budget states a change against {date_en}: a budget's changes are against the previous year {prev}",
        },
        "glossed": {
            "zh": "{fy} 年度报告把“上年”注为 {date}：上年应为 {prev} 年",
            "en": "a {fy} report glosses the previous year as {date_en}: the previous year is {prev}",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        facts = date_facts(doc, ctx)
        # Sentences that speak of a later year compare that year with Y (2024年比2023年增长): right.
        later: set[tuple[int, int]] = set()
        for fact in facts:
            fy = ctx.fiscal_year_of(fact.part)
            if fy is not None and fact.mention.year is not None and fact.mention.year > fy:
                later.add((id(fact.source), fact.sentence_span[0]))
        budgets: dict[int, bool] = {}  # a part's kind asked once, and only of a part with a Y−2 year
        years_by_statement: dict[tuple[int, int], set[int]] = {}  # built on first use (a Y−2 gloss)
        for fact in facts:
            fy = ctx.fiscal_year_of(fact.part)
            if fy is not None and fact.mention.year == fy - 2 and self._change_against(fact, budgets):
                m = fact.mention
                key = "two_back" if fact.part.kind == "final_accounts" else "two_back_budget"
                yield self.diagnostic(key, fact.location, date=date_label(m), date_en=date_label_en(m),
                                      fy=fy, prev=fy - 1)
                continue
            if fy is not None and fact.mention.year == fy - 2 and fact.mention.month is None \
                    and fact.where in ("paragraph", "cell", "heading") \
                    and _glossed_as_last_year(fact.source.value, fact.mention) \
                    and _years_of_statement(facts, years_by_statement, fact) <= {fy, fy - 2}:
                # 比上年（2021年） in a 2023 report whose statement speaks of 2023 (or of no year):
                # the previous year is glossed two years back (2022年…比上年（2021年） is right)
                m = fact.mention
                yield self.diagnostic("glossed", fact.location, date=date_label(m), date_en=date_label_en(m),
                                      fy=fy, prev=fy - 1)
                continue
            if fy is None or fact.mention.year != fy:
                continue
            if fact.mention.month is None and fact.where in ("paragraph", "cell", "heading") \
                    and _glossed_as_last_year(fact.source.value, fact.mention):
                m = fact.mention
                yield self.diagnostic("glossed", fact.location, date=date_label(m), date_en=date_label_en(m),
                                      fy=fy, prev=fy - 1)
                continue
            if fact.context != "comparison":
                continue
            if fact.where not in ("paragraph", "cell") or fact.forward:
                continue
            if (id(fact.source), fact.sentence_span[0]) in later:
                continue
            if not comparison_with_year(fact.source.value, fact.mention):
                continue
            m = fact.mention
            yield self.diagnostic("same", fact.location, date=date_label(m), date_en=date_label_en(m), fy=fy, prev=fy - 1)


    @staticmethod
    def _change_against(fact, budgets: dict[int, bool]) -> bool:
        """A 决算说明's or a budget's sentence comparing a figure with the year ``fact`` names and
        stating the change (与2021年度相比，…增加 213.16 万元 / 增长 9.07%): both templates compare
        each figure with the year before (a budget's baseline is last year's budget)."""
        if fact.context != "comparison" or fact.where != "paragraph" \
                or fact.forward or fact.mention.month is not None:
            return False
        if fact.part.kind != "final_accounts":
            key = id(fact.part)
            if key not in budgets:
                budgets[key] = is_budget_part(fact.part)
            if not budgets[key]:
                return False
        if not comparison_with_year(fact.source.value, fact.mention, budgets=fact.part.kind != "final_accounts"):
            return False
        end = fact.sentence_span[1]
        return _STATED_CHANGE.search(fact.source.value, fact.mention.end, end) is not None


def _years_of_statement(facts, index: dict[tuple[int, int], set[int]], fact) -> set[int]:
    """The years the statement of ``fact`` names (``index`` filled on first use)."""
    if not index:
        index[(0, -1)] = set()  # (filled: a key no statement has)
        for f in facts:
            if f.mention.year is not None:
                index.setdefault((id(f.source), f.sentence_span[0]), set()).add(f.mention.year)
    return index.get((id(fact.source), fact.sentence_span[0]), set())


# A change stated with its figure: 增加 213.16 万元, 增长 9.07%, 下降 3 个百分点.
_STATED_CHANGE = lazy_compile(r"(?:增加|减少|增长|下降|降低|上升|减|增)了?\s*\d")


# 上年（2023年） / 上年决算数(2023年度) / 上一年度（2023年度）: the previous year, glossed with a year in
# brackets right after it (a few words of what it counts between); 2023年（上年）: the reverse.
_LAST_YEAR_OPEN = lazy_compile(r"上一?年度?[^\d，,。；;：:、|｜()（）]{0,6}[（(]\s*$")
_CLOSE = lazy_compile(r"^\s*度?\s*[)）]")
_GLOSS_AFTER = lazy_compile(r"^\s*度?\s*[（(]\s*上一?年度?\s*[)）]")


def _glossed_as_last_year(text: str, mention: DateMention) -> bool:
    """Asked of every year of the report's own year: a window each side, read as written (the
    patterns take both widths of bracket), and only when 上 stands in it."""
    before, after = text[max(0, mention.start - 12):mention.start], text[mention.end:mention.end + 10]
    if "上" not in before and "上" not in after:
        return False
    return bool(_LAST_YEAR_OPEN.search(before) and _CLOSE.match(after)) or bool(_GLOSS_AFTER.match(after))
