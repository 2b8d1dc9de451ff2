"""The 自评表 (self-evaluation form) as facts: budget execution, indicator rows, scores.

The forms are nodes of the document model (:class:`perflint.model.SelfEvaluation`), built by
the importers (:mod:`perflint.read.forms`); this module is where checks get them.
"""

from __future__ import annotations

from perflint.model import BudgetExecution, Document, Figure, Indicator, SelfEvaluation
from perflint.read.forms.labels import LEVEL1_WORDS, LEVEL2_RE, figure, is_total_label, weight_in


def self_evaluations(doc: Document) -> list[SelfEvaluation]:
    """Every 自评表 in the document, in order: the form nodes its importer built."""
    from perflint.read.forms import document_forms

    return document_forms(doc)


__all__ = [
    "LEVEL1_WORDS", "LEVEL2_RE", "BudgetExecution", "Figure", "Indicator", "SelfEvaluation", "figure",
    "is_total_label", "self_evaluations", "weight_in",
]
