"""B309: 改进措施及结果应用方案 left empty, or holding no measure."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.boilerplate_phrases import is_nothing
from perflint.extract.problems import has_problems, part_problems, states_problem
from perflint.extract.targets import only_figures
from perflint.extract.unmet_targets import denied_improvements, part_item_titles
from perflint.model import Document
from perflint.text.normalise import compact

from ._facts import form_facts


class ImprovementMissing(Check):
    """## What it does
    Finds a 自评表 whose `改进措施及结果应用方案` is empty, answers `无` although the form lost
    points / missed a target or the narrative lists problems, or holds only figures (a budget
    computation) and no measure at all; and a narrative whose `下一步（拟）改进措施` item is
    answered `无` (on its line or the next, the template's gloss `包括项目整改…等相关内容` kept
    or not) while its `存在的问题` states a problem.

    ## Why is this bad?
    The row is how the self-evaluation feeds the next budget: what will be changed and how the
    result will be used. A blank or a copy of the budget arithmetic says nothing will be done.

    ## Example
    ```text
    某县医保局2023年度城乡居民医保补助项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 参保人数 | ≥12万人 | 12.3万人 | 40 | 40 |
    | 改进措施及结果应用方案 | 参保 12 万人，按 90 元/人计算，应补助 1080 万元。 |
    ```

    ## Use instead
    ```text
    某县医保局2023年度城乡居民医保补助项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 参保人数 | ≥12万人 | 12.3万人 | 40 | 40 |
    | 改进措施及结果应用方案 | 提前对接税务部门核实参保人数，按实际参保人数申请配套资金；自评结果作为下年度预算安排的依据。 |
    ```
    """

    doc_zh = """## 它检查什么
    查找“改进措施及结果应用方案”空着的自评表；或表中失分、有目标未完成、正文列出了问题，该栏却填“无”；或该栏只有数字（如一段预算计算）而没有任何措施；以及正文“存在的问题”写出了问题，“下一步（拟）改进措施”一项却写“无”（写在同一行或下一行，保留或删去了模板的说明“包括项目整改……等相关内容”）。

    ## 为什么要改
    这一栏是自评结果进入下一年预算的途径：要改什么、结果怎么用。空着或抄一段预算算式，等于说什么都不会做。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B309"
    name = "improvement-missing"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "改进措施缺失", "en": "No improvement measures"}
    messages = {
        "blank": {
            "zh": "“改进措施及结果应用方案”未填写{why}",
            "en": "'改进措施及结果应用方案' is blank{why_en}",
        },
        "nothing": {
            "zh": "“改进措施及结果应用方案”填“{answer}”{why}",
            "en": "'改进措施及结果应用方案' says '{answer}'{why_en}",
        },
        "figures": {
            "zh": "“改进措施及结果应用方案”只有数字说明（“{answer}”），没有任何改进措施",
            "en": "'改进措施及结果应用方案' holds only figures ('{answer}'), no measure",
        },
        "narrative": {
            "zh": "“{label}”写“{answer}”，而报告列出了存在的问题（第 {line} 行）",
            "en": "'{label}' says '{answer}', although the report lists problems (line {line})",
        },
        "see_problem": {"zh": "报告列出的问题", "en": "problems listed in the report"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        yield from self._narrative(doc)
        for facts in form_facts(doc, ctx):
            if facts.improvement_label is None:
                continue
            answer = facts.improvement_answer
            concern = bool(facts.lost or facts.misses or has_problems(facts.problems))
            related = [(p.location, "see_problem") for p in facts.problems if states_problem(p)][:1]
            why, why_en = _why(facts)
            if not answer:
                yield self.diagnostic("blank", facts.improvement_label.text.locate(), related=related,
                                      why=why, why_en=why_en)
                continue
            text = "".join(c.value for c in answer)
            if all(is_nothing(c.value) for c in answer):
                if concern:
                    yield self.diagnostic("nothing", answer[0].text.locate(), related=related,
                                          answer=compact(text), why=why, why_en=why_en)
                continue
            if only_figures(text):
                quote = compact(text)
                yield self.diagnostic("figures", answer[0].text.locate(),
                                      answer=quote[:28] + ("…" if len(quote) > 28 else ""))


    def _narrative(self, doc: Document) -> Iterator[Diagnostic]:
        """The narrative's 下一步（拟）改进措施 item answered 无 while its 存在的问题 lists one."""
        for part in doc.parts:
            denials = denied_improvements(part, part_item_titles(doc, part))
            if not denials:
                continue
            stated = [p for p in part_problems(doc, part) if states_problem(p)]
            if not stated:
                continue
            for d in denials:
                yield self.diagnostic("narrative", d.text.locate(d.start, d.end), related=[(stated[0].location, "see_problem")],
                                      label=d.heading, answer=compact(d.text.value[d.start:d.end]),
                                      line=stated[0].location.line)


def _why(facts) -> tuple[str, str]:
    if has_problems(facts.problems):
        line = next(p.location.line for p in facts.problems if states_problem(p))
        return f"，而报告列出了存在的问题（第 {line} 行）", f", although the report lists problems (line {line})"
    if facts.misses:
        return "，而有指标未达到目标", ", although an indicator missed its target"
    if facts.lost:
        return "，而自评有失分", ", although points were lost"
    return "", ""
