"""A131: a computation written out in the text whose result is not what it computes."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.text_index import text_index
from perflint.model import Document
from perflint.text.equations import Equation, equations
from perflint.text.numbers import fmt

HUNDRED = Decimal(100)


class WrittenComputationMismatch(Check):
    """## What it does
    Redoes the computations a report writes out — an expression of figures and operators
    (`+ - × ÷ /`, brackets, `%` on a figure), `=`, and the result: `(63.46-32)÷32=98.31%`,
    `1232.57÷1286.40×100%=95.82%`, `得分=10×95.82%=9.58分` — in paragraphs and table cells
    alike, and reports a result that is not what the expression right before it computes, at the
    precision the result is written with (in a chain, `…=95.82%×10=9.58`, the steps before are
    not compared with the last result). A result with % may be the fraction (`÷32=98.31%`) or the fraction
    already multiplied by 100 (`×100=95.82%`). Sides holding words (`=(在职人员数/编制数)×100%`)
    are definitions and are not read, nor is a side with money in two units. A difference in the
    last digit shown is reported as rounding.

    ## Why is this bad?
    The author shows the computation to justify a rate or a score; when the shown result does not
    follow from it, either a figure of the expression or the result was mistyped, and the rate or
    score the report relies on is wrong.

    ## Example
    ```text
    本单位“三公”经费变动率=(3.12-3.45)÷3.45=-8.57%。
    ```
    (3.12 − 3.45) ÷ 3.45 = −9.57%.

    ## Use instead
    ```text
    本单位“三公”经费变动率=(3.12-3.45)÷3.45=-9.57%。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    重新计算报告中写出的算式——由数字和运算符（“+ - × ÷ /”、括号、数字后的“%”）组成的式子、“=”和结果：“(63.46-32)÷32=98.31%”“1232.57÷1286.40×100%=95.82%”“得分=10×95.82%=9.58分”，段落和表格单元格中的都核对；结果按其写出的精度不等于紧挨其前的式子算出的值时报告（连等式“…=95.82%×10=9.58”中，前面的中间步骤不与最后的结果比较）。带“%”的结果可以是比值本身（“÷32=98.31%”），也可以是已乘以 100 的比值（“×100=95.82%”）。含有文字的一侧（“=(在职人员数/编制数)×100%”）是定义而非计算，不读取；一侧中金额用了两种单位的也不读取。仅末位数字不同的，按尾数差异报告。

    ## 为什么要改
    作者写出算式是为了说明比率或得分的来历；写出的结果与算式算不到一起，说明式中某个数或结果写错了，报告所依据的比率或得分也就错了。

    ## 示例
    {example}
    (3.12 − 3.45) ÷ 3.45 = −9.57%。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A131"
    name = "written-computation-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "写出的算式结果不对", "en": "Written computation does not compute"}
    messages = {
        "mismatch": {
            "zh": "算式 {expr} = {computed}，不是 {stated}",
            "en": "the computation {expr} = {computed}, not {stated}",
        },
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        index = text_index(doc)  # most texts write no computation: those holding = found in C
        texts, values = index.texts, index.values
        for i in index.holding_any("=", "＝"):
            text = texts[i]
            for eq in equations(values[i]):
                diag = self._compare(text.text, eq)
                if diag is not None:
                    yield diag

    def _compare(self, source, eq: Equation) -> Diagnostic | None:
        unit = Decimal(1).scaleb(-eq.decimals)
        computed = eq.value
        candidates = [computed * HUNDRED, computed] if eq.percent else [computed]
        best = min(candidates, key=lambda c: abs(c - eq.result))
        gap = abs(best - eq.result)
        if gap <= unit / 2:
            return None
        severity = Severity.rounding if gap <= unit * Decimal("1.5") else None
        if severity is Severity.rounding and not self.options.get("rounding", True):
            return None
        shown = fmt(best, max(eq.decimals, 2)) + ("%" if eq.percent else "")
        return self.diagnostic("mismatch", source.locate(eq.start, eq.end), severity=severity,
                               expr=eq.expression, computed=shown, stated=eq.text)
