"""How many projects a unit carried out, as the summary of its project self-evaluations states it:
``共实施项目15个 … 年初批复预算涉及8个项目 … 年度中间新增7个项目``.

The projects carried out are those approved at the start of the year and those added during it:
the two counts make the total unless the text says some were cancelled, merged or moved.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.numbering import chinese_to_int
from perflint.text.patterns import lazy_compile

_NUMBER = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
_TOTAL = lazy_compile(rf"共(?:计)?(?:实施|安排|执行|开展)(?:了)?(?:项目\s*{_NUMBER}\s*个|\s*{_NUMBER}\s*个项目)|"
                      rf"(?:实施|安排|执行)(?:的)?项目共(?:计)?\s*{_NUMBER}\s*个")
# The count after its noun as well as before it (年初预算安排项目3个, 年中新增项目1个).
_COUNTED = rf"(?:\s*{_NUMBER}\s*个(?:预算)?项目|(?:预算)?项目\s*{_NUMBER}\s*个)"
_INITIAL = lazy_compile(rf"年初(?:预算)?(?:批复|下达|安排)(?:预算)?(?:涉及|安排|共)?{_COUNTED}")
_ADDED = lazy_compile(rf"(?:年中|年度中间|年度执行中|执行中|年内)(?:新增|增加|追加)(?:了)?{_COUNTED}")
# Words that account for a project counted once but not in the total (or the reverse).
_ACCOUNTED = lazy_compile(r"撤销|取消|合并|终止|调出|收回|未实施|不再实施|停止实施|转列")


@dataclass(frozen=True)
class ProjectCounts:
    """``total`` projects stated at ``text[start:end]``, ``initial`` and ``added`` beside it."""

    start: int
    end: int
    total: int
    initial: int
    added: int


def _value(m) -> int | None:
    raw = next(g for g in m.groups() if g is not None)
    return int(raw) if raw.isdigit() else chinese_to_int(raw)


def project_counts(text: str) -> list[ProjectCounts]:
    """The statement of ``text`` giving the total, the initial and the added count of projects,
    each once, when nothing in it accounts for a difference (撤销, 合并 …). ``转列`` (projects
    moved to another account) is only an account when it is not written into both counts alike."""
    if "项目" not in text or "共" not in text:
        return []
    totals, initials, added = (list(p.finditer(text)) for p in (_TOTAL, _INITIAL, _ADDED))
    if len(totals) != 1 or len(initials) != 1 or len(added) != 1:
        return []
    values = [_value(m) for m in (totals[0], initials[0], added[0])]
    if any(v is None for v in values):
        return []
    total, initial, more = values
    if total != initial + more and _ACCOUNTED.search(_without_shared_notes(text)):
        return []
    return [ProjectCounts(totals[0].start(), totals[0].end(), total, initial, more)]


_BRACKETED = lazy_compile(r"[（(][^（()）]*[)）]")


def _without_shared_notes(text: str) -> str:
    """The text without the bracketed notes written after the total and after another count
    alike (``(含2023年转列为暂付性款项的项目5个)``): a note repeated there explains nothing."""
    notes = [m.group(0) for m in _BRACKETED.finditer(text)]
    shared = {n for n in notes if notes.count(n) > 1}
    for note in shared:
        text = text.replace(note, "")
    return text
