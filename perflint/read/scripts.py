"""A draft in Traditional script is read as Simplified wherever its text enters the model, and
a draft a mirror site annotated with pinyin readings (``預(yù)算``) is read without them.

Every importer ends in a parse of text (the text and YAML importers read the file's text, Word,
Excel and PDF their rendering): :func:`parse_in_script` wraps that parse, so a Traditional draft
is read through :mod:`perflint.text.scripts` whatever its format, with its own characters kept
for its source lines and, through ``doc.metadata["traditional_script"]``, for the words its
findings quote (:func:`restore`). Readings are taken out before (:mod:`perflint.text.readings`):
the checks see the words whole, and :func:`restore` puts the draft's own lines back and moves
each finding's columns to where its words stand in them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from perflint.model import Document, Location
from perflint.text.patterns import lazy_compile
from perflint.text.scripts import is_traditional

_LINE_BREAK = lazy_compile(r"\r\n|\r|\n")  # as the text importer splits lines


def parse_in_script(text: str, parse: Callable[[str], Document]) -> Document:
    """``parse(text)``, or for a Traditional ``text`` the parse of its Simplified reading with
    the draft's own lines kept (one character for one: every line and column stays the same);
    a text with pinyin readings is parsed without them (:func:`restore` maps its columns back)."""
    readings = None
    if "(" in text:
        from perflint.text.readings import strip_readings

        readings = strip_readings(text)
        if readings is not None:
            original, (text, drops) = text, readings
    doc = _parse_in_script(text, parse)
    if readings is not None:
        doc.metadata["pinyin_readings"] = (drops, original.removeprefix("\ufeff"))
    return doc


def _parse_in_script(text: str, parse: Callable[[str], Document]) -> Document:
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
    """For a draft read as Simplified, the words each finding quotes in the draft's own script;
    for a draft read without its pinyin readings, its own lines and each finding's columns in them."""
    if "traditional_script" in doc.metadata:
        from perflint.text.scripts import restore_findings

        restore_findings(diagnostics, *doc.metadata["traditional_script"])
    if "pinyin_readings" in doc.metadata:
        drops, original = doc.metadata.pop("pinyin_readings")
        lines = original.split("\n") if "\r" not in original else _LINE_BREAK.split(original)
        if len(lines) == len(doc.lines):
            doc.lines = lines
        for d in diagnostics:
            d.location = _own_columns(d.location, drops)
            for r in d.related:
                r.location = _own_columns(r.location, drops)


def _own_columns(where: Location, drops: dict) -> Location:
    """``where`` with its columns in the draft's own lines (readings in them)."""
    from perflint.text.readings import source_column, source_end_column

    first, last = drops.get(where.line), drops.get(where.end_line or where.line)
    if first is None and last is None:
        return where
    end = where.end_column if where.end_column is None else source_end_column(last, where.end_column)
    return replace(where, column=source_column(first, where.column), end_column=end)
