"""Sections of a report as the boilerplate checks see them: headings with nothing under them,
the conclusion (自评结论) and whether it states a result, satisfaction sections and figures.
"""

from __future__ import annotations

import re
from functools import cache

from perflint.extract.boilerplate_phrases import PUNCT_EDGES, phrases
from perflint.extract.edges import is_excerpt, title_block
from perflint.extract.form_answers import label_core
from perflint.model import Block, Cell, Document, Heading, Paragraph, Part, Table, TocEntry
from perflint.read.lines import has_sentence_punct
from perflint.text.normalise import compact
from perflint.text.numbering import parse_marker
from perflint.text.numbers import DECIMAL, find_quantities, normalise
from perflint.text.patterns import compile_pattern, lazy_compile

_STATEMENT_END = ("。", "；", ";", "！", "!")


def _is_statement(h: Heading) -> bool:
    return compact(h.text.value).endswith(_STATEMENT_END)


def _analysis_heading(h: Heading) -> bool:
    """A template's analysis heading closed with a full stop (``（二）项目资金使用情况分析。``): a
    section's heading, not a statement of a list of them."""
    return compact(h.title or h.text.value).rstrip("。；;！!").endswith(tuple(phrases()["analysis_heading_ends"]))


def _self_contained(h: Heading) -> bool:
    """A numbered sentence that says something itself (``1.因公出国(境)费支出决算为0万元。``)."""
    title = compact(h.title or h.text.value)
    return _is_statement(h) and (any(ch.isdigit() for ch in title) or "为" in title or len(title) > 14)


_TABLE_PART = lazy_compile(r"[（(][一二三四五六七八九十\d]{1,2}[）)]$|[（(]续[）)]$")


def _names_table(h: Heading) -> bool:
    """``一、收入支出决算总表``, ``五、一般公共预算财政拨款支出决算表（一）``: a heading naming a
    table, or one part of a table published in several; also with the name in 《》 and the
    table's scope in brackets after it, in 《》 or not (``二、《收入决算表(按功能分类列示)》``,
    ``（二）收入决算表(分单位)``)."""
    title = compact(h.title or h.text.value).rstrip("。.：:")
    if _IN_BOOK_MARKS.fullmatch(title):
        title = _IN_BOOK_MARKS.fullmatch(title).group(1)
    return _TABLE_PART.sub("", title).endswith("表") or _TABLE_SCOPE.sub("", title).endswith("表")


_IN_BOOK_MARKS = lazy_compile(r"《([^《》]+)》")
_TABLE_SCOPE = lazy_compile(r"[（(][^（()）]{1,12}[）)]$")


_CLOSING_NOTE = lazy_compile(r"[（(]([^（()）]{1,8})[）)]$")
_LONG_CLOSING_NOTE = lazy_compile(r"[（(]([^（()）]{4,20})[）)]$")


def _says_withheld(h: Heading) -> bool:
    """``（二）人员情况（涉密）``: the heading's closing bracket says why nothing follows it, in a
    word (涉密, 不涉及) or a clause of its own (（单位公开没有此部分内容）)."""
    title = compact(h.title or h.text.value).rstrip("。.：:")
    m = _CLOSING_NOTE.search(title)
    if m is not None and m.group(1) in phrases()["withheld_notes"]:
        return True
    m = _LONG_CLOSING_NOTE.search(title)
    return m is not None and any(p.search(m.group(1)) for p in _withheld_note_patterns())


@cache
def _withheld_note_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_pattern(p) for p in phrases().get("withheld_note_patterns") or ())


def _has_inline_body(h: Heading) -> bool:
    """``1.措施：加强…`` and ``2.建议：无。``: the answer follows the colon on the same line."""
    title = compact(h.title or h.text.value)
    for sep in ("：", ":"):
        if sep in title:
            body = title.split(sep, 1)[1]
            if len(body) >= 4 or (body.strip(PUNCT_EDGES) and _is_statement(h)):
                return True
    return False


def _statement_item(block: Block | None, h: Heading) -> bool:
    """A numbered line of the same list as ``h`` saying something itself (a heading or a
    paragraph too long to be read as a heading: ``（3）承担…工作。``)."""
    if isinstance(block, Heading):
        return block.level == h.level and _is_statement(block)
    num = getattr(block, "numbering", None)
    if not (isinstance(block, Paragraph) and num is not None and h.numbering is not None
            and num.style == h.numbering.style):
        return False
    text = compact(block.text.value)
    # ``（十七）机关运行经费：指…`` is a term and its body: a sibling without one is an empty term
    return text.endswith(_STATEMENT_END) and not _COLON.search(text[:16])


def _ends_section(nxt: Block, h: Heading) -> bool:
    """Whether ``nxt`` (a heading or numbered paragraph) closes the section of ``h``."""
    num = getattr(nxt, "numbering", None)
    if isinstance(nxt, Heading):
        if num is not None and h.numbering is not None and num.value == 1 and num.style != h.numbering.style:
            return False  # a list starting at 1 under this heading, whatever its style
        if nxt.level < h.level:
            return True
        if nxt.level > h.level:
            return False
        if num is None or h.numbering is None:
            return True
        return num.value > h.numbering.value  # a restart at 1 is nested numbering, not a sibling
    if isinstance(nxt, Paragraph) and num is not None and h.numbering is not None:
        return num.style == h.numbering.style and num.value == h.numbering.value + 1
    return False


def _in_enumeration(blocks: list[Block], i: int) -> bool:
    """Whether heading ``i`` is one item of a list announced by a colon (``…包括：`` 1. 2. 3.)."""
    h = blocks[i]
    j = i
    while j > 0:
        prev = blocks[j - 1]
        if isinstance(prev, Heading) and prev.level == h.level and prev.numbering and h.numbering \
                and prev.numbering.style == h.numbering.style:
            j -= 1
            continue
        break
    if j == 0:
        return False
    lead = blocks[j - 1]
    if isinstance(lead, (Table, TocEntry)):
        return False
    text = compact(lead.text.value)
    return text.endswith(("：", ":")) or _first_item_after_colon(text, blocks[j])


def _continues_contents(blocks: list[Block], i: int) -> bool:
    """Whether heading ``i`` is one of the contents' last entries typed without leader or page
    (``第四部分 其他需要说明的情况`` after ``十四、…29`` and ``第三部分 …10``): it stands in the run of
    headings right under the contents' entries and carries on the count of the entries of its
    style. A heading that starts the count again (第一部分, 一、) opens the body."""
    numbering = getattr(blocks[i], "numbering", None)
    if numbering is None:
        return False
    j = i
    while j > 0 and isinstance(blocks[j - 1], Heading):
        j -= 1
    if j == 0 or not isinstance(blocks[j - 1], TocEntry):
        return False
    last = None  # the value of the last entry or heading of this style above, in the contents' run
    for block in blocks[:i]:
        n = getattr(block, "numbering", None)
        if isinstance(block, (TocEntry, Heading)) and n is not None and n.style == numbering.style:
            last = n.value
        elif not isinstance(block, (TocEntry, Heading)) and _is_body(block):
            last = None  # text of the report: the contents, if any, start again below
    return last is not None and numbering.value == last + 1


def _first_item_after_colon(text: str, first: Block) -> bool:
    """``附件：1.评价结果`` above ``2.…``: a list announced by a colon whose first item shares the
    lead's line, numbered in the list's style just before the first item on a line of its own."""
    colon = max(text.rfind("："), text.rfind(":"))
    if colon < 0 or not isinstance(first, Heading) or not first.numbering:
        return False
    parsed = parse_marker(text[colon + 1:])
    return parsed is not None and parsed[0].style == first.numbering.style \
        and parsed[0].value == first.numbering.value - 1


def closing_empty_heading(doc: Document) -> tuple[Heading, int] | None:
    """The document's last numbered heading, with the line of the page's footer that follows it,
    when nothing but that footer stands under it (blank lines, the page's lines, short lines of
    its links: ``扫一扫在手机打开当前页``, ``网站声明 | 联系我们``): the page holds the whole report,
    so the section is empty, not cut off. None when anything else, or nothing at all (an excerpt
    may stop under the heading), follows."""
    part = doc.parts[-1] if doc.parts else None
    if part is None or not part.blocks:
        return None
    heading = next((b for b in reversed(part.blocks) if isinstance(b, Heading)), None)
    if heading is None or heading.numbering is None or compact(heading.text.value) == compact(part.title):
        return None
    if _has_inline_body(heading) or _self_contained(heading) or _says_withheld(heading) \
            or any(w in heading.text.value for w in ("附件", "附表")) or _names_table(heading):
        return None
    from perflint.text.page_chrome import is_page_line

    end = heading.text.anchors[-1][1] if heading.text.anchors else heading.line
    footer = 0
    words = _footer_words()
    for number in range(end + 1, len(doc.lines) + 1):
        line = doc.lines[number - 1]
        value = compact(line)
        if not value:
            continue
        if is_page_line(line) or (len(value) <= 60 and any(w in value for w in words)
                                  and not has_sentence_punct(value)):
            footer = footer or number
            continue
        return None  # the report's text, or a line we cannot place
    return (heading, footer) if footer else None


@cache
def _footer_words() -> tuple[str, ...]:
    return tuple(phrases().get("page_footer_words") or ())


def empty_sections(part: Part) -> list[tuple[Heading, Block]]:
    """Headings with nothing under them before the next heading of the same or a higher level,
    with that next block. The last heading of a part is left alone (the next part, or a lost
    attachment, may hold its content), as are statement lists typed as numbered lines."""
    out: list[tuple[Heading, Block]] = []
    blocks = part.blocks
    if not any(_is_body(b) for b in blocks):
        return out  # headings only: an outline, or a contents the excerpt holds without its title
    at: list[int] = []  # the headings' indices
    last = len(blocks) - 1
    title = None
    for i, block in enumerate(blocks):
        if i >= last or not isinstance(block, Heading):
            continue
        nxt = blocks[i + 1]
        if not _ends_section(nxt, block):
            continue  # asked first: most headings have their text right under them
        if title is None:
            title = compact(part.title)
        if block.line == part.line or compact(block.text.value) == title:
            continue
        if _has_inline_body(block) or _self_contained(block) or _says_withheld(block) or any(w in block.text.value for w in ("附件", "附表")) \
                or _names_table(block):
            # a heading naming a table (一、收入支出决算总表): the table may be an image lost in extraction
            continue
        if _in_enumeration(blocks, i) or _continues_contents(blocks, i):
            continue
        prev = blocks[i - 1] if i > 0 else None
        if _is_statement(block) and not _analysis_heading(block):
            if _statement_item(nxt, block) or _statement_item(prev, block):
                continue  # 1、队伍建设还不够全面。2、…: a list of statements, not sections
        elif _statement_item(nxt, block) and _statement_item(prev, block):
            continue  # an item of such a list that lost its full stop (4、…。 5、…制度 6、…。)
        out.append((block, nxt))
        at.append(i)
    if not out:
        return out
    lead = _contents_lead(part)
    empty_in_lead = sum(1 for i in at if i < lead)
    if empty_in_lead >= _MIN_LEAD_RUN or (empty_in_lead and _parts_start_again(blocks, lead)):
        out = out[empty_in_lead:]  # the excerpt opens inside a table of contents
    if len(out) >= _MIN_LEAD_RUN and _sections_with_body(blocks) <= 1 and not _body_before(blocks, out[0][0]):
        return []  # no text yet, and no section but (at most) the last says anything: an outline
    return out


def unanswered_announcements(part: Part) -> list[tuple[Paragraph, Heading]]:
    """Paragraphs ending by announcing what follows (``…，绩效目标如下：``) with the next heading of
    their section's own or a higher level right after them, and that heading: what they announced
    was never written. Only inside a numbered section, and not the report's opening sentence
    (``现将…报告如下：``, under its title or its first heading): it announces the sections themselves."""
    out: list[tuple[Paragraph, Heading]] = []
    blocks = part.blocks
    section: Heading | None = None
    for i in range(len(blocks) - 1):
        block = blocks[i]
        if isinstance(block, Heading):
            section = block
            continue
        if section is None or section.numbering is None or not isinstance(block, Paragraph):
            continue
        if not block.text.value.rstrip().endswith(_ANNOUNCING_ENDS):
            continue  # nearly every paragraph: one test of its end
        nxt = blocks[i + 1]
        if isinstance(nxt, Heading) and _ends_section(nxt, section) and not _reports_itself(block.text.value):
            out.append((block, nxt))
    return out


_ANNOUNCING_ENDS = ("如下：", "如下:")


def _reports_itself(text: str) -> bool:
    """Whether the announcement is the report's own opening (``…现将自评结果报告如下：``, ``现公开
    如下：``), written under the first heading as often as under the title: the sections after it
    are what it announces."""
    before = text.rstrip()[:-3].rstrip()
    return before.endswith(tuple(phrases()["report_announcing_verbs"]))


def _body_before(blocks: list[Block], heading: Heading) -> bool:
    """Whether text of the report (not a title or a page's metadata line) stands before ``heading``:
    headings after it are sections of a report under way, empty ones left unwritten."""
    for block in blocks:
        if block is heading:
            return False
        if _is_body(block):
            return True
    return False


def _sections_with_body(blocks: list[Block]) -> int:
    """How many headings have text of their own under them (a body block before the next heading).

    A page that opens, under its title, with headings all empty but the last (第一部分… 第二部分…
    一、… 五、…, then 第三部分 附件 with its list of tables) publishes the report's outline, its
    parts attached as files: none of them a section left unwritten."""
    count = 0
    for i, block in enumerate(blocks[:-1]):
        if isinstance(block, Heading):
            k = i + 1
            while k < len(blocks) and not isinstance(blocks[k], Heading):
                if _is_body(blocks[k]):
                    count += 1
                    break
                k += 1
    return count


_BODY_CHARS = 50  # a line this long is text of its own, even with no sentence mark
_MIN_LEAD_RUN = 3  # empty sections in the headings opening an excerpt that make it contents


def _parts_start_again(blocks: list[Block], lead: int) -> bool:
    """Whether the run opening an excerpt lists a part past the first (第四部分, or 九、 of a
    list of tables) and the text after that starts again from the first (第一部分, 一、): the
    run ends the contents, the body follows."""
    def numbering(block: Block) -> tuple[str, int] | None:
        n = getattr(block, "numbering", None)
        return (n.style, n.value) if n is not None else None

    for i, block in enumerate(blocks[:lead]):
        found = numbering(block)
        if found is None or found[1] <= 1:
            continue
        under_a_part = False  # 一、 under a later part (第四部分 名词解释 / 一、…) starts its own list
        for b in blocks[i + 1:]:
            later = numbering(b)
            if later == ("part", 1) or (later == (found[0], 1) and not under_a_part):
                return True
            under_a_part = under_a_part or (later is not None and later[0] == "part")
    return False


def _contents_lead(part: Part) -> int:
    """The end of the run of headings and short lines (table names, two entries on one line)
    that opens an excerpt, or stands above the report's title; 0 in a report that opens with
    its title. Three empty sections or more in that run are a table of contents cut below its
    目录 line, whose body lies below the excerpt's end or under the title, so no entry comes
    back to mark it (:mod:`perflint.read.toc`)."""
    blocks = part.blocks
    limit = title_block(part) or (len(blocks) if is_excerpt(part) else 0)
    end = 0
    while end < limit and (isinstance(blocks[end], Heading) or (
            isinstance(blocks[end], Paragraph) and not has_sentence_punct(blocks[end].text.value))):
        end += 1
    return end


def _is_body(block: Block) -> bool:
    """A block that is text under a heading: a table, or a paragraph that says something (a
    sentence, or a long line) rather than naming a section or a table."""
    if isinstance(block, Table):
        return True
    if not isinstance(block, Paragraph):
        return False
    value = compact(block.text.value)
    return len(value) > _BODY_CHARS or has_sentence_punct(value)


def section_blocks(part: Part, heading: Heading) -> list[Block]:
    """The blocks under ``heading``, sub-sections included, up to the next sibling or parent."""
    blocks = part.blocks
    try:
        i = next(k for k, b in enumerate(blocks) if b is heading)
    except StopIteration:
        return []
    out: list[Block] = []
    for nxt in blocks[i + 1:]:
        if isinstance(nxt, Heading) and _ends_section(nxt, heading):
            break
        if isinstance(nxt, Heading) and nxt.level == heading.level and (
                heading.numbering is None or nxt.numbering is None):
            break
        out.append(nxt)
    return out


_CONCLUSION = lazy_compile(r"^(?:绩效)?(?:自评|评价|综合评价)结论$")


def conclusion_headings(part: Part) -> list[Heading]:
    """Headings of the 评价结论 section (``三、绩效评价结论``)."""
    return [h for h in part.headings() if _CONCLUSION.match(label_core(h.title or h.text.value))]


def conclusion_cells(part: Part) -> list[tuple[Cell, list[Cell]]]:
    """The 评价结论 rows of the part's forms (``评价结论 | 经自评，本项目得分 95 分…``): the label
    cell and the cells of its row that answer it (rows whose answer is blank are left out:
    B304 names a blank field)."""
    out: list[tuple[Cell, list[Cell]]] = []
    for block in part.blocks:
        if not isinstance(block, Table):
            continue
        for row in block.rows:
            for first in row.cells:  # the first non-empty cell (a loop, not a generator: every row)
                if not first.is_empty:
                    break
            else:
                continue
            if "结论" not in first.value:  # asked of every row of every table
                continue
            filled = [c for c in row.cells if not c.is_empty]
            if len(filled) >= 2 and _CONCLUSION.match(label_core(first.value)):
                out.append((first, filled[1:]))
    return out


@cache
def _grade_re() -> re.Pattern[str]:
    return compile_pattern(phrases()["grade_pattern"])


# A figure starts where a run of digits starts: tried from inside a run, every digit of a long
# run (a fuzzed cell of 98,000 digits) would scan to its end again — quadratic. Whether some
# figure is followed by 分 is unchanged: a match inside a run is one from the run's start.
_SCORE_FIGURE = lazy_compile(rf"(?<!\d){DECIMAL}[\s\u3000]*分")


def states_result(blocks: list[Block]) -> bool:
    """Whether a conclusion gives a score (``92 分``) or a grade (``等次为优``); tables are
    taken to hold one."""
    return any(isinstance(b, Table) or text_states_result(b.text.value) for b in blocks)


def text_states_result(value: str) -> bool:
    """Whether a conclusion's text gives a score (``92 分``) or a grade (``等次为优``)."""
    text = normalise(value)
    return bool(_SCORE_FIGURE.search(text) or _grade_re().search(text))


_SATISFACTION = lazy_compile(r"满意度")


def satisfaction_headings(part: Part) -> list[Heading]:
    """Headings of a section that reports the 满意度 result (``（3）满意度指标完成情况``)."""
    out = []
    for h in part.headings():
        title = label_core(h.title or h.text.value)
        if not _SATISFACTION.search(title) or len(title) > 20:
            continue
        if "完成" in title or "情况" in title or "分析" in title or (
                _BARE_SATISFACTION.match(title) and any(_RESULTS_SECTION.search(s) for s in h.section)):
            out.append(h)  # 满意度指标完成情况; or （三）满意度指标 under 三、绩效目标完成情况
    return out


_BARE_SATISFACTION = lazy_compile(r"^(?:服务对象|社会公众|群众)?满意度(?:指标)?$")
_RESULTS_SECTION = lazy_compile(r"完成情况|实现情况|完成值|指标完成|目标完成")


_NOT_MEASURED = lazy_compile(r"未设置?|不涉及|未开展|未纳入|暂未|无满意度")
_COLON = lazy_compile(r"[：:]")


def not_measured(blocks: list[Block]) -> bool:
    """The section says the indicator was not set or not surveyed (``本项目未设置满意度指标``)."""
    return any(_NOT_MEASURED.search(compact(b.text.value)) for b in blocks if not isinstance(b, Table))


def has_figure(blocks: list[Block]) -> bool:
    """Whether any block states a rate or a count (a survey result); tables count as figures."""
    for b in blocks:
        if isinstance(b, Table):
            return True
        for q in find_quantities(b.text.value):
            if q.kind in ("percent", "count") or q.unit is not None:
                return True
    return False


def contents_come_back(doc: Document, part: Part, heading: Heading) -> bool:
    """Whether ``heading`` is an entry of a table of contents that lost its 目录 line: it opens
    or stands in a run of three headings or more with no text under any of them up to the end of
    its part, and an entry of that run comes back, numbered alike and titled alike, as a heading
    of a later part (the body the contents lists)."""
    blocks = part.blocks
    at = next((i for i, b in enumerate(blocks) if b is heading), None)
    if at is None or any(_is_body(b) for b in blocks[at:]):
        return False
    start = at
    while start > 0 and not _is_body(blocks[start - 1]):
        start -= 1
    run = [b for b in blocks[start:] if isinstance(b, Heading) and getattr(b, "numbering", None) is not None]
    if len(run) < _MIN_LEAD_RUN:
        return False
    later = [b for p in doc.parts[doc.parts.index(part) + 1:] for b in p.blocks
             if isinstance(b, Heading) and getattr(b, "numbering", None) is not None]
    return any(_alike(entry, b) for entry in run for b in later)


def _alike(entry: Heading, heading: Heading) -> bool:
    """The same marker and nearly the same title (a slip in one copy is allowed)."""
    if entry.numbering.marker != heading.numbering.marker:
        return False
    a, b = compact(entry.title or entry.text.value), compact(heading.title or heading.text.value)
    if a == b:
        return True
    from difflib import SequenceMatcher  # only for the few headings that get here

    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.85
