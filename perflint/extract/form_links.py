"""Which 自评表 a passage of the narrative speaks of: one decision every family shares.

A bundle holds several projects' reports and forms; a department report may hold forms of
projects its narrative only touches. Checks that compare the narrative with a form (a score,
a budget figure, an indicator's value, a problem the form's scores contradict) must agree on
which form a sentence is about, so the link is decided here once:

1. **named** — the nearest text that names one form's project decides: the sentence itself
   (the whole block for a passage that is one), the two blocks above it, then the headings
   above it and the paragraphs that open a project's report (``三、XX经费项目绩效自评综述：…``),
   nearest first. Such a header naming none of the forms ends the search: the passage belongs
   to a project none of these forms is about. Two forms named equally: no link.
2. **only** — the part has a single form (then a header that names another project does not
   end the search: in a one-project report it is a slip in the name, which C-family checks
   report).
3. **next** / **previous** — unnamed, the passage belongs to the next form after it (the
   narrative comes before its form), else to the last one before it.

The :attr:`FormLink.how` says which rule decided, so a check that compares exact figures can
accept only what it trusts (a name, or the only form of a project report).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass

from perflint import data
from perflint.extract.part_index import by_part, positions
from perflint.facts import facts_of
from perflint.model import Block, Document, Heading, Part, SelfEvaluation, Table, TocEntry
from perflint.read.forms.labels import is_form_title
from perflint.text.dates import YEAR
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern, lazy_compile
from perflint.text.sentences import statements

# the year opening a form's title, or what is left of it where an excerpt's copy began inside it
# (022年度 of 2022年度)
_TITLE_YEAR = lazy_compile(rf"^\s*(?:{YEAR}\s*年度?|\d{{1,3}}\s*年度)\s*")
_UNIT_AND_YEAR = lazy_compile(rf"{YEAR}\s*年度?\s*$")
_IN_TITLE_YEAR = lazy_compile(rf"{YEAR}\s*年度?")
# (绩效目标自评表: a template's name for the 自评表 that lists the 绩效目标 it scores, 安徽 / 四川)
_TITLE_TAIL = lazy_compile(r"(?:项目)?(?:支出)?(?:整体)?(?:绩效)?(?:目标)?(?:自评|评价)(?:表|报告)?(?:[（(][^）)]*[）)])?\s*$")
_TITLE_NOISE = lazy_compile(
    rf"^\s*{YEAR}\s*年度?|项目支出绩效自评表|项目绩效自评表|部门整体支出绩效自评表|整体支出绩效自评表|"
    r"部门绩效自评表|绩效自评表|自评表|评分表"
)
_UNIT_FORM = lazy_compile(r"部门整体|整体支出|部门绩效自评表|单位整体")
_PROJECT_HEADER = lazy_compile(r"项目.{0,8}(?:综述|自评报告|绩效自评|绩效评价报告|自评情况)")
_NAME_LABELS = ("项目名称", "项目名")
_NAME_SUFFIXES = ("项目", "资金", "经费", "专项")
NEAR_BLOCKS = 2  # blocks above a passage that may name its project (then only headings)
MIN_NAME = 4  # shorter names (一级指标 words, 单位) would name every form
_INDEX_FROM = 8  # forms in a part above which names are looked up by their first characters


@dataclass(frozen=True)
class FormLink:
    """The 自评表 a passage speaks of, and how it was linked to it."""

    form: SelfEvaluation | None
    how: str = ""  # named | only | next | previous | "" (no form, or another project's passage)


def project_name(title: str) -> str:
    """`2022 年度城乡居民医疗保险工作经费项目绩效自评表` -> `城乡居民医疗保险工作经费`; after the
    unit and the year (`某县交通运输局2023年度农村公路养护项目支出绩效自评表` -> `农村公路养护`). A
    title of the unit and the year only (`某县文化馆2023年度项目支出绩效自评表`) names no project:
    ``""``."""
    name = _TITLE_TAIL.sub("", _TITLE_YEAR.sub("", compact(title)))
    if _UNIT_AND_YEAR.search(name):
        return ""
    # 某县交通运输局2023年度农村公路养护项目支出绩效自评表: the unit and the year, then the project
    after = _IN_TITLE_YEAR.search(name)
    return name[after.end():] if after and after.end() < len(name) else name


def is_unit_form(se: SelfEvaluation) -> bool:
    """Whether the form evaluates the whole unit (a 部门整体支出绩效自评表), not one project."""
    return bool(_UNIT_FORM.search(compact(se.title)))


def project_names(se: SelfEvaluation) -> list[str]:
    """Names a narrative may use for the project of a form (longest first): its 项目名称 cell,
    its title without the year and the form's name, and each without 项目/资金/经费/专项."""
    names: set[str] = set()
    for row in se.table.rows[:8]:
        cells = [c for c in row.cells if not c.is_empty]  # compacted only where the label is
        if len(cells) >= 2 and compact(cells[0].value) in _NAME_LABELS:
            names.add(compact(cells[1].value))
    if not is_unit_form(se):
        # a 部门整体 form's title names the unit itself, which the whole narrative mentions
        names.add(_TITLE_NOISE.sub("", compact(_TITLE_NOISE.sub("", compact(se.title)))))
        names.add(project_name(se.title))
    for n in list(names):
        for suffix in _NAME_SUFFIXES:
            if n.endswith(suffix) and len(n) - len(suffix) >= MIN_NAME:
                names.add(n[: -len(suffix)])
    return sorted((n for n in names if len(n) >= MIN_NAME and not _generic_name(n)), key=lambda n: (-len(n), n))


def goal_names_project_only(expected: str, actual: str | None, se: SelfEvaluation) -> bool:
    """Whether the 预期目标 of a form's 年度总体目标 holds nothing but the project's name, the year
    before it at most (``2023年送戏下乡经费``): a name states no goal. A name of the form (its
    项目名称 cell, its title) holding the cell's text whole counts (a cell may write the name short:
    ``卫片执法补助经费`` for ``2020年省级卫片执法补助经费``); so does the name of a fund (``…补助经费``,
    ``…专项资金``) written again as the 实际完成情况, where the form's own name cell was not read."""
    core = _goal_core(expected)
    if len(core) < _MIN_GOAL_NAME:
        return False
    if any(core in name for name in project_names(se)):
        return True
    return actual is not None and _goal_core(actual) == core and core.endswith(_FUND_ENDINGS) \
        and not any(ch.isdigit() for ch in core)


def _goal_core(text: str) -> str:
    return _TITLE_YEAR.sub("", compact(text)).rstrip("。.；;")


_MIN_GOAL_NAME = 6  # characters of a cell read as a project's name (shorter ones are words of any goal)
_FUND_ENDINGS = ("经费", "资金", "补助", "补贴")  # a fund's name: no goal ends so (完成…工程 / …项目 may)


def _generic_name(name: str) -> bool:
    """Whether ``name`` is made only of the words a section heading over a money table uses
    (`项目资金情况`, `资金使用情况`): a table so titled names no project a sentence could name."""
    return _generic_words().fullmatch(name) is not None


@functools.cache
def _generic_words() -> re.Pattern[str]:
    words = sorted(data.load("consistency").get("form_name_generic_words") or (), key=len, reverse=True)
    return compile_pattern("(?:" + "|".join(map(re.escape, words)) + ")+") if words else compile_pattern(r"(?!)")


class FormLinker:
    """Links passages of one part to its forms (built once per part, asked per passage)."""

    def __init__(self, part: Part, forms: list[SelfEvaluation]) -> None:
        self.part = part
        self.forms = [se for se in forms if se.part is part]
        self.names = [project_names(se) for se in self.forms]
        self.position = positions(part.blocks)
        self.title = compact(part.title)
        self._anchor_memo: dict[int, FormLink | None] = {}
        self._headers: int | None = None  # project report headers in the part (_several_projects)
        self.order = sorted(range(len(self.forms)), key=lambda k: self.forms[k].table.line)
        # A bundle of many projects: the forms by the first two characters of each of their
        # names, so that a passage is searched only for the names it can hold (every passage
        # asking every form made linking grow with passages × forms).
        self._by_bigram = _bigram_index(self.names) if len(self.forms) > _INDEX_FROM else None

    def _candidates(self, squeezed: str) -> Iterable[int]:
        """The forms one of whose names may be in ``squeezed`` (ascending), a superset of those
        that are: a name (``MIN_NAME`` characters or more) in the text brings its first two
        characters with it."""
        if self._by_bigram is None:
            return range(len(self.forms))
        index = self._by_bigram
        found: set[int] = set()
        for bigram in set(map(operator.add, squeezed, squeezed[1:])):
            ks = index.get(bigram)
            if ks:
                found.update(ks)
        return sorted(found)

    def _by_name(self, text: str) -> SelfEvaluation | None | bool:
        """The form ``text`` names (None: none named; False: two named equally)."""
        squeezed = compact(text)
        best: list[tuple[int, int]] = []
        for k in self._candidates(squeezed):
            score = max((len(n) for n in self.names[k] if n in squeezed), default=0)
            if score:
                best.append((score, k))
        if not best:
            return None
        best.sort(reverse=True)
        if len(best) > 1 and best[0][0] == best[1][0]:
            return False
        return self.forms[best[0][1]]

    def _several_projects(self) -> bool:
        """Whether the part opens two or more projects' reports (``四、XX经费项目绩效自评综述``,
        ``五、YY经费项目…``): a bundle, or an excerpt of one whose other forms were cut away, where
        a header naming no form's project is another project's, not a slip in one report."""
        if self._headers is None:
            heads = {compact(b.text.value)[:40] for b in self.part.blocks
                     if self._narrative(b) and _PROJECT_HEADER.search(compact(b.text.value)[:40])}
            self._headers = len(heads - {self.title[:40]})
        return self._headers >= 2

    @staticmethod
    def _narrative(block: Block) -> bool:
        """A block of the narrative: not a table, a contents entry or a form's own title."""
        if isinstance(block, (Table, TocEntry)):
            return False
        return not is_form_title(block.text.value)

    def _verdict(self, text: str, may_end: bool) -> FormLink | None:
        """What ``text`` says of the link: a form it names, no form (two named equally, or the
        heading of another project's report), or None when it says nothing."""
        found = self._by_name(text)
        if found is False:
            return FormLink(None)
        if found is not None:
            return FormLink(found, "named")
        if may_end and _PROJECT_HEADER.search(compact(text)[:40]):
            return FormLink(None)  # the report of a project none of these forms is about
        return None

    def _from_anchor(self, index: int) -> FormLink | None:
        """The verdict of the nearest heading or project header at or above ``index`` that gives
        one (memoised: every passage under one heading asks the same question)."""
        path = []
        verdict = None
        while index >= 0:
            if index in self._anchor_memo:
                verdict = self._anchor_memo[index]
                break
            path.append(index)
            block = self.part.blocks[index]
            if self._narrative(block) and (isinstance(block, Heading)
                                           or _PROJECT_HEADER.search(compact(block.text.value)[:40])):
                # the part's own title speaks of the whole bundle, not of one project
                verdict = self._verdict(block.text.value, compact(block.text.value) != self.title)
                if verdict is not None:
                    break
            index -= 1
        for i in path:
            self._anchor_memo[i] = verdict
        return verdict

    def form_of(self, block: Block) -> SelfEvaluation | None:
        """``link(block).form``, told without reading the passage where the part has one form
        and does not open several projects' reports: there every way through :meth:`link` ends
        at that form (a name it finds is the form's own; a verdict of no form stands only
        beside several projects' reports)."""
        if len(self.forms) == 1 and not self._several_projects():
            return self.forms[0]
        return self.link(block).form

    def link(self, block: Block, text: str | None = None, at: int | None = None) -> FormLink:
        """The form the passage at offset ``at`` of ``text`` (a text of ``block``) speaks of."""
        if not self.forms:
            return FormLink(None)
        pos = self.position.get(id(block))
        contexts: list[tuple[str, bool]] = []
        if text is not None and at is not None:
            contexts.append((next((text[s:e] for s, e in statements(text) if s <= at < e), text), False))
            head = compact(block.text.value)[:40] if not isinstance(block, Table) else ""
            if head and head != self.title[:40] and _PROJECT_HEADER.search(head):
                # the passage's own block opens a project's report (``四、XX经费项目绩效自评综述：…``)
                contexts.append((block.text.value, True))
        elif not isinstance(block, Table):
            contexts.append((block.text.value, False))  # (a sentence's neighbours name other projects)
        first_anchor = -1
        if pos is not None:
            start = pos
            near: list[Block] = []
            while start > 0 and len(near) < NEAR_BLOCKS:
                start -= 1
                if self._narrative(self.part.blocks[start]):
                    near.append(self.part.blocks[start])
            contexts.extend((b.text.value, compact(b.text.value) != self.title) for b in near)
            first_anchor = start - 1
        verdict = next((v for value, may_end in contexts if (v := self._verdict(value, may_end)) is not None), None)
        if verdict is None and first_anchor >= 0:
            verdict = self._from_anchor(first_anchor)
        if verdict is not None and (verdict.form is not None or len(self.forms) > 1 or self._several_projects()):
            return verdict  # with one form in a one-project report, a header naming another project is a naming slip
        if len(self.forms) == 1:
            return FormLink(self.forms[0], "only")
        line = block.line
        after = [k for k in self.order if self.forms[k].table.line > line]
        if after:
            return FormLink(self.forms[after[0]], "next")
        before = [k for k in self.order if self.forms[k].table.line < line]
        return FormLink(self.forms[before[-1]], "previous") if before else FormLink(None)


def _bigram_index(names: list[list[str]]) -> dict[str, list[int]]:
    """The forms (positions in ``names``, ascending) by the first two characters of each name."""
    index: dict[str, list[int]] = {}
    for k, form_names in enumerate(names):
        for n in form_names:
            ks = index.setdefault(n[:2], [])
            if not ks or ks[-1] != k:
                ks.append(k)
    return index


def linker_of(doc: Document, part: Part) -> FormLinker:
    """The linker of ``part`` over the document's 自评表, built once per part and shared by
    every check that ties narrative to forms (with the heading verdicts it remembers)."""
    facts = facts_of(doc)
    linkers: dict[int, FormLinker] = facts.cached("form_links.linkers", lambda d: {})
    linker = linkers.get(id(part))
    if linker is None:
        forms = facts.cached("selfeval.by_part", lambda d: by_part(facts.self_evaluations))
        linker = linkers[id(part)] = FormLinker(part, forms.get(id(part), []))
    return linker
