"""Every text of a document, listed once, and what the wording finders see in each.

A dozen checks (terms, boilerplate, the data rules) read every heading, paragraph, contents entry
and table cell, and each ran its finders on every text again: a draft of 300 cells and lines paid
for a dozen walks of the model and a dozen finder calls per text. Here the texts are listed once
per document (:func:`document_texts`, shared through ``ctx.facts(doc).texts``), and each text's
findings are computed on first use and kept (:class:`TextFacts`): a check asks
``t.found.punctuation_slips`` and the second check asking the same finder gets the same answer.

The findings are pure functions of the text, so the :class:`TextFacts` of a short text (a cell,
a label, a template sentence: most texts of a form) is also shared by every equal text, through
:func:`perflint.text.memo.remember_short`: the 产出指标 / 数量指标 / 100% cells of every form of a
folder are analysed once. Every finding is a tuple (or a bool): shared answers are never changed.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from perflint.model import Block, Document, Heading, Paragraph, Part, SourceText, Table, TocEntry
from perflint.text.memo import remember_short


class TextFacts:
    """What the wording finders see in one text, each computed on first use."""

    def __init__(self, value: str) -> None:
        self.value = value

    # -- terms ---------------------------------------------------------------------------------
    @cached_property
    def terms(self) -> Any:
        """Misspelt terms, known typos and doubled characters (:func:`perflint.extract.terms.scan`)."""
        from perflint.extract.terms import scan

        return scan(self.value)

    @cached_property
    def punctuation_slips(self) -> tuple:
        from perflint.extract.punctuation import punctuation_slips

        return tuple(punctuation_slips(self.value))

    @cached_property
    def unbalanced_quotes(self) -> tuple:
        from perflint.extract.punctuation import unbalanced_quotes

        return tuple(unbalanced_quotes(self.value))

    @cached_property
    def doubled_adverbs(self) -> tuple:
        from perflint.extract.slips import doubled_adverbs

        return tuple(doubled_adverbs(self.value))

    @cached_property
    def zai_for_zai(self) -> tuple:
        from perflint.extract.slips import zai_for_zai

        return tuple(zai_for_zai(self.value))

    # -- boilerplate ---------------------------------------------------------------------------
    @cached_property
    def template_alternatives(self) -> tuple:
        from perflint.extract.template_text import template_alternatives

        return tuple(template_alternatives(self.value))

    @cached_property
    def placeholders(self) -> tuple:
        from perflint.extract.template_text import placeholders

        return tuple(placeholders(self.value))

    @cached_property
    def indicator_placeholders(self) -> tuple:
        from perflint.extract.template_text import indicator_placeholders

        return tuple(indicator_placeholders(self.value))

    @cached_property
    def blank_dates(self) -> tuple:
        from perflint.extract.template_text import blank_dates

        return tuple(blank_dates(self.value))

    @cached_property
    def empty_slots(self) -> tuple:
        from perflint.extract.template_text import empty_slots

        return tuple(empty_slots(self.value))

    @cached_property
    def template_instructions(self) -> tuple:
        from perflint.extract.template_text import template_instructions

        return tuple(template_instructions(self.value))

    @cached_property
    def stock_claim(self) -> bool:
        from perflint.extract.template_text import stock_claim

        return stock_claim(self.value)

    @cached_property
    def zero_changes_explained(self) -> tuple:
        from perflint.extract.zero_change import zero_changes_explained

        return tuple(zero_changes_explained(self.value))


@remember_short(16384)
def text_facts(value: str) -> TextFacts:
    """The findings of ``value``: one object for every equal short text (see the module's doc)."""
    return TextFacts(value)


class Text:
    """One text the author wrote: a heading, a paragraph, a contents entry or a non-empty cell."""

    __slots__ = ("part", "block", "text", "where", "found")

    def __init__(self, part: Part, block: Block, text: SourceText, where: str) -> None:
        self.part = part
        self.block = block
        self.text = text
        self.where = where  # paragraph | heading | toc | cell (| block: any other kind of block)
        # The findings of this text, shared by every check that reads it (and, for a short text,
        # by every equal text). An attribute, not a property: checks read it ~300,000 times a MB;
        # the object is empty until a finder is asked.
        self.found: TextFacts = text_facts(text.value)

    @property
    def value(self) -> str:
        return self.text.value


def document_texts(doc: Document) -> list[Text]:
    """Every text of ``doc`` in document order, as :meth:`Document.texts` walks them: headings,
    paragraphs, contents entries and each table cell that is not blank."""
    out: list[Text] = []
    for part in doc.parts:
        for block in part.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        text = cell.text
                        if text.value.strip():
                            out.append(Text(part, block, text, "cell"))
            else:
                out.append(Text(part, block, block.text, _where(block)))
    return out


def _where(block: Block) -> str:
    if isinstance(block, Heading):
        return "heading"
    if isinstance(block, Paragraph):
        return "paragraph"
    return "toc" if isinstance(block, TocEntry) else "block"
