"""B308: an indicator's 实际完成值 written as an inequality (≥98%)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.target_tables import unscored_target_rows
from perflint.extract.targets import glued_inequality_actuals, inequality_actual
from perflint.model import Document, Paragraph
from perflint.text.normalise import compact

from ._facts import form_facts, show


class ActualAsInequality(Check):
    """## What it does
    Finds an indicator whose 实际完成值 is an inequality (`≥98%`, `>2次`, `95%以上`) rather
    than the value achieved, in a scored 自评表 or in an unscored `指标名称 | 目标值 | 完成值`
    table of a transfer-payment or special-fund self-evaluation. In the narrative, a `≥`/`>`
    figure (or a `≤`/`<` one, a reverse indicator's bound: `成本控制率≦100%`) under a results item (`2.完成的绩效目标`, `(三)绩效指标完成情况分析`, and the headings
    inside it such as `(1)产出指标`) is one too, unless its clause names a target (`年初目标值≥95%`,
    `力争≥98%`) or the next clause of its sentence gives the value achieved (`飞机数量≥6架，实际布防6架`:
    the indicator's target, then its result); a result stated only as the target's bound
    (`满意度高于年度指标值≥95%`, with no measured figure in its sentence) still is one.
    A form printed as one run of glued cells (`…指标值完成值权重得分…满意度≥85%≥85%10%10`) is read
    too: after a header whose 指标值 and 完成值 stand side by side, a target repeated at once is
    the actual copied from it.

    ## Why is this bad?
    A target may be a bound; a result is a measurement. `≥98%` copied into the actual column
    reports no result — the score (weight × B/A) cannot be computed from it, and a strict
    target (`>95%`) is not shown to be met by `≥95%`.

    ## Example
    ```text
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥90% | ≥90% | 10 | 10 |
    ```

    ## Use instead
    ```text
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥90% | 93.4% | 10 | 10 |
    ```
    """

    doc_zh = """## 它检查什么
    查找“实际完成值”写成不等式（“≥98%”“>2次”“95%以上”）而不是实际达到的数值的指标，包括自评表和转移支付、专项资金自评中不计分的“指标名称 | 目标值 | 完成值”表。正文中结果类条目（“2.完成的绩效目标”“（三）绩效指标完成情况分析”“完成绩效产出指标”，及其下的“（1）产出指标”之类小标题）下写成“≥”“>”（或反向指标的界限“≤”“<”：“成本控制率≦100%”）的数字也算，所在分句说的是目标的（“年初目标值≥95%”“力争≥98%”），或同一句的下一分句给出实际数值的（“飞机数量≥6架，实际布防6架”：先写目标、再写结果），除外；只用目标的界限表述结果（“满意度高于年度指标值≥95%”，所在句子没有实测数字）的仍算。整张表被印成一串、单元格之间没有任何分隔的（“……指标值完成值权重得分……满意度≥85%≥85%10%10”）也读取：表头中“指标值”“完成值”相邻时，目标值后紧接着重复一遍的就是照抄目标的实际完成值。

    ## 为什么要改
    目标可以是一个界限，结果却应是测得的数。把“≥98%”抄进实际完成栏等于没有报告结果：无法据此计算得分（分值 × B/A），严格目标（“>95%”）也不能用“≥95%”证明已达到。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B308"
    name = "actual-as-inequality"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "实际完成值写成不等式", "en": "Actual value written as an inequality"}
    messages = {
        "ineq": {
            "zh": "“{name}”实际完成值写成“{actual}”（目标 {target}）：应填写实际达到的数值",
            "en": "'{name}' actual value is written '{actual}' (target {target}): report the value achieved",
        },
        "prose": {
            "zh": "完成情况“{clause}”写成“{actual}”：应写实际达到的数值",
            "en": "the result '{clause}' is written '{actual}': report the value achieved",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        seen: set[tuple[int, int]] = set()  # where a form's reader found such an actual
        for facts in form_facts(doc, ctx):
            for ind in facts.se.indicators:
                if ind.actual is None or ind.actual.cell.is_empty:
                    continue
                if inequality_actual(ind.actual.text, ind.actual.quantity) is None:
                    continue
                where = ind.actual.cell.text.locate()
                seen.add((where.line, where.column))
                yield self.diagnostic("ineq", where, name=ind.name or ind.level2 or "指标",
                                      actual=show(ind.actual), target=show(ind.target))
        # the unscored 指标名称 | 目标值 | 完成值 tables of transfer-payment self-evaluations
        for row in ctx.cached(doc, "boilerplate.target_rows", unscored_target_rows):
            if inequality_actual(row.actual.value, None) is None:
                continue
            yield self.diagnostic("ineq", row.actual.text.locate(), name=row.name or "指标",
                                  actual=compact(row.actual.value), target=compact(row.target.value) or "—")
        # a form printed as one run of glued cells (…满意度≥85%≥85%10%10): the actual repeats its target
        for _part, block in doc.blocks():
            if isinstance(block, Paragraph) and "完成值" in block.text.value:
                value = block.text.value
                for start, end, name in glued_inequality_actuals(value):
                    where = block.text.locate(start, end)
                    if (where.line, where.column) in seen:
                        continue  # the form's reader read the row
                    yield self.diagnostic("ineq", where, name=name or "指标",
                                          actual=value[start:end], target=value[start - (end - start):start])
        # the narrative's results items (2.完成的绩效目标, 绩效指标完成情况分析)
        from perflint.extract.prose_results import inequality_results  # rare: kept off the start-up path

        for part in doc.parts:
            for found in inequality_results(part):
                q = found.quantity
                yield self.diagnostic("prose", found.text.locate(q.start, q.end), clause=found.clause,
                                      actual=compact(q.text))
