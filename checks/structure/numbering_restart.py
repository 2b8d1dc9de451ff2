"""S603: numbering falls back to 1 of a style that is still open, with no new parent."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.outline import describe
from perflint.model import Document
from perflint.text.numbering import marker_like

from ._outline import findings


class NumberingRestart(Check):
    """## What it does
    Reports an item numbered 1 (`（一）` `一、` `1、`) of a marker style that is still open,
    when nothing in between makes a new sequence legitimate:

    - *same level*: `（二）项目资金情况` is followed, under the same parent, by `（一）资金投入情况分析`,
      or a heading `（四）下一步改进措施` is followed by list items `（一）…（二）…`;
    - *inverted*: the item sits under a deeper-style item while an ancestor of its own style is
      still open (`十三、` › `（二）` › `一、…八、`, or `（三）` › `1、` › `（一）`).

    Quiet where a restart is normal: after a label line (`下一步改进措施：`), a short title line or
    a table, for markers inside a paragraph (and for a line `1.` after a list run inside one
    paragraph, `其中:1.…;2.…`: that sentence's list), when `1、` and `1.` mark two levels, and when the
    report's top-level numbering starts again (a nested report such as `五、评价报告综述`) or the
    text's first top-level items number from above 1 (an excerpt cut inside a contents list:
    `第四部分 名词解释` then the body's `第一部分`), but not
    right under a glossary's heading numbered in the same style (`五、对专业性较强的名词进行解释`
    then `一、财政拨款收入：…`: the glossary's entries are its children).

    ## Why is this bad?
    The reader can no longer tell the level of a heading: a child numbered like its parent reads
    as the parent's sibling, and the numbering of the rest of the section is off.

    ## Example
    ```text
    一、项目基本情况
    （一）项目概况
    本项目为农村公路养护。
    （二）下一步改进措施
    （一）加强监管，推进信息化建设。
    （二）加大违规行为处理力度。
    ```

    ## Use instead
    ```text
    一、项目基本情况
    （一）项目概况
    本项目为农村公路养护。
    （二）下一步改进措施
    1、加强监管，推进信息化建设。
    2、加大违规行为处理力度。
    ```
    """

    doc_zh = """## 它检查什么
    报告某编号体例仍在使用中、却又从 1 开始（“（一）”“一、”“1、”）、而中间没有任何使新序列成立的内容的项：
    - 同级：同一上级下，“（二）项目资金情况”之后出现“（一）资金投入情况分析”，或标题“（四）下一步改进措施”之下的列表项写成“（一）……（二）……”；
    - 倒置：该项位于更深一级体例的项之下，而与它同体例的上级仍未结束（“十三、” › “（二）” › “一、……八、”，或“（三）” › “1、” › “（一）”）。

    重新开始属于正常的情形不报告：标签行（“下一步改进措施：”）、短标题行或表格之后，段落内部的编号（一段之内“其中:1.……;2.……”的列表之后另起一行的“1.”也不报告：前者是那句话自己的列表），“1、”与“1.”分属两级，以及报告的顶级编号整体重新开始（如嵌套的“五、评价报告综述”）或文本开头的顶级编号不从 1 开始（摘录从目录中间截起：“第四部分 名词解释”之后是正文的“第一部分”）；但紧接在同样式编号的名词解释标题之下的（“五、对专业性较强的名词进行解释”后接“一、财政拨款收入：……”：各词条是它的下级）照样报告。

    ## 为什么要改
    读者无法再判断标题的层级：编号与上级相同的下级项读起来像上级的同级，本节其余部分的编号也随之错乱。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S603"
    name = "numbering-restart"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "编号在同级内重新开始", "en": "Numbering restarts without a new parent"}
    messages = {
        "direct": {
            "zh": "编号重新从“{marker}”开始，但上级未变：前一项为“{prev}”（第 {prev_line} 行），"
                  "同级应续为“{expected}”；若为下一级，请改用下一级编号",
            "en": "numbering restarts at “{marker}” under the same parent: the previous sibling is “{prev}” "
                  "(line {prev_line}); continue with “{expected}” or use the next level's markers",
        },
        "inverted": {
            "zh": "层级颠倒：“{marker}”与上级“{prev}”（第 {prev_line} 行）编号样式相同，"
                  "却编在“{parent}”（第 {parent_line} 行）之下",
            "en": "inverted levels: “{marker}” uses the style of the enclosing “{prev}” (line {prev_line}) "
                  "but sits under “{parent}” (line {parent_line})",
        },
        "previous": {"zh": "同样式的前一项", "en": "previous item of this style"},
        "parent": {"zh": "所在上级", "en": "enclosing item"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for f in findings(doc, ctx, "restart"):
            args = {"marker": f.item.marker, "prev": describe(f.previous), "prev_line": f.previous.line}
            if f.inverted and f.parent is not None:
                yield self.diagnostic(
                    "inverted", f.item.location,
                    related=[(f.parent.location, "parent"), (f.previous.location, "previous")],
                    parent=describe(f.parent), parent_line=f.parent.line, **args)
            else:
                expected = marker_like(f.previous.marker, f.previous.style, f.previous.value + 1)
                yield self.diagnostic("direct", f.item.location, related=[(f.previous.location, "previous")],
                                      expected=expected, **args)
