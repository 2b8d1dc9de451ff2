"""One facts object per document: the only way a check sees what extraction found.

Extraction is shared: several checks need the same 自评表 reading, the same outline, the same
figures. :class:`Facts` computes each on first use and keeps it *with its document* (the object
hangs off the :class:`~perflint.model.Document`), so nothing extracted from one draft can be
handed to another, whatever order a caller lints drafts in, and nothing outlives its document.
(An earlier cache keyed by ``id(doc)`` in the run-wide context leaked findings between drafts
when Python reused an address, and grew without bound over a folder.)
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any, TypeVar

from perflint.model import Document

T = TypeVar("T")
_MISSING = object()

# The families that read each fact several families share. A key named ``<family>.…`` (for
# instance ``boilerplate.texts``) is that family's own; a key in neither is kept to the end.
# The engine drops a fact once every family that reads it has run (:meth:`Facts.release`): on a
# long draft the facts of the families already done were a third of the memory. A family that
# reads a released fact gets it built again (a cost, never a different answer); a test holds
# every key to one build per run (tests/test_facts_release.py), so add a new reader here.
SHARED_READERS: dict[str, frozenset[str]] = {
    "arithmetic.paragraphs": frozenset({"arithmetic", "units"}),  # U401 reads the completion rates' paragraphs
    "arithmetic.run_breakdowns": frozenset({"arithmetic", "units"}),  # U401 reads A104's spread lists
    "arithmetic.table_relations": frozenset({"arithmetic", "units"}),  # U401 reads a 万元 table's sums
    "boilerplate.forms": frozenset({"boilerplate", "consistency"}),  # C722 reads the forms' problems
    "form_links.linkers": frozenset({"boilerplate", "consistency"}),
    "problems.statements": frozenset({"boilerplate", "consistency", "duplicates"}),  # D203: a bundle's copied problems
    "quantities.amounts": frozenset({"consistency", "units"}),
    "quantities.prose": frozenset({"consistency", "terms", "units"}),  # T808 leaves U402's 万 amounts to it
    "quantities.table_amounts": frozenset({"consistency", "units"}),
    "selfeval.by_part": frozenset({"boilerplate", "consistency"}),
}


def readers(key: str, families: Collection[str]) -> frozenset[str] | None:
    """The families that read the fact ``key`` (None: unknown, keep it): the shared facts'
    declared readers, else the family the key is named for when it is one of ``families``."""
    base = key.split(":", 1)[0]
    if base in SHARED_READERS:
        return SHARED_READERS[base]
    owner = base.split(".", 1)[0]
    return frozenset({owner}) if "." in base and owner in families else None


@lru_cache(maxsize=1024)
def _readers(key: str, families: frozenset[str]) -> frozenset[str] | None:
    """:func:`readers`, remembered: every draft keeps facts under the same few keys."""
    return readers(key, families)


class Facts:
    """Lazily computed facts of one document.

    Typed properties name the facts several checks share; :meth:`cached` lets a family keep a
    fact of its own under a key, computed once for this document.
    """

    def __init__(self, doc: Document) -> None:
        # A weak reference: the document holds its facts, and a strong one back would make
        # every linted document a reference cycle, freed only when the collector next walks the
        # heap instead of as soon as the run lets it go (the collector's passes over documents
        # waiting to be freed were a tenth of a run over many drafts).
        self._doc = weakref.ref(doc)
        self._memo: dict[str, Any] = {}

    @property
    def doc(self) -> Document:
        doc = self._doc()
        if doc is None:  # only a Facts kept past its document could ask
            raise ReferenceError("the document of these facts is gone")
        return doc

    def cached(self, key: str, build: Callable[[Document], T]) -> T:
        """``build(doc)``, computed on first use of ``key`` for this document."""
        found = self._memo.get(key, _MISSING)
        if found is _MISSING:
            found = self._memo[key] = build(self.doc)
        return found

    def release(self, pending: Collection[str], families: Collection[str]) -> None:
        """Drop the facts no family in ``pending`` (those with checks still to run) reads;
        ``families`` are the known family names (see :func:`readers`)."""
        known = frozenset(families)
        for key in list(self._memo):
            owners = _readers(key, known)
            if owners is not None and owners.isdisjoint(pending):
                del self._memo[key]

    # -- facts shared across families -------------------------------------------------------
    @property
    def self_evaluations(self) -> list:
        """Every 自评表 of the document, read into budget and indicator lines."""
        found = self._memo.get("selfeval", _MISSING)  # asked by every check: the import only to build it
        if found is not _MISSING:
            return found
        from perflint.extract.selfeval import self_evaluations

        return self.cached("selfeval", self_evaluations)

    @property
    def texts(self) -> list:
        """Every heading, paragraph, contents entry and non-empty cell, in order, each with its
        wording findings computed once (:mod:`perflint.extract.wording`)."""
        found = self._memo.get("texts", _MISSING)  # asked by every check: the import only to build it
        if found is not _MISSING:
            return found
        from perflint.extract.wording import document_texts

        return self.cached("texts", document_texts)

    @property
    def amounts(self) -> Any:
        """Money figures of the document with their unit, scale and context."""
        found = self._memo.get("quantities.amounts", _MISSING)  # asked by every check: the import only to build it
        if found is not _MISSING:
            return found
        from perflint.extract.amounts import document_amounts

        return self.cached("quantities.amounts", document_amounts)


def facts_of(doc: Document) -> Facts:
    """The facts object of ``doc``, created on first request and stored on the document."""
    facts = doc.facts
    if not isinstance(facts, Facts) or facts._doc() is not doc:
        facts = Facts(doc)
        doc.facts = facts
    return facts
