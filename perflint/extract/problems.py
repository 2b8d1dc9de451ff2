"""What a report says about its problems (存在的问题): the statements under that heading or
label, and whether they state a problem or deny one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint.extract.boilerplate_phrases import PUNCT_EDGES, denies, phrases, spaced
from perflint.facts import facts_of
from perflint.model import Block, Document, Heading, Location, Part, SourceText, Table, TocEntry
from perflint.read.forms.labels import is_form_title
from perflint.text.normalise import compact
from perflint.text.numbering import parse_marker
from perflint.text.patterns import any_of, compile_pattern, lazy_compile


@dataclass
class Problem:
    """One problem statement of a part: the text under a 存在的问题 heading or after a label."""

    block: Block
    text: SourceText
    start: int  # where the statement begins in ``text.value`` (after the label)
    label: str
    group: int = 0  # statements under the same label share a group (the label block's index)

    @property
    def statement(self) -> str:
        return self.text.value[self.start:]

    @property
    def location(self) -> Location:
        return self.text.locate(self.start)


@cache
def _problem_labels() -> str:
    """The problem labels as one alternation, longest first, each spaced as a text may space it."""
    labels = sorted(phrases()["problem_labels"], key=len, reverse=True)
    return "|".join(spaced(w) for w in labels)


@cache
def _problem_label_re() -> re.Pattern[str]:
    return compile_pattern(r"^(?:" + _problem_labels() + r")")


@cache
def _problem_label_anywhere() -> re.Pattern[str]:
    """A problem label anywhere in a text: a text holding none has no title opening with one."""
    return compile_pattern(_problem_labels())


@cache
def _end_label_re() -> re.Pattern[str]:
    labels = sorted(phrases()["section_end_labels"], key=len, reverse=True)
    return compile_pattern(r"(?:" + "|".join(spaced(w) for w in labels) + r")")


_LABEL_TAIL = lazy_compile(r"[\s\u3000]*(?:[（(][^)）]{0,8}[)）])?[\s\u3000]*[:：]?[\s\u3000]*")
_LEADING_NUMBER = lazy_compile(r"^[（(]?[一二三四五六七八九十\d]+[)）、.]")


def _title_of(block: Block) -> tuple[str, int]:
    """The text after a numbering marker, and its offset."""
    text = block.text.value
    if isinstance(block, Heading) and block.title:
        off = text.find(block.title)
        return (block.title, off if off >= 0 else 0)
    marker = parse_marker(text)
    if marker:
        return text[marker[1]:], marker[1]
    return text, 0


def problem_label(block: Block) -> tuple[str, int] | None:
    """The problem label a heading or paragraph opens with, and where its statement starts."""
    if not (isinstance(block, Heading) and block.title) and not _problem_label_anywhere().search(block.text.value):
        return None  # the title is the end of the text: no label in the text, none opening the title
    title, off = _title_of(block)
    lead = len(title) - len(title.lstrip(" \t\u3000"))
    m = _problem_label_re().match(title.lstrip(" \t\u3000"))
    if not m:
        return None
    end = off + lead + m.end()
    value = block.text.value
    tail = _LABEL_TAIL.match(value, end)
    stop = tail.end() if tail else end
    rest = compact(value[stop:]).strip(PUNCT_EDGES)
    colon = any(ch in value[end:stop] for ch in "：:")
    if not colon and rest and rest not in ("分析", "及分析", "说明"):
        return None  # 存在问题整改情况: a section about something else
    if not colon and rest:
        stop = len(value)  # 存在问题分析: the whole line is the label
    return m.group(0), stop


def _is_end_label(block: Block) -> bool:
    title, _ = _title_of(block)
    head = compact(title)[:14]
    return bool(_end_label_re().match(head)) or head.startswith(("下一步", "改进", "建议", "整改"))


def _is_child(block: Block, parent: Heading) -> bool:
    if not isinstance(block, Heading):
        return True
    return block.level > parent.level


def problem_statements(part: Part) -> list[Problem]:
    """The problem statements of a part, in order (label removed; empty ones included)."""
    blocks = part.blocks
    out: list[Problem] = []
    seen: set[int] = set()
    screen = _problem_label_anywhere()
    for i, block in enumerate(blocks):
        if isinstance(block, (Table, TocEntry)) or id(block) in seen:
            continue
        if not (isinstance(block, Heading) and block.title) and not screen.search(block.text.value):
            continue  # problem_label's own screen, without its call (most blocks)
        found = problem_label(block)
        if not found:
            continue
        label, start = found
        seen.add(id(block))
        if start < len(block.text.value) and compact(block.text.value[start:]):
            out.append(Problem(block, block.text, start, label, i))
        # the statement continues in the blocks that follow, up to the next section
        for nxt in blocks[i + 1:i + 1 + 12]:
            if isinstance(nxt, (Table, TocEntry)):
                break
            if isinstance(block, Heading) and isinstance(nxt, Heading) and not _is_child(nxt, block):
                break
            if not isinstance(block, Heading) and isinstance(nxt, Heading) and nxt.level <= 1:
                break
            if _is_end_label(nxt) or problem_label(nxt) or is_form_title(nxt.text.value):
                break
            if not isinstance(block, Heading) and looks_like_section_start(nxt):
                break
            seen.add(id(nxt))
            if compact(nxt.text.value):
                out.append(Problem(nxt, nxt.text, 0, label, i))
    return out


def part_problems(doc: Document, part: Part) -> list[Problem]:
    """``problem_statements(part)``, read once per part of the document for the several
    boilerplate checks that ask (the list is shared: do not change it)."""
    by_part: dict[int, list[Problem]] = facts_of(doc).cached("problems.statements", lambda d: {})
    found = by_part.get(id(part))
    if found is None:
        found = by_part[id(part)] = problem_statements(part)
    return found


def looks_like_section_start(block: Block) -> bool:
    """A paragraph that opens another topic (``四、…综述：``, ``主要产出和效益：``)."""
    value = compact(block.text.value)
    numbering = getattr(block, "numbering", None)
    if numbering is not None and numbering.style in ("part", "chapter", "cn", "cn_half"):
        return True
    head = value.split("：", 1)[0].split(":", 1)[0]
    return ("：" in value[:16] or ":" in value[:16]) and len(head) <= 12 and not head[:1].isdigit() \
        and not _LEADING_NUMBER.match(head)


def has_problems(problems: list[Problem]) -> bool:
    """Whether a list of problem statements actually states a problem (not ``无``)."""
    return any(states_problem(p) for p in problems)


def states_problem(problem: Problem) -> bool:
    statement = problem.statement
    return not denies(statement) and len(compact(statement)) >= 4


@cache
def _problem_cues() -> tuple[str, ...]:
    return tuple(phrases()["problem_cues"])


def stock_admission(statements: list[Problem]) -> bool:
    """A problem section that only admits in stock words that something could be better (还存在
    一些不足，有待进一步加强) and names no matter: once the admissions and the words that frame
    them are taken out, three characters at most are left."""
    text = compact("".join(p.statement for p in statements))
    if len(text) > 80 or denies(text):
        return False
    ph = phrases()
    left, n = _stock_admissions().subn("", text)
    if not n:
        return False
    for word in sorted(ph["stock_problem_frame"], key=len, reverse=True):
        left = left.replace(word, "")
    return sum("\u4e00" <= ch <= "\u9fff" for ch in left) <= 3


@cache
def _stock_admissions() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in phrases()["stock_problem_admissions"]))


def states_no_problem(statements: list[Problem]) -> bool:
    """A problem section whose text names no shortcoming at all (it reports progress instead):
    none of the words a problem is written with (不, 未, 难, 滞后, 有待, 不足 …) occurs."""
    text = compact("".join(p.statement for p in statements))
    if len(text) < 8 or denies(text):
        return False
    return any_of(_problem_cues()).search(text) is None
