"""T813: a 支出功能分类 class named by the name the 2019 科目 retired (医疗卫生与计划生育支出)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Location

from ._facts import joined, texts


class RetiredClassName(Check):
    """## What it does
    Finds a 支出功能分类 class named by the name the 2019 政府收支分类科目 retired, in a report on
    2020 or later: 医疗卫生与计划生育 (now 卫生健康支出), 文化体育与传媒 (now 文化旅游体育与传媒支出),
    国土海洋气象等 (now 自然资源海洋气象等支出), 资源勘探信息等 (now 资源勘探工业信息等支出). The names are the `retired_classes` of
    `perflint/data/terms.yaml`. A name given as the old one (原医疗卫生与计划生育支出) is left
    alone. One finding per name, listing its other places.

    ## Why is this bad?
    The class has another name in the year's 科目: the 名词解释 or the rows were copied from an
    old report and no longer match the year's tables.

    ## Example
    ```text
    某县农业农村局2022年度部门决算说明
    名词解释：医疗卫生与计划生育（类）行政事业单位医疗（款）行政单位医疗（项）：指机关缴纳的基本医疗保险费。
    ```

    ## Use instead
    ```text
    某县农业农村局2022年度部门决算说明
    名词解释：卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：指机关缴纳的基本医疗保险费。
    ```
    """

    doc_zh = """## 它检查什么
    在 2020 年及以后年度的报告中，查找仍用 2019 年政府收支分类科目已停用的名称称呼的支出功能分类“类”：医疗卫生与计划生育（现为卫生健康支出）、文化体育与传媒（现为文化旅游体育与传媒支出）、国土海洋气象等（现为自然资源海洋气象等支出）、资源勘探信息等（现为资源勘探工业信息等支出）。名称表见 `perflint/data/terms.yaml` 的 `retired_classes`。作为旧称提及的（“原医疗卫生与计划生育支出”）不报告。同一名称只报告一次，列出其他位置。

    ## 为什么要改
    该类在当年科目中已经改名：名词解释或表中科目是从旧报告抄来的，与当年的决算表对不上。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T813"
    name = "retired-class-name"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "使用已停用的功能分类科目名称", "en": "Retired class name"}
    messages = {
        "retired": {
            "zh": "“{old}”是 2019 年以前的支出功能分类科目名称，{year} 年度该类为“{new}”",
            "en": "\"{old}\" is the class's name before the 2019 classification; for {year} the class is \"{new}\"",
        },
        "also": {"zh": "同一旧科目名称", "en": "the same retired name"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.class_names import may_hold_retired, retired_class_names

        if not may_hold_retired(joined(doc, ctx).joined):
            return  # (almost every draft)
        found: dict[str, tuple[Location, str, int, list[Location]]] = {}
        for t in texts(doc):
            year = ctx.fiscal_year_of(t.part)
            if year is None:
                continue
            for r in retired_class_names(t.text.value, year):
                where = t.text.locate(r.start, r.end)
                if r.old in found:
                    found[r.old][3].append(where)
                else:
                    found[r.old] = (where, r.new, year, [])
        for old, (where, new, year, copies) in found.items():
            yield self.diagnostic("retired", where, old=old, new=new, year=year,
                                  related=[(loc, "also") for loc in copies])
