"""Facts the boilerplate checks share: each 自评表 with the narrative that speaks about it.

One part often holds several forms (a 决算说明 with eight project reports as 附件), so the
problem statements and the narrative 自评得分 are tied to the form of the project they name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain

from perflint.check import Context
from perflint.extract.form_answers import (
    DEVIATION_LABEL,
    IMPROVEMENT_LABEL,
    Spill,
    answer_cells,
    cells_after_label,
    is_last_row_label,
    spill_after_table,
)
from perflint.extract.form_links import linker_of
from perflint.extract.narrative_scores import (
    ScoreStatement,
    narrative_scores,
)
from perflint.extract.part_index import by_part
from perflint.extract.problems import Problem, part_problems
from perflint.extract.selfeval import Figure, Indicator, SelfEvaluation
from perflint.extract.targets import compare_target
from perflint.extract.wording import Text
from perflint.facts import facts_of
from perflint.model import Cell, Document, Location
from perflint.text.normalise import compact
from perflint.text.numbers import fmt

from .._text_classes import may_answer

FULL_MARKS = Decimal(100)


@dataclass
class Miss:
    """An indicator whose actual fails (or cannot be shown to meet) its target."""

    indicator: Indicator
    verdict: str  # missed | unproven

    @property
    def location(self) -> Location:
        fig = self.indicator.actual or self.indicator.target
        return fig.cell.text.locate() if fig else self.indicator.row.cells[0].text.locate()


@dataclass
class LostPoints:
    """Evidence that the form did not award full marks."""

    what: str  # indicator | budget | total | header_total | narrative
    location: Location
    score: Decimal
    out_of: Decimal
    name: str = ""


@dataclass
class FormFacts:
    """What the boilerplate family reads of one 自评表: its problems, scores, misses and lost points."""

    se: SelfEvaluation
    problems: list[Problem] = field(default_factory=list)
    scores: list[ScoreStatement] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    lost: list[LostPoints] = field(default_factory=list)
    spill: Spill | None = None

    @property
    def deviation_label(self) -> Cell | None:
        if self.se.deviation_label is not None:
            return self.se.deviation_label
        block = self._spill().labels.get("deviation")
        return Cell(block.text) if block is not None else None

    @property
    def deviation_answer(self) -> list[Cell]:
        return self._answer("deviation", self.se.deviation_label, self.se.deviation, DEVIATION_LABEL)

    @property
    def improvement_label(self) -> Cell | None:
        if self.se.improvement_label is not None:
            return self.se.improvement_label
        block = self._spill().labels.get("improvement")
        return Cell(block.text) if block is not None else None

    @property
    def improvement_answer(self) -> list[Cell]:
        return self._answer("improvement", self.se.improvement_label, self.se.improvement, IMPROVEMENT_LABEL)

    def _spill(self) -> Spill:
        if self.spill is None:
            self.spill = spill_after_table(self.se.part, self.se.table)
        return self.spill

    def _answer(self, which: str, label: Cell | None, cells: list[Cell], label_text: str) -> list[Cell]:
        """The reader's answer cells without label fragments; when the label ends the table or
        stands after it, the paragraphs that spilled out of the table."""
        answer = answer_cells(cells, label_text)
        if answer:
            return answer
        if label is not None:
            other = IMPROVEMENT_LABEL if which == "deviation" else DEVIATION_LABEL
            answer = cells_after_label(self.se.table, label, label_text, other)
            if answer:
                return answer
        spill = self._spill()
        if label is None:
            return [Cell(p.text) for p in spill.answers.get(which, [])]
        if is_last_row_label(self.se.table, label, label_text):
            return [Cell(p.text) for p in spill.lead]
        if label.text.value and not any(label is c for r in self.se.table.rows for c in r.cells):
            return [Cell(p.text) for p in spill.answers.get(which, [])]
        return []


def _misses(se: SelfEvaluation) -> list[Miss]:
    out = []
    for ind in se.indicators:
        if ind.target is None or ind.actual is None:
            continue
        t, a = ind.target.quantity, ind.actual.quantity
        if t is None or a is None:
            continue
        verdict = compare_target(t, a, ind.name, ind.level2)
        if verdict:
            out.append(Miss(ind, verdict))
    return out


def _value(fig: Figure | None) -> Decimal | None:
    if fig is None or fig.quantity is None or fig.quantity.relation is not None:
        return None
    return fig.quantity.value


def _lost(se: SelfEvaluation, scores: list[ScoreStatement]) -> list[LostPoints]:
    out = []
    for ind in se.indicators:
        score = _value(ind.score)
        if score is not None and ind.weight is not None and score < ind.weight:
            out.append(LostPoints("indicator", ind.score.cell.text.locate(), score, ind.weight, ind.name))
    for b in se.budget:
        score = _value(b.score)
        if score is not None and b.weight is not None and score < b.weight:
            out.append(LostPoints("budget", b.score.cell.text.locate(), score, b.weight, b.item))
    for what, fig in (("total", se.total), ("header_total", se.header_total)):
        score = _value(fig)
        if score is not None and score < FULL_MARKS:
            out.append(LostPoints(what, fig.cell.text.locate(), score, FULL_MARKS))
    for s in scores:
        if s.quantity.value < FULL_MARKS:
            out.append(LostPoints("narrative", s.location, s.quantity.value, FULL_MARKS))
    return out


def _build(doc: Document) -> list[FormFacts]:
    forms = by_part(facts_of(doc).self_evaluations)  # the 自评表 reading every family shares, read once
    out: list[FormFacts] = []
    for part in doc.parts:
        mine = forms.get(id(part), [])
        if not mine:
            continue
        facts = [FormFacts(se) for se in mine]
        of_form = {id(f.se): f for f in facts}
        linker = linker_of(doc, part)
        for p in part_problems(doc, part):
            owner = linker.form_of(p.block)
            if owner is not None:
                of_form[id(owner)].problems.append(p)
        for s in narrative_scores(part):
            owner = linker.form_of(s.block)
            if owner is not None:
                of_form[id(owner)].scores.append(s)
        for f in facts:
            f.misses = _misses(f.se)
            f.lost = _lost(f.se, f.scores)
        out.extend(facts)
    return out


def form_facts(doc: Document, ctx: Context) -> list[FormFacts]:
    return ctx.cached(doc, "boilerplate.forms", _build)


def show(fig: Figure | None) -> str:
    return compact(fig.text) if fig is not None else "—"


def show_score(value: Decimal) -> str:
    return fmt(value)


def texts(doc: Document) -> list[Text]:
    """Every paragraph, heading and table cell, in document order (TOC entries left out), each
    with its wording findings computed once (:mod:`perflint.extract.wording`).

    Listed once per document: five checks of the family walk the same texts."""
    return facts_of(doc).cached("boilerplate.texts", _texts)


def _texts(doc: Document) -> list[Text]:
    return [t for t in facts_of(doc).texts if t.where in _WRITTEN]


_WRITTEN = frozenset(("paragraph", "heading", "cell"))


def texts_with(doc: Document, finders: tuple[str, ...]) -> list[int]:
    """The indices in :func:`texts` of the texts for which one of the wording finders named
    ``finders`` may find something, in document order.

    Most texts are ruled out by the class of their findings (``type(text.found)``): a text
    without the characters a finder needs has findings of a class that answers the finder with a
    plain empty value (:mod:`perflint.extract.wording`), the same for every text of the class. The
    texts are sorted by that class once per document (a few dozen classes), and a check walks
    only those of the classes that may answer one of its finders: the family's checks each
    walked every text and asked it in turn."""
    picked = may_answer(facts_of(doc).cached("boilerplate.texts_by_class", _by_class), finders)
    if len(picked) == 1:
        return picked[0]
    return sorted(chain.from_iterable(picked))


def _by_class(doc: Document) -> dict[type, list[int]]:
    out: dict[type, list[int]] = {}
    for k, t in enumerate(texts(doc)):
        cls = type(t.found)
        found = out.get(cls)
        if found is None:
            out[cls] = [k]
        else:
            found.append(k)
    return out
