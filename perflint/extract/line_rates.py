"""Execution rates a department report's prose names by an expense line of its 部门整体 form
(``项目支出执行率79.75%``, ``基本支出预算执行率为99.41%``): a rate with the line written right before
it, and no amount of its own beside it. A sentence that states the line's amounts is a budget
statement (:mod:`perflint.extract.budget_statements`) and is read there.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import lazy_compile

# The lines of a 部门整体 form's budget block, then the words of its rate, at the end of the text
# before the figure.
_NAMED = lazy_compile(r"(基本支出|项目支出)(?:资金)?(?:预算)?(?:资金)?(?:执行率|支出率)(?:为|达到|达|仅为|仅|是|只有)?\s*$")
_REACH = 16  # characters before the figure in which its name is looked for


@dataclass(frozen=True)
class LineRate:
    """``quantity`` (a percentage) in a text, the execution rate of the expense line ``line``."""

    line: str
    quantity: Quantity


def line_rates(text: str) -> list[LineRate]:
    """The execution rates ``text`` names by an expense line (``项目支出执行率79.75%``)."""
    if "执行率" not in text and "支出率" not in text:
        return []
    out = []
    for q in find_quantities(text):
        if not q.is_percent or q.relation is not None:
            continue
        m = _NAMED.search(text[max(0, q.start - _REACH):q.start])
        if m is not None:
            out.append(LineRate(m.group(1), q))
    return out


# A project report's own rate, named by nothing but the project and the money (``本项目预算执行率为
# 100%``, ``资金执行率100%``): the clause opens right before its words, so a fund or a line named
# before them (中央资金, 项目支出, 上年) is no part of the match and the rate is not read.
_OWN = lazy_compile(r"(?:^|[，,。；;：:\s])(?:本项目|该项目|项目)?(?:全年|年度)?(?:预算|资金|预算资金|财政资金|项目资金)?"
                    r"(?:执行率|支出率)(?:为|达到|达|是)?\s*$")


def project_rates(text: str) -> list[Quantity]:
    """The execution rates ``text`` states of its project as a whole (``本项目预算执行率100%``),
    with no line or fund named before them."""
    if "执行率" not in text and "支出率" not in text:
        return []
    return [q for q in find_quantities(text) if q.is_percent and q.relation is None
            and _OWN.search(text[max(0, q.start - _REACH):q.start]) is not None]
