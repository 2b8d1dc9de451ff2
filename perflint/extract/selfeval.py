"""The 自评表 (self-evaluation form) as facts: budget execution, indicator rows, scores.

The forms are nodes of the document model (:class:`perflint.model.SelfEvaluation`), built by
the importers (:mod:`perflint.read.forms`); this module is where checks get them.
"""

from __future__ import annotations

from decimal import Decimal

from perflint.model import BudgetExecution, Document, Figure, Indicator, SelfEvaluation
from perflint.read.forms import document_forms  # (the package, loaded with .labels below anyway)
from perflint.read.forms.labels import LEVEL1_WORDS, LEVEL2_RE, figure, is_total_label, weight_in


def self_evaluations(doc: Document) -> list[SelfEvaluation]:
    """Every 自评表 in the document, in order: the form nodes its importer built."""
    return document_forms(doc)


def groups_trusted(se: SelfEvaluation) -> bool:
    """Whether the groups read from a form can be summed: the template's own words (产出指标 …)
    as ever; a framework's words (投入, 过程 …, read only where a row opens on one) when their
    weights, with the budget block's, make 100, so that no group was missed and its rows counted
    under the one before it (a row opening on its number, ``2 | 过程（30分）``, hides its group)."""
    weights = se.level1_weights
    if all(g in LEVEL1_WORDS for g in weights):
        return True
    budget = se.budget[0].weight if se.budget and se.budget[0].weight is not None else Decimal(0)
    return sum(weights.values(), Decimal(0)) + budget == 100


__all__ = [
    "LEVEL1_WORDS", "LEVEL2_RE", "BudgetExecution", "Figure", "Indicator", "SelfEvaluation", "figure",
    "groups_trusted", "is_total_label", "self_evaluations", "weight_in",
]
