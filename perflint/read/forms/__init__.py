"""Recognising the 自评表 in what an importer read, and making each one a node of its part.

The text importer (and the Word, Excel and PDF importers, which render to it) lays a form out
as tables, or as paragraphs when the draft flattened it (one cell per line, a whole form on
one line, pipes). :func:`attach_forms` reads every form it can find, by the table's header
where the rows line up (:mod:`.tables`) or as a stream of cells (:mod:`.stream`), and stores
them on :attr:`perflint.model.Part.forms`. The YAML importer builds its forms from their fields
instead (:mod:`perflint.read.yaml_form`) and asks this module only about its other tables.
"""

from __future__ import annotations

from perflint.model import Document, SelfEvaluation


def attach_forms(doc: Document) -> None:
    """Read the 自评表 of every part whose forms are not known yet and store them on the part."""
    pending = [part for part in doc.parts if part.forms is None]
    if not pending:
        return  # (asked again by every reader of the forms: no import statement run for nothing)
    from perflint.read.forms.tables import read_self_evaluations

    found: dict[int, list[SelfEvaluation]] = {}  # by part in one pass: a bundle has many parts
    for se in read_self_evaluations(doc, pending):
        found.setdefault(id(se.part), []).append(se)
    for part in pending:
        part.forms = found.get(id(part), [])


def document_forms(doc: Document) -> list[SelfEvaluation]:
    """Every 自评表 of the document in order, reading them first for parts built by hand."""
    attach_forms(doc)
    return [se for part in doc.parts for se in (part.forms or [])]
