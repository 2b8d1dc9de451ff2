"""C729: the number of indicators the narrative says the 自评表 sets is not the number it lists."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import runs_to_the_end
from perflint.extract.part_index import by_part
from perflint.extract.quantities import part_prose
from perflint.model import Document, SelfEvaluation, Table
from perflint.text.normalise import compact

from ._forms import forms, scores_anything


class IndicatorCountMismatch(Check):
    """## What it does
    Reads the sentence of a report that counts the indicators its 自评表 sets (`共设置三级指标9个`,
    `其中一级指标3个，二级指标9个，三级指标12个`, `设置了九个三级指标`; indicators named by no
    level, `共设置绩效指标6个`, are its rows unless the sentence goes on by level) and counts them on the
    report's one 自评表: a 三级指标 is a row of it, an 一级 or 二级 指标 a heading its rows stand
    under (counted only when every row names its headings). A sentence that speaks of indicators
    changed, added or removed, of another year, or of those completed or scored (`8个三级指标全部
    完成`) is left alone, and so is a part with several forms or a form cut off by the excerpt's end.

    ## Why is this bad?
    The narrative describes the form it presents. A count that is not the form's means an
    indicator was added or dropped in one place only, or the sentence was copied from another
    project's report; the reader cannot tell which set of indicators was scored.

    ## Example
    ```text
    某县档案馆2023年度档案修复项目支出绩效自评报告
    一、自评结论
    本项目共设置三级指标3个，自评得分100分。
    二、项目支出绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 修复破损档案 | ≥2000页 | 2150页 | 50 | 50 |
    | 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95% | 50 | 50 |
    | 总分 | | | | | 100 | 100 |
    ```
    The narrative counts three 三级指标; the form lists two.

    ## Use instead
    ```text
    某县档案馆2023年度档案修复项目支出绩效自评报告
    一、自评结论
    本项目共设置三级指标2个，自评得分100分。
    二、项目支出绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 修复破损档案 | ≥2000页 | 2150页 | 50 | 50 |
    | 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95% | 50 | 50 |
    | 总分 | | | | | 100 | 100 |
    ```
    """

    doc_zh = """## 它检查什么
    读取报告中说明自评表设置了多少个指标的句子（“共设置三级指标9个”“其中一级指标3个，二级指标9个，三级指标12个”“设置了九个三级指标”；不分级别的“共设置绩效指标6个”指表中各行，除非句中接着按级别列出），并在报告唯一的自评表上清点：三级指标是表中的一行，一级、二级指标是各行所属的标题（只有每一行都写明所属标题时才清点）。讲指标调整、新增、删除、其他年度，或讲完成、得分情况的句子（“8个三级指标全部完成”）不检查；一个部分有多张自评表，或自评表被摘录截断的，也不检查。

    ## 为什么要改
    正文介绍的就是所附的自评表。个数与表不符，说明只在一处增删了指标，或这句话是从其他项目的报告抄来的；读者无法判断打分用的是哪一套指标。

    ## 示例
    {example}
    正文称三级指标 3 个，表中只列了 2 个。

    ## 应改为
    {use_instead}
    """

    code = "C729"
    name = "indicator-count-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "正文所述指标个数与自评表不符", "en": "Indicator count differs from the form"}
    messages = {
        "differs": {
            "zh": "称{level}指标 {stated} 个，而自评表列有 {listed} 个（第 {first}–{last} 行）",
            "en": "states {stated} {level_en} indicators, but the form lists {listed} (lines {first}–{last})",
        },
        "see": {"zh": "自评表的指标", "en": "the form's indicators"},
    }
    _LEVEL = {1: ("一级", "first-level"), 2: ("二级", "second-level"), 3: ("三级", "third-level")}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        forms_by_part = by_part(forms(doc, ctx))
        for part in doc.parts:
            # a table of money alone beside the form (its spending breakdown) is no second form
            in_part = [se for se in forms_by_part.get(id(part), []) if scores_anything(se)]
            if len(in_part) != 1 or not in_part[0].indicators:
                continue
            from perflint.extract.indicator_counts import indicator_counts  # rare: only beside a form

            se = in_part[0]
            listed = {level: _listed(se, level) for level in (1, 2, 3)}
            first, last = se.indicators[0].row.line, se.indicators[-1].row.line
            end = se.indicators[-1].row.non_empty
            cut = bool(end) and runs_to_the_end(doc, end[-1].text.locate())  # the excerpt may cut the form
            see = [(c.text.locate(), "see") for c in (se.indicators[0].name_cell,) if c is not None]
            for block, source in part_prose(doc, part):
                if isinstance(block, Table):
                    continue
                for c in indicator_counts(source.value):
                    n = listed[c.level]
                    if n is None or n == c.count or (cut and c.count > n):
                        continue
                    zh, en = self._LEVEL[c.level]
                    yield self.diagnostic(
                        "differs", source.locate(c.start, c.end),
                        related=see,
                        level=zh, level_en=en, stated=c.count, listed=n, first=first, last=last,
                    )


def _listed(se: SelfEvaluation, level: int) -> int | None:
    """How many indicators of ``level`` the form lists: its rows (三级), or the headings they
    stand under when every row names them (None when one does not: a merged cell left blank)."""
    if level == 3:
        return len(se.indicators)
    keys = [(compact(i.level1),) if level == 1 else (compact(i.level1), compact(i.level2)) for i in se.indicators]
    if any(not all(k) for k in keys):
        return None
    return len(set(keys))
