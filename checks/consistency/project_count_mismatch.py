"""C716: projects approved at the start of the year and added during it do not make the total."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.project_counts import project_counts
from perflint.extract.quantities import part_prose
from perflint.model import Document


class ProjectCountMismatch(Check):
    """## What it does
    Reads the sentence of a project self-evaluation summary that counts the projects carried
    out (`共实施项目9个`) together with those approved at the start of the year (`年初批复预算涉及
    5个项目`) and those added during it (`年度中间新增5个项目`) — each count written before its
    noun or after it (`年初预算安排项目3个`, `年中新增项目1个`) — and checks that the two make the
    total. A text that says why they do not (a project 撤销, 取消, 合并 or 转列 — unless the same
    note is written after both counts) is left alone.

    ## Why is this bad?
    Every project carried out was either in the approved budget or added during the year; counts
    that do not add up mean a project is counted twice or missing, and the budget figures beside
    them cannot be reconciled.

    ## Example
    ```text
    某县档案馆2023年度项目支出绩效单位自评报告
    本馆共实施项目9个；年初批复预算涉及5个项目；年度中间新增5个项目。
    ```
    5 + 5 = 10, not 9.

    ## Use instead
    ```text
    某县档案馆2023年度项目支出绩效单位自评报告
    本馆共实施项目9个；年初批复预算涉及5个项目；年度中间新增4个项目。
    ```
    """

    doc_zh = """## 它检查什么
    读取项目支出自评汇总中同时写明实施项目总数（“共实施项目9个”）、年初批复的项目数（“年初批复预算涉及5个项目”）和年中新增项目数（“年度中间新增5个项目”）的句子（个数写在“项目”之前或之后均可：“年初预算安排项目3个”“年中新增项目1个”），核对后两者之和是否等于总数。文中说明了原因（项目撤销、取消、合并或转列——两处数字后写着同一条括注的除外）的，不报告。

    ## 为什么要改
    实施的每个项目，不是年初预算批复的，就是年中新增的；数字加不起来，说明有项目重复计算或遗漏，旁边的预算数也就无法核对。

    ## 示例
    {example}
    5 + 5 = 10，不是 9。

    ## 应改为
    {use_instead}
    """

    code = "C716"
    name = "project-count-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "年初与新增项目数之和不等于项目总数", "en": "Projects at the start and added do not make the total"}
    messages = {
        "mismatch": {
            "zh": "共实施项目 {total} 个，而年初批复 {initial} 个、年中新增 {added} 个：{initial} + {added} = {sum}，文中未说明差异",
            "en": "{total} projects carried out, but {initial} approved at the start and {added} added: "
                  "{initial} + {added} = {sum}, with no reason given",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for c in project_counts(source.value):
                    if c.initial + c.added == c.total:
                        continue
                    yield self.diagnostic("mismatch", source.locate(c.start, c.end), total=c.total,
                                          initial=c.initial, added=c.added, sum=c.initial + c.added)
