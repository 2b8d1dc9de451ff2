"""The project funds a 部门决算's 预算绩效情况说明 says were evaluated, and the 项目支出 its own
tables show.

The 决算 template's sentence reads ``本部门组织对2022年度一般公共预算项目支出全面开展绩效自评，共涉及
项目8个，资金331万元，占一般公共预算项目支出总额的100%``. This module reads the amount of such a
sentence and, from the part's expenditure tables by account code, whether any 项目支出 was spent
at all. Phrase lists live in ``perflint/data/consistency.yaml`` (``evaluated_projects``).
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.extract.account_rows import AccountTable
from perflint.extract.claims import phrases
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import lazy_compile

_CLAUSE_BREAK = lazy_compile(r"[，,。；;：:]")


@dataclass(frozen=True)
class EvaluatedFunds:
    """The evaluated amount ``quantity``; ``general`` when the sentence names 一般公共预算."""

    quantity: Quantity
    general: bool


def evaluated_project_funds(text: str) -> EvaluatedFunds | None:
    """The amount of project spending a sentence says was evaluated (资金 331 万元 after 涉及项目 8 个
    in a sentence on 项目支出 绩效自评), or None."""
    conf = phrases()["evaluated_projects"]
    flat = compact(text)
    if "项目支出" not in flat or not any(w in flat for w in conf["evaluation_words"]):
        return None
    if any(w in flat for w in conf["other_funds"]):
        return None  # 政府性基金/国有资本经营 projects: another table's spending
    for q in find_quantities(text):
        if not q.is_money or q.relation is not None or q.value <= 0:
            continue
        clause = _CLAUSE_BREAK.split(text[:q.start])[-1]
        if any(w in compact(clause) for w in conf["amount_words"]):
            return EvaluatedFunds(q, "一般公共预算" in flat)
    return None


def no_project_spending(tables: list[AccountTable], general: bool) -> AccountTable | None:
    """A table (the all-funds one, or for ``general`` the general-budget one too) that has a
    项目支出 column, spends money, and shows 0 项目支出 in every row; None otherwise."""
    for at in tables:
        if at.scope != "all" and not (general and at.scope == "general"):
            continue
        rows = list(at.rows.values())
        projects = [r.figures["part:项目"].quantity.value for r in rows if "part:项目" in r.figures]
        spent = [r.figures["actual"].quantity.value for r in rows if "actual" in r.figures]
        if len(projects) == len(rows) and rows and not any(projects) and any(v > 0 for v in spent):
            return at
    return None


__all__ = ["EvaluatedFunds", "evaluated_project_funds", "no_project_spending"]
