"""B313: a 存在的问题 section that reports progress instead of a problem."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import stops_mid_sentence
from perflint.extract.problems import part_problems, states_no_problem, stock_admission
from perflint.model import Document
from perflint.text.normalise import compact


class ProblemSectionWithoutProblem(Check):
    """## What it does
    Finds a `存在的问题` / `发现的问题及原因` section whose text names no shortcoming at
    all — no 不/未/难/滞后/有待/不足 or any other word a problem is written with — but reports
    what was done (`已推行…改革试点，…正在筹备中`); and one that only admits in stock words that
    things could be better and names no matter (`我镇在预算管理和绩效管理方面还存在一些不足，有待进一步
    加强。`: once the admission and the words that frame it — the unit, 方面, the management areas
    every report has — are taken out, nothing is left).

    ## Why is this bad?
    The section is where the unit says what went wrong and why; filling it with achievements
    hides the problems and leaves the 改进措施 with nothing to improve.

    ## Example
    ```text
    六、存在问题
    已完成智慧图书馆一期建设，二期正在筹备中。
    ```

    ## Use instead
    ```text
    六、存在问题
    智慧图书馆二期因资金未到位推迟开工，借阅系统与省平台尚未对接。
    ```
    """

    doc_zh = """## 它检查什么
    查找“存在的问题”“发现的问题及原因”一节中完全没有写出任何不足——没有“不”“未”“难”“滞后”“有待”“不足”等表述问题的字词——而是在报告做了什么（“已推行……改革试点，……正在筹备中”）的情况；以及只用套话承认有待改进、没有指出任何具体事项的（“我镇在预算管理和绩效管理方面还存在一些不足，有待进一步加强。”：去掉这类套话和单位名称、“方面”、各报告都有的管理领域等字词后，什么都不剩）。

    ## 为什么要改
    这一节是单位说明哪里出了问题、为什么出问题的地方；用成绩填满它，就掩盖了问题，也让“改进措施”无从改进。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B313"
    name = "problem-section-without-problem"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "存在问题部分未写问题", "en": "Problem section states no problem"}
    messages = {
        "none": {
            "zh": "“{label}”部分没有写出任何问题（“{text}”）",
            "en": "the '{label}' section states no problem ('{text}')",
        },
        "stock": {
            "zh": "“{label}”部分只有泛泛的套话（“{text}”），没有写出具体问题",
            "en": "the '{label}' section only admits in stock words that things could be better ('{text}'): no problem is named",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _, group in groupby(part_problems(doc, part), key=lambda p: p.group):
                statements = list(group)
                key = "none" if states_no_problem(statements) else "stock" if stock_admission(statements) else None
                if key is None:
                    continue
                last = statements[-1].text
                if stops_mid_sentence(doc, last.locate(statements[-1].start, len(last.value))):
                    continue  # the text stops inside the section's last sentence: its problem may follow
                text = compact("".join(p.statement for p in statements))
                yield self.diagnostic(key, statements[0].location, label=statements[0].label,
                                      text=text[:30] + ("…" if len(text) > 30 else ""))
