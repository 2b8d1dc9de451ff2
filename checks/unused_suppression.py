"""S690: a suppression comment that suppresses nothing (opt-in).

Registered as a check so ``perflint rules`` lists it and ``--select`` turns it on; the findings
come from the suppression step (:mod:`perflint.suppress`), which alone knows what each directive
silenced. It is off unless selected (``opt_in``), like ruff's unused-noqa.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document


class UnusedSuppression(Check):
    """## What it does
    Reports a suppression comment (`<!-- perflint: disable=… -->`, `disable-line`,
    `disable-next-line`, YAML `# perflint: ignore[…]`) whose code suppressed no finding, or whose
    code names no installed check. Off unless selected: `--select S690`.

    ## Why is this bad?
    A suppression outlives the finding it was written for: once the figure is corrected, the
    comment stays and would silently hide the next real mistake on that line. A misspelt code
    suppresses nothing at all.

    ## Example
    ```text
    项目预算 120 万元，实际支出 118 万元。 <!-- perflint: disable-line=A101 -->
    ```
    Nothing on the line is an A101 finding; the comment can go.

    ## Use instead
    ```text
    项目预算 120 万元，实际支出 118 万元。
    ```
    """

    doc_zh = """## 它检查什么
    报告未压制任何问题的抑制注释（`<!-- perflint: disable=… -->`、`disable-line`、`disable-next-line`、YAML 中的 `# perflint: ignore[…]`），以及其中写了并不存在的规则代码的注释。默认关闭，需 `--select S690` 开启。

    ## 为什么要改
    抑制注释在它所针对的问题改正后仍然留着，会把这一行今后真正的错误悄悄压掉；代码写错的注释则根本不起作用。

    ## 示例
    {example}
    这一行没有 A101 问题，注释可以删除。

    ## 应改为
    {use_instead}
    """

    code = "S690"
    name = "unused-suppression"
    family = "structure"
    severity = Severity.warning
    opt_in: ClassVar[bool] = True
    reports_unused_suppressions: ClassVar[bool] = True
    title = {"zh": "抑制注释未压制任何问题", "en": "Suppression comment suppresses nothing"}
    messages = {
        "unused": {
            "zh": "抑制注释中的“{selector}”未压制任何问题，可删除",
            "en": "suppression of “{selector}” suppresses nothing; remove it",
        },
        "unknown": {
            "zh": "抑制注释中的“{selector}”不是已安装的规则代码、前缀或类别",
            "en": "“{selector}” in a suppression comment names no installed check, prefix or family",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        return iter(())  # findings come from perflint.suppress after every other check ran


CHECKS: list = [UnusedSuppression]
