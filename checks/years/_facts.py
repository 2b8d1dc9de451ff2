"""The dates of a document, each placed in its part and block, shared by the years checks.

Text classification lives in :mod:`perflint.extract.dates`; this module adds what only the
document's layout tells: a date line standing alone at the end of a report is its signature, a
date cell right of a ``填报日期`` cell is a filing date, and text under a ``下一步改进措施``
heading or after an ``改进措施`` row label is forward-looking.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from perflint.check import Context
from perflint.extract import dates as D
from perflint.model import Block, Document, Heading, Location, Paragraph, Part, SourceText, Table, TocEntry
from perflint.text.dates import YEAR
from perflint.text.memo import remember_short
from perflint.text.numbering import STYLE_RANK
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import statement_around

# A paragraph led by a label of its own (主要产出和效益：…, 发现的问题及原因：…).
_LEAD_LABEL = lazy_compile(r"^\s*[^\s，,。；;：:、]{2,15}[：:]")
_TITLE_LIKE = lazy_compile(r"(?:自评表|自评报告|评价报告|绩效报告|决算|附件\s*\d*|附表\s*\d*)\s*$")


class _kept:
    """A property worked out on first use and kept in the instance: a non-data descriptor, so
    the kept value is found in the instance's ``__dict__`` first (it bypasses a frozen class's
    ``__setattr__``, and takes no part in its fields' equality or hash)."""

    def __init__(self, fn) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass(frozen=True)
class DateFact:
    """A date of the document with its place and what it does in its sentence."""

    part: Part
    block: Block
    source: SourceText
    mention: D.DateMention
    where: str  # heading | paragraph | cell | toc
    context: str
    forward: bool = False

    @property
    def location(self) -> Location:
        return self.source.locate(self.mention.start, self.mention.end)

    @_kept
    def sentence_span(self) -> tuple[int, int]:
        """Where the date's statement starts and ends in its text (asked by several checks)."""
        return statement_around(self.source.value, self.mention.start, self.mention.end)

    @property
    def sentence(self) -> str:
        s, e = self.sentence_span
        return self.source.value[s:e]


def date_facts(doc: Document, ctx: Context) -> list[DateFact]:
    return ctx.cached(doc, "years.date_facts", build_facts)


def build_facts(doc: Document) -> list[DateFact]:
    out: list[DateFact] = []
    for part in doc.parts:
        out.extend(_part_facts(part))
    return out


_CLAUSE_MARK = lazy_compile("[。；;，,]")  # one search in C: asked of every cell and line


def _is_label_only(text: str) -> bool:
    t = text.strip()
    return len(t) <= 20 and _CLAUSE_MARK.search(t) is None


def _ends_with_signature_label(text: str) -> bool:
    t = text.strip().rstrip("：:").strip()
    return any(t.endswith(w) for w in D.phrases()["signature_labels"])


def title_like_text(text: str) -> bool:
    """A short line naming a report or a form (``2023年度…项目绩效自评表``)."""
    t = text.strip()
    return len(t) <= 60 and _CLAUSE_MARK.search(t) is None and bool(_TITLE_LIKE.search(t))


_FORM_TITLE = lazy_compile(r"(?:自评表|评分表|评价表|目标表|决算表|明细表|情况表)\s*$")


def _title_like(block: Block | None) -> bool:
    return isinstance(block, Paragraph) and title_like_text(block.text.value)


def _signature_line(blocks: list[Block], i: int, mention: D.DateMention) -> bool:
    """A paragraph that is only a date, closing a report: a signature, not a timeline entry."""
    if mention.month is None or mention.fiscal or (mention.month, mention.day) == (12, 31):
        return False  # a year, or the year-end date a balance is stated at
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    prev = blocks[i - 1] if i > 0 else None
    if isinstance(prev, Paragraph) and D.closes_notice(prev.text.value):
        return False  # 特此通知。 / its date: a notice printed with the report, dated by its issuer
    if nxt is None or isinstance(nxt, (Heading, Table, TocEntry)) or _title_like(nxt):
        return True
    if isinstance(prev, Paragraph) and (D.signer_line(prev.text.value) or _ends_with_signature_label(prev.text.value)):
        return True
    return False


def _forward_section(block: Block) -> bool:
    titles = list(block.section)
    if isinstance(block, Heading):
        titles.append(block.title or block.text.value)
    return any(D.is_forward_label(t) for t in titles)


@remember_short(4096)
def _paragraph_marks(text: str) -> tuple[bool, bool, bool]:
    """What a paragraph does to a forward-looking run: (opens one as a label of its own, ends
    one: a stop label, a title or a lead label, is a form's title). Remembered: a pure function
    of the text, asked of every paragraph."""
    title = title_like_text(text)
    opens = _is_label_only(text) and D.is_forward_label(text)
    ends = D.is_stop_label(text) or title or _LEAD_LABEL.match(text) is not None
    return opens, ends, title and _FORM_TITLE.search(text) is not None


@remember_short(4096)
def _row_marks(first: str) -> tuple[bool, bool]:
    """What a table row whose first cell is ``first`` does to a forward-looking run: (ends one,
    opens one as a row label). Remembered: asked of every row."""
    return D.is_stop_label(first), _is_label_only(first) and D.is_forward_label(first)


# What a text holds to have a date (:func:`perflint.text.dates.date_mentions`' first test: 年, or
# 19 / 20 once full-width digits are read as ASCII): a text without any of these has none. One
# search over a row's cells joined (the separator joins no two of them into a match) rules out
# most rows of a table at once.
_DATE_SCREEN = lazy_compile("年|19|20|[０１２９]")


def may_hold_dates(text: str) -> bool:
    """Whether ``text`` can hold a date: False only where :func:`perflint.extract.dates.dates_of`
    finds none."""
    return _DATE_SCREEN.search(text) is not None


def _part_facts(part: Part) -> Iterator[DateFact]:
    blocks = part.blocks
    run = False  # inside a forward-looking run opened by a label paragraph or row
    run_rank = 1  # numbering at or above this rank ends the run (a new item of the outline)
    closed = False  # a form's title ends its section's plan: the form and its (2023年度) follow
    dates_of = D.dates_of
    # D.dates_of without its Python frame, for the cells (asked of every one): a short text's
    # dates are a lookup in its memo, a long one's are found as dates_of finds them
    short_dates, long_dates, short_max = D._find_short, D._find_long, D._MEMO_MAX_CHARS
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            run = closed = False
            for m in dates_of(block.text.value):
                yield DateFact(part, block, block.text, m, "heading", m.context, _forward_section(block))
        elif isinstance(block, TocEntry):
            for m in dates_of(block.text.value):
                yield DateFact(part, block, block.text, m, "toc", m.context)
        elif isinstance(block, Paragraph):
            text = block.text.value
            rank = STYLE_RANK.get(block.numbering.style, 9) if block.numbering else 9
            opens, ends, form_title = _paragraph_marks(text)
            if opens:
                run, run_rank = True, (rank if block.numbering else 1)
            elif ends or rank <= run_rank:
                run = False
            if form_title:
                closed = True
            dates = dates_of(text)
            # asked only of paragraphs with a date (most have none)
            forward = bool(dates) and not closed and (run or _forward_section(block) or D.starts_forward(text))
            for m in dates:
                context = m.context
                if context == "standalone" and _signature_line(blocks, i, m):
                    context = "signature"
                elif context == "standalone" and i > 0 and isinstance(blocks[i - 1], Paragraph) \
                        and _ends_with_signature_label(blocks[i - 1].text.value):
                    context = "signature"
                yield DateFact(part, block, block.text, m, "paragraph", context, forward)
        elif isinstance(block, Table):
            # A table's cells are forward-looking only through a row label (改进措施…): the
            # section alone would take in scoring tables that happen to follow the plan.
            section_forward = False
            table_run = run
            for row in block.rows:
                cells = [c for c in row.cells if not c.is_empty]  # row.non_empty
                if not cells:
                    continue
                stop, row_label = _row_marks(cells[0].value)
                if stop:
                    table_run = False
                if row_label:
                    table_run = True
                if _DATE_SCREEN.search("\0".join([c.value for c in cells])) is None:
                    continue  # no cell of the row can hold a date (most rows): none to look up
                for k, cell in enumerate(cells):
                    value = cell.value
                    dates = short_dates(value) if len(value) <= short_max else long_dates(value)
                    if not dates:  # most cells
                        continue
                    forward = section_forward or (table_run and not (row_label and k == 0))
                    for m in dates:
                        context = m.context
                        if context in ("standalone", "plain") and k > 0 and (
                                _ends_with_signature_label(cells[k - 1].value) or D.signed_label(cells[k - 1].value)):
                            context = "signature"
                        yield DateFact(part, block, cell.text, m, "cell", context, forward)
            run = table_run


def fiscal_parts(doc: Document, ctx: Context) -> dict[int, int]:
    """id(part) -> fiscal year, for the parts that have one."""
    out: dict[int, int] = {}
    for part in doc.parts:
        fy = ctx.fiscal_year_of(part)
        if fy is not None:
            out[id(part)] = fy
    return out


def date_label(m: D.DateMention) -> str:
    """A date as the messages show it (``2019年4月22日``)."""
    if m.year is None:
        return m.text
    out = f"{m.year}年"
    if m.month is not None:
        out += f"{m.month}月"
        if m.day is not None:
            out += f"{m.day}日"
    elif m.fiscal:
        out += "度"
    return out


def date_label_en(m: D.DateMention) -> str:
    """A date as the English messages show it (``2019-04-22``, ``2019-04``, ``2019``)."""
    if m.year is None:
        return m.text
    if m.month is None:
        return str(m.year)
    if m.day is None:
        return f"{m.year}-{m.month:02d}"
    return f"{m.year}-{m.month:02d}-{m.day:02d}"


def source_texts(part: Part) -> Iterator[tuple[Block, SourceText]]:
    """Every text of a part with its block: headings, paragraphs, contents lines, table cells."""
    for block in part.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield block, cell.text
        else:
            yield block, block.text


_BUDGET_TITLE = lazy_compile(
    rf"{YEAR}\s*年度?[^，。；|]{{0,30}}预算(?:安排)?(?:公开|说明|情况|情况说明|编制说明)?\s*$")
_BODY_BUDGET = lazy_compile(rf"{YEAR}\s*年度?\s*(?:部门|单位)预算")
_NOT_BUDGET = ("决算", "自评", "评价", "执行")


def is_budget_part(part: Part) -> bool:
    """A budget (written before its year: last year's figures are its baseline) or a mid-year form."""
    head = [part.title] + [b.text.value for b in part.blocks[:6] if not isinstance(b, Table)]
    return any((D.interim_report(t) or _BUDGET_TITLE.search(t)) and not any(w in t for w in _NOT_BUDGET)
               for t in head if len(t) <= 60 and "|" not in t) or _budget_body(part)


def _budget_body(part: Part) -> bool:
    """An excerpt of a budget whose title was cut off: its text names the year's 部门预算 / 单位预算
    (`2023年部门预算未安排购置车辆`) and never speaks of final accounts or an evaluation."""
    text = "\n".join(b.text.value for b in part.blocks if not isinstance(b, Table))
    # every match ends in 预算: a substring test over the part first (a few instructions a
    # character, where the pattern tests the class of its first characters at each)
    return "预算" in text and bool(_BODY_BUDGET.search(text)) and not any(w in text for w in _NOT_BUDGET)
