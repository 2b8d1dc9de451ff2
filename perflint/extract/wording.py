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
folder are analysed once. Checks that walk the prose of each part (figures, claims, dates) ask
``text_facts(text).<finder>`` the same way. Every finding is a tuple (or a bool): shared
answers are never changed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from perflint.model import Block, Document, Heading, Paragraph, Part, SourceText, TocEntry
from perflint.text.memo import remember_short


class _Finding:
    """A finding of the text: the finder ``module.name`` applied on first use and kept in the
    instance (as a tuple: the answer is shared, nobody may change it). The finder is imported
    when first asked, so a family's finders load only when the family runs.

    A plain non-data descriptor rather than ``functools.cached_property``, which takes a lock on
    every first access (thousands of texts times two dozen finders a megabyte)."""

    def __init__(self, module: str, name: str, shape: Callable[[Any], Any] = tuple) -> None:
        self.module, self.name, self.shape = module, name, shape
        self.finder: Callable[[str], Any] | None = None
        self.attr = name
        self.__doc__ = f"``{module}.{name}`` of the text."

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    def __get__(self, facts: TextFacts | None, owner: type | None = None) -> Any:
        if facts is None:
            return self
        if self.finder is None:
            self.finder = getattr(importlib.import_module(self.module), self.name)
        value = facts.__dict__[self.attr] = self.shape(self.finder(facts.value))
        return value


def _same(value: Any) -> Any:
    return value


_PUNCTUATION = "perflint.extract.punctuation"
_SLIPS = "perflint.extract.slips"
_TEMPLATE = "perflint.extract.template_text"
_CLAIMS = "perflint.extract.claims"
_FIGURE_UNITS = "perflint.extract.figure_units"


class TextFacts:
    """What the finders see in one text, each computed on first use."""

    def __init__(self, value: str) -> None:
        self.value = value

    # -- wording: every text of the document (terms, boilerplate) ----------------------------
    terms = _Finding("perflint.extract.terms", "scan", _same)  # misspellings, typos, doubled characters
    punctuation_slips = _Finding(_PUNCTUATION, "punctuation_slips")
    unbalanced_quotes = _Finding(_PUNCTUATION, "unbalanced_quotes")
    doubled_adverbs = _Finding(_SLIPS, "doubled_adverbs")
    zai_for_zai = _Finding(_SLIPS, "zai_for_zai")
    years_without_nian = _Finding(_SLIPS, "years_without_nian")
    template_alternatives = _Finding(_TEMPLATE, "template_alternatives")
    placeholders = _Finding(_TEMPLATE, "placeholders")
    indicator_placeholders = _Finding(_TEMPLATE, "indicator_placeholders")
    blank_dates = _Finding(_TEMPLATE, "blank_dates")
    empty_slots = _Finding(_TEMPLATE, "empty_slots")
    slots_filled_twice = _Finding(_TEMPLATE, "slots_filled_twice")
    template_instructions = _Finding(_TEMPLATE, "template_instructions")
    stock_claim = _Finding(_TEMPLATE, "stock_claim", bool)
    zero_changes_explained = _Finding("perflint.extract.zero_change", "zero_changes_explained")
    unfinished_concessions = _Finding("perflint.extract.unfinished_clauses", "unfinished_concessions")

    # -- prose: the paragraphs and prose cells each family reads (figures and what they say) --
    decrease_percentages = _Finding("perflint.extract.percentages", "decrease_percentages")
    rate_statements = _Finding("perflint.extract.percentages", "rate_statements")
    points_as_percent = _Finding("perflint.extract.point_changes", "points_as_percent")
    share_overflows = _Finding("perflint.extract.point_changes", "share_overflows")
    measures = _Finding("perflint.extract.measures", "measures")
    measure_slips = _Finding("perflint.extract.measures", "measure_slips")
    glued_units = _Finding(_FIGURE_UNITS, "glued_units")
    tiny_funds = _Finding(_FIGURE_UNITS, "tiny_funds")
    weighted_shares = _Finding("perflint.extract.prose_rates", "weighted_shares")
    announced_counts = _Finding("perflint.extract.announced_counts", "announced_counts")
    self_scores = _Finding("perflint.extract.budget_statements", "self_scores")
    completion_claims = _Finding(_CLAIMS, "completion_claims")
    dated_events = _Finding(_CLAIMS, "dated_events")
    misdefinitions = _Finding(_CLAIMS, "misdefinitions")
    town_governments = _Finding(_CLAIMS, "town_governments")
    income_expense_totals = _Finding(_CLAIMS, "income_expense_totals")
    supervisor_and_implementer = _Finding(_CLAIMS, "supervisor_and_implementer")
    bare_figures = _Finding(_FIGURE_UNITS, "bare_figures")
    bare_prior_figures = _Finding(_FIGURE_UNITS, "bare_prior_figures")
    bare_standards = _Finding(_FIGURE_UNITS, "bare_standards")
    mixed_bases = _Finding(_FIGURE_UNITS, "mixed_bases")
    head_counts_in_other_units = _Finding(_FIGURE_UNITS, "head_counts_in_other_units")
    person_counts = _Finding(_FIGURE_UNITS, "person_counts")
    count_sums = _Finding(_FIGURE_UNITS, "count_sums")
    malformed_years = _Finding("perflint.text.dates", "malformed_years")
    misread_years = _Finding("perflint.text.dates", "misread_years")  # glued dates, reversed spans
    title_shaped = _Finding("perflint.text.dates", "title_shaped", bool)


@remember_short(4096)  # bounded memory: a form's recurring texts fit many times over
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
    return [Text(part, block, text, "cell" if in_table else _where(block))
            for part, block, text, in_table in doc.text_places()]


def _where(block: Block) -> str:
    if isinstance(block, Heading):
        return "heading"
    if isinstance(block, Paragraph):
        return "paragraph"
    return "toc" if isinstance(block, TocEntry) else "block"
