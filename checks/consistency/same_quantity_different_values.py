"""C702: one labelled amount stated with two different values in one report."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.amounts import (
    AmountFact,
    comparable_groups,
    document_amounts_by_part,
    same_value,
    scale_slip,
    transposed_pairs,
)
from perflint.extract.edges import is_excerpt
from perflint.extract.part_index import by_part
from perflint.extract.quantities import part_prose
from perflint.extract.twice_listed import twice_listed_pairs
from perflint.model import Document, Part
from perflint.text.numbers import money_mark
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import statements

from ._forms import forms


class SameQuantityDifferentValues(Check):
    """## What it does
    Collects the labelled amounts of each report's prose (`各项财政补助资金共计 1820 万元`) and
    finds a quantity stated several times with one value and once with another. Names are
    matched exactly, after leaving out the unit's place name and words such as 各项 / 各级 / 共
    and a 决算 after the head (`公务接待费支出决算为` states the 支出), a form line's older name read
    as its newer one (公务用车购置及运行费 as 公务用车购置及运行维护费); a short bracket of words inside a
    name is part of it, in either width (`因公出国（境）费支出` is `因公出国(境)费支出`, never a bare
    `费支出`), and a bracket of figures between a name and its figure is an aside
    (`…运行维护费支出（其中：购置费 0 万元…）15.00 万元` states the 运行维护费支出);
    amounts of another year (`上年`, `2021 年`), parts of another total (after `其中`, or a measure
    narrowed right after the figure it narrows: `住院…总费用 506.20 万元，政策范围内总费用 471.35 万元`
    is no value of the 门诊 政策范围内总费用) and budget
    figures (checked by C705) are left out. In a report on several projects, generic names
    (项目资金, 工作经费) are left out too. Two statements with two values stay quiet: which one
    is right is not known (a sentence written twice, doubled in place or in a repeated paragraph,
    is one statement), unless the two are one sentence worded alike to the letter but for the
    figure (the 自评结论's funding sentence restated under 佐证材料, one copy edited): a warning,
    for one sentence speaks of one quantity; a bare line of a name and a figure is not read so. In an excerpt (no report title above its first line) one value against
    two is a warning: the statements above the cut may tie them. Within one list, a name written
    twice in a row with two values (`其中：一般公共服务支出 1402.08 万元，一般公共服务支出 760.16
    万元，…`) is a warning too: one of the two was meant to be another line. So are two statements
    in two paragraphs whose figures differ only by two neighbouring digits swapped (`村级组织运转
    经费 315.00 万元` and `351.00 万元`; the names may differ by words in front, 已支付资金 and
    项目全年已支付资金): a figure of another scope is not the other's digits in another order.

    ## Why is this bad?
    The same quantity has one value. A figure that differs from every other statement of it is a
    leftover from an earlier draft or another report, and the reader cannot tell which is right.

    ## Example
    ```text
    某县医保局2023年度城乡居民医疗保险补助项目绩效自评报告
    一、资金到位情况
    全年共筹集财政补助资金 1820 万元。
    二、资金拨付情况
    财政补助资金 1820 万元按时拨付。
    三、资金使用情况
    各级财政补助资金 1935.60 万元全部用于待遇支出。
    ```
    财政补助资金 is 1820 万元 twice and 1935.60 万元 once.

    ## Use instead
    ```text
    某县医保局2023年度城乡居民医疗保险补助项目绩效自评报告
    一、资金到位情况
    全年共筹集财政补助资金 1820 万元。
    二、资金拨付情况
    财政补助资金 1820 万元按时拨付。
    三、资金使用情况
    全年待遇支出 1935.60 万元，其中财政补助资金 1820 万元。
    ```
    State 1820 万元 everywhere, or name the other quantity by its own name (`待遇支出`).
    """

    doc_zh = """## 它检查什么
    收集每份报告正文中带名称的金额（如“各项财政补助资金共计 1820 万元”），查找同一个量多次写成一个值、只有一次写成另一个值的情况。名称须完全一致（先去掉本单位地名及“各项”“各级”“共”等词，以及名称末尾“支出”等词之后的“决算”——“公务接待费支出决算为”说的就是支出；表中一行的旧名按新名对应，如“公务用车购置及运行费”即“公务用车购置及运行维护费”；名称中间的简短括注属于名称，全角半角括号视为相同，如“因公出国（境）费支出”即“因公出国(境)费支出”，不会截成“费支出”；名称与金额之间含数字的括注是插入的明细，如“……运行维护费支出（其中：购置费0万元……）15.00万元”，金额仍属括注前的名称）；其他年度的金额（“上年”“2021 年”）、另一总数的分项（“其中”之后；紧跟在某一金额之后、名称在其名称前加限定词的，如“住院……总费用 506.20 万元，政策范围内总费用 471.35 万元”，是该金额的一部分，与门诊的“政策范围内总费用”不是同一个量）以及预算数（由 C705 检查）不参与比较。多个项目的报告中，“项目资金”“工作经费”等泛称也不参与比较。只有两处、各写一个值的，无法判断哪个对，不报告（同一句话重复写了两遍，无论是句子重复还是段落重复，只算一处）。但两处是同一句话、除这个数之外一字不差的（“自评结论”中的资金情况在“佐证材料”中照抄重述，只改了一处），作警告：同一句话说的是同一个量，必有一处未改；只有名称和数字的短句不算。摘录（首行之上没有报告标题）中一处对两处的，只作警告：截去的部分可能还有同样多的另一个值。同一列举中同一名称紧接着写了两次、两个数不同的（“其中：一般公共服务支出 1402.08 万元，一般公共服务支出 760.16 万元，……”），也作警告：其中一项本应是另一行。两段中的两处、两个数只差相邻两位数字顺序的（“村级组织运转经费 315.00 万元”与“351.00 万元”；名称前面可多出词语，如“已支付资金”与“项目全年已支付资金”），也作警告：另一口径的数不会恰好是这个数的数字换了位置，必有一处录错。

    ## 为什么要改
    同一个量只有一个值。与其他各处都不同的那个数，是早先草稿或别的报告遗留下来的，读者无法判断哪个是对的。

    ## 示例
    {example}
    财政补助资金两处是 1820 万元，一处是 1935.60 万元。

    ## 应改为
    {use_instead}
    各处写同一个值；确是另一个量的，换用它自己的名称（如“待遇支出”）。
    """

    code = "C702"
    name = "same-quantity-different-values"
    family = "consistency"
    severity = Severity.error
    title = {"zh": "同一金额前后数值不一致", "en": "Same amount stated with different values"}
    messages = {
        "differs": {
            "zh": "“{label}”此处为 {value}，而其他 {count} 处为 {other}（如第 {line} 行）",
            "en": "“{label}” is {value} here but {other} in {count} other places (e.g. line {line})",
        },
        "transposed": {
            "zh": "“{label}”此处为 {value}，第 {line} 行为 {other}：两数只差相邻两位数字的顺序，必有一处录错",
            "en": "“{label}” is {value} here but {other} on line {line}: the two differ only by two neighbouring digits swapped, one is mistyped",
        },
        "see": {"zh": "同一金额为 {other}", "en": "the same amount is {other} here"},
        "listed_twice": {
            "zh": "同一列举中“{label}”紧接着写了两次：{first} 与 {value}，其中一项应是另一行",
            "en": "“{label}” is listed twice in a row, as {first} and {value}: one of them should be another line",
        },
        "first": {"zh": "第一次为 {first}", "en": "listed first as {first}"},
        "restated": {
            "zh": "第 {line} 行的同一句话写“{label}”为 {other}，此处重述为 {value}：两处只有这个数不同，必有一处未改",
            "en": "the same sentence on line {line} gives “{label}” as {other}, restated here as {value}: only this figure differs, one of them was not updated",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        facts_by_part, forms_by_part = document_amounts_by_part(doc), by_part(forms(doc, ctx))
        for part in doc.parts:
            in_part = facts_by_part.get(id(part), [])
            strict = not _single_project(part, len(forms_by_part.get(id(part), [])))
            for group in comparable_groups(in_part, ctx.fiscal_year_of(part), strict=strict):
                found = _outlier(group)
                if found is None:
                    restated = _restated(group)
                    if restated is not None:
                        first, second = restated
                        yield self._report(second, [first], Severity.warning, key="restated")
                    continue
                odd, usual = found
                # An excerpt may have lost statements above its cut: one against two there could
                # be a tie of two scopes sharing one name in the whole report (a warning).
                uncertain = len({_statement(u) for u in usual}) == 2 and is_excerpt(part)
                yield self._report(odd, usual, Severity.warning if uncertain else None)
            for first, second in transposed_pairs(in_part, ctx.fiscal_year_of(part)):
                yield self._report(second, [first], Severity.warning, key="transposed")
            yield from self._listed_twice(doc, part)

    def _listed_twice(self, doc: Document, part: Part) -> Iterator[Diagnostic]:
        mark = money_mark()  # a pair is of two money figures: a text without 元 has none
        for _block, source in part_prose(doc, part):
            if mark is not None and mark not in source.value:
                continue
            for pair in twice_listed_pairs(source.value):
                first, second = pair.first.text.strip(), pair.second.text.strip()
                yield self.diagnostic(
                    "listed_twice", source.locate(pair.second.start, pair.second.end), severity=Severity.warning,
                    related=[(source.locate(pair.first.start, pair.first.end), "first")],
                    label=pair.label, first=first, value=second)

    def _report(self, odd: AmountFact, usual: list[AmountFact], severity: Severity | None,
                key: str = "differs") -> Diagnostic:
        q = odd.fact.quantity
        ref = usual[0].fact.quantity
        where = usual[0].source.locate(ref.start, ref.end)
        related = [(u.source.locate(u.fact.quantity.start, u.fact.quantity.end), "see") for u in usual]
        return self.diagnostic(
            key, odd.source.locate(q.start, q.end), severity=severity, related=related, label=odd.fact.label,
            value=q.text.strip(), other=ref.text.strip(), count=len(usual), line=where.line,
        )


def _single_project(part: Part, n_forms: int) -> bool:
    return part.kind == "project_self_evaluation" and n_forms <= 1


def _outlier(group: list[AmountFact]) -> tuple[AmountFact, list[AmountFact]] | None:
    """The one statement that differs from a value stated at least twice, if the group has
    exactly two values."""
    clusters: list[list[AmountFact]] = []
    for af in group:
        for cluster in clusters:
            if same_value(cluster[0], af):
                cluster.append(af)
                break
        else:
            clusters.append([af])
            if len(clusters) > 2:
                # clusters only grow: a third value settles it, without comparing the rest of
                # the group (a label every project of a bundle states would be quadratic)
                return None
    if len(clusters) != 2:
        return None
    clusters.sort(key=len)
    odd, usual = clusters
    if len(odd) != 1 or len(usual) < 2:
        return None
    lone = odd[0]
    if any(scale_slip(lone, u) for u in usual):
        return None  # U401 reports it
    if any(_same_sentence(lone, u) for u in usual):
        return None
    if len({_statement(u) for u in usual}) < 2:
        return None  # one sentence written twice (a doubled sentence or paragraph) is one statement
    return lone, usual


def _restated(group: list[AmountFact]) -> tuple[AmountFact, AmountFact] | None:
    """Two statements of the group worded alike to the letter but for this figure, which they
    give two values (a summary restated under 佐证材料, one copy edited and not the other): the
    earlier and the later. Two statements with two values are otherwise no finding (which one is
    right is not known); a sentence written twice with one figure changed is one statement of one
    scope, so its two values cannot both hold. Only a statement with words of its own beside the
    label (:data:`_RESTATED_MIN_HAN`) is read: two bare ``label figure`` lines are any two values."""
    masks = [_masked_statement(a) for a in group]  # once each: a group may hold many statements
    for i, a in enumerate(group):
        masked = masks[i]
        if masked is None:
            continue
        for j in range(i + 1, len(group)):
            if masks[j] != masked:
                continue
            b = group[j]
            if same_value(a, b) or scale_slip(a, b) or _same_sentence(a, b):
                continue
            return (a, b) if _position(a) <= _position(b) else (b, a)
    return None


_RESTATED_MIN_HAN = 16
# the characters counted as words of a statement's own, found as runs: summing the runs' lengths
# counts them in C with a string a run instead of one a character (2.5 times cheaper)
_HAN_RUN = lazy_compile("[\u4e00-\u9fff]+")


def _masked_statement(a: AmountFact) -> str | None:
    """``a``'s statement with its figure left out, if the statement has enough words of its own."""
    text = a.source.value
    q = a.fact.quantity
    for s, e in statements(text):
        if s <= q.start < e:
            masked = (text[s:q.start] + "\u0000" + text[q.end:e]).strip()
            han = sum(map(len, _HAN_RUN.findall(masked)))  # counted in C, not by a Python step per character
            return masked if han >= _RESTATED_MIN_HAN + len(a.fact.label) else None
    return None


def _position(a: AmountFact) -> tuple[int, int]:
    where = a.source.locate(a.fact.quantity.start, a.fact.quantity.end)
    return where.line, where.column


def _same_sentence(a: AmountFact, b: AmountFact) -> bool:
    if a.source is not b.source:
        return False
    for s, e in statements(a.source.value):
        if s <= a.fact.quantity.start < e:
            return s <= b.fact.quantity.start < e
    return False


def _statement(a: AmountFact) -> str:
    """The text of the statement (sentence or clause) that holds ``a``'s figure."""
    for s, e in statements(a.source.value):
        if s <= a.fact.quantity.start < e:
            return a.source.value[s:e].strip()
    return a.source.value.strip()
