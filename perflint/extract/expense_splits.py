"""The two splits of 基本支出 a 决算说明 or 预算说明 states: by economic class, and into 人员经费
and 公用经费.

``基本支出 247.63 万元 … 其中：工资福利支出 201.69 万元 … 商品和服务支出 44.54 万元 … 对个人和
家庭的补助 1.40 万元`` and, in another section, ``基本支出 247.63 万元，其中：人员经费 212.83 万元``:
one whole split two ways. 人员经费 is by definition 工资福利支出 + 对个人和家庭的补助 (the 301 and
303 groups), so the splits must agree; what they must satisfy is the checks' business.

A split is read after a statement of its whole, up to the next whole or a stop word (项目支出:
its own classes follow). The vocabulary is ``basic_expense_splits`` in ``arithmetic.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.prose import figure_mentions
from perflint.text.numbers import Quantity
from perflint.text.patterns import compile_pattern

# How many money figures after its whole a split may reach: a passage, not the report.
_REACH = 12


@dataclass(frozen=True)
class Named:
    """A money level the passage names: ``texts[index]``, its role in the split and its figure."""

    role: str  # whole | personnel | public | personnel_class | public_class | stop
    name: str  # the first alias of its name in the vocabulary
    index: int
    quantity: Quantity


@dataclass(frozen=True)
class BasicSplit:
    """What follows one statement of 基本支出: each part named after it, the first statement of each."""

    whole: Named
    personnel: Named | None
    public: Named | None
    personnel_classes: tuple[Named, ...]
    public_classes: tuple[Named, ...]

    @property
    def classes(self) -> tuple[Named, ...]:
        return self.personnel_classes + self.public_classes


@cache
def _vocabulary() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every name (longest alias first) ending a label, and each alias's role and name."""
    conf = data.load("arithmetic")["basic_expense_splits"]
    roles: dict[str, tuple[str, str]] = {}
    for role, key in (("whole", "whole"), ("personnel", "personnel"), ("public", "public"), ("stop", "stops")):
        for alias in conf[key]:
            roles[alias] = (role, alias if role == "stop" else conf[key][0])
    for role, key in (("personnel_class", "personnel_classes"), ("public_class", "public_classes")):
        for names in conf[key]:
            for alias in names:
                roles[alias] = (role, names[0])
    alternatives = "|".join(re.escape(a) for a in sorted(roles, key=len, reverse=True))
    return compile_pattern(f"({alternatives}){conf['label_tail']}$"), roles


def _named(index: int, label: str, quantity: Quantity) -> Named | None:
    pattern, roles = _vocabulary()
    m = pattern.search(label)
    if m is None:
        return None
    role, name = roles[m.group(1)]
    return Named(role, name, index, quantity)


def basic_splits(texts: Sequence[str]) -> list[BasicSplit]:
    """Every statement of 基本支出 in ``texts`` (a part's paragraphs, in order) with what it splits into."""
    named = [n for i, text in enumerate(texts) for m in figure_mentions(text)
             if m.role == "level" and m.quantity.kind == "money"
             and (n := _named(i, m.label, m.quantity)) is not None]
    out = []
    for k, whole in enumerate(named):
        if whole.role != "whole":
            continue
        first: dict[str, Named] = {}
        for n in named[k + 1:k + 1 + _REACH]:
            if n.role in ("whole", "stop"):
                break
            first.setdefault(n.name, n)
        found = list(first.values())
        out.append(BasicSplit(
            whole,
            next((n for n in found if n.role == "personnel"), None),
            next((n for n in found if n.role == "public"), None),
            tuple(n for n in found if n.role == "personnel_class"),
            tuple(n for n in found if n.role == "public_class"),
        ))
    return out
