"""Y508: a year's spending said to follow a rule issued only after the year."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.dates import cited_title, funded_year, is_standing_rule
from perflint.model import Document

from ._facts import date_facts


class BasisIssuedAfterYear(Check):
    """## What it does
    In a report on fiscal year Y, finds a spending rule (`…管理办法`, `…标准`, `…规定`) cited with a
    document number of a later year (`〔Y+1〕`). Notices about the evaluation or the accounts
    themselves (`关于开展Y年度绩效自评工作的通知〔Y+1〕…`) are issued after the year on purpose and
    stay quiet, as do plans for the coming years.

    Also finds a notice that allocates a year's funds numbered with a later year
    (`《关于下达2023年…资金的通知》（某财农〔2024〕86号）`): a year's money is allocated in that year, or
    advanced the year before. The settlement or reward of a year's funds (`清算`, `奖补`, `考核`) is
    issued after it on purpose and stays quiet.

    ## Why is this bad?
    The spending of year Y cannot have followed a rule that did not exist yet. Either the
    document number's year is wrong, or the rule actually followed (the one in force in Y) is
    not the one cited.

    ## Example
    ```text
    某县商务局2022年度部门决算说明
    一、“三公”经费支出情况说明
    经费使用严格执行《某市因公临时出国经费管理办法》（某财行〔2023〕58号）。
    ```

    ## Use instead
    ```text
    某县商务局2022年度部门决算说明
    一、“三公”经费支出情况说明
    经费使用严格执行《某市因公临时出国经费管理办法》（某财行〔2021〕58号）。
    ```
    Cite the rule in force in 2022 (or correct the document number's year).
    """

    doc_zh = """## 它检查什么
    在 Y 年度的报告中，查找引用时带着更晚年份（〔Y+1〕）文号的支出制度（“……管理办法”“……标准”“……规定”）。关于评价或决算本身的通知（“关于开展Y年度绩效自评工作的通知〔Y+1〕……”）本来就在年度结束后印发，不报告；对以后年度的计划也不报告。

    也查找下达某年度资金、文号却是更晚年份的通知（“《关于下达2023年……资金的通知》（某财农〔2024〕86号）”）：某年度的资金在当年下达，或在上一年提前下达。年度资金的清算、奖补、考核（“清算”“奖补”“考核”）本来就在该年度之后印发，不报告。

    ## 为什么要改
    Y 年的支出不可能依据当时还不存在的制度。要么文号年份写错了，要么实际执行的（Y 年有效的）制度不是所引的这一个。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    引用 2022 年有效的制度（或改正文号年份）。
    """

    code = "Y508"
    name = "basis-issued-after-year"
    family = "years"
    severity = Severity.warning
    title = {"zh": "引用的制度晚于报告年度", "en": "Rule cited was issued after the fiscal year"}
    messages = {
        "later": {
            "zh": "{fy} 年度的支出称依据《{title}》（{year} 年文号）：该制度在报告年度之后才印发，文号年份或所引制度是否有误？",
            "en": "{fy} spending is said to follow “{title}” numbered {year}, issued after the year: wrong year or wrong rule?",
        },
        "funding": {
            "zh": "《{title}》下达 {target} 年的资金，文号却是 {year} 年：年度资金在当年或上一年下达，文号年份是否有误？",
            "en": "“{title}” allocates {target} funds but is numbered {year}: a year's funds are allocated in it or the year before; a wrong year?",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for fact in date_facts(doc, ctx):
            fy = ctx.fiscal_year_of(fact.part)
            m = fact.mention
            if fy is None or m.year is None or fact.context != "document_number" or fact.forward:
                continue
            if fact.where not in ("paragraph", "cell"):
                continue
            title = cited_title(fact.source.value, m)
            if not title:
                continue
            if m.year > fy and is_standing_rule(title) and str(fy) not in title:
                yield self.diagnostic("later", fact.location, fy=fy, title=title, year=m.year)
                continue
            funded = funded_year(title)
            if funded is not None and m.year > funded:
                yield self.diagnostic("funding", fact.location, title=title, target=funded, year=m.year)
