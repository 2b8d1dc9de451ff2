"""C739: a unit said to have no subordinate units that, in the same part, counts or lists them."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.model import Document

from ._texts import text_index

# the words every denial opens with (subordinate_units.denied in consistency.yaml): a screen
_DENIALS = ("无下", "无所属", "无二级", "无其他", "没有", "不存在", "未设")


class SubordinatesDeniedThenListed(Check):
    """## What it does
    Reads a report that says the unit has no subordinate units (`本部门无下属单位`, `没有二级预算
    单位`) and, in the same part, states some: an announced count whose noun names them (`下属二级
    单位2个，分别是…`), a count inside a sentence (`由本级及所属3个事业单位组成`), or the list of the
    units its 决算 covers holding two or more (`纳入部门决算编制范围的单位包括：机关、A中心、B站`: the
    unit itself is one of them), or that calls its accounts consolidated (`本级决算为汇总决算`: a 汇总
    is of several units' accounts). Each denial is reported once, beside the first statement.

    ## Why is this bad?
    Whether the figures are the unit's own or a department's with its subordinate units decides
    what every table covers (人数, 收支, 三公). A denial beside a list is usually the template's
    sentence or last year's, left when units were merged in or split off.

    ## Example
    ```text
    示范县农业农村局2023年度部门决算说明
    本部门为一级预算单位，无下属单位。
    纳入本部门2023年度部门决算编制范围的单位包括：示范县农业农村局机关、示范县农业技术推广中心、示范县动物疫病预防控制中心。
    ```

    ## Use instead
    ```text
    示范县农业农村局2023年度部门决算说明
    本部门为一级预算单位，下属二级预算单位2个。
    纳入本部门2023年度部门决算编制范围的单位包括：示范县农业农村局机关、示范县农业技术推广中心、示范县动物疫病预防控制中心。
    ```
    """

    doc_zh = """## 它检查什么
    读取称本单位没有下属单位（“本部门无下属单位”“没有二级预算单位”）、而同一部分又写出下属单位的报告：说明下属单位个数并列举的（“下属二级单位2个，分别是……”），句中写出其个数的（“由本级及所属3个事业单位组成”），所列纳入决算编制范围的单位有两个及以上的（“纳入部门决算编制范围的单位包括：机关、A中心、B站”，本单位自身是其中之一），或称其决算为汇总决算的（“本级决算为汇总决算”：汇总的是几个单位的决算）。每处否认只报告一次，并指出第一处相反的说法。

    ## 为什么要改
    数字是本单位自身的，还是部门连同下属单位汇总的，决定了每张表（人数、收支、“三公”）的口径。否认有下属单位的句子与所列单位并存，通常是模板原句或上年的句子，单位合并或分设后没有修改。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C739"
    name = "subordinates-denied-then-listed"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "称无下属单位却又列出下属单位", "en": "No subordinate units said, then some listed"}
    messages = {
        "denied_listed": {
            "zh": "称“{denied}”，而第 {line} 行写出 {count} 个单位（“{stated}”）",
            "en": "says '{denied}', but line {line} states {count} units ('{stated}')",
        },
        "denied_consolidated": {
            "zh": "称“{denied}”，而第 {line} 行称“{stated}”：没有下属单位的单位只编本级决算，无可汇总",
            "en": "says '{denied}', but line {line} says '{stated}': a unit with no units under it files its "
                  "own accounts, with nothing to consolidate",
        },
        "stated": {"zh": "所列单位", "en": "the units stated"},
        "consolidated": {"zh": "称汇总决算", "en": "the accounts called consolidated"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not text_index(doc).holding_any(*_DENIALS):
            return  # no text denies subordinate units: most drafts
        from perflint.extract.subordinate_units import subordinate_units  # rare: few parts deny them

        for part in doc.parts:
            denied, stated = subordinate_units(source for _block, source in part_prose(doc, part))
            if not denied or not stated:
                continue
            first = stated[0]
            where = first.source.locate(first.start, first.end)
            shown = first.words if len(first.words) <= 40 else first.words[:38] + "……"
            key = "denied_listed" if first.count else "denied_consolidated"
            for d in denied:
                yield self.diagnostic(
                    key, d.source.locate(d.start, d.end),
                    related=[(where, "stated" if first.count else "consolidated")],
                    denied=d.words, line=where.line, count=first.count, stated=shown)
