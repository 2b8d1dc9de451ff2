"""U404: a rate indicator filled with an amount or words, an amount indicator filled with a rate."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import indicator_kind, is_capped_rate, is_rate_name
from perflint.extract.selfeval import Figure, Indicator, SelfEvaluation, self_evaluations
from perflint.model import Document
from perflint.text.numbers import is_bare_magnitude
from perflint.text.patterns import lazy_compile

_HUNDRED = Decimal(100)
_DIGIT = lazy_compile(r"\d")


class RateIndicatorNotRate(Check):
    """## What it does
    Reads the 三级指标 of each 自评表 and compares the kind its name calls for with what its
    目标值 and 实际完成值 hold:
    - a rate or a degree (…率, …比例, …程度) filled with an amount (`140`, `40 万元`, `40万`, the
      form's own budget figure) or a head count, with a figure without `%` beside a percentage
      (`100` and `100%`; not an actual in a form that writes every actual bare and each unit in
      its target, `≥5台 | 5`), or with words only (`逐步推开`);
    - an amount (…资金, …经费, …金额) filled with a percentage (`100%`);
    - a count whose target is written in its unit (`≥500人次`, `≥5台`) and whose actual is a
      percentage (`98%`): the share done typed where the count belongs (a name with 率, 比例 or
      占比 in it may measure either, and is left alone);
    - a name that declares its unit as % (`实现产值(%)`) with target and actual both bare figures
      of a thousand or more (`8000`, `12767.36`): amounts under a wrong unit.

    ## Why is this bad?
    The score of a quantitative indicator is weight × actual ÷ target; it only means something
    when both are the quantity the name announces. A 到位率 of `140` is the budget typed into the
    rate column; a 到位资金 of `100%` is the rate typed into the amount row — the indicator
    measures nothing, yet it usually scores full marks.

    ## Example
    ```text
    某县农业农村局2023年度耕地保护补助项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 到位资金 | 85万元 | 100% | 10 | 10 |
    |  | 时效指标 | 资金到位率 | 85 | 100% | 10 | 10 |
    ```

    ## Use instead
    ```text
    某县农业农村局2023年度耕地保护补助项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 到位资金 | 85万元 | 85万元 | 10 | 10 |
    |  | 时效指标 | 资金到位率 | 100% | 100% | 10 | 10 |
    ```
    """

    doc_zh = """## 它检查什么
    读取每张自评表的三级指标，把名称所要求的数值类型与目标值、实际完成值比较：
    - 比率或程度指标（……率、……比例、……程度）填的是金额或人数（“140”“40 万元”“40万”、本表的预算数）、在百分比旁填了不带“%”的数（“100”与“100%”；实际值都不带单位、单位只写在目标值里的表（“≥5台 | 5”）除外），或只有文字（“逐步推开”）；
    - 金额指标（……资金、……经费、……金额）填的是百分比（“100%”）；
    - 数量指标的目标值带计量单位（“≥500人次”“≥5台”），实际完成值却是百分比（“98%”）：把完成比例填进了数量栏（名称中含“率”“比例”“占比”的，两种都可能，不报告）；
    - 名称标明单位为 %（“实现产值(%)”）的指标，目标值和实际值却都是一千以上、不带单位的数（“8000”“12767.36”）：单位标错的金额或数量。

    ## 为什么要改
    定量指标的得分是“分值 × 实际值 ÷ 目标值”，只有两者都是名称所说的量时才有意义。“到位率”填“140”，是把预算数填进了比率栏；“到位资金”填“100%”，是把比率填进了金额行——指标什么也没衡量，却通常得了满分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "U404"
    name = "rate-indicator-not-rate"
    family = "units"
    severity = Severity.warning
    title = {"zh": "比率指标填的不是比率", "en": "Rate indicator not filled with a rate"}
    messages = {
        "amount_in_rate": {
            "zh": "比率指标“{name}”的{which}为 {value}：不是百分比（比率不超过 100%，疑为金额或数量）",
            "en": "rate indicator “{name}” has {which_en} {value}: not a percentage (looks like an amount or a count)",
        },
        "missing_percent": {
            "zh": "比率指标“{name}”的{which}为 {value}，缺少“%”，而{other}为 {other_value}",
            "en": "rate indicator “{name}” has {which_en} {value} without “%” while its {other_en} is {other_value}",
        },
        "words": {
            "zh": "比率指标“{name}”的目标值与实际值均为文字（{value}），无法衡量",
            "en": "rate indicator “{name}” has words for target and actual ({value}): nothing is measured",
        },
        "rate_in_amount": {
            "zh": "金额指标“{name}”的{which}为 {value}：应填金额而非百分比",
            "en": "amount indicator “{name}” has {which_en} {value}: an amount is expected, not a percentage",
        },
        "rate_in_count": {
            "zh": "数量指标“{name}”的目标值为 {other_value}，实际完成值却为 {value}：应填与目标值同一单位的数量，而非百分比",
            "en": "count indicator “{name}” has target {other_value} but actual {value}: a count in the target's unit is expected, not a percentage",
        },
        "declared_percent": {
            "zh": "指标“{name}”标明单位为 %，目标值 {value}、实际值 {other_value} 却不是百分比：单位标错，疑为金额或数量",
            "en": "indicator “{name}” declares its unit as %, yet its target {value} and actual {other_value} are no percentages: the unit is wrong (an amount or a count?)",
        },
        "see": {"zh": "另一栏在此", "en": "the other column"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for se in ctx.cached(doc, "selfeval", self_evaluations):
            for ind in se.indicators:
                kind = indicator_kind(ind.name)
                if kind != "rate" and _DECLARED_PERCENT.search(ind.name) and _thousands(ind):
                    yield self._say("declared_percent", ind, "target", ind.target, ind.actual)
                    continue
                if kind == "rate":
                    yield from self._rate(ind, se, _amounts(se))
                elif kind == "amount":
                    yield from self._amount(ind)
                elif _percent_for_count(ind):
                    yield self._say("rate_in_count", ind, "actual", ind.actual, ind.target)

    def _rate(self, ind: Indicator, se: SelfEvaluation, amounts: set[Decimal]) -> Iterator[Diagnostic]:
        pairs = [("target", ind.target, ind.actual), ("actual", ind.actual, ind.target)]
        for which, fig, other in pairs:
            q = fig.quantity if fig else None
            if q is None:
                if fig is not None and is_bare_magnitude(fig.text):  # 45万: an amount, its 元 left off
                    yield self._say("amount_in_rate", ind, which, fig, other)
                    return
                continue
            too_big = q.value > _HUNDRED and is_capped_rate(ind.name)
            if q.kind in ("money", "count") or (q.unit is None and too_big):
                yield self._say("amount_in_rate", ind, which, fig, other)
                return
            if q.unit is None and q.value != 0 and other is not None and other.quantity is not None \
                    and other.quantity.is_percent and not (which == "actual" and _bare_actuals(se)):
                # (zero is zero in any unit: a 变动率 of ≤0 against -9.57% drops no %)
                yield self._say("missing_percent", ind, which, fig, other)
                return
            if q.unit is None and q.value in amounts:
                yield self._say("amount_in_rate", ind, which, fig, other)
                return
        if is_rate_name(ind.name) and _words(ind.target) and _words(ind.actual):
            yield self._say("words", ind, "target", ind.target, ind.actual)

    def _amount(self, ind: Indicator) -> Iterator[Diagnostic]:
        for which, fig, other in [("target", ind.target, ind.actual), ("actual", ind.actual, ind.target)]:
            if fig and fig.quantity is not None and fig.quantity.is_percent:
                yield self._say("rate_in_amount", ind, which, fig, other)
                return

    def _say(self, key: str, ind: Indicator, which: str, fig: Figure, other: Figure | None) -> Diagnostic:
        zh = {"target": "目标值", "actual": "实际完成值"}
        en = {"target": "target", "actual": "actual"}
        other_which = "actual" if which == "target" else "target"
        related = [(other.cell.text.locate(), "see")] if other is not None and not other.cell.is_empty else []
        return self.diagnostic(
            key, fig.cell.text.locate(), related=related, name=ind.name, which=zh[which], which_en=en[which],
            value=fig.text, other=zh[other_which], other_en=en[other_which], other_value=other.text if other else "",
        )


_RATE_WORDS = lazy_compile(r"率|比例|占比|比重")


def _percent_for_count(ind: Indicator) -> bool:
    """A target counted in its unit (``≥500人次``) and an actual that is a percentage (``98%``),
    under a name that names no rate (率, 比例 …: such a name may be measured either way)."""
    t, a = ind.target, ind.actual
    tq = t.quantity if t is not None else None
    aq = a.quantity if a is not None else None
    return (tq is not None and aq is not None and tq.kind == "count" and tq.unit is not None
            and aq.is_percent and _RATE_WORDS.search(ind.name) is None)


# A name that declares its cells' unit as a percentage: 满意度(%), 实现产值(%).
_DECLARED_PERCENT = lazy_compile(r"[（(]\s*[%％]\s*[)）]\s*$")
_THOUSAND = Decimal(1000)


def _thousands(ind: Indicator) -> bool:
    """Target and actual both bare figures of a thousand or more: under a ``(%)`` name, amounts
    (产值 8000 / 12767.36), no percentage a form would score."""
    figs = (ind.target, ind.actual)
    return all(f is not None and f.quantity is not None and f.quantity.unit is None and f.quantity.value >= _THOUSAND
               for f in figs)


def _amounts(se: SelfEvaluation) -> set[Decimal]:
    """The form's budget and actual amounts: a rate cell holding one of them holds money."""
    out: set[Decimal] = set()
    for row in se.budget:
        for fig in (row.budget, row.actual):
            if fig is not None and fig.value is not None and fig.value not in (Decimal(0), _HUNDRED):
                out.add(fig.value)
    return out


_BARE_ACTUALS_MIN = 2  # rows that show a form writes its units in the target only


def _bare_actuals(se: SelfEvaluation) -> bool:
    """Whether the form writes each actual as a bare figure and the unit once, in its target
    (``≥5台 | 5``, ``≤90万元 | 90``): two rows or more so, none whose actual repeats its unit.
    A bare actual under a percentage target then follows the form; no % was dropped."""
    bare = 0
    for ind in se.indicators:
        t, a = ind.target, ind.actual
        tq = t.quantity if t is not None else None
        aq = a.quantity if a is not None else None
        if tq is None or aq is None or tq.unit is None:
            continue
        if aq.unit is not None:
            return False
        if not tq.is_percent:
            bare += 1
    return bare >= _BARE_ACTUALS_MIN


def _words(fig: Figure | None) -> bool:
    """A short cell of words only (`逐步推开`), not a figure, not a scoring rule with numbers."""
    if fig is None or fig.quantity is not None:
        return False
    text = fig.text
    return 0 < len(text) <= 12 and not _DIGIT.search(text) and text not in ("-", "—", "/", "无")
