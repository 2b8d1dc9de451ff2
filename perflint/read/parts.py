"""Split a file's blocks into parts: one per report, each with its own title, unit and year.

A 决算说明 often carries several project reports as 附件; a reviewer's bundle holds many
自评报告 back to back. A part starts at a report title (``…2022年度…自评报告``, ``…部门决算``),
which may be spread over two short lines in PDF text.
"""

from __future__ import annotations

from perflint.extract.dates import title_year
from perflint.extract.fiscal_year import infer_fiscal_year
from perflint.extract.report_kind import infer_report_kind
from perflint.model import Block, Heading, Paragraph, Part, Table, TocEntry
from perflint.text.dates import YEAR, YEAR_NIAN
from perflint.text.normalise import compact as _compact
from perflint.text.numbering import parse_marker
from perflint.text.patterns import lazy_compile

_TITLE = lazy_compile(
    rf"{YEAR}\s*年度?.{{0,40}}?(?:绩效自评报告|绩效评价报告|自评报告|评价报告|部门决算|决算说明|决算公开|绩效报告"
    # 部门决算情况说明, 单位决算公开说明, 2021年度决算报告: a unit's whole accounts (not the 三公经费
    # 决算情况说明 or 一般公共预算…支出决算情况说明 sections inside them)
    r"|(?:部门|单位|年度|年)决算(?:公开)?(?:情况)?的?(?:说明|报告))"
    r"(?:[（(][^）)]{0,12}[）)])?$"
)
_YEAR = YEAR_NIAN
# A report's title written without its year (``某局养老服务补贴项目绩效自评报告``): in a bundle, the
# second report often leaves the year to the first. Taken as a title only below another report's
# title and right above an outline that starts again at 一、 (or 第一部分).
_YEARLESS_TITLE = lazy_compile(
    r"^[^，,。；;：:、]{4,48}?(?:绩效自评报告|绩效评价报告|自评报告|评价报告|决算情况说明|决算说明)"
    r"(?:[（(][^）)]{0,12}[）)])?$")
_DOCUMENT_SECTION = lazy_compile(r"^第[一二三四五六七八九十\d]{1,3}部分")
_ORG_LABEL = lazy_compile(r"^(?:部门\s*[（(]单位[)）]\s*名称|单位名称|部门名称|部门|单位)\s*[:：]?\s*(?P<org>\S.{1,40})$")
_DATE_LABEL = lazy_compile(rf"(?:报告日期|填报日期)\s*[:：]\s*(?P<date>{YEAR}\s*年[^总]{{0,12}})")
_ORG_SUFFIX = lazy_compile(r"(?:局|委员会|委|办公室|办|中心|院|所|站|厅|部|馆|会|队|处|公司|学校|中学|小学|大学|学院|幼儿园|政府)(?:[（(][^）)]{1,6}[)）])?$")
# A marker before the unit's name in a title: 一、, 附件3, a part's 第四部分 (or what a copy that began
# inside it left: 部分, 四部分)
_CN_MARKER = lazy_compile(r"^(?:[一二三四五六七八九十]+、|附件\s*[0-9一二三四五六七八九十]*\s*[：:、.．]?"
                          r"|第?[一二三四五六七八九十]*部分)")


def is_report_title(text: str) -> bool:
    """Whether ``text`` names a report (``…2022年度…自评报告``), as a part's title does.

    A part without one is the file's first stretch of text: an excerpt, a cover page or a
    draft cut before its title, whose first lines are not a title to leave out of its outline.
    """
    return bool(_TITLE.search(_compact(text)))


def _title_text(block: Block) -> str | None:
    if isinstance(block, (Paragraph, Heading)) and len(block.text.value) <= 70 and "，" not in block.text.value:
        return block.text.value.strip()
    return None


def _find_titles(blocks: list[Block]) -> list[tuple[int, str]]:
    """(index of the part's first block, title) for every report title."""
    titles: list[tuple[int, str]] = []
    for i, block in enumerate(blocks):
        text = _title_text(block)
        if text is None:
            continue
        if "年" not in text or not _TITLE.search(_compact(text)):  # (every title holds its 年)
            if titles and _yearless_title(blocks, i, text):
                titles.append((i, text))
                continue
            nxt = _title_text(blocks[i + 1]) if i + 1 < len(blocks) else None
            if (nxt and _YEAR.search(text) and not _TITLE.search(_compact(nxt)) and len(text) <= 40
                    and blocks[i + 1].line - block.line <= 3 and _TITLE.search(_compact(text + nxt))):
                titles.append((i, text + nxt))
            continue
        if titles and _compact(text) == _compact(titles[-1][1]):
            continue  # the report's title as a page's running header, not a new report
        if i > 0 and _DOCUMENT_SECTION.match(_compact(text)) and (
                not titles or title_year(_compact(text)) == title_year(_compact(titles[-1][1]))
                or _continues_parts(blocks, titles[-1][0], i, text)):
            # 第三部分 2022年度部门决算情况说明: a section of the report above, titled as one (in a
            # reviewer's bundle, one of another year after a report is an excerpt of its own,
            # unless it goes on from the report's own 第N−1部分: a year slip inside one report)
            continue
        start, title = i, text
        prev = blocks[i - 1] if i else None
        prev_text = _title_text(prev) if prev is not None else None
        if (prev_text and not _YEAR.search(prev_text) and len(prev_text) <= 30
                and not prev_text.endswith(tuple(_SENTENCE_END))  # a sentence is no title's first line
                and getattr(prev, "numbering", None) is None and parse_marker(text) is None
                and not isinstance(prev, TocEntry) and block.line - prev.line <= 3
                and (not titles or titles[-1][0] < i - 1)):
            start, title = i - 1, prev_text + text
        titles.append((start, title))
    return titles


def _continues_parts(blocks: list[Block], start: int, i: int, text: str) -> bool:
    """``text`` (block ``i``, ``第N部分 …``) follows the report's own ``第N−1部分`` in its body: the
    latest part line since the report's title at ``start`` (not an entry of its contents) is the
    one before it. An excerpt of another report opening at its 第二部分 after a report that has
    gone on to its 第三部分 or 第四部分 does not follow on."""
    found = parse_marker(text)
    if found is None or found[0].style != "part":
        return False
    for block in reversed(blocks[start + 1:i]):
        if isinstance(block, TocEntry) or not isinstance(block, (Paragraph, Heading)):
            continue
        before = _DOCUMENT_SECTION.match(_compact(block.text.value)) and parse_marker(block.text.value.strip())
        if before:
            return before[0].style == "part" and before[0].value == found[0].value - 1
    return False


def _yearless_title(blocks: list[Block], i: int, text: str) -> bool:
    """``text`` (block ``i``) names another report without its year, and the next block opens
    that report's outline again (``一、`` or ``第一部分``): the next report of a bundle."""
    if ("报告" not in text and "说明" not in text) or parse_marker(text) is not None \
            or not _YEARLESS_TITLE.match(_compact(text)):  # (every kind the pattern names ends in 报告 or 说明)
        return False
    nxt = next((b for b in blocks[i + 1:i + 3] if b.text.value.strip()), None)
    if nxt is None or isinstance(nxt, TocEntry):
        return False
    found = parse_marker(nxt.text.value.strip())
    return found is not None and found[0].value == 1 and found[0].style in ("cn", "part")


_SENTENCE_END = "。！？；!?;"


def _cover(lead: list[Block]) -> bool:
    """Whether the blocks above a file's first report title are its cover (unit, date, 目录 and
    contents, a 附件 label: short lines), not text of another report an excerpt begins inside
    (a table, or a sentence: ``4、基于经济性…考虑，满意度指标暂可不作为必评指标。``). A short
    sentence may stand on a cover; not under a heading of an outline (``一、部门主要职责`` then
    ``统筹全县教育发展。``): that is a report's body, whose running title at the next page break
    came before the title read."""
    under_heading = False
    for block in lead:
        if isinstance(block, Table):
            return False
        if isinstance(block, TocEntry):
            continue
        value = block.text.value.strip()
        if isinstance(block, Heading) and block.numbering is not None:
            under_heading = True
            continue
        if (len(value) > 15 or under_heading) and any(ch in value for ch in _SENTENCE_END):
            return False
    return True


_BARE_ADDRESS = lazy_compile(r"^#*\s*(?:https?://|www\.)\S+$")


def _first_line(blocks: list[Block]) -> Block | None:
    """The first block with text: the report's title when no line reads as one. A page's web
    address above it (``# https://…``, as a page saved from a site carries it) is no title; the
    line after it is, unless that is a numbered heading of the body (the address stays then)."""
    lines = (b for b in blocks if b.text.value.strip())
    first = next(lines, None)
    if first is None or not _BARE_ADDRESS.match(first.text.value.strip()):
        return first
    nxt = next(lines, None)
    if nxt is None or isinstance(nxt, Table) or parse_marker(nxt.text.value.strip()) is not None \
            or len(nxt.text.value.strip()) > 60:
        return first
    return nxt


def split_parts(blocks: list[Block], path: str) -> list[Part]:
    titles = _find_titles(blocks)
    if not titles:
        first = _first_line(blocks)
        titles = [(0, first.text.value.strip() if first else "")]
    elif titles[0][0] > 0:
        lead = blocks[:titles[0][0]]
        if _cover(lead):
            titles[0] = (0, titles[0][1])  # a cover page belongs to the first report
        else:  # the end of another report, above a cut: a part of its own, with no report title
            first = next((b for b in lead if b.text.value.strip()), None)
            titles.insert(0, (0, first.text.value.strip() if first else ""))
    parts: list[Part] = []
    for k, (start, title) in enumerate(titles):
        end = titles[k + 1][0] if k + 1 < len(titles) else len(blocks)
        chunk = blocks[start:end]
        line = chunk[0].line if chunk else 1
        part = Part(title=_compact(title) if title else "", line=line, blocks=chunk)
        _describe(part, title)
        if part.fiscal_year is None and parts:
            # a bundle's report titled without its year, whose body names none: the year of the
            # reports it is bound with
            part.fiscal_year = parts[-1].fiscal_year
        _assign_sections(part)
        parts.append(part)
    return parts


def _describe(part: Part, title: str) -> None:
    compact = _compact(title)
    m = _YEAR.search(compact)
    # A sentence standing first (an excerpt that opens mid-text) is no title: its year may be any
    # year it mentions (``二是2020年曾下拨…`` in a 2021 report); the body decides then.
    part.fiscal_year = None if any(ch in compact for ch in "，,；;。") and not is_report_title(compact) \
        else title_year(compact)
    if m:
        org = _CN_MARKER.sub("", compact[: m.start()]).strip("：:，, ")
        if org and _ORG_SUFFIX.search(org):
            part.organisation = org
    if "决算" in compact:
        part.kind = "final_accounts"
    elif "整体" in compact or "部门" in compact and "项目" not in compact:
        part.kind = "department_self_evaluation"
    else:
        part.kind = "project_self_evaluation"
    if not is_report_title(compact):  # an excerpt named by its first line: its body says what it is
        part.kind = infer_report_kind(_texts(part.blocks), compact) or part.kind
    if part.fiscal_year is None:
        part.fiscal_year = infer_fiscal_year(_texts(part.blocks))
    for block in part.blocks[:80]:
        if part.organisation is not None and part.report_date is not None:
            break  # both found: the blocks after can change neither
        texts = [block.text.value]
        if isinstance(block, Table):
            texts = ["".join(c.value for c in row.cells) for row in block.rows[:6]]
        for text in texts:
            compact_text = _compact(text)
            if part.organisation is None:
                om = _ORG_LABEL.match(compact_text)
                if om and _ORG_SUFFIX.search(om.group("org")):
                    part.organisation = om.group("org")
            if part.report_date is None and "日期" in compact_text:  # (what every _DATE_LABEL holds)
                dm = _DATE_LABEL.search(compact_text)
                if dm:
                    part.report_date = dm.group("date")


def _texts(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            out.extend(c.value for row in block.rows for c in row.cells)
        else:
            out.append(block.text.value)
    return out


def _assign_sections(part: Part) -> None:
    stack: list[tuple[int, str]] = []
    section: tuple[str, ...] = ()  # the titles of the stack: made anew only when a heading changes it
    for block in part.blocks:
        if isinstance(block, Heading):
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            block.section = tuple(t for _, t in stack)
            stack.append((block.level, block.title or block.text.value))
            section = tuple(t for _, t in stack)
        else:
            block.section = section
