"""S609: a （一） heading right before the first 一、 of its part (a sub-heading above its parent)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document


class SubheadingBeforeParent(Check):
    """## What it does
    Finds a heading numbered 1 of a sub-level (`（一）`, `（1）`) that stands right before the first
    heading of the level above it (`一、`, `1.`), with nothing between them, in a part whose
    upper level goes on (`二、` follows) or where the two carry one title: `（一）主要职责` then
    `一、部门主要职责`. A sub-level
    heading that follows its parent, or a part numbered with `（一）（二）` alone, is not reported.

    ## Why is this bad?
    Official documents nest 一、 → （一） → 1. → （1）. A （一） above the first 一、 belongs to no
    parent: the same heading was written twice at two levels, or left from another outline, and
    the reader cannot tell where the section begins.

    ## Example
    ```text
    第一部分 部门概况
    （一）主要职能
    一、部门主要职能
    负责全县群众文化活动的组织和辅导。
    二、部门决算单位构成
    ```

    ## Use instead
    ```text
    第一部分 部门概况
    一、部门主要职能
    负责全县群众文化活动的组织和辅导。
    二、部门决算单位构成
    ```
    """

    doc_zh = """## 它检查什么
    查找编号为 1 的下级标题（“（一）”“（1）”）紧接在上一级的第一个标题（“一、”“1.”）之前、两者之间没有其他内容、且上一级继续编号（其后有“二、”）或两者标题相同的情况：“（一）主要职责”之后紧跟“一、部门主要职责”。下级标题位于其上级之后的，或某一部分只用“（一）（二）”编号的，不报告。

    ## 为什么要改
    公文层次依次为一、→（一）→ 1. →（1）。在第一个“一、”之上的“（一）”没有上级：同一标题按两个层级写了两遍，或是从别的提纲中留下的，读者分不清这一节从哪里开始。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S609"
    name = "subheading-before-parent"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "下级标题出现在其上级标题之前", "en": "A sub-heading stands before its parent heading"}
    messages = {
        "above": {
            "zh": "“{heading}”紧接在“{parent}”之前：下级标题出现在上一级的第一个标题之前（层级颠倒或重复）",
            "en": "“{heading}” stands right before “{parent}”: a sub-heading above the first heading of its parent level",
        },
        "parent": {"zh": "上一级的第一个标题", "en": "the first heading of the parent level"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.heading_order import orphan_subheadings  # rare: read on use

        for o in orphan_subheadings(doc):
            yield self.diagnostic("above", o.heading.text.locate(), related=[(o.parent.text.locate(), "parent")],
                                  heading=o.heading.text.value.strip()[:30], parent=o.parent.text.value.strip()[:30])
