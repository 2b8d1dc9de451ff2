"""A129: 人员经费 does not equal 工资福利支出 + 对个人和家庭的补助 of the same 基本支出."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.expense_splits import BasicSplit, basic_splits
from perflint.model import Document, Paragraph
from perflint.text.numbers import fmt

from ._compare import check_sum, decimals_of, number


class PersonnelCostMismatch(Check):
    """## What it does
    Reads the two ways a 决算说明 or 预算说明 splits 基本支出: by economic class (工资福利支出,
    商品和服务支出, 对个人和家庭的补助, 资本性支出 …) and into 人员经费 and 公用经费. Where both
    are stated for the same 基本支出 (the same figure), 人员经费 must equal 工资福利支出 +
    对个人和家庭的补助: that is what 人员经费 means in the 基本支出 tables (the 301 and 303
    groups). The economic split counts only where its classes add up to the 基本支出 it follows.

    ## Why is this bad?
    A 人员经费 figure that is not the sum of the classes it is made of was taken from another
    table or year, or counts 公用经费 items (委托业务费, 办公费) as 人员经费; the 公用经费 beside
    it is then wrong by as much.

    ## Example
    ```text
    基本支出 247.63 万元，其中：工资福利支出 201.69 万元，商品和服务支出 44.54 万元，对个人和家庭的补助 1.40 万元。
    基本支出 247.63 万元，其中：人员经费 212.83 万元，公用经费 34.80 万元。
    ```
    201.69 + 1.40 = 203.09, not 212.83.

    ## Use instead
    ```text
    基本支出 247.63 万元，其中：工资福利支出 201.69 万元，商品和服务支出 44.54 万元，对个人和家庭的补助 1.40 万元。
    基本支出 247.63 万元，其中：人员经费 203.09 万元，公用经费 44.54 万元。
    ```
    """

    doc_zh = """## 它检查什么
    读取决算说明或预算说明对基本支出的两种划分：按经济分类（工资福利支出、商品和服务支出、对个人和家庭的补助、资本性支出等）和按人员经费、公用经费。同一笔基本支出（数额相同）两种划分都写明时，人员经费应等于工资福利支出 + 对个人和家庭的补助——这正是基本支出表中人员经费的含义（301、303 类）。只有各经济分类之和等于其前面的基本支出时，才把它当作该基本支出的划分。

    ## 为什么要改
    人员经费不等于构成它的各类支出之和，说明该数取自别的表或别的年度，或把委托业务费、办公费等公用经费项目算进了人员经费；旁边的公用经费也随之错了同样的数。

    ## 示例
    {example}
    201.69 + 1.40 = 203.09，不是 212.83。

    ## 应改为
    {use_instead}
    """

    code = "A129"
    name = "personnel-cost-mismatch"
    family = "arithmetic"
    severity = Severity.warning
    title = {"zh": "人员经费与经济分类不符", "en": "人员经费 does not match the economic classes"}
    messages = {
        "mismatch": {
            "zh": "人员经费 {stated} ≠ {expr} = {computed}（同一基本支出 {whole} 按经济分类的构成，见第 {lines} 行）",
            "en": "人员经费 {stated} ≠ {expr} = {computed} (the economic classes of the same 基本支出 {whole}, "
                  "line {lines})",
        },
        "part": {"zh": "经济分类", "en": "economic class"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            paras = [b for b in part.blocks if isinstance(b, Paragraph)]
            splits = basic_splits([p.text.value for p in paras])
            by_class = [s for s in splits if _classes_make_whole(s)]
            if not by_class:
                continue
            for split in splits:
                if split.personnel is None or not _personnel_part_of_whole(split):
                    continue
                other = next((s for s in by_class if s.whole.quantity.base_value == split.whole.quantity.base_value), None)
                if other is not None:
                    diag = self._check(paras, split, other)
                    if diag:
                        yield diag

    def _check(self, paras: list[Paragraph], split: BasicSplit, other: BasicSplit) -> Diagnostic | None:
        stated = split.personnel
        assert stated is not None
        parts = [n.quantity for n in other.personnel_classes]
        outcome = check_sum(stated.quantity, parts)
        if outcome is None or outcome.severity is not Severity.error:
            return None  # equal, or a last-digit difference the two texts' rounding explains
        decimals = decimals_of([stated.quantity, *parts])
        locs = [paras[n.index].text.locate(n.quantity.start, n.quantity.end) for n in other.personnel_classes]
        return self.diagnostic(
            "mismatch", paras[stated.index].text.locate(stated.quantity.start, stated.quantity.end),
            related=[(loc, "part") for loc in locs],
            stated=number(stated.quantity) + (stated.quantity.unit or ""),
            expr=" + ".join(f"{n.name} {number(n.quantity)}" for n in other.personnel_classes),
            computed=fmt(outcome.computed, decimals) + (stated.quantity.unit or ""),
            whole=number(other.whole.quantity) + (other.whole.quantity.unit or ""),
            lines="、".join(sorted({str(loc.line) for loc in locs}, key=int)),
        )


def _classes_make_whole(split: BasicSplit) -> bool:
    """An economic split of this 基本支出: 工资福利支出 among its classes, and they add up to it."""
    if not any(n.name == "工资福利支出" for n in split.personnel_classes) or len(split.classes) < 2:
        return False
    outcome = check_sum(split.whole.quantity, [n.quantity for n in split.classes])
    return outcome is None or outcome.severity is Severity.rounding


def _personnel_part_of_whole(split: BasicSplit) -> bool:
    """人员经费 is a part of this 基本支出: no larger than it, and with 公用经费 adding up to it."""
    assert split.personnel is not None
    if split.personnel.quantity.base_value > split.whole.quantity.base_value:
        return False
    if split.public is None:
        return True
    outcome = check_sum(split.whole.quantity, [split.personnel.quantity, split.public.quantity])
    return outcome is None or outcome.severity is Severity.rounding


__all__ = ["PersonnelCostMismatch"]
