"""C715: a 自评表 group weight (产出指标(70分)) other than the one its own note fixes (产出指标50分)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.level_weights import stated_level_weights, table_level_weights
from perflint.model import Document

from ._texts import text_index


class LevelWeightsAgainstNote(Check):
    """## What it does
    Reads the note some templates print under the 自评表 to fix the weights of the indicator
    groups (`一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分…`) and compares it
    with the weights the table writes in its group labels (`产出指标(70分)`). A note that allows
    other weights (`如有特殊情况…可做适当调整`) is left alone, as are parts whose notes disagree.

    ## Why is this bad?
    The note is the scoring rule the form is filled under: a group given other weights than it
    fixes scores the project on another scale, and usually the weights no longer make 100 with
    the budget-execution weight.

    ## Example
    ```text
    某县水务局2023年衔接资金项目绩效自评表
    一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分
    产出指标(60分) 数量指标 新建蓄水池 60 ≥12座 12座 60
    效益指标(30分) 社会效益指标 受益人口数 30 ≥800人 820人 30
    注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。
    ```

    ## Use instead
    ```text
    某县水务局2023年衔接资金项目绩效自评表
    一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分
    产出指标(50分) 数量指标 新建蓄水池 50 ≥12座 12座 50
    效益指标(30分) 社会效益指标 受益人口数 30 ≥800人 820人 30
    注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。
    ```
    """

    doc_zh = """## 它检查什么
    读取部分模板印在自评表下方、规定一级指标分值的表注（“一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分……”），与表中一级指标标签所写的分值（“产出指标(70分)”）比较。表注允许调整分值的（“如有特殊情况……可做适当调整”），或同一部分中几处表注互不一致的，不报告。

    ## 为什么要改
    表注就是填表所依据的计分规则：一级指标的分值与表注不同，项目就是按另一套标准打分的，而且通常与预算执行分值加起来也不再是 100。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C715"
    name = "level-weights-against-note"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "一级指标分值与表注规定不符", "en": "Group weight differs from the form's note"}
    messages = {
        "differs": {
            "zh": "表中“{level}”分值为 {table} 分，而表注规定为 {note} 分（第 {line} 行）",
            "en": "the table gives “{level}” {table} points, but the form's note fixes {note} (line {line})",
        },
        "note": {"zh": "表注", "en": "the note"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        index = text_index(doc)
        texts, values = index.texts, index.values
        # A part without a note has nothing to compare: the notes are looked for first, in the
        # texts that hold 一级指标 (stated_level_weights' own first test, asked here of the texts
        # the document's joined texts find it in instead of a call per text), and only their
        # parts are gathered.
        noted = {id(texts[i].part) for i in index.holding("一级指标") if stated_level_weights(values[i])}
        if not noted:
            return
        by_part: dict[int, list] = {}
        for t in texts:
            if id(t.part) in noted:
                by_part.setdefault(id(t.part), []).append(t)
        for in_part in by_part.values():
            yield from self._part(in_part)

    def _part(self, texts: list) -> Iterator[Diagnostic]:
        notes = [(t, n) for t in texts for n in stated_level_weights(t.text.value)]
        if not notes or any(n.adjustable for _, n in notes) or len({tuple(sorted(n.weights.items()))
                                                                  for _, n in notes}) != 1:
            return
        note_text, note = notes[0]
        note_at = note_text.text.locate(note.start, note.end)
        reported: set[str] = set()
        for t in texts:
            for label in table_level_weights(t.text.value):
                fixed = note.weights.get(label.level)
                if fixed is None or fixed == label.weight or label.level in reported:
                    continue
                reported.add(label.level)
                yield self.diagnostic(
                    "differs", t.text.locate(label.start, label.end), related=[(note_at, "note")],
                    level=label.level, table=_shown(label.weight), note=_shown(fixed), line=note_at.line,
                )


def _shown(value) -> str:
    return format(value.normalize(), "f")
