"""A draft in Traditional script is read as Simplified wherever its text enters the model.

Every importer ends in a parse of text (the text and YAML importers read the file's text, Word,
Excel and PDF their rendering): :func:`parse_in_script` wraps that parse, so a Traditional draft
is read through :mod:`perflint.text.scripts` whatever its format, with its own characters kept
for its source lines and, through ``doc.metadata["traditional_script"]``, for the words its
findings quote (:func:`restore`).
"""

from __future__ import annotations

from collections.abc import Callable

from perflint.model import Document
from perflint.text.scripts import is_traditional


def parse_in_script(text: str, parse: Callable[[str], Document]) -> Document:
    """``parse(text)``, or for a Traditional ``text`` the parse of its Simplified reading with
    the draft's own lines kept (one character for one: every line and column stays the same)."""
    if not is_traditional(text):
        return parse(text)
    from perflint.text.scripts import own_lines, simplified

    text = text.removeprefix("\ufeff")
    plain = simplified(text)
    doc = parse(plain)
    doc.lines = own_lines(doc.lines, plain, text)
    doc.metadata["traditional_script"] = (plain, text)
    return doc


def restore(doc: Document, diagnostics) -> None:
    """For a draft read as Simplified, the words each finding quotes in the draft's own script."""
    if "traditional_script" in doc.metadata:
        from perflint.text.scripts import restore_findings

        restore_findings(diagnostics, *doc.metadata["traditional_script"])
