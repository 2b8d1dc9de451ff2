"""Which 自评表 a narrative sentence speaks of, and the figures a form states about itself."""

from __future__ import annotations

import re
from decimal import Decimal

from perflint.check import Context
from perflint.extract.selfeval import Figure, SelfEvaluation, is_total_label, self_evaluations
from perflint.model import Document, Part
from perflint.text.dates import YEAR
from perflint.text.normalise import compact
from perflint.text.numbers import find_quantities
from perflint.text.sentences import statements

_TITLE_YEAR = re.compile(rf"^\s*{YEAR}\s*年度?\s*")
_TITLE_TAIL = re.compile(r"(?:项目)?(?:支出)?(?:整体)?(?:绩效)?(?:自评|评价)(?:表|报告)?(?:[（(][^）)]*[）)])?\s*$")


def forms(doc: Document, ctx: Context) -> list[SelfEvaluation]:
    return ctx.cached(doc, "selfeval", self_evaluations)


def project_name(title: str) -> str:
    """`2022 年度城乡居民医疗保险工作经费项目绩效自评表` -> `城乡居民医疗保险工作经费`."""
    name = compact(title)
    name = _TITLE_YEAR.sub("", name)
    name = _TITLE_TAIL.sub("", name)
    return name


def score_value(fig: Figure | None) -> Decimal | None:
    """The score a 总分 cell holds (`100`, `98 分`, `总分 92`), else None."""
    if fig is None:
        return None
    if fig.value is not None:
        return fig.value
    text = fig.text
    m = is_total_label(text)
    if m and m.group("value"):
        return Decimal(m.group("value"))
    found = find_quantities(text)
    if len(found) == 1 and found[0].unit in (None, "分"):
        return found[0].value
    return None


def form_for(part: Part, line: int, contexts: list[str], candidates: list[SelfEvaluation],
             statement_lines: list[int]) -> SelfEvaluation | None:
    """The form a statement at ``line`` speaks of.

    By name first: the project named in the statement, else in the blocks before it, else in
    its innermost heading; then, in a project report, the only form of the part, or the next
    form after the statement when it is the only statement of its kind since the form before.
    """
    in_part = [se for se in candidates if se.part is part]
    if not in_part:
        return None
    names = [(project_name(se.title), se) for se in in_part]
    names = [(n, se) for n, se in names if len(n) >= 4]
    for context in contexts:
        squeezed = compact(context)
        named = sorted(((m, se) for n, se in names if (m := _named(n, squeezed))), key=lambda x: -x[0])
        if named:
            if len(named) == 1 or named[0][0] > named[1][0]:
                return named[0][1]
            return None
    if part.kind != "project_self_evaluation":
        return None
    if len(in_part) == 1:
        return in_part[0]
    after = [se for se in in_part if se.table.line > line]
    if not after:
        return None
    nxt = min(after, key=lambda se: se.table.line)
    before = [se.table.line for se in in_part if se.table.line < line]
    start = max(before) if before else 0
    if sum(1 for other in statement_lines if start < other < nxt.table.line) > 1:
        return None  # several statements before one form: they speak of several projects
    return nxt


def _named(name: str, text: str) -> int:
    """How much of ``name`` the text holds: the whole name, or the name without a short prefix
    (`信息中心建设和维修经费` for `医保信息中心建设和维修经费`); 0 when it is not named."""
    for k in range(0, max(0, min(4, len(name) - 6)) + 1):
        if name[k:] in text:
            return len(name) - k
    return 0


def contexts_of(part: Part, block, text: str, at: int | None = None) -> list[str]:
    """Where a statement's project may be named, nearest first: the statement's sentence (the
    whole text when ``at`` is None), the two blocks before it, its innermost heading."""
    blocks = part.blocks
    i = next((k for k, b in enumerate(blocks) if b is block), 0)
    before = [b.text.value for b in reversed(blocks[max(0, i - 2):i])]
    own = text
    if at is not None:
        own = next((text[s:e] for s, e in statements(text) if s <= at < e), text)
    return [own, *before, *block.section[-1:]]
