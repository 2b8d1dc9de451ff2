"""The project budget a self-evaluation summary states beside its 基本支出, and the money of the
projects it then lists as carrying performance targets.

A 整体 (or 整体和项目) summary often gives the year's budget split in two (``部门预算总金额 803.74
万元，其中：基本支出 757.49 万元，项目支出 46.25 万元``) and, further on, the projects whose targets
were approved and evaluated (``本单位共有 2 个项目批复了绩效目标，项目金额 46.25 万元``). Every
project of the budget carries targets once performance management covers all spending, so the two
amounts are one quantity written twice. Phrase lists live in ``perflint/data/consistency.yaml``
(``listed_projects``).
"""

from __future__ import annotations

import re

from perflint.extract.claims import phrases
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import statements

# 项目支出 with at most a copula or colon before its figure (项目支出为 46.25 万元, 项目支出：46.25万元)
_PROJECT_SPENDING = lazy_compile(r"项目支出(?:预算)?(?:数)?\s*(?:为|是|共计|合计|：|:)?\s*$")
# 共有 2 个项目, 共涉及项目 2 个, 共计 3 个项目, 共对 5 个项目(开展绩效自评)
_COUNT = lazy_compile(r"共(?:有|计|涉及|安排|实施|对)?\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个[^，,。；;]{0,4}项目|"
                      r"共(?:有|计|涉及|安排|实施)?项目\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个")


def _clause_before(text: str, pos: int) -> str:
    return re.split(r"[，,。；;：:]", text[:pos])[-1]


def budgeted_project_spending(text: str) -> list[Quantity]:
    """The 项目支出 figure of each statement that splits a budget into 基本支出 and 项目支出
    (``部门预算总金额 X 万元，其中基本支出 Y 万元，项目支出 Z 万元``): read from the clause that names
    the budget up to the figure, which names no spending, change or other year."""
    conf = phrases()["listed_projects"]
    out = []
    for start, end in statements(text):
        sentence = text[start:end]
        if "项目支出" not in sentence or not any(w in sentence for w in conf["budget_words"]):
            continue
        for q in find_quantities(sentence):
            if not q.is_money or q.relation is not None or q.approximate or q.hedged:
                continue
            if not _PROJECT_SPENDING.search(sentence[:q.start][-12:]):
                continue
            before = sentence[:q.start]
            named = max(before.rfind(w) for w in conf["budget_words"])
            if named < 0:
                continue
            clause_start = max(before.rfind(c, 0, named) for c in "，,。；;") + 1
            span = compact(before[clause_start:])
            if not any(w in span for w in conf["split_words"]) or any(w in span for w in conf["not_budget_words"]):
                continue
            out.append(Quantity(**{**q.__dict__, "start": q.start + start, "end": q.end + start}))
    return out


def listed_project_funds(text: str) -> list[Quantity]:
    """The amount of each statement that counts the projects carrying performance targets and
    gives their money (``共有 2 个项目批复了绩效目标，项目金额 46.25 万元``); statements on funds
    that another budget or a higher level provides are left out."""
    conf = phrases()["listed_projects"]
    out = []
    for start, end in statements(text):
        sentence = text[start:end]
        flat = compact(sentence)
        count = _COUNT.search(flat)
        if count is None or not any(w in flat for w in conf["performance_words"]):
            continue
        if any(w in flat for w in conf["other_funds"]):
            continue
        for q in find_quantities(sentence):
            if not q.is_money or q.relation is not None or q.approximate or q.hedged:
                continue
            if any(w in compact(_clause_before(sentence, q.start)) for w in conf["amount_words"]):
                out.append(Quantity(**{**q.__dict__, "start": q.start + start, "end": q.end + start}))
            break  # the first money figure is the projects' total, or the statement has none
    return out


__all__ = ["budgeted_project_spending", "listed_project_funds"]
