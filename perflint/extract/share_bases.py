"""The two bases a share of a 决算 paragraph may be taken of: the budget and the final figure it
states (`“三公”经费支出预算为 15.00 万元，支出决算为 10.40 万元`).

A share with no whole named that follows them (`其中：公务接待费支出决算 2.20 万元，占 14.67%`) is
a share of the final figure the parts break down; one that is the part over the budget instead
was computed on the other base. Read here, so that the share check compares figures only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.prose import figure_mentions
from perflint.extract.quantities import strip_end, vocab
from perflint.text.numbers import Quantity


@dataclass(frozen=True)
class ShareBases:
    """A paragraph's one budget figure and the first final figure stated after it."""

    budget: Quantity
    final: Quantity


def share_bases(text: str) -> ShareBases | None:
    """The budget and the final figure of a paragraph that states one budget figure and then a
    final figure of another value (else None: which budget the shares could be of is not known)."""
    budget_words, final_words = _words()
    connectors = vocab()["label_connectors"]
    budgets: list[Quantity] = []
    final: Quantity | None = None
    for m in figure_mentions(text):
        if m.role != "level" or m.bracketed or m.quantity.kind != "money":
            continue
        label = strip_end(m.label, connectors)
        if label.endswith(budget_words):
            if final is not None:
                return None  # a budget after the final figure: another pair, perhaps of another quantity
            budgets.append(m.quantity)
        elif label.endswith(final_words) and budgets and final is None:
            final = m.quantity
    if final is None or len({b.base_value for b in budgets}) != 1:
        return None
    budget = budgets[0]
    if budget.base_value <= 0 or final.base_value <= 0 or budget.base_value == final.base_value:
        return None
    return ShareBases(budget, final)


def names_final_whole(text: str, end: int) -> bool:
    """Whether ``text`` names the final figure as the whole of what follows, before ``end``
    (``“三公”经费支出决算中，…``: the template's 具体情况 paragraph breaking it down)."""
    return any(0 <= text.find(w, 0, end) for w in _whole_words())


@cache
def _whole_words() -> tuple[str, ...]:
    return tuple(data.load("arithmetic")["share_bases"]["final_whole"])


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    conf = data.load("arithmetic")["share_bases"]
    return tuple(conf["budget"]), tuple(conf["final"])
