"""A 收入 statement whose reason ends in what it did to 支出 (or the other way round): the
决算说明 writes its 收入 and 支出 paragraphs from one template, and a reason copied from the
other paragraph keeps the other total's name (``收入合计 697.38 万元，较上年减少 1.12 万元，主要原因是
学生人数减少，导致总支出减少``)."""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.patterns import lazy_compile
from perflint.text.sentences import statements

_OTHER = {"收入": "支出", "支出": "收入"}
# the statement's subject: a total of income or spending with its figure
_SUBJECT = lazy_compile(r"(收入|支出)(?:合计|总计|总额|决算数?)?(?:为|是|共|达)?\s*\d")
# the consequence its reason ends in: 导致 and a total that went up or down
_CONSEQUENCE = lazy_compile(r"导致(?:总|本年|全年|年度)?(收入|支出)(?:总额|总计|合计)?(?:相应)?(?:减少|增加|下降|增长|上升)")


@dataclass(frozen=True)
class SwappedConsequence:
    """``text[start:end]`` names ``written`` where the statement speaks of ``subject``."""

    start: int
    end: int
    subject: str
    written: str


def swapped_consequences(text: str) -> list[SwappedConsequence]:
    """Statements of a total of 收入 (支出) whose 原因 ends in 导致 the other total going up or
    down, where the statement names the other total nowhere else (a statement of both, 收支, or
    of a cause on the other side, 支出增加主要原因是收入增加, says nothing of it)."""
    out = []
    for s, e in statements(text):
        statement = text[s:e]
        at = statement.find("导致")
        if at < 0 or "原因" not in statement[:at] or "收支" in statement:
            continue
        subject = _SUBJECT.search(statement, 0, at)
        consequence = _CONSEQUENCE.match(statement, at)
        if subject is None or consequence is None:
            continue
        mine, written = subject.group(1), consequence.group(1)
        if written != _OTHER[mine] or written in statement[:at] or mine in statement[at:]:
            continue
        out.append(SwappedConsequence(s + consequence.start(1), s + consequence.end(1), mine, written))
    return out
