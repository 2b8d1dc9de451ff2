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

Most texts hold nothing most finders look for, and a finder that says so by its first test
(``needs``: one character of each of a few sets, copied from that test or computed from the
finder's own screen) is not even called for them: a short text's TextFacts is of a subclass
whose answers for those finders are the empty ones, as class attributes (see ``_Gates``). Over
the benchmark drafts that left 30,000 of the 103,000 finder calls.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

from perflint.model import Block, Document, Heading, Paragraph, Part, SourceText, Table, TocEntry
from perflint.text.memo import MAX_CHARS, remember_short
from perflint.text.patterns import compile_pattern


class _Finding:
    """A finding of the text: the finder ``module.name`` applied on first use and kept in the
    instance (as a tuple: the answer is shared, nobody may change it). The finder is imported
    when first asked, so a family's finders load only when the family runs.

    A plain non-data descriptor rather than ``functools.cached_property``, which takes a lock on
    every first access (thousands of texts times two dozen finders a megabyte)."""

    def __init__(self, module: str, name: str, shape: Callable[[Any], Any] = tuple,
                 needs: tuple[str, ...] | Callable[[], tuple[Any, ...]] = ()) -> None:
        self.module, self.name, self.shape = module, name, shape
        self.finder: Callable[[str], Any] | None = None
        self.attr = name
        # What a text must hold for the finder to find anything: one character of each string
        # (DIGIT: any decimal digit, as ``\d`` reads it). Copied from the finder's own first
        # test, so a text without them gets the empty answer without a call (see TextFacts); or
        # a function giving them, asked when the first text is sorted (a data file's wordings).
        self.needs = needs
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


DIGIT = r"\d"  # in ``needs``: any decimal digit (as the pattern \d matches one, full-width ones too)
_PERCENT = "%％个百"  # the first characters of every percent spelling (units.yaml) and of ``%``


_PUNCTUATION = "perflint.extract.punctuation"
_SLIPS = "perflint.extract.slips"
_TEMPLATE = "perflint.extract.template_text"
_CLAIMS = "perflint.extract.claims"
_FIGURE_UNITS = "perflint.extract.figure_units"


def _screened(module: str, screen: str) -> Callable[[], tuple[frozenset[str], ...]]:
    """``needs`` of a finder whose first test is ``_none_can_match(screen(), text)`` (or a search
    of the pattern ``screen()`` alone): one of the characters every match of the pattern holds
    (:func:`perflint.text.patterns.required_chars`; no gate when they are not known)."""

    def needs() -> tuple[frozenset[str], ...]:
        from perflint.text.patterns import required_chars

        pattern = getattr(importlib.import_module(module), screen)()
        if isinstance(pattern, tuple):  # a gate of template_text: (the union, its characters' class)
            pattern = pattern[0]
        chars = required_chars(pattern.pattern, pattern.flags) if pattern is not None else None
        return (chars,) if chars else ()

    return needs


def _concession_needs() -> tuple[str, ...]:
    """unfinished_concessions: the first characters of the concessive openers (its own screen)."""
    from perflint.extract.unfinished_clauses import _heads

    return ("".join(sorted(_heads())),)


def _claim_words(key: str) -> Callable[[], tuple[str, ...]]:
    """``needs`` of a claims finder that looks first for one of the words ``phrases()[key]`` in
    the normalised text: their first characters (Chinese ones, which normalising leaves alone)."""

    def needs() -> tuple[str, ...]:
        from perflint.extract.claims import phrases

        firsts = {w[:1] for w in phrases()[key]}
        return ("".join(sorted(firsts)),) if firsts and all("\u4e00" <= c <= "\u9fff" for c in firsts) else ()

    return needs


def _stock_needs() -> tuple[frozenset[str], ...]:
    """stock_claim: one of the characters every match of one of its patterns holds (its text
    without punctuation is matched: what that text holds, the text holds)."""
    from perflint.extract.template_text import _stock_patterns
    from perflint.text.patterns import required_chars

    chars: set[str] = set()
    for pattern in _stock_patterns():
        required = required_chars(pattern.pattern, pattern.flags)
        if not required:
            return ()  # a pattern that tells nothing: no gate
        chars |= required
    return (frozenset(chars),) if chars else ()


def _slot_needs() -> tuple[str, ...]:
    """empty_slots: a money or count slot ends with one of the slot units, a percent slot with its sign, a
    score slot with 分 (得分为（  ）分) or names it (得分及等级为…)."""
    from perflint.extract.template_text import phrases

    ph = phrases()
    return ("".join(u[:1] for u in ph["money_slot_units"] + ph["count_slot_units"]) + "%％分",)


def _context_typo_needs() -> tuple[str, ...]:
    """context_typos: every listed word holds the character its entry names as its ``gate``, the
    word's rarest (未 of 年未, 其 of 及其, 以 of 以完成: 成 and 于 stand in most paragraphs)."""
    from perflint.extract.slips import _lists

    return ("".join(sorted({e["gate"] for e in (_lists().get("context_typos") or {}).values()})),)


class TextFacts:
    """What the finders see in one text, each computed on first use."""

    def __init__(self, value: str) -> None:
        self.value = value

    # -- wording: every text of the document (terms, boilerplate) ----------------------------
    terms = _Finding("perflint.extract.terms", "scan", _same)  # misspellings, typos, doubled characters
    punctuation_slips = _Finding(_PUNCTUATION, "punctuation_slips")
    unbalanced_quotes = _Finding(_PUNCTUATION, "unbalanced_quotes", needs=("“”‘’",))
    doubled_adverbs = _Finding(_SLIPS, "doubled_adverbs", needs=("将把",))
    words_around_quotes = _Finding(_SLIPS, "words_around_quotes", needs=("“",))
    doubled_levels = _Finding(_SLIPS, "doubled_levels", needs=("省市县区", "局委厅"))
    doubled_date_units = _Finding(_SLIPS, "doubled_date_units", needs=("年月", DIGIT))
    zai_for_zai = _Finding(_SLIPS, "zai_for_zai", needs=("在", "先"))
    years_without_nian = _Finding(_SLIPS, "years_without_nian", needs=("度",))
    context_typos = _Finding(_SLIPS, "context_typos", needs=_context_typo_needs)
    template_alternatives = _Finding(_TEMPLATE, "template_alternatives", needs=_screened(_TEMPLATE, "_alternative_gate"))
    placeholders = _Finding(_TEMPLATE, "placeholders", needs=_screened(_TEMPLATE, "_placeholder_gate"))
    indicator_placeholders = _Finding(_TEMPLATE, "indicator_placeholders", needs=_screened(_TEMPLATE, "_indicator_placeholder"))
    blank_dates = _Finding(_TEMPLATE, "blank_dates", needs=("年",))
    empty_slots = _Finding(_TEMPLATE, "empty_slots", needs=_slot_needs)
    slots_filled_twice = _Finding(_TEMPLATE, "slots_filled_twice", needs=("为",))
    template_instructions = _Finding(_TEMPLATE, "template_instructions", needs=_screened(_TEMPLATE, "_instruction_gate"))
    stock_claim = _Finding(_TEMPLATE, "stock_claim", bool, needs=_stock_needs)
    zero_changes_explained = _Finding("perflint.extract.zero_change", "zero_changes_explained", needs=("0０",))
    unfinished_concessions = _Finding("perflint.extract.unfinished_clauses", "unfinished_concessions",
                                      needs=_concession_needs)

    # -- prose: the paragraphs and prose cells each family reads (figures and what they say) --
    decrease_percentages = _Finding("perflint.extract.percentages", "decrease_percentages", needs=(DIGIT, _PERCENT))
    rate_statements = _Finding("perflint.extract.percentages", "rate_statements", needs=(DIGIT, _PERCENT))
    floor_rate_bounds = _Finding("perflint.extract.percentages", "floor_rate_bounds", needs=("≤≦<＜", _PERCENT))
    points_as_percent = _Finding("perflint.extract.point_changes", "points_as_percent", needs=("%％",))
    share_overflows = _Finding("perflint.extract.point_changes", "share_overflows", needs=("占", "%％"))
    measures = _Finding("perflint.extract.measures", "measures", needs=("亩米顷里",))
    measure_slips = _Finding("perflint.extract.measures", "measure_slips", needs=("其", "亩米顷里"))
    areas_in_length = _Finding("perflint.extract.measures", "areas_in_length_units", needs=("积", "mM米里"))
    glued_units = _Finding(_FIGURE_UNITS, "glued_units", needs=("%％元",))
    tiny_funds = _Finding(_FIGURE_UNITS, "tiny_funds", needs=(DIGIT, "元"))
    weighted_shares = _Finding("perflint.extract.prose_rates", "weighted_shares", needs=(DIGIT, _PERCENT))
    announced_counts = _Finding("perflint.extract.announced_counts", "announced_counts", needs=("个项家所类条",))
    self_scores = _Finding("perflint.extract.budget_statements", "self_scores", needs=("分", DIGIT))
    completion_claims = _Finding(_CLAIMS, "completion_claims", needs=_claim_words("completion_phrases"))
    dated_events = _Finding(_CLAIMS, "dated_events", needs=("年12１２",))  # a date: 年, or 19/20
    misdefinitions = _Finding(_CLAIMS, "misdefinitions", needs=_claim_words("definitions"))
    town_governments = _Finding(_CLAIMS, "town_governments")
    income_expense_totals = _Finding(_CLAIMS, "income_expense_totals")
    supervisor_and_implementer = _Finding(_CLAIMS, "supervisor_and_implementer", needs=("主", "实"))
    bare_figures = _Finding(_FIGURE_UNITS, "bare_figures", needs=(DIGIT,))
    bare_prior_figures = _Finding(_FIGURE_UNITS, "bare_prior_figures", needs=("上较比",))
    bare_standards = _Finding(_FIGURE_UNITS, "bare_standards", needs=("/／",))
    wan_amounts = _Finding(_FIGURE_UNITS, "wan_amounts", needs=("万", DIGIT))
    mixed_bases = _Finding(_FIGURE_UNITS, "mixed_bases", needs=("按",))
    head_counts_in_other_units = _Finding(_FIGURE_UNITS, "head_counts_in_other_units", needs=("人",))
    person_counts = _Finding(_FIGURE_UNITS, "person_counts", needs=(DIGIT, "人名"))
    count_sums = _Finding(_FIGURE_UNITS, "count_sums", needs=("其",))
    malformed_years = _Finding("perflint.text.dates", "malformed_years", needs=("号年",))
    misread_years = _Finding("perflint.text.dates", "misread_years", needs=(DIGIT,))  # glued dates, reversed spans
    title_shaped = _Finding("perflint.text.dates", "title_shaped", bool, needs=("年",))
    years_lost = _Finding("perflint.text.dates", "years_lost_before_du", needs=("度",))  # 第二部分度部门决算


# -- texts that cannot hold a finding -------------------------------------------------------
# Most texts hold none of what most finders look for, and each finder's first test says so
# (``if "年" not in text: return []``). The finders that declare that test (``needs``) are
# not even called for such a text: a text's TextFacts is of a subclass in which their answers
# are plain class attributes, the empty answer. The subclass is chosen by which of the needed
# characters the text holds (one search in C), and made once per such set. Short texts only:
# they are remembered, the answers of a long one are asked for a few at a time.

_EMPTY = {tuple: (), bool: False}  # what each shape makes of a finder's empty answer


def _gated() -> list[tuple[str, tuple[frozenset[str], ...], Any]]:
    """(attribute, the character sets of which the text must hold one each, empty answer)."""
    out = []
    for attr, f in vars(TextFacts).items():
        if not isinstance(f, _Finding) or not f.needs:
            continue
        try:
            needs = f.needs() if callable(f.needs) else f.needs
        except Exception:  # a data file without the wordings: the finder tells for itself
            needs = ()
        if needs and all(needs):
            out.append((attr, tuple(frozenset([DIGIT]) if group == DIGIT else frozenset(group) for group in needs),
                        _EMPTY[f.shape]))
    return out


class _Gates:
    """The needed characters of every gated finder and the subclass for each set a text holds."""

    def __init__(self) -> None:
        self.gated = _gated()
        chars = sorted({c for _, groups, _ in self.gated for g in groups for c in g if c != DIGIT})
        # compiled from code kept across runs (a class of a hundred characters: a start-up cost)
        self.chars = compile_pattern("[" + re.escape("".join(chars)) + "]")
        self.digit = compile_pattern(r"\d")
        self.classes: dict[frozenset[str], type[TextFacts]] = {}
        self.by_gated: dict[frozenset[str], type[TextFacts]] = {}
        # Each finder's groups of needed characters numbered: a character (DIGIT among them) as
        # the bits of the groups it is in, a finder as the bits of its groups. The groups a set
        # of characters meets are the bits of its characters together, and a finder is fed when
        # it meets all of its own: one loop over the few characters a text holds, then one
        # lookup, where a loop over every gated finder's groups was made for each new set (a
        # few thousand sets over the stored pages, whose texts vary more than a form's).
        self.char_bits: dict[str, int] = {}
        self.needs: list[tuple[str, int, Any]] = []
        bit = 1
        for attr, groups, answer in self.gated:
            need = 0
            for group in groups:
                for c in group:
                    self.char_bits[c] = self.char_bits.get(c, 0) | bit
                need |= bit
                bit <<= 1
            self.needs.append((attr, need, answer))
        self.by_met: dict[int, type[TextFacts]] = {}

    def facts(self, value: str) -> TextFacts:
        held = frozenset(self.chars.findall(value))
        if self.digit.search(value) is not None:
            held |= {DIGIT}
        cls = self.classes.get(held)
        if cls is None:
            cls = self.classes[held] = self._subclass(held)
        return cls(value)

    def _subclass(self, held: frozenset[str]) -> type[TextFacts]:
        if len(self.classes) >= 4096:  # bounded: the sets of characters texts hold are few in practice
            self.classes.clear()
            self.by_gated.clear()
            self.by_met.clear()
        met = 0  # the groups held meets
        bits = self.char_bits
        for c in held:
            met |= bits.get(c, 0)
        cls = self.by_met.get(met)
        if cls is not None:
            return cls
        empty = {attr: answer for attr, need, answer in self.needs if need & met != need}
        if not empty:
            cls = TextFacts
        else:
            key = frozenset(empty)  # one class for every set of characters that gates the same finders
            cls = self.by_gated.get(key)
            if cls is None:
                cls = self.by_gated[key] = type("TextFacts", (TextFacts,), {"__slots__": (), **empty})
        self.by_met[met] = cls
        return cls


_GATES: list[_Gates] = []


@remember_short(4096)  # bounded memory: a form's recurring texts fit many times over
def text_facts(value: str) -> TextFacts:
    """The findings of ``value``: one object for every equal short text (see the module's doc)."""
    if len(value) > MAX_CHARS:
        # not remembered, so made again by each check that asks (a rule reading one finder of
        # each paragraph): the finders' own first tests cost less than telling the gates
        return TextFacts(value)
    if not _GATES:
        _GATES.append(_Gates())
    return _GATES[0].facts(value)


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
    paragraphs, contents entries and each table cell that is not blank.

    :meth:`Document.text_places` written out (as it is written out of ``blocks()``): a generator
    step and a tuple per text less, and the findings of a cell looked up in the one dict the
    short texts' are remembered in (every check reads this list; a draft has hundreds of cells)."""
    out: list[Text] = []
    add = out.append
    facts_of_text = text_facts
    new = object.__new__
    for part in doc.parts:
        for block in part.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        if not cell.is_empty:
                            text = cell.text
                            t = new(Text)
                            t.part, t.block, t.text, t.where = part, block, text, "cell"
                            t.found = facts_of_text(text.value)
                            add(t)
            else:
                add(Text(part, block, block.text, _where(block)))
    return out


def _where(block: Block) -> str:
    if isinstance(block, Heading):
        return "heading"
    if isinstance(block, Paragraph):
        return "paragraph"
    return "toc" if isinstance(block, TocEntry) else "block"
