"""C721: a figure above zero said in its own sentence not to have been budgeted."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.extract.unbudgeted_claims import unbudgeted_claims
from perflint.model import Document, Part
from perflint.text.numbers import normalise


class UnbudgetedClaim(Check):
    """## What it does
    Finds a sentence about a budget that gives an item a figure above zero and then says of the
    same item, with words pointing back at it, that it was not budgeted (`公务用车运行费 8.1 万元，
    本年预算与上年持平，持平原因是该项经费本年未安排`). Only claims that name the figure they follow
    (该项 / 此项 / 本项 … 未安排, `perflint/data/consistency.yaml`) are read.
    It also finds a 决算说明 section that says a whole category is absent (`本部门无政府性基金预算
    财政拨款收入…以空表列示`, `本年度无机关运行经费支出`) while the same report states that category
    (with the same 收入 or 支出) at an amount above zero; the category's budget, last year's
    figure or a balance carried over are not read as its amount. And it finds a 公开 table noted
    as empty (`注：本单位无政府性基金预算财政拨款收入…，故本表为空表`, `本表无数据`; the note's
    words are `empty_table_note` in `perflint/data/consistency.yaml`) that holds a figure above
    zero: the note's table is the one right above it, with no title or heading between them.

    ## Why is this bad?
    The sentence denies its own figure (a section saying "none" is usually last year's text kept
    against this year's figures). Such a reason is written for an item of 0 (公务用车购置费
    when no car is bought) and copied to its neighbour that has money; the real reason for the
    neighbour's figure is missing.

    ## Example
    ```text
    其中：公务用车运行维护费 6.50 万元，本年预算与上年持平，持平原因是该项经费本年未安排。
    ```

    ## Use instead
    ```text
    其中：公务用车运行维护费 6.50 万元，本年预算与上年持平，主要用于 2 辆公务用车的燃料、维修和保险。
    ```
    Give the figure's own reason, or correct the figure if nothing was budgeted.
    """

    doc_zh = """## 它检查什么
    查找讲预算的句子中，先给某一项写了大于零的金额，随后又用指代它的词说该项没有安排（“公务用车运行费 8.1 万元，本年预算与上年持平，持平原因是该项经费本年未安排”）。只读取指明前述金额的说法（“该项”“此项”“本项”……“未安排”，见 `perflint/data/consistency.yaml`）。也查找决算说明中称某类收支整体没有（“本部门无政府性基金预算财政拨款收入……以空表列示”“本年度无机关运行经费支出”），而同一报告却写明该类收入或支出大于零的金额；该类的预算数、上年数和结转结余不视为其金额。还查找注明为空表（“注：本单位无政府性基金预算财政拨款收入……，故本表为空表”“本表无数据”，说法见 `perflint/data/consistency.yaml` 的 `empty_table_note`）却有大于零金额的公开表：注释所指的表是紧挨在它上方、中间没有表题或标题的那张表。

    ## 为什么要改
    句子否定了它自己的数字；称“无”的说明多是沿用上年文本，与本年数字矛盾。这类原因是为金额为 0 的项目（不购车时的公务用车购置费）写的，被抄到了有金额的相邻项目上；该项目金额的真正原因反而没有写。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    写出该项金额自己的原因；确实没有安排的，改正金额。
    """

    code = "C721"
    name = "unbudgeted-claim"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "有金额却称该项未安排", "en": "A figure said not to be budgeted"}
    messages = {
        "denied": {
            "zh": "前文该项为 {amount}，此处却称“{words}”：原因应是从金额为 0 的项目抄来的",
            "en": "the item is {amount} just before, yet it says “{words}” (not budgeted): the reason was "
                  "probably copied from an item of 0",
        },
        "absent": {
            "zh": "此处称“{words}”，但本报告写明{category}金额 {amount}（第 {line} 行）：说明应是沿用上年的，或金额有误",
            "en": "it says “{words}” (none), yet the report states {category} at {amount} (line {line}): the "
                  "sentence was probably kept from last year, or the figure is wrong",
        },
        "amount": {"zh": "该项金额", "en": "the item's figure"},
        "empty_table": {
            "zh": "表下注明“{words}”，但表中有非零金额 {amount}：注释应是沿用上年的，或金额有误",
            "en": "the note under the table says “{words}” (empty), yet the table holds {amount}: the note was "
                  "probably kept from last year, or the figure is wrong",
        },
        "empty_table_many": {
            "zh": "表下注明“{words}”，但表中有 {count} 个非零金额（首个为 {amount}）：注释应是沿用上年的，或金额有误",
            "en": "the note under the table says “{words}” (empty), yet the table holds {count} figures above zero (the "
                  "first {amount}): the note was probably kept from last year, or the figures are wrong",
        },
        "note": {"zh": "空表说明", "en": "the note"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for claim in unbudgeted_claims(source.value):
                    q = claim.amount
                    yield self.diagnostic(
                        "denied", source.locate(claim.start, claim.end),
                        related=[(source.locate(q.start, q.end), "amount")],
                        amount=q.text.replace(" ", ""), words=claim.words)
            yield from self._absent(doc, part)
            if part.kind == "final_accounts":
                yield from self._empty_tables(part)

    def _absent(self, doc: Document, part: Part) -> Iterator[Diagnostic]:
        from perflint.extract.none_claims import denied_amounts  # rare: loaded when a part is linted

        prose = list(part_prose(doc, part))
        for hit in denied_amounts([source.value for _block, source in prose]):
            claim_source, amount_source = prose[hit.claim.index][1], prose[hit.index][1]
            where = amount_source.locate(hit.amount.start, hit.amount.end)
            words = normalise(claim_source.value)[hit.claim.start:hit.claim.end]
            yield self.diagnostic(
                "absent", claim_source.locate(hit.claim.start, hit.claim.end), related=[(where, "amount")],
                words=words, category=hit.claim.written, amount=hit.amount.text.replace(" ", ""),
                line=where.line)

    def _empty_tables(self, part: Part) -> Iterator[Diagnostic]:
        from perflint.extract.empty_tables import empty_table_figures  # rare: a 决算 part only

        for hit in empty_table_figures(part):
            note = hit.note.text
            yield self.diagnostic(
                "empty_table_many" if hit.count > 1 else "empty_table", hit.figure.cell.text.locate(),
                related=[(note.locate(hit.start, hit.end), "note")],
                words=note.value[hit.start:hit.end], amount=hit.figure.cell.value.strip(), count=hit.count)
