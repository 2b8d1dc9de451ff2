"""The prose of a document as a stream of clauses, and the runs of it copied from elsewhere.

Shared by the copied-text checks (built once per document through ``ctx.cached``). Only
paragraphs and headings take part; tables break a run; the forms' printed notes and standard
definitions (``perflint/data/duplicates.yaml``) are left out because they are meant to repeat.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple, overload

from perflint.check import Context
from perflint.extract.repetition import paragraphs_written_twice
from perflint.extract.selfeval import SelfEvaluation, self_evaluations
from perflint.extract.similarity import (
    Clause,
    OtherBlock,
    Run,
    Segment,
    budget_side,
    clause_tuple,
    copied_runs_of,
    last_kept_char,
    match_rows,
    normalise,
    ratio,
)
from perflint.extract.template_passages import is_template_passage, prescribed_words, template_section
from perflint.model import Block, Document, Heading, Paragraph, Part, Table
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbers import find_quantities
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import SENTENCE_END, sentences

MIN_CLAUSE = 5  # shorter clauses (二是, 主要产出和效益) carry no evidence either way
FUZZY_MIN = 10  # shorter clauses must match exactly
SPECIFIC_HEADING = 14  # a heading this long names something (a project), not a template slot
LEADING_SHORT = 15  # a short clause opens a run only if its whole paragraph is copied
SAME_PART_COVERAGE = 0.5  # inside one report a copy must be most of its paragraph
WHOLE_PART = 0.95  # a part this much copied is one finding (an annex pasting the body again)


@dataclass(slots=True)  # one per clause of the prose
class Passage:
    """Where a segment of the stream comes from."""

    part_index: int
    part: Part
    block: Block
    start: int
    end: int
    in_form: bool  # a 偏差原因 / 改进措施 answer of a 自评表
    section: int  # counts headings: a new heading starts a new section
    preamble: bool = False  # before the part's first heading (a report's formulaic opening)


class _Origin(NamedTuple):  # one per block of the prose that has clauses in the stream
    """A paragraph or heading of the stream: what its passages share (made in C, as the
    segments are: see :class:`~perflint.extract.similarity.Segment`)."""

    part_index: int
    part: Part
    block: Block
    in_form: bool
    section: int
    preamble: bool
    accounts: bool  # its part is a 决算说明


class _Passages(Sequence[Passage]):
    """The passages of a stream, made when asked (a few clauses of a draft are ever reported or
    looked at: making one per clause was a fifth of building the stream)."""

    def __init__(self, stream: Stream) -> None:
        self._stream = stream
        self._made: dict[int, Passage] = {}

    def __len__(self) -> int:
        return len(self._stream.segments)

    @overload
    def __getitem__(self, i: int) -> Passage: ...

    @overload
    def __getitem__(self, i: slice) -> list[Passage]: ...

    def __getitem__(self, i: int | slice) -> Passage | list[Passage]:
        if isinstance(i, slice):
            return [self[k] for k in range(len(self))[i]]
        if i < 0:
            i += len(self)
        made = self._made.get(i)
        if made is None:
            stream = self._stream
            o = stream.origins[stream.segments[i].block]
            clause = stream.clauses[i]
            made = self._made[i] = Passage(o.part_index, o.part, o.block, clause.start, clause.end, o.in_form,
                                           o.section, o.preamble)
        return made


@dataclass
class Stream:
    """A document's text as one stream of segments, cut into the passages compared for copies.

    ``origins[b]`` is the block ``b`` of the segments (``Segment.block``; 0 is none) and
    ``blocks[b]`` the indices of its segments; ``clauses[i]`` is segment ``i``'s clause."""

    segments: list[Segment]
    clauses: list[Clause]
    origins: list[_Origin | None]
    blocks: list[range]
    passages: _Passages = field(init=False)

    def __post_init__(self) -> None:
        self.passages = _Passages(self)

    def section(self, i: int) -> int:
        return self.origins[self.segments[i].block].section  # type: ignore[union-attr]

    def part_index(self, i: int) -> int:
        return self.origins[self.segments[i].block].part_index  # type: ignore[union-attr]


@dataclass
class Copy:
    """A copied run, trimmed and located."""

    run: Run
    passages: list[Passage]  # of the copy, in order
    sources: list[Passage]  # of the source, in order
    origin: Passage  # the first occurrence of the text the copy starts with
    source_start: Passage  # where the copied stretch starts in the source
    weight: int
    score: float
    whole: bool = True  # every clause of the copy's paragraphs is copied
    paragraphs: int = 1
    part_share: float | None = None  # set when the copy is (nearly) its whole part


is_boilerplate = is_template_passage  # the name the duplicate detectors use


def _form_lines(forms: list[SelfEvaluation]) -> set[int]:
    lines: set[int] = set()
    for se in forms:
        for cell in (*se.deviation, *se.improvement):
            lines.add(cell.line)
    return lines


_SENTENCE_ENDS = tuple(SENTENCE_END)


def _is_title_line(block: Block, title: str, last: str | None = None) -> bool:
    """A line of the part's title (cover pages repeat ``2020 年度绩效自评报告`` in every part).
    (``last``: the block's :func:`last_kept_char`, when known.)

    A sentence is never one: a part with no report title is titled by its first paragraph (a
    web page pasted as one paragraph, a cut excerpt), and that paragraph written again is a copy."""
    if last is None:
        last = last_kept_char(block.text.value)
    if not last or last not in title:
        return False  # its normalised text ends with ``last``: not in the title (most paragraphs)
    value = block.text.value.rstrip()  # (split into sentences only past that screen)
    if value.endswith(_SENTENCE_ENDS) or len(sentences(value)) > 1:
        return False
    norm = normalise(block.text.value)
    return bool(norm) and norm in title


def written_twice(doc: Document, ctx: Context) -> list[tuple[Block, Block]]:
    """The paragraphs written again right under themselves (:func:`paragraphs_written_twice`),
    found once per document for D208, which reports them, and D203, which leaves them out.

    A paragraph written again right under itself is a doubling (D208 reports it whatever its
    length), not a copy from elsewhere. Left out of the stream, it can neither make a run of its
    own (a list item of short clauses or categories passed no rule) nor end up inside a run
    that follows a clause every line repeats (``决算数与预算数持平``) to another place."""
    return ctx.cached(doc, "duplicates.written_twice", paragraphs_written_twice)


_new = tuple.__new__  # a named tuple made from its fields in C


_NO_CLAUSE: tuple[tuple[Clause, ...], tuple[str, ...], bool, str] = ((), (), False, "")


@remember_short(8192)
def _stream_clauses(text: str) -> tuple[tuple[Clause, ...], tuple[str, ...], bool, str]:
    """The clauses of a paragraph or heading long enough to take part and their normalised
    texts, then what the screens of :func:`build_stream` ask of the text alone: whether it is
    written in prescribed words, and its :func:`last_kept_char` (remembered: a draft repeats its
    lines, a folder its template's). A text without such a clause is asked nothing more."""
    kept = tuple(c for c in clause_tuple(text) if len(c.norm) >= MIN_CLAUSE)
    if not kept:
        return _NO_CLAUSE
    return kept, tuple(c.norm for c in kept), prescribed_words(text), last_kept_char(text)


def build_stream(doc: Document, forms: list[SelfEvaluation] | None = None,
                 twice: list[tuple[Block, Block]] | None = None) -> Stream:
    """(``forms``: the document's 自评表, ``twice``: its :func:`paragraphs_written_twice`, when
    known.)"""
    form_lines = _form_lines(self_evaluations(doc) if forms is None else forms)
    doubled = {id(block) for _, block in (paragraphs_written_twice(doc) if twice is None else twice)}
    segments: list[Segment] = []
    spans: list[Clause] = []
    origins: list[_Origin | None] = [None]  # by block id (from 1)
    blocks: list[range] = [range(0)]
    group = 0
    section = 0
    # the section paths of a part's blocks are the same tuple block after block: its answer is
    # asked once per tuple met (template_section is a pure function of the path)
    path: tuple[str, ...] | None = None
    in_template = False
    for p_index, part in enumerate(doc.parts):
        group += 1
        title = normalise(part.title)
        accounts = part.kind == "final_accounts"
        preamble = True
        for block in part.blocks:
            if isinstance(block, Paragraph):  # (most blocks; the three classes are apart)
                counts = True
            elif isinstance(block, Table):
                group += 1
                continue
            elif isinstance(block, Heading):
                section += 1
                preamble = False
                counts = False
            else:
                continue
            # the clauses first: a block without one long enough adds nothing, whatever it is
            # (the screens below are pure, so their order changes nothing but the cost)
            text = block.text
            kept, norms, prescribed, last = _stream_clauses(text.value)
            if not kept or prescribed:
                continue
            if block.section is not path:
                path = block.section
                in_template = template_section(tuple(path))
            if in_template or last in title and _is_title_line(block, title, last) or id(block) in doubled:
                continue  # (is_boilerplate: prescribed words, or a section every report repeats)
            block_id = len(origins)
            first = len(segments)
            segments += map(_new, repeat(Segment), zip(norms, repeat(group), repeat(block_id), repeat(counts)))
            spans += kept
            in_form = text.line in form_lines if form_lines else False  # (its line found only if asked)
            origins.append(_new(_Origin, (p_index, part, block, in_form, section, preamble, accounts)))
            blocks.append(range(first, len(segments)))
    return Stream(segments, spans, origins, blocks)


def _filter(stream: Stream, raw: Iterable[tuple[int, list[tuple[int, float]]]]
            ) -> Iterator[tuple[int, list[tuple[int, float]]]]:
    """Drop matches that are not copies: a 自评表 answer restating its own report's narrative
    (then it matches wherever that narrative was itself copied from, too), the standard
    wording two 决算说明 of one file share, and the formulaic openings of two reports
    (``根据…通知要求，我单位对…开展了绩效自评``). Row by row (the rows that are not empty, as
    ``(i, row)``), as the matches are found; a row left empty is left out."""
    segs, origins = stream.segments, stream.origins
    # no form answer in the stream (most drafts' prose): a row of a block that is neither in a
    # 决算说明 nor in an opening keeps every pair (each test below then holds), as it is
    answers = any(o.in_form for o in origins if o is not None)
    for i, cands in raw:
        o = origins[segs[i].block]
        if not answers and not o.accounts and not o.preamble:  # type: ignore[union-attr]
            yield i, cands
            continue
        here = o.part_index  # type: ignore[union-attr]
        sources = [origins[segs[j].block] for j, _ in cands]
        if o.in_form and any(src.part_index == here for src in sources):  # type: ignore[union-attr]
            continue
        # same part: neither is a form answer (this one is not, or the row was dropped above);
        # other part: not two 决算说明 and not two reports' openings
        in_accounts, in_opening = o.accounts, o.preamble  # type: ignore[union-attr]
        kept = [pair for pair, src in zip(cands, sources, strict=True)
                if (not src.in_form if src.part_index == here
                    else not (in_accounts and src.accounts or in_opening and src.preamble))]
        if kept:
            yield i, kept


# A clause made of a quantity's name and its figure (``公务接待费支出决算为176万元``,
# ``新建冷藏库12个``, ``约36000立方米``, as normalised): it names a figure and says nothing more.
# The name may open with its year (``2023年中央国有资本经营预算收入总量249932亿元``: a budget's
# total restated after its detail).
_LEADING_YEAR = lazy_compile(r"^\d{4}年度?")
_FIGURE_NAME_MAX = 24


def _states_a_figure(norm: str, kinds: tuple[str, ...] = ("money",)) -> bool:
    found = find_quantities(norm)
    if len(found) != 1 or found[0].end != len(norm) or found[0].kind not in kinds:
        return False
    if found[0].kind == "money":  # a sum of money is named (two characters or more), perhaps after its year
        name, shortest = _LEADING_YEAR.sub("", norm[:found[0].start]), 2
    else:  # a count or a measure may stand alone after its list's first clause (约36000立方米)
        name, shortest = norm[:found[0].start], 0
    return shortest <= len(name) <= _FIGURE_NAME_MAX and not any(ch.isdigit() for ch in name)


def _restates_figures(piece: Run, stream: Stream, blocks: Sequence[range]) -> bool:
    """Every copied clause names a figure or lists categories: a report restating its own figures
    (总体情况, then 具体情况), a list of categories (办公费、邮电费、差旅费… for 机关 and again for
    事业 运行经费), or a target's outputs restated as done inside another sentence (下达…新建冷藏库
    12个,约36000立方米 → 年内已完成…已新建成冷藏库12个,约36000立方米) copies no prose. Counts and
    measures count so only within a paragraph that says more: a whole paragraph of them written
    again is still pasted."""
    segs = stream.segments
    if all(_states_a_figure(segs[i].norm) or _lists_items(stream, i) for i, _, _ in piece.pairs):
        return True
    copied = {i for i, _, _ in piece.pairs}
    whole = all(k in copied for b in {segs[i].block for i in copied} for k in blocks[b])
    return not whole and all(_states_a_figure(segs[i].norm, ("money", "count")) or _lists_items(stream, i)
                             for i, _, _ in piece.pairs)


# What a clause cites, not what it says: a document number (某财教〔2020〕118号, 某财预[2021]1号) and
# a notice's title, in book-title marks or written bare (关于下达…的通知).
_CITATION = lazy_compile(
    r"[\u4e00-\u9fff]{0,8}[〔［\[（(﹝]\s*\d{4}\s*[〕］\]）)﹞]\s*\d{1,5}\s*号"
    r"|《[^《》]{2,80}》|关于[^，,。；;《》]{2,80}?的(?:通知|批复|意见|决定|函)"
)


def _similar_beyond_citations(piece: Run, stream: Stream, threshold: float, min_chars: int) -> bool:
    """Whether the run's clauses are still alike, and still long enough to be a copy, once what
    they cite is left out. Entries of a grant list each cite the same notices (``某财教〔2020〕118号
    ……关于提前下达…的通知……``) and differ in the works and the sum: alike through their
    citations, each an entry of its own. A pasted paragraph is alike in what it says too."""
    if not any(_CITATION.search(_clause_text(stream, i)) for i, _, _ in piece.pairs):
        return True  # (most runs: nothing cited)
    total = alike = 0.0
    for i, j, _ in piece.pairs:
        a = normalise(_CITATION.sub("", _clause_text(stream, i)))
        b = normalise(_CITATION.sub("", _clause_text(stream, j)))
        if not a and not b:
            continue  # a citation alone: nothing said
        weight = len(a) if stream.segments[i].counts else 0
        total += weight
        alike += weight * ratio(a, b)
    return total >= min_chars and alike / total >= threshold


def _clause_text(stream: Stream, i: int) -> str:
    span = stream.clauses[i]
    return stream.origins[stream.segments[i].block].block.text.value[span.start:span.end]  # type: ignore[union-attr]


LIST_ITEMS, LIST_ITEM_CHARS = 4, 10  # a clause of this many short items joined by 、 is a list


def _lists_items(stream: Stream, i: int) -> bool:
    """Clause ``i`` enumerates categories (``包括办公及印刷费、邮电费、差旅费、会议费…``)."""
    span = stream.clauses[i]
    clause = stream.origins[stream.segments[i].block].block.text.value[span.start:span.end]  # type: ignore[union-attr]
    items = clause.split("、")
    return len(items) >= LIST_ITEMS and sum(len(x) for x in items[1:-1]) <= LIST_ITEM_CHARS * (len(items) - 2)


def _split_at_headings(run: Run, stream: Stream) -> list[Run]:
    """One run per section of the copy: a copied section is one place to look at."""
    out: list[Run] = []
    current: list[tuple[int, int, float]] = []
    section = stream.section
    for pair in run.pairs:
        if current and section(pair[0]) != section(current[-1][0]):
            out.append(Run(current))
            current = []
        current.append(pair)
    if current:
        out.append(Run(current))
    return out


def _trim(run: Run, segs: list[Segment], blocks: Sequence[range]) -> Run | None:
    """Start a run where the copying starts: not at a template heading, not in a paragraph
    that only shares a short clause with the source (项目全年预算数为 9 万元)."""
    pairs = list(run.pairs)
    copied = {i for i, _, _ in pairs}
    while pairs:
        block = segs[pairs[0][0]].block
        head = [p for p in pairs if segs[p[0]].block == block]
        if len(head) == len(pairs):
            break
        whole = all(k in copied for k in blocks[block])
        lengths = [len(segs[i].norm) for i, _, _ in head]
        if not segs[head[0][0]].counts:
            drop = not whole or sum(lengths) < SPECIFIC_HEADING
        else:
            drop = not whole and max(lengths) < LEADING_SHORT
        if not drop:
            break
        pairs = pairs[len(head):]
    while len(pairs) > 1 and not segs[pairs[-1][0]].counts:
        pairs.pop()
    return Run(pairs) if pairs else None


def _drop_partial_blocks(run: Run, segs: list[Segment], blocks: Sequence[range]) -> Run | None:
    """Keep only the paragraphs the run copies for the most part (used inside one report)."""
    covered: dict[int, int] = {}
    for i, _, _ in run.pairs:
        covered[segs[i].block] = covered.get(segs[i].block, 0) + len(segs[i].norm)
    keep = set()
    for b, n in covered.items():
        total = sum(len(segs[k].norm) for k in blocks[b])
        if total and n / total >= SAME_PART_COVERAGE:
            keep.add(b)
    pairs = [p for p in run.pairs if segs[p[0]].block in keep]
    return Run(pairs) if pairs else None


def _anchor(run: Run, segs: list[Segment]) -> tuple[int, int, float]:
    """The pair that best says where the copied text comes from (a substantive clause)."""
    for pair in run.pairs:
        if segs[pair[0]].counts and len(segs[pair[0]].norm) >= LEADING_SHORT:
            return pair
    return max(run.pairs, key=lambda p: len(segs[p[0]].norm))


def copies(doc: Document, threshold: float, min_chars: int, split_sections: bool = True,
           forms: list[SelfEvaluation] | None = None, twice: list[tuple[Block, Block]] | None = None) -> list[Copy]:
    """The copied runs of ``doc`` with at least ``min_chars`` characters of copied prose.

    Inside one part a run must also make up most of the paragraphs it sits in: a report that
    restates a clause of its own 职能 list in a longer paragraph is not copying.
    """
    stream = build_stream(doc, forms, twice)
    segs = stream.segments
    blocks = stream.blocks
    # the matches stream from the index through the filter into the runs: held all at once they
    # were the largest thing alive on a long draft (about 20 MB per MB of draft)
    block_of = [s.block for s in segs]
    raw = match_rows([s.norm for s in segs], threshold, OtherBlock(block_of), FUZZY_MIN)
    out: list[Copy] = []
    for whole_run in copied_runs_of(segs, _filter(stream, raw)):
        if whole_run.weight(segs) < min_chars:
            continue  # its pieces weigh less still: none can reach min_chars (most runs)
        pieces = _split_at_headings(whole_run, stream) if split_sections else [whole_run]
        for piece in pieces:
            copy = _make_copy(piece, stream, blocks, min_chars)
            if copy is not None and not _similar_beyond_citations(copy.run, stream, threshold, min_chars):
                continue  # alike through what the clauses cite only: entries of one list
            if copy is not None:
                out.append(copy)
    out = _merge_same_paragraph(out, segs)
    _set_origins(out, stream)
    return _merge_whole_parts(out, stream)


def _merge_whole_parts(found: list[Copy], stream: Stream) -> list[Copy]:
    """A part copied (nearly) entirely is one place to look at, however many sections it has."""
    copied: dict[int, list[Copy]] = {}
    for copy in found:
        copied.setdefault(copy.passages[0].part_index, []).append(copy)
    if all(len(group) < 2 for group in copied.values()):
        return found  # a part with one copy keeps it as it is, whatever its share
    total: dict[int, int] = {}
    segs = stream.segments
    for block, origin in zip(stream.blocks, stream.origins, strict=True):
        if origin is not None and segs[block.start].counts:  # a paragraph's segments all count
            total[origin.part_index] = total.get(origin.part_index, 0) + sum(len(segs[k].norm) for k in block)
    # each part's share, summed once (not once per copy of the part: quadratic in its copies)
    shares = {part: sum(c.weight for c in group) / total[part] if total.get(part) else 0.0
              for part, group in copied.items()}
    out: list[Copy] = []
    for copy in found:
        part = copy.passages[0].part_index
        group = copied[part]
        share = shares[part]
        if len(group) < 2 or share < WHOLE_PART:
            out.append(copy)
        elif copy is group[0]:
            for other in group[1:]:
                copy.passages += other.passages
                copy.sources += other.sources
                copy.weight += other.weight
                copy.paragraphs += other.paragraphs
                copy.score = min(copy.score, other.score)
                copy.whole = copy.whole and other.whole
            copy.part_share = share
            out.append(copy)
    return out


def _merge_same_paragraph(found: list[Copy], segs: list[Segment]) -> list[Copy]:
    """An edit in the middle of a copied paragraph splits its run: one paragraph, one finding."""
    out: list[Copy] = []
    for copy in found:
        prev = out[-1] if out else None
        if prev and segs[prev.run.last].block == segs[copy.run.first].block:
            prev.run = Run(prev.run.pairs + copy.run.pairs)  # sources stay those of the start
            prev.passages += copy.passages
            prev.sources += copy.sources
            prev.weight += copy.weight
            prev.score = min(prev.score, copy.score)
            prev.whole = prev.whole and copy.whole
            prev.paragraphs += copy.paragraphs - 1
        else:
            out.append(copy)
    return out


def _set_origins(found: list[Copy], stream: Stream) -> None:
    """Point each copy at the first occurrence: follow sources that are copies themselves."""
    copied_from = {i: j for c in found for i, j, _ in c.run.pairs}
    segs = stream.segments
    for copy in found:
        _, j, _ = _anchor(copy.run, segs)
        seen = {j}
        while j in copied_from and copied_from[j] not in seen:
            j = copied_from[j]
            seen.add(j)
        copy.origin = stream.passages[j]


def _income_and_spending(run: Run, stream: Stream) -> bool:
    """Every copied paragraph states the other side of its source's budget (收入 there, 支出
    here): a 预算/决算说明 explains both with one reason, which is not copied prose."""
    segs, origins = stream.segments, stream.origins
    for i, j, _ in run.pairs:  # (each pair of texts in turn: the first that is not ends the test)
        here = origins[segs[i].block].block.text.value  # type: ignore[union-attr]
        there = origins[segs[j].block].block.text.value  # type: ignore[union-attr]
        a, b = budget_side(here), budget_side(there)
        if a is None or b is None or a == b:
            return False
    return True


_WHOLE_UNIT_REPORTS = frozenset({"final_accounts", "department_self_evaluation"})
_ANNEX_LEAD = lazy_compile(r"^附件\s*[0-9一二三四五六七八九十]*\s*[：:]?")
_TITLE_YEAR = lazy_compile(r"(?:19|20)\d{2}")


def _unit_of(title: str) -> str:
    """The unit a report's title names before its year (``附件：`` left out)."""
    head = _ANNEX_LEAD.sub("", compact(title))
    m = _TITLE_YEAR.search(head)
    return head[:m.start()] if m else ""


def _describes_itself(piece: Run, stream: Stream) -> bool:
    """The copy and its source stand in two reports on one whole unit (its 决算说明 and the
    部门整体支出绩效自评报告 bound with it, their titles naming the same unit), and every copied
    clause states a figure, lists items or is the unit saying what it is (opening with its own
    name): each report's 概况 / 基本情况 describes the unit, and the second restates the first.
    Prose about what the unit did or found (问题, 措施) copied between them is still a copy."""
    here = stream.origins[stream.segments[piece.first].block].part  # type: ignore[union-attr]
    there = stream.origins[stream.segments[piece.source_first].block].part  # type: ignore[union-attr]
    if here.kind not in _WHOLE_UNIT_REPORTS or there.kind not in _WHOLE_UNIT_REPORTS:
        return False
    unit = _unit_of(here.title)
    if len(unit) < 4 or unit != _unit_of(there.title):
        return False
    segs = stream.segments
    return all(_fact_clause(segs[i].norm) or _lists_items(stream, i) or segs[i].norm.startswith(unit)
               for i, _, _ in piece.pairs)


_FACT_WORDS_MAX = 12  # characters besides the figures: 在校学生, 2023年末设教学班…个


def _fact_clause(norm: str) -> bool:
    """A short clause stating a figure (``2023年末设教学班48个``, ``实有在编人员178人``)."""
    words = sum(1 for ch in norm if not ch.isdigit() and ch != ".")
    return words < len(norm) and words <= _FACT_WORDS_MAX


def _make_copy(piece: Run, stream: Stream, blocks: Sequence[range], min_chars: int) -> Copy | None:
    segs, pas = stream.segments, stream.passages
    if piece.weight(segs) < min_chars:
        return None  # dropping and trimming only take pairs away: it cannot reach min_chars (most runs)
    run: Run | None = piece
    if stream.part_index(piece.first) == stream.part_index(piece.source_first):
        if _restates_figures(piece, stream, blocks):
            return None
        if _income_and_spending(piece, stream):
            return None
        run = _drop_partial_blocks(piece, segs, blocks)
    elif _describes_itself(piece, stream):
        return None
    run = _trim(run, segs, blocks) if run else None
    if run is None or run.weight(segs) < min_chars:
        return None
    copied = {i for i, _, _ in run.pairs}
    touched = list(dict.fromkeys(segs[i].block for i, _, _ in run.pairs))
    return Copy(
        whole=all(k in copied for b in touched for k in blocks[b]),
        paragraphs=len({segs[i].block for i, _, _ in run.pairs if segs[i].counts}),
        run=run,
        passages=[pas[i] for i, _, _ in run.pairs],
        sources=[pas[j] for _, j, _ in run.pairs],
        origin=pas[run.source_first],
        source_start=pas[run.source_first],
        weight=run.weight(segs),
        score=run.score(segs),
    )


def cached_copies(doc: Document, ctx: Context, threshold: float, min_chars: int) -> list[Copy]:
    key = f"duplicates.copies:{threshold}:{min_chars}"
    shared_forms = ctx.cached(doc, "selfeval", self_evaluations)
    return ctx.cached(doc, key, lambda d: copies(d, threshold, min_chars, forms=shared_forms,
                                                 twice=written_twice(d, ctx)))
