"""D209: a paragraph or an indicator copied between different units' reports (``--cross-document``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

if TYPE_CHECKING:
    from perflint.crossdoc import Passage

MAX_RELATED = 5


class CopiedAcrossReports(Check):
    """## What it does
    With `perflint check --cross-document` over many drafts (a reviewer's folder of every
    unit's submission), finds paragraphs written the same or nearly the same (rapidfuzz ratio
    ≥ 90 after removing spaces and punctuation) in two or more *different* files, and indicators
    whose name, target and actual are written identically in different files. Each copy is
    reported at its own place, with the other files' places as related locations. Passages
    every unit writes because the template prescribes them (计分原则, 名词解释 …, the list in
    `perflint/data/duplicates.yaml`), paragraphs shorter than 40 characters and indicators filled
    with a bare percentage are left out. Without `--cross-document` this rule finds nothing:
    each draft is checked on its own.

    ## Why is this bad?
    A results paragraph or an indicator row copied from another unit's report describes that
    unit's work; reviewers need to see where submissions were written from each other.

    ## Example
    ```text
    （甲县文化馆的报告）本年度共开展送戏下乡演出二十四场，覆盖全县十二个乡镇，观众累计八千六百人次，群众反映良好。
    （乙县文化馆的报告）本年度共开展送戏下乡演出二十四场，覆盖全县十二个乡镇，观众累计八千六百人次，群众反映良好。
    ```
    Two files, one paragraph: both places are reported, each pointing at the other.

    ## Use instead
    ```text
    （乙县文化馆的报告）本年度共开展送戏下乡演出十八场，覆盖全县九个乡镇，观众累计五千二百人次。
    ```
    Each unit reports its own outputs with its own figures.
    """

    doc_zh = """## 它检查什么
    用 `perflint check --cross-document` 检查多份报告（如审核部门收到的各单位报送材料）时，找出在两份及以上*不同*文件中相同或几乎相同的段落（去掉空格和标点后 rapidfuzz 相似度 ≥ 90），以及三级指标名称、目标值、实际值完全相同的指标行。每处复制在其所在位置报告，其他文件中的位置作为相关位置。模板规定各单位都要写的段落（计分原则、名词解释等，清单见 `perflint/data/duplicates.yaml`）、不足 40 字的段落、只填百分比的指标不报告。不加 `--cross-document` 时本规则不产生结果：每份报告单独检查。

    ## 为什么要改
    从其他单位报告复制来的成效段落或指标行，描述的是别的单位的工作；审核人员需要看到哪些报送材料是相互抄写的。

    ## 示例
    {example}
    两个文件、同一段落：两处都会报告，并互相指向对方。

    ## 应改为
    {use_instead}
    各单位写自己的产出和数据。
    """

    code = "D209"
    name = "copied-across-reports"
    family = "duplicates"
    severity = Severity.info
    title = {"zh": "不同报告之间复制的段落或指标", "en": "Paragraph or indicator copied between reports"}
    messages = {
        "paragraph": {
            "zh": "本段与另外 {count} 份报告中的段落相同或几乎相同（如 {other} 第 {line} 行）",
            "en": "this paragraph is (nearly) the same as one in {count} other report(s) (e.g. {other} line {line})",
        },
        "indicator": {
            "zh": "指标“{name}”的目标值和实际值与另外 {count} 份报告完全相同（如 {other} 第 {line} 行）",
            "en": "indicator '{name}' has the same target and actual as in {count} other report(s) (e.g. {other} line {line})",
        },
        "see": {"zh": "另一份报告中的同一内容", "en": "the same text in another report"},
    }
    corpus = True

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        return iter(())  # a rule across documents: see run_corpus

    def run_corpus(self, passages: Iterable[Passage]) -> Iterator[Diagnostic]:
        """One finding at every passage of every cluster, related to the other files' passages."""
        from perflint.crossdoc import clusters  # only with --cross-document: a plain run never loads it

        for group in clusters(passages):
            for p in group:
                others = [o for o in group if o.path != p.path]
                count = len({o.path for o in others})
                first = others[0]
                related = [(o.location, "see") for o in others[:MAX_RELATED]]
                args = {"count": count, "other": first.path, "line": first.line}
                if p.kind == "indicator":
                    args["name"] = p.text.split("：", 1)[0]
                yield self.diagnostic(p.kind, p.location, related=related, **args)
